"""The contract a tracing backend fulfils so that :class:`~.tracer.Tracer` can drive it.

A provider opens named sections of work (X-Ray calls them *subsegments*, OpenTelemetry
calls them *spans*) and attaches two kinds of data to them: *annotations*, small indexed
values you can filter traces by, and *metadata*, any JSON-serializable object kept for
reading but not indexed.

Subclass :class:`BaseProvider` (and :class:`BaseSegment` for what ``in_subsegment``
yields) to plug another tracing system into ``Tracer(provider=...)``.

Example:
    >>> class PrintProvider(BaseProvider):
    ...     def in_subsegment(self, name=None, **kwargs):
    ...         ...
"""

from __future__ import annotations

import abc

TYPE_CHECKING = False
if TYPE_CHECKING:
    import numbers
    import traceback
    from collections.abc import Sequence
    from contextlib import AbstractAsyncContextManager, AbstractContextManager
    from typing import Any


class BaseSegment(abc.ABC):
    """One open section of traced work: an X-Ray subsegment or an OpenTelemetry span."""

    @abc.abstractmethod
    def close(self, end_time: int | None = None) -> None:
        """End the segment.

        Args:
            end_time: when the work ended, in seconds since the epoch; now when omitted.
        """

    @abc.abstractmethod
    def add_subsegment(self, subsegment: Any) -> None:
        """Attach ``subsegment`` as a child of this segment."""

    @abc.abstractmethod
    def remove_subsegment(self, subsegment: Any) -> None:
        """Detach the child ``subsegment`` from this segment."""

    @abc.abstractmethod
    def put_annotation(self, key: str, value: str | numbers.Number | bool) -> None:
        """Attach an indexed, searchable value.

        Args:
            key: annotation name.
            value: a string, number or boolean.
        """

    @abc.abstractmethod
    def put_metadata(self, key: str, value: Any, namespace: str = "default") -> None:
        """Attach any JSON-serializable value that is kept but not indexed.

        Args:
            key: metadata name.
            value: the object to record.
            namespace: groups metadata keys; ``default`` when omitted.
        """

    @abc.abstractmethod
    def add_exception(
        self,
        exception: BaseException,
        stack: list[traceback.StackSummary],
        remote: bool = False,
    ) -> None:
        """Record that the work failed with ``exception``.

        Args:
            exception: the error raised.
            stack: the stack it was raised from.
            remote: whether the error came from a downstream service.
        """


class BaseProvider(abc.ABC):
    """A tracing backend: opens segments and records annotations and metadata.

    Attributes:
        disabled: set by :class:`~.tracer.Tracer` when tracing is turned off; providers
            shipped with this package then answer every call with a cheap no-op.
    """

    disabled: bool = False

    @abc.abstractmethod
    def in_subsegment(self, name: str | None = None, **kwargs: Any) -> AbstractContextManager[Any]:
        """Return a context manager that opens a segment named ``name`` and yields it.

        Args:
            name: the segment name, e.g. ``## my_function``.
            **kwargs: provider-specific options.
        """

    @abc.abstractmethod
    def in_subsegment_async(
        self, name: str | None = None, **kwargs: Any
    ) -> AbstractAsyncContextManager[Any]:
        """Return an async context manager that opens a segment named ``name``.

        Args:
            name: the segment name, e.g. ``## my_coroutine``.
            **kwargs: provider-specific options.
        """

    @abc.abstractmethod
    def put_annotation(self, key: str, value: str | numbers.Number | bool) -> None:
        """Annotate the segment that is current right now.

        Args:
            key: annotation name.
            value: a string, number or boolean.
        """

    @abc.abstractmethod
    def put_metadata(self, key: str, value: Any, namespace: str = "default") -> None:
        """Attach metadata to the segment that is current right now.

        Args:
            key: metadata name.
            value: any JSON-serializable object.
            namespace: groups metadata keys.
        """

    @abc.abstractmethod
    def patch(self, modules: Sequence[str]) -> None:
        """Instrument the named libraries so their calls are traced.

        Args:
            modules: library names, e.g. ``["botocore", "requests"]``.
        """

    @abc.abstractmethod
    def patch_all(self) -> None:
        """Instrument every supported library that is installed."""
