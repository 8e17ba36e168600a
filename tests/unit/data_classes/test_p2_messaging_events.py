"""SQS, SNS, SES, EventBridge, Kafka, ActiveMQ and RabbitMQ data classes."""

from __future__ import annotations

import json
import pathlib
from typing import Any

import pytest

from aws_lambda_powertools.utilities.data_classes import (
    EventBridgeEvent,
    KafkaEvent,
    S3Event,
    SESEvent,
    SNSEvent,
    SQSEvent,
    SQSRecord,
)
from aws_lambda_powertools.utilities.data_classes.active_mq_event import ActiveMQEvent
from aws_lambda_powertools.utilities.data_classes.rabbit_mq_event import RabbitMQEvent
from aws_lambda_powertools.utilities.data_classes.sns_event import SNSMessage
from aws_lambda_powertools.utilities.data_classes.sqs_event import (
    SQSMessageAttribute,
    SQSMessageAttributes,
)

EVENTS = pathlib.Path(__file__).parents[2] / "events"


def load_event(name: str) -> dict[str, Any]:
    return json.loads((EVENTS / f"{name}.json").read_text())


# SQS


def test_sqs_record_exposes_message_fields() -> None:
    raw = load_event("sqsEvent")
    record = next(SQSEvent(raw).records)

    assert record.message_id == "2e1424d4-f796-459a-8184-9c92662be6da"
    assert record.receipt_handle == raw["Records"][0]["receiptHandle"]
    assert record.body == '{"order_id": "ord-1001", "qty": 2}'
    assert record.json_body == {"order_id": "ord-1001", "qty": 2}
    assert record.md5_of_body == "e4e68fb7bd0e697a0ae8f1bb342846b3"
    assert record.event_source == "aws:sqs"
    assert record.event_source_arn == "arn:aws:sqs:eu-west-1:210987654321:orders-queue"
    assert record.aws_region == "eu-west-1"
    assert record.queue_url == "https://sqs.eu-west-1.amazonaws.com/210987654321/orders-queue"


def test_sqs_record_system_attributes() -> None:
    attributes = next(SQSEvent(load_event("sqsEvent")).records).attributes

    assert attributes.aws_trace_header == (
        "Root=1-6654a0f0-0123456789abcdef01234567;Parent=53995c3f42cd8ad8;Sampled=1"
    )
    assert attributes.approximate_receive_count == "1"
    assert attributes.sent_timestamp == "1716812400512"
    assert attributes.sender_id == "AROAEXAMPLEID123456789:checkout"
    assert attributes.approximate_first_receive_timestamp == "1716812400530"
    assert attributes.sequence_number is None
    assert attributes.message_group_id is None
    assert attributes.message_deduplication_id is None
    assert attributes.dead_letter_queue_source_arn is None


def test_sqs_fifo_and_dead_letter_attributes() -> None:
    fifo = next(SQSEvent(load_event("sqsFifoEvent")).records)
    dlq = next(SQSEvent(load_event("sqsDlqTriggerEvent")).records)

    assert fifo.attributes.sequence_number == "18849496460467696128"
    assert fifo.attributes.message_group_id == "cart-42"
    assert fifo.attributes.message_deduplication_id == "c0ffee01"
    assert fifo.queue_url == "https://sqs.eu-west-1.amazonaws.com/210987654321/orders.fifo"
    assert dlq.attributes.dead_letter_queue_source_arn == (
        "arn:aws:sqs:eu-west-1:210987654321:orders-queue"
    )


def test_sqs_message_attributes_wrap_values_and_return_none_when_missing() -> None:
    attributes = next(SQSEvent(load_event("sqsEvent")).records).message_attributes

    assert isinstance(attributes, SQSMessageAttributes)
    tenant = attributes["tenant"]
    assert isinstance(tenant, SQSMessageAttribute)
    assert (tenant.string_value, tenant.binary_value, tenant.data_type) == ("acme", None, "String")
    checksum = attributes["checksum"]
    assert checksum is not None
    assert (checksum.binary_value, checksum.data_type) == ("AQI=", "Binary")
    assert attributes["missing"] is None
    assert {name: value.data_type for name, value in attributes.items()} == {
        "tenant": "String",
        "checksum": "Binary",
    }


