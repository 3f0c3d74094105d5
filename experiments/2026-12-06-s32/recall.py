"""Retrieval recall over blind sets: for each answerable question, the rank (1-10, 99 if none) of the first
retrieved chunk holding every gold item, as `/api/ask` retrieves (seeds plus the set's documents, as
`experiments/2026-12-05-s24/probe.py` indexes them). One JSON line per question. Run from the repository root,
after `make index`:

    .venv/bin/python experiments/2026-12-06-s32/recall.py experiments/*/unseen* > recall.jsonl
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
def main(names):
    out = []
    for name in names:
        folder = Path(name)
        scratch = Path(tempfile.mkdtemp(prefix=f"rc-{folder.name}-"))
        corpus = scratch / "corpus"
        shutil.copytree(ROOT / "corpus", corpus)
        for p in (folder / "corpus").iterdir():
            shutil.copy(p, corpus / p.name)
        env = os.environ | {"QA_CORPUS_DIR": str(corpus), "QA_INDEX_DIR": str(scratch / "index")}
        subprocess.run([sys.executable, "-m", "qa", "index"], env=env, check=True, cwd=ROOT, capture_output=True)
        os.environ.update(env)
        from qa.answer.reader.runtime import aligned_simplified
        from qa.config import Settings
        from qa.service import Service
        norm = lambda t: re.sub(r"\s+|\[\d+\]", "", aligned_simplified(t or ""))
        s = Service.load(Settings.from_env())
        for line in (folder / "questions.jsonl").read_text("utf-8").splitlines():
            if not line: continue
            q = json.loads(line)
            if not q["answer"]: continue
            items = [norm(i) for i in q["answer"].split("、")]
            hits = s.search(q["question"], 10)
            rank = next((i + 1 for i, h in enumerate(hits) if all(it in norm(h.chunk.text) for it in items)), 99)
            out.append({"set": folder.name, "id": q["id"], "kind": q["kind"], "rank": rank, "q": q["question"]})
            print(json.dumps(out[-1], ensure_ascii=False), flush=True)
        shutil.rmtree(scratch, ignore_errors=True)
        del s
main(sys.argv[1:])
