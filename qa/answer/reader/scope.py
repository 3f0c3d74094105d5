"""Which retrieved chunks a question that names documents by their titles is about (`qa.answer.titles`), and
what it asks of each."""

from __future__ import annotations

from collections.abc import Sequence

from qa.answer.reader.runtime import aligned_simplified
from qa.answer.titles import Naming
from qa.ingest import Chunk
from qa.search import Hit

#: Adverbs that spread a question over the subjects joined before them ("A和B都提到的…", "分别", "均").
DISTRIBUTIVE = ("分别", "同时", "共同", "都", "均", "皆")


def topic(naming: Naming, hits: Sequence[Hit]) -> bool:
    """Whether a retrieved chunk of another document says the phrase itself: then it is a topic the documents
    share, not the name of one ("有全国影响力的科创中心" is said by several plans, though only one headline
    holds both words). Read as a name, it would confine the answer to that one document."""
    return any(h.chunk.doc_id != naming.doc_id and says(h.chunk, naming.phrase) for h in hits)


def says(chunk: Chunk, phrase: str) -> bool:
    return phrase in aligned_simplified(chunk.text) or phrase in aligned_simplified(chunk.reading_context())


def in_scope(hits: Sequence[Hit], named: Sequence[Naming]) -> list[Hit]:
    """The hits a question naming documents is about: theirs, and others' chunks that say a name themselves
    (a chunk of another plan answers "都市圈方案要推动几家…" about that plan, not about the one named)."""
    if not named:
        return list(hits)
    docs = {n.doc_id for n in named}
    return [h for h in hits if h.chunk.doc_id in docs or any(says(h.chunk, n.phrase) for n in named)]


def without_distributive(rest: str) -> str:
    """What follows "A和B" asked of A alone: "都提到的…" → "提到的…" (the adverb spreads a question over the
    documents joined before it)."""
    adverb = next((a for a in DISTRIBUTIVE if rest.startswith(a)), "")
    return rest[len(adverb) :]
