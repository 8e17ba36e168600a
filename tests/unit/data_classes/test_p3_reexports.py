"""Helper names the data class modules re-export, resolved on first use."""

from __future__ import annotations

import importlib
from typing import TypeVar

import pytest

from aws_lambda_powertools.utilities.data_classes import _headers_serializer, shared_functions
from aws_lambda_powertools.utilities.data_classes.common import CaseInsensitiveDict, DictWrapper

PACKAGE = "aws_lambda_powertools.utilities.data_classes"

REEXPORTS = [
    ("common", "get_header_value", shared_functions),
    ("common", "get_query_string_value", shared_functions),
    ("common", "get_multi_value_query_string_values", shared_functions),
    ("alb_event", "BaseHeadersSerializer", _headers_serializer),
    ("alb_event", "MultiValueHeadersSerializer", _headers_serializer),
    ("alb_event", "SingleValueHeadersSerializer", _headers_serializer),
    ("api_gateway_proxy_event", "BaseHeadersSerializer", _headers_serializer),
    ("api_gateway_proxy_event", "HttpApiHeadersSerializer", _headers_serializer),
    ("api_gateway_proxy_event", "MultiValueHeadersSerializer", _headers_serializer),
    ("vpc_lattice", "BaseHeadersSerializer", _headers_serializer),
    ("vpc_lattice", "HttpApiHeadersSerializer", _headers_serializer),
    ("vpc_lattice", "base64_decode", shared_functions),
    ("api_gateway_authorizer_event", "get_header_value", shared_functions),
    ("appsync_resolver_event", "get_header_value", shared_functions),
]


@pytest.mark.parametrize(("module_name", "name", "source"), REEXPORTS)
def test_module_re_exports_helper_from_its_home_module(
    module_name: str, name: str, source: object
) -> None:
    module = importlib.import_module(f"{PACKAGE}.{module_name}")

    assert name in dir(module)
    assert getattr(module, name) is getattr(source, name)


@pytest.mark.parametrize(
    "module_name",
    [
        "alb_event",
        "api_gateway_proxy_event",
        "vpc_lattice",
        "api_gateway_authorizer_event",
        "appsync_resolver_event",
    ],
)
def test_http_modules_re_export_case_insensitive_dict(module_name: str) -> None:
    module = importlib.import_module(f"{PACKAGE}.{module_name}")

    assert module.CaseInsensitiveDict is CaseInsensitiveDict


def test_unknown_module_attribute_raises_attribute_error() -> None:
    module = importlib.import_module(f"{PACKAGE}.common")

    with pytest.raises(AttributeError, match="has no attribute 'nope'"):
        module.nope  # noqa: B018


def test_event_source_exposes_type_variables() -> None:
    module = importlib.import_module(f"{PACKAGE}.event_source")

    assert isinstance(module.DataClassT, TypeVar)
    assert module.DataClassT.__bound__ is DictWrapper
    assert isinstance(module.OutputT, TypeVar)
    assert {"DataClassT", "OutputT"} <= set(dir(module))


def test_case_insensitive_dict_accepts_data_as_keyword() -> None:
    headers = CaseInsensitiveDict(data={"Content-Type": "json"})

    assert headers["content-type"] == "json"
    assert list(headers) == ["Content-Type"]
