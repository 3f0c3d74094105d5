"""Rank of the first retrieved chunk (top 10, as served) holding the gold answer (or, for an answer under 4
characters, the start of its evidence), per kind of question, for the questions a log judged right and wrong.
usage: retrieval_ranks.py TAG "1 2 … 36" (the logs /tmp/s33/TAG_unseenN.log and the cached indexes)."""
import json, os, re, sys, glob, collections
from pathlib import Path
sys.path.insert(0, "/work/main")
from qa.config import Settings
from qa.service import Service
from qa.ingest.script import to_simplified
TAG = sys.argv[1]; NUMS = sys.argv[2].split()
def norm(t): return re.sub(r"\s+|\|", "", to_simplified(t))
res = []
for n in NUMS:
    folder = Path(sorted(glob.glob(f"experiments/*/unseen{n}"))[0]) if n not in ("1","2","3") else Path(f"experiments/2026-12-05-s24/unseen{n}")
    scratch = Path(f"/tmp/s33/idx/unseen{n}")
    if not (scratch / "index").exists(): continue
    os.environ.update({"QA_CORPUS_DIR": str(scratch / "corpus"), "QA_INDEX_DIR": str(scratch / "index")})
    svc = Service.load(Settings.from_env())
    log = open(f"/tmp/s33/{TAG}_unseen{n}.log", encoding="utf-8").read()
    verdict = dict(re.findall(r"^(ok |BAD) . (\S+) ", log, re.M)[i][::-1] for i in range(len(re.findall(r"^(ok |BAD) . (\S+) ", log, re.M))))
    for line in (folder / "questions.jsonl").read_text("utf-8").splitlines():
        if not line.strip(): continue
        q = json.loads(line)
        if not q.get("answer"): continue
        hits = svc.search(q["question"], 10)
        ev = norm(q.get("evidence") or ""); ans = norm(q["answer"])
        key = ans if len(ans) >= 4 else (ev[:30] if ev else ans)
        rank = next((i for i, h in enumerate(hits) if key and key in norm(h.chunk.text)), None)
        res.append((n, q["id"], q["kind"], rank, verdict.get(q["id"], "?").strip()))
json.dump(res, open(f"/tmp/s45/recall_{TAG}.json", "w"))
by = collections.defaultdict(collections.Counter)
for n, i, k, r, v in res:
    b = "none" if r is None else ("1-3" if r < 3 else ("4-5" if r < 5 else "6-10"))
    by[(k, v)][b] += 1
for key in sorted(by): print(key, dict(by[key]))
