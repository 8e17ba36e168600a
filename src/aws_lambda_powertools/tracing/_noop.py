"""What a disabled provider hands out: a segment that records nothing, for free."""

from __future__ import annotations

from aws_lambda_powertools.tracing.base import BaseSegment

TYPE_CHECKING = False
if TYPE_CHECKING:
    import numbers
    import traceback
    from types import TracebackType
    from typing import Any


class NoOpSegment(BaseSegment):
    """A segment that accepts every call and keeps nothing."""

    __slots__ = ()

    def close(self, end_time: int | None = None) -> None:
        """Do nothing."""

    def add_subsegment(self, subsegment: Any) -> None:
        """Do nothing."""

    def remove_subsegment(self, subsegment: Any) -> None:
        """Do nothing."""

    def put_annotation(self, key: str, value: str | numbers.Number | bool) -> None:
        """Do nothing."""

    def put_metadata(self, key: str, value: Any, namespace: str = "default") -> None:
        """Do nothing."""

    def add_exception(
        self,
        exception: BaseException,
        stack: list[traceback.StackSummary],
        remote: bool = False,
    ) -> None:
        """Do nothing."""


class NoOpSubsegmentContext:
    """A reusable sync and async context manager that yields :data:`NOOP_SEGMENT`.

    Being stateless, one instance serves every caller, so opening a segment while
    tracing is disabled allocates nothing.
    """

    __slots__ = ()

    def __enter__(self) -> NoOpSegment:
        return NOOP_SEGMENT

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        return None

    async def __aenter__(self) -> NoOpSegment:
        return NOOP_SEGMENT

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        return None


NOOP_SEGMENT = NoOpSegment()
NOOP_SUBSEGMENT_CONTEXT = NoOpSubsegmentContext()
