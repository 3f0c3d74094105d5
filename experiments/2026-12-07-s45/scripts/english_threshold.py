"""Would a refusal threshold of its own for English questions hold? Dev split (held-out CMRC train articles),
the served int8 reader: each question code-switched to English, names romanised, and rendered as the service
reads English (`Glossary.render`), as `qa.training.calibrate` makes its English proxies; read against its own
passage (answerable), against the three best BM25 passages that lack the answer (unanswerable, retrieved), and
perturbed (another year, number, place, ordinal; unanswerable) against its passage. The Chinese questions alike.
Prints, per threshold, answerable refused and unanswerable refused for both languages."""
import random, sys, json
from qa.config import Settings
from qa import service
from qa.search import keyword_side
from qa.training import data
from qa.training.calibrate import _shown
from qa.training.codeswitch import CodeSwitch, romanised
from qa.training.train import DEFAULT_DATA

LIMIT = int(sys.argv[1]) if len(sys.argv) > 1 else 10**9
reader = service.make_reader(Settings())
questions = data.load(DEFAULT_DATA)
dev = [q for q in questions if data.is_dev(q.article)][:LIMIT]
search = data.PassageSearch(sorted({q.context for q in questions}))
rng = random.Random(0)
names = data.name_pool(dev)
english = CodeSwitch()
_, glossary = keyword_side(sorted({q.context for q in dev}), True)
rows = {k: [] for k in ("zh_pos", "zh_ret", "zh_per", "en_pos", "en_ret", "en_per")}
def conf(read):
    return 0.0 if read is None else reader.confidence(read.margin)
for i, q in enumerate(dev):
    _, others = _shown(q, search)
    named = romanised(english(q.question, rng))
    asked = glossary.render(named, q.context)
    rows["zh_pos"].append(conf(reader.read(q.question, [q.context])))
    rows["en_pos"].append(conf(reader.read(asked, [q.context])))
    rows["zh_ret"].append(conf(reader.read(q.question, others)))
    rows["en_ret"].append(conf(reader.read(glossary.render(named, "\n".join(others)), others)))
    changed = data.perturb(q, rng, names)
    if changed is not None:
        rows["zh_per"].append(conf(reader.read(changed, [q.context])))
        rows["en_per"].append(conf(reader.read(glossary.render(romanised(english(changed, rng)), q.context), [q.context])))
    if i % 100 == 0: print(i, flush=True, file=sys.stderr)
json.dump(rows, open("/tmp/s45/english_threshold.json", "w"))
def pct(xs, t, below=True): return round(100 * sum((x < t) == below for x in xs) / max(1, len(xs)), 1)
print({k: len(v) for k, v in rows.items()})
for t in (0.01, 0.02, 0.03, 0.04, 0.05, 0.064, 0.08, 0.1):
    print(t, "zh: answerable refused", pct(rows["zh_pos"], t), "unans refused ret/per", pct(rows["zh_ret"], t), pct(rows["zh_per"], t),
          "| en: answerable refused", pct(rows["en_pos"], t), "unans refused ret/per", pct(rows["en_ret"], t), pct(rows["en_per"], t))
