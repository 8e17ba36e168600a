"""``single_metric`` documents, and switching metric output off."""

from __future__ import annotations

from typing import Any

import pytest

from aws_lambda_powertools import Metrics, single_metric
from aws_lambda_powertools.metrics import MetricUnit, MetricUnitError, SchemaValidationError
from aws_lambda_powertools.metrics.base import MetricManager, SingleMetric


def without_aws(document: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in document.items() if key != "_aws"}


class TestSingleMetric:
    """One metric per document, its own dimensions, written when the block exits."""

    def test_prints_one_document_with_default_dimensions_first(self, documents: Any) -> None:
        """Defaults, then dimensions and metadata added in the block; extra metrics ignored."""
        with single_metric(
            name="Orders",
            unit=MetricUnit.Count,
            value=1,
            namespace="ServerlessAirline",
            default_dimensions={"environment": "prod"},
        ) as metric:
            metric.add_metric(name="Ignored", unit=MetricUnit.Count, value=2)
            metric.add_dimension(name="channel", value="web")
            metric.add_metadata(key="order_id", value="o-1")

        (document,) = documents()
        assert document["_aws"]["CloudWatchMetrics"] == [
            {
                "Namespace": "ServerlessAirline",
                "Dimensions": [["environment", "channel"]],
                "Metrics": [{"Name": "Orders", "Unit": "Count"}],
            }
        ]
        assert without_aws(document) == {
            "environment": "prod",
            "channel": "web",
            "order_id": "o-1",
            "Orders": [1.0],
        }
        assert isinstance(metric, SingleMetric)
        assert isinstance(metric, MetricManager)

    def test_namespace_and_service_come_from_the_environment(
        self, monkeypatch: pytest.MonkeyPatch, documents: Any
    ) -> None:
        """Like ``Metrics``, missing arguments fall back to the environment."""
        monkeypatch.setenv("POWERTOOLS_METRICS_NAMESPACE", "EnvNamespace")
        monkeypatch.setenv("POWERTOOLS_SERVICE_NAME", "env-service")

        with single_metric(name="Orders", unit="Count", value=1, resolution=1):
            pass

        (document,) = documents()
        assert document["_aws"]["CloudWatchMetrics"][0] == {
            "Namespace": "EnvNamespace",
            "Dimensions": [["service"]],
            "Metrics": [{"Name": "Orders", "Unit": "Count", "StorageResolution": 1}],
        }

    def test_body_exception_prints_nothing(self, documents: Any) -> None:
        """A failed block does not publish a half-built document."""
        with (
            pytest.raises(RuntimeError),
            single_metric(
                name="Orders", unit=MetricUnit.Count, value=1, namespace="ServerlessAirline"
            ),
        ):
            raise RuntimeError("boom")

        assert documents() == []

    def test_invalid_unit_fails_before_the_block(self) -> None:
        """Validation happens when the context manager is created."""
        with pytest.raises(MetricUnitError):
            single_metric(name="Orders", unit="Bad", value=1, namespace="ServerlessAirline")

    def test_missing_namespace_fails_on_exit(self) -> None:
        """The namespace is required to write the document."""
        with (
            pytest.raises(SchemaValidationError, match="namespace"),
            single_metric(name="Orders", unit=MetricUnit.Count, value=1),
        ):
            pass

    def test_does_not_touch_shared_metrics(self, documents: Any) -> None:
        """A single metric is separate from the ``Metrics`` set."""
        metrics = Metrics(namespace="ServerlessAirline")
        metrics.add_metric(name="Shared", unit=MetricUnit.Count, value=1)

        with single_metric(name="Alone", unit="Count", value=1, namespace="ServerlessAirline"):
            pass

        (document,) = documents()
        assert "Shared" not in document
        assert list(metrics.metric_set) == ["Shared"]


