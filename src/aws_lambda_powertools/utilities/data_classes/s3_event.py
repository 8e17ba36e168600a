# mypy: disable-error-code="no-any-return"
"""Amazon S3 event notifications, sent directly or through EventBridge.

Example:
    >>> event = S3Event(raw_event)  # doctest: +SKIP
    >>> event.bucket_name, event.object_key  # doctest: +SKIP
    ('invoices', '2024/05/invoice 17.pdf')
"""

from __future__ import annotations

from aws_lambda_powertools.utilities.data_classes.common import DictWrapper
from aws_lambda_powertools.utilities.data_classes.event_bridge_event import EventBridgeEvent

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator


class S3Identity(DictWrapper):
    """Principal that made a request."""

    @property
    def principal_id(self) -> str:
        """Amazon identifier of the principal."""
        return self._data["principalId"]


class S3RequestParameters(DictWrapper):
    """Parameters of the request that caused the event."""

    @property
    def source_ip_address(self) -> str:
        """IP address the request came from."""
        return self._data["sourceIPAddress"]


class S3EventNotificationEventBridgeBucket(DictWrapper):
    """Bucket of an S3 event delivered through EventBridge."""

    @property
    def name(self) -> str:
        """Name of the bucket."""
        return self._data["name"]


class S3EventBridgeNotificationObject(DictWrapper):
    """Object of an S3 event delivered through EventBridge."""

    @property
    def key(self) -> str:
        """Object key, not URL-encoded."""
        return self._data["key"]

    @property
    def size(self) -> int | None:
        """Object size in bytes; absent for deletions."""
        return self._data.get("size")

    @property
    def etag(self) -> str:
        """Entity tag of the object (``""`` when absent)."""
        return self._data.get("etag", "")

    @property
    def version_id(self) -> str:
        """Version of the object in a versioned bucket."""
        return self._data["version-id"]

    @property
    def sequencer(self) -> str:
        """Value that orders events for the same key."""
        return self._data["sequencer"]


class S3EventBridgeNotificationDetail(DictWrapper):
    """The ``detail`` of an S3 event delivered through EventBridge."""

    @property
    def version(self) -> str:
        """Version of the detail format."""
        return self._data["version"]

    @property
    def bucket(self) -> S3EventNotificationEventBridgeBucket:
        """The bucket."""
        return S3EventNotificationEventBridgeBucket(self._data["bucket"])

    @property
    def object(self) -> S3EventBridgeNotificationObject:
        """The object."""
        return S3EventBridgeNotificationObject(self._data["object"])

    @property
    def request_id(self) -> str:
        """S3 request ID of the request that caused the event."""
        return self._data["request-id"]

    @property
    def requester(self) -> str:
        """Account ID or service principal that made the request."""
        return self._data["requester"]

    @property
    def source_ip_address(self) -> str | None:
        """IP address the request came from."""
        return self._data.get("source-ip-address")

    @property
    def reason(self) -> str | None:
        """API call that caused the event, such as ``PutObject``."""
        return self._data.get("reason")

    @property
    def deletion_type(self) -> str | None:
        """``Permanently Deleted`` or ``Delete Marker Created`` for deletions."""
        return self._data.get("deletion-type")

    @property
    def restore_expiry_time(self) -> str | None:
        """When a restored copy of an archived object expires."""
        return self._data.get("restore-expiry-time")

    @property
    def source_storage_class(self) -> str | None:
        """Storage class an archived object was restored from."""
        return self._data.get("source-storage-class")

    @property
    def destination_storage_class(self) -> str | None:
        """Storage class the object moved to."""
        return self._data.get("destination-storage-class")

    @property
    def destination_access_tier(self) -> str | None:
        """S3 Intelligent-Tiering access tier the object moved to."""
        return self._data.get("destination-access-tier")


class S3EventBridgeNotificationEvent(EventBridgeEvent):
    """An S3 event delivered through Amazon EventBridge.

    Documentation: https://docs.aws.amazon.com/AmazonS3/latest/userguide/ev-events.html
    """

    @property
    def detail(self) -> S3EventBridgeNotificationDetail:  # type: ignore[override]
        """The S3 details: bucket, object and request."""
        return S3EventBridgeNotificationDetail(self._data["detail"])


class S3Bucket(DictWrapper):
    """Bucket of an S3 notification."""

    @property
    def name(self) -> str:
        """Name of the bucket."""
        return self._data["name"]

    @property
    def owner_identity(self) -> S3Identity:
        """Owner of the bucket."""
        return S3Identity(self._data["ownerIdentity"])

    @property
    def arn(self) -> str:
        """ARN of the bucket."""
        return self._data["arn"]


