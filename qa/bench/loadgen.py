"""HTTP load against a real `qa serve` process: one client or many, timed from the client side.

The server is the production one (waitress via `qa serve`) started as a
subprocess on a free loopback port, so the figures include HTTP parsing,
JSON encoding and the worker-thread pool exactly as users get them. Rate
limiting is switched off for the run: it would turn load into 429s.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import psutil
import requests

from qa.config import Settings

#: One API call: (method, path, query params or JSON body).
Call = tuple[str, str, dict[str, Any]]


def search_call(question: str, k: int = 5) -> Call:
    return ("GET", "/api/search", {"q": question, "k": k})


def ask_call(question: str, top_k: int = 5) -> Call:
    return ("POST", "/api/ask", {"question": question, "top_k": top_k})


def percentiles(values: Sequence[float]) -> dict[str, float]:
    """p50/p95/p99 in the unit given (NaN when there is nothing to summarise)."""
    if not values:
        return {"p50": float("nan"), "p95": float("nan"), "p99": float("nan")}
    p50, p95, p99 = np.percentile(np.asarray(values, dtype=np.float64), [50, 95, 99])
    return {"p50": round(float(p50), 2), "p95": round(float(p95), 2), "p99": round(float(p99), 2)}


def _children_mb(pid: int | None) -> float:
    """Resident memory of the process's children: embedded Milvus runs its engine in one."""
    total = 0
    for child in psutil.Process(pid).children(recursive=True):
        with contextlib.suppress(psutil.Error):  # a child may exit while it is being measured
            total += child.memory_info().rss
    return total / 2**20


def rss_mb(pid: int | None = None) -> float:
    """Resident memory of the process and its children."""
    return psutil.Process(pid).memory_info().rss / 2**20 + _children_mb(pid)


def peak_rss_mb(pid: int | None = None) -> float:
    """The kernel's high-water mark (VmHWM) where there is one, otherwise the current RSS, plus the
    children's current RSS (their own peaks are not kept once they are measured)."""
    try:
        status = Path(f"/proc/{pid or os.getpid()}/status").read_text(encoding="ascii")
    except OSError:
        return rss_mb(pid)
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024 + _children_mb(pid)
    return rss_mb(pid)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """`qa serve` on a free loopback port, with the bench's settings; stopped on exit."""

    def __init__(self, settings: Settings, log_path: Path, ready_timeout_s: float = 600.0) -> None:
        self.settings = settings
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        self.ready_timeout_s = ready_timeout_s
        self.ready_s = float("nan")
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def pid(self) -> int:
        assert self._proc is not None, "server not started"
        return self._proc.pid

    def _env(self) -> dict[str, str]:
        s = self.settings
        env = dict(os.environ)
        env.update(
            QA_CORPUS_DIR=str(s.corpus_dir),
            QA_INDEX_DIR=str(s.index_dir),
            QA_MODEL_DIR=str(s.model_dir),
            QA_CACHE_DIR=str(s.cache_dir),
            QA_CHUNK_TOKENS=str(s.chunk_tokens),
            QA_EMBEDDER=s.embedder,
            QA_INDEX_BACKEND=s.index_backend,
            QA_MILVUS_URI=s.milvus_uri or "",
            QA_MILVUS_NAME=s.milvus_name,
            QA_THREADS=str(s.threads),
            QA_RATE_LIMIT="off",
            QA_API_KEYS="",
        )
        return env

    def __enter__(self) -> Server:
        cmd = [sys.executable, "-m", "qa", "serve", "--host", "127.0.0.1", "--port", str(self.port)]
        started = time.perf_counter()
        with open(self.log_path, "wb") as log:
            self._proc = subprocess.Popen(cmd, env=self._env(), stdout=log, stderr=subprocess.STDOUT)
        try:
            self._wait_ready()
        except BaseException:
            self.__exit__()
            raise
        self.ready_s = time.perf_counter() - started
        return self

    def _wait_ready(self) -> None:
        assert self._proc is not None
        deadline = time.monotonic() + self.ready_timeout_s
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise RuntimeError(f"server exited with status {self._proc.returncode}: {self._log_tail()}")
            try:
                if requests.get(f"{self.base}/readyz", timeout=2).status_code == 200:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"server not ready after {self.ready_timeout_s:.0f}s: {self._log_tail()}")

    def _log_tail(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")[-2000:]

    def __exit__(self, *exc: object) -> None:
        if self._proc is None or self._proc.poll() is not None:
            return
        self._proc.terminate()
        try:
            self._proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()


def _send(session: requests.Session, base: str, call: Call) -> int:
    method, path, args = call
    if method == "GET":
        response = session.get(base + path, params=args, timeout=60)
    else:
        response = session.post(base + path, json=args, timeout=60)
    _ = response.content  # the whole body, as a client would read it
    return response.status_code


@dataclass
class LoadResult:
    """Client-side figures for one run: every latency in ms, errors by status (or exception name)."""

    clients: int
    seconds: float
    latencies_ms: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)

    @property
    def requests(self) -> int:
        return len(self.latencies_ms)

    def summary(self) -> dict[str, Any]:
        ok = self.requests - sum(self.errors.values())
        return {
            "clients": self.clients,
            "seconds": round(self.seconds, 2),
            "requests": self.requests,
            "errors": sum(self.errors.values()),
            "errors_by_status": dict(self.errors),
            "ok_per_s": round(ok / self.seconds, 2) if self.seconds > 0 else 0.0,
            "latency_ms": percentiles(self.latencies_ms),
        }


