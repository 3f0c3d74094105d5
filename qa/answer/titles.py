"""Documents a question names by their titles: "都市圈方案", "光谷大走廊行动方案", "武汉提能方案".

Staff ask about a document by a shortened title. The chunks that answer rarely repeat it
(the plan's own text never says "都市圈方案"), and a chunk of another document that
answers the rest of the question ("要推动几家湖北实验室…") is not an answer about the
named one. So a naming shapes reading twice (`qa.answer.reader.answerer`): only the named
documents' chunks, and chunks that say a name themselves, are read; and a name is not
asked of a chunk that never says it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

import jieba
import jieba.posseg

from qa.answer.compound import QUESTION_WORD
from qa.answer.names import FUNCTION_TAGS
from qa.ingest import OPENING_TITLE, is_han, to_simplified

#: Characters at least in a naming ("提能方案", "都市圈方案"): a two-character word alone (光谷) is more often a
#: place asked about than a document.
MIN_NAMING = 4
#: Words at least in a naming: one word found in a title ("科技创新") is a topic, not the title.
MIN_WORDS = 2


@dataclass(frozen=True)
class Naming:
    """A phrase of the (Simplified) question that names exactly one document by words of its title."""

    phrase: str
    doc_id: str


class Titles:
    """The corpus's document titles, and which of them a question names."""

    def __init__(self, titles: Mapping[str, str]) -> None:
        self._titles = {doc_id: to_simplified(title) for doc_id, title in titles.items() if title.strip()}
        #: character → documents whose title has it: a word is looked for only in titles with all its characters
        self._by_char: dict[str, set[str]] = {}
        for doc_id, title in self._titles.items():
            for ch in set(title):
                self._by_char.setdefault(ch, set()).add(doc_id)
        self._with = lru_cache(maxsize=4096)(self._documents_with)

    def _documents_with(self, word: str) -> frozenset[str]:
        candidates = sorted((self._by_char.get(ch, set()) for ch in set(word)), key=len)
        if not candidates:
            return frozenset()
        return frozenset(d for d in candidates[0].intersection(*candidates[1:]) if word in self._titles[d])

    def names(self, question: str) -> list[Naming]:
        """Each run of consecutive Chinese words of `question` (Simplified; quotation marks too, `_quotes`) that
        all appear in one title and in no other, at least MIN_WORDS words and MIN_NAMING characters once a
        one-character or function word at either end (的, 关于, `_edge`) is left out. Numbers and Latin words
        never name (a year asked about is not a title's)."""
        words = jieba.lcut(question)
        found: list[Naming] = []
        i = 0
        while i < len(words):
            docs = self._with(words[i]) if _chinese(words[i]) else frozenset()
            j = i + 1
            while docs and j < len(words) and (_chinese(words[j]) or _quotes(words[j])) and docs & self._with(words[j]):
                docs &= self._with(words[j])
                j += 1
            a, b = i, j
            while a < b and _edge(words[a]):
                a += 1
            while b > a and _edge(words[b - 1]):
                b -= 1
            phrase = "".join(words[a:b])
            # the words left name the documents: "科技创新规划的" is in one title only by its 的
            docs = frozenset.intersection(*(self._with(w) for w in words[a:b])) if b > a else frozenset()
            # a headline that asks ("湖北底气从何而来？") is not named by the words that ask
            if len(docs) == 1 and b - a >= MIN_WORDS and len(phrase) >= MIN_NAMING and not QUESTION_WORD.search(phrase):
                found.append(Naming(phrase, next(iter(docs))))
            i = max(j, i + 1)
        return self._best_matched(words, found)

    def _best_matched(self, words: list[str], found: list[Naming]) -> list[Naming]:
        """The namings whose document no other (un-named) title matches better: asked about "光谷科创大走廊那份
        三年行动方案（2023—2025年）", the words "三年行动方案" are all in another plan's title alone, yet the
        corridor plan's title holds more of the question (光谷, 大走廊, 行动, 方案, 2023, 2025). A title's match
        is how many of the question's words of two or more characters (numbers too: a plan's years) it holds."""
        if not found:
            return found
        asked = {w for w in words if len(w) >= 2 and (_chinese(w) or w.isdigit())}
        matched = Counter(d for w in asked for d in self._with(w))
        named = {n.doc_id for n in found}
        rival = max((m for d, m in matched.items() if d not in named), default=0)
        return [n for n in found if matched[n.doc_id] >= rival]


def headline(title: str, opening: str) -> str:
    """`title` if it reads as a headline a question may name the document by, else "".

    A document without a headline is titled by the start of its first line (`qa.ingest.metadata`):
    "琼文在地理上指的是海南省历史上的琼山县和文昌县，琼文一词多用于抗战时期现今较少使用。琼文地区…"
    names nothing; its words are the subject that the document's other passages answer about. Such a
    title is a sentence (an inner 。！？) or the first OPENING_TITLE characters of a longer first line of
    `opening`. A short title the text starts with ("范廷颂" over "范廷颂枢机…") is a headline. On the
    held-out dev split, read as 2,402 title-less passages, taking such titles for names cost 6.5 F1."""
    if any(ch in "。！？!?" for ch in title[:-1]):
        return ""
    first = opening.lstrip().split("\n", 1)[0]
    cut = len(title) >= OPENING_TITLE and len(first) > len(title) and first.startswith(title)
    return "" if cut else title


def _edge(word: str) -> bool:
    """A word no naming opens or closes with: one character (的, 和) or a function word jieba's dictionary tags
    (关于, 按照, 以及): "关于江西重点研发计划…" named the notice titled "关于组织申报…江西省科技计划项目的通知"
    by 关于 and 江西, so the guide that answers was not read."""
    return len(word) < 2 or jieba.posseg.dt.word_tag_tab.get(word, "").startswith(FUNCTION_TAGS)


def _chinese(word: str) -> bool:
    return bool(word) and all(is_han(ch) for ch in word)


def _quotes(word: str) -> bool:
    """Quotation marks a title writes inside it ("唐山市“十五五”科技创新规划"): a naming runs on through them."""
    return bool(word) and all(ch in "“”‘’「」『』\"'" for ch in word)


def untitled(question: str, title: str) -> str:
    """`question` (Simplified, lower case) less the words it names a document by: the run it shares with the
    document's `title` that holds the most Han characters, at least MIN_NAMING (a year alone names no document).
    A cell of the document's table that only its title says ("技术合同认定登记" of the 事项名称 row) is not asked
    about."""
    blocks = SequenceMatcher(None, question, to_simplified(title).lower(), autojunk=False).get_matching_blocks()
    han = [sum(map(is_han, question[b.a : b.a + b.size])) for b in blocks]
    best = max(range(len(blocks)), key=han.__getitem__)
    if han[best] < MIN_NAMING:
        return question
    return f"{question[: blocks[best].a]}\n{question[blocks[best].a + blocks[best].size :]}"
