# mypy: disable-error-code="no-any-return"
"""Kinesis Data Streams events: batches of base64-encoded records from one shard.

Example:
    >>> event = KinesisStreamEvent(raw_event)  # doctest: +SKIP
    >>> for record in event.records:  # doctest: +SKIP
    ...     payload = record.kinesis.data_as_json()
"""

from __future__ import annotations

from aws_lambda_powertools.utilities.data_classes._tumbling_window import (
    TumblingWindow,
    TumblingWindowEvent,
)
from aws_lambda_powertools.utilities.data_classes.cloud_watch_logs_event import (
    CloudWatchLogsDecodedData,
    decompress_gzip_field,
)
from aws_lambda_powertools.utilities.data_classes.common import (
    DictWrapper,
    decode_base64_field,
    decode_utf8_field,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import Any

_DATA_FIELD = "kinesis.data"


class KinesisStreamRecordPayload(DictWrapper):
    """The ``kinesis`` part of a record: the data blob and its stream metadata."""

    @property
    def approximate_arrival_timestamp(self) -> float:
        """When the record reached the stream, in epoch seconds."""
        return self._data["approximateArrivalTimestamp"]

    @property
    def data(self) -> str:
        """The data blob, base64-encoded."""
        return self._data["data"]

    @property
    def kinesis_schema_version(self) -> str:
        """Version of the Kinesis record format."""
        return self._data["kinesisSchemaVersion"]

    @property
    def partition_key(self) -> str:
        """Partition key the producer chose for the record."""
        return self._data["partitionKey"]

    @property
    def sequence_number(self) -> str:
        """Sequence number of the record within its shard."""
        return self._data["sequenceNumber"]

    def data_as_bytes(self) -> bytes:
        """Return the data blob decoded from base64.

        Raises:
            DataClassDecodeError: ``kinesis.data`` is not valid base64.
        """
        return decode_base64_field(self._data["data"], _DATA_FIELD)

    def data_as_text(self) -> str:
        """Return the data blob as UTF-8 text.

        Raises:
            DataClassDecodeError: ``kinesis.data`` is not base64 or not UTF-8 text.
        """
        return decode_utf8_field(self.data_as_bytes(), _DATA_FIELD)

    def data_as_json(self) -> Any:
        """Return the data blob parsed as JSON with the event's deserializer.

        Raises:
            DataClassDecodeError: ``kinesis.data`` is not base64 or not UTF-8 text.
            ValueError: the text is not JSON (from the deserializer).
        """
        return self._json_deserializer(self.data_as_text())

    def data_zlib_compressed_as_json(self) -> Any:
        """Return the data blob decompressed (zlib or gzip) and parsed as JSON.

        Raises:
            DataClassDecodeError: ``kinesis.data`` is not base64, not compressed data or
                not UTF-8 text once decompressed.
            ValueError: the text is not JSON (from the deserializer).
        """
        decompressed = decompress_gzip_field(self.data_as_bytes(), _DATA_FIELD)
        return self._json_deserializer(decode_utf8_field(decompressed, _DATA_FIELD))


class KinesisStreamRecord(DictWrapper):
    """One record of the batch."""

    @property
    def aws_region(self) -> str:
        """Region of the stream."""
        return self._data["awsRegion"]

    @property
    def event_id(self) -> str:
        """Shard ID and sequence number of the record, joined by ``:``."""
        return self._data["eventID"]

    @property
    def event_name(self) -> str:
        """Always ``aws:kinesis:record``."""
        return self._data["eventName"]

    @property
    def event_source(self) -> str:
        """Always ``aws:kinesis``."""
        return self._data["eventSource"]

    @property
    def event_source_arn(self) -> str:
        """ARN of the stream."""
        return self._data["eventSourceARN"]

    @property
    def event_version(self) -> str:
        """Version of the event format."""
        return self._data["eventVersion"]

    @property
    def invoke_identity_arn(self) -> str:
        """ARN of the role Lambda used to read the stream."""
        return self._data["invokeIdentityArn"]

    @property
    def kinesis(self) -> KinesisStreamRecordPayload:
        """The data blob and its stream metadata."""
        return KinesisStreamRecordPayload(self._data["kinesis"], self._json_deserializer)


class KinesisStreamWindow(TumblingWindow):
    """Time window of a tumbling-window aggregation."""


class KinesisStreamEvent(TumblingWindowEvent):
    """A batch of Kinesis Data Streams records.

    Documentation: https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html
    """

    @property
    def records(self) -> Iterator[KinesisStreamRecord]:
        """The records, in shard order."""
        deserializer = self._json_deserializer
        return (KinesisStreamRecord(record, deserializer) for record in self._data["Records"])

    @property
    def window(self) -> KinesisStreamWindow | None:
        """Window of a tumbling-window invocation, else ``None``."""
        window = self._data.get("window")
        return None if window is None else KinesisStreamWindow(window)


def extract_cloudwatch_logs_from_record(record: KinesisStreamRecord) -> CloudWatchLogsDecodedData:
    """Decode the CloudWatch Logs batch a subscription filter wrote into one Kinesis record.

    Args:
        record: a record whose data is gzip-compressed CloudWatch Logs JSON.

    Returns:
        The log group, stream and log events of the batch.

    Raises:
        DataClassDecodeError: the record data is not base64, not gzip data or not UTF-8.
        ValueError: the decompressed data is not JSON (from the deserializer).
    """
    payload = record.kinesis.data_zlib_compressed_as_json()
    return CloudWatchLogsDecodedData(payload, record._json_deserializer)


def extract_cloudwatch_logs_from_event(
    event: KinesisStreamEvent,
) -> list[CloudWatchLogsDecodedData]:
    """Decode the CloudWatch Logs batches of every record of a Kinesis event.

    Args:
        event: a Kinesis event fed by a CloudWatch Logs subscription filter.

    Returns:
        One decoded batch per record, in record order.
    """
    return [extract_cloudwatch_logs_from_record(record) for record in event.records]
