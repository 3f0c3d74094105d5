import glob
import json
import sys
from pathlib import Path

from safetensors.torch import load_file, save_file

from qa.answer.reader.model import Calibration, Card
from qa.search import sha256

name, frozen = sys.argv[1], int(sys.argv[2])
rec = next(json.loads(l) for l in open(f"{sys.argv[3]}/sweep.jsonl") if json.loads(l)["name"] == name)
delta = {}
for f in sorted(glob.glob(f"{sys.argv[3]}/{name}.part*.safetensors")):
    delta.update(load_file(f))
out = Path(f".cache/reader/{name}")
out.mkdir(parents=True, exist_ok=True)
save_file(delta, str(out / "reader.safetensors"))
Card(
    sha256=sha256(out / "reader.safetensors"),
    frozen_layers=frozen,
    max_len=192,
    overlap=64,
    calibration=Calibration(),
    training={"gpu_sweep": rec},
).save(out)
print(out, len(delta), sha256(out / "reader.safetensors"))
