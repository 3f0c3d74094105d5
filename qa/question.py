"""What a question asks for: its language, its type, and the terms that must be supported.

Rules are written once on the Simplified, lower-cased question, so a
Traditional question is classified exactly like its Simplified twin.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

import jieba
import jieba.posseg

from qa.glossary import Glossary, Term
from qa.script import Script, detect_script, to_simplified

QType = Literal[
    "organisation", "date", "quantity", "person", "list", "place", "table", "yes_no", "name", "definition", "other"
]

#: First match wins, so the more specific patterns come first.
_TYPES: tuple[tuple[QType, re.Pattern[str]], ...] = (
    ("table", re.compile(r"表\s*\d|表格|序号|table")),
    (
        "date",
        re.compile(
            r"哪天|哪一天|什么时候|何时|哪一年|哪年|哪几年|几月|日期|什么时间|建成时间|建设时间|时间是|实施期限|起止|"
            r"\bwhen\b|what date|which year|what year|\bperiod\b|\bdeadline\b|\bdue\b"
        ),
    ),
    (
        "organisation",
        re.compile(
            r"牵头单位|责任单位|哪个单位|哪些单位|哪个部门|哪些部门|哪个机构|由谁牵头|谁牵头|谁负责|哪家单位|发布单位|哪个部门印发|"
            r"哪.{0,6}(?:部门|单位|机构)[^？?]{0,4}牵头|"
            r"which (department|agency|unit|organi[sz]ation|office|body)|who (leads|is responsible|issued)|"
            r"\bwhich\b[^?]*\b(?:compan(?:y|ies)|firms?|enterprises?|universit(?:y|ies)|institutions?|units|offices)\b"
        ),
    ),
    ("list", re.compile(r"哪几|哪些|哪[一二三四五六七八九十两]个")),  # before 几个: "which ones", not "how many"
    (
        "quantity",
        re.compile(
            r"多少|几个|几家|几项|几名|几座|几条|几次|几倍|第几|比重|比例|占比|排名|"
            r"how many|how much|what (percentage|share|proportion|number)|\brate\b|\branks?\b|what is the total\b"
        ),
    ),
    (
        "person",
        re.compile(
            r"谁|哪位|什么人|姓名|哪[两二三几]?位|哪[两二三几]?名|\bwho\b|"
            r"\bwhich\b[^?]*\b(?:reporters?|journalists?|experts?|officials?|secretary|mayor|governor|academicians?)\b"
        ),
    ),
    (
        "list",
        re.compile(
            r"哪些|哪几|哪[一二三四五六七八九十两]|有哪|包括什么|包括哪|列举|分别是|"
            r"\bwhat are\b|\blist\b|\bwhich\b.*\bare\b"
        ),
    ),
    ("place", re.compile(r"哪里|在哪|什么地方|哪个城市|哪个地区|哪个区|\bwhere\b")),
    ("yes_no", re.compile(r"是否|是不是|有没有|能否|吗[？?]?$|^(is|are|does|do|did|was|were|has|have|can)\b")),
    ("name", re.compile(r"叫什么|名称|什么名字|哪个|哪一个|\bwhat is the name\b|\bwhich\b")),
    ("definition", re.compile(r"是什么|什么是|指什么|含义|意思|\bwhat (is|does|are)\b|\bexplain\b|\bmean\b")),
)

#: Question words and fillers that carry no evidence of their own.
_STOP_WORDS = (
    "的 了 是 在 和 与 及 或 吗 呢 吧 啊 么 什么 多少 哪些 哪个 哪里 哪 谁 几 几个 "
    "怎么 如何 为什么 是否 有没有 请问 请 问 一下 目标 要求 提出 根据 按照 文件 文中 本文 "
    "方案 中 上 下 对 把 被 将 从 到 由 为 以 等 其 该 这 那 有 要 会 能 可以 达到 "
    "多大 哪年 哪天 何时 时候 什么时候 个 年 月 日 占 比 几年 哪几年 这项 这些 两个 三个 几个 "
    "什么样 怎样 时 还有 除了 一起 具体 分别 它 它们 里 哪几 哪一 哪所 哪家 哪位 主要 the a an of in on "
    "at to for by with from and or is are was were be "
    "been what which who when where how many much does "
    "do did has have there this that it its as per "
)
STOP = frozenset(_STOP_WORDS.split())
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_LEADS = re.compile(r"\blead(?:s|ing)?\b")


@dataclass(frozen=True)
class Question:
    text: str
    simple: str
    language: Script
    qtype: QType
    terms: tuple[str, ...]
    numbers: tuple[str, ...]
    #: Proper names (places, people, organisations, brands): a question about a name the corpus never
    #: mentions cannot be answered from it.
    names: tuple[str, ...] = ()
    #: For an English question: its phrases with the Chinese words the corpus may use for them.
    gloss: tuple[Term, ...] = ()

    @property
    def asks_lead(self) -> bool:
        """Who leads a task: answered by the plans' 牵头单位 clause, not any office named nearby."""
        return "牵头" in self.simple or _LEADS.search(self.simple) is not None


def classify(simple: str) -> QType:
    for qtype, pattern in _TYPES:
        if pattern.search(simple):
            return qtype
    return "other"


def content_terms(simple: str) -> tuple[str, ...]:
    """Words of the (Simplified, lower-case) question that the evidence must contain."""
    words = [w.strip() for w in jieba.lcut(simple)]
    terms = [w for w in words if w and w not in STOP and re.search(r"[\w\u4e00-\u9fff]", w)]
    terms = [w for w in terms if len(w) > 1 or "\u4e00" <= w <= "\u9fff"]
    return tuple(dict.fromkeys(t for t in terms if not (len(t) == 1 and t in STOP)))


def analyse(text: str, glossary: Glossary | None = None) -> Question:
    text = text.strip()
    simple = to_simplified(text).lower()
    language = detect_script(text)
    return Question(
        text=text,
        simple=simple,
        language=language,
        qtype=classify(simple),
        terms=content_terms(simple),
        numbers=tuple(n for n in _NUMBER.findall(simple) if len(n) >= 2 or "." in n),
        names=proper_names(simple, glossary.places if glossary is not None else frozenset()),
        gloss=glossary.translate(text) if glossary is not None and language == "en" else (),
    )


_NAME_TAGS = frozenset({"ns", "nr", "nrt", "nt", "nz"})


def proper_names(simple: str, places: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """Words jieba tags as names of places, people, organisations or other proper nouns, and known places."""
    return tuple(
        dict.fromkeys(
            p.word for p in jieba.posseg.cut(simple) if len(p.word) >= 2 and (p.flag in _NAME_TAGS or p.word in places)
        )
    )
