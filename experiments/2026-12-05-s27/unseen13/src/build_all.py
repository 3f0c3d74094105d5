"""Regenerate corpus/, plain/ and questions.jsonl, then run check.py (exit code = check's)."""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for step in ["build_a.py", "build_b.py", "build_c.py", "questions.py"]:
    subprocess.run([sys.executable, os.path.join(HERE, step)], check=True)
sys.exit(subprocess.run([sys.executable, os.path.join(HERE, "check.py")]).returncode)
