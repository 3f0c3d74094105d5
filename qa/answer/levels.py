"""The administrative level a question asks a platform or programme at ("国家级", "省重点实验室", "a provincial key
laboratory"), and whether the text an answer comes from is of another level.

What a city gives a newly approved 省重点实验室 answers nothing about a 国家重点实验室: the sentence names the
level, and the reader, trained on questions its passages answer, reads past it (asked in English it answered
"100万元" at 0.86). A level counts where it is written with 级 ("市级", "省级以上") or as the prefix of a platform's
or programme's name (`_NAMED`: "省工程技术研究中心", "国家重点研发计划"); a bare 市 or 区 names a place, not a
level ("市科学技术局", "园区重点企业"). "省级以上" says the provincial level and those above it. A level is no
particular of a document (`qa.answer.particulars.pinned`): a question's "市级" is often loose ("泸州市级重点项目"
of a notice that never writes 市级), so only the text framing an answer decides (`level_frame`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qa.ingest import to_simplified

#: Levels from the top; an autonomous region is a province's level, a prefecture a city's, a district a county's.
_ORDER = ("国家", "省", "市", "县")
_SAME = {"自治区": "省", "省部": "省", "地市": "市", "州": "市", "区": "县", "县区": "县", "区县": "县"}
_WITH_LEVEL = re.compile(r"(国家|自治区|省部|省|地市|市|州|县区|区县|县|区)级(及?以上)?")
#: Names a level prefixes without 级: kinds of platform and programme (a general vocabulary of S&T policy).
_NAMED = re.compile(
    r"(国家|省)(?=重点|工程|技术创新|企业技术|制造业创新|新型研发|科技企业孵化|孵化|众创|专精特新|产业技术|临床医学|"
    r"野外|国际科技合作|引才|科技计划|自然科学基金|科学技术奖|科技进步奖)"
    r"|(?<=[\u4e00-\u9fff]{2})(?<![全城都])(市)(?=重点实验室|工程技术研究中心|技术创新中心|企业技术中心|新型研发机构|科技企业孵化器|众创空间)"
)
_EN_LEVEL = {"national": "国家", "provincial": "省", "municipal": "市", "city": "市", "county": "县", "district": "县"}
_EN_WITH_LEVEL = re.compile(r"\b(national|provincial|municipal|city|county|district)[- ]level\b", re.IGNORECASE)
_EN_NAMED = re.compile(
    r"\b(national|provincial|municipal)\s+(?=(?:key\s+)?(?:laborator|engineering\s+(?:technology\s+)?research|"
    r"technology\s+innovation\s+cent|enterprise\s+technology\s+cent|manufacturing\s+innovation|new[- ]type|"
    r"(?:technology\s+|science\s+and\s+technology\s+)?(?:business\s+)?incubator|maker\s*space|pilot|"
    r"specialised|specialized|field\s+scientific|international\s+(?:science|s&t)|technology\s+transfer|"
    r"clinical\s+medical|industrial\s+technology))",
    re.IGNORECASE,
)
#: A character every level holds in either script, or an English word that may name one.
_MAY_LEVEL = re.compile(r"[国國省市县縣区區州]|national|provincial|municipal|city|county|district", re.IGNORECASE)


def levels(text: str) -> frozenset[str]:
    """The administrative levels `text` names (`_ORDER`'s words)."""
    if not _MAY_LEVEL.search(text):
        return frozenset()
    simple = to_simplified(text)
    found: set[str] = set()
    for m in _WITH_LEVEL.finditer(simple):
        level = _SAME.get(m.group(1), m.group(1))
        found.update(_ORDER[: _ORDER.index(level) + 1] if m.group(2) else (level,))
    found.update(m.group(1) or m.group(2) for m in _NAMED.finditer(simple))
    found.update(_EN_LEVEL[m.group(1).lower()] for m in _EN_WITH_LEVEL.finditer(text))
    found.update(_EN_LEVEL[m.group(1).lower()] for m in _EN_NAMED.finditer(text))
    return frozenset(found)


def level_frame(asked: frozenset[str], framing: Sequence[str]) -> bool | None:
    """Whether the text an answer comes from is framed by a level the question asks (True), by levels none of which
    it asks (False), or by none (None): "东营对新获批的国家重点实验室奖励多少" read in "对新获批建设的省重点实验室，
    给予一次性奖励100万元" is refused. `framing` is `qa.answer.reader.scope.framing`'s, innermost first; the whole
    chunk (its third) is passed over, as a section often lists each level's award in a sentence of its own, and
    the nearest text that names a level decides."""
    if not asked:
        return None
    for depth, framed in enumerate(framing):
        if depth == _CHUNK:
            continue
        said = levels(framed)
        if said:
            return bool(asked & said)
    return None


#: Where the chunk's whole text is among the framing texts (`qa.answer.leads.Leads.framing` after the sentence
#: and its clause).
_CHUNK = 2
