"""Import paths, enum members, limits and the error hierarchy of the Metrics utility."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from aws_lambda_powertools.metrics import MetricResolution, MetricUnit


def test_package_exports_match_the_spec() -> None:
    """``aws_lambda_powertools.metrics`` exports exactly the documented names."""
    import aws_lambda_powertools.metrics as metrics

    assert sorted(metrics.__all__) == sorted(
        [
            "EphemeralMetrics",
            "MetricResolution",
            "MetricResolutionError",
            "MetricUnit",
            "MetricUnitError",
            "MetricValueError",
            "Metrics",
            "SchemaValidationError",
            "single_metric",
        ]
    )


def test_documented_deep_import_paths_resolve_to_the_same_objects() -> None:
    """Every public path of the spec points at one class, not a copy."""
    from aws_lambda_powertools import Metrics, single_metric
    from aws_lambda_powertools.metrics import EphemeralMetrics, MetricUnitError
    from aws_lambda_powertools.metrics import exceptions as metrics_exceptions
    from aws_lambda_powertools.metrics.base import MetricManager, SingleMetric
    from aws_lambda_powertools.metrics.base import single_metric as legacy_single_metric
    from aws_lambda_powertools.metrics.metrics import Metrics as DeepMetrics
    from aws_lambda_powertools.metrics.provider import BaseProvider
    from aws_lambda_powertools.metrics.provider.cloudwatch_emf import cloudwatch, exceptions
    from aws_lambda_powertools.metrics.provider.cloudwatch_emf.cloudwatch import (
        AmazonCloudWatchEMFProvider,
    )
    from aws_lambda_powertools.metrics.provider.cloudwatch_emf.metric_properties import (
        MetricUnit as PropertiesUnit,
    )
    from aws_lambda_powertools.metrics.provider.cold_start import reset_cold_start_flag
    from aws_lambda_powertools.metrics.provider.datadog import DatadogMetrics, DatadogProvider

    assert Metrics is DeepMetrics
    assert single_metric is legacy_single_metric
    assert EphemeralMetrics is AmazonCloudWatchEMFProvider is cloudwatch.AmazonCloudWatchEMFProvider
    assert MetricUnitError is exceptions.MetricUnitError is metrics_exceptions.MetricUnitError
    assert PropertiesUnit is MetricUnit
    assert issubclass(SingleMetric, MetricManager)
    assert issubclass(AmazonCloudWatchEMFProvider, BaseProvider)
    assert issubclass(DatadogProvider, BaseProvider)
    assert callable(reset_cold_start_flag)
    assert DatadogMetrics.__name__ == "DatadogMetrics"


def test_metric_unit_members_and_values() -> None:
    """27 units; per-second units use CloudWatch's slash spelling; NoUnit is "None"."""
    values = {unit.name: unit.value for unit in MetricUnit}

    assert len(values) == 27
    assert values["BytesPerSecond"] == "Bytes/Second"
    assert values["TerabitsPerSecond"] == "Terabits/Second"
    assert values["CountPerSecond"] == "Count/Second"
    assert values["NoUnit"] == "None"
    assert [unit.name for unit in MetricUnit][:3] == ["Seconds", "Microseconds", "Milliseconds"]


def test_metric_resolution_members() -> None:
    """Standard is 60 seconds, High is 1 second."""
    assert [(r.name, r.value) for r in MetricResolution] == [("Standard", 60), ("High", 1)]


def test_limits_are_the_emf_limits() -> None:
    """29 dimensions, 100 metrics, names of 1 to 255 characters."""
    from aws_lambda_powertools.metrics.provider.cloudwatch_emf import constants

    assert (constants.MAX_DIMENSIONS, constants.MAX_METRICS) == (29, 100)
    assert (constants.MIN_METRIC_NAME_LENGTH, constants.MAX_METRIC_NAME_LENGTH) == (1, 255)


def test_every_metrics_error_shares_one_base() -> None:
    """``MetricsError`` catches them all, and it is a ``PowertoolsError``."""
    from aws_lambda_powertools.exceptions import PowertoolsError
    from aws_lambda_powertools.metrics import exceptions

    for name in exceptions.__all__:
        assert issubclass(getattr(exceptions, name), exceptions.MetricsError)
    assert issubclass(exceptions.MetricsError, PowertoolsError)


def test_datadog_warning_keeps_its_message() -> None:
    """The warning class stores ``.message`` like the toolkit's other warnings."""
    from aws_lambda_powertools.metrics.provider.datadog.warnings import (
        DatadogDataValidationWarning,
    )

    warning = DatadogDataValidationWarning("bad tag")

    assert (warning.message, str(warning)) == ("bad tag", "bad tag")
    assert issubclass(DatadogDataValidationWarning, Warning)


@pytest.mark.parametrize(
    "unwanted",
    ["aws_lambda_powertools.metrics.provider.datadog", "numbers", "datetime", "decimal", "boto3"],
)
def test_importing_metrics_stays_lean(unwanted: str) -> None:
    """A fresh ``from aws_lambda_powertools import Metrics`` loads no heavy or unused module."""
    code = (
        "import sys, json\n"
        "from aws_lambda_powertools import Metrics\n"
        "Metrics(namespace='Bench', service='bench')\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )

    loaded = json.loads(result.stdout)
    assert unwanted not in loaded
