"""Auto-patching, ignore_endpoint and the X-Ray escape hatch against real local servers.

Patching changes libraries for the whole process, so each scenario runs in a fresh
interpreter that binds its own UDP "daemon" socket and prints the documents it received.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.integration

_PRELUDE = textwrap.dedent(
    """
    import http.server, json, os, socket, threading, urllib.request

    daemon = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    daemon.bind(("127.0.0.1", 0))
    daemon.settimeout(0.2)
    os.environ["AWS_XRAY_DAEMON_ADDRESS"] = "127.0.0.1:%d" % daemon.getsockname()[1]

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"pong")

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base_url = "http://127.0.0.1:%d" % server.server_port

    def documents():
        received = []
        while True:
            try:
                datagram = daemon.recv(65535)
            except OSError:
                return received
            received.append(json.loads(datagram.decode().partition("\\n")[2]))
    """
)


def run_scenario(body: str, extra_env: dict[str, str] | None = None) -> list[dict]:
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("POWERTOOLS_", "AWS_XRAY", "_X_AMZN", "LAMBDA_"))
    }
    env.update(
        LAMBDA_TASK_ROOT="/var/task",
        _X_AMZN_TRACE_ID="Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1",
        **(extra_env or {}),
    )
    script = _PRELUDE + textwrap.dedent(body) + "\nprint(json.dumps(documents()))\n"
    completed = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    return json.loads(completed.stdout.strip().splitlines()[-1])


def test_patched_http_calls_become_subsegments_unless_ignored():
    """patch_modules=["httplib"] traces urllib calls; ignore_endpoint silences one path."""
    documents = run_scenario(
        """
        from aws_lambda_powertools import Tracer

        tracer = Tracer(service="svc", patch_modules=["httplib"])
        tracer.ignore_endpoint(hostname="127.0.0.1", urls=["/health"])

        @tracer.capture_lambda_handler
        def handler(event, context):
            urllib.request.urlopen(base_url + "/orders").read()
            urllib.request.urlopen(base_url + "/health").read()
            return None

        handler({}, None)
        """
    )

    *http_calls, handler = documents
    assert handler["name"] == "## handler"
    assert http_calls, "the patched urllib call sent no subsegment"
    for http_call in http_calls:
        assert (http_call["name"], http_call["namespace"]) == ("127.0.0.1", "remote")
        assert http_call["parent_id"] == handler["id"]
        assert http_call["http"]["request"]["url"] == "http://127.0.0.1/orders"
    assert any(call["http"].get("response", {}).get("status") == 200 for call in http_calls)


def test_auto_patch_traces_boto3_calls(aws):
    """The default auto_patch patches botocore: an AWS call becomes an ``aws`` subsegment."""
    documents = run_scenario(
        """
        from aws_lambda_powertools import Tracer

        tracer = Tracer(service="svc")
        import boto3

        @tracer.capture_lambda_handler
        def handler(event, context):
            return boto3.client("s3").list_buckets()["ResponseMetadata"]["HTTPStatusCode"]

        handler({}, None)
        """,
        extra_env={
            "AWS_ENDPOINT_URL": aws.url,
            "AWS_DEFAULT_REGION": aws.region,
            "AWS_ACCESS_KEY_ID": "testing",
            "AWS_SECRET_ACCESS_KEY": "testing",
        },
    )

    s3_call, handler = documents
    assert (s3_call["name"], s3_call["namespace"]) == ("s3", "aws")
    assert s3_call["aws"]["operation"] == "ListBuckets"
    assert s3_call["parent_id"] == handler["id"]
    assert handler["metadata"] == {"svc": {"handler response": 200}}


def test_aiohttp_trace_config_comes_from_the_xray_sdk():
    """aiohttp_trace_config returns the SDK's TraceConfig, or explains what to install."""
    try:
        import aiohttp  # noqa: F401
    except ImportError:
        from aws_lambda_powertools.tracing import aiohttp_trace_config

        with pytest.raises(ImportError, match=r"pip install aiohttp"):
            aiohttp_trace_config()
        return

    from aws_lambda_powertools.tracing import aiohttp_trace_config

    assert type(aiohttp_trace_config()).__name__ == "TraceConfig"
