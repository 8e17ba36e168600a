# mypy: disable-error-code="no-any-return"
"""CloudWatch Logs subscription events: a base64, gzip-compressed batch of log events.

Example:
    >>> event = CloudWatchLogsEvent(raw_event)  # doctest: +SKIP
    >>> for log_event in event.parse_logs_data().log_events:  # doctest: +SKIP
    ...     print(log_event.message)
"""

from __future__ import annotations

from aws_lambda_powertools.utilities.data_classes.common import (
    DataClassDecodeError,
    DictWrapper,
    decode_base64_field,
    decode_utf8_field,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def decompress_gzip_field(value: bytes, field: str) -> bytes:
    """Decompress gzip (or zlib) data taken from the event field ``field``.

    Args:
        value: the compressed bytes.
        field: name of the event field, used in the error message.

    Returns:
        The decompressed bytes.

    Raises:
        DataClassDecodeError: ``value`` is not gzip or zlib data, or it is truncated.
    """
    import zlib

    try:
        # wbits=47 (32 + 15) accepts both gzip and zlib headers.
        return zlib.decompress(value, 47)
    except zlib.error as err:
        message = (
            f"event field {field!r} is not valid gzip data: {err}; CloudWatch Logs sends "
            "base64-encoded gzip, check that the payload was not altered on the way"
        )
        raise DataClassDecodeError(message) from err


class CloudWatchLogsLogEvent(DictWrapper):
    """One log line of the batch."""

    @property
    def get_id(self) -> str:
        """Unique identifier of the log event."""
        return self._data["id"]

    @property
    def timestamp(self) -> int:
        """When the event was logged, in epoch milliseconds."""
        return self._data["timestamp"]

    @property
    def message(self) -> str:
        """The log line."""
        return self._data["message"]

    @property
    def extracted_fields(self) -> dict[str, str]:
        """Fields extracted by the subscription filter pattern (``{}`` when none)."""
        return self._data.get("extractedFields") or {}


class CloudWatchLogsDecodedData(DictWrapper):
    """The decompressed payload: log group, stream and the log events."""

    @property
    def owner(self) -> str:
        """AWS account that owns the log data."""
        return self._data["owner"]

    @property
    def log_group(self) -> str:
        """Name of the log group."""
        return self._data["logGroup"]

    @property
    def log_stream(self) -> str:
        """Name of the log stream."""
        return self._data["logStream"]

    @property
    def subscription_filters(self) -> list[str]:
        """Names of the subscription filters that matched."""
        return self._data["subscriptionFilters"]

    @property
    def message_type(self) -> str:
        """``DATA_MESSAGE`` for log data, ``CONTROL_MESSAGE`` for reachability checks."""
        return self._data["messageType"]

    @property
    def policy_level(self) -> str | None:
        """Level of the policy that forwarded the logs, such as ``ACCOUNT_LEVEL_POLICY``."""
        return self._data.get("policyLevel")

    @property
    def log_events(self) -> list[CloudWatchLogsLogEvent]:
        """The log events of the batch."""
        return [CloudWatchLogsLogEvent(event) for event in self._data["logEvents"]]


class CloudWatchLogsEvent(DictWrapper):
    """A CloudWatch Logs subscription event.

    Documentation: https://docs.aws.amazon.com/lambda/latest/dg/services-cloudwatchlogs.html
    """

    _decompressed: bytes
    _decoded: CloudWatchLogsDecodedData

    @property
    def raw_logs_data(self) -> str:
        """The payload as sent: base64 text of gzip-compressed JSON."""
        return self._data["awslogs"]["data"]

    @property
    def decompress_logs_data(self) -> bytes:
        """The payload base64-decoded and decompressed (cached).

        Raises:
            DataClassDecodeError: ``awslogs.data`` is not base64 or not gzip data.
        """
        try:
            return self._decompressed
        except AttributeError:
            field = "awslogs.data"
            compressed = decode_base64_field(self.raw_logs_data, field)
            self._decompressed = decompress_gzip_field(compressed, field)
            return self._decompressed

    def parse_logs_data(self) -> CloudWatchLogsDecodedData:
        """Decode, decompress and parse the payload (cached).

        Returns:
            The log group, stream and log events.

        Raises:
            DataClassDecodeError: ``awslogs.data`` is not base64, not gzip data or not
                UTF-8 text once decompressed.
            ValueError: the decompressed payload is not JSON (from the deserializer).
        """
        try:
            return self._decoded
        except AttributeError:
            text = decode_utf8_field(self.decompress_logs_data, "awslogs.data")
            payload: Any = self._json_deserializer(text)
            self._decoded = CloudWatchLogsDecodedData(payload, self._json_deserializer)
            return self._decoded
