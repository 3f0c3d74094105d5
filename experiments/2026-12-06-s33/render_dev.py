"""Dev split English proxy (code-switched, names romanised), given the passage: old render (first sense when none said) vs this tree's."""
import random, statistics, sys
from qa.training import data
from qa.training.codeswitch import CodeSwitch, romanised
from qa.training.train import DEFAULT_DATA
from qa.search import keyword_side
from qa.search import glossary as G
from qa.evaluation import char_f1
from qa.config import Settings
from qa import service
def old_render(self, text, passages=""):
    low, said = G._lowered(text), G._lowered(passages)
    rendered = {start: (end, next((w for w in chinese if w in passages), chinese[0])) for start, end, _, chinese in self._phrases(low) if chinese and not G._says(said, low[start:end])}
    parts, last = [], 0
    for token in G._TOKEN.finditer(low):
        start, end = token.span()
        if start < last: continue
        parts.append(text[last:start])
        if start in rendered:
            end, word = rendered[start]; parts.append(word); end += 2 if text[end:end+2] in ("'s", "’s") else 0
        else:
            parts.append(text[start:end] if G._says(said, token.group()) else token.group())
        last = end
    return "".join([*parts, text[last:]])
qs = [q for q in data.load(DEFAULT_DATA) if data.is_dev(q.article)]
reader = service.make_reader(Settings())
_, glossary = keyword_side(sorted({q.context for q in qs}), True)
rng = random.Random(0); sw = CodeSwitch()
res = {"old": [], "new": [], "switched": []}
neg = {"old": [], "new": [], "chinese": [], "new_each": []}
raw = {"old": [], "new": [], "switched": []}
rawneg = {"old": [], "new": [], "chinese": [], "new_each": []}
from qa.answer.reader.windows import Passage
search = data.PassageSearch(sorted({q.context for q in data.load(DEFAULT_DATA)}))
for q in qs:
    switched = sw(q.question, rng); named = romanised(switched)
    for k, asked in (("old", old_render(glossary, named, q.context)), ("new", glossary.render(named, q.context)), ("switched", switched)):
        r = reader.read(asked, [q.context])
        ok = r is not None and r.confidence >= reader.calibration.threshold
        res[k].append((char_f1(q.context[r.start:r.end], [q.answer]) if ok else 0.0, not ok))
        raw[k].append((r.confidence if r else 0.0, char_f1(q.context[r.start:r.end], [q.answer]) if r else 0.0))
    top = [search.passages[i] for i in search.top(q.question, 4)]
    others = [p for p in top if p != q.context and q.answer not in p][:3]
    joined = "".join(others)
    for k, asked in (("old", old_render(glossary, named, joined)), ("new", glossary.render(named, joined)), ("chinese", q.question)):
        r = reader.read(asked, others)
        neg[k].append(r is None or r.confidence < reader.calibration.threshold)
        rawneg[k].append(r.confidence if r else 0.0)
    r = reader.read(glossary.render(named, joined), [Passage(p, asked=glossary.render(named, p)) for p in others])
    neg["new_each"].append(r is None or r.confidence < reader.calibration.threshold); rawneg["new_each"].append(r.confidence if r else 0.0)
for k, v in res.items():
    print(k, "F1", round(100 * statistics.mean(f for f, _ in v), 1), "refused", round(100 * statistics.mean(r for _, r in v), 1))
for k, v in neg.items():
    print("unanswerable (others)", k, "refused", round(100 * statistics.mean(v), 1))
import pickle; pickle.dump((raw, rawneg), open("/tmp/s33/devraw.pkl", "wb"))
