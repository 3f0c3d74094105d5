"""Ask questions of one unseen set's cached index, with the retrieved chunks: ask.py N QUESTION..."""
import os, sys
n = sys.argv[1]
os.environ.update({"QA_CORPUS_DIR": f"/tmp/s33/idx/unseen{n}/corpus", "QA_INDEX_DIR": f"/tmp/s33/idx/unseen{n}/index"})
from qa.config import Settings
from qa.service import Service
s = Service.load(Settings.from_env())
for q in sys.argv[2:]:
    hits = s.retriever.search(q, k=5)
    print("Q", q)
    for h in hits: print("   %.3f %s | %s" % (h.score, h.chunk.doc_id[:12], h.chunk.text[:110].replace("\n"," / ")))
    a = s.ask(q); print("  ->", a.answerable, a.confidence, a.short_answer, "|", a.answer[:100])
