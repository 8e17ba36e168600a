"""Values for the AppSync scalar types ``ID``, ``AWSDate``, ``AWSTime``, ``AWSDateTime`` and
``AWSTimestamp``.

Example:
    >>> len(make_id())
    36
"""

from __future__ import annotations

import time
import uuid
from datetime import datetime, timedelta, timezone


def _now(timezone_offset: int) -> datetime:
    return datetime.now(timezone(timedelta(hours=timezone_offset)))


def _suffix(timezone_offset: int) -> str:
    if timezone_offset == 0:
        return "Z"
    sign = "+" if timezone_offset > 0 else "-"
    return f"{sign}{abs(timezone_offset):02d}:00:00"


def make_id() -> str:
    """Return a new unique ``ID``: a random UUID4 string."""
    return str(uuid.uuid4())


def aws_date(timezone_offset: int = 0) -> str:
    """Return today's date as ``AWSDate``, such as ``2024-04-09Z``.

    Args:
        timezone_offset: hours east of UTC; ``0`` writes the ``Z`` suffix.
    """
    return _now(timezone_offset).strftime("%Y-%m-%d") + _suffix(timezone_offset)


def aws_time(timezone_offset: int = 0) -> str:
    """Return the current time as ``AWSTime``, such as ``12:34:56.789Z``.

    Args:
        timezone_offset: hours east of UTC; ``0`` writes the ``Z`` suffix.
    """
    now = _now(timezone_offset)
    return now.strftime("%H:%M:%S.") + f"{now.microsecond // 1000:03d}" + _suffix(timezone_offset)


def aws_datetime(timezone_offset: int = 0) -> str:
    """Return the current date and time as ``AWSDateTime``, such as
    ``2024-04-09T12:34:56.789Z``.

    Args:
        timezone_offset: hours east of UTC; ``0`` writes the ``Z`` suffix.
    """
    now = _now(timezone_offset)
    millis = f"{now.microsecond // 1000:03d}"
    return now.strftime("%Y-%m-%dT%H:%M:%S.") + millis + _suffix(timezone_offset)


def aws_timestamp() -> int:
    """Return the current time as ``AWSTimestamp``: whole seconds since the epoch."""
    return int(time.time())