@pytest.mark.parametrize(
    ("arn", "url"),
    [
        (
            "arn:aws:sqs:us-east-2:123456789012:jobs",
            "https://sqs.us-east-2.amazonaws.com/123456789012/jobs",
        ),
        (
            "arn:aws-cn:sqs:cn-north-1:123456789012:jobs",
            "https://sqs.cn-north-1.amazonaws.com.cn/123456789012/jobs",
        ),
        (
            "arn:aws-us-gov:sqs:us-gov-west-1:123456789012:jobs",
            "https://sqs.us-gov-west-1.amazonaws.com/123456789012/jobs",
        ),
    ],
)
def test_sqs_queue_url_is_built_from_the_queue_arn(arn: str, url: str) -> None:
    assert SQSRecord({"eventSourceARN": arn}).queue_url == url


def test_sqs_json_body_uses_the_event_deserializer_and_is_cached() -> None:
    calls: list[str] = []

    def deserializer(text: str) -> Any:
        calls.append(text)
        return json.loads(text)

    record = next(SQSEvent(load_event("sqsEvent"), json_deserializer=deserializer).records)

    assert record.json_body == record.json_body == {"order_id": "ord-1001", "qty": 2}
    assert len(calls) == 1


def test_sqs_decodes_a_nested_s3_notification() -> None:
    record = next(SQSEvent(load_event("s3SqsEvent")).records)

    nested = record.decoded_nested_s3_event

    assert isinstance(nested, S3Event)
    assert nested.bucket_name == "invoices-eu"
    assert nested.object_key == "uploads/photo.jpg"
    assert nested.record.s3.get_object.size == 5120


def test_sqs_decodes_a_nested_sns_message_with_url_keys_in_upper_case() -> None:
    record = next(SQSEvent(load_event("snsSqsEvent")).records)

    nested = record.decoded_nested_sns_event

    assert isinstance(nested, SNSMessage)
    assert nested.subject == "OrderPlaced"
    assert json.loads(nested.message) == {"order_id": "ord-1001", "total": "19.99"}
    assert nested.signing_cert_url.endswith(".pem")
    assert nested.unsubscribe_url.startswith(
        "https://sns.eu-west-1.amazonaws.com/?Action=Unsubscribe"
    )


# SNS


def test_sns_event_exposes_record_and_message() -> None:
    event = SNSEvent(load_event("snsEvent"))

    record = event.record
    message = record.sns
    assert [r.event_source for r in event.records] == ["aws:sns"]
    assert record.event_version == "1.0"
    assert record.event_subscription_arn.startswith(
        "arn:aws:sns:eu-west-1:210987654321:order-events:"
    )
    assert event.sns_message == '{"order_id": "ord-1001", "total": "19.99"}'
    assert message.message == event.sns_message
    assert message.message_id == "8a3e6c57-1b5e-5d0e-9f2c-6e4f1c0d7b21"
    assert message.topic_arn == "arn:aws:sns:eu-west-1:210987654321:order-events"
    assert message.subject == "OrderPlaced"
    assert message.get_type == "Notification"
    assert message.timestamp == "2024-05-27T12:00:00.512Z"
    assert message.signature_version == "1"
    assert message.signature == "dGhpcyBpcyBub3QgYSByZWFsIHNpZ25hdHVyZQ=="
    assert message.signing_cert_url.startswith("https://sns.eu-west-1.amazonaws.com/")
    assert "Action=Unsubscribe" in message.unsubscribe_url
    attributes = message.message_attributes
    assert {name: (a.get_type, a.value) for name, a in attributes.items()} == {
        "channel": ("String", "web"),
        "priority": ("Number", "3"),
    }


# SES


def test_ses_event_exposes_mail_and_headers() -> None:
    event = SESEvent(load_event("sesEvent"))

    mail = event.mail
    assert event.record.event_source == "aws:ses"
    assert event.record.event_version == "1.0"
    assert [r.ses.mail.message_id for r in event.records] == ["q1w2e3r4t5y6u7i8o9p0"]
    assert mail.timestamp == "2024-05-27T12:00:00.512Z"
    assert mail.source == "billing@example.org"
    assert mail.destination == ["support@example.net", "ops@example.net"]
    assert mail.headers_truncated is False
    assert next((h.name, h.value) for h in mail.headers) == ("Return-Path", "<billing@example.org>")
    common = mail.common_headers
    assert common.return_path == "billing@example.org"
    assert common.get_from == ["Billing <billing@example.org>"]
    assert common.date == "Mon, 27 May 2024 12:00:00 +0000"
    assert common.to == ["support@example.net", "ops@example.net"]
    assert common.cc == ["finance@example.net"]
    assert common.bcc == ["archive@example.net"]
    assert common.sender == ["billing@example.org"]
    assert common.reply_to == ["noreply@example.org"]
    assert common.message_id == "<20240527120000.17@example.org>"
    assert common.subject == "Invoice 17 overdue"


