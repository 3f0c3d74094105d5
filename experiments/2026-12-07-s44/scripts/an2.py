import json, collections, jieba
jieba.initialize(); freq = jieba.dt.FREQ
rows = [json.loads(l) for l in open("/tmp/s44/terms.jsonl")]
for maxf in (0, 10, 100, 1000, 10**9):
  for tags in [("n",), ("n","v")]:
    L = 2
    c = collections.Counter()
    for r in rows:
        f = bool([w for w, t, _ in r["absent"] if freq.get(w, 0) <= maxf and t.startswith(tags) and len(w) >= L])
        key = ("unans" if not r["answerable"] else "ans") + ("_ok" if r["ok"] else "_bad")
        c[key, f] += 1
    print(maxf, tags, "unans-bad flagged %d/%d ; unans-ok %d/%d; ans-ok flagged %d/%d; ans-bad %d/%d" % (
        c["unans_bad", True], c["unans_bad", True] + c["unans_bad", False], c["unans_ok", True], c["unans_ok", True]+c["unans_ok", False],
        c["ans_ok", True], c["ans_ok", True] + c["ans_ok", False], c["ans_bad", True], c["ans_bad", True] + c["ans_bad", False]))
