import time, sys, collections
import numpy as np
from qa.config import Settings
from qa.service import Service
from qa.bench.runner import eval_questions
s = Settings.from_env()
svc = Service.load(s)
model = svc.reader.model
stats = collections.Counter()
orig = model.__call__ if hasattr(model, "__call__") else None
class Wrap:
    def __init__(self, m): self.m = m
    def __call__(self, ids, mask):
        t = time.perf_counter(); r = self.m(ids, mask); stats["ms"] += 1000*(time.perf_counter()-t)
        stats["calls"] += 1; stats["rows"] += ids.shape[0]; stats["tok"] += int(mask.sum()); stats["padtok"] += ids.size
        return r
svc.reader.model = Wrap(model)
qs = eval_questions()
emb = [0.0]
rows = []
for q in qs:
    svc.embedder.embed_query(q)
    t=time.perf_counter(); svc.embedder.embed_query(q+"x"); e=1000*(time.perf_counter()-t)
    stats.clear()
    t=time.perf_counter(); a=svc.ask(q); ms=1000*(time.perf_counter()-t)
    rows.append((ms, e, dict(stats), a.timings_ms, q))
ms = np.array([r[0] for r in rows]); e = np.median([r[1] for r in rows])
print("embed p50 ms", round(e,2), "ask p50", round(np.percentile(ms,50),1), "p95", round(np.percentile(ms,95),1), "ratio", round(np.percentile(ms,50)/e,2), round(np.percentile(ms,95)/e,2))
tot_reader = sum(r[2].get("ms",0) for r in rows); print("reader share of all time", round(tot_reader/ms.sum(),3))
for r in sorted(rows, key=lambda r: -r[0])[:25]:
    st=r[2]; print(round(r[0]), {k: round(v) for k,v in st.items()}, r[3].get("retrieve"), r[4][:60])
