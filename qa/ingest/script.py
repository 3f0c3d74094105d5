"""Chinese script detection and conversion (OpenCC).

Retrieval works on Simplified text (both index and query are converted), while
display and citations keep the source's own script.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

import opencc

Script = Literal["zh-Hans", "zh-Hant", "en"]


@lru_cache(maxsize=4)
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def to_simplified(text: str) -> str:
    return str(_converter("t2s").convert(text))


def to_traditional(text: str) -> str:
    return str(_converter("s2t").convert(text))


def is_han(ch: str) -> bool:
    """True for a CJK unified ideograph (basic block or extension A)."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def detect_script(text: str) -> Script:
    """Classify text as Traditional, Simplified or (no Chinese at all) English.

    Counts characters that only exist in one script; ties go to Simplified,
    the more common script for these documents' readers.
    """
    han = [ch for ch in text if is_han(ch)]
    if not han:
        return "en"
    sample = "".join(han)
    traditional_only = sum(a != b for a, b in zip(sample, to_simplified(sample), strict=False))
    simplified_only = sum(a != b for a, b in zip(sample, to_traditional(sample), strict=False))
    return "zh-Hant" if traditional_only > simplified_only else "zh-Hans"


def in_script(text: str, language: Script) -> str:
    """Text shown to the asker: converted to their script (English askers get the source text)."""
    if language == "zh-Hans":
        return to_simplified(text)
    if language == "zh-Hant":
        return to_traditional(text)
    return text
