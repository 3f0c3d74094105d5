"""Ask a helper-written question set about documents nobody here tuned on (`unseen1`, `unseen2`, …).

The corpus is the five seeds plus the set's own documents (so the seeds are distractors), indexed into a
scratch folder; each question goes through the service as `/api/ask` does. A right answer contains the gold
answer (each item of a listed one, "、"-separated); an unanswerable one is right when refused. Run from the
repository root, after `make index`, one at a time (2 cores):

    .venv/bin/python experiments/2026-12-05-s24/probe.py unseen2
    .venv/bin/python experiments/2026-12-05-s24/probe.py experiments/2026-12-05-s25/unseen4
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def norm(text: str | None) -> str:
    from qa.answer.reader.runtime import aligned_simplified

    return re.sub(r"\s+|\[\d+\]", "", aligned_simplified(text or ""))


def judged(gold: str, answer: Any) -> tuple[bool, bool]:
    """(right, short answer right): a right answer contains the gold answer (each item of a listed one); an
    unanswerable question (no gold) is right when refused."""
    refused = not answer.answerable
    said, short = norm(answer.answer), norm(answer.short_answer)
    items = [norm(item) for item in gold.split("、")] if gold else []
    ok = refused if not gold else not refused and all(item in said for item in items)
    short_ok = bool(gold) and not refused and bool(short) and all(item in short for item in items)
    return ok, short_ok


def main(name: str) -> None:
    folder = Path(name) if Path(name).is_dir() else HERE / name  # a set of this folder's, or any set's path
    scratch = Path(tempfile.mkdtemp(prefix=f"{folder.name}-"))
    corpus = scratch / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    for path in (folder / "corpus").iterdir():
        shutil.copy(path, corpus / path.name)
    env = os.environ | {"QA_CORPUS_DIR": str(corpus), "QA_INDEX_DIR": str(scratch / "index")}
    subprocess.run([sys.executable, "-m", "qa", "index"], env=env, check=True, cwd=ROOT, capture_output=True)
    os.environ.update(env)
    from qa.config import Settings
    from qa.service import Service

    service = Service.load(Settings.from_env())
    questions = [json.loads(line) for line in (folder / "questions.jsonl").read_text("utf-8").splitlines() if line]
    right, short_right, by_kind = 0, 0, Counter()
    for q in questions:
        answer = service.ask(q["question"])
        refused, gold = not answer.answerable, q["answer"]
        ok, short_ok = judged(gold, answer)
        right += ok
        short_right += short_ok
        by_kind[(q["kind"], ok)] += 1
        reply = "REFUSED" if refused else answer.answer[:80].replace("\n", " ")
        print(f"{'ok ' if ok else 'BAD'} {'s' if short_ok else '-'} {q['id']} [{q['kind']}] {q['question']}")
        print(f"      gold={gold!r} short={answer.short_answer!r} confidence={answer.confidence} | {reply}")
    answerable = sum(1 for q in questions if q["answer"])
    print(f"\n{name}: right {right}/{len(questions)}; short answer right {short_right}/{answerable}")
    for kind in sorted({k for k, _ in by_kind}):
        print(f"  {kind:<14} {by_kind[(kind, True)]}/{by_kind[(kind, True)] + by_kind[(kind, False)]}")
    shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1])
