"""Errors of the CloudWatch EMF provider (the same classes as in ``metrics.exceptions``)."""

from __future__ import annotations

from aws_lambda_powertools.metrics.exceptions import (
    MetricNameError,
    MetricResolutionError,
    MetricUnitError,
)

__all__ = ["MetricNameError", "MetricResolutionError", "MetricUnitError"]
