"""Whether the passages share a term with the question: pairs of Chinese characters, Latin words, numbers."""

from __future__ import annotations

from qa.answer.support import supported, terms


def test_terms_are_character_pairs_words_and_numbers_in_the_compared_form() -> None:
    assert terms("光谷的R&D投入？") == {"光谷", "谷的", "投入"}  # one letter is no word; pairs never cross a break
    assert terms("到２０２５年，研發經費") == {"2025", "研发", "发经", "经费"}  # folded, Simplified
    assert terms("Which Park leads?") == {"which", "park", "leads"}
    assert terms("的") == terms("a 1 ？") == set()


def test_a_question_is_supported_by_a_passage_saying_one_of_its_terms() -> None:
    passages = ["东湖高新区建设光谷科技创新大走廊。", "2025年研发经费占比4.2%。"]
    assert supported("光谷大走廊在哪里？", passages)
    assert supported("研發經費佔比是多少？", passages)  # Traditional reads as Simplified
    assert supported("What happens in 2025?", passages)
    assert not supported("你好？", passages)
    assert not supported("的？", passages)  # no term at all
    assert not supported("光谷？", [])
