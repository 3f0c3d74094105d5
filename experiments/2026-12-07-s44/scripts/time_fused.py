import time, numpy as np
from qa.search.onnx_embedding import cpu_session
rng = np.random.default_rng(0)
sess = {n: cpu_session(p, 2) for n, p in [("old", "models/e5-small/reader/reader_qint8.onnx"), ("fused", "/tmp/s44/onnx/fused_q.onnx")]}
for shape in [(1, 130), (2, 160), (1, 60), (4, 192)]:
    ids = rng.integers(5, 200000, size=shape).astype(np.int64); ids[:, 0] = 0
    mask = np.ones(shape, dtype=np.int64)
    if shape[0] > 1: mask[1, -30:] = 0
    outs = {}
    for n, s in sess.items():
        for _ in range(3): s.run(None, {"input_ids": ids, "attention_mask": mask})
        ts = []
        for _ in range(15):
            t = time.perf_counter(); o = s.run(None, {"input_ids": ids, "attention_mask": mask}); ts.append(time.perf_counter() - t)
        outs[n] = o
        print(shape, n, "median %.1f ms" % (1000 * np.median(ts)))
    m = mask.astype(bool)
    d = np.abs(outs["old"][0] - outs["fused"][0])[m].max()
    print("  max start-logit diff", d, "argmax same", (outs["old"][0].argmax(1) == outs["fused"][0].argmax(1)).all())
