"""Types for annotating Lambda handlers: the Lambda context and the durable context.

``LambdaContext`` is imported by nearly every handler module, so importing it loads no
more than its own small modules; ``DurableContextProtocol`` (which needs ``typing``)
is resolved on first use.

Example:
    >>> from aws_lambda_powertools.utilities.typing import LambdaContext
    >>> def handler(event: dict, context: LambdaContext) -> str:
    ...     return context.aws_request_id
"""

from __future__ import annotations

from aws_lambda_powertools.utilities.typing.lambda_context import LambdaContext

TYPE_CHECKING = False
if TYPE_CHECKING:
    from aws_lambda_powertools.utilities.typing.durable_context import DurableContextProtocol

__all__ = ["DurableContextProtocol", "LambdaContext"]


def __getattr__(name: str) -> object:
    if name != "DurableContextProtocol":
        message = f"module {__name__!r} has no attribute {name!r}"
        raise AttributeError(message)

    from aws_lambda_powertools.utilities.typing.durable_context import DurableContextProtocol

    globals()[name] = DurableContextProtocol
    return DurableContextProtocol


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
