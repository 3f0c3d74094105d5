import json, random
from pathlib import Path
from qa.training import data
OUT = Path(".cache/dev-probes/corpus"); OUT.mkdir(parents=True, exist_ok=True)
allq = data.load(Path("../shared/mrc-train/cmrc2018_train.jsonl.gz"))
dev = [q for q in allq if data.is_dev(q.article)]
ctx = {}
for q in dev: ctx.setdefault(q.context, f"D{len(ctx)}")
train_ctx = sorted({q.context for q in allq if not data.is_dev(q.article)})
random.Random(0).shuffle(train_ctx)
with open(OUT / "cmrc2018_dev.passages.jsonl", "w") as fh:
    for c, pid in ctx.items():
        fh.write(json.dumps({"id": pid, "title": "", "text": c}, ensure_ascii=False) + "\n")
    for i, c in enumerate(train_ctx[:2244]):
        fh.write(json.dumps({"id": f"T{i}", "title": "", "text": c}, ensure_ascii=False) + "\n")
with open(OUT / "cmrc2018_dev.questions.jsonl", "w") as fh:
    for q in dev:
        fh.write(json.dumps({"id": q.id, "question": q.question, "answers": [q.answer], "passage_id": ctx[q.context]}, ensure_ascii=False) + "\n")
open(OUT / "drcd_dev.passages.jsonl", "w").close(); open(OUT / "drcd_dev.questions.jsonl", "w").close()
print(len(dev), len(ctx) + 2244)
