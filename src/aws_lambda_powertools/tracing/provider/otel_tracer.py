"""A tracing backend that emits OpenTelemetry spans through your own tracer provider.

The same ``Tracer`` decorators and calls work unchanged: each subsegment becomes a span
nested under whatever span is current, annotations become span attributes, metadata
becomes span attributes named ``metadata.<namespace>.<key>`` holding the value as a
JSON string, and an exception escaping a span is recorded on it with an ERROR status.

``opentelemetry`` is imported on first use, not when this module is imported.

Example:
    >>> from opentelemetry.sdk.trace import TracerProvider
    >>> from aws_lambda_powertools import Tracer
    >>> from aws_lambda_powertools.tracing import OpenTelemetryProvider
    >>> provider = OpenTelemetryProvider(TracerProvider())
    >>> tracer = Tracer(service="payment", provider=provider)
"""

from __future__ import annotations

import functools
import json
import logging
from typing import TYPE_CHECKING, Any

from aws_lambda_powertools.shared.version import VERSION
from aws_lambda_powertools.tracing._noop import NOOP_SUBSEGMENT_CONTEXT
from aws_lambda_powertools.tracing.base import BaseProvider, BaseSegment

if TYPE_CHECKING:
    import numbers
    import traceback
    from collections.abc import Sequence
    from contextlib import AbstractAsyncContextManager, AbstractContextManager
    from types import TracebackType

logger = logging.getLogger(__name__)

DEFAULT_TRACER_NAME = "aws_lambda_powertools"
METADATA_ATTRIBUTE_PREFIX = "metadata."
INSTRUMENTOR_ENTRY_POINT_GROUP = "opentelemetry_instrumentor"

# X-Ray patch names that OpenTelemetry instrumentations publish under another name.
_INSTRUMENTOR_ALIASES = {"boto3": "botocore", "httplib": "urllib"}

_MISSING_OTEL_MESSAGE = (
    "OpenTelemetryProvider needs the OpenTelemetry API and SDK; install them with "
    'pip install "aws-lambda-powertools[otel]"'
)


def metadata_attribute_name(key: str, namespace: str | None) -> str:
    """Return the span attribute name that holds metadata ``key`` of ``namespace``."""
    if namespace:
        return f"{METADATA_ATTRIBUTE_PREFIX}{namespace}.{key}"
    return f"{METADATA_ATTRIBUTE_PREFIX}{key}"


def annotation_value(value: str | numbers.Number | bool) -> str | bool | int | float:
    """Return ``value`` as an OpenTelemetry attribute type; other numbers as floats."""
    if isinstance(value, (str, bool, int, float)):
        return value
    return float(value)  # type: ignore[arg-type]


@functools.cache
def _metadata_encoder() -> json.JSONEncoder:
    from aws_lambda_powertools.shared.json_encoder import Encoder

    class _MetadataEncoder(Encoder):
        def default(self, o: Any) -> Any:
            if isinstance(o, BaseException):
                return {"type": type(o).__name__, "message": str(o)}
            try:
                return super().default(o)
            except TypeError:
                return str(o)

    return _MetadataEncoder(separators=(",", ":"), ensure_ascii=False)


def encode_metadata(value: Any) -> str:
    """Encode a metadata value as compact JSON.

    Decimals, dataclasses and pydantic models are encoded as the package's JSON encoder
    does; an exception becomes ``{"type": ..., "message": ...}``; anything else that
    JSON cannot represent becomes its ``str()``.
    """
    return _metadata_encoder().encode(value)


class OpenTelemetrySegment(BaseSegment):
    """A :class:`BaseSegment` over one OpenTelemetry span.

    Attributes:
        span: the underlying ``opentelemetry.trace.Span``, for anything this class does
            not cover (events, links, span kind).
    """

    __slots__ = ("span",)

    def __init__(self, span: Any) -> None:
        self.span = span

    def close(self, end_time: int | None = None) -> None:
        """End the span; ``end_time`` is in seconds since the epoch, as in X-Ray."""
        self.span.end(end_time=None if end_time is None else int(end_time * 1_000_000_000))

    def add_subsegment(self, subsegment: Any) -> None:
        """Do nothing: OpenTelemetry spans find their parent in the active context."""

    def remove_subsegment(self, subsegment: Any) -> None:
        """Do nothing: OpenTelemetry spans find their parent in the active context."""

    def put_annotation(self, key: str, value: str | numbers.Number | bool) -> None:
        """Set the span attribute ``key`` to ``value``."""
        self.span.set_attribute(key, annotation_value(value))

    def put_metadata(self, key: str, value: Any, namespace: str = "default") -> None:
        """Set attribute ``metadata.<namespace>.<key>`` to ``value`` encoded as JSON."""
        self.span.set_attribute(metadata_attribute_name(key, namespace), encode_metadata(value))

    def add_exception(
        self,
        exception: BaseException,
        stack: list[traceback.StackSummary] | None = None,
        remote: bool = False,
    ) -> None:
        """Record ``exception`` as a span event and mark the span's status as ERROR."""
        from opentelemetry.trace import Status, StatusCode

        self.span.record_exception(exception)
        description = f"{type(exception).__name__}: {exception}"
        self.span.set_status(Status(StatusCode.ERROR, description))


