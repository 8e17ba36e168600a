"""A missing server fails the suite in CI and skips, with install advice, elsewhere."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
REDIS_TEST = "tests/integration/test_servers.py::test_redis_set_then_get_returns_the_value"


def _run_without_redis(*, ci: bool) -> subprocess.CompletedProcess[str]:
    # A PATH holding only the interpreter's folder: redis-server cannot be found there.
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env["PATH"] = str(Path(sys.executable).parent)
    if ci:
        env["CI"] = "1"
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", REDIS_TEST],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.skipif(
    Path(sys.executable).parent.joinpath("redis-server").exists(),
    reason="redis-server sits next to the interpreter, so it cannot be hidden from PATH",
)
def test_missing_redis_server_fails_the_test_in_ci():
    """With CI set, a test needing redis-server fails and says how to install it."""
    result = _run_without_redis(ci=True)

    assert result.returncode == 1, result.stdout
    assert "1 error" in result.stdout
    assert "apt-get install redis-server" in result.stdout


@pytest.mark.skipif(
    Path(sys.executable).parent.joinpath("redis-server").exists(),
    reason="redis-server sits next to the interpreter, so it cannot be hidden from PATH",
)
def test_missing_redis_server_skips_on_a_developer_machine_with_install_advice():
    """Without CI, the same test is skipped with a message naming what to install."""
    result = _run_without_redis(ci=False)

    assert result.returncode == 0, result.stdout
    assert "1 skipped" in result.stdout
    assert "apt-get install redis-server" in result.stdout
