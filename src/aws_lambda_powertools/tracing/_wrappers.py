"""Build the wrappers behind ``capture_lambda_handler`` and ``capture_method``.

Each builder does its work once, at decoration time: it classifies the function, names
the subsegment and the metadata keys, and resolves the capture flags. What is left for
each call is a check of the shared ``disabled`` switch; when tracing is off the wrapper
calls straight through, so a disabled tracer costs one attribute read per call.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import sys

from aws_lambda_powertools.shared.cold_start import ColdStart

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Generator, Iterator
    from typing import Any, Protocol

    from aws_lambda_powertools.tracing.base import BaseProvider

    class TracerState(Protocol):
        """What a wrapper reads from its tracer at call time."""

        provider: BaseProvider
        service: str

    class SharedSwitch(Protocol):
        """The configuration all Tracer instances share; only ``disabled`` is read here."""

        disabled: bool


logger = logging.getLogger(__name__)

# Code-object flags that ``inspect`` tests, read here so ``inspect`` is never loaded.
_CO_GENERATOR = 0x20
_CO_COROUTINE = 0x80
_CO_ASYNC_GENERATOR = 0x200

# Characters removed from subsegment names: X-Ray rejects some and others read badly.
_NAME_DELETIONS = str.maketrans("", "", "?;*()!$~^<>")

# The Tracer's own cold-start flag: ColdStart annotations consume it, nothing else does.
cold_start = ColdStart()


def _code_flags(func: Any) -> int:
    while isinstance(func, functools.partial):
        func = func.func
    func = getattr(func, "__func__", func)
    code = getattr(func, "__code__", None)
    return int(code.co_flags) if code is not None else 0


def is_coroutine_function(func: Any) -> bool:
    """Tell whether calling ``func`` returns a coroutine (``async def`` or marked)."""
    if _code_flags(func) & _CO_COROUTINE:
        return True
    inspect = sys.modules.get("inspect")
    return inspect is not None and bool(inspect.iscoroutinefunction(func))


def is_generator_function(func: Any) -> bool:
    """Tell whether ``func`` is a (synchronous) generator function."""
    return bool(_code_flags(func) & _CO_GENERATOR)


def is_generator_context_manager(func: Any) -> bool:
    """Tell whether ``func`` is a ``@contextmanager`` over a generator function."""
    wrapped = getattr(func, "__wrapped__", None)
    return wrapped is not None and is_generator_function(wrapped)


def method_segment_name(method: Callable[..., Any]) -> str:
    """Return ``<module>.<qualname>`` of ``method`` without characters X-Ray rejects."""
    module = getattr(method, "__module__", None) or ""
    qualname = getattr(method, "__qualname__", None) or getattr(method, "__name__", "")
    return f"{module}.{qualname}".translate(_NAME_DELETIONS)


def wrap_lambda_handler(
    tracer: TracerState,
    switch: SharedSwitch,
    handler: Callable[..., Any],
    capture_response: bool,
    capture_error: bool,
) -> Callable[..., Any]:
    """Wrap ``handler(event, context)`` in a ``## <name>`` subsegment with ColdStart."""
    name = handler.__name__
    segment_name = f"## {name}"
    response_key = f"{name} response"
    error_key = f"{name} error"

    @functools.wraps(handler)
    def traced_handler(event: Any, context: Any, **kwargs: Any) -> Any:
        if switch.disabled:
            return handler(event, context, **kwargs)

        service = tracer.service
        with tracer.provider.in_subsegment(name=segment_name) as subsegment:
            subsegment.put_annotation(key="ColdStart", value=cold_start.take())
            if service:
                subsegment.put_annotation(key="Service", value=service)
            try:
                response = handler(event, context, **kwargs)
            except Exception as err:
                logger.debug("Exception received from %s", name, exc_info=True)
                if capture_error:
                    subsegment.put_metadata(key=error_key, value=err, namespace=service)
                raise
            if capture_response and response is not None:
                subsegment.put_metadata(response_key, response, service)
            return response

    return traced_handler


