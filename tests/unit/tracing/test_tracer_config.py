"""Tracer configuration: sharing between instances, auto-disable rules, custom providers."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import inspect
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from aws_lambda_powertools import Tracer
from aws_lambda_powertools.tracing import _wrappers
from aws_lambda_powertools.tracing._noop import NOOP_SEGMENT, NOOP_SUBSEGMENT_CONTEXT
from aws_lambda_powertools.tracing.base import BaseProvider, BaseSegment
from aws_lambda_powertools.tracing.provider.xray_tracer import XrayProvider


@pytest.fixture(autouse=True)
def _fresh_tracer() -> Iterator[None]:
    Tracer._reset_config()
    _wrappers.cold_start.reset()
    yield
    Tracer._reset_config()
    _wrappers.cold_start.reset()


class RecordingSegment(BaseSegment):
    """A segment that keeps what it was given, as a custom backend would."""

    def __init__(self, log: list[tuple[Any, ...]], name: str | None) -> None:
        self.log = log
        self.name = name

    def close(self, end_time: int | None = None) -> None:
        self.log.append(("close", self.name))

    def add_subsegment(self, subsegment: Any) -> None:
        self.log.append(("add_subsegment", subsegment))

    def remove_subsegment(self, subsegment: Any) -> None:
        self.log.append(("remove_subsegment", subsegment))

    def put_annotation(self, key: str, value: Any) -> None:
        self.log.append(("annotation", self.name, key, value))

    def put_metadata(self, key: str, value: Any, namespace: str = "default") -> None:
        self.log.append(("metadata", self.name, namespace, key, value))

    def add_exception(self, exception: BaseException, stack: Any, remote: bool = False) -> None:
        self.log.append(("exception", self.name, exception))


class RecordingProvider(BaseProvider):
    """A custom provider built on the public base classes."""

    def __init__(self) -> None:
        self.log: list[tuple[Any, ...]] = []

    @contextlib.contextmanager
    def in_subsegment(self, name: str | None = None, **kwargs: Any) -> Iterator[BaseSegment]:
        segment = RecordingSegment(self.log, name)
        self.log.append(("open", name))
        yield segment
        segment.close()

    @contextlib.asynccontextmanager
    async def in_subsegment_async(self, name: str | None = None, **kwargs: Any) -> Any:
        with self.in_subsegment(name) as segment:
            yield segment

    def put_annotation(self, key: str, value: Any) -> None:
        self.log.append(("current annotation", key, value))

    def put_metadata(self, key: str, value: Any, namespace: str = "default") -> None:
        self.log.append(("current metadata", namespace, key, value))

    def patch(self, modules: Any) -> None:
        self.log.append(("patch", tuple(modules)))

    def patch_all(self) -> None:
        self.log.append(("patch_all",))


def test_configuration_is_shared_and_only_explicit_values_overwrite(monkeypatch):
    """A later Tracer() inherits service and provider; a new service replaces the old one."""
    monkeypatch.setenv("LAMBDA_TASK_ROOT", "/var/task")
    provider = RecordingProvider()
    first = Tracer(service="orders", provider=provider, auto_patch=False)
    second = Tracer()

    assert (second.service, second.provider, second.disabled) == ("orders", provider, False)
    assert second.auto_patch is False
    assert Tracer(service="payments").service == "payments"
    assert first.service == "orders"  # each instance keeps what it saw when created


def test_disabled_sticks_once_any_instance_disabled_tracing(monkeypatch):
    """Disabling is one-way: a later instance cannot switch tracing back on."""
    Tracer(disabled=True, auto_patch=False)
    monkeypatch.setenv("LAMBDA_TASK_ROOT", "/var/task")

    assert Tracer(disabled=False).disabled is True
    assert Tracer().provider.disabled is True


@pytest.mark.parametrize(
    ("env", "disabled"),
    [
        ({}, True),
        ({"LAMBDA_TASK_ROOT": "/var/task"}, False),
        ({"LAMBDA_TASK_ROOT": "/var/task", "POWERTOOLS_TRACE_DISABLED": "true"}, True),
        ({"LAMBDA_TASK_ROOT": "/var/task", "POWERTOOLS_TRACE_DISABLED": "false"}, False),
        ({"LAMBDA_TASK_ROOT": "/var/task", "AWS_SAM_LOCAL": "true"}, True),
        ({"LAMBDA_TASK_ROOT": "/var/task", "AWS_CHALICE_CLI_MODE": "true"}, True),
        ({"POWERTOOLS_TRACE_DISABLED": "false"}, True),
    ],
)
def test_tracer_disables_itself_outside_lambda_and_on_request(monkeypatch, env, disabled):
    """Tracing is on only inside Lambda, not under SAM/Chalice local, unless turned off."""
    for name, value in env.items():
        monkeypatch.setenv(name, value)

    assert Tracer(provider=RecordingProvider(), auto_patch=False).disabled is disabled


def test_explicit_disabled_false_enables_tracing_outside_lambda():
    """``disabled=False`` beats the outside-Lambda rule."""
    provider = RecordingProvider()
    tracer = Tracer(disabled=False, provider=provider, auto_patch=False)

    tracer.put_annotation("k", "v")

    assert provider.log == [("current annotation", "k", "v")]


def test_invalid_trace_disabled_value_names_the_variable(monkeypatch):
    """A value that is neither truthy nor falsy is rejected with the variable's name."""
    monkeypatch.setenv("POWERTOOLS_TRACE_DISABLED", "maybe")

    with pytest.raises(ValueError, match=r"POWERTOOLS_TRACE_DISABLED='maybe'"):
        Tracer()


