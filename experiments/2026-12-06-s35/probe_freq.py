"""fast_probe with Glossary.render choosing the word the passages say most often (dev: /tmp/s35/devfreq.py)."""
import runpy, sys
sys.path.insert(0, "experiments/2026-12-06-s35")
from qa.search import glossary as G
import devfreq_render
G.Glossary.render = devfreq_render.freq_render
sys.argv = ["fast_probe.py", *sys.argv[1:]]
runpy.run_path("experiments/2026-12-06-s33/fast_probe.py", run_name="__main__")
