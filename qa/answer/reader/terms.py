"""A Chinese question's words that a passage writes only in English, and how it writes them.

A statistics bulletin writes "R&D经费" throughout; asked "全省研发经费投入了多少", the reader, which
reads words more than meanings, was unsure of the bulletin's sentence (a wrong span elsewhere at 0.44)
and sure of it when the question said "R&D经费" (279.4亿元 at 0.74). So each passage is read with the
question's words put as that passage writes them, the other way round from an English question
rendered into the passages' Chinese (`Glossary.render`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from qa.answer.reader.runtime import aligned_simplified
from qa.answer.reader.windows import Passage
from qa.search import Glossary

#: A run of English in Chinese text: a word or words ("R&D", "GDP", "Research Report").
_ENGLISH_RUN = re.compile(r"[A-Za-z][A-Za-z0-9&]*(?:[ -][A-Za-z][A-Za-z0-9&]*)*")


def written_english(glossary: Glossary, question: str, passage: str) -> tuple[tuple[str, str], ...]:
    """(word, English) for each word of `question` that `passage` (both Simplified) does not say but writes in
    English: the glossary's rendering of an English run of the passage."""
    pairs: dict[str, str] = {}
    for word, english in _english_words(glossary, passage):
        if word in question and word not in passage:
            pairs.setdefault(word, english)
    return tuple(pairs.items())


@lru_cache(maxsize=8192)
def _english_words(glossary: Glossary, passage: str) -> tuple[tuple[str, str], ...]:
    """(Chinese word, the passage's English for it) for each English run of `passage`. It does not depend on the
    question, and the same retrieved chunks are read again and again while serving: cached."""
    found = []
    for run in dict.fromkeys(m.group() for m in _ENGLISH_RUN.finditer(passage)):
        for term in glossary.translate(run):
            english = re.search(re.escape(term.english), run, re.I)
            found += [(word, english.group()) for word in term.chinese if english is not None]
    return tuple(found)


def in_their_words(glossary: Glossary, question: str, passages: Sequence[Passage]) -> list[Passage]:
    """`passages`, each with the words of `question` (Simplified) it writes only in English (`written`)."""
    return [
        replace(p, written=written_english(glossary, question, aligned_simplified(f"{p.heading}\n{p.text}")))
        for p in passages
    ]
