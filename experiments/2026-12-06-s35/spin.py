import time, numpy as np
from qa.config import Settings
from qa.search.onnx_embedding import cpu_session
from qa.answer.reader.model import check_onnx
path = check_onnx(Settings().model_dir)
for threads, spin in ((2, False), (2, True), (1, False)):
    s = cpu_session(path, threads, spin=spin)
    for L, B in ((64, 1), (128, 1), (128, 2), (192, 4)):
        ids = np.random.randint(1000, 20000, size=(B, L)).astype(np.int64); mask = np.ones_like(ids)
        s.run(None, {"input_ids": ids, "attention_mask": mask})
        ts = []
        for _ in range(20):
            t = time.perf_counter(); s.run(None, {"input_ids": ids, "attention_mask": mask}); ts.append(1000*(time.perf_counter()-t))
        print(threads, spin, L, B, round(float(np.median(ts)), 1))
