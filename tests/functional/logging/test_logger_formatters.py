"""Formatters: serializer hooks, timestamps, bring-your-own formatter and handler, Datadog."""

from __future__ import annotations

import io
import json
import logging
import re
from typing import Any

import pytest
from logging_helpers import line_above, lines, timestamp_of

from aws_lambda_powertools import Logger
from aws_lambda_powertools.logging.formatter import (
    RESERVED_LOG_ATTRS,
    BasePowertoolsFormatter,
    JsonFormatter,
    LambdaPowertoolsFormatter,
)
from aws_lambda_powertools.logging.formatters.datadog import DatadogLogFormatter


def test_custom_json_serializer_receives_the_ordered_dict(stream, service):
    """``json_serializer`` gets the record dict (None keys dropped) in key order."""
    received: list[dict[str, Any]] = []

    def serializer(log: dict[str, Any]) -> str:
        received.append(log)
        return "|".join(log)

    logger = Logger(service=service, stream=stream, json_serializer=serializer)
    logger.info("m", order=1)

    assert lines(stream) == ["level|location|message|timestamp|service|order"]
    assert received[0]["order"] == 1


def test_custom_deserializer_and_default(stream, service):
    """``json_deserializer`` decodes messages, ``json_default`` converts unknown values."""

    class Money:
        def __repr__(self) -> str:
            return "Money(5)"

    logger = Logger(
        service=service,
        stream=stream,
        json_deserializer=lambda text: {"decoded": text},
        json_default=repr,
    )
    logger.info("anything", amount=Money())

    record = json.loads(lines(stream)[0])
    assert (record["message"], record["amount"]) == ({"decoded": "anything"}, "Money(5)")


def test_custom_deserializer_is_not_applied_to_text_built_from_args(stream, service):
    """A message with %-args is interpolated and logged as text, never deserialized."""
    logger = Logger(
        service=service,
        stream=stream,
        log_record_order=["message"],
        json_deserializer=lambda text: {"decoded": text},
    )
    logger.info("order %s", "o-1")
    logger.info("order")

    assert [line.split(',"level"')[0] for line in lines(stream)] == [
        '{"message":"order o-1"',
        '{"message":{"decoded":"order"}',
    ]


def test_subclass_overriding_serialize_post_processes_the_dict(stream, service):
    """A subclass's ``serialize`` sees every record as a dict."""

    class Upper(LambdaPowertoolsFormatter):
        def serialize(self, log: dict[str, Any]) -> str:
            return json.dumps({key.upper(): value for key, value in log.items()})

    logger = Logger(service=service, stream=stream, logger_formatter=Upper(service=service))
    logger.info("m")

    assert json.loads(lines(stream)[0])["MESSAGE"] == "m"


def test_bring_your_own_formatter_gets_keys_from_the_logger(stream, service):
    """A BasePowertoolsFormatter subclass receives the Logger's keys through append_keys.

    ``service`` and ``sampling_rate`` arrive at construction and again after clear_state.
    """

    class Minimal(BasePowertoolsFormatter):
        def __init__(self) -> None:
            super().__init__()
            self.keys: dict[str, Any] = {}

        def append_keys(self, **additional_keys: Any) -> None:
            self.keys.update(additional_keys)

        def clear_state(self) -> None:
            self.keys = {}

        def format(self, record: logging.LogRecord) -> str:
            return json.dumps({"msg": record.getMessage(), **self.keys})

    logger = Logger(service=service, stream=stream, logger_formatter=Minimal())
    logger.append_keys(order="o-1")
    logger.info("custom")
    logger.clear_state()
    logger.info("cleared")

    assert lines(stream) == [
        f'{{"msg": "custom", "service": "{service}", "sampling_rate": null, "order": "o-1"}}',
        f'{{"msg": "cleared", "service": "{service}", "sampling_rate": null}}',
    ]
    assert logger.get_correlation_id() is None


def test_formatter_given_to_the_logger_gets_its_constructor_keys(stream, service):
    """A LambdaPowertoolsFormatter subclass passed in emits ``service`` and the Logger kwargs."""

    class Renamed(LambdaPowertoolsFormatter):
        def serialize(self, log: dict[str, Any]) -> str:
            log["event"] = log.pop("message")
            return self.json_serializer(log)

    logger = Logger(service=service, stream=stream, logger_formatter=Renamed(), env="prod")
    logger.info("hello", order_id=1)
    lineno = line_above()

    line = lines(stream)[0]
    assert line == (
        f'{{"level":"INFO","location":"test_formatter_given_to_the_logger_gets_its_'
        f'constructor_keys:{lineno}","timestamp":"{timestamp_of(line)}",'
        f'"service":"{service}","env":"prod","order_id":1,"event":"hello"}}'
    )


def test_datadog_formatter_lines_carry_the_service(stream, service):
    """The Datadog formatter gets the Logger's ``service`` like the default one."""
    logger = Logger(service=service, stream=stream, logger_formatter=DatadogLogFormatter())
    logger.info("dd")
    lineno = line_above()

    line = lines(stream)[0]
    stamp = json.loads(line)["timestamp"]
    assert line == (
        f'{{"level":"INFO","location":"test_datadog_formatter_lines_carry_the_service:{lineno}",'
        f'"message":"dd","timestamp":"{stamp}","service":"{service}"}}'
    )


