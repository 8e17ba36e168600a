# mypy: disable-error-code="no-any-return"
"""CloudWatch dashboard custom widget events: render a widget's content in a function.

Example:
    >>> event = CloudWatchDashboardCustomWidgetEvent(raw_event)  # doctest: +SKIP
    >>> event.widget_context.dashboard_name, event.widget_context.time_range.start  # doctest: +SKIP
"""

from __future__ import annotations

from aws_lambda_powertools.utilities.data_classes.common import DictWrapper

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class TimeZone(DictWrapper):
    """Time zone the dashboard viewer selected."""

    @property
    def label(self) -> str:
        """``UTC`` or ``Local``."""
        return self._data["label"]

    @property
    def offset_iso(self) -> str:
        """Offset from UTC, such as ``+01:00``."""
        return self._data["offsetISO"]

    @property
    def offset_in_minutes(self) -> int:
        """Offset from UTC, in minutes (as ``Date.getTimezoneOffset`` reports it)."""
        return self._data["offsetInMinutes"]


class TimeRange(DictWrapper):
    """Time range shown on the dashboard."""

    @property
    def mode(self) -> str:
        """``relative`` or ``absolute``."""
        return self._data["mode"]

    @property
    def start(self) -> int:
        """Start of the range, in epoch milliseconds."""
        return self._data["start"]

    @property
    def end(self) -> int:
        """End of the range, in epoch milliseconds."""
        return self._data["end"]

    @property
    def relative_start(self) -> int | None:
        """Length of a relative range, in milliseconds."""
        return self._data.get("relativeStart")

    @property
    def zoom_start(self) -> int | None:
        """Start of the zoomed-in range, in epoch milliseconds."""
        zoom = self._data.get("zoom")
        return None if not zoom else zoom.get("start")

    @property
    def zoom_end(self) -> int | None:
        """End of the zoomed-in range, in epoch milliseconds."""
        zoom = self._data.get("zoom")
        return None if not zoom else zoom.get("end")


class CloudWatchWidgetContext(DictWrapper):
    """Where and how the widget is displayed."""

    @property
    def dashboard_name(self) -> str:
        """Name of the dashboard."""
        return self._data["dashboardName"]

    @property
    def widget_id(self) -> str:
        """Identifier of the widget on the dashboard."""
        return self._data["widgetId"]

    @property
    def domain(self) -> str:
        """Console domain the dashboard is viewed from."""
        return self._data["domain"]

    @property
    def account_id(self) -> str:
        """Account that owns the dashboard."""
        return self._data["accountId"]

    @property
    def locale(self) -> str:
        """Locale of the viewer, such as ``en``."""
        return self._data["locale"]

    @property
    def timezone(self) -> TimeZone:
        """Time zone the viewer selected."""
        return TimeZone(self._data["timezone"])

    @property
    def period(self) -> int:
        """Period of the dashboard, in seconds."""
        return self._data["period"]

    @property
    def is_auto_period(self) -> bool:
        """Whether the period is chosen automatically."""
        return self._data["isAutoPeriod"]

    @property
    def time_range(self) -> TimeRange:
        """Time range shown on the dashboard."""
        return TimeRange(self._data["timeRange"])

    @property
    def theme(self) -> str:
        """``light`` or ``dark``."""
        return self._data["theme"]

    @property
    def link_charts(self) -> bool:
        """Whether the dashboard's charts are linked."""
        return self._data["linkCharts"]

    @property
    def title(self) -> str:
        """Title of the widget."""
        return self._data["title"]

    @property
    def params(self) -> dict[str, Any]:
        """Parameters set in the widget definition."""
        return self._data["params"]

    @property
    def forms(self) -> dict[str, Any]:
        """Values of the HTML form fields in the widget, by name."""
        return self._data["forms"]["all"]

    @property
    def height(self) -> int:
        """Height of the widget, in pixels."""
        return self._data["height"]

    @property
    def width(self) -> int:
        """Width of the widget, in pixels."""
        return self._data["width"]


class CloudWatchDashboardCustomWidgetEvent(DictWrapper):
    """A dashboard asking a function for a custom widget's content.

    Documentation: https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/add_custom_widget_dashboard.html
    """

    @property
    def describe(self) -> bool:
        """Whether the dashboard asks for the widget's documentation instead of its content."""
        return bool(self._data.get("describe", False))

    @property
    def widget_context(self) -> CloudWatchWidgetContext | None:
        """Where and how the widget is displayed."""
        context = self._data.get("widgetContext")
        return None if context is None else CloudWatchWidgetContext(context)
