"""A disabled Tracer, used every way, must load neither tracing SDK (checked in a subprocess)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

_SCRIPT = textwrap.dedent(
    """
    import contextlib, json, sys

    from aws_lambda_powertools import Tracer
    from aws_lambda_powertools.tracing import OpenTelemetryProvider, aiohttp_trace_config

    provider = OpenTelemetryProvider() if sys.argv[1] == "otel" else None
    tracer = Tracer(service="svc", provider=provider)
    tracer.patch(["boto3"])
    tracer.ignore_endpoint(hostname="example.com")

    @tracer.capture_method
    def plain(x):
        tracer.put_annotation("k", "v")
        tracer.put_metadata("k", {"v": 1})
        return x

    @tracer.capture_method
    async def coroutine():
        return 2

    @tracer.capture_method
    def generator():
        yield 3

    @tracer.capture_method
    @contextlib.contextmanager
    def manager():
        yield 4

    @tracer.capture_lambda_handler(capture_response=False)
    def handler(event, context):
        coro = coroutine()
        try:
            coro.send(None)
        except StopIteration as done:
            second = done.value
        with manager() as fourth, tracer.provider.in_subsegment(name="## m") as segment:
            segment.put_annotation("k", 1)
            return [plain(1), second, *generator(), fourth]

    result = handler({}, None)
    loaded = sorted(
        name for name in sys.modules
        if name.split(".")[0] in ("aws_xray_sdk", "opentelemetry", "asyncio", "inspect")
    )
    print(json.dumps({"result": result, "disabled": tracer.disabled, "loaded": loaded}))
    """
)


@pytest.mark.parametrize("provider", ["xray", "otel"])
@pytest.mark.parametrize(
    "env",
    [
        {},
        {"LAMBDA_TASK_ROOT": "/var/task", "POWERTOOLS_TRACE_DISABLED": "true"},
        {"LAMBDA_TASK_ROOT": "/var/task", "AWS_SAM_LOCAL": "true"},
    ],
    ids=["outside-lambda", "env-disabled", "sam-local"],
)
def test_disabled_tracer_loads_no_tracing_sdk(provider, env):
    """Every decorator form, the escape hatch and patching run without importing an SDK."""
    clean = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("POWERTOOLS_", "AWS_", "_X_AMZN", "LAMBDA_"))
    }
    completed = subprocess.run(
        [sys.executable, "-c", _SCRIPT, provider],
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert completed.returncode == 0, completed.stderr
    assert json.loads(completed.stdout) == {"result": [1, 2, 3, 4], "disabled": True, "loaded": []}
