"""bykind.py LOG...: right / total by kind, without showing any question (keeps a blind set blind)."""
import sys, re, collections
for path in sys.argv[1:]:
    tot, ok = collections.Counter(), collections.Counter()
    for line in open(path, encoding="utf-8"):
        m = re.match(r"(ok |BAD) . \S+ \[(\w+)\]", line)
        if m: tot[m.group(2)] += 1; ok[m.group(2)] += m.group(1) == "ok "
    print(path, " ".join(f"{k} {ok[k]}/{tot[k]}" for k in sorted(tot)), "| total", sum(ok.values()), "/", sum(tot.values()))
