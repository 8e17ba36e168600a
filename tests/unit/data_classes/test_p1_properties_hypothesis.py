"""Property-based checks: wrapping never fails and properties keep their declared contract.

For each event class, Hypothesis removes any subset of keys (at any depth) from a realistic
sample. Every property must then return a value of its declared type, or raise KeyError for a
required field that is gone. Body-decoding properties may also raise their documented
ValueError when the removal makes the event inconsistent (a base64 body without its flag).
Response fields with setters are outputs, not inputs, and are left out of the check.
"""

from __future__ import annotations

import copy
import enum
import importlib
import inspect
import json
import types
import typing
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aws_lambda_powertools.utilities.data_classes.common import DictWrapper

EVENTS = Path(__file__).parents[2] / "events"
PACKAGE = "aws_lambda_powertools.utilities.data_classes"

CASES = [
    ("api_gateway_proxy_event", "APIGatewayProxyEvent", "apiGatewayProxyEvent"),
    ("api_gateway_proxy_event", "APIGatewayProxyEventV2", "apiGatewayProxyV2Event"),
    ("api_gateway_proxy_event", "APIGatewayProxyEventV2", "apiGatewayProxyV2IamEvent"),
    ("api_gateway_websocket_event", "APIGatewayWebSocketEvent", "apiGatewayWebSocketConnectEvent"),
    ("alb_event", "ALBEvent", "albMultiValueHeadersEvent"),
    ("lambda_function_url_event", "LambdaFunctionUrlEvent", "lambdaFunctionUrlEvent"),
    ("vpc_lattice", "VPCLatticeEvent", "vpcLatticeEvent"),
    ("vpc_lattice", "VPCLatticeEventV2", "vpcLatticeV2Event"),
    (
        "api_gateway_authorizer_event",
        "APIGatewayAuthorizerTokenEvent",
        "apiGatewayAuthorizerTokenEvent",
    ),
    (
        "api_gateway_authorizer_event",
        "APIGatewayAuthorizerRequestEvent",
        "apiGatewayAuthorizerRequestEvent",
    ),
    ("api_gateway_authorizer_event", "APIGatewayAuthorizerEventV2", "apiGatewayAuthorizerV2Event"),
    ("appsync_resolver_event", "AppSyncResolverEvent", "appSyncResolverEvent"),
    ("appsync_resolver_event", "AppSyncResolverEvent", "appSyncResolverIamEvent"),
    ("appsync_authorizer_event", "AppSyncAuthorizerEvent", "appSyncAuthorizerEvent"),
    ("appsync_resolver_events_event", "AppSyncResolverEventsEvent", "appSyncEventsPublishEvent"),
    ("bedrock_agent_event", "BedrockAgentEvent", "bedrockAgentEvent"),
    ("bedrock_agent_function_event", "BedrockAgentFunctionEvent", "bedrockAgentFunctionEvent"),
    ("code_pipeline_job_event", "CodePipelineJobEvent", "codePipelineEvent"),
    ("cognito_user_pool_event", "PreSignUpTriggerEvent", "cognitoPreSignUpEvent"),
    ("cognito_user_pool_event", "PreTokenGenerationTriggerEvent", "cognitoPreTokenGenerationEvent"),
    (
        "cognito_user_pool_event",
        "PreTokenGenerationV2TriggerEvent",
        "cognitoPreTokenGenerationV2Event",
    ),
    (
        "cognito_user_pool_event",
        "DefineAuthChallengeTriggerEvent",
        "cognitoDefineAuthChallengeEvent",
    ),
    (
        "cognito_user_pool_event",
        "VerifyAuthChallengeResponseTriggerEvent",
        "cognitoVerifyAuthChallengeResponseEvent",
    ),
    ("cognito_user_pool_event", "UserMigrationTriggerEvent", "cognitoUserMigrationEvent"),
]
BODY_PROPERTIES = {"json_body", "decoded_body", "decoded_user_parameters"}
# Documented defaults outside the declared type: the field name of an event without one.
NONE_DEFAULTS = {
    ("AppSyncResolverEvent", "type_name"),
    ("AppSyncResolverEvent", "field_name"),
    ("AppSyncResolverEventInfo", "field_name"),
    ("AppSyncResolverEventInfo", "parent_type_name"),
}

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=12,
)


def _is_wrapper_class(hint: Any) -> bool:
    # A plain class (not a parametrized generic such as dict[str, str]) deriving DictWrapper.
    return (
        inspect.isclass(hint) and typing.get_origin(hint) is None and issubclass(hint, DictWrapper)
    )


