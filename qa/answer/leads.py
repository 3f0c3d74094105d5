"""The sentence that introduces a section's items, read above each of them.

Policy texts frame a list of items with one sentence and then number the items as sections of their own:
"（二）发展目标 / 到2026年，…具体目标如下： / 1. 产业规模持续壮大。人工智能核心产业规模突破1200亿元…". Each item is
its own chunk, and none of them says 2026: the reader, trained to refuse a passage that lacks a year the question
gives, read "到2026年苏州人工智能核心产业规模要达到多少？" against the item at a low margin and answered from another
section that does say 2026 (a talent target, 0.93). So the reader reads each item under the lead sentence of the
section it belongs to, when that section has a short one.

The same texts frame a chunk for the year checks (`qa.answer.particulars.framed_otherwise`): its lead, caption,
section and title (`framing`), and what its section said above it (`before`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from qa.answer.particulars import preceding_frame
from qa.ingest import SECTION_SEPARATOR, Chunk

#: Longest lead read above an item (characters): a framing sentence or two ("到2026年，…具体目标如下："), not a
#: paragraph of its own; the reader reads at most 32 heading tokens (`qa.answer.reader.windows`) in any case.
MAX_LEAD = 80


class Leads:
    """Each section's lead (its own text after its heading line, when short), by document and section path."""

    def __init__(self, chunks: Iterable[Chunk]) -> None:
        self._leads: dict[tuple[str, str], str] = {}
        self._sections: dict[tuple[str, str], list[Chunk]] = {}
        for chunk in sorted(chunks, key=lambda c: (c.doc_id, c.start)):
            self._sections.setdefault((chunk.doc_id, chunk.section), []).append(chunk)
            heading = chunk.section.rsplit(SECTION_SEPARATOR, 1)[-1].strip()
            first, _, rest = chunk.text.partition("\n")
            lead = rest.strip()
            if heading and first.strip() == heading and lead and len(lead) <= MAX_LEAD and "\n" not in lead:
                self._leads.setdefault((chunk.doc_id, chunk.section), lead)

    def of(self, chunk: Chunk) -> str:
        """The lead of the section `chunk`'s section belongs to, or "" (none, or a long one)."""
        if SECTION_SEPARATOR not in chunk.section:
            return ""
        parent = chunk.section.rsplit(SECTION_SEPARATOR, 1)[0]
        return self._leads.get((chunk.doc_id, parent), "")

    def framing(self, chunk: Chunk) -> tuple[str, ...]:
        """What frames `chunk`'s text with years or ordinals, innermost first (`framed_otherwise`): the chunk, its
        section's lead, its table's caption, its section path and its document's title."""
        return (chunk.text, self.of(chunk), chunk.context, chunk.section, chunk.title)

    def before(self, chunk: Chunk) -> str:
        """What `chunk`'s section says before it, from its last clause that opens with a year (`preceding_frame`):
        a report's "会议指出，2025年…" is said once, above the paragraphs chunked after it."""
        section = self._sections.get((chunk.doc_id, chunk.section), [])
        earlier = section[: bisect_left(section, chunk.start, key=lambda c: c.start)]
        for k in range(len(earlier) - 1, -1, -1):  # the nearest chunk that has such a clause, not the whole section
            if frame := preceding_frame(earlier[k].text):
                return "\n".join([frame, *(c.text for c in earlier[k + 1 :])])
        return ""
