# mypy: disable-error-code="no-any-return"
"""Amazon Cognito user pool Lambda trigger events.

Each trigger event has a ``request`` to read and, for triggers that can change Cognito's
behaviour, a ``response`` whose setters write into the event; return the event from the
handler to send the response back.

Example:
    >>> event = PreSignUpTriggerEvent({"request": {"userAttributes": {}}, "response": {}})
    >>> event.response.auto_confirm_user = True
    >>> event.raw_event["response"]
    {'autoConfirmUser': True}
"""

from __future__ import annotations

from aws_lambda_powertools.utilities.data_classes._cognito_token_overrides import (
    ClaimsAndScopeOverrideDetails,
    ClaimsOverrideBase,
    ClaimsOverrideDetails,
    GroupConfigurationBase,
    GroupOverrideDetails,
    TokenClaimsAndScopeOverrideDetails,
)
from aws_lambda_powertools.utilities.data_classes.common import DictWrapper, _child

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class _TriggerRequest(DictWrapper):
    """Fields most trigger requests share."""

    @property
    def client_metadata(self) -> dict[str, str]:
        """Custom values passed by the client (empty dict by default)."""
        return self._data.get("clientMetadata") or {}


class CallerContext(DictWrapper):
    """The SDK and app client that made the request."""

    @property
    def aws_sdk_version(self) -> str:
        """Version of the AWS SDK that made the request."""
        return self._data["awsSdkVersion"]

    @property
    def client_id(self) -> str:
        """Identifier of the user pool app client."""
        return self._data["clientId"]


class BaseTriggerEvent(DictWrapper):
    """Fields every Cognito user pool trigger event carries."""

    @property
    def version(self) -> str:
        """Version number of the trigger event."""
        return self._data["version"]

    @property
    def region(self) -> str:
        """AWS Region of the user pool."""
        return self._data["region"]

    @property
    def user_pool_id(self) -> str:
        """Identifier of the user pool."""
        return self._data["userPoolId"]

    @property
    def trigger_source(self) -> str:
        """What caused the trigger, such as ``PreSignUp_SignUp``."""
        return self._data["triggerSource"]

    @property
    def user_name(self) -> str:
        """User name of the current user."""
        return self._data["userName"]

    @property
    def caller_context(self) -> CallerContext:
        """The SDK and app client that made the request."""
        return CallerContext(self._data["callerContext"])


class PreSignUpTriggerEventRequest(_TriggerRequest):
    """Request of the pre sign-up trigger."""

    @property
    def user_attributes(self) -> dict[str, str]:
        """Attributes of the user."""
        return self._data["userAttributes"]

    @property
    def validation_data(self) -> dict[str, str]:
        """Validation data sent by the client (empty dict by default)."""
        return self._data.get("validationData") or {}


class PreSignUpTriggerEventResponse(DictWrapper):
    """Response of the pre sign-up trigger; set its fields to act."""

    @property
    def auto_confirm_user(self) -> bool:
        """Confirm the user without a code."""
        return bool(self._data["autoConfirmUser"])

    @auto_confirm_user.setter
    def auto_confirm_user(self, value: bool) -> None:
        self._data["autoConfirmUser"] = value

    @property
    def auto_verify_email(self) -> bool:
        """Mark the email address verified."""
        return bool(self._data["autoVerifyEmail"])

    @auto_verify_email.setter
    def auto_verify_email(self, value: bool) -> None:
        self._data["autoVerifyEmail"] = value

    @property
    def auto_verify_phone(self) -> bool:
        """Mark the phone number verified."""
        return bool(self._data["autoVerifyPhone"])

    @auto_verify_phone.setter
    def auto_verify_phone(self, value: bool) -> None:
        self._data["autoVerifyPhone"] = value


class PostConfirmationTriggerEventRequest(_TriggerRequest):
    """Request of the post confirmation trigger."""

    @property
    def user_attributes(self) -> dict[str, str]:
        """Attributes of the user."""
        return self._data["userAttributes"]


