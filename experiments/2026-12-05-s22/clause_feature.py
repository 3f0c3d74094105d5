"""Dev split: would the span choice gain from how much of the question the span's own clause says before it?

A Chinese quantity or name follows what it is of ("全社会研发投入增长12%", "总投资超过500亿元", "牵头单位：X"): the
words between the last clause boundary (，；、。 or a line break) and the span are its head. When one sentence
holds several figures, the one whose head repeats the question is likelier the answer. Reads the candidates
`../2026-12-04-dev-probes/span_candidates.py` pickled; 2-fold cross-fitted F1/EM of the chosen candidate, as
`qa.training.calibrate.fit_choice` reports (fitted on open-retrieval candidates, scored open and on the gold
passage alone)."""
import pickle
import re
from itertools import pairwise

import numpy as np
from sklearn.linear_model import LogisticRegression

from qa.answer.reader.runtime import aligned_simplified
from qa.evaluation import char_f1, exact_match

rows = pickle.load(open(".cache/dev-probes/candidates.pkl", "rb"))
BOUNDARY = re.compile(r"[，,；;、。！？!?\n：:]")


def bigrams(t: str) -> set[str]:
    t = "".join(t.split())
    return {a + b for a, b in pairwise(t)}


def head(text: str, start: int, colon: bool) -> str:
    """The span's clause before it: back to the last boundary (a colon not counted with `colon`)."""
    cut = BOUNDARY if not colon else re.compile(r"[，,；;、。！？!?\n]")
    stops = [m.end() for m in cut.finditer(text, 0, start)]
    return text[stops[-1] if stops else 0 : start]


def feats(q: str, text: str, c: tuple, which: str) -> list[float]:
    p, s, e, m, f = c
    out = [m, *f]
    asked = bigrams(aligned_simplified(q))
    if which and asked:
        h = aligned_simplified(head(text, s, which == "colon"))
        out.append(len(asked & bigrams(h)) / len(asked))
    elif which:
        out.append(0.0)
    return out


def build(which: str, gold: bool = False) -> list:
    out = []
    for q, a, shown, found, gfound, ctx in rows:
        cs = gfound if gold else found
        texts = [ctx] if gold else shown
        if not cs:
            out.append(None)
            continue
        x = np.array([feats(q, texts[c[0]], c, which) for c in cs])
        pred = [texts[c[0]][c[1] : c[2]] for c in cs]
        out.append((x, np.array([char_f1(p, [a]) for p in pred]), np.array([exact_match(p, [a]) for p in pred])))
    return out


def fit(part: list) -> np.ndarray:
    x = np.vstack([r[0] for r in part])
    y = np.concatenate([r[1] for r in part]) >= 0.5
    return LogisticRegression(max_iter=2000).fit(x, y).coef_[0]


for which in ("", "clause", "colon"):
    opened = build(which, False)
    for gold in (False, True):
        scored = build(which, True) if gold else opened
        idx = [i for i, r in enumerate(scored) if r is not None]
        halves = [idx[::2], idx[1::2]]
        f1 = em = 0.0
        for k in (0, 1):
            w = fit([opened[i] for i in halves[1 - k] if opened[i] is not None])
            for i in halves[k]:
                x, y, e = scored[i]
                j = int(np.argmax(x @ w))
                f1 += y[j]
                em += e[j]
        n = len(rows)
        print(which or "as shipped", "gold" if gold else "open", "F1 %.1f EM %.1f" % (100 * f1 / n, 100 * em / n))
    print("  weights", np.round(fit([r for r in opened if r is not None]), 3))