def wrap_method(
    tracer: TracerState,
    switch: SharedSwitch,
    method: Callable[..., Any],
    capture_response: bool,
    capture_error: bool,
) -> Callable[..., Any]:
    """Wrap ``method`` in a ``## <module>.<qualname>`` subsegment, whatever its kind."""
    name = method_segment_name(method)
    keys = (f"## {name}", f"{name} response", f"{name} error")

    if is_coroutine_function(method):
        build: Callable[..., Callable[..., Any]] = _wrap_coroutine
    elif is_generator_function(method):
        build = _wrap_generator
    elif is_generator_context_manager(method):
        build = _wrap_context_manager
    else:
        build = _wrap_function
    return build(tracer, switch, method, keys, capture_response, capture_error)


def _record_error(
    subsegment: Any, key: str, err: Exception, namespace: str, capture_error: bool
) -> None:
    logger.debug("Exception received from %s", key, exc_info=True)
    if capture_error:
        subsegment.put_metadata(key=key, value=err, namespace=namespace)


def _wrap_function(
    tracer: TracerState,
    switch: SharedSwitch,
    method: Callable[..., Any],
    keys: tuple[str, str, str],
    capture_response: bool,
    capture_error: bool,
) -> Callable[..., Any]:
    segment_name, response_key, error_key = keys

    @functools.wraps(method)
    def traced(*args: Any, **kwargs: Any) -> Any:
        if switch.disabled:
            return method(*args, **kwargs)

        service = tracer.service
        with tracer.provider.in_subsegment(name=segment_name) as subsegment:
            try:
                response = method(*args, **kwargs)
            except Exception as err:
                _record_error(subsegment, error_key, err, service, capture_error)
                raise
            if capture_response and response is not None:
                subsegment.put_metadata(response_key, response, service)
            return response

    return traced


def _wrap_coroutine(
    tracer: TracerState,
    switch: SharedSwitch,
    method: Callable[..., Any],
    keys: tuple[str, str, str],
    capture_response: bool,
    capture_error: bool,
) -> Callable[..., Any]:
    segment_name, response_key, error_key = keys

    @functools.wraps(method)
    async def traced(*args: Any, **kwargs: Any) -> Any:
        if switch.disabled:
            return await method(*args, **kwargs)

        service = tracer.service
        async with tracer.provider.in_subsegment_async(name=segment_name) as subsegment:
            try:
                response = await method(*args, **kwargs)
            except Exception as err:
                _record_error(subsegment, error_key, err, service, capture_error)
                raise
            if capture_response and response is not None:
                subsegment.put_metadata(response_key, response, service)
            return response

    return traced


def _wrap_generator(
    tracer: TracerState,
    switch: SharedSwitch,
    method: Callable[..., Any],
    keys: tuple[str, str, str],
    capture_response: bool,
    capture_error: bool,
) -> Callable[..., Any]:
    segment_name, response_key, error_key = keys

    @functools.wraps(method)
    def traced(*args: Any, **kwargs: Any) -> Generator[Any, Any, Any]:
        if switch.disabled:
            return (yield from method(*args, **kwargs))

        service = tracer.service
        with tracer.provider.in_subsegment(name=segment_name) as subsegment:
            try:
                result = yield from method(*args, **kwargs)
            except Exception as err:
                _record_error(subsegment, error_key, err, service, capture_error)
                raise
            if capture_response and result is not None:
                subsegment.put_metadata(response_key, result, service)
            return result

    return traced


def _wrap_context_manager(
    tracer: TracerState,
    switch: SharedSwitch,
    method: Callable[..., Any],
    keys: tuple[str, str, str],
    capture_response: bool,
    capture_error: bool,
) -> Callable[..., Any]:
    segment_name, response_key, error_key = keys

    @contextlib.contextmanager
    def traced_context(args: Any, kwargs: Any) -> Iterator[Any]:
        service = tracer.service
        with tracer.provider.in_subsegment(name=segment_name) as subsegment:
            try:
                with method(*args, **kwargs) as value:
                    yield value
            except Exception as err:
                _record_error(subsegment, error_key, err, service, capture_error)
                raise
            if capture_response and value is not None:
                subsegment.put_metadata(response_key, value, service)

    @functools.wraps(method)
    def traced(*args: Any, **kwargs: Any) -> contextlib.AbstractContextManager[Any]:
        if switch.disabled:
            return method(*args, **kwargs)  # type: ignore[no-any-return]
        return traced_context(args, kwargs)

    return traced
