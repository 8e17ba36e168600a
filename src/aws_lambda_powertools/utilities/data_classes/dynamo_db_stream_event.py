# mypy: disable-error-code="no-any-return"
"""DynamoDB Streams events: item-level changes to a table, with images as Python values.

Attribute values (``{"S": "x"}``, ``{"N": "1.5"}``...) are turned into Python values on first
access, without boto3: numbers become ``Decimal`` so no precision is lost. Binary values
(``B``, ``BS``) stay the base64 text the stream carries.

Example:
    >>> event = DynamoDBStreamEvent(
    ...     {"Records": [{"eventName": "INSERT", "dynamodb": {"Keys": {"id": {"N": "7"}}}}]}
    ... )
    >>> record = next(event.records)
    >>> record.event_name, record.dynamodb.keys
    (<DynamoDBRecordEventName.INSERT: 0>, {'id': Decimal('7')})
"""

from __future__ import annotations

from enum import Enum
from functools import cached_property

from aws_lambda_powertools.utilities.data_classes._tumbling_window import (
    TumblingWindow,
    TumblingWindowEvent,
)
from aws_lambda_powertools.utilities.data_classes.common import DictWrapper

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import Any


def _stream_deserializer() -> Any:
    """Return the deserializer of stream images, built on first use."""
    global _DESERIALIZER
    if _DESERIALIZER is None:
        from aws_lambda_powertools.shared.dynamodb_deserializer import TypeDeserializer

        class _StreamTypeDeserializer(TypeDeserializer):
            # Streams carry binary attributes as base64 text; hand them over unchanged.
            def _deserialize_b(self, value: Any) -> Any:
                return value

            def _deserialize_bs(self, value: list[Any]) -> set[Any]:
                return set(value)

        _DESERIALIZER = _StreamTypeDeserializer()
    return _DESERIALIZER


_DESERIALIZER: Any = None


class StreamViewType(Enum):
    """What a stream record carries about the modified item."""

    KEYS_ONLY = 0
    NEW_IMAGE = 1
    OLD_IMAGE = 2
    NEW_AND_OLD_IMAGES = 3


class DynamoDBRecordEventName(Enum):
    """The kind of change a stream record describes."""

    INSERT = 0
    MODIFY = 1
    REMOVE = 2


class StreamRecord(DictWrapper):
    """The ``dynamodb`` part of a stream record: keys, images and stream metadata."""

    def _deserialize_dynamodb_dict(self, key: str) -> dict[str, Any]:
        """Return the attribute map under ``key`` as Python values (``{}`` when absent)."""
        attributes = self._data.get(key)
        if not attributes:
            return {}

        deserialize = _stream_deserializer().deserialize
        return {name: deserialize(value) for name, value in attributes.items()}

    @property
    def approximate_creation_date_time(self) -> int | None:
        """When the change was made, in epoch seconds."""
        return self._data.get("ApproximateCreationDateTime")

    @cached_property
    def keys(self) -> dict[str, Any]:  # type: ignore[override]
        """Primary key attributes of the modified item (``{}`` when absent)."""
        return self._deserialize_dynamodb_dict("Keys")

    @cached_property
    def new_image(self) -> dict[str, Any]:
        """The item after the change (``{}`` when the stream view does not carry it)."""
        return self._deserialize_dynamodb_dict("NewImage")

    @cached_property
    def old_image(self) -> dict[str, Any]:
        """The item before the change (``{}`` when the stream view does not carry it)."""
        return self._deserialize_dynamodb_dict("OldImage")

    @property
    def sequence_number(self) -> str | None:
        """Sequence number of the stream record."""
        return self._data.get("SequenceNumber")

    @property
    def size_bytes(self) -> int | None:
        """Size of the stream record, in bytes."""
        return self._data.get("SizeBytes")

    @property
    def stream_view_type(self) -> StreamViewType | None:
        """Which images the stream writes for each change."""
        view_type = self._data.get("StreamViewType")
        return None if view_type is None else StreamViewType[view_type]


class DynamoDBRecord(DictWrapper):
    """One change to one item of the table."""

    @property
    def aws_region(self) -> str | None:
        """Region where the change happened."""
        return self._data.get("awsRegion")

    @property
    def dynamodb(self) -> StreamRecord | None:
        """Keys, images and metadata of the change."""
        stream_record = self._data.get("dynamodb")
        return None if stream_record is None else StreamRecord(stream_record)

    @property
    def event_id(self) -> str | None:
        """Unique identifier of the record."""
        return self._data.get("eventID")

    @property
    def event_name(self) -> DynamoDBRecordEventName | None:
        """The kind of change: ``INSERT``, ``MODIFY`` or ``REMOVE``."""
        name = self._data.get("eventName")
        return None if name is None else DynamoDBRecordEventName[name]

    @property
    def event_source(self) -> str | None:
        """Always ``aws:dynamodb``."""
        return self._data.get("eventSource")

    @property
    def event_source_arn(self) -> str | None:
        """ARN of the stream the record came from."""
        return self._data.get("eventSourceARN")

    @property
    def event_version(self) -> str | None:
        """Version of the stream record format."""
        return self._data.get("eventVersion")

    @property
    def user_identity(self) -> dict[str, Any]:
        """Who made the change; set for items removed by Time To Live (``{}`` otherwise)."""
        return self._data.get("userIdentity") or {}


class DynamoDBStreamWindow(TumblingWindow):
    """Time window of a tumbling-window aggregation."""


class DynamoDBStreamEvent(TumblingWindowEvent):
    """A batch of DynamoDB stream records.

    Documentation: https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html
    """

    @property
    def records(self) -> Iterator[DynamoDBRecord]:
        """The change records, in stream order."""
        return (DynamoDBRecord(record) for record in self._data["Records"])

    @property
    def window(self) -> DynamoDBStreamWindow | None:
        """Window of a tumbling-window invocation, else ``None``."""
        window = self._data.get("window")
        return None if window is None else DynamoDBStreamWindow(window)
