"""A Chinese question's words that a passage writes only in English are read as it writes them."""

from __future__ import annotations

from qa.answer.reader.terms import in_their_words, written_english
from qa.answer.reader.windows import Passage
from qa.search.glossary import Glossary
from qa.search.keyword import tokenize

GLOSSARY = Glossary.build(set(tokenize("研发经费投入强度")), [("研发", ["R&D", "research and development"])])


def test_a_word_the_passage_writes_only_in_english_is_read_as_written() -> None:
    question = "全省研发经费投入了多少？"
    assert written_english(GLOSSARY, question, "全省共投入R&D经费279.4亿元。") == (("研发", "R&D"),)
    assert written_english(GLOSSARY, question, "研发经费（R&D）279.4亿元。") == ()  # it says 研发 too
    assert written_english(GLOSSARY, question, "全省共投入经费279.4亿元。") == ()  # no English to read it by


def test_each_passage_gets_its_own_words() -> None:
    passages = [Passage("全省共投入R&D经费279.4亿元。"), Passage("年研发投入超过500万元的企业1137家。")]
    read = in_their_words(GLOSSARY, "全省研发经费投入了多少？", passages)
    assert [p.written for p in read] == [(("研发", "R&D"),), ()]
