"""Amazon CloudWatch Embedded Metric Format (EMF) provider.

Metrics are kept in plain dictionaries and written to stdout as one compact JSON document
per flush; CloudWatch Logs extracts them asynchronously, so no API call is made.

The hot path is flat on purpose: ``add_metric`` resolves the unit and resolution with one
dictionary look-up each, converts the value to ``float`` once, and ``flush_metrics`` writes
the document from pre-encoded fragments instead of building and dumping a nested dict.
Anything unusual (metadata, extra dimension sets, key collisions, non-finite values) takes
the general path, :meth:`AmazonCloudWatchEMFProvider.serialize_metric_set` plus ``json``,
which produces the same bytes.
"""

from __future__ import annotations

import logging
import os
import sys
import time
import warnings
from collections.abc import Callable

from aws_lambda_powertools.metrics.exceptions import (
    MetricNameError,
    MetricResolutionError,
    MetricUnitError,
    MetricValueError,
    SchemaValidationError,
)
from aws_lambda_powertools.metrics.provider._switches import (
    EMPTY_METRICS_WARNING,
    metrics_disabled,
)
from aws_lambda_powertools.metrics.provider.base import BaseProvider
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
from aws_lambda_powertools.shared import constants
from aws_lambda_powertools.warnings import PowertoolsUserWarning

try:  # the C escaper json itself uses, without importing the json package (cold start)
    from _json import encode_basestring_ascii as _encode
except ImportError:  # pragma: no cover - interpreters without the C accelerator
    from json.encoder import encode_basestring_ascii as _encode

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime
    from typing import Any

    from aws_lambda_powertools.metrics.provider.cloudwatch_emf.types import CloudWatchEMFOutput

logger = logging.getLogger(__name__)

# Every accepted spelling of a unit (member, member name, member value) -> the value CloudWatch
# expects. Members are looked up through ``_value_`` on the hot path (no Enum hashing).
_UNITS: dict[Any, str] = {}
for _unit in MetricUnit:
    _UNITS[_unit] = _UNITS[_unit.name] = _UNITS[_unit.value] = _unit.value
_RESOLUTIONS: dict[Any, int] = {
    60: 60,
    1: 1,
    MetricResolution.Standard: 60,
    MetricResolution.High: 1,
}
_UNIT_CHOICES = [unit.name for unit in MetricUnit]
_RESOLUTION_CHOICES = [resolution.value for resolution in MetricResolution]

_MAX_PAST_MS = 14 * 24 * 60 * 60 * 1000
_MAX_FUTURE_MS = 2 * 60 * 60 * 1000


def _to_float(value: Any) -> float:
    import numbers

    if isinstance(value, numbers.Number):
        try:
            return float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError, OverflowError):
            pass
    message = f"{value!r} is not a valid number: pass a real number such as 1 or 0.5"
    raise MetricValueError(message)


def _invalid_name(name: Any) -> MetricNameError:
    message = (
        f"Invalid metric name {name!r}: the metric name should be between "
        f"{MIN_METRIC_NAME_LENGTH} and {MAX_METRIC_NAME_LENGTH} characters"
    )
    return MetricNameError(message)


def _resolve_unit(unit: Any) -> str:
    try:
        return _UNITS[unit]
    except (KeyError, TypeError):
        message = f"Invalid metric unit {unit!r}, expected either option: {_UNIT_CHOICES}"
        raise MetricUnitError(message) from None


def _resolve_resolution(resolution: Any) -> int:
    try:
        return _RESOLUTIONS[resolution]
    except (KeyError, TypeError):
        message = (
            f"Invalid metric resolution {resolution!r}, expected either option: "
            f"{_RESOLUTION_CHOICES}"
        )
        raise MetricResolutionError(message) from None


# (name, unit, resolution) -> (metric definition, '"name":[' prefix of its values), so a
# repeated metric costs one look-up at flush time instead of two encodes and two f-strings.
_FRAGMENTS: dict[tuple[str, str, int], tuple[str, str]] = {}
_MAX_FRAGMENTS = 4096


def _fragment(key: tuple[str, str, int]) -> tuple[str, str]:
    name, unit, resolution = key
    encoded = _encode(name)
    if resolution == 1:
        definition = f'{{"Name":{encoded},"Unit":{_encode(unit)},"StorageResolution":1}}'
    else:
        definition = f'{{"Name":{encoded},"Unit":{_encode(unit)}}}'
    if len(_FRAGMENTS) >= _MAX_FRAGMENTS:  # bound the cache when names are generated
        _FRAGMENTS.clear()
    fragment = _FRAGMENTS[key] = (definition, encoded + ":[")
    return fragment


