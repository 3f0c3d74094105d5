"""Regenerate the whole unseen14 set (corpus, plain, questions) and run the checks."""
import os
import sys

sys.dont_write_bytecode = True  # keep src/ free of __pycache__
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import build_a  # noqa: E402
import build_b  # noqa: E402
import build_c  # noqa: E402
import questions  # noqa: E402

if __name__ == "__main__":
    build_a.build()
    build_b.build()
    build_c.build()
    n = len(questions.build())
    print("built A, B, C and %d questions" % n)
    sys.exit(subprocess.call([sys.executable, os.path.join(HERE, "check.py")]))
