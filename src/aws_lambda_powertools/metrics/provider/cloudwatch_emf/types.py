"""Typed shapes of the EMF document that ``serialize_metric_set`` returns."""

from __future__ import annotations

import sys
from typing import TypedDict

if sys.version_info >= (3, 11):
    from typing import NotRequired
else:  # pragma: no cover - exercised on Python 3.10 only
    from typing_extensions import NotRequired


class CloudWatchEMFMetric(TypedDict):
    """One metric definition: its name, unit and, for high resolution only, its resolution."""

    Name: str
    Unit: str
    StorageResolution: NotRequired[int]


class CloudWatchEMFMetrics(TypedDict):
    """The metric directive: namespace, dimension sets and metric definitions."""

    Namespace: str
    Dimensions: list[list[str]]
    Metrics: list[CloudWatchEMFMetric]


class CloudWatchEMFRoot(TypedDict):
    """The ``_aws`` metadata object: timestamp in epoch milliseconds and the directives."""

    Timestamp: int
    CloudWatchMetrics: list[CloudWatchEMFMetrics]


class CloudWatchEMFOutput(TypedDict):
    """A whole EMF document; dimension values, metadata and metric values sit beside ``_aws``."""

    _aws: CloudWatchEMFRoot


__all__ = [
    "CloudWatchEMFMetric",
    "CloudWatchEMFMetrics",
    "CloudWatchEMFOutput",
    "CloudWatchEMFRoot",
]
