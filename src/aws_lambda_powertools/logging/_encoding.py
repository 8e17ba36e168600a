"""JSON encoding for log lines that never fails on the values it is given.

The fast path encodes each value with a prebuilt ``json.JSONEncoder``. When a value
cannot be encoded (a circular structure, a key that is not a string or number, a
``json_default`` that raises) it is first turned into something printable, so the line is
still emitted with the offending part as text.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from json.encoder import (  # type: ignore[attr-defined]
    c_make_encoder,
    encode_basestring,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

encode_str: Callable[[str], str] = encode_basestring

_JSON_SCALARS = (str, int, float, bool, type(None))
_CIRCULAR = "<circular reference>"
_INFINITIES = (float("inf"), float("-inf"))


def make_printable(value: Any, default: Callable[[Any], Any] = str) -> Any:
    """Return a copy of ``value`` that ``json`` can encode: cycles and odd keys become text.

    Args:
        value: anything.
        default: conversion for objects ``json`` does not know; ``str`` when it fails too.
    """
    return _printable(value, default, set())


def _printable(value: Any, default: Callable[[Any], Any], seen: set[int]) -> Any:
    if isinstance(value, _JSON_SCALARS):
        return value

    marker = id(value)
    if marker in seen:
        return _CIRCULAR
    if isinstance(value, dict):
        seen.add(marker)
        result = {
            _printable_key(key): _printable(item, default, seen) for key, item in value.items()
        }
        seen.discard(marker)
        return result
    if isinstance(value, (list, tuple)):
        seen.add(marker)
        items = [_printable(item, default, seen) for item in value]
        seen.discard(marker)
        return items

    try:
        converted = default(value)
    except Exception:
        return _safe_str(value)
    if not isinstance(converted, (dict, list, tuple, *_JSON_SCALARS)):
        return _safe_str(converted)
    seen.add(marker)
    result = _printable(converted, default, seen)
    seen.discard(marker)
    return result


def _printable_key(key: Any) -> Any:
    if isinstance(key, (str, int, float, bool)) or key is None:
        return key
    return _safe_str(key)


def _safe_str(value: Any) -> str:
    try:
        return str(value)
    except Exception:
        return f"<unprintable {type(value).__name__}>"


class ValueEncoder:
    """Encode single values to compact JSON text, falling back to a printable copy.

    Scalars are encoded directly (as ``json`` would); containers go through the C encoder
    built once here rather than once per call as ``json.dumps`` does.

    Args:
        default: conversion for objects ``json`` does not know (``json_default``).
    """

    __slots__ = ("_default", "_iterencode")

    def __init__(self, default: Callable[[Any], Any]) -> None:
        self._default = default
        self._iterencode = self._make_iterencode()

    def _make_iterencode(self) -> Callable[[Any], str]:
        if c_make_encoder is None:  # pure-Python json: no reusable encoder
            encoder = json.JSONEncoder(
                ensure_ascii=False, separators=(",", ":"), default=self._default
            )
            return encoder.encode
        # The markers dict detects cycles; a failed encode may leave entries behind, so
        # the encoder is rebuilt after every failure.
        iterencode = c_make_encoder(
            {}, self._default, encode_basestring, None, ":", ",", False, False, True
        )

        def encode(value: Any) -> str:
            return "".join(iterencode(value, 0))

        return encode

    def encode(self, value: Any) -> str:
        """Return ``value`` as compact JSON text; never raises."""
        kind = type(value)
        if kind is str:
            return encode_str(value)
        if kind is int:
            return int.__repr__(value)
        if kind is bool:
            return "true" if value else "false"
        if kind is float and value == value and value not in _INFINITIES:
            return float.__repr__(value)
        try:
            return self._iterencode(value)
        except Exception:
            self._iterencode = self._make_iterencode()  # drop state left by the failure
        try:
            return self._iterencode(make_printable(value, self._default))
        except Exception:
            return encode_str(_safe_str(value))

    def field(self, key: str, value: Any) -> str:
        """Return ``"key":value`` for a JSON object member."""
        return f"{encode_str(key)}:{self.encode(value)}"


def serialize_safely(
    serializer: Callable[[dict[str, Any]], str], log: dict[str, Any], default: Callable[[Any], Any]
) -> str:
    """Serialize ``log`` with ``serializer``; on failure retry with a printable copy.

    When the user's serializer fails even on the printable copy, the standard library
    encodes it, so a record is always produced.
    """
    try:
        return serializer(log)
    except Exception:
        printable = make_printable(log, default)
    try:
        return serializer(printable)
    except Exception:
        return json.dumps(printable, default=str, separators=(",", ":"), ensure_ascii=False)
