"""The flat encoder and environment reader agree with the general, obvious implementations."""

from __future__ import annotations

import json

import pytest

from aws_lambda_powertools.metrics import EphemeralMetrics, MetricUnit
from aws_lambda_powertools.metrics.provider import _switches
from aws_lambda_powertools.metrics.provider.cloudwatch_emf import cloudwatch

NOW_MS = 1_796_000_000_000


def general(metrics: EphemeralMetrics) -> str:
    return json.dumps(metrics.serialize_metric_set(), separators=(",", ":"), default=str)


@pytest.mark.parametrize(
    "name",
    ["plain", "ünïcødé", 'quote"and\\slash', "tab\tnewline\n", "emoji 🚀"],
)
def test_flat_encoding_escapes_names_like_json(name: str) -> None:
    """Names and dimension values are escaped exactly as ``json.dumps`` escapes them."""
    metrics = EphemeralMetrics(namespace="Name\u00e9space", service=name)
    metrics.timestamp = NOW_MS
    metrics.add_dimension(name=name + "-dim", value=name)
    metrics.add_metric(name=name, unit=MetricUnit.Count, value=1.5)

    assert metrics._render_flat() == general(metrics)


def test_float_formatting_matches_json() -> None:
    """Tiny, huge, negative and integral values are spelled as ``json`` spells them."""
    metrics = EphemeralMetrics(namespace="Numbers")
    metrics.timestamp = NOW_MS
    for value in (0, -0.0, 1e-320, 1.7976931348623157e308, -12, 0.1, 123456789012345678):
        metrics.add_metric(name="Values", unit=MetricUnit.Count, value=value)

    assert metrics._render_flat() == general(metrics)


def test_fragment_cache_is_bounded() -> None:
    """Generated metric names cannot grow the fragment cache without limit."""
    metrics = EphemeralMetrics(namespace="Numbers")
    for index in range(cloudwatch._MAX_FRAGMENTS + 10):
        metrics.add_metric(name=f"name{index}", unit=MetricUnit.Count, value=1)
        metrics.timestamp = NOW_MS
        metrics._render()
        metrics.metric_set.clear()

    assert len(cloudwatch._FRAGMENTS) <= cloudwatch._MAX_FRAGMENTS


@pytest.mark.parametrize(
    ("variables", "expected"),
    [
        ({}, False),
        ({"POWERTOOLS_METRICS_DISABLED": "TRUE"}, True),
        ({"POWERTOOLS_METRICS_DISABLED": "  "}, False),
        ({"POWERTOOLS_DEV": "on"}, True),
        ({"POWERTOOLS_DEV": "on", "POWERTOOLS_METRICS_DISABLED": "off"}, False),
    ],
)
def test_metrics_disabled_reads_the_live_environment(
    variables: dict[str, str], expected: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Changes made through ``os.environ`` are seen at once."""
    for name, value in variables.items():
        monkeypatch.setenv(name, value)

    assert _switches.metrics_disabled() is expected
