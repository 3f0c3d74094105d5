import runpy, sys
from qa.search import onnx_embedding
from qa.answer.reader import runtime
orig = onnx_embedding.cpu_session
def spinning(path, threads, *, spin=False):
    return orig(path, threads, spin=True if "reader" in str(path) else spin)
runtime.cpu_session = spinning
runpy.run_path("experiments/2026-12-06-s34/prof.py", run_name="__main__")
