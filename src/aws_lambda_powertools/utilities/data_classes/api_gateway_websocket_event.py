# mypy: disable-error-code="no-any-return"
"""API Gateway WebSocket API events: connect, message and disconnect.

Example:
    >>> event = APIGatewayWebSocketEvent({"isBase64Encoded": False, "body": '{"action": "ping"}'})
    >>> event.json_body
    {'action': 'ping'}
"""

from __future__ import annotations

from aws_lambda_powertools.utilities.data_classes.common import (
    _MISSING,
    CaseInsensitiveDict,
    DictWrapper,
    _headers_from,
    decode_base64_field,
    decode_utf8_field,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class APIGatewayWebSocketEventIdentity(DictWrapper):
    """Identity of the client of a WebSocket connection."""

    @property
    def source_ip(self) -> str:
        """Source IP address of the client."""
        return self._data["sourceIp"]

    @property
    def user_agent(self) -> str | None:
        """User agent of the client, if sent."""
        return self._data.get("userAgent")


class APIGatewayWebSocketEventRequestContext(DictWrapper):
    """Request context of a WebSocket event: route, connection and message details."""

    @property
    def route_key(self) -> str:
        """Route selected for the message, such as ``$connect`` or ``sendMessage``."""
        return self._data["routeKey"]

    @property
    def disconnect_status_code(self) -> int | None:
        """Close status code of a ``$disconnect`` event."""
        return self._data.get("disconnectStatusCode")

    @property
    def message_id(self) -> str | None:
        """Identifier of the message (``MESSAGE`` events only)."""
        return self._data.get("messageId")

    @property
    def event_type(self) -> str:
        """``CONNECT``, ``MESSAGE`` or ``DISCONNECT``."""
        return self._data["eventType"]

    @property
    def extended_request_id(self) -> str:
        """Extended request ID that API Gateway generates."""
        return self._data["extendedRequestId"]

    @property
    def request_time(self) -> str:
        """Request time in CLF format."""
        return self._data["requestTime"]

    @property
    def message_direction(self) -> str:
        """Direction of the message, ``IN``."""
        return self._data["messageDirection"]

    @property
    def disconnect_reason(self) -> str | None:
        """Reason given when the connection closed (``$disconnect`` events only)."""
        return self._data.get("disconnectReason")

    @property
    def stage(self) -> str:
        """Deployment stage of the API."""
        return self._data["stage"]

    @property
    def connected_at(self) -> int:
        """Connection time in epoch milliseconds."""
        return self._data["connectedAt"]

    @property
    def request_time_epoch(self) -> int:
        """Request time in epoch milliseconds."""
        return self._data["requestTimeEpoch"]

    @property
    def identity(self) -> APIGatewayWebSocketEventIdentity:
        """Identity of the client."""
        return APIGatewayWebSocketEventIdentity(self._data["identity"])

    @property
    def request_id(self) -> str:
        """Identifier of the request."""
        return self._data["requestId"]

    @property
    def domain_name(self) -> str:
        """Domain name of the WebSocket API."""
        return self._data["domainName"]

    @property
    def connection_id(self) -> str:
        """Connection ID, used to post messages back to the client."""
        return self._data["connectionId"]

    @property
    def api_id(self) -> str:
        """Identifier of the WebSocket API."""
        return self._data["apiId"]


class APIGatewayWebSocketEvent(DictWrapper):
    """API Gateway WebSocket API event."""

    _headers: CaseInsensitiveDict | None = None
    _decoded_body: str | None = _MISSING
    _json_body: Any = _MISSING

    @property
    def is_base64_encoded(self) -> bool:
        """Whether ``body`` is base64-encoded binary data."""
        return self._data["isBase64Encoded"]

    @property
    def body(self) -> str | None:
        """The message body, if any."""
        return self._data.get("body")

    @property
    def decoded_body(self) -> str | None:
        """The body as text, base64-decoded when ``is_base64_encoded`` is set (cached).

        Raises:
            DataClassDecodeError: the body is not valid base64 or not UTF-8 text.
        """
        body = self._decoded_body
        if body is _MISSING:
            body = self.body
            if body and self.is_base64_encoded:
                body = decode_utf8_field(decode_base64_field(body, "body"), "body")
            self._decoded_body = body
        return body

    @property
    def json_body(self) -> Any:
        """The decoded body parsed as JSON (cached; ``None`` when empty)."""
        parsed = self._json_body
        if parsed is _MISSING:
            body = self.decoded_body
            parsed = self._json_body = self._json_deserializer(body) if body else None
        return parsed

    @property
    def headers(self) -> dict[str, str]:
        """Handshake headers as a case-insensitive dict (``$connect`` only; else empty)."""
        headers = self._headers
        if headers is None:
            headers = self._headers = _headers_from(self._data.get("headers"))
        return headers

    @property
    def multi_value_headers(self) -> dict[str, list[str]]:
        """Handshake headers with every value of each name, matched case-insensitively."""
        return _headers_from(self._data.get("multiValueHeaders"))

    @property
    def query_string_parameters(self) -> dict[str, str]:
        """Query string parameters of the handshake, names matched case-insensitively."""
        return _headers_from(self._data.get("queryStringParameters"))

    @property
    def multi_value_query_string_parameters(self) -> dict[str, list[str]]:
        """Query string parameters with every value, names matched case-insensitively."""
        return _headers_from(self._data.get("multiValueQueryStringParameters"))

    @property
    def request_context(self) -> APIGatewayWebSocketEventRequestContext:
        """Route, connection and message details."""
        return APIGatewayWebSocketEventRequestContext(self._data["requestContext"])