class UserMigrationTriggerEventRequest(_TriggerRequest):
    """Request of the user migration trigger."""

    @property
    def password(self) -> str:
        """Password the user entered (sign-in migration)."""
        return self._data["password"]

    @property
    def validation_data(self) -> dict[str, str]:
        """Validation data sent by the client (empty dict by default)."""
        return self._data.get("validationData") or {}


class UserMigrationTriggerEventResponse(DictWrapper):
    """Response of the user migration trigger; set its fields to act."""

    @property
    def user_attributes(self) -> dict[str, str]:
        """Attributes of the migrated user."""
        return self._data["userAttributes"]

    @user_attributes.setter
    def user_attributes(self, value: dict[str, str]) -> None:
        self._data["userAttributes"] = value

    @property
    def final_user_status(self) -> str | None:
        """``CONFIRMED`` to skip confirmation, or ``RESET_REQUIRED``."""
        return self._data.get("finalUserStatus")

    @final_user_status.setter
    def final_user_status(self, value: str | None) -> None:
        self._data["finalUserStatus"] = value

    @property
    def message_action(self) -> str | None:
        """``SUPPRESS`` to skip the welcome message."""
        return self._data.get("messageAction")

    @message_action.setter
    def message_action(self, value: str | None) -> None:
        self._data["messageAction"] = value

    @property
    def desired_delivery_mediums(self) -> list[str]:
        """``SMS`` and/or ``EMAIL`` for the welcome message (empty list by default)."""
        return self._data.get("desiredDeliveryMediums") or []

    @desired_delivery_mediums.setter
    def desired_delivery_mediums(self, value: list[str]) -> None:
        self._data["desiredDeliveryMediums"] = value

    @property
    def force_alias_creation(self) -> bool | None:
        """Move an existing alias (email or phone) to the migrated user."""
        return self._data.get("forceAliasCreation")

    @force_alias_creation.setter
    def force_alias_creation(self, value: bool | None) -> None:
        self._data["forceAliasCreation"] = value

    @property
    def enable_sms_mfa(self) -> bool | None:
        """Turn on SMS MFA for the migrated user."""
        return self._data.get("enableSMSMFA")

    @enable_sms_mfa.setter
    def enable_sms_mfa(self, value: bool | None) -> None:
        self._data["enableSMSMFA"] = value


class CustomMessageTriggerEventRequest(_TriggerRequest):
    """Request of the custom message trigger."""

    @property
    def code_parameter(self) -> str:
        """Placeholder for the verification code, such as ``{####}``."""
        return self._data["codeParameter"]

    @property
    def link_parameter(self) -> str:
        """Placeholder for the verification link."""
        return self._data["linkParameter"]

    @property
    def username_parameter(self) -> str:
        """Placeholder for the user name (admin-created users)."""
        return self._data["usernameParameter"]

    @property
    def user_attributes(self) -> dict[str, str]:
        """Attributes of the user."""
        return self._data["userAttributes"]


class CustomMessageTriggerEventResponse(DictWrapper):
    """Response of the custom message trigger; set the message texts."""

    @property
    def sms_message(self) -> str:
        """Text of the SMS; must contain the code placeholder."""
        return self._data["smsMessage"]

    @sms_message.setter
    def sms_message(self, value: str) -> None:
        self._data["smsMessage"] = value

    @property
    def email_message(self) -> str:
        """Body of the email; must contain the code placeholder."""
        return self._data["emailMessage"]

    @email_message.setter
    def email_message(self, value: str) -> None:
        self._data["emailMessage"] = value

    @property
    def email_subject(self) -> str:
        """Subject of the email."""
        return self._data["emailSubject"]

    @email_subject.setter
    def email_subject(self, value: str) -> None:
        self._data["emailSubject"] = value


class PreAuthenticationTriggerEventRequest(DictWrapper):
    """Request of the pre authentication trigger."""

    @property
    def user_not_found(self) -> bool | None:
        """Set when the user does not exist and ``PreventUserExistenceErrors`` is on."""
        return self._data.get("userNotFound")

    @property
    def user_attributes(self) -> dict[str, str]:
        """Attributes of the user."""
        return self._data["userAttributes"]

    @property
    def validation_data(self) -> dict[str, str]:
        """Validation data sent by the client (empty dict by default)."""
        return self._data.get("validationData") or {}


