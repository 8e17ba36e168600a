"""Datadog provider: validation, tags, namespace prefix and both ways of submitting."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from aws_lambda_powertools.metrics import MetricValueError, SchemaValidationError
from aws_lambda_powertools.metrics.provider.datadog import DatadogMetrics, DatadogProvider
from aws_lambda_powertools.metrics.provider.datadog.warnings import DatadogDataValidationWarning
from aws_lambda_powertools.warnings import PowertoolsUserWarning

EPOCH = 1_796_000_000

# A stand-in for the third-party ``datadog_lambda`` package: the one function the provider
# calls, recording its calls where the test can read them.
_STAND_IN = """
CALLS = []


def lambda_metric(metric_name, value, timestamp=None, tags=None, **kwargs):
    CALLS.append({"metric_name": metric_name, "value": value, "timestamp": timestamp,
                  "tags": tags})
"""


@pytest.fixture
def datadog_lambda(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Put a minimal ``datadog_lambda`` package on ``sys.path`` and return its ``metric``."""
    package = tmp_path / "datadog_lambda"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "metric.py").write_text(_STAND_IN)
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("datadog_lambda", "datadog_lambda.metric"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    import datadog_lambda.metric

    yield datadog_lambda.metric
    for name in ("datadog_lambda", "datadog_lambda.metric"):
        sys.modules.pop(name, None)


def test_flush_to_log_prints_one_exact_line_per_metric(capsys: pytest.CaptureFixture[str]) -> None:
    """Each metric is a compact JSON line; default tags lead and metric tags win."""
    metrics = DatadogMetrics(namespace="checkout", flush_to_log=True)
    metrics.set_default_tags(environment="prod", team="payments")
    metrics.add_metric(name="orders", value=3, timestamp=EPOCH, team="growth", channel="web")
    metrics.add_metric(name="latency.p99", value=12.5, timestamp=EPOCH)

    metrics.flush_metrics()

    assert capsys.readouterr().out == (
        '{"m":"checkout.orders","v":3,"e":1796000000,'
        '"t":["environment:prod","team:growth","channel:web"]}\n'
        '{"m":"checkout.latency.p99","v":12.5,"e":1796000000,'
        '"t":["environment:prod","team:payments"]}\n'
    )
    assert metrics.metric_set == []


def test_default_namespace_adds_no_prefix_and_timestamp_defaults_to_now(documents: Any) -> None:
    """Without a namespace the name is written as given, stamped in epoch seconds."""
    metrics = DatadogMetrics(flush_to_log=True)
    before = int(time.time())
    metrics.add_metric(name="orders", value=1)

    metrics.flush_metrics()

    (line,) = documents()
    assert (line["m"], line["v"], line["t"]) == ("orders", 1, [])
    assert before <= line["e"] <= int(time.time())


def test_namespace_comes_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, documents: Any
) -> None:
    """POWERTOOLS_METRICS_NAMESPACE prefixes names when no namespace is given."""
    monkeypatch.setenv("POWERTOOLS_METRICS_NAMESPACE", "envns")
    metrics = DatadogMetrics(flush_to_log=True)
    metrics.add_metric(name="orders", value=1, timestamp=EPOCH)

    metrics.flush_metrics()

    assert documents()[0]["m"] == "envns.orders"


@pytest.mark.parametrize("name", ["1orders", "bad-name", "x" * 201, "", "dot..ok but space"])
def test_invalid_metric_names_are_rejected(name: str) -> None:
    """Names start with a letter and use letters, digits, ``_`` and ``.`` (at most 200)."""
    metrics = DatadogProvider(flush_to_log=True)

    with pytest.raises(SchemaValidationError, match="Invalid metric name"):
        metrics.add_metric(name=name, value=1)

    assert metrics.metric_set == []


def test_name_of_200_characters_is_accepted() -> None:
    """The limit itself is valid."""
    metrics = DatadogProvider(flush_to_log=True)
    metrics.add_metric(name="a" * 200, value=1)

    assert metrics.metric_set[0]["m"] == "a" * 200
    metrics.clear_metrics()


def test_non_numeric_value_is_rejected() -> None:
    """Values must be numbers."""
    with pytest.raises(MetricValueError, match="'1' is not a valid number"):
        DatadogProvider().add_metric(name="orders", value="1")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "tags", [{"1team": "x"}, {"team": "x" * 200}], ids=["leading-digit", "too-long"]
)
def test_invalid_tags_warn_but_are_kept(tags: dict[str, str], documents: Any) -> None:
    """Datadog may drop such tags; the metric is still recorded."""
    metrics = DatadogProvider(flush_to_log=True)

    with pytest.warns(DatadogDataValidationWarning, match="Invalid tag"):
        metrics.add_metric(name="orders", value=1, timestamp=EPOCH, **tags)

    metrics.flush_metrics()
    (line,) = documents()
    assert line["t"] == [f"{key}:{value}" for key, value in tags.items()]


def test_invalid_default_tags_warn() -> None:
    """Default tags are checked when set."""
    metrics = DatadogProvider()

    with pytest.warns(DatadogDataValidationWarning):
        metrics.set_default_tags(**{"9lives": "cat"})

    assert metrics.default_tags == {"9lives": "cat"}