def test_clear_state_gives_a_reused_logger_its_own_service_keys(stream, service):
    """clear_state on a second Logger of a service re-adds that Logger's sampling_rate."""
    first = Logger(service=service, stream=stream, order="o-1")
    second = Logger(service=service, sampling_rate=0.0)

    second.clear_state()
    first.info("x")
    lineno = line_above()

    line = lines(stream)[0]
    assert line == (
        f'{{"level":"INFO","location":"test_clear_state_gives_a_reused_logger_its_own_service_'
        f'keys:{lineno}","message":"x","timestamp":"{timestamp_of(line)}",'
        f'"service":"{service}","sampling_rate":0.0,"order":"o-1"}}'
    )


def test_bring_your_own_handler_receives_the_json_lines(service):
    """``logger_handler`` replaces the stream handler and gets the JSON formatter."""
    buffer = io.StringIO()
    handler = logging.StreamHandler(buffer)

    logger = Logger(service=service, logger_handler=handler)
    logger.info("to my handler")

    assert logger.registered_handler is handler
    assert isinstance(handler.formatter, LambdaPowertoolsFormatter)
    assert json.loads(buffer.getvalue())["message"] == "to my handler"


def test_datadog_formatter_uses_rfc3339_timestamps(stream, service):
    """DatadogLogFormatter writes ISO-8601 timestamps with a colon offset."""
    logger = Logger(service=service, stream=stream, logger_formatter=DatadogLogFormatter())
    logger.info("dd")

    timestamp = json.loads(lines(stream)[0])["timestamp"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00", timestamp)


@pytest.mark.parametrize(
    ("options", "pattern"),
    [
        ({"utc": True}, r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}\+0000"),
        ({"use_rfc3339": True}, r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00"),
        ({"datefmt": "%H:%M:%S.%F"}, r"\d\d:\d\d:\d\d\.\d{3}"),
        ({"datefmt": "%Y %f", "use_datetime_directive": True}, r"\d{4} \d{6}"),
    ],
)
def test_timestamp_options(stream, service, options, pattern):
    """Each timestamp option produces its documented shape."""
    logger = Logger(service=service, stream=stream, **options)
    logger.info("t")

    assert re.fullmatch(pattern, json.loads(lines(stream)[0])["timestamp"])


def test_json_formatter_alias_and_reserved_attributes():
    """JsonFormatter is the default formatter and RESERVED_LOG_ATTRS lists record fields."""
    assert JsonFormatter is LambdaPowertoolsFormatter
    assert {"name", "msg", "args", "location", "timestamp", "asctime"} <= set(RESERVED_LOG_ATTRS)


def test_std_logger_records_are_formatted_like_logger_records(stream, service):
    """A record logged through the underlying std logger gets the same keys and extras."""
    logger = Logger(service=service, stream=stream, log_record_order=["message"])
    logging.getLogger(service).warning("plain %s", "std", extra={"k": 1})

    assert lines(stream)[0].startswith('{"message":"plain std","level":"WARNING"')
    assert lines(stream)[0].endswith(f'"service":"{service}","k":1}}')
    assert logger.registered_formatter.formatTime(
        logging.LogRecord("x", 20, __file__, 1, "m", (), None)
    )


def _record_at(created: float) -> logging.LogRecord:
    record = logging.LogRecord("svc", logging.INFO, __file__, 1, "m", (), None)
    record.created, record.msecs = created, (created - int(created)) * 1000
    return record


def test_format_time_honours_the_datefmt_it_is_given():
    """``formatTime(record, datefmt)`` uses that format (``%F`` = ms); ``""`` means default."""
    formatter = LambdaPowertoolsFormatter(utc=True, datefmt="%H")
    record = _record_at(1700000000.5)

    assert formatter.formatTime(record) == "22"
    assert formatter.formatTime(record, "%Y-%m-%dT%H:%M:%S.%F") == "2023-11-14T22:13:20.500"
    assert formatter.formatTime(record, "") == "2023-11-14 22:13:20,500+0000"
    assert (
        LambdaPowertoolsFormatter(use_rfc3339=True, utc=True).formatTime(record, "%H")
        == "2023-11-14T22:13:20.500+00:00"
    )
    assert (formatter.default_time_format, formatter.custom_ms_time_directive) == (
        "%Y-%m-%d %H:%M:%S,%F%z",
        "%F",
    )


def test_subclass_calling_format_time_with_a_datefmt_emits_that_format(stream, service):
    """A formatter subclass can add its own time key with ``formatTime(record, datefmt)``."""

    class WithDay(LambdaPowertoolsFormatter):
        def serialize(self, log: dict[str, Any]) -> str:
            log["day"] = self.formatTime(_record_at(1700000000.25), "%Y-%m-%d %F")
            return self.json_serializer(log)

    logger = Logger(service=service, stream=stream, logger_formatter=WithDay(utc=True))
    logger.info("m")
    lineno = line_above()

    line = lines(stream)[0]
    assert line == (
        f'{{"level":"INFO","location":"test_subclass_calling_format_time_with_a_datefmt_emits_'
        f'that_format:{lineno}","message":"m","timestamp":"{timestamp_of(line)}",'
        f'"service":"{service}","day":"2023-11-14 250"}}'
    )


def test_update_formatter_is_an_alias_of_append_keys(stream, service):
    """The legacy ``update_formatter`` adds keys like ``append_keys``."""
    logger = Logger(service=service, stream=stream)
    logger.registered_formatter.update_formatter(order_id="o-1")  # type: ignore[attr-defined]
    logger.info("m")
    lineno = line_above()

    line = lines(stream)[0]
    assert line == (
        f'{{"level":"INFO","location":"test_update_formatter_is_an_alias_of_append_keys:'
        f'{lineno}","message":"m","timestamp":"{timestamp_of(line)}","service":"{service}",'
        '"order_id":"o-1"}'
    )