class PostAuthenticationTriggerEventRequest(_TriggerRequest):
    """Request of the post authentication trigger."""

    @property
    def new_device_used(self) -> bool:
        """The user signed in from a new device."""
        return self._data["newDeviceUsed"]

    @property
    def user_attributes(self) -> dict[str, str]:
        """Attributes of the user."""
        return self._data["userAttributes"]


class PreTokenGenerationTriggerEventRequest(_TriggerRequest):
    """Request of the pre token generation trigger."""

    @property
    def user_attributes(self) -> dict[str, str]:
        """Attributes of the user (empty dict by default)."""
        return self._data.get("userAttributes") or {}

    @property
    def group_configuration(self) -> GroupOverrideDetails:
        """Groups and IAM roles of the user."""
        return GroupOverrideDetails(self._data["groupConfiguration"])


class PreTokenGenerationTriggerV2EventRequest(PreTokenGenerationTriggerEventRequest):
    """Request of the pre token generation trigger, event version 2."""

    @property
    def scopes(self) -> list[str]:
        """OAuth scopes of the access token (empty list by default)."""
        return self._data.get("scopes") or []


class PreTokenGenerationTriggerEventResponse(DictWrapper):
    """Response of the pre token generation trigger."""

    @property
    def claims_override_details(self) -> ClaimsOverrideDetails:
        """Claim and group overrides (created empty on first access)."""
        return ClaimsOverrideDetails(_child(self._data, "claimsOverrideDetails"))


class PreTokenGenerationTriggerV2EventResponse(DictWrapper):
    """Response of the pre token generation trigger, event version 2."""

    @property
    def claims_scope_override_details(self) -> ClaimsAndScopeOverrideDetails:
        """Claim, scope and group overrides (created empty on first access)."""
        details = _child(self._data, "claimsAndScopeOverrideDetails")
        return ClaimsAndScopeOverrideDetails(details)


class ChallengeResult(DictWrapper):
    """One challenge of the current authentication session."""

    @property
    def challenge_name(self) -> str:
        """Type of the challenge, such as ``CUSTOM_CHALLENGE``."""
        return self._data["challengeName"]

    @property
    def challenge_result(self) -> bool:
        """The user answered the challenge correctly."""
        return self._data["challengeResult"]

    @property
    def challenge_metadata(self) -> str | None:
        """Name given to a custom challenge."""
        return self._data.get("challengeMetadata")


class DefineAuthChallengeTriggerEventRequest(_TriggerRequest):
    """Request of the define auth challenge trigger."""

    @property
    def user_attributes(self) -> dict[str, str]:
        """Attributes of the user."""
        return self._data["userAttributes"]

    @property
    def user_not_found(self) -> bool | None:
        """Set when the user does not exist and ``PreventUserExistenceErrors`` is on."""
        return self._data.get("userNotFound")

    @property
    def session(self) -> list[ChallengeResult]:
        """Challenges presented so far in the session."""
        return [ChallengeResult(item) for item in self._data["session"]]


class DefineAuthChallengeTriggerEventResponse(DictWrapper):
    """Response of the define auth challenge trigger; set the next step."""

    @property
    def challenge_name(self) -> str:
        """Next challenge to present."""
        return self._data["challengeName"]

    @challenge_name.setter
    def challenge_name(self, value: str) -> None:
        self._data["challengeName"] = value

    @property
    def fail_authentication(self) -> bool:
        """End the authentication as failed."""
        return bool(self._data["failAuthentication"])

    @fail_authentication.setter
    def fail_authentication(self, value: bool) -> None:
        self._data["failAuthentication"] = value

    @property
    def issue_tokens(self) -> bool:
        """End the authentication and issue tokens."""
        return bool(self._data["issueTokens"])

    @issue_tokens.setter
    def issue_tokens(self, value: bool) -> None:
        self._data["issueTokens"] = value


