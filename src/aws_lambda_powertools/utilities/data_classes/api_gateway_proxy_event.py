# mypy: disable-error-code="no-any-return"
"""API Gateway proxy events: REST APIs (payload v1) and HTTP APIs (payload v2).

Example:
    >>> event = APIGatewayProxyEvent({"httpMethod": "GET", "path": "/users/42"})
    >>> event.http_method, event.path, event.query_string_parameters
    ('GET', '/users/42', {})
"""

from __future__ import annotations

from aws_lambda_powertools.utilities.data_classes.common import (
    BaseProxyEvent,
    BaseRequestContext,
    BaseRequestContextV2,
    DictWrapper,
    _headers_from,
    _lazy_attribute,
    _new_wrapper,
    parse_cookie_header,
)
from aws_lambda_powertools.utilities.data_classes.common import (
    CaseInsensitiveDict as CaseInsensitiveDict,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from aws_lambda_powertools.utilities.data_classes._headers_serializer import (
        BaseHeadersSerializer,
    )


class APIGatewayEventAuthorizer(DictWrapper):
    """What a REST API authorizer (Cognito or Lambda) attached to the request."""

    @property
    def claims(self) -> dict[str, Any]:
        """Claims of the Cognito user pool token (empty dict without a Cognito authorizer)."""
        return self._data.get("claims") or {}

    @property
    def scopes(self) -> list[str]:
        """OAuth scopes of the access token (empty list by default)."""
        return self._data.get("scopes") or []

    @property
    def principal_id(self) -> str:
        """Principal returned by a Lambda authorizer (empty string by default)."""
        return self._data.get("principalId") or ""

    @property
    def integration_latency(self) -> int | None:
        """Milliseconds the Lambda authorizer took, if reported."""
        return self._data.get("integrationLatency")

    def get_context(self) -> dict[str, Any]:
        """Return the context a Lambda authorizer attached, as a dict."""
        return self._data


class APIGatewayEventRequestContext(BaseRequestContext):
    """Request context of a REST API event, including WebSocket connection fields."""

    @property
    def connected_at(self) -> int | None:
        """WebSocket connection time in epoch milliseconds."""
        return self._data.get("connectedAt")

    @property
    def connection_id(self) -> str | None:
        """WebSocket connection ID, usable to call back the client."""
        return self._data.get("connectionId")

    @property
    def event_type(self) -> str | None:
        """WebSocket event type: ``CONNECT``, ``MESSAGE`` or ``DISCONNECT``."""
        return self._data.get("eventType")

    @property
    def message_direction(self) -> str | None:
        """WebSocket message direction, ``IN``."""
        return self._data.get("messageDirection")

    @property
    def message_id(self) -> str | None:
        """WebSocket message ID."""
        return self._data.get("messageId")

    @property
    def operation_name(self) -> str | None:
        """Operation name of the API method, if set."""
        return self._data.get("operationName")

    @property
    def route_key(self) -> str | None:
        """WebSocket route key of the message."""
        return self._data.get("routeKey")

    @property
    def authorizer(self) -> APIGatewayEventAuthorizer:
        """Authorizer output (empty when the method has no authorizer)."""
        return APIGatewayEventAuthorizer(self._data.get("authorizer") or {})


class APIGatewayProxyEvent(BaseProxyEvent):
    """API Gateway REST API proxy integration event (payload format 1.0)."""

    _request_context: APIGatewayEventRequestContext | None = None

    @property
    def version(self) -> str:
        """Payload format version, ``1.0``."""
        return self._data["version"]

    @property
    def resource(self) -> str:
        """Resource path template that matched, such as ``/users/{user_id}``."""
        return self._data["resource"]

    @property
    def multi_value_headers(self) -> dict[str, list[str]]:
        """Headers with every value of each name, matched case-insensitively (may be empty)."""
        return _headers_from(self._data.get("multiValueHeaders"))

    @property
    def resolved_query_string_parameters(self) -> dict[str, list[str]]:
        """Query string parameters as lists, merging single and multi-value fields."""
        return _merge_query(self._data)

    @property
    def resolved_headers_field(self) -> dict[str, Any]:
        """Multi-value headers when present (lower-cased names), else the headers."""
        multi = self._data.get("multiValueHeaders")
        if multi:
            return _headers_from(multi)
        return self.headers

    @property
    def request_context(self) -> APIGatewayEventRequestContext:
        """Request context: identity, authorizer, stage and request ID."""
        context = self._request_context
        if context is None:
            context = self._request_context = _new_wrapper(APIGatewayEventRequestContext)
            context._data = self._data["requestContext"]
        return context

    @property
    def path_parameters(self) -> dict[str, str]:
        """Path parameters of the matched resource (empty dict by default)."""
        return self._data.get("pathParameters") or {}

    @property
    def stage_variables(self) -> dict[str, str]:
        """Stage variables of the deployment (empty dict by default)."""
        return self._data.get("stageVariables") or {}

    def header_serializer(self) -> BaseHeadersSerializer:
        """Return the serializer for REST API responses: multi-value headers."""
        from aws_lambda_powertools.utilities.data_classes._headers_serializer import (
            MultiValueHeadersSerializer,
        )

        return MultiValueHeadersSerializer()


def _merge_query(data: dict[str, Any]) -> dict[str, list[str]]:
    merged: dict[str, list[str]] = {
        key: [value] for key, value in (data.get("queryStringParameters") or {}).items()
    }
    merged.update(data.get("multiValueQueryStringParameters") or {})
    return merged


class RequestContextV2AuthorizerIam(DictWrapper):
    """IAM identity of an HTTP API request signed with SigV4."""

    @property
    def access_key(self) -> str:
        """Access key that signed the request (empty string by default)."""
        return self._data.get("accessKey") or ""

    @property
    def account_id(self) -> str:
        """AWS account of the caller (empty string by default)."""
        return self._data.get("accountId") or ""

    @property
    def caller_id(self) -> str:
        """Principal identifier of the caller (empty string by default)."""
        return self._data.get("callerId") or ""

    def _cognito_identity(self) -> dict[str, Any]:
        return self._data.get("cognitoIdentity") or {}

    @property
    def cognito_amr(self) -> list[str]:
        """Authentication methods of the Cognito identity (empty list by default)."""
        return self._cognito_identity().get("amr") or []

    @property
    def cognito_identity_id(self) -> str:
        """Cognito identity ID of the caller (empty string by default)."""
        return self._cognito_identity().get("identityId") or ""

    @property
    def cognito_identity_pool_id(self) -> str:
        """Cognito identity pool ID of the caller (empty string by default)."""
        return self._cognito_identity().get("identityPoolId") or ""

    @property
    def principal_org_id(self) -> str:
        """AWS Organizations ID of the caller (empty string by default)."""
        return self._data.get("principalOrgId") or ""

    @property
    def user_arn(self) -> str:
        """ARN of the caller (empty string by default)."""
        return self._data.get("userArn") or ""

    @property
    def user_id(self) -> str:
        """IAM user ID of the caller (empty string by default)."""
        return self._data.get("userId") or ""


class RequestContextV2Authorizer(DictWrapper):
    """What an HTTP API authorizer (JWT, Lambda or IAM) attached to the request."""

    @property
    def jwt_claim(self) -> dict[str, Any]:
        """Claims of the JWT (empty dict without a JWT authorizer)."""
        return (self._data.get("jwt") or {}).get("claims") or {}

    @property
    def jwt_scopes(self) -> list[str]:
        """Scopes of the JWT (empty list by default)."""
        return (self._data.get("jwt") or {}).get("scopes") or []

    @property
    def get_lambda(self) -> dict[str, Any]:
        """Context returned by a Lambda authorizer (empty dict by default)."""
        return self._data.get("lambda") or {}

    def get_context(self) -> dict[str, Any]:
        """Return the context a Lambda authorizer attached (same as ``get_lambda``)."""
        return self.get_lambda

    @property
    def iam(self) -> RequestContextV2AuthorizerIam:
        """IAM identity of a SigV4-signed request (empty without IAM authorization)."""
        return RequestContextV2AuthorizerIam(self._data.get("iam") or {})


class RequestContextV2(BaseRequestContextV2):
    """Request context of an HTTP API event."""

    @property
    def authorizer(self) -> RequestContextV2Authorizer:
        """Authorizer output (empty when the route has no authorizer)."""
        return RequestContextV2Authorizer(self._data.get("authorizer") or {})


class APIGatewayProxyEventV2(BaseProxyEvent):
    """API Gateway HTTP API proxy event (payload format 2.0); also the Function URL shape."""

    _request_context: RequestContextV2 | None = None
    _resolved_headers: CaseInsensitiveDict | None = None

    @property
    def version(self) -> str:
        """Payload format version, ``2.0``."""
        return self._data["version"]

    @property
    def route_key(self) -> str:
        """Route that matched, such as ``GET /users/{id}`` or ``$default``."""
        return self._data["routeKey"]

    @property
    def raw_path(self) -> str:
        """Request path as received, including a named stage."""
        return self._data["rawPath"]

    @property
    def raw_query_string(self) -> str:
        """Query string as received, without the leading ``?``."""
        return self._data["rawQueryString"]

    @property
    def cookies(self) -> list[str]:
        """Cookies sent with the request, as ``name=value`` strings (empty list by default)."""
        return self._data.get("cookies") or []

    @property
    def resolved_cookies_field(self) -> dict[str, str]:
        """Cookies sent with the request as a dict of names to values."""
        return parse_cookie_header(";".join(self.cookies))

    @property
    def request_context(self) -> RequestContextV2:
        """Request context: HTTP details, authorizer, stage and request ID."""
        context = self._request_context
        if context is None:
            context = self._request_context = RequestContextV2(self._data["requestContext"])
        return context

    @property
    def path_parameters(self) -> dict[str, str]:
        """Path parameters of the matched route (empty dict by default)."""
        return self._data.get("pathParameters") or {}

    @property
    def stage_variables(self) -> dict[str, str]:
        """Stage variables of the deployment (empty dict by default)."""
        return self._data.get("stageVariables") or {}

    @property
    def path(self) -> str:
        """Request path without the stage prefix of a named stage."""
        raw_path = self.raw_path
        stage = self.request_context.stage
        prefix = f"/{stage}"
        if stage != "$default" and (raw_path == prefix or raw_path.startswith(prefix + "/")):
            return raw_path[len(prefix) :] or "/"
        return raw_path

    @property
    def http_method(self) -> str:
        """HTTP method of the request."""
        return self._data["requestContext"]["http"]["method"]

    @property
    def resolved_query_string_parameters(self) -> dict[str, list[str]]:
        """Query string parameters as lists, splitting comma-joined repeated values."""
        return {key: value.split(",") for key, value in self.query_string_parameters.items()}

    @property
    def resolved_headers_field(self) -> dict[str, Any]:
        """The request headers, a comma-joined value split into a list (cached).

        HTTP APIs join repeated headers with commas, so ``"a,b"`` becomes ``["a", "b"]``
        (items are not stripped); values without a comma stay strings.
        """
        resolved = self._resolved_headers
        if resolved is None:
            raw = self._data.get("headers") or {}
            split = {
                key: value.split(",") if type(value) is str and "," in value else value
                for key, value in raw.items()
            }
            resolved = self._resolved_headers = _headers_from(split)
        return resolved

    def header_serializer(self) -> BaseHeadersSerializer:
        """Return the serializer for HTTP API responses: joined headers plus cookies."""
        from aws_lambda_powertools.utilities.data_classes._headers_serializer import (
            HttpApiHeadersSerializer,
        )

        return HttpApiHeadersSerializer()


# Helpers this module re-exports, imported on first use.
_LAZY_EXPORTS = {
    "BaseHeadersSerializer": "_headers_serializer",
    "HttpApiHeadersSerializer": "_headers_serializer",
    "MultiValueHeadersSerializer": "_headers_serializer",
}


def __getattr__(name: str) -> Any:
    return _lazy_attribute(__name__, _LAZY_EXPORTS, name)


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY_EXPORTS])
