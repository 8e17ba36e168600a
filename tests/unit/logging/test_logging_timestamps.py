"""Timestamp rendering for every option, at fixed instants."""

from __future__ import annotations

import time

import pytest

from aws_lambda_powertools.logging._timestamp import TimestampRenderer

# 2024-03-10 15:04:05.678 UTC
CREATED = 1710083045.678
MSECS = 678.0


@pytest.fixture
def eastern(monkeypatch: pytest.MonkeyPatch):
    """Run in US Eastern time (UTC-4 on that date)."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.delenv("TZ")
    time.tzset()


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({}, "2024-03-10 15:04:05,678+0000"),
        ({"utc": True}, "2024-03-10 15:04:05,678+0000"),
        ({"use_rfc3339": True}, "2024-03-10T15:04:05.678+00:00"),
        ({"datefmt": "%H:%M:%S.%F %Z"}, "15:04:05.678 UTC"),
        ({"datefmt": "%Y %f %F", "use_datetime_directive": True}, "2024 678000 678"),
        ({"use_datetime_directive": True, "utc": True}, "2024-03-10 15:04:05,678+0000"),
    ],
)
def test_renders_each_option_in_utc(monkeypatch, options, expected):
    """Under TZ=UTC each option renders its documented format."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()

    assert TimestampRenderer(**options).render(CREATED, MSECS) == expected


@pytest.mark.usefixtures("eastern")
@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({}, "2024-03-10 11:04:05,678-0400"),
        ({"use_rfc3339": True}, "2024-03-10T11:04:05.678-04:00"),
        ({"utc": True}, "2024-03-10 15:04:05,678+0000"),
        ({"utc": True, "use_rfc3339": True}, "2024-03-10T15:04:05.678+00:00"),
        ({"use_datetime_directive": True}, "2024-03-10 11:04:05,678-0400"),
    ],
)
def test_local_time_follows_tz(options, expected):
    """Local timestamps carry the TZ offset; ``utc`` ignores TZ."""
    assert TimestampRenderer(**options).render(CREATED, MSECS) == expected


def test_cached_second_still_changes_milliseconds(monkeypatch):
    """Two records in the same second differ only in milliseconds."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    renderer = TimestampRenderer()

    first = renderer.render(CREATED, MSECS)
    second = renderer.render(CREATED + 0.2, 878.0)
    next_second = renderer.render(CREATED + 1, MSECS)

    assert (first, second, next_second) == (
        "2024-03-10 15:04:05,678+0000",
        "2024-03-10 15:04:05,878+0000",
        "2024-03-10 15:04:06,678+0000",
    )
