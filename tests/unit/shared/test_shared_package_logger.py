"""The package's own logger: silent by default, a stream handler under POWERTOOLS_DEBUG."""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterator

import pytest

from aws_lambda_powertools import package_logger
from aws_lambda_powertools.package_logger import (
    DEBUG_FORMAT,
    PACKAGE_LOGGER_NAME,
    set_package_logger,
    set_package_logger_handler,
)

# "2024-05-01 12:00:00,123 aws_lambda_powertools.x [DEBUG] message"
DEBUG_LINE = re.compile(
    r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3} (?P<name>\S+) \[(?P<level>[A-Z]+)\] (?P<msg>.*)$"
)


def own_handlers(logger: logging.Logger) -> list[logging.Handler]:
    """The logger's handlers minus the capture handlers pytest attaches to every
    non-propagating logger while a test runs."""
    return [h for h in logger.handlers if not type(h).__module__.startswith("_pytest")]


class ListHandler(logging.Handler):
    """Keeps every record it receives."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def pristine_package_logger() -> Iterator[logging.Logger]:
    """Hand the test an unconfigured package logger and put the original back afterwards."""
    logger = logging.getLogger(PACKAGE_LOGGER_NAME)
    saved_handlers = own_handlers(logger)
    saved_level = logger.level
    saved_propagate = logger.propagate
    saved_flag = logger.__dict__.get("_powertools_configured")

    package_logger._reset_for_tests()
    yield logger

    package_logger._reset_for_tests()
    for handler in saved_handlers:
        logger.addHandler(handler)
    logger.setLevel(saved_level)
    logger.propagate = saved_propagate
    if saved_flag is not None:
        logger._powertools_configured = saved_flag  # type: ignore[attr-defined]


def test_package_logger_gets_only_a_null_handler_and_no_propagation_by_default(
    pristine_package_logger: logging.Logger,
) -> None:
    set_package_logger_handler()

    handlers = own_handlers(pristine_package_logger)
    assert len(handlers) == 1
    assert type(handlers[0]) is logging.NullHandler
    assert pristine_package_logger.propagate is False


def test_package_logger_records_do_not_reach_the_root_logger_by_default(
    pristine_package_logger: logging.Logger,
) -> None:
    root_handler = ListHandler()
    logging.getLogger().addHandler(root_handler)
    try:
        set_package_logger_handler()
        logging.getLogger(f"{PACKAGE_LOGGER_NAME}.shared").warning("internal detail")
    finally:
        logging.getLogger().removeHandler(root_handler)

    assert root_handler.records == []


def test_set_package_logger_handler_runs_only_once(pristine_package_logger: logging.Logger) -> None:
    set_package_logger_handler()
    set_package_logger_handler()

    assert len(own_handlers(pristine_package_logger)) == 1


@pytest.mark.parametrize("raw", ["true", "1", "YES"])
def test_powertools_debug_turns_on_a_stream_handler_with_the_documented_format(
    pristine_package_logger: logging.Logger, monkeypatch: pytest.MonkeyPatch, raw: str
) -> None:
    monkeypatch.setenv("POWERTOOLS_DEBUG", raw)
    stream = io.StringIO()

    set_package_logger_handler(stream=stream)
    logging.getLogger(f"{PACKAGE_LOGGER_NAME}.shared.functions").debug("resolved %s", "value")

    lines = stream.getvalue().splitlines()
    assert len(lines) == 1
    match = DEBUG_LINE.match(lines[0])
    assert match is not None, lines[0]
    assert match.group("name") == "aws_lambda_powertools.shared.functions"
    assert match.group("level") == "DEBUG"
    assert match.group("msg") == "resolved value"
    assert pristine_package_logger.level == logging.DEBUG
    assert pristine_package_logger.propagate is False


def test_powertools_debug_handler_writes_to_stdout_when_no_stream_given(
    pristine_package_logger: logging.Logger,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("POWERTOOLS_DEBUG", "true")

    set_package_logger_handler()
    logging.getLogger(PACKAGE_LOGGER_NAME).info("hello")

    out = capsys.readouterr().out
    match = DEBUG_LINE.match(out.rstrip("\n"))
    assert match is not None, out
    assert (match.group("name"), match.group("level"), match.group("msg")) == (
        "aws_lambda_powertools",
        "INFO",
        "hello",
    )


def test_powertools_debug_false_keeps_the_logger_silent(
    pristine_package_logger: logging.Logger, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POWERTOOLS_DEBUG", "false")
    stream = io.StringIO()

    set_package_logger_handler(stream=stream)
    logging.getLogger(PACKAGE_LOGGER_NAME).error("should not be printed")

    assert stream.getvalue() == ""
    assert [type(h) for h in own_handlers(pristine_package_logger)] == [logging.NullHandler]


def test_powertools_debug_invalid_value_raises_value_error_naming_variable(
    pristine_package_logger: logging.Logger, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POWERTOOLS_DEBUG", "loud")

    with pytest.raises(ValueError, match=r"POWERTOOLS_DEBUG='loud' is not a boolean"):
        set_package_logger_handler()


def test_set_package_logger_uses_debug_level_and_documented_format_by_default(
    pristine_package_logger: logging.Logger,
) -> None:
    stream = io.StringIO()

    set_package_logger(stream=stream)
    pristine_package_logger.debug("x=%d", 1)

    handler = own_handlers(pristine_package_logger)[-1]
    assert isinstance(handler, logging.StreamHandler)
    assert handler.formatter is not None
    assert handler.formatter._fmt == DEBUG_FORMAT
    assert DEBUG_FORMAT == "%(asctime)s %(name)s [%(levelname)s] %(message)s"
    assert pristine_package_logger.level == logging.DEBUG
    match = DEBUG_LINE.match(stream.getvalue().rstrip("\n"))
    assert match is not None
    assert match.group("msg") == "x=1"


def test_set_package_logger_honours_level_and_formatter(
    pristine_package_logger: logging.Logger,
) -> None:
    stream = io.StringIO()

    set_package_logger(
        level=logging.WARNING,
        stream=stream,
        formatter=logging.Formatter("%(levelname)s|%(message)s"),
    )
    pristine_package_logger.info("dropped")
    pristine_package_logger.warning("kept")

    assert stream.getvalue() == "WARNING|kept\n"


def test_reset_for_tests_removes_handlers_and_allows_reconfiguration(
    pristine_package_logger: logging.Logger, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_package_logger_handler()
    package_logger._reset_for_tests()
    monkeypatch.setenv("POWERTOOLS_DEBUG", "1")
    stream = io.StringIO()

    set_package_logger_handler(stream=stream)

    assert [type(h) for h in own_handlers(pristine_package_logger)] == [logging.StreamHandler]
