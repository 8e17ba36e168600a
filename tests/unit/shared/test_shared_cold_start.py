"""Cold-start tracking, including the provisioned-concurrency rule."""

from __future__ import annotations

import pytest

from aws_lambda_powertools.shared.cold_start import ColdStart


def test_take_is_true_on_first_invocation_then_false() -> None:
    cold_start = ColdStart()

    assert [cold_start.take() for _ in range(3)] == [True, False, False]


def test_is_cold_reports_whether_take_has_run() -> None:
    cold_start = ColdStart()

    assert cold_start.is_cold is True
    cold_start.take()
    assert cold_start.is_cold is False


def test_each_instance_tracks_its_own_cold_start() -> None:
    logger_flag, metrics_flag = ColdStart(), ColdStart()

    assert logger_flag.take() is True
    assert metrics_flag.take() is True
    assert logger_flag.take() is False


def test_reset_makes_the_next_invocation_cold_again() -> None:
    cold_start = ColdStart()
    cold_start.take()

    cold_start.reset()

    assert cold_start.take() is True


def test_provisioned_concurrency_never_reports_a_cold_start(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("AWS_LAMBDA_INITIALIZATION_TYPE", "provisioned-concurrency")
    cold_start = ColdStart()

    assert [cold_start.take() for _ in range(2)] == [False, False]
    assert cold_start.is_cold is False


@pytest.mark.parametrize("init_type", ["on-demand", "snap-start", ""])
def test_other_initialization_types_report_the_first_invocation_cold(
    monkeypatch: pytest.MonkeyPatch, init_type: str
) -> None:
    monkeypatch.setenv("AWS_LAMBDA_INITIALIZATION_TYPE", init_type)

    assert ColdStart().take() is True


def test_initialization_type_is_read_at_first_invocation_not_at_construction(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cold_start = ColdStart()
    monkeypatch.setenv("AWS_LAMBDA_INITIALIZATION_TYPE", "provisioned-concurrency")

    assert cold_start.take() is False
