"""Configuration of log buffering."""

from __future__ import annotations

_BUFFER_LEVELS = ("DEBUG", "INFO", "WARNING")


class LoggerBufferConfig:
    """How the Logger buffers low-verbosity records until an error (or a manual flush).

    Records at or below ``buffer_at_verbosity`` are kept in memory per X-Ray trace (that
    is, per invocation) instead of being written; they are written when an error is
    logged (``flush_on_error_log``), on ``Logger.flush_buffer()``, or never.

    Args:
        max_bytes: memory budget of one invocation's buffer; the oldest records are
            dropped first when it is exceeded.
        buffer_at_verbosity: ``DEBUG``, ``INFO`` or ``WARNING``: the most severe level
            that is buffered.
        flush_on_error_log: write the buffer when an ``error``, ``critical`` or
            ``exception`` record is logged.

    Raises:
        ValueError: a value is out of range or of the wrong type.

    Example:
        >>> from aws_lambda_powertools import Logger
        >>> from aws_lambda_powertools.logging.buffer import LoggerBufferConfig
        >>> logger = Logger(buffer_config=LoggerBufferConfig(max_bytes=10240))
    """

    __slots__ = ("_buffer_at_verbosity", "_flush_on_error_log", "_max_bytes")

    def __init__(
        self,
        max_bytes: int = 20480,
        buffer_at_verbosity: str = "DEBUG",
        flush_on_error_log: bool = True,
    ) -> None:
        size: object = max_bytes
        if not isinstance(size, int) or isinstance(size, bool) or size <= 0:
            message = f"Max size must be a positive integer, got max_bytes={max_bytes!r}"
            raise ValueError(message)

        level = buffer_at_verbosity.upper() if isinstance(buffer_at_verbosity, str) else None
        if level not in _BUFFER_LEVELS:
            message = (
                f"Invalid log level {buffer_at_verbosity!r} for buffer_at_verbosity. "
                f"Must be one of {list(_BUFFER_LEVELS)}"
            )
            raise ValueError(message)

        flush_value: object = flush_on_error_log
        if not isinstance(flush_value, bool):
            message = f"flush_on_error must be a boolean, got {flush_on_error_log!r}"
            raise ValueError(message)

        self._max_bytes = max_bytes
        self._buffer_at_verbosity = level
        self._flush_on_error_log = flush_on_error_log

    @property
    def max_bytes(self) -> int:
        """Memory budget of one invocation's buffer, in bytes."""
        return self._max_bytes

    @property
    def buffer_at_verbosity(self) -> str:
        """The most severe level that is buffered (upper case)."""
        return self._buffer_at_verbosity

    @property
    def flush_on_error_log(self) -> bool:
        """Whether logging an error writes the buffer first."""
        return self._flush_on_error_log

    def __repr__(self) -> str:
        return (
            f"LoggerBufferConfig(max_bytes={self._max_bytes}, "
            f"buffer_at_verbosity={self._buffer_at_verbosity!r}, "
            f"flush_on_error_log={self._flush_on_error_log})"
        )
