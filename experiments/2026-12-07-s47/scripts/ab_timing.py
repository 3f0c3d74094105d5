"""In-process Service.ask over the 200 eval questions (p50, p95, mean ms): run in a worktree of the old commit and in
this one, back to back, to tell a code change's cost from the machine's noise.
usage: PYTHONPATH=. .venv/bin/python experiments/2026-12-07-s47/scripts/ab_timing.py LABEL"""
import time, yaml, statistics, sys, os
from qa.config import Settings
from qa.service import Service
s = Service.load(Settings.from_env())
qs = [q["question"] for q in yaml.safe_load(open("/work/main/eval/questions.yaml"))["questions"]]
for q in qs[:10]: s.ask(q)
ts = []
for q in qs:
    t = time.perf_counter(); s.ask(q); ts.append((time.perf_counter() - t) * 1000)
ts.sort()
print(sys.argv[1], "p50 %.1f p95 %.1f mean %.1f" % (ts[len(ts)//2], ts[int(len(ts)*0.95)], statistics.mean(ts)))
