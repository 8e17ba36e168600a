# mypy: disable-error-code="no-any-return"
"""AWS Config custom rule events: evaluate a resource's configuration for compliance.

``invoking_event`` parses the JSON text of ``invokingEvent`` into one of three shapes, chosen
by its ``messageType``: a configuration change, an oversized configuration change (summary
only), or a periodic (scheduled) evaluation.

Example:
    >>> event = AWSConfigRuleEvent(raw_event)  # doctest: +SKIP
    >>> event.invoking_event.configuration_item.resource_type  # doctest: +SKIP
    'AWS::EC2::Instance'
"""

from __future__ import annotations

from functools import cached_property

from aws_lambda_powertools.utilities.data_classes.common import DictWrapper

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def get_invoke_event(
    invoking_event: dict[str, Any],
) -> (
    AWSConfigConfigurationChanged | AWSConfigScheduledNotification | AWSConfigOversizedConfiguration
):
    """Wrap a parsed ``invokingEvent`` in the class its ``messageType`` calls for.

    Args:
        invoking_event: the JSON object of the rule event's ``invokingEvent``.

    Returns:
        A scheduled notification, an oversized change, or (for any other message type) a
        configuration change.
    """
    message_type = invoking_event.get("messageType")
    if message_type == "ScheduledNotification":
        return AWSConfigScheduledNotification(invoking_event)
    if message_type == "OversizedConfigurationItemChangeNotification":
        return AWSConfigOversizedConfiguration(invoking_event)
    return AWSConfigConfigurationChanged(invoking_event)


class _ConfigurationItemFields(DictWrapper):
    """Fields a full configuration item and an oversized item summary share."""

    @property
    def configuration_item_version(self) -> str:
        """Version of the configuration item format."""
        return self._data["configurationItemVersion"]

    @property
    def configuration_item_capture_time(self) -> str:
        """When AWS Config recorded the configuration, ISO 8601."""
        return self._data["configurationItemCaptureTime"]

    @property
    def configuration_state_id(self) -> int:
        """Identifier of the configuration state (epoch milliseconds of the capture)."""
        return self._data["configurationStateId"]

    @property
    def accountid(self) -> str:
        """Account that owns the resource."""
        return self._data["awsAccountId"]

    @property
    def configuration_item_status(self) -> str:
        """``OK``, ``ResourceDiscovered``, ``ResourceDeleted``..."""
        return self._data["configurationItemStatus"]

    @property
    def resource_type(self) -> str:
        """Type of the resource, such as ``AWS::EC2::Instance``."""
        return self._data["resourceType"]

    @property
    def resource_id(self) -> str:
        """Identifier of the resource."""
        return self._data["resourceId"]

    @property
    def resource_name(self) -> str | None:
        """Name of the resource, when it has one."""
        return self._data["resourceName"]

    @property
    def resource_arn(self) -> str:
        """ARN of the resource."""
        return self._data["ARN"]

    @property
    def region(self) -> str:
        """Region of the resource."""
        return self._data["awsRegion"]

    @property
    def availability_zone(self) -> str:
        """Availability zone of the resource."""
        return self._data["availabilityZone"]

    @property
    def configuration_state_md5_hash(self) -> str:
        """MD5 hash of the configuration state."""
        return self._data["configurationStateMd5Hash"]

    @property
    def resource_creation_time(self) -> str:
        """When the resource was created, ISO 8601."""
        return self._data["resourceCreationTime"]


class AWSConfigConfigurationItemChanged(_ConfigurationItemFields):
    """The full configuration item of a changed resource."""

    @property
    def related_events(self) -> list[Any]:
        """CloudTrail events related to the change."""
        return self._data["relatedEvents"]

    @property
    def relationships(self) -> list[Any]:
        """Resources this one is related to."""
        return self._data["relationships"]

    @property
    def configuration(self) -> dict[str, Any]:
        """Configuration of the resource, as its service describes it."""
        return self._data["configuration"]

    @property
    def supplementary_configuration(self) -> dict[str, Any]:
        """Extra configuration attributes of the resource."""
        return self._data["supplementaryConfiguration"]

    @property
    def tags(self) -> dict[str, Any]:
        """Tags of the resource."""
        return self._data["tags"]


