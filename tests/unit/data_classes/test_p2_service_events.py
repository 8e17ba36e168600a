"""CloudWatch alarm and dashboard, AWS Config, Secrets Manager, Connect, Transfer Family,
CloudFormation, CodeDeploy and IoT registry data classes."""

from __future__ import annotations

import datetime
import json
import pathlib
from typing import Any

import pytest

from aws_lambda_powertools.utilities.data_classes import (
    AWSConfigRuleEvent,
    CloudFormationCustomResourceEvent,
    CloudWatchAlarmEvent,
    CloudWatchDashboardCustomWidgetEvent,
    CodeDeployLifecycleHookEvent,
    ConnectContactFlowEvent,
    SecretsManagerEvent,
    TransferFamilyAuthorizer,
    TransferFamilyAuthorizerResponse,
)
from aws_lambda_powertools.utilities.data_classes.aws_config_rule_event import (
    AWSConfigConfigurationChanged,
    AWSConfigOversizedConfiguration,
    AWSConfigScheduledNotification,
    get_invoke_event,
)
from aws_lambda_powertools.utilities.data_classes.connect_contact_flow_event import (
    ConnectContactFlowChannel,
    ConnectContactFlowEndpointType,
    ConnectContactFlowInitiationMethod,
)
from aws_lambda_powertools.utilities.data_classes.iot_registry_event import (
    IoTCoreAddOrDeleteFromThingGroupEvent,
    IoTCoreAddOrRemoveFromThingGroupEvent,
    IoTCoreThingEvent,
    IoTCoreThingGroupEvent,
    IoTCoreThingTypeAssociationEvent,
    IoTCoreThingTypeEvent,
)

EVENTS = pathlib.Path(__file__).parents[2] / "events"
IOT_TIMESTAMP = datetime.datetime.fromtimestamp(1716812400.512)


def load_event(name: str) -> dict[str, Any]:
    return json.loads((EVENTS / f"{name}.json").read_text())


# CloudWatch alarm


def test_cloudwatch_metric_alarm_event() -> None:
    event = CloudWatchAlarmEvent(load_event("cloudWatchAlarmEventSingleMetric"))

    assert event.source == "aws.cloudwatch"
    assert (
        event.alarm_arn == "arn:aws:cloudwatch:eu-west-1:210987654321:alarm:checkout-latency-high"
    )
    assert event.region == "eu-west-1"
    assert event.source_account_id == "210987654321"
    assert event.timestamp == "2024-05-27T12:00:00.512+0000"
    data = event.alarm_data
    assert data.alarm_name == "checkout-latency-high"
    assert data.state.value == "ALARM"
    assert data.state.reason.startswith("Threshold Crossed")
    assert data.state.reason_data_decoded["recentDatapoints"] == [812.5]
    assert json.loads(data.state.reason_data)["threshold"] == 500.0
    assert data.state.timestamp == "2024-05-27T12:00:00.512+0000"
    assert data.state.actions_suppressed_by is None
    assert data.state.actions_suppressed_reason is None
    assert data.previous_state.value == "OK"
    configuration = data.configuration
    assert configuration.description == "p50 latency of the checkout function"
    assert configuration.alarm_rule is None
    metric, expression = configuration.metrics
    assert (metric.metric_id, metric.return_data, metric.expression) == ("lat", True, None)
    assert metric.metric_stat.period == 300
    assert metric.metric_stat.stat == "Average"
    assert metric.metric_stat.unit == "Milliseconds"
    assert metric.metric_stat.metric["name"] == "Duration"
    assert (expression.expression, expression.label, expression.return_data) == (
        "lat / 1000",
        "Seconds",
        False,
    )


def test_cloudwatch_composite_alarm_event() -> None:
    data = CloudWatchAlarmEvent(load_event("cloudWatchAlarmEventCompositeMetric")).alarm_data

    configuration = data.configuration
    assert configuration.alarm_rule == "ALARM(checkout-latency-high) OR ALARM(checkout-errors)"
    assert configuration.alarm_actions_suppressor == "maintenance-window"
    assert configuration.alarm_actions_suppressor_wait_period == 120
    assert configuration.alarm_actions_suppressor_extension_period == 180
    assert configuration.metrics == []
    assert configuration.description is None
    assert data.previous_state.actions_suppressed_by == "ExtensionPeriod"
    assert data.previous_state.actions_suppressed_reason == "Actions suppressed by ExtensionPeriod"
    assert data.previous_state.reason_data_decoded is not None
    assert data.state.reason_data_decoded["triggeringAlarms"][0]["state"] == {"value": "ALARM"}


