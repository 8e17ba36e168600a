"""Child loggers, re-use of a configured service, duplicate suppression, copied config."""

from __future__ import annotations

import json
import logging

import pytest
from logging_helpers import lines

from aws_lambda_powertools import Logger
from aws_lambda_powertools.logging import utils
from aws_lambda_powertools.logging.buffer import LoggerBufferConfig
from aws_lambda_powertools.logging.buffer.handler import BufferingHandler
from aws_lambda_powertools.logging.exceptions import OrphanedChildLoggerError
from aws_lambda_powertools.logging.filters import SuppressFilter


def test_child_writes_through_parent_and_shares_keys(stream, service):
    """A child has no handler of its own; keys it appends show on the parent's records."""
    parent = Logger(service=service, stream=stream)
    child = Logger(service=service, child=True)

    child.append_keys(from_child=1)
    child.info("child record")
    parent.info("parent record")

    assert child.name == f"{service}.{__name__}"
    assert child.handlers == []
    assert [json.loads(line)["from_child"] for line in lines(stream)] == [1, 1]
    assert child.registered_formatter is parent.registered_formatter


def test_child_created_before_parent_cannot_touch_keys(service):
    """Keys on an orphan child raise OrphanedChildLoggerError explaining the order."""
    child = Logger(service=service, child=True)

    with pytest.raises(OrphanedChildLoggerError, match="parent is initialized first"):
        child.append_keys(x=1)


def test_child_keeps_its_own_level(stream, service):
    """A child below its own level writes nothing even when the parent is at DEBUG."""
    parent = Logger(service=service, stream=stream, level="DEBUG")
    child = Logger(service=service, child=True, level="INFO")

    child.debug("hidden")
    parent.debug("shown")

    assert [json.loads(line)["message"] for line in lines(stream)] == ["shown"]


def test_second_logger_for_a_service_reuses_handler_and_level(stream, service):
    """A second Logger() for the same service adds no handler and keeps the level."""
    first = Logger(service=service, stream=stream, level="DEBUG")
    second = Logger(service=service, stream=stream)

    second.debug("once")

    assert len(first.handlers) == 1
    assert second.log_level == logging.DEBUG
    assert len(lines(stream)) == 1


def test_root_handlers_get_a_suppress_filter_for_the_service(service, monkeypatch):
    """Root handlers drop the service's records, so Lambda's handler does not repeat them."""
    root_handler = logging.StreamHandler()
    logging.root.addHandler(root_handler)
    try:
        Logger(service=service)
        monkeypatch.setenv("POWERTOOLS_LOG_DEDUPLICATION_DISABLED", "true")
        Logger(service=f"{service}-other")
    finally:
        logging.root.removeHandler(root_handler)

    assert [f.logger for f in root_handler.filters if isinstance(f, SuppressFilter)] == [service]


def test_suppress_filter_matches_the_service_and_its_children():
    """The filter rejects records whose logger name contains the service."""
    flt = SuppressFilter("payment")

    def record(name: str) -> logging.LogRecord:
        return logging.LogRecord(name, 20, __file__, 1, "m", (), None)

    assert (flt.filter(record("payment")), flt.filter(record("payment.db"))) == (False, False)
    assert flt.filter(record("boto3")) is True


def test_copy_config_gives_top_level_loggers_the_handler_and_name_key(stream, service):
    """Top-level std loggers write through the source handler with a ``name`` key."""
    library = logging.getLogger(f"lib{service}")
    sub = logging.getLogger(f"lib{service}.sub")
    skipped = logging.getLogger(f"skip{service}")
    source = Logger(service=service, stream=stream)

    utils.copy_config_to_registered_loggers(source_logger=source, exclude={skipped.name})
    library.info("library %s", "record", extra={"q": 1})
    sub.warning("from sub")

    first, second = (json.loads(line) for line in lines(stream))
    assert (first["name"], first["message"], first["q"]) == (library.name, "library record", 1)
    assert second["name"] == sub.name
    assert library.handlers == source.handlers
    assert library.propagate is False
    assert skipped.handlers == []
    assert sub.handlers == []
    assert library.level == logging.INFO
    assert source.get_current_keys()["name"] == "%(name)s"


def test_copy_config_level_options(service):
    """``log_level`` sets the level; ``ignore_log_level`` leaves it alone."""
    target = logging.getLogger(f"lvl{service}")
    target.setLevel(logging.CRITICAL)
    source = Logger(service=service, level="ERROR")

    utils.copy_config_to_registered_loggers(source, ignore_log_level=True, include={target.name})
    kept = target.level
    utils.copy_config_to_registered_loggers(source, log_level="DEBUG", include={target.name})

    assert (kept, target.level) == (logging.CRITICAL, logging.DEBUG)


def test_copy_config_with_buffering_routes_through_the_buffer(stream, service, monkeypatch):
    """With include_buffering, a library's debug record waits in the source's buffer."""
    monkeypatch.setenv("_X_AMZN_TRACE_ID", "Root=1-abc;Sampled=1")
    target = logging.getLogger(f"buf{service}")
    source = Logger(service=service, stream=stream, buffer_config=LoggerBufferConfig())

    utils.copy_config_to_registered_loggers(
        source, include={target.name}, include_buffering=True, log_level="DEBUG"
    )
    target.debug("buffered")
    target.info("written")
    written_first = [json.loads(line)["message"] for line in lines(stream)]
    source.flush_buffer()

    assert isinstance(target.handlers[0], BufferingHandler)
    assert written_first == ["written"]
    assert json.loads(lines(stream)[-1])["message"] == "buffered"
