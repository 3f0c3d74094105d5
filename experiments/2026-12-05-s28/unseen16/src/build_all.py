"""Regenerates the corpus, the plain texts and questions.jsonl, then runs check.py."""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

for step in ("build_a.py", "build_b.py", "build_c.py", "questions.py", "check.py"):
    print(f"== {step}", flush=True)
    rc = subprocess.call([sys.executable, os.path.join(HERE, step)], cwd=HERE)
    if rc:
        sys.exit(rc)
