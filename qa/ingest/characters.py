"""Character-level repairs of scraped text: pinyin ruby, characters lost in the scrape, punctuation.

Each repair changes characters, never removes a line: `clean` decides what is furniture.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

import jieba
import numpy as np

from qa.ingest.script import Script, is_han, to_simplified, to_traditional
from qa.ingest.sections import is_table_row
from qa.ingest.sounds import readings

#: Printed in place of characters that were lost in the scrape (the "geta" mark
#: Chinese typesetting uses for a missing glyph): we never guess them.
LOST = "〓"

_TONE_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
_RUBY = re.compile(rf"(?P<han>[\u4e00-\u9fff])\((?P<py>[a-z{_TONE_VOWELS}]{{1,7}})\)")


@lru_cache(maxsize=8192)
def _readings(han: str) -> frozenset[str]:
    """Tone-marked and toneless readings of one character (any script)."""
    return readings(han) | readings(to_simplified(han))


def remove_ruby(text: str) -> tuple[str, int]:
    """Drop pinyin glued after a character, `創(chuàng)` → `創`.

    Only when the bracketed Latin text is a real reading of that very
    character, so `(光谷)`, `(一)` or `(AI)` are never touched.
    """
    count = 0

    def repl(m: re.Match[str]) -> str:
        nonlocal count
        if m["py"] in _readings(m["han"]):
            count += 1
            return m["han"]
        return m[0]

    return _RUBY.sub(repl, text), count


@lru_cache(maxsize=1)
def _char_frequency() -> dict[str, int]:
    """Character frequencies summed over jieba's dictionary (Simplified).

    Summed by numpy over the code points of all words at once: 0.15 s instead of 0.8 s for a Python
    loop over its 349,000 rows (word, count, tag), a tenth of the five seed documents' whole build."""
    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    with open(path, encoding="utf-8") as fh:
        fields = fh.read().split()
    words, counts = fields[0::3], np.array(fields[1::3], dtype=np.int64)
    lengths = np.fromiter(map(len, words), dtype=np.int64, count=len(words))
    points = np.frombuffer("".join(words).encode("utf-32-le"), dtype=np.uint32)
    totals = np.bincount(points, weights=np.repeat(counts, lengths))
    return {chr(cp): int(totals[cp]) for cp in np.flatnonzero(totals)}


def _is_garbled(ch: str, script: Script) -> bool:
    """A character that does not belong: very rare, wrong script, or Latin inside Chinese."""
    if ch.isascii():
        return ch.isalpha()
    if not is_han(ch):
        return False
    if script == "zh-Hant" and to_traditional(ch) != ch:
        return True
    return _char_frequency().get(to_simplified(ch), 0) < 100


def mark_lost(line: str, script: Script) -> tuple[str, int]:
    """Replace characters lost in the scrape with one `LOST` mark per run.

    A `?` stands for lost text when it starts a line, comes in a run (`??`),
    or is followed by garbled characters (`?偼顿Y`, the tail of a mis-decoded
    word, which is swallowed too). Any other `?` is a question mark.
    """
    out: list[str] = []
    count = 0
    i = 0
    while i < len(line):
        ch = line[i]
        if ch not in "?\ufffd":
            out.append(ch)
            i += 1
            continue
        j = i
        while j < len(line) and line[j] in "?\ufffd":
            j += 1
        k = j
        while k < len(line) and k - j < 4 and _is_garbled(line[k], script):
            k += 1
        if k < len(line) and line[k].isascii() and line[k].isalpha():
            k = j  # a Latin word follows: the garbled run was really English text
        is_lost = ch == "\ufffd" or i == 0 or j - i > 1 or k > j
        if is_lost:
            out.append(LOST)
            count += 1
            i = k
        else:
            out.append(line[i:j])
            i = j
    return "".join(out), count


_FULLWIDTH = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！"}


_CJK_CONTEXT = r"[\u4e00-\u9fff〓）”」》%]"


def normalise_punctuation(line: str) -> str:
    """One convention: full-width Chinese punctuation, half-width Latin letters and digits.

    Half-width `,:;?!` become full-width after Chinese text (but `1,000` and
    `15:46` stay); brackets around Chinese text become `（）`; straight quote
    pairs become “”; full-width letters and digits become ASCII.
    """
    line = line.translate(_FULLWIDTH_ALNUM)
    if is_table_row(line):
        cells = [normalise_punctuation(c) for c in line.strip().strip("|").split("|")]
        while cells and not cells[-1]:
            cells.pop()
        # a row of two cells keeps its closing bar: with one bar it would read as prose ("事项 | 日期")
        return " | ".join(cells) + (" |" if len(cells) == 2 else "")
    line = re.sub(r" {2,}", " ", line)
    line = re.sub(
        rf"(?<={_CJK_CONTEXT})\s*([,:;?!])\s*|\s*([,:;?!])\s*(?=[\u4e00-\u9fff“])",
        lambda m: _FULLWIDTH[m[1] or m[2]],
        line,
    )
    line = re.sub(r"\(([^()]*[\u4e00-\u9fff〓][^()]*)\)", r"（\1）", line)
    line = re.sub(r'"([^"]*)"', r"“\1”", line)
    return line.strip()


_FULLWIDTH_ALNUM = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F) if chr(cp - 0xFEE0).isalnum()} | {
    0xFF05: ord("%"),
    0xFF0E: ord("."),
}
