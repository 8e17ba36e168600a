"""Datadog metrics: ``DatadogMetrics`` (shared storage) and ``DatadogProvider``.

Install ``aws-lambda-powertools[datadog]`` to submit through ``datadog_lambda``; without it,
metrics are printed as JSON lines for the Datadog Forwarder.
"""

from __future__ import annotations

from aws_lambda_powertools.metrics.provider.datadog.datadog import DatadogProvider
from aws_lambda_powertools.metrics.provider.datadog.metrics import DatadogMetrics

__all__ = ["DatadogMetrics", "DatadogProvider"]
