"""CloudWatch metrics in Embedded Metric Format, written asynchronously through stdout.

Example:
    >>> from aws_lambda_powertools.metrics import Metrics, MetricUnit
    >>> metrics = Metrics(namespace="ServerlessAirline", service="payment")
    >>> metrics.add_metric(name="SuccessfulBooking", unit=MetricUnit.Count, value=1)
"""

from __future__ import annotations

from aws_lambda_powertools.metrics.exceptions import (
    MetricResolutionError,
    MetricUnitError,
    MetricValueError,
    SchemaValidationError,
)
from aws_lambda_powertools.metrics.metrics import EphemeralMetrics, Metrics, single_metric
from aws_lambda_powertools.metrics.provider.cloudwatch_emf.metric_properties import (
    MetricResolution,
    MetricUnit,
)

__all__ = [
    "EphemeralMetrics",
    "MetricResolution",
    "MetricResolutionError",
    "MetricUnit",
    "MetricUnitError",
    "MetricValueError",
    "Metrics",
    "SchemaValidationError",
    "single_metric",
]
