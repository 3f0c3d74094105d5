"""Regenerate the whole unseen15 set (corpus/, plain/, questions.jsonl) and run check.py."""
import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent

for step in ("build_a.py", "build_b.py", "build_c.py", "questions.py", "check.py"):
    print(f"== {step}", flush=True)
    r = subprocess.run([sys.executable, str(SRC / step)], cwd=str(SRC.parent),
                       env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1"))
    if r.returncode:
        sys.exit(f"{step} failed with status {r.returncode}")
