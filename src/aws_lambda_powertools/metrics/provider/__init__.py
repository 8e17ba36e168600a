"""Extension point for metrics backends: subclass :class:`BaseProvider`."""

from __future__ import annotations

from aws_lambda_powertools.metrics.provider.base import BaseProvider

__all__ = ["BaseProvider"]
