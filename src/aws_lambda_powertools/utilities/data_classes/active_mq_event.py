# mypy: disable-error-code="no-any-return"
"""Amazon MQ for ActiveMQ events: a batch of JMS messages from a queue.

Example:
    >>> event = ActiveMQEvent(raw_event)  # doctest: +SKIP
    >>> for message in event.messages:  # doctest: +SKIP
    ...     print(message.destination_physicalname, message.decoded_data)
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
    from collections.abc import Iterator
    from typing import Any


class ActiveMQMessage(DictWrapper):
    """One JMS message."""

    @property
    def message_id(self) -> str:
        """JMS message ID."""
        return self._data["messageID"]

    @property
    def message_type(self) -> str:
        """JMS message type, such as ``jms/text-message``."""
        return self._data["messageType"]

    @property
    def data(self) -> str:
        """The message body, base64-encoded."""
        return self._data["data"]

    @property
    def decoded_data(self) -> str:
        """The message body as UTF-8 text.

        Raises:
            DataClassDecodeError: ``data`` is not base64 or not UTF-8 text (a bytes
                message: use ``base64.b64decode(message.data)``).
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

    @property
    def connection_id(self) -> str:
        """Identifier of the broker connection."""
        return self._data["connectionId"]

    @property
    def redelivered(self) -> bool:
        """Whether the message was delivered before and not acknowledged."""
        return bool(self._data["redelivered"])

    @property
    def timestamp(self) -> int:
        """When the message was sent, in epoch milliseconds."""
        return self._data["timestamp"]

    @property
    def broker_in_time(self) -> int:
        """When the broker received the message, in epoch milliseconds."""
        return self._data["brokerInTime"]

    @property
    def broker_out_time(self) -> int:
        """When the broker dispatched the message, in epoch milliseconds."""
        return self._data["brokerOutTime"]

    @property
    def properties(self) -> dict[str, Any]:
        """Custom JMS properties of the message."""
        return self._data["properties"]

    @property
    def destination_physicalname(self) -> str:
        """Name of the queue the message came from."""
        return self._data["destination"]["physicalName"]

    @property
    def delivery_mode(self) -> int | None:
        """JMS delivery mode: 1 non-persistent, 2 persistent."""
        return self._data.get("deliveryMode")

    @property
    def correlation_id(self) -> str | None:
        """JMS correlation ID."""
        return self._data.get("correlationID")

    @property
    def reply_to(self) -> str | None:
        """Destination replies should go to."""
        return self._data.get("replyTo")

    @property
    def get_type(self) -> str | None:
        """JMS type set by the producer."""
        return self._data.get("type")

    @property
    def expiration(self) -> int | None:
        """When the message expires, in epoch milliseconds."""
        return self._data.get("expiration")

    @property
    def priority(self) -> int | None:
        """JMS priority, 0 to 9."""
        return self._data.get("priority")


class ActiveMQEvent(DictWrapper):
    """A batch of ActiveMQ messages.

    Documentation: https://docs.aws.amazon.com/lambda/latest/dg/with-mq.html
    """

    @property
    def event_source(self) -> str:
        """Always ``aws:mq``."""
        return self._data["eventSource"]

    @property
    def event_source_arn(self) -> str:
        """ARN of the broker."""
        return self._data["eventSourceArn"]

    @property
    def messages(self) -> Iterator[ActiveMQMessage]:
        """The messages of the batch."""
        deserializer = self._json_deserializer
        return (ActiveMQMessage(message, deserializer) for message in self._data["messages"])

    @property
    def message(self) -> ActiveMQMessage:
        """The first message of the batch."""
        return ActiveMQMessage(self._data["messages"][0], self._json_deserializer)


# Helpers this module re-exports, imported on first use.
_LAZY_EXPORTS = {"base64_decode": "shared_functions"}


def __getattr__(name: str) -> Any:
    return _lazy_attribute(__name__, _LAZY_EXPORTS, name)


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY_EXPORTS])
