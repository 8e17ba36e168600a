# mypy: disable-error-code="no-any-return"
"""API Gateway Lambda authorizer events and the responses an authorizer returns.

Three event shapes (REST ``TOKEN`` and ``REQUEST`` authorizers, HTTP API payload 2.0) and
three responses: an IAM policy builder for REST and WebSocket APIs and the simple
``isAuthorized`` response of HTTP APIs.

Example:
    >>> policy = APIGatewayAuthorizerResponse("user-1", "us-east-1", "123456789012", "abc", "prod")
    >>> policy.allow_route(HttpVerb.GET.value, "/pets/*")
    >>> policy.asdict()["policyDocument"]["Statement"][0]["Resource"]
    ['arn:aws:execute-api:us-east-1:123456789012:abc/prod/GET/pets/*']
"""

from __future__ import annotations

import enum
import re

from aws_lambda_powertools.utilities.data_classes.common import (
    BaseRequestContext,
    BaseRequestContextV2,
    DictWrapper,
    _headers_from,
    _lazy_attribute,
)
from aws_lambda_powertools.utilities.data_classes.common import (
    CaseInsensitiveDict as CaseInsensitiveDict,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class APIGatewayRouteArn:
    """The parts of an API Gateway method or route ARN.

    Args:
        region: AWS Region of the API.
        aws_account_id: account that owns the API.
        api_id: identifier of the API.
        stage: deployment stage.
        http_method: HTTP method (``None`` for a WebSocket route).
        resource: resource path without the leading slash, or a WebSocket route key.
        partition: AWS partition, ``aws`` by default.
        is_websocket_authorizer: the ARN names a WebSocket route (no method part).
    """

    def __init__(
        self,
        region: str,
        aws_account_id: str,
        api_id: str,
        stage: str,
        http_method: str | None,
        resource: str,
        partition: str = "aws",
        is_websocket_authorizer: bool = False,
    ):
        self.partition = partition
        self.region = region
        self.aws_account_id = aws_account_id
        self.api_id = api_id
        self.stage = stage
        self.http_method = http_method
        self.resource = resource.lstrip("/")
        self.is_websocket_authorizer = is_websocket_authorizer

    @property
    def arn(self) -> str:
        """The ARN assembled from its parts."""
        prefix = (
            f"arn:{self.partition}:execute-api:{self.region}:{self.aws_account_id}:"
            f"{self.api_id}/{self.stage}"
        )
        if self.is_websocket_authorizer:
            return f"{prefix}/{self.resource}"
        return f"{prefix}/{self.http_method}/{self.resource}"


def parse_api_gateway_arn(arn: str, is_websocket_authorizer: bool = False) -> APIGatewayRouteArn:
    """Split a method ARN (REST) or route ARN (HTTP, WebSocket) into its parts.

    Args:
        arn: such as ``arn:aws:execute-api:us-east-1:123456789012:abc/prod/GET/pets``.
        is_websocket_authorizer: the ARN names a WebSocket route, which has no method.

    Returns:
        The parsed ARN.

    Raises:
        ValueError: ``arn`` is not an execute-api ARN.
    """
    parts = arn.split(":", 5)
    path = parts[5].split("/", 3) if len(parts) == 6 else []
    if len(parts) != 6 or parts[2] != "execute-api" or len(path) < 3:
        message = (
            f"invalid API Gateway ARN {arn!r}: expected "
            "arn:<partition>:execute-api:<region>:<account>:<api-id>/<stage>/<method>/<path>"
        )
        raise ValueError(message)

    if is_websocket_authorizer:
        route = "/".join(path[2:])
        return APIGatewayRouteArn(parts[3], parts[4], path[0], path[1], None, route, parts[1], True)
    # A method ARN without a path (``.../prod/$connect``) names the root: empty resource.
    resource = path[3] if len(path) == 4 else ""
    return APIGatewayRouteArn(parts[3], parts[4], path[0], path[1], path[2], resource, parts[1])


class APIGatewayAuthorizerTokenEvent(DictWrapper):
    """REST API ``TOKEN`` authorizer event: a bearer token and the method ARN."""

    @property
    def get_type(self) -> str:
        """Authorizer type, ``TOKEN``."""
        return self._data["type"]

    @property
    def authorization_token(self) -> str:
        """The token from the configured identity source header."""
        return self._data["authorizationToken"]

    @property
    def method_arn(self) -> str:
        """ARN of the method being invoked."""
        return self._data["methodArn"]

    @property
    def parsed_arn(self) -> APIGatewayRouteArn:
        """``method_arn`` split into its parts."""
        return parse_api_gateway_arn(self.method_arn)


class APIGatewayAuthorizerRequestEvent(DictWrapper):
    """REST API ``REQUEST`` authorizer event: the request's headers, query and context."""

    @property
    def version(self) -> str:
        """Payload version."""
        return self._data["version"]

    @property
    def get_type(self) -> str:
        """Authorizer type, ``REQUEST``."""
        return self._data["type"]

    @property
    def method_arn(self) -> str:
        """ARN of the method being invoked."""
        return self._data["methodArn"]

    @property
    def parsed_arn(self) -> APIGatewayRouteArn:
        """``method_arn`` split into its parts."""
        return parse_api_gateway_arn(self.method_arn)

    @property
    def identity_source(self) -> str:
        """The identity source values, comma-separated."""
        return self._data["identitySource"]

    @property
    def authorization_token(self) -> str:
        """Authorization token (present for some identity sources)."""
        return self._data["authorizationToken"]

    @property
    def resource(self) -> str:
        """Resource path template."""
        return self._data["resource"]

    @property
    def path(self) -> str:
        """Request path."""
        return self._data["path"]

    @property
    def http_method(self) -> str:
        """HTTP method of the request."""
        return self._data["httpMethod"]

    @property
    def headers(self) -> dict[str, str]:
        """Request headers as a case-insensitive dict."""
        return _headers_from(self._data["headers"])

    @property
    def query_string_parameters(self) -> dict[str, str]:
        """Query string parameters."""
        return self._data["queryStringParameters"]

    @property
    def path_parameters(self) -> dict[str, str]:
        """Path parameters."""
        return self._data["pathParameters"]

    @property
    def stage_variables(self) -> dict[str, str]:
        """Stage variables."""
        return self._data["stageVariables"]

    @property
    def request_context(self) -> BaseRequestContext:
        """Request context of the method call."""
        return BaseRequestContext(self._data["requestContext"])

    def get_header_value(
        self,
        name: str,
        default_value: str | None = None,
        case_sensitive: bool = False,
    ) -> str | None:
        """Return a header value; deprecated, use ``event.headers.get(name)`` instead."""
        _warn_get_header_value()
        return self.headers.get(name, default_value)


class APIGatewayAuthorizerEventV2(DictWrapper):
    """HTTP API Lambda authorizer event (payload format 2.0)."""

    @property
    def version(self) -> str:
        """Payload format version, ``2.0``."""
        return self._data["version"]

    @property
    def get_type(self) -> str:
        """Authorizer type, ``REQUEST``."""
        return self._data["type"]

    @property
    def route_arn(self) -> str:
        """ARN of the route being invoked."""
        return self._data["routeArn"]

    @property
    def parsed_arn(self) -> APIGatewayRouteArn:
        """``route_arn`` split into its parts."""
        return parse_api_gateway_arn(self.route_arn)

    @property
    def identity_source(self) -> list[str]:
        """Values of the identity sources (empty list by default)."""
        return self._data.get("identitySource") or []

    @property
    def route_key(self) -> str:
        """Route key, such as ``GET /pets``."""
        return self._data["routeKey"]

    @property
    def raw_path(self) -> str:
        """Request path as received."""
        return self._data["rawPath"]

    @property
    def raw_query_string(self) -> str:
        """Query string as received."""
        return self._data["rawQueryString"]

    @property
    def cookies(self) -> list[str]:
        """Cookies sent with the request."""
        return self._data["cookies"]

    @property
    def headers(self) -> dict[str, str]:
        """Request headers as a case-insensitive dict."""
        return _headers_from(self._data["headers"])

    @property
    def query_string_parameters(self) -> dict[str, str]:
        """Query string parameters."""
        return self._data["queryStringParameters"]

    @property
    def request_context(self) -> BaseRequestContextV2:
        """Request context of the route call."""
        return BaseRequestContextV2(self._data["requestContext"])

    @property
    def path_parameters(self) -> dict[str, str]:
        """Path parameters (empty dict by default)."""
        return self._data.get("pathParameters") or {}

    @property
    def stage_variables(self) -> dict[str, str]:
        """Stage variables (empty dict by default)."""
        return self._data.get("stageVariables") or {}

    def get_header_value(
        self,
        name: str,
        default_value: str | None = None,
        case_sensitive: bool = False,
    ) -> str | None:
        """Return a header value; deprecated, use ``event.headers.get(name)`` instead."""
        _warn_get_header_value()
        return self.headers.get(name, default_value)


def _warn_get_header_value() -> None:
    import warnings

    from aws_lambda_powertools.warnings import PowertoolsDeprecationWarning

    message = (
        "get_header_value is deprecated and its case_sensitive argument has no effect; "
        "use event.headers.get(name), which is case-insensitive"
    )
    warnings.warn(message, PowertoolsDeprecationWarning, stacklevel=3)


class APIGatewayAuthorizerResponseV2:
    """Simple response of an HTTP API Lambda authorizer.

    Args:
        authorize: allow the request.
        context: values passed to the integration as ``$context.authorizer.*``.
    """

    def __init__(self, authorize: bool = False, context: dict[str, Any] | None = None):
        self.authorize = authorize
        self.context = context

    def asdict(self) -> dict[str, Any]:
        """Return the response as API Gateway expects it."""
        response: dict[str, Any] = {"isAuthorized": self.authorize}
        if self.context:
            response["context"] = self.context
        return response


class HttpVerb(enum.Enum):
    """HTTP methods an IAM policy statement can name; ``ALL`` is the ``*`` wildcard."""

    GET = "GET"
    POST = "POST"
    PUT = "PUT"
    PATCH = "PATCH"
    HEAD = "HEAD"
    DELETE = "DELETE"
    OPTIONS = "OPTIONS"
    ALL = "*"


_HTTP_VERBS = [verb.value for verb in HttpVerb]

#: A ready REST API authorizer response that denies every route to a placeholder principal.
DENY_ALL_RESPONSE: dict[str, Any] = {
    "principalId": "deny-all-user",
    "policyDocument": {
        "Version": "2012-10-17",
        "Statement": [{"Action": "execute-api:Invoke", "Effect": "Deny", "Resource": ["*"]}],
    },
}


class APIGatewayAuthorizerResponse:
    """Build the IAM policy a REST API Lambda authorizer returns.

    Args:
        principal_id: identifier of the authenticated caller.
        region: AWS Region of the API.
        aws_account_id: account that owns the API.
        api_id: identifier of the API.
        stage: deployment stage.
        context: values passed to the integration as ``$context.authorizer.*``.
        usage_identifier_key: API key used for usage plans.
        partition: AWS partition, ``aws`` by default.

    Example:
        >>> policy = APIGatewayAuthorizerResponse.from_route_arn(
        ...     "arn:aws:execute-api:us-east-1:123456789012:abc/prod/GET/pets", "user-1"
        ... )
        >>> policy.deny_all_routes()
        >>> policy.asdict()["policyDocument"]["Statement"][0]["Effect"]
        'Deny'
    """

    path_regex = r"^[/.a-zA-Z0-9\-_\*\{\}\+]+$"

    def __init__(
        self,
        principal_id: str,
        region: str,
        aws_account_id: str,
        api_id: str,
        stage: str,
        context: dict[str, Any] | None = None,
        usage_identifier_key: str | None = None,
        partition: str = "aws",
    ):
        self.principal_id = principal_id
        self.region = region
        self.aws_account_id = aws_account_id
        self.api_id = api_id
        self.stage = stage
        self.context = context
        self.usage_identifier_key = usage_identifier_key
        self.partition = partition
        self._allow_routes: list[dict[str, Any]] = []
        self._deny_routes: list[dict[str, Any]] = []
        self._resource_pattern = re.compile(self.path_regex)

    @classmethod
    def from_route_arn(
        cls,
        arn: str,
        principal_id: str,
        context: dict[str, Any] | None = None,
        usage_identifier_key: str | None = None,
    ) -> APIGatewayAuthorizerResponse:
        """Create a policy for the API and stage named in a method or route ARN."""
        parsed = parse_api_gateway_arn(arn)
        return cls(
            principal_id,
            parsed.region,
            parsed.aws_account_id,
            parsed.api_id,
            parsed.stage,
            context,
            usage_identifier_key,
            parsed.partition,
        )

    def _route_arn(self, http_method: str | None, resource: str) -> str:
        return APIGatewayRouteArn(
            self.region,
            self.aws_account_id,
            self.api_id,
            self.stage,
            http_method,
            resource,
            self.partition,
            http_method is None,
        ).arn

    def _add_route(
        self,
        effect: str,
        http_method: str,
        resource: str,
        conditions: list[dict[str, Any]] | None = None,
    ) -> None:
        if http_method != "*" and http_method not in _HTTP_VERBS:
            message = f"invalid HTTP verb {http_method!r}: use one of {_HTTP_VERBS}"
            raise ValueError(message)
        if not self._resource_pattern.match(resource):
            message = f"invalid resource path {resource!r}: it must match {self.path_regex}"
            raise ValueError(message)
        self._append(effect, self._route_arn(http_method, resource), conditions)

    def _append(self, effect: str, arn: str, conditions: list[dict[str, Any]] | None) -> None:
        route = {"resourceArn": arn, "conditions": conditions}
        (self._allow_routes if effect == "Allow" else self._deny_routes).append(route)

    def allow_all_routes(self, http_method: str = HttpVerb.ALL.value) -> None:
        """Allow every resource of the stage for ``http_method`` (all methods by default)."""
        self._add_route("Allow", http_method, "*")

    def deny_all_routes(self, http_method: str = HttpVerb.ALL.value) -> None:
        """Deny every resource of the stage for ``http_method`` (all methods by default)."""
        self._add_route("Deny", http_method, "*")

    def allow_route(
        self,
        http_method: str,
        resource: str,
        conditions: list[dict[str, Any]] | None = None,
    ) -> None:
        """Allow one method and resource path, optionally under IAM ``conditions``.

        Raises:
            ValueError: the method is not an ``HttpVerb`` value or the path is malformed.
        """
        self._add_route("Allow", http_method, resource, conditions)

    def deny_route(
        self,
        http_method: str,
        resource: str,
        conditions: list[dict[str, Any]] | None = None,
    ) -> None:
        """Deny one method and resource path, optionally under IAM ``conditions``.

        Raises:
            ValueError: the method is not an ``HttpVerb`` value or the path is malformed.
        """
        self._add_route("Deny", http_method, resource, conditions)

    @staticmethod
    def _statements(effect: str, routes: list[dict[str, Any]]) -> list[dict[str, Any]]:
        # Each conditional route gets its own statement, in the order added; the routes
        # without conditions follow, sharing one statement.
        statements: list[dict[str, Any]] = [
            {
                "Action": "execute-api:Invoke",
                "Effect": effect,
                "Resource": [route["resourceArn"]],
                "Condition": route["conditions"],
            }
            for route in routes
            if route["conditions"]
        ]
        plain = [route["resourceArn"] for route in routes if not route["conditions"]]
        if plain:
            statements.append({"Action": "execute-api:Invoke", "Effect": effect, "Resource": plain})
        return statements

    def asdict(self) -> dict[str, Any]:
        """Return the authorizer response: principal, policy document, context, usage key.

        Raises:
            ValueError: no route was allowed or denied, so the policy would be empty.
        """
        if not self._allow_routes and not self._deny_routes:
            message = (
                "the policy has no statements: call allow_route, deny_route, "
                "allow_all_routes or deny_all_routes before asdict()"
            )
            raise ValueError(message)

        statements = self._statements("Allow", self._allow_routes)
        statements += self._statements("Deny", self._deny_routes)
        response: dict[str, Any] = {
            "principalId": self.principal_id,
            "policyDocument": {"Version": "2012-10-17", "Statement": statements},
        }
        if self.usage_identifier_key:
            response["usageIdentifierKey"] = self.usage_identifier_key
        if self.context:
            response["context"] = self.context
        return response


class APIGatewayAuthorizerResponseWebSocket(APIGatewayAuthorizerResponse):
    """Build the IAM policy a WebSocket API Lambda authorizer returns.

    WebSocket routes have no HTTP method: routes are named by their route key, such as
    ``$connect``.
    """

    @classmethod
    def from_route_arn(
        cls,
        arn: str,
        principal_id: str,
        context: dict[str, Any] | None = None,
        usage_identifier_key: str | None = None,
    ) -> APIGatewayAuthorizerResponseWebSocket:
        """Create a policy for the API and stage named in a WebSocket route ARN."""
        parsed = parse_api_gateway_arn(arn, is_websocket_authorizer=True)
        return cls(
            principal_id,
            parsed.region,
            parsed.aws_account_id,
            parsed.api_id,
            parsed.stage,
            context,
            usage_identifier_key,
            parsed.partition,
        )

    def _add_ws_route(
        self,
        effect: str,
        resource: str,
        conditions: list[dict[str, Any]] | None = None,
    ) -> None:
        if not resource or any(char.isspace() for char in resource):
            message = f"invalid WebSocket route {resource!r}: use a route key such as $connect"
            raise ValueError(message)
        self._append(effect, self._route_arn(None, resource), conditions)

    def allow_all_routes(self, http_method: str = HttpVerb.ALL.value) -> None:
        """Allow every route of the stage (``http_method`` is ignored)."""
        self._add_ws_route("Allow", "*")

    def deny_all_routes(self, http_method: str = HttpVerb.ALL.value) -> None:
        """Deny every route of the stage (``http_method`` is ignored)."""
        self._add_ws_route("Deny", "*")

    def allow_route(  # type: ignore[override]
        self,
        resource: str,
        conditions: list[dict[str, Any]] | None = None,
    ) -> None:
        """Allow one route key, optionally under IAM ``conditions``."""
        self._add_ws_route("Allow", resource, conditions)

    def deny_route(  # type: ignore[override]
        self,
        resource: str,
        conditions: list[dict[str, Any]] | None = None,
    ) -> None:
        """Deny one route key, optionally under IAM ``conditions``."""
        self._add_ws_route("Deny", resource, conditions)


__all__ = [
    "APIGatewayAuthorizerEventV2",
    "APIGatewayAuthorizerRequestEvent",
    "APIGatewayAuthorizerResponse",
    "APIGatewayAuthorizerResponseV2",
    "APIGatewayAuthorizerResponseWebSocket",
    "APIGatewayAuthorizerTokenEvent",
    "APIGatewayRouteArn",
    "HttpVerb",
    "parse_api_gateway_arn",
]


# Helpers this module re-exports, imported on first use.
_LAZY_EXPORTS = {
    "get_header_value": "shared_functions",
}


def __getattr__(name: str) -> Any:
    return _lazy_attribute(__name__, _LAZY_EXPORTS, name)


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY_EXPORTS])
