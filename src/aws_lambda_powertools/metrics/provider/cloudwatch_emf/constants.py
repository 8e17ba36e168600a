"""Limits of the CloudWatch Embedded Metric Format that the provider enforces."""

from __future__ import annotations

MAX_DIMENSIONS = 29
"""Dimension keys per document; one slot of CloudWatch's 30 is kept for ``service``."""

MAX_METRICS = 100
"""Distinct metric names per document, and values per metric, before an automatic flush."""

MAX_METRIC_NAME_LENGTH = 255
MIN_METRIC_NAME_LENGTH = 1
