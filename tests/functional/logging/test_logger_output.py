"""The emitted line: key order, message forms, dropped keys and reserved overrides."""

from __future__ import annotations

import io
import json
import logging
import sys

import pytest
from logging_helpers import line_above, lines, timestamp_of

from aws_lambda_powertools import Logger


def _line(stream: io.StringIO) -> str:
    (line,) = lines(stream)
    return line


def test_info_emits_level_location_message_timestamp_service_in_order(stream, service):
    """A plain info call writes the five default keys, compactly, in the documented order."""
    logger = Logger(service=service, stream=stream)

    logger.info("Collecting payment")
    lineno = line_above()

    line = _line(stream)
    expected = (
        '{"level":"INFO","location":"test_info_emits_level_location_message_timestamp_'
        f'service_in_order:{lineno}","message":"Collecting payment","timestamp":'
        f'"{timestamp_of(line)}","service":"{service}"}}'
    )
    assert line == expected


@pytest.mark.parametrize(
    ("message", "args", "encoded"),
    [
        ("order %s has %d items", ("o-1", 3), '"order o-1 has 3 items"'),
        ('{"order": 1, "paid": true}', (), '{"order":1,"paid":true}'),
        ("[1, 2]", (), "[1,2]"),
        ("123", (), "123"),
        (' {"padded": 1}', (), '{"padded":1}'),
        ("not {json", (), '"not {json"'),
        ("total: 5", (), '"total: 5"'),
        ({"already": "a dict"}, (), '{"already":"a dict"}'),
        (["a", "list"], (), '["a","list"]'),
        (42, (), "42"),
        (b"raw", (), "\"b'raw'\""),
        ("héllo ✓", (), '"héllo ✓"'),
        ('{"order": %d}', (5,), '"{\\"order\\": 5}"'),
        ("%s", ("[1, 2]",), '"[1, 2]"'),
        ("%(count)s", ({"count": 3},), '"3"'),
    ],
)
def test_message_is_interpolated_decoded_or_kept(stream, service, message, args, encoded):
    """%-args are interpolated, JSON-looking strings decoded, other values encoded as is.

    Text built from %-args stays text even when it looks like JSON.
    """
    logger = Logger(service=service, stream=stream, log_record_order=["message"])

    logger.info(message, *args)

    assert _line(stream).startswith(f'{{"message":{encoded},"level":"INFO"')


@pytest.mark.parametrize(
    ("message", "encoded"), [({"kept": "as is"}, '{"kept":"as is"}'), ({}, "{}")]
)
def test_dict_message_ignores_args(stream, service, message, encoded):
    """A dict message is logged as the object it is; %-args are not applied to it."""
    logger = Logger(service=service, stream=stream, log_record_order=["message"])
    # std formatters (such as pytest's capture handler) would fail on dict % args
    logging.getLogger(service).propagate = False

    logger.info(message, "ignored")

    assert _line(stream).startswith(f'{{"message":{encoded},"level":"INFO"')


@pytest.mark.parametrize("message", [None, "null"])
def test_message_that_is_null_is_dropped(stream, service, message):
    """A message that is (or decodes to) null leaves no ``message`` key."""
    logger = Logger(service=service, stream=stream, log_record_order=["level"])

    logger.info(message)

    assert json.loads(_line(stream)).keys() == {"level", "location", "timestamp", "service"}


def test_keys_with_none_values_are_dropped(stream, service):
    """``sampling_rate`` and any key set to None never reach the line."""
    logger = Logger(service=service, stream=stream, log_record_order=["message"])
    logger.append_keys(order_id=None, tenant="acme")

    logger.info("x", extra={"k": None, "j": 2}, other=None)
    lineno = line_above()

    line = _line(stream)
    assert line == (
        f'{{"message":"x","level":"INFO","location":"test_keys_with_none_values_are_dropped:'
        f'{lineno}","timestamp":"{timestamp_of(line)}","service":"{service}",'
        '"tenant":"acme","j":2}'
    )


def test_persistent_then_extra_keys_then_xray_trace_id(stream, service, monkeypatch):
    """Appended keys follow service, per-call keys follow them, xray_trace_id comes last."""
    monkeypatch.setenv("_X_AMZN_TRACE_ID", "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1")
    logger = Logger(
        service=service, stream=stream, sampling_rate=0.0001, log_record_order=["message"]
    )
    logger.append_keys(order_id="o-1")
    logger.thread_safe_append_keys(request="r-1")

    logger.info("paid", extra={"amount": 12.5}, items=3)

    line = _line(stream)
    assert line.endswith(
        f'"service":"{service}","sampling_rate":0.0001,"order_id":"o-1","request":"r-1",'
        '"amount":12.5,"items":3,"xray_trace_id":"1-5759e988-bd862e3fe1be46a994272793"}'
    )


def test_xray_trace_id_set_to_none_turns_the_key_off(stream, service, monkeypatch):
    """``xray_trace_id=None`` as a Logger key hides the trace id until removed or re-set."""
    monkeypatch.setenv("_X_AMZN_TRACE_ID", "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1")
    logger = Logger(
        service=service, stream=stream, log_record_order=["message"], xray_trace_id=None
    )

    logger.info("off")
    logger.remove_keys(["xray_trace_id"])
    logger.info("on")
    logger.append_keys(xray_trace_id=None)
    logger.info("off again")
    logger.clear_state()
    logger.info("off after clear_state")

    assert [
        line.split(',"level"')[0] + "|" + line.split(f'"{service}"')[1] for line in lines(stream)
    ] == [
        '{"message":"off"|}',
        '{"message":"on"|,"xray_trace_id":"1-5759e988-bd862e3fe1be46a994272793"}',
        '{"message":"off again"|}',
        '{"message":"off after clear_state"|}',
    ]


