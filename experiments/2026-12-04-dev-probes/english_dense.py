"""Cross-lingual retrieval on dev: English code-switched (romanised) dev questions; variants of the dense query."""
import json, random, sys
from pathlib import Path
import numpy as np
from qa.config import Settings
from qa import service
from qa.evaluation import external
from qa.search import Retriever
from qa.training.codeswitch import CodeSwitch, romanised
settings = Settings()
emb = service.make_embedder(settings)
OUT = Path(".cache/dev-probes/corpus")
index = external.prepare_index(OUT, Path(".cache/dev-probes/index-300"), service.make_chunker(settings), emb, service.index_spec(settings, emb))
print("glossary", index.glossary is not None)
qs = [q for q in external.load_questions(OUT) if q.source == "cmrc2018_dev"]
cs = CodeSwitch(); rng = random.Random(0)
eng = [(romanised(cs(q.question, rng)), q.passage_id) for q in qs]
if sys.argv[1:] == ["zh"]: eng = [(q.question, q.passage_id) for q in qs if __import__("re").search("[A-Za-z]", q.question)]
if sys.argv[1:] == ["mixed"]: eng = [(cs(q.question, rng), q.passage_id) for q in qs]
print(len(eng))
print(eng[:3])
class Variant(Retriever):
    mode = "plain"
    def _search(self, simple, k):
        self._q = simple
        return super()._search(simple, k)
def run(mode, dw):
    r = Retriever(index, emb, dense_weight=dw, glossary=index.glossary)
    orig = r.embedder
    class E:
        model_id, checksum, dim = orig.model_id, orig.checksum, orig.dim
        def embed_query(self, text):
            if mode == "plus" and index.glossary is not None:
                words = [w for t in index.glossary.translate(text) for w in t.chinese]
                text = " ".join([text, *words])
            if False and index.glossary is not None:
                text = index.glossary.render(text)
            if mode == "both" and index.glossary is not None:
                text = text + " " + index.glossary.render(text)
            return orig.embed_query(text)
        def embed_passages(self, *a, **k): return orig.embed_passages(*a, **k)
    r.embedder = E()
    if mode == "plain": r._dense_text = lambda q: q
    r1 = r5 = 0
    for q, pid in eng:
        hits = r.search(q, k=5)
        ids = [h.chunk.doc_id for h in hits]
        r1 += bool(ids) and ids[0] == pid; r5 += pid in ids
    print(mode, dw, "R@1", round(100 * r1 / len(eng), 1), "R@5", round(100 * r5 / len(eng), 1), flush=True)
for mode, dw in (("render", 0.3),):
    run(mode, dw)
