"""Typed shapes of what the Logger emits, for users who post-process log records."""

from __future__ import annotations

from typing import Any, TypedDict

from typing_extensions import NotRequired


class PowertoolsStackTraceFrame(TypedDict):
    """One frame of a serialized stack trace."""

    file: str
    line: int | None
    function: str
    statement: str | None


class PowertoolsStackTrace(TypedDict):
    """The ``stack_trace`` key of a record logged with an exception."""

    type: str
    value: str
    module: str
    frames: list[PowertoolsStackTraceFrame]


class PowertoolsLogRecord(TypedDict):
    """The keys of one emitted log line (the always-present ones and the usual extras)."""

    level: str
    location: str
    message: NotRequired[Any]
    timestamp: str | int
    service: str
    sampling_rate: NotRequired[float | str]
    cold_start: NotRequired[bool]
    function_name: NotRequired[str]
    function_memory_size: NotRequired[int]
    function_arn: NotRequired[str]
    function_request_id: NotRequired[str]
    correlation_id: NotRequired[str]
    exception: NotRequired[str]
    exception_name: NotRequired[str]
    exception_notes: NotRequired[list[str]]
    stack_trace: NotRequired[PowertoolsStackTrace]
    xray_trace_id: NotRequired[str]
