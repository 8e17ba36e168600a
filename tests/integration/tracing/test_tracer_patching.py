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


def test_aiohttp_requests_become_remote_subsegments():
    """A session built with aiohttp_trace_config records each request under the caller."""
    documents = run_scenario(
        """
        import asyncio

        import aiohttp

        from aws_lambda_powertools import Tracer
        from aws_lambda_powertools.tracing import aiohttp_trace_config

        tracer = Tracer(service="svc", auto_patch=False)

        @tracer.capture_method
        async def fetch_orders():
            async with aiohttp.ClientSession(trace_configs=[aiohttp_trace_config()]) as session:
                async with session.get(base_url + "/orders") as response:
                    return response.status

        @tracer.capture_lambda_handler
        def handler(event, context):
            return asyncio.run(fetch_orders())

        handler({}, None)
        """
    )

    by_name = {document["name"]: document for document in documents}
    remote = [d for d in documents if d.get("namespace") == "remote"]
    assert len(remote) == 1, documents
    assert remote[0]["http"]["request"]["url"].endswith("/orders")
    assert remote[0]["http"]["request"]["method"] == "GET"
    assert remote[0]["http"]["response"]["status"] == 200
    fetch = next(d for name, d in by_name.items() if name.endswith("fetch_orders"))
    assert remote[0]["parent_id"] == fetch["id"]
    assert fetch["parent_id"] == by_name["## handler"]["id"]
    assert by_name["## handler"]["metadata"] == {"svc": {"handler response": 200}}


def test_aiohttp_trace_config_without_aiohttp_says_what_to_install():
    """Without aiohttp installed the helper raises ImportError naming the packages to add."""
    script = (
        "import sys\n"
        "sys.modules['aiohttp'] = None\n"
        "from aws_lambda_powertools.tracing import aiohttp_trace_config\n"
        "try:\n"
        "    aiohttp_trace_config()\n"
        "except ImportError as err:\n"
        "    print(err)\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )

    assert 'pip install aiohttp "aws-lambda-powertools[tracer]"' in completed.stdout
