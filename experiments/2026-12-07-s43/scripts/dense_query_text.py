"""English R@k with different dense query texts (diagnosis on unseen sets)."""
import json, os, sys, glob, re, collections
from pathlib import Path
import numpy as np
from qa.config import Settings
from qa.service import Service
from qa.search import Retriever
from qa.search.glossary import LATIN, _lowered
from qa.ingest import to_simplified
NUMS = sys.argv[1].split()
MODES = ["q", "kw", "first", "firstonly"]
class R(Retriever):
    mode = "q"
    def dense_text(self, simple):
        if self.mode == "q" or not LATIN.search(simple): return simple
        terms = self.glossary.translate(simple)
        if self.mode == "kw": return self._keywords(simple)
        if self.mode == "firstonly": return " ".join(t.chinese[0] for t in terms if t.chinese)
        out = simple
        for t in terms:
            if t.chinese: out = re.sub(re.escape(t.english), t.chinese[0], out, count=1, flags=re.I)
        return out
    def _search(self, simple, k):
        n = len(self.index.chunks)
        dense = np.full(n, np.nan, dtype=np.float32)
        scores, ids = self.index.dense(self.embedder.embed_query(self.dense_text(simple)), self.candidates)
        dense[ids] = scores
        bm25 = self.index.keyword_scores(self._keywords(simple))
        fused = self._fuse(dense, bm25)
        order = np.argsort(-fused, kind="stable")[:k]
        return [type("H", (), {"chunk": self.index.chunks[i]}) for i in order]
r = collections.defaultdict(collections.Counter)
for n in NUMS:
    folder = Path(sorted(glob.glob(f"experiments/*/unseen{n}"))[0]) if n not in ("1","2","3") else Path(f"experiments/2026-12-05-s24/unseen{n}")
    scratch = Path(f"/tmp/s33/idx/unseen{n}")
    os.environ.update({"QA_CORPUS_DIR": str(scratch / "corpus"), "QA_INDEX_DIR": str(scratch / "index")})
    svc = Service.load(Settings.from_env())
    base = svc.retriever
    for line in (folder / "questions.jsonl").read_text("utf-8").splitlines():
        if not line.strip(): continue
        q = json.loads(line)
        if not q["answer"] or q["kind"] != "english": continue
        g = re.sub(r"\s", "", to_simplified(q["answer"]))
        for m in MODES:
            for w in (0.3, 0.5):
                ret = R(base.index, base.embedder, dense_weight=w, glossary=base.glossary, mend_typos=False); ret.mode = m
                hits = ret._search(to_simplified(q["question"]), 10)
                rank = next((i for i, h in enumerate(hits) if g in re.sub(r"\s", "", to_simplified(h.chunk.text))), 99)
                c = r[(m, w)]; c["n"] += 1; c["r1"] += rank < 1; c["r3"] += rank < 3; c["r10"] += rank < 10
for (m, w), c in sorted(r.items()):
    print(m, w, "n", c["n"], "R@1 %.1f R@3 %.1f R@10 %.1f" % (100*c["r1"]/c["n"], 100*c["r3"]/c["n"], 100*c["r10"]/c["n"]))
