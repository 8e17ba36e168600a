"""Warning categories the toolkit emits, so users can filter them precisely."""

from __future__ import annotations


class PowertoolsUserWarning(UserWarning):
    """A setting or call that works but is probably not what the user meant."""

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)

    def __str__(self) -> str:
        return self.message


class PowertoolsDeprecationWarning(DeprecationWarning):
    """A name or behaviour that will be removed in a future major version."""

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)

    def __str__(self) -> str:
        return self.message
