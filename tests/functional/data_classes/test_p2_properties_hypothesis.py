"""Property-based checks of the stream, queue, storage and service event data classes.

Two families of inputs:

* any JSON object: wrapping never fails and every property raises ``KeyError`` or returns
  its documented default (the keys a class reads are almost never drawn);
* a realistic event with any subset of its keys removed, at any depth: every property, at
  every level of nesting, returns a value of its declared type or raises ``KeyError``.
  Properties that decode a payload may also raise ``ValueError`` (a ``DataClassDecodeError``
  or the JSON deserializer's error) when the payload is not of the kind they decode.
"""

from __future__ import annotations

import collections.abc
import datetime
import enum
import functools
import importlib
import inspect
import json
import pathlib
import types
import typing
from typing import Any, Literal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aws_lambda_powertools.utilities.data_classes.common import DictWrapper

EVENTS = pathlib.Path(__file__).parents[2] / "events"
PACKAGE = "aws_lambda_powertools.utilities.data_classes"

# (module, class, fixtures) for every top-level event class of these modules.
CASES: list[tuple[str, str, tuple[str, ...]]] = [
    ("active_mq_event", "ActiveMQEvent", ("activeMQEvent",)),
    (
        "aws_config_rule_event",
        "AWSConfigRuleEvent",
        (
            "awsConfigRuleConfigurationChanged",
            "awsConfigRuleOversizedConfiguration",
            "awsConfigRuleScheduled",
        ),
    ),
    (
        "cloud_watch_alarm_event",
        "CloudWatchAlarmEvent",
        (
            "cloudWatchAlarmEventSingleMetric",
            "cloudWatchAlarmEventCompositeMetric",
        ),
    ),
    (
        "cloud_watch_custom_widget_event",
        "CloudWatchDashboardCustomWidgetEvent",
        ("cloudWatchDashboardEvent",),
    ),
    (
        "cloud_watch_logs_event",
        "CloudWatchLogsEvent",
        (
            "cloudWatchLogEvent",
            "cloudWatchLogEventWithPolicyLevel",
        ),
    ),
    (
        "cloudformation_custom_resource_event",
        "CloudFormationCustomResourceEvent",
        (
            "cloudformationCustomResourceCreate",
            "cloudformationCustomResourceUpdate",
        ),
    ),
    (
        "code_deploy_lifecycle_hook_event",
        "CodeDeployLifecycleHookEvent",
        ("codeDeployLifecycleHookEvent",),
    ),
    (
        "connect_contact_flow_event",
        "ConnectContactFlowEvent",
        (
            "connectContactFlowEventAll",
            "connectContactFlowEventMin",
        ),
    ),
    (
        "dynamo_db_stream_event",
        "DynamoDBStreamEvent",
        (
            "dynamoStreamEvent",
            "dynamoStreamTumblingWindowEvent",
        ),
    ),
    ("event_bridge_event", "EventBridgeEvent", ("eventBridgeEvent",)),
    ("iot_registry_event", "IoTCoreThingEvent", ("iotRegistryThingEvent",)),
    ("iot_registry_event", "IoTCoreThingTypeEvent", ("iotRegistryThingTypeEvent",)),
    (
        "iot_registry_event",
        "IoTCoreThingTypeAssociationEvent",
        ("iotRegistryThingTypeAssociationEvent",),
    ),
    ("iot_registry_event", "IoTCoreThingGroupEvent", ("iotRegistryThingGroupEvent",)),
    (
        "iot_registry_event",
        "IoTCoreAddOrRemoveFromThingGroupEvent",
        ("iotRegistryAddOrRemoveFromThingGroupEvent",),
    ),
    (
        "iot_registry_event",
        "IoTCoreAddOrDeleteFromThingGroupEvent",
        ("iotRegistryAddOrDeleteFromThingGroupEvent",),
    ),
    ("kafka_event", "KafkaEvent", ("kafkaEventMsk", "kafkaEventSelfManaged")),
    (
        "kinesis_firehose_event",
        "KinesisFirehoseEvent",
        (
            "kinesisFirehoseKinesisEvent",
            "kinesisFirehosePutEvent",
        ),
    ),
    (
        "kinesis_stream_event",
        "KinesisStreamEvent",
        (
            "kinesisStreamEvent",
            "kinesisStreamCloudWatchLogsEvent",
            "kinesisStreamZlibEvent",
        ),
    ),
    ("rabbit_mq_event", "RabbitMQEvent", ("rabbitMQEvent",)),
    (
        "s3_batch_operation_event",
        "S3BatchOperationEvent",
        (
            "s3BatchOperationEventSchemaV1",
            "s3BatchOperationEventSchemaV2",
        ),
    ),
    ("s3_event", "S3Event", ("s3Event", "s3EventGlacier", "s3EventIntelligentTiering")),
    (
        "s3_event",
        "S3EventBridgeNotificationEvent",
        (
            "s3EventBridgeNotificationObjectCreatedEvent",
            "s3EventBridgeNotificationObjectDeletedEvent",
            "s3EventBridgeNotificationObjectRestoreCompletedEvent",
        ),
    ),
    (
        "s3_object_event",
        "S3ObjectLambdaEvent",
        (
            "s3ObjectEventIAMUser",
            "s3ObjectEventTempCredentials",
        ),
    ),
    ("secrets_manager_event", "SecretsManagerEvent", ("secretsManagerEvent",)),
    ("ses_event", "SESEvent", ("sesEvent",)),
    ("sns_event", "SNSEvent", ("snsEvent",)),
    ("sqs_event", "SQSEvent", ("sqsEvent", "s3SqsEvent", "snsSqsEvent", "sqsFifoEvent")),
    ("transfer_family_event", "TransferFamilyAuthorizer", ("transferFamilyAuthorizer",)),
]

