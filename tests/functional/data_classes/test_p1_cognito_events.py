"""Cognito user pool trigger events: requests read from samples, responses written back."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from aws_lambda_powertools.utilities.data_classes.cognito_user_pool_event import (
    CreateAuthChallengeTriggerEvent,
    CustomEmailSenderTriggerEvent,
    CustomMessageTriggerEvent,
    CustomSMSSenderTriggerEvent,
    DefineAuthChallengeTriggerEvent,
    PostAuthenticationTriggerEvent,
    PostConfirmationTriggerEvent,
    PreAuthenticationTriggerEvent,
    PreSignUpTriggerEvent,
    PreTokenGenerationTriggerEvent,
    PreTokenGenerationV2TriggerEvent,
    UserMigrationTriggerEvent,
    VerifyAuthChallengeResponseTriggerEvent,
)

EVENTS = Path(__file__).parents[2] / "events"


def load(name: str) -> dict[str, Any]:
    return json.loads((EVENTS / f"{name}.json").read_text())


@pytest.mark.parametrize(
    ("cls", "name", "trigger"),
    [
        (PreSignUpTriggerEvent, "cognitoPreSignUpEvent", "PreSignUp_SignUp"),
        (
            PostConfirmationTriggerEvent,
            "cognitoPostConfirmationEvent",
            "PostConfirmation_ConfirmSignUp",
        ),
        (
            PreAuthenticationTriggerEvent,
            "cognitoPreAuthenticationEvent",
            "PreAuthentication_Authentication",
        ),
        (
            CustomEmailSenderTriggerEvent,
            "cognitoCustomEmailSenderEvent",
            "CustomEmailSender_SignUp",
        ),
        (CustomSMSSenderTriggerEvent, "cognitoCustomSMSSenderEvent", "CustomSMSSender_SignUp"),
    ],
)
def test_every_trigger_exposes_the_common_fields(cls: type[Any], name: str, trigger: str) -> None:
    """Version, region, pool, trigger source, user name and caller context."""
    event = cls(load(name))

    assert event.region == "eu-west-1"
    assert event.user_pool_id == "eu-west-1_Zx81Qw"
    assert event.user_name == "maria.s"
    assert event.trigger_source == trigger
    assert event.version == "1"
    assert event.caller_context.client_id == "4k2j1h9g8f7d6s5a4q3w2e1r0t"
    assert event.caller_context.aws_sdk_version == "aws-sdk-unknown-unknown"
    assert event.request.user_attributes["email"] == "maria@example.org"


def test_pre_sign_up_response_setters_write_into_the_event() -> None:
    """Setting response fields changes the dict the handler returns to Cognito."""
    raw = load("cognitoPreSignUpEvent")
    event = PreSignUpTriggerEvent(raw)

    assert event.request.validation_data == {"captcha": "ok"}
    assert event.request.client_metadata == {"source": "web-signup"}
    event.response.auto_confirm_user = True
    event.response.auto_verify_email = True
    event.response.auto_verify_phone = False

    assert raw["response"] == {
        "autoConfirmUser": True,
        "autoVerifyEmail": True,
        "autoVerifyPhone": False,
    }
    assert event.response.auto_confirm_user is True


def test_user_migration_response() -> None:
    """Migrated user attributes, status and message settings are written back."""
    raw = load("cognitoUserMigrationEvent")
    event = UserMigrationTriggerEvent(raw)
    response = event.response

    assert event.request.password == "Tr0ub4dor&3"
    assert event.request.validation_data == {}
    assert response.desired_delivery_mediums == []
    response.user_attributes = {"email": "maria@example.org", "email_verified": "true"}
    response.final_user_status = "CONFIRMED"
    response.message_action = "SUPPRESS"
    response.desired_delivery_mediums = ["EMAIL"]
    response.force_alias_creation = True
    response.enable_sms_mfa = False

    assert raw["response"] == {
        "userAttributes": {"email": "maria@example.org", "email_verified": "true"},
        "finalUserStatus": "CONFIRMED",
        "messageAction": "SUPPRESS",
        "desiredDeliveryMediums": ["EMAIL"],
        "forceAliasCreation": True,
        "enableSMSMFA": False,
    }
    assert response.final_user_status == "CONFIRMED"


def test_custom_message_request_and_response() -> None:
    """Placeholders are read; message texts are written."""
    raw = load("cognitoCustomMessageEvent")
    event = CustomMessageTriggerEvent(raw)

    assert event.request.code_parameter == "{####}"
    assert event.request.link_parameter == "{##Click Here##}"
    assert event.request.username_parameter is None
    event.response.sms_message = "Code: {####}"
    event.response.email_subject = "Welcome"
    event.response.email_message = "Your code is {####}"
    assert raw["response"] == {
        "smsMessage": "Code: {####}",
        "emailMessage": "Your code is {####}",
        "emailSubject": "Welcome",
    }


def test_authentication_trigger_requests() -> None:
    """Pre and post authentication requests carry the sign-in details."""
    pre = PreAuthenticationTriggerEvent(load("cognitoPreAuthenticationEvent"))
    post = PostAuthenticationTriggerEvent(load("cognitoPostAuthenticationEvent"))
    confirm = PostConfirmationTriggerEvent(load("cognitoPostConfirmationEvent"))

    assert pre.request.user_not_found is False
    assert pre.request.validation_data == {"device": "ios"}
    assert post.request.new_device_used is True
    assert post.request.client_metadata == {"source": "web-signup"}
    assert confirm.request.client_metadata == {"source": "web-signup"}


def test_pre_token_generation_v1_overrides_claims_and_groups() -> None:
    """Claims and group overrides are created on first access and written into the event."""
    raw = load("cognitoPreTokenGenerationEvent")
    raw["response"] = {}
    event = PreTokenGenerationTriggerEvent(raw)

    group = event.request.group_configuration
    assert group.groups_to_override == ["admins", "staff"]
    assert group.iam_roles_to_override == ["arn:aws:iam::210987654321:role/admins"]
    assert group.preferred_role == "arn:aws:iam::210987654321:role/admins"
    details = event.response.claims_override_details
    details.claims_to_add_or_override = {"tenant": "acme"}
    details.claims_to_suppress = ["email"]
    details.set_group_configuration_groups_to_override(["readers"])
    details.set_group_configuration_iam_roles_to_override(["arn:aws:iam::1:role/r"])
    details.set_group_configuration_preferred_role("arn:aws:iam::1:role/r")

    assert raw["response"] == {
        "claimsOverrideDetails": {
            "claimsToAddOrOverride": {"tenant": "acme"},
            "claimsToSuppress": ["email"],
            "groupOverrideDetails": {
                "groupsToOverride": ["readers"],
                "iamRolesToOverride": ["arn:aws:iam::1:role/r"],
                "preferredRole": "arn:aws:iam::1:role/r",
            },
        }
    }
    assert details.group_configuration is not None
    assert details.group_configuration.groups_to_override == ["readers"]


def test_pre_token_generation_v2_overrides_both_tokens_and_scopes() -> None:
    """Version 2 writes separate ID and access token overrides."""
    raw = load("cognitoPreTokenGenerationV2Event")
    raw["response"] = {}
    event = PreTokenGenerationV2TriggerEvent(raw)

    assert event.version == "2"
    assert event.request.scopes == ["openid", "email", "orders/read"]
    details = event.response.claims_scope_override_details
    details.access_token_generation.scopes_to_add = ["orders/write"]
    details.access_token_generation.scopes_to_suppress = ["email"]
    details.id_token_generation.claims_to_add_or_override = {"plan": "pro"}
    details.group_configuration = {"groupsToOverride": ["admins"]}

    assert raw["response"]["claimsAndScopeOverrideDetails"] == {
        "accessTokenGeneration": {"scopesToAdd": ["orders/write"], "scopesToSuppress": ["email"]},
        "idTokenGeneration": {"claimsToAddOrOverride": {"plan": "pro"}},
        "groupOverrideDetails": {"groupsToOverride": ["admins"]},
    }


def test_custom_auth_challenge_flow() -> None:
    """Define, create and verify auth challenge triggers read the session and set answers."""
    define_raw = load("cognitoDefineAuthChallengeEvent")
    define = DefineAuthChallengeTriggerEvent(define_raw)
    create_raw = load("cognitoCreateAuthChallengeEvent")
    create = CreateAuthChallengeTriggerEvent(create_raw)
    verify_raw = load("cognitoVerifyAuthChallengeResponseEvent")
    verify = VerifyAuthChallengeResponseTriggerEvent(verify_raw)

    session = define.request.session
    assert [(s.challenge_name, s.challenge_result, s.challenge_metadata) for s in session] == [
        ("SRP_A", True, None),
        ("CUSTOM_CHALLENGE", False, "CAPTCHA"),
    ]
    define.response.challenge_name = "CUSTOM_CHALLENGE"
    define.response.issue_tokens = False
    define.response.fail_authentication = False
    assert define_raw["response"] == {
        "challengeName": "CUSTOM_CHALLENGE",
        "issueTokens": False,
        "failAuthentication": False,
    }

    assert create.request.challenge_name == "CUSTOM_CHALLENGE"
    assert create.request.user_not_found is False
    assert len(create.request.session) == 1
    create.response.public_challenge_parameters = {"question": "3 + 4"}
    create.response.private_challenge_parameters = {"answer": "7"}
    create.response.challenge_metadata = "MATH"
    assert create_raw["response"]["privateChallengeParameters"] == {"answer": "7"}
    assert create.response.challenge_metadata == "MATH"

    assert verify.request.challenge_answer == "7"
    assert verify.request.private_challenge_parameters == {"answer": "7"}
    assert verify.request.user_not_found is False
    verify.response.answer_correct = True
    assert verify_raw["response"] == {"answerCorrect": True}


def test_custom_sender_requests_carry_the_encrypted_code() -> None:
    """Custom email and SMS senders receive the KMS-encrypted code and its type."""
    email = CustomEmailSenderTriggerEvent(load("cognitoCustomEmailSenderEvent"))
    sms = CustomSMSSenderTriggerEvent(load("cognitoCustomSMSSenderEvent"))

    assert email.request.type == "customEmailSenderRequestV1"
    assert email.request.code == "AYADeBgvEXAMPLEciphertext=="
    assert sms.request.type == "customSMSSenderRequestV1"
    assert sms.request.user_attributes["phone_number"] == "+351910000000"
    assert sms.request.client_metadata == {"source": "web-signup"}