def test_cloudwatch_alarm_reason_data_uses_the_event_deserializer() -> None:
    raw = load_event("cloudWatchAlarmEventSingleMetric")
    event = CloudWatchAlarmEvent(raw, json_deserializer=lambda text: {"raw": text})

    assert event.alarm_data.state.reason_data_decoded == {
        "raw": raw["alarmData"]["state"]["reasonData"]
    }


# CloudWatch dashboard custom widget


def test_cloudwatch_dashboard_custom_widget_event() -> None:
    event = CloudWatchDashboardCustomWidgetEvent(load_event("cloudWatchDashboardEvent"))

    context = event.widget_context
    assert event.describe is False
    assert context is not None
    assert context.dashboard_name == "checkout-ops"
    assert context.widget_id == "widget-7"
    assert context.domain == "https://eu-west-1.console.aws.amazon.com"
    assert context.account_id == "210987654321"
    assert context.locale == "en-GB"
    assert (context.timezone.label, context.timezone.offset_iso) == ("Local", "+01:00")
    assert context.timezone.offset_in_minutes == -60
    assert context.period == 300
    assert context.is_auto_period is True
    assert context.theme == "dark"
    assert context.link_charts is False
    assert context.title == "Orders per minute"
    assert context.forms == {"region": "eu-west-1", "limit": "25"}
    assert context.params == {"table": "orders"}
    assert (context.width, context.height) == (640, 320)
    time_range = context.time_range
    assert time_range.mode == "relative"
    assert (time_range.start, time_range.end) == (1716726000000, 1716812400000)
    assert time_range.relative_start == 86400000
    assert (time_range.zoom_start, time_range.zoom_end) == (1716800000000, 1716810000000)


def test_cloudwatch_dashboard_describe_request_has_no_context() -> None:
    event = CloudWatchDashboardCustomWidgetEvent({"describe": True})

    assert event.describe is True
    assert event.widget_context is None
    assert CloudWatchDashboardCustomWidgetEvent({}).describe is False


# AWS Config


def test_config_rule_event_with_configuration_change() -> None:
    event = AWSConfigRuleEvent(load_event("awsConfigRuleConfigurationChanged"))

    assert event.version == "1.0"
    assert event.rule_parameters == {"desiredInstanceType": "t3.medium"}
    assert event.result_token == "dGhpcyBpcyBhIHJlc3VsdCB0b2tlbiBmb3IgdGVzdHM="
    assert event.event_left_scope is False
    assert event.execution_role_arn.endswith(
        ":role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig"
    )
    assert event.config_rule_arn.endswith(":config-rule/config-rule-x7y8z9")
    assert event.config_rule_name == "instance-type-check"
    assert event.config_rule_id == "config-rule-x7y8z9"
    assert event.accountid == "210987654321"
    assert event.evalution_mode == "DETECTIVE"
    assert (
        json.loads(event.raw_invoking_event)["messageType"] == "ConfigurationItemChangeNotification"
    )
    invoking = event.invoking_event
    assert isinstance(invoking, AWSConfigConfigurationChanged)
    assert invoking.message_type == "ConfigurationItemChangeNotification"
    assert invoking.record_version == "1.3"
    assert invoking.notification_creation_time == "2024-05-27T12:00:02.100Z"
    assert invoking.configuration_item_diff["changeType"] == "UPDATE"
    assert invoking.raw_configuration_item["resourceId"] == "i-0f1e2d3c4b5a69788"
    item = invoking.configuration_item
    assert item.related_events == []
    assert item.relationships[0]["resourceType"] == "AWS::EC2::SecurityGroup"
    assert item.configuration["instanceType"] == "t3.large"
    assert item.supplementary_configuration == {}
    assert item.tags == {"team": "payments"}
    assert item.configuration_item_version == "1.3"
    assert item.configuration_item_capture_time == "2024-05-27T12:00:00.512Z"
    assert item.configuration_state_id == 1716811200512
    assert item.accountid == "210987654321"
    assert item.configuration_item_status == "OK"
    assert item.resource_type == "AWS::EC2::Instance"
    assert item.resource_id == "i-0f1e2d3c4b5a69788"
    assert item.resource_name is None
    assert item.resource_arn == "arn:aws:ec2:eu-west-1:210987654321:instance/i-0f1e2d3c4b5a69788"
    assert item.region == "eu-west-1"
    assert item.availability_zone == "eu-west-1b"
    assert item.configuration_state_md5_hash == ""
    assert item.resource_creation_time == "2024-05-01T08:00:00.000Z"


