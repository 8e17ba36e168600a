"""Helpers for Logger tests: reading emitted lines and a Lambda context stand-in."""

from __future__ import annotations

import io
import json
import re
import sys
from dataclasses import dataclass
from typing import Any

TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3}[+-]\d{4}")


@dataclass
class LambdaContextStub:
    """The attributes of a Lambda context the Logger reads."""

    function_name: str = "checkout"
    memory_limit_in_mb: int = 256
    invoked_function_arn: str = "arn:aws:lambda:eu-west-1:123456789012:function:checkout"
    aws_request_id: str = "52fdfc07-2182-154f-163f-5f0f9a621d72"


def line_above() -> int:
    """Return the line number just above the caller's current line."""
    return sys._getframe(1).f_lineno - 1


def lines(stream: io.StringIO) -> list[str]:
    """Return the emitted lines (split on newlines only, which JSON always escapes)."""
    text = stream.getvalue()
    return text.split("\n")[:-1] if text else []


def records(stream: io.StringIO) -> list[dict[str, Any]]:
    """Return the emitted lines parsed as JSON."""
    return [json.loads(line) for line in lines(stream)]


def timestamp_of(line: str) -> str:
    """Return the default-format timestamp in ``line`` (checking its shape)."""
    match = TIMESTAMP.search(line)
    assert match is not None, line
    return match.group(0)


CONTEXT_KEYS = (
    '"cold_start":{cold},"function_name":"checkout","function_memory_size":256,'
    '"function_arn":"arn:aws:lambda:eu-west-1:123456789012:function:checkout",'
    '"function_request_id":"52fdfc07-2182-154f-163f-5f0f9a621d72"'
)
