"""Exception details of a log record: name, notes and a structured stack trace."""

from __future__ import annotations

import traceback
from types import TracebackType

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def exception_notes(exc_info: ExcInfo) -> list[str] | None:
    """Return the exception's ``__notes__`` (added with ``add_note``), or ``None``."""
    notes = getattr(exc_info[1], "__notes__", None)
    if not notes:
        return None
    return [str(note) for note in notes]


def serialize_stack_trace(exc_info: ExcInfo) -> dict[str, Any]:
    """Describe the exception and each frame of its traceback as JSON-ready data.

    Returns:
        ``{"type", "value", "module", "frames": [{"file", "line", "function", "statement"}]}``.
    """
    exc_type, exc_value, exc_traceback = exc_info
    frames = [
        {
            "file": frame.filename,
            "line": frame.lineno,
            "function": frame.name,
            "statement": frame.line,
        }
        for frame in traceback.extract_tb(exc_traceback)
    ]
    return {
        "type": exc_type.__name__,
        "value": str(exc_value),
        "module": exc_type.__module__,
        "frames": frames,
    }