def one_client(base: str, calls: Sequence[Call], before_each: Callable[[int], object] | None = None) -> LoadResult:
    """Each call once, in order, from one keep-alive connection.

    `before_each(i)` runs untimed before call i: the bench times its floor there,
    so floor and HTTP latencies see the same machine load.
    """
    result = LoadResult(clients=1, seconds=0.0)
    started = time.perf_counter()
    with requests.Session() as session:
        for i, call in enumerate(calls):
            if before_each is not None:
                before_each(i)
            _timed_call(session, base, call, result)
    result.seconds = time.perf_counter() - started
    return result


def _timed_call(session: requests.Session, base: str, call: Call, result: LoadResult) -> None:
    started = time.perf_counter()
    try:
        status = _send(session, base, call)
    except requests.RequestException as exc:
        status = -1
        result.errors[type(exc).__name__] += 1
    result.latencies_ms.append(1000 * (time.perf_counter() - started))
    if status not in (200, -1):
        result.errors[str(status)] += 1


def many_clients(base: str, calls: Sequence[Call], clients: int, seconds: float) -> LoadResult:
    """`clients` threads, each with its own session, sending back-to-back until `seconds` have passed.

    The calls are handed out in turn from one shared cycle, so no client repeats
    another's recent question. Requests in flight at the deadline finish and count.
    """
    result = LoadResult(clients=clients, seconds=0.0)
    lock = threading.Lock()
    order: Iterator[Call] = itertools.cycle(calls)
    deadline = time.perf_counter() + seconds

    def client() -> None:
        local = LoadResult(clients=1, seconds=0.0)
        with requests.Session() as session:
            while time.perf_counter() < deadline:
                with lock:
                    call = next(order)
                _timed_call(session, base, call, local)
        with lock:
            result.latencies_ms.extend(local.latencies_ms)
            result.errors.update(local.errors)

    started = time.perf_counter()
    threads = [threading.Thread(target=client, name=f"bench-client-{i}") for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result.seconds = time.perf_counter() - started
    return result


class RssSampler:
    """Samples a process's RSS in the background; `peak_mb` is the largest seen."""

    def __init__(self, pid: int, every_s: float = 0.25) -> None:
        self.pid = pid
        self.every_s = every_s
        self.peak_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="bench-rss", daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak_mb = max(self.peak_mb, rss_mb(self.pid))
            self._stop.wait(self.every_s)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
