# mypy: disable-error-code="no-any-return"
"""AWS Transfer Family custom identity provider events and the authentication response.

Example:
    >>> response = TransferFamilyAuthorizerResponse()
    >>> response.build_authentication_response_s3(
    ...     role_arn="arn:aws:iam::123456789012:role/sftp", home_directory="/bucket/home"
    ... )["HomeDirectory"]
    '/bucket/home'
"""

from __future__ import annotations

from aws_lambda_powertools.utilities.data_classes.common import DictWrapper

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Literal


class TransferFamilyAuthorizer(DictWrapper):
    """A login attempt on a Transfer Family server with a custom identity provider.

    Documentation: https://docs.aws.amazon.com/transfer/latest/userguide/custom-lambda-idp.html
    """

    @property
    def username(self) -> str:
        """User name of the login attempt."""
        return self._data["username"]

    @property
    def password(self) -> str | None:
        """Password of a password login; ``None`` for SSH key authentication."""
        return self._data.get("password")

    @property
    def protocol(self) -> str:
        """``SFTP``, ``FTPS``, ``FTP`` or ``AS2``."""
        return self._data["protocol"]

    @property
    def server_id(self) -> str:
        """Identifier of the Transfer Family server."""
        return self._data["serverId"]

    @property
    def source_ip(self) -> str:
        """IP address of the client."""
        return self._data["sourceIp"]


class TransferFamilyAuthorizerResponse:
    """Build the response that grants a user access to S3 or EFS.

    Return an empty dict from the handler to deny access.
    """

    def _build_authentication_response(
        self,
        role_arn: str,
        policy: str | None = None,
        home_directory: str | None = None,
        home_directory_details: list[dict[str, Any]] | None = None,
        home_directory_type: Literal["LOGICAL", "PATH"] = "PATH",
        user_gid: int | None = None,
        user_uid: int | None = None,
        public_keys: str | None = None,
    ) -> dict[str, Any]:
        response: dict[str, Any] = {"Role": role_arn, "HomeDirectoryType": home_directory_type}

        if home_directory_type not in ("PATH", "LOGICAL"):
            message = f"Invalid home_directory_type: {home_directory_type}; use 'PATH' or 'LOGICAL'"
            raise ValueError(message)

        if home_directory_type == "PATH":
            if not home_directory:
                message = (
                    "home_directory must be set when home_directory_type is PATH, "
                    "for example home_directory='/bucket/home/user'"
                )
                raise ValueError(message)
            response["HomeDirectory"] = home_directory
        else:
            if not home_directory_details:
                message = (
                    "home_directory_details must be set when home_directory_type is LOGICAL, "
                    "for example [{'Entry': '/', 'Target': '/bucket/home/user'}]"
                )
                raise ValueError(message)
            import json

            response["HomeDirectoryDetails"] = json.dumps(home_directory_details)

        if policy:
            response["Policy"] = policy
        if public_keys:
            response["PublicKeys"] = public_keys
        if user_uid is not None or user_gid is not None:
            response["PosixProfile"] = {"Gid": user_gid, "Uid": user_uid}
        return response

    def build_authentication_response_efs(
        self,
        role_arn: str,
        user_gid: int,
        user_uid: int,
        policy: str | None = None,
        home_directory: str | None = None,
        home_directory_details: list[dict[str, Any]] | None = None,
        home_directory_type: Literal["LOGICAL", "PATH"] = "PATH",
        public_keys: str | None = None,
    ) -> dict[str, Any]:
        """Return a response granting access to an Amazon EFS file system.

        Args:
            role_arn: role the server assumes to reach the file system.
            user_gid: POSIX group ID of the user.
            user_uid: POSIX user ID of the user.
            policy: session policy, JSON text, that narrows the role.
            home_directory: landing directory, required for ``PATH``.
            home_directory_details: ``Entry``/``Target`` mappings, required for ``LOGICAL``.
            home_directory_type: ``PATH`` or ``LOGICAL``.
            public_keys: SSH public keys of the user, for key authentication.

        Raises:
            ValueError: the home directory argument the type needs is missing, or the type
                is neither ``PATH`` nor ``LOGICAL``.
        """
        return self._build_authentication_response(
            role_arn=role_arn,
            policy=policy,
            home_directory=home_directory,
            home_directory_details=home_directory_details,
            home_directory_type=home_directory_type,
            user_gid=user_gid,
            user_uid=user_uid,
            public_keys=public_keys,
        )

    def build_authentication_response_s3(
        self,
        role_arn: str,
        policy: str | None = None,
        home_directory: str | None = None,
        home_directory_details: list[dict[str, Any]] | None = None,
        home_directory_type: Literal["LOGICAL", "PATH"] = "PATH",
        public_keys: str | None = None,
    ) -> dict[str, Any]:
        """Return a response granting access to Amazon S3.

        Args:
            role_arn: role the server assumes to reach the bucket.
            policy: session policy, JSON text, that narrows the role.
            home_directory: landing directory, required for ``PATH``.
            home_directory_details: ``Entry``/``Target`` mappings, required for ``LOGICAL``.
            home_directory_type: ``PATH`` or ``LOGICAL``.
            public_keys: SSH public keys of the user, for key authentication.

        Raises:
            ValueError: the home directory argument the type needs is missing, or the type
                is neither ``PATH`` nor ``LOGICAL``.
        """
        return self._build_authentication_response(
            role_arn=role_arn,
            policy=policy,
            home_directory=home_directory,
            home_directory_details=home_directory_details,
            home_directory_type=home_directory_type,
            public_keys=public_keys,
        )
