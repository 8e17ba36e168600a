#!/usr/bin/env python3
"""Measure the cold-start cost of each public entry point: import time in a fresh process.

Every sample is a new interpreter that times one import statement (plus the module-level
set-up a handler would do) with ``perf_counter``; the script reports the median over many
runs and the number of modules the statement loaded. Standard library only.

Usage:
    python benchmarks/coldstart.py                 # all entry points, 21 runs each
    python benchmarks/coldstart.py --runs 51 logger metrics
    python benchmarks/coldstart.py --json out.json
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys

# name -> statement timed in a fresh interpreter. Utilities add their entry points here.
ENTRY_POINTS: dict[str, str] = {
    "package": "import aws_lambda_powertools",
    "logger": "from aws_lambda_powertools import Logger; Logger(service='bench')",
    "metrics": "from aws_lambda_powertools import Metrics; Metrics(namespace='bench')",
    "tracer": "from aws_lambda_powertools import Tracer; Tracer()",
    "middleware_factory": (
        "from aws_lambda_powertools.middleware_factory import lambda_handler_decorator"
    ),
    "jmespath_utils": "from aws_lambda_powertools.utilities.jmespath_utils import query",
    "typing": "from aws_lambda_powertools.utilities.typing import LambdaContext",
    "data_classes": (
        "from aws_lambda_powertools.utilities.data_classes import APIGatewayProxyEvent"
    ),
}

FLOORS: dict[str, str] = {
    "floor.pass": "pass",
    "floor.json_logging": "import json, logging",
}

_CHILD = """
import sys, time
before = len(sys.modules)
start = time.perf_counter()
exec(sys.argv[1])
elapsed = time.perf_counter() - start
print(elapsed, len(sys.modules) - before)
"""


def _clean_env() -> dict[str, str]:
    drop = ("POWERTOOLS_", "AWS_LAMBDA_", "_X_AMZN_", "LAMBDA_TASK_ROOT")
    env = {k: v for k, v in os.environ.items() if not k.startswith(drop)}
    env.setdefault("AWS_DEFAULT_REGION", "us-east-1")
    return env


def sample(statement: str, python: str) -> tuple[float, int]:
    """Run ``statement`` once in a fresh interpreter; return (seconds, modules loaded)."""
    result = subprocess.run(
        [python, "-c", _CHILD, statement],
        capture_output=True,
        text=True,
        env=_clean_env(),
        check=False,
    )
    if result.returncode != 0:
        message = f"{statement!r} failed:\n{result.stderr.strip()}"
        raise RuntimeError(message)
    seconds, modules = result.stdout.split()
    return float(seconds), int(modules)


def measure(statement: str, python: str, runs: int) -> dict[str, float]:
    """Return median and spread of the import time of ``statement`` over ``runs`` runs."""
    sample(statement, python)  # warm-up: writes .pyc files
    times = []
    modules = 0
    for _ in range(runs):
        seconds, modules = sample(statement, python)
        times.append(seconds * 1000)
    quartiles = statistics.quantiles(times, n=4) if len(times) > 1 else [times[0]] * 3
    return {
        "median_ms": statistics.median(times),
        "q1_ms": quartiles[0],
        "q3_ms": quartiles[2],
        "modules": modules,
    }


def main() -> int:
    """Parse arguments, measure, print a table (and JSON when asked)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", nargs="*", help="entry point names (default: all)")
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--json", dest="json_path")
    args = parser.parse_args()

    rows = {**FLOORS, **ENTRY_POINTS}
    if args.rows:
        rows = {name: rows[name] for name in args.rows}

    results = {}
    print(f"{'entry point':<22} {'median ms':>10} {'q1':>8} {'q3':>8} {'modules':>8}")
    for name, statement in rows.items():
        try:
            row = measure(statement, args.python, args.runs)
        except RuntimeError as err:
            print(f"{name:<22} n/a ({str(err).splitlines()[-1]})")
            continue
        results[name] = row
        print(
            f"{name:<22} {row['median_ms']:>10.2f} {row['q1_ms']:>8.2f} "
            f"{row['q3_ms']:>8.2f} {row['modules']:>8}"
        )

    if args.json_path:
        with open(args.json_path, "w", encoding="utf-8") as handle:
            json.dump(results, handle, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