def test_auto_patch_patches_all_or_the_listed_modules():
    """auto_patch calls patch_all, or patch with patch_modules; disabled patches nothing."""
    provider = RecordingProvider()
    Tracer(disabled=False, provider=provider)
    Tracer(disabled=False, patch_modules=["boto3", "requests"])
    Tracer._reset_config()
    quiet = RecordingProvider()
    Tracer(disabled=True, provider=quiet).patch(["boto3"])

    assert provider.log == [("patch_all",), ("patch", ("boto3", "requests"))]
    assert quiet.log == []


def test_custom_provider_receives_segments_annotations_and_metadata():
    """A BaseProvider subclass gets the same calls the built-in providers get."""
    provider = RecordingProvider()
    tracer = Tracer(service="svc", disabled=False, provider=provider, auto_patch=False)

    @tracer.capture_method
    def work():
        tracer.put_metadata("step", 1)
        tracer.put_metadata("other", 2, namespace="ns")
        return "ok"

    @tracer.capture_lambda_handler
    def handler(event, context):
        return work()

    handler({}, None)

    work_name = f"{__name__}.{inspect.currentframe().f_code.co_name}.locals.work"
    assert provider.log == [
        ("open", "## handler"),
        ("annotation", "## handler", "ColdStart", True),
        ("annotation", "## handler", "Service", "svc"),
        ("open", f"## {work_name}"),
        ("current metadata", "svc", "step", 1),
        ("current metadata", "ns", "other", 2),
        ("metadata", f"## {work_name}", "svc", f"{work_name} response", "ok"),
        ("close", f"## {work_name}"),
        ("metadata", "## handler", "svc", "handler response", "ok"),
        ("close", "## handler"),
    ]


def test_disabled_tracer_calls_through_and_never_touches_the_provider():
    """Every decorator form returns the real result and the provider sees nothing."""
    provider = RecordingProvider()
    tracer = Tracer(disabled=True, provider=provider)

    @tracer.capture_method
    async def coroutine(x):
        return x * 2

    @tracer.capture_method
    def generator(n):
        yield from range(n)
        return "end"

    @tracer.capture_method
    @contextlib.contextmanager
    def manager():
        yield "resource"

    @tracer.capture_lambda_handler
    def handler(event, context, **kwargs):
        tracer.put_annotation("k", 1)
        tracer.put_metadata("k", 1)
        with manager() as resource:
            return [asyncio.run(coroutine(2)), list(generator(2)), resource, kwargs]

    assert handler({}, None, extra=1) == [4, [0, 1], "resource", {"extra": 1}]
    assert provider.log == []


def test_wrappers_keep_the_kind_and_identity_of_the_function():
    """Wrapped coroutines stay coroutine functions, generators stay generator functions."""
    tracer = Tracer(disabled=True)

    async def coroutine():
        """Docstring kept."""

    def generator():
        yield 1

    traced_coroutine = tracer.capture_method(coroutine)
    traced_generator = tracer.capture_method(capture_response=False)(generator)

    assert inspect.iscoroutinefunction(traced_coroutine)
    assert inspect.isgeneratorfunction(traced_generator)
    assert traced_coroutine.__doc__ == "Docstring kept."
    assert traced_coroutine.__wrapped__ is coroutine
    assert traced_generator.__name__ == "generator"