# Zero-argument methods that read the event; they are checked like properties.
READ_METHODS = {
    "data_as_bytes",
    "data_as_text",
    "data_as_json",
    "data_zlib_compressed_as_json",
    "parse_logs_data",
}
# Members that decode or parse a payload and may raise ValueError on a payload of the
# wrong kind (plain text where JSON is expected, uncompressed data, binary data...).
DECODING = READ_METHODS | {
    "decoded_data",
    "json_data",
    "json_body",
    "json_value",
    "decompress_logs_data",
    "decoded_nested_s3_event",
    "decoded_nested_sns_event",
    "reason_data_decoded",
    "invoking_event",
    "rule_parameters",
}
DYNAMODB_TYPES = {"S", "N", "B", "BOOL", "NULL", "M", "L", "SS", "NS", "BS"}

# Names the modules import only for type checkers, needed to evaluate annotations.
TYPE_NAMES: dict[str, Any] = {
    "Any": Any,
    "Literal": Literal,
    "Iterator": collections.abc.Iterator,
    "ItemsView": collections.abc.ItemsView,
    "datetime": datetime.datetime,
    "EVENT_CRUD_OPERATION": Literal["CREATED", "UPDATED", "DELETED"],
    "EVENT_ADD_REMOVE_OPERATION": Literal["ADDED", "REMOVED"],
}

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


def load_event(name: str) -> dict[str, Any]:
    return json.loads((EVENTS / f"{name}.json").read_text())


def event_class(module: str, name: str) -> type[DictWrapper]:
    cls: type[DictWrapper] = getattr(importlib.import_module(f"{PACKAGE}.{module}"), name)
    return cls


def declared_type(cls: type, name: str, member: Any) -> Any:
    function = member.fget if isinstance(member, property) else getattr(member, "func", member)
    module = importlib.import_module(cls.__module__)
    namespace = {**TYPE_NAMES, **vars(module)}
    for extra in ("s3_event", "sns_event"):
        namespace.update(vars(importlib.import_module(f"{PACKAGE}.{extra}")))
    return typing.get_type_hints(function, globalns=namespace)["return"]


def conforms(value: Any, expected: Any) -> bool:
    origin = typing.get_origin(expected)
    args = typing.get_args(expected)
    if expected is Any:
        return True
    if expected is None or expected is type(None):
        return value is None
    if origin in (typing.Union, types.UnionType):
        return any(conforms(value, arg) for arg in args)
    if origin is Literal:
        return value in args
    if origin is not None:
        return isinstance(value, origin)
    if expected is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if expected is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, expected)


