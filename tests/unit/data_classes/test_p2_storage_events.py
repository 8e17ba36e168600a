"""S3 notifications, S3 through EventBridge, S3 Batch Operations and S3 Object Lambda."""

from __future__ import annotations

import json
import pathlib
from typing import Any

import pytest

from aws_lambda_powertools.utilities.data_classes import (
    S3BatchOperationEvent,
    S3BatchOperationResponse,
    S3BatchOperationResponseRecord,
    S3Event,
    S3EventBridgeNotificationEvent,
    s3_batch_operation_event,
)
from aws_lambda_powertools.utilities.data_classes.s3_object_event import S3ObjectLambdaEvent
from aws_lambda_powertools.warnings import PowertoolsUserWarning

EVENTS = pathlib.Path(__file__).parents[2] / "events"


def load_event(name: str) -> dict[str, Any]:
    return json.loads((EVENTS / f"{name}.json").read_text())


# S3 notifications


def test_s3_event_record_fields() -> None:
    event = S3Event(load_event("s3Event"))

    record = event.record
    assert [r.event_name for r in event.records] == ["ObjectCreated:Put"]
    assert record.event_version == "2.1"
    assert record.event_source == "aws:s3"
    assert record.aws_region == "eu-west-1"
    assert record.event_time == "2024-05-27T12:00:00.512Z"
    assert record.user_identity.principal_id == "AWS:AROAEXAMPLEID123456789:uploader"
    assert record.request_parameters.source_ip_address == "198.51.100.23"
    assert record.response_elements["x-amz-request-id"] == "C3D13FE58DE4C810"
    assert record.glacier_event_data is None
    assert record.intelligent_tiering_event_data is None
    s3 = record.s3
    assert s3.s3_schema_version == "1.0"
    assert s3.configuration_id == "new-uploads"
    assert s3.bucket.name == "invoices-eu"
    assert s3.bucket.arn == "arn:aws:s3:::invoices-eu"
    assert s3.bucket.owner_identity.principal_id == "A3NL1KOZZKExample"
    s3_object = s3.get_object
    assert s3_object.key == "2024/05/invoice+n%C2%BA+17.pdf"
    assert s3_object.size == 48213
    assert s3_object.etag == "0123456789abcdef0123456789abcdef"
    assert s3_object.version_id == "3HL4kqtJlcpXroDTDmjVBH40Nrjfkd"
    assert s3_object.sequencer == "00665458F0C1D2E3F4"


def test_s3_event_object_key_is_url_decoded() -> None:
    event = S3Event(load_event("s3Event"))

    assert event.bucket_name == "invoices-eu"
    assert event.object_key == "2024/05/invoice nº 17.pdf"


def test_s3_delete_record_has_no_size_or_version() -> None:
    s3_object = S3Event(load_event("s3EventDeleteObject")).record.s3.get_object

    assert s3_object.version_id is None
    with pytest.raises(KeyError):
        _ = s3_object.size


def test_s3_glacier_restore_and_intelligent_tiering_data() -> None:
    glacier = S3Event(load_event("s3EventGlacier")).record.glacier_event_data
    tiering = S3Event(load_event("s3EventIntelligentTiering")).record.intelligent_tiering_event_data

    assert glacier is not None
    restore = glacier.restore_event_data
    assert restore.lifecycle_restoration_expiry_time == "2024-06-03T00:00:00.000Z"
    assert restore.lifecycle_restore_storage_class == "GLACIER"
    assert tiering is not None
    assert tiering.destination_access_tier == "ARCHIVE_ACCESS"


# S3 through EventBridge


def test_s3_eventbridge_object_created() -> None:
    event = S3EventBridgeNotificationEvent(
        load_event("s3EventBridgeNotificationObjectCreatedEvent")
    )

    detail = event.detail
    assert event.detail_type == "Object Created"
    assert event.source == "aws.s3"
    assert event.resources == ["arn:aws:s3:::invoices-eu"]
    assert detail.version == "0"
    assert detail.bucket.name == "invoices-eu"
    assert detail.request_id == "N4N7GDK58NMKJ12R"
    assert detail.requester == "210987654321"
    assert detail.source_ip_address == "198.51.100.23"
    assert detail.reason == "PutObject"
    assert detail.deletion_type is None
    assert detail.restore_expiry_time is None
    assert detail.source_storage_class is None
    assert detail.destination_storage_class is None
    assert detail.destination_access_tier is None
    s3_object = detail.object
    assert s3_object.key == "2024/05/invoice-17.pdf"
    assert s3_object.size == 48213
    assert s3_object.etag == "0123456789abcdef0123456789abcdef"
    assert s3_object.version_id == "3HL4kqtJlcpXroDTDmjVBH40Nrjfkd"
    assert s3_object.sequencer == "00665458F0C1D2E3F4"


