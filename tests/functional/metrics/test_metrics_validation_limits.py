"""Validation errors, dimension rules, the 29-dimension limit and auto-flush at 100."""

from __future__ import annotations

from typing import Any

import pytest

from aws_lambda_powertools import Metrics
from aws_lambda_powertools.metrics import (
    EphemeralMetrics,
    MetricResolutionError,
    MetricUnit,
    MetricUnitError,
    MetricValueError,
    SchemaValidationError,
)
from aws_lambda_powertools.metrics.provider.cloudwatch_emf.exceptions import MetricNameError
from aws_lambda_powertools.warnings import PowertoolsUserWarning


@pytest.fixture
def metrics() -> EphemeralMetrics:
    return EphemeralMetrics(namespace="ServerlessAirline")


class TestMetricValidation:
    """``add_metric`` rejects bad names, units, resolutions and values with clear messages."""

    @pytest.mark.parametrize("name", ["", "   ", "x" * 256])
    def test_name_outside_1_to_255_characters_is_rejected(
        self, metrics: EphemeralMetrics, name: str
    ) -> None:
        """The message shows the name and the allowed length."""
        with pytest.raises(MetricNameError, match="between 1 and 255 characters"):
            metrics.add_metric(name=name, unit=MetricUnit.Count, value=1)

    def test_name_of_255_characters_is_accepted(self, metrics: EphemeralMetrics) -> None:
        """The upper bound itself is valid."""
        metrics.add_metric(name="x" * 255, unit=MetricUnit.Count, value=1)

        assert list(metrics.metric_set) == ["x" * 255]

    def test_non_string_name_is_rejected(self, metrics: EphemeralMetrics) -> None:
        """A name must be a string."""
        with pytest.raises(MetricNameError, match="Invalid metric name 5"):
            metrics.add_metric(name=5, unit=MetricUnit.Count, value=1)  # type: ignore[arg-type]

    @pytest.mark.parametrize("unit", ["Bad", "count", 5, None, ["Count"]])
    def test_unknown_unit_lists_the_allowed_units(
        self, metrics: EphemeralMetrics, unit: Any
    ) -> None:
        """The message names the bad unit and every accepted one."""
        with pytest.raises(MetricUnitError) as raised:
            metrics.add_metric(name="Orders", unit=unit, value=1)

        message = str(raised.value)
        assert message.startswith(f"Invalid metric unit {unit!r}, expected either option: [")
        assert "'Seconds'" in message
        assert "'NoUnit'" in message

    @pytest.mark.parametrize("resolution", [5, 0, "High", None, 60.5])
    def test_bad_resolution_lists_60_and_1(
        self, metrics: EphemeralMetrics, resolution: Any
    ) -> None:
        """Only 60 and 1 (or the enum members) are valid."""
        expected = f"Invalid metric resolution {resolution!r}, expected either option: [60, 1]"

        with pytest.raises(MetricResolutionError) as raised:
            metrics.add_metric(name="Orders", unit="Count", value=1, resolution=resolution)

        assert str(raised.value) == expected

    @pytest.mark.parametrize("value", ["1", None, [1], 1 + 2j])
    def test_non_numbers_are_rejected(self, metrics: EphemeralMetrics, value: Any) -> None:
        """Strings, containers and complex numbers are not metric values."""
        with pytest.raises(MetricValueError, match="is not a valid number"):
            metrics.add_metric(name="Orders", unit=MetricUnit.Count, value=value)

        assert metrics.metric_set == {}

    def test_errors_are_value_errors_and_powertools_errors(self) -> None:
        """Callers may catch the builtin or the toolkit root."""
        from aws_lambda_powertools.exceptions import PowertoolsError

        for error in (MetricUnitError, MetricResolutionError, MetricValueError, MetricNameError):
            assert issubclass(error, ValueError)
            assert issubclass(error, PowertoolsError)
        assert issubclass(SchemaValidationError, PowertoolsError)


class TestDimensions:
    """Dimension values are strings; empty ones are skipped and overwrites are announced."""

    def test_non_string_values_are_stringified(self, metrics: EphemeralMetrics) -> None:
        """``str()`` is applied to the value."""
        metrics.add_dimension(name="attempt", value=3)  # type: ignore[arg-type]
        metrics.add_dimension(name="retried", value=False)  # type: ignore[arg-type]

        assert metrics.dimension_set == {"attempt": "3", "retried": "False"}

    @pytest.mark.parametrize(("name", "value"), [("", "x"), ("env", ""), ("  ", "x"), ("env", " ")])
    def test_empty_name_or_value_is_skipped_with_a_warning(
        self, metrics: EphemeralMetrics, name: str, value: str
    ) -> None:
        """Nothing is added and the user learns why."""
        with pytest.warns(PowertoolsUserWarning, match="must be non-empty strings"):
            metrics.add_dimension(name=name, value=value)

        assert metrics.dimension_set == {}

    def test_overwriting_with_another_value_warns(self, metrics: EphemeralMetrics) -> None:
        """The new value replaces the old one, with a warning naming both."""
        metrics.add_dimension(name="env", value="dev")

        with pytest.warns(PowertoolsUserWarning, match="'env' has already been added"):
            metrics.add_dimension(name="env", value="prod")

        assert metrics.dimension_set == {"env": "prod"}

    def test_re_adding_the_same_value_is_silent(self, metrics: EphemeralMetrics) -> None:
        """Same name, same value: no warning (warnings are errors in this suite)."""
        metrics.add_dimension(name="env", value="prod")
        metrics.add_dimension(name="env", value="prod")

        assert metrics.dimension_set == {"env": "prod"}

    def test_thirtieth_dimension_is_rejected(self, metrics: EphemeralMetrics) -> None:
        """29 dimensions fit (the 30th slot is kept for ``service``)."""
        for index in range(29):
            metrics.add_dimension(name=f"d{index}", value="v")

        with pytest.raises(SchemaValidationError, match=r"exceeded \(29\).*'d29'"):
            metrics.add_dimension(name="d29", value="v")

        metrics.add_dimension(name="d0", value="v")
        assert len(metrics.dimension_set) == 29


