# mypy: disable-error-code="no-any-return"
"""Fields that stream events carry when the function aggregates over tumbling windows.

Kinesis and DynamoDB stream triggers can group records into time windows and hand state
from one invocation of a window to the next; both events describe that the same way.
"""

from __future__ import annotations

from aws_lambda_powertools.utilities.data_classes.common import DictWrapper

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class TumblingWindow(DictWrapper):
    """Time window of a tumbling-window aggregation."""

    @property
    def start(self) -> str:
        """Start of the window, ISO 8601."""
        return self._data["start"]

    @property
    def end(self) -> str:
        """End of the window, ISO 8601."""
        return self._data["end"]


class TumblingWindowEvent(DictWrapper):
    """A stream event that may belong to a tumbling window."""

    @property
    def state(self) -> dict[str, Any]:
        """State carried between tumbling-window invocations (``{}`` when absent)."""
        return self._data.get("state") or {}

    @property
    def shard_id(self) -> str | None:
        """Shard of a tumbling-window invocation."""
        return self._data.get("shardId")

    @property
    def event_source_arn(self) -> str | None:
        """Stream ARN of a tumbling-window invocation."""
        return self._data.get("eventSourceARN")

    @property
    def is_final_invoke_for_window(self) -> bool | None:
        """Whether this is the last invocation of the window."""
        return self._data.get("isFinalInvokeForWindow")

    @property
    def is_window_terminated_early(self) -> bool | None:
        """Whether the window ended early because the state exceeded its size limit."""
        return self._data.get("isWindowTerminatedEarly")