def members(obj: Any) -> list[tuple[str, Any]]:
    found = []
    for name in dir(type(obj)):
        if name.startswith("_") or name == "raw_event":
            continue
        member = inspect.getattr_static(type(obj), name)
        is_property = isinstance(member, (property, functools.cached_property))
        if is_property or (name in READ_METHODS and callable(member)):
            found.append((name, member))
    return found


def check_every_property(obj: DictWrapper, depth: int = 0) -> int:
    """Read every member of ``obj`` and its nested wrappers; return how many were read."""
    checked = 0
    for name, member in members(obj):
        allowed: tuple[type[Exception], ...] = (
            (KeyError, ValueError) if name in DECODING else (KeyError,)
        )
        try:
            value = getattr(obj, name)
            if inspect.isfunction(member):
                value = value()
        except allowed:
            continue
        checked += 1
        expected = declared_type(type(obj), name, member)
        if isinstance(value, collections.abc.Iterator):
            value = list(value)
            assert typing.get_origin(expected) is collections.abc.Iterator, (type(obj), name)
        else:
            assert conforms(value, expected), (type(obj).__name__, name, expected, value)
        if depth < 6:
            checked += sum(check_every_property(child, depth + 1) for child in children(value))
    return checked


def children(value: Any) -> list[DictWrapper]:
    if isinstance(value, DictWrapper):
        return [value]
    if isinstance(value, list):
        return [item for item in value if isinstance(item, DictWrapper)]
    if isinstance(value, dict):
        nested = [item for item in value.values() if isinstance(item, (DictWrapper, list))]
        return [child for item in nested for child in children(item)]
    return []


@st.composite
def without_some_keys(draw: st.DrawFn, data: Any) -> Any:
    """Return ``data`` with any subset of its dict keys removed, at any depth."""
    if isinstance(data, dict):
        if len(data) == 1 and next(iter(data)) in DYNAMODB_TYPES:
            return data  # an attribute value is one typed entry, never partial
        kept = {}
        for key, value in data.items():
            if draw(st.integers(0, 3)):
                kept[key] = draw(without_some_keys(value))
        return kept
    if isinstance(data, list):
        return [draw(without_some_keys(item)) for item in data]
    return data


ALL_FIXTURES = [
    pytest.param(module, name, fixture, id=f"{name}-{fixture}")
    for module, name, fixtures in CASES
    for fixture in fixtures
]


@pytest.mark.parametrize(("module", "name"), [(m, n) for m, n, _ in CASES])
@settings(max_examples=25, deadline=None)
@given(raw=st.dictionaries(st.text(max_size=12), JSON, max_size=6))
def test_any_json_object_wraps_without_error(module: str, name: str, raw: dict[str, Any]) -> None:
    event = event_class(module, name)(raw)

    assert event.raw_event is raw
    assert event == raw


@pytest.mark.parametrize(("module", "name"), [(m, n) for m, n, _ in CASES])
@settings(max_examples=25, deadline=None)
@given(raw=st.dictionaries(st.text(max_size=12).map(lambda key: f"~{key}"), JSON, max_size=6))
def test_fields_absent_from_any_json_object_raise_key_error_or_give_defaults(
    module: str, name: str, raw: dict[str, Any]
) -> None:
    # The "~" prefix keeps drawn keys apart from every field name an event uses.
    event = event_class(module, name)(raw)

    check_every_property(event)


@pytest.mark.parametrize(("module", "name", "fixture"), ALL_FIXTURES)
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_events_with_missing_fields_return_declared_types_or_raise_key_error(
    module: str, name: str, fixture: str, data: st.DataObject
) -> None:
    raw = data.draw(without_some_keys(load_event(fixture)))

    check_every_property(event_class(module, name)(raw))


@pytest.mark.parametrize(("module", "name", "fixture"), ALL_FIXTURES)
def test_complete_events_return_declared_types_for_every_property(
    module: str, name: str, fixture: str
) -> None:
    checked = check_every_property(event_class(module, name)(load_event(fixture)))

    assert checked >= 2


def test_declared_enum_members_are_enums() -> None:
    from aws_lambda_powertools.utilities.data_classes.dynamo_db_stream_event import StreamViewType

    assert issubclass(StreamViewType, enum.Enum)
