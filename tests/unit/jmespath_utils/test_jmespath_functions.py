"""query(), the powertools_* JMESPath functions, their errors and the deprecated alias."""

from __future__ import annotations

import base64
import gzip
import json
from collections import OrderedDict
from typing import Any

import jmespath
import pytest
from hypothesis import given
from hypothesis import strategies as st
from jmespath.functions import Functions, signature

from aws_lambda_powertools.exceptions import InvalidEnvelopeExpressionError, PowertoolsError
from aws_lambda_powertools.utilities.jmespath_utils import (
    PowertoolsFunctions,
    extract_data_from_envelope,
    query,
)
from aws_lambda_powertools.warnings import PowertoolsDeprecationWarning


def b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def b64_gzip(text: str) -> str:
    return base64.b64encode(gzip.compress(text.encode("utf-8"))).decode("ascii")


# --- the functions ---------------------------------------------------------------------


def test_powertools_json_parses_a_json_string_field() -> None:
    assert query({"body": '{"id": 1, "tags": ["a"]}'}, "powertools_json(body).tags[0]") == "a"


def test_powertools_base64_decodes_to_utf8_text() -> None:
    assert query({"data": b64("olá, mundo")}, "powertools_base64(data)") == "olá, mundo"


def test_powertools_base64_gzip_decodes_and_unzips_to_utf8_text() -> None:
    assert query({"data": b64_gzip("línea 1\nline 2")}, "powertools_base64_gzip(data)") == (
        "línea 1\nline 2"
    )


def test_functions_compose_inside_one_expression() -> None:
    data = {"payload": b64_gzip(json.dumps({"user": {"id": "u-1"}}))}

    assert query(data, "powertools_json(powertools_base64_gzip(payload)).user.id") == "u-1"


def test_powertools_functions_is_a_jmespath_functions_subclass_usable_directly() -> None:
    options = jmespath.Options(custom_functions=PowertoolsFunctions())

    assert issubclass(PowertoolsFunctions, Functions)
    assert jmespath.search("powertools_json(a)", {"a": "[1]"}, options=options) == [1]


def test_query_returns_none_when_the_expression_matches_nothing() -> None:
    assert query({"a": 1}, "b.c") is None


def test_query_parses_a_json_string_before_searching() -> None:
    assert query('{"detail": {"id": 7}}', "detail.id") == 7


# --- errors ----------------------------------------------------------------------------


def test_invalid_expression_raises_invalid_envelope_error_naming_the_expression() -> None:
    with pytest.raises(InvalidEnvelopeExpressionError) as excinfo:
        query({"a": 1}, "Records[*.body")

    message = str(excinfo.value)
    assert message.startswith(
        "Failed to unwrap event from envelope using expression. "
        "'Records[*.body' is not a valid JMESPath expression: "
    )
    assert isinstance(excinfo.value.__cause__, jmespath.exceptions.JMESPathError)


def test_empty_expression_raises_invalid_envelope_error() -> None:
    with pytest.raises(InvalidEnvelopeExpressionError, match="'' is not a valid JMESPath"):
        query({"a": 1}, "")


@pytest.mark.parametrize("envelope", [None, 42, ["body"]])
def test_non_string_expression_raises_invalid_envelope_error_naming_the_type(
    envelope: Any,
) -> None:
    with pytest.raises(InvalidEnvelopeExpressionError) as excinfo:
        query({"a": 1}, envelope)

    assert str(excinfo.value) == (
        f"a JMESPath envelope must be a string, got {type(envelope).__name__} {envelope!r}"
    )


def test_unknown_function_raises_invalid_envelope_error() -> None:
    with pytest.raises(InvalidEnvelopeExpressionError) as excinfo:
        query({"a": "x"}, "powertools_yaml(a)")

    assert str(excinfo.value).startswith(
        "Failed to unwrap event from envelope using expression. "
        "Expression 'powertools_yaml(a)' could not be applied to the data: "
    )
    assert "powertools_yaml" in str(excinfo.value.__cause__)


