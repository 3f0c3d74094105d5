"""English questions of unseen1-44: the content words the glossary knows but the corpus has no word for (`Glossary.translate` terms with no rendering), by answerable / unanswerable and right / wrong in the s46k logs.
usage: PYTHONPATH=. .venv/bin/python experiments/2026-12-07-s47/scripts/unr.py > unr.tsv"""
import json, os, glob, sys, re
from pathlib import Path
from qa.config import Settings
from qa.service import Service
LAT = re.compile(r"[A-Za-z]{3,}")
res = []
for n in range(1, 45):
    n = str(n)
    folder = Path(sorted(glob.glob(f"experiments/*/unseen{n}"))[0]) if n not in ("1","2","3") else Path(f"experiments/2026-12-05-s24/unseen{n}")
    scratch = Path(f"/tmp/s33/idx/unseen{n}")
    os.environ.update({"QA_CORPUS_DIR": str(scratch / "corpus"), "QA_INDEX_DIR": str(scratch / "index")})
    s = Service.load(Settings.from_env())
    g = s.retriever.glossary
    log = {}
    for l in open(f"/tmp/s33/s46k_unseen{n}.docs"):
        p = l.rstrip("\n").split("\t"); log[p[0]] = p
    for line in (folder / "questions.jsonl").read_text("utf-8").splitlines():
        if not line.strip(): continue
        q = json.loads(line)
        text = q["question"]
        if len(LAT.findall(text)) < 4: continue
        terms = g.translate(text)
        unr = [t.english for t in terms if not t.chinese]
        print(n, q["id"], q["kind"], "UNANS" if not q["answer"] else "ans", log.get(q["id"], ["", "", "?"])[2], unr, text[:90], sep="\t", flush=True)
