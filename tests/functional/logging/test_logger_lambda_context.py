"""``inject_lambda_context``: context keys, cold start, correlation ids, event logging."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest
from logging_helpers import CONTEXT_KEYS, lines, timestamp_of

from aws_lambda_powertools import Logger
from aws_lambda_powertools.logging import correlation_paths

EVENTS = Path(__file__).parents[2] / "events"


def _event(name: str) -> dict[str, Any]:
    return json.loads((EVENTS / name).read_text())


def test_bare_decorator_adds_context_keys_after_service(stream, service, lambda_context):
    """Every record inside the handler carries cold_start and the function_* keys, in order."""
    logger = Logger(service=service, stream=stream)

    @logger.inject_lambda_context
    def handler(event: dict[str, Any], context: Any) -> str:
        logger.info("inside")
        return "done"

    assert handler({}, lambda_context) == "done"
    (line,) = lines(stream)
    assert line.endswith(
        f'"timestamp":"{timestamp_of(line)}","service":"{service}",'
        + CONTEXT_KEYS.format(cold="true")
        + "}"
    )


def test_cold_start_is_true_once_then_false(stream, service, lambda_context):
    """The first invocation in the process is cold, the next are warm."""
    logger = Logger(service=service, stream=stream)

    @logger.inject_lambda_context
    def handler(event: dict[str, Any], context: Any) -> None:
        logger.info("call")

    handler({}, lambda_context)
    handler({}, lambda_context)

    assert [json.loads(line)["cold_start"] for line in lines(stream)] == [True, False]


def test_provisioned_concurrency_is_never_cold(stream, service, lambda_context, monkeypatch):
    """Under provisioned concurrency no invocation counts as a cold start."""
    monkeypatch.setenv("AWS_LAMBDA_INITIALIZATION_TYPE", "provisioned-concurrency")
    logger = Logger(service=service, stream=stream)

    @logger.inject_lambda_context
    def handler(event: dict[str, Any], context: Any) -> None:
        logger.info("call")

    handler({}, lambda_context)

    assert json.loads(lines(stream)[0])["cold_start"] is False


CORRELATION_CASES = [
    ("API_GATEWAY_REST", "apiGatewayRestEvent", "c6af9ac6-7b61-11e6-9a41-93e8deadbeef"),
    ("API_GATEWAY_HTTP", "apiGatewayHttpEvent", "id-http-7f3c"),
    ("LAMBDA_FUNCTION_URL", "lambdaFunctionUrlEvent", "furl-5b2e-44c1"),
    ("APPLICATION_LOAD_BALANCER", "albEvent", "Root=1-5bdb40ca-556d8b0c50dc66f0511bf520"),
    ("APPSYNC_RESOLVER", "appSyncResolverEvent", "Root=1-60488877-0b0c4e6727ab2a1c545babd0"),
    ("APPSYNC_AUTHORIZER", "appSyncAuthorizerEvent", "b80ed838-14c6-4500-b4c3-b694c7bef086"),
    ("EVENT_BRIDGE", "eventBridgeEvent", "6a7e8feb-b491-4cf7-a9f1-bf3703467718"),
    ("S3_OBJECT_LAMBDA", "s3ObjectLambdaEvent", "1a5ed718-5f53-471d-b6fe-5cf62d88d02a"),
    ("VPC_LATTICE", "vpcLatticeEvent", "Root=1-65f1c2a0-1b2c3d4e5f60718293a4b5c6"),
]


@pytest.mark.parametrize(("path_name", "event_name", "expected"), CORRELATION_CASES)
def test_built_in_correlation_paths_find_the_request_id(
    stream, service, lambda_context, path_name, event_name, expected
):
    """Each built-in path finds the id in its event shape and it follows the context keys."""
    logger = Logger(service=service, stream=stream)
    path = getattr(correlation_paths, path_name)

    @logger.inject_lambda_context(correlation_id_path=path)
    def handler(event: dict[str, Any], context: Any) -> None:
        logger.info("call")

    handler(_event(f"logger_{event_name}.json"), lambda_context)

    assert lines(stream)[0].endswith(
        CONTEXT_KEYS.format(cold="true") + f',"correlation_id":"{expected}"}}'
    )
    assert logger.get_correlation_id() == expected


def test_correlation_path_with_powertools_function(stream, service, lambda_context):
    """Expressions beyond plain fields run through JMESPath with the toolkit's functions."""
    logger = Logger(service=service, stream=stream)

    @logger.inject_lambda_context(correlation_id_path="powertools_json(body).order_id")
    def handler(event: dict[str, Any], context: Any) -> None:
        return None

    handler({"body": '{"order_id": "o-77"}'}, lambda_context)

    assert logger.get_correlation_id() == "o-77"


