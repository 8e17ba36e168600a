"""Module-level names and class attributes the record and stream modules expose."""

from __future__ import annotations

import base64
import importlib
import subprocess
import sys
import typing

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aws_lambda_powertools.utilities.data_classes import shared_functions
from aws_lambda_powertools.utilities.data_classes.common import DictWrapper
from aws_lambda_powertools.utilities.data_classes.kafka_event import (
    KafkaEvent,
    decode_header_bytes,
)
from aws_lambda_powertools.utilities.data_classes.kinesis_firehose_event import (
    KinesisFirehoseDataTransformationRecord,
    KinesisFirehoseDataTransformationRecordMetadata,
)
from aws_lambda_powertools.utilities.data_classes.s3_batch_operation_event import (
    S3BatchOperationResponse,
    S3BatchOperationResponseRecord,
)
from aws_lambda_powertools.utilities.data_classes.sqs_event import SQSRecord

PACKAGE = "aws_lambda_powertools.utilities.data_classes"


def _module(name: str) -> typing.Any:
    return importlib.import_module(f"{PACKAGE}.{name}")


def _modules_after(script: str) -> set[str]:
    completed = subprocess.run(
        [sys.executable, "-c", f"{script}\nimport sys; print('\\n'.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(completed.stdout.split())


# --- sqs_event ---------------------------------------------------------------------------


def test_sqs_record_nested_event_is_a_type_variable_bound_to_dict_wrapper() -> None:
    nested_event = SQSRecord.NestedEvent

    assert isinstance(nested_event, typing.TypeVar)
    assert nested_event.__name__ == "NestedEvent"
    assert nested_event.__bound__ is DictWrapper
    assert nested_event.__constraints__ == ()


def test_sqs_record_nested_event_is_one_object_on_the_class_and_its_instances() -> None:
    first = SQSRecord.NestedEvent
    record = SQSRecord({"messageId": "m1", "body": "{}"})

    assert SQSRecord.NestedEvent is first
    assert record.NestedEvent is first
    assert SQSRecord.__dict__["NestedEvent"] is first


def test_sqs_record_nested_event_read_first_from_an_instance_is_a_type_variable() -> None:
    script = (
        f"from {PACKAGE}.sqs_event import SQSRecord\n"
        "value = SQSRecord({'body': '{}'}).NestedEvent\n"
        "assert type(value).__name__ == 'TypeVar', value\n"
        "assert SQSRecord.NestedEvent is value\n"
        "print(value.__name__, value.__bound__.__name__)"
    )

    completed = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )

    assert completed.stdout.split() == ["NestedEvent", "DictWrapper"]


@pytest.mark.parametrize(("name", "home"), [("S3Event", "s3_event"), ("SNSMessage", "sns_event")])
def test_sqs_event_re_exports_nested_event_classes(name: str, home: str) -> None:
    sqs_event = _module("sqs_event")

    assert name in dir(sqs_event)
    assert getattr(sqs_event, name) is getattr(_module(home), name)


def test_importing_sqs_event_loads_neither_nested_event_module_nor_typing() -> None:
    loaded = _modules_after(f"from {PACKAGE} import SQSEvent")

    assert f"{PACKAGE}.s3_event" not in loaded
    assert f"{PACKAGE}.sns_event" not in loaded
    assert "typing" not in loaded


def test_reading_sqs_event_s3_event_loads_the_s3_module_on_first_use() -> None:
    loaded = _modules_after(f"from {PACKAGE} import sqs_event\nsqs_event.S3Event")

    assert f"{PACKAGE}.s3_event" in loaded
    assert f"{PACKAGE}.sns_event" not in loaded


def test_sqs_event_unknown_attribute_raises_attribute_error() -> None:
    with pytest.raises(AttributeError, match=f"module '{PACKAGE}.sqs_event' has no attribute 'x'"):
        _module("sqs_event").x  # noqa: B018


# --- active_mq_event / rabbit_mq_event ------------------------------------------------------


@pytest.mark.parametrize("module_name", ["active_mq_event", "rabbit_mq_event"])
def test_mq_modules_re_export_base64_decode(module_name: str) -> None:
    module = _module(module_name)

    assert "base64_decode" in dir(module)
    assert module.base64_decode is shared_functions.base64_decode
    assert module.base64_decode(base64.b64encode(b"queue text").decode()) == "queue text"


@pytest.mark.parametrize(
    ("name", "module_name"),
    [("ActiveMQEvent", "active_mq_event"), ("RabbitMQEvent", "rabbit_mq_event")],
)
def test_importing_an_mq_event_does_not_load_shared_functions(name: str, module_name: str) -> None:
    loaded = _modules_after(f"from {PACKAGE}.{module_name} import {name}")

    assert f"{PACKAGE}.{module_name}" in loaded
    assert f"{PACKAGE}.shared_functions" not in loaded


# --- kafka_event ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("byte_list", "expected"),
    [
        ([104, 105], b"hi"),
        ([], b""),
        ([0, 127, 128, 255], b"\x00\x7f\x80\xff"),
        ([-1, -128, 127], b"\xff\x80\x7f"),
        ([104, -1, 105], b"h\xffi"),
        ([256, -1], b"\x00\xff"),
    ],
)
def test_decode_header_bytes_turns_byte_values_into_bytes(
    byte_list: list[int], expected: bytes
) -> None:
    assert decode_header_bytes(byte_list) == expected


