# -*- coding: utf-8 -*-
"""Regenerate unseen7: corpus/, plain/, questions.jsonl, then run check.py.

    /work/main/.venv/bin/python src/build_all.py
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import build_a  # noqa: E402
import build_b  # noqa: E402
import build_c  # noqa: E402
import questions  # noqa: E402


def main():
    os.makedirs(os.path.join(ROOT, "corpus"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "plain"), exist_ok=True)
    build_a.build()
    build_b.build()
    build_c.build()
    questions.write()
    rc = subprocess.call([sys.executable, os.path.join(HERE, "check.py")])
    sys.exit(rc)


if __name__ == "__main__":
    main()
