"""Errors raised by the middleware factory."""

from __future__ import annotations

from aws_lambda_powertools.exceptions import PowertoolsError


class MiddlewareInvalidArgumentError(PowertoolsError, TypeError):
    """A middleware made by the factory was called with positional options."""
