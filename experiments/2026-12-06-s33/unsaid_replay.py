import pickle, sys
rows = pickle.load(open("/tmp/s33/useen_a4.pkl", "rb"))
for key in ("miss_set", "miss_all"):
    ua = [r for r in rows if not r["unans"]]; un = [r for r in rows if r["unans"]]
    print(key, "answerable with miss", sum(bool(r[key]) for r in ua), "/", len(ua), " unans", sum(bool(r[key]) for r in un), "/", len(un))
    for t1 in (0.1, 0.2, 0.3, 0.4, 0.5, 0.6):
        gain = [r for r in un if not r["refused"] and r[key] and r["conf"] < t1]
        loss = [r for r in ua if r["ok"] and r[key] and r["conf"] < t1]
        badans = [r for r in ua if not r["ok"] and not r["refused"] and r[key] and r["conf"] < t1]
        print(f"  t1={t1}: unanswerables newly refused {len(gain)}, right answers lost {len(loss)}, wrong answers turned refusals {len(badans)}")
