"""Integrations of the X-Ray SDK with other libraries, for the tracing package."""

from __future__ import annotations

from typing import Any

_MISSING_MESSAGE = (
    "aiohttp_trace_config needs aiohttp and the AWS X-Ray SDK: "
    'pip install aiohttp "aws-lambda-powertools[tracer]"'
)


def aiohttp_trace_config() -> Any:
    """Return an ``aiohttp.TraceConfig`` that records each aiohttp request in X-Ray.

    Returns:
        The X-Ray SDK's aiohttp ``TraceConfig``, to pass to ``aiohttp.ClientSession``.

    Raises:
        ImportError: aiohttp or the X-Ray SDK is not installed; the message says what to
            install.

    Example:
        >>> trace_configs = [aiohttp_trace_config()]
        >>> async with aiohttp.ClientSession(trace_configs=trace_configs) as s:
        ...     await s.get("https://example.com")
    """
    try:
        from aws_xray_sdk.ext.aiohttp.client import aws_xray_trace_config
    except ImportError as err:
        raise ImportError(_MISSING_MESSAGE) from err

    return aws_xray_trace_config()
