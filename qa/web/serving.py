"""waitress, with a clean stop: SIGTERM or SIGINT lets the requests in flight finish.

waitress's own `serve()` dies on SIGTERM (status -15, responses cut) and on SIGINT
shuts its worker threads without flushing what they were writing. Here the main
loop is ours: on a stop signal the listening socket closes (new connections are
refused at once), the requests already received are answered and their responses
flushed for at most `grace_s` seconds, then `run()` returns and the process exits 0.
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from waitress import wasyncore
from waitress.channel import HTTPChannel
from waitress.server import create_server

log = logging.getLogger(__name__)

#: How often the loop looks at the stop flag (a signal only sets it; select() is not interrupted by it).
_TICK_S = 0.2


@contextmanager
def stopping_while_loading() -> Iterator[None]:
    """While `qa serve` loads its index and models, SIGTERM and SIGINT exit 0 at once: nothing is in flight, and
    a service manager stopping it during start-up should see a clean stop, not status -15. If loading fails, the
    previous handlers come back; once it succeeds the server installs its own (`GracefulServer.stop`)."""
    previous = {s: signal.signal(s, _exit_0) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    except BaseException:
        for stop, handler in previous.items():
            signal.signal(stop, handler)
        raise


def _exit_0(signum: int, frame: object) -> None:
    raise SystemExit(0)


class GracefulServer:
    """One waitress server on `host:port`; `stop()` (the signal handler) asks it to finish and return."""

    def __init__(self, app: Any, *, host: str, port: int, threads: int, grace_s: float = 10.0) -> None:
        self.server: Any = create_server(app, host=host, port=port, threads=threads)
        self.grace_s = grace_s
        self._stopping = threading.Event()

    @property
    def port(self) -> int:
        return int(self.server.effective_port)

    def stop(self, signum: int | None = None, frame: object = None) -> None:
        self._stopping.set()

    def in_flight(self) -> int:
        """Connections with a request being answered or a response not yet sent."""
        return sum(
            1
            for channel in list(self.server._map.values())
            if isinstance(channel, HTTPChannel) and (channel.requests or channel.total_outbufs_len)
        )

    def run(self) -> None:
        map_ = self.server._map
        use_poll = self.server.adj.asyncore_use_poll
        while not self._stopping.is_set():
            wasyncore.loop(timeout=_TICK_S, map=map_, use_poll=use_poll, count=1)
        wasyncore.dispatcher.close(self.server)  # the listening socket only: the wake-up trigger stays
        settle = time.monotonic() + _TICK_S  # read requests already sent on accepted connections
        while time.monotonic() < settle:
            wasyncore.loop(timeout=0.02, map=map_, use_poll=use_poll, count=1)
        waiting = self.in_flight()
        log.info("stopping: no new connections; finishing %d request(s)", waiting)
        deadline = time.monotonic() + self.grace_s
        while self.in_flight() and time.monotonic() < deadline:
            wasyncore.loop(timeout=0.05, map=map_, use_poll=use_poll, count=1)
        if self.in_flight():
            log.warning("stopped with %d request(s) unfinished after %.0f s", self.in_flight(), self.grace_s)
        self.server.task_dispatcher.shutdown(cancel_pending=True, timeout=1)
        wasyncore.close_all(map_)
        log.info("stopped")
