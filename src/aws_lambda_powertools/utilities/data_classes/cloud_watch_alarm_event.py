# mypy: disable-error-code="no-any-return"
"""Amazon CloudWatch alarm events: an alarm that changed state and invoked a function.

Example:
    >>> event = CloudWatchAlarmEvent(raw_event)  # doctest: +SKIP
    >>> event.alarm_data.alarm_name, event.alarm_data.state.value  # doctest: +SKIP
    ('checkout-latency-high', 'ALARM')
"""

from __future__ import annotations

from functools import cached_property

from aws_lambda_powertools.utilities.data_classes.common import DictWrapper

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Literal


class CloudWatchAlarmState(DictWrapper):
    """A state of the alarm, current or previous."""

    @property
    def value(self) -> Literal["OK", "ALARM", "INSUFFICIENT_DATA"]:
        """The state: ``OK``, ``ALARM`` or ``INSUFFICIENT_DATA``."""
        return self._data["value"]

    @property
    def reason(self) -> str:
        """Why the alarm entered this state, in words."""
        return self._data["reason"]

    @property
    def reason_data(self) -> str:
        """Why the alarm entered this state, as JSON text."""
        return self._data["reasonData"]

    @cached_property
    def reason_data_decoded(self) -> Any | None:
        """``reason_data`` parsed with the event's JSON deserializer (``None`` when empty; cached).

        Raises:
            ValueError: ``reasonData`` is not JSON (from the deserializer).
        """
        reason_data = self._data["reasonData"]
        return self._json_deserializer(reason_data) if reason_data else None

    @property
    def actions_suppressed_by(self) -> Literal["Alarm", "ExtensionPeriod", "WaitPeriod"] | None:
        """What suppressed the alarm's actions, for composite alarms."""
        return self._data.get("actionsSuppressedBy")

    @property
    def actions_suppressed_reason(self) -> str | None:
        """Why the alarm's actions were suppressed, for composite alarms."""
        return self._data.get("actionsSuppressedReason")

    @property
    def timestamp(self) -> str:
        """When the alarm entered this state, ISO 8601."""
        return self._data["timestamp"]


class CloudWatchAlarmMetric(DictWrapper):
    """One metric or math expression the alarm evaluates."""

    @property
    def metric_id(self) -> str:
        """Identifier of the metric within the alarm."""
        return self._data["id"]

    @property
    def expression(self) -> str | None:
        """Metric math expression, for expression entries."""
        return self._data.get("expression")

    @property
    def label(self) -> str | None:
        """Human-readable label of the entry."""
        return self._data.get("label")

    @property
    def return_data(self) -> bool:
        """Whether this entry is the one the alarm compares with its threshold."""
        return self._data["returnData"]

    @property
    def metric_stat(self) -> CloudWatchAlarmMetricStat:
        """The metric, period and statistic of a metric entry."""
        return CloudWatchAlarmMetricStat(self._data["metricStat"])


class CloudWatchAlarmMetricStat(DictWrapper):
    """A metric with the period and statistic the alarm applies to it."""

    @property
    def period(self) -> int | None:
        """Evaluation period, in seconds."""
        return self._data.get("period")

    @property
    def stat(self) -> str | None:
        """Statistic, such as ``Average`` or ``p99``."""
        return self._data.get("stat")

    @property
    def unit(self) -> str | None:
        """Unit of the metric."""
        return self._data.get("unit")

    @property
    def metric(self) -> dict[str, Any]:
        """Namespace, name and dimensions of the metric (``{}`` when absent)."""
        return self._data.get("metric") or {}


class CloudWatchAlarmData(DictWrapper):
    """The alarm: name, states and configuration."""

    @property
    def alarm_name(self) -> str:
        """Name of the alarm."""
        return self._data["alarmName"]

    @property
    def state(self) -> CloudWatchAlarmState:
        """The state the alarm entered."""
        return CloudWatchAlarmState(self._data["state"], self._json_deserializer)

    @property
    def previous_state(self) -> CloudWatchAlarmState:
        """The state the alarm left."""
        return CloudWatchAlarmState(self._data["previousState"], self._json_deserializer)

    @property
    def configuration(self) -> CloudWatchAlarmConfiguration:
        """How the alarm is configured."""
        return CloudWatchAlarmConfiguration(self._data["configuration"])


class CloudWatchAlarmConfiguration(DictWrapper):
    """Configuration of a metric alarm or a composite alarm."""

    @property
    def description(self) -> str | None:
        """Description of the alarm."""
        return self._data.get("description")

    @property
    def alarm_rule(self) -> str | None:
        """Rule of a composite alarm, such as ``ALARM(a) OR ALARM(b)``."""
        return self._data.get("alarmRule")

    @property
    def alarm_actions_suppressor(self) -> str | None:
        """Alarm that suppresses the actions of a composite alarm."""
        return self._data.get("actionsSuppressor")

    @property
    def alarm_actions_suppressor_wait_period(self) -> int | None:
        """Seconds the composite alarm waits for the suppressor to go into ``ALARM``."""
        return self._data.get("actionsSuppressorWaitPeriod")

    @property
    def alarm_actions_suppressor_extension_period(self) -> int | None:
        """Seconds actions stay suppressed after the suppressor leaves ``ALARM``."""
        return self._data.get("actionsSuppressorExtensionPeriod")

    @property
    def metrics(self) -> list[CloudWatchAlarmMetric]:
        """Metrics and expressions of a metric alarm (``[]`` for composite alarms)."""
        return [CloudWatchAlarmMetric(metric) for metric in self._data.get("metrics") or ()]


class CloudWatchAlarmEvent(DictWrapper):
    """A CloudWatch alarm state change that invoked a function.

    Documentation: https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html#alarms-and-actions-Lambda
    """

    @property
    def source(self) -> Literal["aws.cloudwatch"]:
        """Always ``aws.cloudwatch``."""
        return self._data["source"]

    @property
    def alarm_arn(self) -> str:
        """ARN of the alarm."""
        return self._data["alarmArn"]

    @property
    def region(self) -> str:
        """Region of the alarm."""
        return self._data["region"]

    @property
    def source_account_id(self) -> str:
        """Account that owns the alarm."""
        return self._data["accountId"]

    @property
    def timestamp(self) -> str:
        """When the state changed, ISO 8601."""
        return self._data["time"]

    @property
    def alarm_data(self) -> CloudWatchAlarmData:
        """The alarm: name, states and configuration."""
        return CloudWatchAlarmData(self._data["alarmData"], self._json_deserializer)
