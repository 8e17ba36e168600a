"""Metrics behaviours that handlers written for Powertools for AWS Lambda (Python) 3.37 rely on.

Each test pins one such behaviour by the exact documents printed.
"""

from __future__ import annotations

from typing import Any

import pytest

from aws_lambda_powertools import Metrics
from aws_lambda_powertools.metrics import EphemeralMetrics, MetricUnit, SchemaValidationError
from aws_lambda_powertools.warnings import PowertoolsUserWarning

TIMESTAMP = 1_796_000_000_000


def document(
    dimension_sets: list[list[str]], root: dict[str, Any], namespace: str = "ServerlessAirline"
) -> dict[str, Any]:
    """The EMF document of one ``Orders`` count with the given dimension sets and root keys."""
    return {
        "_aws": {
            "Timestamp": TIMESTAMP,
            "CloudWatchMetrics": [
                {
                    "Namespace": namespace,
                    "Dimensions": dimension_sets,
                    "Metrics": [{"Name": "Orders", "Unit": "Count"}],
                }
            ],
        },
        **root,
    }


def stamp(metrics: Metrics | EphemeralMetrics) -> None:
    """Pin the document timestamp (``set_timestamp`` would warn once the value ages)."""
    provider = metrics.provider if isinstance(metrics, Metrics) else metrics
    provider.timestamp = TIMESTAMP


class TestEmptyFlush:
    """A flush with no metric warns and leaves the pending state alone."""

    def test_dimensions_and_metadata_wait_for_the_next_flush(self, documents: Any) -> None:
        """Nothing is published, so nothing recorded for the document is thrown away."""
        metrics = Metrics(namespace="ServerlessAirline", service="payment")
        stamp(metrics)
        metrics.add_dimension(name="channel", value="web")
        metrics.add_dimensions(region="eu-west-1")
        metrics.add_metadata(key="order_id", value="o-1")

        with pytest.warns(PowertoolsUserWarning, match="No application metrics to publish"):
            metrics.flush_metrics()
        assert documents() == []
        metrics.add_metric(name="Orders", unit=MetricUnit.Count, value=1)
        metrics.flush_metrics()

        assert documents() == [
            document(
                [["channel", "service"], ["region"]],
                {
                    "channel": "web",
                    "service": "payment",
                    "region": "eu-west-1",
                    "order_id": "o-1",
                    "Orders": [1.0],
                },
            )
        ]

    def test_raising_on_empty_keeps_the_state_too(self) -> None:
        """The error leaves the dimensions where they were."""
        metrics = EphemeralMetrics(namespace="ServerlessAirline")
        metrics.add_dimension(name="channel", value="web")

        with pytest.raises(SchemaValidationError, match=r"^Must contain at least one metric\.$"):
            metrics.flush_metrics(raise_on_empty_metrics=True)

        assert metrics.dimension_set == {"channel": "web"}

    def test_disabled_metrics_still_warn_about_an_empty_flush(
        self, monkeypatch: pytest.MonkeyPatch, documents: Any
    ) -> None:
        """The empty-metrics warning does not depend on the output switch."""
        monkeypatch.setenv("POWERTOOLS_METRICS_DISABLED", "true")
        metrics = Metrics(namespace="ServerlessAirline")

        with pytest.warns(PowertoolsUserWarning, match="No application metrics to publish"):
            metrics.flush_metrics()

        assert documents() == []

    def test_disabled_metrics_do_not_raise_on_empty(
        self, monkeypatch: pytest.MonkeyPatch, documents: Any
    ) -> None:
        """Disabled output never fails the handler, even when empty sets should raise."""
        monkeypatch.setenv("POWERTOOLS_METRICS_DISABLED", "true")
        metrics = Metrics(namespace="ServerlessAirline")

        metrics.flush_metrics(raise_on_empty_metrics=True)

        assert documents() == []


class TestExtraDimensionSets:
    """``add_dimensions`` values are the caller's, defaults included."""

    def test_a_value_passed_for_a_default_dimension_wins(self, documents: Any) -> None:
        """The root key holds the value added last, as for any other shared name."""
        metrics = EphemeralMetrics(namespace="ServerlessAirline")
        stamp(metrics)
        metrics.set_default_dimensions(env="prod")
        metrics.add_dimensions(env="dev", tenant="acme")
        metrics.add_metric(name="Orders", unit=MetricUnit.Count, value=1)

        metrics.flush_metrics()

        assert metrics.dimension_set == {"env": "prod"}
        assert documents() == [
            document(
                [["env"], ["env", "tenant"]],
                {"env": "dev", "tenant": "acme", "Orders": [1.0]},
            )
        ]

    def test_a_default_dimension_keeps_its_value_in_sets_that_do_not_name_it(
        self, documents: Any
    ) -> None:
        """Only the names passed to ``add_dimensions`` replace a default's value."""
        metrics = EphemeralMetrics(namespace="ServerlessAirline")
        stamp(metrics)
        metrics.set_default_dimensions(env="prod")
        metrics.add_dimensions(tenant="acme")
        metrics.add_metric(name="Orders", unit=MetricUnit.Count, value=1)

        metrics.flush_metrics()

        assert documents() == [
            document(
                [["env"], ["env", "tenant"]],
                {"env": "prod", "tenant": "acme", "Orders": [1.0]},
            )
        ]


