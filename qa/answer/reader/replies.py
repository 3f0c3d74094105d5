"""The answers the reader's choices become: one cited quote, several listed, or a refusal that shows the
closest passages. Each is written in the question's script."""

from __future__ import annotations

import re
from collections.abc import Sequence

from qa.answer.question import Question
from qa.answer.reader.quotes import Quote, chunk_citation, citation, display, table_row
from qa.answer.reader.runtime import Reading
from qa.answer.types import Answer
from qa.ingest import detect_script, in_script
from qa.search import Hit

#: Before the rows a "how many" question over a table counts.
COUNTED = {"zh-Hans": "共{n}项：", "zh-Hant": "共{n}項：", "en": "{n} rows: "}

REFUSAL = {
    "zh-Hans": "资料中没有找到能回答这个问题的内容。以下是最接近的段落，仅供参考。",
    "zh-Hant": "資料中沒有找到能回答這個問題的內容。以下是最接近的段落，僅供參考。",
    "en": "The documents do not answer this question. The closest passages are listed for reference.",
}


#: Asking which year, and not also the month ("哪一年成立", "in what year"): a date is answered as its year.
_YEAR_ASKED = re.compile(r"^(?!.*(?:几月|哪月|哪个月|哪一月|month)).*(?:哪一?年|何年|哪个年份|\b(?:which|what) year\b)")
_DATED = re.compile(r"(\d{4}年)\d{1,2}月")


def single(q: Question, quote: Quote, short: str, confidence: float) -> Answer:
    """One cited answer: the quote (a table row with its caption and column names), `short` its span, or the
    year its date opens with when the question asks which year ("1945年12月16日" for "哪一年成立": 1945年)."""
    dated = _DATED.match(short) if _YEAR_ASKED.search(q.simple) else None
    short = dated.group(1) if dated else short
    text = display(quote)
    if detect_script(quote.hit.chunk.text) != q.language:
        text, short = in_script(text, q.language), in_script(short, q.language)
    return Answer(
        question=q.text,
        answer=f"{text}[1]",
        answerable=True,
        short_answer=short,
        language=q.language,
        citations=[citation(1, quote)],
        qtype=q.qtype,
        confidence=round(confidence, 4),
    )


def listed(
    q: Question,
    quotes: Sequence[Quote],
    *,
    short: str | None = None,
    confidence: float | None = None,
    lead: str = "",
) -> Answer:
    """Several cited parts: a counted list's paragraphs (found by position, so no reader score) or the
    table rows a question asks for (`short`: the cells of the column the reader's span is in, or their
    count; `lead` goes before the parts)."""
    parts: list[str] = []
    previous = None
    for quote in quotes:  # rows of one table name it once: "表1 …：序号：1，…[1]；序号：2，…[2]"
        caption = found[0].caption if (found := table_row(quote)) else None
        parts.append(display(quote, caption=caption is None or caption != previous))
        previous = caption
    parts = [p if detect_script(p) == q.language else in_script(p, q.language) for p in parts]
    if short and detect_script(short) != q.language:
        short = in_script(short, q.language)
    return Answer(
        question=q.text,
        answer=lead + "；".join(f"{p}[{i}]" for i, p in enumerate(parts, 1)),
        answerable=True,
        short_answer=short,
        language=q.language,
        citations=[citation(i, quote) for i, quote in enumerate(quotes, 1)],
        qtype=q.qtype,
        confidence=round(confidence, 4) if confidence is not None else None,
    )


def refusal(q: Question, hits: Sequence[Hit], reading: Reading | None) -> Answer:
    """No answer: the refusal in the question's script, with the three best hits as the closest passages and the
    reader's confidence (0 when it did not read)."""
    return Answer(
        question=q.text,
        answer=REFUSAL[q.language],
        answerable=False,
        short_answer=None,
        language=q.language,
        citations=[],
        qtype=q.qtype,
        see_also=[chunk_citation(i, h) for i, h in enumerate(hits[:3], start=1)],
        confidence=round(reading.confidence, 4) if reading else 0.0,
    )
