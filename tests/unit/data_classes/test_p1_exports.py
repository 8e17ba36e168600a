"""The data_classes package exports exactly the 45 documented names, each lazily."""

from __future__ import annotations

import importlib

import pytest

import aws_lambda_powertools.utilities.data_classes as data_classes

EXPECTED = [
    "ALBEvent",
    "APIGatewayProxyEvent",
    "APIGatewayProxyEventV2",
    "APIGatewayWebSocketEvent",
    "AppSyncResolverEvent",
    "AppSyncResolverEventsEvent",
    "AWSConfigRuleEvent",
    "BedrockAgentEvent",
    "BedrockAgentFunctionEvent",
    "CloudFormationCustomResourceEvent",
    "CloudWatchAlarmConfiguration",
    "CloudWatchAlarmData",
    "CloudWatchAlarmEvent",
    "CloudWatchAlarmMetric",
    "CloudWatchAlarmMetricStat",
    "CloudWatchAlarmState",
    "CloudWatchDashboardCustomWidgetEvent",
    "CloudWatchLogsEvent",
    "CodeDeployLifecycleHookEvent",
    "CodePipelineJobEvent",
    "ConnectContactFlowEvent",
    "DynamoDBStreamEvent",
    "EventBridgeEvent",
    "KafkaEvent",
    "KinesisFirehoseDataTransformationRecord",
    "KinesisFirehoseDataTransformationRecordMetadata",
    "KinesisFirehoseDataTransformationResponse",
    "KinesisFirehoseEvent",
    "KinesisStreamEvent",
    "LambdaFunctionUrlEvent",
    "S3BatchOperationEvent",
    "S3BatchOperationResponse",
    "S3BatchOperationResponseRecord",
    "S3Event",
    "S3EventBridgeNotificationEvent",
    "SecretsManagerEvent",
    "SESEvent",
    "SNSEvent",
    "SQSEvent",
    "SQSRecord",
    "TransferFamilyAuthorizer",
    "TransferFamilyAuthorizerResponse",
    "VPCLatticeEvent",
    "VPCLatticeEventV2",
    "event_source",
]


def test_all_lists_the_45_documented_names_sorted() -> None:
    """__all__ is the documented list, in sorted order."""
    assert len(EXPECTED) == 45
    assert data_classes.__all__ == sorted(EXPECTED)


@pytest.mark.parametrize("name", EXPECTED)
def test_every_exported_name_resolves_to_the_object_its_module_defines(name: str) -> None:
    """Each name imports from the package and is the same object as in its sub-module."""
    value = getattr(data_classes, name)
    module = importlib.import_module(value.__module__)

    assert getattr(module, name) is value
    assert value.__module__.startswith("aws_lambda_powertools.utilities.data_classes.")


def test_unknown_name_raises_attribute_error_naming_it() -> None:
    """A typo fails like any missing module attribute."""
    with pytest.raises(AttributeError, match="has no attribute 'APIGatewayProxyEvnt'"):
        _ = data_classes.APIGatewayProxyEvnt  # type: ignore[attr-defined]


def test_dir_lists_the_lazy_names() -> None:
    """Interactive completion sees the names before they are imported."""
    assert set(EXPECTED) <= set(dir(data_classes))


@pytest.mark.parametrize(
    ("module", "names"),
    [
        (
            "api_gateway_authorizer_event",
            ["APIGatewayAuthorizerResponse", "HttpVerb", "parse_api_gateway_arn"],
        ),
        (
            "appsync_resolver_event",
            ["AppSyncIdentityIAM", "AppSyncIdentityCognito", "get_identity_object"],
        ),
        ("appsync_authorizer_event", ["AppSyncAuthorizerEvent", "AppSyncAuthorizerResponse"]),
        (
            "appsync.scalar_types_utils",
            ["make_id", "aws_date", "aws_time", "aws_datetime", "aws_timestamp"],
        ),
        (
            "cognito_user_pool_event",
            ["PreTokenGenerationV2TriggerEvent", "ClaimsAndScopeOverrideDetails"],
        ),
        ("shared_functions", ["base64_decode", "get_header_value", "get_query_string_value"]),
        ("common", ["DictWrapper", "BaseProxyEvent", "CaseInsensitiveDict"]),
    ],
)
def test_sub_module_only_names_are_importable(module: str, names: list[str]) -> None:
    """Names documented as sub-module imports live at their documented paths."""
    loaded = importlib.import_module(f"aws_lambda_powertools.utilities.data_classes.{module}")

    assert all(callable(getattr(loaded, name)) for name in names)
