"""How the OpenTelemetry provider turns annotations and metadata into span attributes."""

from __future__ import annotations

import dataclasses
import json
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from aws_lambda_powertools.tracing.provider.otel_tracer import (
    annotation_value,
    encode_metadata,
    metadata_attribute_name,
)

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: st.lists(children) | st.dictionaries(st.text(), children),
    max_leaves=20,
)


@given(json_values)
def test_metadata_round_trips_through_json(value):
    """Any JSON value is encoded so that decoding it gives the value back."""
    assert json.loads(encode_metadata(value)) == value


def test_metadata_encodes_exceptions_decimals_dataclasses_and_unknown_objects():
    """Non-JSON values get readable stand-ins instead of failing the traced call."""

    @dataclasses.dataclass
    class Order:
        order_id: str
        total: Decimal

    encoded = encode_metadata(
        {"error": KeyError("sku"), "order": Order("o-1", Decimal("1.50")), "other": object}
    )

    assert json.loads(encoded) == {
        "error": {"type": "KeyError", "message": "'sku'"},
        "order": {"order_id": "o-1", "total": "1.50"},
        "other": "<class 'object'>",
    }


def test_metadata_attribute_names_carry_the_namespace():
    """``metadata.<namespace>.<key>``, or ``metadata.<key>`` when there is no namespace."""
    assert metadata_attribute_name("handler response", "payment") == (
        "metadata.payment.handler response"
    )
    assert metadata_attribute_name("card", "") == "metadata.card"


def test_annotation_values_keep_attribute_types_and_convert_other_numbers():
    """Strings, booleans, ints and floats pass through; a Decimal becomes a float."""
    assert [annotation_value(v) for v in ("a", True, 3, 1.5)] == ["a", True, 3, 1.5]
    assert annotation_value(Decimal("2.25")) == 2.25
    assert type(annotation_value(Decimal("2.25"))) is float
