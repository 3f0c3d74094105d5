"""Reader tokens per question over the in-house + held-out questions, reading the 4th/5th chunks after a refusal as shipped (on) or never (off). Run: .venv/bin/python experiments/2026-12-04-dev-probes/reading_tokens.py on|off"""
import sys, yaml, numpy as np
from dataclasses import replace
from qa.config import Settings
from qa.service import Service
s = Service.load(Settings())
reader = s.reader
if sys.argv[1] == "off":
    reader.card = replace(reader.card, calibration=replace(reader.card.calibration, deeper=1.0))
inner = reader.model
cur = [0]
def counted(ids, mask):
    cur[0] += int(mask.sum()); return inner(ids, mask)
reader.model = counted
qs = [q["question"] for f in ("eval/questions.yaml", "eval/heldout.yaml") for q in yaml.safe_load(open(f))["questions"]]
per = []
for q in qs:
    cur[0] = 0; s.ask(q); per.append(cur[0])
per = np.array(per)
print(sys.argv[1], "mean", per.mean().round(1), "p50", np.percentile(per, 50), "p95", np.percentile(per, 95), "max", per.max())