class CreateAuthChallengeTriggerEventRequest(_TriggerRequest):
    """Request of the create auth challenge trigger."""

    @property
    def user_attributes(self) -> dict[str, str]:
        """Attributes of the user."""
        return self._data["userAttributes"]

    @property
    def user_not_found(self) -> bool | None:
        """Set when the user does not exist and ``PreventUserExistenceErrors`` is on."""
        return self._data.get("userNotFound")

    @property
    def challenge_name(self) -> str:
        """Name of the challenge to create."""
        return self._data["challengeName"]

    @property
    def session(self) -> list[ChallengeResult]:
        """Challenges presented so far in the session."""
        return [ChallengeResult(item) for item in self._data["session"]]


class CreateAuthChallengeTriggerEventResponse(DictWrapper):
    """Response of the create auth challenge trigger; describe the challenge."""

    @property
    def public_challenge_parameters(self) -> dict[str, str]:
        """Parameters sent to the client app."""
        return self._data["publicChallengeParameters"]

    @public_challenge_parameters.setter
    def public_challenge_parameters(self, value: dict[str, str]) -> None:
        self._data["publicChallengeParameters"] = value

    @property
    def private_challenge_parameters(self) -> dict[str, str]:
        """Parameters passed to the verify trigger, including the answer."""
        return self._data["privateChallengeParameters"]

    @private_challenge_parameters.setter
    def private_challenge_parameters(self, value: dict[str, str]) -> None:
        self._data["privateChallengeParameters"] = value

    @property
    def challenge_metadata(self) -> str:
        """Name of the custom challenge."""
        return self._data["challengeMetadata"]

    @challenge_metadata.setter
    def challenge_metadata(self, value: str) -> None:
        self._data["challengeMetadata"] = value


class VerifyAuthChallengeResponseTriggerEventRequest(_TriggerRequest):
    """Request of the verify auth challenge response trigger."""

    @property
    def user_attributes(self) -> dict[str, str]:
        """Attributes of the user."""
        return self._data["userAttributes"]

    @property
    def private_challenge_parameters(self) -> dict[str, str]:
        """Private parameters set by the create trigger."""
        return self._data["privateChallengeParameters"]

    @property
    def challenge_answer(self) -> Any:
        """The user's answer."""
        return self._data["challengeAnswer"]

    @property
    def user_not_found(self) -> bool | None:
        """Set when the user does not exist and ``PreventUserExistenceErrors`` is on."""
        return self._data.get("userNotFound")


class VerifyAuthChallengeResponseTriggerEventResponse(DictWrapper):
    """Response of the verify auth challenge response trigger."""

    @property
    def answer_correct(self) -> bool:
        """The answer is correct."""
        return bool(self._data["answerCorrect"])

    @answer_correct.setter
    def answer_correct(self, value: bool) -> None:
        self._data["answerCorrect"] = value


class CustomEmailSenderTriggerEventRequest(_TriggerRequest):
    """Request of the custom email sender trigger."""

    @property
    def type(self) -> str:
        """Request type, ``customEmailSenderRequestV1``."""
        return self._data["type"]

    @property
    def code(self) -> str:
        """The code to send, encrypted with the configured KMS key."""
        return self._data["code"]

    @property
    def user_attributes(self) -> dict[str, str]:
        """Attributes of the user."""
        return self._data["userAttributes"]


class CustomSMSSenderTriggerEventRequest(_TriggerRequest):
    """Request of the custom SMS sender trigger."""

    @property
    def type(self) -> str:
        """Request type, ``customSMSSenderRequestV1``."""
        return self._data["type"]

    @property
    def code(self) -> str:
        """The code to send, encrypted with the configured KMS key."""
        return self._data["code"]

    @property
    def user_attributes(self) -> dict[str, str]:
        """Attributes of the user (empty dict by default)."""
        return self._data.get("userAttributes") or {}


