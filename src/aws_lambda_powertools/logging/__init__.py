"""Structured logging for AWS Lambda: one JSON object per record.

Example:
    >>> from aws_lambda_powertools.logging import Logger
    >>> logger = Logger(service="payment")
"""

from __future__ import annotations

from aws_lambda_powertools.logging.logger import Logger

__all__ = ["Logger"]
