"""Per question of the 200 in-house ones: time, reader time, and whether any reader call repeats one already made
(same question, same passages). Run from the repository root: .venv/bin/python experiments/2026-12-06-s38/reader_calls.py"""
import time, collections, numpy as np
from qa.config import Settings
from qa.service import Service
from qa.bench.runner import eval_questions
from qa.answer.reader import runtime
from qa.answer.reader.windows import Passage
svc = Service.load(Settings.from_env())
reader = svc.reader
orig = runtime.Reader.candidates
log = []
def spy(self, question, passages, offset=0):
    key = (question, tuple((p.text, p.heading, tuple(p.labels), tuple(p.unasked)) if isinstance(p, Passage) else p for p in passages))
    t = time.perf_counter(); r = orig(self, question, passages, offset); ms = 1000*(time.perf_counter()-t)
    log.append((key, ms)); return r
runtime.Reader.candidates = spy
rows = []
for q in eval_questions():
    log.clear()
    t = time.perf_counter(); svc.ask(q); ms = 1000*(time.perf_counter()-t)
    seen = set(); dup_ms = 0.0; per_passage = collections.Counter()
    for key, m in log:
        if key in seen: dup_ms += m
        seen.add(key)
        for p in key[1]: per_passage[(key[0], p)] += 1
    pdup = sum(c - 1 for c in per_passage.values())
    rows.append((ms, sum(m for _, m in log), dup_ms, len(log), pdup, q))
ms = np.array([r[0] for r in rows])
print("p50", np.percentile(ms, 50), "p95", np.percentile(ms, 95))
print("total reader ms", sum(r[1] for r in rows), "exact duplicate calls ms", sum(r[2] for r in rows), "passage re-reads", sum(r[4] for r in rows))
for r in sorted(rows, key=lambda r: -r[0])[:15]:
    print(round(r[0]), "reader", round(r[1]), "dup", round(r[2]), "calls", r[3], "passage re-reads", r[4], r[5][:40])
