import time, tempfile, sys
from pathlib import Path
from qa.config import Settings
from qa.service import build, make_embedder, load_corpus, make_chunker, index_spec
from qa.search import index as ix
from qa.search.embedding import embed_missing
from qa.bench.runner import _load_once
s = Settings.from_env()
emb = make_embedder(s, build=True)
with tempfile.TemporaryDirectory() as d:
    local = s.with_(index_dir=Path(d)/"index")
    print("load_once", round(_load_once(local, emb),2))
    for r in range(3):
        t0=time.perf_counter(); corpus = load_corpus(s.corpus_dir); t1=time.perf_counter()
        chunks = make_chunker(s).chunk(corpus.documents); t2=time.perf_counter()
        spec = index_spec(s, emb)
        texts=[ix.embed_text(c, spec.normalise) for c in chunks]; t3=time.perf_counter()
        kw = ix.keyword_side(texts, spec.normalise, s.cache_dir); t4=time.perf_counter()
        m,_ = embed_missing(texts, {}, emb, False); t5=time.perf_counter()
        emb.embed_passages(texts); t6=time.perf_counter()
        idir = Path(d)/f"i{r}"
        t7=time.perf_counter(); build(s.with_(index_dir=idir), emb); t8=time.perf_counter()
        print(f"read {t1-t0:.3f} chunk {t2-t1:.3f} texts {t3-t2:.3f} keyword {t4-t3:.3f} embed_missing {t5-t4:.3f} bare {t6-t5:.3f} full_build {t8-t7:.3f} chunks {len(chunks)}")
