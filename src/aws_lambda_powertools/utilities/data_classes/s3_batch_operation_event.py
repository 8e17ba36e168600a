# mypy: disable-error-code="no-any-return"
"""Amazon S3 Batch Operations events and the response a batch task returns.

S3 Batch Operations invokes the function once per object (task); the function answers with
one result per task: ``Succeeded``, ``TemporaryFailure`` (retried) or ``PermanentFailure``.

Example:
    >>> event = S3BatchOperationEvent(raw_event)  # doctest: +SKIP
    >>> version, invocation = event.invocation_schema_version, event.invocation_id  # doctest: +SKIP
    >>> response = S3BatchOperationResponse(version, invocation)  # doctest: +SKIP
    >>> result = event.task.build_task_batch_response("Succeeded", "copied")  # doctest: +SKIP
    >>> response.add_result(result)  # doctest: +SKIP
    >>> response.asdict()  # doctest: +SKIP
"""

from __future__ import annotations

from aws_lambda_powertools.utilities.data_classes.common import DictWrapper

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import Any, Literal

    RESULT_CODE_TYPE = Literal["Succeeded", "TemporaryFailure", "PermanentFailure"]

VALID_RESULT_CODES: tuple[str, str, str] = ("Succeeded", "TemporaryFailure", "PermanentFailure")


def __getattr__(name: str) -> object:
    # RESULT_CODE_TYPE is built on first use so importing the module does not load typing.
    if name == "RESULT_CODE_TYPE":
        from typing import Literal

        value = Literal["Succeeded", "TemporaryFailure", "PermanentFailure"]
        globals()[name] = value
        return value
    message = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(message)


def __dir__() -> list[str]:
    return sorted([*globals(), "RESULT_CODE_TYPE"])


def _warn_invalid_result_code(what: str, value: str) -> None:
    import warnings

    from aws_lambda_powertools.warnings import PowertoolsUserWarning

    message = (
        f"{what} {value!r} is not valid; choose one of {', '.join(map(repr, VALID_RESULT_CODES))}"
    )
    warnings.warn(message, PowertoolsUserWarning, stacklevel=3)


class S3BatchOperationResponseRecord:
    """The result of one task.

    Args:
        task_id: ``taskId`` of the task.
        result_code: ``Succeeded``, ``TemporaryFailure`` or ``PermanentFailure``.
        result_string: message S3 writes to the completion report.

    Example:
        >>> S3BatchOperationResponseRecord("t1", "Succeeded", "done").asdict()
        {'taskId': 't1', 'resultCode': 'Succeeded', 'resultString': 'done'}
    """

    # Class-level default, readable on the class as for the constructor argument.
    result_string: str | None = None

    def __init__(
        self,
        task_id: str,
        result_code: RESULT_CODE_TYPE,
        result_string: str | None = None,
    ) -> None:
        self.task_id = task_id
        self.result_code = result_code
        self.result_string = result_string

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, S3BatchOperationResponseRecord):
            return NotImplemented
        mine = (self.task_id, self.result_code, self.result_string)
        return mine == (other.task_id, other.result_code, other.result_string)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(task_id={self.task_id!r}, "
            f"result_code={self.result_code!r}, result_string={self.result_string!r})"
        )

    def asdict(self) -> dict[str, Any]:
        """Return the result in the shape S3 expects.

        An unknown ``result_code`` is kept but warns with ``PowertoolsUserWarning``.
        """
        if self.result_code not in VALID_RESULT_CODES:
            _warn_invalid_result_code(
                "S3BatchOperationResponseRecord result_code", self.result_code
            )
        return {
            "taskId": self.task_id,
            "resultCode": self.result_code,
            "resultString": self.result_string,
        }


