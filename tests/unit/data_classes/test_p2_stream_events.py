"""DynamoDB Streams, Kinesis Data Streams, Firehose and CloudWatch Logs data classes."""

from __future__ import annotations

import base64
import json
import pathlib
from decimal import Decimal
from typing import Any

import pytest

from aws_lambda_powertools.utilities.data_classes import (
    CloudWatchLogsEvent,
    DynamoDBStreamEvent,
    KinesisFirehoseDataTransformationRecord,
    KinesisFirehoseDataTransformationRecordMetadata,
    KinesisFirehoseDataTransformationResponse,
    KinesisFirehoseEvent,
    KinesisStreamEvent,
)
from aws_lambda_powertools.utilities.data_classes.cloud_watch_logs_event import (
    CloudWatchLogsDecodedData,
)
from aws_lambda_powertools.utilities.data_classes.dynamo_db_stream_event import (
    DynamoDBRecordEventName,
    StreamRecord,
    StreamViewType,
)
from aws_lambda_powertools.utilities.data_classes.kinesis_stream_event import (
    extract_cloudwatch_logs_from_event,
    extract_cloudwatch_logs_from_record,
)
from aws_lambda_powertools.warnings import PowertoolsUserWarning

EVENTS = pathlib.Path(__file__).parents[2] / "events"


def load_event(name: str) -> dict[str, Any]:
    return json.loads((EVENTS / f"{name}.json").read_text())


# DynamoDB Streams


def test_dynamodb_insert_record_exposes_metadata_and_deserialized_images() -> None:
    raw = load_event("dynamoStreamEvent")
    record = next(DynamoDBStreamEvent(raw).records)

    assert record.event_id == "c81e728d9d4c2f636f067f89cc14862c"
    assert record.event_name is DynamoDBRecordEventName.INSERT
    assert record.event_version == "1.1"
    assert record.event_source == "aws:dynamodb"
    assert record.aws_region == "eu-west-1"
    assert record.event_source_arn == raw["Records"][0]["eventSourceARN"]
    assert record.user_identity == {}

    stream = record.dynamodb
    assert stream is not None
    assert stream.approximate_creation_date_time == 1716812400
    assert stream.sequence_number == "111100000000004216837711"
    assert stream.size_bytes == 212
    assert stream.stream_view_type is StreamViewType.NEW_AND_OLD_IMAGES
    assert stream.keys == {"order_id": "ord-1001", "line": Decimal("1")}
    assert stream.old_image == {}
    assert stream.new_image == {
        "order_id": "ord-1001",
        "line": Decimal("1"),
        "price": Decimal("19.99"),
        "tags": {"gift", "express"},
        "qty": {Decimal("2"), Decimal("4")},
        "blob": base64.b64encode(b"\x00\x01binary").decode(),
        "paid": True,
        "note": None,
        "items": ["widget", Decimal("3")],
        "address": {"city": "Lisboa", "zip": "1100-148"},
    }


def test_dynamodb_numbers_keep_their_exact_decimal_value() -> None:
    stream = StreamRecord({"NewImage": {"price": {"N": "0.1"}, "big": {"N": "1e+30"}}})

    assert stream.new_image["price"] == Decimal("0.1")
    assert stream.new_image["big"] == Decimal("1E+30")


def test_dynamodb_modify_and_remove_records_carry_old_images() -> None:
    records = list(DynamoDBStreamEvent(load_event("dynamoStreamEvent")).records)

    modify, remove = records[1], records[2]
    assert modify.event_name is DynamoDBRecordEventName.MODIFY
    assert modify.dynamodb is not None
    assert modify.dynamodb.old_image["status"] == "PENDING"
    assert modify.dynamodb.new_image["status"] == "SHIPPED"
    assert remove.event_name is DynamoDBRecordEventName.REMOVE
    assert remove.user_identity == {"type": "Service", "principalId": "dynamodb.amazonaws.com"}
    assert remove.dynamodb is not None
    assert remove.dynamodb.new_image == {}
    assert remove.dynamodb.old_image["ttl"] == Decimal("1716815999")


def test_dynamodb_images_are_computed_once_per_record() -> None:
    stream = StreamRecord({"Keys": {"id": {"S": "a"}}})

    assert stream.keys is stream.keys


def test_dynamodb_record_without_optional_fields_returns_none() -> None:
    record = next(DynamoDBStreamEvent({"Records": [{}]}).records)

    assert record.dynamodb is None
    assert record.event_name is None
    assert record.aws_region is None
    assert record.user_identity == {}
    assert StreamRecord({}).stream_view_type is None


def test_dynamodb_tumbling_window_fields() -> None:
    event = DynamoDBStreamEvent(load_event("dynamoStreamTumblingWindowEvent"))

    assert list(event.records) == []
    assert event.window is not None
    assert (event.window.start, event.window.end) == (
        "2024-05-27T12:00:00Z",
        "2024-05-27T12:05:00Z",
    )
    assert event.state == {"orders": 12}
    assert event.shard_id == "shardId-00000001716812400000-4a1b2c3d"
    assert event.event_source_arn is not None
    assert event.is_final_invoke_for_window is False
    assert event.is_window_terminated_early is False


