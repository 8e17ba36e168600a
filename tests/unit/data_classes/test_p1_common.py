"""The shared base of the data classes: DictWrapper, CaseInsensitiveDict, BaseProxyEvent."""

from __future__ import annotations

import base64
import copy
import json
import pickle
from typing import Any

import pytest

from aws_lambda_powertools.exceptions import PowertoolsError
from aws_lambda_powertools.shared.cookies import Cookie
from aws_lambda_powertools.utilities.data_classes._headers_serializer import (
    HttpApiHeadersSerializer,
    MultiValueHeadersSerializer,
    SingleValueHeadersSerializer,
)
from aws_lambda_powertools.utilities.data_classes.common import (
    BaseProxyEvent,
    CaseInsensitiveDict,
    DataClassDecodeError,
    DictWrapper,
    _headers_from,
    parse_cookie_header,
)
from aws_lambda_powertools.warnings import PowertoolsDeprecationWarning, PowertoolsUserWarning


def test_dict_wrapper_is_a_read_only_mapping_over_the_raw_event() -> None:
    """Item access, iteration, len, get and raw_event all read the original dict."""
    raw = {"a": 1, "b": {"c": 2}}
    wrapped = DictWrapper(raw)

    assert wrapped["a"] == 1
    assert list(wrapped) == ["a", "b"]
    assert len(wrapped) == 2
    assert wrapped.get("missing", "fallback") == "fallback"
    assert "b" in wrapped
    assert wrapped.raw_event is raw
    with pytest.raises(TypeError):
        wrapped["a"] = 3  # type: ignore[index]


def test_dict_wrapper_equals_its_dict_and_other_wrappers_of_the_same_data() -> None:
    """Equality compares the wrapped data, whichever side is a plain dict."""
    assert DictWrapper({"a": 1}) == {"a": 1}
    assert DictWrapper({"a": 1}) == {"a": 1}
    assert DictWrapper({"a": 1}) == DictWrapper({"a": 1})
    assert DictWrapper({"a": 1}) != DictWrapper({"a": 2})
    assert DictWrapper({"a": 1}) != [("a", 1)]


def test_dict_wrapper_repr_lists_field_names_but_never_values() -> None:
    """Events carry secrets; repr and str show only the top-level keys."""
    wrapped = BaseProxyEvent({"body": "password=hunter2", "path": "/"})

    assert repr(wrapped) == "BaseProxyEvent(keys=['body', 'path'])"
    assert str(wrapped) == repr(wrapped)
    assert "hunter2" not in repr(wrapped)


def test_dict_wrapper_repr_survives_data_that_is_not_a_dict() -> None:
    """Wrapping a non-dict never makes repr raise."""
    assert repr(DictWrapper(None)) == "DictWrapper(keys=[])"  # type: ignore[arg-type]


def test_custom_json_deserializer_is_used_for_json_body() -> None:
    """json_body calls the deserializer the event was built with."""
    calls: list[str] = []

    def deserializer(text: str) -> dict[str, str]:
        calls.append(text)
        return {"parsed": text}

    event = BaseProxyEvent({"body": "raw"}, json_deserializer=deserializer)

    assert event.json_body == {"parsed": "raw"}
    assert event.json_body == {"parsed": "raw"}
    assert calls == ["raw"]


@pytest.mark.parametrize(
    "body",
    [
        '{"id": 1, "tags": ["a", "é"]}',
        "[1, 2.5, null]",
        '"text"',
        "42",
        "\ufeff{}",
        "{bad",
        "",
        ' \n{"padded": true}',
        '{"trailing": 1} \n',
        '{"a": 1} {"b": 2}',
        '{"a": }',
        "  ",
        "nul",
    ],
)
def test_default_json_body_matches_json_loads_for_any_text(body: str) -> None:
    """The default deserializer gives json.loads' value or raises json.loads' error."""
    event = BaseProxyEvent({"body": body})

    if not body:
        assert event.json_body is None
        return
    expected = _json_loads_outcome(body)
    if not isinstance(expected, json.JSONDecodeError):
        assert event.json_body == expected
        return
    with pytest.raises(json.JSONDecodeError) as raised:
        _ = event.json_body
    if not body.startswith("\ufeff"):  # json.loads alone checks for a byte-order mark
        assert (raised.value.msg, raised.value.pos) == (expected.msg, expected.pos)


