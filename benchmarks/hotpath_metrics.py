#!/usr/bin/env python
"""Time the Metrics hot paths and print microseconds per call.

Rows:
  flush_10m_3d       3 add_dimension + 10 add_metric + flush_metrics (one EMF document)
  single_metric      ``with single_metric(...)`` adding one dimension
  log_metrics_call   a ``@metrics.log_metrics`` handler adding one metric
  floor_json         the same 10-metric document built by hand and ``json.dumps``-ed

stdout is swapped for a sink that discards writes while timing, so terminal speed does not
count. Standard library only.

Run from the repository root:  python benchmarks/hotpath_metrics.py [--number 20000]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import timeit
from collections.abc import Callable
from typing import Any

DIMENSIONS = {"environment": "prod", "region": "us-east-1", "tenant": "acme"}
NAMES = [f"Metric{i}" for i in range(10)]


class DiscardingSink:
    """A text stream that forgets everything written to it."""

    def write(self, text: str) -> int:
        return len(text)

    def flush(self) -> None:
        return None


class Context:
    """The Lambda context attributes a handler may read."""

    function_name = "bench"
    aws_request_id = "00000000-0000-0000-0000-000000000000"


def best_us(operation: Callable[[], Any], number: int, repeat: int = 5) -> float:
    """Return the best of ``repeat`` runs, in microseconds per call."""
    return min(timeit.repeat(operation, number=number, repeat=repeat)) / number * 1e6


def build_rows() -> dict[str, Callable[[], Any]]:
    """Create the operations to time, each already warmed once."""
    from aws_lambda_powertools import Metrics, single_metric
    from aws_lambda_powertools.metrics import MetricUnit

    metrics = Metrics(namespace="Bench", service="bench")
    count = MetricUnit.Count

    def flush_10m_3d() -> None:
        for name, value in DIMENSIONS.items():
            metrics.add_dimension(name=name, value=value)
        for index, name in enumerate(NAMES):
            metrics.add_metric(name=name, unit=count, value=index + 1)
        metrics.flush_metrics()

    def single() -> None:
        with single_metric(name="Orders", unit=count, value=1, namespace="Bench") as metric:
            metric.add_dimension(name="environment", value="prod")

    @metrics.log_metrics
    def handler(event: dict[str, Any], context: Any) -> int:
        metrics.add_metric(name="Orders", unit=count, value=1)
        return 1

    context = Context()

    def floor_json() -> None:
        dimensions = {"service": "bench", **DIMENSIONS}
        values = {name: [float(i + 1)] for i, name in enumerate(NAMES)}
        directive = {
            "Namespace": "Bench",
            "Dimensions": [list(dimensions)],
            "Metrics": [{"Name": name, "Unit": "Count"} for name in values],
        }
        document: dict[str, Any] = {
            "_aws": {"Timestamp": int(time.time() * 1000), "CloudWatchMetrics": [directive]}
        }
        document.update(dimensions)
        document.update(values)
        sys.stdout.write(json.dumps(document, separators=(",", ":")) + "\n")

    return {
        "flush_10m_3d": flush_10m_3d,
        "single_metric": single,
        "log_metrics_call": lambda: handler({}, context),
        "floor_json": floor_json,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--number", type=int, default=20000, help="calls per timed run")
    arguments = parser.parse_args()

    real_stdout = sys.stdout
    sys.stdout = DiscardingSink()  # type: ignore[assignment]
    try:
        rows = build_rows()
        results = {}
        for name, operation in rows.items():
            operation()
            results[name] = best_us(operation, arguments.number)
    finally:
        sys.stdout = real_stdout

    for name, microseconds in results.items():
        print(f"{name:<20} {microseconds:8.2f} us/call")


if __name__ == "__main__":
    main()
