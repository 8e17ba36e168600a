"""Fixtures for metrics tests: clean shared state, and stdout checked line by line.

Every line a test prints is validated (EMF schema or Datadog line shape), whether the test
reads it through ``documents`` or leaves it to the end-of-test check.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from aws_lambda_powertools.metrics import Metrics
from aws_lambda_powertools.metrics.provider.cold_start import reset_cold_start_flag
from aws_lambda_powertools.metrics.provider.datadog import DatadogMetrics


def _load_document_checks() -> Any:
    # Registered under its own name so the test modules can ``import metrics_documents``.
    path = Path(__file__).with_name("metrics_documents.py")
    spec = importlib.util.spec_from_file_location("metrics_documents", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["metrics_documents"] = module
    spec.loader.exec_module(module)
    return module


parse_output = _load_document_checks().parse_output


class LambdaContext:
    """The attributes of a Lambda context object that handlers read."""

    function_name = "booking-handler"
    function_version = "$LATEST"
    invoked_function_arn = "arn:aws:lambda:eu-west-1:123456789012:function:booking-handler"
    memory_limit_in_mb = 128
    aws_request_id = "c6af9ac6-7b61-11e6-9a41-93e812345678"
    log_group_name = "/aws/lambda/booking-handler"
    log_stream_name = "2026/12/03/[$LATEST]abcdef"


def _reset_shared_state() -> None:
    for storage in (
        Metrics._metrics,
        Metrics._dimensions,
        Metrics._metadata,
        Metrics._default_dimensions,
    ):
        storage.clear()
    Metrics._dimension_sets.clear()
    DatadogMetrics._metrics.clear()
    DatadogMetrics._default_tags.clear()
    reset_cold_start_flag()


@pytest.fixture(autouse=True)
def _validated_stdout(capsys: pytest.CaptureFixture[str]) -> Iterator[None]:
    """Reset shared metrics state, then validate whatever the test left on stdout."""
    _reset_shared_state()
    yield
    _reset_shared_state()
    parse_output(capsys.readouterr().out)


@pytest.fixture
def documents(capsys: pytest.CaptureFixture[str]) -> Callable[[], list[dict[str, Any]]]:
    """Return a reader of the documents printed since the last read, each validated."""

    def read() -> list[dict[str, Any]]:
        return parse_output(capsys.readouterr().out)

    return read


@pytest.fixture
def lambda_context() -> LambdaContext:
    """A Lambda context for function ``booking-handler``."""
    return LambdaContext()