def test_function_kind_detection_sees_through_partials_and_bound_methods():
    """Kinds are read from code flags, through functools.partial and bound methods."""

    class Client:
        async def fetch(self, key):
            return key

        def scan(self):
            yield 1

    client = Client()

    assert _wrappers.is_coroutine_function(functools.partial(client.fetch, "k"))
    assert _wrappers.is_generator_function(client.scan)
    assert not _wrappers.is_coroutine_function(client.scan)
    assert _wrappers.is_generator_context_manager(contextlib.contextmanager(client.scan))
    assert not _wrappers.is_generator_context_manager(functools.wraps(len)(lambda: 0))


def test_segment_names_drop_characters_xray_rejects():
    """``?;*()!$~^<>`` are removed from ``<module>.<qualname>``."""

    def work():
        return None

    work.__module__ = "pkg.mod(v2)!"
    work.__qualname__ = "Outer.<locals>.work$~^;*?"

    assert _wrappers.method_segment_name(work) == "pkg.modv2.Outer.locals.work"


def test_noop_context_is_shared_and_yields_the_noop_segment():
    """A disabled provider's sync and async context managers allocate nothing."""
    provider = XrayProvider()
    provider.disabled = True

    async def enter_async():
        async with provider.in_subsegment_async("## a") as segment:
            return segment

    assert provider.in_subsegment(name="## a") is NOOP_SUBSEGMENT_CONTEXT
    with provider.in_subsegment(name="## a") as segment:
        segment.put_annotation("k", 1)
        segment.put_metadata("k", {"v": 1})
        segment.add_exception(ValueError("x"), [])
        segment.add_subsegment(None)
        segment.remove_subsegment(None)
        segment.close()
    assert segment is NOOP_SEGMENT
    assert asyncio.run(enter_async()) is NOOP_SEGMENT


def test_base_classes_cannot_be_instantiated_without_their_methods():
    """BaseProvider and BaseSegment are abstract: a subclass must implement every method."""

    class Incomplete(BaseProvider):
        def patch_all(self) -> None:
            return None

    with pytest.raises(TypeError, match="in_subsegment"):
        Incomplete()  # type: ignore[abstract]
    with pytest.raises(TypeError, match="add_exception"):
        BaseSegment()  # type: ignore[abstract]


def test_bare_xray_recorder_as_provider_is_adapted():
    """``provider=xray_recorder`` (a recorder, not a BaseProvider) is wrapped, not rejected."""

    class Recorder:
        def begin_subsegment(self, name):
            return name

        def in_subsegment(self, name=None, **kwargs):
            return NOOP_SUBSEGMENT_CONTEXT

    recorder = Recorder()
    tracer = Tracer(provider=recorder, disabled=False, auto_patch=False)

    assert isinstance(tracer.provider, XrayProvider)
    assert tracer.provider.recorder is recorder
    assert tracer.provider.begin_subsegment("## x") == "## x"


def test_ignore_endpoint_is_a_no_op_for_other_providers_and_when_disabled():
    """ignore_endpoint only talks to X-Ray, and not at all when tracing is off."""
    provider = RecordingProvider()
    Tracer(disabled=False, provider=provider, auto_patch=False).ignore_endpoint(hostname="x")

    assert provider.log == []


def test_missing_xray_sdk_fails_at_first_use_naming_the_extra(monkeypatch):
    """An enabled X-Ray provider without the SDK raises ImportError saying what to install."""
    monkeypatch.setitem(sys.modules, "aws_xray_sdk.core", None)
    provider = XrayProvider()

    with pytest.raises(ImportError, match=r'pip install "aws-lambda-powertools\[tracer\]"'):
        provider.in_subsegment(name="## x")


def test_missing_opentelemetry_fails_at_first_use_naming_the_extra(monkeypatch):
    """An enabled OpenTelemetry provider without the API raises ImportError naming the extra."""
    from aws_lambda_powertools.tracing import OpenTelemetryProvider

    monkeypatch.setitem(sys.modules, "opentelemetry", None)
    provider = OpenTelemetryProvider()

    with pytest.raises(ImportError, match=r'pip install "aws-lambda-powertools\[otel\]"'):
        provider.in_subsegment(name="## x").__enter__()
