"""LambdaContext and friends: a populated, read-only stand-in for the runtime's context."""

from __future__ import annotations

import subprocess
import sys
import time
from typing import Any

import pytest

import aws_lambda_powertools.utilities.typing as typing_package
from aws_lambda_powertools.shared.functions import is_durable_context, unwrap_lambda_context
from aws_lambda_powertools.utilities.typing import DurableContextProtocol, LambdaContext
from aws_lambda_powertools.utilities.typing.lambda_client_context import LambdaClientContext
from aws_lambda_powertools.utilities.typing.lambda_client_context_mobile_client import (
    LambdaClientContextMobileClient,
)
from aws_lambda_powertools.utilities.typing.lambda_cognito_identity import (
    LambdaCognitoIdentity,
)

ARN = "arn:aws:lambda:eu-west-1:123456789012:function:orders:live"


def populated_context(**overrides: Any) -> LambdaContext:
    values: dict[str, Any] = {
        "function_name": "orders",
        "function_version": "7",
        "invoked_function_arn": ARN,
        "memory_limit_in_mb": 512,
        "aws_request_id": "52fdfc07-2182-454f-963f-5f0f9a621d72",
        "log_group_name": "/aws/lambda/orders",
        "log_stream_name": "2024/03/14/[7]a1b2c3d4e5f6",
        "identity": LambdaCognitoIdentity(
            cognito_identity_id="eu-west-1:1b2c3d4e", cognito_identity_pool_id="eu-west-1:pool-1"
        ),
        "client_context": LambdaClientContext(
            client=LambdaClientContextMobileClient(
                installation_id="inst-1",
                app_title="Orders",
                app_version_name="1.4.2",
                app_version_code="142",
                app_package_name="com.example.orders",
            ),
            custom={"tenant": "blue"},
            env={"platform": "Android", "make": "Pixel"},
        ),
        "tenant_id": "tenant-blue",
    }
    values.update(overrides)
    return LambdaContext(**values)


def test_package_exports_lambda_context_and_durable_context_protocol() -> None:
    assert typing_package.__all__ == ["DurableContextProtocol", "LambdaContext"]


def test_every_lambda_context_attribute_reads_back_what_was_given() -> None:
    context = populated_context()

    assert context.function_name == "orders"
    assert context.function_version == "7"
    assert context.invoked_function_arn == ARN
    assert context.memory_limit_in_mb == 512
    assert context.aws_request_id == "52fdfc07-2182-454f-963f-5f0f9a621d72"
    assert context.log_group_name == "/aws/lambda/orders"
    assert context.log_stream_name == "2024/03/14/[7]a1b2c3d4e5f6"
    assert context.tenant_id == "tenant-blue"


def test_identity_exposes_the_cognito_identity_and_pool() -> None:
    identity = populated_context().identity

    assert identity.cognito_identity_id == "eu-west-1:1b2c3d4e"
    assert identity.cognito_identity_pool_id == "eu-west-1:pool-1"


def test_client_context_exposes_client_custom_and_env() -> None:
    client_context = populated_context().client_context

    assert client_context is not None
    assert client_context.custom == {"tenant": "blue"}
    assert client_context.env == {"platform": "Android", "make": "Pixel"}
    client = client_context.client
    assert client is not None
    assert (
        client.installation_id,
        client.app_title,
        client.app_version_name,
        client.app_version_code,
        client.app_package_name,
    ) == ("inst-1", "Orders", "1.4.2", "142", "com.example.orders")


def test_default_context_looks_like_an_unpublished_function_without_mobile_caller() -> None:
    context = LambdaContext()

    assert context.function_name == ""
    assert context.function_version == "$LATEST"
    assert context.memory_limit_in_mb == 128
    assert context.client_context is None
    assert context.tenant_id is None
    assert context.identity.cognito_identity_id is None
    assert context.identity.cognito_identity_pool_id is None


def test_each_default_context_gets_its_own_identity() -> None:
    assert LambdaContext().identity is not LambdaContext().identity


def test_empty_client_context_parts_default_to_none() -> None:
    client_context = LambdaClientContext()
    client = LambdaClientContextMobileClient()

    assert (client_context.client, client_context.custom, client_context.env) == (None, None, None)
    assert client.installation_id is None
    assert client.app_package_name is None


@pytest.mark.parametrize(
    "attribute",
    [
        "function_name",
        "function_version",
        "invoked_function_arn",
        "memory_limit_in_mb",
        "aws_request_id",
        "log_group_name",
        "log_stream_name",
        "identity",
        "client_context",
        "tenant_id",
    ],
)
def test_lambda_context_attributes_are_read_only(attribute: str) -> None:
    context = populated_context()

    with pytest.raises(AttributeError):
        setattr(context, attribute, "changed")

    assert getattr(context, attribute) != "changed"


