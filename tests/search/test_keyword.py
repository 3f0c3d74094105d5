"""Keyword tokens: jieba search-mode words plus Han bigrams, and the same bigrams for an engine's analyzer."""

from __future__ import annotations

from qa.search.keyword import tokenize, vocabulary_of, with_bigrams


def test_tokens_hold_words_and_bigrams_of_the_simplified_text() -> None:
    tokens = tokenize("光谷科技創新大走廊")
    assert {"光谷", "科技", "创新", "走廊"} <= set(tokens)  # Traditional in, Simplified out
    assert {"谷科", "技创"} <= set(tokens)  # bigrams across jieba's word boundaries


def test_with_bigrams_appends_each_han_pair_as_a_word() -> None:
    assert with_bigrams("东湖科学城 GDP") == "东湖科学城 GDP 东湖 湖科 科学 学城"
    assert with_bigrams("R&D") == "R&D"  # nothing to add without Han runs


def test_vocabulary_is_every_token_of_the_texts() -> None:
    assert vocabulary_of(["光谷", "走廊"]) == frozenset(tokenize("光谷") + tokenize("走廊"))
