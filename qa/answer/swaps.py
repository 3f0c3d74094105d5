"""A question that names a thing of a table's kind that none of its rows is.

Asked "光谷(孝感)生物医药产业园的建设时间", a table that lists 光谷咸宁生物医药产业园 matches all but the name
that tells the two apart, and the reader, trained on prose, reads the row's 2023-2025年 with confidence 0.88. The
question names a park by the pattern of the table's names with another name in place of one of their parts;
unless some document says that park, nothing answers it. The names check (`qa.answer.names`) does not catch it:
jieba tags 孝感 there as a common noun, and another document says 孝感.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher

import jieba.posseg

from qa.answer.compound import QUESTION_WORD
from qa.answer.names import verbs
from qa.answer.tables import TableRow, names, naming_column
from qa.ingest import is_han, sound, to_simplified

#: What ends a clause of a question (a name never runs across one).
_CLAUSE = re.compile(r"[，,。；;？?！!：:]")
#: Characters a name must keep on one side of the part another name replaces, when it keeps none on the other
#: ("（武汉）离岸科创园" after 随州); two each side otherwise.
KEPT_ONE_SIDE = 4


def swapped(question: str, table: Sequence[TableRow], namings: Sequence[str] = ()) -> str | None:
    """The words of `question` (Simplified, lower-cased) that name a thing of this table's kind that none of its
    rows is: a row's name with another name in place of part of it ("光谷(孝感)生物医药产业园" beside the row
    光谷咸宁生物医药产业园, "随州（武汉）离岸科创园" beside 黄石（武汉）离岸科创园); None when it names a row or
    no such thing. The `namings` by which the question names a document (`qa.answer.titles`) name no such thing:
    "柳州中试基地支持标准表中…" names the 柳州 plan, not a 中试基地 of another city beside the table's 市级中试基地."""
    for phrase in namings:
        question = question.replace(phrase, "，")
    column = naming_column(table)
    if column is None:
        return None
    cells = [to_simplified(r.row.cells[column]).lower() for r in table]
    if any(names(question, cell) or _in_parts(question, cell) for cell in cells):
        return None
    said = " ".join(to_simplified(cell).lower() for r in table for cell in r.row.cells)
    # clause by clause: a name lies within one, and "首批市级中试平台中，量子信息中试平台的…" says the kind twice
    clauses = [c for c in _CLAUSE.split(question) if c]
    return next((words for cell in cells for clause in clauses if (words := _swaps(clause, cell, said))), None)


#: A name's parts: the name and what it gives in brackets ("丙类（智慧制造）").
_PARTS = re.compile(r"[（）()]")


def _in_parts(question: str, cell: str) -> bool:
    """Whether `question` says each part of a name that gives another in brackets, in any order: "智慧制造类（丙类）"
    names the row 丙类（智慧制造）."""
    parts = [part for part in _PARTS.split(cell) if part.strip()]
    return len(parts) > 1 and all(part in question for part in parts)


def _swaps(question: str, cell: str, said: str) -> str | None:
    """The words of `question` that write `cell` with two Han characters or more of it replaced by a name: two
    or more Han characters, all nouns (not "哪个", "有哪些"; nor a verb jieba tags as a name, 申报 of "宝鸡申报重点
    实验室", `verbs`), of another sound (a homophone is a typo), and none of whose character pairs the table `said`
    anywhere (咸宁 of "咸宁有哪些离岸科创园" is another row's)."""
    ops = SequenceMatcher(None, cell, question, autojunk=False).get_opcodes()
    for k, (tag, i1, i2, j1, j2) in enumerate(ops):
        before = ops[k - 1][2] - ops[k - 1][1] if k > 0 and ops[k - 1][0] == "equal" else 0
        after = ops[k + 1][2] - ops[k + 1][1] if k + 1 < len(ops) and ops[k + 1][0] == "equal" else 0
        kept = min(before, after) >= 2 or max(before, after) >= KEPT_ONE_SIDE
        old = "".join(ch for ch in cell[i1:i2] if is_han(ch))
        new = "".join(ch for ch in question[j1:j2] if is_han(ch))
        if tag != "replace" or not kept or min(len(old), len(new)) < 2 or sound(old) == sound(new):
            continue
        if any(ch.isdigit() for ch in question[j1:j2]):  # "无锡市2026年技术…" beside 无锡…技术创新中心: a year, no name
            continue
        nouns = all(t.startswith("n") and w not in verbs() for w, t in jieba.posseg.lcut(new))
        if nouns and not QUESTION_WORD.search(new) and not any(new[i : i + 2] in said for i in range(len(new) - 1)):
            return question[j1 - before : j2 + after]
    return None
