"""Unit tests of metrics print nothing; anything they do print must still be valid EMF."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path

import pytest

_CHECKS = Path(__file__).parents[2] / "functional" / "metrics" / "metrics_documents.py"


@pytest.fixture(autouse=True)
def _validated_stdout(capsys: pytest.CaptureFixture[str]) -> Iterator[None]:
    """Validate every line left on stdout against the EMF schema."""
    yield
    spec = importlib.util.spec_from_file_location("unit_metrics_documents", _CHECKS)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.parse_output(capsys.readouterr().out)