def _json_loads_outcome(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        return error


def test_case_insensitive_dict_finds_keys_in_any_case_and_keeps_their_spelling() -> None:
    """Lookups fold case; iteration and json.dumps show keys as they arrived."""
    headers = CaseInsensitiveDict({"Content-Type": "text/html", "X-Request-ID": "r-1"})

    assert headers["content-type"] == "text/html"
    assert headers.get("CONTENT-TYPE") == "text/html"
    assert headers.get("x-request-id") == "r-1"
    assert "X-REQUEST-id" in headers
    assert "Accept" not in headers
    assert headers.get("accept", "none") == "none"
    assert list(headers) == ["Content-Type", "X-Request-ID"]
    assert json.loads(json.dumps(headers)) == {"Content-Type": "text/html", "X-Request-ID": "r-1"}
    assert isinstance(headers, dict)


def test_case_insensitive_dict_setting_a_key_replaces_other_spellings() -> None:
    """Assignment, setdefault, pop and del all work across letter case."""
    headers = CaseInsensitiveDict({"Accept": "text/plain"})

    headers["ACCEPT"] = "application/json"
    assert dict(headers) == {"ACCEPT": "application/json"}
    assert headers.setdefault("accept", "x") == "application/json"
    assert headers.setdefault("Origin", "https://example.org") == "https://example.org"
    assert headers.pop("origin") == "https://example.org"
    assert headers.pop("origin", None) is None
    del headers["accept"]
    assert len(headers) == 0
    with pytest.raises(KeyError):
        headers["accept"]


def test_case_insensitive_dict_equality_ignores_key_case() -> None:
    """Two header sets are equal when only the case of their names differs."""
    assert CaseInsensitiveDict({"Host": "a"}) == {"host": "a"}
    assert CaseInsensitiveDict({"Host": "a"}) != {"host": "b"}
    assert CaseInsensitiveDict({"Host": "a"}) != "Host"


def test_event_headers_are_not_copied_until_the_whole_dict_is_needed() -> None:
    """Wrapped event headers answer lookups from the event and materialize on iteration."""
    raw = {"Content-Type": "application/json", "CloudFront-Viewer-Country": "PT"}
    headers = _headers_from(raw)

    assert headers.get("content-type") == "application/json"
    assert headers["cloudfront-viewer-country"] == "PT"
    assert len(headers) == 2
    assert dict(headers) == raw
    assert {**headers} == raw
    assert sorted(headers.items()) == sorted(raw.items())
    assert copy.copy(headers) == raw
    assert pickle.loads(pickle.dumps(headers)) == raw
    assert repr(headers) == repr(raw)


def test_event_headers_can_be_changed_without_touching_the_event() -> None:
    """Writing to the headers dict copies it first, so the raw event stays unchanged."""
    raw = {"Accept": "text/html"}
    headers = _headers_from(raw)

    headers["accept"] = "application/json"
    headers.update({"X-Trace": "t"}, Origin="o")

    assert raw == {"Accept": "text/html"}
    assert dict(headers) == {"accept": "application/json", "X-Trace": "t", "Origin": "o"}


def test_base_proxy_event_defaults_to_empty_collections() -> None:
    """Query strings and headers are empty dicts, never None; body fields are None."""
    event = BaseProxyEvent({"queryStringParameters": None, "headers": None})

    assert event.query_string_parameters == {}
    assert event.multi_value_query_string_parameters == {}
    assert event.resolved_query_string_parameters == {}
    assert event.headers == {}
    assert event.resolved_cookies_field == {}
    assert event.body is None
    assert event.decoded_body is None
    assert event.json_body is None
    assert event.is_base64_encoded is None
    with pytest.raises(KeyError):
        _ = event.path


def test_decoded_body_decodes_base64_and_json_body_parses_it() -> None:
    """A base64 body is decoded before it is parsed as JSON."""
    body = base64.b64encode(json.dumps({"olá": "mundo"}).encode()).decode()
    event = BaseProxyEvent({"body": body, "isBase64Encoded": True})

    assert event.decoded_body == '{"ol\\u00e1": "mundo"}'
    assert event.json_body == {"olá": "mundo"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("not base64!", "event field 'body' is not valid base64"),
        ("w6k=\u00e9", "event field 'body' is not valid base64"),
        (base64.b64encode(b"\xff\xfe\xfd").decode(), "event field 'body' is not valid UTF-8 text"),
    ],
)
def test_bad_binary_body_raises_an_error_naming_the_field(body: str, expected: str) -> None:
    """Invalid base64 or non-UTF-8 bytes raise DataClassDecodeError, a ValueError."""
    event = BaseProxyEvent({"body": body, "isBase64Encoded": True})

    with pytest.raises(DataClassDecodeError, match=expected) as caught:
        _ = event.decoded_body
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, PowertoolsError)


