"""Typing helpers that cost nothing at import time.

Importing :mod:`typing` takes a few milliseconds of every cold start. Modules on the
cold-start path annotate lazily (``from __future__ import annotations``) and import typing
names only under ``TYPE_CHECKING``; the one decorator they need at run time is here.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import overload as overload
else:

    def overload(func):
        """Return ``func`` unchanged: only type checkers read ``@overload`` variants."""
        return func
