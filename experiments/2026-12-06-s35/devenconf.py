"""Dev split English proxy (code-switched, names romanised, rendered as served): confidences of answerable
(gold passage among two retrieved others) and unanswerable (three retrieved passages lacking the answer)
questions, to see whether English needs its own threshold. Chinese questions alongside for reference."""
import random, pickle
from qa.training import data
from qa.training.codeswitch import CodeSwitch, romanised
from qa.training.train import DEFAULT_DATA
from qa.search import keyword_side
from qa.evaluation import char_f1
from qa.config import Settings
from qa import service
qs = [q for q in data.load(DEFAULT_DATA) if data.is_dev(q.article)]
reader = service.make_reader(Settings())
_, glossary = keyword_side(sorted({q.context for q in qs}), True)
rng = random.Random(0); sw = CodeSwitch()
search = data.PassageSearch(sorted({q.context for q in data.load(DEFAULT_DATA)}))
rows = []
for q in qs:
    named = romanised(sw(q.question, rng))
    top = [search.passages[i] for i in search.top(q.question, 4)]
    others = [p for p in top if p != q.context and q.answer not in p][:3]
    ctx3 = [q.context, *others[:2]]
    out = {}
    for lang, asked_pos, asked_neg in (("en", glossary.render(named, "".join(ctx3)), glossary.render(named, "".join(others))), ("zh", q.question, q.question)):
        r = reader.read(asked_pos, ctx3)
        out[lang + "_pos"] = (r.confidence if r else 0.0, char_f1(ctx3[r.passage][r.start:r.end], [q.answer]) if r else 0.0)
        r = reader.read(asked_neg, others)
        out[lang + "_neg"] = r.confidence if r else 0.0
    rows.append(out)
pickle.dump(rows, open("/tmp/s35/devenconf.pkl", "wb"))
print("done", len(rows))