class TestDimensionSets:
    """``add_dimensions`` adds whole extra dimension sets."""

    def test_extra_sets_follow_the_main_set_and_share_the_default_dimensions(
        self, documents: Any
    ) -> None:
        """Default dimensions lead every extra set; the set added last sets the root value."""
        metrics = Metrics(namespace="ServerlessAirline", service="payment")
        metrics.set_default_dimensions(env="prod")
        metrics.add_dimensions(region="eu-west-1", env="dev")
        metrics.add_dimensions(tenant="acme")
        metrics.add_metric(name="Orders", unit=MetricUnit.Count, value=1)

        metrics.flush_metrics()

        (document,) = documents()
        directive = document["_aws"]["CloudWatchMetrics"][0]
        assert directive["Dimensions"] == [
            ["env", "service"],
            ["env", "region"],
            ["env", "tenant"],
        ]
        assert [document[key] for key in ("env", "service", "region", "tenant")] == [
            "prod",
            "payment",
            "eu-west-1",
            "acme",
        ]

    def test_empty_call_warns_and_adds_nothing(self, metrics: EphemeralMetrics) -> None:
        """An empty set is pointless; say so."""
        with pytest.warns(PowertoolsUserWarning, match="Empty dimensions dictionary"):
            metrics.add_dimensions()

        assert metrics.dimension_sets == []

    def test_empty_values_are_dropped_from_the_set(self, metrics: EphemeralMetrics) -> None:
        """Valid pairs are kept, empty ones skipped with a warning."""
        with pytest.warns(PowertoolsUserWarning, match="'stage' has an empty name or value"):
            metrics.add_dimensions(stage="", region="eu", attempt=2)  # type: ignore[arg-type]

        assert metrics.dimension_sets == [{"region": "eu", "attempt": "2"}]

    def test_more_than_29_distinct_keys_across_sets_is_rejected(
        self, metrics: EphemeralMetrics
    ) -> None:
        """Keys repeated across sets count once; new keys beyond 29 are refused."""
        metrics.add_dimension(name="main", value="1")
        metrics.add_dimensions(**{f"a{i}": "v" for i in range(20)})
        metrics.add_dimensions(**{f"a{i}": "v" for i in range(15)})

        with pytest.raises(SchemaValidationError, match=r"Maximum dimensions \(29\) exceeded"):
            metrics.add_dimensions(**{f"b{i}": "v" for i in range(9)})

        assert len(metrics.dimension_sets) == 2

    def test_flush_forgets_extra_sets(self, metrics: EphemeralMetrics, documents: Any) -> None:
        """Extra sets belong to one document."""
        metrics.add_dimensions(region="eu")
        metrics.add_metric(name="Orders", unit=MetricUnit.Count, value=1)
        metrics.flush_metrics()
        metrics.add_metric(name="Orders", unit=MetricUnit.Count, value=1)
        metrics.flush_metrics()

        first, second = documents()
        assert first["_aws"]["CloudWatchMetrics"][0]["Dimensions"] == [[], ["region"]]
        assert second["_aws"]["CloudWatchMetrics"][0]["Dimensions"] == [[]]


class TestAutoFlush:
    """At 100 names, or 100 values of one metric, the document is written at once."""

    def test_hundredth_metric_name_flushes_and_keeps_dimensions(
        self, metrics: EphemeralMetrics, documents: Any
    ) -> None:
        """Names 0-99 go in the first document, name 100 stays for the next."""
        metrics.add_dimension(name="env", value="prod")
        for index in range(101):
            metrics.add_metric(name=f"m{index}", unit=MetricUnit.Count, value=index)

        (first,) = documents()
        assert len(first["_aws"]["CloudWatchMetrics"][0]["Metrics"]) == 100
        assert first["m99"] == [99.0]
        assert list(metrics.metric_set) == ["m100"]
        assert metrics.dimension_set == {"env": "prod"}

    def test_hundredth_value_of_one_metric_flushes(
        self, metrics: EphemeralMetrics, documents: Any
    ) -> None:
        """Value 100 is the last of the first document."""
        for index in range(101):
            metrics.add_metric(name="Latency", unit=MetricUnit.Milliseconds, value=index)

        (first,) = documents()
        assert first["Latency"] == [float(i) for i in range(100)]
        assert metrics.metric_set["Latency"]["Value"] == [100.0]

    def test_auto_flush_is_silent_when_metrics_are_disabled(
        self, metrics: EphemeralMetrics, monkeypatch: pytest.MonkeyPatch, documents: Any
    ) -> None:
        """Disabled output stays disabled; memory stays bounded."""
        monkeypatch.setenv("POWERTOOLS_METRICS_DISABLED", "true")
        for index in range(100):
            metrics.add_metric(name="Latency", unit=MetricUnit.Milliseconds, value=index)

        assert documents() == []
        assert metrics.metric_set == {}
