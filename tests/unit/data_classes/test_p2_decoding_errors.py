"""Invalid base64, non-UTF-8 payloads and corrupt gzip data fail with errors naming the field."""

from __future__ import annotations

import base64
import gzip
import json
from collections.abc import Callable
from typing import Any

import pytest

from aws_lambda_powertools.exceptions import PowertoolsError
from aws_lambda_powertools.utilities.data_classes import (
    CloudWatchLogsEvent,
    KinesisFirehoseDataTransformationRecord,
    KinesisStreamEvent,
)
from aws_lambda_powertools.utilities.data_classes.active_mq_event import ActiveMQMessage
from aws_lambda_powertools.utilities.data_classes.common import DataClassDecodeError
from aws_lambda_powertools.utilities.data_classes.kafka_event import KafkaEventRecord
from aws_lambda_powertools.utilities.data_classes.kinesis_firehose_event import (
    KinesisFirehoseRecord,
)
from aws_lambda_powertools.utilities.data_classes.kinesis_stream_event import (
    KinesisStreamRecordPayload,
    extract_cloudwatch_logs_from_record,
)
from aws_lambda_powertools.utilities.data_classes.rabbit_mq_event import RabbitMessage

BAD_PADDING = "abc"
NOT_UTF8 = base64.b64encode(b"\xff\xfe\x00binary").decode()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def test_decode_error_is_a_powertools_value_error() -> None:
    assert issubclass(DataClassDecodeError, PowertoolsError)
    assert issubclass(DataClassDecodeError, ValueError)


@pytest.mark.parametrize(
    ("read", "field"),
    [
        (lambda: KinesisStreamRecordPayload({"data": BAD_PADDING}).data_as_bytes(), "kinesis.data"),
        (lambda: KinesisFirehoseRecord({"data": BAD_PADDING}).data_as_bytes, "data"),
        (
            lambda: KinesisFirehoseDataTransformationRecord("r1", data=BAD_PADDING).data_as_bytes,
            "data",
        ),
        (lambda: KafkaEventRecord({"value": BAD_PADDING}).decoded_value, "value"),
        (lambda: KafkaEventRecord({"key": BAD_PADDING}).decoded_key, "key"),
        (lambda: ActiveMQMessage({"data": BAD_PADDING}).decoded_data, "data"),
        (lambda: RabbitMessage({"data": BAD_PADDING}).decoded_data, "data"),
        (
            lambda: CloudWatchLogsEvent({"awslogs": {"data": BAD_PADDING}}).parse_logs_data(),
            "awslogs.data",
        ),
    ],
)
def test_invalid_base64_names_the_field(read: Callable[[], Any], field: str) -> None:
    with pytest.raises(DataClassDecodeError, match=f"event field '{field}' is not valid base64"):
        read()


@pytest.mark.parametrize(
    ("read", "field"),
    [
        (lambda: KinesisStreamRecordPayload({"data": NOT_UTF8}).data_as_text(), "kinesis.data"),
        (lambda: KinesisStreamRecordPayload({"data": NOT_UTF8}).data_as_json(), "kinesis.data"),
        (lambda: KinesisFirehoseRecord({"data": NOT_UTF8}).data_as_text, "data"),
        (lambda: KinesisFirehoseRecord({"data": NOT_UTF8}).data_as_json, "data"),
        (lambda: KinesisFirehoseDataTransformationRecord("r1", data=NOT_UTF8).data_as_text, "data"),
        (lambda: KafkaEventRecord({"value": NOT_UTF8}).json_value, "value"),
        (lambda: ActiveMQMessage({"data": NOT_UTF8}).decoded_data, "data"),
        (lambda: ActiveMQMessage({"data": NOT_UTF8}).json_data, "data"),
        (lambda: RabbitMessage({"data": NOT_UTF8}).decoded_data, "data"),
    ],
)
def test_non_utf8_payload_names_the_field(read: Callable[[], Any], field: str) -> None:
    with pytest.raises(
        DataClassDecodeError, match=f"event field '{field}' is not valid UTF-8 text"
    ):
        read()


def test_binary_payload_still_decodes_to_bytes() -> None:
    assert KafkaEventRecord({"value": NOT_UTF8}).decoded_value == b"\xff\xfe\x00binary"
    assert KinesisFirehoseRecord({"data": NOT_UTF8}).data_as_bytes == b"\xff\xfe\x00binary"


@pytest.mark.parametrize(
    "payload",
    [
        pytest.param(b"plain text, not gzip", id="not-compressed"),
        pytest.param(gzip.compress(b'{"logEvents": []}', mtime=0)[:12], id="truncated"),
    ],
)
def test_corrupt_gzip_in_cloudwatch_logs_names_the_field(payload: bytes) -> None:
    event = CloudWatchLogsEvent({"awslogs": {"data": b64(payload)}})

    with pytest.raises(
        DataClassDecodeError, match=r"event field 'awslogs\.data' is not valid gzip data"
    ):
        _ = event.decompress_logs_data


def test_cloudwatch_logs_that_decompress_to_non_utf8_name_the_field() -> None:
    event = CloudWatchLogsEvent({"awslogs": {"data": b64(gzip.compress(b"\xff\xfe", mtime=0))}})

    with pytest.raises(DataClassDecodeError, match=r"'awslogs\.data' is not valid UTF-8 text"):
        event.parse_logs_data()


def test_cloudwatch_logs_that_are_not_json_raise_the_deserializer_error() -> None:
    event = CloudWatchLogsEvent({"awslogs": {"data": b64(gzip.compress(b"not json", mtime=0))}})

    with pytest.raises(json.JSONDecodeError):
        event.parse_logs_data()


def test_corrupt_gzip_in_a_kinesis_record_names_the_field() -> None:
    event = KinesisStreamEvent({"Records": [{"kinesis": {"data": b64(b"not compressed")}}]})

    with pytest.raises(
        DataClassDecodeError, match=r"event field 'kinesis\.data' is not valid gzip data"
    ):
        extract_cloudwatch_logs_from_record(next(event.records))
