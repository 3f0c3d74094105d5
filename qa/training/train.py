"""`make train-reader`: fine-tune the reader on CMRC 2018 train, on the CPU (or a GPU), within a time budget.

Recipe: word embeddings and the lowest `--frozen` encoder layers stay as in e5-small,
the rest and the span head train with AdamW (5% warm-up, linear decay, bf16 autocast).
Each epoch reads another draw of the windows (`--window-sets`: other negatives, other
questions code-switched to English), so four epochs see four times the negatives of
one. Runs on the CPU (≈ 2.5 s per batch of 16 windows of 192 tokens on 2 cores) or on
a GPU when there is one (`--device`). The loop is torch's optimiser and transformers'
scheduler; without `--steps` it stops at `--minutes` with the schedule sized to fit. The
weights are written under `--out` with a card; the dev split then calibrates refusals
(`qa.training.calibrate`).
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

from qa.answer.reader import (
    PAD,
    WEIGHTS_DIR,
    WEIGHTS_FILE,
    Calibration,
    Card,
    base_model,
    load_reader,
    save_delta,
    trainable_names,
)
from qa.config import ROOT
from qa.search import sha256
from qa.training import data
from qa.training.codeswitch import CodeSwitch

DEFAULT_DATA = ROOT.parent / "shared" / "mrc-train" / "cmrc2018_train.jsonl.gz"
RATES = {"elsewhere": 0.3, "retrieved": 0.4, "perturbed": 0.35}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--e5", type=Path, default=ROOT / "models" / "e5-small")
    parser.add_argument("--out", type=Path, default=WEIGHTS_DIR)
    parser.add_argument("--minutes", type=float, default=80.0, help="training time budget (the schedule fits it)")
    parser.add_argument(
        "--seconds-per-step", type=float, default=2.45, help="measured step time used to size the schedule"
    )
    parser.add_argument(
        "--steps", type=int, default=None, help="exact number of steps (reproducible on a busy machine; no time limit)"
    )
    parser.add_argument("--epochs", type=float, default=3.0, help="upper bound; the time budget usually ends first")
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--lr", type=float, default=1e-4)
    parser.add_argument("--frozen", type=int, default=4, help="encoder layers kept as in e5-small")
    parser.add_argument("--max-len", type=int, default=192)
    parser.add_argument("--overlap", type=int, default=64)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--window-sets", type=int, default=1, help="draws of the windows (seeds seed, seed+1, …), one per epoch in turn"
    )
    parser.add_argument("--device", default="auto", help="cpu, cuda, or auto (cuda when there is one)")
    parser.add_argument("--english", type=float, default=0.0, help="share of questions code-switched to English (0-1)")
    parser.add_argument("--limit", type=int, default=None, help="train on this many questions (smoke tests)")
    parser.add_argument(
        "--init", type=Path, default=None, help="continue from the reader weights in this folder (a second stage)"
    )
    args = parser.parse_args(argv)

    import torch
    from tqdm import tqdm
    from transformers import get_linear_schedule_with_warmup

    from qa.answer.reader import load_tokenizer

    torch.manual_seed(args.seed)
    torch.set_num_threads(2)
    rng = random.Random(args.seed)
    started = time.time()
    questions = data.load(args.data)
    train = [q for q in questions if not data.is_dev(q.article)]
    if args.limit:
        train = rng.sample(train, args.limit)
    tokenizer = load_tokenizer(args.e5)
    search = data.PassageSearch(sorted({q.context for q in questions if not data.is_dev(q.article)}))
    sets = [
        list(
            tqdm(
                data.examples(
                    train,
                    tokenizer,
                    search,
                    seed=args.seed + k,
                    rates=RATES,
                    max_len=args.max_len,
                    overlap=args.overlap,
                    english=CodeSwitch() if args.english else None,
                    english_rate=args.english,
                ),
                desc=f"windows (draw {k + 1} of {args.window_sets})",
                unit="window",
            )
        )
        for k in range(args.window_sets)
    ]
    examples = sets[0]
    kinds = {k: sum(e.kind == k for e in examples) for k in ("answer", "elsewhere", "retrieved", "perturbed")}
    kinds["of which English"] = sum(e.english for e in examples)
    print(f"{len(train)} training questions -> {len(examples)} windows {kinds} (first draw)", flush=True)

    if args.init is not None:
        model, previous = load_reader(args.e5, args.init)
        if previous.frozen_layers != args.frozen:
            parser.error(f"--frozen {args.frozen} differs from the {previous.frozen_layers} of {args.init}")
        model.train()
    else:
        model, previous = base_model(args.e5), None
    names = set(trainable_names(model, args.frozen))
    for name, p in model.named_parameters():
        p.requires_grad = name in names
    params = [p for p in model.parameters() if p.requires_grad]
    optimiser = torch.optim.AdamW(params, lr=args.lr, weight_decay=0.01)
    per_epoch = -(-len(examples) // args.batch)
    budget = int(args.minutes * 60 / args.seconds_per_step)
    steps = args.steps or max(1, min(int(per_epoch * args.epochs), budget))
    schedule = get_linear_schedule_with_warmup(optimiser, int(0.05 * steps), steps)
    print(
        f"{steps} steps of {args.batch} ({steps / per_epoch:.2f} epochs), "
        f"{sum(p.numel() for p in params) / 1e6:.1f}M parameters trained",
        flush=True,
    )

    device = args.device if args.device != "auto" else ("cuda" if torch.cuda.is_available() else "cpu")
    model.to(device)
    model.train()
    order: list[data.Example] = []
    epoch = 0
    losses: list[float] = []
    deadline = time.time() + args.minutes * 60 * 1.1  # the schedule is sized to fit; this only guards a slow machine
    bar = tqdm(range(steps), desc="training", unit="step")
    done = 0
    for step in bar:
        if len(order) < args.batch:  # an epoch ends: the next draw of the windows, shuffled, after what is left
            draw = sets[epoch % len(sets)]
            epoch += 1
            fresh = list(range(len(draw)))
            rng.shuffle(fresh)
            order += [draw[i] for i in fresh]
        picked = order[: args.batch]
        del order[: args.batch]
        width = max(len(e.ids) for e in picked)
        ids = torch.full((len(picked), width), PAD, dtype=torch.long)
        for i, e in enumerate(picked):
            ids[i, : len(e.ids)] = torch.tensor(e.ids)
        ids = ids.to(device)
        mask = (ids != PAD).long()
        starts = torch.tensor([e.start for e in picked], device=device)
        ends = torch.tensor([e.end for e in picked], device=device)
        with torch.autocast(device, dtype=torch.bfloat16):
            loss = model(input_ids=ids, attention_mask=mask, start_positions=starts, end_positions=ends).loss
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        optimiser.step()
        schedule.step()
        optimiser.zero_grad()
        losses.append(float(loss.detach()))
        done = step + 1
        if done % 20 == 0:
            bar.set_postfix(loss=f"{sum(losses[-20:]) / 20:.3f}")
        if args.steps is None and time.time() > deadline:
            print(f"time budget spent after {done} of {steps} steps", flush=True)
            break

    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / WEIGHTS_FILE
    save_delta(model, args.frozen, path)
    card = Card(
        sha256=sha256(path),
        frozen_layers=args.frozen,
        max_len=args.max_len,
        overlap=args.overlap,
        calibration=Calibration(),
        training={
            "data": f"{args.data.name} (sha256 {sha256(args.data)[:16]}…), {len(train)} questions of non-dev articles",
            "windows": kinds,
            "negative_rates": RATES,
            "english_rate": args.english,
            "seed": args.seed,
            "steps": done,
            "batch": args.batch,
            "epochs": round(done * args.batch / len(examples), 2),
            "window_sets": args.window_sets,
            "lr": args.lr,
            "schedule": "AdamW, weight decay 0.01, 5% warm-up, linear decay, grad-norm clip 1.0, bf16 autocast",
            "loss_first_100": round(sum(losses[:100]) / max(len(losses[:100]), 1), 3),
            "loss_last_100": round(sum(losses[-100:]) / max(len(losses[-100:]), 1), 3),
            "minutes": round((time.time() - started) / 60, 1),
            "threads": torch.get_num_threads(),
            "device": torch.cuda.get_device_name() if device == "cuda" else "cpu",
        }
        | ({"continued_from": {"sha256": previous.sha256, **previous.training}} if previous else {}),
    )
    card.save(args.out)
    print(json.dumps(card.training, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