def test_log_record_order_puts_chosen_keys_first(stream, service):
    """Listed keys come first in the given order; the rest keep the default order."""
    order = ["message", "order", "service"]
    logger = Logger(service=service, stream=stream, log_record_order=order, order="o1")

    logger.info("m")
    lineno = line_above()

    line = _line(stream)
    assert line == (
        f'{{"message":"m","order":"o1","service":"{service}","level":"INFO","location":'
        f'"test_log_record_order_puts_chosen_keys_first:{lineno}",'
        f'"timestamp":"{timestamp_of(line)}"}}'
    )


def test_message_goes_after_extras_when_not_in_record_order(stream, service):
    """Without ``message`` in ``log_record_order`` the message follows the extra keys."""
    logger = Logger(service=service, stream=stream, log_record_order=["timestamp", "absent"])

    logger.info("m", extra_key=1)
    lineno = line_above()

    line = _line(stream)
    assert line == (
        f'{{"timestamp":"{timestamp_of(line)}","level":"INFO","location":"test_message_goes_after_'
        f'extras_when_not_in_record_order:{lineno}","service":"{service}","extra_key":1,'
        '"message":"m"}'
    )


def test_reserved_attribute_keys_take_format_strings(stream, service):
    """``location``/``name``/``process`` overrides are %-formats of the record; others are text."""
    logger = Logger(
        service=service,
        stream=stream,
        location="[%(funcName)s] %(module)s",
        name="%(name)s",
        custom="%(module)s",
    )

    logger.info("m")

    record = json.loads(_line(stream))
    assert (
        record["location"]
        == "[test_reserved_attribute_keys_take_format_strings] test_logger_output"
    )
    assert record["name"] == service
    assert record["custom"] == "%(module)s"


def test_reserved_attribute_override_that_is_not_text_is_rejected(service):
    """A non-string override of a record attribute raises ValueError naming the key."""
    with pytest.raises(ValueError, match="location=5"):
        Logger(service=service, location=5)


def test_extra_keys_named_like_format_keys_are_ignored(stream, service):
    """Per-call ``level``/``location``/``timestamp`` cannot overwrite the computed values."""
    logger = Logger(service=service, stream=stream)

    logger.info("x", level="LV", location="L", timestamp="t")

    record = json.loads(_line(stream))
    assert (record["level"], record["location"].split(":")[0]) == (
        "INFO",
        "test_extra_keys_named_like_format_keys_are_ignored",
    )
    assert record["timestamp"] != "t"


def test_extra_key_overriding_a_persistent_key_keeps_its_position(stream, service):
    """Per-call ``service`` replaces the value where ``service`` already sits."""
    logger = Logger(service=service, stream=stream, log_record_order=["message"])
    logger.append_keys(order_id="o-1")

    logger.info("x", service="override", order_id=None)

    assert _line(stream).endswith('"service":"override"}')


def test_extra_that_overwrites_a_record_attribute_raises_like_std_logging(stream, service):
    """``message`` or ``name`` in ``extra`` raise KeyError, as in ``logging``."""
    logger = Logger(service=service, stream=stream)

    with pytest.raises(KeyError, match="message"):
        logger.info("x", message="m")
    assert lines(stream) == []


def test_stacklevel_selects_the_reported_caller(stream, service):
    """``stacklevel=3`` reports the caller of the function that logs."""
    logger = Logger(service=service, stream=stream)

    def helper() -> None:
        logger.info("from helper", stacklevel=3)

    helper()
    lineno = line_above()

    assert json.loads(_line(stream))["location"] == (
        f"test_stacklevel_selects_the_reported_caller:{lineno}"
    )


def test_powertools_dev_pretty_prints_with_indent_four(stream, service, monkeypatch):
    """POWERTOOLS_DEV indents each key on its own line, keeping compact separators."""
    monkeypatch.setenv("POWERTOOLS_DEV", "1")
    with pytest.warns(UserWarning, match="POWERTOOLS_DEV"):
        logger = Logger(service=service, stream=stream, log_record_order=["message"])

    logger.info("m")

    text = stream.getvalue()
    assert text.startswith('{\n    "message":"m",\n    "level":"INFO",\n')
    assert text.endswith(f'    "service":"{service}"\n}}\n')


def test_unknown_attributes_are_forwarded_to_the_std_logger(service):
    """``logger.propagate``, ``getEffectiveLevel`` and friends come from ``logging.Logger``."""
    logger = Logger(service=service, level="WARNING")

    assert logger.getEffectiveLevel() == 30
    assert logger.isEnabledFor(20) is False
    assert logger.propagate is True
    assert logger.name == service


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="taskName is a record attribute")
def test_task_name_extra_is_written_before_python_3_12(stream, service):
    """Before Python 3.12 records have no ``taskName``, so an extra of that name is kept."""
    logger = Logger(service=service, stream=stream)

    logger.info("m", taskName="worker-1")
    lineno = line_above()

    line = _line(stream)
    assert line == (
        f'{{"level":"INFO","location":"test_task_name_extra_is_written_before_python_3_12:'
        f'{lineno}","message":"m","timestamp":"{timestamp_of(line)}","service":"{service}",'
        '"taskName":"worker-1"}'
    )
