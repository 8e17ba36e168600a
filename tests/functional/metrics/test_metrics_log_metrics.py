"""``log_metrics``: flush in ``finally``, empty-metric policy, defaults and the cold start."""

from __future__ import annotations

from typing import Any

import pytest

from aws_lambda_powertools import Metrics
from aws_lambda_powertools.metrics import MetricUnit, SchemaValidationError
from aws_lambda_powertools.metrics.provider import cold_start as cold_start_module
from aws_lambda_powertools.metrics.provider.cold_start import reset_cold_start_flag
from aws_lambda_powertools.warnings import PowertoolsUserWarning


def directive(document: dict[str, Any]) -> dict[str, Any]:
    return document["_aws"]["CloudWatchMetrics"][0]


def without_aws(document: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in document.items() if key != "_aws"}


def test_bare_decorator_flushes_after_the_handler(lambda_context: Any, documents: Any) -> None:
    """The handler's result is returned and one document is printed."""
    metrics = Metrics(namespace="ServerlessAirline", service="payment")

    @metrics.log_metrics
    def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
        metrics.add_metric(name="SuccessfulBooking", unit=MetricUnit.Count, value=1)
        return {"statusCode": 200}

    assert handler({}, lambda_context) == {"statusCode": 200}
    (document,) = documents()
    assert without_aws(document) == {"service": "payment", "SuccessfulBooking": [1.0]}
    assert handler.__name__ == "handler"


def test_metrics_recorded_before_an_exception_are_still_flushed(
    lambda_context: Any, documents: Any
) -> None:
    """The flush runs in ``finally``."""
    metrics = Metrics(namespace="ServerlessAirline")

    @metrics.log_metrics
    def handler(event: dict[str, Any], context: Any) -> None:
        metrics.add_metric(name="Attempt", unit=MetricUnit.Count, value=1)
        raise RuntimeError("payment declined")

    with pytest.raises(RuntimeError, match="payment declined"):
        handler({}, lambda_context)

    (document,) = documents()
    assert document["Attempt"] == [1.0]


def test_empty_invocation_warns(lambda_context: Any, documents: Any) -> None:
    """No metric: a warning that mentions ``raise_on_empty_metrics``, nothing printed."""
    metrics = Metrics(namespace="ServerlessAirline")
    handler = metrics.log_metrics(lambda event, context: "done")

    with pytest.warns(PowertoolsUserWarning, match="No application metrics to publish"):
        assert handler({}, lambda_context) == "done"

    assert documents() == []


def test_empty_invocation_raises_when_asked(lambda_context: Any) -> None:
    """``raise_on_empty_metrics=True`` turns the warning into an error."""
    metrics = Metrics(namespace="ServerlessAirline")

    @metrics.log_metrics(raise_on_empty_metrics=True)
    def handler(event: dict[str, Any], context: Any) -> str:
        return "done"

    with pytest.raises(SchemaValidationError, match=r"^Must contain at least one metric\.$"):
        handler({}, lambda_context)


def test_default_dimensions_apply_to_every_invocation(lambda_context: Any, documents: Any) -> None:
    """Decorator defaults survive the clear after each flush."""
    metrics = Metrics(namespace="ServerlessAirline", service="payment")

    @metrics.log_metrics(default_dimensions={"environment": "prod"})
    def handler(event: dict[str, Any], context: Any) -> None:
        metrics.add_metric(name="Orders", unit=MetricUnit.Count, value=1)

    handler({}, lambda_context)
    handler({}, lambda_context)

    first, second = documents()
    assert directive(first)["Dimensions"] == [["environment", "service"]]
    assert without_aws(first) == without_aws(second)
    assert metrics.default_dimensions == {"environment": "prod"}


def test_extra_handler_arguments_are_passed_through(lambda_context: Any, documents: Any) -> None:
    """Positional and keyword extras reach the handler."""
    metrics = Metrics(namespace="ServerlessAirline")

    @metrics.log_metrics
    def handler(event: dict[str, Any], context: Any, tenant: str, *, region: str) -> str:
        metrics.add_metric(name="Orders", unit=MetricUnit.Count, value=1)
        return f"{tenant}/{region}"

    assert handler({}, lambda_context, "acme", region="eu") == "acme/eu"
    assert len(documents()) == 1


