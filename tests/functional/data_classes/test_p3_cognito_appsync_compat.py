"""Cognito trigger flags read as booleans; AppSync resolver type names from either shape."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from aws_lambda_powertools.utilities.data_classes.appsync_resolver_event import (
    AppSyncResolverEvent,
)
from aws_lambda_powertools.utilities.data_classes.cognito_user_pool_event import (
    DefineAuthChallengeTriggerEvent,
    PreSignUpTriggerEvent,
    VerifyAuthChallengeResponseTriggerEvent,
)

EVENTS = Path(__file__).parents[2] / "events"


def load(name: str) -> dict[str, Any]:
    return json.loads((EVENTS / f"{name}.json").read_text())


def test_cognito_flag_getters_return_booleans() -> None:
    define = DefineAuthChallengeTriggerEvent(load("cognitoDefineAuthChallengeEvent"))
    verify = VerifyAuthChallengeResponseTriggerEvent({"response": {"answerCorrect": 1}})
    sign_up = PreSignUpTriggerEvent({"response": {"autoConfirmUser": "yes"}})

    assert define.response.issue_tokens is False
    assert define.response.fail_authentication is False
    assert verify.response.answer_correct is True
    assert sign_up.response.auto_confirm_user is True


def test_cognito_flag_setter_stores_the_value_as_given() -> None:
    event = PreSignUpTriggerEvent({"response": {}})

    event.response.auto_verify_email = True

    assert event.raw_event["response"] == {"autoVerifyEmail": True}
    assert event.response.auto_verify_email is True


def test_appsync_type_name_falls_back_to_top_level_type_name() -> None:
    event = AppSyncResolverEvent({"typeName": "Merchant", "fieldName": "locations"})

    assert event.type_name == "Merchant"
    assert event.info.parent_type_name == "Merchant"
    assert event.field_name == "locations"


def test_appsync_parent_type_name_wins_over_type_name() -> None:
    event = AppSyncResolverEvent({"typeName": "T", "parentTypeName": "P"})

    assert event.type_name == "P"


def test_appsync_empty_info_falls_back_to_top_level_fields() -> None:
    event = AppSyncResolverEvent({"info": {}, "typeName": "T", "fieldName": "f"})

    assert (event.type_name, event.field_name) == ("T", "f")
