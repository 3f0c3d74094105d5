"""Where retrieval ranks the passage holding the gold answer, by question kind, over the unseen sets' cached
indexes (/tmp/s33/idx, built by fast_probe.py): is a kind's miss the retriever's or the reader's?
usage: retrieval_by_kind.py [sets]"""
import collections, glob, json, os, sys
from pathlib import Path
NUMS = sys.argv[1].split() if len(sys.argv) > 1 else [str(i) for i in range(1, 26)]
from qa.config import Settings
from qa.service import Service
from qa.ingest import to_simplified
ranks = collections.defaultdict(list)
for n in NUMS:
    folder = Path(sorted(glob.glob(f"experiments/*/unseen{n}"))[0])
    os.environ.update({"QA_CORPUS_DIR": f"/tmp/s33/idx/unseen{n}/corpus", "QA_INDEX_DIR": f"/tmp/s33/idx/unseen{n}/index"})
    service = Service.load(Settings.from_env())
    for line in (folder / "questions.jsonl").read_text("utf-8").splitlines():
        if not line.strip():
            continue
        q = json.loads(line)
        gold = q.get("answer")
        if not gold:
            continue
        hits = service.search(q["question"], 5)
        key = to_simplified(str(gold)).replace(" ", "")
        rank = next((i for i, h in enumerate(hits) if key in to_simplified(h.chunk.text).replace(" ", "")), None)
        ranks[q["kind"]].append(rank)
print(f"{'kind':28} {'n':>4} {'top1':>6} {'top3':>6} {'top5':>6} {'miss':>6}")
for kind, rs in sorted(ranks.items()):
    k = len(rs)
    t1 = sum(r == 0 for r in rs); t3 = sum(r is not None and r < 3 for r in rs); t5 = sum(r is not None for r in rs)
    print(f"{kind:28} {k:4d} {t1/k:6.2f} {t3/k:6.2f} {t5/k:6.2f} {1-t5/k:6.2f}")
