"""R@1 / R@3 of answerable questions by kind group under dense weights (diagnosis, unseen sets)."""
import json, os, sys, glob, re, collections
from pathlib import Path
from qa.config import Settings
from qa.service import Service
from qa.search import Retriever
from qa.ingest import to_simplified
WEIGHTS = [0.1, 0.3, 0.5, 0.7, 0.9]
NUMS = sys.argv[1].split()
r = collections.defaultdict(lambda: collections.Counter())
for n in NUMS:
    folder = Path(sorted(glob.glob(f"experiments/*/unseen{n}"))[0]) if n not in ("1","2","3") else Path(f"experiments/2026-12-05-s24/unseen{n}")
    scratch = Path(f"/tmp/s33/idx/unseen{n}")
    os.environ.update({"QA_CORPUS_DIR": str(scratch / "corpus"), "QA_INDEX_DIR": str(scratch / "index")})
    svc = Service.load(Settings.from_env())
    base = svc.retriever
    rets = {w: Retriever(base.index, base.embedder, dense_weight=w, glossary=base.glossary) for w in WEIGHTS}
    for line in (folder / "questions.jsonl").read_text("utf-8").splitlines():
        if not line.strip(): continue
        q = json.loads(line)
        if not q["answer"]: continue
        group = "english" if q["kind"] == "english" else "chinese"
        g = re.sub(r"\s", "", to_simplified(q["answer"]))
        for w, ret in rets.items():
            hits = ret.search(q["question"], 10)
            rank = next((i for i, h in enumerate(hits) if g in re.sub(r"\s", "", to_simplified(h.chunk.text))), 99)
            c = r[(group, w)]; c["n"] += 1; c["r1"] += rank < 1; c["r3"] += rank < 3; c["r10"] += rank < 10
for (g, w), c in sorted(r.items()):
    print(g, w, "n", c["n"], "R@1 %.1f R@3 %.1f R@10 %.1f" % (100*c["r1"]/c["n"], 100*c["r3"]/c["n"], 100*c["r10"]/c["n"]))