class TestExplicitArgumentsOverEnvironment:
    """Only an omitted (``None``) argument falls back to its environment variable."""

    def test_empty_service_argument_means_no_service_dimension(
        self, monkeypatch: pytest.MonkeyPatch, documents: Any
    ) -> None:
        """``service=""`` is a choice, not a request to read ``POWERTOOLS_SERVICE_NAME``."""
        monkeypatch.setenv("POWERTOOLS_SERVICE_NAME", "payment")
        metrics = EphemeralMetrics(namespace="ServerlessAirline", service="")
        stamp(metrics)
        metrics.add_metric(name="Orders", unit=MetricUnit.Count, value=1)

        metrics.flush_metrics()

        assert documents() == [document([[]], {"Orders": [1.0]})]

    def test_empty_namespace_argument_is_kept_rather_than_read_from_the_environment(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """The document carries the namespace given; only a missing one is an error."""
        monkeypatch.setenv("POWERTOOLS_METRICS_NAMESPACE", "FromEnvironment")
        metrics = EphemeralMetrics(namespace="")
        stamp(metrics)
        metrics.add_metric(name="Orders", unit=MetricUnit.Count, value=1)

        assert metrics.serialize_metric_set() == document([[]], {"Orders": [1.0]}, namespace="")

    def test_empty_datadog_namespace_adds_no_prefix(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """``namespace=""`` names metrics bare, whatever the environment says."""
        from aws_lambda_powertools.metrics.provider.datadog import DatadogMetrics

        monkeypatch.setenv("POWERTOOLS_METRICS_NAMESPACE", "FromEnvironment")
        metrics = DatadogMetrics(namespace="", flush_to_log=True)
        metrics.add_metric(name="orders", value=1, timestamp=1_796_000_000, channel="web")

        metrics.flush_metrics()

        assert (
            capsys.readouterr().out == '{"m":"orders","v":1,"e":1796000000,"t":["channel:web"]}\n'
        )


class TestSerializeMetricSet:
    """Explicit arguments to ``serialize_metric_set`` are used as given."""

    def test_explicit_dimensions_get_no_service_dimension(self) -> None:
        """The ``service`` dimension joins the recorded set only."""
        metrics = EphemeralMetrics(namespace="ServerlessAirline", service="payment")
        stamp(metrics)
        metrics.add_dimension(name="channel", value="web")
        metrics.add_metric(name="Orders", unit=MetricUnit.Count, value=1)

        explicit = metrics.serialize_metric_set(dimensions={"region": "eu-west-1"})
        recorded = metrics.serialize_metric_set()

        assert explicit == document([["region"]], {"region": "eu-west-1", "Orders": [1.0]})
        assert recorded == document(
            [["channel", "service"]], {"channel": "web", "service": "payment", "Orders": [1.0]}
        )
        assert metrics.dimension_set == {"channel": "web"}


class TestTimestamp:
    """``set_timestamp`` with a ``datetime``."""

    def test_microseconds_round_to_the_nearest_millisecond(self) -> None:
        """999.6 ms is written as the next second, not truncated to 999 ms."""
        import datetime

        recent = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(minutes=1)
        moment = recent.replace(microsecond=999_600)
        metrics = EphemeralMetrics(namespace="ServerlessAirline")
        metrics.add_metric(name="Orders", unit=MetricUnit.Count, value=1)

        metrics.set_timestamp(moment)

        whole_seconds = int(moment.replace(microsecond=0).timestamp())
        assert metrics.serialize_metric_set()["_aws"]["Timestamp"] == (whole_seconds + 1) * 1000


class TestColdStartFlag:
    """Test suites reset the flag by assigning the module attribute."""

    def test_assigning_is_cold_start_makes_the_next_invocation_cold(
        self, lambda_context: Any, documents: Any
    ) -> None:
        """``cold_start.is_cold_start = True`` brings the ``ColdStart`` document back."""
        from aws_lambda_powertools.metrics.provider import cold_start

        metrics = Metrics(namespace="ServerlessAirline")

        @metrics.log_metrics(capture_cold_start_metric=True)
        def handler(event: dict[str, Any], context: Any) -> None:
            metrics.add_metric(name="Orders", unit=MetricUnit.Count, value=1)

        handler({}, lambda_context)
        assert cold_start.is_cold_start is False
        cold_start.is_cold_start = True
        assert cold_start.is_cold_start is True
        handler({}, lambda_context)
        cold_start.is_cold_start = False
        handler({}, lambda_context)

        names = [next(iter(doc.keys() - {"_aws", "function_name"})) for doc in documents()]
        assert names == ["ColdStart", "Orders", "ColdStart", "Orders", "Orders"]


class TestPatchingTheClass:
    """Test suites patch ``Metrics`` methods on the class, after instances exist."""

    def test_a_method_patched_on_the_class_reaches_existing_instances(
        self, monkeypatch: pytest.MonkeyPatch, documents: Any
    ) -> None:
        """A module-level ``metrics = Metrics()`` sees a later class-level patch."""
        metrics = Metrics(namespace="ServerlessAirline")
        recorded: list[tuple[str, float]] = []

        def record(self: Metrics, name: str, unit: Any, value: float, resolution: int = 60) -> None:
            recorded.append((name, value))

        monkeypatch.setattr(Metrics, "add_metric", record)
        metrics.add_metric(name="Orders", unit=MetricUnit.Count, value=1)

        assert recorded == [("Orders", 1)]
        assert metrics.metric_set == {}
