"""CloudWatch Embedded Metric Format provider, its units, resolutions and errors."""

from __future__ import annotations

from aws_lambda_powertools.metrics.provider.cloudwatch_emf.cloudwatch import (
    AmazonCloudWatchEMFProvider,
)
from aws_lambda_powertools.metrics.provider.cloudwatch_emf.exceptions import (
    MetricNameError,
    MetricResolutionError,
    MetricUnitError,
)
from aws_lambda_powertools.metrics.provider.cloudwatch_emf.metric_properties import (
    MetricResolution,
    MetricUnit,
)

__all__ = [
    "AmazonCloudWatchEMFProvider",
    "MetricNameError",
    "MetricResolution",
    "MetricResolutionError",
    "MetricUnit",
    "MetricUnitError",
]
