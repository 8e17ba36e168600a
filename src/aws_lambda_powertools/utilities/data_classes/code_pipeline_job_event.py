# mypy: disable-error-code="no-any-return"
"""AWS CodePipeline Lambda action job events, with helpers to read and write artifacts.

The artifact helpers use boto3, imported only when they are called.

Example:
    >>> event = CodePipelineJobEvent({"CodePipeline.job": {"id": "job-1", "accountId": "1"}})
    >>> event.get_id
    'job-1'
"""

from __future__ import annotations

import json

from aws_lambda_powertools.utilities.data_classes.common import _MISSING, DictWrapper

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_JOB_KEY = "CodePipeline.job"


class CodePipelineConfiguration(DictWrapper):
    """Configuration of the Lambda invoke action."""

    _decoded: dict[str, Any] = _MISSING

    @property
    def function_name(self) -> str:
        """Name of the invoked function."""
        return self._data["FunctionName"]

    @property
    def user_parameters(self) -> str | None:
        """User parameters string configured on the action, if any."""
        return self._data.get("UserParameters")

    @property
    def decoded_user_parameters(self) -> dict[str, Any]:
        """User parameters parsed as JSON (cached; empty dict when not set).

        Raises:
            ValueError: the user parameters are not valid JSON.
        """
        decoded = self._decoded
        if decoded is _MISSING:
            raw = self.user_parameters
            decoded = self._decoded = self._json_deserializer(raw) if raw else {}
        return decoded


class CodePipelineActionConfiguration(DictWrapper):
    """Action configuration of the job."""

    @property
    def configuration(self) -> CodePipelineConfiguration:
        """Configuration of the Lambda invoke action."""
        return CodePipelineConfiguration(self._data["configuration"], self._json_deserializer)


class CodePipelineS3Location(DictWrapper):
    """S3 location of an artifact."""

    @property
    def bucket_name(self) -> str:
        """Bucket holding the artifact."""
        return self._data["bucketName"]

    @property
    def key(self) -> str:
        """Object key of the artifact, URL-decoded."""
        from urllib.parse import unquote_plus

        return unquote_plus(self._data["objectKey"])

    @property
    def object_key(self) -> str:
        """Object key of the artifact, as sent."""
        return self._data["objectKey"]


class CodePipelineLocation(DictWrapper):
    """Where an artifact is stored."""

    @property
    def get_type(self) -> str:
        """Storage type, ``S3``."""
        return self._data["type"]

    @property
    def s3_location(self) -> CodePipelineS3Location:
        """S3 bucket and key of the artifact."""
        return CodePipelineS3Location(self._data["s3Location"])


class CodePipelineArtifact(DictWrapper):
    """An input or output artifact of the action."""

    @property
    def name(self) -> str:
        """Name of the artifact."""
        return self._data["name"]

    @property
    def revision(self) -> str | None:
        """Source revision of the artifact, if any."""
        return self._data.get("revision")

    @property
    def location(self) -> CodePipelineLocation:
        """Where the artifact is stored."""
        return CodePipelineLocation(self._data["location"])


class CodePipelineArtifactCredentials(DictWrapper):
    """Temporary credentials for the pipeline's artifact bucket."""

    _sensitive_properties = ["secret_access_key", "session_token"]

    @property
    def access_key_id(self) -> str:
        """Access key ID."""
        return self._data["accessKeyId"]

    @property
    def secret_access_key(self) -> str:
        """Secret access key."""
        return self._data["secretAccessKey"]

    @property
    def session_token(self) -> str:
        """Session token."""
        return self._data["sessionToken"]

    @property
    def expiration_time(self) -> int | None:
        """Expiry of the credentials in epoch milliseconds, if sent."""
        return self._data.get("expirationTime")


class CodePipelineEncryptionKey(DictWrapper):
    """KMS key that encrypts the pipeline's artifacts."""

    @property
    def get_id(self) -> str:
        """Key ID or ARN."""
        return self._data["id"]

    @property
    def get_type(self) -> str:
        """Key type, ``KMS``."""
        return self._data["type"]


class CodePipelineData(DictWrapper):
    """Everything the action needs: configuration, artifacts and credentials."""

    @property
    def action_configuration(self) -> CodePipelineActionConfiguration:
        """Action configuration."""
        return CodePipelineActionConfiguration(
            self._data["actionConfiguration"], self._json_deserializer
        )

    @property
    def input_artifacts(self) -> list[CodePipelineArtifact]:
        """Artifacts the action reads."""
        return [CodePipelineArtifact(item) for item in self._data["inputArtifacts"]]

    @property
    def output_artifacts(self) -> list[CodePipelineArtifact]:
        """Artifacts the action writes."""
        return [CodePipelineArtifact(item) for item in self._data["outputArtifacts"]]

    @property
    def artifact_credentials(self) -> CodePipelineArtifactCredentials:
        """Temporary credentials for the artifact bucket."""
        return CodePipelineArtifactCredentials(self._data["artifactCredentials"])

    @property
    def continuation_token(self) -> str | None:
        """Token of a continued (asynchronous) job, if any."""
        return self._data.get("continuationToken")

    @property
    def encryption_key(self) -> CodePipelineEncryptionKey | None:
        """KMS key of the artifact store, if one is configured."""
        key = self._data.get("encryptionKey")
        return None if key is None else CodePipelineEncryptionKey(key)


