"""Fixtures for Logger tests: an in-memory stream, unique services, clean std loggers."""

from __future__ import annotations

import importlib.util
import io
import logging
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from aws_lambda_powertools.logging import logger as logger_module
from aws_lambda_powertools.logging.formatter import THREAD_LOCAL_KEYS


def _load_helpers() -> Any:
    # Registered under its own name so the test modules can ``import logging_helpers``.
    path = Path(__file__).with_name("logging_helpers.py")
    spec = importlib.util.spec_from_file_location("logging_helpers", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["logging_helpers"] = module
    spec.loader.exec_module(module)
    return module


_helpers = _load_helpers()


@pytest.fixture
def lambda_context() -> Any:
    """A stand-in Lambda context."""
    return _helpers.LambdaContextStub()


@pytest.fixture
def stream() -> io.StringIO:
    """Where the Logger under test writes."""
    return io.StringIO()


@pytest.fixture
def service() -> str:
    """A service name no other test uses, so std loggers never leak between tests."""
    return f"svc-{uuid.uuid4().hex[:12]}"


@pytest.fixture(autouse=True)
def _isolate_std_logging() -> Iterator[None]:
    """Remove the std loggers, root filters, thread keys and hooks a test created."""
    known = set(logging.root.manager.loggerDict)
    root_filters = {handler: list(handler.filters) for handler in logging.root.handlers}
    excepthook = sys.excepthook
    token = THREAD_LOCAL_KEYS.set({})
    logger_module._cold_start.reset()
    yield
    THREAD_LOCAL_KEYS.reset(token)
    sys.excepthook = excepthook
    for handler, filters in root_filters.items():
        handler.filters = filters
    for name in set(logging.root.manager.loggerDict) - known:
        std_logger = logging.root.manager.loggerDict.pop(name)
        if isinstance(std_logger, logging.Logger):
            for handler in list(std_logger.handlers):
                std_logger.removeHandler(handler)
    logging.Logger.manager._clear_cache()
