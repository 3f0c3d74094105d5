import json, time, threading, glob
import numpy as np
from concurrent.futures import ThreadPoolExecutor
from qa.config import ROOT
from qa.search.onnx_embedding import OnnxEmbedder, cpu_session, PROMPTS
texts = []
for f in sorted(glob.glob("/work/shared/external-qa/*passages*.jsonl"))[:2]:
    for line in open(f, encoding="utf-8"):
        texts.append(json.loads(line).get("text") or json.loads(line).get("context"))
        if len(texts) % 300 == 0: break
texts = [t for t in texts if t][:600]
print(len(texts), "passages, mean chars", sum(map(len, texts)) / len(texts))
md = ROOT / "models" / "e5-small"
a = OnnxEmbedder(md, threads=2, spin=True); a.warm_up()
t = time.perf_counter(); va = a.embed_passages(texts); ta = time.perf_counter() - t
print("one session, 2 threads:", round(len(texts) / ta, 1), "chunks/s")
b = OnnxEmbedder(md, threads=1, spin=True); b.warm_up()
second = cpu_session(b.path, 1, spin=True)
rows = b._ids([PROMPTS["passage"] + x for x in texts])
order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
batches = [order[s:s + 8] for s in range(0, len(order), 8)]
from qa.search.model_files import padded
def run(sess, batch):
    ids, mask = padded([rows[i] for i in batch], b._pad)
    hidden = sess.run(None, {"input_ids": ids, "attention_mask": mask})[0]
    w = mask[:, :, None].astype(np.float32); p = (hidden * w).sum(1) / np.maximum(w.sum(1), 1.0)
    p /= np.maximum(np.linalg.norm(p, axis=1, keepdims=True), 1e-12); return batch, p
out = np.zeros_like(va)
sessions = [b._session, second]
t = time.perf_counter()
with ThreadPoolExecutor(2) as ex:
    futs = [ex.submit(run, sessions[k % 2], bt) for k, bt in enumerate(batches)]
    for f in futs:
        bt, p = f.result(); out[bt] = p
tb = time.perf_counter() - t
print("two sessions, 1 thread each:", round(len(texts) / tb, 1), "chunks/s; max vector diff", float(np.abs(out - va).max()))
t = time.perf_counter(); va2 = a.embed_passages(texts); ta2 = time.perf_counter() - t
print("one session again:", round(len(texts) / ta2, 1))
