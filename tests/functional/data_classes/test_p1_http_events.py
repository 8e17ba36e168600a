"""HTTP-style events read from realistic samples: API Gateway, ALB, Function URL, VPC Lattice."""

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
from aws_lambda_powertools.utilities.data_classes._headers_serializer import (
    HttpApiHeadersSerializer,
    MultiValueHeadersSerializer,
    SingleValueHeadersSerializer,
)

EVENTS = Path(__file__).parents[2] / "events"


def load(name: str) -> dict[str, Any]:
    return json.loads((EVENTS / f"{name}.json").read_text())


def test_rest_api_event_exposes_request_fields() -> None:
    """Every top-level property of a REST API event reads the sample."""
    event = APIGatewayProxyEvent(load("apiGatewayProxyEvent"))

    assert event.version == "1.0"
    assert event.resource == "/orders/{order_id}"
    assert event.path == "/orders/ord-5521"
    assert event.http_method == "PUT"
    assert event.headers["content-type"] == "application/json"
    assert event.multi_value_headers["Accept"] == ["application/json", "text/plain"]
    assert event.query_string_parameters == {"notify": "true", "tag": "blue"}
    assert event.multi_value_query_string_parameters["tag"] == ["red", "blue"]
    assert event.resolved_query_string_parameters == {"notify": ["true"], "tag": ["red", "blue"]}
    assert event.resolved_headers_field["accept"] == ["application/json", "text/plain"]
    assert event.resolved_cookies_field == {"theme": "dark", "session": "s-7781"}
    assert event.path_parameters == {"order_id": "ord-5521"}
    assert event.stage_variables == {"table": "orders-live"}
    assert event.is_base64_encoded is False
    assert event.json_body == {"status": "shipped", "carrier": "DHL", "parcels": 2}
    assert event.get_query_string_value("notify") == "true"
    assert event.get_multi_value_query_string_values("tag") == ["red", "blue"]
    assert isinstance(event.header_serializer(), MultiValueHeadersSerializer)


def test_rest_api_request_context_identity_and_authorizer() -> None:
    """The request context, caller identity, client certificate and authorizer are typed."""
    context = APIGatewayProxyEvent(load("apiGatewayProxyEvent")).request_context

    assert context.account_id == "210987654321"
    assert context.api_id == "r8f2k1m0qa"
    assert context.domain_name == "r8f2k1m0qa.execute-api.eu-west-1.amazonaws.com"
    assert context.domain_prefix == "r8f2k1m0qa"
    assert context.extended_request_id == "Vt3pQGmXjoEFhPw="
    assert context.http_method == "PUT"
    assert context.path == "/live/orders/ord-5521"
    assert context.protocol == "HTTP/1.1"
    assert context.request_id == "0f6c1a4e-93d2-4b1f-8e0a-6d2c7b5e9f13"
    assert context.request_time == "09/Apr/2024:15:22:31 +0000"
    assert context.request_time_epoch == 1712676151123
    assert context.resource_id == "x7y2z9"
    assert context.resource_path == "/orders/{order_id}"
    assert context.stage == "live"
    assert context.connection_id is None
    assert context.route_key is None

    identity = context.identity
    assert identity.source_ip == "198.51.100.23"
    assert identity.api_key == "k-live-31"
    assert identity.api_key_id == "k3yid9"
    assert identity.user_agent == load("apiGatewayProxyEvent")["headers"]["User-Agent"]
    assert identity.access_key is None
    assert identity.cognito_identity_id is None
    cert = identity.client_cert
    assert cert is not None
    assert cert.subject_dn == "CN=orders-client,O=Example Corp"
    assert cert.issuer_dn == "CN=Example Root CA,O=Example Corp"
    assert cert.serial_number == "3a:9f:11:c2"
    assert cert.validity_not_before == "Jan  1 00:00:00 2024 GMT"
    assert cert.validity_not_after == "Jan  1 00:00:00 2026 GMT"
    assert cert.client_cert_pem.startswith("-----BEGIN CERTIFICATE-----")

    authorizer = context.authorizer
    assert authorizer.claims["email"] == "ana@example.org"
    assert authorizer.scopes == ["orders/write"]
    assert authorizer.principal_id == "ana"
    assert authorizer.integration_latency == 17
    assert authorizer.get_context()["tenant"] == "acme"


