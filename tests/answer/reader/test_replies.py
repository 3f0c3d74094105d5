"""The answers the reader's choices become: the short answer as the question asks for it."""

from __future__ import annotations

import pytest

from qa.answer.question import analyse
from qa.answer.reader.quotes import Quote
from qa.answer.reader.replies import single
from qa.ingest.chunking import Chunk
from qa.search.retrieve import Hit

TEXT = "中国民主建国会于1945年12月16日在重庆宣告成立。"
CHUNK = Chunk("d#0", "d", "d.txt", "简介", "", 0, len(TEXT), TEXT, len(TEXT))


@pytest.mark.parametrize(
    ("question", "short"),
    [
        ("中国民主建国会在哪一年宣告成立？", "1945年"),
        ("In what year was it founded?", "1945年"),
        ("中国民主建国会在哪一天宣告成立？", "1945年12月16日"),
        ("中国民主建国会在哪年哪月成立？", "1945年12月16日"),  # the month is asked too
    ],
)
def test_a_date_is_answered_as_the_question_asks_for_it(question: str, short: str) -> None:
    quote = Quote(Hit(CHUNK, 1.0, None, None), 0, len(TEXT), 0.9)
    assert single(analyse(question), quote, "1945年12月16日", 0.9).short_answer == short
