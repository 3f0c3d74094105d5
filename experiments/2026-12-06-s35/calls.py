import time, numpy as np
from qa.config import Settings
from qa import service
r = service.make_reader(Settings())
m = r.model
for L in (64, 128, 192):
    for B in (1, 2, 4, 6):
        ids = np.random.randint(1000, 20000, size=(B, L)).astype(np.int64); mask = np.ones_like(ids)
        m(ids, mask)
        ts = []
        for _ in range(15):
            t = time.perf_counter(); m(ids, mask); ts.append(1000*(time.perf_counter()-t))
        print(L, B, "median ms", round(float(np.median(ts)), 1), "per window", round(float(np.median(ts))/B, 1), "per token", round(float(np.median(ts))/(B*L), 3))
