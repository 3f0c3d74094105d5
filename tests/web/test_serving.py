"""Stopping `qa serve`: SIGTERM refuses new connections, finishes the requests in flight, exits 0."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator

import pytest
import requests

#: A WSGI app whose response takes `?seconds` to start and is large enough to need several writes.
SERVER = textwrap.dedent(
    """
    import signal, sys, time
    from qa.web.serving import GracefulServer

    def app(environ, start_response):
        time.sleep(float(environ.get("QUERY_STRING") or 0))
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [b"x" * 400_000]

    server = GracefulServer(app, host="127.0.0.1", port=0, threads=2, grace_s=float(sys.argv[1]))
    signal.signal(signal.SIGTERM, server.stop)
    signal.signal(signal.SIGINT, server.stop)
    print(server.port, flush=True)
    server.run()
    """
)


def _start(grace_s: float) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen([sys.executable, "-c", SERVER, str(grace_s)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    return proc, f"http://127.0.0.1:{proc.stdout.readline().strip()}"


@pytest.fixture()
def slow_server() -> Iterator[tuple[subprocess.Popen[str], str]]:
    proc, base = _start(grace_s=10)
    yield proc, base
    proc.kill()
    proc.wait()


def _refused(base: str) -> bool:
    host, port = base.removeprefix("http://").split(":")
    try:
        socket.create_connection((host, int(port)), timeout=1).close()
    except OSError:
        return True
    return False


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT])
def test_a_request_in_flight_is_answered_in_full_then_the_server_exits_0(
    slow_server: tuple[subprocess.Popen[str], str], stop_signal: signal.Signals
) -> None:
    proc, base = slow_server
    got: list[requests.Response] = []
    asking = threading.Thread(target=lambda: got.append(requests.get(f"{base}/?1.5", timeout=30)))
    asking.start()
    time.sleep(0.5)  # the request is being answered
    proc.send_signal(stop_signal)
    deadline = time.monotonic() + 5
    while not _refused(base) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _refused(base), "new connections are still accepted after the stop signal"
    asking.join(30)
    assert got and got[0].status_code == 200 and len(got[0].content) == 400_000
    assert proc.wait(30) == 0


def test_the_grace_period_bounds_the_wait() -> None:
    proc, base = _start(grace_s=0.5)
    try:
        cut: list[Exception] = []

        def ask() -> None:
            try:
                requests.get(f"{base}/?20", timeout=30)
            except requests.RequestException as exc:
                cut.append(exc)

        asking = threading.Thread(target=ask)
        asking.start()
        time.sleep(0.5)
        started = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(15) == 0
        assert time.monotonic() - started < 10  # not the 20 s the request wanted
        asking.join(30)
        assert cut  # the unfinished request was cut when the grace period ended
    finally:
        proc.kill()
        proc.wait()
