# mypy: disable-error-code="no-any-return"
"""Amazon SQS events: a batch of queue messages, with helpers for S3 and SNS payloads.

Example:
    >>> event = SQSEvent({"Records": [{"messageId": "m1", "body": '{"id": 1}'}]})
    >>> [record.json_body for record in event.records]
    [{'id': 1}]
"""

from __future__ import annotations

from functools import cached_property

from aws_lambda_powertools.utilities.data_classes.common import DictWrapper, _lazy_attribute

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import ItemsView, Iterator
    from typing import Any, TypeVar

    from aws_lambda_powertools.utilities.data_classes.s3_event import S3Event
    from aws_lambda_powertools.utilities.data_classes.sns_event import SNSMessage

# Partitions whose endpoints do not end in amazonaws.com.
_PARTITION_DOMAINS = {
    "aws-cn": "amazonaws.com.cn",
    "aws-iso": "c2s.ic.gov",
    "aws-iso-b": "sc2s.sgov.gov",
}


class _LazyNestedEventTypeVar:
    """Class attribute that becomes a ``TypeVar`` bound to ``DictWrapper`` when first read.

    Building the TypeVar on first read keeps ``typing`` out of the import of this module;
    the descriptor then replaces itself on the class with the TypeVar.
    """

    def __set_name__(self, owner: type, name: str) -> None:
        self._owner = owner
        self._name = name

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        from typing import TypeVar

        value = TypeVar(self._name, bound=DictWrapper)  # type: ignore[misc]
        setattr(self._owner, self._name, value)
        return value


class SQSRecordAttributes(DictWrapper):
    """System attributes SQS sets on a message."""

    @property
    def aws_trace_header(self) -> str | None:
        """X-Ray trace header of the sender, when tracing is active."""
        return self._data.get("AWSTraceHeader")

    @property
    def approximate_receive_count(self) -> str:
        """How many times the message was received without being deleted."""
        return self._data["ApproximateReceiveCount"]

    @property
    def sent_timestamp(self) -> str:
        """When the message was sent, in epoch milliseconds."""
        return self._data["SentTimestamp"]

    @property
    def sender_id(self) -> str:
        """IAM user ID or role ID of the sender."""
        return self._data["SenderId"]

    @property
    def approximate_first_receive_timestamp(self) -> str:
        """When the message was first received, in epoch milliseconds."""
        return self._data["ApproximateFirstReceiveTimestamp"]

    @property
    def sequence_number(self) -> str | None:
        """Sequence number SQS assigns to messages of a FIFO queue."""
        return self._data.get("SequenceNumber")

    @property
    def message_group_id(self) -> str | None:
        """Message group of a FIFO queue message."""
        return self._data.get("MessageGroupId")

    @property
    def message_deduplication_id(self) -> str | None:
        """Deduplication token of a FIFO queue message."""
        return self._data.get("MessageDeduplicationId")

    @property
    def dead_letter_queue_source_arn(self) -> str | None:
        """ARN of the queue a dead-letter message was moved from."""
        return self._data.get("DeadLetterQueueSourceArn")


class SQSMessageAttribute(DictWrapper):
    """One user-defined message attribute."""

    @property
    def string_value(self) -> str | None:
        """Value of a ``String`` or ``Number`` attribute."""
        return self._data.get("stringValue")

    @property
    def binary_value(self) -> str | None:
        """Value of a ``Binary`` attribute, base64-encoded."""
        return self._data.get("binaryValue")

    @property
    def data_type(self) -> str:
        """``String``, ``Number`` or ``Binary``, optionally with a custom suffix."""
        return self._data["dataType"]


class SQSMessageAttributes(dict[str, "Any"]):
    """User-defined message attributes; indexing wraps each value in ``SQSMessageAttribute``.

    Unlike a plain dict, ``attributes["missing"]`` returns ``None`` instead of raising.
    """

    def __getitem__(self, key: str) -> SQSMessageAttribute | None:
        item = dict.get(self, key)
        return None if item is None else SQSMessageAttribute(item)

    def items(self) -> ItemsView[str, SQSMessageAttribute]:  # type: ignore[override]
        """Return ``(name, SQSMessageAttribute)`` pairs."""
        return {name: SQSMessageAttribute(value) for name, value in dict.items(self)}.items()


