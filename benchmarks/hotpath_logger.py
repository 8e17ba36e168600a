#!/usr/bin/env python
"""Time the Logger's hot paths and print microseconds per call.

Rows: ``Logger.info`` with the Lambda context injected and three appended keys, the same
with two per-call extra keys, a ``debug`` call below the level, and one call of a handler
decorated with ``inject_lambda_context`` (with and without ``correlation_id_path``).
Floors next to them: the same record built by hand and written with ``json.dumps``, and a
handler wrapped by a plain decorator. Lines go to a stream that discards them.

Standard library only. Run from the repository root:
    python benchmarks/hotpath_logger.py [--number 20000] [--json out.json]
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
import time
import timeit
from collections.abc import Callable
from typing import Any

APPENDED = {"order_id": "ord-000123", "customer_id": "cus-42", "tenant": "acme"}
EVENT = {
    "resource": "/orders/{id}",
    "httpMethod": "GET",
    "headers": {"Host": "abc123.execute-api.us-east-1.amazonaws.com"},
    "requestContext": {"requestId": "c6af9ac6-7b61-11e6-9a41-93e8deadbeef", "stage": "prod"},
    "body": None,
}


class LambdaContext:
    """The attributes of a Lambda context the Logger reads."""

    function_name = "bench"
    memory_limit_in_mb = 128
    invoked_function_arn = "arn:aws:lambda:us-east-1:123456789012:function:bench"
    aws_request_id = "52fdfc07-2182-154f-163f-5f0f9a621d72"


class NullStream:
    """A text stream that counts and discards what is written."""

    def __init__(self) -> None:
        self.writes = 0

    def write(self, text: str) -> int:
        self.writes += 1
        return len(text)

    def flush(self) -> None:
        """Nothing to flush."""


def best_us(operation: Callable[[], Any], number: int, repeat: int = 5) -> float:
    """Return the best of ``repeat`` runs, in microseconds per call."""
    return min(timeit.repeat(operation, number=number, repeat=repeat)) / number * 1e6


def logger_rows(number: int) -> dict[str, float]:
    """Time the Logger operations."""
    from aws_lambda_powertools import Logger
    from aws_lambda_powertools.logging import correlation_paths

    context = LambdaContext()
    stream = NullStream()
    logger = Logger(service="bench", stream=stream)

    @logger.inject_lambda_context
    def handler(event: Any, context: Any) -> int:
        return 1

    @logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_REST)
    def correlated_handler(event: Any, context: Any) -> int:
        return 1

    handler(EVENT, context)
    correlated_handler(EVENT, context)
    logger.append_keys(**APPENDED)
    logger.info("warm-up")
    return {
        "Logger.info (context + 3 keys)": best_us(lambda: logger.info("processing order"), number),
        "Logger.info with extra={2 keys}": best_us(
            lambda: logger.info("processing order", extra={"amount": 12.5, "items": 3}), number
        ),
        "Logger.debug below the level": best_us(lambda: logger.debug("processing order"), number),
        "inject_lambda_context call": best_us(lambda: handler(EVENT, context), number),
        "inject_lambda_context call, correlation_id_path": best_us(
            lambda: correlated_handler(EVENT, context), number
        ),
    }


def floor_rows(number: int) -> dict[str, float]:
    """Time hand-written equivalents: the least any logger could cost."""
    stream = NullStream()
    context = LambdaContext()

    def record_floor() -> None:
        now = time.time()
        stamp = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(now))
        record = {
            "level": "INFO",
            "location": "record_floor:1",
            "message": "processing order",
            "timestamp": f"{stamp},{int(now % 1 * 1000):03d}+0000",
            "service": "bench",
            "cold_start": False,
            "function_name": context.function_name,
            "function_memory_size": context.memory_limit_in_mb,
            "function_arn": context.invoked_function_arn,
            "function_request_id": context.aws_request_id,
            **APPENDED,
        }
        stream.write(json.dumps(record, separators=(",", ":"), ensure_ascii=False) + "\n")

    def plain_decorator(func: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            return func(*args, **kwargs)

        return wrapper

    plain_handler = plain_decorator(lambda event, context: 1)
    return {
        "floor: record dict + json.dumps + write": best_us(record_floor, number),
        "floor: plain decorator call": best_us(lambda: plain_handler(EVENT, context), number),
    }


def main() -> int:
    """Run every row and print (or save) the microseconds per call."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--number", type=int, default=20000, help="calls per timed run")
    parser.add_argument("--json", help="also write the results to this file")
    args = parser.parse_args()

    rows = {**logger_rows(args.number), **floor_rows(args.number)}
    width = max(len(name) for name in rows)
    for name, micros in rows.items():
        print(f"{name:<{width}}  {micros:8.3f} us")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump(rows, out, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
