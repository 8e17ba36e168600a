"""The Metrics utility's own cold-start flag, shared by every metrics provider.

Logger and Tracer keep separate flags, so reading this one never consumes theirs.
"""

from __future__ import annotations

from aws_lambda_powertools.shared.cold_start import ColdStart

cold_start = ColdStart()
"""Process-wide flag: :meth:`ColdStart.take` is ``True`` for the first invocation only."""


def reset_cold_start_flag() -> None:
    """Make the next decorated invocation count as a cold start again (for tests)."""
    cold_start.reset()


def __getattr__(name: str) -> object:
    # ``is_cold_start`` is read live from the flag rather than copied at import time.
    if name == "is_cold_start":
        return cold_start.is_cold
    message = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(message)


__all__ = ["cold_start", "reset_cold_start_flag"]
