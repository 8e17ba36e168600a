# mypy: disable-error-code="no-any-return"
"""AppSync Events API handler events: publish and subscribe on channels.

Example:
    >>> event = AppSyncResolverEventsEvent({"events": [{"id": "1", "payload": {"n": 1}}]})
    >>> event.events[0]["payload"]
    {'n': 1}
"""

from __future__ import annotations

from aws_lambda_powertools.utilities.data_classes.appsync_resolver_event import AppSyncEventBase
from aws_lambda_powertools.utilities.data_classes.common import DictWrapper

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class AppSyncResolverEventsInfo(DictWrapper):
    """Channel and operation of an AppSync Events request."""

    @property
    def channel(self) -> dict[str, Any]:
        """The channel: its ``path`` and ``segments``."""
        return self._data["channel"]

    @property
    def channel_path(self) -> str:
        """Channel path, such as ``/default/orders``."""
        return self._data["channel"]["path"]

    @property
    def channel_segments(self) -> list[str]:
        """Segments of the channel path."""
        return self._data["channel"]["segments"]

    @property
    def channel_namespace(self) -> dict[str, Any]:
        """The channel namespace configuration."""
        return self._data["channelNamespace"]

    @property
    def operation(self) -> str:
        """``PUBLISH`` or ``SUBSCRIBE``."""
        return self._data["operation"]


class AppSyncResolverEventsEvent(AppSyncEventBase):
    """AppSync Events handler event."""

    @property
    def events(self) -> list[dict[str, Any]]:
        """Published events, each with ``id`` and ``payload`` (``[{}]`` for subscribe)."""
        return self._data.get("events") or [{}]

    @property
    def out_errors(self) -> list[Any]:
        """Errors reported for the request (empty list by default)."""
        return self._data.get("outErrors") or []

    @property
    def info(self) -> AppSyncResolverEventsInfo:
        """Channel and operation of the request."""
        return AppSyncResolverEventsInfo(self._data["info"])