class S3Object(DictWrapper):
    """Object of an S3 notification."""

    @property
    def key(self) -> str:
        """Object key, URL-encoded as S3 sends it (see ``S3Event.object_key``)."""
        return self._data["key"]

    @property
    def size(self) -> int:
        """Object size in bytes."""
        return self._data["size"]

    @property
    def etag(self) -> str:
        """Entity tag of the object (``""`` when absent, as for deletions)."""
        return self._data.get("eTag", "")

    @property
    def version_id(self) -> str | None:
        """Version of the object in a versioned bucket."""
        return self._data.get("versionId")

    @property
    def sequencer(self) -> str:
        """Value that orders events for the same key."""
        return self._data["sequencer"]


class S3Message(DictWrapper):
    """The ``s3`` part of a notification record: bucket and object."""

    @property
    def s3_schema_version(self) -> str:
        """Version of the ``s3`` part's format."""
        return self._data["s3SchemaVersion"]

    @property
    def configuration_id(self) -> str:
        """ID of the bucket notification configuration that matched."""
        return self._data["configurationId"]

    @property
    def bucket(self) -> S3Bucket:
        """The bucket."""
        return S3Bucket(self._data["bucket"])

    @property
    def get_object(self) -> S3Object:
        """The object."""
        return S3Object(self._data["object"])


class S3EventRecordGlacierRestoreEventData(DictWrapper):
    """Details of a completed restore of an archived object."""

    @property
    def lifecycle_restoration_expiry_time(self) -> str:
        """When the restored copy expires."""
        return self._data["lifecycleRestorationExpiryTime"]

    @property
    def lifecycle_restore_storage_class(self) -> str:
        """Storage class the object was restored from."""
        return self._data["lifecycleRestoreStorageClass"]


class S3EventRecordGlacierEventData(DictWrapper):
    """Archive details of an ``ObjectRestore:Completed`` record."""

    @property
    def restore_event_data(self) -> S3EventRecordGlacierRestoreEventData:
        """Details of the restore."""
        return S3EventRecordGlacierRestoreEventData(self._data["restoreEventData"])


class S3EventRecordIntelligentTieringEventData(DictWrapper):
    """Details of an ``IntelligentTiering`` record."""

    @property
    def destination_access_tier(self) -> str:
        """Access tier the object moved to."""
        return self._data["destinationAccessTier"]


class S3EventRecord(DictWrapper):
    """One notification record."""

    @property
    def event_version(self) -> str:
        """Version of the record format."""
        return self._data["eventVersion"]

    @property
    def event_source(self) -> str:
        """Always ``aws:s3``."""
        return self._data["eventSource"]

    @property
    def aws_region(self) -> str:
        """Region of the bucket."""
        return self._data["awsRegion"]

    @property
    def event_time(self) -> str:
        """When S3 finished processing the request, ISO 8601."""
        return self._data["eventTime"]

    @property
    def event_name(self) -> str:
        """Type of event, such as ``ObjectCreated:Put``."""
        return self._data["eventName"]

    @property
    def user_identity(self) -> S3Identity:
        """Principal that made the request."""
        return S3Identity(self._data["userIdentity"])

    @property
    def request_parameters(self) -> S3RequestParameters:
        """Parameters of the request."""
        return S3RequestParameters(self._data["requestParameters"])

    @property
    def response_elements(self) -> dict[str, str]:
        """S3 request IDs (``x-amz-request-id``, ``x-amz-id-2``) for support cases."""
        return self._data["responseElements"]

    @property
    def s3(self) -> S3Message:
        """Bucket and object."""
        return S3Message(self._data["s3"])

    @property
    def glacier_event_data(self) -> S3EventRecordGlacierEventData | None:
        """Archive details of an ``ObjectRestore:Completed`` record, else ``None``."""
        data = self._data.get("glacierEventData")
        return None if data is None else S3EventRecordGlacierEventData(data)

    @property
    def intelligent_tiering_event_data(self) -> S3EventRecordIntelligentTieringEventData | None:
        """Details of an ``IntelligentTiering`` record, else ``None``."""
        data = self._data.get("intelligentTieringEventData")
        return None if data is None else S3EventRecordIntelligentTieringEventData(data)


class S3Event(DictWrapper):
    """S3 event notifications sent directly to a Lambda function.

    Documentation: https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html
    """

    @property
    def records(self) -> Iterator[S3EventRecord]:
        """The notification records."""
        return (S3EventRecord(record) for record in self._data["Records"])

    @property
    def record(self) -> S3EventRecord:
        """The first record (S3 sends one per event)."""
        return S3EventRecord(self._data["Records"][0])

    @property
    def bucket_name(self) -> str:
        """Bucket of the first record."""
        return self._data["Records"][0]["s3"]["bucket"]["name"]

    @property
    def object_key(self) -> str:
        """Key of the first record's object, URL-decoded (``+`` becomes a space)."""
        from urllib.parse import unquote_plus

        return unquote_plus(self._data["Records"][0]["s3"]["object"]["key"])
