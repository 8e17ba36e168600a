"""Ready-made formatters for log aggregation services."""

from __future__ import annotations
