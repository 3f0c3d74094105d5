"""The benchmark's targets (measured, never asserted) and its printed/saved forms (Markdown and JSON)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from qa.bench.ann import RECALL_TARGET
from qa.bench.scale import MILVUS_SEARCH_P95_TARGET_MS, READY_TARGET_CHUNKS, RSS_TARGET_MB, SEARCH_P95_TARGET_MS

#: × one bare query embedding. The learned reader reads ~3 chunks in int8 per answer (issue 12's budget;
#: the rule-based answerer before it was held to 2× / 4×).
ASK_P50_TARGET, ASK_P95_TARGET = 6.0, 12.0
ANSWERS_PER_S_TARGET, ANSWERS_CLIENTS = 40.0, 32
RSS_GROWTH_TARGET = 0.10
SERVER_RSS_TARGET_MB = 1200.0  # embedder + reader + the seed corpus's index, serving
READY_TARGET_S = 10.0
#: Start-up over a larger index: ≤ 5 s up to `READY_TARGET_CHUNKS` (beyond that the figure is shown, not judged).
READY_AT_SCALE_TARGET_S = 5.0
#: Issue 13: a build may cost at most a quarter more than embedding its chunks.
BUILD_OVER_BARE_TARGET = 0.8
#: Issue 13: 10,000 chunks indexed in at most 3 minutes on 2 cores.
TEN_THOUSAND, TEN_THOUSAND_TARGET_MIN = 10_000, 3.0


def _row(target: str, measured: str, met: bool | None) -> dict[str, Any]:
    return {"target": target, "measured": measured, "met": met}


def _http_targets(report: dict[str, Any]) -> Iterator[dict[str, Any]]:
    floor = report["floor"]["query_embedding_ms"]["p50"]
    ask = report["http_single_client"]["ask"]["latency_ms"]
    for name, limit in (("p50", ASK_P50_TARGET), ("p95", ASK_P95_TARGET)):
        ratio = ask[name] / floor
        yield _row(
            f"/api/ask {name} ≤ {limit:g}× one query embedding (1 client)",
            f"{ask[name]:.1f} ms = {ratio:.2f}× {floor:.1f} ms",
            ratio <= limit,
        )
    for row in report["http_many_clients (/api/ask)"]:
        if row["clients"] == ANSWERS_CLIENTS:
            yield _row(
                f"≥ {ANSWERS_PER_S_TARGET:g} answers/s, 0 errors with {ANSWERS_CLIENTS} clients",
                f"{row['ok_per_s']:.1f}/s, {row['errors']} errors of {row['requests']}, "
                f"p95 {row['latency_ms']['p95']} ms",
                row["ok_per_s"] >= ANSWERS_PER_S_TARGET and row["errors"] == 0,
            )
    load = report["load (/api/ask)"]["run"]
    rss = report["load (/api/ask)"]["server_rss"]
    yield _row(
        f"{load['clients']} clients for {load['seconds']:.0f} s: 0 errors",
        f"{load['errors']} errors of {load['requests']} ({load['ok_per_s']:.1f} answers/s)",
        load["errors"] == 0,
    )
    growth = rss["growth"]
    yield _row(
        f"{load['clients']} clients: server RSS growth ≤ {RSS_GROWTH_TARGET:.0%} after warm-up",
        f"{growth:+.1%} ({rss['after_warm_up_mb']:.0f} → {rss['end_mb']:.0f} MB)",
        growth <= RSS_GROWTH_TARGET,
    )
    peak = report["memory"]["server_peak_rss_mb"]
    yield _row(
        f"server RSS ≤ {SERVER_RSS_TARGET_MB / 1000:g} GB on the seed corpus (peak, under load)",
        f"{peak:.0f} MB",
        peak <= SERVER_RSS_TARGET_MB,
    )
    ready = report["server"]["ready_s"]
    yield _row(f"`qa serve` start to ready ≤ {READY_TARGET_S:g} s", f"{ready:.1f} s", ready <= READY_TARGET_S)


def _build_targets(report: dict[str, Any]) -> Iterator[dict[str, Any]]:
    corpora = {"build": "the seed corpus", "build_public": "DRCD + CMRC passages"}
    for key, corpus in corpora.items():
        if key not in report:
            continue
        build = report[key]
        ratio = build["build_over_bare_embedding"]
        size = f"{build['documents']} documents, " if "documents" in build else ""
        yield _row(
            f"build throughput ≥ {BUILD_OVER_BARE_TARGET:.0%} of bare int8 passage embedding (same chunks, cold;"
            f" {corpus}, {size}{build['chunks']} chunks)",
            f"{ratio:.0%} ({build['cold_chunks_per_s']:g} vs {build['bare_embedding_chunks_per_s']:g} chunks/s)",
            ratio >= BUILD_OVER_BARE_TARGET,
        )
    if "build_public" in report:
        minutes = TEN_THOUSAND / report["build_public"]["cold_chunks_per_s"] / 60
        yield _row(
            f"{TEN_THOUSAND:,} chunks indexed in ≤ {TEN_THOUSAND_TARGET_MIN:g} min (at the public corpus's cold rate)",
            f"{minutes:.1f} min (extrapolated)",
            minutes <= TEN_THOUSAND_TARGET_MIN,
        )


def best_approximate(scale: dict[str, Any]) -> dict[str, Any] | None:
    """The fastest approximate setting at scale whose recall@10 meets the target, else the most accurate one."""
    recall = scale.get("ann_recall_real_vectors", {}).get("rows")
    if not recall:
        return None
    p95 = {row["index"]: row["search_ms"]["p95"] for row in scale["ann_latency_at_scale"]}
    rows = [{**row, "p95_ms_at_scale": p95.get(row["index"], float("nan"))} for row in recall]
    good = [row for row in rows if row["recall@10"] >= RECALL_TARGET]
    if good:
        return min(good, key=lambda row: row["p95_ms_at_scale"])
    return max(rows, key=lambda row: row["recall@10"])


def _scale_targets(scale: dict[str, Any]) -> Iterator[dict[str, Any]]:
    n = f"{scale['chunks']:,} chunks"
    milvus = scale.get("backend") == "milvus"
    target_ms = MILVUS_SEARCH_P95_TARGET_MS if milvus else SEARCH_P95_TARGET_MS
    n += " (Milvus embedded)" if milvus else ""
    for key, label in (
        ("search_ms (Retriever.search, embedding included)", "embedding included"),
        ("search_ms (Retriever.search, query vector cached)", "query vector cached"),
    ):
        p95 = scale[key]["p95"]
        yield _row(f"{n}: search p95 ≤ {target_ms:g} ms ({label})", f"{p95:.1f} ms", p95 <= target_ms)
    at_target = scale.get("ready_at_target")
    if at_target:
        ready = at_target["ready_s"]
        yield _row(
            f"{at_target['chunks']:,} chunks: `qa serve` start to ready ≤ {READY_AT_SCALE_TARGET_S:g} s",
            f"{ready:.1f} s",
            ready <= READY_AT_SCALE_TARGET_S,
        )
    ready = scale["server_ready_s"]
    judged = scale["chunks"] <= READY_TARGET_CHUNKS
    yield _row(
        f"{n}: `qa serve` start to ready ≤ {READY_AT_SCALE_TARGET_S:g} s (target up to {READY_TARGET_CHUNKS:,})",
        f"{ready:.1f} s",
        ready <= READY_AT_SCALE_TARGET_S if judged else None,
    )
    rss = scale["rss_serving_mb"]
    yield _row(f"{n}: RSS ≤ {RSS_TARGET_MB / 1024:g} GB (model + index)", f"{rss:.0f} MB", rss <= RSS_TARGET_MB)
    best = best_approximate(scale)
    if best is None:
        yield _row(f"approximate index recall@10 ≥ {RECALL_TARGET}", "not measured", None)
    else:
        yield _row(
            f"approximate index recall@10 ≥ {RECALL_TARGET} (real vectors)",
            f"{best['index']}: {best['recall@10']:.4f}, p95 {best['p95_ms_at_scale']} ms at {n}",
            best["recall@10"] >= RECALL_TARGET,
        )


def targets(report: dict[str, Any]) -> list[dict[str, Any]]:
    rows = list(_build_targets(report))
    rows += list(_http_targets(report))
    if "scale" in report:
        rows += list(_scale_targets(report["scale"]))
    return rows


def _cell(value: Any) -> str:
    if isinstance(value, dict | list) and not value:
        return "-"
    if isinstance(value, dict):
        return ", ".join(f"{k} {_cell(v)}" for k, v in value.items())
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _scalar(value: Any) -> bool:
    return not isinstance(value, dict | list) or (
        isinstance(value, list) and not any(isinstance(v, dict | list) for v in value)
    )


def _leafy(value: Any) -> bool:
    """Shown on one row: a scalar, a list of scalars, or a dict of those or of flat dicts (percentiles)."""
    if isinstance(value, dict):
        return all(_scalar(v) or (isinstance(v, dict) and all(map(_scalar, v.values()))) for v in value.values())
    return _scalar(value)


def _flatten(prefix: str, value: Any) -> Iterator[tuple[str, str]]:
    """One row per leaf; lists of dicts (runs, index settings) give one row per item."""
    if isinstance(value, dict) and not _leafy(value):
        for key, inner in value.items():
            yield from _flatten(f"{prefix} › {key}" if prefix else key, inner)
    elif isinstance(value, list) and not _leafy(value):
        for item in value:
            label = item.get("index", item.get("clients", ""))
            rest = {k: v for k, v in item.items() if k not in ("index", "clients")}
            yield f"{prefix} [{label}]", _cell(rest)
    else:
        yield prefix, _cell(value)


def to_markdown(report: dict[str, Any]) -> str:
    lines = ["| target | measured | met |", "|---|---|---|"]
    for row in report.get("targets", []):
        met = {True: "yes", False: "**no**", None: "-"}[row["met"]]
        lines.append(f"| {row['target']} | {row['measured']} | {met} |")
    lines += ["", "| measure | value |", "|---|---|"]
    for section, value in report.items():
        if section != "targets":
            lines += [f"| {key} | {shown} |" for key, shown in _flatten(section, value)]
    return "\n".join(lines) + "\n"


def save(report: dict[str, Any], folder: Path) -> Path:
    """`bench-<time>.json` and `.md` side by side; returns the Markdown path."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%dT%H%M%S")
    (folder / f"bench-{stamp}.json").write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    path = folder / f"bench-{stamp}.md"
    path.write_text(to_markdown(report), encoding="utf-8")
    return path
