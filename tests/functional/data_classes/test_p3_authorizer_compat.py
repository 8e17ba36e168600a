"""REST authorizer policy layout, method ARN parsing and the deny-all response."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from aws_lambda_powertools.utilities.data_classes.api_gateway_authorizer_event import (
    DENY_ALL_RESPONSE,
    APIGatewayAuthorizerRequestEvent,
    APIGatewayAuthorizerResponse,
    parse_api_gateway_arn,
)

EVENTS = Path(__file__).parents[2] / "events"
ARN = "arn:aws:execute-api:r:a:i/s"


def load(name: str) -> dict[str, Any]:
    return json.loads((EVENTS / f"{name}.json").read_text())


def statement(effect: str, *resources: str, condition: Any = None) -> dict[str, Any]:
    result: dict[str, Any] = {
        "Action": "execute-api:Invoke",
        "Effect": effect,
        "Resource": [f"{ARN}/{resource}" for resource in resources],
    }
    if condition is not None:
        result["Condition"] = condition
    return result


def test_policy_lists_conditional_statements_before_the_shared_plain_statement() -> None:
    response = APIGatewayAuthorizerResponse("u", "r", "a", "i", "s")
    response.allow_route("GET", "/a")
    response.allow_route("GET", "/b", [{"c": 1}])
    response.allow_route("PUT", "/d")
    response.deny_route("GET", "/e")
    response.deny_route("GET", "/f", [{"x": 1}])

    statements = response.asdict()["policyDocument"]["Statement"]

    assert statements == [
        statement("Allow", "GET/b", condition=[{"c": 1}]),
        statement("Allow", "GET/a", "PUT/d"),
        statement("Deny", "GET/f", condition=[{"x": 1}]),
        statement("Deny", "GET/e"),
    ]


def test_parse_method_arn_without_a_path_gives_an_empty_resource() -> None:
    parsed = parse_api_gateway_arn("arn:aws:execute-api:eu-central-1:2109:w5s1/prod/$connect")

    assert (parsed.api_id, parsed.stage, parsed.http_method) == ("w5s1", "prod", "$connect")
    assert parsed.resource == ""
    assert parsed.arn == "arn:aws:execute-api:eu-central-1:2109:w5s1/prod/$connect/"


def test_websocket_request_authorizer_event_parses_its_method_arn() -> None:
    event = APIGatewayAuthorizerRequestEvent(load("apiGatewayAuthorizerWebSocketEvent"))

    assert event.parsed_arn.http_method == "$connect"
    assert event.parsed_arn.resource == ""


@pytest.mark.parametrize("arn", ["arn:aws:execute-api:r:a:i/s", "foo"])
def test_parse_arn_with_too_few_parts_raises_value_error(arn: str) -> None:
    with pytest.raises(ValueError, match="invalid API Gateway ARN"):
        parse_api_gateway_arn(arn)


def test_deny_all_response_denies_every_resource() -> None:
    assert DENY_ALL_RESPONSE == {
        "principalId": "deny-all-user",
        "policyDocument": {
            "Version": "2012-10-17",
            "Statement": [{"Action": "execute-api:Invoke", "Effect": "Deny", "Resource": ["*"]}],
        },
    }
