"""API Gateway authorizer events and the policy / simple / WebSocket responses they return."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from aws_lambda_powertools.utilities.data_classes.api_gateway_authorizer_event import (
    APIGatewayAuthorizerEventV2,
    APIGatewayAuthorizerRequestEvent,
    APIGatewayAuthorizerResponse,
    APIGatewayAuthorizerResponseV2,
    APIGatewayAuthorizerResponseWebSocket,
    APIGatewayAuthorizerTokenEvent,
    APIGatewayRouteArn,
    HttpVerb,
    parse_api_gateway_arn,
)
from aws_lambda_powertools.warnings import PowertoolsDeprecationWarning

EVENTS = Path(__file__).parents[2] / "events"
ARN_PREFIX = "arn:aws:execute-api:eu-west-1:210987654321:r8f2k1m0qa/live"


def load(name: str) -> dict[str, Any]:
    return json.loads((EVENTS / f"{name}.json").read_text())


def test_token_event_and_its_parsed_method_arn() -> None:
    """TOKEN authorizers get the bearer token and the method ARN split into parts."""
    event = APIGatewayAuthorizerTokenEvent(load("apiGatewayAuthorizerTokenEvent"))

    assert event.get_type == "TOKEN"
    assert event.authorization_token == "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln"
    assert event.method_arn == f"{ARN_PREFIX}/GET/orders/ord-5521"
    arn = event.parsed_arn
    assert (arn.partition, arn.region, arn.aws_account_id) == ("aws", "eu-west-1", "210987654321")
    assert (arn.api_id, arn.stage, arn.http_method) == ("r8f2k1m0qa", "live", "GET")
    assert arn.resource == "orders/ord-5521"
    assert arn.arn == event.method_arn


def test_request_event_exposes_the_request() -> None:
    """REQUEST authorizers see headers, query, path and the request context."""
    event = APIGatewayAuthorizerRequestEvent(load("apiGatewayAuthorizerRequestEvent"))

    assert event.version == "1.0"
    assert event.get_type == "REQUEST"
    assert event.identity_source == "Bearer abc123,tenant-7"
    assert event.authorization_token == "Bearer abc123"
    assert event.resource == "/orders/{order_id}"
    assert event.path == "/orders/ord-5521"
    assert event.http_method == "DELETE"
    assert event.headers["x-tenant"] == "tenant-7"
    assert event.query_string_parameters == {"force": "1"}
    assert event.path_parameters == {"order_id": "ord-5521"}
    assert event.stage_variables == {"table": "orders-live"}
    assert event.request_context.identity.source_ip == "198.51.100.23"
    assert event.parsed_arn.http_method == "DELETE"
    with pytest.warns(PowertoolsDeprecationWarning):
        assert event.get_header_value("authorization") == "Bearer abc123"


def test_http_api_authorizer_event_v2() -> None:
    """Payload 2.0 authorizer events carry identity sources as a list."""
    event = APIGatewayAuthorizerEventV2(load("apiGatewayAuthorizerV2Event"))

    assert event.version == "2.0"
    assert event.get_type == "REQUEST"
    assert event.identity_source == ["Bearer xyz", "tenant-9"]
    assert event.route_key == "POST /carts/{cart_id}/items"
    assert event.raw_path == "/beta/carts/c-81/items"
    assert event.raw_query_string == "source=app"
    assert event.cookies == ["session=s-4410"]
    assert event.headers["Authorization"] == "Bearer xyz"
    assert event.query_string_parameters == {"source": "app"}
    assert event.path_parameters == {"cart_id": "c-81"}
    assert event.stage_variables == {"mode": "beta"}
    assert event.request_context.http.method == "POST"
    assert event.parsed_arn.resource == "carts/c-81/items"
    assert event.route_arn.endswith("/beta/POST/carts/c-81/items")
    with pytest.warns(PowertoolsDeprecationWarning):
        assert event.get_header_value("X-TENANT") == "tenant-9"


def test_policy_groups_plain_routes_and_gives_conditional_routes_their_own_statement() -> None:
    """asdict() writes the IAM policy document API Gateway evaluates."""
    policy = APIGatewayAuthorizerResponse(
        "ana",
        "eu-west-1",
        "210987654321",
        "r8f2k1m0qa",
        "live",
        context={"tenant": "acme"},
        usage_identifier_key="k-live-31",
    )
    policy.allow_route(HttpVerb.GET.value, "/orders/*")
    policy.allow_route(HttpVerb.PUT.value, "/orders/{id}")
    condition = [{"IpAddress": {"aws:SourceIp": ["198.51.100.0/24"]}}]
    policy.deny_route(HttpVerb.DELETE.value, "/orders/*", conditions=condition)

    assert policy.asdict() == {
        "principalId": "ana",
        "policyDocument": {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Action": "execute-api:Invoke",
                    "Effect": "Allow",
                    "Resource": [f"{ARN_PREFIX}/GET/orders/*", f"{ARN_PREFIX}/PUT/orders/{{id}}"],
                },
                {
                    "Action": "execute-api:Invoke",
                    "Effect": "Deny",
                    "Resource": [f"{ARN_PREFIX}/DELETE/orders/*"],
                    "Condition": condition,
                },
            ],
        },
        "usageIdentifierKey": "k-live-31",
        "context": {"tenant": "acme"},
    }


def test_policy_from_route_arn_keeps_the_partition_and_denies_everything() -> None:
    """from_route_arn reads region, account, API and stage from the incoming ARN."""
    arn = "arn:aws-cn:execute-api:cn-north-1:123456789012:abc/prod/GET/pets"
    policy = APIGatewayAuthorizerResponse.from_route_arn(arn, "p-1")
    policy.deny_all_routes()

    statement = policy.asdict()["policyDocument"]["Statement"][0]
    assert statement["Effect"] == "Deny"
    assert statement["Resource"] == ["arn:aws-cn:execute-api:cn-north-1:123456789012:abc/prod/*/*"]


def test_empty_policy_and_bad_routes_are_rejected_with_clear_messages() -> None:
    """A policy without statements, an unknown verb or a malformed path raise ValueError."""
    policy = APIGatewayAuthorizerResponse("p", "us-east-1", "1", "api", "prod")

    with pytest.raises(ValueError, match="no statements"):
        policy.asdict()
    with pytest.raises(ValueError, match="invalid HTTP verb 'FETCH'"):
        policy.allow_route("FETCH", "/x")
    with pytest.raises(ValueError, match="invalid resource path 'bad path'"):
        policy.allow_route("GET", "bad path")


def test_websocket_policy_names_routes_without_methods() -> None:
    """WebSocket policies allow route keys such as $connect."""
    arn = load("apiGatewayAuthorizerWebSocketEvent")["methodArn"]
    policy = APIGatewayAuthorizerResponseWebSocket.from_route_arn(arn, "user-9")
    policy.allow_route("$connect")
    policy.deny_all_routes()

    statements = policy.asdict()["policyDocument"]["Statement"]
    prefix = "arn:aws:execute-api:eu-central-1:210987654321:w5s1ck7x/prod"
    assert statements == [
        {"Action": "execute-api:Invoke", "Effect": "Allow", "Resource": [f"{prefix}/$connect"]},
        {"Action": "execute-api:Invoke", "Effect": "Deny", "Resource": [f"{prefix}/*"]},
    ]


def test_simple_response_v2() -> None:
    """HTTP API simple responses carry isAuthorized and an optional context."""
    assert APIGatewayAuthorizerResponseV2().asdict() == {"isAuthorized": False}
    assert APIGatewayAuthorizerResponseV2(True, {"tier": "gold"}).asdict() == {
        "isAuthorized": True,
        "context": {"tier": "gold"},
    }


def test_parse_arn_handles_websocket_routes_and_rejects_garbage() -> None:
    """WebSocket ARNs have no method part; anything else raises ValueError."""
    parsed = parse_api_gateway_arn(
        "arn:aws:execute-api:us-east-1:123456789012:abc/prod/$connect", is_websocket_authorizer=True
    )

    assert parsed.http_method is None
    assert parsed.resource == "$connect"
    assert parsed.arn == "arn:aws:execute-api:us-east-1:123456789012:abc/prod/$connect"
    with pytest.raises(ValueError, match="invalid API Gateway ARN 'not-an-arn'"):
        parse_api_gateway_arn("not-an-arn")
    route = APIGatewayRouteArn("us-east-1", "1", "api", "prod", "GET", "/a/b")
    assert route.arn == "arn:aws:execute-api:us-east-1:1:api/prod/GET/a/b"
