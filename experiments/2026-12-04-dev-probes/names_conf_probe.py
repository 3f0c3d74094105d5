"""Dev split: how sure is the reader when the names check fires? For each dev question read from its gold
passage (gold), in open retrieval (open) and with its passage removed (none), the answer with the names check
off, and whether the check would have refused it. Writes JSON lines (argument: output path)."""
import json, sys
from pathlib import Path
import qa.answer.reader.answerer as answerer_module
from qa.answer.names import Said, names_in, unsaid
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
answerer_module.unsaid = lambda names, docs: []  # the check off: the reader decides alone
answerer = service.make_answerer(settings, retriever, reader)
texts = {}
for c in index.chunks: texts.setdefault(c.doc_id, []).append(c)
said = {d: Said.of(sorted(cs, key=lambda c: c.start)) for d, cs in texts.items()}
out = open(sys.argv[1], "w")
for q in external.load_questions(OUT):
    hits = retriever.search(q.question, k=50)
    sets = {"gold": [h for h in hits if h.chunk.doc_id == q.passage_id][:5], "open": hits[:5],
            "none": [h for h in hits if h.chunk.doc_id != q.passage_id][:5]}
    names = names_in(q.question)
    for kind, given in sets.items():
        if not given: continue
        missing = unsaid(names, [said[d] for d in dict.fromkeys(h.chunk.doc_id for h in given)])
        a = answerer.answer(q.question, given)
        ok = a.answerable and any(normalise(x) in normalise(a.answer) for x in q.answers)
        out.write(json.dumps({"id": q.id, "kind": kind, "missing": missing, "conf": a.confidence or 0.0,
                              "answered": a.answerable, "correct": ok}, ensure_ascii=False) + "\n")