def test_flush_to_log_comes_from_dd_flush_to_log(
    monkeypatch: pytest.MonkeyPatch, datadog_lambda: Any, documents: Any
) -> None:
    """DD_FLUSH_TO_LOG prints even when ``datadog_lambda`` is importable."""
    monkeypatch.setenv("DD_FLUSH_TO_LOG", "true")
    metrics = DatadogProvider()
    metrics.add_metric(name="orders", value=1, timestamp=EPOCH)

    metrics.flush_metrics()

    assert metrics.flush_to_log is True
    assert documents() == [{"m": "orders", "v": 1, "e": EPOCH, "t": []}]
    assert datadog_lambda.CALLS == []


def test_datadog_lambda_receives_each_metric(datadog_lambda: Any, documents: Any) -> None:
    """With the package importable and no flush-to-log, ``lambda_metric`` is called."""
    metrics = DatadogProvider(namespace="checkout", default_tags={"environment": "prod"})
    metrics.add_metric(name="orders", value=2, timestamp=EPOCH, channel="web")
    metrics.add_metric(name="refunds", value=1, timestamp=EPOCH)

    metrics.flush_metrics()

    assert datadog_lambda.CALLS == [
        {
            "metric_name": "checkout.orders",
            "value": 2,
            "timestamp": EPOCH,
            "tags": ["environment:prod", "channel:web"],
        },
        {
            "metric_name": "checkout.refunds",
            "value": 1,
            "timestamp": EPOCH,
            "tags": ["environment:prod"],
        },
    ]
    assert documents() == []


def test_empty_flush_warns_or_raises() -> None:
    """Same policy as the EMF provider."""
    metrics = DatadogProvider(flush_to_log=True)

    with pytest.warns(PowertoolsUserWarning, match="No application metrics to publish"):
        metrics.flush_metrics()
    with pytest.raises(SchemaValidationError, match="at least one metric"):
        metrics.flush_metrics(raise_on_empty_metrics=True)


def test_disabled_metrics_are_dropped_silently(
    monkeypatch: pytest.MonkeyPatch, documents: Any
) -> None:
    """Nothing is printed, and the set does not grow across invocations."""
    monkeypatch.setenv("POWERTOOLS_METRICS_DISABLED", "true")
    metrics = DatadogProvider(flush_to_log=True)
    metrics.add_metric(name="orders", value=1)

    metrics.flush_metrics()

    assert documents() == []
    assert metrics.metric_set == []


def test_log_metrics_adds_default_tags_and_cold_start(
    lambda_context: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """The cold start is a metric of the same flush, tagged with the function name."""
    metrics = DatadogMetrics(namespace="checkout", flush_to_log=True)

    @metrics.log_metrics(capture_cold_start_metric=True, default_tags={"environment": "prod"})
    def handler(event: dict[str, Any], context: Any) -> str:
        metrics.add_metric(name="orders", value=1, timestamp=EPOCH)
        return "ok"

    assert handler({}, lambda_context) == "ok"
    handler({}, lambda_context)

    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["m"] for line in lines] == [
        "checkout.orders",
        "checkout.ColdStart",
        "checkout.orders",
    ]
    assert lines[1]["t"] == ["environment:prod", "function_name:booking-handler"]
    assert lines[1]["v"] == 1


def test_cold_start_function_name_from_environment(
    lambda_context: Any, monkeypatch: pytest.MonkeyPatch, documents: Any
) -> None:
    """POWERTOOLS_METRICS_FUNCTION_NAME beats the context."""
    monkeypatch.setenv("POWERTOOLS_METRICS_FUNCTION_NAME", "renamed")
    metrics = DatadogProvider(flush_to_log=True)
    handler = metrics.log_metrics(capture_cold_start_metric=True)(lambda event, context: None)

    handler({}, lambda_context)

    (line,) = documents()
    assert (line["m"], line["t"]) == ("ColdStart", ["function_name:renamed"])


def test_datadog_metrics_instances_share_storage_and_tags() -> None:
    """Like ``Metrics``, every ``DatadogMetrics`` adds to one set."""
    first = DatadogMetrics()
    second = DatadogMetrics()
    first.set_default_tags(environment="prod")
    first.add_metric(name="orders", value=1, timestamp=EPOCH)

    assert second.metric_set == [{"m": "orders", "v": 1, "e": EPOCH, "t": {}}]
    assert second.serialize_metric_set() == [
        {"m": "orders", "v": 1, "e": EPOCH, "t": ["environment:prod"]}
    ]
    second.clear_default_tags()
    second.clear_metrics()
    assert (first.default_tags, first.metric_set) == ({}, [])


def test_datadog_metrics_delegates_to_a_given_provider() -> None:
    """``DatadogMetrics(provider=...)`` records into that provider."""
    provider = DatadogProvider(namespace="own")
    metrics = DatadogMetrics(provider=provider)
    metrics.add_metric(name="orders", value=1, timestamp=EPOCH)

    assert provider.serialize_metric_set() == [{"m": "own.orders", "v": 1, "e": EPOCH, "t": []}]
    assert DatadogMetrics._metrics == []
    provider.clear_metrics()
