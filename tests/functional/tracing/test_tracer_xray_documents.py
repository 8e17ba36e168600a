"""Every decorator form, checked against the X-Ray documents the SDK really sends over UDP."""

from __future__ import annotations

import asyncio
import contextlib
import json
from pathlib import Path

import pytest

from aws_lambda_powertools import Tracer

EVENTS = Path(__file__).parents[2] / "events"
SQS_EVENT = json.loads((EVENTS / "sqsEvent.json").read_text())
PREFIX = f"## {__name__}"


def assert_nested_in_time(child: dict, parent: dict) -> None:
    assert child["parent_id"] == parent["id"]
    assert parent["start_time"] <= child["start_time"] <= child["end_time"] <= parent["end_time"]


def test_handler_subsegment_carries_cold_start_service_and_response(xray):
    """The handler subsegment hangs off Lambda's facade segment with annotations and metadata."""
    tracer = Tracer(service="payment", auto_patch=False)

    @tracer.capture_lambda_handler
    def handler(event, context):
        return {"processed": len(event["Records"])}

    assert handler(SQS_EVENT, None) == {"processed": 2}

    [document] = xray.documents()
    assert document["name"] == "## handler"
    assert document["type"] == "subsegment"
    assert document["trace_id"] == xray.trace_id
    assert document["parent_id"] == xray.facade_id
    assert document["in_progress"] is False
    assert document["start_time"] <= document["end_time"]
    assert document["annotations"] == {"ColdStart": True, "Service": "payment"}
    assert document["metadata"] == {"payment": {"handler response": {"processed": 2}}}
    assert "fault" not in document


def test_second_invocation_is_annotated_warm(xray, monkeypatch):
    """Only the first invocation in the process carries ColdStart true."""
    tracer = Tracer(service="payment", auto_patch=False)

    @tracer.capture_lambda_handler
    def handler(event, context):
        return None

    handler({}, None)
    xray.new_invocation(monkeypatch)
    handler({}, None)

    first, second = xray.documents()
    assert first["annotations"]["ColdStart"] is True
    assert second["annotations"]["ColdStart"] is False
    assert second["parent_id"] == xray.facade_id
    assert "metadata" not in first  # a None response is not recorded


def test_handler_without_service_has_no_service_annotation(xray):
    """With no service the Service annotation is left out and metadata uses namespace ''."""
    tracer = Tracer(auto_patch=False)

    @tracer.capture_lambda_handler()
    def handler(event, context):
        return "ok"

    handler({}, None)

    [document] = xray.documents()
    assert document["annotations"] == {"ColdStart": True}
    assert document["metadata"] == {"": {"handler response": "ok"}}


def test_handler_service_comes_from_environment(xray, monkeypatch):
    """POWERTOOLS_SERVICE_NAME names the service when the constructor does not."""
    monkeypatch.setenv("POWERTOOLS_SERVICE_NAME", "orders")
    tracer = Tracer(auto_patch=False)

    @tracer.capture_lambda_handler
    def handler(event, context):
        return 1

    handler({}, None)

    [document] = xray.documents()
    assert document["annotations"]["Service"] == "orders"
    assert document["metadata"] == {"orders": {"handler response": 1}}


def test_handler_error_is_recorded_as_fault_and_metadata_then_reraised(xray):
    """An exception marks the subsegment as a fault, is kept as metadata and propagates."""
    tracer = Tracer(service="payment", auto_patch=False)

    @tracer.capture_lambda_handler
    def handler(event, context):
        raise ValueError("card declined")

    with pytest.raises(ValueError, match="card declined"):
        handler({}, None)

    [document] = xray.documents()
    assert document["fault"] is True
    assert document["metadata"] == {"payment": {"handler error": {}}}
    [exception] = document["cause"]["exceptions"]
    assert (exception["type"], exception["message"]) == ("ValueError", "card declined")
    assert exception["stack"][-1]["label"] == "handler"
    assert document["annotations"] == {"ColdStart": True, "Service": "payment"}


