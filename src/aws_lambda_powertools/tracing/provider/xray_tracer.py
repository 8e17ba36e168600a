"""The default tracing backend: the X-Ray SDK's global recorder, loaded on first use.

Importing this module does not import ``aws_xray_sdk``. The SDK is imported the first
time an *enabled* provider opens a subsegment, records data or patches a library, so a
function whose tracing is disabled never pays for it.

Example:
    >>> from aws_lambda_powertools import Tracer
    >>> tracer = Tracer()  # uses XrayProvider
    >>> with tracer.provider.in_subsegment("## fetch") as subsegment:
    ...     subsegment.put_annotation("order_id", "o-1")
"""

from __future__ import annotations

import logging
import sys

from aws_lambda_powertools.shared import constants
from aws_lambda_powertools.tracing._noop import NOOP_SUBSEGMENT_CONTEXT
from aws_lambda_powertools.tracing.base import BaseProvider

TYPE_CHECKING = False
if TYPE_CHECKING:
    import numbers
    from collections.abc import Sequence
    from contextlib import AbstractAsyncContextManager, AbstractContextManager
    from typing import Any

logger = logging.getLogger(__name__)

_MISSING_SDK_MESSAGE = (
    "Tracer needs the AWS X-Ray SDK, which is not installed: "
    'pip install "aws-lambda-powertools[tracer]", '
    "or pass provider=OpenTelemetryProvider() to trace with OpenTelemetry"
)


def disable_xray_sdk_if_loaded() -> None:
    """Switch the X-Ray SDK off globally, but only if something already imported it.

    A disabled tracer must stay cheap, so it never imports the SDK itself; code that
    imported the SDK on its own still sees it disabled, as it would after any tracer
    was disabled.
    """
    sdk = sys.modules.get(constants.XRAY_SDK_MODULE)
    if sdk is not None:
        sdk.global_sdk_config.set_sdk_enabled(False)


class XrayProvider(BaseProvider):
    """Trace with the AWS X-Ray SDK's ``xray_recorder``.

    Every attribute this class does not define is looked up on the recorder, so
    ``tracer.provider.current_subsegment()`` or ``tracer.provider.configure(...)`` keep
    working as escape hatches into the SDK.

    On first use the recorder's streaming threshold is set to 0: each subsegment is sent
    to the X-Ray daemon as soon as it closes, which keeps a long invocation's documents
    small and means nothing is lost when the function times out.

    Args:
        recorder: an X-Ray recorder to use instead of the SDK's global
            ``xray_recorder``.
    """

    def __init__(self, recorder: Any = None) -> None:
        self._recorder: Any = recorder

    @property
    def recorder(self) -> Any:
        """The X-Ray recorder, importing the SDK now if this is its first use."""
        return self._recorder if self._recorder is not None else self._load()

    def _load(self) -> Any:
        try:
            from aws_xray_sdk.core import xray_recorder
        except ImportError as err:
            raise ImportError(_MISSING_SDK_MESSAGE) from err

        if self.disabled:
            disable_xray_sdk_if_loaded()
        else:
            xray_recorder.streaming_threshold = 0
        logger.debug("Loaded the X-Ray SDK recorder (disabled=%s)", self.disabled)
        self._recorder = xray_recorder
        return xray_recorder

    def __getattr__(self, name: str) -> Any:
        # Only called for names not found on the provider: forward them to the recorder.
        if name.startswith("__") or name in ("_recorder", "disabled"):
            raise AttributeError(name)
        return getattr(self.recorder, name)

    def in_subsegment(self, name: str | None = None, **kwargs: Any) -> AbstractContextManager[Any]:
        """Return the recorder's subsegment context manager, or a no-op when disabled.

        Args:
            name: subsegment name.
            **kwargs: passed to ``xray_recorder.in_subsegment``.
        """
        if self.disabled:
            return NOOP_SUBSEGMENT_CONTEXT
        recorder = self._recorder if self._recorder is not None else self._load()
        context: AbstractContextManager[Any] = recorder.in_subsegment(name=name, **kwargs)
        return context

    def in_subsegment_async(
        self, name: str | None = None, **kwargs: Any
    ) -> AbstractAsyncContextManager[Any]:
        """Return the recorder's async subsegment context manager, or a no-op if disabled.

        Args:
            name: subsegment name.
            **kwargs: passed to ``xray_recorder.in_subsegment_async``.
        """
        if self.disabled:
            return NOOP_SUBSEGMENT_CONTEXT
        recorder = self._recorder if self._recorder is not None else self._load()
        context: AbstractAsyncContextManager[Any]
        context = recorder.in_subsegment_async(name=name, **kwargs)
        return context

    def put_annotation(self, key: str, value: str | numbers.Number | bool) -> None:
        """Annotate the current X-Ray subsegment.

        Args:
            key: annotation name (letters, digits and underscores).
            value: a string, number or boolean.
        """
        if not self.disabled:
            self.recorder.put_annotation(key=key, value=value)

    def put_metadata(self, key: str, value: Any, namespace: str = "default") -> None:
        """Attach metadata to the current X-Ray subsegment.

        Args:
            key: metadata name.
            value: any JSON-serializable object.
            namespace: groups metadata keys.
        """
        if not self.disabled:
            self.recorder.put_metadata(key=key, value=value, namespace=namespace)

    def patch(self, modules: Sequence[str]) -> None:
        """Patch the named libraries with the X-Ray SDK, e.g. ``["boto3", "requests"]``.

        Args:
            modules: names the SDK's ``patch`` understands.
        """
        if self.disabled:
            return
        self._load_patcher().patch(modules)

    def patch_all(self) -> None:
        """Patch every library the X-Ray SDK supports that is installed."""
        if self.disabled:
            return
        self._load_patcher().patch_all()

    def _load_patcher(self) -> Any:
        self.recorder  # noqa: B018 - patching needs the recorder configured first
        from aws_xray_sdk.core import patcher

        return patcher
