"""HTTP cookies for ``Set-Cookie`` response headers."""

from __future__ import annotations

from datetime import datetime, timezone
from enum import Enum
from io import StringIO


class SameSite(Enum):
    """The ``SameSite`` attribute of a cookie."""

    DEFAULT_MODE = ""
    LAX_MODE = "Lax"
    STRICT_MODE = "Strict"
    NONE_MODE = "None"


def _format_date(timestamp: datetime) -> str:
    # RFC 1123 dates are always written in GMT with English names, whatever the locale.
    if timestamp.tzinfo is not None:
        timestamp = timestamp.astimezone(timezone.utc)
    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return (
        f"{days[timestamp.weekday()]}, {timestamp.day:02d} {months[timestamp.month - 1]} "
        f"{timestamp.year:04d} {timestamp:%H:%M:%S} GMT"
    )


class Cookie:
    """One cookie, rendered by ``str()`` as the value of a ``Set-Cookie`` header.

    Args:
        name: cookie name.
        value: cookie value.
        path: ``Path`` attribute, omitted when empty.
        domain: ``Domain`` attribute, omitted when empty.
        secure: add ``Secure`` (default ``True``).
        http_only: add ``HttpOnly``.
        max_age: ``Max-Age`` in seconds; zero or negative expires the cookie now (``0``).
        expires: ``Expires`` date, written in RFC 1123 GMT form.
        same_site: ``SameSite`` attribute.
        custom_attributes: extra attributes appended verbatim.

    Example:
        >>> str(Cookie("session", "abc", path="/", http_only=True))
        'session=abc; Path=/; HttpOnly; Secure'
    """

    def __init__(
        self,
        name: str,
        value: str,
        path: str = "",
        domain: str = "",
        secure: bool = True,
        http_only: bool = False,
        max_age: int | None = None,
        expires: datetime | None = None,
        same_site: SameSite | None = None,
        custom_attributes: list[str] | None = None,
    ) -> None:
        self.name = name
        self.value = value
        self.path = path
        self.domain = domain
        self.secure = secure
        self.expires = expires
        self.max_age = max_age
        self.http_only = http_only
        self.same_site = same_site
        self.custom_attributes = custom_attributes

    def __str__(self) -> str:
        payload = StringIO()
        payload.write(f"{self.name}={self.value}")

        if self.path:
            payload.write(f"; Path={self.path}")
        if self.domain:
            payload.write(f"; Domain={self.domain}")
        if self.expires:
            payload.write(f"; Expires={_format_date(self.expires)}")
        if self.max_age is not None:
            payload.write(f"; Max-Age={max(self.max_age, 0)}")
        if self.http_only:
            payload.write("; HttpOnly")
        if self.secure:
            payload.write("; Secure")
        if self.same_site and self.same_site.value:
            payload.write(f"; SameSite={self.same_site.value}")
        for attribute in self.custom_attributes or ():
            payload.write(f"; {attribute}")
        return payload.getvalue()

    def __repr__(self) -> str:
        return f"Cookie({str(self)!r})"
