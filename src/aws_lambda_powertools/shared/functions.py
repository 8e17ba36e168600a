"""Typed readers for environment variables and small helpers every utility shares.

The rule everywhere: an explicit argument beats the environment variable, which beats
the default.
"""

from __future__ import annotations

import os
import warnings

from aws_lambda_powertools.shared import constants
from aws_lambda_powertools.shared._static_typing import overload

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, TypeVar

    T = TypeVar("T")

_TRUTHY = frozenset(("1", "y", "yes", "t", "true", "on"))
_FALSY = frozenset(("0", "n", "no", "f", "false", "off"))


def strtobool(value: str) -> bool:
    """Parse a truthy or falsy string, case-insensitively.

    Args:
        value: one of ``1 y yes t true on`` or ``0 n no f false off``.

    Returns:
        The boolean the string stands for.

    Raises:
        ValueError: the string is neither truthy nor falsy.
    """
    lowered = value.strip().lower()
    if lowered in _TRUTHY:
        return True
    if lowered in _FALSY:
        return False

    message = (
        f"invalid truth value {value!r}: use one of 1, y, yes, t, true, on "
        "or 0, n, no, f, false, off"
    )
    raise ValueError(message)


def read_bool_env(name: str, default: bool) -> bool:
    """Read a boolean environment variable; unset or empty means ``default``.

    Raises:
        ValueError: the variable holds something that is neither truthy nor falsy; the
            message names the variable and the value.
    """
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return strtobool(raw)
    except ValueError as err:
        message = (
            f"environment variable {name}={raw!r} is not a boolean: set it to one of "
            "1, y, yes, t, true, on or 0, n, no, f, false, off"
        )
        raise ValueError(message) from err


def read_float_env(name: str, default: float | None = None) -> float | None:
    """Read a float environment variable; unset or empty means ``default``.

    Raises:
        ValueError: the value does not parse as a float; the message names the variable.
    """
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return float(raw)
    except ValueError as err:
        message = f"environment variable {name}={raw!r} is not a number, e.g. set it to 0.1"
        raise ValueError(message) from err


def read_int_env(name: str, default: int | None = None) -> int | None:
    """Read an integer environment variable; unset or empty means ``default``.

    Raises:
        ValueError: the value does not parse as an integer; the message names the variable.
    """
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError as err:
        message = f"environment variable {name}={raw!r} is not an integer, e.g. set it to 300"
        raise ValueError(message) from err


def resolve_truthy_env_var_choice(env: str, choice: bool | None = None) -> bool:
    """Return ``choice`` when given, else the truth value of the already-read ``env`` string.

    Args:
        env: the raw value of the environment variable (or its default as a string).
        choice: an explicit argument, which wins when not ``None``.
    """
    return choice if choice is not None else strtobool(env)


@overload
def resolve_env_var_choice(env: str | None, choice: T) -> T: ...


@overload
def resolve_env_var_choice(env: str | None, choice: None = None) -> str | None: ...


def resolve_env_var_choice(env: str | None = None, choice: Any = None) -> Any:
    """Return ``choice`` when given, else the environment variable's value."""
    return choice if choice is not None else env


def resolve_max_age(env: str, choice: int | None) -> int:
    """Return the cache max age: the argument when given, else the integer in ``env``."""
    return choice if choice is not None else int(env)


def powertools_dev_is_set() -> bool:
    """Tell whether ``POWERTOOLS_DEV`` is truthy, warning that dev mode is on.

    Environment variables:
        POWERTOOLS_DEV: truthy turns on developer mode (pretty logs, debug routes, no metrics).
    """
    if read_bool_env(constants.POWERTOOLS_DEV_ENV, False):
        warnings.warn(
            "POWERTOOLS_DEV environment variable is enabled. Increasing verbosity to aid "
            "development; unset it in production.",
            UserWarning,
            stacklevel=2,
        )
        return True
    return False


def powertools_debug_is_set() -> bool:
    """Tell whether ``POWERTOOLS_DEBUG`` is truthy.

    Environment variables:
        POWERTOOLS_DEBUG: truthy prints the toolkit's internal DEBUG records.
    """
    return read_bool_env(constants.POWERTOOLS_DEBUG_ENV, False)


def get_tracer_id() -> str | None:
    """Return the ``Root=`` part of ``_X_AMZN_TRACE_ID``, or ``None`` when unset."""
    header = os.environ.get(constants.XRAY_TRACE_ID_ENV)
    if not header:
        return None
    for part in header.split(";"):
        key, _, value = part.partition("=")
        if key == "Root":
            return value
    return None


def is_durable_context(context: Any) -> bool:
    """Tell whether ``context`` is a Lambda durable-functions context (it wraps the real one)."""
    return hasattr(context, "lambda_context") and hasattr(context, "state")


def unwrap_lambda_context(context: Any) -> Any:
    """Return the plain Lambda context, unwrapping a durable-functions context."""
    return context.lambda_context if is_durable_context(context) else context


def extract_event_from_common_models(data: Any) -> Any:
    """Turn an event data class, pydantic model or dataclass into a plain dict.

    Anything else is returned unchanged.
    """
    if isinstance(data, dict):
        return data

    raw_event = getattr(data, "raw_event", None)
    if raw_event is not None:
        return raw_event

    model_dump = getattr(data, "model_dump", None)
    if callable(model_dump):
        return model_dump()

    import dataclasses

    if dataclasses.is_dataclass(data) and not isinstance(data, type):
        return dataclasses.asdict(data)
    return data
