"""Ingest: files in the corpus folder in; clean `Document`s (sections, metadata, pages) and `Chunk`s out.

Reading PDF/Word/HTML/text (`formats`), removing page furniture with evidence (`clean`), headings and
sections (`sections`), issuer/date metadata (`metadata`), chunking (`chunking`, `tokens`), script
detection and conversion (`script`), how characters sound (`sounds`, for homophone typos), and
storing uploads safely (`uploads`).
"""

from qa.ingest import uploads
from qa.ingest.chunking import Chunk, Chunker, document_text
from qa.ingest.documents import Corpus, Document, corpus_files, load_corpus
from qa.ingest.formats import MAX_BYTES
from qa.ingest.metadata import CN_DATE, DOC_NUMBER, ISSUER, OPENING_TITLE
from qa.ingest.script import (
    INVISIBLE,
    SHOWN_TRADITIONAL,
    Script,
    detect_script,
    fold_forms,
    in_script,
    is_han,
    to_simplified,
    visible,
)
from qa.ingest.sections import SECTION_SEPARATOR, Section, heading_kind, heading_marker, is_table_row
from qa.ingest.sounds import (
    NAME_REPEATS,
    NAME_TAGS,
    Spellings,
    han_pairs,
    lexicon,
    load_sounds,
    respell,
    sound,
    sounds_alike,
)
from qa.ingest.tokens import encoding, fill_cache

__all__ = [
    "CN_DATE",
    "DOC_NUMBER",
    "INVISIBLE",
    "ISSUER",
    "MAX_BYTES",
    "NAME_REPEATS",
    "NAME_TAGS",
    "OPENING_TITLE",
    "SECTION_SEPARATOR",
    "SHOWN_TRADITIONAL",
    "Chunk",
    "Chunker",
    "Corpus",
    "Document",
    "Script",
    "Section",
    "Spellings",
    "corpus_files",
    "detect_script",
    "document_text",
    "encoding",
    "fill_cache",
    "fold_forms",
    "han_pairs",
    "heading_kind",
    "heading_marker",
    "in_script",
    "is_han",
    "is_table_row",
    "lexicon",
    "load_corpus",
    "load_sounds",
    "respell",
    "sound",
    "sounds_alike",
    "to_simplified",
    "uploads",
    "visible",
]
