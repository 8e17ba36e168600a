"""AppSync, Bedrock agent and CodePipeline events read from realistic samples."""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest

from aws_lambda_powertools.utilities.data_classes import (
    AppSyncResolverEvent,
    AppSyncResolverEventsEvent,
    BedrockAgentEvent,
    BedrockAgentFunctionEvent,
    CodePipelineJobEvent,
)
from aws_lambda_powertools.utilities.data_classes.appsync import scalar_types_utils
from aws_lambda_powertools.utilities.data_classes.appsync_authorizer_event import (
    AppSyncAuthorizerEvent,
    AppSyncAuthorizerResponse,
)
from aws_lambda_powertools.utilities.data_classes.appsync_resolver_event import (
    AppSyncIdentityCognito,
    AppSyncIdentityIAM,
    get_identity_object,
)
from aws_lambda_powertools.warnings import PowertoolsDeprecationWarning

EVENTS = Path(__file__).parents[2] / "events"


def load(name: str) -> dict[str, Any]:
    return json.loads((EVENTS / f"{name}.json").read_text())


def test_appsync_resolver_event_with_cognito_identity() -> None:
    """Direct resolver events: field info, arguments, source, pipeline state, identity."""
    event = AppSyncResolverEvent(load("appSyncResolverEvent"))

    assert event.type_name == "Mutation"
    assert event.field_name == "publishPost"
    assert event.arguments == {"id": "post-12", "draft": False}
    assert event.source == {"authorId": "a-7"}
    assert event.prev_result == {"cached": True}
    assert event.stash == {"startedAt": 1712742100}
    assert event.domain_name == "graphql.example.org"
    assert event.request_headers["x-request-source"] == "web"
    assert event.info.variables == {"id": "post-12"}
    assert event.info.selection_set_list == ["id", "title", "author", "author/name"]
    assert event.info.selection_set_graphql == "{ id title author { name } }"
    identity = event.identity
    assert isinstance(identity, AppSyncIdentityCognito)
    assert identity.sub == "6c1d"
    assert identity.username == "li"
    assert identity.groups == ["editors"]
    assert identity.claims["email"] == "li@example.org"
    assert identity.default_auth_strategy == "ALLOW"
    assert identity.issuer.endswith("us-east-1_Example")
    assert identity.source_ip == ["203.0.113.8"]
    with pytest.warns(PowertoolsDeprecationWarning):
        assert event.get_header_value("X-Request-Source") == "web"


def test_appsync_amplify_event_with_iam_identity() -> None:
    """Amplify @function events put fieldName and parentTypeName at the top level."""
    event = AppSyncResolverEvent(load("appSyncResolverIamEvent"))

    assert event.type_name == "Query"
    assert event.field_name == "listPosts"
    assert event.source == {}
    assert event.prev_result is None
    assert event.domain_name is None
    identity = event.identity
    assert isinstance(identity, AppSyncIdentityIAM)
    assert identity.account_id == "210987654321"
    assert identity.cognito_identity_auth_type == "authenticated"
    assert identity.cognito_identity_auth_provider.endswith("us-east-1_X")
    assert identity.cognito_identity_id == "us-east-1:5e1f"
    assert identity.cognito_identity_pool_id == "us-east-1:pool-3"
    assert identity.user_arn.endswith("assumed-role/app/cog")
    assert identity.username == "AROAEXAMPLE:cog"
    assert identity.source_ip == ["10.0.0.5"]
    assert get_identity_object(None) is None


def test_appsync_authorizer_event_and_response() -> None:
    """Lambda authorizers read the token and query, and answer with an isAuthorized dict."""
    event = AppSyncAuthorizerEvent(load("appSyncAuthorizerEvent"))

    assert event.authorization_token == "custom-token-91"
    context = event.request_context
    assert context.api_id == "xjzq6rvdbfd4jbvbz3mwqn6c5m"
    assert context.account_id == "210987654321"
    assert context.request_id == "d1c2b3a4-5e6f-7081-92a3-b4c5d6e7f809"
    assert context.operation_name == "Posts"
    assert context.variables == {"n": 5}
    assert context.query_string.startswith("query Posts")
    assert AppSyncAuthorizerResponse().asdict() == {"isAuthorized": False}
    assert AppSyncAuthorizerResponse(
        True, 60, {"tenant": "t"}, ["Mutation.deletePost"]
    ).asdict() == {
        "isAuthorized": True,
        "ttlOverride": 60,
        "deniedFields": ["Mutation.deletePost"],
        "resolverContext": {"tenant": "t"},
    }


def test_appsync_events_publish_event() -> None:
    """AppSync Events handlers see the channel, the operation and the published events."""
    event = AppSyncResolverEventsEvent(load("appSyncEventsPublishEvent"))

    assert event.info.channel_path == "/chat/rooms/general"
    assert event.info.channel_segments == ["chat", "rooms", "general"]
    assert event.info.channel == {
        "path": "/chat/rooms/general",
        "segments": ["chat", "rooms", "general"],
    }
    assert event.info.channel_namespace == {"name": "chat"}
    assert event.info.operation == "PUBLISH"
    assert [item["id"] for item in event.events] == ["e-1", "e-2"]
    assert event.out_errors == []
    assert event.identity is None
    assert event.request_headers["X-API-KEY"] == "da2-k"


def test_scalar_type_helpers_produce_appsync_formats() -> None:
    """ID, AWSDate, AWSTime, AWSDateTime and AWSTimestamp values have the right shapes."""
    assert re.fullmatch(r"[0-9a-f-]{36}", scalar_types_utils.make_id())
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}Z", scalar_types_utils.aws_date())
    assert re.fullmatch(r"\d{2}:\d{2}:\d{2}\.\d{3}Z", scalar_types_utils.aws_time())
    assert re.fullmatch(
        r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z", scalar_types_utils.aws_datetime()
    )
    assert re.fullmatch(r"\d{2}:\d{2}:\d{2}\.\d{3}\+02:00:00", scalar_types_utils.aws_time(2))
    assert scalar_types_utils.aws_datetime(-5).endswith("-05:00:00")
    assert isinstance(scalar_types_utils.aws_timestamp(), int)