def test_dynamodb_event_without_window_has_empty_state() -> None:
    event = DynamoDBStreamEvent(load_event("dynamoStreamEvent"))

    assert event.window is None
    assert event.state == {}
    assert event.shard_id is None


# Kinesis Data Streams


def test_kinesis_record_exposes_metadata_and_decoded_payload() -> None:
    raw = load_event("kinesisStreamEvent")
    record = next(KinesisStreamEvent(raw).records)

    assert record.aws_region == "eu-west-1"
    assert record.event_id.startswith("shardId-000000000002:")
    assert record.event_name == "aws:kinesis:record"
    assert record.event_source == "aws:kinesis"
    assert record.event_source_arn == "arn:aws:kinesis:eu-west-1:210987654321:stream/clickstream"
    assert record.event_version == "1.0"
    assert record.invoke_identity_arn == "arn:aws:iam::210987654321:role/clickstream-consumer"

    payload = record.kinesis
    assert payload.approximate_arrival_timestamp == 1716812400.125
    assert payload.kinesis_schema_version == "1.0"
    assert payload.partition_key == "u-42"
    assert payload.sequence_number == raw["Records"][0]["kinesis"]["sequenceNumber"]
    assert payload.data == raw["Records"][0]["kinesis"]["data"]
    assert payload.data_as_bytes() == b'{"page": "/checkout", "user": "u-42"}'
    assert payload.data_as_text() == '{"page": "/checkout", "user": "u-42"}'
    assert payload.data_as_json() == {"page": "/checkout", "user": "u-42"}


def test_kinesis_plain_text_record_decodes_as_text() -> None:
    records = list(KinesisStreamEvent(load_event("kinesisStreamEvent")).records)

    assert records[1].kinesis.data_as_text() == "plain text click"


def test_kinesis_zlib_compressed_record_decodes_as_json() -> None:
    record = next(KinesisStreamEvent(load_event("kinesisStreamZlibEvent")).records)

    assert record.kinesis.data_zlib_compressed_as_json() == {"sensor": "t-1", "celsius": 21.5}


def test_kinesis_payload_uses_the_event_json_deserializer() -> None:
    def deserializer(text: str) -> Any:
        return {"parsed": json.loads(text)}

    event = KinesisStreamEvent(load_event("kinesisStreamEvent"), json_deserializer=deserializer)

    assert next(event.records).kinesis.data_as_json() == {
        "parsed": {"page": "/checkout", "user": "u-42"}
    }


def test_kinesis_cloudwatch_logs_are_extracted_from_every_record() -> None:
    event = KinesisStreamEvent(load_event("kinesisStreamCloudWatchLogsEvent"))

    logs = extract_cloudwatch_logs_from_event(event)

    assert [type(batch) for batch in logs] == [CloudWatchLogsDecodedData] * 2
    assert [batch.log_stream for batch in logs] == [
        "2024/05/27/[$LATEST]6f1f0c2e9a2b4c8d",
        "second",
    ]
    assert logs[0].log_group == "/aws/lambda/checkout"
    assert logs[0].log_events[1].message == '{"level":"INFO","msg":"order placed"}'


def test_kinesis_cloudwatch_logs_from_one_record() -> None:
    record = next(KinesisStreamEvent(load_event("kinesisStreamCloudWatchLogsEvent")).records)

    batch = extract_cloudwatch_logs_from_record(record)

    assert batch.owner == "210987654321"
    assert batch.subscription_filters == ["to-kinesis"]


def test_kinesis_tumbling_window_defaults() -> None:
    event = KinesisStreamEvent({"Records": []})

    assert event.window is None
    assert event.state == {}
    assert event.is_final_invoke_for_window is None
    assert event.is_window_terminated_early is None

    windowed = KinesisStreamEvent({"window": {"start": "a", "end": "b"}, "state": {"n": 1}})
    assert windowed.window is not None
    assert (windowed.window.start, windowed.window.end) == ("a", "b")
    assert windowed.state == {"n": 1}


# Firehose


def test_firehose_event_fields_with_kinesis_source() -> None:
    event = KinesisFirehoseEvent(load_event("kinesisFirehoseKinesisEvent"))

    assert event.invocation_id == "5e8a1c9b-03f4-4a77-9a3e-12ab34cd56ef"
    assert event.delivery_stream_arn.endswith(":deliverystream/clickstream-to-s3")
    assert (
        event.source_kinesis_stream_arn
        == "arn:aws:kinesis:eu-west-1:210987654321:stream/clickstream"
    )
    assert event.region == "eu-west-1"

    first, second = list(event.records)
    assert first.record_id == "49651505085739424283214960367836011923012393201203888150000000"
    assert first.approximate_arrival_timestamp == 1716812400125
    assert first.data_as_bytes == b"hello from firehose"
    assert first.data_as_text == "hello from firehose"
    assert second.data_as_json == {"page": "/cart", "ms": 87}

    metadata = second.metadata
    assert metadata is not None
    assert metadata.shard_id == "shardId-000000000003"
    assert metadata.partition_key == "u-7"
    assert metadata.approximate_arrival_timestamp == 1716812401500
    assert metadata.sequence_number == "49651505085739424283214960367836011923012393201203888151"
    assert metadata.subsequence_number == 1


