# mypy: disable-error-code="no-any-return"
"""Amazon EventBridge events: the envelope every event on a bus shares.

Example:
    >>> event = EventBridgeEvent({"detail-type": "Order Placed", "detail": {"id": 7}})
    >>> event.detail_type, event.detail
    ('Order Placed', {'id': 7})
"""

from __future__ import annotations

from aws_lambda_powertools.utilities.data_classes.common import DictWrapper

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class EventBridgeEvent(DictWrapper):
    """An event routed by an EventBridge rule; ``detail`` holds the source's payload.

    Documentation: https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-events-structure.html
    """

    @property
    def get_id(self) -> str:
        """Unique identifier of the event."""
        return self._data["id"]

    @property
    def version(self) -> str:
        """Version of the envelope format, ``0`` today."""
        return self._data["version"]

    @property
    def account(self) -> str:
        """AWS account that emitted the event."""
        return self._data["account"]

    @property
    def time(self) -> str:
        """When the event happened, ISO 8601."""
        return self._data["time"]

    @property
    def region(self) -> str:
        """Region the event came from."""
        return self._data["region"]

    @property
    def resources(self) -> list[str]:
        """ARNs of the resources the event is about."""
        return self._data["resources"]

    @property
    def source(self) -> str:
        """Service or application that emitted the event, such as ``aws.s3``."""
        return self._data["source"]

    @property
    def detail_type(self) -> str:
        """Kind of event, read from ``detail-type``."""
        return self._data["detail-type"]

    @property
    def detail(self) -> dict[str, Any]:
        """The event payload defined by its source."""
        return self._data["detail"]

    @property
    def replay_name(self) -> str | None:
        """Name of the replay that re-sent the event, else ``None``."""
        return self._data.get("replay-name")