def test_bedrock_agent_event_reads_like_an_http_request() -> None:
    """The API path and verb route the call; parameters become the query string."""
    event = BedrockAgentEvent(load("bedrockAgentEvent"))

    assert event.message_version == "1.0"
    assert event.input_text.startswith("File a claim")
    assert event.session_id == "882233445566"
    assert event.action_group == "ClaimsActions"
    assert event.api_path == "/claims/{policy_id}"
    assert event.path == "/claims/{policy_id}"
    assert event.http_method == "POST"
    assert event.query_string_parameters == {"policy_id": "P-77", "priority": "2"}
    assert event.resolved_query_string_parameters == {"policy_id": ["P-77"], "priority": ["2"]}
    assert event.resolved_headers_field == {}
    assert [(p.name, p.type, p.value) for p in event.parameters][1] == ("priority", "integer", "2")
    assert event.json_body == {"amount": "1200", "reason": "hail damage"}
    body = event.request_body
    assert body is not None
    assert body.content["application/json"].properties[0].name == "amount"
    assert (event.agent.name, event.agent.id, event.agent.alias, event.agent.version) == (
        "claims-agent",
        "AGT7QX2L1P",
        "TSTALIASID",
        "DRAFT",
    )
    assert event.session_attributes == {"customer": "c-19"}
    assert event.prompt_session_attributes == {"tone": "formal"}


def test_bedrock_agent_function_event() -> None:
    """Function-details action groups name the function and pass typed parameters."""
    event = BedrockAgentFunctionEvent(load("bedrockAgentFunctionEvent"))

    assert event.function == "get_weather"
    assert event.action_group == "WeatherActions"
    assert event.message_version == "1.0"
    assert event.session_id == "991122334455"
    assert event.input_text == "What is the weather in Lisbon?"
    assert [(p.name, p.type, p.value) for p in event.parameters] == [
        ("city", "string", "Lisbon"),
        ("days", "number", "3"),
    ]
    assert event.agent.name == "claims-agent"
    assert event.session_attributes == {}
    assert event.prompt_session_attributes == {}


def test_code_pipeline_job_event_fields() -> None:
    """Job ID, user parameters, artifacts, credentials and the KMS key."""
    event = CodePipelineJobEvent(load("codePipelineEvent"))

    assert event.get_id == "4f9a1c2e-7b3d-4e5f-8a9b-0c1d2e3f4a5b"
    assert event.account_id == "210987654321"
    assert event.user_parameters == '{"env": "staging", "threshold": 5}'
    assert event.decoded_user_parameters == {"env": "staging", "threshold": 5}
    assert event.input_bucket_name == "codepipeline-eu-west-1-1122"
    assert event.input_object_key == "shop-pipeline/BuildOutpu/Ab 12Cd"
    data = event.data
    assert data.action_configuration.configuration.function_name == "deploy-checker"
    assert data.input_artifacts[0].revision == "9f8e7d6c5b4a"
    assert data.input_artifacts[0].location.get_type == "S3"
    assert (
        data.input_artifacts[0].location.s3_location.object_key
        == "shop-pipeline/BuildOutpu/Ab+12Cd"
    )
    assert data.output_artifacts[0].revision is None
    assert data.artifact_credentials.access_key_id == "ASIAEXAMPLEPIPELINE"
    assert data.artifact_credentials.session_token == "IQoJb3JpZ2luX2VjEXAMPLE"
    assert data.artifact_credentials.secret_access_key.startswith("wJalr")
    assert data.artifact_credentials.expiration_time == 1712745600000
    assert data.continuation_token == "ct-2"
    assert data.encryption_key is not None
    assert data.encryption_key.get_id.endswith("alias/pipeline")
    assert data.encryption_key.get_type == "KMS"
    assert event.find_input_artifact("BuildOutput") is not None
    assert event.find_output_artifact("missing") is None


def test_code_pipeline_event_without_the_job_key_fails_on_read_not_on_wrap() -> None:
    """Wrapping any dict succeeds; reading a job field raises KeyError naming the key."""
    event = CodePipelineJobEvent({})

    with pytest.raises(KeyError, match=re.escape("CodePipeline.job")):
        _ = event.get_id


@pytest.mark.integration
def test_code_pipeline_artifacts_are_read_and_written_through_s3(aws: Any) -> None:
    """get_artifact unzips an input artifact; put_artifact writes an output artifact."""
    import boto3

    raw = load("codePipelineEvent")
    raw["CodePipeline.job"]["data"].pop("encryptionKey")
    event = CodePipelineJobEvent(raw)
    s3 = boto3.client("s3")
    bucket = event.input_bucket_name
    s3.create_bucket(Bucket=bucket)
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("template.json", '{"Resources": {}}')
    s3.put_object(Bucket=bucket, Key=event.input_object_key, Body=archive.getvalue())

    assert event.get_artifact("BuildOutput", "template.json") == '{"Resources": {}}'
    assert event.get_artifact("nope") is None
    event.put_artifact("CheckReport", {"passed": True}, "application/json")
    written = s3.get_object(Bucket=bucket, Key="shop-pipeline/CheckRepor/Ef34Gh")
    assert json.loads(written["Body"].read()) == {"passed": True}
    with pytest.raises(ValueError, match="no output artifact named 'Other'"):
        event.put_artifact("Other", "x", "text/plain")
