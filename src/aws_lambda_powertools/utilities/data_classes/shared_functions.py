"""Helpers the event data classes share: base64 text decoding and header and query lookups.

Example:
    >>> base64_decode("aGVsbG8=")
    'hello'
    >>> get_query_string_value({"page": "2"}, "page")
    '2'
"""

from __future__ import annotations

from aws_lambda_powertools.utilities.data_classes.common import (
    decode_base64_field,
    decode_utf8_field,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def base64_decode(value: str) -> str:
    """Decode base64 text into a UTF-8 string.

    Raises:
        DataClassDecodeError: ``value`` is not valid base64 or does not decode to UTF-8.
    """
    return decode_utf8_field(decode_base64_field(value, "value"), "value")


def get_header_value(
    headers: dict[str, Any],
    name: str,
    default_value: str | None = None,
    case_sensitive: bool = False,
) -> str | None:
    """Return a header value; deprecated, use ``event.headers.get(name)`` instead.

    Args:
        headers: the headers dict.
        name: header name.
        default_value: returned when the header is absent.
        case_sensitive: match ``name`` exactly instead of in any letter case.
    """
    import warnings

    from aws_lambda_powertools.warnings import PowertoolsDeprecationWarning

    message = (
        "get_header_value is deprecated: use event.headers.get(name), which is case-insensitive"
    )
    warnings.warn(message, PowertoolsDeprecationWarning, stacklevel=2)
    if not headers:
        return default_value
    if case_sensitive:
        return headers.get(name, default_value)

    lowered = name.lower()
    return next(
        (value for key, value in headers.items() if key.lower() == lowered),
        default_value,
    )


def get_query_string_value(
    query_string_parameters: dict[str, str] | None,
    name: str,
    default_value: str | None = None,
) -> str | None:
    """Return one query string parameter, or ``default_value`` when it is absent."""
    if not query_string_parameters:
        return default_value
    return query_string_parameters.get(name, default_value)


def get_multi_value_query_string_values(
    multi_value_query_string_parameters: dict[str, list[str]] | None,
    name: str,
    default_values: list[str] | None = None,
) -> list[str]:
    """Return every value of a query string parameter, or ``default_values`` (``[]``)."""
    default = default_values or []
    if not multi_value_query_string_parameters:
        return default
    return multi_value_query_string_parameters.get(name) or default
