"""English retrieval: gold answer in top-1 / top-5 chunks, dense query variants. usage: eng_ret.py [sets]"""
import json, os, re, sys, glob
from pathlib import Path
import numpy as np
sys.path.insert(0, "experiments/2026-12-05-s24")
from probe import norm
from qa.config import Settings
from qa.service import Service
NUMS = sys.argv[1].split() if len(sys.argv) > 1 else [str(i) for i in range(1, 27)]
VARIANTS = ["raw", "render_top", "mix_top", "first_sense", "mix_first"]
stats = {v: [0, 0, 0] for v in VARIANTS}
def first_sense(g, q):
    low = q.lower()
    out, last = [], 0
    for s, e, phrase, chinese in g._phrases(low):
        if chinese:
            out.append(q[last:s]); out.append(chinese[0]); last = e
    out.append(q[last:])
    return "".join(out)
for n in NUMS:
    folder = Path(sorted(glob.glob(f"experiments/*/unseen{n}"))[0]) if n not in ("1","2","3") else Path(f"experiments/2026-12-05-s24/unseen{n}")
    scratch = Path(f"/tmp/s33/idx/unseen{n}")
    os.environ.update({"QA_CORPUS_DIR": str(scratch / "corpus"), "QA_INDEX_DIR": str(scratch / "index")})
    svc = Service.load(Settings.from_env())
    r = svc.retriever
    g = r.glossary
    emb = r.embedder
    for line in (folder / "questions.jsonl").read_text("utf-8").splitlines():
        if not line.strip(): continue
        q = json.loads(line)
        if q["kind"] != "english" or not q["answer"]: continue
        items = [norm(i) for i in q["answer"].split("、")]
        question = q["question"].strip()
        base = r._search(question, 10)
        top_text = "".join(h.chunk.text for h in base[:5])
        vraw = emb.embed_query(question)
        qs = {"render_top": g.render(question, top_text), "first_sense": first_sense(g, question)}
        for v in VARIANTS:
            if v == "raw":
                hits = base
            else:
                alt = qs["render_top" if "top" in v else "first_sense"]
                va = emb.embed_query(alt)
                vec = va if v.startswith(("render", "first")) else (vraw + va)
                vec = vec / np.linalg.norm(vec)
                orig = emb.embed_query
                emb.embed_query = lambda _t, vec=vec: vec
                try: hits = r._search(question, 10)
                finally: emb.embed_query = orig
            texts = [norm(h.chunk.text) for h in hits]
            ok = lambda t: all(i in t for i in items)
            stats[v][0] += ok(texts[0]) if texts else 0
            stats[v][1] += any(ok(t) for t in texts[:5])
            stats[v][2] += 1
    print(n, {v: s[:] for v, s in stats.items()}, flush=True)
for v, (a, b, c) in stats.items(): print(f"{v:12s} R@1 {a}/{c} {a/c:.3f}  R@5 {b}/{c} {b/c:.3f}")
