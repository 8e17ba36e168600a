"""Handlers decorated with ``event_source`` reading stream, queue and storage events end to end."""

from __future__ import annotations

import base64
import json
import pathlib
import subprocess
import sys
from typing import Any

import pytest

from aws_lambda_powertools.utilities.data_classes import (
    CloudWatchLogsEvent,
    DynamoDBStreamEvent,
    KinesisFirehoseDataTransformationResponse,
    KinesisFirehoseEvent,
    S3BatchOperationEvent,
    S3BatchOperationResponse,
    SQSEvent,
    event_source,
)

EVENTS = pathlib.Path(__file__).parents[2] / "events"


def load_event(name: str) -> dict[str, Any]:
    return json.loads((EVENTS / f"{name}.json").read_text())


def test_sqs_handler_reads_s3_notifications_delivered_through_the_queue() -> None:
    @event_source(data_class=SQSEvent)
    def handler(event: SQSEvent, context: Any) -> list[str]:
        return [
            f"{r.decoded_nested_s3_event.bucket_name}/{r.decoded_nested_s3_event.object_key}"
            for r in event.records
        ]

    assert handler(load_event("s3SqsEvent"), None) == ["invoices-eu/uploads/photo.jpg"]


def test_firehose_handler_returns_an_uppercased_transformation() -> None:
    @event_source(data_class=KinesisFirehoseEvent)
    def handler(event: KinesisFirehoseEvent, context: Any) -> dict[str, Any]:
        response = KinesisFirehoseDataTransformationResponse()
        for record in event.records:
            upper = base64.b64encode(record.data_as_text.upper().encode()).decode()
            response.add_record(record.build_data_transformation_response(data=upper))
        return response.asdict()

    output = handler(load_event("kinesisFirehoseKinesisEvent"), None)

    assert [r["result"] for r in output["records"]] == ["Ok", "Ok"]
    assert base64.b64decode(output["records"][0]["data"]) == b"HELLO FROM FIREHOSE"
    assert output["records"][1]["recordId"].startswith("496515050857394242832149603678")


def test_s3_batch_handler_answers_its_single_task() -> None:
    @event_source(data_class=S3BatchOperationEvent)
    def handler(event: S3BatchOperationEvent, context: Any) -> dict[str, Any]:
        response = S3BatchOperationResponse(event.invocation_schema_version, event.invocation_id)
        task = event.task
        response.add_result(task.build_task_batch_response("Succeeded", f"copied {task.s3_key}"))
        return response.asdict()

    output = handler(load_event("s3BatchOperationEventSchemaV1"), None)

    assert output["results"] == [
        {
            "taskId": "dGFzay0xLWZvci10ZXN0cw",
            "resultCode": "Succeeded",
            "resultString": "copied reports/2024 Q1/final.csv",
        }
    ]


def test_dynamodb_handler_totals_inserted_prices_as_decimals() -> None:
    @event_source(data_class=DynamoDBStreamEvent)
    def handler(event: DynamoDBStreamEvent, context: Any) -> str:
        total = sum(
            r.dynamodb.new_image.get("price", 0) for r in event.records if r.dynamodb is not None
        )
        return str(total)

    assert handler(load_event("dynamoStreamEvent"), None) == "19.99"


def test_cloudwatch_logs_handler_reads_log_messages() -> None:
    @event_source(data_class=CloudWatchLogsEvent)
    def handler(event: CloudWatchLogsEvent, context: Any) -> list[str]:
        return [log.message for log in event.parse_logs_data().log_events]

    assert (
        handler(load_event("cloudWatchLogEvent"), None)[1]
        == '{"level":"INFO","msg":"order placed"}'
    )


@pytest.mark.parametrize(
    ("module", "name"),
    [
        ("sqs_event", "SQSEvent"),
        ("kinesis_stream_event", "KinesisStreamEvent"),
        ("kinesis_firehose_event", "KinesisFirehoseEvent"),
        ("dynamo_db_stream_event", "DynamoDBStreamEvent"),
        ("s3_event", "S3Event"),
        ("kafka_event", "KafkaEvent"),
    ],
)
def test_importing_one_event_class_loads_only_its_module_and_the_shared_base(
    module: str, name: str
) -> None:
    script = (
        "import sys; before = set(sys.modules)\n"
        f"from aws_lambda_powertools.utilities.data_classes import {name}\n"
        "print('\\n'.join(sorted(set(sys.modules) - before)))"
    )
    loaded = set(
        subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=True
        ).stdout.split()
    )

    ours = {m for m in loaded if m.startswith("aws_lambda_powertools.utilities.data_classes.")}
    allowed = {
        f"aws_lambda_powertools.utilities.data_classes.{module}",
        "aws_lambda_powertools.utilities.data_classes.common",
        "aws_lambda_powertools.utilities.data_classes._case_insensitive_dict",
        # Kinesis and DynamoDB stream events share their tumbling-window fields.
        "aws_lambda_powertools.utilities.data_classes._tumbling_window",
        # Kinesis events decode CloudWatch Logs subscriptions; S3 EventBridge events extend
        # the EventBridge envelope.
        "aws_lambda_powertools.utilities.data_classes.cloud_watch_logs_event",
        "aws_lambda_powertools.utilities.data_classes.event_bridge_event",
    }
    assert ours <= allowed, sorted(ours - allowed)
    assert not {"boto3", "botocore", "dataclasses", "decimal", "gzip", "typing"} & loaded
