# -*- coding: utf-8 -*-
"""Regenerate unseen9: corpus/, plain/, questions.jsonl, then run check.py.

    /work/main/.venv/bin/python src/build_all.py
"""
import os
import subprocess
import sys

sys.dont_write_bytecode = True  # keep src/ free of __pycache__
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import build_a  # noqa: E402
import build_b  # noqa: E402
import build_c  # noqa: E402

for m in (build_a, build_b, build_c):
    print("built", *[os.path.relpath(p, os.path.dirname(HERE)) for p in m.build()])

import questions  # noqa: E402  (reads plain/, so import after the builds)

print("wrote", os.path.relpath(questions.main(), os.path.dirname(HERE)), len(questions.Q), "questions")
sys.exit(subprocess.call([sys.executable, os.path.join(HERE, "check.py")]))
