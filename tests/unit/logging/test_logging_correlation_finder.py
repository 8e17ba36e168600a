"""The correlation-id finder: dotted paths by dict lookups, other expressions via JMESPath."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aws_lambda_powertools.logging import correlation_paths
from aws_lambda_powertools.logging._lambda_context import _correlation_id_finder
from aws_lambda_powertools.utilities.jmespath_utils import compile_expression, search

PATHS = [
    correlation_paths.API_GATEWAY_REST,
    correlation_paths.APPSYNC_RESOLVER,
    correlation_paths.APPLICATION_LOAD_BALANCER,
    correlation_paths.EVENT_BRIDGE,
    correlation_paths.S3_OBJECT_LAMBDA,
    "a.b.c",
]

leaf = st.none() | st.integers() | st.text(max_size=3) | st.lists(st.integers(), max_size=2)
events = st.recursive(
    leaf,
    lambda children: st.dictionaries(
        st.sampled_from(
            ["requestContext", "requestId", "request", "headers", "x-amzn-trace-id", "id",
             "xAmzRequestId", "a", "b", "c"]
        ),
        children,
        max_size=4,
    ),
    max_leaves=10,
)  # fmt: skip


@pytest.mark.parametrize("path", PATHS)
@given(event=events)
def test_field_paths_agree_with_jmespath(path, event):
    """For any event shape the fast lookup returns what JMESPath returns."""
    finder = _correlation_id_finder(path)
    assert finder is not None
    assert finder(event) == search(compile_expression(path), event)


def test_non_field_expressions_use_jmespath():
    """Functions, indexes and filters are evaluated by JMESPath."""
    finder = _correlation_id_finder("items[0].id")
    event: dict[str, Any] = {"items": [{"id": "first"}]}

    assert finder is not None
    assert finder(event) == "first"


def test_no_path_means_no_finder():
    """Without an expression there is nothing to evaluate."""
    assert _correlation_id_finder(None) is None
