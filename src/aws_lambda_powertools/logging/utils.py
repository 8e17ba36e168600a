"""Share a Logger's output configuration with other libraries' loggers."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from aws_lambda_powertools.package_logger import PACKAGE_LOGGER_NAME

if TYPE_CHECKING:
    from aws_lambda_powertools.logging.logger import Logger

logger = logging.getLogger(__name__)


def copy_config_to_registered_loggers(
    source_logger: Logger,
    log_level: int | str | None = None,
    ignore_log_level: bool = False,
    include_buffering: bool = False,
    exclude: set[str] | None = None,
    include: set[str] | None = None,
) -> None:
    """Make already-registered top-level std loggers write like ``source_logger``.

    Each chosen logger gets the source's handlers (or, with ``include_buffering``, a
    handler that routes through the source's log buffer), stops propagating, and takes
    the source's level. The source also gains a ``name`` key, so lines say which logger
    wrote them. Only top-level loggers (names without a dot) are changed; their children
    propagate to them. The source itself and the toolkit's package logger are skipped.

    Args:
        source_logger: the Logger whose configuration is copied.
        log_level: level for the chosen loggers; the source's level when omitted.
        ignore_log_level: leave the chosen loggers' levels unchanged.
        include_buffering: route records through the source's log buffer.
        exclude: names of loggers to leave alone.
        include: names of the only loggers to change.

    Example:
        >>> import boto3
        >>> from aws_lambda_powertools import Logger
        >>> from aws_lambda_powertools.logging import utils
        >>> logger = Logger(service="payment")
        >>> utils.copy_config_to_registered_loggers(source_logger=logger)
    """
    level = None
    if not ignore_log_level:
        level = log_level if log_level is not None else source_logger.log_level

    skipped = {source_logger.name, PACKAGE_LOGGER_NAME}
    if exclude:
        skipped |= set(exclude)
    targets = _registered_loggers(include, skipped)
    if not targets:
        return

    source_logger.append_keys(name="%(name)s")
    handlers = _handlers_for(source_logger, include_buffering)
    for target in targets:
        logger.debug("Copying configuration of %s to %s", source_logger.name, target.name)
        for handler in list(target.handlers):
            target.removeHandler(handler)
        for handler in handlers:
            target.addHandler(handler)
        target.propagate = False
        if level is not None:
            target.setLevel(level)


def _registered_loggers(include: set[str] | None, skipped: set[str]) -> list[logging.Logger]:
    names = include if include is not None else logging.root.manager.loggerDict.keys()
    chosen = []
    for name in names:
        if "." in name or name in skipped:
            continue
        candidate = logging.root.manager.loggerDict.get(name)
        if isinstance(candidate, logging.Logger):
            chosen.append(candidate)
    return chosen


def _handlers_for(source_logger: Logger, include_buffering: bool) -> list[logging.Handler]:
    if include_buffering and source_logger._resolve_buffer() is not None:
        from aws_lambda_powertools.logging.buffer.handler import BufferingHandler

        return [BufferingHandler(source_logger)]
    return list(source_logger._configured_logger().handlers)
