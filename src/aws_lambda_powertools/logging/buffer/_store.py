"""Per-trace record buffers with a byte budget and oldest-first eviction."""

from __future__ import annotations

import logging
import threading
import warnings
from collections import deque
from collections.abc import Callable

from aws_lambda_powertools.logging.buffer.config import LoggerBufferConfig
from aws_lambda_powertools.shared.functions import get_tracer_id
from aws_lambda_powertools.warnings import PowertoolsUserWarning

_LEVELS = {"DEBUG": logging.DEBUG, "INFO": logging.INFO, "WARNING": logging.WARNING}


class _TraceBuffer:
    __slots__ = ("evicted", "records", "size")

    def __init__(self) -> None:
        self.records: deque[tuple[logging.LogRecord, int]] = deque()
        self.size = 0
        self.evicted = False


class LogBuffer:
    """The buffered records of one service's loggers, for the current X-Ray trace id.

    Records of an earlier trace are dropped when the first record of a new trace arrives.

    Args:
        config: the user's buffering options.
        measure: returns the size of a record in bytes (its formatted line).
    """

    def __init__(
        self, config: LoggerBufferConfig, measure: Callable[[logging.LogRecord], int]
    ) -> None:
        self.config = config
        self.level = _LEVELS[config.buffer_at_verbosity]
        self._measure = measure
        self._buffers: dict[str, _TraceBuffer] = {}
        self._lock = threading.Lock()

    def add(self, record: logging.LogRecord, trace_id: str) -> bool:
        """Keep ``record`` for ``trace_id``; return ``False`` when it is too big to keep.

        Warns with :class:`PowertoolsUserWarning` when the record alone exceeds the budget.
        """
        size = self._measure(record)
        budget = self.config.max_bytes
        if size > budget:
            warnings.warn(
                f"Cannot add item to the buffer: its size ({size} bytes) exceeds the whole "
                f"buffer ({budget} bytes); it is written immediately instead. Increase "
                "LoggerBufferConfig(max_bytes=...) to buffer it.",
                PowertoolsUserWarning,
                stacklevel=5,
            )
            return False

        with self._lock:
            buffer = self._buffers.get(trace_id)
            if buffer is None:
                # A new trace is a new invocation: what earlier ones left is never
                # flushed, so it is dropped rather than kept for the process lifetime.
                self._buffers.clear()
                buffer = self._buffers[trace_id] = _TraceBuffer()
            while buffer.records and buffer.size + size > budget:
                _, dropped = buffer.records.popleft()
                buffer.size -= dropped
                buffer.evicted = True
            buffer.records.append((record, size))
            buffer.size += size
        return True

    def take(self, trace_id: str | None = None) -> list[logging.LogRecord]:
        """Remove and return the records of ``trace_id`` (the current trace by default).

        Warns with :class:`PowertoolsUserWarning` when some of them had been evicted.
        """
        trace_id = trace_id or get_tracer_id()
        if trace_id is None:
            return []
        with self._lock:
            buffer = self._buffers.pop(trace_id, None)
        if buffer is None:
            return []
        if buffer.evicted:
            warnings.warn(
                "Some logs are not displayed because they were evicted from the buffer. "
                "Increase LoggerBufferConfig(max_bytes=...) to keep more records.",
                PowertoolsUserWarning,
                stacklevel=4,
            )
        return [record for record, _ in buffer.records]

    def clear(self) -> None:
        """Drop every buffered record, of every trace."""
        with self._lock:
            self._buffers.clear()

    def __len__(self) -> int:
        with self._lock:
            return sum(len(buffer.records) for buffer in self._buffers.values())