@pytest.mark.parametrize(
    ("fixture", "attribute", "expected"),
    [
        ("s3EventBridgeNotificationObjectDeletedEvent", "deletion_type", "Delete Marker Created"),
        (
            "s3EventBridgeNotificationObjectRestoreCompletedEvent",
            "restore_expiry_time",
            "2024-06-03T00:00:00Z",
        ),
        (
            "s3EventBridgeNotificationObjectRestoreCompletedEvent",
            "source_storage_class",
            "DEEP_ARCHIVE",
        ),
        (
            "s3EventBridgeNotificationStorageClassChangedEvent",
            "destination_storage_class",
            "INTELLIGENT_TIERING",
        ),
        (
            "s3EventBridgeNotificationAccessTierChangedEvent",
            "destination_access_tier",
            "DEEP_ARCHIVE_ACCESS",
        ),
    ],
)
def test_s3_eventbridge_detail_fields_of_each_event_type(
    fixture: str, attribute: str, expected: str
) -> None:
    detail = S3EventBridgeNotificationEvent(load_event(fixture)).detail

    assert getattr(detail, attribute) == expected


def test_s3_eventbridge_deleted_object_has_no_size() -> None:
    detail = S3EventBridgeNotificationEvent(
        load_event("s3EventBridgeNotificationObjectDeletedEvent")
    ).detail

    assert detail.object.size is None


# S3 Batch Operations


def test_s3_batch_operation_schema_v1_task() -> None:
    event = S3BatchOperationEvent(load_event("s3BatchOperationEventSchemaV1"))

    task = event.task
    assert event.invocation_id == "Zm9vYmFyYmF6cXV4IGludm9jYXRpb24gaWQgZm9yIHRlc3Rz"
    assert event.invocation_schema_version == "1.0"
    assert event.job.get_id == "8a1e6c2f-0c4d-4e7b-9f3a-6d5c4b3a2e1f"
    assert event.job.user_arguments == {}
    assert [t.task_id for t in event.tasks] == ["dGFzay0xLWZvci10ZXN0cw"]
    assert task.s3_key == "reports/2024 Q1/final.csv"
    assert task.s3_version_id == "1"
    assert task.s3_bucket_arn == "arn:aws:s3:::analytics-exports"
    assert task.s3_bucket == "analytics-exports"


def test_s3_batch_operation_schema_v2_task() -> None:
    event = S3BatchOperationEvent(load_event("s3BatchOperationEventSchemaV2"))

    task = event.task
    assert event.invocation_schema_version == "2.0"
    assert event.job.user_arguments == {"mode": "reencrypt", "kmsAlias": "alias/data"}
    assert task.s3_key == "raw/2024/05/27/events.json.gz"
    assert task.s3_version_id is None
    assert task.s3_bucket_arn is None
    assert task.s3_bucket == "analytics-raw"


def test_s3_batch_operation_response_round_trip() -> None:
    event = S3BatchOperationEvent(load_event("s3BatchOperationEventSchemaV2"))
    response = S3BatchOperationResponse(event.invocation_schema_version, event.invocation_id)

    response.add_result(event.task.build_task_batch_response("TemporaryFailure", "throttled"))

    assert response.asdict() == {
        "invocationSchemaVersion": "2.0",
        "treatMissingKeysAs": "Succeeded",
        "invocationId": "YW5vdGhlciBpbnZvY2F0aW9uIGlkIGZvciB2Mg",
        "results": [
            {
                "taskId": "dGFzay0yLWZvci10ZXN0cw",
                "resultCode": "TemporaryFailure",
                "resultString": "throttled",
            }
        ],
    }


