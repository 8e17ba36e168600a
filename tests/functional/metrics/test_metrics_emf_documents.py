"""The EMF documents ``Metrics`` and ``EphemeralMetrics`` print, byte for byte."""

from __future__ import annotations

import datetime
import json
import time
from typing import Any

import pytest

from aws_lambda_powertools import Metrics
from aws_lambda_powertools.metrics import (
    EphemeralMetrics,
    MetricResolution,
    MetricUnit,
    SchemaValidationError,
)
from aws_lambda_powertools.warnings import PowertoolsUserWarning

NOW_MS = int(time.time() * 1000)


def emf(
    metrics: list[dict[str, Any]],
    dimensions: list[list[str]],
    members: dict[str, Any],
    namespace: str = "ServerlessAirline",
    timestamp: int = NOW_MS,
) -> str:
    """The compact JSON line expected for one document."""
    directive = {"Namespace": namespace, "Dimensions": dimensions, "Metrics": metrics}
    document = {"_aws": {"Timestamp": timestamp, "CloudWatchMetrics": [directive]}, **members}
    return json.dumps(document, separators=(",", ":"))


def test_flush_prints_the_documented_layout(capsys: pytest.CaptureFixture[str]) -> None:
    """Dimensions, service, metadata and float value arrays appear in the documented order."""
    metrics = Metrics(namespace="ServerlessAirline", service="payment")
    metrics.set_timestamp(NOW_MS)
    metrics.add_dimension(name="env", value="prod")
    metrics.add_metadata(key="booking_id", value="abc")
    metrics.add_metric(name="SuccessfulBooking", unit=MetricUnit.Count, value=1)
    metrics.add_metric(name="SuccessfulBooking", unit="Count", value=2)
    metrics.add_metric(name="Latency", unit="Milliseconds", value=5, resolution=1)

    metrics.flush_metrics()

    assert capsys.readouterr().out == (
        emf(
            [
                {"Name": "SuccessfulBooking", "Unit": "Count"},
                {"Name": "Latency", "Unit": "Milliseconds", "StorageResolution": 1},
            ],
            [["env", "service"]],
            {
                "env": "prod",
                "service": "payment",
                "booking_id": "abc",
                "SuccessfulBooking": [1.0, 2.0],
                "Latency": [5.0],
            },
        )
        + "\n"
    )


