"""Benchmarks on the seed corpus: build throughput and query latency.

Figures are printed and saved (JSON + Markdown); nothing here asserts on time,
because machines are noisy. The floor for every latency is one bare query
embedding with the same model, so each latency is also given as a ratio to it.
"""

from __future__ import annotations

import json
import resource
import shutil
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

from qa.config import Settings
from qa.service import Service, build, make_embedder

QUERIES = [
    "光谷科技创新大走廊到2025年研发经费占比目标是多少？",
    "光谷科技創新大走廊到2025年研發經費佔比目標是多少？",
    "哪个天使基金为大走廊提供科创天使投资？",
    "鄂州累计建成多少家省市级创新平台？",
    "武汉市2021年技术合同成交额目标是多少？",
    "湖北实验室有几个？",
    "咸寧橫溝科學城的建設時間是什麼？",
    "Which angel fund supports the Optics Valley corridor?",
    "李春洋是谁？",
    "六个强化是什么？",
]


def _timed(func: Callable[[], Any], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        started = time.perf_counter()
        func()
        out.append(1000 * (time.perf_counter() - started))
    return out


def _pct(values: list[float]) -> dict[str, float]:
    return {"p50": float(np.percentile(values, 50)), "p95": float(np.percentile(values, 95))}


def run(settings: Settings, repeat: int = 5) -> dict[str, Any]:
    """Cold build (model load included) and incremental rebuild into a scratch index, then latencies."""
    scratch = Path(tempfile.mkdtemp(prefix="qa-bench-"))
    try:
        local = settings.with_(index_dir=scratch / "index")
        started = time.perf_counter()
        embedder = make_embedder(local)
        _, cold = build(local, embedder)
        cold_s = time.perf_counter() - started
        _, warm = build(local, embedder)
        svc = Service.load(local, embedder)
        embed = [t for q in QUERIES for t in _timed(partial(embedder.embed_query, q), repeat)]
        search = [t for q in QUERIES for t in _timed(partial(svc.retriever.search, q, 5), repeat)]
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    floor = _pct(embed)["p50"]
    hits = _pct(search)
    return {
        "chunks": cold.chunks,
        "cold_build_s (model load included)": round(cold_s, 2),
        "cold_build_chunks_per_s": round(cold.chunks / cold_s, 1),
        "incremental_rebuild_s": round(warm.seconds, 2),
        "query_embedding_ms": {k: round(v, 2) for k, v in _pct(embed).items()},
        "query_to_hits_ms": {k: round(v, 2) for k, v in hits.items()},
        "query_to_hits_p50_over_embedding": round(hits["p50"] / floor, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def to_markdown(report: dict[str, Any]) -> str:
    lines = ["| measure | value |", "|---|---|"]
    for key, value in report.items():
        shown = ", ".join(f"{k} {v}" for k, v in value.items()) if isinstance(value, dict) else value
        lines.append(f"| {key} | {shown} |")
    return "\n".join(lines) + "\n"


def save(report: dict[str, Any], folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%dT%H%M%S")
    (folder / f"bench-{stamp}.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    path = folder / f"bench-{stamp}.md"
    path.write_text(to_markdown(report), encoding="utf-8")
    return path
