"""A question asking which chapter, section or article of a document says something ("讲评价结果如何应用的是第几章",
"哪一条规定了奖励标准", "which article sets the deadline"). The reader finds the passage; its number is the heading of
the kind asked in the passage's section path (GB/T 9704 and legislative drafting number them 第X章 > 第X节 > 第X条),
not a span of the text.
"""

from __future__ import annotations

import re

from qa.ingest import SECTION_SEPARATOR, heading_kind, heading_marker

#: The part a question asks for by its number, and the heading kind (`qa.ingest.heading_kind`) that numbers it.
_ASKED = re.compile(
    r"第几([章节条])(?![线路])|哪一?([章节条])(?=规定|明确|提|写|说|讲|中|里|是|[？?]|$)|"
    r"\bwhich (chapter|section|article)\b"
)
_KINDS = {"章": "chapter", "节": "part", "条": "article", "chapter": "chapter", "section": "part", "article": "article"}


def asked_part(question: str) -> str | None:
    """The heading kind `question` (Simplified, lower case) asks the number of, if it asks for one."""
    found = _ASKED.search(question)
    return _KINDS[next(g for g in found.groups() if g)] if found else None


def numbered_part(section: str, kind: str) -> tuple[str, str] | None:
    """The number and the heading of the part of `kind` in a chunk's section path ("第四章 结果运用 > 第十八条 …"
    for "chapter": 第四章, 第四章 结果运用), if the path has one."""
    heading = next((h for h in section.split(SECTION_SEPARATOR) if heading_kind(h.strip()) == kind), None)
    return (heading[: heading_marker(heading)].strip(), heading.strip()) if heading else None
