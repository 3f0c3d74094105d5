import time, yaml, numpy as np
import qa.answer.reader.runtime as rt
import qa.search.onnx_embedding as oe
from qa.config import Settings
from qa.service import Service
from qa.bench.runner import QUESTIONS
acc = {"reader": 0.0, "embed": 0.0}
def wrap(cls, name, key):
    f = getattr(cls, name)
    def g(*a, **k):
        t = time.perf_counter(); r = f(*a, **k); acc[key] += time.perf_counter() - t; return r
    setattr(cls, name, g)
wrap(rt.OnnxLogits, "__call__", "reader"); wrap(oe.OnnxEmbedder, "_run", "embed")
s = Service.load(Settings.from_env())
qs = [i["question"] for i in yaml.safe_load(QUESTIONS.read_text())["questions"]]
for q in qs[:20]: s.ask(q)
per = []
for rep in range(2):
  for q in qs:
    a0 = dict(acc); t = time.perf_counter(); s.ask(q); dt = time.perf_counter() - t
    per.append((dt, acc["reader"] - a0["reader"], acc["embed"] - a0["embed"]))
p = np.array(per) * 1000
print("total p50 %.1f p95 %.1f mean %.1f" % (np.percentile(p[:,0], 50), np.percentile(p[:,0], 95), p[:,0].mean()))
print("mean reader %.1f embed %.1f other %.1f" % (p[:,1].mean(), p[:,2].mean(), (p[:,0]-p[:,1]-p[:,2]).mean()))
o = p[:,0]-p[:,1]-p[:,2]
print("other p50 %.1f p95 %.1f" % (np.percentile(o, 50), np.percentile(o, 95)))
med = np.argsort(p[:,0])[len(p)//2-10: len(p)//2+10]
print("around median: reader %.1f embed %.1f other %.1f" % tuple(p[med,1:].mean(0).tolist() + [o[med].mean()]))
