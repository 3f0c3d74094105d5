"""recall_miss.py SETS...: English questions whose gold answer is not in the top retrieved chunk: the glossary's
terms for the question and the rank of the first chunk holding the answer."""
import glob, json, os, sys
from pathlib import Path
from qa.config import Settings
from qa.service import Service
from qa.ingest import to_simplified
for n in sys.argv[1:]:
    folder = Path(sorted(glob.glob(f"experiments/*/unseen{n}"))[0]) if n not in ("1", "2", "3") else Path(f"experiments/2026-12-05-s24/unseen{n}")
    os.environ.update({"QA_CORPUS_DIR": f"/tmp/s33/idx/unseen{n}/corpus", "QA_INDEX_DIR": f"/tmp/s33/idx/unseen{n}/index"})
    s = Service.load(Settings.from_env())
    g = s.retriever.glossary
    for line in (folder / "questions.jsonl").read_text("utf-8").splitlines():
        if not line.strip(): continue
        q = json.loads(line)
        if q["kind"] != "english" or not q["answer"]: continue
        hits = s.retriever.search(q["question"], k=10)
        gold = to_simplified(q["answer"])
        at = next((i for i, h in enumerate(hits) if gold in to_simplified(h.chunk.text)), None)
        if at == 0: continue
        print(f"[{at}] {q['question']}\n    gold {q['answer']} | ev {q.get('evidence','')[:90]}")
        print("    terms:", [(t.english, t.chinese[:5]) for t in g.translate(q["question"])])
        print("    top1:", hits[0].chunk.text[:90].replace("\n", " / "))
