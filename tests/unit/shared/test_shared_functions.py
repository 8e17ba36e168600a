"""Env-var readers and helpers in aws_lambda_powertools.shared.functions."""

from __future__ import annotations

import dataclasses
import warnings
from typing import Any

import pydantic
import pytest

from aws_lambda_powertools.shared import constants
from aws_lambda_powertools.shared.functions import (
    extract_event_from_common_models,
    get_tracer_id,
    is_durable_context,
    powertools_debug_is_set,
    powertools_dev_is_set,
    read_bool_env,
    read_float_env,
    read_int_env,
    resolve_env_var_choice,
    resolve_max_age,
    resolve_truthy_env_var_choice,
    strtobool,
    unwrap_lambda_context,
)

TRUTHY = ["1", "y", "yes", "t", "true", "on"]
FALSY = ["0", "n", "no", "f", "false", "off"]


def _case_variants(values: list[str]) -> list[str]:
    return sorted({variant for v in values for variant in (v, v.upper(), v.capitalize())})


@pytest.mark.parametrize("value", _case_variants(TRUTHY))
def test_strtobool_parses_every_truthy_spelling_case_insensitively(value: str) -> None:
    assert strtobool(value) is True


@pytest.mark.parametrize("value", _case_variants(FALSY))
def test_strtobool_parses_every_falsy_spelling_case_insensitively(value: str) -> None:
    assert strtobool(value) is False


@pytest.mark.parametrize("value", ["", "2", "-1", "tru", "yess", "enabled", "None", "nope"])
def test_strtobool_rejects_anything_else_with_value_error_naming_value(value: str) -> None:
    with pytest.raises(ValueError, match=f"invalid truth value {value!r}"):
        strtobool(value)


def test_strtobool_error_lists_accepted_spellings() -> None:
    with pytest.raises(ValueError) as excinfo:
        strtobool("maybe")

    assert str(excinfo.value) == (
        "invalid truth value 'maybe': use one of 1, y, yes, t, true, on or 0, n, no, f, false, off"
    )


@pytest.mark.parametrize(("raw", "expected"), [("true", True), ("ON", True), ("0", False)])
def test_read_bool_env_parses_the_variable(
    monkeypatch: pytest.MonkeyPatch, raw: str, expected: bool
) -> None:
    monkeypatch.setenv("PT_TEST_FLAG", raw)

    assert read_bool_env("PT_TEST_FLAG", not expected) is expected


@pytest.mark.parametrize("default", [True, False])
def test_read_bool_env_returns_default_when_unset(default: bool) -> None:
    assert read_bool_env("PT_TEST_FLAG_UNSET", default) is default


@pytest.mark.parametrize("raw", ["", "   "])
def test_read_bool_env_treats_empty_value_as_unset(
    monkeypatch: pytest.MonkeyPatch, raw: str
) -> None:
    monkeypatch.setenv("PT_TEST_FLAG", raw)

    assert read_bool_env("PT_TEST_FLAG", True) is True


