"""Dev split: would the retriever's own similarity help the reader decide whether anything answers?
Collects, per dev question, the reader's confidence on the passages the service reads (threshold off, so
every reading is kept) and the raw dense cosine / BM25 of the hits, in open retrieval (answerable) and with
the gold passage removed (no answer). Writes JSON lines for fitting (`retrieval_fit.py`)."""
import json, sys
from dataclasses import replace
from pathlib import Path
from qa.config import Settings
from qa import service
from qa.evaluation import external
from qa.evaluation.metrics import normalise
from qa.search import Retriever
settings = Settings()
OUT = Path(".cache/dev-probes/corpus")
emb = service.make_embedder(settings); reader = service.make_reader(settings)
index = external.prepare_index(OUT, Path(".cache/dev-probes/index-300"), service.make_chunker(settings), emb, service.index_spec(settings, emb))
retriever = Retriever(index, emb, glossary=index.glossary)
card = reader.card
reader.card = replace(card, calibration=replace(card.calibration, threshold=0.0))
answerer = service.make_answerer(settings, retriever, reader)
out = open(sys.argv[1], "w")
def row(kind, q, hits):
    a = answerer.answer(q.question, hits)
    c = a.citations[0] if a.citations else None
    read = next((h for h in hits if c and h.chunk.doc_id == c.doc_id and h.chunk.start <= c.start < h.chunk.start + len(h.chunk.text)), None)
    ok = a.answerable and any(normalise(x) in normalise(a.answer) for x in q.answers)
    return {"kind": kind, "id": q.id, "conf": a.confidence or 0.0, "answered": a.answerable, "correct": ok,
            "dense": [h.dense for h in hits], "bm25": [h.bm25 for h in hits], "score": [h.score for h in hits],
            "read_rank": hits.index(read) if read is not None else None}
for q in external.load_questions(OUT):
    hits = retriever.search(q.question, k=50)
    others = [h for h in hits if h.chunk.doc_id != q.passage_id][:5]
    out.write(json.dumps(row("open", q, hits[:5]), ensure_ascii=False) + "\n")
    out.write(json.dumps(row("none", q, others), ensure_ascii=False) + "\n")
