"""Counted lists that run over several paragraphs: "“六个强化”分别是什么？", "六个强化中的第一个是什么？".

Policy texts announce a list by its count and name ("“六个强化” 推动科技创新整体提升")
and then give one paragraph per item, each opening with the same words
("强化全域创新，…" / "强化平台支撑，…"). No single sentence holds the answer, and
the paragraphs often sit in different chunks, so the answer is assembled from
the document: after the line that names the list, the first N paragraphs that
share an opening (or all say the word the list is named by: “三个一批” of "新建一批…", "提升一批…")
are the items, and each item is its paragraph's first clause. When they share nothing, the items are the
headings of one numbering under the naming heading ("二、实施四项行动" over "（一）…行动", its paragraphs numbered
"1." in between) or under a paragraph ending in the list's name ("…重点抓好五个方面工作。"), N of them before
the next heading numbered as the naming one is.
A list given in the naming sentence itself, after a colon ("实施“四大行动”：A、B、C、D。"), is read
there when it has N items.
A question may name the list without its quotes when it asks for the items (六个强化分别是什么)
or for one of them by its ordinal (第一个, 头一个): then that item alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate, pairwise
from statistics import median

import jieba.posseg

from qa.answer.particulars import numeral_value
from qa.answer.question import Question
from qa.ingest import SECTION_SEPARATOR, Chunk, heading_kind, heading_marker, is_han, to_simplified
from qa.search import Hit

_COUNTS = "二两三四五六七八九十"
_ORDINALS = "一二三四五六七八九十"  # 一是…十是, as a paragraph tells a list's items
#: The measure words a list's count takes: "六个科创载体" and "六大科创载体" name the same list.
_CLASSIFIERS = "个大项条种类方面"
_COUNT = re.compile(rf"(?<![第头])([{_COUNTS}])[{_CLASSIFIERS}]")  # 第三个 is an ordinal
#: One item asked for by its place: "第一个", "第三项", "头一个" (the first).
_ORDINAL = re.compile(rf"(?:第([{_ORDINALS}])|头(一))[个项条点种类方面]?")
_QUOTED = re.compile(r"[“\"「]([^”\"」]{2,20})[”\"」]")
_FIRST_CLAUSE = re.compile(r"[^，,。；;：:\n]+")
#: The items a line gives after the list's name (its closing quote, a verb's object noun: "…载体建设：", a
#: colon), up to the sentence's end.
_INLINE = re.compile(r"[”\"」]?[\u4e00-\u9fff]{0,2}[：:]([^。；;！!？?\n]+)")
_ITEM = re.compile(r"[^、，,]+")
#: Items named in one clause, set apart by 、 ("A、B、C和D，共计…").
_NAMED_ITEM = re.compile(r"[^、]+")
#: What joins a list's last item to the one before it ("A、B和C").
_LAST_JOIN = re.compile(r"以及|和|及|与")
#: What stands between two items of a list written in one sentence.
_SEPARATOR = re.compile(rf"\s*(?:[、，,]|{_LAST_JOIN.pattern})\s*")
#: The words every item must open with ("强化", "要全力打造").
_MIN_SHARED = 2
#: Characters a paragraph announcing a list may end with after its name ("五个方面" + "工作。").
_AFTER_NAME = 2
#: The offset of a heading only section paths hold (`_lines`): it names a list, it is never an item.
_UNCITED = -1


@dataclass(frozen=True)
class Item:
    """One listed item: `text == chunk.text[start:end]`."""

    chunk: Chunk
    start: int
    end: int


def counted_list(q: Question, hits: Sequence[Hit], documents: Mapping[str, Sequence[Chunk]]) -> list[Item] | None:
    """The items of the list the question names by count and quoted name, or None when it names none.

    `documents` maps a doc id to its chunks in document order.
    """
    count = _COUNT.search(q.simple)
    quoted = [m.group(1) for m in _QUOTED.finditer(q.simple)]
    ordinal = _ORDINAL.search(q.simple, count.end()) if count is not None else None
    if count is None or not (quoted or q.several or ordinal):
        return None
    n = numeral_value(count.group(1)) or 0
    for hit in hits:
        lines = _lines(documents.get(hit.chunk.doc_id, ()))
        said = [to_simplified(line) for _, line in lines]
        names = quoted or _unquoted(q.simple[count.start() :], len(count.group()), said)
        names = [k for k in names if count.group() in k] or names  # “三个一批”, not the “一批” asked of it
        named = [i for i, line in enumerate(said) if any(k in line for k in names)]
        if not named:
            continue
        inline = (  # a heading names it first
            found
            for i in named
            if (found := _inline(lines[i], names, n) or _told(lines[i], names, n) or _before(lines[i], names, n))
        )
        key = q.simple[count.end() : count.end() + _MIN_SHARED]  # 一批 of 三个一批, 强化 of 六个强化
        items = (
            next(inline, None)
            or _shared_opening_run(lines[named[0] + 1 :], n, key)
            or _heading_run(lines[named[0] :], n, names)
        )
        if items and ordinal is not None:
            k = numeral_value(ordinal.group(1) or ordinal.group(2)) or 0
            return items[k - 1 : k] or None
        if items:
            return items
    return None


def miscounted(q: Question, texts: Sequence[str]) -> bool:
    """Whether the question asks about a counted list ("“五大工程”的第五项是什么？") that none of the documents'
    `texts` (Simplified) names with its count, while one names it with another ("四大工程"): the list asked
    about is not there, as a year no document says is not (`qa.answer.particulars`)."""
    count = _COUNT.search(q.simple)
    if count is None or not (_QUOTED.search(q.simple) or q.several or _ORDINAL.search(q.simple, count.end())):
        return False
    key = q.simple[count.end() : count.end() + _MIN_SHARED]
    if len(key) < _MIN_SHARED or not all(is_han(ch) for ch in key):
        return False
    other = re.compile(rf"[{_COUNTS}]{re.escape(count.group()[1:])}{re.escape(key)}")
    asked = count.group() + key
    return not any(asked in text for text in texts) and any(other.search(text) for text in texts)


def _inline(line: tuple[tuple[Chunk, int], str], names: Sequence[str], n: int) -> list[Item] | None:
    """The items the line naming the list gives after a colon in the same sentence, when there are N of them
    ("实施“四大行动”：A行动、B行动、C行动、D行动。"): those its first clause sets apart by 、, the last after
    和 ("推进六大载体建设：A、B、C、D、E和F，六大载体…"), else those the sentence sets apart by 、 or ，."""
    (chunk, offset), text = line
    if (simple := _cited(text, offset)) is None:
        return None
    at = next((simple.find(k) + len(k) for k in names if k in simple), -1)
    colon = _INLINE.match(simple, at) if at >= 0 else None
    if colon is None:
        return None
    clause = _FIRST_CLAUSE.match(text, colon.start(1), colon.end(1))
    parts = [(clause.span(), _NAMED_ITEM)] if clause else []
    for span, between in [*parts, (colon.span(1), _ITEM)]:
        items = _joined_last(text, [m.span() for m in between.finditer(text, *span)], n)
        if len(items) == n:
            return [Item(chunk, offset + start, offset + end) for start, end in items]
    return None


def _told(line: tuple[tuple[Chunk, int], str], names: Sequence[str], n: int) -> list[Item] | None:
    """The items the paragraph naming the list tells one by one after it, each opened by its ordinal
    ("部署实施五大工程：一是创新平台提能工程，力争…；二是企业主体培育工程，…"): the first clause after each of
    一是 … N是, in order."""
    (chunk, offset), text = line
    if (simple := _cited(text, offset)) is None:
        return None
    at = next((simple.find(k) + len(k) for k in names if k in simple), -1)
    items = []
    for ordinal in _ORDINALS[:n]:
        marker = simple.find(f"{ordinal}是", at) if at >= 0 else -1
        clause = _FIRST_CLAUSE.match(text, marker + 2) if marker >= 0 else None
        if clause is None:
            return None
        items.append(Item(chunk, offset + clause.start(), offset + clause.end()))
        at = clause.end()
    return items


def _before(line: tuple[tuple[Chunk, int], str], names: Sequence[str], n: int) -> list[Item] | None:
    """The items the line gives just before the list's name, in the clause that names it ("重点支持电子信息、生物
    医药、新材料、高端装备制造、节能环保五个领域的…", "A、B和C等“三大…”"), when there are N of them: set apart
    by 、, the last after 和 when one short, the first after a verb of the clause (重点支持; 做强概念验证中心, not
    做强概念验证 + 中心: the cut leaving the first item nearest the others' length)."""
    (chunk, offset), text = line
    simple = _cited(text, offset)
    at = next((simple.find(k) for k in names if k in simple), -1) if simple is not None else -1
    if simple is None or at <= 0:
        return None
    start = max(simple.rfind(mark, 0, at) for mark in "，,。；;：:") + 1
    end = len(simple[:at].rstrip('“"「《等'))
    items = _joined_last(text, [m.span() for m in _NAMED_ITEM.finditer(text, start, end)], n)
    if len(items) != n or n < 2:
        return None
    lead = simple[items[0][0] : items[0][1]]
    words = jieba.posseg.lcut(lead)
    ends = accumulate(len(w) for w, _ in words)
    cuts = [end for end, (_, tag) in zip(ends, words, strict=True) if tag.startswith("v")]
    typical = median(b - a for a, b in items[1:])  # items are parallel: the first about as long as the rest
    cut = min((c for c in cuts if c < len(lead)), key=lambda c: (abs(len(lead) - c - typical), c), default=None)
    if cut is None:
        return None
    items[0] = (items[0][0] + cut, items[0][1])
    return [Item(chunk, offset + a, offset + b) for a, b in items]


def _cited(text: str, offset: int) -> str | None:
    """A line in Simplified, for its spans to be cited in `text`: None for a heading no text holds (never cited) or
    a phrase converted to one of another length (the spans would miss `text`)."""
    simple = to_simplified(text)
    return None if offset == _UNCITED or len(simple) != len(text) else simple


def _joined_last(text: str, items: list[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    """`items` (spans of `text`) with the last split at the one 和/及/与 in it when they are one short of N
    ("…、中试基地和科技园")."""
    if len(items) == n - 1 and items and len(joins := list(_LAST_JOIN.finditer(text, *items[-1]))) == 1:
        (first, last), (join_start, join_end) = items.pop(), joins[0].span()
        items += [(first, join_start), (join_end, last)]
    return items


def contiguous(items: Sequence[Item]) -> list[Item]:
    """`items` as one when only separators (、，和 …) stand between them in one chunk ("光电子信息、大健康、智能"):
    cited once, as the document writes the list, not item by item."""
    if len(items) < 2 or len({i.chunk.chunk_id for i in items}) > 1:
        return list(items)
    text = items[0].chunk.text
    between = [text[a.end : b.start] for a, b in pairwise(items)]
    if all(_SEPARATOR.fullmatch(gap) for gap in between):
        return [Item(items[0].chunk, items[0].start, items[-1].end)]
    return list(items)


def _unquoted(asked: str, count: int, lines: Sequence[str]) -> list[str]:
    """The list's name as the question gives it without quotes, from its count on ("六个强化分别是什么" → 六个强化):
    the longest run of its Han characters, the count and two more at least, that a line of the document says,
    maybe with another measure word ("六个科创载体" said as 六大科创载体)."""
    run = re.match(r"[\u4e00-\u9fff]+", asked)
    words = run.group() if run else ""
    for end in range(len(words), count + 1, -1):
        forms = [words[:end]] + [words[0] + c + words[2:end] for c in _CLASSIFIERS if words[1:2] != c]
        said = next((form for form in forms if any(form in line for line in lines)), None)
        if said is not None:
            return [said]
    return []


def _lines(chunks: Sequence[Chunk]) -> list[tuple[tuple[Chunk, int], str]]:
    """Every non-empty line of a document in order, each with the chunk and offset it starts at. A heading with
    no text of its own under it ("二、实施四项行动" over "（一）…") is in no chunk's text, only in section paths:
    it comes before the first chunk under it, at offset -1, as a line that names a list but is never cited."""
    lines: list[tuple[tuple[Chunk, int], str]] = []
    headed: set[str] = set()
    for chunk in chunks:
        path = chunk.section.split(SECTION_SEPARATOR) if chunk.section else []
        for depth, heading in enumerate(path):
            key = SECTION_SEPARATOR.join(path[: depth + 1])
            if key not in headed and heading.rstrip("…") not in chunk.text and heading != chunk.title:
                lines.append(((chunk, _UNCITED), heading))
            headed.add(key)
        offset = 0
        for line in chunk.text.split("\n"):
            if line.strip():
                lines.append(((chunk, offset), line))
            offset += len(line) + 1
    return lines


def _shared_opening_run(lines: list[tuple[tuple[Chunk, int], str]], n: int, key: str = "") -> list[Item] | None:
    """The first N lines (after a few lines of lead-in) whose first clauses, less a heading's number, open with the
    same words, or all say the word the list is named by after its count (`key`: "新建一批…", "提升一批…",
    "认定一批…" of “三个一批”)."""
    for begin in range(min(3, max(len(lines) - n + 1, 0))):
        run = lines[begin : begin + n]
        clauses = [_FIRST_CLAUSE.match(text, heading_marker(text)) for _, text in run]  # "（一）" is no item's
        if len(run) < n or not all(clauses) or any(offset == _UNCITED for (_, offset), _ in run):
            continue
        firsts = [m.group() for m in clauses if m]
        shared = len(_common_prefix(firsts)) >= _MIN_SHARED or (
            len(key) == _MIN_SHARED and all(key in f for f in firsts)
        )
        if shared and len(set(firsts)) == n:
            return [
                Item(chunk, offset + m.start(), offset + m.end())
                for ((chunk, offset), _), m in zip(run, clauses, strict=True)
                if m
            ]
    return None


def _heading_run(lines: list[tuple[tuple[Chunk, int], str]], n: int, names: Sequence[str]) -> list[Item] | None:
    """The first clauses, less their numbers, of the headings of the numbering that first follows the naming
    heading (`lines[0]`), or the paragraph ending in the list's name ("…重点抓好五个方面工作："), when N of them come
    before the next heading numbered as the naming one is."""
    kind = heading_kind(lines[0][1])
    if kind is None and not _ends_with(to_simplified(lines[0][1]), names):
        return None  # a sentence naming a list ("聚焦A、B、C、D四大领域，…") says nothing of the headings below it
    items: list[Item] = []
    numbering: str | None = None  # the items' kind of heading: the first that follows
    for (chunk, offset), text in lines[1:]:
        own = heading_kind(text)
        if own is not None and own == kind:
            break
        if own is None or (numbering is not None and own != numbering):
            continue
        numbering = own
        clause = _FIRST_CLAUSE.match(text, heading_marker(text))
        if clause is None or offset == _UNCITED:
            return None
        items.append(Item(chunk, offset + clause.start(), offset + clause.end()))
    return items if len(items) == n else None


def _ends_with(line: str, names: Sequence[str]) -> bool:
    """Whether `line` ends with one of the list's `names` (and a colon or full stop, a word such as 工作 after it)."""
    return any(len(line.rstrip("：:。 ")) - (line.rfind(k) + len(k)) <= _AFTER_NAME for k in names if k in line)


def _common_prefix(texts: list[str]) -> str:
    first, last = min(texts), max(texts)
    i = 0
    while i < min(len(first), len(last)) and first[i] == last[i]:
        i += 1
    return first[:i]