@pytest.mark.parametrize(
    ("data", "expression"),
    [
        ({"body": 42}, "powertools_json(body)"),
        ({"body": None}, "powertools_json(body)"),
        ({}, "powertools_json(body)"),
        ({"data": ["x"]}, "powertools_base64(data)"),
        ({"data": {"k": "v"}}, "powertools_base64_gzip(data)"),
    ],
)
def test_function_applied_to_a_non_string_raises_invalid_envelope_error(
    data: dict[str, Any], expression: str
) -> None:
    with pytest.raises(InvalidEnvelopeExpressionError, match="could not be applied to the data"):
        query(data, expression)


def test_body_that_is_not_json_raises_invalid_envelope_error_naming_the_value() -> None:
    with pytest.raises(InvalidEnvelopeExpressionError) as excinfo:
        query({"body": "order=1&qty=2"}, "powertools_json(body)")

    assert str(excinfo.value) == (
        "powertools_json() received a string that is not JSON: 'order=1&qty=2' "
        "(Expecting value: line 1 column 1 (char 0)); check that the envelope points at a "
        "JSON-encoded field"
    )
    assert isinstance(excinfo.value.__cause__, json.JSONDecodeError)


def test_long_bad_values_are_shortened_in_the_message() -> None:
    value = "x" * 200

    with pytest.raises(InvalidEnvelopeExpressionError) as excinfo:
        query({"body": value}, "powertools_json(body)")

    assert f"{'x' * 80}...'" in str(excinfo.value)
    assert "x" * 81 not in str(excinfo.value)


def test_query_data_string_that_is_not_json_raises_invalid_envelope_error() -> None:
    with pytest.raises(InvalidEnvelopeExpressionError) as excinfo:
        query("{not json", "a")

    assert str(excinfo.value).startswith(
        "query() received a string that is not JSON: '{not json' ("
    )


@pytest.mark.parametrize("value", ["not base64!", "abc", "SGVsbG8=\x00"])
def test_bad_base64_raises_invalid_envelope_error_naming_the_value(value: str) -> None:
    with pytest.raises(InvalidEnvelopeExpressionError) as excinfo:
        query({"data": value}, "powertools_base64(data)")

    assert str(excinfo.value).startswith(
        f"powertools_base64() received a value that is not base64-encoded UTF-8 text: {value!r} ("
    )


def test_base64_of_binary_data_raises_invalid_envelope_error() -> None:
    value = base64.b64encode(b"\xff\xfe\x00binary").decode()

    with pytest.raises(InvalidEnvelopeExpressionError, match="not base64-encoded UTF-8 text"):
        query({"data": value}, "powertools_base64(data)")


@pytest.mark.parametrize("value", ["***", "H4s", "H4sI!"])
def test_bad_base64_in_gzip_function_raises_invalid_envelope_error_naming_the_value(
    value: str,
) -> None:
    with pytest.raises(InvalidEnvelopeExpressionError) as excinfo:
        query({"data": value}, "powertools_base64_gzip(data)")

    assert str(excinfo.value).startswith(
        f"powertools_base64_gzip() received a value that is not base64: {value!r} ("
    )


def test_base64_that_is_not_gzip_raises_invalid_envelope_error_naming_the_value() -> None:
    value = b64("plain text, never compressed")

    with pytest.raises(InvalidEnvelopeExpressionError) as excinfo:
        query({"data": value}, "powertools_base64_gzip(data)")

    assert str(excinfo.value).startswith(
        f"powertools_base64_gzip() decoded {value!r} but it is not gzipped UTF-8 text ("
    )


