"""Measure the reader on the held-out dev articles and fit its refusal threshold there.

Runs the int8 ONNX graph the product serves (exported here exactly as `make model`
exports it), so the calibration holds for what users get:

* given the passage: CMRC-metric EM / F1 of the predicted span;
* open retrieval, answerable: the question against its own passage and the two
  passages BM25 ranks next (the service reads the top retrieved chunks);
* open retrieval, unanswerable: the question against the three best passages once
  its own is removed, and questions perturbed so their passage no longer answers.

Before any of it, the token-edge `Boundaries` are counted on the training articles' gold answers
(`qa.training.boundaries`), so every dev figure is of spans as served.

P(answerable) is a logistic fit of the reader's margin (best span score minus the
no-answer score) on those dev questions; the threshold is the confidence below
which `--max-false-refusals` of the answerable dev questions fall.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from qa.answer.reader import (
    ONNX_FILE,
    WEIGHTS_DIR,
    Calibration,
    Card,
    OnnxLogits,
    Reader,
    Reading,
    SpanChoice,
    export_onnx,
    load_tokenizer,
)
from qa.config import ROOT
from qa.evaluation import char_f1, exact_match
from qa.ingest import lexicon
from qa.search import keyword_side
from qa.training import boundaries, data
from qa.training.card import model_card
from qa.training.codeswitch import CodeSwitch, romanised
from qa.training.train import DEFAULT_DATA

#: One candidate span as the calibration replays it: margin, choice features, F1 against the gold answer.
Scored = tuple[float, tuple[float, float], float]

#: Share of answerable dev questions the threshold may refuse: the issue allows 3%; 2.5% leaves a margin.
MAX_FALSE_REFUSALS = 0.025
#: F1 points (open retrieval, dev) the early exit may cost: half a point, below the noise of a 666-question split.
MAX_EARLY_EXIT_LOSS = 0.5
#: Points of refused unanswerable dev questions that reading the 4th and 5th passages may cost: the same half point.
MAX_DEEPER_LOSS = 0.5

#: An unanswerable dev question as `choose_deeper` replays it: kind, the best passages' margin, the next ones'.
Lower = tuple[str, float | None, float | None]
#: An answerable dev question whose passage is ranked 4th: the best three's margin, the next two's, their span's F1.
Fourth = tuple[float | None, float | None, float]


def _fit(margins: Sequence[float], labels: Sequence[int]) -> tuple[float, float]:
    from sklearn.linear_model import LogisticRegression

    fit = LogisticRegression(C=1e4).fit(np.asarray(margins, dtype=np.float64)[:, None], np.asarray(labels))
    return float(fit.coef_[0][0]), float(fit.intercept_[0])


def evaluate(
    reader: Reader, questions: Sequence[data.Question], search: data.PassageSearch, seed: int = 0
) -> dict[str, Any]:
    """Dev figures and the margins the calibration is fitted on."""
    from tqdm import tqdm

    rng = random.Random(seed)
    names = data.name_pool(questions)
    english = CodeSwitch()
    _, glossary = keyword_side(sorted({q.context for q in questions}), True)  # as an index of these passages
    em, f1, pos, neg, kinds = [], [], [], [], []
    opened: list[list[list[Scored]]] = []
    lower: list[Lower] = []
    fourth: list[Fourth] = []
    en: dict[str, list[tuple[float, float]]] = {"code-switched": [], "romanised": [], "rendered": []}
    for q in tqdm(questions, desc="dev", unit="question"):
        given = reader.read(q.question, [q.context])
        pred = q.context[given.start : given.end] if given else ""
        em.append(exact_match(pred, [q.answer]))
        f1.append(char_f1(pred, [q.answer]))
        switched = english(q.question, rng)
        named = romanised(switched)
        rendered = glossary.render(named, q.context)
        for kind, asked in (("code-switched", switched), ("romanised", named), ("rendered", rendered)):
            if (read := reader.read(asked, [q.context])) is not None:
                en[kind].append((read.margin, char_f1(q.context[read.start : read.end], [q.answer])))
        # Open retrieval as served, each passage read alone so any early-exit level can be replayed
        # (`choose_stop`).
        shown, others = _shown(q, search)
        per_passage = [
            [(c.margin, c.features, char_f1(p[c.start : c.end], [q.answer])) for c in found]
            for p, found in ((p, reader.candidates(q.question, [p])) for p in shown)
        ]
        if any(per_passage):
            pos.append(max(m for found in per_passage for m, _, _ in found))
            opened.append(per_passage)
        away = reader.read(q.question, others)
        if away is not None:
            neg.append(away.margin)
            kinds.append("retrieved")
        # The passages ranked 4th and 5th, read when the best three are refused (`choose_deeper`): those
        # of an unanswerable question, and the question's own passage ranked 4th behind three that lack it.
        further = _further(q, search, others)
        lower.append(("retrieved", _margin(away), _margin(reader.read(q.question, further))))
        low = [q.context, *further[:1]]
        own = reader.read(q.question, low)
        said = low[own.passage][own.start : own.end] if own else ""
        fourth.append((_margin(away), _margin(own), char_f1(said, [q.answer]) if own else 0.0))
        changed = data.perturb(q, rng, names)
        if changed is not None:
            wrong = reader.read(changed, [q.context])
            if wrong is not None:
                neg.append(wrong.margin)
                kinds.append("perturbed")
            lower.append(("perturbed", _margin(wrong), _margin(reader.read(changed, [*others[2:], *further][:2]))))
    return {
        "em": em,
        "f1": f1,
        "pos": pos,
        "neg": neg,
        "kinds": kinds,
        "opened": opened,
        "english": en,
        "lower": lower,
        "fourth": fourth,
    }


def _margin(reading: Reading | None) -> float | None:
    return reading.margin if reading is not None else None


def _further(q: data.Question, search: data.PassageSearch, others: Sequence[str]) -> list[str]:
    """The next two passages BM25 ranks after `others` that lack the answer (the service retrieves five)."""
    top = [search.passages[i] for i in search.top(q.question, 8)]
    return [p for p in top if p != q.context and q.answer not in p and p not in others][:2]


def _shown(q: data.Question, search: data.PassageSearch) -> tuple[list[str], list[str]]:
    """The passages open retrieval reads (own passage among two BM25 neighbours, in BM25 order), and
    the best three that lack the answer."""
    top = [search.passages[i] for i in search.top(q.question, 4)]
    others = [p for p in top if p != q.context and q.answer not in p][:3]
    place = top.index(q.context) if q.context in top else 2
    shown = others[:2]
    shown.insert(min(place, len(shown)), q.context)
    return shown, others


def fit_choice(
    reader: Reader, questions: Sequence[data.Question], search: data.PassageSearch
) -> tuple[SpanChoice, dict[str, float]]:
    """Weights of `SpanChoice`: a logistic fit of "this candidate matches the gold answer (F1 ≥ 0.5)" on
    each dev question's candidates over its open-retrieval passages. The figure reported is 2-fold
    cross-fitted (each half chosen with weights fitted on the other), beside choosing by margin alone."""
    from sklearn.linear_model import LogisticRegression
    from tqdm import tqdm

    rows = []
    for q in tqdm(questions, desc="dev candidates", unit="question"):
        shown, _ = _shown(q, search)
        found = reader.candidates(q.question, shown)
        if found:
            x = np.array([[c.margin, *c.features] for c in found])
            y = np.array([char_f1(shown[c.passage][c.start : c.end], [q.answer]) for c in found])
            rows.append((x, y))

    def fit(part: Sequence[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
        x = np.vstack([r[0] for r in part])
        y = np.concatenate([r[1] for r in part]) >= 0.5
        return np.asarray(LogisticRegression(max_iter=1000).fit(x, y).coef_[0])

    halves = [rows[::2], rows[1::2]]
    crossed = [y[int(np.argmax(x @ fit(halves[1 - k])))] for k in (0, 1) for x, y in halves[k]]
    weights = fit(rows)
    report = {
        "questions": len(rows),
        "f1_by_margin": round(100 * statistics.mean(y[int(np.argmax(x[:, 0]))] for x, y in rows), 1),
        "f1_by_choice_cross_fitted": round(100 * statistics.mean(crossed), 1),
    }
    return SpanChoice(*(round(float(w), 4) for w in weights)), report


def calibrate(
    found: dict[str, Any], max_false_refusals: float, choice: SpanChoice | None = None
) -> tuple[Calibration, dict[str, Any]]:
    scale, bias = _fit(found["pos"] + found["neg"], [1] * len(found["pos"]) + [0] * len(found["neg"]))

    def conf(m: float) -> float:
        return float(1 / (1 + np.exp(-(scale * m + bias))))

    pos = sorted(conf(m) for m in found["pos"])
    threshold = pos[int(max_false_refusals * len(pos))]
    refused = {
        kind: round(
            100
            * statistics.mean(
                conf(m) < threshold for m, k in zip(found["neg"], found["kinds"], strict=True) if k == kind
            ),
            1,
        )
        for kind in ("retrieved", "perturbed")
    }
    report = {
        "questions": len(found["em"]),
        "given_passage_em": round(100 * statistics.mean(found["em"]), 1),
        "given_passage_f1": round(100 * statistics.mean(found["f1"]), 1),
        "max_false_refusals": max_false_refusals,
        "answerable_refused": round(100 * statistics.mean(conf(m) < threshold for m in found["pos"]), 1),
        "unanswerable_refused": refused,
        "unanswerable_questions": {k: found["kinds"].count(k) for k in ("retrieved", "perturbed")},
    }
    stop, early = choose_stop(found["opened"], conf, threshold, choice)
    report["english_given_passage"] = {
        kind: {
            "f1": round(100 * statistics.mean(f if conf(m) >= threshold else 0.0 for m, f in read), 1),
            "refused": round(100 * statistics.mean(conf(m) < threshold for m, _ in read), 1),
        }
        for kind, read in found["english"].items()
    }
    report["open_retrieval"] = early
    deeper, report["deeper"] = choose_deeper(found["lower"], found["fourth"], conf, threshold)
    return Calibration(scale, bias, threshold, stop, deeper), report


def choose_stop(
    opened: Sequence[Sequence[Sequence[Scored]]],
    conf: Callable[[float], float],
    threshold: float,
    choice: SpanChoice | None = None,
) -> tuple[float, dict[str, float]]:
    """The lowest confidence at which answering from the first passage alone costs at most
    `MAX_EARLY_EXIT_LOSS` F1 points on the dev questions; 1.0 (never stop early) when no level is that
    cheap. Replayed as `Reader.read` reads, from each passage's candidates (margin, features, F1) in
    retrieval order: the first passage's when its largest margin is sure enough, else every passage's,
    the span chosen by `choice` and refused on the largest margin."""
    choice = choice or SpanChoice()

    def replay(stop: float) -> tuple[float, float]:
        f1 = read = 0.0
        for passages in opened:
            first = passages[0]
            early = bool(first) and conf(max(m for m, _, _ in first)) >= stop
            pool = list(first) if early else [c for found in passages for c in found]
            _, _, score = max(pool, key=lambda c: choice.score(c[0], c[1]))
            f1 += score if conf(max(m for m, _, _ in pool)) >= threshold else 0.0
            read += 1 if early else len(passages)
        return 100 * f1 / len(opened), read / len(opened)

    full_f1, full_read = replay(2.0)
    stop, (f1, read) = 1.0, (full_f1, full_read)
    for level in np.arange(0.99, threshold, -0.01):
        score = replay(float(level))
        if score[0] < full_f1 - MAX_EARLY_EXIT_LOSS:
            break
        stop, (f1, read) = round(float(level), 2), score
    return stop, {
        "f1": round(full_f1, 1),
        "passages_read": round(full_read, 2),
        "early_exit_f1": round(f1, 1),
        "early_exit_passages_read": round(read, 2),
    }


def choose_deeper(
    lower: Sequence[Lower],
    fourth: Sequence[Fourth],
    conf: Callable[[float], float],
    threshold: float,
) -> tuple[float, dict[str, float]]:
    """The lowest confidence at which answering from the passages ranked 4th and 5th, when the best three
    are refused, refuses at most `MAX_DEEPER_LOSS` points fewer of the unanswerable dev questions; 1.0
    (never) when no level is that cheap. Reported with what it recovers: answerable questions whose own
    passage is ranked 4th, behind three that lack the answer."""

    def below(margin: float | None, level: float) -> bool:
        return margin is None or conf(margin) < level

    def refused(level: float) -> float:
        return 100 * statistics.mean(below(first, threshold) and below(low, level) for _, first, low in lower)

    before = refused(2.0)
    deeper = 1.0
    for level in np.arange(0.99, threshold, -0.01):
        if refused(float(level)) < before - MAX_DEEPER_LOSS:
            break
        deeper = round(float(level), 2)
    answered = [below(first, threshold) and not below(own, deeper) for first, own, _ in fourth]
    recovered = [f for a, (_, _, f) in zip(answered, fourth, strict=True) if a]
    return deeper, {
        "unanswerable_refused": round(before, 1),
        "unanswerable_refused_reading_deeper": round(refused(deeper), 1),
        "own_passage_fourth_answered": round(100 * statistics.mean(answered), 1),
        "own_passage_fourth_f1_of_answered": round(100 * statistics.mean(recovered), 1) if recovered else 0.0,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--e5", type=Path, default=ROOT / "models" / "e5-small")
    parser.add_argument("--weights", type=Path, default=WEIGHTS_DIR)
    parser.add_argument("--max-false-refusals", type=float, default=MAX_FALSE_REFUSALS)
    parser.add_argument("--limit", type=int, default=None, help="dev questions to use (smoke tests)")
    args = parser.parse_args(argv)

    questions = data.load(args.data)
    dev = [q for q in questions if data.is_dev(q.article)]
    if args.limit:
        dev = dev[: args.limit]
    search = data.PassageSearch(sorted({q.context for q in questions}))
    tokenizer = load_tokenizer(args.e5)
    train = [q for q in questions if not data.is_dev(q.article)]
    card = replace(Card.load(args.weights), boundaries=boundaries.fit(train, tokenizer))
    with tempfile.TemporaryDirectory() as tmp:
        export_onnx(args.e5, directory=args.weights, out=Path(tmp) / "reader")
        graph = OnnxLogits(Path(tmp) / "reader" / ONNX_FILE, threads=2)
        reader = Reader(graph, tokenizer, card, lexicon())  # as `onnx_reader` serves it
        choice, chosen = fit_choice(reader, dev, search)
        reader.card = card = replace(card, choice=choice)
        found = evaluate(reader, dev, search)
    calibration, report = calibrate(found, args.max_false_refusals, choice)
    card = replace(card, calibration=calibration, dev=report | {"choice": chosen})
    card.save(args.weights)
    (args.weights / "README.md").write_text(model_card(card), encoding="utf-8")
    print(json.dumps({"calibration": calibration.__dict__, "dev": report}, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
