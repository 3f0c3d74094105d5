import sys, runpy
import qa.answer.reader.answerer as m
m.ReaderAnswerer.__init__.__kwdefaults__["read_k"] = int(sys.argv.pop(1))
sys.argv[0] = "experiments/2026-12-06-s33/fast_probe.py"
runpy.run_path(sys.argv[0], run_name="__main__")
