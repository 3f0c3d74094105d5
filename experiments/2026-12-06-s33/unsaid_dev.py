"""Dev split: final service confidence + 'a content noun no read document says' for answerable (open) and no-answer."""
import json, sys, collections, pickle
from dataclasses import replace
from pathlib import Path
import jieba.posseg as pseg
from qa.config import Settings
from qa import service
from qa.evaluation import external
from qa.ingest import to_simplified
from qa.answer.names import Said
from qa.search import Retriever
TAGS = ("n", "nz", "vn", "nt", "ns", "nr", "eng")
def terms(q):
    return [w for w, t in pseg.lcut(to_simplified(q)) if t in TAGS and len(w) >= 2 and not any(a in w for a in ("哪", "什么", "多少", "几", "谁"))]
settings = replace(Settings(), chunk_tokens=300)
OUT = Path(".cache/dev-probes/corpus")
emb = service.make_embedder(settings); reader = service.make_reader(settings)
index = external.prepare_index(OUT, Path(".cache/dev-probes/index-300"), service.make_chunker(settings), emb, service.index_spec(settings, emb))
retriever = Retriever(index, emb, glossary=index.glossary)
answerer = service.make_answerer(settings, retriever, reader)
bydoc = collections.defaultdict(list)
for c in index.chunks: bydoc[c.doc_id].append(c)
cache = {}
def said(d):
    if d not in cache: cache[d] = Said.of(bydoc[d])
    return cache[d]
rows = []
qs = list(external.load_questions(OUT))
lim = int(sys.argv[1]) if len(sys.argv) > 1 else len(qs)
for q in qs[:lim]:
    hits = retriever.search(q.question, k=50)
    others = [h for h in hits if h.chunk.doc_id != q.passage_id][:5]
    ts = terms(q.question)
    for kind, given in (("open", hits[:5]), ("none", others)):
        a = answerer.answer(q.question, given)
        docs = [said(d) for d in dict.fromkeys(h.chunk.doc_id for h in given)]
        docs3 = [said(d) for d in dict.fromkeys(h.chunk.doc_id for h in given[:3])]
        miss = [w for w in ts if not any(s.says(w) for s in docs)]
        miss3 = [w for w in ts if not any(s.says(w) for s in docs3)]
        rows.append(dict(id=q.id, kind=kind, conf=a.confidence if a.answerable else 0.0, answerable=a.answerable, miss=miss, miss3=miss3, gold=(q.passage_id in [h.chunk.doc_id for h in given[:3]])))
pickle.dump(rows, open("/tmp/s33/udev.pkl", "wb"))
for kind in ("open", "none"):
    r = [x for x in rows if x["kind"] == kind]
    print(kind, len(r), "answered", sum(x["answerable"] for x in r), "miss5", sum(bool(x["miss"]) for x in r), "miss3", sum(bool(x["miss3"]) for x in r))
