"""Dev split English proxy (code-switched, names romanised), rendered against its passage: the word the passages
say first in ranked order (shipped) vs the word they say most often. Given passage: F1/refused; unanswerable: the
question against three retrieved passages lacking the answer."""
import random, statistics
from qa.training import data
from qa.training.codeswitch import CodeSwitch, romanised
from qa.training.train import DEFAULT_DATA
from qa.search import keyword_side
from qa.search import glossary as G
from qa.evaluation import char_f1
from qa.config import Settings
from qa import service

import sys
sys.path.insert(0, 'experiments/2026-12-06-s35')
from devfreq_render import freq_render

qs = [q for q in data.load(DEFAULT_DATA) if data.is_dev(q.article)]
reader = service.make_reader(Settings())
thr = reader.calibration.threshold
_, glossary = keyword_side(sorted({q.context for q in qs}), True)
rng = random.Random(0); sw = CodeSwitch()
search = data.PassageSearch(sorted({q.context for q in data.load(DEFAULT_DATA)}))
res = {"first": [], "freq": []}; neg = {"first": [], "freq": []}; diff = 0
for q in qs:
    named = romanised(sw(q.question, rng))
    top = [search.passages[i] for i in search.top(q.question, 4)]
    others = [p for p in top if p != q.context and q.answer not in p][:3]
    ctx3 = [q.context, *others[:2]]  # as served: the passage among others, all said words counted
    joined = "".join(ctx3); joined_neg = "".join(others)
    a, b = glossary.render(named, joined), freq_render(glossary, named, joined)
    diff += a != b
    for k, asked in (("first", a), ("freq", b)):
        r = reader.read(asked, ctx3)
        ok = r is not None and r.confidence >= thr
        res[k].append((char_f1(ctx3[r.passage][r.start:r.end], [q.answer]) if ok else 0.0, not ok))
    for k, asked in (("first", glossary.render(named, joined_neg)), ("freq", freq_render(glossary, named, joined_neg))):
        r = reader.read(asked, others)
        neg[k].append(r is None or r.confidence < thr)
print("questions", len(qs), "renderings differ", diff)
for k, v in res.items():
    print(k, "F1", round(100 * statistics.mean(f for f, _ in v), 1), "refused", round(100 * statistics.mean(r for _, r in v), 1), "| unanswerable refused", round(100 * statistics.mean(neg[k]), 1))