def _dumps(document: Any) -> str:
    from json import dumps

    return dumps(document, separators=(",", ":"), default=str)


class AmazonCloudWatchEMFProvider(BaseProvider):
    """Record metrics and write them as CloudWatch EMF documents to stdout.

    Each instance owns its storage (this class is also exported as ``EphemeralMetrics``);
    ``Metrics`` passes process-wide dictionaries instead so every instance shares them.

    Args:
        metric_set: storage for metric values, ``{name: {"Unit", "StorageResolution", "Value"}}``.
        dimension_set: storage for the main dimension set, ``{name: value}``.
        namespace: CloudWatch namespace of every metric; an empty string is kept as given.
        metadata_set: storage for metadata keys written beside the metrics.
        service: value of the ``service`` dimension added to every document.
        default_dimensions: dimensions re-applied after every flush.
        function_name: ``function_name`` dimension of the ``ColdStart`` metric.

    Environment variables:
        POWERTOOLS_METRICS_NAMESPACE: namespace when ``namespace`` is ``None``.
        POWERTOOLS_SERVICE_NAME: service when ``service`` is ``None``.
        POWERTOOLS_METRICS_FUNCTION_NAME: function name when ``function_name`` is empty.
        POWERTOOLS_METRICS_DISABLED, POWERTOOLS_DEV: see :func:`metrics_disabled`.

    Example:
        >>> metrics = EphemeralMetrics(namespace="ServerlessAirline", service="payment")
        >>> metrics.add_metric(name="SuccessfulBooking", unit=MetricUnit.Count, value=1)
        >>> metrics.flush_metrics()
    """

    def __init__(
        self,
        metric_set: dict[str, Any] | None = None,
        dimension_set: dict[str, Any] | None = None,
        namespace: str | None = None,
        metadata_set: dict[str, Any] | None = None,
        service: str | None = None,
        default_dimensions: dict[str, Any] | None = None,
        function_name: str | None = None,
    ) -> None:
        environ = os.environ
        self.metric_set: dict[str, Any] = metric_set if metric_set is not None else {}
        self.dimension_set: dict[str, str] = dimension_set if dimension_set is not None else {}
        self.metadata_set: dict[str, Any] = metadata_set if metadata_set is not None else {}
        self.default_dimensions: dict[str, str] = (
            default_dimensions if default_dimensions is not None else {}
        )
        self.dimension_sets: list[dict[str, str]] = []
        # An explicit argument wins even when empty; only ``None`` falls back to the variable.
        if namespace is None:
            namespace = environ.get(constants.METRICS_NAMESPACE_ENV)
        if service is None:
            service = environ.get(constants.SERVICE_NAME_ENV)
        self.namespace = namespace
        self.service = service
        self.function_name = function_name or environ.get(constants.METRICS_FUNCTION_NAME_ENV)
        self.timestamp: int | None = None

    # -- recording -----------------------------------------------------------------------

    def add_metric(
        self,
        name: str,
        unit: MetricUnit | str,
        value: float,
        resolution: MetricResolution | int = 60,
    ) -> None:
        """Record one value of a metric; repeated names accumulate values in one array.

        When the set reaches 100 metric names, or one metric reaches 100 values, the
        document is written immediately and the metric values cleared (dimensions and
        metadata are kept).

        Args:
            name: metric name, 1-255 characters after surrounding whitespace is stripped.
            unit: a ``MetricUnit``, or a member's name or value (``"Count"``, ``"Bytes/Second"``).
            value: any real number; stored as a float.
            resolution: ``MetricResolution`` or 60 (standard) / 1 (high resolution).

        Raises:
            MetricNameError: empty or over-long name.
            MetricUnitError: unknown unit.
            MetricResolutionError: resolution other than 60 or 1.
            MetricValueError: value is not a number.
        """
        if name.__class__ is not str:
            raise _invalid_name(name)
        name = name.strip()
        if not MIN_METRIC_NAME_LENGTH <= len(name) <= MAX_METRIC_NAME_LENGTH:
            raise _invalid_name(name)
        unit_value = unit._value_ if unit.__class__ is MetricUnit else _resolve_unit(unit)
        storage = 60 if resolution == 60 else _resolve_resolution(resolution)
        kind = value.__class__
        if kind is not float:
            value = float(value) if kind is int else _to_float(value)

        metric_set = self.metric_set
        metric = metric_set.get(name)
        if metric is None:
            metric_set[name] = {"Unit": unit_value, "StorageResolution": storage, "Value": [value]}
            if len(metric_set) >= MAX_METRICS:
                self._flush_full_set()
            return

        metric["Unit"] = unit_value
        metric["StorageResolution"] = storage
        values = metric["Value"]
        values.append(value)
        if len(values) >= MAX_METRICS:
            self._flush_full_set()

    def add_dimension(self, name: str, value: str) -> None:
        """Add a dimension to the main dimension set of every metric in the document.

        Non-string values are converted with ``str()``. An empty (or blank) name or value is
        skipped with a warning; re-adding a name with a different value warns and overwrites.

        Raises:
            SchemaValidationError: the set already holds 29 dimensions.
        """
        if value.__class__ is not str:
            value = str(value)
        if name.__class__ is not str:
            name = str(name)
        dimension_set = self.dimension_set
        if not name.strip() or not value.strip():
            warnings.warn(
                f"The dimension {name!r} with value {value!r} is skipped: dimension names and "
                "values must be non-empty strings",
                PowertoolsUserWarning,
                stacklevel=2,
            )
            return

        current = dimension_set.get(name)
        if current is None:
            if len(dimension_set) >= MAX_DIMENSIONS:
                message = (
                    f"Maximum number of dimensions exceeded ({MAX_DIMENSIONS}): unable to add "
                    f"dimension {name!r}; remove a dimension or publish it as metadata"
                )
                raise SchemaValidationError(message)
        elif current != value:
            warnings.warn(
                f"Dimension {name!r} has already been added with value {current!r}; "
                f"overwriting it with {value!r}",
                PowertoolsUserWarning,
                stacklevel=2,
            )
        dimension_set[name] = value

    def add_dimensions(self, **dimensions: str) -> None:
        """Add a whole extra dimension set; its metrics are published under each set.

        Default dimensions lead every extra set; a name passed here overrides a default's
        value. Each name is one root key of the document, so the value added last is the
        one every set reports. Empty names or values are skipped with a warning.

        Raises:
            SchemaValidationError: all sets together would name more than 29 distinct keys.
        """
        if not dimensions:
            warnings.warn(
                "Empty dimensions dictionary provided: pass at least one name=value pair",
                PowertoolsUserWarning,
                stacklevel=2,
            )
            return

        extra: dict[str, str] = {}
        for name, raw in dimensions.items():
            value = str(raw)
            if not name.strip() or not value.strip():
                warnings.warn(
                    f"Dimension {name!r} has an empty name or value and is skipped",
                    PowertoolsUserWarning,
                    stacklevel=2,
                )
                continue
            extra[name] = value
        if not extra:
            return

        dimension_set = {**self.default_dimensions, **extra}
        keys = set(self.dimension_set).union(dimension_set, *self.dimension_sets)
        if len(keys) > MAX_DIMENSIONS:
            message = (
                f"Maximum dimensions ({MAX_DIMENSIONS}) exceeded: all dimension sets together "
                f"would name {len(keys)} distinct keys"
            )
            raise SchemaValidationError(message)
        self.dimension_sets.append(dimension_set)

    def add_metadata(self, key: str, value: Any) -> None:
        """Add a key written at the root of the document, searchable in logs but not a metric.

        Non-string keys are converted with ``str()``.
        """
        self.metadata_set[key if key.__class__ is str else str(key)] = value

    def set_timestamp(self, timestamp: int | datetime.datetime) -> None:
        """Set the document timestamp: epoch milliseconds, or a ``datetime``.

        A naive ``datetime`` is read as local time; microseconds round to the nearest
        millisecond. CloudWatch drops metrics more than 14
        days in the past or 2 hours in the future; such timestamps are kept with a warning.
        """
        if isinstance(timestamp, int) and not isinstance(timestamp, bool):
            value = timestamp
        else:
            import datetime

            if not isinstance(timestamp, datetime.datetime):
                warnings.warn(
                    f"Invalid timestamp {timestamp!r}: pass epoch milliseconds (int) or a "
                    "datetime; the flush time will be used instead",
                    PowertoolsUserWarning,
                    stacklevel=2,
                )
                self.timestamp = None
                return
            value = round(timestamp.timestamp() * 1000)  # nearest millisecond

        now = int(time.time() * 1000)
        if not now - _MAX_PAST_MS <= value <= now + _MAX_FUTURE_MS:
            warnings.warn(
                f"Timestamp {value} will make CloudWatch skip these metrics: keep it within "
                "14 days past or 2 hours future",
                PowertoolsUserWarning,
                stacklevel=2,
            )
        self.timestamp = value

    def set_default_dimensions(self, **dimensions: Any) -> None:
        """Add dimensions that are re-applied after every flush (and join every extra set)."""
        for name, value in dimensions.items():
            self.add_dimension(name, value)
        for name in dimensions:
            if name in self.dimension_set:
                self.default_dimensions[name] = self.dimension_set[name]

    def clear_default_dimensions(self) -> None:
        """Forget the default dimensions (the current dimension set is left as it is)."""
        self.default_dimensions.clear()

    def clear_metrics(self) -> None:
        """Forget metrics, dimensions, extra dimension sets and metadata; re-apply defaults."""
        self.metric_set.clear()
        self.dimension_set.clear()
        self.metadata_set.clear()
        self.dimension_sets.clear()
        self.dimension_set.update(self.default_dimensions)

    # -- output --------------------------------------------------------------------------

    def serialize_metric_set(
        self,
        metrics: dict[str, Any] | None = None,
        dimensions: dict[str, Any] | None = None,
        metadata: dict[str, Any] | None = None,
    ) -> CloudWatchEMFOutput:
        """Build the EMF document as a dict (what a flush writes, before JSON encoding).

        Args:
            metrics: metric storage to serialize; the recorded metrics when omitted.
            dimensions: main dimension set, written as given; when omitted, the recorded
                dimensions plus ``service`` (if configured and not already a dimension).
            metadata: metadata; the recorded metadata when omitted.

        Raises:
            SchemaValidationError: no namespace, or no metric.
        """
        metrics = self.metric_set if metrics is None else metrics
        metadata = self.metadata_set if metadata is None else metadata
        self._check_document(metrics)

        if dimensions is None:
            root: dict[str, Any] = dict(self.dimension_set)
            if self.service and "service" not in root:
                root["service"] = str(self.service)
        else:  # explicit dimensions are written exactly as given
            root = dict(dimensions)
        dimension_keys = [list(root)]
        for extra in self.dimension_sets:
            dimension_keys.append(list(extra))
            root.update(extra)

        definitions: list[dict[str, Any]] = []
        values: dict[str, Any] = {}
        for name, metric in metrics.items():
            definition = {"Name": name, "Unit": metric["Unit"]}
            if metric.get("StorageResolution") == 1:
                definition["StorageResolution"] = 1
            definitions.append(definition)
            values[name] = metric["Value"]

        directive: dict[str, Any] = {"Namespace": self.namespace, "Dimensions": dimension_keys}
        directive["Metrics"] = definitions
        document: dict[str, Any] = {
            "_aws": {"Timestamp": self._now(), "CloudWatchMetrics": [directive]},
        }
        document.update(root)
        document.update(metadata)
        document.update(values)
        return document  # type: ignore[return-value]

    def flush_metrics(self, raise_on_empty_metrics: bool = False) -> None:
        """Write the document to stdout and clear metrics, dimensions and metadata.

        With no metric recorded the call only warns (even when metrics are disabled) and
        keeps dimensions and metadata for the next flush. When metrics are disabled nothing
        is written and nothing is cleared.

        Args:
            raise_on_empty_metrics: raise instead of warning when no metric was recorded.

        Raises:
            SchemaValidationError: no metric and ``raise_on_empty_metrics``, or no namespace.
        """
        if not self.metric_set and not raise_on_empty_metrics:
            warnings.warn(EMPTY_METRICS_WARNING, PowertoolsUserWarning, stacklevel=2)
            return
        if metrics_disabled():
            logger.debug("Metrics are disabled; skipping flush")
            return
        if not self.metric_set:
            raise SchemaValidationError("Must contain at least one metric.")
        self._write_document()
        self.clear_metrics()

    def log_metrics(
        self,
        lambda_handler: Callable[..., Any] | None = None,
        capture_cold_start_metric: bool = False,
        raise_on_empty_metrics: bool = False,
        **kwargs: Any,
    ) -> Any:
        """Decorate a Lambda handler so its metrics are flushed when it returns or raises.

        Args:
            lambda_handler: the handler; ``None`` when called with arguments.
            capture_cold_start_metric: emit a separate ``ColdStart`` document on the first
                successful invocation of the process.
            raise_on_empty_metrics: raise instead of warning when nothing was recorded.
            **kwargs: ``default_dimensions`` (dict) to set as default dimensions.

        Example:
            >>> @metrics.log_metrics(capture_cold_start_metric=True)
            ... def handler(event, context): ...
        """
        default_dimensions = kwargs.get("default_dimensions")
        if default_dimensions:
            self.set_default_dimensions(**default_dimensions)
        return super().log_metrics(
            lambda_handler,
            capture_cold_start_metric=capture_cold_start_metric,
            raise_on_empty_metrics=raise_on_empty_metrics,
        )

    def add_cold_start_metric(self, context: Any) -> None:
        """Write a separate document with ``ColdStart`` = 1 and the function name.

        The function name is the ``function_name`` argument, else
        ``POWERTOOLS_METRICS_FUNCTION_NAME``, else ``context.function_name``. The document
        is written even when metrics are disabled.
        """
        function_name = self.function_name or getattr(context, "function_name", None)
        dimensions = {"function_name": str(function_name)}
        if self.service:
            dimensions["service"] = str(self.service)
        document = AmazonCloudWatchEMFProvider(
            dimension_set=dimensions, namespace=self.namespace, service=self.service
        )
        document.add_metric(name="ColdStart", unit=MetricUnit.Count, value=1)
        document._write_document()

    # -- internals -----------------------------------------------------------------------

    def _now(self) -> int:
        timestamp = self.timestamp
        return timestamp if timestamp is not None else int(time.time() * 1000)

    def _check_document(self, metrics: dict[str, Any]) -> None:
        if self.namespace is None:
            message = "Must contain a metric namespace."
            raise SchemaValidationError(message)
        if not metrics:
            message = "Must contain at least one metric."
            raise SchemaValidationError(message)

    def _flush_full_set(self) -> None:
        # Auto-flush at the EMF limit: metric values go, dimensions and metadata stay.
        if metrics_disabled():
            logger.debug("Metrics are disabled; dropping a full metric set")
        else:
            self._write_document()
        self.metric_set.clear()

    def _write_document(self) -> None:
        sys.stdout.write(self._render() + "\n")

    def _render(self) -> str:
        """Encode the recorded metrics as one compact JSON document."""
        self._check_document(self.metric_set)
        if not self.metadata_set and not self.dimension_sets:
            try:
                document = self._render_flat()
            except (TypeError, KeyError, AttributeError):
                document = None
            if document is not None:
                return document
        return _dumps(self.serialize_metric_set())

    def _render_flat(self) -> str | None:
        # The common document (main dimension set, no metadata) written from fragments;
        # ``None`` sends anything that needs json's general rules to ``serialize_metric_set``.
        metric_set = self.metric_set
        dimensions = self.dimension_set
        namespace = self.namespace
        if not namespace or not dimensions.keys().isdisjoint(metric_set):
            return None
        service = self.service
        if service and "service" not in dimensions:
            if "service" in metric_set:
                return None
            dimensions = dict(dimensions)
            dimensions["service"] = str(service)

        definitions = []
        values = []
        if dimensions:
            keys = ",".join(map(_encode, dimensions))
            values.append(",".join([f"{_encode(k)}:{_encode(v)}" for k, v in dimensions.items()]))
        else:
            keys = ""
        fragments = _FRAGMENTS
        for name, metric in metric_set.items():
            key = (name, metric["Unit"], metric["StorageResolution"])
            fragment = fragments.get(key)
            if fragment is None:
                fragment = _fragment(key)
            recorded = metric["Value"]
            if len(recorded) == 1:
                joined = float.__repr__(recorded[0])
            else:
                joined = ",".join(map(float.__repr__, recorded))
            if "n" in joined:  # inf or nan: json spells them Infinity and NaN
                return None
            definitions.append(fragment[0])
            values.append(fragment[1] + joined + "]")

        return (
            f'{{"_aws":{{"Timestamp":{self._now()},"CloudWatchMetrics":[{{"Namespace":'
            f'{_encode(namespace)},"Dimensions":[[{keys}]],"Metrics":['
            f"{','.join(definitions)}]}}]}},{','.join(values)}}}"
        )


__all__ = ["EMPTY_METRICS_WARNING", "AmazonCloudWatchEMFProvider", "metrics_disabled"]
