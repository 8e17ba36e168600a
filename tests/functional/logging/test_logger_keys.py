"""Persistent, scoped and thread-safe keys, and the correlation id."""

from __future__ import annotations

import json
import threading

import pytest
from logging_helpers import lines

from aws_lambda_powertools import Logger


def test_append_get_and_remove_keys(stream, service):
    """Appended keys appear on every record until removed; get_current_keys shows them."""
    logger = Logger(service=service, stream=stream)
    logger.append_keys(order_id="o-1", tenant="acme")
    logger.info("with keys")
    logger.remove_keys(["order_id"])
    logger.info("without order")

    first, second = (json.loads(line) for line in lines(stream))
    assert (first["order_id"], first["tenant"]) == ("o-1", "acme")
    assert "order_id" not in second
    assert logger.get_current_keys() == {
        "level": "%(levelname)s",
        "location": "%(funcName)s:%(lineno)d",
        "message": None,
        "timestamp": "%(asctime)s",
        "service": service,
        "sampling_rate": None,
        "tenant": "acme",
    }


def test_append_context_keys_removes_them_on_exit_even_if_set_before(stream, service):
    """Scoped keys live for the ``with`` block, then are gone, including pre-existing ones."""
    logger = Logger(service=service, stream=stream)
    logger.append_keys(step="before")

    with logger.append_context_keys(step="inside", batch=3):
        logger.info("in")
    logger.info("out")

    inside, outside = (json.loads(line) for line in lines(stream))
    assert (inside["step"], inside["batch"]) == ("inside", 3)
    assert "step" not in outside
    assert "batch" not in outside


def test_append_context_keys_cleans_up_when_the_block_raises(service):
    """An exception inside the block still removes the keys."""
    logger = Logger(service=service)

    with pytest.raises(RuntimeError), logger.append_context_keys(scoped=1):
        raise RuntimeError("boom")

    assert "scoped" not in logger.get_current_keys()


def test_clear_state_returns_to_constructor_keys(stream, service):
    """clear_state keeps keys given at construction and drops everything appended."""
    logger = Logger(service=service, stream=stream, region="eu")
    logger.append_keys(order_id="o-1")
    logger.thread_safe_append_keys(request="r")

    logger.clear_state()
    logger.info("fresh")

    record = json.loads(lines(stream)[0])
    assert record["region"] == "eu"
    assert "order_id" not in record
    assert "request" not in record


def test_structure_logs_resets_or_appends(service):
    """structure_logs replaces the keys with defaults plus the new ones, or appends."""
    logger = Logger(service=service)
    logger.append_keys(old=1)

    logger.structure_logs(new=2)
    reset_keys = logger.get_current_keys()
    logger.structure_logs(append=True, more=3)

    assert "old" not in reset_keys
    assert reset_keys["new"] == 2
    assert logger.get_current_keys()["more"] == 3


def test_set_and_get_correlation_id(stream, service):
    """set_correlation_id adds the key; None removes it from records."""
    logger = Logger(service=service, stream=stream)

    logger.set_correlation_id("corr-1")
    logger.info("a")
    correlation = logger.get_correlation_id()
    logger.set_correlation_id(None)
    logger.info("b")

    first, second = (json.loads(line) for line in lines(stream))
    assert (correlation, first["correlation_id"]) == ("corr-1", "corr-1")
    assert "correlation_id" not in second


def test_thread_safe_keys_follow_persistent_keys_and_precede_extras(stream, service):
    """Thread keys come after appended keys and before per-call extras."""
    logger = Logger(service=service, stream=stream, log_record_order=["message"])
    logger.append_keys(persistent=1)
    logger.thread_safe_append_keys(thread=2)

    logger.info("m", call=3)

    assert lines(stream)[0].endswith('"persistent":1,"thread":2,"call":3}')
    assert logger.thread_safe_get_current_keys() == {"thread": 2}


def test_thread_safe_remove_and_clear(service):
    """Thread keys can be removed one by one or all at once."""
    logger = Logger(service=service)
    logger.thread_safe_append_keys(a=1, b=2)

    logger.thread_safe_remove_keys(["a"])
    after_remove = logger.thread_safe_get_current_keys()
    logger.thread_safe_clear_keys()

    assert after_remove == {"b": 2}
    assert logger.thread_safe_get_current_keys() == {}


def test_thread_safe_keys_are_isolated_across_eight_threads(stream, service):
    """Eight threads each see only their own thread-safe keys in their records."""
    logger = Logger(service=service, stream=stream, log_record_order=["message"])
    barrier = threading.Barrier(8)
    seen: dict[int, dict[str, object]] = {}

    def work(worker: int) -> None:
        logger.thread_safe_append_keys(worker=worker, **{f"only_{worker}": True})
        barrier.wait()
        for attempt in range(25):
            logger.info(f"w{worker}-{attempt}")
        seen[worker] = logger.thread_safe_get_current_keys()

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    parsed = [json.loads(line) for line in lines(stream)]
    assert len(parsed) == 200
    for record in parsed:
        worker = int(record["message"][1 : record["message"].index("-")])
        assert record["worker"] == worker
        assert [key for key in record if key.startswith("only_")] == [f"only_{worker}"]
    assert seen == {n: {"worker": n, f"only_{n}": True} for n in range(8)}
    assert logger.thread_safe_get_current_keys() == {}
