"""Import budgets of the core utilities a typical handler creates at module level."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("statement", "budget", "must_not_load"),
    [
        (
            "from aws_lambda_powertools import Logger; Logger(service='orders')",
            55,
            (
                "boto3",
                "botocore",
                "jmespath",
                "pydantic",
                "asyncio",
                "aws_xray_sdk",
                "opentelemetry",
            ),
        ),
        (
            "from aws_lambda_powertools import Metrics; Metrics(namespace='shop')",
            50,
            (
                "boto3",
                "botocore",
                "jmespath",
                "pydantic",
                "asyncio",
                "aws_xray_sdk",
                "opentelemetry",
            ),
        ),
        (
            "from aws_lambda_powertools import Tracer; Tracer(service='orders')",
            40,
            (
                "boto3",
                "botocore",
                "jmespath",
                "pydantic",
                "asyncio",
                "aws_xray_sdk",
                "opentelemetry",
                "inspect",
            ),
        ),
        (
            "from aws_lambda_powertools import Logger, Metrics, Tracer; "
            "Logger(service='orders'); Metrics(namespace='shop'); Tracer()",
            70,
            (
                "boto3",
                "botocore",
                "jmespath",
                "pydantic",
                "asyncio",
                "aws_xray_sdk",
                "opentelemetry",
            ),
        ),
    ],
    ids=["logger", "metrics", "tracer-disabled", "logger-metrics-tracer"],
)
def test_core_utility_stays_within_its_import_budget(
    modules_loaded_by, statement, budget, must_not_load
):
    """Creating the utility outside Lambda loads no heavy module and few modules in all."""
    loaded = modules_loaded_by(statement)

    heavy = sorted(m for m in loaded if m.split(".")[0] in must_not_load)
    assert heavy == [], heavy
    assert "typing" not in loaded, "the typing module costs milliseconds of every cold start"
    assert len(loaded) <= budget, (len(loaded), sorted(loaded))


def test_logger_loads_jmespath_only_once_a_correlation_path_is_used(modules_loaded_by):
    """The correlation id path is what brings in jmespath, not the Logger itself."""
    loaded = modules_loaded_by(
        "from aws_lambda_powertools import Logger\n"
        "from aws_lambda_powertools.logging import correlation_paths\n"
        "import sys\n"
        "logger = Logger(service='orders')\n"
        "assert 'jmespath' not in sys.modules\n"
        "@logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_REST)\n"
        "def handler(event, context):\n"
        "    return logger.get_correlation_id()\n"
        "class Ctx:\n"
        "    function_name = 'f'; memory_limit_in_mb = 128\n"
        "    invoked_function_arn = 'arn:aws:lambda:eu-west-1:1:function:f'; aws_request_id = 'r'\n"
        "assert handler({'requestContext': {'requestId': 'abc'}}, Ctx()) == 'abc'\n"
    )

    assert "jmespath" in loaded