def test_http_api_event_strips_the_stage_and_decodes_a_base64_body() -> None:
    """Payload 2.0: path without the named stage, comma-split query values, cookies dict."""
    event = APIGatewayProxyEventV2(load("apiGatewayProxyV2Event"))

    assert event.version == "2.0"
    assert event.route_key == "POST /carts/{cart_id}/items"
    assert event.raw_path == "/beta/carts/c-81/items"
    assert event.path == "/carts/c-81/items"
    assert event.raw_query_string == "source=app&coupon=SPRING&coupon=VIP"
    assert event.http_method == "POST"
    assert event.cookies == ["session=s-4410", "consent=all"]
    assert event.resolved_cookies_field == {"session": "s-4410", "consent": "all"}
    assert event.resolved_query_string_parameters == {
        "source": ["app"],
        "coupon": ["SPRING", "VIP"],
    }
    assert event.get_multi_value_query_string_values("coupon") == ["SPRING", "VIP"]
    assert event.path_parameters == {"cart_id": "c-81"}
    assert event.stage_variables == {"mode": "beta"}
    assert event.headers["User-Agent"] == "okhttp/4.12.0"
    assert event.decoded_body == '{"sku": "SKU-3310", "quantity": 4}'
    assert event.json_body == {"sku": "SKU-3310", "quantity": 4}
    assert isinstance(event.header_serializer(), HttpApiHeadersSerializer)

    context = event.request_context
    assert context.stage == "beta"
    assert context.time_epoch == 1712736104512
    assert context.http.source_ip == "203.0.113.77"
    assert context.http.user_agent == "okhttp/4.12.0"
    assert context.http.protocol == "HTTP/1.1"
    assert context.authorizer.jwt_claim["sub"] == "u-99"
    assert context.authorizer.jwt_scopes == ["carts:write"]
    assert context.authorizer.get_lambda == {}
    assert context.authentication is not None
    assert context.authentication.subject_dn == "CN=mobile-app"


def test_http_api_lambda_and_iam_authorizer_contexts() -> None:
    """Lambda authorizer context and IAM caller fields of payload 2.0 events."""
    lambda_event = APIGatewayProxyEventV2(load("apiGatewayProxyV2LambdaAuthorizerEvent"))
    iam_event = APIGatewayProxyEventV2(load("apiGatewayProxyV2IamEvent"))

    assert lambda_event.path == "/me"
    assert lambda_event.request_context.authorizer.get_context() == {
        "tenant": "acme",
        "plan": "gold",
    }
    assert lambda_event.cookies == []
    assert lambda_event.json_body is None

    iam = iam_event.request_context.authorizer.iam
    assert iam.access_key == "ASIAXAMPLEKEY00001"
    assert iam.account_id == "109876543210"
    assert iam.caller_id == "AROAEXAMPLE:reporter"
    assert iam.cognito_amr == ["authenticated", "cognito-idp.us-west-2.amazonaws.com/us-west-2_Abc"]
    assert iam.cognito_identity_id == "us-west-2:2b1f-77"
    assert iam.cognito_identity_pool_id == "us-west-2:pool-12"
    assert iam.principal_org_id == "o-a1b2c3d4e5"
    assert iam.user_arn == "arn:aws:sts::109876543210:assumed-role/reporter/session"
    assert iam.user_id == "AROAEXAMPLE:reporter"
    assert lambda_event.request_context.authorizer.iam.user_id == ""


def test_function_url_event_reads_like_an_http_api_event() -> None:
    """Function URLs use payload 2.0 with the $default stage."""
    event = LambdaFunctionUrlEvent(load("lambdaFunctionUrlEvent"))

    assert event.path == "/webhooks/stripe"
    assert event.http_method == "POST"
    assert event.headers["Stripe-Signature"] == "t=1712741000,v1=5257a869e7"
    assert event.json_body == {"id": "evt_1P2", "type": "charge.succeeded"}
    assert event.request_context.account_id == "anonymous"
    assert event.path_parameters == {}


@pytest.mark.parametrize(
    ("name", "route", "event_type"),
    [
        ("apiGatewayWebSocketConnectEvent", "$connect", "CONNECT"),
        ("apiGatewayWebSocketMessageEvent", "sendMessage", "MESSAGE"),
        ("apiGatewayWebSocketDisconnectEvent", "$disconnect", "DISCONNECT"),
    ],
)
def test_websocket_events_expose_route_and_connection(
    name: str, route: str, event_type: str
) -> None:
    """Connect, message and disconnect events share the request context."""
    context = APIGatewayWebSocketEvent(load(name)).request_context

    assert context.route_key == route
    assert context.event_type == event_type
    assert context.connection_id == "Z1xJ8cLgIAMCKWw="
    assert context.api_id == "w5s1ck7x"
    assert context.stage == "prod"
    assert context.domain_name == "w5s1ck7x.execute-api.eu-central-1.amazonaws.com"
    assert context.connected_at == 1712740490118
    assert context.request_time_epoch == 1712740502311
    assert context.request_time == "10/Apr/2024:09:15:02 +0000"
    assert context.message_direction == "IN"
    assert context.extended_request_id == "Z1xMvFY9IAMFm0Q="
    assert context.request_id == "Z1xMvFY9IAMFm0Q="
    assert context.identity.source_ip == "198.51.100.200"
    assert context.identity.user_agent == "websocat/1.13"