class SQSRecord(DictWrapper):
    """One message of the batch.

    Attributes:
        NestedEvent: type variable of the event classes a body can be decoded into.
    """

    if TYPE_CHECKING:
        NestedEvent = TypeVar("NestedEvent", bound=DictWrapper)
    else:
        NestedEvent = _LazyNestedEventTypeVar()

    @property
    def message_id(self) -> str:
        """Unique identifier of the message."""
        return self._data["messageId"]

    @property
    def receipt_handle(self) -> str:
        """Handle to delete or change the visibility of this receipt of the message."""
        return self._data["receiptHandle"]

    @property
    def body(self) -> str:
        """The message body."""
        return self._data["body"]

    @cached_property
    def json_body(self) -> Any:
        """The body parsed as JSON with the event's deserializer (cached).

        Raises:
            ValueError: the body is not JSON (from the deserializer).
        """
        return self._json_deserializer(self._data["body"])

    @property
    def attributes(self) -> SQSRecordAttributes:
        """System attributes of the message."""
        return SQSRecordAttributes(self._data["attributes"])

    @property
    def message_attributes(self) -> SQSMessageAttributes:
        """User-defined message attributes."""
        return SQSMessageAttributes(self._data["messageAttributes"])

    @property
    def md5_of_body(self) -> str:
        """MD5 digest of the body."""
        return self._data["md5OfBody"]

    @property
    def event_source(self) -> str:
        """Always ``aws:sqs``."""
        return self._data["eventSource"]

    @property
    def event_source_arn(self) -> str:
        """ARN of the queue."""
        return self._data["eventSourceARN"]

    @property
    def aws_region(self) -> str:
        """Region of the queue."""
        return self._data["awsRegion"]

    @property
    def queue_url(self) -> str:
        """URL of the queue, built from its ARN (for ``delete_message`` and friends)."""
        _, partition, service, region, account_id, queue_name = self._data["eventSourceARN"].split(
            ":", 5
        )
        domain = _PARTITION_DOMAINS.get(partition, "amazonaws.com")
        return f"https://{service}.{region}.{domain}/{account_id}/{queue_name}"

    @property
    def decoded_nested_s3_event(self) -> S3Event:
        """The body as the S3 notification an S3 bucket sent to the queue.

        Raises:
            ValueError: the body is not JSON (from the deserializer).
        """
        from aws_lambda_powertools.utilities.data_classes.s3_event import S3Event

        return self._decode_nested_event(S3Event)

    @property
    def decoded_nested_sns_event(self) -> SNSMessage:
        """The body as the SNS message an SNS topic delivered to the queue.

        Raises:
            ValueError: the body is not JSON (from the deserializer).
        """
        from aws_lambda_powertools.utilities.data_classes.sns_event import SNSMessage

        return self._decode_nested_event(SNSMessage)

    def _decode_nested_event(self, nested_event_class: type[NestedEvent]) -> NestedEvent:
        return nested_event_class(self.json_body, self._json_deserializer)


class SQSEvent(DictWrapper):
    """A batch of SQS messages.

    Documentation: https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html
    """

    @property
    def records(self) -> Iterator[SQSRecord]:
        """The messages of the batch."""
        deserializer = self._json_deserializer
        return (SQSRecord(record, deserializer) for record in self._data["Records"])


# Event classes this module re-exports for nested payloads, imported on first use.
_LAZY_EXPORTS = {
    "S3Event": "s3_event",
    "SNSMessage": "sns_event",
}


def __getattr__(name: str) -> Any:
    return _lazy_attribute(__name__, _LAZY_EXPORTS, name)


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY_EXPORTS])
