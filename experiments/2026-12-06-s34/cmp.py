import time, numpy as np
from qa.search import cpu_session
rng = np.random.default_rng(0)
paths = {"plain": "/tmp/s34/fuse/plain/reader_qint8.onnx", "fused": "/tmp/s34/fuse/fused_qint8.onnx"}
sess = {k: cpu_session(p, 2) for k, p in paths.items()}
print([i.name for i in sess["fused"].get_inputs()], [(i.name, i.type) for i in sess["plain"].get_inputs()])
for shape in [(1, 120), (2, 192), (4, 192)]:
    ids = rng.integers(5, 200000, size=shape).astype(np.int64); ids[:, 0] = 0; ids[:, -1] = 2
    mask = np.ones(shape, dtype=np.int64)
    if shape[0] > 1: mask[1, -30:] = 0; ids[1, -30:] = 1
    outs = {}
    for k, s in sess.items():
        feed = {"input_ids": ids, "attention_mask": mask}
        s.run(None, feed)
        t = time.perf_counter()
        for _ in range(10): o = s.run(None, feed)
        outs[k] = o; print(shape, k, round((time.perf_counter() - t) * 100, 2), "ms")
    d = np.abs(outs["plain"][0] - outs["fused"][0]) * mask
    print("  max start-logit diff", float(d.max()), "mean", float(d.sum() / mask.sum()), "argmax same", (outs["plain"][0].argmax(1) == outs["fused"][0].argmax(1)).tolist())
