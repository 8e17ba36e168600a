"""Fixtures that capture what the Tracer really emits: X-Ray UDP documents, OTel spans."""

from __future__ import annotations

import json
import secrets
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from aws_lambda_powertools.tracing import _wrappers
from aws_lambda_powertools.tracing.tracer import Tracer

XRAY_HEADER = '{"format":"json","version":1}'


@pytest.fixture(autouse=True)
def _fresh_tracer() -> Iterator[None]:
    """Each test starts as a fresh process would: no shared config, a cold start ahead."""
    Tracer._reset_config()
    _wrappers.cold_start.reset()
    yield
    Tracer._reset_config()
    _wrappers.cold_start.reset()


@dataclass
class XrayDaemon:
    """A UDP socket standing in for the X-Ray daemon, plus the invocation's trace header."""

    sock: socket.socket
    trace_id: str
    facade_id: str

    def documents(self) -> list[dict[str, Any]]:
        """Return every document received so far, in arrival order, decoded."""
        received = []
        while True:
            try:
                datagram = self.sock.recv(65535)
            except (BlockingIOError, TimeoutError):
                return received
            header, _, body = datagram.decode().partition("\n")
            assert header == XRAY_HEADER
            received.append(json.loads(body))

    def by_name(self) -> dict[str, dict[str, Any]]:
        """Return the documents keyed by subsegment name (names must be unique)."""
        documents = self.documents()
        named = {document["name"]: document for document in documents}
        assert len(named) == len(documents), [d["name"] for d in documents]
        return named

    def new_invocation(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Point ``_X_AMZN_TRACE_ID`` at a new trace, as Lambda does per invocation."""
        self.trace_id = f"1-{secrets.token_hex(4)}-{secrets.token_hex(12)}"
        self.facade_id = secrets.token_hex(8)
        header = f"Root={self.trace_id};Parent={self.facade_id};Sampled=1"
        monkeypatch.setenv("_X_AMZN_TRACE_ID", header)


@pytest.fixture
def xray(monkeypatch: pytest.MonkeyPatch) -> Iterator[XrayDaemon]:
    """Run as inside Lambda with a sampled trace, the SDK sending to a socket we read.

    The X-Ray SDK keeps process-wide state (recorder context, emitter address, streaming
    threshold, the enabled switch); it is set for Lambda here and put back afterwards.
    """
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    sock.settimeout(0.02)  # loopback datagrams are queued before sendto returns
    address = f"127.0.0.1:{sock.getsockname()[1]}"
    monkeypatch.setenv("LAMBDA_TASK_ROOT", "/var/task")
    monkeypatch.setenv("AWS_XRAY_DAEMON_ADDRESS", address)
    monkeypatch.delenv("AWS_XRAY_SDK_ENABLED", raising=False)
    monkeypatch.delenv("AWS_XRAY_CONTEXT_MISSING", raising=False)

    from aws_xray_sdk import global_sdk_config
    from aws_xray_sdk.core import xray_recorder
    from aws_xray_sdk.core.emitters.udp_emitter import UDPEmitter
    from aws_xray_sdk.core.lambda_launcher import LambdaContext

    saved = (
        xray_recorder.context,
        xray_recorder.streaming_threshold,
        xray_recorder.emitter,
        global_sdk_config.sdk_enabled(),
    )
    emitter = UDPEmitter(address)
    global_sdk_config.set_sdk_enabled(True)
    xray_recorder.configure(context=LambdaContext(), emitter=emitter)

    daemon = XrayDaemon(sock=sock, trace_id="", facade_id="")
    daemon.new_invocation(monkeypatch)
    try:
        yield daemon
    finally:
        context, threshold, saved_emitter, enabled = saved
        xray_recorder.context = context
        xray_recorder.streaming_threshold = threshold
        xray_recorder.emitter = saved_emitter
        global_sdk_config.set_sdk_enabled(enabled)
        emitter._socket.close()
        sock.close()


@dataclass
class OtelCapture:
    """A tracer provider whose finished spans land in memory."""

    tracer_provider: Any
    exporter: Any

    def spans(self) -> dict[str, Any]:
        """Return the finished spans keyed by name (names must be unique)."""
        finished = self.exporter.get_finished_spans()
        named = {span.name: span for span in finished}
        assert len(named) == len(finished), [span.name for span in finished]
        return named


@pytest.fixture
def otel(monkeypatch: pytest.MonkeyPatch) -> Iterator[OtelCapture]:
    """An OpenTelemetry SDK tracer provider exporting to memory, and a Lambda environment."""
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    monkeypatch.setenv("LAMBDA_TASK_ROOT", "/var/task")
    exporter = InMemorySpanExporter()
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(SimpleSpanProcessor(exporter))
    yield OtelCapture(tracer_provider=tracer_provider, exporter=exporter)
    tracer_provider.shutdown()
