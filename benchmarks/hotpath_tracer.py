#!/usr/bin/env python
"""Time the Tracer's hot paths and print microseconds per call.

Disabled (outside Lambda): a call through ``@tracer.capture_method`` and
``@tracer.capture_lambda_handler`` next to an undecorated call and a plain decorator.

Enabled: a decorated call through our layer next to the same work done with the raw
provider calls (X-Ray ``xray_recorder.in_subsegment`` + ``put_metadata``; OpenTelemetry
``start_as_current_span`` + ``set_attribute``), so the difference is what our layer adds.
X-Ray documents go to a local UDP socket that nobody reads; OpenTelemetry spans go to an
in-memory exporter through a SimpleSpanProcessor.

Run from the repository root:  python benchmarks/hotpath_tracer.py [--number 20000]
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import socket
import subprocess
import sys
import timeit
from collections.abc import Callable
from typing import Any

_SCENARIOS = ("disabled", "xray", "otel")


def best_us(operation: Callable[[], Any], number: int, repeat: int = 5) -> float:
    """Return the best of ``repeat`` runs, in microseconds per call."""
    return min(timeit.repeat(operation, number=number, repeat=repeat)) / number * 1e6


def plain_decorator(func: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return func(*args, **kwargs)

    return wrapper


def disabled_rows(number: int) -> dict[str, float]:
    from aws_lambda_powertools import Tracer

    tracer = Tracer(service="bench")
    assert tracer.disabled

    def work(x: int) -> int:
        return x + 1

    def handler(event: Any, context: Any) -> int:
        return 1

    traced_work = tracer.capture_method(work)
    traced_handler = tracer.capture_lambda_handler(handler)
    plain_work = plain_decorator(work)
    return {
        "undecorated call": best_us(lambda: work(1), number),
        "plain decorator call": best_us(lambda: plain_work(1), number),
        "capture_method, disabled": best_us(lambda: traced_work(1), number),
        "capture_lambda_handler, disabled": best_us(lambda: traced_handler({}, None), number),
    }


def xray_rows(number: int) -> dict[str, float]:
    sink = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sink.bind(("127.0.0.1", 0))
    os.environ["AWS_XRAY_DAEMON_ADDRESS"] = f"127.0.0.1:{sink.getsockname()[1]}"
    os.environ["LAMBDA_TASK_ROOT"] = "/var/task"
    os.environ["_X_AMZN_TRACE_ID"] = (
        "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1"
    )
    from aws_xray_sdk.core import xray_recorder

    from aws_lambda_powertools import Tracer

    tracer = Tracer(service="bench", auto_patch=False)

    @tracer.capture_method
    def work(x: int) -> int:
        return x + 1

    def raw_work(x: int) -> int:
        with xray_recorder.in_subsegment(name="## raw.work") as subsegment:
            result = x + 1
            subsegment.put_metadata("raw.work response", result, "bench")
            return result

    work(1)  # load the SDK outside the timed loop
    rows = {
        "X-Ray: raw in_subsegment + put_metadata": best_us(lambda: raw_work(1), number),
        "X-Ray: capture_method": best_us(lambda: work(1), number),
    }
    sink.close()
    return rows


def otel_rows(number: int) -> dict[str, float]:
    os.environ["LAMBDA_TASK_ROOT"] = "/var/task"
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    from aws_lambda_powertools import Tracer
    from aws_lambda_powertools.tracing import OpenTelemetryProvider

    exporter = InMemorySpanExporter()
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(SimpleSpanProcessor(exporter))
    otel_tracer = tracer_provider.get_tracer("raw")
    tracer = Tracer(
        service="bench", auto_patch=False, provider=OpenTelemetryProvider(tracer_provider)
    )

    @tracer.capture_method
    def work(x: int) -> int:
        return x + 1

    def raw_work(x: int) -> int:
        with otel_tracer.start_as_current_span("## raw.work") as span:
            result = x + 1
            span.set_attribute("metadata.bench.raw.work response", json.dumps(result))
            return result

    def timed(operation: Callable[[], Any]) -> float:
        exporter.clear()
        return best_us(operation, number)

    work(1)
    return {
        "OTel: raw start_as_current_span + set_attribute": timed(lambda: raw_work(1)),
        "OTel: capture_method": timed(lambda: work(1)),
    }


def run_scenario(name: str, number: int) -> dict[str, float]:
    """Run one scenario in a fresh interpreter (tracer configuration is process-wide)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("POWERTOOLS_", "LAMBDA_"))}
    completed = subprocess.run(
        [sys.executable, __file__, "--scenario", name, "--number", str(number)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(completed.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--number", type=int, default=20000, help="calls per timing run")
    parser.add_argument("--scenario", choices=_SCENARIOS, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.scenario:
        rows = {"disabled": disabled_rows, "xray": xray_rows, "otel": otel_rows}[args.scenario]
        print(json.dumps(rows(args.number)))
        return

    for scenario in _SCENARIOS:
        number = args.number if scenario == "disabled" else max(args.number // 10, 500)
        rows = run_scenario(scenario, number)
        for label, micros in rows.items():
            print(f"{label:<52} {micros:8.3f} us/call")
        values = list(rows.values())
        if scenario != "disabled":
            overhead = values[1] - values[0]
            print(
                f"{'  -> overhead of our layer':<52} {overhead:8.3f} us/call "
                f"({overhead / values[0]:+.1%})"
            )


if __name__ == "__main__":
    main()