def test_websocket_message_and_connect_payloads() -> None:
    """Message bodies parse as JSON; connect events carry the handshake headers and query."""
    message = APIGatewayWebSocketEvent(load("apiGatewayWebSocketMessageEvent"))
    connect = APIGatewayWebSocketEvent(load("apiGatewayWebSocketConnectEvent"))
    disconnect = APIGatewayWebSocketEvent(load("apiGatewayWebSocketDisconnectEvent"))

    assert message.is_base64_encoded is False
    assert message.json_body == {"action": "sendMessage", "room": "general", "text": "hi all"}
    assert message.request_context.message_id == "Z1xMvdSlIAMCF_g="
    assert message.headers == {}
    assert connect.body is None
    assert connect.headers["sec-websocket-version"] == "13"
    assert connect.multi_value_headers["Sec-WebSocket-Version"] == ["13"]
    assert connect.query_string_parameters == {"room": "general"}
    assert connect.multi_value_query_string_parameters == {"room": ["general"]}
    assert disconnect.request_context.disconnect_status_code == 1001
    assert disconnect.request_context.disconnect_reason == "Going away"
    assert disconnect.request_context.message_id is None


def test_alb_single_value_event() -> None:
    """Single-value ALB events keep query values URL-encoded and serialize single headers."""
    event = ALBEvent(load("albEvent"))

    assert event.request_context.elb_target_group_arn.endswith(
        ":targetgroup/shop-lambda/4c2e9d1a7b3f5e60"
    )
    assert event.http_method == "GET"
    assert event.path == "/catalog/shoes"
    assert event.query_string_parameters == {"size": "42", "q": "trail%20running"}
    assert event.resolved_query_string_parameters == {"size": ["42"], "q": ["trail%20running"]}
    assert event.resolved_headers_field["Host"] == "shop-alb-1234567890.eu-west-1.elb.amazonaws.com"
    assert event.resolved_cookies_field == {"cart": "c-12"}
    assert event.multi_value_headers == {}
    assert event.body == ""
    assert event.json_body is None
    assert isinstance(event.header_serializer(), SingleValueHeadersSerializer)


def test_alb_multi_value_event() -> None:
    """Multi-value ALB events resolve list fields and serialize multi-value headers."""
    event = ALBEvent(load("albMultiValueHeadersEvent"))

    assert event.resolved_query_string_parameters == {"step": ["2"], "promo": ["A", "B"]}
    assert event.get_multi_value_query_string_values("promo") == ["A", "B"]
    assert event.resolved_headers_field["x-custom"] == ["one", "two"]
    assert event.multi_value_headers["Content-Type"] == ["application/x-www-form-urlencoded"]
    assert event.decoded_body == "email=ana%40example.org&accept=yes"
    assert isinstance(event.header_serializer(), MultiValueHeadersSerializer)


def test_vpc_lattice_v1_event() -> None:
    """Payload version 1 uses snake_case keys and a base64 body."""
    event = VPCLatticeEvent(load("vpcLatticeEvent"))

    assert event.raw_path == "/inventory/items?warehouse=w2"
    assert event.path == "/inventory/items"
    assert event.method == "PATCH"
    assert event.http_method == "PATCH"
    assert event.is_base64_encoded is True
    assert event.query_string_parameters == {"warehouse": "w2"}
    assert event.resolved_query_string_parameters == {"warehouse": ["w2"]}
    assert event.headers["Content-Type"] == "application/json"
    assert event.resolved_headers_field["host"].endswith(".on.aws")
    assert event.json_body == {"sku": "A-1", "delta": -3}
    assert isinstance(event.header_serializer(), HttpApiHeadersSerializer)


def test_vpc_lattice_v2_event() -> None:
    """Payload version 2 adds the request context with the caller identity."""
    event = VPCLatticeEventV2(load("vpcLatticeV2Event"))

    assert event.version == "2.0"
    assert event.path == "/inventory/items"
    assert event.query_string_parameters == {"warehouse": "w2", "limit": "50"}
    assert event.get_query_string_value("limit") == "50"
    assert event.is_base64_encoded is False
    assert event.decoded_body == ""
    context = event.request_context
    assert context.region == "eu-west-1"
    assert context.time_epoch == "1712741999123456"
    assert context.service_arn.endswith("svc-0a9b8c7d6e5f40312")
    assert context.service_network_arn.endswith("sn-0f1e2d3c4b5a69788")
    assert context.target_group_arn.endswith("tg-0123456789abcdef0")
    identity = context.identity
    assert identity.get_type == "AWS_IAM"
    assert identity.principal == "arn:aws:sts::210987654321:assumed-role/picker/i-0abc"
    assert identity.principal_org_id == "o-a1b2c3d4e5"
    assert identity.session_name == "i-0abc"
    assert identity.source_vpc_arn.endswith("vpc-0c1d2e3f4a5b6c7d8")  # type: ignore[union-attr]
    assert identity.x509_subject_cn == "picker.internal"
    assert identity.x509_issuer_ou == "Platform"
    assert identity.x509_san_dns == "picker.internal"
    assert identity.x509_san_uri == "spiffe://example.org/picker"
    assert identity.x509_san_name_cn == "picker"
