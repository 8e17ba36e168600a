"""Turn ``fn(handler, event, context, **options)`` into a reusable handler decorator."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable

from aws_lambda_powertools.middleware_factory.exceptions import MiddlewareInvalidArgumentError
from aws_lambda_powertools.shared import constants
from aws_lambda_powertools.shared._static_typing import overload
from aws_lambda_powertools.shared.functions import read_bool_env

logger = logging.getLogger(__name__)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, TypeAlias, TypeVar

    HandlerT = TypeVar("HandlerT", bound=Callable[..., Any])
    Middleware: TypeAlias = Callable[..., Any]


@overload
def lambda_handler_decorator(decorator: Middleware) -> Callable[..., Any]: ...


@overload
def lambda_handler_decorator(
    decorator: None = None, trace_execution: bool | None = None
) -> Callable[[Middleware], Callable[..., Any]]: ...


def lambda_handler_decorator(
    decorator: Middleware | None = None,
    trace_execution: bool | None = None,
) -> Callable[..., Any]:
    """Make a handler decorator out of ``decorator(handler, event, context, **options)``.

    The middleware receives the handler, the event and the context, plus any keyword
    options given where it decorates a handler (``@my_middleware(fields=["email"])``);
    it calls ``handler(event, context)`` itself and returns the response. Options must be
    keyword arguments. Exceptions are logged with the middleware's name and re-raised.

    Args:
        decorator: the middleware function; omitted when the factory itself is called
            with options, as in ``@lambda_handler_decorator(trace_execution=True)``.
        trace_execution: wrap every call of the middleware in a Tracer subsegment named
            ``## <middleware name>``; overrides ``POWERTOOLS_TRACE_MIDDLEWARES``.

    Returns:
        A decorator usable bare (``@my_middleware``) or with keyword options.

    Environment variables:
        POWERTOOLS_TRACE_MIDDLEWARES: truthy traces every middleware made by the factory.

    Example:
        >>> @lambda_handler_decorator
        ... def log_response(handler, event, context):
        ...     response = handler(event, context)
        ...     print(response)
        ...     return response
    """
    if decorator is None:
        return functools.partial(lambda_handler_decorator, trace_execution=trace_execution)

    if trace_execution is None:
        trace_execution = read_bool_env(constants.MIDDLEWARE_FACTORY_TRACE_ENV, False)
    return _make_middleware(decorator, trace_execution)


def _make_middleware(decorator: Middleware, trace_execution: bool) -> Callable[..., Any]:
    name = getattr(decorator, "__qualname__", repr(decorator))

    @functools.wraps(decorator)
    def final_decorator(func: HandlerT | None = None, **options: Any) -> Any:
        if func is None:
            return functools.partial(final_decorator, **options)

        if not callable(func) or isinstance(func, type):
            message = (
                f"Only keyword arguments are supported for middlewares: {name}() received "
                f"the positional argument {func!r}; pass it by name, e.g. "
                f"@{name}(option=value)"
            )
            raise MiddlewareInvalidArgumentError(message)
        return _wrap_handler(decorator, name, func, options, trace_execution)

    return final_decorator


def _wrap_handler(
    decorator: Middleware,
    name: str,
    handler: Callable[..., Any],
    options: dict[str, Any],
    trace_execution: bool,
) -> Callable[..., Any]:
    @functools.wraps(handler)
    def wrapper(event: Any, context: Any, **handler_kwargs: Any) -> Any:
        target = functools.partial(handler, **handler_kwargs) if handler_kwargs else handler
        try:
            if trace_execution:
                return _call_traced(decorator, name, target, event, context, options)
            return decorator(target, event, context, **options)
        except Exception:
            logger.exception("Caught exception in %s", name)
            raise

    return wrapper


def _call_traced(
    decorator: Middleware,
    name: str,
    handler: Callable[..., Any],
    event: Any,
    context: Any,
    options: dict[str, Any],
) -> Any:
    from aws_lambda_powertools.tracing import Tracer

    tracer = Tracer(auto_patch=False)
    with tracer.provider.in_subsegment(name=f"## {name}"):
        return decorator(handler, event, context, **options)
