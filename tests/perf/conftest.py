"""Fixtures for import-budget tests: what a fresh interpreter loads for one statement."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable

import pytest

# Third-party or heavy modules that an entry point must not pull in unless it needs them.
HEAVY_MODULES = (
    "boto3",
    "botocore",
    "jmespath",
    "pydantic",
    "asyncio",
    "aws_xray_sdk",
    "opentelemetry",
    "fastjsonschema",
    "redis",
    "urllib3",
)

_PROBE = """
import json, sys
before = set(sys.modules)
exec(sys.argv[1])
print(json.dumps(sorted(set(sys.modules) - before)))
"""


def _clean_env() -> dict[str, str]:
    keep = {
        k: v for k, v in os.environ.items() if not k.startswith(("POWERTOOLS_", "AWS_", "_X_AMZN"))
    }
    keep.pop("LAMBDA_TASK_ROOT", None)
    return keep


@pytest.fixture
def modules_loaded_by() -> Callable[[str], set[str]]:
    """Return a function that runs a statement in a fresh interpreter and lists new modules."""

    def probe(statement: str) -> set[str]:
        result = subprocess.run(
            [sys.executable, "-c", _PROBE, statement],
            capture_output=True,
            text=True,
            env=_clean_env(),
            timeout=60,
            check=False,
        )
        if result.returncode != 0:
            message = f"{statement!r} failed in a fresh interpreter:\n{result.stderr}"
            raise AssertionError(message)
        return set(json.loads(result.stdout))

    return probe


def heavy_modules_in(modules: set[str]) -> set[str]:
    """Return the heavy top-level packages present in ``modules``."""
    return {name for name in modules if name.split(".")[0] in HEAVY_MODULES}
