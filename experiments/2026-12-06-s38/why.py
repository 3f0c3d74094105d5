"""why.py N QUESTION...: the answerer line that refused each question, on unseen set N's cached index (/tmp/s33/idx).
Run with PYTHONPATH=<checkout> so the code measured is the one meant."""
import os, sys, traceback
n = sys.argv[1]
os.environ.update({"QA_CORPUS_DIR": f"/tmp/s33/idx/unseen{n}/corpus", "QA_INDEX_DIR": f"/tmp/s33/idx/unseen{n}/index"})
from qa.config import Settings
from qa.service import Service
import qa.answer.reader.answerer as A
orig = A.refusal
def spy(q, hits, reading):
    f = traceback.extract_stack(limit=2)[0]; print("  Q:", q.text[:30])
    print("   refusal at answerer line", f.lineno, f.line, "reading", reading and (reading.confidence, reading.passage, reading.start, reading.end))
    return orig(q, hits, reading)
A.refusal = spy
s = Service.load(Settings.from_env())
for q in sys.argv[2:]:
    a = s.ask(q); print(q, "->", a.answerable, a.confidence, a.short_answer)