class _SpanContext:
    """Start a span, make it current for the block, and end it; sync or async."""

    __slots__ = ("_kwargs", "_name", "_provider", "_segment", "_token")

    def __init__(self, provider: OpenTelemetryProvider, name: str, kwargs: dict[str, Any]):
        self._provider = provider
        self._name = name
        self._kwargs = kwargs

    def __enter__(self) -> OpenTelemetrySegment:
        tracer = self._provider.tracer  # first: it explains a missing install
        from opentelemetry import context, trace

        span = tracer.start_span(self._name, **self._kwargs)
        self._token = context.attach(trace.set_span_in_context(span))
        self._segment = OpenTelemetrySegment(span)
        return self._segment

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        from opentelemetry import context

        segment = self._segment
        try:
            if isinstance(exc, Exception):
                segment.add_exception(exc)
            segment.span.end()
        finally:
            context.detach(self._token)

    async def __aenter__(self) -> OpenTelemetrySegment:
        return self.__enter__()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.__exit__(exc_type, exc, tb)


class OpenTelemetryProvider(BaseProvider):
    """Trace with OpenTelemetry, through the tracer provider and exporters you set up.

    Args:
        tracer_provider: the ``TracerProvider`` to create spans with; the globally
            registered one (``opentelemetry.trace.set_tracer_provider``) when omitted.
        tracer_name: instrumentation scope name of the spans.

    Example:
        >>> provider = OpenTelemetryProvider(tracer_provider=my_tracer_provider)
        >>> tracer = Tracer(service="payment", provider=provider)
    """

    def __init__(self, tracer_provider: Any = None, tracer_name: str = DEFAULT_TRACER_NAME) -> None:
        self.tracer_provider = tracer_provider
        self.tracer_name = tracer_name
        self._tracer: Any = None

    @property
    def tracer(self) -> Any:
        """The ``opentelemetry.trace.Tracer`` starting the spans (made on first use)."""
        if self._tracer is None:
            try:
                from opentelemetry import trace
            except ImportError as err:
                raise ImportError(_MISSING_OTEL_MESSAGE) from err
            self._tracer = trace.get_tracer(
                self.tracer_name, VERSION, tracer_provider=self.tracer_provider
            )
        return self._tracer

    def in_subsegment(self, name: str | None = None, **kwargs: Any) -> AbstractContextManager[Any]:
        """Return a context manager that runs its block inside a new current span.

        Args:
            name: span name.
            **kwargs: passed to ``Tracer.start_span`` (``kind``, ``attributes``,
                ``links``).
        """
        if self.disabled:
            return NOOP_SUBSEGMENT_CONTEXT
        return _SpanContext(self, name or "", kwargs)

    def in_subsegment_async(
        self, name: str | None = None, **kwargs: Any
    ) -> AbstractAsyncContextManager[Any]:
        """Return an async context manager running its block inside a new current span.

        Args:
            name: span name.
            **kwargs: passed to ``Tracer.start_span``.
        """
        if self.disabled:
            return NOOP_SUBSEGMENT_CONTEXT
        return _SpanContext(self, name or "", kwargs)

    def put_annotation(self, key: str, value: str | numbers.Number | bool) -> None:
        """Set attribute ``key`` on the current span."""
        if self.disabled:
            return
        from opentelemetry import trace

        trace.get_current_span().set_attribute(key, annotation_value(value))

    def put_metadata(self, key: str, value: Any, namespace: str = "default") -> None:
        """Set attribute ``metadata.<namespace>.<key>`` (JSON) on the current span."""
        if self.disabled:
            return
        from opentelemetry import trace

        attribute = metadata_attribute_name(key, namespace)
        trace.get_current_span().set_attribute(attribute, encode_metadata(value))

    def patch(self, modules: Sequence[str]) -> None:
        """Turn on the installed OpenTelemetry instrumentations for the named libraries.

        Instrumentations are the ``opentelemetry-instrumentation-*`` packages; they are
        found through their ``opentelemetry_instrumentor`` entry points. ``boto3`` is
        read as ``botocore`` and ``httplib`` as ``urllib``.

        Args:
            modules: library names, e.g. ``["botocore", "requests"]``.
        """
        if self.disabled:
            return
        self._instrument({_INSTRUMENTOR_ALIASES.get(name, name) for name in modules})

    def patch_all(self) -> None:
        """Turn on every installed OpenTelemetry instrumentation."""
        if self.disabled:
            return
        self._instrument(None)

    def _instrument(self, wanted: set[str] | None) -> None:
        from importlib.metadata import entry_points

        for entry_point in entry_points(group=INSTRUMENTOR_ENTRY_POINT_GROUP):
            if wanted is not None and entry_point.name not in wanted:
                continue
            try:
                instrumentor = entry_point.load()()
            except Exception as err:  # a broken plug-in must not break the function
                logger.warning("Could not load instrumentation %s: %s", entry_point.name, err)
                continue
            options = (
                {} if self.tracer_provider is None else {"tracer_provider": self.tracer_provider}
            )
            instrumentor.instrument(**options)
            logger.debug("Instrumented %s with OpenTelemetry", entry_point.name)
