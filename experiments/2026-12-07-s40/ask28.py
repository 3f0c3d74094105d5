import os, sys
os.environ.update({"QA_CORPUS_DIR": "/tmp/s33/idx/unseen28/corpus", "QA_INDEX_DIR": "/tmp/s33/idx/unseen28/index"})
from qa.config import Settings
from qa.service import Service
s = Service.load(Settings.from_env())
for q in sys.argv[1:]:
    a = s.ask(q)
    print(q, "->", a.answerable, a.short_answer, a.confidence, a.answer[:80].replace("\n"," "))
