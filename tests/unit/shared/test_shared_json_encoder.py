"""The JSON Encoder: Decimals, dataclasses and pydantic models besides the standard types."""

from __future__ import annotations

import dataclasses
import decimal
import json
from datetime import datetime
from typing import Any

import pydantic
import pytest
from hypothesis import given
from hypothesis import strategies as st

from aws_lambda_powertools.shared.json_encoder import Encoder


def dumps(value: Any) -> str:
    return json.dumps(value, cls=Encoder, separators=(",", ":"))


@dataclasses.dataclass
class LineItem:
    sku: str
    price: decimal.Decimal


@dataclasses.dataclass
class Order:
    order_id: int
    items: list[LineItem]


class Customer(pydantic.BaseModel):
    name: str
    vip: bool = False


class Basket(pydantic.BaseModel):
    owner: Customer
    total: decimal.Decimal


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (decimal.Decimal("1.50"), '"1.50"'),
        (decimal.Decimal("-0"), '"-0"'),
        (decimal.Decimal("1E+3"), '"1E+3"'),
        (decimal.Decimal("Infinity"), '"Infinity"'),
        (decimal.Decimal("12345678901234567890.123456789"), '"12345678901234567890.123456789"'),
    ],
)
def test_decimal_encodes_as_its_exact_string_form(value: decimal.Decimal, expected: str) -> None:
    assert dumps(value) == expected


@pytest.mark.parametrize("nan", [decimal.Decimal(v) for v in ("NaN", "-NaN", "NaN123", "sNaN")])
def test_nan_decimal_encodes_as_json_nan(nan: decimal.Decimal) -> None:
    assert dumps({"v": nan}) == '{"v":NaN}'


def test_dataclass_encodes_as_dict_with_nested_values_encoded() -> None:
    order = Order(order_id=7, items=[LineItem("A-1", decimal.Decimal("9.99"))])

    assert dumps(order) == '{"order_id":7,"items":[{"sku":"A-1","price":"9.99"}]}'


def test_pydantic_model_encodes_as_its_model_dump() -> None:
    basket = Basket(owner=Customer(name="Ana"), total=decimal.Decimal("10.00"))

    assert dumps(basket) == '{"owner":{"name":"Ana","vip":false},"total":"10.00"}'


def test_values_nested_in_standard_containers_are_encoded() -> None:
    payload = {"customer": Customer(name="Bo", vip=True), "amounts": [decimal.Decimal("2.5")]}

    assert dumps(payload) == '{"customer":{"name":"Bo","vip":true},"amounts":["2.5"]}'


@pytest.mark.parametrize("unsupported", [datetime(2024, 1, 1), {1, 2}, object(), b"bytes"])
def test_unsupported_value_raises_type_error_naming_its_type(unsupported: Any) -> None:
    with pytest.raises(TypeError, match=type(unsupported).__name__):
        dumps(unsupported)


@pytest.mark.parametrize("cls", [LineItem, Customer])
def test_dataclass_and_model_classes_themselves_are_not_encoded(cls: type) -> None:
    with pytest.raises(TypeError, match="is not JSON serializable"):
        dumps(cls)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(), children, max_size=5)
    ),
    max_leaves=20,
)


@given(json_values)
def test_any_json_compatible_value_round_trips_unchanged(value: Any) -> None:
    assert json.loads(json.dumps(value, cls=Encoder)) == value


@given(json_values)
def test_encoder_output_matches_the_standard_encoder_for_plain_json(value: Any) -> None:
    assert json.dumps(value, cls=Encoder) == json.dumps(value)


finite_decimals = st.decimals(allow_nan=False, allow_infinity=False)


@given(finite_decimals)
def test_any_finite_decimal_round_trips_exactly_through_its_string(value: decimal.Decimal) -> None:
    decoded = json.loads(json.dumps(value, cls=Encoder))

    assert decoded == str(value)
    assert decimal.Decimal(decoded) == value
    assert decimal.Decimal(decoded).as_tuple() == value.as_tuple()


@given(st.text(), finite_decimals)
def test_any_dataclass_round_trips_as_its_fields(sku: str, price: decimal.Decimal) -> None:
    decoded = json.loads(json.dumps(LineItem(sku, price), cls=Encoder))

    assert decoded == {"sku": sku, "price": str(price)}


@given(st.text(), st.booleans(), json_values)
def test_any_pydantic_model_round_trips_as_its_model_dump(name: str, vip: bool, extra: Any) -> None:
    payload = {"customer": Customer(name=name, vip=vip), "extra": extra}

    decoded = json.loads(json.dumps(payload, cls=Encoder))

    assert decoded == {"customer": {"name": name, "vip": vip}, "extra": extra}
