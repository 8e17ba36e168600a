"""Session-wide fixtures: real servers on loopback and a clean environment per test."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from hypothesis import settings

# CI explores the same examples on every run, so a landing never depends on luck;
# locally each run explores new ones. HYPOTHESIS_PROFILE=thorough digs deeper.
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("thorough", max_examples=1000)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "default")
)

# Variables a developer's shell may export that would change what the code under test does.
_LEAKY_ENV_PREFIXES = ("POWERTOOLS_", "AWS_LAMBDA_", "_X_AMZN_", "DD_")
_LEAKY_ENV_NAMES = ("LOG_LEVEL", "LAMBDA_TASK_ROOT", "AWS_SAM_LOCAL", "AWS_CHALICE_CLI_MODE")


def _running_in_ci() -> bool:
    return bool(os.environ.get("CI"))


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for_port(port: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    message = f"nothing listens on 127.0.0.1:{port} after {timeout} s"
    raise TimeoutError(message)


def _unavailable(reason: str) -> None:
    """Fail in CI, skip with install instructions on a developer machine."""
    if _running_in_ci():
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def _clean_lambda_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Start every test without the toolkit's or Lambda's environment variables."""
    for name in list(os.environ):
        if name.startswith(_LEAKY_ENV_PREFIXES) or name in _LEAKY_ENV_NAMES:
            monkeypatch.delenv(name, raising=False)


@dataclass(frozen=True)
class AWSEndpoint:
    """Where the AWS emulator listens."""

    url: str
    region: str


@pytest.fixture(scope="session")
def aws_server() -> Iterator[AWSEndpoint]:
    """Start moto's threaded server on a free loopback port for the whole session."""
    try:
        from moto.server import ThreadedMotoServer
    except ImportError:
        _unavailable('moto[server] is not installed: pip install -e ".[dev]"')

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    _wait_for_port(port, timeout=15)
    try:
        yield AWSEndpoint(url=f"http://127.0.0.1:{port}", region="us-east-1")
    finally:
        server.stop()


@pytest.fixture
def aws(aws_server: AWSEndpoint, monkeypatch: pytest.MonkeyPatch) -> AWSEndpoint:
    """Point boto3 at the emulator with a region and dummy credentials."""
    monkeypatch.setenv("AWS_ENDPOINT_URL", aws_server.url)
    monkeypatch.setenv("AWS_DEFAULT_REGION", aws_server.region)
    monkeypatch.setenv("AWS_REGION", aws_server.region)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_SESSION_TOKEN", "testing")
    monkeypatch.delenv("AWS_PROFILE", raising=False)
    return aws_server


@dataclass(frozen=True)
class RedisEndpoint:
    """Where the test redis-server listens."""

    host: str
    port: int

    @property
    def url(self) -> str:
        """``redis://`` URL of the server."""
        return f"redis://{self.host}:{self.port}/0"


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisEndpoint]:
    """Start a real redis-server on a free loopback port for the whole session."""
    binary = shutil.which("redis-server")
    if binary is None:
        _unavailable(
            "redis-server is not installed: apt-get install redis-server "
            "(make test installs it when run as root)"
        )

    port = free_port()
    workdir = tempfile.mkdtemp(prefix="pt-redis-")
    process = subprocess.Popen(
        [
            binary,
            "--port", str(port),
            "--bind", "127.0.0.1",
            "--dir", workdir,
            "--save", "",
            "--appendonly", "no",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        _wait_for_port(port, timeout=10)
        yield RedisEndpoint(host="127.0.0.1", port=port)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        shutil.rmtree(workdir, ignore_errors=True)


def pytest_unconfigure(config: pytest.Config) -> None:
    """Close the X-Ray SDK's UDP socket, which the SDK itself never closes."""
    import sys

    core = sys.modules.get("aws_xray_sdk.core")
    emitter = getattr(getattr(core, "xray_recorder", None), "_emitter", None)
    udp_socket = getattr(emitter, "_socket", None)
    if udp_socket is not None:
        udp_socket.close()
