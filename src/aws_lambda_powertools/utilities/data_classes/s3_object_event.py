# mypy: disable-error-code="no-any-return"
"""Amazon S3 Object Lambda events: transform an object while a client reads it.

The function fetches the original object from ``input_s3_url`` and sends the transformed one
back with ``s3.write_get_object_response(RequestRoute=..., RequestToken=...)``.

Example:
    >>> event = S3ObjectLambdaEvent(raw_event)  # doctest: +SKIP
    >>> event.input_s3_url, event.request_route, event.request_token  # doctest: +SKIP
"""

from __future__ import annotations

from aws_lambda_powertools.utilities.data_classes.common import CaseInsensitiveDict, DictWrapper


class S3ObjectContext(DictWrapper):
    """Where to read the original object and how to route the response."""

    @property
    def input_s3_url(self) -> str:
        """Presigned URL of the original object."""
        return self._data["inputS3Url"]

    @property
    def output_route(self) -> str:
        """Routing token to pass as ``RequestRoute`` to ``WriteGetObjectResponse``."""
        return self._data["outputRoute"]

    @property
    def output_token(self) -> str:
        """Token to pass as ``RequestToken`` to ``WriteGetObjectResponse``."""
        return self._data["outputToken"]


class S3ObjectConfiguration(DictWrapper):
    """Configuration of the Object Lambda access point."""

    @property
    def access_point_arn(self) -> str:
        """ARN of the Object Lambda access point that received the request."""
        return self._data["accessPointArn"]

    @property
    def supporting_access_point_arn(self) -> str:
        """ARN of the supporting access point the original object is read through."""
        return self._data["supportingAccessPointArn"]

    @property
    def payload(self) -> str:
        """Custom data set on the access point configuration."""
        return self._data["payload"]


class S3ObjectUserRequest(DictWrapper):
    """The request the client sent to S3 Object Lambda."""

    @property
    def url(self) -> str:
        """Decoded URL of the request."""
        return self._data["url"]

    @property
    def headers(self) -> dict[str, str]:
        """HTTP headers of the request, matched case-insensitively."""
        return CaseInsensitiveDict(self._data["headers"])


class S3ObjectSessionIssuer(DictWrapper):
    """Identity that issued temporary credentials."""

    @property
    def get_type(self) -> str:
        """Source of the credentials: ``Root``, ``IAMUser`` or ``Role``."""
        return self._data["type"]

    @property
    def user_name(self) -> str:
        """Name of the issuing user or role."""
        return self._data["userName"]

    @property
    def principal_id(self) -> str:
        """Internal ID of the issuer."""
        return self._data["principalId"]

    @property
    def arn(self) -> str:
        """ARN of the issuer."""
        return self._data["arn"]

    @property
    def account_id(self) -> str:
        """Account that owns the issuer."""
        return self._data["accountId"]


class S3ObjectSessionAttributes(DictWrapper):
    """Attributes of a temporary-credentials session."""

    @property
    def creation_date(self) -> str:
        """When the credentials were issued, ISO 8601."""
        return self._data["creationDate"]

    @property
    def mfa_authenticated(self) -> str:
        """``"true"`` when the credentials were issued after MFA."""
        return self._data["mfaAuthenticated"]


class S3ObjectSessionContext(DictWrapper):
    """Session of a request signed with temporary credentials."""

    @property
    def session_issuer(self) -> S3ObjectSessionIssuer:
        """Who issued the credentials."""
        return S3ObjectSessionIssuer(self._data["sessionIssuer"])

    @property
    def attributes(self) -> S3ObjectSessionAttributes:
        """Attributes of the session."""
        return S3ObjectSessionAttributes(self._data["attributes"])


class S3ObjectUserIdentity(DictWrapper):
    """Identity that made the request."""

    @property
    def get_type(self) -> str:
        """Type of identity, such as ``IAMUser`` or ``AssumedRole``."""
        return self._data["type"]

    @property
    def account_id(self) -> str:
        """Account that owns the identity."""
        return self._data["accountId"]

    @property
    def access_key_id(self) -> str:
        """Access key that signed the request."""
        return self._data["accessKeyId"]

    @property
    def user_name(self) -> str:
        """Name of an IAM user identity."""
        return self._data["userName"]

    @property
    def principal_id(self) -> str:
        """Unique identifier of the identity."""
        return self._data["principalId"]

    @property
    def arn(self) -> str:
        """ARN of the principal."""
        return self._data["arn"]

    @property
    def session_context(self) -> S3ObjectSessionContext | None:
        """Session of temporary credentials, else ``None``."""
        session_context = self._data.get("sessionContext")
        return None if session_context is None else S3ObjectSessionContext(session_context)


class S3ObjectLambdaEvent(DictWrapper):
    """A GetObject (or HeadObject, ListObjects) request routed through S3 Object Lambda.

    Documentation: https://docs.aws.amazon.com/AmazonS3/latest/userguide/olap-writing-lambda.html
    """

    @property
    def request_id(self) -> str:
        """S3 request ID, for support cases."""
        return self._data["xAmzRequestId"]

    @property
    def object_context(self) -> S3ObjectContext:
        """Where to read the original object and how to route the response."""
        return S3ObjectContext(self._data["getObjectContext"])

    @property
    def configuration(self) -> S3ObjectConfiguration:
        """Configuration of the Object Lambda access point."""
        return S3ObjectConfiguration(self._data["configuration"])

    @property
    def user_request(self) -> S3ObjectUserRequest:
        """The request the client sent."""
        return S3ObjectUserRequest(self._data["userRequest"])

    @property
    def user_identity(self) -> S3ObjectUserIdentity:
        """Identity that made the request."""
        return S3ObjectUserIdentity(self._data["userIdentity"])

    @property
    def request_route(self) -> str:
        """``RequestRoute`` for ``WriteGetObjectResponse``."""
        return self._data["getObjectContext"]["outputRoute"]

    @property
    def request_token(self) -> str:
        """``RequestToken`` for ``WriteGetObjectResponse``."""
        return self._data["getObjectContext"]["outputToken"]

    @property
    def input_s3_url(self) -> str:
        """Presigned URL of the original object."""
        return self._data["getObjectContext"]["inputS3Url"]

    @property
    def protocol_version(self) -> str:
        """Version of the event format."""
        return self._data["protocolVersion"]
