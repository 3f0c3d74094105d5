"""For each unseen question: its content nouns none of the hit documents says; written with log outcome."""
import json, os, sys, glob, re, math
from pathlib import Path
import jieba, jieba.posseg
from qa.config import Settings
from qa.service import Service
from qa.answer.names import Said, names_in
from qa.ingest import to_simplified
sys.path.insert(0, "experiments/2026-12-05-s24")
freq = jieba.dt.FREQ; total = jieba.dt.total
out = open("/tmp/s44/terms.jsonl", "w")
for n in sys.argv[1].split():
    folder = Path(sorted(glob.glob(f"experiments/*/unseen{n}"))[0]) if n not in ("1","2","3") else Path(f"experiments/2026-12-05-s24/unseen{n}")
    scratch = Path(f"/tmp/s33/idx/unseen{n}")
    os.environ.update({"QA_CORPUS_DIR": str(scratch / "corpus"), "QA_INDEX_DIR": str(scratch / "index")})
    s = Service.load(Settings.from_env())
    ans = s.answerer.inner
    log = {}
    for line in open(f"/tmp/s33/s43h_unseen{n}.log", encoding="utf-8"):
        m = re.match(r"(ok |BAD) . (\S+) \[(\w+)\]", line)
        if m: log[m.group(2)] = m.group(1) == "ok "
    for line in (folder / "questions.jsonl").read_text("utf-8").splitlines():
        if not line.strip(): continue
        q = json.loads(line)
        if re.search(r"[A-Za-z]{3}", q["question"]) and not re.search(r"[\u4e00-\u9fff]", q["question"]): continue
        hits = s.search(q["question"])
        docs = list(dict.fromkeys(h.chunk.doc_id for h in hits))
        said = [ans._text(d) for d in docs]
        whole = [ans._text(d) for d in ans._chunks_by_doc]
        words = [(w, t) for w, t in jieba.posseg.lcut(to_simplified(q["question"])) if len(w) > 1 and t[:1] in ("n", "v", "a", "e", "x") ]
        absent = [(w, t, freq.get(w, 0)) for w, t in words if not any(d.says(w) for d in said)]
        absent_all = [w for w, t in words if not any(d.says(w) for d in whole)]
        out.write(json.dumps({"id": q["id"], "set": n, "kind": q["kind"], "q": q["question"], "ok": log.get(q["id"]), "answerable": bool(q["answer"]), "absent": absent, "absent_corpus": absent_all}, ensure_ascii=False) + "\n")
    print(n, flush=True)
