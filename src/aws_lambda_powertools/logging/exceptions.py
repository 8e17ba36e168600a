"""Errors raised by the Logger.

Both descend from :class:`LoggerError`, a
:class:`~aws_lambda_powertools.exceptions.PowertoolsError`::

    PowertoolsError
    └── LoggerError
        ├── InvalidLoggerSamplingRateError   (also ValueError)
        └── OrphanedChildLoggerError
"""

from __future__ import annotations

from aws_lambda_powertools.exceptions import PowertoolsError


class LoggerError(PowertoolsError):
    """Base of every error the Logger raises."""


class InvalidLoggerSamplingRateError(LoggerError, ValueError):
    """The debug sampling rate is not a number between 0 and 1."""


class OrphanedChildLoggerError(LoggerError):
    """A child logger touched its keys before its parent logger was created."""
