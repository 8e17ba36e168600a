"""Tracing for Lambda functions: ``Tracer`` with AWS X-Ray or OpenTelemetry providers.

Names are imported on first use, so ``from aws_lambda_powertools.tracing import Tracer``
loads neither the X-Ray SDK nor OpenTelemetry.

Example:
    >>> from aws_lambda_powertools.tracing import OpenTelemetryProvider, Tracer
    >>> tracer = Tracer(service="payment", provider=OpenTelemetryProvider())
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from aws_lambda_powertools.tracing.extensions import aiohttp_trace_config
    from aws_lambda_powertools.tracing.provider.otel_tracer import OpenTelemetryProvider
    from aws_lambda_powertools.tracing.provider.xray_tracer import XrayProvider
    from aws_lambda_powertools.tracing.tracer import Tracer

__all__ = ["OpenTelemetryProvider", "Tracer", "XrayProvider", "aiohttp_trace_config"]

# name -> module that defines it
_LAZY_EXPORTS = {
    "OpenTelemetryProvider": "aws_lambda_powertools.tracing.provider.otel_tracer",
    "Tracer": "aws_lambda_powertools.tracing.tracer",
    "XrayProvider": "aws_lambda_powertools.tracing.provider.xray_tracer",
    "aiohttp_trace_config": "aws_lambda_powertools.tracing.extensions",
}


def __getattr__(name: str) -> object:
    try:
        module_name = _LAZY_EXPORTS[name]
    except KeyError:
        message = f"module 'aws_lambda_powertools.tracing' has no attribute {name!r}"
        raise AttributeError(message) from None

    import importlib

    value = getattr(importlib.import_module(module_name), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY_EXPORTS])