def test_ses_event_exposes_receipt_verdicts() -> None:
    receipt = SESEvent(load_event("sesEvent")).receipt

    assert receipt.timestamp == "2024-05-27T12:00:00.512Z"
    assert receipt.processing_time_millis == 311
    assert receipt.recipients == ["support@example.net"]
    assert receipt.spam_verdict.status == "PASS"
    assert receipt.virus_verdict.status == "PASS"
    assert receipt.spf_verdict.status == "GRAY"
    assert receipt.dkim_verdict.status == "PASS"
    assert receipt.dmarc_verdict.status == "FAIL"
    assert receipt.dmarc_policy == "quarantine"
    assert receipt.action.get_type == "Lambda"
    assert receipt.action.topic_arn is None
    assert receipt.action.function_arn.endswith(":function:mail-triage")
    assert receipt.action.invocation_type == "Event"


def test_ses_optional_common_headers_default_to_empty_lists() -> None:
    event = SESEvent({"Records": [{"ses": {"mail": {"commonHeaders": {}}, "receipt": {}}}]})

    common = event.mail.common_headers
    assert (common.cc, common.bcc, common.sender, common.reply_to) == ([], [], [], [])
    assert event.receipt.dmarc_policy is None


# EventBridge


def test_eventbridge_event_fields() -> None:
    event = EventBridgeEvent(load_event("eventBridgeEvent"))

    assert event.get_id == "4c0f9a2e-8d1b-4f6e-a3c7-5b9d2e1f0a8c"
    assert event.version == "0"
    assert event.account == "210987654321"
    assert event.time == "2024-05-27T12:00:00Z"
    assert event.region == "eu-west-1"
    assert event.resources == ["arn:aws:events:eu-west-1:210987654321:event-bus/orders"]
    assert event.source == "com.example.checkout"
    assert event.detail_type == "Order Placed"
    assert event.detail == {
        "order_id": "ord-1001",
        "amount": 19.99,
        "items": [{"sku": "W-1", "qty": 2}],
    }
    assert event.replay_name == "replay-2024-05-27"
    assert EventBridgeEvent({}).replay_name is None


# Kafka


def test_kafka_msk_event_and_record_fields() -> None:
    event = KafkaEvent(load_event("kafkaEventMsk"))

    assert event.event_source == "aws:kafka"
    assert event.event_source_arn is not None
    assert event.decoded_bootstrap_servers == [
        "b-1.orderscluster.x1y2z3.c2.kafka.eu-west-1.amazonaws.com:9098",
        "b-2.orderscluster.x1y2z3.c2.kafka.eu-west-1.amazonaws.com:9098",
    ]
    assert event.bootstrap_servers == ",".join(event.decoded_bootstrap_servers)

    record = event.record
    assert (record.topic, record.partition, record.offset) == ("orders", 3, 41)
    assert record.timestamp == 1716812400512
    assert record.timestamp_type == "CREATE_TIME"
    assert record.key == "b3JkLTEwMDE="
    assert record.decoded_key == b"ord-1001"
    assert record.value == "eyJvcmRlcl9pZCI6ICJvcmQtMTAwMSIsICJxdHkiOiAyfQ=="
    assert record.decoded_value == b'{"order_id": "ord-1001", "qty": 2}'
    assert record.json_value == {"order_id": "ord-1001", "qty": 2}
    assert record.headers == [
        {"source": list(b"checkout")},
        {"trace-id": list(b"abc123")},
    ]
    assert record.decoded_headers == {"source": b"checkout", "trace-id": b"abc123"}
    assert record.decoded_headers["Trace-ID"] == b"abc123"
    assert record.key_schema_metadata is not None
    assert record.key_schema_metadata.data_format == "AVRO"
    assert record.key_schema_metadata.schema_id == "1234"
    assert record.value_schema_metadata is not None
    assert record.value_schema_metadata.data_format == "JSON"


