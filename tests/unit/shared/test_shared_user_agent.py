"""User-agent feature tags, checked on the header a real botocore client sends.

A small HTTP server on 127.0.0.1 answers as DynamoDB would and records the
``User-Agent`` header of every request it receives.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import boto3
import botocore.session
import pytest

from aws_lambda_powertools.shared import user_agent
from aws_lambda_powertools.shared.version import VERSION


@dataclass
class RecordingServer:
    """A DynamoDB look-alike that remembers the User-Agent of each request."""

    url: str
    user_agents: list[str] = field(default_factory=list)

    def last_user_agent(self) -> str:
        return self.user_agents[-1]


@pytest.fixture(scope="module")
def server() -> Iterator[RecordingServer]:
    recorder = RecordingServer(url="")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", "0")))
            recorder.user_agents.append(self.headers.get("User-Agent", ""))
            body = b'{"TableNames": []}'
            self.send_response(200)
            self.send_header("Content-Type", "application/x-amz-json-1.0")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            return None

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    recorder.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield recorder
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=5)


CLIENT_ARGS: dict[str, Any] = {
    "region_name": "us-east-1",
    "aws_access_key_id": "testing",
    "aws_secret_access_key": "testing",
}


@pytest.fixture(autouse=True)
def _no_execution_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AWS_EXECUTION_ENV", raising=False)


def token(feature: str, env: str = "NA") -> str:
    return f"PT/{feature}/{VERSION} PTEnv/{env}"


def test_untagged_client_sends_no_powertools_token(server: RecordingServer) -> None:
    client = boto3.client("dynamodb", endpoint_url=server.url, **CLIENT_ARGS)

    client.list_tables()

    assert "PT/" not in server.last_user_agent()
    assert "PTEnv/" not in server.last_user_agent()


def test_register_feature_to_client_appends_feature_token(server: RecordingServer) -> None:
    client = boto3.client("dynamodb", endpoint_url=server.url, **CLIENT_ARGS)

    user_agent.register_feature_to_client(client, "idempotency")
    client.list_tables()

    sent = server.last_user_agent()
    assert sent.endswith(" " + token("idempotency"))
    assert sent.count("PT/") == 1


def test_token_names_the_lambda_runtime_from_aws_execution_env(
    server: RecordingServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AWS_EXECUTION_ENV", "AWS_Lambda_python3.11")
    client = boto3.client("dynamodb", endpoint_url=server.url, **CLIENT_ARGS)

    user_agent.register_feature_to_client(client, "parameters")
    client.list_tables()

    assert server.last_user_agent().endswith(" " + token("parameters", "AWS_Lambda_python3.11"))


def test_token_is_sent_on_every_request_but_only_once_per_request(
    server: RecordingServer,
) -> None:
    client = boto3.client("dynamodb", endpoint_url=server.url, **CLIENT_ARGS)
    user_agent.register_feature_to_client(client, "streaming")

    client.list_tables()
    client.list_tables()

    for sent in server.user_agents[-2:]:
        assert sent.count(token("streaming")) == 1


def test_registering_the_same_feature_twice_sends_one_token(server: RecordingServer) -> None:
    client = boto3.client("dynamodb", endpoint_url=server.url, **CLIENT_ARGS)

    user_agent.register_feature_to_client(client, "feature_flags")
    user_agent.register_feature_to_client(client, "feature_flags")
    client.list_tables()

    assert server.last_user_agent().count(token("feature_flags")) == 1


def test_register_feature_to_session_tags_clients_created_from_it(
    server: RecordingServer,
) -> None:
    session = boto3.session.Session(**CLIENT_ARGS)

    user_agent.register_feature_to_session(session, "data-masking")
    session.client("dynamodb", endpoint_url=server.url).list_tables()

    assert server.last_user_agent().endswith(" " + token("data-masking"))


def test_register_feature_to_botocore_session_tags_clients_created_from_it(
    server: RecordingServer,
) -> None:
    session = botocore.session.get_session()

    user_agent.register_feature_to_botocore_session(session, "batch")
    client = session.create_client(
        "dynamodb",
        endpoint_url=server.url,
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )
    client.list_tables()

    assert server.last_user_agent().endswith(" " + token("batch"))


def test_register_feature_to_resource_tags_the_resource_client(server: RecordingServer) -> None:
    resource = boto3.resource("dynamodb", endpoint_url=server.url, **CLIENT_ARGS)

    user_agent.register_feature_to_resource(resource, "idempotency")
    list(resource.tables.all())

    assert server.last_user_agent().endswith(" " + token("idempotency"))


@pytest.mark.parametrize(
    "register",
    [
        user_agent.register_feature_to_client,
        user_agent.register_feature_to_resource,
        user_agent.register_feature_to_session,
        user_agent.register_feature_to_botocore_session,
    ],
)
def test_registering_on_an_object_that_is_not_boto_is_ignored(register: Any) -> None:
    not_a_client = object()

    register(not_a_client, "idempotency")

    assert not hasattr(not_a_client, "meta")


def _run_python(code: str) -> dict[str, Any]:
    completed = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": ":".join(sys.path)},
    )
    assert completed.returncode == 0, completed.stderr
    result: dict[str, Any] = json.loads(completed.stdout.strip().splitlines()[-1])
    return result


def test_importing_the_package_registers_nothing_on_botocore(server: RecordingServer) -> None:
    result = _run_python(
        f"""
        import json, sys
        import aws_lambda_powertools
        import aws_lambda_powertools.shared
        loaded_botocore = "botocore" in sys.modules
        import boto3
        client = boto3.client(
            "dynamodb", endpoint_url={server.url!r}, region_name="us-east-1",
            aws_access_key_id="testing", aws_secret_access_key="testing",
        )
        client.list_tables()
        print(json.dumps({{"loaded_botocore": loaded_botocore}}))
        """
    )

    assert result == {"loaded_botocore": False}
    assert "PT/" not in server.last_user_agent()


def test_inject_user_agent_tags_new_sessions_with_no_op_once(server: RecordingServer) -> None:
    _run_python(
        f"""
        import json
        from aws_lambda_powertools.shared.user_agent import inject_user_agent
        inject_user_agent()
        inject_user_agent()
        import boto3
        boto3.client(
            "dynamodb", endpoint_url={server.url!r}, region_name="us-east-1",
            aws_access_key_id="testing", aws_secret_access_key="testing",
        ).list_tables()
        print(json.dumps({{}}))
        """
    )

    sent = server.last_user_agent()
    assert sent.endswith(" " + token("no-op"))
    assert sent.count("PT/") == 1


def test_feature_token_replaces_the_no_op_token(server: RecordingServer) -> None:
    _run_python(
        f"""
        import json
        from aws_lambda_powertools.shared.user_agent import (
            inject_user_agent, register_feature_to_client,
        )
        inject_user_agent()
        import boto3
        client = boto3.client(
            "dynamodb", endpoint_url={server.url!r}, region_name="us-east-1",
            aws_access_key_id="testing", aws_secret_access_key="testing",
        )
        register_feature_to_client(client, "idempotency")
        client.list_tables()
        print(json.dumps({{}}))
        """
    )

    sent = server.last_user_agent()
    assert sent.endswith(" " + token("idempotency"))
    assert "PT/no-op" not in sent
