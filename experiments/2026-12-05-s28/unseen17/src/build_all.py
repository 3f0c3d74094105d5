"""Regenerate every file of unseen17 (corpus, plain, questions.jsonl) and run check.py."""
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent

for script in ("build_a.py", "build_b.py", "build_c.py", "questions.py", "check.py"):
    r = subprocess.run([sys.executable, str(SRC / script)], cwd=SRC.parent)
    if r.returncode:
        sys.exit(f"{script} failed with exit status {r.returncode}")