def test_s3_batch_operation_task_result_defaults_to_succeeded() -> None:
    task = S3BatchOperationEvent(load_event("s3BatchOperationEventSchemaV1")).task

    assert task.build_task_batch_response() == S3BatchOperationResponseRecord(
        "dGFzay0xLWZvci10ZXN0cw", "Succeeded", ""
    )


@pytest.mark.parametrize("count", [0, 2])
def test_s3_batch_operation_response_needs_exactly_one_result(count: int) -> None:
    results = [S3BatchOperationResponseRecord(f"t{i}", "Succeeded") for i in range(count)]
    response = S3BatchOperationResponse("1.0", "inv", results=results)

    with pytest.raises(ValueError, match=f"exactly one result, but got {count}"):
        response.asdict()


def test_s3_batch_operation_invalid_result_codes_warn() -> None:
    with pytest.warns(PowertoolsUserWarning, match="treat_missing_keys_as 'Maybe' is not valid"):
        S3BatchOperationResponse("1.0", "inv", "Maybe")  # type: ignore[arg-type]

    record = S3BatchOperationResponseRecord("t1", "Done")  # type: ignore[arg-type]
    with pytest.warns(PowertoolsUserWarning, match="result_code 'Done' is not valid"):
        assert record.asdict() == {"taskId": "t1", "resultCode": "Done", "resultString": None}


def test_s3_batch_operation_result_code_type_is_available_at_runtime() -> None:
    assert s3_batch_operation_event.RESULT_CODE_TYPE.__args__ == (
        "Succeeded",
        "TemporaryFailure",
        "PermanentFailure",
    )
    assert (
        s3_batch_operation_event.RESULT_CODE_TYPE.__args__
        == s3_batch_operation_event.VALID_RESULT_CODES
    )
    with pytest.raises(AttributeError):
        _ = s3_batch_operation_event.NOT_A_NAME  # type: ignore[attr-defined]


# S3 Object Lambda


def test_s3_object_lambda_event_with_iam_user() -> None:
    event = S3ObjectLambdaEvent(load_event("s3ObjectEventIAMUser"))

    assert event.request_id == "1a5ed718-5f53-471d-b6fe-5cf62d88d02a"
    assert event.protocol_version == "1.00"
    assert event.request_route == "io-euw1-004"
    assert event.request_token == "Rm9yIHRlc3RzIG9ubHk="
    assert event.input_s3_url.startswith("https://invoices-ap-210987654321.s3-accesspoint.")
    context = event.object_context
    assert (context.output_route, context.output_token) == (
        event.request_route,
        event.request_token,
    )
    assert context.input_s3_url == event.input_s3_url
    configuration = event.configuration
    assert configuration.access_point_arn.endswith(":accesspoint/redact-invoices")
    assert configuration.supporting_access_point_arn.endswith(":accesspoint/invoices-ap")
    assert json.loads(configuration.payload) == {"redact": ["iban"]}
    assert event.user_request.url.endswith("/2024/05/invoice-17.pdf")
    assert event.user_request.headers["accept-encoding"] == "identity"
    identity = event.user_identity
    assert identity.get_type == "IAMUser"
    assert identity.account_id == "210987654321"
    assert identity.access_key_id == "AKIAEXAMPLEKEY000001"
    assert identity.user_name == "auditor"
    assert identity.principal_id == "AIDAEXAMPLEUSERID0001"
    assert identity.arn == "arn:aws:iam::210987654321:user/auditor"
    assert identity.session_context is None


def test_s3_object_lambda_event_with_temporary_credentials() -> None:
    identity = S3ObjectLambdaEvent(load_event("s3ObjectEventTempCredentials")).user_identity

    session = identity.session_context
    assert identity.get_type == "AssumedRole"
    assert session is not None
    assert session.attributes.mfa_authenticated == "true"
    assert session.attributes.creation_date == "2024-05-27T11:58:00Z"
    issuer = session.session_issuer
    assert issuer.get_type == "Role"
    assert issuer.user_name == "Finance"
    assert issuer.principal_id == "AROAEXAMPLEROLEID0001"
    assert issuer.arn == "arn:aws:iam::210987654321:role/Finance"
    assert issuer.account_id == "210987654321"
