"""Log level resolution, including Lambda Advanced Logging Controls (ALC)."""

from __future__ import annotations

import logging
import os
import warnings

from aws_lambda_powertools.shared import constants

# AWS_LAMBDA_LOG_LEVEL values and the std logging level each stands for.
LAMBDA_LEVELS = {
    "TRACE": logging.NOTSET,
    "DEBUG": logging.DEBUG,
    "INFO": logging.INFO,
    "WARN": logging.WARNING,
    "WARNING": logging.WARNING,
    "ERROR": logging.ERROR,
    "FATAL": logging.CRITICAL,
    "CRITICAL": logging.CRITICAL,
}


def to_level_number(level: str | int) -> int:
    """Return the numeric level of a level name (any case) or number.

    Raises:
        ValueError: an unknown level name.
    """
    if isinstance(level, int):
        return level
    name = level.strip().upper()
    number = logging.getLevelName(name)
    if isinstance(number, int):
        return number
    message = (
        f"Unknown log level {level!r}: use DEBUG, INFO, WARNING, ERROR or CRITICAL (or a number)"
    )
    raise ValueError(message)


def lambda_log_level() -> int | None:
    """Return the level set by Lambda Advanced Logging Controls, if any."""
    raw = os.environ.get(constants.LAMBDA_LOG_LEVEL_ENV)
    if not raw:
        return None
    mapped = LAMBDA_LEVELS.get(raw.strip().upper())
    return mapped if mapped is not None else to_level_number(raw)


def determine_log_level(level: str | int | None) -> int:
    """Resolve the level to use.

    ``AWS_LAMBDA_LOG_LEVEL`` wins (with a warning when it is less verbose than the level
    asked for, since records would be lost); then ``level``; then
    ``POWERTOOLS_LOG_LEVEL``; then ``LOG_LEVEL``; then INFO.

    Environment variables:
        AWS_LAMBDA_LOG_LEVEL, POWERTOOLS_LOG_LEVEL, LOG_LEVEL.
    """
    asked: str | int | None = level
    if asked is None or asked == "":
        asked = os.environ.get(constants.POWERTOOLS_LOG_LEVEL_ENV) or os.environ.get(
            constants.POWERTOOLS_LOG_LEVEL_LEGACY_ENV
        )
    asked_number = to_level_number(asked) if asked else None

    lambda_level = lambda_log_level()
    if lambda_level is None:
        return asked_number if asked_number is not None else logging.INFO

    if asked_number is not None and lambda_level > asked_number:
        warnings.warn(
            f"Current log level ({logging.getLevelName(asked_number)}) does not match AWS "
            f"Lambda Advanced Logging Controls minimum log level "
            f"({logging.getLevelName(lambda_level)}). This can lead to data loss, consider "
            "adjusting them.",
            UserWarning,
            stacklevel=4,
        )
    return lambda_level


def warn_if_buffer_below_lambda_level(buffer_level: int) -> None:
    """Warn when Lambda's log level would drop records the buffer later writes."""
    from aws_lambda_powertools.warnings import PowertoolsUserWarning

    lambda_level = lambda_log_level()
    if lambda_level is not None and lambda_level > buffer_level:
        warnings.warn(
            f"Advanced Logging Controls (ALC) log level is "
            f"{logging.getLevelName(lambda_level)} and the buffer level is "
            f"{logging.getLevelName(buffer_level)}: buffered records will be dropped by "
            "Lambda when flushed. Lower AWS_LAMBDA_LOG_LEVEL or raise buffer_at_verbosity.",
            PowertoolsUserWarning,
            stacklevel=4,
        )
