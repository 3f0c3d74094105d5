"""The evaluation's question set and scoring rules: one question's answer and hits in, plain numbers out.

Every rule is a small pure function so the tests can pin it down, and so the
service, the ablation variants and the LangChain baseline are all scored by
exactly the same code. A question's figures are a dict of named 0–1 values
that exist only where the metric applies (retrieval and answer metrics for
answerable questions, the refusal rate for unanswerable ones); aggregating a
group of questions is then just a mean per name.
"""

from __future__ import annotations

import math
import re
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath

import numpy as np
import yaml

from qa.answer import Answer
from qa.ingest import is_han, to_simplified

KS = (1, 3, 5)
_MARKER = re.compile(r"\[\d+\]")
#: CMRC 2018's punctuation list plus the usual ASCII and full-width marks; "." is handled apart (decimals).
_PUNCT = frozenset("-:_*^/\\~`+=，。：？！“”；‘’《》…·、「」『』（）－～【】〔〕,!?;'\"()[]{}<>—|")
_STRAY_DOT = re.compile(r"(?<!\d)\.|\.(?!\d)")
_WORD = re.compile(r"[a-z0-9]+(?:\.[0-9]+)*|[^\sa-z0-9]")


@dataclass(frozen=True)
class Gold:
    doc: str  # source file name
    section: str  # section path ("A > B"), "" = text before the first heading


@dataclass(frozen=True)
class EvalQuestion:
    id: str
    question: str
    lang: str
    qtype: str
    answerable: bool
    gold: tuple[Gold, ...]
    facts: tuple[tuple[str, ...], ...]  # every fact must appear; any variant of a fact will do
    short_answer: str | None = None

    @property
    def references(self) -> tuple[str, ...]:
        """What a short answer is compared with: the given short answer, else every fact variant."""
        return (self.short_answer,) if self.short_answer else tuple(v for fact in self.facts for v in fact)


@dataclass(frozen=True)
class Scored:
    """One question's outcome; `values` holds only the metrics that apply to it."""

    id: str
    qtype: str
    lang: str
    answerable: bool
    refused: bool
    latency_ms: float
    values: dict[str, float]
    answer: str = ""
    missing: tuple[str, ...] = field(default_factory=tuple)  # first variant of each fact not found


# --- the question set -------------------------------------------------------------------


def load_questions(path: Path) -> list[EvalQuestion]:
    """Read the question YAML (format in eval/README.md), naming the item when one is malformed."""
    items = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("questions") or []
    out = []
    for n, item in enumerate(items, 1):
        try:
            out.append(
                EvalQuestion(
                    id=str(item["id"]),
                    question=str(item["question"]),
                    lang=str(item["lang"]),
                    qtype=str(item["type"]),
                    answerable=bool(item["answerable"]),
                    gold=tuple(Gold(str(g["doc"]), str(g.get("section") or "")) for g in item.get("gold") or []),
                    facts=tuple(tuple(str(v) for v in fact) for fact in item.get("facts") or []),
                    short_answer=str(item["short_answer"]) if item.get("short_answer") else None,
                )
            )
        except (KeyError, TypeError) as exc:
            raise ValueError(f"{path}: question #{n} ({item!r:.60}) is malformed: missing or bad {exc}") from exc
        if out[-1].answerable and not out[-1].gold:
            raise ValueError(f"{path}: answerable question {out[-1].id} has no gold document")
    return out


