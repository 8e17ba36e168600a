# mypy: disable-error-code="no-any-return"
"""AppSync GraphQL resolver events (direct Lambda resolvers and Amplify ``@function``).

Example:
    >>> event = AppSyncResolverEvent(
    ...     {"arguments": {"id": "1"}, "info": {"fieldName": "getTodo", "parentTypeName": "Query"}}
    ... )
    >>> event.type_name, event.field_name, event.arguments
    ('Query', 'getTodo', {'id': '1'})
"""

from __future__ import annotations

from aws_lambda_powertools.utilities.data_classes.common import (
    CaseInsensitiveDict as CaseInsensitiveDict,
)
from aws_lambda_powertools.utilities.data_classes.common import (
    DictWrapper,
    _headers_from,
    _lazy_attribute,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def get_identity_object(identity: dict[str, Any] | None) -> Any:
    """Wrap an AppSync ``identity`` in the class matching its authorization mode.

    Returns:
        ``AppSyncIdentityCognito`` for user-pool identities (they carry ``sub``),
        ``AppSyncIdentityIAM`` for IAM identities, or ``None`` for API-key and Lambda
        authorization, which send no identity.
    """
    if not identity:
        return None
    if "sub" in identity:
        return AppSyncIdentityCognito(identity)
    return AppSyncIdentityIAM(identity)


class AppSyncIdentityIAM(DictWrapper):
    """Identity of a request authorized with IAM (AWS_IAM)."""

    @property
    def source_ip(self) -> list[str]:
        """Source IP addresses of the caller."""
        return self._data["sourceIp"]

    @property
    def username(self) -> str:
        """User name of the authenticated caller."""
        return self._data["username"]

    @property
    def account_id(self) -> str:
        """AWS account of the caller."""
        return self._data["accountId"]

    @property
    def cognito_identity_pool_id(self) -> str:
        """Cognito identity pool ID of the caller."""
        return self._data["cognitoIdentityPoolId"]

    @property
    def cognito_identity_id(self) -> str:
        """Cognito identity ID of the caller."""
        return self._data["cognitoIdentityId"]

    @property
    def user_arn(self) -> str:
        """ARN of the IAM user or role."""
        return self._data["userArn"]

    @property
    def cognito_identity_auth_type(self) -> str:
        """``authenticated`` or ``unauthenticated``."""
        return self._data["cognitoIdentityAuthType"]

    @property
    def cognito_identity_auth_provider(self) -> str:
        """Comma-separated external identity providers of the caller."""
        return self._data["cognitoIdentityAuthProvider"]


class AppSyncIdentityCognito(DictWrapper):
    """Identity of a request authorized with a Cognito user pool."""

    @property
    def source_ip(self) -> list[str]:
        """Source IP addresses of the caller."""
        return self._data["sourceIp"]

    @property
    def username(self) -> str:
        """User name of the authenticated user."""
        return self._data["username"]

    @property
    def sub(self) -> str:
        """UUID of the authenticated user."""
        return self._data["sub"]

    @property
    def claims(self) -> dict[str, str]:
        """Claims of the user's token."""
        return self._data["claims"]

    @property
    def default_auth_strategy(self) -> str:
        """Default authorization strategy of the user pool, ``ALLOW`` or ``DENY``."""
        return self._data["defaultAuthStrategy"]

    @property
    def groups(self) -> list[str]:
        """User pool groups of the user."""
        return self._data["groups"]

    @property
    def issuer(self) -> str:
        """Token issuer."""
        return self._data["issuer"]


class AppSyncResolverEventInfo(DictWrapper):
    """The GraphQL field being resolved."""

    @property
    def field_name(self) -> str:
        """Name of the field being resolved."""
        return self._data["fieldName"]

    @property
    def parent_type_name(self) -> str:
        """Name of the parent type of the field, such as ``Query``."""
        return self._data["parentTypeName"]

    @property
    def variables(self) -> dict[str, str]:
        """Variables passed to the GraphQL request (empty dict by default)."""
        return self._data.get("variables") or {}

    @property
    def selection_set_list(self) -> list[str]:
        """Fields selected in the request, as paths (empty list by default)."""
        return self._data.get("selectionSetList") or []

    @property
    def selection_set_graphql(self) -> str | None:
        """Selection set as GraphQL SDL, if present."""
        return self._data.get("selectionSetGraphQL")


class AppSyncEventBase(DictWrapper):
    """Fields shared by AppSync resolver and AppSync Events handler events."""

    @property
    def request_headers(self) -> dict[str, str]:
        """Headers of the GraphQL request, as a case-insensitive dict."""
        return _headers_from(self._data["request"]["headers"])

    @property
    def domain_name(self) -> str | None:
        """Custom domain name of the request, if one was used."""
        return self._data["request"].get("domainName")

    @property
    def prev_result(self) -> dict[str, Any] | None:
        """Result of the previous function of a pipeline resolver."""
        prev = self._data.get("prev")
        return prev.get("result") if prev else None

    @property
    def stash(self) -> dict[str, Any]:
        """Stash shared by the functions of a pipeline resolver (empty dict by default)."""
        return self._data.get("stash") or {}

    @property
    def identity(self) -> AppSyncIdentityIAM | AppSyncIdentityCognito | None:
        """Identity of the caller, typed by authorization mode (``None`` without one)."""
        return get_identity_object(self._data.get("identity"))


class AppSyncResolverEvent(AppSyncEventBase):
    """AppSync resolver event.

    Direct Lambda resolvers put the field under ``info``; Amplify ``@function`` events put
    ``fieldName`` and ``parentTypeName`` (or ``typeName``) at the top level. Both shapes are
    read the same way.
    """

    def __init__(self, data: dict[str, Any], json_deserializer: Any = None):
        super().__init__(data, json_deserializer)
        info = data.get("info") if isinstance(data, dict) else None
        if not info:
            info = {
                "fieldName": data.get("fieldName"),
                # Amplify events name the parent type ``typeName``.
                "parentTypeName": data.get("parentTypeName") or data.get("typeName"),
            }
        self._info = AppSyncResolverEventInfo(info)

    @property
    def type_name(self) -> str:
        """Parent type of the field, such as ``Query`` (``None`` if the event names none)."""
        return self._info.parent_type_name

    @property
    def field_name(self) -> str:
        """Name of the field being resolved (``None`` if the event names none)."""
        return self._info.field_name

    @property
    def arguments(self) -> dict[str, Any]:
        """Arguments of the GraphQL field."""
        return self._data["arguments"]

    @property
    def source(self) -> dict[str, Any]:
        """Resolved parent object of the field (empty dict for root fields)."""
        return self._data.get("source") or {}

    @property
    def info(self) -> AppSyncResolverEventInfo:
        """The field being resolved and the request's selection set."""
        return self._info

    def get_header_value(
        self,
        name: str,
        default_value: str | None = None,
        case_sensitive: bool = False,
    ) -> str | None:
        """Return a request header; deprecated, use ``event.request_headers.get(name)``."""
        import warnings

        from aws_lambda_powertools.warnings import PowertoolsDeprecationWarning

        message = (
            "get_header_value is deprecated and its case_sensitive argument has no effect; "
            "use event.request_headers.get(name), which is case-insensitive"
        )
        warnings.warn(message, PowertoolsDeprecationWarning, stacklevel=2)
        return self.request_headers.get(name, default_value)


# Helpers this module re-exports, imported on first use.
_LAZY_EXPORTS = {
    "get_header_value": "shared_functions",
}


def __getattr__(name: str) -> Any:
    return _lazy_attribute(__name__, _LAZY_EXPORTS, name)


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY_EXPORTS])
