# mypy: disable-error-code="no-any-return"
"""Amazon Data Firehose transformation events and the response a transformation returns.

Firehose hands a Lambda function a batch of base64-encoded records; the function answers with
one result per record (``Ok``, ``Dropped`` or ``ProcessingFailed``) and the transformed data.

Example:
    >>> event = KinesisFirehoseEvent(raw_event)  # doctest: +SKIP
    >>> response = KinesisFirehoseDataTransformationResponse()  # doctest: +SKIP
    >>> for record in event.records:  # doctest: +SKIP
    ...     response.add_record(record.build_data_transformation_response(data=record.data))
    >>> response.asdict()  # doctest: +SKIP
"""

from __future__ import annotations

import json
from functools import cached_property

from aws_lambda_powertools.utilities.data_classes.common import (
    DictWrapper,
    decode_base64_field,
    decode_utf8_field,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from typing import Any, ClassVar, Literal

_RESULT_TYPES = ("Ok", "Dropped", "ProcessingFailed")


class KinesisFirehoseDataTransformationRecordMetadata:
    """Metadata of a transformed record: the partition keys of dynamic partitioning.

    Args:
        partition_keys: key/value pairs Firehose uses to build the S3 prefix.

    Example:
        >>> KinesisFirehoseDataTransformationRecordMetadata({"year": "2024"}).asdict()
        {'partitionKeys': {'year': '2024'}}
    """

    def __init__(self, partition_keys: dict[str, str] | None = None) -> None:
        self.partition_keys: dict[str, str] = {} if partition_keys is None else partition_keys

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.partition_keys == other.partition_keys

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"{type(self).__name__}(partition_keys={self.partition_keys!r})"

    def asdict(self) -> dict[str, Any]:
        """Return the metadata in the shape Firehose expects."""
        return {"partitionKeys": self.partition_keys}


class KinesisFirehoseDataTransformationRecord:
    """The outcome of transforming one record.

    Args:
        record_id: ``recordId`` of the incoming record.
        result: ``Ok``, ``Dropped`` or ``ProcessingFailed``.
        data: the transformed data, base64-encoded.
        metadata: partition keys for dynamic partitioning.
        json_serializer: function turning Python objects into JSON text.
        json_deserializer: function turning JSON text into Python objects (``data_as_json``).

    Example:
        >>> KinesisFirehoseDataTransformationRecord(record_id="r1", data="aGk=").asdict()
        {'recordId': 'r1', 'result': 'Ok', 'data': 'aGk='}
    """

    _valid_result_types: ClassVar[tuple[str, str, str]] = _RESULT_TYPES

    # Class-level defaults, readable on the class as for the constructor arguments.
    result: Literal["Ok", "Dropped", "ProcessingFailed"] = "Ok"
    data: str = ""
    metadata: KinesisFirehoseDataTransformationRecordMetadata | None = None
    json_serializer: Callable[..., str] = json.dumps
    json_deserializer: Callable[..., Any] = json.loads

    def __init__(
        self,
        record_id: str,
        result: Literal["Ok", "Dropped", "ProcessingFailed"] = "Ok",
        data: str = "",
        metadata: KinesisFirehoseDataTransformationRecordMetadata | None = None,
        json_serializer: Callable[..., str] = json.dumps,
        json_deserializer: Callable[..., Any] = json.loads,
    ) -> None:
        self.record_id = record_id
        self.result = result
        self.data = data
        self.metadata = metadata
        self.json_serializer = json_serializer
        self.json_deserializer = json_deserializer

    def _fields(self) -> tuple[Any, ...]:
        return (self.record_id, self.result, self.data, self.metadata)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._fields() == other._fields()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(record_id={self.record_id!r}, result={self.result!r}, "
            f"data={self.data!r}, metadata={self.metadata!r})"
        )

    def asdict(self) -> dict[str, Any]:
        """Return the record in the shape Firehose expects.

        An unknown ``result`` is kept but warns with ``PowertoolsUserWarning``: Firehose
        would reject the whole response.
        """
        if self.result not in _RESULT_TYPES:
            message = (
                f"KinesisFirehoseDataTransformationRecord result {self.result!r} is not valid; "
                f"choose one of {', '.join(map(repr, _RESULT_TYPES))}"
            )
            import warnings

            from aws_lambda_powertools.warnings import PowertoolsUserWarning

            warnings.warn(message, PowertoolsUserWarning, stacklevel=2)

        record: dict[str, Any] = {
            "recordId": self.record_id,
            "result": self.result,
            "data": self.data,
        }
        if self.metadata:
            record["metadata"] = self.metadata.asdict()
        return record

    @property
    def data_as_bytes(self) -> bytes:
        """The data decoded from base64 (``b""`` when empty).

        Raises:
            DataClassDecodeError: ``data`` is not valid base64.
        """
        if not self.data:
            return b""
        return decode_base64_field(self.data, "data")

    @property
    def data_as_text(self) -> str:
        """The data as UTF-8 text (``""`` when empty).

        Raises:
            DataClassDecodeError: ``data`` is not base64 or not UTF-8 text.
        """
        return decode_utf8_field(self.data_as_bytes, "data")

    @cached_property
    def data_as_json(self) -> Any:
        """The data parsed as JSON (``{}`` when empty; cached).

        Raises:
            DataClassDecodeError: ``data`` is not base64 or not UTF-8 text.
            ValueError: the text is not JSON (from the deserializer).
        """
        if not self.data:
            return {}
        return self.json_deserializer(self.data_as_text)


class KinesisFirehoseDataTransformationResponse:
    """The response of a transformation function: one result per incoming record.

    Args:
        records: the transformed records; add more with ``add_record``.

    Example:
        >>> response = KinesisFirehoseDataTransformationResponse()
        >>> response.add_record(KinesisFirehoseDataTransformationRecord(record_id="r1"))
        >>> response.asdict()
        {'records': [{'recordId': 'r1', 'result': 'Ok', 'data': ''}]}
    """

    def __init__(self, records: list[KinesisFirehoseDataTransformationRecord] | None = None):
        self.records: list[KinesisFirehoseDataTransformationRecord] = (
            [] if records is None else records
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.records == other.records

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"{type(self).__name__}(records={self.records!r})"

    def add_record(self, record: KinesisFirehoseDataTransformationRecord) -> None:
        """Append the result of one record."""
        self.records.append(record)

    def asdict(self) -> dict[str, Any]:
        """Return the response in the shape Firehose expects.

        Raises:
            ValueError: there are no records; Firehose rejects an empty response.
        """
        if not self.records:
            message = (
                "Amazon Kinesis Data Firehose doesn't accept empty response: add one "
                "KinesisFirehoseDataTransformationRecord per incoming record with add_record()"
            )
            raise ValueError(message)
        return {"records": [record.asdict() for record in self.records]}


class KinesisFirehoseRecordMetadata(DictWrapper):
    """Kinesis metadata of a record read from a Kinesis data stream source."""

    @property
    def _metadata(self) -> dict[str, Any]:
        return self._data["kinesisRecordMetadata"]

    @property
    def shard_id(self) -> str:
        """Shard the record was read from."""
        return self._data["kinesisRecordMetadata"]["shardId"]

    @property
    def partition_key(self) -> str:
        """Partition key of the source record."""
        return self._data["kinesisRecordMetadata"]["partitionKey"]

    @property
    def approximate_arrival_timestamp(self) -> int:
        """When the record reached the source stream, in epoch milliseconds."""
        return self._data["kinesisRecordMetadata"]["approximateArrivalTimestamp"]

    @property
    def sequence_number(self) -> str:
        """Sequence number of the source record."""
        return self._data["kinesisRecordMetadata"]["sequenceNumber"]

    @property
    def subsequence_number(self) -> int:
        """Subsequence number of a de-aggregated source record."""
        return self._data["kinesisRecordMetadata"]["subsequenceNumber"]


class KinesisFirehoseRecord(DictWrapper):
    """One record to transform."""

    @property
    def approximate_arrival_timestamp(self) -> int:
        """When Firehose received the record, in epoch milliseconds."""
        return self._data["approximateArrivalTimestamp"]

    @property
    def record_id(self) -> str:
        """Identifier the response must echo for this record."""
        return self._data["recordId"]

    @property
    def data(self) -> str:
        """The record data, base64-encoded."""
        return self._data["data"]

    @property
    def metadata(self) -> KinesisFirehoseRecordMetadata | None:
        """Kinesis metadata when the source is a Kinesis data stream, else ``None``."""
        if "kinesisRecordMetadata" not in self._data:
            return None
        return KinesisFirehoseRecordMetadata(self._data)

    @property
    def data_as_bytes(self) -> bytes:
        """The record data decoded from base64.

        Raises:
            DataClassDecodeError: ``data`` is not valid base64.
        """
        return decode_base64_field(self._data["data"], "data")

    @property
    def data_as_text(self) -> str:
        """The record data as UTF-8 text.

        Raises:
            DataClassDecodeError: ``data`` is not base64 or not UTF-8 text.
        """
        return decode_utf8_field(self.data_as_bytes, "data")

    @cached_property
    def data_as_json(self) -> Any:
        """The record data parsed as JSON with the event's deserializer (cached).

        Raises:
            DataClassDecodeError: ``data`` is not base64 or not UTF-8 text.
            ValueError: the text is not JSON (from the deserializer).
        """
        return self._json_deserializer(self.data_as_text)

    def build_data_transformation_response(
        self,
        result: Literal["Ok", "Dropped", "ProcessingFailed"] = "Ok",
        data: str = "",
        metadata: KinesisFirehoseDataTransformationRecordMetadata | None = None,
    ) -> KinesisFirehoseDataTransformationRecord:
        """Return the transformation result for this record, with its ``record_id`` filled in.

        Args:
            result: ``Ok``, ``Dropped`` or ``ProcessingFailed``.
            data: the transformed data, base64-encoded.
            metadata: partition keys for dynamic partitioning.
        """
        return KinesisFirehoseDataTransformationRecord(
            record_id=self.record_id,
            result=result,
            data=data,
            metadata=metadata,
            json_deserializer=self._json_deserializer,
        )


class KinesisFirehoseEvent(DictWrapper):
    """A batch of records Firehose asks a function to transform.

    Documentation: https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html
    """

    @property
    def invocation_id(self) -> str:
        """Unique identifier of the invocation."""
        return self._data["invocationId"]

    @property
    def delivery_stream_arn(self) -> str:
        """ARN of the Firehose stream."""
        return self._data["deliveryStreamArn"]

    @property
    def source_kinesis_stream_arn(self) -> str | None:
        """ARN of the source Kinesis data stream, when there is one."""
        return self._data.get("sourceKinesisStreamArn")

    @property
    def region(self) -> str:
        """Region of the Firehose stream."""
        return self._data["region"]

    @property
    def records(self) -> Iterator[KinesisFirehoseRecord]:
        """The records to transform."""
        deserializer = self._json_deserializer
        return (KinesisFirehoseRecord(record, deserializer) for record in self._data["records"])
