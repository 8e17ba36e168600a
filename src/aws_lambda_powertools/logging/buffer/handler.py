"""Handler that routes a third-party logger's records through a Logger's buffer."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from aws_lambda_powertools.logging.logger import Logger


class BufferingHandler(logging.Handler):
    """Send records to ``source_logger``: buffered when their level is buffered, else written.

    ``copy_config_to_registered_loggers(..., include_buffering=True)`` installs it on other
    libraries' loggers so their low-level records share the Logger's buffer.

    Args:
        source_logger: the Logger whose buffer and handlers receive the records.
    """

    def __init__(self, source_logger: Logger) -> None:
        super().__init__()
        self.source_logger = source_logger

    def emit(self, record: logging.LogRecord) -> None:
        """Buffer or write ``record`` through the source Logger."""
        self.source_logger._route_record(record)
