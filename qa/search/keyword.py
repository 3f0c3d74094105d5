"""BM25 keyword search over jieba tokens of Simplified text.

bm25s is fast but its own tokenizer splits on spaces, which Chinese does not
have; we feed it jieba's search-mode tokens instead (words plus their
sub-words, so 光谷科技创新大走廊 also matches 走廊).

Chinese is typed by sound, so the commonest typo is a homophone (黄刚 for 黄冈):
every character pair is also indexed by its toneless pinyin, and a question's
character pair that the corpus never has is looked up by its sound instead.
On the held-out CMRC dev questions with one homophone typo each, that lifts
BM25 Recall@1 from 79.8% to 87.5%; on the same questions without typos it
moves from 93.1% to 92.9% (`qa.training` data; see the closing notes).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Container, Iterable, Sequence
from pathlib import Path

import bm25s
import jieba
import numpy as np

from qa.ingest import han_pairs, load_sounds, sound, to_simplified

jieba.setLogLevel(logging.WARNING)
_WORD = re.compile(r"[\w\u4e00-\u9fff]")
#: BM25's term-frequency saturation and length normalisation: bm25s's defaults, named so that a Milvus
#: build scores with the same ones (its own defaults differ: k1 1.2).
K1, B = 1.5, 0.75


def tokenize(text: str, normalise: bool = True) -> list[str]:
    """Lower-cased jieba search-mode tokens of the Simplified text plus Han character bigrams.

    The bigrams rescue names jieba segments differently in question and passage.
    """
    simple = _simple(text, normalise)
    words = [t for t in jieba.lcut_for_search(simple) if _WORD.search(t)]
    return words + han_pairs(simple)


def _simple(text: str, normalise: bool) -> str:
    """The text keyword search reads: Simplified (unless `normalise` is off), lower-cased."""
    return (to_simplified(text) if normalise else text).lower()


def sound_token(pair: str) -> str:
    """The toneless pinyin of two Han characters as one token ("黄冈" → "py:huang:gang")."""
    return "py:" + sound(pair)


def index_tokens(text: str, normalise: bool = True) -> list[str]:
    """The tokens a chunk is indexed by: `tokenize`'s, plus the sound of each of its character pairs."""
    simple = _simple(text, normalise)
    return tokenize(simple, False) + [sound_token(pair) for pair in han_pairs(simple)]


def query_tokens(query: str, known: Container[str], normalise: bool = True) -> list[str]:
    """The tokens a query is searched by: `tokenize`'s, plus the sound of each character pair that is not
    among the `known` pairs of the corpus (a typo, most often a homophone); none for a query without words."""
    simple = _simple(query, normalise)
    tokens = tokenize(simple, False)
    return tokens + [sound_token(pair) for pair in han_pairs(simple) if pair not in known] if tokens else []


def vocabulary_of(texts: Sequence[str], normalise: bool = True) -> frozenset[str]:
    """Every token `tokenize` gives for `texts`: the words a keyword index over them holds."""
    return frozenset(t for text in texts for t in tokenize(text, normalise))


def pairs_of(vocabulary: Iterable[str]) -> frozenset[str]:
    """The words of a vocabulary that are a pair of Han characters (`query_tokens`'s `known`)."""
    return frozenset(w for w in vocabulary if len(w) == 2 and han_pairs(w))


class KeywordIndex:
    """A BM25 index whose row i is chunk i of the vector index."""

    def __init__(self, model: bm25s.BM25, size: int, normalise: bool = True) -> None:
        self._model = model
        self.size = size
        self.normalise = normalise

    @classmethod
    def build(cls, texts: Sequence[str], normalise: bool = True) -> KeywordIndex:
        model = bm25s.BM25(k1=K1, b=B)
        model.index([index_tokens(text, normalise) or ["∅"] for text in texts], show_progress=False)
        return cls(model, len(texts), normalise)

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every row for the query (zeros when no query word is indexed). A character
        pair of the query that no chunk has (a typo, most often a homophone) is matched by its sound."""
        tokens = query_tokens(query, self._model.vocab_dict, self.normalise)
        if not tokens or self.size == 0:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self._model.get_scores(tokens), dtype=np.float32)

    def vocabulary(self) -> frozenset[str]:
        """Every word the index holds (what a translated English question can hope to match); the
        sound tokens are not words."""
        return frozenset(t for t in self._model.vocab_dict if t and not t.startswith("py:"))

    def save(self, directory: Path) -> None:
        self._model.save(str(directory))

    @classmethod
    def load(cls, directory: Path, size: int, normalise: bool = True) -> KeywordIndex:
        load_sounds()  # the pinyin table is read with the index, not on the first typo
        return cls(bm25s.BM25.load(str(directory)), size, normalise)
