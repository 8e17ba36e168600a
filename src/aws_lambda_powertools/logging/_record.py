"""Fast creation of ``logging.LogRecord`` objects for the Logger's own calls.

``logging.Logger._log`` walks the stack in ``findCaller`` and fills a record attribute by
attribute; the Logger already knows its caller's frame, so it builds the same record in
one step. The result is a real ``LogRecord`` (every standard attribute present), so
handlers, filters and formatters written for the standard library keep working.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from types import FrameType

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_LEVEL_NAMES = {
    logging.DEBUG: "DEBUG",
    logging.INFO: "INFO",
    logging.WARNING: "WARNING",
    logging.ERROR: "ERROR",
    logging.CRITICAL: "CRITICAL",
}
# pathname -> (filename, module): both cost two os.path calls per record otherwise.
_PATH_PARTS: dict[str, tuple[str, str]] = {}
# Keys a caller may not pass in ``extra``, as in ``logging.Logger.makeRecord``.
_PROTECTED_KEYS = frozenset(("message", "asctime"))
_HAS_TASK_NAME = sys.version_info >= (3, 12)


class PowertoolsRecord(logging.LogRecord):
    """A ``LogRecord`` that also remembers which attributes came from ``extra``.

    ``extra_keys`` lives in a slot, so it never shows up in ``record.__dict__`` (which
    standard formatters and the JSON formatter read).
    """

    __slots__ = ("extra_keys",)
    extra_keys: dict[str, Any] | None


_new_record = object.__new__
_START_TIME: float = getattr(logging, "_startTime", time.time())
_BASE_ATTRIBUTE_COUNT = 21 if _HAS_TASK_NAME else 20


def _path_parts(pathname: str) -> tuple[str, str]:
    parts = _PATH_PARTS.get(pathname)
    if parts is None:
        filename = os.path.basename(pathname)
        parts = (filename, os.path.splitext(filename)[0])
        _PATH_PARTS[pathname] = parts
    return parts


class _ProcessId:
    """The current process id, refreshed after ``fork`` instead of asked per record."""

    value = os.getpid()

    @classmethod
    def refresh(cls) -> None:
        cls.value = os.getpid()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_ProcessId.refresh)
else:  # pragma: no cover - platforms without fork
    _ProcessId.refresh = classmethod(lambda cls: None)  # type: ignore[assignment]


def _process_name() -> str | None:
    multiprocessing = sys.modules.get("multiprocessing")
    if multiprocessing is None:
        return "MainProcess"
    try:
        return str(multiprocessing.current_process().name)
    except Exception:
        return None


def _task_name() -> str | None:
    asyncio = sys.modules.get("asyncio")
    if asyncio is None:
        return None
    try:
        task = asyncio.current_task()
    except Exception:
        return None
    return task.get_name() if task is not None else None


def make_record(
    name: str,
    level: int,
    frame: FrameType | None,
    msg: object,
    args: tuple[Any, ...],
    exc_info: Any,
    extra: dict[str, Any] | None,
) -> logging.LogRecord:
    """Build the record ``logging.Logger.makeRecord`` would build for a call from ``frame``.

    Falls back to the standard factory when a custom record factory is installed.

    Raises:
        KeyError: ``extra`` tries to overwrite a standard record attribute, as in the
            standard library.
    """
    if frame is not None:
        code = frame.f_code
        pathname, lineno, func_name = code.co_filename, frame.f_lineno, code.co_name
    else:
        pathname, lineno, func_name = "(unknown file)", 0, "(unknown function)"

    if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
        args = args[0]  # type: ignore[assignment]  # the standard mapping-args rule
    if exc_info and not isinstance(exc_info, tuple):
        if isinstance(exc_info, BaseException):
            exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
        else:
            exc_info = sys.exc_info()

    if logging.getLogRecordFactory() is not logging.LogRecord:
        return _standard_record(
            name, level, pathname, lineno, msg, args, exc_info, func_name, extra
        )

    created = time.time()
    filename, module = _path_parts(pathname)
    record: PowertoolsRecord = _new_record(PowertoolsRecord)
    record.__dict__ = {
        "name": name,
        "msg": msg,
        "args": args,
        "levelname": _LEVEL_NAMES.get(level) or logging.getLevelName(level),
        "levelno": level,
        "pathname": pathname,
        "filename": filename,
        "module": module,
        "exc_info": exc_info,
        "exc_text": None,
        "stack_info": None,
        "lineno": lineno,
        "funcName": func_name,
        "created": created,
        "msecs": int((created - int(created)) * 1000) + 0.0,
        "relativeCreated": (created - _START_TIME) * 1000,
        "thread": threading.get_ident(),
        "threadName": threading.current_thread().name,
        "processName": _process_name(),
        "process": _ProcessId.value,
    }
    if _HAS_TASK_NAME:
        record.__dict__["taskName"] = _task_name()
    record.extra_keys = None
    if extra:
        _attach_extra(record, extra)
    return record


def _attach_extra(record: PowertoolsRecord, extra: dict[str, Any]) -> None:
    attributes = record.__dict__
    for key in extra:
        if key in _PROTECTED_KEYS or key in attributes:
            message = f"Attempt to overwrite {key!r} in LogRecord"
            raise KeyError(message)
    attributes.update(extra)
    record.extra_keys = extra


def _standard_record(
    name: str,
    level: int,
    pathname: str,
    lineno: int,
    msg: object,
    args: Any,
    exc_info: Any,
    func_name: str,
    extra: dict[str, Any] | None,
) -> logging.LogRecord:
    factory = logging.getLogRecordFactory()
    record = factory(name, level, pathname, lineno, msg, args, exc_info, func_name, None)
    if extra:
        for key in extra:
            if key in _PROTECTED_KEYS or key in record.__dict__:
                message = f"Attempt to overwrite {key!r} in LogRecord"
                raise KeyError(message)
        record.__dict__.update(extra)
    return record


def fast_extra(record: logging.LogRecord) -> dict[str, Any] | None:
    """Return the record's ``extra`` keys when nothing else was added to it, else ``None``.

    A filter may set attributes on a record after it was made; then the caller must scan
    ``record.__dict__`` instead.
    """
    if type(record) is not PowertoolsRecord:
        return None
    extra = record.extra_keys
    expected = _BASE_ATTRIBUTE_COUNT + (len(extra) if extra else 0)
    if len(record.__dict__) != expected:
        return None
    return extra if extra is not None else {}
