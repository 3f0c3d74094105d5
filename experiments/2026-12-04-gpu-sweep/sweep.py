"""Reader training sweep on a lent GPU: same loop as qa/training/train.py, dev windows scored per config."""

import json
import os
import random
import sys
import time

import numpy as np
import torch
from safetensors.torch import load_file, save_file
from transformers import BertConfig, BertForQuestionAnswering, get_linear_schedule_with_warmup

PAD = 1
HERE = os.path.dirname(os.path.abspath(__file__))
PACK = os.path.join(HERE, "pack")
OUT = os.environ.get("OUT", "/tmp/out")
DEV = "cuda" if torch.cuda.is_available() else "cpu"


def windows(name):
    z = dict(np.load(os.path.join(PACK, name)))
    lens = z["lens"]
    n = len(lens)
    L = int(lens.max())
    ids = np.full((n, L), PAD, dtype=np.int64)
    at = 0
    flat = z["ids"]
    for i, l in enumerate(lens):
        ids[i, :l] = flat[at : at + l]
        at += l
    return dict(
        ids=torch.from_numpy(ids),
        start=torch.from_numpy(z["start"].astype(np.int64)),
        end=torch.from_numpy(z["end"].astype(np.int64)),
        kind=z["kind"],
    )


def build(seed):
    torch.manual_seed(seed)
    cfg = BertConfig.from_pretrained(PACK)
    model = BertForQuestionAnswering(cfg)
    sd = load_file(os.path.join(PACK, "e5slim.safetensors"))
    sd["bert.embeddings.word_embeddings.weight"] = sd.pop("word_q").float() * sd.pop("word_scale")
    missing, unexpected = model.load_state_dict({k: v.float() for k, v in sd.items()}, strict=False)
    assert set(missing) <= {"qa_outputs.weight", "qa_outputs.bias"} and not unexpected, (missing, unexpected)
    return model


def trainable(model, frozen):
    keep = tuple([f"bert.encoder.layer.{i}." for i in range(frozen, 64)] + ["qa_outputs."])
    return [n for n, _ in model.named_parameters() if n.startswith(keep)]


@torch.no_grad()
def evaluate(model, dev, device=DEV):
    model.eval()
    ids = dev["ids"].to(device)
    starts = []
    ends = []
    for i in range(0, len(ids), 256):
        b = ids[i : i + 256]
        m = (b != PAD).long()
        with torch.autocast(device_type=device, dtype=torch.bfloat16):
            o = model(input_ids=b, attention_mask=m)
        starts.append(o.start_logits.float().cpu())
        ends.append(o.end_logits.float().cpu())
    S = torch.cat(starts)
    E = torch.cat(ends)
    ids = dev["ids"]
    f1s, ems, margins, pos = [], [], [], []
    for k in range(len(ids)):
        row = ids[k].tolist()
        seps = [j for j, t in enumerate(row) if t == 2]
        a, b = seps[1] + 1, seps[-1]  # passage tokens [a, b)
        s, e = S[k, a:b], E[k, a:b]
        sc = s[:, None] + e[None, :]
        n = b - a
        tri = torch.triu(torch.ones(n, n, dtype=torch.bool)) & ~torch.triu(torch.ones(n, n, dtype=torch.bool), 64)
        sc = sc.masked_fill(~tri, -1e9)
        best = int(sc.argmax())
        i0, j0 = best // n + a, best % n + a
        margin = float(sc.max() - (S[k, 0] + E[k, 0]))
        gs, ge = int(dev["start"][k]), int(dev["end"][k])
        answer = gs > 0
        margins.append(margin)
        pos.append(answer)
        if answer:
            ems.append(float(i0 == gs and j0 == ge))
            inter = max(0, min(j0, ge) - max(i0, gs) + 1)
            f1s.append(0.0 if inter == 0 else 2 * inter / ((j0 - i0 + 1) + (ge - gs + 1)))
    m = np.array(margins)
    p = np.array(pos)
    order = np.argsort(m)
    ranks = np.empty(len(m))
    ranks[order] = np.arange(1, len(m) + 1)
    auc = (ranks[p].sum() - p.sum() * (p.sum() + 1) / 2) / (p.sum() * (~p).sum())
    model.train()
    return dict(em=round(100 * np.mean(ems), 2), f1=round(100 * np.mean(f1s), 2), auc=round(float(auc), 4))


