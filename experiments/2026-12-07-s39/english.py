"""english.py N QUESTION...: for English questions on unseen set N's cached index, the rendered question the reader
reads, the retrieved chunks, and every reader call (passages and best confidence)."""
import os, sys
n = sys.argv[1]
os.environ.update({"QA_CORPUS_DIR": f"/tmp/s33/idx/unseen{n}/corpus", "QA_INDEX_DIR": f"/tmp/s33/idx/unseen{n}/index"})
from qa.config import Settings
from qa.service import Service
from qa.answer.reader import runtime
orig = runtime.Reader.candidates
def spy(self, question, passages, offset=0):
    r = orig(self, question, passages, offset)
    print("   READ q=%r" % question[:160])
    for p in passages: print("      | %s" % (getattr(p, "text", p)[:100].replace("\n", " / ")))
    for c in sorted(r, key=lambda c: -c.margin)[:3]:
        t = getattr(passages[c.passage - offset], "text", passages[c.passage - offset])
        print("      cand margin %.2f %r" % (c.margin, t[c.start:c.end][:40]))
    return r
runtime.Reader.candidates = spy
s = Service.load(Settings.from_env())
for q in sys.argv[2:]:
    hits = s.retriever.search(q, k=5)
    print("Q", q)
    for h in hits: print("   %.3f %s | %s" % (h.score, h.chunk.doc_id[:12], h.chunk.text[:110].replace("\n"," / ")))
    a = s.ask(q); print("  ->", a.answerable, a.confidence, a.short_answer, "|", a.answer[:100])
