"""Regenerates unseen11 (corpus/, plain/, questions.jsonl) and runs the checks."""
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent
for step in ("build_a.py", "build_b.py", "build_c.py", "questions.py", "check.py"):
    r = subprocess.run([sys.executable, str(SRC / step)], cwd=SRC.parent)
    if r.returncode:
        sys.exit(f"{step} failed ({r.returncode})")
