"""Typed, read-only wrappers for the events AWS services send to Lambda functions.

Every name is resolved on first use: importing ``APIGatewayProxyEvent`` loads only its own
module and the shared base, not the other event sources.

Example:
    >>> from aws_lambda_powertools.utilities.data_classes import APIGatewayProxyEvent
    >>> event = APIGatewayProxyEvent({"httpMethod": "GET", "path": "/users"})
    >>> event.http_method, event.path
    ('GET', '/users')
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from aws_lambda_powertools.utilities.data_classes.alb_event import ALBEvent
    from aws_lambda_powertools.utilities.data_classes.api_gateway_proxy_event import (
        APIGatewayProxyEvent,
        APIGatewayProxyEventV2,
    )
    from aws_lambda_powertools.utilities.data_classes.api_gateway_websocket_event import (
        APIGatewayWebSocketEvent,
    )
    from aws_lambda_powertools.utilities.data_classes.appsync_resolver_event import (
        AppSyncResolverEvent,
    )
    from aws_lambda_powertools.utilities.data_classes.appsync_resolver_events_event import (
        AppSyncResolverEventsEvent,
    )
    from aws_lambda_powertools.utilities.data_classes.aws_config_rule_event import (
        AWSConfigRuleEvent,
    )
    from aws_lambda_powertools.utilities.data_classes.bedrock_agent_event import BedrockAgentEvent
    from aws_lambda_powertools.utilities.data_classes.bedrock_agent_function_event import (
        BedrockAgentFunctionEvent,
    )
    from aws_lambda_powertools.utilities.data_classes.cloud_watch_alarm_event import (
        CloudWatchAlarmConfiguration,
        CloudWatchAlarmData,
        CloudWatchAlarmEvent,
        CloudWatchAlarmMetric,
        CloudWatchAlarmMetricStat,
        CloudWatchAlarmState,
    )
    from aws_lambda_powertools.utilities.data_classes.cloud_watch_custom_widget_event import (
        CloudWatchDashboardCustomWidgetEvent,
    )
    from aws_lambda_powertools.utilities.data_classes.cloud_watch_logs_event import (
        CloudWatchLogsEvent,
    )
    from aws_lambda_powertools.utilities.data_classes.cloudformation_custom_resource_event import (
        CloudFormationCustomResourceEvent,
    )
    from aws_lambda_powertools.utilities.data_classes.code_deploy_lifecycle_hook_event import (
        CodeDeployLifecycleHookEvent,
    )
    from aws_lambda_powertools.utilities.data_classes.code_pipeline_job_event import (
        CodePipelineJobEvent,
    )
    from aws_lambda_powertools.utilities.data_classes.connect_contact_flow_event import (
        ConnectContactFlowEvent,
    )
    from aws_lambda_powertools.utilities.data_classes.dynamo_db_stream_event import (
        DynamoDBStreamEvent,
    )
    from aws_lambda_powertools.utilities.data_classes.event_bridge_event import EventBridgeEvent
    from aws_lambda_powertools.utilities.data_classes.event_source import event_source
    from aws_lambda_powertools.utilities.data_classes.kafka_event import KafkaEvent
    from aws_lambda_powertools.utilities.data_classes.kinesis_firehose_event import (
        KinesisFirehoseDataTransformationRecord,
        KinesisFirehoseDataTransformationRecordMetadata,
        KinesisFirehoseDataTransformationResponse,
        KinesisFirehoseEvent,
    )
    from aws_lambda_powertools.utilities.data_classes.kinesis_stream_event import KinesisStreamEvent
    from aws_lambda_powertools.utilities.data_classes.lambda_function_url_event import (
        LambdaFunctionUrlEvent,
    )
    from aws_lambda_powertools.utilities.data_classes.s3_batch_operation_event import (
        S3BatchOperationEvent,
        S3BatchOperationResponse,
        S3BatchOperationResponseRecord,
    )
    from aws_lambda_powertools.utilities.data_classes.s3_event import (
        S3Event,
        S3EventBridgeNotificationEvent,
    )
    from aws_lambda_powertools.utilities.data_classes.secrets_manager_event import (
        SecretsManagerEvent,
    )
    from aws_lambda_powertools.utilities.data_classes.ses_event import SESEvent
    from aws_lambda_powertools.utilities.data_classes.sns_event import SNSEvent
    from aws_lambda_powertools.utilities.data_classes.sqs_event import SQSEvent, SQSRecord
    from aws_lambda_powertools.utilities.data_classes.transfer_family_event import (
        TransferFamilyAuthorizer,
        TransferFamilyAuthorizerResponse,
    )
    from aws_lambda_powertools.utilities.data_classes.vpc_lattice import (
        VPCLatticeEvent,
        VPCLatticeEventV2,
    )

__all__ = [
    "ALBEvent",
    "APIGatewayProxyEvent",
    "APIGatewayProxyEventV2",
    "APIGatewayWebSocketEvent",
    "AWSConfigRuleEvent",
    "AppSyncResolverEvent",
    "AppSyncResolverEventsEvent",
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
    "SESEvent",
    "SNSEvent",
    "SQSEvent",
    "SQSRecord",
    "SecretsManagerEvent",
    "TransferFamilyAuthorizer",
    "TransferFamilyAuthorizerResponse",
    "VPCLatticeEvent",
    "VPCLatticeEventV2",
    "event_source",
]

_PACKAGE = "aws_lambda_powertools.utilities.data_classes"

# Public name -> sub-module of this package that defines it.
_LAZY_EXPORTS = {
    "ALBEvent": "alb_event",
    "APIGatewayProxyEvent": "api_gateway_proxy_event",
    "APIGatewayProxyEventV2": "api_gateway_proxy_event",
    "APIGatewayWebSocketEvent": "api_gateway_websocket_event",
    "AWSConfigRuleEvent": "aws_config_rule_event",
    "AppSyncResolverEvent": "appsync_resolver_event",
    "AppSyncResolverEventsEvent": "appsync_resolver_events_event",
    "BedrockAgentEvent": "bedrock_agent_event",
    "BedrockAgentFunctionEvent": "bedrock_agent_function_event",
    "CloudFormationCustomResourceEvent": "cloudformation_custom_resource_event",
    "CloudWatchAlarmConfiguration": "cloud_watch_alarm_event",
    "CloudWatchAlarmData": "cloud_watch_alarm_event",
    "CloudWatchAlarmEvent": "cloud_watch_alarm_event",
    "CloudWatchAlarmMetric": "cloud_watch_alarm_event",
    "CloudWatchAlarmMetricStat": "cloud_watch_alarm_event",
    "CloudWatchAlarmState": "cloud_watch_alarm_event",
    "CloudWatchDashboardCustomWidgetEvent": "cloud_watch_custom_widget_event",
    "CloudWatchLogsEvent": "cloud_watch_logs_event",
    "CodeDeployLifecycleHookEvent": "code_deploy_lifecycle_hook_event",
    "CodePipelineJobEvent": "code_pipeline_job_event",
    "ConnectContactFlowEvent": "connect_contact_flow_event",
    "DynamoDBStreamEvent": "dynamo_db_stream_event",
    "EventBridgeEvent": "event_bridge_event",
    "KafkaEvent": "kafka_event",
    "KinesisFirehoseDataTransformationRecord": "kinesis_firehose_event",
    "KinesisFirehoseDataTransformationRecordMetadata": "kinesis_firehose_event",
    "KinesisFirehoseDataTransformationResponse": "kinesis_firehose_event",
    "KinesisFirehoseEvent": "kinesis_firehose_event",
    "KinesisStreamEvent": "kinesis_stream_event",
    "LambdaFunctionUrlEvent": "lambda_function_url_event",
    "S3BatchOperationEvent": "s3_batch_operation_event",
    "S3BatchOperationResponse": "s3_batch_operation_event",
    "S3BatchOperationResponseRecord": "s3_batch_operation_event",
    "S3Event": "s3_event",
    "S3EventBridgeNotificationEvent": "s3_event",
    "SESEvent": "ses_event",
    "SNSEvent": "sns_event",
    "SQSEvent": "sqs_event",
    "SQSRecord": "sqs_event",
    "SecretsManagerEvent": "secrets_manager_event",
    "TransferFamilyAuthorizer": "transfer_family_event",
    "TransferFamilyAuthorizerResponse": "transfer_family_event",
    "VPCLatticeEvent": "vpc_lattice",
    "VPCLatticeEventV2": "vpc_lattice",
    "event_source": "event_source",
}


def __getattr__(name: str) -> object:
    try:
        module_name = _LAZY_EXPORTS[name]
    except KeyError:
        message = f"module {_PACKAGE!r} has no attribute {name!r}"
        raise AttributeError(message) from None

    import importlib

    value = getattr(importlib.import_module(f"{_PACKAGE}.{module_name}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY_EXPORTS])