def test_kafka_record_without_key_or_schema() -> None:
    records = list(KafkaEvent(load_event("kafkaEventMsk")).records)

    keyless = records[1]
    assert keyless.key is None
    assert keyless.decoded_key is None
    assert keyless.decoded_value == b"no key here"
    assert keyless.decoded_headers == {}
    assert keyless.key_schema_metadata is None
    assert keyless.value_schema_metadata is None


def test_kafka_self_managed_event_has_no_arn() -> None:
    event = KafkaEvent(load_event("kafkaEventSelfManaged"))

    assert event.event_source == "SelfManagedKafka"
    assert event.event_source_arn is None
    assert [r.topic for r in event.records] == ["payments"]
    assert event.record.json_value == {"amount": 5}


def test_kafka_records_flatten_every_topic_partition() -> None:
    event = KafkaEvent({"records": {"a-0": [{"offset": 1}], "b-1": [{"offset": 2}, {"offset": 3}]}})

    assert [r.offset for r in event.records] == [1, 2, 3]


def test_kafka_repeated_header_keeps_the_last_value() -> None:
    event = KafkaEvent({"records": {"a-0": [{"headers": [{"k": [1]}, {"K": [2]}]}]}})

    assert event.record.decoded_headers["k"] == b"\x02"


def test_kafka_record_of_an_empty_batch_raises_key_error() -> None:
    with pytest.raises(KeyError, match="no records"):
        _ = KafkaEvent({"records": {"a-0": []}}).record


# Amazon MQ


def test_activemq_event_and_message_fields() -> None:
    event = ActiveMQEvent(load_event("activeMQEvent"))

    assert event.event_source == "aws:mq"
    assert event.event_source_arn.startswith(
        "arn:aws:mq:eu-west-1:210987654321:broker:orders-broker"
    )
    message = event.message
    assert message.message_id.endswith(":1:1:1:1")
    assert message.message_type == "jms/text-message"
    assert message.decoded_data == '{"order_id": "ord-1001"}'
    assert message.json_data == {"order_id": "ord-1001"}
    assert message.connection_id == "orders-consumer"
    assert message.redelivered is False
    assert message.timestamp == 1716812400512
    assert message.broker_in_time == 1716812400513
    assert message.broker_out_time == 1716812400520
    assert message.properties == {"tenant": "acme"}
    assert message.destination_physicalname == "orders"
    assert message.delivery_mode == 2
    assert message.correlation_id == "corr-1"
    assert message.reply_to == "queue://replies"
    assert message.get_type == "OrderPlaced"
    assert message.expiration == 1716816000000
    assert message.priority == 4


def test_activemq_optional_message_fields_default_to_none() -> None:
    second = list(ActiveMQEvent(load_event("activeMQEvent")).messages)[1]

    assert second.decoded_data == "plain text order note"
    assert (second.delivery_mode, second.correlation_id, second.reply_to) == (None, None, None)
    assert (second.get_type, second.expiration, second.priority) == (None, None, None)


def test_rabbitmq_event_groups_messages_by_queue() -> None:
    event = RabbitMQEvent(load_event("rabbitMQEvent"))

    assert event.event_source == "aws:rmq"
    assert ":broker:rabbit-broker:" in event.event_source_arn
    queues = event.rmq_messages_by_queue
    assert list(queues) == ["orders::/"]
    message = queues["orders::/"][0]
    assert message.redelivered is False
    assert message.decoded_data == '{"order_id": "ord-9"}'
    assert message.json_data == {"order_id": "ord-9"}
    properties = message.basic_properties
    assert properties.content_type == "application/json"
    assert properties.content_encoding == "utf-8"
    assert properties.headers == {"x-tenant": {"bytes": list(b"acme")}, "x-retries": 0}
    assert properties.delivery_mode == 2
    assert properties.priority == 5
    assert properties.correlation_id == "corr-9"
    assert properties.reply_to == "replies"
    assert properties.expiration == "60000"
    assert properties.message_id == "msg-9"
    assert properties.timestamp == "May 27, 2024, 12:00:00 PM"
    assert properties.get_type == "OrderPlaced"
    assert properties.user_id == "orders-producer"
    assert properties.app_id == "checkout"
    assert properties.cluster_id == "rabbit-1"
    assert properties.body_size == 24


def test_rabbitmq_event_without_messages_wraps_without_error() -> None:
    event = RabbitMQEvent({"eventSource": "aws:rmq"})

    assert event.event_source == "aws:rmq"
    with pytest.raises(KeyError):
        _ = event.rmq_messages_by_queue
