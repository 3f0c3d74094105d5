"""Whether the passages to be read say anything a question asks about.

The reader's no-answer probability is calibrated on real questions. Text that asks about
nothing ("你好", "的", "a", "啊啊啊啊") is outside what it was trained on, and it answered such
text at confidence 0.08–0.28, above the refusal threshold, with some unrelated sentence.
So a question is read only against passages that share at least one of its terms: a pair of
adjacent Chinese characters, or a Latin word or number of two or more characters, compared in
the one form (Simplified, folded, lower case). A question in English is compared as the reader
reads it, with the corpus's words for its terms (`Glossary.render`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from qa.ingest import is_han, to_simplified

#: Runs of Chinese characters, and of ASCII letters and digits (in the folded, lower-cased form).
_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+|[a-z0-9]+")


def terms(text: str) -> set[str]:
    """The terms of `text` compared: adjacent Chinese character pairs, Latin words and numbers of 2+ characters."""
    found: set[str] = set()
    for run in _RUN.findall(to_simplified(text).lower()):
        if is_han(run[0]):
            found.update(run[i : i + 2] for i in range(len(run) - 1))
        elif len(run) > 1:
            found.add(run)
    return found


def supported(question: str, texts: Iterable[str]) -> bool:
    """Whether any of `texts` says one of the question's terms (`terms`); a question with none is never supported."""
    asked = terms(question)
    return bool(asked) and any(not asked.isdisjoint(terms(text)) for text in texts)
