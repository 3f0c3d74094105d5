"""Reading corpus files into cleaned, sectioned documents.

documents → sections → chunks: this module is the first step. A file that
cannot be read is reported with its name and skipped; the rest still load.
"""

from __future__ import annotations

import bisect
import hashlib
import unicodedata
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from qa.errors import DocumentError
from qa.ingest.characters import remove_ruby
from qa.ingest.clean import MIN_ARTICLE_CHARS, Removal, clean_text
from qa.ingest.formats import SUFFIXES, read_file
from qa.ingest.metadata import Metadata, extract_metadata
from qa.ingest.sections import Section, parse_sections


@dataclass(frozen=True)
class Document:
    """One cleaned document. `text` is what offsets in chunks and citations point into."""

    doc_id: str
    source: str
    text: str
    meta: Metadata
    sections: tuple[Section, ...]
    raw_chars: int
    lost_spans: int
    content_hash: str
    #: The lines cleaning removed, each with its rule (`qa corpus --removed`, the admin page's report).
    removals: tuple[Removal, ...] = ()
    #: Cleaning would have left nothing, so the text was kept whole (a flag for the maintainer).
    kept_whole: bool = False
    #: PDF only: offset in `text` where each page starts (page 1 first); empty for other types.
    pages: tuple[int, ...] = ()

    @property
    def title(self) -> str:
        return self.meta.title

    def section_at(self, offset: int) -> Section | None:
        """The innermost section whose own text contains `offset`."""
        found = None
        for section in self.sections:
            if section.start <= offset < section.body_end:
                found = section
        return found

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, row: dict[str, Any]) -> Document:
        """The inverse of `to_json` (the index stores each build's documents this way)."""
        sections = tuple(Section(**s | {"path": tuple(s["path"])}) for s in row["sections"])
        return cls(
            **row
            | {
                "meta": Metadata(**row["meta"]),
                "sections": sections,
                "pages": tuple(row.get("pages", ())),
                "removals": tuple(Removal(**r) for r in row.get("removals", ())),
            }
        )

    def page_at(self, offset: int) -> int | None:
        """The 1-based PDF page holding `offset` in `text`, or None for documents without pages."""
        if not self.pages:
            return None
        return max(1, bisect.bisect_right(self.pages, offset))


@dataclass(frozen=True)
class Corpus:
    documents: tuple[Document, ...]
    errors: tuple[DocumentError, ...]

    def get(self, doc_id: str) -> Document | None:
        return next((d for d in self.documents if d.doc_id == doc_id), None)


def read_text(path: Path) -> str:
    """The page text of one corpus file (any type in `SUFFIXES`; see `qa.ingest.formats`)."""
    return read_file(path).text


_OPENERS = '（(【[“"《「『 '


def _key(text: str) -> tuple[str, list[int]]:
    """Letters, digits and Han characters only (NFKC), with each one's offset in `text`.

    Cleaning rewrites punctuation, spaces and lost characters but not words, so
    lines are found again in the cleaned text by these characters alone.
    """
    chars: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        for norm in unicodedata.normalize("NFKC", ch):
            if norm.isalnum():
                chars.append(norm)
                offsets.append(i)
    return "".join(chars), offsets


def _page_offsets(raw: str, raw_pages: tuple[int, ...], cleaned: str) -> tuple[int, ...]:
    """Where each page starts in the cleaned text: the first of its lines that survived cleaning.

    Raw lines are looked up in order, each after the previous match and near it
    (the window grows by the lines not found, which cleaning removed or
    rewrote), so a removed line never matches text far ahead. A page none of
    whose lines survived starts where the next page does.
    """
    key, key_offsets = _key(cleaned)
    bounds = [*raw_pages[1:], len(raw) + 1]
    found: list[int | None] = []
    cursor = 0
    slack = 400
    for page_start, page_end in zip(raw_pages, bounds, strict=True):
        first: int | None = None
        for line in raw[page_start:page_end].split("\n"):
            probe = _key(remove_ruby(line)[0])[0][:12]
            if len(probe) < 4:  # page numbers and the like: too short to find reliably
                continue
            hit = key.find(probe, cursor, cursor + slack + len(probe))
            if hit < 0:
                slack += len(line)
                continue
            if first is None:
                first = hit
            cursor, slack = hit + len(probe), 400
        found.append(None if first is None else key_offsets[first])
    starts: list[int] = []
    following = len(cleaned)
    for offset in reversed(found):
        if offset is not None:
            line_start = cleaned.rfind("\n", 0, offset) + 1
            # from the start of its line when only brackets or quotes precede the first matched character
            following = offset if cleaned[line_start:offset].strip(_OPENERS) else line_start
        starts.append(following)
    starts.reverse()
    if starts:
        starts[0] = 0
    return tuple(starts)


def load_document(path: Path) -> Document:
    extracted = read_file(path)
    raw = extracted.text
    cleaned = clean_text(raw, extracted.headings, extracted.items)
    if len(cleaned.text) < MIN_ARTICLE_CHARS:
        raise DocumentError(path, f"too little text (under {MIN_ARTICLE_CHARS} characters)")
    return Document(
        doc_id=path.stem,
        source=path.name,
        text=cleaned.text,
        meta=extract_metadata(cleaned.raw_lines, cleaned.text, cleaned.script),
        sections=tuple(parse_sections(cleaned.text)),
        raw_chars=len(raw),
        removals=tuple(cleaned.removals),
        kept_whole=cleaned.kept_whole,
        lost_spans=cleaned.lost_spans,
        # The extracted text, not the file bytes: a PDF or .docx re-saved with new metadata but the same
        # words keeps its hash (and its vectors), and a .txt keeps the hash it had before other formats.
        content_hash=hashlib.sha256(raw.encode("utf-8")).hexdigest(),
        pages=_page_offsets(raw, extracted.pages, cleaned.text) if extracted.pages else (),
    )


def corpus_files(corpus_dir: Path) -> list[Path]:
    return sorted(p for p in corpus_dir.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)


def load_corpus(paths: Iterable[Path] | Path) -> Corpus:
    """Load every document; unreadable files become errors instead of stopping the load."""
    if isinstance(paths, Path):
        if not paths.is_dir():
            raise DocumentError(paths, "corpus folder does not exist")
        paths = corpus_files(paths)
    documents: list[Document] = []
    errors: list[DocumentError] = []
    for path in paths:
        try:
            documents.append(load_document(path))
        except DocumentError as exc:
            errors.append(exc)
    return Corpus(tuple(documents), tuple(errors))
