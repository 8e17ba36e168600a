"""Log buffering: keep low-verbosity records in memory and write them only when needed.

Example:
    >>> from aws_lambda_powertools import Logger
    >>> from aws_lambda_powertools.logging.buffer import LoggerBufferConfig
    >>> logger = Logger(service="payment", buffer_config=LoggerBufferConfig())
"""

from __future__ import annotations

from aws_lambda_powertools.logging.buffer.config import LoggerBufferConfig

__all__ = ["LoggerBufferConfig"]
