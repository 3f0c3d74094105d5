"""Dump training windows (per seed) and dev windows as packed npz, for a training run elsewhere."""

import sys
import time

import numpy as np

from qa.answer.reader import load_tokenizer
from qa.config import ROOT
from qa.training import data
from qa.training.codeswitch import CodeSwitch
from qa.training.train import DEFAULT_DATA, RATES


def pack(exs, path):
    lens = np.array([len(e.ids) for e in exs], dtype=np.int32)
    ids = np.concatenate([np.asarray(e.ids, dtype=np.int32) for e in exs])
    kinds = np.array([e.kind for e in exs])
    np.savez_compressed(
        path,
        ids=ids,
        lens=lens,
        start=np.array([e.start for e in exs], np.int32),
        end=np.array([e.end for e in exs], np.int32),
        kind=kinds,
        english=np.array([e.english for e in exs]),
    )


def main():
    which, seed = sys.argv[1], int(sys.argv[2])
    t = time.time()
    questions = data.load(DEFAULT_DATA)
    tok = load_tokenizer(ROOT / "models" / "e5-small")
    search = data.PassageSearch(sorted({q.context for q in questions if not data.is_dev(q.article)}))
    qs = [q for q in questions if data.is_dev(q.article) == (which == "dev")]
    exs = list(
        data.examples(
            qs, tok, search, seed=seed, rates=RATES, max_len=192, overlap=64, english=CodeSwitch(), english_rate=0.2
        )
    )
    pack(exs, f".gpu/{which}{seed}.npz")
    print(which, seed, len(qs), len(exs), f"{time.time() - t:.0f}s", flush=True)


main()
