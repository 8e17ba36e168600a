"""Every built-in envelope unwraps the payload from a realistic event."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from aws_lambda_powertools.utilities.jmespath_utils import envelopes, query

EVENTS = Path(__file__).parents[2] / "events"

ORDER = {
    "order_id": "ord-1001",
    "customer": "Ana Souza",
    "items": [{"sku": "BK-42", "qty": 2, "price": 12.5}],
    "gift": False,
}
UPLOADED_KEYS = ["uploads/order-1.csv", "uploads/order-2.csv"]


def load_event(name: str) -> dict[str, Any]:
    event: dict[str, Any] = json.loads((EVENTS / f"jmespath_{name}.json").read_text())
    return event


def test_envelope_expressions_match_the_documented_ones() -> None:
    assert {name: getattr(envelopes, name) for name in dir(envelopes) if name.isupper()} == {
        "API_GATEWAY_REST": "powertools_json(body)",
        "API_GATEWAY_HTTP": "powertools_json(body)",
        "SQS": "Records[*].powertools_json(body)",
        "SNS": "Records[0].Sns.Message | powertools_json(@)",
        "EVENTBRIDGE": "detail",
        "CLOUDWATCH_EVENTS_SCHEDULED": "detail",
        "KINESIS_DATA_STREAM": "Records[*].kinesis.powertools_json(powertools_base64(data))",
        "CLOUDWATCH_LOGS": "awslogs.powertools_base64_gzip(data) | powertools_json(@).logEvents[*]",
        "S3_SNS_SQS": "Records[*].powertools_json(body).powertools_json(Message).Records[0]",
        "S3_SQS": "Records[*].powertools_json(body).Records[0]",
        "S3_SNS_KINESIS_FIREHOSE": (
            "records[*].powertools_json(powertools_base64(data)).powertools_json(Message).Records[0]"
        ),
        "S3_KINESIS_FIREHOSE": "records[*].powertools_json(powertools_base64(data)).Records[0]",
        "S3_EVENTBRIDGE_SQS": "Records[*].powertools_json(body).detail",
    }


def test_api_gateway_rest_envelope_returns_the_decoded_body() -> None:
    assert query(load_event("apiGatewayRestEvent"), envelopes.API_GATEWAY_REST) == ORDER


def test_api_gateway_http_envelope_returns_the_decoded_body() -> None:
    assert query(load_event("apiGatewayHttpEvent"), envelopes.API_GATEWAY_HTTP) == ORDER


def test_sqs_envelope_returns_every_decoded_message_body_in_order() -> None:
    assert query(load_event("sqsEvent"), envelopes.SQS) == [
        {"order_id": "ord-1", "status": "paid"},
        {"order_id": "ord-2", "status": "shipped"},
    ]


def test_sns_envelope_returns_the_decoded_message_of_the_first_record() -> None:
    assert query(load_event("snsEvent"), envelopes.SNS) == ORDER


def test_eventbridge_envelope_returns_the_detail() -> None:
    assert query(load_event("eventBridgeEvent"), envelopes.EVENTBRIDGE) == ORDER


def test_cloudwatch_scheduled_envelope_returns_the_empty_detail() -> None:
    assert query(load_event("scheduledEvent"), envelopes.CLOUDWATCH_EVENTS_SCHEDULED) == {}


def test_kinesis_envelope_returns_every_decoded_record_payload() -> None:
    assert query(load_event("kinesisStreamEvent"), envelopes.KINESIS_DATA_STREAM) == [
        {"order_id": "ord-1", "amount": 10},
        {"order_id": "ord-2", "amount": 20},
    ]


def test_cloudwatch_logs_envelope_returns_the_unzipped_log_events() -> None:
    assert query(load_event("cloudWatchLogsEvent"), envelopes.CLOUDWATCH_LOGS) == [
        {
            "id": "37940405614383015744442718960549617337022066395290861568",
            "timestamp": 1710408413000,
            "message": "ERROR order ord-1 failed",
        },
        {
            "id": "37940405614383015744442718960549617337022066395290861569",
            "timestamp": 1710408414000,
            "message": "ERROR order ord-2 failed",
        },
    ]


@pytest.mark.parametrize(
    ("event_name", "envelope"),
    [
        ("s3SnsSqsEvent", envelopes.S3_SNS_SQS),
        ("s3SqsEvent", envelopes.S3_SQS),
        ("s3SnsKinesisFirehoseEvent", envelopes.S3_SNS_KINESIS_FIREHOSE),
        ("s3KinesisFirehoseEvent", envelopes.S3_KINESIS_FIREHOSE),
    ],
)
def test_s3_envelopes_return_the_s3_notification_record_of_each_message(
    event_name: str, envelope: str
) -> None:
    records = query(load_event(event_name), envelope)

    assert [record["s3"]["object"]["key"] for record in records] == UPLOADED_KEYS
    assert {record["eventName"] for record in records} == {"ObjectCreated:Put"}
    assert {record["s3"]["bucket"]["name"] for record in records} == {"orders-inbox"}


def test_s3_eventbridge_sqs_envelope_returns_the_detail_of_each_message() -> None:
    details = query(load_event("s3EventBridgeSqsEvent"), envelopes.S3_EVENTBRIDGE_SQS)

    assert [detail["object"]["key"] for detail in details] == UPLOADED_KEYS
    assert {detail["reason"] for detail in details} == {"PutObject"}
    assert details[0]["bucket"] == {"name": "orders-inbox"}


def test_envelope_applied_to_a_json_string_event_parses_it_first() -> None:
    event_text = (EVENTS / "jmespath_apiGatewayRestEvent.json").read_text()

    assert query(event_text, envelopes.API_GATEWAY_REST) == ORDER


def test_sqs_envelope_on_an_event_without_records_returns_none() -> None:
    assert query({"Records": None}, envelopes.SQS) is None
    assert query({}, envelopes.EVENTBRIDGE) is None
