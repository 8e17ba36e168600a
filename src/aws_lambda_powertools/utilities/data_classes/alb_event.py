# mypy: disable-error-code="no-any-return"
"""Application Load Balancer events sent to a Lambda target group.

Example:
    >>> event = ALBEvent({"httpMethod": "GET", "path": "/health", "headers": {"Host": "x"}})
    >>> event.headers["host"]
    'x'
"""

from __future__ import annotations

from aws_lambda_powertools.utilities.data_classes.common import (
    BaseProxyEvent,
    DictWrapper,
    _headers_from,
    _lazy_attribute,
)
from aws_lambda_powertools.utilities.data_classes.common import (
    CaseInsensitiveDict as CaseInsensitiveDict,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from aws_lambda_powertools.utilities.data_classes._headers_serializer import (
        BaseHeadersSerializer,
    )


class ALBEventRequestContext(DictWrapper):
    """Request context of an ALB event."""

    @property
    def elb_target_group_arn(self) -> str:
        """ARN of the target group that invoked the function."""
        return self._data["elb"]["targetGroupArn"]


class ALBEvent(BaseProxyEvent):
    """Application Load Balancer request event.

    With multi-value headers enabled on the target group the event carries
    ``multiValueHeaders`` and ``multiValueQueryStringParameters`` instead of the single-value
    fields; the ``resolved_*`` properties read whichever is present. Query string values are
    passed as received: ALB does not URL-decode them.
    """

    @property
    def request_context(self) -> ALBEventRequestContext:
        """Request context carrying the target group ARN."""
        return ALBEventRequestContext(self._data["requestContext"])

    @property
    def resolved_query_string_parameters(self) -> dict[str, list[str]]:
        """Query string parameters as lists, merging single and multi-value fields."""
        merged: dict[str, list[str]] = {
            key: [value] for key, value in self.query_string_parameters.items()
        }
        merged.update(self.multi_value_query_string_parameters)
        return merged

    @property
    def multi_value_headers(self) -> dict[str, list[str]]:
        """Headers with every value of each name, matched case-insensitively (may be empty)."""
        return _headers_from(self._data.get("multiValueHeaders"))

    @property
    def resolved_headers_field(self) -> dict[str, Any]:
        """Multi-value headers when present (lower-cased names), else the headers."""
        multi = self._data.get("multiValueHeaders")
        if multi:
            return _headers_from(multi)
        return self.headers

    def header_serializer(self) -> BaseHeadersSerializer:
        """Return multi-value serialization when the target group uses it, else single-value."""
        from aws_lambda_powertools.utilities.data_classes._headers_serializer import (
            MultiValueHeadersSerializer,
            SingleValueHeadersSerializer,
        )

        if self._data.get("multiValueHeaders") is not None:
            return MultiValueHeadersSerializer()
        return SingleValueHeadersSerializer()


# Helpers this module re-exports, imported on first use.
_LAZY_EXPORTS = {
    "BaseHeadersSerializer": "_headers_serializer",
    "MultiValueHeadersSerializer": "_headers_serializer",
    "SingleValueHeadersSerializer": "_headers_serializer",
}


def __getattr__(name: str) -> Any:
    return _lazy_attribute(__name__, _LAZY_EXPORTS, name)


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY_EXPORTS])
