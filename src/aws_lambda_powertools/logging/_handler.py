"""The stream handler the Logger installs when the user brings none."""

from __future__ import annotations

import logging


class PowertoolsStreamHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """A ``StreamHandler`` that writes and flushes a record in one step under its lock.

    ``StreamHandler.emit`` takes the handler lock a second time to flush; this handler
    already holds it, so it writes the line and flushes the stream directly.
    """

    def handle(self, record: logging.LogRecord) -> bool:
        """Apply the handler's filters, then emit ``record`` under the handler lock."""
        if self.filters and not self.filter(record):
            return False
        with self.lock:  # type: ignore[union-attr]
            self.emit(record)
        return True

    def emit(self, record: logging.LogRecord) -> None:
        """Format ``record`` and write it, followed by a newline, then flush the stream."""
        try:
            formatter = self.formatter
            line = formatter.format(record) if formatter is not None else self.format(record)
            stream = self.stream
            stream.write(line + self.terminator)
            flush = getattr(stream, "flush", None)
            if flush is not None:
                flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)
