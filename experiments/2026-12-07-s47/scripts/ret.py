"""Refused answerable questions of unseen1-44 (s46k logs): the rank of the gold chunk (answer and start of the evidence) among the top 20 retrieved.
usage: PYTHONPATH=. .venv/bin/python experiments/2026-12-07-s47/scripts/ret.py paraphrase,table,typo,english > ret.tsv"""
import json, os, glob, sys, re, unicodedata
from pathlib import Path
from qa.config import Settings
from qa.service import Service
from qa.ingest import to_simplified
KINDS = set(sys.argv[1].split(","))
def norm(s): return to_simplified(unicodedata.normalize("NFKC", s)).replace(" ", "").replace("|", "")
for n in range(1, 45):
    n = str(n)
    folder = Path(sorted(glob.glob(f"experiments/*/unseen{n}"))[0]) if n not in ("1","2","3") else Path(f"experiments/2026-12-05-s24/unseen{n}")
    refused = {l.split("\t")[0] for l in open(f"/tmp/s33/s46k_unseen{n}.docs") if l.split("\t")[3] == "refused" and l.split("\t")[2] == "BAD"}
    if not refused: continue
    os.environ.update({"QA_CORPUS_DIR": f"/tmp/s33/idx/unseen{n}/corpus", "QA_INDEX_DIR": f"/tmp/s33/idx/unseen{n}/index"})
    s = Service.load(Settings.from_env())
    for line in (folder / "questions.jsonl").read_text("utf-8").splitlines():
        if not line.strip(): continue
        q = json.loads(line)
        if q["id"] not in refused or q["kind"] not in KINDS or not q["answer"]: continue
        hits = s.search(q["question"], 20)
        ev = norm(q.get("evidence", ""))[:12]
        ans = norm(q["answer"])
        rank = next((i for i, h in enumerate(hits) if ans in norm(h.chunk.text) and (not ev or ev[:6] in norm(h.chunk.text))), None)
        print(n, q["id"], q["kind"], rank, q["question"][:60], sep="\t", flush=True)