def test_truncated_gzip_raises_invalid_envelope_error() -> None:
    compressed = gzip.compress(b"a long enough payload to be cut short" * 4)
    value = base64.b64encode(compressed[: len(compressed) // 2]).decode()

    with pytest.raises(InvalidEnvelopeExpressionError, match="not gzipped UTF-8 text"):
        query({"data": value}, "powertools_base64_gzip(data)")


def test_gzip_of_binary_data_raises_invalid_envelope_error() -> None:
    value = base64.b64encode(gzip.compress(b"\xff\xfe binary")).decode()

    with pytest.raises(InvalidEnvelopeExpressionError, match="not gzipped UTF-8 text"):
        query({"data": value}, "powertools_base64_gzip(data)")


def test_envelope_errors_are_powertools_errors_and_value_errors() -> None:
    with pytest.raises(PowertoolsError):
        query({"body": "{"}, "powertools_json(body)")
    with pytest.raises(ValueError, match="not a valid JMESPath expression"):
        query({}, "a[")


# --- options and deprecated alias ------------------------------------------------------


class UpperFunctions(PowertoolsFunctions):
    @signature({"types": ["string"]})
    def _func_upper(self, value: str) -> str:
        return value.upper()


def test_custom_functions_in_jmespath_options_are_available() -> None:
    options = {"custom_functions": UpperFunctions()}

    assert query({"body": '{"name": "ana"}'}, "upper(powertools_json(body).name)", options) == (
        "ANA"
    )


def test_custom_options_replace_the_powertools_functions() -> None:
    options = {"custom_functions": Functions()}

    with pytest.raises(InvalidEnvelopeExpressionError, match="could not be applied"):
        query({"body": "{}"}, "powertools_json(body)", jmespath_options=options)


def test_custom_dict_cls_option_is_honoured() -> None:
    result = query({"a": 1, "b": 2}, "{x: a, y: b}", jmespath_options={"dict_cls": OrderedDict})

    assert type(result) is OrderedDict
    assert result == {"x": 1, "y": 2}


def test_extract_data_from_envelope_warns_deprecation_and_returns_the_same_as_query() -> None:
    event = {"body": '{"id": 3}'}

    with pytest.warns(PowertoolsDeprecationWarning, match="use query\\(\\)") as record:
        result = extract_data_from_envelope(event, "powertools_json(body)")

    assert result == query(event, "powertools_json(body)") == {"id": 3}
    assert len(record) == 1
    assert str(record[0].message) == (
        "extract_data_from_envelope is deprecated; use query() from "
        "aws_lambda_powertools.utilities.jmespath_utils instead"
    )
    assert record[0].filename == __file__


def test_extract_data_from_envelope_passes_options_and_raises_the_same_errors() -> None:
    with pytest.warns(PowertoolsDeprecationWarning):
        result = extract_data_from_envelope(
            {"body": '"x"'}, "upper(powertools_json(body))", {"custom_functions": UpperFunctions()}
        )
    assert result == "X"

    with (
        pytest.warns(PowertoolsDeprecationWarning),
        pytest.raises(InvalidEnvelopeExpressionError, match="not a valid JMESPath"),
    ):
        extract_data_from_envelope({}, "a[")


# --- properties ------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(), children, max_size=5)
    ),
    max_leaves=20,
)


@given(json_values)
def test_powertools_json_of_json_dumps_returns_the_original_value(value: Any) -> None:
    assert query({"body": json.dumps(value)}, "powertools_json(body)") == value


@given(st.text())
def test_powertools_base64_round_trips_any_text(text: str) -> None:
    assert query({"data": b64(text)}, "powertools_base64(data)") == text


@given(st.text())
def test_powertools_base64_gzip_round_trips_any_text(text: str) -> None:
    assert query({"data": b64_gzip(text)}, "powertools_base64_gzip(data)") == text


def test_the_same_expression_is_compiled_once_and_reused() -> None:
    from aws_lambda_powertools.utilities.jmespath_utils import compile_expression

    assert compile_expression("Records[*].body") is compile_expression("Records[*].body")
