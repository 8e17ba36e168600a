"""Base64 helpers for the text and JSON payloads Lambda events and responses carry.

Example:
    >>> from aws_lambda_powertools.utilities.serialization import base64_from_json
    >>> base64_from_json({"id": 1})
    'eyJpZCI6IDF9'
"""

from __future__ import annotations

import base64
import binascii
import json
import sys
from collections.abc import Callable

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__all__ = ["base64_decode", "base64_encode", "base64_from_json", "base64_from_str"]

if sys.version_info >= (3, 11):

    def _decode_strict(text: str) -> bytes:
        return binascii.a2b_base64(text, strict_mode=True)

else:  # pragma: no cover - exercised on Python 3.10 only

    def _decode_strict(text: str) -> bytes:
        return base64.b64decode(text, validate=True)


def _shorten(value: str, limit: int = 80) -> str:
    return value if len(value) <= limit else f"{value[:limit]}..."


def _require_str(value: object, function: str) -> str:
    if isinstance(value, str):
        return value

    message = f"{function}() expects a str, got {type(value).__name__} {_shorten(repr(value))}"
    raise TypeError(message)


def base64_encode(data: str) -> str:
    """Encode text as UTF-8, then as standard base64.

    Args:
        data: the text to encode.

    Returns:
        The base64 text, e.g. ``"aGVsbG8="`` for ``"hello"``.

    Raises:
        TypeError: ``data`` is not a ``str``.
    """
    text = _require_str(data, "base64_encode")
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def base64_decode(data: str) -> str:
    """Decode standard base64 into UTF-8 text; line breaks and spaces are ignored.

    Args:
        data: base64 text, padded with ``=`` to a multiple of four characters.

    Returns:
        The decoded text.

    Raises:
        TypeError: ``data`` is not a ``str``.
        ValueError: ``data`` is not valid base64, or it decodes to bytes that are not
            UTF-8 text; the message shows the value.
    """
    text = _require_str(data, "base64_decode")
    try:
        try:
            raw = _decode_strict(text)
        except ValueError:
            # Base64 as mailed or pasted is often wrapped into lines; the breaks carry no data.
            # Stripping only after a failure keeps the common, unwrapped case fast.
            raw = _decode_strict("".join(text.split()))
    except ValueError as err:
        message = (
            f"base64_decode() expects standard base64 text (A-Z, a-z, 0-9, '+', '/', "
            f"padded with '='), got {_shorten(text)!r}: {err}"
        )
        raise ValueError(message) from err

    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        message = (
            f"base64_decode() decoded {_shorten(text)!r} but the result is not UTF-8 text "
            f"({err}); decode binary payloads with base64.b64decode instead"
        )
        raise ValueError(message) from err


def base64_from_str(data: str) -> str:
    """Return the base64 form of a string (same as :func:`base64_encode`).

    Raises:
        TypeError: ``data`` is not a ``str``.
    """
    text = _require_str(data, "base64_from_str")
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def base64_from_json(data: Any, json_serializer: Callable[..., str] = json.dumps) -> str:
    """Serialize ``data`` to JSON with ``json_serializer``, then encode it as base64.

    Args:
        data: any value ``json_serializer`` accepts.
        json_serializer: function turning ``data`` into a JSON string; ``json.dumps`` by
            default. Pass e.g. ``functools.partial(json.dumps, cls=Encoder)`` for Decimals.

    Returns:
        The base64 text of the JSON document.

    Raises:
        TypeError: ``data`` is not serializable by ``json_serializer``, or the serializer
            did not return a ``str``.
    """
    return base64_from_str(json_serializer(data))