class AWSConfigConfigurationChanged(DictWrapper):
    """Invoking event of a configuration change."""

    @property
    def configuration_item_diff(self) -> dict[str, Any]:
        """Properties that changed, with previous and updated values."""
        return self._data["configurationItemDiff"]

    @property
    def configuration_item(self) -> AWSConfigConfigurationItemChanged:
        """The configuration item after the change."""
        return AWSConfigConfigurationItemChanged(self._data["configurationItem"])

    @property
    def raw_configuration_item(self) -> dict[str, Any]:
        """The configuration item as a plain dict."""
        return self._data["configurationItem"]

    @property
    def record_version(self) -> str:
        """Version of the invoking event format."""
        return self._data["recordVersion"]

    @property
    def message_type(self) -> str:
        """``ConfigurationItemChangeNotification``."""
        return self._data["messageType"]

    @property
    def notification_creation_time(self) -> str:
        """When AWS Config sent the notification, ISO 8601."""
        return self._data["notificationCreationTime"]


class AWSConfigScheduledNotification(DictWrapper):
    """Invoking event of a periodic evaluation."""

    @property
    def accountid(self) -> str:
        """Account being evaluated."""
        return self._data["awsAccountId"]

    @property
    def notification_creation_time(self) -> str:
        """When AWS Config sent the notification, ISO 8601."""
        return self._data["notificationCreationTime"]

    @property
    def record_version(self) -> str:
        """Version of the invoking event format."""
        return self._data["recordVersion"]

    @property
    def message_type(self) -> str:
        """``ScheduledNotification``."""
        return self._data["messageType"]


class AWSConfigOversizedConfigurationItemSummary(_ConfigurationItemFields):
    """Summary of a configuration item too large to send in full."""

    @property
    def change_type(self) -> str:
        """``CREATE``, ``UPDATE`` or ``DELETE``."""
        return self._data["changeType"]


class AWSConfigOversizedConfiguration(DictWrapper):
    """Invoking event of a change whose configuration item is too large to send."""

    @property
    def configuration_item_summary(self) -> AWSConfigOversizedConfigurationItemSummary:
        """Summary of the configuration item."""
        return AWSConfigOversizedConfigurationItemSummary(self._data["configurationItemSummary"])

    @property
    def raw_configuration_item_summary(self) -> dict[str, Any]:
        """The summary as a plain dict."""
        return self._data["configurationItemSummary"]

    @property
    def message_type(self) -> str:
        """``OversizedConfigurationItemChangeNotification``."""
        return self._data["messageType"]

    @property
    def notification_creation_time(self) -> str:
        """When AWS Config sent the notification, ISO 8601."""
        return self._data["notificationCreationTime"]

    @property
    def record_version(self) -> str:
        """Version of the invoking event format."""
        return self._data["recordVersion"]


class AWSConfigRuleEvent(DictWrapper):
    """An AWS Config custom rule evaluation request.

    Documentation: https://docs.aws.amazon.com/config/latest/developerguide/evaluate-config_develop-rules_example-events.html
    """

    @property
    def version(self) -> str:
        """Version of the event format."""
        return self._data["version"]

    @cached_property
    def invoking_event(
        self,
    ) -> (
        AWSConfigConfigurationChanged
        | AWSConfigScheduledNotification
        | AWSConfigOversizedConfiguration
    ):
        """``invokingEvent`` parsed and wrapped according to its message type (cached).

        Raises:
            ValueError: ``invokingEvent`` is not JSON (from the deserializer).
        """
        return get_invoke_event(self._json_deserializer(self._data["invokingEvent"]))

    @property
    def raw_invoking_event(self) -> str:
        """``invokingEvent`` as sent: JSON text."""
        return self._data["invokingEvent"]

    @property
    def rule_parameters(self) -> dict[str, Any]:
        """The rule's input parameters, parsed from JSON.

        Raises:
            ValueError: ``ruleParameters`` is not JSON (from the deserializer).
        """
        return self._json_deserializer(self._data["ruleParameters"])

    @property
    def result_token(self) -> str:
        """Token to pass to ``PutEvaluations``."""
        return self._data["resultToken"]

    @property
    def event_left_scope(self) -> bool:
        """Whether the resource left the rule's scope (report ``NOT_APPLICABLE``)."""
        return self._data["eventLeftScope"]

    @property
    def execution_role_arn(self) -> str:
        """ARN of the role AWS Config assumed."""
        return self._data["executionRoleArn"]

    @property
    def config_rule_arn(self) -> str:
        """ARN of the rule."""
        return self._data["configRuleArn"]

    @property
    def config_rule_name(self) -> str:
        """Name of the rule."""
        return self._data["configRuleName"]

    @property
    def config_rule_id(self) -> str:
        """Identifier of the rule."""
        return self._data["configRuleId"]

    @property
    def accountid(self) -> str:
        """Account the rule belongs to."""
        return self._data["accountId"]

    @property
    def evalution_mode(self) -> str | None:
        """``DETECTIVE`` or ``PROACTIVE`` (the spelling of the name is kept for compatibility)."""
        return self._data.get("evaluationMode")
