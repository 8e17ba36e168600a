"""Base64 helpers in aws_lambda_powertools.utilities.serialization."""

from __future__ import annotations

import base64
import decimal
import functools
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aws_lambda_powertools.shared.json_encoder import Encoder
from aws_lambda_powertools.utilities.serialization import (
    base64_decode,
    base64_encode,
    base64_from_json,
    base64_from_str,
)

EXPECTED_ALPHABET = "standard base64 text (A-Z, a-z, 0-9, '+', '/', padded with '=')"


@pytest.mark.parametrize(
    ("text", "encoded"),
    [("hello", "aGVsbG8="), ("héllo", "aMOpbGxv"), ("", ""), ("🦆", "8J+mhg==")],
)
def test_base64_encode_encodes_utf8_text(text: str, encoded: str) -> None:
    assert base64_encode(text) == encoded


@pytest.mark.parametrize(
    ("encoded", "text"),
    [("aGVsbG8=", "hello"), ("aMOpbGxv", "héllo"), ("", ""), ("8J+mhg==", "🦆")],
)
def test_base64_decode_decodes_to_utf8_text(encoded: str, text: str) -> None:
    assert base64_decode(encoded) == text


def test_base64_decode_ignores_line_breaks_and_spaces() -> None:
    wrapped = "eyJvcmRlcl9pZCI6ICJvcmQt\nMTAwMSIsICJxdHkiOiAy\r\n fQ==\n"

    assert base64_decode(wrapped) == '{"order_id": "ord-1001", "qty": 2}'


def test_base64_from_str_matches_base64_encode() -> None:
    assert base64_from_str("héllo") == base64_encode("héllo") == "aMOpbGxv"


def test_base64_from_json_serializes_with_json_dumps_by_default() -> None:
    assert base64_from_json({"id": 1}) == "eyJpZCI6IDF9"
    assert base64_decode(base64_from_json([1, "a", None])) == '[1, "a", null]'


def test_base64_from_json_uses_the_given_serializer() -> None:
    serializer = functools.partial(json.dumps, cls=Encoder, separators=(",", ":"))

    encoded = base64_from_json({"price": decimal.Decimal("9.99")}, json_serializer=serializer)

    assert base64_decode(encoded) == '{"price":"9.99"}'


def test_base64_from_json_unserializable_value_raises_type_error() -> None:
    with pytest.raises(TypeError, match="Decimal is not JSON serializable"):
        base64_from_json({"price": decimal.Decimal("9.99")})


@pytest.mark.parametrize("value", ["not base64!", "a-b_c", "SGVsbG8=\x00"])
def test_base64_decode_invalid_characters_raise_value_error_naming_value(value: str) -> None:
    with pytest.raises(ValueError) as excinfo:
        base64_decode(value)

    assert str(excinfo.value).startswith(
        f"base64_decode() expects {EXPECTED_ALPHABET}, got {value!r}: "
    )


@pytest.mark.parametrize("value", ["abc", "aGVsbG8", "a"])
def test_base64_decode_bad_padding_raises_value_error_naming_value(value: str) -> None:
    with pytest.raises(ValueError) as excinfo:
        base64_decode(value)

    assert str(excinfo.value).startswith(
        f"base64_decode() expects {EXPECTED_ALPHABET}, got {value!r}: "
    )
    assert isinstance(excinfo.value.__cause__, ValueError)


def test_base64_decode_of_binary_data_raises_value_error_saying_it_is_not_text() -> None:
    value = base64.b64encode(b"\xff\xd8\xff\xe0 jpeg").decode()

    with pytest.raises(ValueError) as excinfo:
        base64_decode(value)

    assert str(excinfo.value).startswith(
        f"base64_decode() decoded {value!r} but the result is not UTF-8 text ("
    )
    assert str(excinfo.value).endswith("decode binary payloads with base64.b64decode instead")


def test_base64_decode_shortens_long_bad_values_in_the_message() -> None:
    value = "*" * 300

    with pytest.raises(ValueError) as excinfo:
        base64_decode(value)

    assert f"got '{'*' * 80}...'" in str(excinfo.value)


@pytest.mark.parametrize(
    ("function", "name"),
    [
        (base64_encode, "base64_encode"),
        (base64_decode, "base64_decode"),
        (base64_from_str, "base64_from_str"),
    ],
)
@pytest.mark.parametrize("value", [b"hello", 42, None])
def test_non_string_input_raises_type_error_naming_function_and_type(
    function: Any, name: str, value: Any
) -> None:
    with pytest.raises(TypeError) as excinfo:
        function(value)

    assert str(excinfo.value) == f"{name}() expects a str, got {type(value).__name__} {value!r}"


def test_base64_from_json_serializer_returning_bytes_raises_type_error() -> None:
    with pytest.raises(TypeError, match="base64_from_str\\(\\) expects a str, got bytes"):
        base64_from_json({"a": 1}, json_serializer=lambda data: json.dumps(data).encode())


@given(st.text())
def test_any_text_round_trips_through_encode_and_decode(text: str) -> None:
    assert base64_decode(base64_encode(text)) == text


@given(st.text())
def test_encoding_matches_the_standard_library(text: str) -> None:
    assert base64_encode(text) == base64.b64encode(text.encode("utf-8")).decode("ascii")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(), children, max_size=5)
    ),
    max_leaves=20,
)


@given(json_values)
def test_any_json_value_round_trips_through_base64_from_json(value: Any) -> None:
    assert json.loads(base64_decode(base64_from_json(value))) == value


def test_base64_decode_non_ascii_text_raises_value_error_naming_value() -> None:
    with pytest.raises(ValueError) as excinfo:
        base64_decode("aGVsbG8=é")

    assert str(excinfo.value).startswith(f"base64_decode() expects {EXPECTED_ALPHABET}, got ")
    assert "'aGVsbG8=é'" in str(excinfo.value)


@pytest.mark.parametrize("value", ["YQ==YQ==", "=YQ=="])
def test_base64_decode_rejects_data_around_padding(value: str) -> None:
    with pytest.raises(ValueError, match=f"got {value!r}"):
        base64_decode(value)
