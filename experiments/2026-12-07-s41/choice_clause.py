"""Dev split: would a learned span-choice feature "the span runs across a clause break (，；)" help?
Replays fit_choice's candidates with the extra feature; 2-fold cross-fitted F1/EM of the chosen span."""
import statistics, tempfile, sys
from dataclasses import replace
from pathlib import Path
import numpy as np
from sklearn.linear_model import LogisticRegression
from qa.answer.reader import ONNX_FILE, WEIGHTS_DIR, Card, OnnxLogits, Reader, export_onnx, load_tokenizer
from qa.config import ROOT
from qa.evaluation import char_f1, exact_match
from qa.ingest import lexicon
from qa.training import data
from qa.training.calibrate import _shown
from qa.training.train import DEFAULT_DATA
questions = data.load(DEFAULT_DATA)
dev = [q for q in questions if data.is_dev(q.article)]
search = data.PassageSearch(sorted({q.context for q in questions}))
card = Card.load(WEIGHTS_DIR)
e5 = ROOT / "models" / "e5-small"
CLAUSE = "，；,;"
rows = {"open": [], "gold": []}
with tempfile.TemporaryDirectory() as tmp:
    export_onnx(e5, directory=WEIGHTS_DIR, out=Path(tmp) / "reader")
    reader = Reader(OnnxLogits(Path(tmp) / "reader" / ONNX_FILE, threads=2), load_tokenizer(e5), card, lexicon())
    for q in dev:
        shown, _ = _shown(q, search)
        for setting, passages in (("open", shown), ("gold", [q.context])):
            found = reader.candidates(q.question, passages)
            if not found: continue
            texts = [passages[c.passage][c.start:c.end] for c in found]
            x = np.array([[c.margin, *c.features, float(any(ch in t for ch in CLAUSE)), np.log(len(t))] for c, t in zip(found, texts)])
            f1 = np.array([char_f1(t, [q.answer]) for t in texts]); em = np.array([exact_match(t, [q.answer]) for t in texts])
            rows[setting].append((x, f1, em))
def fit(part, cols):
    x = np.vstack([r[0][:, cols] for r in part]); y = np.concatenate([r[1] for r in part]) >= 0.5
    return np.asarray(LogisticRegression(max_iter=1000).fit(x, y).coef_[0])
gold_answers_with_clause = sum(any(ch in q.answer for ch in CLAUSE) for q in dev)
print("dev questions", len(dev), "gold answers with a clause break", gold_answers_with_clause)
for name, cols in (("margin", [0]), ("current (margin, sentence, context)", [0, 1, 2]), ("+ clause break", [0, 1, 2, 3]), ("+ log length", [0, 1, 2, 4]), ("+ both", [0, 1, 2, 3, 4])):
    for setting in ("open", "gold"):
        rs = rows["open"]; halves = [rs[::2], rs[1::2]]   # fitted on open candidates, as calibrate does
        ws = [fit(halves[1 - k], cols) for k in (0, 1)]
        target = rows[setting]; th = [target[::2], target[1::2]]
        f1 = [r[1][int(np.argmax(r[0][:, cols] @ ws[k]))] for k in (0, 1) for r in th[k]]
        em = [r[2][int(np.argmax(r[0][:, cols] @ ws[k]))] for k in (0, 1) for r in th[k]]
        print(f"{name:40s} {setting:5s} F1 {100*statistics.mean(f1):.1f} EM {100*statistics.mean(em):.1f} (n {len(f1)})  weights {np.round(fit(rs, cols), 3)}")
