"""Section-aware chunks under a token budget.

A section's own text becomes one chunk when it fits the budget; a longer one
is split by LangChain's recursive splitter on line and Chinese sentence
boundaries (。！？；) only, so no chunk ever ends mid-sentence. Every chunk
keeps character offsets into the cleaned document, which is what citations
and highlighting point at.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from qa.ingest.documents import Document
from qa.ingest.sections import ELLIPSIS, SECTION_SEPARATOR, Section, is_table_row
from qa.ingest.tokens import encoding

#: Split points, strongest first. No "" fallback: an over-long sentence stays whole.
SEPARATORS = ["\n", "。", "！", "？", "；"]


@dataclass(frozen=True)
class Chunk:
    """A citable span of a document: `text == document.text[start:end]`.

    `context` is extra text (a table's caption and header row) that goes to the
    embedder and keyword index with a continuation chunk but is not part of the span.
    """

    chunk_id: str
    doc_id: str
    source: str
    title: str
    section: str
    start: int
    end: int
    text: str
    tokens: int
    context: str = ""
    #: PDF documents: the page the chunk starts on, and the chunk-relative offsets where later pages start.
    page: int | None = None
    page_breaks: tuple[int, ...] = ()

    def page_at(self, offset: int) -> int | None:
        """The 1-based page of a chunk-relative offset (None when the document has no pages)."""
        if self.page is None:
            return None
        return self.page + bisect.bisect_right(self.page_breaks, offset)

    def reading_context(self) -> str:
        """What the reader reads above the chunk: the heading it was cut from (unless the chunk starts with
        it) and a table continuation's caption and header row. A chunk cut from a long section does not say
        what it is about: "（牵头单位：省科技厅）" alone answers nothing."""
        heading = self.section.rsplit(SECTION_SEPARATOR, 1)[-1].strip()
        said = (self.text.lstrip(), self.context)  # a table's caption is its heading: said once
        # a long heading line is cut short with "…" (`heading_title`); read twice, the reader splits its
        # belief between the two copies of the answer and refuses ("年龄不超过60周岁": 0.67 → 0.01)
        opening = heading.removesuffix(ELLIPSIS)
        parts = [heading] if heading and not any(t.startswith(opening) for t in said) else []
        return "\n".join([*parts, self.context] if self.context else parts)

    def index_text(self) -> str:
        """What retrieval sees: title and section path give the passage its context."""
        parts = [self.title, self.section, self.context, self.text]
        return "\n".join(p for p in parts if p)


def document_text(chunks: Sequence[Chunk]) -> str:
    """A document as its chunks carry it: title, section paths and table captions once each, then the text.
    What a document says (years, names) is read from this, not from one chunk."""
    seen = dict.fromkeys(part for c in chunks for part in (c.title, c.section, c.context))
    return "\n".join([*seen, *(c.text for c in chunks)])


class Chunker:
    """Cuts documents into section-aware chunks of at most `max_tokens` (except single long sentences)."""

    def __init__(self, max_tokens: int, encoding_name: str, cache_dir: Path) -> None:
        if max_tokens < 16:
            raise ValueError(f"max_tokens must be at least 16, got {max_tokens}")
        self.max_tokens = max_tokens
        self._encoding = encoding(encoding_name, cache_dir)
        # Imported here: ~0.3 s that `qa serve` (which loads a built index and never chunks) would pay.
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        self._splitter = RecursiveCharacterTextSplitter.from_tiktoken_encoder(
            encoding_name=encoding_name,
            chunk_size=max_tokens,
            chunk_overlap=0,
            separators=SEPARATORS,
            keep_separator="end",
            strip_whitespace=False,
        )

    def split_spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each budget-sized piece of `text`, cut only at line and sentence ends."""
        spans: list[tuple[int, int]] = []
        cursor = 0
        for piece in self._splitter.split_text(text):
            stripped = piece.strip()
            if not stripped:
                continue
            found = text.find(stripped, cursor)
            if found < 0:
                raise AssertionError(f"piece not found in text at {cursor}: {stripped[:30]!r}")
            cursor = found + len(stripped)
            spans.append((found, cursor))
        return spans

    def count(self, text: str) -> int:
        return len(self._encoding.encode(text, disallowed_special=()))

    def chunk(self, documents: Iterable[Document]) -> list[Chunk]:
        return [chunk for doc in documents for chunk in self.chunk_document(doc)]

    def chunk_document(self, doc: Document) -> list[Chunk]:
        chunks: list[Chunk] = []
        for section, start, end in _own_spans(doc):
            for piece_start, piece_end, context in self._pieces(doc.text, start, end, section):
                text = doc.text[piece_start:piece_end]
                chunks.append(
                    Chunk(
                        chunk_id=f"{doc.doc_id}#{len(chunks)}",
                        doc_id=doc.doc_id,
                        source=doc.source,
                        title=doc.title,
                        section=section.path_text if section else "",
                        start=piece_start,
                        end=piece_end,
                        text=text,
                        tokens=self.count(text),
                        context=context,
                        page=doc.page_at(piece_start),
                        page_breaks=tuple(p - piece_start for p in doc.pages if piece_start < p < piece_end),
                    )
                )
        return chunks

    def _pieces(self, text: str, start: int, end: int, section: Section | None) -> Iterator[tuple[int, int, str]]:
        """(start, end, context) of each chunk of one section's own text."""
        body = text[start:end]
        if self.count(body) <= self.max_tokens:
            yield start, end, ""
            return
        context = _table_context(body) if section and section.kind == "table" else ""
        heading_end = start + len(body.split("\n", 1)[0]) if section else start
        pending: int | None = None  # start of a heading-only piece, glued to the next piece
        for piece_start, piece_end in self.split_spans(body):
            found, cursor = start + piece_start, start + piece_end
            if cursor == heading_end and cursor < end:
                pending = found
                continue
            first = found if pending is None else pending
            if first <= heading_end:
                yield first, cursor, ""
            else:
                yield first, cursor, context or _rows_context(body, first - start)
            pending = None


def _own_spans(doc: Document) -> Iterator[tuple[Section | None, int, int]]:
    """Each section's own text (heading plus body before its first child), trimmed.

    Text before the first heading is a span without a section. A section that
    is only a heading line with children below is skipped: its title is in
    every child's path already. A heading line that carries its own body
    ("（一）推进离岸科创模式创新。推进…（牵头单位：…）" before a table) is kept.
    """
    bounds: list[tuple[Section | None, int, int]] = []
    first = doc.sections[0].start if doc.sections else len(doc.text)
    bounds.append((None, 0, first))
    bounds.extend((s, s.start, s.body_end) for s in doc.sections)
    for section, start, end in bounds:
        raw = doc.text[start:end]
        stripped = raw.strip()
        if not stripped:
            continue
        if section and section.children and stripped.rstrip("。") == section.title:
            continue
        lead = len(raw) - len(raw.lstrip())
        yield section, start + lead, start + lead + len(stripped)


#: A line longer than this above a table is prose, not its caption (as for a "表N" heading, `heading_kind`).
_MAX_CAPTION = 60


def _rows_context(body: str, at: int) -> str:
    """For a piece of `body` starting at `at` inside a table that began above it, with no caption of its own
    ("附件" over a table, a title line with no 表N): the line above the table and its header row, so the
    continuation's rows are read under their column names, not under the first of them."""
    above = body[:at].rstrip("\n").split("\n")
    if not is_table_row(body[at:].split("\n", 1)[0]) or not above or not is_table_row(above[-1]):
        return ""
    top = len(above) - 1
    while top > 0 and is_table_row(above[top - 1]):
        top -= 1
    line = above[top - 1].strip() if top > 0 else ""
    caption = line if len(line) <= _MAX_CAPTION and "。" not in line else ""  # not the paragraph before it
    return "\n".join(line for line in (caption, above[top]) if line)


def _table_context(body: str) -> str:
    """Caption and header row of a table, repeated with every continuation chunk."""
    lines = body.split("\n")
    header = next((line for line in lines if is_table_row(line)), "")
    return "\n".join([lines[0], header]) if header else lines[0]
