"""Build throughput over bare embedding on the 300 public passages, with the code on PYTHONPATH (a worktree of an
older commit needs ../shared beside it). usage: PYTHONPATH=CHECKOUT .venv/bin/python experiments/2026-12-07-s48/build_ab.py LABEL"""
import sys, tempfile
from pathlib import Path
from qa.config import Settings
from qa.bench.runner import _build
from qa.bench import runner
s = Settings.from_env()
scratch = Path(tempfile.mkdtemp())
from qa.bench.runner import external_data
data_dir = external_data(s)
public = runner.public_corpus(data_dir, scratch / "public-corpus", 300)
local = s.with_(corpus_dir=public, index_dir=scratch / "index-public")
r = _build(local, 3)
print(sys.argv[1], r["cold_chunks_per_s"], r["bare_embedding_chunks_per_s"], r["build_over_bare_embedding"], r["build_over_bare_embedding_each_round"])
