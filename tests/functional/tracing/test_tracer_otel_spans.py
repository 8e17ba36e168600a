"""Every decorator form with OpenTelemetryProvider, checked against the spans exported."""

from __future__ import annotations

import asyncio
import contextlib
import json
import sys
import textwrap
from decimal import Decimal

import pytest
from opentelemetry.trace import StatusCode

from aws_lambda_powertools import Tracer
from aws_lambda_powertools.tracing import OpenTelemetryProvider

PREFIX = f"## {__name__}"


def otel_tracer(otel, **options) -> Tracer:
    provider = OpenTelemetryProvider(tracer_provider=otel.tracer_provider)
    return Tracer(provider=provider, auto_patch=False, **options)


def assert_child_of(child, parent) -> None:
    assert child.parent is not None
    assert child.parent.span_id == parent.context.span_id
    assert child.context.trace_id == parent.context.trace_id
    assert parent.start_time <= child.start_time <= child.end_time <= parent.end_time


def test_handler_span_has_cold_start_service_and_response_attributes(otel):
    """The handler span carries ColdStart, Service and the JSON-encoded response."""
    tracer = otel_tracer(otel, service="payment")

    @tracer.capture_lambda_handler
    def handler(event, context):
        return {"statusCode": 200, "amount": Decimal("9.99")}

    handler({}, None)
    handler({}, None)

    first, second = otel.exporter.get_finished_spans()
    assert first.name == second.name == "## handler"
    assert dict(first.attributes) == {
        "ColdStart": True,
        "Service": "payment",
        "metadata.payment.handler response": '{"statusCode":200,"amount":"9.99"}',
    }
    assert second.attributes["ColdStart"] is False
    assert first.parent is None
    assert first.status.status_code is StatusCode.UNSET
    assert first.instrumentation_scope.name == "aws_lambda_powertools"


def test_handler_exception_is_recorded_with_error_status(otel):
    """An escaping exception becomes an exception event, ERROR status and error metadata."""
    tracer = otel_tracer(otel, service="payment")

    @tracer.capture_lambda_handler
    def handler(event, context):
        raise ValueError("card declined")

    with pytest.raises(ValueError, match="card declined"):
        handler({}, None)

    [span] = otel.exporter.get_finished_spans()
    assert span.status.status_code is StatusCode.ERROR
    assert span.status.description == "ValueError: card declined"
    [event] = span.events
    assert event.name == "exception"
    assert event.attributes["exception.type"] == "ValueError"
    assert event.attributes["exception.message"] == "card declined"
    assert json.loads(span.attributes["metadata.payment.handler error"]) == {
        "type": "ValueError",
        "message": "card declined",
    }


def test_method_spans_nest_under_the_handler(otel):
    """capture_method spans are children of the span that was current when called."""
    tracer = otel_tracer(otel, service="svc")

    @tracer.capture_method
    def inner():
        tracer.put_annotation(key="order_id", value="o-1")
        tracer.put_metadata(key="detail", value={"lines": 2})
        tracer.put_metadata(key="raw", value="text", namespace="gateway")
        return 7

    @tracer.capture_method(capture_response=False)
    def outer():
        return inner()

    @tracer.capture_lambda_handler
    def handler(event, context):
        return outer()

    assert handler({}, None) == 7

    inner_name = f"{PREFIX}.test_method_spans_nest_under_the_handler.locals.inner"
    outer_name = f"{PREFIX}.test_method_spans_nest_under_the_handler.locals.outer"
    spans = otel.spans()
    assert list(spans) == [inner_name, outer_name, "## handler"]
    assert_child_of(spans[inner_name], spans[outer_name])
    assert_child_of(spans[outer_name], spans["## handler"])
    assert dict(spans[inner_name].attributes) == {
        "order_id": "o-1",
        "metadata.svc.detail": '{"lines":2}',
        "metadata.gateway.raw": '"text"',
        f"metadata.svc.{inner_name[3:]} response": "7",
    }
    assert dict(spans[outer_name].attributes) == {}


def test_async_generator_and_context_manager_forms_produce_spans(otel):
    """Coroutines, generators and context managers each get a span with their result."""
    tracer = otel_tracer(otel, service="svc")

    @tracer.capture_method
    async def fetch(order_id):
        await asyncio.sleep(0)
        return {"order_id": order_id}

    @tracer.capture_method
    def pages():
        yield 1
        yield 2
        return "done"

    @tracer.capture_method
    @contextlib.contextmanager
    def session():
        yield "s-1"

    @tracer.capture_lambda_handler
    def handler(event, context):
        fetched = asyncio.run(fetch("a"))
        with session() as name:
            counted = list(pages())
        return [fetched, counted, name]

    assert handler({}, None) == [{"order_id": "a"}, [1, 2], "s-1"]

    local = f"{__name__}.test_async_generator_and_context_manager_forms_produce_spans.locals"
    spans = otel.spans()
    handler_span = spans["## handler"]
    fetch_span = spans[f"## {local}.fetch"]
    session_span = spans[f"## {local}.session"]
    pages_span = spans[f"## {local}.pages"]
    assert_child_of(fetch_span, handler_span)
    assert_child_of(session_span, handler_span)
    assert_child_of(pages_span, session_span)
    assert fetch_span.attributes[f"metadata.svc.{local}.fetch response"] == '{"order_id":"a"}'
    assert pages_span.attributes[f"metadata.svc.{local}.pages response"] == '"done"'
    assert session_span.attributes[f"metadata.svc.{local}.session response"] == '"s-1"'


