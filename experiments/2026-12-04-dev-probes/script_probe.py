"""Dev split (the 158 held-out CMRC train passages alone, no distractors) read as written (hans) or converted to Traditional with OpenCC s2t (hant), passages, questions and answers alike: gold-passage EM/F1. Run: .venv/bin/python experiments/2026-12-04-dev-probes/script_probe.py hans|hant"""
import json, sys
from pathlib import Path
from qa.config import Settings
from qa import service
from qa.evaluation import external
from qa.evaluation.metrics import char_f1, exact_match
from qa.search import Retriever
from qa.ingest.script import to_traditional
from qa.training import data
SCRIPT = sys.argv[1]
conv = (lambda s: s) if SCRIPT == "hans" else to_traditional
OUT = Path(f".cache/dev-probes/corpus-{SCRIPT}"); OUT.mkdir(parents=True, exist_ok=True)
allq = data.load(Path("../shared/mrc-train/cmrc2018_train.jsonl.gz"))
dev = [q for q in allq if data.is_dev(q.article)]
ctx = {}
for q in dev: ctx.setdefault(q.context, f"D{len(ctx)}")
with open(OUT / "cmrc2018_dev.passages.jsonl", "w") as fh:
    for c, pid in ctx.items():
        fh.write(json.dumps({"id": pid, "title": "", "text": conv(c)}, ensure_ascii=False) + "\n")
with open(OUT / "cmrc2018_dev.questions.jsonl", "w") as fh:
    for q in dev:
        fh.write(json.dumps({"id": q.id, "question": conv(q.question), "answers": [conv(q.answer)], "passage_id": ctx[q.context]}, ensure_ascii=False) + "\n")
open(OUT / "drcd_dev.passages.jsonl", "w").close(); open(OUT / "drcd_dev.questions.jsonl", "w").close()
settings = Settings()
emb = service.make_embedder(settings); reader = service.make_reader(settings)
index = external.prepare_index(OUT, Path(f".cache/dev-probes/index-{SCRIPT}"), service.make_chunker(settings), emb, service.index_spec(settings, emb))
retriever = Retriever(index, emb, glossary=index.glossary)
answerer = service.make_answerer(settings, retriever, reader)
n = em = f1 = ref = 0
rows = []
for q in external.load_questions(OUT):
    hits = retriever.search(q.question, k=50)
    gold = [h for h in hits if h.chunk.doc_id == q.passage_id][:5]
    a = answerer.answer(q.question, gold) if gold else None
    guess = external.prediction(a) if a is not None else ""
    n += 1; ref += not guess
    e = exact_match(guess, q.answers) if guess else 0; f = char_f1(guess, q.answers) if guess else 0
    em += e; f1 += f
    rows.append({"id": q.id, "q": q.question, "gold": q.answers[0], "guess": guess, "em": e, "f1": round(f, 3), "conf": a.confidence if a else None})
json.dump(rows, open(f".cache/dev-probes/script-{SCRIPT}.json", "w"), ensure_ascii=False, indent=0)
print(SCRIPT, "n", n, "EM", round(100 * em / n, 1), "F1", round(100 * f1 / n, 1), "refused", round(100 * ref / n, 1))
