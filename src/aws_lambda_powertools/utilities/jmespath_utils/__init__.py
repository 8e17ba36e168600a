"""JMESPath search with the toolkit's extra functions, and built-in envelopes.

The extra functions work in any expression a utility evaluates (Logger correlation ids,
idempotency keys, validation envelopes, feature-flag envelopes):

* ``powertools_json(str)``: parse a JSON string.
* ``powertools_base64(str)``: decode base64 into a UTF-8 string.
* ``powertools_base64_gzip(str)``: decode base64, gunzip, then decode as UTF-8.

Example:
    >>> from aws_lambda_powertools.utilities.jmespath_utils import envelopes, query
    >>> query({"body": '{"id": 1}'}, envelopes.API_GATEWAY_REST)
    {'id': 1}
"""

from __future__ import annotations

import base64
import binascii
import gzip
import json
import warnings
import zlib
from functools import lru_cache
from typing import Any

import jmespath
from jmespath.exceptions import JMESPathError
from jmespath.functions import Functions, signature

from aws_lambda_powertools.exceptions import InvalidEnvelopeExpressionError
from aws_lambda_powertools.utilities.jmespath_utils import envelopes
from aws_lambda_powertools.warnings import PowertoolsDeprecationWarning

__all__ = ["PowertoolsFunctions", "envelopes", "extract_data_from_envelope", "query"]


def _shorten(value: str, limit: int = 80) -> str:
    return value if len(value) <= limit else f"{value[:limit]}..."


class PowertoolsFunctions(Functions):
    """JMESPath functions that decode JSON, base64 and gzipped base64 strings in place."""

    @signature({"types": ["string"]})
    def _func_powertools_json(self, value: str) -> Any:
        try:
            return json.loads(value)
        except json.JSONDecodeError as err:
            message = (
                f"powertools_json() received a string that is not JSON: {_shorten(value)!r} "
                f"({err}); check that the envelope points at a JSON-encoded field"
            )
            raise InvalidEnvelopeExpressionError(message) from err

    @signature({"types": ["string"]})
    def _func_powertools_base64(self, value: str) -> str:
        try:
            return base64.b64decode(value, validate=True).decode("utf-8")
        except (binascii.Error, ValueError) as err:
            message = (
                f"powertools_base64() received a value that is not base64-encoded UTF-8 text: "
                f"{_shorten(value)!r} ({err})"
            )
            raise InvalidEnvelopeExpressionError(message) from err

    @signature({"types": ["string"]})
    def _func_powertools_base64_gzip(self, value: str) -> str:
        try:
            compressed = base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError) as err:
            message = (
                f"powertools_base64_gzip() received a value that is not base64: "
                f"{_shorten(value)!r} ({err})"
            )
            raise InvalidEnvelopeExpressionError(message) from err
        try:
            return gzip.decompress(compressed).decode("utf-8")
        except (OSError, EOFError, zlib.error, UnicodeDecodeError) as err:
            message = (
                f"powertools_base64_gzip() decoded {_shorten(value)!r} but it is not gzipped "
                f"UTF-8 text ({err})"
            )
            raise InvalidEnvelopeExpressionError(message) from err


_DEFAULT_OPTIONS = jmespath.Options(custom_functions=PowertoolsFunctions())


def compile_expression(envelope: Any) -> Any:
    """Compile a JMESPath expression once and keep it for later searches.

    Raises:
        InvalidEnvelopeExpressionError: the expression is not a string or does not parse.
    """
    # Checked before the cache, which cannot hash a list or dict envelope.
    if not isinstance(envelope, str):
        message = (
            f"a JMESPath envelope must be a string, got {type(envelope).__name__} {envelope!r}"
        )
        raise InvalidEnvelopeExpressionError(message)
    return _compile_cached(envelope)


@lru_cache(maxsize=256)
def _compile_cached(envelope: str) -> Any:
    try:
        return jmespath.compile(envelope)
    except JMESPathError as err:
        message = (
            f"Failed to unwrap event from envelope using expression. "
            f"{envelope!r} is not a valid JMESPath expression: {err}"
        )
        raise InvalidEnvelopeExpressionError(message) from err


def search(compiled: Any, data: Any, jmespath_options: dict[str, Any] | None = None) -> Any:
    """Evaluate an expression from :func:`compile_expression` against ``data``.

    Raises:
        InvalidEnvelopeExpressionError: evaluation failed (wrong types, undecodable data).
    """
    options = _DEFAULT_OPTIONS if not jmespath_options else jmespath.Options(**jmespath_options)
    try:
        return compiled.search(data, options=options)
    except InvalidEnvelopeExpressionError:
        raise
    except (JMESPathError, TypeError, UnicodeError) as err:
        message = (
            f"Failed to unwrap event from envelope using expression. "
            f"Expression {compiled.expression!r} could not be applied to the data: {err}"
        )
        raise InvalidEnvelopeExpressionError(message) from err


def query(
    data: dict[str, Any] | str, envelope: str, jmespath_options: dict[str, Any] | None = None
) -> Any:
    """Search ``data`` with the JMESPath expression ``envelope``.

    Args:
        data: the event, a dict (or a JSON string, which is parsed first).
        envelope: a JMESPath expression; the ``powertools_*`` functions are available.
        jmespath_options: options for ``jmespath.Options``, e.g. your own ``custom_functions``;
            when given they replace the toolkit's functions.

    Returns:
        What the expression selects, or ``None`` when nothing matches.

    Raises:
        InvalidEnvelopeExpressionError: the expression is invalid or cannot be applied.
    """
    if isinstance(data, str):
        text = data
        try:
            data = json.loads(text)
        except json.JSONDecodeError as err:
            message = f"query() received a string that is not JSON: {_shorten(text)!r} ({err})"
            raise InvalidEnvelopeExpressionError(message) from err
    return search(compile_expression(envelope), data, jmespath_options)


def extract_data_from_envelope(
    data: dict[str, Any] | str,
    envelope: str,
    jmespath_options: dict[str, Any] | None = None,
) -> Any:
    """Deprecated alias of :func:`query`; use ``query`` instead."""
    warnings.warn(
        "extract_data_from_envelope is deprecated; use query() from "
        "aws_lambda_powertools.utilities.jmespath_utils instead",
        PowertoolsDeprecationWarning,
        stacklevel=2,
    )
    return query(data=data, envelope=envelope, jmespath_options=jmespath_options)
