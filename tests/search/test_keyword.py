"""Keyword tokens: jieba search-mode words plus Han bigrams, and the sounds of character pairs for typos."""

from __future__ import annotations

from qa.search.keyword import KeywordIndex, index_tokens, pairs_of, query_tokens, sound_token, tokenize, vocabulary_of


def test_tokens_hold_words_and_bigrams_of_the_simplified_text() -> None:
    tokens = tokenize("光谷科技創新大走廊")
    assert {"光谷", "科技", "创新", "走廊"} <= set(tokens)  # Traditional in, Simplified out
    assert {"谷科", "技创"} <= set(tokens)  # bigrams across jieba's word boundaries


def test_a_chunk_is_indexed_by_its_words_and_the_sounds_of_its_pairs() -> None:
    tokens = index_tokens("黃岡 GDP")
    assert tokens == [*tokenize("黄冈 gdp"), "py:huang:gang"]
    assert index_tokens("R&D") == tokenize("R&D")  # nothing to sound out without Han pairs


def test_a_query_sounds_out_only_the_pairs_the_corpus_lacks() -> None:
    known = pairs_of(vocabulary_of(["黄冈市建设科创中心"]))
    assert {"黄冈", "冈市"} <= known and "黄冈市" not in known
    assert query_tokens("黄刚市", known) == [*tokenize("黄刚市"), "py:huang:gang", "py:gang:shi"]
    assert query_tokens("黄冈市", known) == tokenize("黄冈市")
    assert query_tokens("？", known) == []


def test_vocabulary_is_every_token_of_the_texts() -> None:
    assert vocabulary_of(["光谷", "走廊"]) == frozenset(tokenize("光谷") + tokenize("走廊"))


TEXTS = ["黄冈市建设科创中心。", "黄石市建设科创中心。", "孝感市建设高新技术产业开发区。"]


def test_a_homophone_typo_is_matched_by_sound() -> None:
    index = KeywordIndex.build(TEXTS)
    assert sound_token("黄冈") == sound_token("黄刚") == "py:huang:gang"
    # 黄刚 is a typo of 黄冈 (same sound): only the sound of its pairs tells row 0 from row 1
    scores = index.scores("黄刚市建设科创中心吗？")
    assert scores[0] > scores[1] > 0
    assert index.scores("黃石市")[1] > index.scores("黃石市")[0]  # Traditional is read Simplified


def test_sound_tokens_are_not_words() -> None:
    index = KeywordIndex.build(TEXTS)
    assert not any(t.startswith("py:") for t in index.vocabulary())
    assert "黄冈" in index.vocabulary()
