"""Exception records: traceback text, name, notes, structured stack trace, uncaught hook."""

from __future__ import annotations

import json
import sys

from logging_helpers import line_above, lines, timestamp_of

from aws_lambda_powertools import Logger


def _decline_payment() -> None:
    raise ValueError("payment declined")


def test_exception_adds_traceback_name_and_stack_trace_at_the_end(stream, service):
    """``logger.exception`` writes exception, exception_name and stack_trace after the keys."""
    logger = Logger(service=service, stream=stream)

    try:
        _decline_payment()
    except ValueError:
        logger.exception("failed %s", "checkout")

    (line,) = lines(stream)
    record = json.loads(line)
    raise_line = _decline_payment.__code__.co_firstlineno + 1
    assert record["exception"].startswith("Traceback (most recent call last):\n")
    assert record["exception"].endswith("ValueError: payment declined")
    assert record["stack_trace"] == {
        "type": "ValueError",
        "value": "payment declined",
        "module": "builtins",
        "frames": [
            {
                "file": __file__,
                "line": record["stack_trace"]["frames"][0]["line"],
                "function": "test_exception_adds_traceback_name_and_stack_trace_at_the_end",
                "statement": "_decline_payment()",
            },
            {
                "file": __file__,
                "line": raise_line,
                "function": "_decline_payment",
                "statement": 'raise ValueError("payment declined")',
            },
        ],
    }
    exception_json = json.dumps(record["exception"], ensure_ascii=False)
    stack_json = json.dumps(record["stack_trace"], separators=(",", ":"))
    assert line == (
        f'{{"level":"ERROR","location":"{record["location"]}","message":"failed checkout",'
        f'"timestamp":"{timestamp_of(line)}","service":"{service}","exception":{exception_json},'
        f'"exception_name":"ValueError","stack_trace":{stack_json}}}'
    )


def test_exception_notes_are_listed(stream, service):
    """Notes added with ``add_note`` appear as ``exception_notes``."""
    logger = Logger(service=service, stream=stream, serialize_stacktrace=False)

    try:
        _decline_payment()
    except ValueError as error:
        # add_note() arrived in Python 3.11; setting __notes__ is what it does.
        error.__notes__ = ["card expired"]
        logger.exception("failed")

    record = json.loads(lines(stream)[0])
    assert record["exception_notes"] == ["card expired"]
    if sys.version_info >= (3, 11):  # older tracebacks do not print notes
        assert record["exception"].endswith("ValueError: payment declined\ncard expired")
    assert list(record)[-3:] == ["exception", "exception_name", "exception_notes"]


def test_serialize_stacktrace_off_leaves_no_stack_trace(stream, service):
    """``serialize_stacktrace=False`` keeps only the text traceback and the name."""
    logger = Logger(service=service, stream=stream, serialize_stacktrace=False)

    try:
        raise KeyError("k")
    except KeyError as error:
        logger.info("with error object", exc_info=error)

    record = json.loads(lines(stream)[0])
    assert record["exception_name"] == "KeyError"
    assert "stack_trace" not in record


def test_exception_outside_an_except_block_adds_no_exception_keys(stream, service):
    """With no exception being handled there is nothing to describe."""
    logger = Logger(service=service, stream=stream)

    logger.exception("nothing happened")

    record = json.loads(lines(stream)[0])
    assert record["level"] == "ERROR"
    assert "exception" not in record
    assert "exception_name" not in record


def test_log_uncaught_exceptions_logs_through_the_excepthook(stream, service):
    """The installed hook logs the uncaught exception at ERROR with its traceback."""
    logger = Logger(service=service, stream=stream, log_uncaught_exceptions=True)

    try:
        _decline_payment()
    except ValueError:
        sys.excepthook(*sys.exc_info())

    line = lines(stream)[0]
    record = json.loads(line)
    exception_json = json.dumps(record["exception"], ensure_ascii=False)
    stack_json = json.dumps(record["stack_trace"], separators=(",", ":"))
    assert line == (
        '{"level":"ERROR","location":"log_uncaught_exception_hook:'
        f'{record["location"].split(":")[1]}","message":"payment declined",'
        f'"timestamp":"{timestamp_of(line)}","service":"{service}","exception":{exception_json},'
        f'"exception_name":"ValueError","stack_trace":{stack_json}}}'
    )
    assert logger.log_uncaught_exceptions is True


def test_exception_keys_given_by_the_caller_are_kept_without_an_exception(stream, service):
    """``exception``/``exception_name`` passed as keys are written when nothing is raised."""
    logger = Logger(service=service, stream=stream)
    logger.append_keys(exception_name="PaymentDeclined")

    logger.error("declined", exception="card expired")
    lineno = line_above()

    line = lines(stream)[0]
    assert line == (
        f'{{"level":"ERROR","location":"test_exception_keys_given_by_the_caller_are_kept_'
        f'without_an_exception:{lineno}","message":"declined","timestamp":'
        f'"{timestamp_of(line)}","service":"{service}","exception_name":"PaymentDeclined",'
        '"exception":"card expired"}'
    )


def test_exception_name_given_by_the_caller_wins_over_the_raised_one(stream, service):
    """A caller's ``exception_name`` stays in place; the traceback still fills ``exception``."""
    logger = Logger(service=service, stream=stream, serialize_stacktrace=False)

    try:
        _decline_payment()
    except ValueError:
        logger.exception("failed", exception_name="PaymentDeclined")

    line = lines(stream)[0]
    record = json.loads(line)
    exception_json = json.dumps(record["exception"], ensure_ascii=False)
    assert record["exception"].endswith("ValueError: payment declined")
    assert line == (
        f'{{"level":"ERROR","location":"{record["location"]}","message":"failed",'
        f'"timestamp":"{timestamp_of(line)}","service":"{service}",'
        f'"exception_name":"PaymentDeclined","exception":{exception_json}}}'
    )


def test_exception_keys_in_log_record_order_are_filled_from_the_exception(stream, service):
    """Naming ``exception`` in log_record_order positions the traceback, it does not hide it."""
    logger = Logger(
        service=service,
        stream=stream,
        log_record_order=["level", "exception_name", "message"],
        serialize_stacktrace=False,
    )

    try:
        _decline_payment()
    except ValueError:
        logger.exception("failed")

    line = lines(stream)[0]
    record = json.loads(line)
    exception_json = json.dumps(record["exception"], ensure_ascii=False)
    assert line == (
        f'{{"level":"ERROR","exception_name":"ValueError","message":"failed",'
        f'"location":"{record["location"]}","timestamp":"{timestamp_of(line)}",'
        f'"service":"{service}","exception":{exception_json}}}'
    )
