"""LazyLoader imports the real module only when one of its attributes is used."""

from __future__ import annotations

import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from aws_lambda_powertools.shared.lazy_import import LazyLoader


@pytest.fixture
def probe_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Write a module that appends a line to a file each time it runs; return its name."""
    name = f"lazy_probe_{uuid.uuid4().hex}"
    (tmp_path / f"{name}.py").write_text(
        "import pathlib\n"
        "with open(pathlib.Path(__file__).with_suffix('.loads'), 'a') as f:\n"
        "    f.write('loaded\\n')\n"
        "ANSWER = 42\n"
        "def double(x):\n"
        "    return 2 * x\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    yield name
    sys.modules.pop(name, None)


def _loads(name: str) -> int:
    """Count how many times the probe module has run (its marker file sits beside it)."""
    for entry in sys.path:
        marker = Path(entry) / f"{name}.loads"
        if marker.exists():
            return len(marker.read_text().splitlines())
    return 0


def test_creating_a_lazy_loader_does_not_import_the_module(probe_module: str) -> None:
    namespace: dict[str, Any] = {}

    namespace["probe"] = LazyLoader("probe", namespace, probe_module)

    assert probe_module not in sys.modules
    assert _loads(probe_module) == 0


def test_first_attribute_access_imports_the_module_once(probe_module: str) -> None:
    namespace: dict[str, Any] = {}
    lazy = LazyLoader("probe", namespace, probe_module)

    assert lazy.ANSWER == 42
    assert lazy.double(4) == 8

    assert _loads(probe_module) == 1
    assert probe_module in sys.modules


def test_first_use_replaces_the_proxy_in_the_parent_namespace(probe_module: str) -> None:
    namespace: dict[str, Any] = {}
    namespace["probe"] = LazyLoader("probe", namespace, probe_module)

    namespace["probe"].ANSWER  # noqa: B018 - the access is what loads the module

    assert namespace["probe"] is sys.modules[probe_module]
    assert not isinstance(namespace["probe"], LazyLoader)


def test_dir_loads_the_module_and_lists_its_names(probe_module: str) -> None:
    lazy = LazyLoader("probe", {}, probe_module)

    names = dir(lazy)

    assert {"ANSWER", "double"} <= set(names)
    assert _loads(probe_module) == 1


def test_lazy_loader_reports_the_module_name_before_loading(probe_module: str) -> None:
    lazy = LazyLoader("probe", {}, probe_module)

    assert lazy.__name__ == probe_module
    assert probe_module not in sys.modules


def test_missing_module_raises_module_not_found_on_first_use_not_on_creation() -> None:
    lazy = LazyLoader("missing", {}, "aws_lambda_powertools_no_such_module")

    with pytest.raises(ModuleNotFoundError, match="aws_lambda_powertools_no_such_module"):
        lazy.anything  # noqa: B018


def test_missing_attribute_raises_attribute_error_after_loading(probe_module: str) -> None:
    lazy = LazyLoader("probe", {}, probe_module)

    with pytest.raises(AttributeError, match="no_such_name"):
        lazy.no_such_name  # noqa: B018
