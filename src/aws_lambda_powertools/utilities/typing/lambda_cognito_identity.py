"""The Amazon Cognito identity a mobile SDK attaches to a Lambda invocation."""

from __future__ import annotations


class LambdaCognitoIdentity:
    """The Cognito identity that authorized the invocation (mobile SDK callers only).

    Args:
        cognito_identity_id: the authenticated Cognito identity.
        cognito_identity_pool_id: the Cognito identity pool that issued it.

    Example:
        >>> identity = LambdaCognitoIdentity(cognito_identity_id="us-east-1:1234")
        >>> identity.cognito_identity_id
        'us-east-1:1234'
    """

    __slots__ = ("_cognito_identity_id", "_cognito_identity_pool_id")

    def __init__(
        self,
        *,
        cognito_identity_id: str | None = None,
        cognito_identity_pool_id: str | None = None,
    ) -> None:
        self._cognito_identity_id = cognito_identity_id
        self._cognito_identity_pool_id = cognito_identity_pool_id

    @property
    def cognito_identity_id(self) -> str | None:
        """The authenticated Amazon Cognito identity."""
        return self._cognito_identity_id

    @property
    def cognito_identity_pool_id(self) -> str | None:
        """The Amazon Cognito identity pool that authorized the invocation."""
        return self._cognito_identity_pool_id

    def __repr__(self) -> str:
        return (
            f"LambdaCognitoIdentity(cognito_identity_id={self._cognito_identity_id!r}, "
            f"cognito_identity_pool_id={self._cognito_identity_pool_id!r})"
        )