class S3BatchOperationResponse:
    """The response of a batch task function: exactly one result per invocation.

    Args:
        invocation_schema_version: ``invocationSchemaVersion`` of the event.
        invocation_id: ``invocationId`` of the event.
        treat_missing_keys_as: result code S3 uses for tasks missing from ``results``.
        results: the task results; add one with ``add_result``.

    Example:
        >>> response = S3BatchOperationResponse("2.0", "inv-1")
        >>> response.add_result(S3BatchOperationResponseRecord("t1", "Succeeded"))
        >>> response.asdict()["results"]
        [{'taskId': 't1', 'resultCode': 'Succeeded', 'resultString': None}]
    """

    # Class-level default, readable on the class as for the constructor argument.
    treat_missing_keys_as: RESULT_CODE_TYPE = "Succeeded"

    def __init__(
        self,
        invocation_schema_version: str,
        invocation_id: str,
        treat_missing_keys_as: RESULT_CODE_TYPE = "Succeeded",
        results: list[S3BatchOperationResponseRecord] | None = None,
    ) -> None:
        self.invocation_schema_version = invocation_schema_version
        self.invocation_id = invocation_id
        self.treat_missing_keys_as = treat_missing_keys_as
        self.results: list[S3BatchOperationResponseRecord] = [] if results is None else results
        if treat_missing_keys_as not in VALID_RESULT_CODES:
            _warn_invalid_result_code("treat_missing_keys_as", treat_missing_keys_as)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, S3BatchOperationResponse):
            return NotImplemented
        return self._fields() == other._fields()

    __hash__ = None  # type: ignore[assignment]

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.invocation_schema_version,
            self.invocation_id,
            self.treat_missing_keys_as,
            self.results,
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(invocation_schema_version="
            f"{self.invocation_schema_version!r}, invocation_id={self.invocation_id!r}, "
            f"treat_missing_keys_as={self.treat_missing_keys_as!r}, results={self.results!r})"
        )

    def add_result(self, result: S3BatchOperationResponseRecord) -> None:
        """Append the result of the invocation's task."""
        self.results.append(result)

    def asdict(self) -> dict[str, Any]:
        """Return the response in the shape S3 expects.

        Raises:
            ValueError: there is not exactly one result.
        """
        if len(self.results) != 1:
            message = (
                f"Response must have exactly one result, but got {len(self.results)}; "
                "S3 Batch Operations sends one task per invocation, add one result for it"
            )
            raise ValueError(message)
        return {
            "invocationSchemaVersion": self.invocation_schema_version,
            "treatMissingKeysAs": self.treat_missing_keys_as,
            "invocationId": self.invocation_id,
            "results": [result.asdict() for result in self.results],
        }


class S3BatchOperationJob(DictWrapper):
    """The batch job the task belongs to."""

    @property
    def get_id(self) -> str:
        """Identifier of the job."""
        return self._data["id"]

    @property
    def user_arguments(self) -> dict[str, str]:
        """Arguments given when the job was created (schema 2.0; ``{}`` otherwise)."""
        return self._data.get("userArguments") or {}


class S3BatchOperationTask(DictWrapper):
    """One object to process."""

    @property
    def task_id(self) -> str:
        """Identifier the result must echo."""
        return self._data["taskId"]

    @property
    def s3_key(self) -> str:
        """Object key, URL-decoded (``+`` becomes a space)."""
        from urllib.parse import unquote_plus

        return unquote_plus(self._data["s3Key"])

    @property
    def s3_version_id(self) -> str | None:
        """Object version, for versioned buckets."""
        return self._data.get("s3VersionId")

    @property
    def s3_bucket_arn(self) -> str | None:
        """ARN of the bucket (schema 1.0)."""
        return self._data.get("s3BucketArn")

    @property
    def s3_bucket(self) -> str:
        """Name of the bucket, from ``s3Bucket`` (schema 2.0) or the bucket ARN (1.0)."""
        bucket = self._data.get("s3Bucket")
        if bucket is not None:
            return bucket
        return self._data["s3BucketArn"].rpartition(":")[2]

    def build_task_batch_response(
        self,
        result_code: Literal["Succeeded", "TemporaryFailure", "PermanentFailure"] = "Succeeded",
        result_string: str = "",
    ) -> S3BatchOperationResponseRecord:
        """Return the result of this task, with its ``task_id`` filled in.

        Args:
            result_code: ``Succeeded``, ``TemporaryFailure`` or ``PermanentFailure``.
            result_string: message S3 writes to the completion report.
        """
        return S3BatchOperationResponseRecord(self.task_id, result_code, result_string)


class S3BatchOperationEvent(DictWrapper):
    """One task of an S3 Batch Operations job.

    Documentation: https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html
    """

    @property
    def invocation_id(self) -> str:
        """Identifier the response must echo."""
        return self._data["invocationId"]

    @property
    def invocation_schema_version(self) -> Literal["1.0", "2.0"]:
        """Schema of the event and response: ``1.0`` or ``2.0``."""
        return self._data["invocationSchemaVersion"]

    @property
    def tasks(self) -> Iterator[S3BatchOperationTask]:
        """The tasks (S3 sends one per invocation)."""
        return (S3BatchOperationTask(task) for task in self._data["tasks"])

    @property
    def task(self) -> S3BatchOperationTask:
        """The first task."""
        return S3BatchOperationTask(self._data["tasks"][0])

    @property
    def job(self) -> S3BatchOperationJob:
        """The job the task belongs to."""
        return S3BatchOperationJob(self._data["job"])
