"""Level resolution, Lambda Advanced Logging Controls and debug sampling."""

from __future__ import annotations

import json
import logging
import random

import pytest
from logging_helpers import lines

from aws_lambda_powertools import Logger
from aws_lambda_powertools.logging.exceptions import InvalidLoggerSamplingRateError


@pytest.mark.parametrize(
    ("argument", "env", "expected"),
    [
        (None, {}, logging.INFO),
        ("debug", {}, logging.DEBUG),
        (logging.ERROR, {}, logging.ERROR),
        (15, {}, 15),
        (None, {"POWERTOOLS_LOG_LEVEL": "warning"}, logging.WARNING),
        (None, {"LOG_LEVEL": "ERROR"}, logging.ERROR),
        (None, {"POWERTOOLS_LOG_LEVEL": "DEBUG", "LOG_LEVEL": "ERROR"}, logging.DEBUG),
        ("CRITICAL", {"POWERTOOLS_LOG_LEVEL": "DEBUG"}, logging.CRITICAL),
    ],
)
def test_level_argument_beats_env_vars_which_beat_info(
    service, monkeypatch, argument, env, expected
):
    """Explicit level, then POWERTOOLS_LOG_LEVEL, then LOG_LEVEL, then INFO."""
    for name, value in env.items():
        monkeypatch.setenv(name, value)

    logger = Logger(service=service, level=argument)

    assert logger.log_level == expected


@pytest.mark.parametrize(
    ("lambda_level", "expected"),
    [("TRACE", 0), ("DEBUG", 10), ("INFO", 20), ("WARN", 30), ("ERROR", 40), ("FATAL", 50)],
)
def test_lambda_advanced_logging_level_wins(service, monkeypatch, lambda_level, expected):
    """AWS_LAMBDA_LOG_LEVEL maps Lambda's names onto std levels and overrides the rest."""
    monkeypatch.setenv("AWS_LAMBDA_LOG_LEVEL", lambda_level)

    logger = Logger(service=service)

    assert logger.log_level == expected


def test_lambda_level_less_verbose_than_asked_warns(service, monkeypatch):
    """Asking for DEBUG under a WARN Lambda level warns that records will be lost."""
    monkeypatch.setenv("AWS_LAMBDA_LOG_LEVEL", "WARN")

    with pytest.warns(UserWarning, match=r"Current log level \(DEBUG\).*\(WARNING\)"):
        logger = Logger(service=service, level="DEBUG")

    assert logger.log_level == logging.WARNING


def test_lambda_level_more_verbose_than_asked_is_silent(service, monkeypatch):
    """A stricter Powertools level under a verbose Lambda level raises no warning."""
    monkeypatch.setenv("AWS_LAMBDA_LOG_LEVEL", "DEBUG")

    logger = Logger(service=service, level="ERROR")

    assert logger.log_level == logging.DEBUG


def test_unknown_level_name_is_rejected(service):
    """An unknown level name raises ValueError naming it."""
    with pytest.raises(ValueError, match="'LOUD'"):
        Logger(service=service, level="LOUD")


def test_debug_below_the_level_writes_nothing(stream, service):
    """A filtered-out debug call produces no output."""
    logger = Logger(service=service, stream=stream)

    logger.debug("hidden")
    logger.setLevel("DEBUG")
    logger.debug("shown")

    assert [json.loads(line)["message"] for line in lines(stream)] == ["shown"]


def test_sampling_rate_one_switches_debug_on_and_is_logged(stream, service):
    """With rate 1 every roll hits: DEBUG is on and the rate is a key."""
    logger = Logger(service=service, stream=stream, sampling_rate=1)

    logger.debug("sampled")

    record = json.loads(lines(stream)[0])
    assert (record["level"], record["sampling_rate"]) == ("DEBUG", 1)


def test_sampling_rate_from_env_is_kept_as_given(stream, service, monkeypatch):
    """POWERTOOLS_LOGGER_SAMPLE_RATE is used when no argument is given; the key keeps the text."""
    monkeypatch.setenv("POWERTOOLS_LOGGER_SAMPLE_RATE", "0.5")
    random.seed(3)  # first roll 0.238 <= 0.5

    logger = Logger(service=service, stream=stream)
    logger.debug("sampled")

    assert json.loads(lines(stream)[0])["sampling_rate"] == "0.5"


def test_refresh_rolls_again_and_restores_the_initial_level(service):
    """A miss on a later roll puts the level back to the configured one."""
    logger = Logger(service=service, level="WARNING", sampling_rate=0.5)
    random.seed(3)  # 0.238: hit
    logger.refresh_sample_rate_calculation()
    hit_level = logger.log_level
    random.seed(1)  # 0.134 then 0.847
    random.random()
    logger.refresh_sample_rate_calculation()

    assert (hit_level, logger.log_level) == (logging.DEBUG, logging.WARNING)


@pytest.mark.parametrize("rate", ["abc", [0.1]])
def test_sampling_rate_that_is_not_a_number_is_rejected(service, rate):
    """A non-numeric rate raises InvalidLoggerSamplingRateError (also a ValueError)."""
    with pytest.raises(InvalidLoggerSamplingRateError, match="Expected a float value"):
        Logger(service=service, sampling_rate=rate)
    assert issubclass(InvalidLoggerSamplingRateError, ValueError)
