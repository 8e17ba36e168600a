"""Tracing backends for ``Tracer``: AWS X-Ray (default) and OpenTelemetry.

Example:
    >>> from aws_lambda_powertools.tracing.provider import OpenTelemetryProvider
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from aws_lambda_powertools.tracing.provider.otel_tracer import OpenTelemetryProvider
    from aws_lambda_powertools.tracing.provider.xray_tracer import XrayProvider

__all__ = ["OpenTelemetryProvider", "XrayProvider"]

_LAZY_EXPORTS = {
    "OpenTelemetryProvider": "aws_lambda_powertools.tracing.provider.otel_tracer",
    "XrayProvider": "aws_lambda_powertools.tracing.provider.xray_tracer",
}


def __getattr__(name: str) -> object:
    try:
        module_name = _LAZY_EXPORTS[name]
    except KeyError:
        message = f"module 'aws_lambda_powertools.tracing.provider' has no attribute {name!r}"
        raise AttributeError(message) from None

    import importlib

    value = getattr(importlib.import_module(module_name), name)
    globals()[name] = value
    return value