class PreSignUpTriggerEvent(BaseTriggerEvent):
    """Pre sign-up trigger: accept or reject a new user, auto-confirm or verify."""

    @property
    def request(self) -> PreSignUpTriggerEventRequest:
        """What Cognito sent to the trigger."""
        return PreSignUpTriggerEventRequest(self._data["request"])

    @property
    def response(self) -> PreSignUpTriggerEventResponse:
        """What the trigger sends back; its setters write into the event."""
        return PreSignUpTriggerEventResponse(self._data["response"])


class PostConfirmationTriggerEvent(BaseTriggerEvent):
    """Post confirmation trigger: runs after a user is confirmed."""

    @property
    def request(self) -> PostConfirmationTriggerEventRequest:
        """What Cognito sent to the trigger."""
        return PostConfirmationTriggerEventRequest(self._data["request"])


class UserMigrationTriggerEvent(BaseTriggerEvent):
    """User migration trigger: import a user from another directory at sign-in."""

    @property
    def request(self) -> UserMigrationTriggerEventRequest:
        """What Cognito sent to the trigger."""
        return UserMigrationTriggerEventRequest(self._data["request"])

    @property
    def response(self) -> UserMigrationTriggerEventResponse:
        """What the trigger sends back; its setters write into the event."""
        return UserMigrationTriggerEventResponse(self._data["response"])


class CustomMessageTriggerEvent(BaseTriggerEvent):
    """Custom message trigger: customize verification and invitation messages."""

    @property
    def request(self) -> CustomMessageTriggerEventRequest:
        """What Cognito sent to the trigger."""
        return CustomMessageTriggerEventRequest(self._data["request"])

    @property
    def response(self) -> CustomMessageTriggerEventResponse:
        """What the trigger sends back; its setters write into the event."""
        return CustomMessageTriggerEventResponse(self._data["response"])


class PreAuthenticationTriggerEvent(BaseTriggerEvent):
    """Pre authentication trigger: accept or reject a sign-in attempt."""

    @property
    def request(self) -> PreAuthenticationTriggerEventRequest:
        """What Cognito sent to the trigger."""
        return PreAuthenticationTriggerEventRequest(self._data["request"])


class PostAuthenticationTriggerEvent(BaseTriggerEvent):
    """Post authentication trigger: runs after a successful sign-in."""

    @property
    def request(self) -> PostAuthenticationTriggerEventRequest:
        """What Cognito sent to the trigger."""
        return PostAuthenticationTriggerEventRequest(self._data["request"])


class PreTokenGenerationTriggerEvent(BaseTriggerEvent):
    """Pre token generation trigger (version 1): override ID token claims and groups."""

    @property
    def request(self) -> PreTokenGenerationTriggerEventRequest:
        """What Cognito sent to the trigger."""
        return PreTokenGenerationTriggerEventRequest(self._data["request"])

    @property
    def response(self) -> PreTokenGenerationTriggerEventResponse:
        """What the trigger sends back; its setters write into the event."""
        return PreTokenGenerationTriggerEventResponse(self._data["response"])


class PreTokenGenerationV2TriggerEvent(BaseTriggerEvent):
    """Pre token generation trigger (version 2): override ID and access token claims and scopes."""

    @property
    def request(self) -> PreTokenGenerationTriggerV2EventRequest:
        """What Cognito sent to the trigger."""
        return PreTokenGenerationTriggerV2EventRequest(self._data["request"])

    @property
    def response(self) -> PreTokenGenerationTriggerV2EventResponse:
        """What the trigger sends back; its setters write into the event."""
        return PreTokenGenerationTriggerV2EventResponse(self._data["response"])


class DefineAuthChallengeTriggerEvent(BaseTriggerEvent):
    """Define auth challenge trigger: decide the next step of a custom authentication flow."""

    @property
    def request(self) -> DefineAuthChallengeTriggerEventRequest:
        """What Cognito sent to the trigger."""
        return DefineAuthChallengeTriggerEventRequest(self._data["request"])

    @property
    def response(self) -> DefineAuthChallengeTriggerEventResponse:
        """What the trigger sends back; its setters write into the event."""
        return DefineAuthChallengeTriggerEventResponse(self._data["response"])