def test_config_rule_event_with_oversized_configuration() -> None:
    event = AWSConfigRuleEvent(load_event("awsConfigRuleOversizedConfiguration"))

    invoking = event.invoking_event
    assert isinstance(invoking, AWSConfigOversizedConfiguration)
    assert invoking.message_type == "OversizedConfigurationItemChangeNotification"
    assert invoking.record_version == "1.0"
    assert invoking.notification_creation_time == "2024-05-27T12:00:02.100Z"
    assert invoking.raw_configuration_item_summary["changeType"] == "UPDATE"
    summary = invoking.configuration_item_summary
    assert summary.change_type == "UPDATE"
    assert summary.resource_type == "AWS::EC2::Instance"
    assert summary.accountid == "210987654321"
    assert summary.region == "eu-west-1"
    assert event.evalution_mode is None


def test_config_rule_event_with_scheduled_notification() -> None:
    event = AWSConfigRuleEvent(load_event("awsConfigRuleScheduled"))

    invoking = event.invoking_event
    assert isinstance(invoking, AWSConfigScheduledNotification)
    assert invoking.accountid == "210987654321"
    assert invoking.message_type == "ScheduledNotification"
    assert invoking.record_version == "1.0"
    assert invoking.notification_creation_time == "2024-05-27T12:00:00.000Z"
    assert event.rule_parameters == {}


def test_config_unknown_message_type_reads_as_configuration_change() -> None:
    assert isinstance(get_invoke_event({"messageType": "Other"}), AWSConfigConfigurationChanged)


def test_config_invoking_event_is_parsed_once() -> None:
    event = AWSConfigRuleEvent(load_event("awsConfigRuleScheduled"))

    assert event.invoking_event is event.invoking_event


# Secrets Manager, CodeDeploy, CloudFormation


def test_secrets_manager_rotation_event() -> None:
    event = SecretsManagerEvent(load_event("secretsManagerEvent"))

    assert (
        event.secret_id
        == "arn:aws:secretsmanager:eu-west-1:210987654321:secret:prod/db/orders-Ab1Cd2"
    )
    assert event.client_request_token == "7f9a2c4e-1b3d-4e5f-8a6b-9c0d1e2f3a4b"
    assert event.version_id == event.client_request_token
    assert event.step == "createSecret"


def test_codedeploy_lifecycle_hook_event() -> None:
    event = CodeDeployLifecycleHookEvent(load_event("codeDeployLifecycleHookEvent"))

    assert event.deployment_id == "d-7Q2RS4TUV"
    assert event.lifecycle_event_hook_execution_id.startswith("eyJlbmNyeXB0ZWREYXRhIjoi")


def test_cloudformation_create_request() -> None:
    event = CloudFormationCustomResourceEvent(load_event("cloudformationCustomResourceCreate"))

    assert event.request_type == "Create"
    assert (
        event.service_token == "arn:aws:lambda:eu-west-1:210987654321:function:dns-record-provider"
    )
    assert event.response_url.startswith("https://cloudformation-custom-resource-response-euwest1.")
    assert event.stack_id.startswith("arn:aws:cloudformation:eu-west-1:210987654321:stack/edge/")
    assert event.request_id == "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f"
    assert event.logical_resource_id == "ApiDnsRecord"
    assert event.resource_type == "Custom::DnsRecord"
    assert event.physical_resource_id == ""
    assert event.resource_properties["Ttl"] == "300"
    assert event.old_resource_properties == {}


def test_cloudformation_update_and_delete_requests() -> None:
    update = CloudFormationCustomResourceEvent(load_event("cloudformationCustomResourceUpdate"))
    delete = CloudFormationCustomResourceEvent(load_event("cloudformationCustomResourceDelete"))

    assert update.request_type == "Update"
    assert update.physical_resource_id == "api.example.org/A"
    assert update.old_resource_properties["Ttl"] == "300"
    assert update.resource_properties["Ttl"] == "60"
    assert delete.request_type == "Delete"
    assert delete.old_resource_properties == {}


# Connect


