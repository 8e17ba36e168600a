"""Powertools for AWS Lambda (Python): serverless best practices as a library.

The top-level names are resolved on first use, so ``import aws_lambda_powertools`` costs
almost nothing at cold start: it imports no utility, no AWS SDK and patches nothing.

Example:
    >>> from aws_lambda_powertools import Logger, Metrics, Tracer
"""

from __future__ import annotations

import os as _os

TYPE_CHECKING = False
if TYPE_CHECKING:
    from aws_lambda_powertools.logging.logger import Logger
    from aws_lambda_powertools.metrics.metrics import Metrics, single_metric
    from aws_lambda_powertools.tracing.tracer import Tracer

__all__ = ["Logger", "Metrics", "Tracer", "__version__", "single_metric"]

PACKAGE_PATH = _os.path.dirname(__file__)

# name -> (module, attribute): what ``from aws_lambda_powertools import <name>`` imports.
_LAZY_EXPORTS = {
    "Logger": ("aws_lambda_powertools.logging.logger", "Logger"),
    "Metrics": ("aws_lambda_powertools.metrics.metrics", "Metrics"),
    "single_metric": ("aws_lambda_powertools.metrics.metrics", "single_metric"),
    "Tracer": ("aws_lambda_powertools.tracing.tracer", "Tracer"),
    "__version__": ("aws_lambda_powertools.shared.version", "VERSION"),
}


def __getattr__(name: str) -> object:
    try:
        module_name, attribute = _LAZY_EXPORTS[name]
    except KeyError:
        message = f"module 'aws_lambda_powertools' has no attribute {name!r}"
        raise AttributeError(message) from None

    import importlib

    value = getattr(importlib.import_module(module_name), attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY_EXPORTS])
