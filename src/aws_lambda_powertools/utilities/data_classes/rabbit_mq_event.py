# mypy: disable-error-code="no-any-return"
"""Amazon MQ for RabbitMQ events: batches of AMQP messages, grouped by queue.

Example:
    >>> event = RabbitMQEvent(raw_event)  # doctest: +SKIP
    >>> for queue, messages in event.rmq_messages_by_queue.items():  # doctest: +SKIP
    ...     print(queue, [message.json_data for message in messages])
"""

from __future__ import annotations

from functools import cached_property

from aws_lambda_powertools.utilities.data_classes.common import (
    DictWrapper,
    _lazy_attribute,
    decode_base64_field,
    decode_utf8_field,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class BasicProperties(DictWrapper):
    """AMQP basic properties of a message."""

    @property
    def content_type(self) -> str:
        """MIME type of the body."""
        return self._data["contentType"]

    @property
    def content_encoding(self) -> str:
        """Encoding of the body."""
        return self._data["contentEncoding"]

    @property
    def headers(self) -> dict[str, Any]:
        """Application headers; text values arrive as ``{"bytes": [...]}``."""
        return self._data["headers"]

    @property
    def delivery_mode(self) -> int:
        """1 non-persistent, 2 persistent."""
        return self._data["deliveryMode"]

    @property
    def priority(self) -> int:
        """Message priority."""
        return self._data["priority"]

    @property
    def correlation_id(self) -> str:
        """Correlation ID set by the producer."""
        return self._data["correlationId"]

    @property
    def reply_to(self) -> str:
        """Queue replies should go to."""
        return self._data["replyTo"]

    @property
    def expiration(self) -> str:
        """Time to live of the message, in milliseconds."""
        return self._data["expiration"]

    @property
    def message_id(self) -> str:
        """Message ID set by the producer."""
        return self._data["messageId"]

    @property
    def timestamp(self) -> str:
        """When the message was sent."""
        return self._data["timestamp"]

    @property
    def get_type(self) -> str:
        """Message type set by the producer."""
        return self._data["type"]

    @property
    def user_id(self) -> str:
        """User that published the message."""
        return self._data["userId"]

    @property
    def app_id(self) -> str:
        """Application that published the message."""
        return self._data["appId"]

    @property
    def cluster_id(self) -> str:
        """Cluster the message was published to."""
        return self._data["clusterId"]

    @property
    def body_size(self) -> int:
        """Size of the body, in bytes."""
        return self._data["bodySize"]


class RabbitMessage(DictWrapper):
    """One AMQP message."""

    @property
    def basic_properties(self) -> BasicProperties:
        """AMQP basic properties."""
        return BasicProperties(self._data["basicProperties"])

    @property
    def redelivered(self) -> bool:
        """Whether the message was delivered before and not acknowledged."""
        return self._data["redelivered"]

    @property
    def data(self) -> str:
        """The message body, base64-encoded."""
        return self._data["data"]

    @property
    def decoded_data(self) -> str:
        """The message body as UTF-8 text.

        Raises:
            DataClassDecodeError: ``data`` is not base64 or not UTF-8 text.
        """
        return decode_utf8_field(decode_base64_field(self._data["data"], "data"), "data")

    @cached_property
    def json_data(self) -> Any:
        """The message body parsed as JSON with the event's deserializer (cached).

        Raises:
            DataClassDecodeError: ``data`` is not base64 or not UTF-8 text.
            ValueError: the text is not JSON (from the deserializer).
        """
        return self._json_deserializer(self.decoded_data)


class RabbitMQEvent(DictWrapper):
    """A batch of RabbitMQ messages.

    Documentation: https://docs.aws.amazon.com/lambda/latest/dg/with-mq.html
    """

    @property
    def event_source(self) -> str:
        """Always ``aws:rmq``."""
        return self._data["eventSource"]

    @property
    def event_source_arn(self) -> str:
        """ARN of the broker."""
        return self._data["eventSourceArn"]

    @cached_property
    def rmq_messages_by_queue(self) -> dict[str, list[RabbitMessage]]:
        """Messages by ``queue::virtual-host`` name (cached)."""
        deserializer = self._json_deserializer
        return {
            queue: [RabbitMessage(message, deserializer) for message in messages]
            for queue, messages in self._data["rmqMessagesByQueue"].items()
        }


# Helpers this module re-exports, imported on first use.
_LAZY_EXPORTS = {"base64_decode": "shared_functions"}


def __getattr__(name: str) -> Any:
    return _lazy_attribute(__name__, _LAZY_EXPORTS, name)


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY_EXPORTS])
