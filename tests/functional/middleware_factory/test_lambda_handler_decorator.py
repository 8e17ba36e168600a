"""Middlewares built with ``lambda_handler_decorator`` wrap handlers as documented."""

from __future__ import annotations

import logging

import pytest

from aws_lambda_powertools.exceptions import PowertoolsError
from aws_lambda_powertools.middleware_factory import lambda_handler_decorator
from aws_lambda_powertools.middleware_factory.exceptions import MiddlewareInvalidArgumentError


def test_bare_middleware_runs_before_and_after_the_handler():
    """A bare middleware sees the event first and the response last."""
    calls: list[str] = []

    @lambda_handler_decorator
    def record(handler, event, context):
        calls.append(f"before:{event['id']}")
        response = handler(event, context)
        calls.append(f"after:{response}")
        return response

    @record
    def handler(event, context):
        calls.append("handler")
        return "ok"

    assert handler({"id": 7}, None) == "ok"
    assert calls == ["before:7", "handler", "after:ok"]


def test_middleware_options_are_passed_as_keyword_arguments():
    """Keyword options given at decoration reach the middleware on every call."""

    @lambda_handler_decorator
    def redact(handler, event, context, fields=None):
        cleaned = {k: ("***" if k in (fields or []) else v) for k, v in event.items()}
        return handler(cleaned, context)

    @redact(fields=["email"])
    def handler(event, context):
        return event

    assert handler({"email": "a@b.c", "name": "ann"}, None) == {"email": "***", "name": "ann"}


def test_middleware_called_with_empty_parentheses_behaves_like_bare_use():
    """``@mw()`` is the same as ``@mw``."""

    @lambda_handler_decorator
    def add_flag(handler, event, context):
        return {**handler(event, context), "flag": True}

    @add_flag()
    def handler(event, context):
        return {"id": event}

    assert handler(1, None) == {"id": 1, "flag": True}


@pytest.mark.parametrize("positional", [1, "fields", ["email"], dict])
def test_positional_option_raises_an_error_naming_the_value(positional):
    """Options must be keywords; a positional one is rejected with the value in the message."""

    @lambda_handler_decorator
    def mw(handler, event, context, option=None):
        return handler(event, context)

    with pytest.raises(MiddlewareInvalidArgumentError) as excinfo:
        mw(positional)

    assert repr(positional) in str(excinfo.value)
    assert "keyword" in str(excinfo.value)
    assert isinstance(excinfo.value, PowertoolsError)
    assert isinstance(excinfo.value, TypeError)


def test_stacked_middlewares_run_outermost_first():
    """Stacking runs the top decorator first on the way in and last on the way out."""
    calls: list[str] = []

    @lambda_handler_decorator
    def outer(handler, event, context):
        calls.append("outer-in")
        response = handler(event, context)
        calls.append("outer-out")
        return response

    @lambda_handler_decorator
    def inner(handler, event, context):
        calls.append("inner-in")
        response = handler(event, context)
        calls.append("inner-out")
        return response

    @outer
    @inner
    def handler(event, context):
        calls.append("handler")
        return event

    assert handler("e", "c") == "e"
    assert calls == ["outer-in", "inner-in", "handler", "inner-out", "outer-out"]


def test_middleware_nested_inside_another_middleware_sees_its_changes():
    """A middleware can build on another: the inner one gets the event the outer one changed."""

    @lambda_handler_decorator
    def add_user(handler, event, context):
        return handler({**event, "user": "ann"}, context)

    @lambda_handler_decorator
    def add_role(handler, event, context):
        return handler({**event, "role": "admin"}, context)

    @add_user
    @add_role
    def handler(event, context):
        return event

    assert handler({"id": 1}, None) == {"id": 1, "user": "ann", "role": "admin"}


def test_extra_keyword_arguments_reach_the_handler():
    """Keyword arguments given to the wrapped handler are passed through to it."""

    @lambda_handler_decorator
    def passthrough(handler, event, context):
        return handler(event, context)

    @passthrough
    def handler(event, context, model=None):
        return (event, context, model)

    assert handler("e", "c", model="Order") == ("e", "c", "Order")


def test_exception_is_logged_with_the_middleware_name_and_reraised(caplog):
    """An exception escaping the middleware is logged with its name and propagates unchanged."""

    @lambda_handler_decorator
    def guard(handler, event, context):
        return handler(event, context)

    @guard
    def handler(event, context):
        raise KeyError("missing")

    package_logger = logging.getLogger("aws_lambda_powertools")
    package_logger.propagate = True
    try:
        with (
            caplog.at_level(logging.ERROR, logger="aws_lambda_powertools"),
            pytest.raises(KeyError, match="missing"),
        ):
            handler({}, None)
    finally:
        package_logger.propagate = False

    messages = [r.getMessage() for r in caplog.records]
    assert any(m.startswith("Caught exception in ") and "guard" in m for m in messages)


def test_wrapped_handler_keeps_its_name_and_docstring():
    """The decorated handler still looks like the original function."""

    @lambda_handler_decorator
    def passthrough(handler, event, context):
        return handler(event, context)

    @passthrough
    def my_handler(event, context):
        """Handle orders."""
        return

    assert my_handler.__name__ == "my_handler"
    assert my_handler.__doc__ == "Handle orders."


def test_invalid_trace_middlewares_env_value_names_the_variable(monkeypatch):
    """A value that is neither truthy nor falsy is rejected with the variable and value named."""
    monkeypatch.setenv("POWERTOOLS_TRACE_MIDDLEWARES", "perhaps")

    with pytest.raises(ValueError, match=r"POWERTOOLS_TRACE_MIDDLEWARES='perhaps'"):

        @lambda_handler_decorator
        def mw(handler, event, context):
            return handler(event, context)


def test_falsy_trace_middlewares_env_does_not_import_the_tracer(monkeypatch):
    """With tracing off, calling a middleware never needs the tracing package."""
    import sys

    monkeypatch.setenv("POWERTOOLS_TRACE_MIDDLEWARES", "false")
    monkeypatch.setitem(sys.modules, "aws_lambda_powertools.tracing", None)

    @lambda_handler_decorator
    def mw(handler, event, context):
        return handler(event, context)

    @mw
    def handler(event, context):
        return "ok"

    assert handler({}, None) == "ok"
