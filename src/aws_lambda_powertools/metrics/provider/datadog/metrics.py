"""``DatadogMetrics``: Datadog metrics whose storage is shared by every instance in the process."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from aws_lambda_powertools.metrics.provider.datadog.datadog import DatadogProvider

if TYPE_CHECKING:
    from collections.abc import Callable


class DatadogMetrics:
    """Record Datadog metrics and submit them on flush; all instances share metrics and tags.

    Args:
        namespace: prefix of every metric name; ``POWERTOOLS_METRICS_NAMESPACE`` when omitted.
        flush_to_log: print JSON lines instead of calling ``datadog_lambda``.
        provider: a ``DatadogProvider`` to delegate to instead of the shared one.

    Environment variables:
        POWERTOOLS_METRICS_NAMESPACE: namespace when ``namespace`` is not given.
        DD_FLUSH_TO_LOG: default of ``flush_to_log``.

    Example:
        >>> metrics = DatadogMetrics(namespace="checkout", flush_to_log=True)
        >>> @metrics.log_metrics(capture_cold_start_metric=True)
        ... def handler(event, context):
        ...     metrics.add_metric(name="orders", value=1, channel="web")
    """

    _metrics: list[dict[str, Any]] = []
    _default_tags: dict[str, Any] = {}

    def __init__(
        self,
        namespace: str | None = None,
        flush_to_log: bool | None = None,
        provider: DatadogProvider | None = None,
    ) -> None:
        if provider is None:
            provider = DatadogProvider(
                metric_set=self._metrics,
                namespace=namespace,
                flush_to_log=flush_to_log,
                default_tags=self._default_tags,
            )
        self.provider = provider
        self.metric_set = provider.metric_set
        self.default_tags = provider.default_tags

    def add_metric(
        self, name: str, value: float, timestamp: int | None = None, **tags: Any
    ) -> None:
        """Record one metric value (see :meth:`DatadogProvider.add_metric`)."""
        self.provider.add_metric(name=name, value=value, timestamp=timestamp, **tags)

    def serialize_metric_set(self, metrics: list[dict[str, Any]] | None = None) -> list[Any]:
        """Return the metrics in Datadog's format: prefixed names and ``key:value`` tags."""
        return self.provider.serialize_metric_set(metrics=metrics)

    def flush_metrics(self, raise_on_empty_metrics: bool = False) -> None:
        """Submit the recorded metrics and clear them."""
        self.provider.flush_metrics(raise_on_empty_metrics=raise_on_empty_metrics)

    def clear_metrics(self) -> None:
        """Forget every recorded metric."""
        self.provider.clear_metrics()

    def set_default_tags(self, **tags: Any) -> None:
        """Add tags written on every metric."""
        self.provider.set_default_tags(**tags)

    def clear_default_tags(self) -> None:
        """Forget the default tags."""
        self.provider.clear_default_tags()

    def log_metrics(
        self,
        lambda_handler: Callable[..., Any] | None = None,
        capture_cold_start_metric: bool = False,
        raise_on_empty_metrics: bool = False,
        default_tags: dict[str, Any] | None = None,
    ) -> Any:
        """Decorate a Lambda handler so its metrics are submitted when it returns or raises.

        Args:
            lambda_handler: the handler; ``None`` when called with arguments.
            capture_cold_start_metric: record ``ColdStart`` on the first successful invocation.
            raise_on_empty_metrics: raise instead of warning when nothing was recorded.
            default_tags: tags to set as default tags.
        """
        return self.provider.log_metrics(
            lambda_handler,
            capture_cold_start_metric=capture_cold_start_metric,
            raise_on_empty_metrics=raise_on_empty_metrics,
            default_tags=default_tags,
        )


__all__ = ["DatadogMetrics"]
