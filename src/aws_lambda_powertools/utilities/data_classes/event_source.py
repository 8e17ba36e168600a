"""The ``@event_source`` decorator: hand the handler a data class instead of a raw dict.

Example:
    >>> from aws_lambda_powertools.utilities.data_classes import S3Event, event_source
    >>> @event_source(data_class=S3Event)
    ... def handler(event: S3Event, context):
    ...     return [record.s3.get_object.key for record in event.records]
"""

from __future__ import annotations

from aws_lambda_powertools.middleware_factory import lambda_handler_decorator

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from aws_lambda_powertools.utilities.data_classes.common import DictWrapper


@lambda_handler_decorator
def event_source(
    handler: Callable[[Any, Any], Any],
    event: dict[str, Any],
    context: Any,
    data_class: type[DictWrapper],
) -> Any:
    """Wrap the incoming event in ``data_class`` before calling the handler.

    Args:
        handler: the Lambda handler being decorated.
        event: the raw event; an event that is already a data class is unwrapped first.
        context: the Lambda context, passed through.
        data_class: the data class to wrap the event in, such as ``SQSEvent``.

    Returns:
        Whatever the handler returns.
    """
    raw = event.raw_event if hasattr(event, "raw_event") else event
    return handler(data_class(raw), context)


def __getattr__(name: str) -> Any:
    # Type variables for annotations, built on first use so importing this module does not
    # load typing.
    if name in ("DataClassT", "OutputT"):
        from typing import TypeVar

        from aws_lambda_powertools.utilities.data_classes.common import DictWrapper

        value = (
            TypeVar("DataClassT", bound=DictWrapper) if name == "DataClassT" else TypeVar("OutputT")
        )
        globals()[name] = value
        return value
    message = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(message)


def __dir__() -> list[str]:
    return sorted([*globals(), "DataClassT", "OutputT"])