def spread(questions: Sequence[EvalQuestion], limit: int | None) -> list[EvalQuestion]:
    """`limit` questions evenly spaced through the set (it is ordered by document), for quick runs."""
    if limit is None or limit >= len(questions):
        return list(questions)
    return [questions[i * len(questions) // limit] for i in range(limit)]


# --- text rules ---------------------------------------------------------------------------


def strip_markers(text: str) -> str:
    return _MARKER.sub("", text)


def normalise(text: str) -> str:
    """Simplified, without [n] markers, whitespace or case: a fact matches whatever script it is shown in."""
    return re.sub(r"\s+", "", to_simplified(strip_markers(text))).casefold()


def missing_facts(text: str, facts: Iterable[Sequence[str]]) -> list[str]:
    """First variant of each fact none of whose variants occurs in `text`."""
    norm = normalise(text)
    return [fact[0] for fact in facts if fact and not any(normalise(v) in norm for v in fact)]


def has_any_fact(text: str, facts: Iterable[Sequence[str]]) -> bool:
    norm = normalise(text)
    return any(normalise(v) in norm for fact in facts for v in fact)


def _clean(text: str, *, keep_space: bool = False) -> str:
    """Simplified, lower-case, without punctuation (a decimal point stays) and, unless kept, without space."""
    text = _STRAY_DOT.sub("", to_simplified(text).lower().strip())
    return "".join(ch for ch in text if ch not in _PUNCT and (keep_space or not ch.isspace()))


def tokens(text: str) -> list[str]:
    """CMRC 2018 mixed segmentation: each Han character is a token, Latin/number runs are words."""
    out: list[str] = []
    run = ""
    for ch in _clean(text, keep_space=True):
        if is_han(ch):
            out.extend(_WORD.findall(run))
            run = ""
            out.append(ch)
        else:
            run += ch
    out.extend(_WORD.findall(run))
    return out


def _longest_common_run(a: Sequence[str], b: Sequence[str]) -> int:
    best = 0
    row = [0] * (len(b) + 1)
    for x in a:
        prev = 0
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], (prev + 1 if x == y else 0)
            best = max(best, row[j])
    return best


def exact_match(prediction: str, references: Sequence[str]) -> float:
    """1 when the prediction equals a reference after removing punctuation and space (CMRC 2018)."""
    pred = _clean(prediction)
    return float(any(pred == _clean(r) for r in references))


def char_f1(prediction: str, references: Sequence[str]) -> float:
    """CMRC 2018 F1: over the longest common token run, best over the references."""
    pred = tokens(prediction)
    best = 0.0
    for ref in references:
        gold = tokens(ref)
        common = _longest_common_run(gold, pred)
        if common:
            precision, recall = common / len(pred), common / len(gold)
            best = max(best, 2 * precision * recall / (precision + recall))
    return best


# --- retrieval rules ----------------------------------------------------------------------


def section_matches(section: str, gold: str) -> bool:
    """The gold section itself or one of its subsections; "" only matches text before the first heading."""
    if gold == "":
        return section == ""
    return section == gold or section.startswith(gold + " > ")


def same_document(source: str, gold: str) -> bool:
    """Gold documents are named by file; a document is its id (the stem), whatever format it was read from."""
    return PurePath(source).stem == PurePath(gold).stem


def retrieval_values(hits: Sequence[tuple[str, str]], gold: Sequence[Gold]) -> dict[str, float]:
    """Recall@k, MRR and nDCG@5 at document and section level for ranked (source, section) hits.

    Recall@k is the share of gold items (documents, or document sections) found in the top k, so a
    cross-document question needs both documents. nDCG credits each gold item once, at its first hit.
    """
    doc_first = [
        next((r for r, (src, _) in enumerate(hits, 1) if same_document(src, doc)), 0) for doc in {g.doc for g in gold}
    ]
    sec_first = [
        next(
            (r for r, (src, sec) in enumerate(hits, 1) if same_document(src, doc) and section_matches(sec, section)), 0
        )
        for doc, section in {(g.doc, g.section) for g in gold}
    ]
    out: dict[str, float] = {}
    for level, first in (("doc", doc_first), ("sec", sec_first)):
        for k in KS:
            out[f"{level}_recall@{k}"] = sum(1 <= r <= k for r in first) / len(first)
        found = [r for r in first if r]
        out[f"{level}_mrr"] = 1 / min(found) if found else 0.0
        dcg = sum(1 / math.log2(r + 1) for r in first if 1 <= r <= 5)
        ideal = sum(1 / math.log2(i + 1) for i in range(1, min(len(first), 5) + 1))
        out[f"{level}_ndcg@5"] = dcg / ideal
    return out


# --- one question, then groups ------------------------------------------------------------


def score(q: EvalQuestion, answer: Answer, hits: Sequence[tuple[str, str]], latency_ms: float) -> Scored:
    """All metrics of one asked question; `hits` are the ranked (source, section) of its top chunks."""
    refused = not answer.answerable
    if not q.answerable:
        values = {"refusal_rate_unanswerable": float(refused)}
        return Scored(q.id, q.qtype, q.lang, False, refused, latency_ms, values, strip_markers(answer.answer))
    text = "" if refused else strip_markers(answer.answer)
    missing = tuple(missing_facts(text, q.facts)) if not refused else tuple(f[0] for f in q.facts if f)
    prediction = "" if refused else (answer.short_answer or text)
    first = answer.citations[0] if answer.citations and not refused else None
    values = {
        "fact_accuracy": float(not refused and not missing),
        "short_em": exact_match(prediction, q.references) if prediction else 0.0,
        "short_f1": char_f1(prediction, q.references) if prediction else 0.0,
        "cite_gold_doc": float(first is not None and any(same_document(first.source, g.doc) for g in q.gold)),
        "cite_quote_fact": float(first is not None and has_any_fact(first.quote, q.facts)),
        "cite_gold_section": float(
            first is not None
            and any(same_document(first.source, g.doc) and section_matches(first.section, g.section) for g in q.gold)
        ),
        "false_refusal_rate": float(refused),
    } | retrieval_values(hits, q.gold)
    if not refused:
        values["answer_chars"] = float(len(text.strip()))
    return Scored(q.id, q.qtype, q.lang, True, refused, latency_ms, values, strip_markers(answer.answer), missing)


def summarise(records: Sequence[Scored]) -> dict[str, float | None]:
    """Means of every per-question metric, plus answer-length median and latency percentiles."""
    names = dict.fromkeys(name for r in records for name in r.values)
    out: dict[str, float | None] = {
        "questions": float(len(records)),
        "answerable": float(sum(r.answerable for r in records)),
    }
    for name in names:
        values = [r.values[name] for r in records if name in r.values]
        out[name] = statistics.fmean(values)
    lengths = [r.values["answer_chars"] for r in records if "answer_chars" in r.values]
    out["answer_chars_median"] = statistics.median(lengths) if lengths else None
    latencies = [r.latency_ms for r in records]
    out["latency_p50_ms"] = float(np.percentile(latencies, 50)) if latencies else None
    out["latency_p95_ms"] = float(np.percentile(latencies, 95)) if latencies else None
    return out


def breakdown(records: Sequence[Scored], key: str) -> dict[str, dict[str, float | None]]:
    """`summarise` per question type (`key="qtype"`) or per language (`key="lang"`)."""
    groups: dict[str, list[Scored]] = {}
    for r in records:
        groups.setdefault(getattr(r, key), []).append(r)
    return {name: summarise(group) for name, group in sorted(groups.items())}


def gate_failures(summary: dict[str, float | None], gate: dict[str, dict[str, float]]) -> list[str]:
    """One message per headline metric below its `min` (or above its `max`) threshold."""
    failures = []
    for bound, limits in gate.items():
        if bound not in ("min", "max"):
            raise ValueError(f"gate section {bound!r} is neither 'min' nor 'max'")
        for name, limit in limits.items():
            value = summary.get(name)
            if value is None:
                failures.append(f"{name}: not measured (no questions of that kind), {bound} is {limit:.3f}")
            elif (bound == "min" and value < limit) or (bound == "max" and value > limit):
                word = "below the minimum" if bound == "min" else "above the maximum"
                failures.append(f"{name}: {value:.3f} is {word} {limit:.3f}")
    return failures


def load_gate(path: Path) -> dict[str, dict[str, float]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {bound: {str(k): float(v) for k, v in (data.get(bound) or {}).items()} for bound in ("min", "max")}
