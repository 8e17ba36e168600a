# mypy: disable-error-code="no-any-return"
"""AppSync Lambda authorizer events and the response an authorizer returns.

Example:
    >>> AppSyncAuthorizerResponse(authorize=True, max_age=300).asdict()
    {'isAuthorized': True, 'ttlOverride': 300}
"""

from __future__ import annotations

from aws_lambda_powertools.utilities.data_classes.common import DictWrapper

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class AppSyncAuthorizerEventRequestContext(DictWrapper):
    """The GraphQL request being authorized."""

    @property
    def api_id(self) -> str:
        """Identifier of the AppSync API."""
        return self._data["apiId"]

    @property
    def account_id(self) -> str:
        """AWS account that owns the API."""
        return self._data["accountId"]

    @property
    def request_id(self) -> str:
        """Identifier of the request."""
        return self._data["requestId"]

    @property
    def query_string(self) -> str:
        """The GraphQL document of the request."""
        return self._data["queryString"]

    @property
    def operation_name(self) -> str | None:
        """Name of the GraphQL operation, if given."""
        return self._data.get("operationName")

    @property
    def variables(self) -> dict[str, Any]:
        """Variables of the GraphQL request."""
        return self._data["variables"]


class AppSyncAuthorizerEvent(DictWrapper):
    """AppSync Lambda authorizer event."""

    @property
    def authorization_token(self) -> str:
        """The ``Authorization`` header value the client sent."""
        return self._data["authorizationToken"]

    @property
    def request_context(self) -> AppSyncAuthorizerEventRequestContext:
        """The GraphQL request being authorized."""
        return AppSyncAuthorizerEventRequestContext(self._data["requestContext"])


class AppSyncAuthorizerResponse:
    """Response of an AppSync Lambda authorizer.

    Args:
        authorize: allow the request.
        max_age: seconds AppSync may cache the response (``ttlOverride``).
        resolver_context: values exposed to resolvers as ``$ctx.identity.resolverContext``.
        deny_fields: fields to deny, as ``TypeName.fieldName`` or field ARNs.
    """

    def __init__(
        self,
        authorize: bool = False,
        max_age: int | None = None,
        resolver_context: dict[str, Any] | None = None,
        deny_fields: list[str] | None = None,
    ):
        self.authorize = authorize
        self.max_age = max_age
        self.resolver_context = resolver_context
        self.deny_fields = deny_fields

    def asdict(self) -> dict[str, Any]:
        """Return the response as AppSync expects it; unset optional fields are left out."""
        response: dict[str, Any] = {"isAuthorized": self.authorize}
        if self.max_age is not None:
            response["ttlOverride"] = self.max_age
        if self.deny_fields:
            response["deniedFields"] = self.deny_fields
        if self.resolver_context:
            response["resolverContext"] = self.resolver_context
        return response
