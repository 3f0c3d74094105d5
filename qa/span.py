"""The short answer as the gap a question leaves: align the words around its question word.

"《战国无双3》是由哪两个公司合作开发的？" asks for what sits between "是由" and
"开发" in the answering sentence "《战国无双3》是由光荣和ω-force开发的…", so the
short answer is "光荣和ω-force". The left context is the question's text before
its question word and the right context the text after it; the longest tail of
the one and the longest head of the other found in the sentence (in that
order) frame the answer. Works on Simplified, lower-case text of equal length to
the source, so offsets carry back to the document unchanged.
"""

from __future__ import annotations

import itertools
import re

import jieba
import jieba.posseg

#: Question words, longest first; what they replace in the answer is the gap.
QUESTION_WORD = re.compile(
    r"什么时候|什么时间|什么地方|什么样的?|什么|哪一年|哪一天|哪年|哪天|哪里|哪儿|"
    r"哪[一两二三四五六七八九十几]?[个家位种项所条座类次部国省市年月支名届款件本只]?|"
    r"多少[个家位种项所条座年元人次倍]?|多大|多长|多久|多高|多远|"
    r"几[个家位种项所条座类次年月天名届倍]?|谁|何时|何地|何处|何人|何种|何物|何|怎样|如何|怎么"
)
#: Filler at the question's edges that never appears in the answering sentence.
_LEFT_FILLER = re.compile(r"^(?:请问|请|问)")
_RIGHT_FILLER = re.compile(r"(?:呢|吗|啊|呀)?[？?！!。.\s]*$")
#: An answer never crosses these.
_BOUNDARY = "。！？；\n"
_EDGE_PUNCT = "，,、：:；;。 “”\"'（）()《》「」"
_MIN_ANCHOR = 2
_MAX_SPAN = 40
#: Parts of speech (jieba) that open a clause without being part of a named answer.
_LEADING_SKIP = frozenset({"v", "d", "ad", "p", "c", "u"})
#: How far from the question word an anchor may come from.
_REACH = 10


def _left_anchor(context: str, sentence: str) -> int | None:
    """End offset in `sentence` of the best anchor from the end of `context`: longest first, then nearest the gap."""
    tail = context[-_REACH:]
    for size in range(min(len(tail), 6), _MIN_ANCHOR - 1, -1):
        for end in range(len(tail), size - 1, -1):
            at = sentence.find(tail[end - size : end])
            if at >= 0:
                return at + size
    return None


def _right_anchor(context: str, sentence: str, start: int) -> tuple[int, int] | None:
    """Start offset in `sentence`, at or after `start`, of the piece of `context`'s head nearest the question
    word, and how long a run of the head itself starts there (0 when the piece is from further in)."""
    head = context[:_REACH]
    at = next(
        (
            found
            for i in range(len(head) - _MIN_ANCHOR + 1)
            for size in range(min(len(head) - i, 6), _MIN_ANCHOR - 1, -1)
            if (found := sentence.find(head[i : i + size], start)) >= 0
        ),
        None,
    )
    if at is None:
        return None
    run = 0
    while run < len(head) and at + run < len(sentence) and sentence[at + run] == head[run]:
        run += 1
    return at, run if run >= _MIN_ANCHOR else 0


def _apposition(subject: str, sentence: str) -> tuple[int, int] | None:
    """For "X是谁/什么": what follows "X是", else the title or description right before X."""
    at = sentence.find(subject)
    if at < 0:
        return None
    if sentence.startswith("是", at + len(subject)):
        end = at + len(subject) + 1
        while end < len(sentence) and sentence[end] not in _BOUNDARY + "，,":
            end += 1
        return _trim(sentence, at + len(subject) + 1, end)
    start = at
    while start > 0 and sentence[start - 1] not in _BOUNDARY + "，,":
        start -= 1
    return _trim(sentence, start, at)


def _past_echo(sentence: str, start: int, end: int, left: str) -> int:
    """Skip characters at the gap's start that only echo the question ("西与海宁县" for "西边与哪个县"),
    but not a word the question shares with the answer ("光谷科创天使基金" for "光谷科创…由哪个基金")."""
    echo = left[-_REACH:]
    while start < end - 1 and sentence[start] in echo and sentence[start : start + 2] not in left:
        start += 1
    return start


def _leading_noun(text: str) -> str:
    """The nouns that open `text` ("天使基金为大走廊…" → "天使基金"), else its first word."""
    words = list(jieba.posseg.cut(text))
    nouns = "".join(w.word for w in itertools.takewhile(lambda w: w.flag.startswith("n"), words))
    return nouns or (words[0].word if words else "")


def _past_leading_verbs(sentence: str, start: int, end: int) -> int:
    """Skip the verbs and adverbs that open a clause ("充分发挥楚天凤鸣基金" → "楚天凤鸣基金")."""
    for w in jieba.posseg.cut(sentence[start:end]):
        if w.flag not in _LEADING_SKIP or start + len(w.word) >= end:
            break
        start += len(w.word)
    return start


def _trim(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and sentence[start] in _EDGE_PUNCT + "是为由在于了":
        start += 1
    while end > start and sentence[end - 1] in _EDGE_PUNCT + "的是了":
        end -= 1
    if end <= start or end - start > _MAX_SPAN or any(ch in _BOUNDARY for ch in sentence[start:end]):
        return None
    return start, end


def gap(question: str, sentence: str) -> tuple[int, int] | None:
    """Offsets in `sentence` of what fills the question word's place, or None when it cannot be framed.

    Both strings are expected Simplified and lower-case. The gap needs an anchor on at
    least one side; with only one, it runs to the nearest comma-level boundary.
    """
    wh = QUESTION_WORD.search(question)
    if wh is None:
        return None
    left = _LEFT_FILLER.sub("", question[: wh.start()])
    right = _RIGHT_FILLER.sub("", question[wh.end() :])
    right = right.removeprefix("的") if len(right) > 1 else right
    if not right and left.endswith("是") and len(left) > _MIN_ANCHOR:
        return _apposition(left[:-1], sentence)
    before = _left_anchor(left, sentence) if len(left) >= _MIN_ANCHOR else None
    found = _right_anchor(right, sentence, before or 0) if len(right) >= _MIN_ANCHOR else None
    after = None if found is None else found[0]
    if found is not None and found[1] and wh.group()[0] in "哪什":
        noun = _leading_noun(right)  # "哪个县接壤…": the noun after the question word ends the answer
        if sentence.startswith(noun, found[0]):
            after = found[0] + len(noun)
    if before is not None and after is not None:
        clause = max(before, *(sentence.rfind(mark, before, after) + 1 for mark in "，,"))
        return _trim(sentence, _past_echo(sentence, clause, after, left), after)
    if before is not None and not right.strip("的是"):
        end = before
        while end < len(sentence) and sentence[end] not in _BOUNDARY + "，,":
            end += 1
        return _trim(sentence, before, end)
    if after is not None and not left.strip("是"):
        start = after
        while start > 0 and sentence[start - 1] not in _BOUNDARY + "，,":
            start -= 1
        return _trim(sentence, _past_leading_verbs(sentence, start, after), after)
    return None
