"""Errors raised by the Metrics utility.

Every error descends from :class:`MetricsError`, itself a
:class:`~aws_lambda_powertools.exceptions.PowertoolsError`::

    PowertoolsError
    └── MetricsError
        ├── MetricUnitError        (also ValueError)  unit not accepted by CloudWatch
        ├── MetricResolutionError  (also ValueError)  resolution other than 60 or 1
        ├── MetricValueError       (also ValueError)  value is not a number
        ├── MetricNameError        (also ValueError)  name empty or too long
        └── SchemaValidationError  (also ValueError)  document would break the EMF schema

``MetricUnitError``, ``MetricResolutionError`` and ``MetricNameError`` are also importable
from :mod:`aws_lambda_powertools.metrics.provider.cloudwatch_emf.exceptions`.
"""

from __future__ import annotations

from aws_lambda_powertools.exceptions import PowertoolsError


class MetricsError(PowertoolsError):
    """Base of every error the Metrics utility raises."""


class MetricUnitError(MetricsError, ValueError):
    """The metric unit is not one of the CloudWatch units in ``MetricUnit``."""


class MetricResolutionError(MetricsError, ValueError):
    """The metric resolution is neither 60 (standard) nor 1 (high)."""


class MetricValueError(MetricsError, ValueError):
    """The metric value is not a number."""


class MetricNameError(MetricsError, ValueError):
    """The metric name is empty or longer than CloudWatch accepts."""


class SchemaValidationError(MetricsError, ValueError):
    """The metric set cannot be turned into a valid document (namespace, metrics, limits)."""


__all__ = [
    "MetricNameError",
    "MetricResolutionError",
    "MetricUnitError",
    "MetricValueError",
    "MetricsError",
    "SchemaValidationError",
]
