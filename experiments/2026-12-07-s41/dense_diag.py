import json, os, sys, glob, collections
from pathlib import Path
sys.path.insert(0, "experiments/2026-12-05-s24")
from probe import judged
from qa.config import Settings
from qa.service import Service
rows = []
for n in [str(i) for i in range(1, 30)]:
    folder = Path(sorted(glob.glob(f"experiments/*/unseen{n}"))[0]) if n not in ("1","2","3") else Path(f"experiments/2026-12-05-s24/unseen{n}")
    scratch = Path(f"/tmp/s33/idx/unseen{n}")
    os.environ.update({"QA_CORPUS_DIR": str(scratch / "corpus"), "QA_INDEX_DIR": str(scratch / "index")})
    svc = Service.load(Settings.from_env())
    for line in (folder / "questions.jsonl").read_text("utf-8").splitlines():
        if not line.strip(): continue
        q = json.loads(line)
        hits = svc.search(q["question"])
        a = svc.answer(q["question"], hits)
        ok, _ = judged(q["answer"], a)
        dens = [h.dense if h.dense is not None else float("nan") for h in hits]
        rows.append({"set": n, "id": q["id"], "kind": q["kind"], "answerable": bool(q["answer"]), "ok": ok,
                     "refused": not a.answerable, "conf": a.confidence, "d1": dens[0] if dens else None,
                     "dmax": max(dens) if dens else None, "score1": hits[0].score if hits else None})
json.dump(rows, open("/tmp/s41/dense_diag.json", "w"))