def test_errors_in_async_generator_and_context_manager_spans(otel):
    """Each form records an escaping exception on its own span with ERROR status."""
    tracer = otel_tracer(otel, service="svc")

    @tracer.capture_method
    async def fails_async():
        raise RuntimeError("async")

    @tracer.capture_method(capture_error=False)
    def fails_generator():
        yield 1
        raise RuntimeError("generator")

    @tracer.capture_method
    @contextlib.contextmanager
    def guarded():
        yield

    with pytest.raises(RuntimeError, match="async"):
        asyncio.run(fails_async())
    with pytest.raises(RuntimeError, match="generator"):
        list(fails_generator())
    with pytest.raises(RuntimeError, match="block"), guarded():
        raise RuntimeError("block")

    spans = list(otel.exporter.get_finished_spans())
    assert [span.status.description for span in spans] == [
        "RuntimeError: async",
        "RuntimeError: generator",
        "RuntimeError: block",
    ]
    assert all(span.status.status_code is StatusCode.ERROR for span in spans)
    assert [len(span.events) for span in spans] == [1, 1, 1]
    error_attributes = [
        [key for key in span.attributes if key.endswith(" error")] for span in spans
    ]
    assert [len(keys) for keys in error_attributes] == [1, 0, 1]  # capture_error=False


def test_escape_hatch_and_middleware_factory_open_spans(otel):
    """``tracer.provider.in_subsegment`` and traced middlewares open real spans."""
    from aws_lambda_powertools.middleware_factory import lambda_handler_decorator

    tracer = otel_tracer(otel, service="svc")

    @lambda_handler_decorator(trace_execution=True)
    def audit(handler, event, context):
        with tracer.provider.in_subsegment(name="## audit step") as segment:
            segment.put_annotation("step", 1)
            segment.put_metadata("event", event, namespace="audit")
        return handler(event, context)

    @audit
    @tracer.capture_lambda_handler
    def handler(event, context):
        return "ok"

    assert handler({"id": 1}, None) == "ok"

    spans = otel.spans()
    middleware_name = "## test_escape_hatch_and_middleware_factory_open_spans.<locals>.audit"
    middleware = spans[middleware_name]
    assert_child_of(spans["## audit step"], middleware)
    assert_child_of(spans["## handler"], middleware)
    assert dict(spans["## audit step"].attributes) == {
        "step": 1,
        "metadata.audit.event": '{"id":1}',
    }


def test_disabled_tracer_with_otel_provider_exports_nothing(otel, monkeypatch):
    """With POWERTOOLS_TRACE_DISABLED the OpenTelemetry provider opens no spans."""
    monkeypatch.setenv("POWERTOOLS_TRACE_DISABLED", "1")
    tracer = otel_tracer(otel, service="svc")

    @tracer.capture_lambda_handler
    def handler(event, context):
        with tracer.provider.in_subsegment(name="## manual") as segment:
            segment.put_annotation("ignored", True)
        tracer.put_annotation("ignored", True)
        return "ran"

    assert handler({}, None) == "ran"
    assert otel.exporter.get_finished_spans() == ()


def test_global_tracer_provider_is_used_when_none_is_given(otel, monkeypatch):
    """Without ``tracer_provider`` the spans go to the globally registered provider."""
    from opentelemetry import trace

    monkeypatch.setattr(trace, "_TRACER_PROVIDER", otel.tracer_provider)
    tracer = Tracer(provider=OpenTelemetryProvider(), auto_patch=False)

    @tracer.capture_lambda_handler
    def handler(event, context):
        return None

    handler({}, None)

    [span] = otel.exporter.get_finished_spans()
    assert span.name == "## handler"
    assert dict(span.attributes) == {"ColdStart": True}


def test_patch_turns_on_installed_instrumentations_by_entry_point(otel, tmp_path, monkeypatch):
    """``patch``/``auto_patch`` instrument through ``opentelemetry_instrumentor`` plug-ins."""
    package = tmp_path / "demo_instrumentation"
    package.mkdir()
    (package / "__init__.py").write_text(
        textwrap.dedent(
            """
            calls = []

            class DemoInstrumentor:
                def instrument(self, **options):
                    calls.append(options)
            """
        )
    )
    dist_info = tmp_path / "demo_instrumentation-1.0.dist-info"
    dist_info.mkdir()
    (dist_info / "METADATA").write_text("Metadata-Version: 2.1\nName: demo-instrumentation\n")
    (dist_info / "entry_points.txt").write_text(
        "[opentelemetry_instrumentor]\nbotocore = demo_instrumentation:DemoInstrumentor\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))

    provider = OpenTelemetryProvider(tracer_provider=otel.tracer_provider)
    tracer = Tracer(provider=provider, patch_modules=["boto3"])
    tracer.patch(["requests"])  # no such plug-in installed: nothing happens

    demo_instrumentation = sys.modules.pop("demo_instrumentation")
    assert demo_instrumentation.calls == [{"tracer_provider": otel.tracer_provider}]


def test_concurrent_coroutines_each_nest_under_the_caller(otel):
    """With asyncio.gather every coroutine's span is a sibling under the handler span."""
    tracer = otel_tracer(otel, service="svc")

    @tracer.capture_method
    async def fetch(key):
        await asyncio.sleep(0)
        return key

    async def main():
        return await asyncio.gather(fetch("a"), fetch("b"), fetch("c"))

    @tracer.capture_lambda_handler
    def handler(event, context):
        return asyncio.run(main())

    assert handler({}, None) == ["a", "b", "c"]

    *fetches, handler_span = otel.exporter.get_finished_spans()
    assert handler_span.name == "## handler"
    assert len(fetches) == 3
    for span in fetches:
        assert_child_of(span, handler_span)
