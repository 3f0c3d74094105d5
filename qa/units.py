"""The spans an extractive answer may quote: sentences, clause windows, and task + lead-unit pairs.

A policy sentence is often too long to be an answer ("…，…，…，重点突出…"), and
the fact a question asks for may sit in a parenthesis after it ("（牵头单位：…；
责任单位：…）"), so the units are more than sentences. Offsets are relative to
the text given, so a unit maps back to the cleaned document exactly.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from qa.sections import is_table_row

_SENTENCE = re.compile(r"[^。！？；\n]+[。！？；]?")
_CLAUSE = re.compile(r"[^，,]+[，,]?")
#: Sentences longer than this are also offered as windows of up to three clauses.
_LONG = 80


def _spans(pattern: re.Pattern[str], text: str) -> Iterator[tuple[int, int]]:
    for m in pattern.finditer(text):
        piece = m.group()
        lead = len(piece) - len(piece.lstrip())
        body = piece.strip()
        if body:
            yield m.start() + lead, m.start() + lead + len(body)


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans, whitespace trimmed (a 。！？； or line end closes a sentence)."""
    return list(_spans(_SENTENCE, text))


def answer_spans(text: str) -> Iterator[tuple[int, int]]:
    """The units, without trailing commas: the spans an answer may quote."""
    for s, e in _units(text):
        while e > s and text[e - 1] in "，,、":
            e -= 1
        yield s, e


def _units(text: str) -> Iterator[tuple[int, int]]:
    """Sentences, table rows, and windows of up to three clauses inside long sentences."""
    before: list[tuple[int, int]] = []
    for s, e in _spans(_SENTENCE, text):
        yield s, e
        if before and text[s] in "（(":
            yield before[-1][0], e  # "task sentence（牵头单位：…；" reads as one answer
        if before and text[s : s + 4] in ("责任单位", "責任單位"):
            yield before[-1][0], e  # "（牵头单位：…；责任单位：…）": who leads and who carries it out
            if len(before) > 1 and text[before[-1][0]] in "（(":
                yield before[-2][0], e
        before = [*before[-1:], (s, e)]
        if e - s > _LONG and not is_table_row(text[s:e]):
            clauses = [(s + a, s + b) for a, b in _spans(_CLAUSE, text[s:e])]
            for i in range(len(clauses)):
                for j in range(i, min(i + 3, len(clauses))):
                    if (i, j) != (0, len(clauses) - 1):
                        yield clauses[i][0], clauses[j][1]