def test_decode_header_bytes_rejects_a_value_above_255() -> None:
    with pytest.raises(ValueError, match=r"bytes must be in range\(0, 256\)"):
        decode_header_bytes([256])


def test_decode_header_bytes_rejects_a_value_that_is_not_an_integer() -> None:
    with pytest.raises(TypeError, match="'float' object cannot be interpreted as an integer"):
        decode_header_bytes([1.0])  # type: ignore[list-item]


@given(st.lists(st.integers(min_value=-128, max_value=255)))
def test_decode_header_bytes_reads_negative_values_as_twos_complement(values: list[int]) -> None:
    decoded = decode_header_bytes(values)

    assert list(decoded) == [value % 256 for value in values]


def test_kafka_decoded_headers_accept_signed_byte_values() -> None:
    record = {
        "topic": "orders",
        "partition": 0,
        "offset": 15,
        "timestamp": 1545084650987,
        "timestampType": "CREATE_TIME",
        "value": base64.b64encode(b"{}").decode(),
        "headers": [{"traceparent": [104, 105]}, {"Checksum": [-1, 0, -128]}],
    }
    event = KafkaEvent({"eventSource": "aws:kafka", "records": {"orders-0": [record]}})

    headers = next(event.records).decoded_headers

    assert dict(headers) == {"traceparent": b"hi", "Checksum": b"\xff\x00\x80"}
    assert headers["checksum"] == b"\xff\x00\x80"


# --- iot_registry_event / s3_batch_operation_event -----------------------------------------


@pytest.mark.parametrize(
    ("module_name", "name", "values"),
    [
        ("iot_registry_event", "EVENT_CRUD_OPERATION", ("CREATED", "UPDATED", "DELETED")),
        ("iot_registry_event", "EVENT_ADD_REMOVE_OPERATION", ("ADDED", "REMOVED")),
        (
            "s3_batch_operation_event",
            "RESULT_CODE_TYPE",
            ("Succeeded", "TemporaryFailure", "PermanentFailure"),
        ),
    ],
)
def test_module_exposes_literal_type_of_allowed_values(
    module_name: str, name: str, values: tuple[str, ...]
) -> None:
    module = _module(module_name)

    alias = getattr(module, name)

    assert name in dir(module)
    assert typing.get_origin(alias) is typing.Literal
    assert typing.get_args(alias) == values
    assert getattr(module, name) is alias


@pytest.mark.parametrize("module_name", ["iot_registry_event", "s3_batch_operation_event"])
def test_literal_type_modules_raise_attribute_error_for_unknown_names(module_name: str) -> None:
    with pytest.raises(AttributeError, match=f"module '{PACKAGE}.{module_name}' has no attribute"):
        _module(module_name).EVENT_UNKNOWN  # noqa: B018


# --- response builders ---------------------------------------------------------------------


def test_firehose_transformation_record_class_exposes_its_defaults() -> None:
    import json

    cls = KinesisFirehoseDataTransformationRecord

    assert cls.data == ""
    assert cls.result == "Ok"
    assert cls.metadata is None
    assert cls.json_serializer is json.dumps
    assert cls.json_deserializer is json.loads


def test_firehose_transformation_record_instance_values_override_class_defaults() -> None:
    metadata = KinesisFirehoseDataTransformationRecordMetadata(partition_keys={"year": "2024"})

    record = KinesisFirehoseDataTransformationRecord(
        record_id="r1", result="Dropped", data="aGk=", metadata=metadata, json_serializer=repr
    )

    assert (record.result, record.data, record.metadata) == ("Dropped", "aGk=", metadata)
    assert record.json_serializer is repr
    assert KinesisFirehoseDataTransformationRecord.result == "Ok"
    assert record.asdict() == {
        "recordId": "r1",
        "result": "Dropped",
        "data": "aGk=",
        "metadata": {"partitionKeys": {"year": "2024"}},
    }


def test_s3_batch_response_classes_expose_their_defaults() -> None:
    assert S3BatchOperationResponse.treat_missing_keys_as == "Succeeded"
    assert S3BatchOperationResponseRecord.result_string is None


def test_s3_batch_response_instance_values_override_class_defaults() -> None:
    response = S3BatchOperationResponse("2.0", "inv-1", "PermanentFailure")
    response.add_result(S3BatchOperationResponseRecord("t1", "Succeeded", "copied"))

    assert response.asdict() == {
        "invocationSchemaVersion": "2.0",
        "treatMissingKeysAs": "PermanentFailure",
        "invocationId": "inv-1",
        "results": [{"taskId": "t1", "resultCode": "Succeeded", "resultString": "copied"}],
    }
    assert S3BatchOperationResponse.treat_missing_keys_as == "Succeeded"
