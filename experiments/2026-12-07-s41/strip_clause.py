"""Diagnostic: read each question with its first comma clause dropped; compare outcome with as-written."""
import json, os, re, sys, glob, collections
from pathlib import Path
sys.path.insert(0, "experiments/2026-12-05-s24")
from probe import judged
from qa.config import Settings
from qa.service import Service
NUMS = sys.argv[1].split() if len(sys.argv) > 1 else [str(i) for i in range(1, 27)]
c = collections.Counter()
for n in NUMS:
    folder = Path(sorted(glob.glob(f"experiments/*/unseen{n}"))[0]) if n not in ("1","2","3") else Path(f"experiments/2026-12-05-s24/unseen{n}")
    scratch = Path(f"/tmp/s33/idx/unseen{n}")
    os.environ.update({"QA_CORPUS_DIR": str(scratch / "corpus"), "QA_INDEX_DIR": str(scratch / "index")})
    svc = Service.load(Settings.from_env())
    for line in (folder / "questions.jsonl").read_text("utf-8").splitlines():
        if not line.strip(): continue
        q = json.loads(line)
        text = q["question"]
        m = re.match(r"^([^，,]{4,})[，,](.{6,})$", text)
        if not m or "english" in q["kind"]: continue
        hits = svc.search(text)
        a = svc.answer(text, hits)
        b = svc.answer(m.group(2), hits)   # same hits: retrieval keeps the full question
        e1 = b if (not a.answerable and b.answerable) else a
        e2 = b if (b.confidence or 0) > (a.confidence or 0) else a
        oks = [judged(q["answer"], x)[0] for x in (a, b, e1, e2)]
        ua = "unans" if not q["answer"] else "ans"
        for name, ok in zip("a b e1 e2".split(), oks): c[(ua, name)] += ok
        c[(ua, "n")] += 1
        if oks[0] != oks[2]: print(("WON " if oks[2] else "LOST"), q["id"], text, "| conf", a.confidence, "->", b.confidence, flush=True)
    print(n, dict(c), flush=True)
print(dict(c))
