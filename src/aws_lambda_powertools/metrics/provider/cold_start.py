"""The Metrics utility's own cold-start flag, shared by every metrics provider.

Logger and Tracer keep separate flags, so reading this one never consumes theirs. The
module attribute ``is_cold_start`` reads the flag live, and assigning it (a common way to
reset the flag in test suites) sets the flag.
"""

from __future__ import annotations

import sys
import types

from aws_lambda_powertools.shared.cold_start import ColdStart

cold_start = ColdStart()
"""Process-wide flag: :meth:`ColdStart.take` is ``True`` for the first invocation only."""


def reset_cold_start_flag() -> None:
    """Make the next decorated invocation count as a cold start again (for tests)."""
    cold_start.reset()


class _ColdStartModule(types.ModuleType):
    # Module attributes cannot be properties, but a module's class can carry them.

    @property
    def is_cold_start(self) -> bool:
        """Whether the next decorated invocation counts as a cold start."""
        return cold_start.is_cold

    @is_cold_start.setter
    def is_cold_start(self, value: bool) -> None:
        if value:
            cold_start.reset()
        else:
            cold_start.take()


sys.modules[__name__].__class__ = _ColdStartModule

__all__ = ["cold_start", "reset_cold_start_flag"]
