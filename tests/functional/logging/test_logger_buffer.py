"""Log buffering: per-trace buffers, byte budget, flushes and warnings."""

from __future__ import annotations

import json
from typing import Any

import pytest
from logging_helpers import line_above, lines, timestamp_of

from aws_lambda_powertools import Logger
from aws_lambda_powertools.logging.buffer import LoggerBufferConfig
from aws_lambda_powertools.warnings import PowertoolsUserWarning

TRACE = "Root=1-67c1a2b3-0123456789abcdef01234567;Parent=53995c3f42cd8ad8;Sampled=1"


@pytest.fixture
def traced(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run inside an X-Ray trace, as in Lambda."""
    monkeypatch.setenv("_X_AMZN_TRACE_ID", TRACE)


def _messages(stream: Any) -> list[str]:
    return [json.loads(line)["message"] for line in lines(stream)]


@pytest.mark.usefixtures("traced")
def test_debug_is_buffered_until_an_error_flushes_it_first(stream, service):
    """Buffered records are written, oldest first, before the error that flushes them."""
    logger = Logger(service=service, stream=stream, buffer_config=LoggerBufferConfig())

    logger.debug("step %d", 1)
    logger.info("visible")
    logger.debug("step 2", order="o-1")
    before_error = _messages(stream)
    logger.error("failed")

    assert before_error == ["visible"]
    assert _messages(stream) == ["visible", "step 1", "step 2", "failed"]
    flushed = json.loads(lines(stream)[2])
    assert (flushed["level"], flushed["order"]) == ("DEBUG", "o-1")
    assert flushed["xray_trace_id"] == "1-67c1a2b3-0123456789abcdef01234567"


@pytest.mark.usefixtures("traced")
def test_buffer_level_and_no_flush_on_error(stream, service):
    """INFO buffering keeps INFO too; without flush_on_error_log an error flushes nothing."""
    config = LoggerBufferConfig(buffer_at_verbosity="info", flush_on_error_log=False)
    logger = Logger(service=service, stream=stream, level="WARNING", buffer_config=config)

    logger.debug("d")
    logger.info("i")
    logger.warning("w")
    logger.error("e")
    written = _messages(stream)
    logger.flush_buffer()

    assert written == ["w", "e"]
    assert _messages(stream) == ["w", "e", "d", "i"]


@pytest.mark.usefixtures("traced")
def test_oldest_records_are_evicted_and_flush_warns(stream, service):
    """Over the byte budget the oldest records go; flushing says some were evicted."""
    logger = Logger(service=service, stream=stream, buffer_config=LoggerBufferConfig(max_bytes=600))
    for index in range(6):
        logger.debug(f"evict-{index}")

    with pytest.warns(PowertoolsUserWarning, match="evicted"):
        logger.flush_buffer()

    kept = _messages(stream)
    assert kept == [f"evict-{index}" for index in range(6 - len(kept), 6)]
    assert 1 <= len(kept) < 6


@pytest.mark.usefixtures("traced")
def test_record_bigger_than_the_buffer_is_written_with_a_warning(stream, service):
    """A record that cannot fit at all is written immediately."""
    logger = Logger(service=service, stream=stream, buffer_config=LoggerBufferConfig(max_bytes=200))

    with pytest.warns(PowertoolsUserWarning, match="exceeds the whole buffer"):
        logger.debug("x" * 300)

    assert _messages(stream) == ["x" * 300]


@pytest.mark.usefixtures("traced")
def test_clear_buffer_drops_records(stream, service):
    """clear_buffer forgets buffered records; a later flush writes nothing."""
    logger = Logger(service=service, stream=stream, buffer_config=LoggerBufferConfig())
    logger.debug("forgotten")

    logger.clear_buffer()
    logger.flush_buffer()

    assert lines(stream) == []


@pytest.mark.usefixtures("traced")
def test_child_logger_shares_the_parent_buffer(stream, service):
    """A child's debug record waits in the parent's buffer."""
    parent = Logger(service=service, stream=stream, buffer_config=LoggerBufferConfig())
    child = Logger(service=service, child=True)

    child.debug("from child")
    written = _messages(stream)
    parent.flush_buffer()

    assert written == []
    assert _messages(stream) == ["from child"]


@pytest.mark.usefixtures("traced")
def test_decorator_flushes_on_uncaught_error_and_always_clears(stream, service, lambda_context):
    """flush_buffer_on_uncaught_error writes the buffer when the handler raises."""
    logger = Logger(service=service, stream=stream, buffer_config=LoggerBufferConfig())

    @logger.inject_lambda_context(flush_buffer_on_uncaught_error=True)
    def failing(event: dict[str, Any], context: Any) -> None:
        logger.debug("before failure")
        raise RuntimeError("boom")

    @logger.inject_lambda_context
    def succeeding(event: dict[str, Any], context: Any) -> None:
        logger.debug("never written")

    with pytest.raises(RuntimeError):
        failing({}, lambda_context)
    succeeding({}, lambda_context)
    logger.flush_buffer()

    assert _messages(stream) == ["before failure"]


def test_without_trace_id_buffered_levels_follow_the_logger_level(stream, service):
    """Outside a trace nothing can be buffered: records follow the level as usual."""
    logger = Logger(
        service=service, stream=stream, level="DEBUG", buffer_config=LoggerBufferConfig()
    )

    logger.debug("written directly")

    assert _messages(stream) == ["written directly"]


def test_lambda_level_stricter_than_buffer_warns(service, monkeypatch):
    """ALC above the buffer level would drop flushed records: the Logger warns."""
    monkeypatch.setenv("AWS_LAMBDA_LOG_LEVEL", "ERROR")

    with pytest.warns(PowertoolsUserWarning, match="buffer level is DEBUG"):
        Logger(service=service, buffer_config=LoggerBufferConfig())


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"max_bytes": 0}, "positive integer"),
        ({"max_bytes": "big"}, "positive integer"),
        ({"buffer_at_verbosity": "ERROR"}, "Must be one of"),
        ({"flush_on_error_log": "yes"}, "boolean"),
    ],
)
def test_buffer_config_validation(options, message):
    """Invalid options raise ValueError saying what is expected."""
    with pytest.raises(ValueError, match=message):
        LoggerBufferConfig(**options)


def test_buffer_config_defaults_and_normalised_level():
    """Defaults are 20480 bytes, DEBUG, flush on error; the level is upper-cased."""
    default = LoggerBufferConfig()
    custom = LoggerBufferConfig(buffer_at_verbosity="warning")

    assert (default.max_bytes, default.buffer_at_verbosity, default.flush_on_error_log) == (
        20480,
        "DEBUG",
        True,
    )
    assert custom.buffer_at_verbosity == "WARNING"


def test_a_new_trace_drops_what_earlier_traces_left_in_the_buffer(stream, service, monkeypatch):
    """Records buffered in a previous invocation (trace) are never written by a later one."""
    first, second = "1-00000001-aaaaaaaaaaaaaaaaaaaaaaaa", "1-00000002-bbbbbbbbbbbbbbbbbbbbbbbb"
    logger = Logger(service=service, stream=stream, buffer_config=LoggerBufferConfig())
    monkeypatch.setenv("_X_AMZN_TRACE_ID", f"Root={first}")
    logger.debug("first invocation")
    monkeypatch.setenv("_X_AMZN_TRACE_ID", f"Root={second}")
    logger.debug("second invocation")
    lineno = line_above()
    monkeypatch.setenv("_X_AMZN_TRACE_ID", f"Root={first}")
    logger.flush_buffer()
    monkeypatch.setenv("_X_AMZN_TRACE_ID", f"Root={second}")
    logger.flush_buffer()

    (line,) = lines(stream)
    assert line == (
        '{"level":"DEBUG","location":"test_a_new_trace_drops_what_earlier_traces_left_in_the_'
        f'buffer:{lineno}","message":"second invocation","timestamp":"{timestamp_of(line)}",'
        f'"service":"{service}","xray_trace_id":"{second}"}}'
    )