class CodePipelineJobEvent(DictWrapper):
    """CodePipeline job event sent to a Lambda invoke action.

    The job lives under the ``CodePipeline.job`` key; a missing key surfaces as ``KeyError``
    when a property is read.
    """

    def __init__(self, data: dict[str, Any], json_deserializer: Any = None):
        super().__init__(data, json_deserializer)
        job = data.get(_JOB_KEY) if isinstance(data, dict) else None
        self._job: dict[str, Any] = job if isinstance(job, dict) else {}
        self._s3_client: Any = None

    def _job_data(self) -> dict[str, Any]:
        if _JOB_KEY not in self._data:
            raise KeyError(_JOB_KEY)
        return self._job

    @property
    def get_id(self) -> str:
        """Identifier of the job; report success or failure with it."""
        return self._job_data()["id"]

    @property
    def account_id(self) -> str:
        """AWS account of the pipeline."""
        return self._job_data()["accountId"]

    @property
    def data(self) -> CodePipelineData:
        """Configuration, artifacts and credentials of the job."""
        return CodePipelineData(self._job_data()["data"], self._json_deserializer)

    @property
    def user_parameters(self) -> str | None:
        """User parameters string configured on the action, if any."""
        return self.data.action_configuration.configuration.user_parameters

    @property
    def decoded_user_parameters(self) -> dict[str, Any]:
        """User parameters parsed as JSON (empty dict when not set)."""
        return self.data.action_configuration.configuration.decoded_user_parameters

    @property
    def input_bucket_name(self) -> str:
        """Bucket of the first input artifact."""
        return self.data.input_artifacts[0].location.s3_location.bucket_name

    @property
    def input_object_key(self) -> str:
        """Object key of the first input artifact."""
        return self.data.input_artifacts[0].location.s3_location.key

    def setup_s3_client(self) -> Any:
        """Return an S3 client signed with the job's artifact credentials.

        Raises:
            ImportError: boto3 is not installed.
        """
        try:
            import boto3
            from botocore.config import Config
        except ImportError as err:
            message = (
                "reading CodePipeline artifacts needs boto3: "
                'pip install "aws-lambda-powertools[aws-sdk]"'
            )
            raise ImportError(message) from err

        credentials = self.data.artifact_credentials
        return boto3.client(
            "s3",
            aws_access_key_id=credentials.access_key_id,
            aws_secret_access_key=credentials.secret_access_key,
            aws_session_token=credentials.session_token,
            config=Config(signature_version="s3v4"),
        )

    def _client(self) -> Any:
        if self._s3_client is None:
            self._s3_client = self.setup_s3_client()
        return self._s3_client

    def find_input_artifact(self, artifact_name: str) -> CodePipelineArtifact | None:
        """Return the input artifact called ``artifact_name``, or ``None``."""
        return _find(self.data.input_artifacts, artifact_name)

    def find_output_artifact(self, artifact_name: str) -> CodePipelineArtifact | None:
        """Return the output artifact called ``artifact_name``, or ``None``."""
        return _find(self.data.output_artifacts, artifact_name)

    def get_artifact(self, artifact_name: str, filename: str | None = None) -> str | None:
        """Download an input artifact and return its content as text.

        Args:
            artifact_name: name of the input artifact.
            filename: file to read inside the artifact's zip archive; without it the
                object itself is returned.

        Returns:
            The text, or ``None`` when no input artifact has that name.
        """
        artifact = self.find_input_artifact(artifact_name)
        if artifact is None:
            return None

        location = artifact.location.s3_location
        response = self._client().get_object(Bucket=location.bucket_name, Key=location.key)
        payload: bytes = response["Body"].read()
        if filename is None:
            return payload.decode("utf-8")

        import io
        import zipfile

        with zipfile.ZipFile(io.BytesIO(payload), "r") as archive:
            return archive.read(filename).decode("utf-8")

    def put_artifact(self, artifact_name: str, body: Any, content_type: str) -> None:
        """Upload ``body`` as the output artifact ``artifact_name``.

        The object is encrypted with the pipeline's KMS key when one is configured.

        Raises:
            ValueError: no output artifact has that name.
        """
        artifact = self.find_output_artifact(artifact_name)
        if artifact is None:
            message = (
                f"no output artifact named {artifact_name!r}: the action declares "
                f"{[item.name for item in self.data.output_artifacts]}"
            )
            raise ValueError(message)

        location = artifact.location.s3_location
        extra: dict[str, Any] = {"ServerSideEncryption": "aws:kms"}
        key = self.data.encryption_key
        if key is not None:
            extra["SSEKMSKeyId"] = key.get_id
        if not isinstance(body, (bytes, str)):
            body = json.dumps(body)
        self._client().put_object(
            Bucket=location.bucket_name,
            Key=location.key,
            ContentType=content_type,
            Body=body,
            **extra,
        )


def _find(artifacts: list[CodePipelineArtifact], name: str) -> CodePipelineArtifact | None:
    return next((artifact for artifact in artifacts if artifact.name == name), None)
