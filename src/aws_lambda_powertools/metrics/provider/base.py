"""The contract every metrics provider fulfils, and the ``log_metrics`` decorator they share.

A provider records metrics and writes them somewhere on flush. Subclass :class:`BaseProvider`,
implement the five abstract methods, and ``log_metrics`` gives you the decorator behaviour
of the built-in providers: flush after the handler (even when it raises) and an optional
cold-start metric.

Example:
    >>> class StdoutProvider(BaseProvider):
    ...     def add_metric(self, name, value): self.metrics.append((name, value))
    ...     ...
"""

from __future__ import annotations

import functools
from abc import ABC, abstractmethod

from aws_lambda_powertools.metrics.provider.cold_start import cold_start
from aws_lambda_powertools.shared.functions import unwrap_lambda_context

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, TypeVar

    AnyCallableT = TypeVar("AnyCallableT", bound="Callable[..., Any]")


class BaseProvider(ABC):
    """Base class for metrics providers: abstract recording and flushing, shared decorator."""

    @abstractmethod
    def add_metric(self, *args: Any, **kwargs: Any) -> Any:
        """Record one metric value."""

    @abstractmethod
    def serialize_metric_set(self, *args: Any, **kwargs: Any) -> Any:
        """Return the recorded metrics in the provider's output format."""

    @abstractmethod
    def flush_metrics(self, *args: Any, **kwargs: Any) -> Any:
        """Write the recorded metrics to their destination and clear them."""

    @abstractmethod
    def clear_metrics(self, *args: Any, **kwargs: Any) -> None:
        """Forget every recorded metric."""

    @abstractmethod
    def add_cold_start_metric(self, context: Any) -> Any:
        """Record or emit the ``ColdStart`` metric for the invocation described by ``context``."""

    def log_metrics(
        self,
        lambda_handler: Callable[..., Any] | None = None,
        capture_cold_start_metric: bool = False,
        raise_on_empty_metrics: bool = False,
        **kwargs: Any,
    ) -> Any:
        """Decorate a Lambda handler so its metrics are flushed when it finishes.

        Usable bare (``@provider.log_metrics``) or with arguments. The flush runs in a
        ``finally`` block, so metrics recorded before an exception are still written.

        Args:
            lambda_handler: the handler; ``None`` when the decorator is called with arguments.
            capture_cold_start_metric: on the first successful invocation of the process,
                also emit the ``ColdStart`` metric.
            raise_on_empty_metrics: raise ``SchemaValidationError`` instead of warning when
                the handler recorded no metric.
            **kwargs: provider-specific options (handled by subclasses).

        Returns:
            The wrapped handler, or a decorator when ``lambda_handler`` is ``None``.
        """
        if lambda_handler is None:
            return functools.partial(
                self.log_metrics,
                capture_cold_start_metric=capture_cold_start_metric,
                raise_on_empty_metrics=raise_on_empty_metrics,
            )

        handler = lambda_handler
        flush_metrics = self.flush_metrics

        @functools.wraps(handler)
        def decorate(event: Any, context: Any, *args: Any, **kwargs: Any) -> Any:
            try:
                response = handler(event, context, *args, **kwargs)
                if capture_cold_start_metric and cold_start.take():
                    self.add_cold_start_metric(context=unwrap_lambda_context(context))
            finally:
                flush_metrics(raise_on_empty_metrics=raise_on_empty_metrics)
            return response

        return decorate


__all__ = ["BaseProvider"]
