"""Dev split, open retrieval: when the top three are refused, how often does reading the 4th/5th chunks rescue
an answer, by the top-three confidence? Also the no-answer set."""
import json
from dataclasses import replace
from pathlib import Path
from qa.config import Settings
from qa import service
from qa.evaluation import external
from qa.evaluation.metrics import char_f1, exact_match, normalise
from qa.search import Retriever
from qa.answer.reader.answerer import _passage
settings = Settings()
OUT = Path(".cache/dev-probes/corpus")
emb = service.make_embedder(settings); reader = service.make_reader(settings)
index = external.prepare_index(OUT, Path(".cache/dev-probes/index-300"), service.make_chunker(settings), emb, service.index_spec(settings, emb))
retriever = Retriever(index, emb, glossary=index.glossary)
cal = reader.calibration
rows = []
for q in external.load_questions(OUT):
    hits = retriever.search(q.question, k=50)
    for kind, hs in (("open", hits[:5]), ("none", [h for h in hits if h.chunk.doc_id != q.passage_id][:5])):
        top = reader.read(q.question, [_passage(h.chunk) for h in hs[:3]])
        c3 = top.confidence if top else 0.0
        if c3 >= cal.threshold:
            continue
        low = reader.read(q.question, [_passage(h.chunk) for h in hs[3:5]])
        c5 = low.confidence if low else 0.0
        ok = None
        if low is not None and kind == "open":
            h = hs[3 + low.passage]
            ok = h.chunk.doc_id == q.passage_id and any(normalise(a) in normalise(h.chunk.text[low.start:low.end]) or normalise(h.chunk.text[low.start:low.end]) in normalise(a) for a in q.answers)
        rows.append({"kind": kind, "c3": c3, "c5": c5, "answered": c5 >= max(cal.deeper, cal.threshold), "ok": ok})
json.dump(rows, open(".cache/dev-probes/deeper.json", "w"))
import collections
for floor in (0.0, 0.005, 0.01, 0.02, 0.03):
    sel = [r for r in rows if r["c3"] >= floor]
    print(floor, "deeper reads", len(sel), "of", len(rows), "| open answered", sum(r["answered"] and r["kind"] == "open" for r in sel), "ok", sum(bool(r["ok"]) and r["answered"] for r in sel), "| none answered", sum(r["answered"] and r["kind"] == "none" for r in sel))
print("threshold", cal.threshold, "deeper", cal.deeper)
