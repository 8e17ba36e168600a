"""Import budget of the event data classes: one class loads its module and the shared base."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.perf.conftest import heavy_modules_in

_PACKAGE = "aws_lambda_powertools.utilities.data_classes"


def _powertools_modules(modules: set[str]) -> set[str]:
    return {name for name in modules if name.startswith("aws_lambda_powertools")}


def test_importing_api_gateway_proxy_event_loads_only_its_module_and_the_base(
    modules_loaded_by: Callable[[str], set[str]],
) -> None:
    """The package __init__ resolves names lazily, so no other event module is imported."""
    loaded = modules_loaded_by(f"from {_PACKAGE} import APIGatewayProxyEvent")

    assert _powertools_modules(loaded) == {
        "aws_lambda_powertools",
        "aws_lambda_powertools.exceptions",
        f"{_PACKAGE}._case_insensitive_dict",
        "aws_lambda_powertools.utilities",
        _PACKAGE,
        f"{_PACKAGE}.common",
        f"{_PACKAGE}.api_gateway_proxy_event",
    }
    assert heavy_modules_in(loaded) == set()


def test_importing_api_gateway_proxy_event_skips_logging_and_typing(
    modules_loaded_by: Callable[[str], set[str]],
) -> None:
    """Neither the logging package nor typing is needed just to wrap an event."""
    loaded = modules_loaded_by(f"from {_PACKAGE} import APIGatewayProxyEvent")

    assert "logging" not in loaded
    assert "typing" not in loaded


@pytest.mark.parametrize(
    ("name", "module"),
    [
        ("ALBEvent", "alb_event"),
        ("APIGatewayProxyEventV2", "api_gateway_proxy_event"),
        ("APIGatewayWebSocketEvent", "api_gateway_websocket_event"),
        ("AppSyncResolverEvent", "appsync_resolver_event"),
        ("BedrockAgentFunctionEvent", "bedrock_agent_function_event"),
        ("VPCLatticeEventV2", "vpc_lattice"),
    ],
)
def test_each_http_style_class_loads_no_other_event_module(
    modules_loaded_by: Callable[[str], set[str]], name: str, module: str
) -> None:
    """Importing one class brings in its own module and the shared base, nothing else."""
    loaded = modules_loaded_by(f"from {_PACKAGE} import {name}")

    event_modules = {
        item for item in _powertools_modules(loaded) if item.startswith(f"{_PACKAGE}.")
    }
    # Small private parts shared by a few event modules may come along; no public one may.
    shared_parts = {f"{_PACKAGE}._case_insensitive_dict", f"{_PACKAGE}._bedrock_agent_info"}
    assert event_modules - shared_parts == {f"{_PACKAGE}.common", f"{_PACKAGE}.{module}"}
    assert f"{_PACKAGE}._case_insensitive_dict" in event_modules
    assert heavy_modules_in(loaded) == set()


def test_code_pipeline_job_event_does_not_import_boto3_until_artifacts_are_read(
    modules_loaded_by: Callable[[str], set[str]],
) -> None:
    """The artifact helpers import boto3 lazily; wrapping the event needs no AWS SDK."""
    loaded = modules_loaded_by(
        f"from {_PACKAGE} import CodePipelineJobEvent\n"
        "CodePipelineJobEvent({'CodePipeline.job': {'id': 'j'}}).get_id"
    )

    assert heavy_modules_in(loaded) == set()
