import re, sys, glob, collections
a, b = sys.argv[1], sys.argv[2]
def load(tag):
    out = {}
    for f in glob.glob(f"/tmp/s33/{tag}_unseen*.log"):
        s = f.split("_")[-1]
        for m in re.finditer(r"^(ok |BAD) ([s-]) (\S+) \[(\S+)\] (.*)\n\s+gold=(.*)$", open(f, encoding="utf-8").read(), re.M):
            out[s + ":" + m.group(3)] = (m.group(1).strip() == "ok", m.group(4), m.group(5), m.group(6))
    return out
A, B = load(a), load(b)
kinds = collections.Counter()
for k in A:
    if k in B and A[k][0] != B[k][0]:
        print(("WON " if B[k][0] else "LOST"), k, A[k][1], A[k][2][:90]); print("     ", B[k][3][:150])
    if k in B:
        kinds[(A[k][1], "a")] += A[k][0]; kinds[(A[k][1], "b")] += B[k][0]; kinds[(A[k][1], "n")] += 1
for kd in sorted({k for k, _ in kinds}):
    print(f"{kd:22} {kinds[(kd,'a')]:4} -> {kinds[(kd,'b')]:4} / {kinds[(kd,'n')]}")
