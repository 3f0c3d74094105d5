"""Benchmarks (`make bench`): a settings object in, measured figures against the targets out.

Build and HTTP latency/throughput (`runner`, `loadgen`), approximate search (`ann`), the scale run
(`scale`) and the printed/saved report (`report`). Nothing here asserts on time.
"""

from qa.bench.report import save, to_markdown
from qa.bench.runner import Options, run

__all__ = ["Options", "run", "save", "to_markdown"]
