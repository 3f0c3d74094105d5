"""The evaluation report: what one run measured (`EvalReport`), as JSON, Markdown and a chart.

`qa.evaluation.evaluate` measures and fills an `EvalReport`; this module holds and presents it.
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from qa.evaluation.metrics import Scored, breakdown, summarise

TOP_K = 5
Summary = dict[str, float | None]


@dataclass(frozen=True)
class AblationRow:
    variant: str
    chunks: int
    summary: Summary


@dataclass
class EvalReport:
    """Everything one run measured; `to_dict` is the JSON report."""

    created: str
    questions_file: str
    model: str
    chunks: int
    service: list[Scored]
    baseline: list[Scored]
    ablation: list[AblationRow] = field(default_factory=list)
    seconds: float = 0.0
    gate: list[str] = field(default_factory=list)
    gate_file: str | None = None
    top_k: int = TOP_K

    def systems(self) -> dict[str, list[Scored]]:
        return {"service": self.service, "baseline": self.baseline}

    def to_dict(self) -> dict[str, Any]:
        return {
            "created": self.created,
            "questions_file": self.questions_file,
            "model": self.model,
            "chunks": self.chunks,
            "seconds": round(self.seconds, 1),
            "systems": {
                name: {
                    "summary": summarise(recs),
                    "by_type": breakdown(recs, "qtype"),
                    "by_lang": breakdown(recs, "lang"),
                }
                for name, recs in self.systems().items()
            },
            "ablation": [asdict(row) for row in self.ablation],
            "gate": {"file": self.gate_file, "failures": self.gate},
            "questions": {name: [asdict(r) for r in recs] for name, recs in self.systems().items()},
        }


LANGS = ("zh-Hans", "zh-Hant", "en")
#: (metric, label, unit) of the headline table, in reading order.
HEADLINE: tuple[tuple[str, str, str], ...] = (
    ("fact_accuracy", "answer contains every expected fact", "%"),
    ("short_em", "short answer exact match", "%"),
    ("short_f1", "short answer character F1", "%"),
    ("answer_chars_median", "answer length, median characters", "n"),
    ("answer_chars", "answer length, mean characters", "n"),
    ("cite_gold_doc", "first citation from a gold document", "%"),
    ("cite_quote_fact", "first citation's quote contains a fact", "%"),
    ("cite_gold_section", "first citation from the gold section", "%"),
    ("refusal_rate_unanswerable", "refusal rate, unanswerable questions", "%"),
    ("false_refusal_rate", "false-refusal rate, answerable questions", "%"),
    *((f"{lv}_{m}", f"{name} {m.replace('_', ' ')}", "%") for lv, name in (("doc", "document"), ("sec", "section"))
      for m in ("recall@1", "recall@3", "recall@5", "mrr", "ndcg@5")),
    ("latency_p50_ms", "latency p50 (ms)", "n"),
    ("latency_p95_ms", "latency p95 (ms)", "n"),
)  # fmt: skip
GROUP_COLUMNS = (
    ("fact_accuracy", "facts"), ("short_f1", "F1"), ("cite_gold_doc", "cite doc"), ("cite_quote_fact", "quote fact"),
    ("cite_gold_section", "cite sec"), ("refusal_rate_unanswerable", "refuses unans."),
    ("false_refusal_rate", "false refusals"), ("doc_recall@5", "doc R@5"), ("sec_recall@5", "sec R@5"),
)  # fmt: skip
ABLATION_COLUMNS = (
    ("doc_recall@1", "doc R@1"), ("doc_recall@5", "doc R@5"), ("sec_recall@1", "sec R@1"),
    ("sec_recall@5", "sec R@5"), ("fact_accuracy", "facts"), ("false_refusal_rate", "false refusals"),
    ("refusal_rate_unanswerable", "refuses unans."),
)  # fmt: skip


def _fmt(value: float | None, unit: str = "%") -> str:
    if value is None:
        return "–"
    return f"{100 * value:.1f}" if unit == "%" else f"{value:.0f}"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return lines + ["| " + " | ".join(row) + " |" for row in rows]


def _group_table(report: EvalReport, key: str) -> list[str]:
    service, baseline = breakdown(report.service, key), breakdown(report.baseline, key)
    names = sorted(service, key=lambda n: LANGS.index(n) if n in LANGS else 0) if key == "lang" else sorted(service)
    rows = [
        [name, f"{service[name]['questions']:.0f}"]
        + [_fmt(service[name].get(metric)) for metric, _ in GROUP_COLUMNS]
        + [_fmt(service[name].get("latency_p50_ms"), "n"), _fmt(baseline[name].get("fact_accuracy"))]
        for name in names
    ]
    header = [key.replace("qtype", "type"), "n", *(label for _, label in GROUP_COLUMNS), "p50 ms", "baseline facts"]
    return _table(header, rows)


def to_markdown(report: EvalReport, chart: str | None = None, *, misses: bool = True) -> str:
    """The human report: headline vs baseline, per type and language, ablation, gate, missed questions."""
    service, baseline = summarise(report.service), summarise(report.baseline)
    n, answerable = len(report.service), sum(r.answerable for r in report.service)
    lines = [
        f"# Evaluation {report.created}",
        "",
        f"{n} questions ({answerable} answerable, {n - answerable} unanswerable) from `{report.questions_file}`; "
        f"model `{report.model}`, {report.chunks} chunks, top-{report.top_k}; run took {report.seconds:.0f} s. "
        "Figures are percentages unless marked; retrieval and answer metrics are over answerable questions.",
        "",
        "## This service vs the LangChain-tutorial baseline",
        "",
    ]
    rows = []
    for metric, label, unit in HEADLINE:
        a, b = service.get(metric), baseline.get(metric)
        margin = "–" if a is None or b is None else (f"{100 * (a - b):+.1f}" if unit == "%" else f"{a - b:+.0f}")
        rows.append([label, _fmt(a, unit), _fmt(b, unit), margin])
    lines += _table(["metric", "service", "baseline", "margin"], rows)
    for key, title in (("qtype", "question type"), ("lang", "question language")):
        lines += ["", f"## By {title} (service; last column: baseline fact accuracy)", "", *_group_table(report, key)]
    if report.ablation:
        lines += ["", "## Ablation (the reader on each retrieval variant)", ""]
        header = ["variant", "chunks", *(label for _, label in ABLATION_COLUMNS)]
        body = [
            [r.variant, str(r.chunks), *(_fmt(r.summary.get(m)) for m, _ in ABLATION_COLUMNS)] for r in report.ablation
        ]
        lines += _table(header, body)
        lines.append("\nPlain chunks carry no section path; they are scored by the section at their midpoint.")
    if report.gate_file:
        lines += ["", f"## Gate (`{report.gate_file}`)", ""]
        lines += [f"- FAIL {f}" for f in report.gate] or ["All thresholds met."]
    if chart:
        lines += ["", f"![fact accuracy by type and latency]({chart})"]
    missed = [
        r
        for r in report.service
        if r.values.get("fact_accuracy") == 0.0 or r.values.get("refusal_rate_unanswerable") == 0.0
    ]
    if misses and missed:
        lines += ["", "## Questions the service gets wrong", ""]
        rows = [
            [
                r.id,
                r.qtype,
                r.lang,
                "refused" if r.refused else "; ".join(r.missing) or "(should refuse)",
                r.answer[:70].replace("|", "/"),
            ]
            for r in missed
        ]
        lines += _table(["id", "type", "lang", "missing facts", "answer (start)"], rows)
    return "\n".join(lines) + "\n"


def draw_chart(report: EvalReport, path: Path) -> None:
    """Fact accuracy per question type (service vs baseline) and the service's latency distribution."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    service, baseline = breakdown(report.service, "qtype"), breakdown(report.baseline, "qtype")
    types = [t for t in sorted(service) if service[t].get("fact_accuracy") is not None]
    fig, (left, right) = plt.subplots(1, 2, figsize=(13, 4.5), gridspec_kw={"width_ratios": [2, 1]})
    xs = range(len(types))
    for offset, (name, groups) in zip((-0.2, 0.2), (("service", service), ("baseline", baseline)), strict=True):
        left.bar(
            [x + offset for x in xs], [100 * (groups[t].get("fact_accuracy") or 0) for t in types], 0.4, label=name
        )
    left.set_xticks(list(xs), types, rotation=30, ha="right")
    left.set_ylabel("answers containing every fact (%)")
    left.set_ylim(0, 100)
    left.legend()
    left.set_title("Fact accuracy by question type")
    latencies = [r.latency_ms for r in report.service]
    low, high = max(min(latencies), 0.1), max(max(latencies), 0.2)
    right.hist(latencies, bins=np.geomspace(low, high, 30), color="tab:blue")
    right.set_xscale("log")  # most answers take tens of ms, English ones hundreds
    for q, style in ((50, "--"), (95, ":")):
        value = summarise(report.service)[f"latency_p{q}_ms"] or 0.0
        right.axvline(value, color="black", linestyle=style, label=f"p{q} {value:.0f} ms")
    right.set_xlabel("ask latency (ms, log scale)")
    right.legend()
    right.set_title("Service latency")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def write(report: EvalReport, out: Path) -> Path:
    """`<time>.json`, `<time>.md`, `<time>.png`, and copies as `latest.json` / `latest.md`."""
    out.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%dT%H%M%S")
    draw_chart(report, out / f"{stamp}.png")
    (out / f"{stamp}.json").write_text(json.dumps(report.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
    (out / f"{stamp}.md").write_text(to_markdown(report, f"{stamp}.png"), encoding="utf-8")
    for suffix in ("json", "md"):
        shutil.copyfile(out / f"{stamp}.{suffix}", out / f"latest.{suffix}")
    return out / f"{stamp}.md"
