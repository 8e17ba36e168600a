"""Warnings emitted by the Datadog metrics provider."""

from __future__ import annotations


class DatadogDataValidationWarning(Warning):
    """A tag breaks Datadog's tagging rules; Datadog may drop or rewrite it."""

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)

    def __str__(self) -> str:
        return self.message


__all__ = ["DatadogDataValidationWarning"]
