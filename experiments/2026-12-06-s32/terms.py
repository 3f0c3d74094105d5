"""How often a question's content nouns are absent from its own passage (dev, answerable) vs from the documents
of unseen unanswerable / answerable questions: is 'a term the passage never says' a refusal signal?"""
import json, re, sys, glob, collections
sys.path.insert(0, ".")  # run from the repository root
import jieba.posseg as pseg
from qa.ingest import to_simplified
from qa.answer.names import Said
TAGS = ("n", "nz", "vn", "nt", "ns", "nr", "eng")
def terms(q):
    return [w for w, t in pseg.lcut(to_simplified(q)) if t in TAGS and len(w) >= 2 and not any(a in w for a in ("哪", "什么", "多少", "几", "谁"))]
def missing(q, said):
    return [w for w in terms(q) if not said.says(w)]
P = {json.loads(l)["id"]: json.loads(l)["text"] for l in open(".cache/dev-probes/corpus/cmrc2018_dev.passages.jsonl")}
n = miss = 0
for l in open(".cache/dev-probes/corpus/cmrc2018_dev.questions.jsonl"):
    q = json.loads(l); said = Said(P[q["passage_id"]])
    m = missing(q["question"], said); n += 1; miss += bool(m)
print(f"dev answerable with a noun its passage never says: {miss}/{n} = {100*miss/n:.1f}%")
# unseen: whole document text (plain/*.txt) of the question's doc
for kind in ("answerable", "unanswerable"):
    n = miss = 0
    for qf in glob.glob("experiments/*/unseen*/questions.jsonl"):
        plain = {p.split("/")[-1]: open(p, encoding="utf-8").read() for p in glob.glob(qf.replace("questions.jsonl", "plain/*"))}
        alltext = Said("\n".join(plain.values()))
        for l in open(qf, encoding="utf-8"):
            q = json.loads(l)
            if q["question"][:1].isascii(): continue
            if (kind == "answerable") != bool(q["answer"]): continue
            m = missing(q["question"], alltext); n += 1; miss += bool(m)
    print(f"unseen {kind} (Chinese) with a noun no document of its set says: {miss}/{n} = {100*miss/n:.1f}%")