@pytest.mark.parametrize(
    ("decorator_options", "env", "expect_response", "expect_error"),
    [
        ({"capture_response": False}, {}, False, True),
        ({"capture_error": False}, {}, True, False),
        ({}, {"POWERTOOLS_TRACER_CAPTURE_RESPONSE": "false"}, False, True),
        ({}, {"POWERTOOLS_TRACER_CAPTURE_ERROR": "0"}, True, False),
        ({"capture_response": True}, {"POWERTOOLS_TRACER_CAPTURE_RESPONSE": "false"}, True, True),
        ({"capture_error": True}, {"POWERTOOLS_TRACER_CAPTURE_ERROR": "off"}, True, True),
    ],
)
def test_capture_flags_and_their_environment_variables(
    xray, monkeypatch, decorator_options, env, expect_response, expect_error
):
    """Per-decorator flags beat the environment variables, which beat the default (on)."""
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    tracer = Tracer(service="svc", auto_patch=False)

    @tracer.capture_method(**decorator_options)
    def succeed():
        return "fine"

    @tracer.capture_method(**decorator_options)
    def fail():
        raise KeyError("missing")

    @tracer.capture_lambda_handler(**decorator_options)
    def handler(event, context):
        succeed()
        with contextlib.suppress(KeyError):
            fail()
        return "done"

    handler({}, None)

    documents = xray.by_name()
    succeed_doc = documents[f"{PREFIX}.{_local('succeed')}"]
    fail_doc = documents[f"{PREFIX}.{_local('fail')}"]
    handler_doc = documents["## handler"]
    response_metadata = {"svc": {f"{__name__}.{_local('succeed')} response": "fine"}}
    assert succeed_doc.get("metadata") == (response_metadata if expect_response else None)
    assert handler_doc.get("metadata") == (
        {"svc": {"handler response": "done"}} if expect_response else None
    )
    error_metadata = {"svc": {f"{__name__}.{_local('fail')} error": {}}}
    assert fail_doc.get("metadata") == (error_metadata if expect_error else None)
    assert fail_doc["fault"] is True  # the SDK records the exception either way


def _local(name: str) -> str:
    """Qualified name of a function defined inside the calling test, as the Tracer writes it."""
    import inspect

    test_name = inspect.stack()[1].function
    return f"{test_name}.locals.{name}"


def test_method_subsegments_nest_under_the_handler_in_time(xray):
    """Nested calls produce nested subsegments, each sent as it closes, innermost first."""
    tracer = Tracer(service="svc", auto_patch=False)

    @tracer.capture_method
    def inner():
        return {"id": 7}

    @tracer.capture_method
    def outer():
        return inner()

    @tracer.capture_lambda_handler
    def handler(event, context):
        return outer()

    handler({}, None)

    documents = xray.documents()
    names = [document["name"] for document in documents]
    assert names == [f"{PREFIX}.{_local('inner')}", f"{PREFIX}.{_local('outer')}", "## handler"]
    inner_doc, outer_doc, handler_doc = documents
    assert_nested_in_time(inner_doc, outer_doc)
    assert_nested_in_time(outer_doc, handler_doc)
    assert handler_doc["parent_id"] == xray.facade_id
    assert inner_doc["metadata"] == {"svc": {f"{__name__}.{_local('inner')} response": {"id": 7}}}
    assert "annotations" not in inner_doc


class PaymentService:
    """A class whose method is traced, to check the qualified name."""

    def __init__(self, tracer: Tracer) -> None:
        self.charge = tracer.capture_method(self._charge)

    def _charge(self, amount: int) -> dict:
        return {"charged": amount}


def test_method_of_a_class_is_named_by_module_and_qualified_name(xray):
    """A bound method's subsegment is ``## <module>.<Class>.<method>``."""
    tracer = Tracer(service="svc", auto_patch=False)

    class Orders:
        @tracer.capture_method
        def create(self, order_id):
            return {"order_id": order_id, "owner": type(self).__name__}

    assert Orders().create("o-1") == {"order_id": "o-1", "owner": "Orders"}
    assert PaymentService(tracer).charge(5) == {"charged": 5}

    first, second = xray.documents()
    assert first["name"] == f"{PREFIX}.{_local('Orders')}.create"
    assert second["name"] == f"{PREFIX}.PaymentService._charge"
    assert first["parent_id"] == second["parent_id"] == xray.facade_id
    assert first["metadata"]["svc"][f"{__name__}.{_local('Orders')}.create response"] == {
        "order_id": "o-1",
        "owner": "Orders",
    }


