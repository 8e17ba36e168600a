"""The structured JSON Logger.

Example:
    >>> from aws_lambda_powertools import Logger
    >>> logger = Logger(service="payment")
    >>> @logger.inject_lambda_context
    ... def handler(event, context):
    ...     logger.info("Collecting payment", order_id=event["order_id"])
"""

from __future__ import annotations

import functools
import logging
import os
import sys
from collections.abc import Callable, Iterable

from aws_lambda_powertools.logging import _levels
from aws_lambda_powertools.logging._handler import PowertoolsStreamHandler
from aws_lambda_powertools.logging._record import make_record
from aws_lambda_powertools.logging.exceptions import (
    InvalidLoggerSamplingRateError,
    OrphanedChildLoggerError,
)
from aws_lambda_powertools.logging.filters import SuppressFilter
from aws_lambda_powertools.logging.formatter import (
    BasePowertoolsFormatter,
    LambdaPowertoolsFormatter,
)
from aws_lambda_powertools.package_logger import set_package_logger
from aws_lambda_powertools.shared import constants
from aws_lambda_powertools.shared._static_typing import overload
from aws_lambda_powertools.shared.cold_start import ColdStart
from aws_lambda_powertools.shared.functions import (
    get_tracer_id,
    read_bool_env,
    resolve_truthy_env_var_choice,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import IO, Any, TypeVar

    from aws_lambda_powertools.logging.buffer._store import LogBuffer
    from aws_lambda_powertools.logging.buffer.config import LoggerBufferConfig

    R = TypeVar("R")
    AnyCallableT = TypeVar("AnyCallableT", bound=Callable[..., Any])

__all__ = ["Logger", "set_package_logger"]

logger = logging.getLogger(__name__)

_cold_start = ColdStart()
# Marks a std logger the Logger has configured, so a second Logger() for the same
# service reuses it instead of adding a second handler.
_CONFIGURED_MARK = "_powertools_configured"
_BUFFER_ATTRIBUTE = "_powertools_buffer"
_UNRESOLVED = 100  # a child's buffer level before its parent exists: every call checks
_DEBUG, _INFO, _WARNING, _ERROR, _CRITICAL = 10, 20, 30, 40, 50


class Logger:
    """Structured logger that writes one JSON object per record, for AWS Lambda.

    Args:
        service: service name added to every record; env ``POWERTOOLS_SERVICE_NAME``,
            else ``service_undefined``.
        level: level name or number; see :meth:`setLevel` for the precedence.
        child: attach to the parent Logger of the same service (for library modules):
            the std logger is named ``{service}.{module}`` and shares the parent's keys.
        sampling_rate: probability (0..1) that DEBUG is switched on, rolled at start and
            on every warm invocation; env ``POWERTOOLS_LOGGER_SAMPLE_RATE``.
        stream: where lines go, ``sys.stdout`` by default.
        logger_formatter: a :class:`BasePowertoolsFormatter` to use instead of the JSON one.
        logger_handler: a ``logging.Handler`` to use instead of a stream handler.
        log_uncaught_exceptions: log exceptions that escape to ``sys.excepthook``.
        json_serializer: turns the record dict into text (default compact ``json.dumps``).
        json_deserializer: decodes JSON-looking messages (default ``json.loads``).
        json_default: converts values JSON cannot encode (default ``str``).
        datefmt: ``strftime`` format of the timestamp; ``%F`` is milliseconds.
        use_datetime_directive: format timestamps with ``datetime.strftime`` (``%f``...).
        log_record_order: keys that come first, in order.
        utc: UTC timestamps instead of local time.
        use_rfc3339: ISO-8601 timestamps.
        serialize_stacktrace: add the structured ``stack_trace`` key to exceptions.
        buffer_config: buffer low-level records until an error; see
            :class:`~aws_lambda_powertools.logging.buffer.LoggerBufferConfig`.
        **kwargs: keys added to every record.

    Environment variables:
        POWERTOOLS_SERVICE_NAME: service name.
        POWERTOOLS_LOG_LEVEL, LOG_LEVEL, AWS_LAMBDA_LOG_LEVEL: level (see :meth:`setLevel`).
        POWERTOOLS_LOGGER_SAMPLE_RATE: debug sampling rate.
        POWERTOOLS_LOGGER_LOG_EVENT: log the incoming event in ``inject_lambda_context``.
        POWERTOOLS_LOG_DEDUPLICATION_DISABLED: don't filter the service out of root handlers.
        POWERTOOLS_DEV: pretty-print records.

    Raises:
        InvalidLoggerSamplingRateError: ``sampling_rate`` is not a number.
        ValueError: ``level`` is not a known level name.

    Unknown attributes are forwarded to the underlying ``logging.Logger``.
    """

    def __init__(
        self,
        service: str | None = None,
        level: str | int | None = None,
        child: bool = False,
        sampling_rate: float | None = None,
        stream: IO[str] | None = None,
        logger_formatter: BasePowertoolsFormatter | None = None,
        logger_handler: logging.Handler | None = None,
        log_uncaught_exceptions: bool = False,
        json_serializer: Callable[[dict[str, Any]], str] | None = None,
        json_deserializer: Callable[[str | bytes | bytearray], Any] | None = None,
        json_default: Callable[[Any], Any] | None = None,
        datefmt: str | None = None,
        use_datetime_directive: bool = False,
        log_record_order: list[str] | None = None,
        utc: bool = False,
        use_rfc3339: bool = False,
        serialize_stacktrace: bool = True,
        buffer_config: LoggerBufferConfig | None = None,
        **kwargs: Any,
    ) -> None:
        self.service = service or os.environ.get(constants.SERVICE_NAME_ENV) or "service_undefined"
        self.sampling_rate = (
            sampling_rate
            if sampling_rate is not None
            else os.environ.get(constants.LOGGER_LOG_SAMPLING_RATE)
        )
        self.child = child
        self.logger_formatter = logger_formatter
        self._stream = stream or sys.stdout
        self.logger_handler = logger_handler or PowertoolsStreamHandler(self._stream)
        self.log_uncaught_exceptions = log_uncaught_exceptions
        self._is_deduplication_disabled = read_bool_env(
            constants.LOGGER_LOG_DEDUPLICATION_ENV, False
        )
        self._buffer_config = buffer_config
        self._buffer: LogBuffer | None = None
        self._buffer_level = 0
        self._default_log_keys: dict[str, Any] = {
            "service": self.service,
            "sampling_rate": self.sampling_rate,
        }
        name = self.service
        if child:
            name = f"{self.service}.{sys._getframe(1).f_globals.get('__name__', '__main__')}"
        self._logger = logging.getLogger(name)
        # The std logger's answers to isEnabledFor, cleared in place on every level change:
        # a miss or True sends the call on, only a cached False returns early.
        self._level_cache: dict[int, bool] = getattr(self._logger, "_cache", {})

        formatter_options = {
            "json_serializer": json_serializer,
            "json_deserializer": json_deserializer,
            "json_default": json_default,
            "datefmt": datefmt,
            "use_datetime_directive": use_datetime_directive,
            "log_record_order": log_record_order,
            "utc": utc,
            "use_rfc3339": use_rfc3339,
            "serialize_stacktrace": serialize_stacktrace,
        }
        self._init_logger(level, formatter_options, kwargs)

        if self.log_uncaught_exceptions:
            logger.debug("Replacing exception hook")
            sys.excepthook = functools.partial(log_uncaught_exception_hook, logger=self)

    # -- set-up -------------------------------------------------------------------------

    def _init_logger(
        self, level: str | int | None, formatter_options: dict[str, Any], keys: dict[str, Any]
    ) -> None:
        if self.child:
            self.setLevel(level)
            self._buffer_level = _UNRESOLVED
            return

        if getattr(self._logger, _CONFIGURED_MARK, False):
            self._adopt_buffer(getattr(self._logger, _BUFFER_ATTRIBUTE, None))
            return

        logger.debug("Configuring std logger %s", self._logger.name)
        self.setLevel(level)
        self.initial_log_level = self._logger.level
        self._configure_sampling()
        self.structure_logs(formatter_options=formatter_options, **keys)
        self._logger.addHandler(self.logger_handler)
        if self._buffer_config is not None:
            self._create_buffer(self._buffer_config)
        if not self._is_deduplication_disabled:
            _suppress_in_root_handlers(self.service)
        setattr(self._logger, _CONFIGURED_MARK, True)

    def _configure_sampling(self) -> None:
        rate = self.sampling_rate
        try:
            numeric_rate = float(rate) if rate is not None and rate != "" else 0.0
        except (TypeError, ValueError) as err:
            message = (
                f"Expected a float value ranging 0 to 1, but received {rate!r} instead. "
                "Please review POWERTOOLS_LOGGER_SAMPLE_RATE environment variable or "
                "`sampling_rate` parameter."
            )
            raise InvalidLoggerSamplingRateError(message) from err

        if not numeric_rate:
            return
        import random

        if random.random() <= numeric_rate:
            logger.debug("Sampling rate %s hit: setting level to DEBUG", numeric_rate)
            self._logger.setLevel(logging.DEBUG)
        else:
            self._logger.setLevel(self.initial_log_level)

    def refresh_sample_rate_calculation(self) -> None:
        """Roll the debug sampling again (``inject_lambda_context`` does it per invocation)."""
        if not self.sampling_rate:
            return
        if not hasattr(self, "initial_log_level"):
            self.initial_log_level = self._logger.level
        self._configure_sampling()

    def _create_buffer(self, config: LoggerBufferConfig) -> None:
        from aws_lambda_powertools.logging.buffer._store import LogBuffer

        def measure(record: logging.LogRecord) -> int:
            return len(self.registered_formatter.format(record).encode("utf-8", "replace"))

        buffer = LogBuffer(config, measure)
        setattr(self._logger, _BUFFER_ATTRIBUTE, buffer)
        self._adopt_buffer(buffer)
        _levels.warn_if_buffer_below_lambda_level(buffer.level)

    def _adopt_buffer(self, buffer: LogBuffer | None) -> None:
        self._buffer = buffer
        self._buffer_level = buffer.level if buffer is not None else 0

    # -- properties and std logger passthrough ---------------------------------------------

    @property
    def registered_handler(self) -> logging.Handler:
        """The handler that writes this Logger's records (the parent's, for a child).

        Raises:
            OrphanedChildLoggerError: a child whose parent Logger does not exist yet.
        """
        return self._configured_logger().handlers[0]

    @property
    def registered_formatter(self) -> BasePowertoolsFormatter:
        """The formatter of :attr:`registered_handler`, which holds the keys."""
        return self.registered_handler.formatter  # type: ignore[return-value]

    @property
    def log_level(self) -> int:
        """The level set on the underlying std logger."""
        return self._logger.level

    @property
    def name(self) -> str:
        """Name of the underlying std logger."""
        return self._logger.name

    @property
    def handlers(self) -> list[logging.Handler]:
        """Handlers of the underlying std logger (empty for a child)."""
        return self._logger.handlers

    def setLevel(self, level: str | int | None) -> None:
        """Set the level; Lambda's ``AWS_LAMBDA_LOG_LEVEL`` wins over everything.

        Precedence: ``AWS_LAMBDA_LOG_LEVEL`` (warns when it is less verbose than the
        level asked for), then ``level``, then ``POWERTOOLS_LOG_LEVEL``, then
        ``LOG_LEVEL``, then ``INFO``.
        """
        self._logger.setLevel(_levels.determine_log_level(level))

    def addHandler(self, handler: logging.Handler) -> None:
        """Add a handler to the underlying std logger."""
        self._logger.addHandler(handler)

    def addFilter(self, log_filter: logging.Filter) -> None:
        """Add a filter to the underlying std logger."""
        self._logger.addFilter(log_filter)

    def removeFilter(self, log_filter: logging.Filter) -> None:
        """Remove a filter from the underlying std logger."""
        self._logger.removeFilter(log_filter)

    def __getattr__(self, name: str) -> Any:
        # Only reached when normal lookup fails: forward to the std logger.
        if name == "_logger":
            raise AttributeError(name)
        return getattr(self._logger, name)

    def _configured_logger(self) -> logging.Logger:
        if not self.child:
            return self._logger
        parent = self._logger.parent
        while parent is not None and not getattr(parent, _CONFIGURED_MARK, False):
            parent = parent.parent
        if parent is None or not parent.handlers:
            message = (
                f"Orphan child loggers cannot append nor remove keys until a parent is "
                f"initialized first: create Logger(service={self.service!r}) before the "
                f"child {self._logger.name!r} touches its keys, or move the append/remove "
                "keys call to a later stage (e.g. inside the handler)."
            )
            raise OrphanedChildLoggerError(message)
        return parent

    # -- logging methods ----------------------------------------------------------------------

    def debug(
        self,
        msg: object,
        *args: object,
        exc_info: Any = None,
        stack_info: bool = False,
        stacklevel: int = 2,
        extra: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        """Log ``msg % args`` at DEBUG; keyword arguments become keys of this record."""
        if self._level_cache.get(_DEBUG) is not False or self._buffer_level >= _DEBUG:
            self._log(_DEBUG, msg, args, exc_info, stack_info, stacklevel, extra, kwargs)

    def info(
        self,
        msg: object,
        *args: object,
        exc_info: Any = None,
        stack_info: bool = False,
        stacklevel: int = 2,
        extra: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        """Log ``msg % args`` at INFO; keyword arguments become keys of this record."""
        if self._level_cache.get(_INFO) is not False or self._buffer_level >= _INFO:
            self._log(_INFO, msg, args, exc_info, stack_info, stacklevel, extra, kwargs)

    def warning(
        self,
        msg: object,
        *args: object,
        exc_info: Any = None,
        stack_info: bool = False,
        stacklevel: int = 2,
        extra: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        """Log ``msg % args`` at WARNING; keyword arguments become keys of this record."""
        if self._level_cache.get(_WARNING) is not False or self._buffer_level >= _WARNING:
            self._log(_WARNING, msg, args, exc_info, stack_info, stacklevel, extra, kwargs)

    def error(
        self,
        msg: object,
        *args: object,
        exc_info: Any = None,
        stack_info: bool = False,
        stacklevel: int = 2,
        extra: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        """Log ``msg % args`` at ERROR (writing the log buffer first when configured)."""
        if self._level_cache.get(_ERROR) is not False or self._buffer_level:
            self._log(_ERROR, msg, args, exc_info, stack_info, stacklevel, extra, kwargs)

    def critical(
        self,
        msg: object,
        *args: object,
        exc_info: Any = None,
        stack_info: bool = False,
        stacklevel: int = 2,
        extra: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        """Log ``msg % args`` at CRITICAL (writing the log buffer first when configured)."""
        if self._level_cache.get(_CRITICAL) is not False or self._buffer_level:
            self._log(_CRITICAL, msg, args, exc_info, stack_info, stacklevel, extra, kwargs)

    def exception(
        self,
        msg: object,
        *args: object,
        exc_info: Any = True,
        stack_info: bool = False,
        stacklevel: int = 2,
        extra: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        """Log ``msg % args`` at ERROR with the exception being handled."""
        if self._level_cache.get(_ERROR) is not False or self._buffer_level:
            self._log(_ERROR, msg, args, exc_info, stack_info, stacklevel, extra, kwargs)

    def log(
        self,
        level: int,
        msg: object,
        *args: object,
        exc_info: Any = None,
        stack_info: bool = False,
        stacklevel: int = 2,
        extra: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        """Log ``msg % args`` at the numeric ``level``."""
        if self._level_cache.get(level) is not False or level <= self._buffer_level:
            self._log(level, msg, args, exc_info, stack_info, stacklevel, extra, kwargs)

    def _log(
        self,
        level: int,
        msg: object,
        args: tuple[Any, ...],
        exc_info: Any,
        stack_info: bool,
        stacklevel: int,
        extra: dict[str, Any] | None,
        kwargs: dict[str, Any],
    ) -> None:
        if not self._buffer_level:
            enabled = self._level_cache.get(level)
            if not (enabled or (enabled is None and self._logger.isEnabledFor(level))):
                return
        if kwargs:
            extra = {**extra, **kwargs} if extra else kwargs
        try:
            frame = sys._getframe(stacklevel)
        except ValueError:
            frame = _outermost_frame()
        record = make_record(self._logger.name, level, frame, msg, args, exc_info, extra)
        if stack_info:
            record.stack_info = _format_stack(frame)
        if self._buffer_level:
            self._route_record(record)
        else:
            self._logger.handle(record)

    # -- buffering ----------------------------------------------------------------------

    def _route_record(self, record: logging.LogRecord, from_other_logger: bool = False) -> None:
        """Buffer, flush-then-write, or write ``record`` as the buffer config says."""
        buffer = self._resolve_buffer()
        level = record.levelno
        if buffer is not None and level <= buffer.level:
            trace_id = get_tracer_id()
            if trace_id is not None:
                if buffer.add(record, trace_id):
                    return
            elif not self._enabled_for(level, from_other_logger):
                return
        else:
            if not self._enabled_for(level, from_other_logger):
                return
            if buffer is not None and level >= _ERROR and buffer.config.flush_on_error_log:
                self._write_buffered(buffer)

        if from_other_logger:
            self._write_to_handlers(record)
        else:
            self._logger.handle(record)

    def _enabled_for(self, level: int, from_other_logger: bool) -> bool:
        return from_other_logger or self._logger.isEnabledFor(level)

    def _resolve_buffer(self) -> LogBuffer | None:
        if self._buffer_level != _UNRESOLVED:
            return self._buffer
        try:
            parent = self._configured_logger()
        except OrphanedChildLoggerError:
            return None
        self._adopt_buffer(getattr(parent, _BUFFER_ATTRIBUTE, None))
        return self._buffer

    def _write_to_handlers(self, record: logging.LogRecord) -> None:
        for handler in self._configured_logger().handlers:
            if record.levelno >= handler.level:
                handler.handle(record)

    def _write_buffered(self, buffer: LogBuffer) -> None:
        for record in buffer.take():
            self._write_to_handlers(record)

    def flush_buffer(self) -> None:
        """Write the current invocation's buffered records, oldest first."""
        buffer = self._resolve_buffer()
        if buffer is not None:
            self._write_buffered(buffer)

    def clear_buffer(self) -> None:
        """Drop every buffered record without writing it."""
        buffer = self._resolve_buffer()
        if buffer is not None:
            buffer.clear()

    # -- keys -----------------------------------------------------------------------------

    def append_keys(self, **additional_keys: Any) -> None:
        """Add keys to every following record (of this Logger, its parent and children)."""
        self.registered_formatter.append_keys(**additional_keys)

    def _append_trusted_keys(self, keys: dict[str, Any]) -> None:
        """Add keys the toolkit itself computed (no reserved names), skipping validation."""
        handlers = self._logger.handlers if not self.child else self._configured_logger().handlers
        formatter = handlers[0].formatter if handlers else None
        if isinstance(formatter, LambdaPowertoolsFormatter):
            formatter._merge_keys(keys)
        else:
            self.append_keys(**keys)

    def get_current_keys(self) -> dict[str, Any]:
        """Return the keys added to every record."""
        return self.registered_formatter.get_current_keys()

    def remove_keys(self, keys: Iterable[str]) -> None:
        """Stop adding ``keys`` to records."""
        self.registered_formatter.remove_keys(keys)

    def append_context_keys(self, **additional_keys: Any) -> _ContextKeys:
        """Add keys for the duration of a ``with`` block; they are removed on exit.

        Example:
            >>> with logger.append_context_keys(order_id="o-1"):
            ...     logger.info("processing")
        """
        return _ContextKeys(self, additional_keys)

    def clear_state(self) -> None:
        """Go back to the formatter's initial keys plus ``service`` and ``sampling_rate``.

        Thread-safe keys are dropped too. A formatter that was given to the Logger gets
        ``clear_state()`` and then this Logger's ``service`` and ``sampling_rate`` again.
        """
        self.registered_formatter.clear_state()
        self.structure_logs()

    def thread_safe_append_keys(self, **additional_keys: Any) -> None:
        """Add keys to records logged from the current thread (or asyncio task) only."""
        self.registered_formatter.thread_safe_append_keys(**additional_keys)

    def thread_safe_get_current_keys(self) -> dict[str, Any]:
        """Return the current thread's keys."""
        return self.registered_formatter.thread_safe_get_current_keys()

    def thread_safe_remove_keys(self, keys: Iterable[str]) -> None:
        """Remove keys added for the current thread."""
        self.registered_formatter.thread_safe_remove_keys(keys)

    def thread_safe_clear_keys(self) -> None:
        """Remove every key added for the current thread."""
        self.registered_formatter.thread_safe_clear_keys()

    def set_correlation_id(self, value: str | None) -> None:
        """Add ``correlation_id`` to every record; ``None`` removes it."""
        self.append_keys(correlation_id=value)

    def get_correlation_id(self) -> str | None:
        """Return the current ``correlation_id``, if any."""
        formatter = self.registered_formatter
        if isinstance(formatter, LambdaPowertoolsFormatter):
            return formatter.log_format.get("correlation_id")
        return None

    def structure_logs(
        self, append: bool = False, formatter_options: dict[str, Any] | None = None, **keys: Any
    ) -> None:
        """Set the formatter up (first call) or reset its keys to the defaults plus ``keys``.

        Args:
            append: add ``keys`` to the current ones instead of resetting.
            formatter_options: options for a new ``LambdaPowertoolsFormatter``.
            **keys: keys to add to every record.
        """
        log_keys = {**self._default_log_keys, **keys}
        if not getattr(self._logger, _CONFIGURED_MARK, False) and not self.child:
            formatter: BasePowertoolsFormatter
            if self.logger_formatter is None:
                options = {k: v for k, v in (formatter_options or {}).items() if v is not None}
                formatter = LambdaPowertoolsFormatter(**options, **log_keys)
            else:
                # A formatter the user brought gets the same keys through its own API.
                formatter = self.logger_formatter
                formatter.append_keys(**log_keys)
            self.logger_handler.setFormatter(formatter)
            return

        if append:
            self.append_keys(**keys)
            return
        current = self.registered_formatter
        current.clear_state()
        current.thread_safe_clear_keys()
        current.append_keys(**log_keys)

    # -- Lambda handler decorator ----------------------------------------------------------

    @overload
    def inject_lambda_context(self, lambda_handler: AnyCallableT) -> AnyCallableT: ...

    @overload
    def inject_lambda_context(
        self,
        lambda_handler: None = None,
        log_event: bool | None = None,
        correlation_id_path: str | None = None,
        clear_state: bool | None = False,
        flush_buffer_on_uncaught_error: bool = False,
    ) -> Callable[[AnyCallableT], AnyCallableT]: ...

    def inject_lambda_context(
        self,
        lambda_handler: AnyCallableT | None = None,
        log_event: bool | None = None,
        correlation_id_path: str | None = None,
        clear_state: bool | None = False,
        flush_buffer_on_uncaught_error: bool = False,
    ) -> Any:
        """Decorate a Lambda handler to add the invocation's context keys to every record.

        Per invocation it adds ``cold_start``, ``function_name``, ``function_memory_size``,
        ``function_arn`` and ``function_request_id``; optionally ``correlation_id`` from
        the event, and logs the event itself. Works with or without arguments.

        Args:
            lambda_handler: the handler (when used bare, as ``@logger.inject_lambda_context``).
            log_event: log the incoming event at INFO; env ``POWERTOOLS_LOGGER_LOG_EVENT``.
            correlation_id_path: JMESPath expression (see ``correlation_paths``) whose
                value becomes ``correlation_id``.
            clear_state: reset keys to the defaults at the start of each invocation.
            flush_buffer_on_uncaught_error: write the log buffer when the handler raises.

        Environment variables:
            POWERTOOLS_LOGGER_LOG_EVENT: truthy logs every incoming event.
        """
        if lambda_handler is None:
            logger.debug("Decorator called with parameters")
            return functools.partial(
                self.inject_lambda_context,
                log_event=log_event,
                correlation_id_path=correlation_id_path,
                clear_state=clear_state,
                flush_buffer_on_uncaught_error=flush_buffer_on_uncaught_error,
            )

        from aws_lambda_powertools.logging._lambda_context import wrap_handler

        should_log_event = resolve_truthy_env_var_choice(
            env=os.environ.get(constants.LOGGER_LOG_EVENT_ENV, "false"), choice=log_event
        )
        return wrap_handler(
            self,
            lambda_handler,
            cold_start=_cold_start,
            log_event=should_log_event,
            correlation_id_path=correlation_id_path,
            clear_state=bool(clear_state),
            flush_buffer_on_uncaught_error=flush_buffer_on_uncaught_error,
        )


class _ContextKeys:
    """Context manager behind :meth:`Logger.append_context_keys`."""

    __slots__ = ("_keys", "_logger")

    def __init__(self, owner: Logger, keys: dict[str, Any]) -> None:
        self._logger = owner
        self._keys = keys

    def __enter__(self) -> None:
        self._logger.append_keys(**self._keys)

    def __exit__(self, *exc: object) -> None:
        self._logger.remove_keys(list(self._keys))


def _suppress_in_root_handlers(service: str) -> None:
    for handler in logging.root.handlers:
        if type(handler).__module__.startswith("_pytest"):
            continue
        if any(isinstance(f, SuppressFilter) and f.logger == service for f in handler.filters):
            continue
        handler.addFilter(SuppressFilter(service))


def _outermost_frame() -> Any:
    frame = sys._getframe(1)
    while frame.f_back is not None:
        frame = frame.f_back
    return frame


def _format_stack(frame: Any) -> str:
    import traceback

    stack = "".join(traceback.format_stack(frame))
    return "Stack (most recent call last):\n" + stack.rstrip("\n")


def log_uncaught_exception_hook(
    exc_type: type[BaseException], exc_value: BaseException, exc_traceback: Any, logger: Logger
) -> None:
    """Log an exception that reached ``sys.excepthook``; the exception is the message.

    The exception object is the record's message, so ``json_default`` renders it
    (``str`` by default: the exception's text).
    """
    logger.exception(exc_value, exc_info=(exc_type, exc_value, exc_traceback))
