"""A custom provider built on ``BaseProvider`` gets the shared ``log_metrics`` behaviour."""

from __future__ import annotations

from typing import Any

import pytest

from aws_lambda_powertools import Metrics
from aws_lambda_powertools.metrics.provider import BaseProvider


class ListProvider(BaseProvider):
    """Keeps metrics in a list and 'publishes' them to another list."""

    def __init__(self) -> None:
        self.recorded: list[tuple[str, float]] = []
        self.published: list[list[tuple[str, float]]] = []
        self.flush_options: list[bool] = []

    def add_metric(self, name: str, value: float) -> None:
        self.recorded.append((name, value))

    def serialize_metric_set(self) -> list[tuple[str, float]]:
        return list(self.recorded)

    def flush_metrics(self, raise_on_empty_metrics: bool = False) -> None:
        self.flush_options.append(raise_on_empty_metrics)
        self.published.append(self.serialize_metric_set())
        self.clear_metrics()

    def clear_metrics(self) -> None:
        self.recorded.clear()

    def add_cold_start_metric(self, context: Any) -> None:
        self.add_metric("ColdStart", 1)


def test_bare_decorator_flushes_through_the_provider(lambda_context: Any) -> None:
    """The base decorator calls the provider's ``flush_metrics`` after the handler."""
    provider = ListProvider()

    @provider.log_metrics
    def handler(event: dict[str, Any], context: Any) -> str:
        provider.add_metric("orders", 2)
        return "ok"

    assert handler({}, lambda_context) == "ok"
    assert provider.published == [[("orders", 2)]]
    assert provider.flush_options == [False]


def test_decorator_arguments_reach_the_provider(lambda_context: Any) -> None:
    """Cold start once, empty-metrics policy forwarded, flush in ``finally``."""
    provider = ListProvider()

    @provider.log_metrics(capture_cold_start_metric=True, raise_on_empty_metrics=True)
    def handler(event: dict[str, Any], context: Any) -> None:
        if event.get("fail"):
            raise ValueError("bad event")
        provider.add_metric("orders", 1)

    handler({}, lambda_context)
    with pytest.raises(ValueError, match="bad event"):
        handler({"fail": True}, lambda_context)
    handler({}, lambda_context)

    assert provider.published == [[("orders", 1), ("ColdStart", 1)], [], [("orders", 1)]]
    assert provider.flush_options == [True, True, True]


def test_abstract_methods_must_be_implemented() -> None:
    """A provider missing the contract cannot be instantiated."""

    class Incomplete(BaseProvider):
        def add_metric(self, *args: Any, **kwargs: Any) -> None: ...

    with pytest.raises(TypeError, match="abstract"):
        Incomplete()  # type: ignore[abstract]


def test_metrics_accepts_an_emf_provider_subclass(lambda_context: Any, documents: Any) -> None:
    """An EMF provider subclass plugged into ``Metrics`` keeps the EMF output."""
    from aws_lambda_powertools.metrics.provider.cloudwatch_emf import AmazonCloudWatchEMFProvider

    class TaggingProvider(AmazonCloudWatchEMFProvider):
        def flush_metrics(self, raise_on_empty_metrics: bool = False) -> None:
            self.add_metadata(key="provider", value="tagging")
            super().flush_metrics(raise_on_empty_metrics)

    metrics = Metrics(provider=TaggingProvider(namespace="Custom"))

    @metrics.log_metrics
    def handler(event: dict[str, Any], context: Any) -> None:
        metrics.add_metric(name="Orders", unit="Count", value=1)

    handler({}, lambda_context)

    (document,) = documents()
    assert (document["provider"], document["Orders"]) == ("tagging", [1.0])
