"""Short answers: the minimal span of the answer sentence ("超過4.2%", "2021年3月28日", "李春洋").

The question's gap (see `qa.span`) frames it when the sentence echoes the
question's wording; otherwise the kind of fact asked for picks it: the number
nearest the question's words, the person after a title, the lead unit of a
task, the typed cell of a table row.
"""

from __future__ import annotations

from qa.evidence import ASKS_ORDINAL, EVIDENCE, LEAD_UNIT, ORDINAL, PERSON_NAME
from qa.question import Question
from qa.script import to_simplified
from qa.sections import is_table_row
from qa.span import gap

#: A framed gap longer than this is a clause, not a short answer.
_MAX_SHORT = 30


def short_answer(q: Question, text: str, simple: str) -> str | None:
    """The minimal span of an answer sentence for types that have one, taken from the source text.

    `simple` is the Simplified, lower-case twin of `text`; offsets carry over only when their lengths match.
    """
    if len(simple) != len(text):
        return None
    framed = gap(q.simple, simple)
    if framed is not None:
        s, e = framed
        pattern = EVIDENCE.get(q.qtype) if q.qtype in ("quantity", "date") else None
        m = pattern.search(simple, s, e) if pattern else None
        if m is not None:
            return text[m.start() : m.end()]
        if pattern is None and q.qtype not in ("table", "yes_no") and e - s <= _MAX_SHORT:
            return text[s:e]
    if q.qtype == "person":
        m = PERSON_NAME.search(simple)
        if m:
            s, e = m.span(1) if m.group(1) else m.span(2)
            return text[s:e]
    if q.qtype == "organisation":
        m = LEAD_UNIT.search(simple)
        if m:
            group = "lead" if m.group("lead") else "prose"
            return text[m.start(group) : m.end(group)].strip()
    if q.qtype in ("quantity", "date"):
        pattern = ORDINAL if ASKS_ORDINAL.search(q.simple) else EVIDENCE[q.qtype]
        matches = list(pattern.finditer(simple))
        if matches:
            anchor = min((simple.find(t) for t in q.terms if t in simple), default=0)
            nearest = min(matches, key=lambda m: abs(m.start() - anchor) if m.start() >= anchor else 1000)
            return text[nearest.start() : nearest.end()]
    if q.qtype == "table" or is_table_row(text):
        cells = [c.strip() for c in text.split("|")]
        pattern = EVIDENCE.get(q.qtype) or EVIDENCE["date"]
        typed = [c for c in cells if pattern.search(to_simplified(c)) and to_simplified(c) not in q.simple]
        return typed[0] if typed else None
    return None
