# mypy: disable-error-code="no-any-return"
"""Claim, scope and group overrides written by the Cognito pre token generation trigger.

Importable from ``cognito_user_pool_event``, where the trigger events live.
"""

from __future__ import annotations

from aws_lambda_powertools.utilities.data_classes.common import DictWrapper, _child

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class GroupOverrideDetails(DictWrapper):
    """User pool groups and IAM roles of the user's token."""

    @property
    def groups_to_override(self) -> list[str]:
        """Groups of the user (empty list by default)."""
        return self._data.get("groupsToOverride") or []

    @property
    def iam_roles_to_override(self) -> list[str]:
        """IAM roles of the user's groups (empty list by default)."""
        return self._data.get("iamRolesToOverride") or []

    @property
    def preferred_role(self) -> str | None:
        """Preferred IAM role, if any."""
        return self._data.get("preferredRole")


class ClaimsOverrideBase(DictWrapper):
    """Claims to add, override or remove in a token."""

    @property
    def claims_to_add_or_override(self) -> dict[str, str]:
        """Claims to add or override (empty dict by default)."""
        return self._data.get("claimsToAddOrOverride") or {}

    @claims_to_add_or_override.setter
    def claims_to_add_or_override(self, value: dict[str, str]) -> None:
        self._data["claimsToAddOrOverride"] = value

    @property
    def claims_to_suppress(self) -> list[str]:
        """Claims to remove (empty list by default)."""
        return self._data.get("claimsToSuppress") or []

    @claims_to_suppress.setter
    def claims_to_suppress(self, value: list[str]) -> None:
        self._data["claimsToSuppress"] = value


class GroupConfigurationBase(DictWrapper):
    """Group and IAM role overrides for a token."""

    @property
    def group_configuration(self) -> GroupOverrideDetails | None:
        """Group overrides set so far, or ``None``."""
        details = self._data.get("groupOverrideDetails")
        return None if details is None else GroupOverrideDetails(details)

    @group_configuration.setter
    def group_configuration(self, value: dict[str, Any] | GroupOverrideDetails) -> None:
        self._data["groupOverrideDetails"] = (
            value.raw_event if isinstance(value, DictWrapper) else value
        )

    def set_group_configuration_groups_to_override(self, value: list[str]) -> None:
        """Replace the user's groups in the token."""
        _child(self._data, "groupOverrideDetails")["groupsToOverride"] = value

    def set_group_configuration_iam_roles_to_override(self, value: list[str]) -> None:
        """Replace the user's IAM roles in the token."""
        _child(self._data, "groupOverrideDetails")["iamRolesToOverride"] = value

    def set_group_configuration_preferred_role(self, value: str) -> None:
        """Set the preferred IAM role in the token."""
        _child(self._data, "groupOverrideDetails")["preferredRole"] = value


class ClaimsOverrideDetails(ClaimsOverrideBase, GroupConfigurationBase):
    """Claim and group overrides of the ID token (trigger version 1)."""


class TokenClaimsAndScopeOverrideDetails(ClaimsOverrideBase):
    """Claim and scope overrides of one token."""

    @property
    def scopes_to_add(self) -> list[str]:
        """OAuth scopes to add (empty list by default)."""
        return self._data.get("scopesToAdd") or []

    @scopes_to_add.setter
    def scopes_to_add(self, value: list[str]) -> None:
        self._data["scopesToAdd"] = value

    @property
    def scopes_to_suppress(self) -> list[str]:
        """OAuth scopes to remove (empty list by default)."""
        return self._data.get("scopesToSuppress") or []

    @scopes_to_suppress.setter
    def scopes_to_suppress(self, value: list[str]) -> None:
        self._data["scopesToSuppress"] = value


class ClaimsAndScopeOverrideDetails(GroupConfigurationBase):
    """Overrides of the ID and access tokens (trigger version 2)."""

    @property
    def id_token_generation(self) -> TokenClaimsAndScopeOverrideDetails:
        """Overrides of the ID token (created empty on first access)."""
        return TokenClaimsAndScopeOverrideDetails(_child(self._data, "idTokenGeneration"))

    @id_token_generation.setter
    def id_token_generation(self, value: dict[str, Any] | DictWrapper) -> None:
        self._data["idTokenGeneration"] = (
            value.raw_event if isinstance(value, DictWrapper) else value
        )

    @property
    def access_token_generation(self) -> TokenClaimsAndScopeOverrideDetails:
        """Overrides of the access token (created empty on first access)."""
        return TokenClaimsAndScopeOverrideDetails(_child(self._data, "accessTokenGeneration"))

    @access_token_generation.setter
    def access_token_generation(self, value: dict[str, Any] | DictWrapper) -> None:
        self._data["accessTokenGeneration"] = (
            value.raw_event if isinstance(value, DictWrapper) else value
        )
