"""Rebuild the three documents, their plain text and questions.jsonl, then run check.py."""
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent
for script in ["build_a.py", "build_b.py", "build_c.py", "questions.py", "check.py"]:
    print(f"== {script}")
    rc = subprocess.call([sys.executable, str(SRC / script)], cwd=SRC.parent)
    if rc:
        sys.exit(rc)
