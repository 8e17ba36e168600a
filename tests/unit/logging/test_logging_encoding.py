"""Value encoding: identical to json.dumps where json succeeds, printable where it fails."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aws_lambda_powertools.logging._encoding import ValueEncoder, make_printable


def _dumps(value: Any) -> str:
    return json.dumps(value, default=str, ensure_ascii=False, separators=(",", ":"))


@pytest.mark.parametrize(
    "value",
    [1, -5, 10**30, True, False, 0.1, -0.0, 1e300, float("nan"), float("inf"), float("-inf"),
     "é\"\n", None, [1, "a"], {"a": {"b": [None]}}, {1: "int key", None: "none key"}, b"x", {3}],
)  # fmt: skip
def test_matches_json_dumps(value):
    """Scalars and containers encode exactly as json.dumps with default=str."""
    assert ValueEncoder(str).encode(value) == _dumps(value)


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
        lambda children: (
            st.lists(children, max_size=3) | st.dictionaries(st.text(), children, max_size=3)
        ),
        max_leaves=10,
    )
)
def test_matches_json_dumps_for_any_json_value(value):
    """Property: for every JSON-compatible value the text is identical to json.dumps."""
    assert ValueEncoder(str).encode(value) == _dumps(value)


def test_encoder_recovers_after_a_circular_value():
    """After a failed encode the encoder keeps working on shared sub-objects."""
    encoder = ValueEncoder(str)
    shared = {"k": 1}
    loop: list[Any] = [shared]
    loop.append(loop)

    assert encoder.encode(loop) == '[{"k":1},"<circular reference>"]'
    assert encoder.encode([shared, shared]) == '[{"k":1},{"k":1}]'


def test_default_that_raises_falls_back_to_str():
    """A json_default that raises does not lose the value."""

    def default(value: Any) -> Any:
        raise TypeError("nope")

    assert ValueEncoder(default).encode({"a": {1, 2}}) == '{"a":"{1, 2}"}'


def test_default_returning_objects_again_is_bounded():
    """A json_default that returns another unknown object ends as text, not recursion."""

    class Box:
        def __init__(self, inner: Any) -> None:
            self.inner = inner

        def __str__(self) -> str:
            return "Box"

    assert make_printable(Box(1), default=Box) == "Box"


def test_deeply_nested_value_becomes_text():
    """Nesting deeper than the recursion limit is written as text, not an error."""
    deep: Any = []
    for _ in range(100_000):
        deep = [deep]

    encoded = ValueEncoder(str).encode(deep)

    assert encoded.startswith('"')
    assert encoded.endswith('"')