def test_async_method_subsegments_nest_and_record_errors(xray):
    """``async def`` methods are traced with the async context manager, errors included."""
    tracer = Tracer(service="svc", auto_patch=False)

    @tracer.capture_method
    async def fetch(order_id):
        await asyncio.sleep(0)
        return {"order_id": order_id}

    @tracer.capture_method(capture_response=False)
    async def fetch_quietly():
        return "secret"

    @tracer.capture_method
    async def broken():
        raise RuntimeError("timeout")

    async def main():
        # sequential: the SDK's Lambda context keeps one stack per thread, not per task
        results = [await fetch("a"), await fetch_quietly()]
        with contextlib.suppress(RuntimeError):
            await broken()
        return results

    @tracer.capture_lambda_handler
    def handler(event, context):
        return asyncio.run(main())

    assert handler({}, None) == [{"order_id": "a"}, "secret"]

    documents = xray.by_name()
    handler_doc = documents["## handler"]
    fetch_doc = documents[f"{PREFIX}.{_local('fetch')}"]
    quiet_doc = documents[f"{PREFIX}.{_local('fetch_quietly')}"]
    broken_doc = documents[f"{PREFIX}.{_local('broken')}"]
    for document in (fetch_doc, quiet_doc, broken_doc):
        assert_nested_in_time(document, handler_doc)
    assert fetch_doc["metadata"] == {
        "svc": {f"{__name__}.{_local('fetch')} response": {"order_id": "a"}}
    }
    assert "metadata" not in quiet_doc
    assert broken_doc["fault"] is True
    assert broken_doc["cause"]["exceptions"][0]["message"] == "timeout"
    assert broken_doc["metadata"] == {"svc": {f"{__name__}.{_local('broken')} error": {}}}


def test_generator_subsegment_spans_the_iteration_and_records_the_return_value(xray):
    """A generator's subsegment opens on first ``next`` and records its return value."""
    tracer = Tracer(service="svc", auto_patch=False)

    @tracer.capture_method
    def pages():
        yield "page-1"
        yield "page-2"
        return "2 pages"

    @tracer.capture_method
    def per_page(page):
        return page.upper()

    @tracer.capture_lambda_handler
    def handler(event, context):
        return [per_page(page) for page in pages()]

    assert handler({}, None) == ["PAGE-1", "PAGE-2"]

    documents = xray.documents()
    names = [document["name"] for document in documents]
    per_page_name = f"{PREFIX}.{_local('per_page')}"
    assert names == [per_page_name, per_page_name, f"{PREFIX}.{_local('pages')}", "## handler"]
    first_page, second_page, pages_doc, handler_doc = documents
    assert pages_doc["metadata"] == {"svc": {f"{__name__}.{_local('pages')} response": "2 pages"}}
    assert_nested_in_time(pages_doc, handler_doc)
    # consumer work between yields happens while the generator's subsegment is open
    assert pages_doc["start_time"] <= first_page["start_time"]
    assert second_page["end_time"] <= pages_doc["end_time"]


def test_generator_error_is_recorded_and_reraised(xray):
    """An exception inside a traced generator faults its subsegment and propagates."""
    tracer = Tracer(service="svc", auto_patch=False)

    @tracer.capture_method
    def rows():
        yield 1
        raise LookupError("row 2 missing")

    with pytest.raises(LookupError):
        list(rows())

    [document] = xray.documents()
    assert document["fault"] is True
    assert document["metadata"] == {"svc": {f"{__name__}.{_local('rows')} error": {}}}


def test_context_manager_subsegment_wraps_the_with_block(xray):
    """Under ``@contextmanager`` the subsegment covers the block; the yielded value is kept."""
    tracer = Tracer(service="svc", auto_patch=False)

    @contextlib.contextmanager
    @tracer.capture_method
    def unused():  # decorated in the wrong order: traced as a generator, still works
        yield "x"

    @tracer.capture_method
    @contextlib.contextmanager
    def connection(name):
        yield {"connection": name}

    @tracer.capture_method
    def query(conn):
        return f"select via {conn['connection']}"

    with connection("db") as conn:
        assert query(conn) == "select via db"

    query_doc, connection_doc = xray.documents()
    assert query_doc["name"] == f"{PREFIX}.{_local('query')}"
    assert connection_doc["name"] == f"{PREFIX}.{_local('connection')}"
    assert_nested_in_time(query_doc, connection_doc)
    assert connection_doc["metadata"] == {
        "svc": {f"{__name__}.{_local('connection')} response": {"connection": "db"}}
    }


