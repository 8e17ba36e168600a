"""The client context a mobile SDK caller passes along with a Lambda invocation."""

from __future__ import annotations

from aws_lambda_powertools.utilities.typing.lambda_client_context_mobile_client import (
    LambdaClientContextMobileClient,
)

TYPE_CHECKING = False
if TYPE_CHECKING:  # ``typing`` costs milliseconds at cold start; annotations need it only here
    from typing import Any


class LambdaClientContext:
    """Information about the calling application and device (mobile SDK callers only).

    Args:
        client: the calling application.
        custom: custom values the caller set.
        env: environment information the mobile SDK provided (platform, make, model...).

    Example:
        >>> context = LambdaClientContext(custom={"tenant": "blue"})
        >>> context.custom["tenant"]
        'blue'
    """

    __slots__ = ("_client", "_custom", "_env")

    def __init__(
        self,
        *,
        client: LambdaClientContextMobileClient | None = None,
        custom: dict[str, Any] | None = None,
        env: dict[str, Any] | None = None,
    ) -> None:
        self._client = client
        self._custom = custom
        self._env = env

    @property
    def client(self) -> LambdaClientContextMobileClient | None:
        """The calling application."""
        return self._client

    @property
    def custom(self) -> dict[str, Any] | None:
        """Custom values set by the calling application."""
        return self._custom

    @property
    def env(self) -> dict[str, Any] | None:
        """Environment information provided by the AWS SDK."""
        return self._env

    def __repr__(self) -> str:
        return (
            f"LambdaClientContext(client={self._client!r}, custom={self._custom!r}, "
            f"env={self._env!r})"
        )
