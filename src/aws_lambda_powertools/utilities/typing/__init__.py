"""Types for annotating Lambda handlers: the Lambda context and the durable context.

Example:
    >>> from aws_lambda_powertools.utilities.typing import LambdaContext
    >>> def handler(event: dict, context: LambdaContext) -> str:
    ...     return context.aws_request_id
"""

from __future__ import annotations

from aws_lambda_powertools.utilities.typing.durable_context import DurableContextProtocol
from aws_lambda_powertools.utilities.typing.lambda_context import LambdaContext

__all__ = ["DurableContextProtocol", "LambdaContext"]
