"""Formatters that turn log records into one JSON object per line.

:class:`LambdaPowertoolsFormatter` (alias :data:`JsonFormatter`) is the Logger's default;
subclass :class:`BasePowertoolsFormatter` to bring your own.

The default formatter compiles its keys into a plan once (whenever the keys change): keys
with fixed values are encoded to JSON text ahead of time, so a record only encodes what
differs per record (level, location, message, timestamp, extras). The output is the
same text ``json.dumps(log, separators=(",", ":"), ensure_ascii=False)`` of the ordered
record would give.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from abc import ABCMeta, abstractmethod
from collections.abc import Callable, Iterable
from contextvars import ContextVar
from functools import partial

from aws_lambda_powertools.logging._encoding import (
    ValueEncoder,
    encode_str,
    make_printable,
    serialize_safely,
)
from aws_lambda_powertools.logging._plan import (
    LEVEL,
    LOCATION,
    MESSAGE,
    STATIC,
    TEMPLATE,
    TIMESTAMP,
    FormatPlan,
    TemplateValues,
    compile_plan,
)
from aws_lambda_powertools.logging._record import fast_extra
from aws_lambda_powertools.logging._stack_trace import (
    ExcInfo,
    exception_notes,
    serialize_stack_trace,
)
from aws_lambda_powertools.logging._timestamp import (
    DEFAULT_DATEFMT,
    MILLISECONDS_DIRECTIVE,
    TimestampRenderer,
)
from aws_lambda_powertools.shared import constants

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__all__ = [
    "RESERVED_FORMATTER_CUSTOM_KEYS",
    "RESERVED_LOG_ATTRS",
    "BasePowertoolsFormatter",
    "JsonFormatter",
    "LambdaPowertoolsFormatter",
]

RESERVED_LOG_ATTRS = (
    "name",
    "msg",
    "args",
    "level",
    "levelname",
    "levelno",
    "pathname",
    "filename",
    "module",
    "exc_info",
    "exc_text",
    "stack_info",
    "lineno",
    "funcName",
    "created",
    "msecs",
    "relativeCreated",
    "thread",
    "threadName",
    "processName",
    "process",
    "asctime",
    "location",
    "timestamp",
)
RESERVED_FORMATTER_CUSTOM_KEYS = [
    "json_serializer",
    "json_deserializer",
    "json_default",
    "datefmt",
    "use_datetime_directive",
    "log_record_order",
    "utc",
    "use_rfc3339",
    "serialize_stacktrace",
]
DEFAULT_LOG_RECORD_ORDER = ["level", "location", "message", "timestamp"]

# Keys shared by every formatter in the current thread or task; the dict is replaced on
# every change, never mutated, so contexts never see each other's keys.
THREAD_LOCAL_KEYS: ContextVar[dict[str, Any]] = ContextVar("THREAD_LOCAL_KEYS", default={})  # noqa: B039

_RESERVED = frozenset(RESERVED_LOG_ATTRS)
_XRAY_KEY = "xray_trace_id"
# Record attributes that are never copied into the line as extra keys (``taskName`` is
# one from Python 3.12; before that it is free for callers to pass as an extra).
_NOT_EXTRA = _RESERVED | {"message"} | ({"taskName"} if sys.version_info >= (3, 12) else set())
# Characters a JSON document may start with (after optional whitespace).
_JSON_START = frozenset(' \t\n\r{["-0123456789tfnNI')


def _environment_reader(name: str) -> Callable[[], str | None]:
    """Return a fast reader of one environment variable.

    ``os.environ.get`` raises and catches a ``KeyError`` inside when the variable is
    unset, which costs more than the rest of a record's key lookups; the raw mapping
    behind ``os.environ`` answers without that.
    """
    environ = os.environ
    raw = getattr(environ, "_data", None)
    encode_key = getattr(environ, "encodekey", None)
    decode_value = getattr(environ, "decodevalue", None)
    if not isinstance(raw, dict) or encode_key is None or decode_value is None:
        return lambda: environ.get(name)

    key = encode_key(name)
    get = raw.get

    def read() -> str | None:
        value = get(key)
        return None if value is None else str(decode_value(value))

    return read


_read_trace_header = _environment_reader(constants.XRAY_TRACE_ID_ENV)


class BasePowertoolsFormatter(logging.Formatter, metaclass=ABCMeta):
    """Base class for a formatter the Logger can manage keys on.

    Implement :meth:`append_keys` and :meth:`clear_state` (and usually ``format``); the
    other key operations are optional. The ``thread_safe_*`` operations work for every
    subclass, on keys shared across formatters of the current thread.
    """

    @abstractmethod
    def append_keys(self, **additional_keys: Any) -> None:
        """Add keys to every record this formatter emits."""

    def get_current_keys(self) -> dict[str, Any]:
        """Return the keys added to every record (none unless a subclass keeps some)."""
        return {}

    def remove_keys(self, keys: Iterable[str]) -> None:
        """Stop adding ``keys`` to records (a no-op unless a subclass keeps keys)."""

    @abstractmethod
    def clear_state(self) -> None:
        """Go back to the keys the formatter started with."""

    def thread_safe_append_keys(self, **additional_keys: Any) -> None:
        """Add keys for records logged from the current thread (or asyncio task) only."""
        THREAD_LOCAL_KEYS.set({**THREAD_LOCAL_KEYS.get(), **additional_keys})

    def thread_safe_get_current_keys(self) -> dict[str, Any]:
        """Return the keys added for the current thread."""
        return dict(THREAD_LOCAL_KEYS.get())

    def thread_safe_remove_keys(self, keys: Iterable[str]) -> None:
        """Remove keys added for the current thread."""
        remaining = dict(THREAD_LOCAL_KEYS.get())
        for key in keys:
            remaining.pop(key, None)
        THREAD_LOCAL_KEYS.set(remaining)

    def thread_safe_clear_keys(self) -> None:
        """Remove every key added for the current thread."""
        THREAD_LOCAL_KEYS.set({})


class LambdaPowertoolsFormatter(BasePowertoolsFormatter):
    """Format each record as one JSON object with a fixed key order.

    Class attributes:
        default_time_format: the timestamp format when ``datefmt`` is not given.
        custom_ms_time_directive: the directive that stands for milliseconds (``%F``).

    Args:
        json_serializer: callable turning the ordered record dict into text; compact
            ``json.dumps`` when omitted.
        json_deserializer: callable used to decode messages that look like JSON;
            ``json.loads`` when omitted.
        json_default: conversion for values JSON cannot encode; ``str`` when omitted.
        datefmt: ``strftime`` format of ``timestamp``; ``%F`` stands for milliseconds.
        use_datetime_directive: format the timestamp with ``datetime.strftime``.
        log_record_order: keys that come first, in this order; defaults to
            ``["level", "location", "message", "timestamp"]``.
        utc: timestamps in UTC instead of local time.
        use_rfc3339: ISO-8601 timestamps (``2024-01-31T12:00:00.123+00:00``).
        serialize_stacktrace: add a structured ``stack_trace`` key to exception records.
        **kwargs: keys added to every record; ``service`` among them. Keys named like a
            record attribute (``location``, ``name``, ``module``...) take a ``%``-style
            format string, e.g. ``location="%(module)s"``.

    Environment variables:
        POWERTOOLS_DEV: truthy pretty-prints every record with an indent of 4.

    Raises:
        ValueError: a key that overrides a record attribute is not a format string.
    """

    default_time_format = DEFAULT_DATEFMT
    custom_ms_time_directive = MILLISECONDS_DIRECTIVE

    def __init__(
        self,
        json_serializer: Callable[[dict[str, Any]], str] | None = None,
        json_deserializer: Callable[[str | bytes | bytearray], Any] | None = None,
        json_default: Callable[[Any], Any] | None = None,
        datefmt: str | None = None,
        use_datetime_directive: bool = False,
        log_record_order: list[str] | None = None,
        utc: bool = False,
        use_rfc3339: bool = False,
        serialize_stacktrace: bool = True,
        **kwargs: Any,
    ) -> None:
        from aws_lambda_powertools.shared.functions import powertools_dev_is_set

        self.json_deserializer = json_deserializer or json.loads
        self.json_default = json_default or str
        self.json_indent = 4 if powertools_dev_is_set() else None
        self.json_serializer = json_serializer or partial(
            json.dumps,
            default=self.json_default,
            separators=(",", ":"),
            indent=self.json_indent,
            ensure_ascii=False,
        )
        self.datefmt = datefmt
        self.use_datetime_directive = use_datetime_directive
        self.utc = utc
        self.use_rfc3339 = use_rfc3339
        self.serialize_stacktrace = serialize_stacktrace
        self.log_record_order = log_record_order or list(DEFAULT_LOG_RECORD_ORDER)
        super().__init__(datefmt=self.datefmt)
        self.converter = time.gmtime if utc else time.localtime

        self._timestamps = TimestampRenderer(datefmt, use_datetime_directive, utc, use_rfc3339)
        self._encoder = ValueEncoder(self.json_default)
        self._decode_any = json_deserializer is not None
        self._fast = (
            json_serializer is None
            and self.json_indent is None
            and type(self).serialize is LambdaPowertoolsFormatter.serialize
        )
        self.keys_combined = {"level": "%(levelname)s", "location": "%(funcName)s:%(lineno)d"}
        self.keys_combined["timestamp"] = "%(asctime)s"
        _check_reserved_overrides(kwargs)
        self.keys_combined.update(kwargs)
        self.log_format = dict.fromkeys(self.log_record_order)
        self.log_format.update(self.keys_combined)
        self._xray_disabled = _disables_xray(self.keys_combined)
        self._plan: FormatPlan | None = None
        self._level_texts: dict[str, str] = {}

    # -- keys ---------------------------------------------------------------------------

    def append_keys(self, **additional_keys: Any) -> None:
        """Add (or replace) keys on every record; a ``None`` value hides the key.

        Raises:
            ValueError: a key that overrides a record attribute is not a format string.
        """
        _check_reserved_overrides(additional_keys)
        self.log_format.update(additional_keys)
        if _XRAY_KEY in additional_keys:
            self._xray_disabled = _disables_xray(additional_keys)
        self._plan = None

    update_formatter = append_keys
    """Alias of :meth:`append_keys`, kept for code written against older releases."""

    def _merge_keys(self, keys: dict[str, Any]) -> None:
        # Keys computed by the toolkit (never record attribute names): no validation.
        self.log_format.update(keys)
        if _XRAY_KEY in keys:
            self._xray_disabled = _disables_xray(keys)
        self._plan = None

    def get_current_keys(self) -> dict[str, Any]:
        """Return a copy of the ordered keys (record attribute keys show their format)."""
        return dict(self.log_format)

    def remove_keys(self, keys: Iterable[str]) -> None:
        """Stop adding ``keys`` to records."""
        for key in keys:
            self.log_format.pop(key, None)
        if _XRAY_KEY not in self.log_format:
            self._xray_disabled = False
        self._plan = None

    def clear_state(self) -> None:
        """Go back to the keys given at construction and drop the thread-safe keys."""
        self.log_format = dict.fromkeys(self.log_record_order)
        self.log_format.update(self.keys_combined)
        self._xray_disabled = _disables_xray(self.keys_combined)
        self._plan = None
        THREAD_LOCAL_KEYS.set({})

    # -- formatting ---------------------------------------------------------------------

    def serialize(self, log: dict[str, Any]) -> str:
        """Turn the ordered record dict into text with ``json_serializer``.

        Override it in a subclass to post-process the dict; the formatter then builds a
        dict for every record and calls this method.
        """
        return self.json_serializer(log)

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        """Return the record's timestamp text, in ``datefmt`` when given.

        ``datefmt`` (``%F`` for milliseconds) replaces the configured format for this call,
        an empty one stands for :attr:`default_time_format`; ``utc`` and
        ``use_datetime_directive`` still apply, and RFC 3339 ignores it.
        """
        if datefmt is not None:
            fmt = datefmt or self.default_time_format
            return self._timestamps.render_format(fmt, record.created, record.msecs)
        return self._timestamps.render(record.created, record.msecs)

    def format(self, record: logging.LogRecord) -> str:
        """Return the record as one JSON object."""
        plan = self._plan
        if plan is None:
            plan = self._plan = compile_plan(self.log_format, self._encoder)
        if not self._fast or plan.needs_dict:
            return self._format_as_dict(record)

        extra = fast_extra(record)
        if extra is None:
            extra = _scan_extra(record)
        thread_keys = THREAD_LOCAL_KEYS.get()
        if (extra or thread_keys) and _collides(plan.taken, thread_keys, extra):
            return self._format_as_dict(record)

        message = record.msg
        if (
            type(message) is not str
            or record.args
            or self._decode_any
            or (message and message[0] in _JSON_START)
        ):
            message = self._message(record)
        encode = self._encoder.encode
        timestamps_plain = self._timestamps.plain
        parts: list[str] = []
        append = parts.append
        for kind, text, value in plan.segments:
            if kind == STATIC:
                append(text)
            elif kind == LEVEL:
                level_text = self._level_texts.get(record.levelname)
                if level_text is None:
                    level_text = self._level_texts[record.levelname] = text + encode_str(
                        record.levelname
                    )
                append(level_text)
            elif kind == LOCATION:
                append(f"{text}{encode_str(f'{record.funcName}:{record.lineno}')}")
            elif kind == MESSAGE:
                if message is not None:
                    append(text + encode(message))
            elif kind == TIMESTAMP:
                stamp = self._timestamps.render(record.created, record.msecs)
                append(f'{text}"{stamp}"' if timestamps_plain else text + encode_str(stamp))
            elif kind == TEMPLATE:
                append(text + encode(self._interpolate(value, record)))
            elif value is not None:
                append(text + encode(value))

        for key, value in thread_keys.items():
            if value is not None:
                append(f"{encode_str(key)}:{encode(value)}")
        for key, value in extra.items():
            if value is None or key in _NOT_EXTRA:
                continue
            if type(key) is not str:
                return self._format_as_dict(record)
            append(f"{encode_str(key)}:{encode(value)}")

        if plan.message_last and message is not None:
            append('"message":' + encode(message))
        if record.exc_info and record.exc_info[0] is not None:
            for key, value in self._exception_fields(record):
                if value is not None:
                    append(f'"{key}":{encode(value)}')
        trace_id = _xray_trace_id()
        if trace_id is not None:
            append('"xray_trace_id":' + encode_str(trace_id))
        return "{" + ",".join(parts) + "}"

    def _format_as_dict(self, record: logging.LogRecord) -> str:
        log = self._build_log(record)
        try:
            return self.serialize(log=log)
        except Exception:
            return serialize_safely(self.json_serializer, make_printable(log), self.json_default)

    def _build_log(self, record: logging.LogRecord) -> dict[str, Any]:
        log: dict[str, Any] = {}
        for key, value in self.log_format.items():
            if value and key in _RESERVED and isinstance(value, str):
                if value == "%(asctime)s":
                    log[key] = self.formatTime(record)
                else:
                    log[key] = self._interpolate(value, record)
            else:
                log[key] = value

        log.update(THREAD_LOCAL_KEYS.get())
        for key, value in record.__dict__.items():
            if key not in _NOT_EXTRA:
                log[key] = value
        log["message"] = self._message(record)
        if record.exc_info and record.exc_info[0] is not None:
            for key, value in self._exception_fields(record):
                # A value the caller gave (as a key or an extra) wins over the extracted
                # one; ``stack_trace`` is always the structured trace of the exception.
                if key == "stack_trace" or log.get(key) is None:
                    log[key] = value
        if not self._xray_disabled:
            log["xray_trace_id"] = _xray_trace_id()
        return {key: value for key, value in log.items() if value is not None}

    def _message(self, record: logging.LogRecord) -> Any:
        message = record.msg
        if isinstance(message, str):
            if record.args:
                # %-formatted text stays text, even when it looks like JSON.
                return _interpolate_args(message, record.args)
            if self._decode_any:
                try:
                    return self.json_deserializer(message)
                except Exception:
                    return message
            if message and message[0] in _JSON_START:
                try:
                    return json.loads(message)
                except Exception:
                    return message
            return message
        if record.args and not isinstance(message, dict):
            # A dict message is logged as it is; args only apply to text.
            return _interpolate_args(str(message), record.args)
        return message

    def _interpolate(self, template: str, record: logging.LogRecord) -> str:
        try:
            return template % TemplateValues(record, self)
        except Exception:
            return template

    def _exception_fields(self, record: logging.LogRecord) -> list[tuple[str, Any]]:
        exc_info: ExcInfo = record.exc_info  # type: ignore[assignment]
        if not record.exc_text:
            record.exc_text = self.formatException(exc_info)
        fields: list[tuple[str, Any]] = [
            ("exception", record.exc_text),
            ("exception_name", exc_info[0].__name__),
        ]
        notes = exception_notes(exc_info)
        if notes is not None:
            fields.append(("exception_notes", notes))
        if self.serialize_stacktrace:
            fields.append(("stack_trace", serialize_stack_trace(exc_info)))
        return fields


JsonFormatter = LambdaPowertoolsFormatter
"""Alias of :class:`LambdaPowertoolsFormatter`."""


def _disables_xray(keys: dict[str, Any]) -> bool:
    """Return whether ``keys`` set ``xray_trace_id`` to ``None`` (turning the key off)."""
    return _XRAY_KEY in keys and keys[_XRAY_KEY] is None


def _check_reserved_overrides(keys: dict[str, Any]) -> None:
    for key, value in keys.items():
        if key in _RESERVED and value and not isinstance(value, str):
            message = (
                f"Logging keys that override reserved log attributes need to be type 'str', "
                f"instead got {type(value).__name__!r} for {key}={value!r}: pass a %-style "
                f'format string such as location="%(funcName)s:%(lineno)d"'
            )
            raise ValueError(message)


def _scan_extra(record: logging.LogRecord) -> dict[str, Any]:
    return {key: value for key, value in record.__dict__.items() if key not in _NOT_EXTRA}


def _collides(taken: frozenset[str], thread_keys: dict[str, Any], extra: dict[str, Any]) -> bool:
    if thread_keys and (
        not taken.isdisjoint(thread_keys) or not extra.keys().isdisjoint(thread_keys)
    ):
        return True
    return bool(extra) and not taken.isdisjoint(extra)


def _interpolate_args(message: str, args: Any) -> str:
    try:
        return str(message % args)
    except Exception:
        return f"{message} {args!r}"


_trace_cache: list[str | None] = [None, None]


def _xray_trace_id() -> str | None:
    header = _read_trace_header()
    if not header:
        return None
    if header == _trace_cache[0]:
        return _trace_cache[1]

    root = None
    for part in header.split(";"):
        key, _, value = part.partition("=")
        if key == "Root":
            root = value
            break
    _trace_cache[0], _trace_cache[1] = header, root
    return root
