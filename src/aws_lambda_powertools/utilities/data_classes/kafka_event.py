# mypy: disable-error-code="no-any-return"
"""Apache Kafka events from Amazon MSK or a self-managed cluster.

Keys and values arrive base64-encoded and headers as lists of byte values; the ``decoded_*``
helpers turn them back into bytes, and ``json_value`` parses a JSON value.

Example:
    >>> event = KafkaEvent(raw_event)  # doctest: +SKIP
    >>> for record in event.records:  # doctest: +SKIP
    ...     print(record.topic, record.decoded_key, record.json_value)
"""

from __future__ import annotations

from functools import cached_property

from aws_lambda_powertools.utilities.data_classes.common import (
    CaseInsensitiveDict,
    DictWrapper,
    decode_base64_field,
    decode_utf8_field,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import Any


def decode_header_bytes(byte_list: list[int]) -> bytes:
    """Turn the byte values of a Kafka header into bytes.

    Producers written in Java send bytes as signed values (-128..127); a negative value is
    taken as its two's-complement byte, so ``-1`` becomes ``0xff``.

    Args:
        byte_list: the header value as sent, one integer per byte.

    Returns:
        The header value as bytes.

    Raises:
        ValueError: a value is 256 or more while none is negative.
        TypeError: a value is not an integer.

    Example:
        >>> decode_header_bytes([104, 105, -1])
        b'hi\\xff'
    """
    if any(value < 0 for value in byte_list):
        return bytes(value & 0xFF for value in byte_list)
    return bytes(byte_list)


class KafkaEventRecordSchemaMetadata(DictWrapper):
    """Schema registry details of a record's key or value."""

    @property
    def data_format(self) -> str | None:
        """Serialization format, such as ``AVRO``, ``PROTOBUF`` or ``JSON``."""
        return self._data.get("dataFormat")

    @property
    def schema_id(self) -> str | None:
        """Identifier of the schema in the registry."""
        return self._data.get("schemaId")


class KafkaEventRecordBase(DictWrapper):
    """Position, time and schema details every Kafka record has."""

    @property
    def topic(self) -> str:
        """Topic the record was read from."""
        return self._data["topic"]

    @property
    def partition(self) -> int:
        """Partition of the topic."""
        return self._data["partition"]

    @property
    def offset(self) -> int:
        """Offset of the record within its partition."""
        return self._data["offset"]

    @property
    def timestamp(self) -> int:
        """Timestamp of the record, in epoch milliseconds."""
        return self._data["timestamp"]

    @property
    def timestamp_type(self) -> str:
        """``CREATE_TIME`` or ``LOG_APPEND_TIME``."""
        return self._data["timestampType"]

    @property
    def key_schema_metadata(self) -> KafkaEventRecordSchemaMetadata | None:
        """Schema registry details of the key, when the key has a schema."""
        metadata = self._data.get("keySchemaMetadata")
        return None if metadata is None else KafkaEventRecordSchemaMetadata(metadata)

    @property
    def value_schema_metadata(self) -> KafkaEventRecordSchemaMetadata | None:
        """Schema registry details of the value, when the value has a schema."""
        metadata = self._data.get("valueSchemaMetadata")
        return None if metadata is None else KafkaEventRecordSchemaMetadata(metadata)


class KafkaEventRecord(KafkaEventRecordBase):
    """One Kafka record."""

    @property
    def key(self) -> str | None:
        """The key, base64-encoded; ``None`` for a record without a key."""
        return self._data.get("key")

    @property
    def decoded_key(self) -> bytes | None:
        """The key decoded from base64; ``None`` for a record without a key.

        Raises:
            DataClassDecodeError: ``key`` is not valid base64.
        """
        key = self._data.get("key")
        return None if key is None else decode_base64_field(key, "key")

    @property
    def value(self) -> str:
        """The value, base64-encoded."""
        return self._data["value"]

    @property
    def decoded_value(self) -> bytes:
        """The value decoded from base64.

        Raises:
            DataClassDecodeError: ``value`` is not valid base64.
        """
        return decode_base64_field(self._data["value"], "value")

    @cached_property
    def json_value(self) -> Any:
        """The value parsed as JSON with the event's deserializer (cached).

        Raises:
            DataClassDecodeError: ``value`` is not base64 or not UTF-8 text.
            ValueError: the text is not JSON (from the deserializer).
        """
        return self._json_deserializer(decode_utf8_field(self.decoded_value, "value"))

    @property
    def headers(self) -> list[dict[str, list[int]]]:
        """The headers as sent: a list of one-entry dicts of byte values."""
        return self._data["headers"]

    @cached_property
    def decoded_headers(self) -> dict[str, bytes]:
        """The headers as one case-insensitive dict of bytes; a repeated name keeps its last.

        Signed byte values are read as in ``decode_header_bytes``.
        """
        headers = CaseInsensitiveDict()
        for header in self._data["headers"]:
            for name, value in header.items():
                headers[name] = decode_header_bytes(value)
        return headers


class KafkaEventBase(DictWrapper):
    """Source details every Kafka event has."""

    @property
    def event_source(self) -> str:
        """``aws:kafka`` for MSK, ``SelfManagedKafka`` for a self-managed cluster."""
        return self._data["eventSource"]

    @property
    def event_source_arn(self) -> str | None:
        """ARN of the MSK cluster; ``None`` for a self-managed cluster."""
        return self._data.get("eventSourceArn")

    @property
    def bootstrap_servers(self) -> str:
        """Bootstrap servers, comma-separated."""
        return self._data["bootstrapServers"]

    @property
    def decoded_bootstrap_servers(self) -> list[str]:
        """Bootstrap servers as a list."""
        return self._data["bootstrapServers"].split(",")


class KafkaEvent(KafkaEventBase):
    """A batch of Kafka records, grouped by topic partition in the raw event.

    Documentation: https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html
    """

    @property
    def records(self) -> Iterator[KafkaEventRecord]:
        """Every record of every topic partition, in event order."""
        deserializer = self._json_deserializer
        return (
            KafkaEventRecord(record, deserializer)
            for partition in self._data["records"].values()
            for record in partition
        )

    @property
    def record(self) -> KafkaEventRecord:
        """The first record of the batch.

        Raises:
            KeyError: the event has no records.
        """
        for partition in self._data["records"].values():
            for record in partition:
                return KafkaEventRecord(record, self._json_deserializer)
        message = "the Kafka event has no records"
        raise KeyError(message)
