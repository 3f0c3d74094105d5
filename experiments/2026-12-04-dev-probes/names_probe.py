"""Dev: the names check on answerable (open, top-3) and on the no-answer set (gold passage removed),
and how many of the flagged no-answer questions the service answers today."""
from pathlib import Path
import jieba.posseg
from qa.config import Settings
from qa import service
from qa.evaluation import external
from qa.search import Retriever
from qa.ingest import to_simplified
FLAGS = ("ns", "nr", "nt", "nz")
def names(q):
    return [w for w, f in jieba.posseg.lcut(to_simplified(q)) if f in FLAGS and len(w) >= 2]
settings = Settings()
OUT = Path(".cache/dev-probes/corpus")
emb = service.make_embedder(settings); reader = service.make_reader(settings)
index = external.prepare_index(OUT, Path(".cache/dev-probes/index-300"), service.make_chunker(settings), emb, service.index_spec(settings, emb))
retriever = Retriever(index, emb, glossary=index.glossary)
answerer = service.make_answerer(settings, retriever, reader)
docs = {}
for c in index.chunks: docs[c.doc_id] = docs.get(c.doc_id, "") + c.text
flag_open = flag_none = answered_none = answered_flagged = wrong_refusals_open_correct = 0
n = 0
from qa.evaluation.metrics import normalise
for q in external.load_questions(OUT):
    n += 1
    hits = retriever.search(q.question, k=50)
    others = [h for h in hits if h.chunk.doc_id != q.passage_id][:5]
    nm = names(q.question)
    said_open = " ".join(to_simplified(docs[h.chunk.doc_id]) for h in hits[:3])
    said_none = " ".join(to_simplified(docs[h.chunk.doc_id]) for h in others[:3])
    if any(w not in said_open for w in nm):
        flag_open += 1
        a = answerer.answer(q.question, hits[:5])
        if a.answerable and any(normalise(x) in normalise(a.answer) for x in q.answers):
            wrong_refusals_open_correct += 1
    a = answerer.answer(q.question, others)
    answered_none += a.answerable
    if any(w not in said_none for w in nm):
        flag_none += 1
        answered_flagged += a.answerable
print("n", n, "open flagged", flag_open, "(of which answered correctly today", wrong_refusals_open_correct, ") | no-answer flagged", flag_none, "answered today", answered_none, "of which flagged", answered_flagged)