def test_context_manager_error_in_block_is_recorded(xray):
    """An exception raised inside the ``with`` block faults the context manager's subsegment."""
    tracer = Tracer(service="svc", auto_patch=False)

    @tracer.capture_method
    @contextlib.contextmanager
    def transaction():
        yield "tx"

    with pytest.raises(ValueError, match="rollback"), transaction():
        raise ValueError("rollback")

    [document] = xray.documents()
    assert document["fault"] is True
    assert document["cause"]["exceptions"][0]["type"] == "ValueError"
    assert document["metadata"] == {"svc": {f"{__name__}.{_local('transaction')} error": {}}}


def test_put_annotation_and_metadata_land_on_the_current_subsegment(xray):
    """Tracer-level annotations and metadata go to the innermost open subsegment."""
    tracer = Tracer(service="svc", auto_patch=False)

    @tracer.capture_method
    def charge():
        tracer.put_annotation(key="payment_id", value="p-1")
        tracer.put_annotation(key="amount", value=12.5)
        tracer.put_annotation(key="approved", value=True)
        tracer.put_metadata(key="card", value={"last4": "4242"})
        tracer.put_metadata(key="raw", value=[1, 2], namespace="gateway")

    @tracer.capture_lambda_handler
    def handler(event, context):
        charge()

    handler({}, None)

    charge_doc, handler_doc = xray.documents()
    assert charge_doc["annotations"] == {"payment_id": "p-1", "amount": 12.5, "approved": True}
    assert charge_doc["metadata"] == {
        "svc": {"card": {"last4": "4242"}},
        "gateway": {"raw": [1, 2]},
    }
    assert handler_doc["annotations"] == {"ColdStart": True, "Service": "svc"}


def test_provider_escape_hatch_opens_subsegments_and_reaches_the_recorder(xray):
    """``tracer.provider`` opens subsegments and forwards other calls to the X-Ray recorder."""
    tracer = Tracer(service="svc", auto_patch=False)

    @tracer.capture_lambda_handler
    def handler(event, context):
        with tracer.provider.in_subsegment("## manual") as subsegment:
            subsegment.put_annotation("step", 1)
            assert tracer.provider.current_subsegment().name == "## manual"
        return

    handler({}, None)

    manual_doc, handler_doc = xray.documents()
    assert manual_doc["name"] == "## manual"
    assert manual_doc["annotations"] == {"step": 1}
    assert_nested_in_time(manual_doc, handler_doc)


def test_middleware_traced_by_the_factory_emits_its_subsegment(xray):
    """``@lambda_handler_decorator(trace_execution=True)`` wraps the middleware in ``## <name>``."""
    from aws_lambda_powertools.middleware_factory import lambda_handler_decorator

    tracer = Tracer(service="svc", auto_patch=False)

    @lambda_handler_decorator(trace_execution=True)
    def add_header(handler, event, context):
        response = handler(event, context)
        response["headers"] = {"x-traced": "yes"}
        return response

    @add_header
    @tracer.capture_lambda_handler
    def handler(event, context):
        return {"statusCode": 200}

    assert handler({}, None) == {"statusCode": 200, "headers": {"x-traced": "yes"}}

    handler_doc, middleware_doc = xray.documents()
    assert middleware_doc["name"] == f"## {_local('add_header')}"  # the SDK drops "<>"
    assert middleware_doc["parent_id"] == xray.facade_id
    assert_nested_in_time(handler_doc, middleware_doc)


@pytest.mark.parametrize(
    "env",
    [
        {"POWERTOOLS_TRACE_DISABLED": "true"},
        {"AWS_SAM_LOCAL": "true"},
        {"AWS_CHALICE_CLI_MODE": "true"},
    ],
)
def test_disabled_tracer_sends_nothing_but_still_runs_the_code(xray, monkeypatch, env):
    """Disabled by the environment, every decorator form calls through and nothing is sent."""
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    tracer = Tracer(service="svc")

    @tracer.capture_method
    async def fetch():
        return 1

    @tracer.capture_method
    def numbers():
        yield 2
        return None

    @tracer.capture_method
    @contextlib.contextmanager
    def resource():
        yield 3

    @tracer.capture_lambda_handler
    def handler(event, context):
        tracer.put_annotation("ignored", 1)
        tracer.put_metadata("ignored", 1)
        with resource() as value, tracer.provider.in_subsegment(name="## manual"):
            return [asyncio.run(fetch()), *numbers(), value]

    assert tracer.disabled is True
    assert handler({}, None) == [1, 2, 3]
    assert xray.documents() == []
