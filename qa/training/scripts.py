"""The reader on the held-out dev split in each script a document may come in.

The training data is Simplified only; Traditional documents are read through
OpenCC (`qa.answer.reader.runtime.aligned_simplified`). This measures what that
costs, given the passage, with the reader `make model` built (as served):

* `simplified`: the dev questions as they are;
* `s2t`: question and passage turned Traditional character by character (OpenCC s2t);
* `s2twp`: turned Taiwan-style, with Taiwan wording (OpenCC s2twp: 软件 → 軟體).

Answers are scored with the CMRC 2018 metric, which compares them in Simplified script.
Reporting only: nothing is fitted here. `python -m qa.training.scripts [--limit N]`.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence

import opencc
from tqdm import tqdm

from qa.answer.reader import Reader, onnx_reader
from qa.config import Settings
from qa.evaluation import char_f1, exact_match
from qa.training import data
from qa.training.train import DEFAULT_DATA

#: The forms a dev question is read in: name → how question, passage and answer are converted.
FORMS: dict[str, Callable[[str], str]] = {
    "simplified": str,
    "s2t": opencc.OpenCC("s2t").convert,
    "s2twp": opencc.OpenCC("s2twp").convert,
}


def score(reader: Reader, q: data.Question, convert: Callable[[str], str] = str) -> tuple[float, float, bool]:
    """EM, F1 (0–1) and whether refused, for `q` read given its passage, converted by `convert`; the answer
    counts as given and as converted (s2twp rewords: 软件 is 軟體 in that passage)."""
    context = convert(q.context)
    reading = reader.read(convert(q.question), [context])
    said = context[reading.start : reading.end] if reading else ""
    gold = [q.answer, convert(q.answer)]
    refused = reading is None or reading.confidence < reader.calibration.threshold
    return exact_match(said, gold), char_f1(said, gold), refused


def summary(scores: Sequence[tuple[float, float, bool]]) -> dict[str, float]:
    """EM, F1 and share refused (percent) of questions scored by `score`."""
    n = max(len(scores), 1)
    return {
        "questions": len(scores),
        "em": 100 * sum(s[0] for s in scores) / n,
        "f1": 100 * sum(s[1] for s in scores) / n,
        "refused": 100 * sum(s[2] for s in scores) / n,
    }


def measure(
    reader: Reader, questions: Sequence[data.Question], convert: Callable[[str], str], desc: str = ""
) -> dict[str, float]:
    """`summary` of `questions` read given their passage, converted by `convert` (`score`)."""
    return summary([score(reader, q, convert) for q in tqdm(questions, desc=desc, unit="question", disable=not desc)])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="dev questions to use")
    parser.add_argument("--forms", default=",".join(FORMS), help=f"comma-separated, of {', '.join(FORMS)}")
    args = parser.parse_args(argv)
    forms = args.forms.split(",")
    if unknown := [name for name in forms if name not in FORMS]:
        parser.error(f"unknown form {', '.join(unknown)} (choose from {', '.join(FORMS)})")
    settings = Settings.from_env()
    reader = onnx_reader(settings.model_dir, threads=settings.reader_threads)  # as `qa serve` builds it
    dev = [q for q in data.load(DEFAULT_DATA) if data.is_dev(q.article)][: args.limit]
    for name in forms:
        figures = measure(reader, dev, FORMS[name], desc=name)
        print(json.dumps({"form": name} | {k: round(v, 1) for k, v in figures.items()}), flush=True)


if __name__ == "__main__":
    main()
