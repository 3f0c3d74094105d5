"""English proxy on the dev split (`dev`, or `dev mixed`: names left in Chinese) (CMRC dev questions code-switched to English, names romanised): BM25 over a
question's translations summed (today) against each English term's translations taken as one synonym group
(max of their scores, Pirkola-style). Usage: grouped_translations.py [dev|unseen N...]"""
import json, os, random, re, sys, glob
from pathlib import Path
import numpy as np
from qa.config import Settings
from qa import service
from qa.search import Retriever
from qa.search.glossary import LATIN
from qa.ingest import to_simplified


class Grouped(Retriever):
    mode = "sum"

    def _search(self, simple, k):
        if self.glossary is None or not LATIN.search(simple):
            return super()._search(simple, k)
        n = len(self.index.chunks)
        dense = np.full(n, np.nan, dtype=np.float32)
        scores, ids = self.index.dense(self.embedder.embed_query(simple), self.candidates)
        dense[ids] = scores
        words = [w for term in self.glossary.translate(simple) for w in term.chinese]
        if self.mode == "sum":  # the code before 88ad171: the question and every translation, one BM25 query
            bm25 = self.index.keyword_scores(" ".join([simple, *words])).astype(np.float64)
            fused = self._fuse(dense, bm25.astype(np.float32))
            positive = np.flatnonzero(fused > 0)
            order = positive[np.argsort(-fused[positive], kind="stable")[:k]]
            from qa.search.retrieve import Hit
            return [Hit(self.index.chunks[i], float(fused[i]), None, None) for i in order]
        bm25 = self.index.keyword_scores(simple).astype(np.float64)
        for term in self.glossary.translate(simple):
            if not term.chinese:
                continue
            per = np.stack([self.index.keyword_scores(w) for w in term.chinese])
            bm25 += per.max(axis=0) if self.mode == "max" else per.mean(axis=0)
        fused = self._fuse(dense, bm25.astype(np.float32))
        positive = np.flatnonzero(fused > 0)
        order = positive[np.argsort(-fused[positive], kind="stable")[:k]]
        from qa.search.retrieve import Hit
        return [Hit(self.index.chunks[i], float(fused[i]), None, None) for i in order]


def dev():
    from qa.evaluation import external
    from qa.training.codeswitch import CodeSwitch, romanised
    settings = Settings()
    emb = service.make_embedder(settings)
    out = Path(".cache/dev-probes/corpus")
    index = external.prepare_index(out, Path(".cache/dev-probes/index-300"), service.make_chunker(settings), emb, service.index_spec(settings, emb))
    qs = [q for q in external.load_questions(out) if q.source == "cmrc2018_dev"]
    cs, rng = CodeSwitch(), random.Random(0)
    eng = [(romanised(cs(q.question, rng)), q.passage_id) for q in qs]
    if sys.argv[2:] == ["mixed"]:  # code-switched, names left in Chinese
        cs, rng = CodeSwitch(), random.Random(0)
        eng = [(cs(q.question, rng), q.passage_id) for q in qs]
    for mode in ("sum", "max", "mean"):
        r = Grouped(index, emb, dense_weight=0.3, glossary=index.glossary, mend_typos=False)
        r.mode = mode
        r1 = r5 = 0
        for q, pid in eng:
            ids = [h.chunk.doc_id for h in r.search(q, k=5)]
            r1 += bool(ids) and ids[0] == pid
            r5 += pid in ids
        print(mode, len(eng), "R@1", round(100 * r1 / len(eng), 1), "R@5", round(100 * r5 / len(eng), 1), flush=True)


def unseen(nums):
    from qa.service import Service
    counts = {m: [0, 0, 0] for m in ("sum", "max", "mean")}
    for n in nums:
        folder = Path(sorted(glob.glob(f"experiments/*/unseen{n}"))[0]) if n not in ("1", "2", "3") else Path(f"experiments/2026-12-05-s24/unseen{n}")
        os.environ.update({"QA_CORPUS_DIR": f"/tmp/s33/idx/unseen{n}/corpus", "QA_INDEX_DIR": f"/tmp/s33/idx/unseen{n}/index"})
        svc = Service.load(Settings.from_env())
        base = svc.retriever
        for line in (folder / "questions.jsonl").read_text("utf-8").splitlines():
            q = json.loads(line) if line.strip() else None
            if not q or q["kind"] != "english" or not q["answer"]:
                continue
            g = re.sub(r"\s", "", to_simplified(q["answer"]))
            for mode, c in counts.items():
                r = Grouped(base.index, base.embedder, dense_weight=0.3, glossary=base.glossary, mend_typos=False)
                r.mode = mode
                hits = r.search(q["question"], 10)
                rank = next((i for i, h in enumerate(hits) if g in re.sub(r"\s", "", to_simplified(h.chunk.text))), 99)
                c[0] += 1; c[1] += rank < 1; c[2] += rank < 3
    for mode, (n, r1, r3) in counts.items():
        print(mode, n, "R@1", round(100 * r1 / n, 1), "R@3", round(100 * r3 / n, 1))


if __name__ == "__main__":
    dev() if sys.argv[1] == "dev" else unseen(sys.argv[2:])
