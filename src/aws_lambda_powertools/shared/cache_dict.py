"""A bounded dict that evicts the least recently used entry."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class LRUDict(OrderedDict[K, V]):
    """A dict holding at most ``max_items`` entries; reads and writes refresh an entry.

    Args:
        max_items: capacity; must be at least 1.

    Raises:
        ValueError: ``max_items`` is below 1.
    """

    def __init__(self, max_items: int = 1024, *args: Any, **kwargs: Any) -> None:
        if max_items < 1:
            message = f"LRUDict max_items must be at least 1, got {max_items!r}"
            raise ValueError(message)
        self.max_items = max_items
        super().__init__(*args, **kwargs)

    def __getitem__(self, key: K) -> V:
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value

    def __setitem__(self, key: K, value: V) -> None:
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.max_items:
            del self[next(iter(self))]

    def get(self, key: K, default: Any = None) -> Any:
        """Return the value for ``key`` (refreshing it) or ``default``."""
        if key in self:
            return self[key]
        return default
