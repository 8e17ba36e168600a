"""Datadog metrics provider: ``datadog_lambda`` when installed, JSON log lines otherwise.

Each metric becomes ``{"m": name, "v": value, "e": epoch seconds, "t": ["key:value", ...]}``.
With ``flush_to_log`` (or ``DD_FLUSH_TO_LOG``) set, or without the ``datadog_lambda``
package, those objects are printed one per line for the Datadog Forwarder to pick up;
otherwise each is handed to ``datadog_lambda.metric.lambda_metric``.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
import time
import warnings
from typing import TYPE_CHECKING, Any

from aws_lambda_powertools.metrics.exceptions import MetricValueError, SchemaValidationError
from aws_lambda_powertools.metrics.provider._switches import (
    EMPTY_METRICS_WARNING,
    metrics_disabled,
)
from aws_lambda_powertools.metrics.provider.base import BaseProvider
from aws_lambda_powertools.metrics.provider.datadog.warnings import DatadogDataValidationWarning
from aws_lambda_powertools.shared import constants
from aws_lambda_powertools.shared.functions import read_bool_env
from aws_lambda_powertools.warnings import PowertoolsUserWarning

if TYPE_CHECKING:
    from collections.abc import Callable

logger = logging.getLogger(__name__)

DEFAULT_NAMESPACE = "default"
"""Namespace under which metric names are written without a prefix."""

_METRIC_NAME = re.compile(r"[a-zA-Z][a-zA-Z0-9_.]{0,199}")
_MAX_TAG_LENGTH = 200
_NAMING_DOCS = "https://docs.datadoghq.com/metrics/custom_metrics/#naming-custom-metrics"
_TAGGING_DOCS = "https://docs.datadoghq.com/getting_started/tagging/#define-tags"


def _validate_tags(tags: dict[str, Any]) -> None:
    for key, value in tags.items():
        tag = f"{key}:{value}"
        if not tag[0].isalpha() or len(tag) > _MAX_TAG_LENGTH:
            warnings.warn(
                f"Invalid tag {tag!r}: a tag must start with a letter and be at most "
                f"{_MAX_TAG_LENGTH} characters, or Datadog may drop it. See {_TAGGING_DOCS}",
                DatadogDataValidationWarning,
                stacklevel=3,
            )


class DatadogProvider(BaseProvider):
    """Record Datadog metrics and submit them on flush.

    Args:
        metric_set: storage for recorded metrics (a list of dicts).
        namespace: prefix of every metric name (``<namespace>.<name>``); ``"default"`` adds none.
        flush_to_log: print JSON lines even when ``datadog_lambda`` is installed.
        default_tags: tags added to every metric (a metric's own tags win).
        function_name: ``function_name`` tag of the ``ColdStart`` metric.

    Environment variables:
        POWERTOOLS_METRICS_NAMESPACE: namespace when ``namespace`` is ``None``.
        DD_FLUSH_TO_LOG: default of ``flush_to_log`` (false).
        POWERTOOLS_METRICS_FUNCTION_NAME: function name when ``function_name`` is not given.
        POWERTOOLS_METRICS_DISABLED, POWERTOOLS_DEV: truthy suppresses output.

    Example:
        >>> provider = DatadogProvider(namespace="checkout", flush_to_log=True)
        >>> metrics = DatadogMetrics(provider=provider)
    """

    def __init__(
        self,
        metric_set: list[dict[str, Any]] | None = None,
        namespace: str | None = None,
        flush_to_log: bool | None = None,
        default_tags: dict[str, Any] | None = None,
        function_name: str | None = None,
    ) -> None:
        self.metric_set: list[dict[str, Any]] = metric_set if metric_set is not None else []
        if namespace is None:  # an explicit empty namespace means "no prefix", not "ask env"
            namespace = os.environ.get(constants.METRICS_NAMESPACE_ENV, DEFAULT_NAMESPACE)
        self.namespace = namespace
        self.flush_to_log = (
            flush_to_log
            if flush_to_log is not None
            else read_bool_env(constants.DATADOG_FLUSH_TO_LOG_ENV, False)
        )
        self.default_tags: dict[str, Any] = default_tags if default_tags is not None else {}
        self.function_name = function_name or os.environ.get(constants.METRICS_FUNCTION_NAME_ENV)

    def add_metric(
        self,
        name: str,
        value: float,
        timestamp: int | None = None,
        **tags: Any,
    ) -> None:
        """Record one metric value.

        Args:
            name: starts with a letter, at most 200 characters of letters, digits, ``_`` and ``.``.
            value: any real number.
            timestamp: epoch seconds; now when omitted.
            **tags: tags of this metric, written as ``key:value``.

        Raises:
            SchemaValidationError: the name breaks Datadog's naming rules.
            MetricValueError: the value is not a number.
        """
        if not isinstance(name, str) or _METRIC_NAME.fullmatch(name) is None:
            message = (
                f"Invalid metric name {name!r}: start with a letter and use at most 200 "
                f"letters, digits, underscores or periods. See {_NAMING_DOCS}"
            )
            raise SchemaValidationError(message)
        kind = value.__class__
        if kind is not int and kind is not float:
            import numbers

            if not isinstance(value, numbers.Number):
                message = f"{value!r} is not a valid number: pass a real number such as 1 or 0.5"
                raise MetricValueError(message)
        if tags:
            _validate_tags(tags)
        epoch = int(time.time()) if timestamp is None else timestamp
        self.metric_set.append({"m": name, "v": value, "e": epoch, "t": tags})

    def serialize_metric_set(self, metrics: list[dict[str, Any]] | None = None) -> list[Any]:
        """Return the metrics as Datadog expects them: prefixed names, ``key:value`` tags.

        Args:
            metrics: metrics to serialize; the recorded ones when omitted.
        """
        metrics = self.metric_set if metrics is None else metrics
        namespace = self.namespace
        prefix = "" if not namespace or namespace == DEFAULT_NAMESPACE else f"{namespace}."
        default_tags = self.default_tags
        output = []
        for metric in metrics:
            tags = {**default_tags, **metric["t"]} if default_tags else metric["t"]
            output.append(
                {
                    "m": prefix + metric["m"],
                    "v": metric["v"],
                    "e": metric["e"],
                    "t": [f"{key}:{value}" for key, value in tags.items()],
                }
            )
        return output

    def flush_metrics(self, raise_on_empty_metrics: bool = False) -> None:
        """Submit the recorded metrics and clear them.

        When metrics are disabled nothing is submitted, but the metrics are still cleared.

        Raises:
            SchemaValidationError: nothing was recorded and ``raise_on_empty_metrics`` is set.
        """
        metrics = self.serialize_metric_set()
        if not metrics:
            if raise_on_empty_metrics:
                raise SchemaValidationError("Must contain at least one metric.")
            warnings.warn(EMPTY_METRICS_WARNING, PowertoolsUserWarning, stacklevel=2)
        elif metrics_disabled():
            logger.debug("Metrics are disabled; dropping %d Datadog metrics", len(metrics))
        else:
            submit = None if self.flush_to_log else _lambda_metric()
            if submit is None:
                write = sys.stdout.write
                for metric in metrics:
                    write(json.dumps(metric, separators=(",", ":"), default=str) + "\n")
            else:
                for metric in metrics:
                    submit(
                        metric_name=metric["m"],
                        value=metric["v"],
                        timestamp=metric["e"],
                        tags=metric["t"],
                    )
        self.clear_metrics()

    def clear_metrics(self) -> None:
        """Forget every recorded metric."""
        self.metric_set.clear()

    def set_default_tags(self, **tags: Any) -> None:
        """Add tags written on every metric; a metric's own tags win on conflicts."""
        _validate_tags(tags)
        self.default_tags.update(tags)

    def clear_default_tags(self) -> None:
        """Forget the default tags."""
        self.default_tags.clear()

    def add_cold_start_metric(self, context: Any) -> None:
        """Record ``ColdStart`` = 1 tagged with the function name."""
        function_name = self.function_name or getattr(context, "function_name", None)
        self.add_metric(name="ColdStart", value=1, function_name=function_name)

    def log_metrics(
        self,
        lambda_handler: Callable[..., Any] | None = None,
        capture_cold_start_metric: bool = False,
        raise_on_empty_metrics: bool = False,
        **kwargs: Any,
    ) -> Any:
        """Decorate a Lambda handler so its metrics are submitted when it returns or raises.

        Args:
            lambda_handler: the handler; ``None`` when called with arguments.
            capture_cold_start_metric: record ``ColdStart`` on the first successful invocation.
            raise_on_empty_metrics: raise instead of warning when nothing was recorded.
            **kwargs: ``default_tags`` (dict) to set as default tags.
        """
        default_tags = kwargs.get("default_tags")
        if default_tags:
            self.set_default_tags(**default_tags)
        return super().log_metrics(
            lambda_handler,
            capture_cold_start_metric=capture_cold_start_metric,
            raise_on_empty_metrics=raise_on_empty_metrics,
        )


def _lambda_metric() -> Callable[..., Any] | None:
    # Looked up at every flush so installing the package (or a test stand-in) takes effect.
    try:
        from datadog_lambda.metric import lambda_metric
    except ImportError:
        logger.debug("datadog_lambda is not installed; printing metrics as JSON lines")
        return None
    return lambda_metric  # type: ignore[no-any-return]


__all__ = ["DEFAULT_NAMESPACE", "DatadogProvider"]
