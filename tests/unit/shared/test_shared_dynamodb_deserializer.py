"""The boto3-free DynamoDB TypeDeserializer."""

from __future__ import annotations

import base64
import decimal
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aws_lambda_powertools.shared.dynamodb_deserializer import DYNAMODB_CONTEXT, TypeDeserializer


@pytest.fixture
def deserializer() -> TypeDeserializer:
    return TypeDeserializer()


@pytest.mark.parametrize(
    ("attribute", "expected"),
    [
        ({"NULL": True}, None),
        ({"BOOL": True}, True),
        ({"BOOL": False}, False),
        ({"S": "héllo"}, "héllo"),
        ({"S": ""}, ""),
        ({"N": "42"}, Decimal("42")),
        ({"N": "-3.14"}, Decimal("-3.14")),
        ({"B": base64.b64encode(b"\x00\xffbin").decode()}, b"\x00\xffbin"),
        ({"B": b"raw-bytes"}, b"raw-bytes"),
        ({"SS": ["a", "b", "a"]}, {"a", "b"}),
        ({"NS": ["1", "2.5"]}, {Decimal("1"), Decimal("2.5")}),
        ({"BS": [base64.b64encode(b"x").decode(), b"y"]}, {b"x", b"y"}),
        ({"L": [{"S": "a"}, {"N": "1"}, {"NULL": True}]}, ["a", Decimal("1"), None]),
        ({"L": []}, []),
        ({"M": {"name": {"S": "Ana"}, "age": {"N": "30"}}}, {"name": "Ana", "age": Decimal("30")}),
        ({"M": {}}, {}),
    ],
    ids=lambda v: repr(v)[:40],
)
def test_every_type_code_deserializes_to_its_python_value(
    deserializer: TypeDeserializer, attribute: dict[str, Any], expected: Any
) -> None:
    result = deserializer.deserialize(attribute)

    assert result == expected
    assert type(result) is type(expected)


def test_nested_stream_image_deserializes_recursively(deserializer: TypeDeserializer) -> None:
    image = {
        "M": {
            "pk": {"S": "order#1"},
            "lines": {
                "L": [
                    {"M": {"sku": {"S": "A"}, "qty": {"N": "2"}, "tags": {"SS": ["new"]}}},
                ]
            },
            "paid": {"BOOL": True},
            "note": {"NULL": True},
        }
    }

    assert deserializer.deserialize(image) == {
        "pk": "order#1",
        "lines": [{"sku": "A", "qty": Decimal("2"), "tags": {"new"}}],
        "paid": True,
        "note": None,
    }


def test_numbers_keep_their_exact_digits_and_exponent(deserializer: TypeDeserializer) -> None:
    result = deserializer.deserialize({"N": "1.50"})

    assert str(result) == "1.50"
    assert result.as_tuple() == Decimal("1.50").as_tuple()


def test_numbers_keep_38_significant_digits(deserializer: TypeDeserializer) -> None:
    digits = "1234567890123456789012345678901234567.8"

    assert str(deserializer.deserialize({"N": digits})) == digits


def test_numbers_with_more_than_38_digits_raise_inexact_naming_the_value(
    deserializer: TypeDeserializer,
) -> None:
    digits = "1" * 39

    with pytest.raises(decimal.Inexact, match=f"DynamoDB number '{digits}'"):
        deserializer.deserialize({"N": digits})


def test_number_too_large_for_dynamodb_raises_overflow_naming_the_value(
    deserializer: TypeDeserializer,
) -> None:
    with pytest.raises(decimal.Overflow, match=r"DynamoDB number '1E\+200'"):
        deserializer.deserialize({"N": "1E+200"})


def test_number_too_small_for_dynamodb_raises_underflow_naming_the_value(
    deserializer: TypeDeserializer,
) -> None:
    with pytest.raises(decimal.Underflow, match="DynamoDB number '1E-200'"):
        deserializer.deserialize({"N": "1E-200"})


@pytest.mark.parametrize("text", ["abc", "1,5", "", "12abc"])
def test_number_that_is_not_numeric_raises_invalid_operation_naming_the_value(
    deserializer: TypeDeserializer, text: str
) -> None:
    with pytest.raises(decimal.InvalidOperation) as excinfo:
        deserializer.deserialize({"N": text})

    assert str(excinfo.value) == (
        f"DynamoDB number {text!r} is not a number DynamoDB can store "
        "(up to 38 significant digits, exponent -130..125): InvalidOperation"
    )


def test_bad_number_inside_a_number_set_raises(deserializer: TypeDeserializer) -> None:
    with pytest.raises(decimal.InvalidOperation, match="'x'"):
        deserializer.deserialize({"NS": ["1", "x"]})


@pytest.mark.parametrize("value", ["text", 1, None, ["S", "x"]])
def test_non_dict_attribute_raises_type_error_naming_the_value(
    deserializer: TypeDeserializer, value: Any
) -> None:
    with pytest.raises(TypeError) as excinfo:
        deserializer.deserialize(value)

    assert str(excinfo.value) == (
        "a DynamoDB attribute value must be a dict with exactly one type key "
        f"such as {{'S': 'text'}}, got {value!r}"
    )


@pytest.mark.parametrize("value", [{}, {"S": "a", "N": "1"}])
def test_attribute_without_exactly_one_type_key_raises_type_error(
    deserializer: TypeDeserializer, value: dict[str, Any]
) -> None:
    with pytest.raises(TypeError, match="exactly one type key"):
        deserializer.deserialize(value)


@pytest.mark.parametrize("type_code", ["X", "s", "Null", "deserialize", "n"])
def test_unknown_type_code_raises_type_error_listing_valid_codes(
    deserializer: TypeDeserializer, type_code: str
) -> None:
    value = {type_code: "1"}

    with pytest.raises(TypeError) as excinfo:
        deserializer.deserialize(value)

    assert str(excinfo.value) == (
        f"unknown DynamoDB type {type_code!r} in {value!r}; "
        "expected one of S, N, B, BOOL, NULL, M, L, SS, NS, BS"
    )


def test_unknown_type_code_nested_in_a_map_raises_type_error(
    deserializer: TypeDeserializer,
) -> None:
    with pytest.raises(TypeError, match="unknown DynamoDB type 'Z'"):
        deserializer.deserialize({"M": {"field": {"Z": "1"}}})


def test_binary_that_is_not_base64_raises_value_error(deserializer: TypeDeserializer) -> None:
    with pytest.raises(ValueError, match="padding"):
        deserializer.deserialize({"B": "abc"})


def test_dynamodb_context_matches_the_documented_number_limits() -> None:
    assert DYNAMODB_CONTEXT.prec == 38
    assert DYNAMODB_CONTEXT.Emax == 126
    assert DYNAMODB_CONTEXT.Emin == -128


@given(
    st.decimals(allow_nan=False, allow_infinity=False, places=None).filter(
        lambda d: len(d.as_tuple().digits) <= 38 and -100 < d.adjusted() < 100
    )
)
def test_any_storable_number_string_deserializes_to_the_same_decimal(value: Decimal) -> None:
    assert TypeDeserializer().deserialize({"N": str(value)}).as_tuple() == value.as_tuple()


@given(st.text())
def test_any_string_deserializes_unchanged(value: str) -> None:
    assert TypeDeserializer().deserialize({"S": value}) == value


@given(st.binary())
def test_any_base64_binary_deserializes_to_its_bytes(value: bytes) -> None:
    assert TypeDeserializer().deserialize({"B": base64.b64encode(value).decode()}) == value
