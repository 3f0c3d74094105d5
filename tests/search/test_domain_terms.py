"""A policy document's own English: its kind and when it is in force, as the corpus writes them."""

from __future__ import annotations

from qa.search.glossary import Glossary
from qa.search.keyword import tokenize

CORPUS = "岳阳市众创空间认定管理办法自2026年3月1日起施行，采取若干措施支持孵化。"


def test_a_regulations_english_is_rendered_in_the_words_the_corpus_uses() -> None:
    glossary = Glossary.build(
        set(tokenize(CORPUS)), [("力量", ["force"]), ("进入", ["to enter"]), ("措施", ["measure", "step"])]
    )
    passage = CORPUS
    assert glossary.render("When do the Yueyang measures come into force?", passage) == "when do the 岳阳 措施 施行?"
    assert glossary.render("What is a maker space?", passage) == "what is a 众创空间?"
