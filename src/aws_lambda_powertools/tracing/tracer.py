"""Trace Lambda handlers and the functions they call, with AWS X-Ray or OpenTelemetry.

``Tracer`` opens a subsegment (X-Ray) or span (OpenTelemetry) around each decorated
call, annotates the handler's with ``ColdStart`` and ``Service``, and records what the
call returned or raised as metadata. Outside Lambda, under SAM or Chalice local, or with
``POWERTOOLS_TRACE_DISABLED`` set, it turns itself off: the decorators then call
straight through and no tracing SDK is imported.

Example:
    >>> from aws_lambda_powertools import Tracer
    >>> tracer = Tracer(service="payment")
    >>> @tracer.capture_method
    ... def charge(order_id):
    ...     tracer.put_annotation(key="order_id", value=order_id)
    ...     return {"charged": True}
    >>> @tracer.capture_lambda_handler
    ... def handler(event, context):
    ...     return charge(event["order_id"])
"""

from __future__ import annotations

import functools
import logging
import os

from aws_lambda_powertools.shared import constants
from aws_lambda_powertools.shared._static_typing import overload
from aws_lambda_powertools.shared.functions import read_bool_env
from aws_lambda_powertools.tracing import _wrappers
from aws_lambda_powertools.tracing.base import BaseProvider
from aws_lambda_powertools.tracing.provider.xray_tracer import (
    XrayProvider,
    disable_xray_sdk_if_loaded,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    import numbers
    from collections.abc import Callable, Sequence
    from typing import Any, ClassVar

    from aws_lambda_powertools.shared.types import AnyCallableT

logger = logging.getLogger(__name__)


class _SharedConfig:
    """Configuration every Tracer instance shares; later instances inherit it."""

    __slots__ = ("auto_patch", "disabled", "patch_modules", "provider", "service")

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.service: str = ""
        self.disabled: bool = False
        self.auto_patch: bool = True
        self.patch_modules: Sequence[str] | None = None
        self.provider: BaseProvider | None = None


def _tracing_disabled_by_environment() -> bool:
    """Tell whether the environment asks for tracing to be off.

    It is off when ``POWERTOOLS_TRACE_DISABLED`` is truthy, outside Lambda (no
    ``LAMBDA_TASK_ROOT``) and under SAM CLI or Chalice local emulation.
    """
    if read_bool_env(constants.TRACER_DISABLED_ENV, False):
        return True
    environ = os.environ
    if not environ.get(constants.LAMBDA_TASK_ROOT_ENV):
        return True
    return bool(environ.get(constants.SAM_LOCAL_ENV) or environ.get(constants.CHALICE_LOCAL_ENV))


def _as_provider(provider: Any) -> BaseProvider:
    # A bare X-Ray recorder (e.g. ``provider=xray_recorder``) is adapted, not rejected.
    if not isinstance(provider, BaseProvider) and hasattr(provider, "begin_subsegment"):
        return XrayProvider(recorder=provider)
    return provider  # type: ignore[no-any-return]


class Tracer:
    """Trace a Lambda function with AWS X-Ray (default) or another provider.

    All instances share one configuration: a ``Tracer()`` created in another module sees
    the service, provider and disabled state set by the first one, and a later instance
    only changes what it is given explicitly.

    Args:
        service: service name, used as the ``Service`` annotation and as the metadata
            namespace; ``POWERTOOLS_SERVICE_NAME`` when omitted.
        disabled: turn tracing off (or force it on outside Lambda); decided from the
            environment when omitted.
        auto_patch: patch supported libraries (``boto3``, ``requests``...) on creation;
            default True.
        patch_modules: patch only these libraries instead of every supported one.
        provider: the tracing backend; the AWS X-Ray SDK when omitted. Pass
            ``OpenTelemetryProvider(...)`` to emit OpenTelemetry spans instead.

    Environment variables:
        POWERTOOLS_SERVICE_NAME: service name.
        POWERTOOLS_TRACE_DISABLED: truthy turns tracing off.
        POWERTOOLS_TRACER_CAPTURE_RESPONSE: falsy stops recording responses as metadata.
        POWERTOOLS_TRACER_CAPTURE_ERROR: falsy stops recording exceptions as metadata.
        LAMBDA_TASK_ROOT, AWS_SAM_LOCAL, AWS_CHALICE_CLI_MODE: detect where the code
            runs.

    Example:
        >>> tracer = Tracer(service="payment")
        >>> @tracer.capture_lambda_handler
        ... def handler(event, context):
        ...     return {"statusCode": 200}
    """

    _config: ClassVar[_SharedConfig] = _SharedConfig()

    def __init__(
        self,
        service: str | None = None,
        disabled: bool | None = None,
        auto_patch: bool | None = None,
        patch_modules: Sequence[str] | None = None,
        provider: BaseProvider | None = None,
    ) -> None:
        config = self._config
        if disabled is None:
            disabled = _tracing_disabled_by_environment()
        service = service or os.environ.get(constants.SERVICE_NAME_ENV)

        config.service = service or config.service
        config.disabled = disabled or config.disabled
        config.auto_patch = auto_patch if auto_patch is not None else config.auto_patch
        config.patch_modules = patch_modules or config.patch_modules
        if provider is not None:
            config.provider = _as_provider(provider)
        elif config.provider is None:
            config.provider = XrayProvider()

        self.provider: BaseProvider = config.provider
        self.service: str = config.service
        self.disabled: bool = config.disabled
        self.auto_patch: bool = config.auto_patch
        self.patch_modules: Sequence[str] | None = config.patch_modules

        if self.disabled:
            self._disable_provider()
        if self.auto_patch:
            self.patch(modules=self.patch_modules)

    @classmethod
    def _reset_config(cls) -> None:
        """Forget the shared configuration, as in a fresh process (for tests)."""
        cls._config.reset()

    def _disable_provider(self) -> None:
        logger.debug("Tracing is disabled; decorators and provider calls are no-ops")
        try:
            self.provider.disabled = True
        except AttributeError:
            logger.debug("Provider %r cannot be switched off", self.provider)
        disable_xray_sdk_if_loaded()

    def put_annotation(self, key: str, value: str | numbers.Number | bool) -> None:
        """Add an indexed annotation to the current subsegment, to filter traces by.

        Args:
            key: annotation name.
            value: a string, number or boolean.

        Example:
            >>> tracer.put_annotation(key="payment_status", value="SUCCESS")
        """
        if self.disabled:
            return
        self.provider.put_annotation(key=key, value=value)

    def put_metadata(self, key: str, value: Any, namespace: str | None = None) -> None:
        """Add non-indexed metadata (any JSON-serializable object) to the subsegment.

        Args:
            key: metadata name.
            value: the object to record.
            namespace: groups keys; the service name when omitted.

        Example:
            >>> tracer.put_metadata(key="payment", value={"id": "p-1"})
        """
        if self.disabled:
            return
        self.provider.put_metadata(key=key, value=value, namespace=namespace or self.service)

    def patch(self, modules: Sequence[str] | None = None) -> None:
        """Patch libraries so their calls are traced: all supported ones or ``modules``.

        Args:
            modules: library names, e.g. ``["boto3", "requests"]``; every supported
                library when omitted.
        """
        if self.disabled:
            logger.debug("Tracing is disabled; not patching")
            return
        if modules is None:
            self.provider.patch_all()
        else:
            self.provider.patch(modules)

    def ignore_endpoint(self, hostname: str | None = None, urls: list[str] | None = None) -> None:
        """Stop tracing HTTP calls to a host or to URLs (X-Ray only; others ignore it).

        Args:
            hostname: host to ignore; wildcards ``*`` and ``?`` are allowed.
            urls: URL paths to ignore, e.g. ``["/ingest"]``.

        Example:
            >>> tracer.ignore_endpoint(hostname="*.amazonaws.com", urls=["/metrics"])
        """
        if self.disabled or not isinstance(self.provider, XrayProvider):
            return
        self.provider.recorder  # noqa: B018 - load the SDK the way the recorder expects
        from aws_xray_sdk.ext.httplib import add_ignored

        add_ignored(hostname=hostname, urls=urls)

    @overload
    def capture_lambda_handler(self, lambda_handler: AnyCallableT) -> AnyCallableT: ...

    @overload
    def capture_lambda_handler(
        self,
        lambda_handler: None = None,
        capture_response: bool | None = None,
        capture_error: bool | None = None,
    ) -> Callable[[AnyCallableT], AnyCallableT]: ...

    def capture_lambda_handler(
        self,
        lambda_handler: Callable[..., Any] | None = None,
        capture_response: bool | None = None,
        capture_error: bool | None = None,
    ) -> Any:
        """Trace the Lambda handler in a subsegment named ``## <handler name>``.

        The subsegment gets the ``ColdStart`` annotation and, when a service is set, the
        ``Service`` annotation; the response is recorded as metadata ``<name> response``
        and an exception as ``<name> error`` (then re-raised).

        Args:
            lambda_handler: the handler; omitted when options are given.
            capture_response: record the response as metadata (turn off for large or
                sensitive responses); ``POWERTOOLS_TRACER_CAPTURE_RESPONSE`` when
                omitted.
            capture_error: record exceptions as metadata;
                ``POWERTOOLS_TRACER_CAPTURE_ERROR`` when omitted.

        Example:
            >>> @tracer.capture_lambda_handler(capture_response=False)
            ... def handler(event, context):
            ...     return big_payload()
        """
        if lambda_handler is None:
            return functools.partial(
                self.capture_lambda_handler,
                capture_response=capture_response,
                capture_error=capture_error,
            )

        response, error = _resolve_capture_flags(capture_response, capture_error)
        return _wrappers.wrap_lambda_handler(self, self._config, lambda_handler, response, error)

    @overload
    def capture_method(self, method: AnyCallableT) -> AnyCallableT: ...

    @overload
    def capture_method(
        self,
        method: None = None,
        capture_response: bool | None = None,
        capture_error: bool | None = None,
    ) -> Callable[[AnyCallableT], AnyCallableT]: ...

    def capture_method(
        self,
        method: Callable[..., Any] | None = None,
        capture_response: bool | None = None,
        capture_error: bool | None = None,
    ) -> Any:
        """Trace a function in a subsegment named ``## <module>.<qualified name>``.

        Works on plain functions and methods, ``async def`` coroutines, generator
        functions (the generator's return value is the response) and
        ``@contextlib.contextmanager`` functions (put ``@tracer.capture_method`` *below*
        ``@contextmanager``; the yielded value is the response).

        Args:
            method: the function; omitted when options are given.
            capture_response: record the return value as metadata ``<name> response``;
                ``POWERTOOLS_TRACER_CAPTURE_RESPONSE`` when omitted.
            capture_error: record exceptions as metadata ``<name> error``;
                ``POWERTOOLS_TRACER_CAPTURE_ERROR`` when omitted.

        Example:
            >>> @tracer.capture_method
            ... async def fetch(order_id):
            ...     return await client.get(order_id)
        """
        if method is None:
            return functools.partial(
                self.capture_method,
                capture_response=capture_response,
                capture_error=capture_error,
            )

        response, error = _resolve_capture_flags(capture_response, capture_error)
        return _wrappers.wrap_method(self, self._config, method, response, error)


def _resolve_capture_flags(
    capture_response: bool | None, capture_error: bool | None
) -> tuple[bool, bool]:
    if capture_response is None:
        capture_response = read_bool_env(constants.TRACER_CAPTURE_RESPONSE_ENV, True)
    if capture_error is None:
        capture_error = read_bool_env(constants.TRACER_CAPTURE_ERROR_ENV, True)
    return capture_response, capture_error
