"""HTTP-style events: multi-value headers, resolved fields and VPC Lattice field shapes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from aws_lambda_powertools.utilities.data_classes import (
    ALBEvent,
    APIGatewayProxyEvent,
    APIGatewayProxyEventV2,
    APIGatewayWebSocketEvent,
    LambdaFunctionUrlEvent,
    VPCLatticeEvent,
    VPCLatticeEventV2,
)
from aws_lambda_powertools.utilities.data_classes.common import CaseInsensitiveDict

EVENTS = Path(__file__).parents[2] / "events"


def load(name: str) -> dict[str, Any]:
    return json.loads((EVENTS / f"{name}.json").read_text())


@pytest.mark.parametrize("event_class", [APIGatewayProxyEvent, ALBEvent, APIGatewayWebSocketEvent])
def test_multi_value_headers_are_matched_case_insensitively(event_class: Any) -> None:
    event = event_class({"multiValueHeaders": {"X-Trace": ["a", "b"]}})

    headers = event.multi_value_headers

    assert isinstance(headers, CaseInsensitiveDict)
    assert headers["x-trace"] == ["a", "b"]
    assert headers.get("X-TRACE") == ["a", "b"]
    assert list(headers) == ["X-Trace"]


@pytest.mark.parametrize("raw", [None, {}])
def test_missing_multi_value_headers_read_as_empty_case_insensitive_dict(raw: Any) -> None:
    headers = APIGatewayProxyEvent({"multiValueHeaders": raw}).multi_value_headers

    assert isinstance(headers, CaseInsensitiveDict)
    assert headers == {}


def test_websocket_query_string_parameters_are_matched_case_insensitively() -> None:
    event = APIGatewayWebSocketEvent(load("apiGatewayWebSocketConnectEvent"))

    assert event.query_string_parameters["ROOM"] == "general"
    assert event.multi_value_query_string_parameters["Room"] == ["general"]
    assert APIGatewayWebSocketEvent({}).query_string_parameters == {}


@pytest.mark.parametrize("event_class", [APIGatewayProxyEventV2, LambdaFunctionUrlEvent])
def test_http_api_resolved_headers_split_comma_joined_values(event_class: Any) -> None:
    event = event_class({"headers": {"Accept": "a, b", "Host": "h", "X-Empty": ""}})

    resolved = event.resolved_headers_field

    assert dict(resolved) == {"Accept": ["a", " b"], "Host": "h", "X-Empty": ""}
    assert resolved["accept"] == ["a", " b"]
    assert event.resolved_headers_field is resolved
    assert event.headers["accept"] == "a, b"


def test_http_api_resolved_headers_of_an_event_without_headers_is_empty() -> None:
    assert APIGatewayProxyEventV2({}).resolved_headers_field == {}


def test_vpc_lattice_v1_path_drops_the_query_string() -> None:
    assert VPCLatticeEvent({"raw_path": "/a/b?x=1?y=2"}).path == "/a/b"
    assert VPCLatticeEvent({"raw_path": "/plain"}).path == "/plain"
    assert VPCLatticeEvent({"raw_path": "?x=1"}).path == ""


def test_vpc_lattice_v2_joins_list_query_values_with_commas() -> None:
    event = VPCLatticeEventV2(load("vpcLatticeV2EventMultiValue"))

    assert event.query_string_parameters == {"sku": "A-1,B-2", "warehouse": "w2"}
    assert event.get_query_string_value("sku") == "A-1,B-2"
    assert event.resolved_query_string_parameters == {"sku": ["A-1", "B-2"], "warehouse": ["w2"]}
    assert event.get_multi_value_query_string_values("sku") == ["A-1", "B-2"]


def test_vpc_lattice_v2_keeps_string_query_values_whole() -> None:
    event = VPCLatticeEventV2({"queryStringParameters": {"limit": "50"}})

    assert event.query_string_parameters == {"limit": "50"}
    assert event.resolved_query_string_parameters == {"limit": ["50"]}


def test_vpc_lattice_v2_time_epoch_is_the_raw_string() -> None:
    context = VPCLatticeEventV2(load("vpcLatticeV2EventMultiValue")).request_context

    assert context.time_epoch == "1712741999123456"


def test_vpc_lattice_v2_identity_reads_the_wire_casing_of_certificate_fields() -> None:
    identity = VPCLatticeEventV2(load("vpcLatticeV2EventMultiValue")).request_context.identity

    assert identity.x509_subject_cn == "picker.internal"
    assert identity.x509_issuer_ou == "Platform"
    assert identity.x509_san_dns == "picker.internal"
    assert identity.x509_san_uri == "spiffe://example.org/picker"
    assert identity.x509_san_name_cn == "picker"
    assert identity.principal_org_id == "o-a1b2c3d4e5"


def test_vpc_lattice_v2_identity_prefers_the_first_casing_when_both_exist() -> None:
    raw = {"requestContext": {"identity": {"X509SubjectCn": "upper", "x509SubjectCn": "lower"}}}

    identity = VPCLatticeEventV2(raw).request_context.identity

    assert identity.x509_subject_cn == "upper"


def test_event_without_http_response_headers_has_no_header_serializer() -> None:
    from aws_lambda_powertools.utilities.data_classes.bedrock_agent_event import BedrockAgentEvent

    event = BedrockAgentEvent(load("bedrockAgentEvent"))

    with pytest.raises(NotImplementedError, match="BedrockAgentEvent has no response header"):
        event.header_serializer()