class CreateAuthChallengeTriggerEvent(BaseTriggerEvent):
    """Create auth challenge trigger: create the challenge to present."""

    @property
    def request(self) -> CreateAuthChallengeTriggerEventRequest:
        """What Cognito sent to the trigger."""
        return CreateAuthChallengeTriggerEventRequest(self._data["request"])

    @property
    def response(self) -> CreateAuthChallengeTriggerEventResponse:
        """What the trigger sends back; its setters write into the event."""
        return CreateAuthChallengeTriggerEventResponse(self._data["response"])


class VerifyAuthChallengeResponseTriggerEvent(BaseTriggerEvent):
    """Verify auth challenge response trigger: check the user's answer."""

    @property
    def request(self) -> VerifyAuthChallengeResponseTriggerEventRequest:
        """What Cognito sent to the trigger."""
        return VerifyAuthChallengeResponseTriggerEventRequest(self._data["request"])

    @property
    def response(self) -> VerifyAuthChallengeResponseTriggerEventResponse:
        """What the trigger sends back; its setters write into the event."""
        return VerifyAuthChallengeResponseTriggerEventResponse(self._data["response"])


class CustomEmailSenderTriggerEvent(BaseTriggerEvent):
    """Custom email sender trigger: send Cognito's emails with your own provider."""

    @property
    def request(self) -> CustomEmailSenderTriggerEventRequest:
        """What Cognito sent to the trigger."""
        return CustomEmailSenderTriggerEventRequest(self._data["request"])


class CustomSMSSenderTriggerEvent(BaseTriggerEvent):
    """Custom SMS sender trigger: send Cognito's text messages with your own provider."""

    @property
    def request(self) -> CustomSMSSenderTriggerEventRequest:
        """What Cognito sent to the trigger."""
        return CustomSMSSenderTriggerEventRequest(self._data["request"])


__all__ = [
    "BaseTriggerEvent",
    "CallerContext",
    "ChallengeResult",
    "ClaimsAndScopeOverrideDetails",
    "ClaimsOverrideBase",
    "ClaimsOverrideDetails",
    "CreateAuthChallengeTriggerEvent",
    "CreateAuthChallengeTriggerEventRequest",
    "CreateAuthChallengeTriggerEventResponse",
    "CustomEmailSenderTriggerEvent",
    "CustomEmailSenderTriggerEventRequest",
    "CustomMessageTriggerEvent",
    "CustomMessageTriggerEventRequest",
    "CustomMessageTriggerEventResponse",
    "CustomSMSSenderTriggerEvent",
    "CustomSMSSenderTriggerEventRequest",
    "DefineAuthChallengeTriggerEvent",
    "DefineAuthChallengeTriggerEventRequest",
    "DefineAuthChallengeTriggerEventResponse",
    "GroupConfigurationBase",
    "GroupOverrideDetails",
    "PostAuthenticationTriggerEvent",
    "PostAuthenticationTriggerEventRequest",
    "PostConfirmationTriggerEvent",
    "PostConfirmationTriggerEventRequest",
    "PreAuthenticationTriggerEvent",
    "PreAuthenticationTriggerEventRequest",
    "PreSignUpTriggerEvent",
    "PreSignUpTriggerEventRequest",
    "PreSignUpTriggerEventResponse",
    "PreTokenGenerationTriggerEvent",
    "PreTokenGenerationTriggerEventRequest",
    "PreTokenGenerationTriggerEventResponse",
    "PreTokenGenerationTriggerV2EventRequest",
    "PreTokenGenerationTriggerV2EventResponse",
    "PreTokenGenerationV2TriggerEvent",
    "TokenClaimsAndScopeOverrideDetails",
    "UserMigrationTriggerEvent",
    "UserMigrationTriggerEventRequest",
    "UserMigrationTriggerEventResponse",
    "VerifyAuthChallengeResponseTriggerEvent",
    "VerifyAuthChallengeResponseTriggerEventRequest",
    "VerifyAuthChallengeResponseTriggerEventResponse",
]
