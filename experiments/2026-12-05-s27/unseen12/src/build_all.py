"""Regenerate the unseen12 set: three documents + plain text, questions, then the checks.

    /work/main/.venv/bin/python src/build_all.py
"""
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent

for step in ("build_a.py", "build_b.py", "build_c.py", "questions.py", "check.py"):
    print(f"== {step}", flush=True)
    r = subprocess.run([sys.executable, str(SRC / step)], cwd=SRC)
    if r.returncode != 0:
        sys.exit(r.returncode)