def train(cfg, sets, dev, log):
    t0 = time.time()
    seed = cfg["seed"]
    model = build(seed).to(DEV)
    names = set(trainable(model, cfg["frozen"]))
    for n, p in model.named_parameters():
        p.requires_grad = n in names
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=cfg["lr"], weight_decay=0.01)
    data = [sets[s] for s in cfg["windows"]]
    per_epoch = -(-len(data[0]["ids"]) // cfg["batch"])
    steps = int(per_epoch * cfg["epochs"])
    sched = get_linear_schedule_with_warmup(opt, int(0.05 * steps), steps)
    rng = random.Random(seed)
    model.train()
    losses = []
    order = []
    epoch = 0
    evals = []
    for step in range(steps):
        if len(order) < cfg["batch"]:
            cur = data[epoch % len(data)]
            epoch += 1
            fresh = list(range(len(cur["ids"])))
            rng.shuffle(fresh)
            order = [(cur, i) for i in fresh]
        picked = order[: cfg["batch"]]
        del order[: cfg["batch"]]
        src = picked[0][0]
        idx = torch.tensor([i for _, i in picked])
        ids = src["ids"][idx].to(DEV)
        mask = (ids != PAD).long()
        with torch.autocast(device_type=DEV, dtype=torch.bfloat16):
            loss = model(
                input_ids=ids,
                attention_mask=mask,
                start_positions=src["start"][idx].to(DEV),
                end_positions=src["end"][idx].to(DEV),
            ).loss
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        sched.step()
        opt.zero_grad()
        losses.append(float(loss.detach()))
        if cfg.get("eval_every") and (step + 1) % cfg["eval_every"] == 0:
            evals.append((step + 1, evaluate(model, dev)))
    res = evaluate(model, dev)
    rec = dict(
        cfg,
        steps=steps,
        loss_first_100=round(float(np.mean(losses[:100])), 3),
        loss_last_100=round(float(np.mean(losses[-100:])), 3),
        seconds=round(time.time() - t0, 1),
        dev=res,
        curve=evals,
    )
    print(json.dumps(rec), flush=True)
    log.write(json.dumps(rec) + "\n")
    log.flush()
    return model, rec


def save(model, frozen, name):
    delta = {
        n.replace("bert.", "bert.", 1): p.detach().cpu().half().contiguous()
        for n, p in model.named_parameters()
        if n in set(trainable(model, frozen))
    }
    keys = sorted(delta)
    parts = (
        [keys[: len(keys) // 2], keys[len(keys) // 2 :]]
        if frozen >= 4
        else [keys[: len(keys) // 3], keys[len(keys) // 3 : 2 * len(keys) // 3], keys[2 * len(keys) // 3 :]]
    )
    for i, part in enumerate(parts):
        save_file({k: delta[k] for k in part}, os.path.join(OUT, f"{name}.part{i}.safetensors"))


def main():
    budget = float(sys.argv[1]) if len(sys.argv) > 1 else 360
    t0 = time.time()
    sets = {s: windows(f"train{s}.npz") for s in range(4)}
    dev = windows("dev100.npz")
    print(
        "loaded",
        {s: len(v["ids"]) for s, v in sets.items()},
        len(dev["ids"]),
        f"{time.time() - t0:.1f}s",
        DEV,
        flush=True,
    )
    configs = json.load(open(os.path.join(HERE, "configs.json")))
    os.makedirs(OUT, exist_ok=True)
    log = open(os.path.join(OUT, "sweep.jsonl"), "w")
    best = {}
    for cfg in configs:
        if time.time() - t0 > budget:
            print("budget spent; skipped", cfg["name"], flush=True)
            continue
        model, rec = train(cfg, sets, dev, log)
        score = rec["dev"]["f1"] + 50 * rec["dev"]["auc"]
        key = cfg["frozen"]
        if key not in best or score > best[key][0]:
            for f in os.listdir(OUT):
                if best.get(key) and f.startswith(best[key][1] + ".part"):
                    os.remove(os.path.join(OUT, f))
            best[key] = (score, cfg["name"])
            save(model, key, cfg["name"])
            print("saved", cfg["name"], round(score, 2), flush=True)
        del model
        torch.cuda.empty_cache()


if __name__ == "__main__":
    main()
