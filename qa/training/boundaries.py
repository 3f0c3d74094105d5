"""Fit the reader's `Boundaries` on the training split's gold answers.

The reader marks whole tokens, and XLM-R's tokens are often several Chinese characters ("年的", "是非常"):
5% of training answers end inside a token and 3% begin inside one. For each way a token can begin (end)
with a word of its own (jieba's) — its first (last) one, two, … characters — this counts the training
answers whose edge token begins (ends) so, and how many of them leave exactly that word out; the parts
most of them leave out, seen at least `min_count` times, form the table. `qa.training.calibrate` fits it
before anything it measures, so `make train-reader` reproduces it; `python -m qa.training.boundaries`
refits only the table.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from qa.answer.reader import WEIGHTS_DIR, Boundaries, Card, Tokenizer, load_tokenizer, word_breaks
from qa.config import ROOT
from qa.training import data
from qa.training.card import model_card
from qa.training.data import Question
from qa.training.train import DEFAULT_DATA

#: How many training answers must have a part in their edge token before its rate is trusted; chosen on the dev split
#: (`experiments/2026-12-07-s42/boundaries_dev.py`: EM 47.3 at 5 and 10, 47.1 at 20; whole tokens 46.8).
MIN_COUNT = 10


def edge_tokens(
    questions: Sequence[Question], tokenizer: Tokenizer
) -> list[tuple[str, int, list[int], str, int, list[int]]]:
    """Per training answer: the token a training window labels as its start (`token_span`: the first that
    holds its first character), how many of its characters the answer leaves out in front, and where in
    the token a word ends; the same for its end token, counted from the token's end."""
    out = []
    encoded = tokenizer.encode_batch([q.context for q in questions], add_special_tokens=False)
    for q, enc in zip(questions, encoded, strict=True):
        text, begin = q.context, q.answer_start
        finish = begin + len(q.answer)
        if not q.answer or text[begin:finish] != q.answer:
            continue  # a few rows' answer_start does not point at their answer
        offsets = [(int(a), int(b)) for a, b in enc.offsets if b > a]
        first = next((o for o in offsets if o[0] <= begin < o[1]), None)
        last = next((o for o in reversed(offsets) if o[0] < finish <= o[1]), None)
        if first is not None and last is not None:
            breaks = word_breaks(text)
            inside_first = [k for k in range(1, first[1] - first[0]) if first[0] + k in breaks]
            inside_last = [k for k in range(1, last[1] - last[0]) if last[1] - k in breaks]
            opening, closing = text[first[0] : first[1]], text[last[0] : last[1]]
            out.append((opening, begin - first[0], inside_first, closing, last[1] - finish, inside_last))
    return out


def fit(questions: Sequence[Question], tokenizer: Tokenizer, min_count: int = MIN_COUNT) -> Boundaries:
    """Heads and tails that most answers at a token having them leave out, seen `min_count` times or more."""
    edges = edge_tokens(questions, tokenizer)
    heads: Counter[str] = Counter()
    heads_cut: Counter[str] = Counter()
    tails: Counter[str] = Counter()
    tails_cut: Counter[str] = Counter()
    for opening, dropped_front, front_words, closing, dropped_back, back_words in edges:
        for k in front_words:  # the token's first k characters are a word of their own
            heads[opening[:k]] += 1
            heads_cut[opening[:k]] += k == dropped_front
        for k in back_words:
            tails[closing[-k:]] += 1
            tails_cut[closing[-k:]] += k == dropped_back

    def kept(seen: Counter[str], cut: Counter[str]) -> tuple[str, ...]:
        return tuple(sorted(p for p, n in seen.items() if n >= min_count and 2 * cut[p] > n))

    return Boundaries(kept(heads, heads_cut), kept(tails, tails_cut))


def main(argv: list[str] | None = None) -> None:
    """Refit only the card's token edges (the weights, calibration and span choice stay as they are)."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--e5", type=Path, default=ROOT / "models" / "e5-small")
    parser.add_argument("--weights", type=Path, default=WEIGHTS_DIR)
    args = parser.parse_args(argv)
    train = [q for q in data.load(args.data) if not data.is_dev(q.article)]
    card = replace(Card.load(args.weights), boundaries=fit(train, load_tokenizer(args.e5)))
    card.save(args.weights)
    (args.weights / "README.md").write_text(model_card(card), encoding="utf-8")
    print(f"heads {' '.join(card.boundaries.heads)!r}, tails {' '.join(card.boundaries.tails)!r}")


if __name__ == "__main__":
    main()