def test_connect_contact_flow_event_with_every_field() -> None:
    event = ConnectContactFlowEvent(load_event("connectContactFlowEventAll"))

    data = event.contact_data
    assert event.parameters == {"lookup": "balance", "language": "pt-PT"}
    assert data.attributes == {"customerTier": "gold"}
    assert data.channel is ConnectContactFlowChannel.VOICE
    assert data.contact_id == "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
    assert data.initial_contact_id == data.contact_id
    assert data.previous_contact_id == "9f8e7d6c-5b4a-4392-8a1b-0c9d8e7f6a5b"
    assert data.initiation_method is ConnectContactFlowInitiationMethod.INBOUND
    assert data.instance_arn.endswith(":instance/1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b")
    assert data.customer_endpoint is not None
    assert data.customer_endpoint.address == "+351210000000"
    assert data.customer_endpoint.endpoint_type is ConnectContactFlowEndpointType.TELEPHONE_NUMBER
    assert data.system_endpoint is not None
    assert data.system_endpoint.address == "+351219999999"
    assert data.queue is not None
    assert (data.queue.name, data.queue.arn.endswith("/queue/aa11bb22")) == ("Billing", True)
    audio = data.media_streams.customer.audio
    assert audio.start_fragment_number == "91343852333181432392682062622220590765191907999"
    assert audio.start_timestamp == "1716812400512"
    assert audio.stream_arn is not None


def test_connect_contact_flow_event_with_minimum_fields() -> None:
    data = ConnectContactFlowEvent(load_event("connectContactFlowEventMin")).contact_data

    assert data.channel is ConnectContactFlowChannel.CHAT
    assert data.initiation_method is ConnectContactFlowInitiationMethod.API
    assert (data.customer_endpoint, data.system_endpoint, data.queue) == (None, None, None)
    audio = data.media_streams.customer.audio
    assert (audio.start_fragment_number, audio.start_timestamp, audio.stream_arn) == (
        None,
        None,
        None,
    )


# Transfer Family


def test_transfer_family_authorizer_event() -> None:
    event = TransferFamilyAuthorizer(load_event("transferFamilyAuthorizer"))

    assert event.username == "partner-acme"
    assert event.password == "correct horse battery staple"
    assert event.protocol == "SFTP"
    assert event.server_id == "s-0123456789abcdef0"
    assert event.source_ip == "203.0.113.77"
    assert TransferFamilyAuthorizer({"username": "key-user"}).password is None


def test_transfer_family_s3_path_response() -> None:
    response = TransferFamilyAuthorizerResponse().build_authentication_response_s3(
        role_arn="arn:aws:iam::210987654321:role/sftp",
        home_directory="/partner-bucket/acme",
        policy='{"Version": "2012-10-17"}',
        public_keys="ssh-ed25519 AAAAC3Nza",
    )

    assert response == {
        "Role": "arn:aws:iam::210987654321:role/sftp",
        "HomeDirectoryType": "PATH",
        "HomeDirectory": "/partner-bucket/acme",
        "Policy": '{"Version": "2012-10-17"}',
        "PublicKeys": "ssh-ed25519 AAAAC3Nza",
    }


def test_transfer_family_logical_response_serializes_the_mappings() -> None:
    details = [{"Entry": "/", "Target": "/partner-bucket/acme"}]

    response = TransferFamilyAuthorizerResponse().build_authentication_response_s3(
        role_arn="arn:r",
        home_directory="/ignored",
        home_directory_type="LOGICAL",
        home_directory_details=details,
    )

    assert response == {
        "Role": "arn:r",
        "HomeDirectoryType": "LOGICAL",
        "HomeDirectoryDetails": '[{"Entry": "/", "Target": "/partner-bucket/acme"}]',
    }


