"""Dev split, given the passage: EM/F1 of the shipped reader with token-edge boundaries (`qa.training.boundaries`)
fitted on the training split at several min_counts, against whole tokens. Logits are cached, so only the
cut differs between rows."""
import statistics, sys, tempfile
from dataclasses import replace
from pathlib import Path
import numpy as np
from qa.answer.reader import ONNX_FILE, WEIGHTS_DIR, Boundaries, Card, OnnxLogits, Reader, export_onnx, load_tokenizer
from qa.config import ROOT
from qa.evaluation import char_f1, exact_match
from qa.ingest import lexicon
from qa.training import boundaries, data
from qa.training.train import DEFAULT_DATA

questions = data.load(DEFAULT_DATA)
dev = [q for q in questions if data.is_dev(q.article)]
train = [q for q in questions if not data.is_dev(q.article)]
e5 = ROOT / "models" / "e5-small"
tok = load_tokenizer(e5)
card = Card.load(WEIGHTS_DIR)

class Memo:
    def __init__(self, inner): self.inner, self.seen = inner, {}
    def __call__(self, ids, mask):
        key = (ids.tobytes(), mask.tobytes(), ids.shape)
        if key not in self.seen: self.seen[key] = self.inner(ids, mask)
        return self.seen[key]

with tempfile.TemporaryDirectory() as tmp:
    export_onnx(e5, directory=WEIGHTS_DIR, out=Path(tmp) / "reader")
    graph = Memo(OnnxLogits(Path(tmp) / "reader" / ONNX_FILE, threads=2))
    for label, b in [("whole tokens", Boundaries())] + [(f"min_count {m}", boundaries.fit(train, tok, m)) for m in (5, 10, 20)]:
        reader = Reader(graph, tok, replace(card, boundaries=b), lexicon())
        em, f1 = [], []
        for q in dev:
            r = reader.read(q.question, [q.context])
            guess = q.context[r.start:r.end] if r else ""
            em.append(exact_match(guess, [q.answer])); f1.append(char_f1(guess, [q.answer]))
        print(f"{label:14s} heads {b.heads} tails {b.tails}  EM {100*statistics.mean(em):.1f} F1 {100*statistics.mean(f1):.2f}", flush=True)
