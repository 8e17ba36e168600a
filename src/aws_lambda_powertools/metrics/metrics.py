"""``Metrics``: CloudWatch EMF metrics whose storage is shared by every instance in the process.

Create ``Metrics()`` in as many modules as you like; they all add to the same metric set,
and one ``flush_metrics`` (usually from ``log_metrics``) writes it. ``EphemeralMetrics``
keeps its own storage instead.
"""

from __future__ import annotations

from aws_lambda_powertools.metrics.base import single_metric
from aws_lambda_powertools.metrics.provider.cloudwatch_emf.cloudwatch import (
    AmazonCloudWatchEMFProvider,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime
    from collections.abc import Callable
    from typing import Any

    from aws_lambda_powertools.metrics.provider.cloudwatch_emf.metric_properties import (
        MetricResolution,
        MetricUnit,
    )
    from aws_lambda_powertools.metrics.provider.cloudwatch_emf.types import CloudWatchEMFOutput


class Metrics:
    """Record CloudWatch metrics and write them as Embedded Metric Format documents.

    All instances share metrics, dimensions, extra dimension sets, metadata and default
    dimensions; namespace, service and function name belong to each instance.

    Args:
        service: value of the ``service`` dimension of every document.
        namespace: CloudWatch namespace of every metric.
        provider: an ``AmazonCloudWatchEMFProvider`` to delegate to instead of the shared one.
        function_name: ``function_name`` dimension of the ``ColdStart`` metric.

    Environment variables:
        POWERTOOLS_METRICS_NAMESPACE: namespace when ``namespace`` is not given.
        POWERTOOLS_SERVICE_NAME: service when ``service`` is not given.
        POWERTOOLS_METRICS_FUNCTION_NAME: function name when ``function_name`` is not given.
        POWERTOOLS_METRICS_DISABLED: truthy writes nothing on flush.
        POWERTOOLS_DEV: truthy also disables metrics unless POWERTOOLS_METRICS_DISABLED is set.

    Example:
        >>> metrics = Metrics(namespace="ServerlessAirline", service="payment")
        >>> @metrics.log_metrics(capture_cold_start_metric=True)
        ... def handler(event, context):
        ...     metrics.add_metric(name="SuccessfulBooking", unit=MetricUnit.Count, value=1)
    """

    _metrics: dict[str, Any] = {}
    _dimensions: dict[str, str] = {}
    _metadata: dict[str, Any] = {}
    _default_dimensions: dict[str, str] = {}
    _dimension_sets: list[dict[str, str]] = []

    def __init__(
        self,
        service: str | None = None,
        namespace: str | None = None,
        provider: AmazonCloudWatchEMFProvider | None = None,
        function_name: str | None = None,
    ) -> None:
        if provider is None:
            provider = AmazonCloudWatchEMFProvider(
                metric_set=self._metrics,
                dimension_set=self._dimensions,
                namespace=namespace,
                metadata_set=self._metadata,
                service=service,
                default_dimensions=self._default_dimensions,
                function_name=function_name,
            )
            provider.dimension_sets = self._dimension_sets
        self.provider = provider
        self.metric_set = provider.metric_set
        self.dimension_set = provider.dimension_set
        self.metadata_set = provider.metadata_set
        self.default_dimensions = provider.default_dimensions

    @property
    def namespace(self) -> str | None:
        """CloudWatch namespace of this instance's documents."""
        return self.provider.namespace

    @namespace.setter
    def namespace(self, namespace: str | None) -> None:
        self.provider.namespace = namespace

    @property
    def service(self) -> str | None:
        """Value of the ``service`` dimension of this instance's documents."""
        return self.provider.service

    @service.setter
    def service(self, service: str | None) -> None:
        self.provider.service = service

    def add_metric(
        self,
        name: str,
        unit: MetricUnit | str,
        value: float,
        resolution: MetricResolution | int = 60,
    ) -> None:
        """Record one metric value (see :meth:`AmazonCloudWatchEMFProvider.add_metric`)."""
        self.provider.add_metric(name, unit, value, resolution)

    def add_dimension(self, name: str, value: str) -> None:
        """Add a dimension to the main dimension set; ``str()`` of the value is used."""
        self.provider.add_dimension(name, value)

    def add_dimensions(self, **dimensions: str) -> None:
        """Add an extra dimension set (see :meth:`AmazonCloudWatchEMFProvider.add_dimensions`)."""
        self.provider.add_dimensions(**dimensions)

    def add_metadata(self, key: str, value: Any) -> None:
        """Add a root-level metadata key that is not a metric."""
        self.provider.add_metadata(key, value)

    def set_timestamp(self, timestamp: int | datetime.datetime) -> None:
        """Set the document timestamp (epoch milliseconds or ``datetime``)."""
        self.provider.set_timestamp(timestamp)

    def set_default_dimensions(self, **dimensions: Any) -> None:
        """Add dimensions re-applied after every flush."""
        self.provider.set_default_dimensions(**dimensions)

    def clear_default_dimensions(self) -> None:
        """Forget the default dimensions."""
        self.provider.clear_default_dimensions()

    def clear_metrics(self) -> None:
        """Forget metrics, dimensions and metadata, then re-apply the default dimensions."""
        self.provider.clear_metrics()

    def serialize_metric_set(
        self,
        metrics: dict[str, Any] | None = None,
        dimensions: dict[str, Any] | None = None,
        metadata: dict[str, Any] | None = None,
    ) -> CloudWatchEMFOutput:
        """Build the EMF document as a dict, without writing it."""
        return self.provider.serialize_metric_set(metrics, dimensions, metadata)

    def flush_metrics(self, raise_on_empty_metrics: bool = False) -> None:
        """Write the document to stdout and clear the metric set."""
        self.provider.flush_metrics(raise_on_empty_metrics=raise_on_empty_metrics)

    def log_metrics(
        self,
        lambda_handler: Callable[..., Any] | None = None,
        capture_cold_start_metric: bool = False,
        raise_on_empty_metrics: bool = False,
        default_dimensions: dict[str, str] | None = None,
        **kwargs: Any,
    ) -> Any:
        """Decorate a Lambda handler so metrics are flushed when it returns or raises.

        Args:
            lambda_handler: the handler; ``None`` when called with arguments.
            capture_cold_start_metric: emit a ``ColdStart`` document on the first successful
                invocation of the process.
            raise_on_empty_metrics: raise ``SchemaValidationError`` instead of warning when
                the handler recorded no metric.
            default_dimensions: dimensions to set as default dimensions.
            **kwargs: ignored; accepted for compatibility.

        Returns:
            The wrapped handler, or a decorator when ``lambda_handler`` is ``None``.
        """
        return self.provider.log_metrics(
            lambda_handler,
            capture_cold_start_metric=capture_cold_start_metric,
            raise_on_empty_metrics=raise_on_empty_metrics,
            default_dimensions=default_dimensions,
        )


EphemeralMetrics = AmazonCloudWatchEMFProvider
"""Metrics with storage of their own, not shared with other instances."""

__all__ = ["AmazonCloudWatchEMFProvider", "EphemeralMetrics", "Metrics", "single_metric"]