def test_flush_without_dimensions_or_service_prints_one_empty_dimension_set(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """No dimension at all still yields ``"Dimensions":[[]]``."""
    metrics = EphemeralMetrics(namespace="ServerlessAirline")
    metrics.set_timestamp(NOW_MS)
    metrics.add_metric(name="Orders", unit=MetricUnit.NoUnit, value=3)

    metrics.flush_metrics()

    expected = emf([{"Name": "Orders", "Unit": "None"}], [[]], {"Orders": [3.0]})
    assert capsys.readouterr().out == expected + "\n"


def test_explicit_service_dimension_is_not_duplicated(capsys: pytest.CaptureFixture[str]) -> None:
    """A ``service`` dimension added by hand wins over the configured service."""
    metrics = EphemeralMetrics(namespace="ServerlessAirline", service="payment")
    metrics.set_timestamp(NOW_MS)
    metrics.add_dimension(name="service", value="explicit")
    metrics.add_metric(name="Orders", unit=MetricUnit.Count, value=1)

    metrics.flush_metrics()

    expected = emf(
        [{"Name": "Orders", "Unit": "Count"}],
        [["service"]],
        {"service": "explicit", "Orders": [1.0]},
    )
    assert capsys.readouterr().out == expected + "\n"


@pytest.mark.parametrize(
    ("resolution", "expected"),
    [
        (60, {"Name": "Latency", "Unit": "Seconds"}),
        (MetricResolution.Standard, {"Name": "Latency", "Unit": "Seconds"}),
        (1, {"Name": "Latency", "Unit": "Seconds", "StorageResolution": 1}),
        (MetricResolution.High, {"Name": "Latency", "Unit": "Seconds", "StorageResolution": 1}),
    ],
)
def test_storage_resolution_is_written_only_for_high_resolution(
    resolution: Any, expected: dict[str, Any], documents: Any
) -> None:
    """Standard resolution is CloudWatch's default, so only ``1`` is spelled out."""
    metrics = EphemeralMetrics(namespace="ServerlessAirline")
    metrics.add_metric(name="Latency", unit=MetricUnit.Seconds, value=0.25, resolution=resolution)

    metrics.flush_metrics()

    (document,) = documents()
    assert document["_aws"]["CloudWatchMetrics"][0]["Metrics"] == [expected]
    assert document["Latency"] == [0.25]


@pytest.mark.parametrize(
    ("unit", "written"),
    [
        (MetricUnit.BytesPerSecond, "Bytes/Second"),
        ("BytesPerSecond", "Bytes/Second"),
        ("Bytes/Second", "Bytes/Second"),
        (MetricUnit.CountPerSecond, "Count/Second"),
        ("NoUnit", "None"),
        ("None", "None"),
    ],
)
def test_units_are_accepted_by_member_name_or_value(
    unit: Any, written: str, documents: Any
) -> None:
    """Strings may be either the member name or the CloudWatch spelling."""
    metrics = EphemeralMetrics(namespace="ServerlessAirline")
    metrics.add_metric(name="Throughput", unit=unit, value=10)

    metrics.flush_metrics()

    (document,) = documents()
    assert document["_aws"]["CloudWatchMetrics"][0]["Metrics"][0]["Unit"] == written


def test_values_of_every_numeric_type_are_written_as_floats(documents: Any) -> None:
    """int, bool, Decimal and Fraction values all become JSON floats."""
    import decimal
    import fractions

    metrics = EphemeralMetrics(namespace="ServerlessAirline")
    for value in (1, True, decimal.Decimal("1.5"), fractions.Fraction(1, 4), 10**20, 2.5):
        metrics.add_metric(name="Mixed", unit=MetricUnit.Count, value=value)

    metrics.flush_metrics()

    (document,) = documents()
    assert document["Mixed"] == [1.0, 1.0, 1.5, 0.25, 1e20, 2.5]


def test_re_adding_a_metric_with_another_unit_keeps_the_latest_unit(documents: Any) -> None:
    """Values accumulate; the definition reflects the last unit given."""
    metrics = EphemeralMetrics(namespace="ServerlessAirline")
    metrics.add_metric(name="Duration", unit=MetricUnit.Count, value=1)
    metrics.add_metric(name="Duration", unit=MetricUnit.Seconds, value=2)

    metrics.flush_metrics()

    (document,) = documents()
    assert document["_aws"]["CloudWatchMetrics"][0]["Metrics"] == [
        {"Name": "Duration", "Unit": "Seconds"}
    ]
    assert document["Duration"] == [1.0, 2.0]


def test_metric_names_are_stripped(documents: Any) -> None:
    """Surrounding whitespace is not part of the name."""
    metrics = EphemeralMetrics(namespace="ServerlessAirline")
    metrics.add_metric(name="  Orders ", unit=MetricUnit.Count, value=1)

    metrics.flush_metrics()

    (document,) = documents()
    assert document["Orders"] == [1.0]


def test_metadata_keys_are_strings_and_unusual_values_are_stringified(documents: Any) -> None:
    """Metadata sits at the root; values json cannot encode are written with ``str()``."""
    metrics = EphemeralMetrics(namespace="ServerlessAirline")
    when = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
    metrics.add_metadata(key=5, value={"nested": [1, 2]})  # type: ignore[arg-type]
    metrics.add_metadata(key="when", value=when)
    metrics.add_metric(name="Orders", unit=MetricUnit.Count, value=1)

    metrics.flush_metrics()

    (document,) = documents()
    assert document["5"] == {"nested": [1, 2]}
    assert document["when"] == "2026-01-01 00:00:00+00:00"


def test_a_metric_named_like_a_dimension_overwrites_the_member_in_place() -> None:
    """Key collisions resolve like a dict update, on the general path as in the dict."""
    metrics = EphemeralMetrics(namespace="ServerlessAirline")
    metrics.set_timestamp(NOW_MS)
    metrics.add_dimension(name="dup", value="dimension")
    metrics.add_metric(name="dup", unit=MetricUnit.Count, value=1)

    document = metrics.serialize_metric_set()

    assert list(document) == ["_aws", "dup"]
    assert document["dup"] == [1.0]
    assert json.loads(metrics._render()) == document


def test_serialize_metric_set_accepts_explicit_storage() -> None:
    """Metrics, dimensions and metadata may be passed in; explicit dimensions get no service."""
    metrics = EphemeralMetrics(namespace="ServerlessAirline", service="payment")
    metrics.set_timestamp(NOW_MS)

    document = metrics.serialize_metric_set(
        metrics={"Orders": {"Unit": "Count", "StorageResolution": 60, "Value": [1.0]}},
        dimensions={"env": "prod"},
        metadata={"request": "r-1"},
    )

    assert document == {
        "_aws": {
            "Timestamp": NOW_MS,
            "CloudWatchMetrics": [
                {
                    "Namespace": "ServerlessAirline",
                    "Dimensions": [["env"]],
                    "Metrics": [{"Name": "Orders", "Unit": "Count"}],
                }
            ],
        },
        "env": "prod",
        "request": "r-1",
        "Orders": [1.0],
    }


def test_non_finite_values_are_spelled_as_json_does() -> None:
    """inf and nan take the general path and match ``json.dumps`` (CloudWatch rejects them)."""
    metrics = EphemeralMetrics(namespace="ServerlessAirline")
    metrics.add_metric(name="Ratio", unit=MetricUnit.Percent, value=float("inf"))
    metrics.add_metric(name="Ratio", unit=MetricUnit.Percent, value=float("nan"))

    rendered = metrics._render()

    assert rendered.endswith('"Ratio":[Infinity,NaN]}')


def test_serialize_without_namespace_raises() -> None:
    """A document without namespace is rejected with the spec's message."""
    metrics = EphemeralMetrics()
    metrics.add_metric(name="Orders", unit=MetricUnit.Count, value=1)

    with pytest.raises(SchemaValidationError, match=r"^Must contain a metric namespace\.$"):
        metrics.serialize_metric_set()


def test_namespace_and_service_come_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, documents: Any
) -> None:
    """POWERTOOLS_METRICS_NAMESPACE and POWERTOOLS_SERVICE_NAME fill missing arguments."""
    monkeypatch.setenv("POWERTOOLS_METRICS_NAMESPACE", "EnvNamespace")
    monkeypatch.setenv("POWERTOOLS_SERVICE_NAME", "env-service")
    metrics = Metrics()
    metrics.add_metric(name="Orders", unit=MetricUnit.Count, value=1)

    metrics.flush_metrics()

    (document,) = documents()
    assert metrics.namespace == "EnvNamespace"
    assert document["_aws"]["CloudWatchMetrics"][0]["Namespace"] == "EnvNamespace"
    assert document["service"] == "env-service"


