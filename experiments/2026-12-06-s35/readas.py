"""Print what the reader reads for the English questions of one unseen set."""
import json, os, sys, glob
from pathlib import Path
n = sys.argv[1]
folder = Path(sorted(glob.glob(f"experiments/*/unseen{n}"))[0])
scratch = Path(f"/tmp/s33/idx/unseen{n}")
os.environ.update({"QA_CORPUS_DIR": str(scratch / "corpus"), "QA_INDEX_DIR": str(scratch / "index")})
from qa.config import Settings
from qa.service import Service
from qa.answer.reader import runtime
seen = []
orig = runtime.Reader.read
def read(self, question, passages):
    seen.append(question)
    return orig(self, question, passages)
runtime.Reader.read = read
service = Service.load(Settings.from_env())
for line in (folder / "questions.jsonl").read_text("utf-8").splitlines():
    q = json.loads(line)
    if q["kind"] != "english": continue
    seen.clear()
    a = service.ask(q["question"])
    print(q["id"], q["question"]); print("   gold", q["answer"], "| short", a.short_answer, a.confidence)
    for s in dict.fromkeys(seen): print("   READ", s)