def test_read_bool_env_invalid_value_raises_value_error_naming_variable_and_value(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("POWERTOOLS_TRACE_DISABLED", "maybe")

    with pytest.raises(ValueError) as excinfo:
        read_bool_env("POWERTOOLS_TRACE_DISABLED", False)

    assert str(excinfo.value) == (
        "environment variable POWERTOOLS_TRACE_DISABLED='maybe' is not a boolean: set it to "
        "one of 1, y, yes, t, true, on or 0, n, no, f, false, off"
    )
    assert isinstance(excinfo.value.__cause__, ValueError)


@pytest.mark.parametrize(("raw", "expected"), [("0.1", 0.1), ("1", 1.0), (" 2.5 ", 2.5)])
def test_read_float_env_parses_the_variable(
    monkeypatch: pytest.MonkeyPatch, raw: str, expected: float
) -> None:
    monkeypatch.setenv("POWERTOOLS_LOGGER_SAMPLE_RATE", raw)

    assert read_float_env("POWERTOOLS_LOGGER_SAMPLE_RATE") == expected


def test_read_float_env_returns_default_when_unset_or_empty(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert read_float_env("POWERTOOLS_LOGGER_SAMPLE_RATE", 0.5) == 0.5
    monkeypatch.setenv("POWERTOOLS_LOGGER_SAMPLE_RATE", "")
    assert read_float_env("POWERTOOLS_LOGGER_SAMPLE_RATE") is None


def test_read_float_env_invalid_value_raises_value_error_naming_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("POWERTOOLS_LOGGER_SAMPLE_RATE", "ten percent")

    with pytest.raises(ValueError) as excinfo:
        read_float_env("POWERTOOLS_LOGGER_SAMPLE_RATE")

    assert str(excinfo.value) == (
        "environment variable POWERTOOLS_LOGGER_SAMPLE_RATE='ten percent' is not a number, "
        "e.g. set it to 0.1"
    )


def test_read_int_env_parses_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POWERTOOLS_PARAMETERS_MAX_AGE", "600")

    assert read_int_env("POWERTOOLS_PARAMETERS_MAX_AGE", 5) == 600


def test_read_int_env_returns_default_when_unset_or_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    assert read_int_env("POWERTOOLS_PARAMETERS_MAX_AGE", 300) == 300
    monkeypatch.setenv("POWERTOOLS_PARAMETERS_MAX_AGE", " ")
    assert read_int_env("POWERTOOLS_PARAMETERS_MAX_AGE", 7) == 7


@pytest.mark.parametrize("raw", ["five", "1.5", "0x10"])
def test_read_int_env_invalid_value_raises_value_error_naming_variable(
    monkeypatch: pytest.MonkeyPatch, raw: str
) -> None:
    monkeypatch.setenv("POWERTOOLS_PARAMETERS_MAX_AGE", raw)

    with pytest.raises(ValueError) as excinfo:
        read_int_env("POWERTOOLS_PARAMETERS_MAX_AGE")

    assert str(excinfo.value) == (
        f"environment variable POWERTOOLS_PARAMETERS_MAX_AGE={raw!r} is not an integer, "
        "e.g. set it to 300"
    )


@pytest.mark.parametrize("choice", [True, False])
def test_resolve_truthy_env_var_choice_argument_beats_env(choice: bool) -> None:
    assert resolve_truthy_env_var_choice(env=str(not choice), choice=choice) is choice


@pytest.mark.parametrize(("env", "expected"), [("true", True), ("false", False), ("1", True)])
def test_resolve_truthy_env_var_choice_falls_back_to_env(env: str, expected: bool) -> None:
    assert resolve_truthy_env_var_choice(env=env) is expected


def test_resolve_truthy_env_var_choice_invalid_env_raises_value_error_naming_value() -> None:
    with pytest.raises(ValueError, match="invalid truth value 'sometimes'"):
        resolve_truthy_env_var_choice(env="sometimes")


def test_resolve_truthy_env_var_choice_ignores_invalid_env_when_argument_given() -> None:
    assert resolve_truthy_env_var_choice(env="sometimes", choice=False) is False


def test_resolve_env_var_choice_argument_beats_env() -> None:
    assert resolve_env_var_choice(env="from-env", choice="from-argument") == "from-argument"


def test_resolve_env_var_choice_falls_back_to_env_then_none() -> None:
    assert resolve_env_var_choice(env="from-env") == "from-env"
    assert resolve_env_var_choice(env=None) is None


def test_resolve_env_var_choice_keeps_falsy_but_explicit_argument() -> None:
    assert resolve_env_var_choice(env="from-env", choice=0) == 0
    assert resolve_env_var_choice(env="from-env", choice="") == ""


def test_resolve_max_age_argument_beats_env() -> None:
    assert resolve_max_age(env="300", choice=5) == 5
    assert resolve_max_age(env="300", choice=None) == 300


def test_resolve_max_age_invalid_env_raises_value_error_naming_value() -> None:
    with pytest.raises(ValueError, match="'five minutes'"):
        resolve_max_age(env="five minutes", choice=None)


def test_powertools_dev_is_set_warns_user_warning_every_time_it_is_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(constants.POWERTOOLS_DEV_ENV, "true")

    for _ in range(2):
        with pytest.warns(UserWarning, match="POWERTOOLS_DEV") as record:
            assert powertools_dev_is_set() is True
        assert len(record) == 1
        assert str(record[0].message) == (
            "POWERTOOLS_DEV environment variable is enabled. Increasing verbosity to aid "
            "development; unset it in production."
        )


def test_powertools_dev_warning_points_at_the_caller(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(constants.POWERTOOLS_DEV_ENV, "1")

    with pytest.warns(UserWarning, match="POWERTOOLS_DEV") as record:
        powertools_dev_is_set()

    assert record[0].filename == __file__


@pytest.mark.parametrize("raw", [None, "false", "0", ""])
def test_powertools_dev_is_set_is_false_and_silent_when_off(
    monkeypatch: pytest.MonkeyPatch, raw: str | None
) -> None:
    if raw is not None:
        monkeypatch.setenv(constants.POWERTOOLS_DEV_ENV, raw)

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert powertools_dev_is_set() is False


def test_powertools_dev_invalid_value_raises_value_error_naming_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(constants.POWERTOOLS_DEV_ENV, "sure")

    with pytest.raises(ValueError, match=r"POWERTOOLS_DEV='sure' is not a boolean"):
        powertools_dev_is_set()


@pytest.mark.parametrize(("raw", "expected"), [(None, False), ("yes", True), ("off", False)])
def test_powertools_debug_is_set_reads_the_variable(
    monkeypatch: pytest.MonkeyPatch, raw: str | None, expected: bool
) -> None:
    if raw is not None:
        monkeypatch.setenv(constants.POWERTOOLS_DEBUG_ENV, raw)

    assert powertools_debug_is_set() is expected


def test_powertools_debug_invalid_value_raises_value_error_naming_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(constants.POWERTOOLS_DEBUG_ENV, "verbose")

    with pytest.raises(ValueError, match=r"POWERTOOLS_DEBUG='verbose' is not a boolean"):
        powertools_debug_is_set()


def test_get_tracer_id_returns_root_segment_of_trace_header(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(
        constants.XRAY_TRACE_ID_ENV,
        "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1",
    )

    assert get_tracer_id() == "1-5759e988-bd862e3fe1be46a994272793"


def test_get_tracer_id_finds_root_when_it_is_not_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(constants.XRAY_TRACE_ID_ENV, "Parent=53995c3f42cd8ad8;Root=1-abc-def")

    assert get_tracer_id() == "1-abc-def"


def test_get_tracer_id_is_none_without_trace_header() -> None:
    assert get_tracer_id() is None


class _LambdaContextLike:
    function_name = "orders"


class _DurableContextLike:
    def __init__(self, lambda_context: Any) -> None:
        self.lambda_context = lambda_context
        self.state = {"checkpoints": []}


def test_is_durable_context_recognises_objects_with_lambda_context_and_state() -> None:
    assert is_durable_context(_DurableContextLike(_LambdaContextLike())) is True
    assert is_durable_context(_LambdaContextLike()) is False
    assert is_durable_context(None) is False


def test_unwrap_lambda_context_returns_inner_context_of_durable_context() -> None:
    inner = _LambdaContextLike()

    assert unwrap_lambda_context(_DurableContextLike(inner)) is inner
    assert unwrap_lambda_context(inner) is inner


@dataclasses.dataclass
class _Order:
    order_id: str
    quantity: int


class _OrderModel(pydantic.BaseModel):
    order_id: str
    quantity: int


class _EventDataClass:
    def __init__(self, raw_event: dict[str, Any]) -> None:
        self.raw_event = raw_event


def test_extract_event_from_common_models_returns_dicts_unchanged() -> None:
    event = {"order_id": "1"}

    assert extract_event_from_common_models(event) is event


def test_extract_event_from_common_models_unwraps_event_data_class_raw_event() -> None:
    event = {"body": "{}"}

    assert extract_event_from_common_models(_EventDataClass(event)) is event


def test_extract_event_from_common_models_dumps_pydantic_models() -> None:
    model = _OrderModel(order_id="1", quantity=2)

    assert extract_event_from_common_models(model) == {"order_id": "1", "quantity": 2}


def test_extract_event_from_common_models_converts_dataclass_instances() -> None:
    assert extract_event_from_common_models(_Order("1", 2)) == {"order_id": "1", "quantity": 2}


def test_extract_event_from_common_models_returns_other_values_unchanged() -> None:
    assert extract_event_from_common_models([1, 2]) == [1, 2]
    assert extract_event_from_common_models(_Order) is _Order