def test_namespace_and_service_are_settable(documents: Any) -> None:
    """The properties change what the next document carries."""
    metrics = Metrics(namespace="Before", service="before")
    metrics.namespace = "After"
    metrics.service = "after"
    metrics.add_metric(name="Orders", unit=MetricUnit.Count, value=1)

    metrics.flush_metrics()

    (document,) = documents()
    assert (metrics.namespace, metrics.service) == ("After", "after")
    assert document["_aws"]["CloudWatchMetrics"][0]["Namespace"] == "After"
    assert document["service"] == "after"


def test_metrics_instances_share_storage_but_not_namespace(documents: Any) -> None:
    """Two ``Metrics`` add to one set; each keeps its own namespace."""
    first = Metrics(namespace="First")
    second = Metrics(namespace="Second")
    first.add_metric(name="FromFirst", unit=MetricUnit.Count, value=1)
    second.add_metric(name="FromSecond", unit=MetricUnit.Count, value=2)

    first.flush_metrics()

    (document,) = documents()
    assert document["_aws"]["CloudWatchMetrics"][0]["Namespace"] == "First"
    assert (document["FromFirst"], document["FromSecond"]) == ([1.0], [2.0])
    assert second.metric_set == {}


def test_ephemeral_metrics_do_not_share_storage() -> None:
    """``EphemeralMetrics`` instances and ``Metrics`` never see each other's metrics."""
    shared = Metrics(namespace="Shared")
    isolated = EphemeralMetrics(namespace="Isolated")
    isolated.add_metric(name="Private", unit=MetricUnit.Count, value=1)

    assert shared.metric_set == {}
    assert EphemeralMetrics(namespace="Isolated").metric_set == {}
    assert list(isolated.metric_set) == ["Private"]


