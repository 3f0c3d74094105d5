"""recall.py KINDS SETS...: for each question of those kinds (answerable), whether its gold answer is in the top-k
retrieved chunks (k = 1, 3, 5, 10) on unseen set N's cached index; a retrieval ceiling for the reader."""
import glob, json, os, sys
from pathlib import Path
kinds = set(sys.argv[1].split(","))
from qa.config import Settings
from qa.service import Service
from qa.ingest import to_simplified
from collections import Counter
found, total = Counter(), 0
for n in sys.argv[2:]:
    folder = Path(sorted(glob.glob(f"experiments/*/unseen{n}"))[0]) if n not in ("1", "2", "3") else Path(f"experiments/2026-12-05-s24/unseen{n}")
    os.environ.update({"QA_CORPUS_DIR": f"/tmp/s33/idx/unseen{n}/corpus", "QA_INDEX_DIR": f"/tmp/s33/idx/unseen{n}/index"})
    s = Service.load(Settings.from_env())
    if os.environ.get("DW"): s.retriever.dense_weight = float(os.environ["DW"])
    for line in (folder / "questions.jsonl").read_text("utf-8").splitlines():
        if not line.strip(): continue
        q = json.loads(line)
        if q["kind"] not in kinds or not q["answer"]: continue
        hits = s.retriever.search(q["question"], k=10)
        gold = to_simplified(q["answer"])
        at = next((i for i, h in enumerate(hits) if gold in to_simplified(h.chunk.text)), None)
        total += 1
        for k in (1, 3, 5, 10):
            found[k] += at is not None and at < k
print("questions", total, " ".join(f"R@{k} {100*found[k]/total:.1f}" for k in (1, 3, 5, 10)))