class TestDisabling:
    """POWERTOOLS_METRICS_DISABLED and POWERTOOLS_DEV silence ``flush_metrics``."""

    @pytest.mark.parametrize(
        ("variables", "disabled"),
        [
            ({"POWERTOOLS_METRICS_DISABLED": "true"}, True),
            ({"POWERTOOLS_METRICS_DISABLED": "1"}, True),
            ({"POWERTOOLS_DEV": "yes"}, True),
            ({"POWERTOOLS_DEV": "true", "POWERTOOLS_METRICS_DISABLED": "false"}, False),
            ({"POWERTOOLS_METRICS_DISABLED": "0"}, False),
            ({"POWERTOOLS_DEV": "false"}, False),
            ({"POWERTOOLS_METRICS_DISABLED": ""}, False),
        ],
    )
    def test_flush_output_follows_the_environment(
        self,
        variables: dict[str, str],
        disabled: bool,
        monkeypatch: pytest.MonkeyPatch,
        documents: Any,
    ) -> None:
        """The explicit variable wins over dev mode; both are read at flush time."""
        metrics = Metrics(namespace="ServerlessAirline")
        for name, value in variables.items():
            monkeypatch.setenv(name, value)
        metrics.add_metric(name="Orders", unit=MetricUnit.Count, value=1)

        metrics.flush_metrics()

        assert len(documents()) == (0 if disabled else 1)
        # Quirk kept from the spec: a disabled flush does not clear the metric set.
        assert (list(metrics.metric_set) == ["Orders"]) is disabled

    def test_disabled_still_prints_single_metric_and_cold_start(
        self, lambda_context: Any, monkeypatch: pytest.MonkeyPatch, documents: Any
    ) -> None:
        """Only ``flush_metrics`` is silenced (documented quirk)."""
        monkeypatch.setenv("POWERTOOLS_METRICS_DISABLED", "true")
        metrics = Metrics(namespace="ServerlessAirline")

        @metrics.log_metrics(capture_cold_start_metric=True, raise_on_empty_metrics=True)
        def handler(event: dict[str, Any], context: Any) -> None:
            metrics.add_metric(name="Orders", unit=MetricUnit.Count, value=1)

        handler({}, lambda_context)
        with single_metric(name="Alone", unit="Count", value=1, namespace="ServerlessAirline"):
            pass

        cold, alone = documents()
        assert cold["ColdStart"] == [1.0]
        assert alone["Alone"] == [1.0]

    def test_invalid_value_names_the_variable(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A typo is a configuration error, reported with the variable and value."""
        monkeypatch.setenv("POWERTOOLS_METRICS_DISABLED", "maybe")
        metrics = Metrics(namespace="ServerlessAirline")
        metrics.add_metric(name="Orders", unit=MetricUnit.Count, value=1)

        with pytest.raises(ValueError, match="POWERTOOLS_METRICS_DISABLED='maybe'"):
            metrics.flush_metrics()
        metrics.clear_metrics()

    def test_os_environ_replaced_wholesale_is_still_read(
        self, monkeypatch: pytest.MonkeyPatch, documents: Any
    ) -> None:
        """Replacing ``os.environ`` itself (not just its items) is honoured."""
        import os

        replaced = dict(os.environ, POWERTOOLS_METRICS_DISABLED="true")
        monkeypatch.setattr(os, "environ", replaced)
        metrics = Metrics(namespace="ServerlessAirline")
        metrics.add_metric(name="Orders", unit=MetricUnit.Count, value=1)

        metrics.flush_metrics()

        assert documents() == []
        metrics.clear_metrics()


class TestFlushLifecycle:
    """What survives a flush."""

    def test_flush_clears_dimensions_and_metadata_and_reapplies_defaults(
        self, documents: Any
    ) -> None:
        """Default dimensions come back; everything else starts empty."""
        metrics = Metrics(namespace="ServerlessAirline")
        metrics.set_default_dimensions(environment="prod")
        metrics.add_dimension(name="channel", value="web")
        metrics.add_metadata(key="order_id", value="o-1")
        metrics.add_metric(name="Orders", unit=MetricUnit.Count, value=1)

        metrics.flush_metrics()

        assert metrics.dimension_set == {"environment": "prod"}
        assert metrics.metadata_set == {}
        assert metrics.metric_set == {}
        assert len(documents()) == 1

    def test_clear_default_dimensions_forgets_them(self) -> None:
        """After clearing defaults, a clear leaves no dimension behind."""
        metrics = Metrics(namespace="ServerlessAirline")
        metrics.set_default_dimensions(environment="prod")

        metrics.clear_default_dimensions()
        metrics.clear_metrics()

        assert (metrics.default_dimensions, metrics.dimension_set) == ({}, {})
