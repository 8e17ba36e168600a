"""LRUDict keeps at most max_items entries and evicts the least recently used one."""

from __future__ import annotations

import pytest

from aws_lambda_powertools.shared.cache_dict import LRUDict


def test_default_capacity_is_1024() -> None:
    cache: LRUDict[int, int] = LRUDict()

    for i in range(1030):
        cache[i] = i

    assert cache.max_items == 1024
    assert len(cache) == 1024
    assert list(cache)[:2] == [6, 7]


def test_inserting_beyond_capacity_evicts_the_oldest_entry() -> None:
    cache: LRUDict[str, int] = LRUDict(max_items=2)

    cache["a"] = 1
    cache["b"] = 2
    cache["c"] = 3

    assert dict(cache) == {"b": 2, "c": 3}


def test_reading_an_entry_protects_it_from_eviction() -> None:
    cache: LRUDict[str, int] = LRUDict(max_items=2)
    cache["a"] = 1
    cache["b"] = 2

    assert cache["a"] == 1
    cache["c"] = 3

    assert list(cache) == ["a", "c"]


def test_get_refreshes_a_present_entry() -> None:
    cache: LRUDict[str, int] = LRUDict(max_items=2)
    cache["a"] = 1
    cache["b"] = 2

    assert cache.get("a") == 1
    cache["c"] = 3

    assert "a" in cache
    assert "b" not in cache


def test_get_returns_default_for_missing_key_without_inserting() -> None:
    cache: LRUDict[str, int] = LRUDict(max_items=2)

    assert cache.get("missing") is None
    assert cache.get("missing", 5) == 5
    assert len(cache) == 0


def test_overwriting_an_entry_refreshes_it_and_keeps_size() -> None:
    cache: LRUDict[str, int] = LRUDict(max_items=2)
    cache["a"] = 1
    cache["b"] = 2

    cache["a"] = 10
    cache["c"] = 3

    assert dict(cache) == {"a": 10, "c": 3}


def test_missing_key_raises_key_error() -> None:
    cache: LRUDict[str, int] = LRUDict(max_items=2)

    with pytest.raises(KeyError, match="absent"):
        cache["absent"]


def test_initial_items_respect_capacity() -> None:
    cache: LRUDict[str, int] = LRUDict(2, [("a", 1), ("b", 2), ("c", 3)])

    assert dict(cache) == {"b": 2, "c": 3}


@pytest.mark.parametrize("max_items", [0, -1])
def test_capacity_below_one_raises_value_error_naming_the_value(max_items: int) -> None:
    with pytest.raises(ValueError) as excinfo:
        LRUDict(max_items=max_items)

    assert str(excinfo.value) == f"LRUDict max_items must be at least 1, got {max_items}"