def test_firehose_direct_put_record_has_no_kinesis_metadata() -> None:
    event = KinesisFirehoseEvent(load_event("kinesisFirehosePutEvent"))

    record = next(event.records)
    assert event.source_kinesis_stream_arn is None
    assert record.metadata is None
    assert record.data_as_json == {"temperature": 20}


def test_firehose_record_builds_its_transformation_result() -> None:
    record = next(KinesisFirehoseEvent(load_event("kinesisFirehosePutEvent")).records)
    metadata = KinesisFirehoseDataTransformationRecordMetadata(partition_keys={"year": "2024"})

    result = record.build_data_transformation_response(data="b2s=", metadata=metadata)

    assert result.asdict() == {
        "recordId": record.record_id,
        "result": "Ok",
        "data": "b2s=",
        "metadata": {"partitionKeys": {"year": "2024"}},
    }


def test_firehose_response_lists_every_record_result() -> None:
    response = KinesisFirehoseDataTransformationResponse()
    response.add_record(KinesisFirehoseDataTransformationRecord(record_id="r1", data="aGk="))
    response.add_record(KinesisFirehoseDataTransformationRecord(record_id="r2", result="Dropped"))

    assert response.asdict() == {
        "records": [
            {"recordId": "r1", "result": "Ok", "data": "aGk="},
            {"recordId": "r2", "result": "Dropped", "data": ""},
        ]
    }


def test_firehose_empty_response_is_rejected() -> None:
    with pytest.raises(ValueError, match="doesn't accept empty response"):
        KinesisFirehoseDataTransformationResponse().asdict()


def test_firehose_invalid_result_warns_and_is_kept() -> None:
    record = KinesisFirehoseDataTransformationRecord(record_id="r1", result="Maybe")  # type: ignore[arg-type]

    with pytest.warns(PowertoolsUserWarning, match="'Maybe' is not valid"):
        output = record.asdict()

    assert output["result"] == "Maybe"


def test_firehose_transformation_record_decodes_its_data() -> None:
    record = KinesisFirehoseDataTransformationRecord(record_id="r1", data="eyJhIjogMX0=")
    empty = KinesisFirehoseDataTransformationRecord(record_id="r2")

    assert record.data_as_bytes == b'{"a": 1}'
    assert record.data_as_text == '{"a": 1}'
    assert record.data_as_json == {"a": 1}
    assert (empty.data_as_bytes, empty.data_as_text, empty.data_as_json) == (b"", "", {})


def test_firehose_transformation_record_metadata_defaults_to_no_partition_keys() -> None:
    assert KinesisFirehoseDataTransformationRecordMetadata().asdict() == {"partitionKeys": {}}


def test_firehose_builder_classes_compare_by_value() -> None:
    first = KinesisFirehoseDataTransformationRecord(record_id="r1", data="aGk=")
    second = KinesisFirehoseDataTransformationRecord(record_id="r1", data="aGk=")

    assert first == second
    assert first != KinesisFirehoseDataTransformationRecord(record_id="r2")
    assert KinesisFirehoseDataTransformationResponse([first]) == (
        KinesisFirehoseDataTransformationResponse([second])
    )
    assert "record_id='r1'" in repr(first)


# CloudWatch Logs


def test_cloudwatch_logs_event_decodes_decompresses_and_parses() -> None:
    event = CloudWatchLogsEvent(load_event("cloudWatchLogEvent"))

    decoded = event.parse_logs_data()

    assert event.raw_logs_data == load_event("cloudWatchLogEvent")["awslogs"]["data"]
    assert json.loads(event.decompress_logs_data)["logGroup"] == "/aws/lambda/checkout"
    assert decoded.owner == "210987654321"
    assert decoded.log_group == "/aws/lambda/checkout"
    assert decoded.log_stream == "2024/05/27/[$LATEST]6f1f0c2e9a2b4c8d"
    assert decoded.subscription_filters == ["to-kinesis"]
    assert decoded.message_type == "DATA_MESSAGE"
    assert decoded.policy_level is None
    first = decoded.log_events[0]
    assert first.get_id == "38291746104738261837462910384756192837465019283746501928"
    assert first.timestamp == 1716812400000
    assert first.message == "START RequestId: 7a1c Version: $LATEST\n"
    assert first.extracted_fields == {}


def test_cloudwatch_logs_policy_level_and_extracted_fields() -> None:
    decoded = CloudWatchLogsEvent(load_event("cloudWatchLogEventWithPolicyLevel")).parse_logs_data()

    assert decoded.policy_level == "ACCOUNT_LEVEL_POLICY"
    assert decoded.log_events[0].extracted_fields == {"level": "INFO", "request_id": "7a1c"}


def test_cloudwatch_logs_are_parsed_once() -> None:
    event = CloudWatchLogsEvent(load_event("cloudWatchLogEvent"))

    assert event.parse_logs_data() is event.parse_logs_data()
    assert event.decompress_logs_data is event.decompress_logs_data
