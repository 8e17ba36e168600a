#!/usr/bin/env python
"""Time wrapping an API Gateway event in a data class and reading eight properties.

Rows: ``APIGatewayProxyEvent(raw)`` plus eight typical reads (method, path, a header, a query
parameter, a path parameter, the caller IP, the request ID and a JSON body field); the same
reads on an already-built event; and the floor: the same eight values taken from the raw
dict by hand (a case-insensitive header scan and ``json.loads``).

Standard library only. Run from the repository root:
    python benchmarks/hotpath_data_classes.py [--number 50000] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import sys
import timeit
from collections.abc import Callable
from typing import Any

HEADERS = {
    "Accept": "application/json",
    "Accept-Encoding": "gzip, deflate, br",
    "Authorization": "Bearer eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl",
    "CloudFront-Forwarded-Proto": "https",
    "CloudFront-Viewer-Country": "PT",
    "Content-Type": "application/json",
    "Host": "r8f2k1m0qa.execute-api.eu-west-1.amazonaws.com",
    "User-Agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/125.0",
    "Via": "2.0 a1b2c3.cloudfront.net (CloudFront)",
    "X-Amzn-Trace-Id": "Root=1-66157e2a-4f8c2d1b0e9a7c6b5d4e3f21",
    "X-Forwarded-For": "198.51.100.23, 64.252.88.14",
    "X-Forwarded-Port": "443",
    "X-Forwarded-Proto": "https",
}
EVENT: dict[str, Any] = {
    "resource": "/users/{user_id}/orders",
    "path": "/users/42/orders",
    "httpMethod": "POST",
    "headers": HEADERS,
    "multiValueHeaders": {key: [value] for key, value in HEADERS.items()},
    "queryStringParameters": {"limit": "25", "sort": "desc"},
    "multiValueQueryStringParameters": {"limit": ["25"], "sort": ["desc"]},
    "pathParameters": {"user_id": "42"},
    "stageVariables": None,
    "requestContext": {
        "accountId": "210987654321",
        "apiId": "r8f2k1m0qa",
        "httpMethod": "POST",
        "identity": {"sourceIp": "198.51.100.23", "userAgent": HEADERS["User-Agent"]},
        "path": "/prod/users/42/orders",
        "protocol": "HTTP/1.1",
        "requestId": "0f6c1a4e-93d2-4b1f-8e0a-6d2c7b5e9f13",
        "requestTimeEpoch": 1712676151123,
        "resourceId": "x7y2z9",
        "resourcePath": "/users/{user_id}/orders",
        "stage": "prod",
    },
    "body": json.dumps({"name": "widget", "qty": 3}),
    "isBase64Encoded": False,
}
EXPECTED = (
    "POST",
    "/users/42/orders",
    "application/json",
    "25",
    "42",
    "198.51.100.23",
    "0f6c1a4e-93d2-4b1f-8e0a-6d2c7b5e9f13",
    "widget",
)


def wrap_and_read() -> Callable[[], tuple[Any, ...]]:
    """Return the operation: wrap the raw event and read eight properties."""
    from aws_lambda_powertools.utilities.data_classes import APIGatewayProxyEvent

    def op() -> tuple[Any, ...]:
        event = APIGatewayProxyEvent(EVENT)
        context = event.request_context
        return (
            event.http_method,
            event.path,
            event.headers.get("content-type"),
            event.query_string_parameters.get("limit"),
            event.path_parameters["user_id"],
            context.identity.source_ip,
            context.request_id,
            event.json_body["name"],
        )

    return op


def read_only() -> Callable[[], tuple[Any, ...]]:
    """Return the operation: read the same eight properties of one built event."""
    from aws_lambda_powertools.utilities.data_classes import APIGatewayProxyEvent

    event = APIGatewayProxyEvent(EVENT)

    def op() -> tuple[Any, ...]:
        return (
            event.http_method,
            event.path,
            event.headers.get("content-type"),
            event.query_string_parameters.get("limit"),
            event.path_parameters["user_id"],
            event.request_context.identity.source_ip,
            event.request_context.request_id,
            event.json_body["name"],
        )

    return op


def floor() -> Callable[[], tuple[Any, ...]]:
    """Return the floor: the same values from the raw dict by hand."""

    def op() -> tuple[Any, ...]:
        content_type = next(
            (value for key, value in EVENT["headers"].items() if key.lower() == "content-type"),
            None,
        )
        context = EVENT["requestContext"]
        return (
            EVENT["httpMethod"],
            EVENT["path"],
            content_type,
            (EVENT["queryStringParameters"] or {}).get("limit"),
            EVENT["pathParameters"]["user_id"],
            context["identity"]["sourceIp"],
            context["requestId"],
            json.loads(EVENT["body"])["name"],
        )

    return op


ROWS: dict[str, Callable[[], Callable[[], tuple[Any, ...]]]] = {
    "data_classes.apigw_proxy_event": wrap_and_read,
    "data_classes.apigw_proxy_event.props_only": read_only,
    "floor.event_dict_access": floor,
}


def measure(op: Callable[[], Any], number: int, repeat: int = 5) -> float:
    """Return the best of ``repeat`` runs, in microseconds per call."""
    return min(timeit.repeat(op, number=number, repeat=repeat)) / number * 1e6


def main(argv: list[str] | None = None) -> int:
    """Run every row and print microseconds per call (and optionally write JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--number", type=int, default=50_000, help="calls per timing run")
    parser.add_argument("--json", help="also write the results to this file")
    args = parser.parse_args(argv)

    results: dict[str, float] = {}
    for name, build in ROWS.items():
        op = build()
        if op() != EXPECTED:
            message = f"{name} returned {op()!r}, expected {EXPECTED!r}"
            raise SystemExit(message)
        results[name] = measure(op, args.number)
        print(f"{name:45s} {results[name]:8.2f} us/call")

    factor = results["data_classes.apigw_proxy_event"] / results["floor.event_dict_access"]
    print(f"{'wrap + 8 reads, x floor':45s} {factor:8.2f}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(results, handle, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
