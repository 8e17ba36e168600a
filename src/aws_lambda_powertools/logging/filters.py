"""Filter that keeps the Lambda root handler from printing a service's records twice."""

from __future__ import annotations

import logging


class SuppressFilter(logging.Filter):
    """Drop records whose logger name contains ``logger`` (the service name).

    The Logger adds one to each root handler, because the service's records propagate
    to the root logger, whose handler (installed by the Lambda runtime) would print them
    a second time.

    Args:
        logger: the service name to suppress.
    """

    def __init__(self, logger: str) -> None:
        super().__init__()
        self.logger = logger

    def filter(self, record: logging.LogRecord) -> bool:
        """Return ``False`` for records of the service (and its children)."""
        return self.logger not in record.name
