"""The shape of a Lambda durable-functions context, which wraps the plain Lambda context.

A durable function's handler receives the durable execution SDK's context instead of the
plain Lambda context. Logger, Metrics and Idempotency accept either and unwrap the
durable one through its ``lambda_context`` property.
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable


@runtime_checkable
class DurableContextProtocol(Protocol):
    """Any object that carries a Lambda context and the durable execution state.

    ``isinstance(obj, DurableContextProtocol)`` is true for objects exposing both
    attributes, such as the durable execution SDK's ``DurableContext``.
    """

    @property
    def lambda_context(self) -> Any:
        """The plain Lambda context of the current invocation."""
        ...

    @property
    def state(self) -> Any:
        """The durable execution state (checkpoints replayed so far)."""
        ...
