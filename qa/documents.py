"""Reading corpus files into cleaned, sectioned documents.

documents → sections → chunks: this module is the first step. A file that
cannot be read is reported with its name and skipped; the rest still load.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import trafilatura

from qa.clean import clean_text
from qa.errors import DocumentError
from qa.metadata import Metadata, extract_metadata
from qa.sections import Section, parse_sections

SUFFIXES = (".txt", ".md", ".html", ".htm")
_MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Document:
    """One cleaned document. `text` is what offsets in chunks and citations point into."""

    doc_id: str
    source: str
    text: str
    meta: Metadata
    sections: tuple[Section, ...]
    raw_chars: int
    removed_lines: int
    lost_spans: int
    content_hash: str

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


@dataclass(frozen=True)
class Corpus:
    documents: tuple[Document, ...]
    errors: tuple[DocumentError, ...]

    def get(self, doc_id: str) -> Document | None:
        return next((d for d in self.documents if d.doc_id == doc_id), None)


def _decode(path: Path, data: bytes) -> str:
    for encoding in ("utf-8-sig", "gb18030", "big5"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise DocumentError(path, "not valid UTF-8, GB18030 or Big5 text")


def read_text(path: Path) -> str:
    """The page text of a .txt, .md or .html file (HTML through trafilatura's main-content extractor)."""
    if path.suffix.lower() not in SUFFIXES:
        raise DocumentError(path, f"unsupported file type {path.suffix!r} (use {', '.join(SUFFIXES)})")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(path, f"cannot read file: {exc.strerror or exc}") from exc
    if len(data) > _MAX_BYTES:
        raise DocumentError(path, f"file is larger than {_MAX_BYTES // 2**20} MiB")
    text = _decode(path, data)
    if path.suffix.lower() in (".html", ".htm"):
        extracted = trafilatura.extract(text, include_tables=True, include_comments=False, favor_recall=True)
        if not extracted:
            raise DocumentError(path, "no main content found in the HTML page")
        return str(extracted)
    if path.suffix.lower() == ".md":
        text = re.sub(r"^#{1,6}\s+", "", text, flags=re.MULTILINE)
    return text


def load_document(path: Path) -> Document:
    raw = read_text(path)
    cleaned = clean_text(raw)
    if len(cleaned.text) < 20:
        raise DocumentError(path, "no article text left after cleaning")
    return Document(
        doc_id=path.stem,
        source=path.name,
        text=cleaned.text,
        meta=extract_metadata(cleaned.raw_lines, cleaned.text, cleaned.script),
        sections=tuple(parse_sections(cleaned.text)),
        raw_chars=len(raw),
        removed_lines=len(cleaned.removed_lines),
        lost_spans=cleaned.lost_spans,
        content_hash=hashlib.sha256(raw.encode("utf-8")).hexdigest(),
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
