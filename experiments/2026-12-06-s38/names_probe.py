"""Which names refuse questions (answerer line: missing names unsaid) across unseen1-26: coined (HMM) or dictionary."""
import json, os, sys, glob, collections
from pathlib import Path
import jieba.posseg
from qa.config import Settings
from qa.service import Service
import qa.answer.reader.answerer as A
tags = jieba.posseg.dt.word_tag_tab
log = []
orig_unsaid = A.unsaid
state = {}
def spy(names, texts):
    r = orig_unsaid(names, texts)
    if state.get("first") is None and r:
        state["first"] = list(r)
    return r
A.unsaid = spy
rows = []
for n in range(1, 27):
    folder = Path(sorted(glob.glob(f"experiments/*/unseen{n}"))[0]) if n > 3 else Path(f"experiments/2026-12-05-s24/unseen{n}")
    scratch = Path(f"/tmp/s33/idx/unseen{n}")
    os.environ.update({"QA_CORPUS_DIR": str(scratch / "corpus"), "QA_INDEX_DIR": str(scratch / "index")})
    svc = Service.load(Settings.from_env())
    for line in (folder / "questions.jsonl").read_text("utf-8").splitlines():
        if not line.strip(): continue
        q = json.loads(line)
        state["first"] = None
        a = svc.ask(q["question"])
        if not a.answerable and state["first"]:
            names = state["first"]
            coined = [w for w in names if w not in tags]
            rows.append((n, q["id"], bool(q["answer"]), names, coined, q["question"][:50]))
c = collections.Counter((r[2], bool(r[4])) for r in rows)
print("(answerable, coined) ->", c)
for r in rows: print(r)
