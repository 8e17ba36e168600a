"""The per-invocation work of ``Logger.inject_lambda_context``."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from aws_lambda_powertools.shared.cold_start import ColdStart
from aws_lambda_powertools.shared.functions import (
    extract_event_from_common_models,
    unwrap_lambda_context,
)

if TYPE_CHECKING:
    from aws_lambda_powertools.logging.logger import Logger


def wrap_handler(
    owner: Logger,
    lambda_handler: Callable[..., Any],
    *,
    cold_start: ColdStart,
    log_event: bool,
    correlation_id_path: str | None,
    clear_state: bool,
    flush_buffer_on_uncaught_error: bool,
) -> Callable[..., Any]:
    """Return ``lambda_handler`` wrapped to add the context keys on each invocation.

    The correlation id expression is compiled here, once, so each invocation only runs
    the search.
    """
    find_correlation_id = _correlation_id_finder(correlation_id_path)
    take_cold_start = cold_start.take

    @functools.wraps(lambda_handler)
    def decorate(event: Any, context: Any, *args: Any, **kwargs: Any) -> Any:
        lambda_context = unwrap_lambda_context(context)
        is_cold = take_cold_start()
        if clear_state:
            owner.structure_logs()
        elif not is_cold and owner.sampling_rate:
            owner.refresh_sample_rate_calculation()

        keys = {
            "cold_start": is_cold,
            "function_name": lambda_context.function_name,
            "function_memory_size": lambda_context.memory_limit_in_mb,
            "function_arn": lambda_context.invoked_function_arn,
            "function_request_id": lambda_context.aws_request_id,
        }
        if find_correlation_id is not None:
            keys["correlation_id"] = find_correlation_id(event)
        owner._append_trusted_keys(keys)

        if log_event:
            owner.info(extract_event_from_common_models(event), stacklevel=2)

        try:
            if args or kwargs:
                return lambda_handler(event, context, *args, **kwargs)
            return lambda_handler(event, context)
        except Exception:
            if flush_buffer_on_uncaught_error:
                owner.flush_buffer()
            raise
        finally:
            if owner._buffer_level:
                owner.clear_buffer()

    return decorate


def _correlation_id_finder(expression: str | None) -> Callable[[Any], Any] | None:
    """Compile ``expression`` once and return a function that evaluates it on an event.

    Plain dotted paths (``requestContext.requestId``, ``headers."x-amzn-trace-id"``), which
    every built-in correlation path is, are evaluated with dictionary lookups; anything
    else goes through the JMESPath interpreter with the toolkit's functions.
    """
    if not expression:
        return None
    from aws_lambda_powertools.utilities.jmespath_utils import compile_expression, search

    compiled = compile_expression(expression)
    fields = _field_path(getattr(compiled, "parsed", None))
    if fields is None:
        return functools.partial(search, compiled)

    def follow_fields(event: Any) -> Any:
        value = event
        for field in fields:
            try:
                value = value.get(field)
            except AttributeError:  # JMESPath semantics: a field of a non-object is null
                return None
        return value

    return follow_fields


def _field_path(node: Any) -> tuple[str, ...] | None:
    """Return the field names of a JMESPath AST made only of fields, else ``None``."""
    if not isinstance(node, dict):
        return None
    kind = node.get("type")
    if kind == "field":
        return (node["value"],)
    if kind == "subexpression":
        path: tuple[str, ...] = ()
        for child in node.get("children", ()):
            part = _field_path(child)
            if part is None:
                return None
            path += part
        return path
    return None
