import os, sys
os.environ.update({"QA_CORPUS_DIR": "/tmp/s33/idx/unseen24/corpus", "QA_INDEX_DIR": "/tmp/s33/idx/unseen24/index"})
from qa.config import Settings
from qa.service import Service
s = Service.load(Settings.from_env())
for q in sys.argv[1:]:
    hits = s.retriever.search(q, k=5)
    print("Q", q)
    for h in hits: print("   %.3f %s | %s" % (h.score, h.chunk.doc_id[:12], h.chunk.text[:110].replace("\n"," / ")))
    a = s.ask(q); print("  ->", a.answerable, a.confidence, a.short_answer, "|", a.answer[:100])
