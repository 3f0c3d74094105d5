import sys, time
from pathlib import Path
from qa.bench import scale, runner
from qa.config import Settings
s = Settings.from_env()
if __name__ == '__main__':
    scratch = Path("/tmp/s41/scale"); scratch.mkdir(parents=True, exist_ok=True)
    idx = scratch / "idx10k"
    if not (idx / "CURRENT").exists():
        print(scale.in_fresh_process(scale.write_index, s, idx, 10_000, runner.external_data(s)))
    for _ in range(3):
        print("ready", scale._ready_s(s, scratch, idx), flush=True)
    