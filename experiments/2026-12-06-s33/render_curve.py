import pickle, statistics, numpy as np
raw, rawneg = pickle.load(open("/tmp/s33/devraw.pkl", "rb"))
T = 0.0640
def at(k, kn, t):
    pos = raw[k]; neg = rawneg[kn]
    f1 = 100 * statistics.mean(f if c >= t else 0 for c, f in pos)
    ref = 100 * statistics.mean(c < t for c, _ in pos)
    nref = 100 * statistics.mean(c < t for c in neg)
    return round(f1, 1), round(ref, 1), round(nref, 1)
print("old @T", at("old", "old", T))
print("new @T", at("new", "new", T), "each", at("new", "new_each", T))
print("chinese neg @T", round(100 * statistics.mean(c < T for c in rawneg["chinese"]), 1))
for t in [float(x) for x in np.arange(0.06, 0.9, 0.04)]:
    print(round(t, 2), "new", at("new", "new", t), "new_each", at("new", "new_each", t), "old", at("old", "old", t))
