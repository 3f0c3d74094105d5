"""The reader on the held-out dev split with its questions reworded, their meaning kept.

Staff ask the same thing in other words. This measures, given the passage, with the
reader `make model` built (as served), each dev question as written and reworded:

* `interrogative`: its first question word swapped for a synonym (谁 ↔ 何人, 什么时候 ↔ 何时,
  为什么 ↔ 为何, 哪一年/哪年 ↔ 何年, 哪里/哪儿 ↔ 何处), on the questions that have one;
* `polite`: 请问 before it;
* `unpunctuated`: without its question mark.

Each line gives the reworded questions and the same questions as written. Reporting
only: nothing is fitted here. `python -m qa.training.rewording [--limit N]`.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import replace

from tqdm import tqdm

from qa.answer.reader import onnx_reader
from qa.config import Settings
from qa.training import data
from qa.training.scripts import measure, score, summary
from qa.training.train import DEFAULT_DATA

#: Question words and a synonym of each (everyday ↔ formal), tried in this order.
SYNONYMS = (
    ("什么时候", "何时"),
    ("为什么", "为何"),
    ("哪一年", "何年"),
    ("哪年", "何年"),
    ("哪里", "何处"),
    ("哪儿", "何处"),
    ("谁", "何人"),
)


def interrogative(question: str) -> str | None:
    """`question` with its first question word of `SYNONYMS` swapped for the other; None when it has none."""
    for plain, formal in SYNONYMS:
        if plain in question:
            return question.replace(plain, formal, 1)
        if formal in question:
            return question.replace(formal, plain, 1)
    return None


#: The rewordings measured: name → the question reworded (None: this one cannot be).
REWORDINGS: dict[str, Callable[[str], str | None]] = {
    "interrogative": interrogative,
    "polite": lambda question: "请问" + question,
    "unpunctuated": lambda question: question.rstrip("？?"),
}


def reworded(
    questions: list[data.Question], reword: Callable[[str], str | None]
) -> list[tuple[data.Question, data.Question]]:
    """Each question `reword` changes, as written and reworded."""
    pairs = []
    for q in questions:
        other = reword(q.question)
        if other is not None and other != q.question:
            pairs.append((q, replace(q, question=other)))
    return pairs


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="dev questions to use")
    args = parser.parse_args(argv)
    settings = Settings.from_env()
    reader = onnx_reader(settings.model_dir, threads=settings.reader_threads)  # as `qa serve` builds it
    dev = [q for q in data.load(DEFAULT_DATA) if data.is_dev(q.article)][: args.limit]
    written = {q.id: score(reader, q) for q in tqdm(dev, desc="as written", unit="question")}  # shared by all
    for name, reword in REWORDINGS.items():
        pairs = reworded(dev, reword)
        figures = {
            "as written": summary([written[q.id] for q, _ in pairs]),
            name: measure(reader, [asked for _, asked in pairs], str, desc=name),
        }
        for form, figure in figures.items():
            line = {"rewording": name, "form": form} | {k: round(v, 1) for k, v in figure.items()}
            print(json.dumps(line, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
