"""Dev split, given the passage: would whole edge tokens help as well as parts of them? A head (tail) is also
counted when it is the whole token just before (after) a training answer (left out) or the answer's whole
first (last) token (kept). Logits cached; rows differ only in the table."""
import statistics, tempfile
from collections import Counter
from dataclasses import replace
from pathlib import Path
from qa.answer.reader import ONNX_FILE, WEIGHTS_DIR, Boundaries, Card, OnnxLogits, Reader, export_onnx, load_tokenizer
import qa.answer.reader.windows as windows
from qa.answer.reader.windows import word_breaks
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

def whole_fit(min_count, rate):
    seen, cut = Counter(), Counter()
    for q, enc in zip(train, tok.encode_batch([q.context for q in train], add_special_tokens=False)):
        text, b = q.context, q.answer_start; f = b + len(q.answer)
        if text[b:f] != q.answer: continue
        offs = [(int(x), int(y)) for x, y in enc.offsets if y > x]
        i = next((k for k, o in enumerate(offs) if o[0] <= b < o[1]), None)
        j = next((k for k in range(len(offs) - 1, -1, -1) if offs[k][0] < f <= offs[k][1]), None)
        if i is None or j is None: continue
        if offs[i][0] == b and i > 0:
            seen["h", text[offs[i-1][0]:offs[i-1][1]]] += 1; cut["h", text[offs[i-1][0]:offs[i-1][1]]] += 1
            if j > i: seen["h", text[offs[i][0]:offs[i][1]]] += 1
        if offs[j][1] == f and j + 1 < len(offs):
            seen["t", text[offs[j+1][0]:offs[j+1][1]]] += 1; cut["t", text[offs[j+1][0]:offs[j+1][1]]] += 1
            if j > i: seen["t", text[offs[j][0]:offs[j][1]]] += 1
    keep = lambda side: tuple(sorted(w for (s, w), n in seen.items() if s == side and n >= min_count and cut[s, w] >= rate * n and w.strip()))
    return keep("h"), keep("t")

class Memo:
    def __init__(self, inner): self.inner, self.seen = inner, {}
    def __call__(self, ids, mask):
        key = (ids.tobytes(), mask.tobytes(), ids.shape)
        if key not in self.seen: self.seen[key] = self.inner(ids, mask)
        return self.seen[key]

orig_parts = windows._parts
def parts_whole(token, parts, at, breaks, tail=False):
    out = orig_parts(token, parts, at, breaks, tail)
    return out + ([len(token)] if token in parts else [])

base = boundaries.fit(train, tok)
with tempfile.TemporaryDirectory() as tmp:
    export_onnx(e5, directory=WEIGHTS_DIR, out=Path(tmp) / "reader")
    graph = Memo(OnnxLogits(Path(tmp) / "reader" / ONNX_FILE, threads=2))
    rows = [("shipped parts only", base, False)]
    for m, r in ((10, 0.9), (10, 0.95), (20, 0.95), (10, 0.98)):
        h, t = whole_fit(m, r)
        rows.append((f"+ whole min {m} rate {r} ({len(h)} heads {len(t)} tails)", Boundaries(tuple(sorted(set(base.heads) | set(h))), tuple(sorted(set(base.tails) | set(t)))), True))
    for label, b, whole in rows:
        windows._parts = parts_whole if whole else orig_parts
        reader = Reader(graph, tok, replace(card, boundaries=b), lexicon())
        em, f1 = [], []
        for q in dev:
            r = reader.read(q.question, [q.context])
            guess = q.context[r.start:r.end] if r else ""
            em.append(exact_match(guess, [q.answer])); f1.append(char_f1(guess, [q.answer]))
        print(f"{label:60s} EM {100*statistics.mean(em):.1f} F1 {100*statistics.mean(f1):.2f}", flush=True)
        if whole: print("   sample heads", b.heads[:40], "tails", b.tails[:40])
