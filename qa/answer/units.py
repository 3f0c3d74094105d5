"""Sentences: the spans an extractive answer quotes.

Offsets are relative to the text given, so a sentence maps back to the cleaned
document exactly. A 。！？； or a line end closes a sentence (a table row is a
line, so it is a sentence of its own).
"""

from __future__ import annotations

import re

_SENTENCE = re.compile(r"[^。！？；\n]+[。！？；]?")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans, whitespace trimmed."""
    out = []
    for m in _SENTENCE.finditer(text):
        piece = m.group()
        lead = len(piece) - len(piece.lstrip())
        body = piece.strip()
        if body:
            out.append((m.start() + lead, m.start() + lead + len(body)))
    return out
