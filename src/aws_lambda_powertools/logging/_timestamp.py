"""Timestamp rendering for log records, cached per wall-clock second.

``time.strftime`` dominates the cost of a timestamp, and every record logged within one
second shares everything but the milliseconds, so the default layouts keep the text on
either side of the milliseconds and only splice in ``%03d`` per record.
"""

from __future__ import annotations

import time

DEFAULT_DATEFMT = "%Y-%m-%d %H:%M:%S,%F%z"
MILLISECONDS_DIRECTIVE = "%F"


def _rfc3339_offset(moment: time.struct_time) -> str:
    offset = moment.tm_gmtoff or 0
    sign = "+" if offset >= 0 else "-"
    minutes = abs(offset) // 60
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


class TimestampRenderer:
    """Turn a record's ``created`` time into the configured timestamp text.

    Args:
        datefmt: ``strftime`` format; ``%F`` stands for milliseconds. Defaults to
            ``%Y-%m-%d %H:%M:%S,%F%z``.
        use_datetime_directive: format with ``datetime.strftime`` (allows ``%f``).
        utc: use UTC instead of local time.
        use_rfc3339: ISO-8601 with milliseconds and a ``+HH:MM`` offset; ignores ``datefmt``.

    Attributes:
        plain: the rendered text is safe inside JSON quotes as it is.
    """

    __slots__ = ("_cache_key", "_cache_parts", "_converter", "_datefmt", "_mode", "_utc", "plain")

    def __init__(
        self,
        datefmt: str | None = None,
        use_datetime_directive: bool = False,
        utc: bool = False,
        use_rfc3339: bool = False,
    ) -> None:
        self._utc = utc
        self._converter = time.gmtime if utc else time.localtime
        self._datefmt = datefmt or DEFAULT_DATEFMT
        self._cache_key: tuple[int, int] = (-1, 0)
        self._cache_parts: tuple[str, str] = ("", "")
        if use_rfc3339:
            self._mode = "rfc3339"
        elif use_datetime_directive:
            self._mode = "datetime"
        elif datefmt is None:
            self._mode = "default"
        else:
            self._mode = "custom"
        # Default and RFC 3339 text never needs JSON escaping (digits, signs, separators).
        self.plain = self._mode in ("default", "rfc3339")

    def render(self, created: float, msecs: float) -> str:
        """Return the timestamp text for a record created at ``created`` (epoch seconds)."""
        mode = self._mode
        if mode == "default" or mode == "rfc3339":
            key = (int(created), time.timezone)
            if key != self._cache_key:
                self._cache_parts = self._split(created)
                self._cache_key = key
            before, after = self._cache_parts
            return f"{before}{int(msecs):03d}{after}"

        return self.render_format(self._datefmt, created, msecs)

    def render_format(self, datefmt: str, created: float, msecs: float) -> str:
        """Return the timestamp text for ``created`` in ``datefmt`` (RFC 3339 mode ignores it).

        ``%F`` stands for milliseconds; ``use_datetime_directive`` and ``utc`` still apply.
        """
        mode = self._mode
        if mode == "rfc3339":
            return self.render(created, msecs)
        fmt = datefmt.replace(MILLISECONDS_DIRECTIVE, f"{int(msecs):03d}")
        if mode == "datetime":
            from datetime import datetime, timezone

            zone = timezone.utc if self._utc else None
            return datetime.fromtimestamp(created, tz=zone).astimezone(zone).strftime(fmt)
        return time.strftime(fmt, self._converter(created))

    def _split(self, created: float) -> tuple[str, str]:
        moment = self._converter(created)
        if self._mode == "rfc3339":
            offset = "+00:00" if self._utc else _rfc3339_offset(moment)
            return time.strftime("%Y-%m-%dT%H:%M:%S.", moment), offset
        return time.strftime("%Y-%m-%d %H:%M:%S,", moment), time.strftime("%z", moment)
