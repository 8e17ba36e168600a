"""Legacy building blocks kept for code written against earlier releases.

:class:`MetricManager` is the CloudWatch EMF provider under its historical name and
constructor; :class:`SingleMetric` holds exactly one metric and is what
:func:`single_metric` yields.
"""

from __future__ import annotations

import logging

from aws_lambda_powertools.metrics.exceptions import (
    MetricNameError,
    MetricResolutionError,
    MetricUnitError,
    MetricValueError,
    SchemaValidationError,
)
from aws_lambda_powertools.metrics.provider.cloudwatch_emf.cloudwatch import (
    AmazonCloudWatchEMFProvider,
)
from aws_lambda_powertools.metrics.provider.cloudwatch_emf.constants import (
    MAX_DIMENSIONS,
    MAX_METRIC_NAME_LENGTH,
    MAX_METRICS,
    MIN_METRIC_NAME_LENGTH,
)
from aws_lambda_powertools.metrics.provider.cloudwatch_emf.metric_properties import (
    MetricResolution,
    MetricUnit,
)
from aws_lambda_powertools.metrics.provider.cold_start import reset_cold_start_flag

TYPE_CHECKING = False
if TYPE_CHECKING:
    from types import TracebackType
    from typing import Any

logger = logging.getLogger(__name__)


class MetricManager(AmazonCloudWatchEMFProvider):
    """Record metrics, dimensions and metadata and serialize them as EMF (legacy name).

    Args:
        metric_set: storage for metric values.
        dimension_set: storage for dimensions.
        namespace: CloudWatch namespace.
        metadata_set: storage for metadata.
        service: value of the ``service`` dimension.

    Environment variables:
        POWERTOOLS_METRICS_NAMESPACE: namespace when ``namespace`` is not given.
        POWERTOOLS_SERVICE_NAME: service when ``service`` is not given.
    """

    def __init__(
        self,
        metric_set: dict[str, Any] | None = None,
        dimension_set: dict[str, Any] | None = None,
        namespace: str | None = None,
        metadata_set: dict[str, Any] | None = None,
        service: str | None = None,
    ) -> None:
        super().__init__(
            metric_set=metric_set,
            dimension_set=dimension_set,
            namespace=namespace,
            metadata_set=metadata_set,
            service=service,
        )


class SingleMetric(MetricManager):
    """A document holding exactly one metric; extra ``add_metric`` calls are ignored.

    Used as a context manager it writes its document on a clean exit, whether or not
    metrics are disabled (a documented quirk kept for compatibility).
    """

    def add_metric(
        self,
        name: str,
        unit: MetricUnit | str,
        value: float,
        resolution: MetricResolution | int = 60,
    ) -> None:
        """Record the metric if none is recorded yet; otherwise ignore the call.

        Raises:
            MetricNameError, MetricUnitError, MetricResolutionError, MetricValueError: see
                :meth:`AmazonCloudWatchEMFProvider.add_metric`.
        """
        if self.metric_set:
            logger.debug("A single metric holds one metric only; ignoring %r", name)
            return
        super().add_metric(name, unit, value, resolution)

    def __enter__(self) -> SingleMetric:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self._write_document()


def single_metric(
    name: str,
    unit: MetricUnit | str,
    value: float,
    resolution: MetricResolution | int = 60,
    namespace: str | None = None,
    default_dimensions: dict[str, str] | None = None,
) -> SingleMetric:
    """Create a one-metric document with its own dimensions, written when the block exits.

    Args:
        name: metric name.
        unit: metric unit.
        value: metric value.
        resolution: 60 (standard) or 1 (high resolution).
        namespace: CloudWatch namespace; ``POWERTOOLS_METRICS_NAMESPACE`` when omitted.
        default_dimensions: dimensions added before the block runs.

    Returns:
        A context manager yielding the :class:`SingleMetric`; add dimensions and metadata
        to it inside the block.

    Example:
        >>> with single_metric(name="ColdStart", unit=MetricUnit.Count, value=1) as metric:
        ...     metric.add_dimension(name="function_context", value="$LATEST")
    """
    metric = SingleMetric(namespace=namespace)
    if default_dimensions:
        for dimension, dimension_value in default_dimensions.items():
            metric.add_dimension(name=dimension, value=dimension_value)
    metric.add_metric(name=name, unit=unit, value=value, resolution=resolution)
    return metric


__all__ = [
    "MAX_DIMENSIONS",
    "MAX_METRICS",
    "MAX_METRIC_NAME_LENGTH",
    "MIN_METRIC_NAME_LENGTH",
    "MetricManager",
    "MetricNameError",
    "MetricResolution",
    "MetricResolutionError",
    "MetricUnit",
    "MetricUnitError",
    "MetricValueError",
    "SchemaValidationError",
    "SingleMetric",
    "reset_cold_start_flag",
    "single_metric",
]
