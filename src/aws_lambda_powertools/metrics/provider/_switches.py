"""Decisions every metrics provider makes the same way at flush time.

Metric output can be switched off through the environment, and an invocation that recorded
nothing is reported with the same warning whichever provider is used.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from aws_lambda_powertools.shared import constants
from aws_lambda_powertools.shared.functions import read_bool_env

EMPTY_METRICS_WARNING = (
    "No application metrics to publish. The cold-start metric may be published if enabled. "
    "If application metrics should never be empty, consider using 'raise_on_empty_metrics'"
)


def _environment_reader() -> Callable[[str], bool]:
    # ``os.environ.get`` costs two raised-and-caught KeyErrors per absent variable, which
    # is most of a small flush. The mapping's backing dict answers "is it set?" directly;
    # it is the same dict ``os.environ[...] = ...`` and ``monkeypatch.setenv`` update.
    environ = os.environ
    data = getattr(environ, "_data", None)
    encodekey = getattr(environ, "encodekey", None)
    if not isinstance(data, dict) or encodekey is None:  # pragma: no cover - exotic runtimes
        return lambda name: bool(os.environ.get(name, "").strip())
    keys = {name: encodekey(name) for name in _DISABLING_VARIABLES}

    def is_set(name: str) -> bool:
        if os.environ is not environ:  # replaced wholesale: take the slow, always-right path
            return bool(os.environ.get(name, "").strip())
        return keys[name] in data and bool(environ[name].strip())

    return is_set


_DISABLING_VARIABLES = (constants.METRICS_DISABLED_ENV, constants.POWERTOOLS_DEV_ENV)
_is_set = _environment_reader()


def metrics_disabled() -> bool:
    """Tell whether metric output is switched off, read afresh on every flush.

    Environment variables:
        POWERTOOLS_METRICS_DISABLED: truthy disables, falsy enables (wins over dev mode).
        POWERTOOLS_DEV: truthy disables when ``POWERTOOLS_METRICS_DISABLED`` is unset.

    Raises:
        ValueError: the variable that decides holds neither a truthy nor a falsy value.
    """
    if _is_set(constants.METRICS_DISABLED_ENV):
        return read_bool_env(constants.METRICS_DISABLED_ENV, False)
    if _is_set(constants.POWERTOOLS_DEV_ENV):
        return read_bool_env(constants.POWERTOOLS_DEV_ENV, False)
    return False


__all__ = ["EMPTY_METRICS_WARNING", "metrics_disabled"]
