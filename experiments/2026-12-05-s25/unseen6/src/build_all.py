# -*- coding: utf-8 -*-
"""Run everything: /work/main/.venv/bin/python src/build_all.py"""
import os, sys, runpy
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
for m in ("build_a", "build_b", "build_c", "questions"):
    __import__(m).main()
runpy.run_path(os.path.join(HERE, "check.py"), run_name="__main__")
