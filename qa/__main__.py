"""The `qa` command (and `python -m qa`): a launcher that stops cleanly from its first instant.

`qa serve` spends about half a second importing the service (numpy, onnxruntime, Flask…)
before `qa.cli` can install its handlers; a SIGTERM or SIGINT then (a service manager
stopping a unit it has just started) would end it with status -15. Nothing is in flight
yet, so here a stop signal before loading is a clean exit 0; `qa serve` takes over with
its own handlers while loading (`qa.web.serving.stopping_while_loading`) and serving.
"""

from __future__ import annotations

import signal
import sys


def _exit_0(signum: int, frame: object) -> None:
    raise SystemExit(0)


def main() -> None:
    if sys.argv[1:2] == ["serve"]:
        for stop in (signal.SIGINT, signal.SIGTERM):  # SIGTERM last: tests wait for it to be handled
            signal.signal(stop, _exit_0)
    from qa.cli import main as cli

    cli()


if __name__ == "__main__":
    main()
