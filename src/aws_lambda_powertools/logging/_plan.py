"""A formatter's keys compiled into the steps that write one record.

Keys whose value is the same for every record are encoded to JSON once, and runs of
them are joined into one piece of text; only the keys that depend on the record stay
as steps to evaluate per record.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping

from aws_lambda_powertools.logging._encoding import ValueEncoder, encode_str

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, TypeAlias

    from aws_lambda_powertools.logging.formatter import LambdaPowertoolsFormatter

# Keys the formatter sets after the configured ones; extras with these names change
# the position rules, so such records take the dict path.
LATE_KEYS = frozenset(
    ("message", "exception", "exception_name", "exception_notes", "stack_trace", "xray_trace_id")
)
_RECORD_ATTRIBUTE_KEYS = frozenset(
    (
        "name", "msg", "args", "level", "levelname", "levelno", "pathname", "filename",
        "module", "exc_info", "exc_text", "stack_info", "lineno", "funcName", "created",
        "msecs", "relativeCreated", "thread", "threadName", "processName", "process",
        "asctime", "location", "timestamp",
    )
)  # fmt: skip
_FIXED_TYPES = (str, int, float, bool)

# Segment kinds (plain ints: the formatter compares them once per key per record).
STATIC = 0
LEVEL = 1
LOCATION = 2
MESSAGE = 3
TIMESTAMP = 4
TEMPLATE = 5
VALUE = 6


# One step of a plan: (kind, text, value). ``text`` is the encoded ``"key":`` prefix, or
# for STATIC a whole run of encoded members; ``value`` is the configured key value.
Segment: TypeAlias = "tuple[int, str, Any]"


class FormatPlan:
    """Compiled keys of a formatter.

    Attributes:
        segments: the steps, in key order.
        taken: names an extra key must not use to stay on the fast path.
        message_last: ``message`` is not among the keys, so it goes after the extras.
        needs_dict: a late key (``exception``...) was configured explicitly; the record
            must be built as a dict to keep the position rules.
    """

    __slots__ = ("message_last", "needs_dict", "segments", "taken")

    def __init__(
        self,
        segments: tuple[Segment, ...],
        taken: frozenset[str],
        message_last: bool,
        needs_dict: bool,
    ) -> None:
        self.segments = segments
        self.taken = taken
        self.message_last = message_last
        self.needs_dict = needs_dict


def compile_plan(log_format: Mapping[str, Any], encoder: ValueEncoder) -> FormatPlan:
    """Compile the ordered keys ``log_format`` of a formatter into a :class:`FormatPlan`."""
    segments: list[Segment] = []
    static: list[str] = []

    def flush_static() -> None:
        if static:
            segments.append((STATIC, ",".join(static), None))
            static.clear()

    for key, value in log_format.items():
        prefix = f"{encode_str(key)}:"
        kind = _dynamic_kind(key, value)
        if kind is None:
            if value is not None:
                static.append(prefix + encoder.encode(value))
            continue
        flush_static()
        segments.append((kind, prefix, value))
    flush_static()

    configured = frozenset(log_format)
    late_configured = (LATE_KEYS - {"message"}) & configured
    return FormatPlan(
        segments=tuple(segments),
        taken=configured | LATE_KEYS,
        message_last="message" not in configured,
        needs_dict=bool(late_configured),
    )


def _dynamic_kind(key: str, value: Any) -> int | None:
    if key == "message":
        return MESSAGE
    if value and key in _RECORD_ATTRIBUTE_KEYS and isinstance(value, str):
        if value == "%(asctime)s":
            return TIMESTAMP
        if key == "level" and value == "%(levelname)s":
            return LEVEL
        if key == "location" and value == "%(funcName)s:%(lineno)d":
            return LOCATION
        return TEMPLATE
    if value is None or type(value) in _FIXED_TYPES:
        return None
    return VALUE  # mutable values are encoded as they are when the record is made


class TemplateValues(Mapping[str, object]):
    """The mapping a ``%(attribute)s`` key template is filled from.

    Record attributes, plus ``asctime`` (the formatted timestamp) and ``message``.
    """

    __slots__ = ("_formatter", "_record")

    def __init__(self, record: logging.LogRecord, formatter: LambdaPowertoolsFormatter) -> None:
        self._record = record
        self._formatter = formatter

    def __getitem__(self, key: str) -> Any:
        if key == "asctime":
            return self._formatter.formatTime(self._record)
        if key == "message":
            return self._record.getMessage()
        return self._record.__dict__[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._record.__dict__)

    def __len__(self) -> int:
        return len(self._record.__dict__)