class TestColdStart:
    """``capture_cold_start_metric`` prints a separate ``ColdStart`` document once."""

    def test_first_invocation_prints_cold_start_document_first(
        self, lambda_context: Any, documents: Any
    ) -> None:
        """ColdStart precedes the application document and carries function and service."""
        metrics = Metrics(namespace="ServerlessAirline", service="payment")

        @metrics.log_metrics(capture_cold_start_metric=True)
        def handler(event: dict[str, Any], context: Any) -> None:
            metrics.add_metric(name="Orders", unit=MetricUnit.Count, value=1)

        handler({}, lambda_context)
        handler({}, lambda_context)

        cold, first, second = documents()
        assert directive(cold) == {
            "Namespace": "ServerlessAirline",
            "Dimensions": [["function_name", "service"]],
            "Metrics": [{"Name": "ColdStart", "Unit": "Count"}],
        }
        assert without_aws(cold) == {
            "function_name": "booking-handler",
            "service": "payment",
            "ColdStart": [1.0],
        }
        assert first["Orders"] == second["Orders"] == [1.0]

    def test_cold_start_alone_still_warns_about_empty_application_metrics(
        self, lambda_context: Any, documents: Any
    ) -> None:
        """The cold-start document is not an application metric."""
        metrics = Metrics(namespace="ServerlessAirline")
        handler = metrics.log_metrics(capture_cold_start_metric=True)(lambda e, c: None)

        with pytest.warns(PowertoolsUserWarning, match="No application metrics"):
            handler({}, lambda_context)

        (cold,) = documents()
        assert without_aws(cold) == {"function_name": "booking-handler", "ColdStart": [1.0]}

    @pytest.mark.parametrize(
        ("argument", "environment", "expected"),
        [
            ("from-argument", "from-env", "from-argument"),
            (None, "from-env", "from-env"),
            (None, None, "booking-handler"),
        ],
    )
    def test_function_name_precedence(
        self,
        argument: str | None,
        environment: str | None,
        expected: str,
        lambda_context: Any,
        monkeypatch: pytest.MonkeyPatch,
        documents: Any,
    ) -> None:
        """Constructor argument, then POWERTOOLS_METRICS_FUNCTION_NAME, then the context."""
        if environment is not None:
            monkeypatch.setenv("POWERTOOLS_METRICS_FUNCTION_NAME", environment)
        metrics = Metrics(namespace="ServerlessAirline", function_name=argument)

        @metrics.log_metrics(capture_cold_start_metric=True)
        def handler(event: dict[str, Any], context: Any) -> None:
            metrics.add_metric(name="Orders", unit=MetricUnit.Count, value=1)

        handler({}, lambda_context)

        cold, _ = documents()
        assert cold["function_name"] == expected

    def test_failed_first_invocation_leaves_the_next_one_cold(
        self, lambda_context: Any, documents: Any
    ) -> None:
        """The cold start is only emitted when the handler returns normally."""
        metrics = Metrics(namespace="ServerlessAirline")
        calls: list[int] = []

        @metrics.log_metrics(capture_cold_start_metric=True)
        def handler(event: dict[str, Any], context: Any) -> None:
            metrics.add_metric(name="Orders", unit=MetricUnit.Count, value=1)
            calls.append(1)
            if len(calls) == 1:
                raise RuntimeError("first call fails")

        with pytest.raises(RuntimeError):
            handler({}, lambda_context)
        handler({}, lambda_context)

        names = [next(iter(directive(d)["Metrics"]))["Name"] for d in documents()]
        assert names == ["Orders", "ColdStart", "Orders"]

    def test_provisioned_concurrency_is_never_cold(
        self, lambda_context: Any, monkeypatch: pytest.MonkeyPatch, documents: Any
    ) -> None:
        """Pre-initialised environments do not report a cold start."""
        monkeypatch.setenv("AWS_LAMBDA_INITIALIZATION_TYPE", "provisioned-concurrency")
        metrics = Metrics(namespace="ServerlessAirline")

        @metrics.log_metrics(capture_cold_start_metric=True)
        def handler(event: dict[str, Any], context: Any) -> None:
            metrics.add_metric(name="Orders", unit=MetricUnit.Count, value=1)

        handler({}, lambda_context)

        (document,) = documents()
        assert "ColdStart" not in document

    def test_durable_context_is_unwrapped(self, lambda_context: Any, documents: Any) -> None:
        """A durable-functions context yields the wrapped context's function name."""

        class DurableContext:
            state: dict[str, Any] = {}

            def __init__(self, inner: Any) -> None:
                self.lambda_context = inner

        metrics = Metrics(namespace="ServerlessAirline")

        @metrics.log_metrics(capture_cold_start_metric=True)
        def handler(event: dict[str, Any], context: Any) -> None:
            metrics.add_metric(name="Orders", unit=MetricUnit.Count, value=1)

        handler({}, DurableContext(lambda_context))

        cold, _ = documents()
        assert cold["function_name"] == "booking-handler"

    def test_reset_flag_makes_the_process_cold_again(self) -> None:
        """``reset_cold_start_flag`` is the documented test hook."""
        cold_start_module.cold_start.take()
        assert cold_start_module.is_cold_start is False  # type: ignore[attr-defined]

        reset_cold_start_flag()

        assert cold_start_module.is_cold_start is True  # type: ignore[attr-defined]
