"""The runnable examples work end to end and print what Lambda would record."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _run(script: str) -> list[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("POWERTOOLS_", "_X_AMZN"))}
    env.pop("LAMBDA_TASK_ROOT", None)
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / script)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    return result.stdout.splitlines()


def test_demo_logs_cold_then_warm_invocations_with_correlation_ids():
    """Each invocation logs JSON lines carrying the Lambda context and its request id."""
    lines = _run("demo.py")
    logs = [json.loads(line) for line in lines if line.startswith('{"level"')]

    assert [log["message"] for log in logs] == [
        "Charging card",
        "Payment accepted",
        "Charging card",
        "Payment accepted",
    ]
    assert [log["cold_start"] for log in logs] == [True, True, False, False]
    assert [log["correlation_id"] for log in logs] == ["req-o-1001"] * 2 + ["req-o-1002"] * 2
    assert logs[0]["order_id"] == "o-1001"
    assert logs[0]["amount"] == 42.5
    assert list(logs[0])[:5] == ["level", "location", "message", "timestamp", "service"]


def test_demo_emits_a_cold_start_metric_once_and_one_document_per_invocation():
    """The cold-start metric appears on the first invocation only, beside the handler's own."""
    lines = _run("demo.py")
    documents = [json.loads(line) for line in lines if line.startswith('{"_aws"')]

    names = [[m["Name"] for m in d["_aws"]["CloudWatchMetrics"][0]["Metrics"]] for d in documents]
    assert names == [
        ["ColdStart"],
        ["SuccessfulPayment", "PaymentAmount"],
        ["SuccessfulPayment", "PaymentAmount"],
    ]
    assert documents[0]["function_name"] == "payment-handler"
    assert documents[1]["PaymentAmount"] == [42.5]
    assert documents[2]["PaymentAmount"] == [9.99]
    assert documents[1]["_aws"]["CloudWatchMetrics"][0]["Dimensions"] == [["method", "service"]]


def test_demo_answers_each_request_with_its_payment_id():
    """The handler's responses carry the payment id derived from the order."""
    lines = _run("demo.py")
    responses = [
        json.loads(line.removeprefix("response: "))
        for line in lines
        if line.startswith("response: ")
    ]

    assert [json.loads(r["body"])["payment_id"] for r in responses] == ["pay-o-1001", "pay-o-1002"]
    assert all(r["statusCode"] == 200 for r in responses)