@pytest.mark.parametrize(
    ("instance", "attribute"),
    [
        (LambdaCognitoIdentity(), "cognito_identity_id"),
        (LambdaClientContext(), "custom"),
        (LambdaClientContextMobileClient(), "app_title"),
    ],
)
def test_nested_context_attributes_are_read_only(instance: object, attribute: str) -> None:
    with pytest.raises(AttributeError):
        setattr(instance, attribute, "changed")


def test_private_attributes_back_the_properties_so_tests_can_populate_them() -> None:
    context = LambdaContext()
    context._function_name = "test"
    context._memory_limit_in_mb = 256
    context._invoked_function_arn = ARN
    context._aws_request_id = "da658bd3-2d6f-4e7b-8ec2-937234644fdc"
    context._tenant_id = "t-1"

    assert (
        context.function_name,
        context.memory_limit_in_mb,
        context.invoked_function_arn,
        context.aws_request_id,
        context.tenant_id,
    ) == ("test", 256, ARN, "da658bd3-2d6f-4e7b-8ec2-937234644fdc", "t-1")


def test_constructor_arguments_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        LambdaContext("orders")  # type: ignore[misc]


def test_remaining_time_is_zero_when_no_deadline_was_given() -> None:
    assert LambdaContext().get_remaining_time_in_millis() == 0


def test_remaining_time_counts_down_from_the_given_budget() -> None:
    context = LambdaContext(remaining_time_in_millis=3000)

    first = context.get_remaining_time_in_millis()
    time.sleep(0.05)
    second = context.get_remaining_time_in_millis()

    assert 2000 <= first <= 3000
    assert 0 < second <= first - 40


@pytest.mark.parametrize("budget", [0, -250])
def test_remaining_time_never_goes_below_zero(budget: int) -> None:
    assert LambdaContext(remaining_time_in_millis=budget).get_remaining_time_in_millis() == 0


def test_repr_names_the_function_and_request() -> None:
    context = populated_context()

    assert repr(context) == (
        "LambdaContext(function_name='orders', function_version='7', "
        f"invoked_function_arn='{ARN}', memory_limit_in_mb=512, "
        "aws_request_id='52fdfc07-2182-454f-963f-5f0f9a621d72', tenant_id='tenant-blue')"
    )


def test_nested_reprs_show_their_fields() -> None:
    assert repr(LambdaCognitoIdentity(cognito_identity_id="id-1")) == (
        "LambdaCognitoIdentity(cognito_identity_id='id-1', cognito_identity_pool_id=None)"
    )
    assert repr(LambdaClientContext(custom={"a": 1})) == (
        "LambdaClientContext(client=None, custom={'a': 1}, env=None)"
    )
    assert repr(LambdaClientContextMobileClient(app_title="Orders")) == (
        "LambdaClientContextMobileClient(installation_id=None, app_title='Orders', "
        "app_version_name=None, app_version_code=None, app_package_name=None)"
    )


class DurableContextStub:
    """The shape of the durable execution SDK's context."""

    def __init__(self, lambda_context: LambdaContext) -> None:
        self._lambda_context = lambda_context
        self._state = {"replayed_steps": 2}

    @property
    def lambda_context(self) -> LambdaContext:
        return self._lambda_context

    @property
    def state(self) -> dict[str, int]:
        return self._state


def test_durable_context_shape_satisfies_the_protocol_at_runtime() -> None:
    durable = DurableContextStub(populated_context())

    assert isinstance(durable, DurableContextProtocol)
    assert is_durable_context(durable) is True


def test_plain_lambda_context_is_not_a_durable_context() -> None:
    context = populated_context()

    assert not isinstance(context, DurableContextProtocol)
    assert is_durable_context(context) is False


def test_durable_context_unwraps_to_its_lambda_context() -> None:
    inner = populated_context()

    unwrapped = unwrap_lambda_context(DurableContextStub(inner))

    assert unwrapped is inner
    assert unwrapped.function_name == "orders"


def _accepts_durable(context: DurableContextProtocol) -> Any:
    return context.lambda_context


def test_durable_context_stub_type_checks_as_the_protocol() -> None:
    inner = populated_context()

    assert _accepts_durable(DurableContextStub(inner)) is inner


def test_importing_lambda_context_loads_only_its_own_small_modules() -> None:
    code = (
        "import sys; before = set(sys.modules); "
        "from aws_lambda_powertools.utilities.typing import LambdaContext; "
        "print('\\n'.join(sorted(set(sys.modules) - before)))"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )

    loaded = set(completed.stdout.split())
    assert "typing" not in loaded
    assert {m for m in loaded if not m.startswith("aws_lambda_powertools")} <= {"__future__"}


def test_durable_context_protocol_is_resolved_lazily_and_listed_in_dir() -> None:
    assert "DurableContextProtocol" in dir(typing_package)
    assert typing_package.DurableContextProtocol is DurableContextProtocol


def test_unknown_attribute_of_the_typing_package_raises_attribute_error() -> None:
    with pytest.raises(AttributeError, match="has no attribute 'LambdaEvent'"):
        typing_package.LambdaEvent  # noqa: B018