def test_missing_correlation_id_leaves_no_key(stream, service, lambda_context):
    """A path that matches nothing (or a non-object) yields no correlation_id."""
    logger = Logger(service=service, stream=stream)

    @logger.inject_lambda_context(correlation_id_path="requestContext.requestId")
    def handler(event: Any, context: Any) -> None:
        logger.info("call")

    handler({"requestContext": "not an object"}, lambda_context)

    assert "correlation_id" not in json.loads(lines(stream)[0])


def test_log_event_logs_the_incoming_event_at_info(stream, service, lambda_context):
    """``log_event=True`` writes the event as the message before the handler runs."""
    logger = Logger(service=service, stream=stream)

    @logger.inject_lambda_context(log_event=True)
    def handler(event: dict[str, Any], context: Any) -> None:
        return None

    handler({"order": "é-1"}, lambda_context)

    record = json.loads(lines(stream)[0])
    assert (record["level"], record["message"]) == ("INFO", {"order": "é-1"})


def test_log_event_env_var_turns_event_logging_on(stream, service, lambda_context, monkeypatch):
    """POWERTOOLS_LOGGER_LOG_EVENT applies when the argument is not given."""
    monkeypatch.setenv("POWERTOOLS_LOGGER_LOG_EVENT", "true")
    logger = Logger(service=service, stream=stream)

    @logger.inject_lambda_context
    def handler(event: dict[str, Any], context: Any) -> None:
        return None

    handler({"a": 1}, lambda_context)

    assert json.loads(lines(stream)[0])["message"] == {"a": 1}


@dataclasses.dataclass
class _OrderEvent:
    order_id: str


class _DataClassLike:
    raw_event = {"from": "data class"}


def test_log_event_converts_models_to_dicts(stream, service, lambda_context):
    """Dataclasses, pydantic models and event data classes are logged as plain objects."""
    import pydantic

    class Order(pydantic.BaseModel):
        order_id: str

    logger = Logger(service=service, stream=stream)

    @logger.inject_lambda_context(log_event=True)
    def handler(event: Any, context: Any) -> None:
        return None

    for event in (_OrderEvent("o-1"), Order(order_id="o-2"), _DataClassLike()):
        handler(event, lambda_context)

    assert [json.loads(line)["message"] for line in lines(stream)] == [
        {"order_id": "o-1"},
        {"order_id": "o-2"},
        {"from": "data class"},
    ]


def test_clear_state_resets_appended_keys_each_invocation(stream, service, lambda_context):
    """``clear_state=True`` drops keys appended during the previous invocation."""
    logger = Logger(service=service, stream=stream, tenant="acme")

    @logger.inject_lambda_context(clear_state=True)
    def handler(event: dict[str, Any], context: Any) -> None:
        logger.info("call")
        logger.append_keys(leaked=event["n"])
        logger.thread_safe_append_keys(thread_leak=1)

    handler({"n": 1}, lambda_context)
    handler({"n": 2}, lambda_context)

    second = json.loads(lines(stream)[1])
    assert "leaked" not in second
    assert "thread_leak" not in second
    assert second["tenant"] == "acme"


def test_durable_context_is_unwrapped(stream, service, lambda_context):
    """A durable-functions context is read through its ``lambda_context``."""

    class DurableContext:
        state = object()

        def __init__(self, inner: Any) -> None:
            self.lambda_context = inner

    logger = Logger(service=service, stream=stream)

    @logger.inject_lambda_context
    def handler(event: dict[str, Any], context: Any) -> None:
        logger.info("call")

    handler({}, DurableContext(lambda_context))

    assert json.loads(lines(stream)[0])["function_name"] == "checkout"


def test_decorator_keeps_handler_metadata_and_extra_arguments(service, lambda_context):
    """The wrapped handler keeps its name and passes extra arguments through."""
    logger = Logger(service=service)

    @logger.inject_lambda_context()
    def handler(event: dict[str, Any], context: Any, extra: int = 0) -> int:
        return extra

    assert handler.__name__ == "handler"
    assert handler({}, lambda_context, extra=7) == 7


def test_jmespath_is_imported_only_when_a_correlation_path_is_used():
    """Importing and using the Logger leaves jmespath unloaded until a path is compiled."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from aws_lambda_powertools import Logger\n"
        "logger = Logger(service='import-check')\n"
        "logger.inject_lambda_context(lambda event, context: None)\n"
        "before = 'jmespath' in sys.modules\n"
        "logger.inject_lambda_context(correlation_id_path='id')(lambda event, context: None)\n"
        "print(before, 'jmespath' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )

    assert result.stdout.split() == ["False", "True"]
