"""Which retrieved chunks a question that names documents by their titles is about (`qa.answer.titles`), what
it asks of each, and which spans in them are of the years or ordinals it names (`qa.answer.particulars`)."""

from __future__ import annotations

from collections.abc import Sequence

from qa.answer.leads import Leads
from qa.answer.particulars import Particulars, framed_as_asked, framed_otherwise
from qa.answer.reader.quotes import sentence
from qa.answer.reader.runtime import Admissible, Candidate, Reading, aligned_simplified
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


def framing(leads: Leads, hit: Hit, start: int, end: int) -> tuple[tuple[str, ...], str]:
    """What frames the span `start:end` of `hit` with years or ordinals, innermost first (its sentence, then
    `Leads.framing`), and what its section said above it (`Leads.before`): `framed_otherwise`'s arguments."""
    quote = sentence(hit, Reading(0, start, end, 0.0, 0.0))
    return (quote.text, *leads.framing(hit.chunk)), leads.before(hit.chunk)


def framed_elsewhere(asked: Particulars, leads: Leads, hit: Hit, start: int, end: int) -> bool:
    """Whether the span `start:end` of `hit` is framed by other years or ordinals than the question names
    (`framed_otherwise`); nothing is read for a question that names none."""
    return bool(asked.years or asked.ordinals) and framed_otherwise(asked, *framing(leads, hit, start, end))


def said_as_asked(asked: Particulars, leads: Leads, read: Sequence[Hit], first: int) -> Admissible:
    """Whether a span of the chunks `read` (read as passages `first`…) is framed as asked (`framed_as_asked`):
    2028's target beside the 2026 one the reader chose for "2028年…的目标". Rows written out and a notice line
    are framed by nothing of their own."""

    def fits(candidate: Candidate) -> bool:
        k = candidate.passage - first
        return 0 <= k < len(read) and framed_as_asked(asked, *framing(leads, read[k], candidate.start, candidate.end))

    return fits
