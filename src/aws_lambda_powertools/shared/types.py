"""Type aliases and protocols shared by the utilities' decorators."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

AnyCallableT = TypeVar("AnyCallableT", bound=Callable[..., Any])


class LambdaHandler(Protocol):
    """Anything callable as a Lambda handler: ``handler(event, context)``."""

    def __call__(self, event: Any, context: Any, /) -> Any: ...