def _matches(value: Any, hint: Any) -> bool:
    if hint is Any:
        return True
    if hint is None or hint is type(None):
        return value is None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return any(_matches(value, arg) for arg in typing.get_args(hint))
    if origin is not None:
        if not isinstance(value, origin):
            return False
        # Element types of raw containers are whatever AWS sent; wrapped elements are ours.
        args = typing.get_args(hint)
        if origin is list and args and _is_wrapper_class(args[0]):
            return all(isinstance(item, args[0]) for item in value)
        wrapped_values = len(args) == 2 and _is_wrapper_class(args[1])
        if origin is dict and wrapped_values:
            return all(isinstance(item, args[1]) for item in value.values())
        return True
    if hint is float:
        return isinstance(value, (int, float))
    return isinstance(value, hint)


def _properties(obj: DictWrapper) -> list[tuple[str, Any]]:
    found = []
    for name, member in inspect.getmembers(type(obj), lambda item: isinstance(item, property)):
        # Properties with setters are outputs (Cognito responses) that arrive as null.
        if name.startswith("_") or name == "raw_event" or member.fset is not None:
            continue
        module = importlib.import_module(member.fget.__module__)
        hints = typing.get_type_hints(member.fget, globalns={**vars(module), "Any": Any})
        found.append((name, hints.get("return", Any)))
    return found


def _check_contract(obj: DictWrapper, depth: int = 0) -> None:
    for name, hint in _properties(obj):
        try:
            value = getattr(obj, name)
        except KeyError:
            continue
        except ValueError:
            if name in BODY_PROPERTIES:
                continue
            raise
        if value is None and (type(obj).__name__, name) in NONE_DEFAULTS:
            continue
        assert _matches(value, hint), f"{type(obj).__name__}.{name} returned {value!r}, not {hint}"
        nested = value if isinstance(value, list) else [value]
        for item in nested:
            if isinstance(item, DictWrapper) and depth < 3:
                _check_contract(item, depth + 1)


@st.composite
def pruned(draw: st.DrawFn, event: Any) -> Any:
    """Return a copy of ``event`` with a random subset of dict keys removed, at any depth."""
    if isinstance(event, dict):
        return {
            key: draw(pruned(value))
            for key, value in event.items()
            if key == "CodePipeline.job" or not draw(st.booleans())
        }
    if isinstance(event, list):
        return [draw(pruned(item)) for item in event]
    return event


def _load(name: str) -> dict[str, Any]:
    return json.loads((EVENTS / f"{name}.json").read_text())


def _class(module: str, name: str) -> type[DictWrapper]:
    return getattr(importlib.import_module(f"{PACKAGE}.{module}"), name)  # type: ignore[no-any-return]


@pytest.mark.parametrize(("module", "name", "sample"), CASES)
def test_full_sample_meets_the_contract(module: str, name: str, sample: str) -> None:
    """On the complete sample every property returns its declared type."""
    _check_contract(_class(module, name)(_load(sample)))


@pytest.mark.parametrize(("module", "name", "sample"), CASES)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_partial_events_return_declared_types_or_raise_key_error(
    module: str, name: str, sample: str, data: st.DataObject
) -> None:
    """Removing fields never makes a property fail with anything but KeyError."""
    event = data.draw(pruned(_load(sample)))

    _check_contract(_class(module, name)(copy.deepcopy(event)))


@pytest.mark.parametrize(("module", "name", "sample"), CASES)
@settings(max_examples=25, deadline=None)
@given(payload=st.dictionaries(st.text(max_size=10), json_values, max_size=6))
def test_wrapping_any_json_object_never_fails(
    module: str, name: str, sample: str, payload: dict[str, Any]
) -> None:
    """Construction, repr, equality and len accept any JSON object."""
    wrapped = _class(module, name)(payload)

    assert wrapped == payload
    assert len(wrapped) == len(payload)
    assert repr(wrapped).startswith(f"{name}(keys=")


@settings(max_examples=100, deadline=None)
@given(
    headers=st.dictionaries(st.text(max_size=12), st.text(max_size=5), max_size=6),
    key=st.text(max_size=12),
)
def test_case_insensitive_lookup_agrees_with_a_case_folded_scan(
    headers: dict[str, str], key: str
) -> None:
    """headers.get(key) finds exactly the entries whose name equals key ignoring case."""
    from aws_lambda_powertools.utilities.data_classes.common import _headers_from

    wrapped = _headers_from(headers)
    matches = [value for name, value in headers.items() if name.lower() == key.lower()]

    if matches:
        assert wrapped.get(key) in matches
        assert key in wrapped
    else:
        assert wrapped.get(key, "<none>") == "<none>"
        assert key not in wrapped


def test_enum_types_are_enums() -> None:
    """HttpVerb keeps the documented wildcard member."""
    from aws_lambda_powertools.utilities.data_classes.api_gateway_authorizer_event import HttpVerb

    assert issubclass(HttpVerb, enum.Enum)
    assert HttpVerb.ALL.value == "*"
