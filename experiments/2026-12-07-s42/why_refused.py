"""Which check refuses the external questions refused at confidence 0 given their gold passage (not product code):
`refusal` is wrapped to record the answerer line that called it."""
import collections, inspect, json, sys
from pathlib import Path
from qa import service
from qa.config import Settings
from qa.evaluation import external
from qa.search import Retriever
import qa.answer.reader.answerer as answerer_module

settings = Settings.from_env()
data = Path("/work/shared/external-qa")
emb = service.make_embedder(settings)
reader = service.make_reader(settings)
cached = external.CachedQueries(emb)
index = external.prepare_index(data, settings.cache_dir / "external-index", service.make_chunker(settings), cached, service.index_spec(settings, emb))
qs = external.load_questions(data, 1000)
ret = Retriever(index, cached, fusion="weighted", dense_weight=0.3)
ans = service.make_answerer(settings, ret, reader)
calls = []
original = answerer_module.refusal
def recording(q, hits, reading):
    f = inspect.stack()[1]
    calls.append((f.function, f.lineno, f.code_context[0].strip() if f.code_context else ""))
    return original(q, hits, reading)
answerer_module.refusal = recording
why = collections.Counter(); examples = collections.defaultdict(list)
for q in qs:
    hits = ret.search(q.question, k=50)
    gold = [h for h in hits if h.chunk.doc_id == q.passage_id][:5]
    if not gold: continue
    calls.clear()
    a = ans.answer(q.question, gold)
    if not a.answerable:
        key = (q.source, calls[-1][1] if calls else None, calls[-1][2][:60] if calls else "other")
        why[key] += 1; examples[key].append((q.question, q.answers[0]))
for k, n in why.most_common(): print(n, k, examples[k][:3])
