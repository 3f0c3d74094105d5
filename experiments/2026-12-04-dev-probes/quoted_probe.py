"""Dev split: quoted terms (《》“”「」) and bracketed formal names as names the documents must say: how many dev
questions quote one, and how many the check would flag given the gold passage, in open retrieval and with the
gold passage removed (reads `names_conf_probe.py`'s rows from .cache/dev-probes/names-conf.jsonl)."""
import json, re, sys
from pathlib import Path
from qa.answer.names import Said
from qa.config import Settings
from qa import service
from qa.evaluation import external
from qa.evaluation.metrics import normalise
from qa.search import Retriever
from qa.ingest import to_simplified
QUOTED = re.compile(r"《([^》]{2,})》|“([^”]{2,})”|「([^」]{2,})」|\"([^\"]{2,})\"|([\u4e00-\u9fff]{2,}[（(][\u4e00-\u9fff]{2,}[)）][\u4e00-\u9fff]{2,})")
settings = Settings()
OUT = Path(".cache/dev-probes/corpus")
emb = service.make_embedder(settings)
index = external.prepare_index(OUT, Path(".cache/dev-probes/index-300"), service.make_chunker(settings), emb, service.index_spec(settings, emb))
retriever = Retriever(index, emb, glossary=index.glossary)
texts = {}
for c in index.chunks: texts.setdefault(c.doc_id, []).append(c)
said = {d: Said.of(sorted(cs, key=lambda c: c.start)) for d, cs in texts.items()}
rows = {(r['id'], r['kind']): r for r in map(json.loads, open('.cache/dev-probes/names-conf.jsonl'))}
stats = {}
for q in external.load_questions(OUT):
    terms = [next(g for g in m.groups() if g) for m in QUOTED.finditer(to_simplified(q.question))]
    if not terms: continue
    hits = retriever.search(q.question, k=50)
    sets = {"gold": [h for h in hits if h.chunk.doc_id == q.passage_id][:5], "open": hits[:5], "none": [h for h in hits if h.chunk.doc_id != q.passage_id][:5]}
    for kind, given in sets.items():
        r = rows.get((q.id, kind))
        if r is None or not given: continue
        docs = [said[d] for d in dict.fromkeys(h.chunk.doc_id for h in given)]
        flagged = any(not any(d.says(t) for d in docs) for t in terms)
        s = stats.setdefault(kind, {"with_terms": 0, "flagged": 0, "flagged_answered_now": 0, "flagged_correct_now": 0})
        s["with_terms"] += 1; s["flagged"] += flagged
        answered_now = r["answered"] and not r["missing"]
        s["flagged_answered_now"] += flagged and answered_now
        s["flagged_correct_now"] += flagged and answered_now and r["correct"]
print(json.dumps(stats, indent=1))
for q in external.load_questions(OUT):
    terms = [next(g for g in m.groups() if g) for m in QUOTED.finditer(to_simplified(q.question))]
    if not terms: continue
    hits = retriever.search(q.question, k=50)
    gold = [h for h in hits if h.chunk.doc_id == q.passage_id][:5]
    docs = [said[d] for d in dict.fromkeys(h.chunk.doc_id for h in gold)]
    bad = [t for t in terms if not any(d.says(t) for d in docs)]
    if bad: print("FALSE FLAG", q.question, bad, [d.text[:0] for d in docs])
