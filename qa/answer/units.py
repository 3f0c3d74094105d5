"""Sentences: the spans an extractive answer quotes.

Offsets are relative to the text given, so a sentence maps back to the cleaned
document exactly. A 。！？； or a line end closes a sentence (a table row is a
line, so it is a sentence of its own); the closing quotes and brackets right after
the mark are the sentence's own (“……我心喜极！” ends at ”, not before it).
"""

from __future__ import annotations

import re

_SENTENCE = re.compile(r"[^。！？；\n]+(?:[。！？；]+[”’」』）)]*)?")


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


def attributed_sentences(text: str) -> list[tuple[int, int]]:
    """`sentences`, with a parenthesis that follows a sentence joined to it: a policy task's
    "（牵头单位：…；责任单位：…）" says who does that task, so it belongs to it."""
    joined: list[tuple[int, int]] = []
    for start, end in sentences(text):
        if joined and (text[start] in "（(" or unclosed(text[joined[-1][0] : joined[-1][1]])):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def unclosed(text: str) -> bool:
    """Whether `text` opens more parentheses than it closes."""
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")
