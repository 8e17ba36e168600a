"""A module proxy that imports the real module on first attribute access."""

from __future__ import annotations

import importlib
import types

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class LazyLoader(types.ModuleType):
    """Stand in for a module and import it only when one of its attributes is used.

    Args:
        local_name: name the proxy is bound to in ``parent_module_globals``.
        parent_module_globals: the ``globals()`` of the module holding the proxy; the real
            module replaces the proxy there on first use.
        name: dotted name of the module to import.

    Example:
        >>> xray = LazyLoader("xray", globals(), "aws_xray_sdk.core")
        >>> xray.xray_recorder  # imports aws_xray_sdk.core now
    """

    def __init__(self, local_name: str, parent_module_globals: dict[str, Any], name: str) -> None:
        self._local_name = local_name
        self._parent_module_globals = parent_module_globals
        super().__init__(name)

    def _load(self) -> types.ModuleType:
        module = importlib.import_module(self.__name__)
        self._parent_module_globals[self._local_name] = module
        self.__dict__.update(module.__dict__)
        return module

    def __getattr__(self, item: str) -> Any:
        return getattr(self._load(), item)

    def __dir__(self) -> list[str]:
        return dir(self._load())
