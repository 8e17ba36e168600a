"""Units and storage resolutions that CloudWatch accepts for a metric."""

from __future__ import annotations

from enum import Enum


class MetricUnit(Enum):
    """A CloudWatch metric unit; ``add_metric`` also takes the member's name or value as a string.

    Example:
        >>> metrics.add_metric(name="Latency", unit=MetricUnit.Milliseconds, value=12)
    """

    Seconds = "Seconds"
    Microseconds = "Microseconds"
    Milliseconds = "Milliseconds"
    Bytes = "Bytes"
    Kilobytes = "Kilobytes"
    Megabytes = "Megabytes"
    Gigabytes = "Gigabytes"
    Terabytes = "Terabytes"
    Bits = "Bits"
    Kilobits = "Kilobits"
    Megabits = "Megabits"
    Gigabits = "Gigabits"
    Terabits = "Terabits"
    Percent = "Percent"
    Count = "Count"
    BytesPerSecond = "Bytes/Second"
    KilobytesPerSecond = "Kilobytes/Second"
    MegabytesPerSecond = "Megabytes/Second"
    GigabytesPerSecond = "Gigabytes/Second"
    TerabytesPerSecond = "Terabytes/Second"
    BitsPerSecond = "Bits/Second"
    KilobitsPerSecond = "Kilobits/Second"
    MegabitsPerSecond = "Megabits/Second"
    GigabitsPerSecond = "Gigabits/Second"
    TerabitsPerSecond = "Terabits/Second"
    CountPerSecond = "Count/Second"
    NoUnit = "None"


class MetricResolution(Enum):
    """How finely CloudWatch stores a metric: every 60 seconds (standard) or every second (high).

    ``add_metric`` also takes the integers 60 and 1.
    """

    Standard = 60
    High = 1