def test_query_helpers_return_defaults_for_missing_names() -> None:
    """get_query_string_value and get_multi_value_query_string_values fall back cleanly."""
    event = BaseProxyEvent(
        {
            "queryStringParameters": {"page": "2"},
            "multiValueQueryStringParameters": {"tag": ["a", "b"]},
        }
    )

    assert event.get_query_string_value("page") == "2"
    assert event.get_query_string_value("size", "10") == "10"
    assert event.get_multi_value_query_string_values("tag") == ["a", "b"]
    assert event.get_multi_value_query_string_values("nope") == []
    assert event.get_multi_value_query_string_values("nope", ["x"]) == ["x"]


def test_get_header_value_is_deprecated_and_ignores_case_sensitive() -> None:
    """The old helper still answers, case-insensitively, and warns every time."""
    event = BaseProxyEvent({"headers": {"X-Api-Key": "k"}})

    with pytest.warns(PowertoolsDeprecationWarning, match="event.headers.get"):
        assert event.get_header_value("x-api-key", case_sensitive=True) == "k"


def test_parse_cookie_header_splits_name_value_pairs() -> None:
    """Pairs without '=' are skipped; values keep any '=' they contain."""
    assert parse_cookie_header("a=1; b=x=y; junk; c=") == {"a": "1", "b": "x=y", "c": ""}
    assert parse_cookie_header(None) == {}


def test_http_api_serializer_joins_values_and_lists_cookies() -> None:
    """HTTP APIs take comma-joined header values and a separate cookies list."""
    payload = HttpApiHeadersSerializer().serialize(
        headers={"A": "1", "B": ["2", "3"]}, cookies=[Cookie(name="s", value="v")]
    )

    assert payload == {"headers": {"A": "1", "B": "2, 3"}, "cookies": ["s=v; Secure"]}


def test_multi_value_serializer_puts_cookies_under_set_cookie() -> None:
    """REST APIs take every header as a list and each cookie as a Set-Cookie value."""
    payload = MultiValueHeadersSerializer().serialize(
        headers={"A": "1", "B": ["2", "3"]},
        cookies=[Cookie(name="s", value="v"), Cookie(name="t", value="w")],
    )

    assert payload == {
        "multiValueHeaders": {
            "A": ["1"],
            "B": ["2", "3"],
            "Set-Cookie": ["s=v; Secure", "t=w; Secure"],
        }
    }


def test_single_value_serializer_keeps_the_last_value_and_warns() -> None:
    """ALB without multi-value headers can carry one value per header and one cookie."""
    with pytest.warns(PowertoolsUserWarning) as caught:
        payload = SingleValueHeadersSerializer().serialize(
            headers={"A": ["1", "2"], "B": []},
            cookies=[Cookie(name="s", value="v"), Cookie(name="t", value="w")],
        )

    assert payload == {"headers": {"Set-Cookie": "t=w; Secure", "A": "2"}}
    assert len(caught) == 2
