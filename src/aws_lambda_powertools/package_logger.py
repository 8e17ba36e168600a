"""The package's own logger: silent by default, verbose when ``POWERTOOLS_DEBUG`` is set."""

from __future__ import annotations

import logging
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import IO

PACKAGE_LOGGER_NAME = "aws_lambda_powertools"
DEBUG_FORMAT = "%(asctime)s %(name)s [%(levelname)s] %(message)s"


def set_package_logger(
    level: int = logging.DEBUG,
    stream: IO[str] | None = None,
    formatter: logging.Formatter | None = None,
) -> None:
    """Send the package's internal log records to ``stream`` (stdout by default).

    Args:
        level: lowest level to emit.
        stream: where records go; ``sys.stdout`` when omitted.
        formatter: formatter for the handler; a timestamped one-line format when omitted.
    """
    logger = logging.getLogger(PACKAGE_LOGGER_NAME)
    handler = logging.StreamHandler(stream if stream is not None else sys.stdout)
    handler.setFormatter(formatter or logging.Formatter(DEBUG_FORMAT))
    logger.setLevel(level)
    logger.addHandler(handler)


def set_package_logger_handler(stream: IO[str] | None = None) -> None:
    """Give the package logger a ``NullHandler``, or a debug handler under ``POWERTOOLS_DEBUG``.

    Runs once per process; later calls are no-ops.

    Environment variables:
        POWERTOOLS_DEBUG: truthy to print the package's internal DEBUG records to stdout.
    """
    logger = logging.getLogger(PACKAGE_LOGGER_NAME)
    if getattr(logger, "_powertools_configured", False):
        return

    logger._powertools_configured = True  # type: ignore[attr-defined]
    logger.propagate = False
    from aws_lambda_powertools.shared.functions import powertools_debug_is_set

    if powertools_debug_is_set():
        set_package_logger(stream=stream)
    else:
        logger.addHandler(logging.NullHandler())


def _reset_for_tests() -> None:
    """Forget the package logger's set-up so a test can run it again."""
    logger = logging.getLogger(PACKAGE_LOGGER_NAME)
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
    logger.__dict__.pop("_powertools_configured", None)
    logger.setLevel(logging.NOTSET)
