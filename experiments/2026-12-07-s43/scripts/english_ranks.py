"""For each question of the chosen kinds: rank of the first retrieved chunk holding the gold answer, and ok/BAD."""
import json, os, sys, glob, re, collections
from pathlib import Path
sys.path.insert(0, "experiments/2026-12-05-s24")
from probe import judged
from qa.config import Settings
from qa.service import Service
from qa.ingest import to_simplified
KINDS = set(sys.argv[1].split(","))
NUMS = sys.argv[2].split()
stats = collections.Counter()
for n in NUMS:
    folder = Path(sorted(glob.glob(f"experiments/*/unseen{n}"))[0]) if n not in ("1","2","3") else Path(f"experiments/2026-12-05-s24/unseen{n}")
    scratch = Path(f"/tmp/s33/idx/unseen{n}")
    os.environ.update({"QA_CORPUS_DIR": str(scratch / "corpus"), "QA_INDEX_DIR": str(scratch / "index")})
    svc = Service.load(Settings.from_env())
    for line in (folder / "questions.jsonl").read_text("utf-8").splitlines():
        if not line.strip(): continue
        q = json.loads(line)
        if q["kind"] not in KINDS or not q["answer"]: continue
        hits = svc.search(q["question"], 10)
        g = re.sub(r"\s", "", to_simplified(q["answer"]))
        rank = next((i for i, h in enumerate(hits) if g in re.sub(r"\s", "", to_simplified(h.chunk.text))), None)
        a = svc.answer(q["question"], hits[:5])
        ok, _ = judged(q["answer"], a)
        bucket = "top1" if rank == 0 else "top2-3" if rank is not None and rank < 3 else "top4-10" if rank is not None else "none"
        stats[(bucket, ok)] += 1
        if not ok:
            print(f"BAD {bucket} {q['id']} {q['question'][:90]} | gold={q['answer']} | short={a.short_answer!r} conf={a.confidence:.2f}", flush=True)
for k in sorted(stats): print(k, stats[k])
