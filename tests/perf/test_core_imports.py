"""Import budgets of the package root and the foundation modules.

Each test imports one public entry point in a fresh interpreter and checks what it loaded:
no heavy third-party module, and no more modules in all than the budget allows.
"""

from __future__ import annotations

import pytest

HEAVY = ("boto3", "botocore", "jmespath", "pydantic", "asyncio", "aws_xray_sdk", "opentelemetry")


def _heavy(modules: set[str]) -> set[str]:
    return {m for m in modules if m.split(".")[0] in HEAVY}


def test_package_import_loads_fewer_than_ten_modules(modules_loaded_by):
    """``import aws_lambda_powertools`` defines names and loads almost nothing."""
    loaded = modules_loaded_by("import aws_lambda_powertools")

    assert "aws_lambda_powertools" in loaded
    assert len(loaded) < 10, sorted(loaded)
    assert not _heavy(loaded)
    assert not [m for m in loaded if m.startswith("aws_lambda_powertools.")], sorted(loaded)
    assert "logging" not in loaded


def test_package_import_registers_nothing_on_botocore(modules_loaded_by):
    """Importing the package leaves botocore unimported, so nothing can have been patched."""
    loaded = modules_loaded_by(
        "import aws_lambda_powertools, sys; assert 'botocore' not in sys.modules"
    )

    assert "botocore" not in loaded


def test_version_is_resolved_without_loading_any_utility(modules_loaded_by):
    """``__version__`` comes from the version module and the shared package alone."""
    loaded = modules_loaded_by("import aws_lambda_powertools as p; p.__version__")

    ours = {m for m in loaded if m.startswith("aws_lambda_powertools")}
    assert ours == {
        "aws_lambda_powertools",
        "aws_lambda_powertools.package_logger",
        "aws_lambda_powertools.shared",
        "aws_lambda_powertools.shared._static_typing",
        "aws_lambda_powertools.shared.constants",
        "aws_lambda_powertools.shared.functions",
        "aws_lambda_powertools.shared.version",
    }
    assert not _heavy(loaded)
    assert len(loaded) <= 30, sorted(loaded)


@pytest.mark.parametrize(
    ("statement", "budget"),
    [
        ("from aws_lambda_powertools.middleware_factory import lambda_handler_decorator", 32),
        ("from aws_lambda_powertools.shared.functions import strtobool", 28),
        ("from aws_lambda_powertools.shared.cold_start import ColdStart", 28),
    ],
)
def test_foundation_entry_points_stay_light(modules_loaded_by, statement, budget):
    """Foundation modules load no heavy dependency and stay within their module budget."""
    loaded = modules_loaded_by(statement)

    assert not _heavy(loaded), sorted(_heavy(loaded))
    assert "typing" not in loaded, "the typing module costs milliseconds of every cold start"
    assert len(loaded) <= budget, sorted(loaded)


def test_jmespath_utils_loads_jmespath_but_nothing_heavier(modules_loaded_by):
    """The JMESPath utilities need jmespath itself and no AWS SDK or pydantic."""
    loaded = modules_loaded_by("from aws_lambda_powertools.utilities.jmespath_utils import query")

    assert "jmespath" in loaded
    assert not {
        m for m in loaded if m.split(".")[0] in ("boto3", "botocore", "pydantic", "asyncio")
    }
    assert len(loaded) <= 60, sorted(loaded)


def test_lambda_context_import_loads_neither_typing_nor_logging(modules_loaded_by):
    """Nearly every handler imports LambdaContext; it costs only our own small modules."""
    loaded = modules_loaded_by("from aws_lambda_powertools.utilities.typing import LambdaContext")

    assert "typing" not in loaded
    assert "logging" not in loaded
    assert not _heavy(loaded)
    assert len(loaded) <= 10, sorted(loaded)


def test_serialization_helpers_load_no_heavy_module(modules_loaded_by):
    """The base64 helpers need only the standard library's codecs."""
    loaded = modules_loaded_by(
        "from aws_lambda_powertools.utilities.serialization import base64_decode"
    )

    assert not _heavy(loaded)
    assert len(loaded) <= 35, sorted(loaded)