def test_transfer_family_efs_response_has_a_posix_profile() -> None:
    response = TransferFamilyAuthorizerResponse().build_authentication_response_efs(
        role_arn="arn:r", user_gid=0, user_uid=1001, home_directory="/fs-12345678/acme"
    )

    assert response == {
        "Role": "arn:r",
        "HomeDirectoryType": "PATH",
        "HomeDirectory": "/fs-12345678/acme",
        "PosixProfile": {"Gid": 0, "Uid": 1001},
    }


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "home_directory must be set when home_directory_type is PATH"),
        (
            {"home_directory_type": "LOGICAL"},
            "home_directory_details must be set when home_directory_type is LOGICAL",
        ),
        (
            {"home_directory_type": "HOME", "home_directory": "/x"},
            "Invalid home_directory_type: HOME",
        ),
    ],
)
def test_transfer_family_response_rejects_an_incomplete_home_directory(
    kwargs: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        TransferFamilyAuthorizerResponse().build_authentication_response_s3(
            role_arn="arn:r", **kwargs
        )


# IoT registry


def test_iot_thing_event() -> None:
    event = IoTCoreThingEvent(load_event("iotRegistryThingEvent"))

    assert event.event_id == "3b4c5d6e-7f80-4a91-b2c3-d4e5f6a7b8c9"
    assert event.timestamp == IOT_TIMESTAMP
    assert event.event_type == "THING_EVENT"
    assert event.operation == "CREATED"
    assert event.account_id == "210987654321"
    assert event.thing_id == "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e"
    assert event.thing_name == "boiler-17"
    assert event.version_number == 1
    assert event.thing_type_name == "Boiler"
    assert event.attributes == {"floor": "3", "site": "lisbon"}


def test_iot_thing_type_event() -> None:
    event = IoTCoreThingTypeEvent(load_event("iotRegistryThingTypeEvent"))

    assert event.event_type == "THING_TYPE_EVENT"
    assert event.operation == "UPDATED"
    assert event.account_id == "210987654321"
    assert event.thing_type_id == "c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f"
    assert event.thing_type_name == "Boiler"
    assert event.is_deprecated is True
    assert event.deprecation_date == datetime.datetime(
        2024, 5, 27, 12, 0, tzinfo=datetime.timezone.utc
    )
    assert event.searchable_attributes == ["floor", "site"]
    assert event.propagating_attributes[1] == {
        "userPropertyKey": "client",
        "connectionAttribute": "iot:ClientId",
    }
    assert event.description == "Gas boilers"
    assert IoTCoreThingTypeEvent({"deprecationDate": None}).deprecation_date is None


def test_iot_thing_type_association_event() -> None:
    event = IoTCoreThingTypeAssociationEvent(load_event("iotRegistryThingTypeAssociationEvent"))

    assert event.event_type == "THING_TYPE_ASSOCIATION_EVENT"
    assert event.operation == "ADDED"
    assert event.thing_id == "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e"
    assert event.thing_name == "boiler-17"
    assert event.thing_type_name == "Boiler"
    assert event.timestamp == IOT_TIMESTAMP


def test_iot_thing_group_event() -> None:
    event = IoTCoreThingGroupEvent(load_event("iotRegistryThingGroupEvent"))

    assert event.event_type == "THING_GROUP_EVENT"
    assert event.operation == "UPDATED"
    assert event.account_id == "210987654321"
    assert event.thing_group_id == "d3e4f5a6-b7c8-4d9e-0f1a-2b3c4d5e6f70"
    assert event.thing_group_name == "lisbon-floor-3"
    assert event.version_number == 4
    assert event.parent_group_name == "lisbon"
    assert event.parent_group_id == "e4f5a6b7-c8d9-4e0f-1a2b-3c4d5e6f7081"
    assert event.description == "Boilers on the third floor"
    assert [g["groupId"] for g in event.root_to_parent_thing_groups] == [
        "f5a6b7c8-d9e0-4f1a-2b3c-4d5e6f708192",
        "e4f5a6b7-c8d9-4e0f-1a2b-3c4d5e6f7081",
    ]
    assert event.attributes == {"manager": "ops-lisbon"}
    assert event.dynamic_group_mapping_id is None


def test_iot_thing_group_membership_event() -> None:
    event = IoTCoreAddOrRemoveFromThingGroupEvent(
        load_event("iotRegistryAddOrRemoveFromThingGroupEvent")
    )

    assert event.event_type == "THING_GROUP_MEMBERSHIP_EVENT"
    assert event.operation == "ADDED"
    assert event.account_id == "210987654321"
    assert event.group_arn.endswith(":thinggroup/lisbon-floor-3")
    assert event.group_id == "d3e4f5a6-b7c8-4d9e-0f1a-2b3c4d5e6f70"
    assert event.thing_arn.endswith(":thing/boiler-17")
    assert event.thing_id == "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e"
    assert event.membership_id == "8091a2b3-c4d5-4ef6-a7b8-c9d0e1f20314"


def test_iot_thing_group_hierarchy_event() -> None:
    event = IoTCoreAddOrDeleteFromThingGroupEvent(
        load_event("iotRegistryAddOrDeleteFromThingGroupEvent")
    )

    assert event.event_type == "THING_GROUP_HIERARCHY_EVENT"
    assert event.operation == "REMOVED"
    assert event.account_id == "210987654321"
    assert event.thing_group_id == "e4f5a6b7-c8d9-4e0f-1a2b-3c4d5e6f7081"
    assert event.thing_group_name == "lisbon"
    assert event.child_group_id == "d3e4f5a6-b7c8-4d9e-0f1a-2b3c4d5e6f70"
    assert event.child_group_name == "lisbon-floor-3"
