"""Property: any valid sequence of calls yields schema-valid documents that lose nothing."""

from __future__ import annotations

import io
import json
import math
from collections import defaultdict
from contextlib import redirect_stdout
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st
from metrics_documents import validate_line

from aws_lambda_powertools.metrics import EphemeralMetrics, MetricResolution, MetricUnit

NAMES = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=12
).filter(lambda name: name.strip() == name and name != "service")
VALUES = st.one_of(
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(min_value=-1e300, max_value=1e300, allow_nan=False, allow_infinity=False),
)
UNITS = st.sampled_from(list(MetricUnit) + [unit.value for unit in MetricUnit])
RESOLUTIONS = st.sampled_from([60, 1, MetricResolution.Standard, MetricResolution.High])
METRIC_NAMES = st.sampled_from([f"Metric{i}" for i in range(120)]) | NAMES

CALLS = st.lists(
    st.one_of(
        st.tuples(st.just("metric"), METRIC_NAMES, UNITS, VALUES, RESOLUTIONS),
        st.tuples(st.just("dimension"), st.sampled_from(["env", "region", "tenant"]), NAMES),
        st.tuples(st.just("metadata"), st.sampled_from(["request_id", "payload"]), VALUES),
        st.tuples(st.just("flush")),
    ),
    max_size=400,
)


def run(calls: list[tuple[Any, ...]]) -> tuple[list[dict[str, Any]], dict[str, list[float]]]:
    """Play the calls on a fresh provider; return printed documents and recorded values."""
    metrics = EphemeralMetrics(namespace="Property", service="prop")
    recorded: dict[str, list[float]] = defaultdict(list)
    output = io.StringIO()
    with redirect_stdout(output):
        for call in calls:
            if call[0] == "metric":
                _, name, unit, value, resolution = call
                if name in metrics.dimension_set or name in metrics.metadata_set:
                    continue  # a name used twice at the root cannot be a valid document
                metrics.add_metric(name=name, unit=unit, value=value, resolution=resolution)
                recorded[name].append(float(value))
            elif call[0] == "dimension":
                _, name, value = call
                if name in metrics.metric_set or name in recorded or value.strip() == "":
                    continue
                metrics.dimension_set.pop(name, None)
                metrics.add_dimension(name=name, value=value)
            elif call[0] == "metadata":
                _, key, value = call
                if key not in recorded:
                    metrics.add_metadata(key=key, value=value)
            elif metrics.metric_set:
                metrics.flush_metrics()
        if metrics.metric_set:
            metrics.flush_metrics()
    documents = [validate_line(line) for line in output.getvalue().splitlines()]
    return documents, recorded


_MANY_NAMES = [("metric", f"Metric{i % 120}", "Count", i, 60) for i in range(250)]
_MANY_VALUES = [("metric", "Latency", MetricUnit.Milliseconds, i, 1) for i in range(230)]


@settings(max_examples=150, deadline=None)
@given(CALLS)
@example(_MANY_NAMES)
@example(_MANY_VALUES)
@example([("dimension", "env", "prod"), *_MANY_NAMES, ("flush",), *_MANY_VALUES])
def test_documents_are_valid_and_account_for_every_value(calls: list[tuple[Any, ...]]) -> None:
    """Every value recorded comes out once, in order, across flushes and auto-flushes."""
    documents, recorded = run(calls)

    printed: dict[str, list[float]] = defaultdict(list)
    for document in documents:
        definitions = document["_aws"]["CloudWatchMetrics"][0]["Metrics"]
        assert 1 <= len(definitions) <= 100
        for definition in definitions:
            values = document[definition["Name"]]
            assert 1 <= len(values) <= 100
            printed[definition["Name"]].extend(values)

    assert printed == recorded
    for name, values in recorded.items():
        assert math.fsum(printed[name]) == math.fsum(values), name


@settings(max_examples=150, deadline=None)
@given(CALLS)
def test_fast_and_general_encodings_agree(calls: list[tuple[Any, ...]]) -> None:
    """The fragment-built document equals ``json.dumps`` of ``serialize_metric_set``."""
    metrics = EphemeralMetrics(namespace="Property", service="prop")
    metrics.set_timestamp(_now())
    with redirect_stdout(io.StringIO()):
        for call in calls:
            if call[0] == "metric":
                _, name, unit, value, resolution = call
                metrics.add_metric(name=name, unit=unit, value=value, resolution=resolution)
            elif call[0] == "dimension":
                _, name, value = call
                if value.strip():
                    metrics.dimension_set[name] = value

    if metrics.metric_set:
        general = json.dumps(metrics.serialize_metric_set(), separators=(",", ":"), default=str)
        assert metrics._render() == general


def _now() -> int:
    import time

    return int(time.time() * 1000)
