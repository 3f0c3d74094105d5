"""Regenerate unseen19 (documents, plain texts, questions) and run the checks."""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import CORPUS, DOCS, PLAIN, plain_path  # noqa: E402

# drop stale outputs (only inside this folder's corpus/ and plain/)
keep = set(DOCS) | {os.path.basename(plain_path(d)) for d in DOCS}
for folder in (CORPUS, PLAIN):
    os.makedirs(folder, exist_ok=True)
    for name in os.listdir(folder):
        if name not in keep:
            os.remove(os.path.join(folder, name))

for script in ["build_a.py", "build_b.py", "build_c.py", "questions.py", "check.py"]:
    print("==", script)
    rc = subprocess.call([sys.executable, os.path.join(HERE, script)], cwd=HERE)
    if rc:
        sys.exit(rc)