def test_metrics_delegates_to_a_given_provider(documents: Any) -> None:
    """``Metrics(provider=...)`` records into that provider's storage."""
    provider = EphemeralMetrics(namespace="Provided", service="svc")
    metrics = Metrics(provider=provider)
    metrics.add_metric(name="Orders", unit=MetricUnit.Count, value=1)

    assert metrics.provider is provider
    assert provider.metric_set["Orders"]["Value"] == [1.0]
    metrics.flush_metrics()
    (document,) = documents()
    assert document["_aws"]["CloudWatchMetrics"][0]["Namespace"] == "Provided"


def test_subclass_overrides_are_honoured() -> None:
    """A ``Metrics`` subclass that overrides a method is not bypassed."""
    calls: list[str] = []

    class CountingMetrics(Metrics):
        def add_metric(self, name: str, unit: Any, value: float, resolution: Any = 60) -> None:
            calls.append(name)
            super().add_metric(name, unit, value, resolution)

    CountingMetrics(namespace="Sub").add_metric(name="Orders", unit="Count", value=1)

    assert calls == ["Orders"]
    assert Metrics._metrics["Orders"]["Value"] == [1.0]


class TestTimestamps:
    """``set_timestamp`` accepts epoch milliseconds or datetimes and warns out of range."""

    def test_datetime_is_converted_to_epoch_milliseconds(self) -> None:
        """An aware datetime becomes its epoch millisecond value."""
        metrics = EphemeralMetrics(namespace="ServerlessAirline")
        moment = datetime.datetime.fromtimestamp(NOW_MS / 1000, tz=datetime.timezone.utc)
        metrics.set_timestamp(moment)
        metrics.add_metric(name="Orders", unit=MetricUnit.Count, value=1)

        assert metrics.serialize_metric_set()["_aws"]["Timestamp"] == NOW_MS

    @pytest.mark.parametrize(
        "offset_ms", [-15 * 24 * 3600 * 1000, 3 * 3600 * 1000], ids=["past", "future"]
    )
    def test_out_of_range_timestamp_is_kept_with_a_warning(self, offset_ms: int) -> None:
        """CloudWatch would drop it, so the user is told; the value is still used."""
        metrics = EphemeralMetrics(namespace="ServerlessAirline")

        with pytest.warns(PowertoolsUserWarning, match="14 days past or 2 hours future"):
            metrics.set_timestamp(NOW_MS + offset_ms)

        metrics.add_metric(name="Orders", unit=MetricUnit.Count, value=1)
        assert metrics.serialize_metric_set()["_aws"]["Timestamp"] == NOW_MS + offset_ms

    def test_invalid_type_warns_and_falls_back_to_flush_time(self) -> None:
        """A string is neither milliseconds nor datetime: warn, then use the flush time."""
        metrics = EphemeralMetrics(namespace="ServerlessAirline")

        with pytest.warns(PowertoolsUserWarning, match="Invalid timestamp 'yesterday'"):
            metrics.set_timestamp("yesterday")  # type: ignore[arg-type]

        metrics.add_metric(name="Orders", unit=MetricUnit.Count, value=1)
        before = int(time.time() * 1000)
        stamp = metrics.serialize_metric_set()["_aws"]["Timestamp"]
        assert before <= stamp <= int(time.time() * 1000)

    def test_timestamp_persists_across_flushes(self, documents: Any) -> None:
        """The timestamp is a setting of the instance, not of one document."""
        metrics = EphemeralMetrics(namespace="ServerlessAirline")
        metrics.set_timestamp(NOW_MS - 1000)
        for _ in range(2):
            metrics.add_metric(name="Orders", unit=MetricUnit.Count, value=1)
            metrics.flush_metrics()

        assert [d["_aws"]["Timestamp"] for d in documents()] == [NOW_MS - 1000] * 2
