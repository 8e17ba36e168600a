"""Formatter for Datadog log ingestion."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from aws_lambda_powertools.logging.formatter import LambdaPowertoolsFormatter


class DatadogLogFormatter(LambdaPowertoolsFormatter):
    """JSON formatter with RFC 3339 timestamps, as Datadog expects.

    Accepts the same arguments as
    :class:`~aws_lambda_powertools.logging.formatter.LambdaPowertoolsFormatter`; only
    ``use_rfc3339`` defaults to ``True``.

    Example:
        >>> from aws_lambda_powertools import Logger
        >>> logger = Logger(service="payment", logger_formatter=DatadogLogFormatter())
    """

    def __init__(
        self,
        json_serializer: Callable[[dict[str, Any]], str] | None = None,
        json_deserializer: Callable[[str | bytes | bytearray], Any] | None = None,
        json_default: Callable[[Any], Any] | None = None,
        datefmt: str | None = None,
        use_datetime_directive: bool = False,
        log_record_order: list[str] | None = None,
        utc: bool = False,
        use_rfc3339: bool = True,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            json_serializer=json_serializer,
            json_deserializer=json_deserializer,
            json_default=json_default,
            datefmt=datefmt,
            use_datetime_directive=use_datetime_directive,
            log_record_order=log_record_order,
            utc=utc,
            use_rfc3339=use_rfc3339,
            **kwargs,
        )
