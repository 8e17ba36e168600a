"""A log call never raises because of the values it is given, and JSON values round-trip."""

from __future__ import annotations

import io
import json
import logging
import uuid
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from logging_helpers import lines

from aws_lambda_powertools import Logger
from aws_lambda_powertools.logging.formatter import LambdaPowertoolsFormatter


class _BrokenStr:
    def __str__(self) -> str:
        raise RuntimeError("no text for you")


def _only(stream: io.StringIO) -> dict[str, Any]:
    (line,) = lines(stream)
    return json.loads(line)


def test_unserializable_objects_are_written_as_text(stream, service):
    """Objects JSON does not know go through ``str``."""
    logger = Logger(service=service, stream=stream)

    logger.info("m", when=uuid.UUID(int=1), kind=object)

    record = _only(stream)
    assert record["when"] == "00000000-0000-0000-0000-000000000001"
    assert record["kind"] == "<class 'object'>"


def test_bytes_and_sets_are_written_as_text(stream, service):
    """bytes and sets become their ``str`` form."""
    logger = Logger(service=service, stream=stream)

    logger.info("m", raw=b"\x00\xff", tags={"a"})

    record = _only(stream)
    assert (record["raw"], record["tags"]) == ("b'\\x00\\xff'", "{'a'}")


def test_circular_structures_are_cut(stream, service):
    """A structure that contains itself is written with a marker at the cycle."""
    logger = Logger(service=service, stream=stream)
    loop: dict[str, Any] = {"name": "loop"}
    loop["self"] = loop
    chain: list[Any] = [1]
    chain.append(chain)

    logger.info("m", loop=loop, chain=chain)

    record = _only(stream)
    assert record["loop"] == {"name": "loop", "self": "<circular reference>"}
    assert record["chain"] == [1, "<circular reference>"]


def test_huge_strings_are_written_whole(stream, service):
    """A multi-megabyte value is written in full."""
    logger = Logger(service=service, stream=stream)
    huge = "é" * 2_000_000

    logger.info(huge, copy=huge)

    record = _only(stream)
    assert record["message"] == huge
    assert record["copy"] == huge


def test_non_string_keys_are_written(stream, service):
    """Number, None and tuple keys in values or extras never stop the record."""
    logger = Logger(service=service, stream=stream)

    logger.info("m", extra={1: "int", None: "none", (1, 2): "tuple"}, nested={(3,): "t", 2: "i"})

    record = _only(stream)
    assert (record["1"], record["null"], record["(1, 2)"]) == ("int", "none", "tuple")
    assert record["nested"] == {"(3,)": "t", "2": "i"}


def test_values_whose_str_raises_are_named(stream, service):
    """Even an object whose ``__str__`` raises leaves a readable placeholder."""
    logger = Logger(service=service, stream=stream)

    logger.info("m", broken=_BrokenStr())

    assert _only(stream)["broken"] == "<unprintable _BrokenStr>"


def test_mismatched_format_arguments_keep_the_record(stream, service):
    """Too few %-arguments still write the message with its arguments."""
    logger = Logger(service=service, stream=stream)
    logging.getLogger(service).propagate = False  # pytest's capture handler would raise

    logger.info("%s and %s", "only one")

    assert _only(stream)["message"] == "%s and %s ('only one',)"


def test_broken_custom_serializer_falls_back_to_json(stream, service):
    """A json_serializer that raises does not lose the record."""

    def serializer(log: dict[str, Any]) -> str:
        raise TypeError("broken serializer")

    logger = Logger(service=service, stream=stream, json_serializer=serializer)
    logger.info("kept")

    assert _only(stream)["message"] == "kept"


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


@settings(max_examples=150, deadline=None)
@given(value=json_values.filter(lambda v: v is not None))
def test_json_compatible_extra_values_round_trip(value):
    """Any JSON value passed as an extra key comes back equal after parsing the line."""
    stream = io.StringIO()
    logger = Logger(service=f"round-trip-{uuid.uuid4().hex}", stream=stream)

    logger.info("m", payload=value)

    (line,) = stream.getvalue().split("\n")[:-1]  # not splitlines: "\x85" is a line break there
    assert json.loads(line)["payload"] == value


@settings(max_examples=150, deadline=None)
@given(
    keys=st.dictionaries(
        st.text(min_size=1, max_size=6).filter(lambda k: k not in {"message", "asctime"}),
        json_values,
        max_size=5,
    ),
    extra=st.dictionaries(
        st.sampled_from(["a", "b", "service", "order", "exception", "x"]), json_values, max_size=3
    ),
)
def test_precompiled_output_equals_dumping_the_ordered_dict(keys, extra):
    """The fast path writes exactly what json.dumps of the dict path writes."""
    fast = LambdaPowertoolsFormatter(service="equal", **_valid_keys(keys))
    slow = LambdaPowertoolsFormatter(
        service="equal",
        json_serializer=lambda log: json.dumps(
            log, separators=(",", ":"), ensure_ascii=False, default=str
        ),
        **_valid_keys(keys),
    )
    record = logging.LogRecord("equal", 20, __file__, 10, "msg", (), None, func="fn")
    record.__dict__.update(extra)

    assert fast.format(record) == slow.format(record)


def _valid_keys(keys: dict[str, Any]) -> dict[str, Any]:
    from aws_lambda_powertools.logging.formatter import RESERVED_LOG_ATTRS

    return {k: v for k, v in keys.items() if k not in RESERVED_LOG_ATTRS}
