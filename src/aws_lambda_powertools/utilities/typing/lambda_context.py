"""A stand-in for the context object the Lambda runtime passes to every handler.

Annotate handlers with it for editor completion and type checking; build populated
instances in tests, since the real object only exists inside the Lambda runtime.
"""

from __future__ import annotations

import time

from aws_lambda_powertools.utilities.typing.lambda_client_context import LambdaClientContext
from aws_lambda_powertools.utilities.typing.lambda_cognito_identity import (
    LambdaCognitoIdentity,
)


def _now_in_millis() -> int:
    return time.time_ns() // 1_000_000


class LambdaContext:
    """Information about the invocation, the function and the execution environment.

    Every attribute is a read-only property backed by a private attribute of the same
    name with a leading underscore (``function_name`` reads ``_function_name``), so a
    test can build a populated context either through the keyword arguments or by
    setting the private attributes.

    Args:
        function_name: name of the Lambda function.
        function_version: version of the function, ``$LATEST`` unless published.
        invoked_function_arn: ARN used to invoke the function (may carry an alias).
        memory_limit_in_mb: memory allocated to the function.
        aws_request_id: id of this invocation.
        log_group_name: CloudWatch Logs group of the function.
        log_stream_name: CloudWatch Logs stream of this execution environment.
        identity: Cognito identity of a mobile SDK caller; an empty one by default.
        client_context: client context of a mobile SDK caller, else ``None``.
        tenant_id: tenant of a tenant-isolated function, else ``None``.
        remaining_time_in_millis: time left before the invocation times out, counted
            from construction; when omitted :meth:`get_remaining_time_in_millis` returns 0.

    Example:
        >>> context = LambdaContext(function_name="orders", remaining_time_in_millis=3000)
        >>> context.function_name
        'orders'
    """

    def __init__(
        self,
        *,
        function_name: str = "",
        function_version: str = "$LATEST",
        invoked_function_arn: str = "",
        memory_limit_in_mb: int = 128,
        aws_request_id: str = "",
        log_group_name: str = "",
        log_stream_name: str = "",
        identity: LambdaCognitoIdentity | None = None,
        client_context: LambdaClientContext | None = None,
        tenant_id: str | None = None,
        remaining_time_in_millis: int | None = None,
    ) -> None:
        self._function_name = function_name
        self._function_version = function_version
        self._invoked_function_arn = invoked_function_arn
        self._memory_limit_in_mb = memory_limit_in_mb
        self._aws_request_id = aws_request_id
        self._log_group_name = log_group_name
        self._log_stream_name = log_stream_name
        self._identity = identity if identity is not None else LambdaCognitoIdentity()
        self._client_context = client_context
        self._tenant_id = tenant_id
        self._epoch_deadline_time_in_ms: int | None = (
            None
            if remaining_time_in_millis is None
            else _now_in_millis() + remaining_time_in_millis
        )

    @property
    def function_name(self) -> str:
        """The name of the Lambda function."""
        return self._function_name

    @property
    def function_version(self) -> str:
        """The version of the function."""
        return self._function_version

    @property
    def invoked_function_arn(self) -> str:
        """The ARN used to invoke the function; it names the alias or version, if any."""
        return self._invoked_function_arn

    @property
    def memory_limit_in_mb(self) -> int:
        """The amount of memory allocated to the function, in MB."""
        return self._memory_limit_in_mb

    @property
    def aws_request_id(self) -> str:
        """The identifier of the invocation request."""
        return self._aws_request_id

    @property
    def log_group_name(self) -> str:
        """The CloudWatch Logs group of the function."""
        return self._log_group_name

    @property
    def log_stream_name(self) -> str:
        """The CloudWatch Logs stream of the function instance."""
        return self._log_stream_name

    @property
    def identity(self) -> LambdaCognitoIdentity:
        """The Amazon Cognito identity that authorized the request (mobile SDK callers)."""
        return self._identity

    @property
    def client_context(self) -> LambdaClientContext | None:
        """The client context provided by a mobile SDK caller, else ``None``."""
        return self._client_context

    @property
    def tenant_id(self) -> str | None:
        """The tenant of the invocation for tenant-isolated functions, else ``None``."""
        return self._tenant_id

    def get_remaining_time_in_millis(self) -> int:
        """Return the milliseconds left before the invocation times out, never below 0."""
        if self._epoch_deadline_time_in_ms is None:
            return 0
        return max(self._epoch_deadline_time_in_ms - _now_in_millis(), 0)

    def __repr__(self) -> str:
        return (
            f"LambdaContext(function_name={self._function_name!r}, "
            f"function_version={self._function_version!r}, "
            f"invoked_function_arn={self._invoked_function_arn!r}, "
            f"memory_limit_in_mb={self._memory_limit_in_mb!r}, "
            f"aws_request_id={self._aws_request_id!r}, tenant_id={self._tenant_id!r})"
        )
