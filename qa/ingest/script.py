"""Chinese script detection and conversion (OpenCC).

Retrieval and reading work on Simplified text (both index and query are converted),
with full-width letters and digits in their ASCII form and years in Chinese numerals
in digits, while display and citations keep the source's own characters.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

import opencc

Script = Literal["zh-Hans", "zh-Hant", "en"]


#: The Traditional forms an asker is shown: OpenCC's Taiwan standard, the forms Traditional documents (and the
#: seeds) write: 為, 床, 裡, 眾, 著, 吃, where plain s2t gives the older 爲, 牀, 裏, 衆, 着, 喫. Detection and
#: cleaning keep s2t (`to_traditional`): a document written with 爲 is Traditional, not garbled.
SHOWN_TRADITIONAL = "s2tw"


@lru_cache(maxsize=4)
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


#: Full-width digits, Latin letters, "％", "．" and "＆" (what a Chinese input method types: "２０２５年", "Ｒ＆Ｄ")
#: → ASCII, one character for one, so offsets hold. Unfolded, "２０２５年" never met a passage's "2025年" in
#: keyword search, and a question naming it was refused as naming a year no document says.
_FULL_WIDTH = (
    "０１２３４５６７８９"
    "ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ"
    "ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ"
    "％．＆"
)
_WIDTH = str.maketrans({ch: chr(ord(ch) - 0xFEE0) for ch in _FULL_WIDTH})
#: A year written digit by digit in Chinese numerals ("二〇二五年", as formal documents date themselves): four
#: characters, so it too folds one for one (the first of a span too: "二〇二三—二〇二五年"). Unfolded, a question
#: asking about 二〇二五年 was refused (0.06).
_CN_YEAR = re.compile(r"[〇零一二三四五六七八九]{4}(?=年|[—–\-~～至到][〇零一二三四五六七八九]{4}年)")
_CN_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")


#: Invisible format characters (soft hyphen, zero-width space/joiners, direction marks and isolates, word
#: joiner, BOM) as a regex class body that ECMA-262 and Python read alike: pasted text carries them, and
#: one inside a word ("武\u200b汉") splits it for every tokenizer.
INVISIBLE = r"\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
_INVISIBLE = re.compile(f"[{INVISIBLE}]+")


def visible(text: str) -> str:
    """`text` without invisible format characters (`INVISIBLE`)."""
    return _INVISIBLE.sub("", text)


def fold_forms(text: str) -> str:
    """`text` with full-width letters and digits as ASCII and years in Chinese numerals in digits (same length)."""
    return _CN_YEAR.sub(lambda m: m.group().translate(_CN_DIGITS), text.translate(_WIDTH))


def to_simplified(text: str) -> str:
    """`text` in Simplified script with full-width letters, digits and Chinese-numeral years folded
    (`fold_forms`): the one form questions and passages are compared in."""
    return fold_forms(_t2s(text))


def _t2s(text: str) -> str:
    """The script conversion alone: what detection compares and what an asker is shown."""
    return str(_converter("t2s").convert(text))


def to_traditional(text: str) -> str:
    return str(_converter("s2t").convert(text))


def is_han(ch: str) -> bool:
    """True for a CJK unified ideograph (basic block or extension A)."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def detect_script(text: str) -> Script:
    """Classify text as Traditional, Simplified or (letters but no Chinese) English.

    Counts characters that only exist in one script; ties go to Simplified,
    the more common script for these documents' readers, and so does text with
    neither Chinese nor letters ("？", "2025", "。。。").
    """
    han = [ch for ch in text if is_han(ch)]
    if not han:
        return "en" if any(ch.isalpha() for ch in text) else "zh-Hans"
    sample = "".join(han)
    traditional_only = sum(a != b for a, b in zip(sample, _t2s(sample), strict=False))
    simplified_only = sum(a != b for a, b in zip(sample, to_traditional(sample), strict=False))
    return "zh-Hant" if traditional_only > simplified_only else "zh-Hans"


def in_script(text: str, language: Script) -> str:
    """Text shown to the asker: converted to their script (English askers get the source text)."""
    if language == "zh-Hans":
        return _t2s(text)
    if language == "zh-Hant":
        return str(_converter(SHOWN_TRADITIONAL).convert(text))
    return text
