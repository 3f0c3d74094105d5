"""Fast unseen probe that also writes, per question, whether the answer cites the gold document (TAG_unseenN.docs)
(a copy of experiments/2026-12-06-s33/fast_probe.py). Fast unseen probe: cached per-set indexes (/tmp/s33/idx/NAME), one process; same log format as probe.py.
usage: fast.py TAG [kinds,comma] [sets 1..29]"""
import json, os, re, subprocess, sys, glob, shutil
from pathlib import Path
sys.path.insert(0, "experiments/2026-12-05-s24")
from probe import judged
TAG = sys.argv[1]
KINDS = set(sys.argv[2].split(",")) if len(sys.argv) > 2 and sys.argv[2] != "all" else None
NUMS = sys.argv[3].split() if len(sys.argv) > 3 else [str(i) for i in range(1, 30)]
from qa.config import Settings
from qa.service import Service
total = [0, 0]
for n in NUMS:
    folder = Path(sorted(glob.glob(f"experiments/*/unseen{n}"))[0]) if n not in ("1", "2", "3") else Path(f"experiments/2026-12-05-s24/unseen{n}")
    scratch = Path(os.environ.get("IDX", "/tmp/s33/idx") + f"/unseen{n}")
    if not (scratch / "index").exists():
        shutil.rmtree(scratch, ignore_errors=True)
        (scratch / "corpus").mkdir(parents=True)
        for p in list(Path("corpus").iterdir()) + list((folder / "corpus").iterdir()):
            shutil.copy(p, scratch / "corpus" / p.name)
        env = os.environ | {"QA_CORPUS_DIR": str(scratch / "corpus"), "QA_INDEX_DIR": str(scratch / "index")}
        subprocess.run([sys.executable, "-m", "qa", "index"], env=env, check=True, capture_output=True)
    os.environ.update({"QA_CORPUS_DIR": str(scratch / "corpus"), "QA_INDEX_DIR": str(scratch / "index")})
    service = Service.load(Settings.from_env())
    out = open(f"/tmp/s33/{TAG}_unseen{n}.log", "w", encoding="utf-8"); docs = open(f"/tmp/s33/{TAG}_unseen{n}.docs", "w", encoding="utf-8")
    right = count = 0
    for line in (folder / "questions.jsonl").read_text("utf-8").splitlines():
        if not line.strip(): continue
        q = json.loads(line)
        if KINDS and q["kind"] not in KINDS: continue
        a = service.ask(q["question"])
        refused, gold = not a.answerable, q["answer"]
        ok, short_ok = judged(gold, a)
        right += ok; count += 1
        reply = "REFUSED" if refused else a.answer[:80].replace("\n", " ")
        print(f"{'ok ' if ok else 'BAD'} {'s' if short_ok else '-'} {q['id']} [{q['kind']}] {q['question']}", file=out)
        cited = a.citations[0].doc_id if a.citations and a.answerable else ""
        print(q["id"], q["kind"], "ok" if ok else "BAD", "refused" if refused else ("same" if (key := Path(str(q.get("doc", ""))).stem) and (cited == key or cited.startswith(key + "_")) else "OTHER"), cited, q.get("doc"), sep="\t", file=docs)
        print(f"      gold={gold!r} short={a.short_answer!r} confidence={a.confidence} | {reply}", file=out)
    print(f"\nunseen{n}: right {right}/{count}", file=out); out.close()
    total[0] += right; total[1] += count
    print(f"unseen{n} {right}/{count}", flush=True)
print("TOTAL", total)
