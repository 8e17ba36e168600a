"""Cookie renders the exact Set-Cookie header value."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from aws_lambda_powertools.shared.cookies import Cookie, SameSite


def test_minimal_cookie_is_secure_by_default() -> None:
    assert str(Cookie("session", "abc")) == "session=abc; Secure"


def test_every_attribute_renders_in_a_fixed_order() -> None:
    cookie = Cookie(
        name="session",
        value="abc",
        path="/app",
        domain="example.com",
        secure=True,
        http_only=True,
        max_age=3600,
        expires=datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc),
        same_site=SameSite.STRICT_MODE,
        custom_attributes=["Partitioned", "Priority=High"],
    )

    assert str(cookie) == (
        "session=abc; Path=/app; Domain=example.com; Expires=Tue, 02 Jan 2024 03:04:05 GMT; "
        "Max-Age=3600; HttpOnly; Secure; SameSite=Strict; Partitioned; Priority=High"
    )


def test_insecure_http_only_cookie_omits_secure() -> None:
    cookie = Cookie("pref", "dark", path="/", secure=False, http_only=True)

    assert str(cookie) == "pref=dark; Path=/; HttpOnly"


@pytest.mark.parametrize(("max_age", "rendered"), [(0, "0"), (-10, "0"), (1, "1")])
def test_max_age_of_zero_or_less_expires_the_cookie_now(max_age: int, rendered: str) -> None:
    assert str(Cookie("a", "b", max_age=max_age)) == f"a=b; Max-Age={rendered}; Secure"


@pytest.mark.parametrize(
    ("same_site", "suffix"),
    [
        (SameSite.LAX_MODE, "; SameSite=Lax"),
        (SameSite.STRICT_MODE, "; SameSite=Strict"),
        (SameSite.NONE_MODE, "; SameSite=None"),
        (SameSite.DEFAULT_MODE, ""),
        (None, ""),
    ],
)
def test_same_site_renders_its_mode_and_default_mode_is_omitted(
    same_site: SameSite | None, suffix: str
) -> None:
    assert str(Cookie("a", "b", same_site=same_site)) == f"a=b; Secure{suffix}"


def test_same_site_enum_values() -> None:
    assert {mode.name: mode.value for mode in SameSite} == {
        "DEFAULT_MODE": "",
        "LAX_MODE": "Lax",
        "STRICT_MODE": "Strict",
        "NONE_MODE": "None",
    }


def test_naive_expires_is_written_as_gmt_unchanged() -> None:
    cookie = Cookie("a", "b", expires=datetime(2024, 12, 31, 23, 59, 59))

    assert str(cookie) == "a=b; Expires=Tue, 31 Dec 2024 23:59:59 GMT; Secure"


def test_aware_expires_is_converted_to_gmt() -> None:
    plus_two = timezone(timedelta(hours=2))
    cookie = Cookie("a", "b", expires=datetime(2024, 3, 1, 1, 0, 0, tzinfo=plus_two))

    assert str(cookie) == "a=b; Expires=Thu, 29 Feb 2024 23:00:00 GMT; Secure"


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (datetime(2024, 7, 1), "Mon, 01 Jul 2024"),
        (datetime(2024, 7, 6), "Sat, 06 Jul 2024"),
        (datetime(2024, 7, 7), "Sun, 07 Jul 2024"),
        (datetime(2025, 5, 9), "Fri, 09 May 2025"),
    ],
)
def test_expires_uses_english_day_and_month_names(day: datetime, expected: str) -> None:
    assert str(Cookie("a", "b", expires=day)) == f"a=b; Expires={expected} 00:00:00 GMT; Secure"


def test_repr_shows_the_header_value() -> None:
    assert repr(Cookie("a", "b", path="/")) == "Cookie('a=b; Path=/; Secure')"
