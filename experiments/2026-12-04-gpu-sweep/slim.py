"""Pack e5-small (fp16 encoder, int8 rows of the word embeddings the windows use) + remapped windows."""

import glob
import json

import numpy as np
import torch
from safetensors.torch import load_file, save_file

used = set(range(4))
files = sorted(glob.glob(".gpu/train[0-3].npz")) + [".gpu/dev100.npz"]
for f in files:
    used |= set(np.unique(np.load(f)["ids"]).tolist())
used = np.array(sorted(used), dtype=np.int64)
assert (used[:4] == np.arange(4)).all()
remap = np.full(250037, -1, dtype=np.int64)
remap[used] = np.arange(len(used))
sd = load_file("models/e5-small/model.safetensors")
out = {}
for k, v in sd.items():
    if k.startswith("pooler."):
        continue
    if k == "embeddings.word_embeddings.weight":
        rows = v[torch.from_numpy(used)]
        scale = rows.abs().amax(dim=1, keepdim=True) / 127.0
        q = torch.round(rows / scale).to(torch.int8)
        out["word_q"] = q.contiguous()
        out["word_scale"] = scale.float().contiguous()
        print(
            "embedding max rel err",
            float(((q.float() * scale - rows).abs().max(dim=1).values / rows.abs().amax(dim=1)).max()),
        )
    else:
        out["bert." + k] = v.half().contiguous()
import os

os.makedirs(".gpu/pack", exist_ok=True)
save_file(out, ".gpu/pack/e5slim.safetensors")
cfg = json.load(open("models/e5-small/config.json"))
cfg["vocab_size"] = len(used)
json.dump(cfg, open(".gpu/pack/config.json", "w"))
for f in files:
    z = dict(np.load(f))
    ids = remap[z["ids"]]
    assert (ids >= 0).all()
    z["ids"] = ids.astype(np.uint16)
    np.savez_compressed(".gpu/pack/" + os.path.basename(f), **z)
print(len(used))
