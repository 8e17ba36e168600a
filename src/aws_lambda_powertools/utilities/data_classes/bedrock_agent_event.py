# mypy: disable-error-code="no-any-return"
"""Amazon Bedrock Agents action group events defined by an OpenAPI schema.

The event is exposed as an HTTP-like request (``path`` is the API path, ``http_method`` the
verb, parameters become the query string) so the REST-style resolver can route it.

Example:
    >>> event = BedrockAgentEvent({"apiPath": "/claims", "httpMethod": "GET", "parameters": []})
    >>> event.path, event.http_method, event.query_string_parameters
    ('/claims', 'GET', {})
"""

from __future__ import annotations

from aws_lambda_powertools.utilities.data_classes._bedrock_agent_info import BedrockAgentInfo
from aws_lambda_powertools.utilities.data_classes.common import (
    _MISSING,
    BaseProxyEvent,
    DictWrapper,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class BedrockAgentProperty(DictWrapper):
    """A named, typed value: an API parameter or a request body property."""

    @property
    def name(self) -> str:
        """Name of the value."""
        return self._data["name"]

    @property
    def type(self) -> str:
        """OpenAPI type of the value, such as ``string`` or ``integer``."""
        return self._data["type"]

    @property
    def value(self) -> str:
        """The value, always sent as a string."""
        return self._data["value"]


class BedrockAgentRequestMedia(DictWrapper):
    """Request body of one media type."""

    @property
    def properties(self) -> list[BedrockAgentProperty]:
        """Properties of the body."""
        return [BedrockAgentProperty(item) for item in self._data["properties"]]


class BedrockAgentRequestBody(DictWrapper):
    """Request body of the API operation, by media type."""

    @property
    def content(self) -> dict[str, BedrockAgentRequestMedia]:
        """Media type (such as ``application/json``) to body properties."""
        return {
            media: BedrockAgentRequestMedia(body) for media, body in self._data["content"].items()
        }


class BedrockAgentEvent(BaseProxyEvent):
    """Bedrock Agents action group invocation for an OpenAPI-defined API."""

    _query: dict[str, str] | None = None

    @property
    def message_version(self) -> str:
        """Version of the event format, ``1.0``."""
        return self._data["messageVersion"]

    @property
    def input_text(self) -> str:
        """The user's input for this conversation turn."""
        return self._data["inputText"]

    @property
    def session_id(self) -> str:
        """Identifier of the agent session."""
        return self._data["sessionId"]

    @property
    def action_group(self) -> str:
        """Name of the action group."""
        return self._data["actionGroup"]

    @property
    def api_path(self) -> str:
        """API path of the operation, as in the OpenAPI schema."""
        return self._data["apiPath"]

    @property
    def parameters(self) -> list[BedrockAgentProperty]:
        """Parameters of the operation (empty list by default)."""
        return [BedrockAgentProperty(item) for item in self._data.get("parameters") or []]

    @property
    def request_body(self) -> BedrockAgentRequestBody | None:
        """Request body of the operation, if any."""
        body = self._data.get("requestBody")
        return BedrockAgentRequestBody(body) if body else None

    @property
    def agent(self) -> BedrockAgentInfo:
        """The agent that called the action group."""
        return BedrockAgentInfo(self._data["agent"])

    @property
    def session_attributes(self) -> dict[str, str]:
        """Session attributes kept for the whole session."""
        return self._data["sessionAttributes"]

    @property
    def prompt_session_attributes(self) -> dict[str, str]:
        """Session attributes kept for this turn."""
        return self._data["promptSessionAttributes"]

    @property
    def path(self) -> str:
        """The API path (same as ``api_path``)."""
        return self._data["apiPath"]

    @property
    def query_string_parameters(self) -> dict[str, str]:
        """Parameters of the operation as a name-to-value dict (cached)."""
        query = self._query
        if query is None:
            query = self._query = {param.name: param.value for param in self.parameters}
        return query

    @property
    def resolved_query_string_parameters(self) -> dict[str, list[str]]:
        """Parameters of the operation as lists of values."""
        return {name: [value] for name, value in self.query_string_parameters.items()}

    @property
    def resolved_headers_field(self) -> dict[str, Any]:
        """Always empty: agent events carry no headers."""
        return {}

    @property
    def json_body(self) -> Any:
        """The ``application/json`` body as a name-to-value dict, or ``None`` (cached)."""
        parsed = self._json_body
        if parsed is _MISSING:
            body = self.request_body
            media = body.content.get("application/json") if body else None
            parsed = None
            if media is not None:
                parsed = {prop.name: prop.value for prop in media.properties}
            self._json_body = parsed
        return parsed
