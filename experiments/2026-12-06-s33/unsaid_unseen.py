import re, glob, json, sys, pickle
sys.path.insert(0, ".")
import jieba.posseg as pseg
from qa.ingest import to_simplified
from qa.answer.names import Said
TAGS = ("n", "nz", "vn", "nt", "ns", "nr", "eng")
def terms(q):
    return [w for w, t in pseg.lcut(to_simplified(q)) if t in TAGS and len(w) >= 2 and not any(a in w for a in ("哪", "什么", "多少", "几", "谁"))]
TAG = sys.argv[1] if len(sys.argv) > 1 else "a4"
seeds = Said("\n".join(open(p, encoding="utf-8", errors="ignore").read() for p in glob.glob("corpus/*")))
rows = []
sets = {}
for qf in glob.glob("experiments/*/unseen*/questions.jsonl"):
    sets[qf.split("/")[-2]] = qf
for name, qf in sets.items():
    log = f"/tmp/s32/{TAG}_{name}.log"
    try: text = open(log, encoding="utf-8").read()
    except FileNotFoundError: continue
    plain = Said("\n".join(open(p, encoding="utf-8").read() for p in glob.glob(qf.replace("questions.jsonl", "plain/*"))))
    qs = {json.loads(l)["id"]: json.loads(l) for l in open(qf, encoding="utf-8") if l.strip()}
    for m in re.finditer(r"^(ok |BAD) [s-] (\S+) \[(\S+)\] .*\n\s+gold=.* confidence=(\S+) \| (.*)$", text, re.M):
        ok, qid, kind, conf, reply = m.groups()
        q = qs[qid]
        en = q["question"][:1].isascii()
        ts = [] if en else terms(q["question"])
        miss_set = [w for w in ts if not plain.says(w)]
        miss_all = [w for w in miss_set if not seeds.says(w)]
        rows.append(dict(set=name, id=qid, kind=kind, ok=ok.strip() == "ok", conf=0.0 if conf == "None" else float(conf), refused=reply.startswith("REFUSED"), unans=not q["answer"], miss_set=miss_set, miss_all=miss_all, q=q["question"]))
pickle.dump(rows, open(f"/tmp/s33/useen_{TAG}.pkl", "wb"))
print(len(rows), "rows")
