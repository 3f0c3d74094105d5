"""The pipeline a user would build from the LangChain RAG tutorial: the bar the service must clear.

Same corpus (cleaned text), same embedding model, but none of the service's
work: `RecursiveCharacterTextSplitter(chunk_size=500, chunk_overlap=50)` over
each document, a flat FAISS inner-product index of the chunk texts, the raw
question as the query, and the top chunk as the answer (it never refuses).
Scoring it with the same rules shows what the section-aware chunks, hybrid
retrieval, script normalisation and extractive answers are worth.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import faiss
import numpy as np
from langchain_text_splitters import RecursiveCharacterTextSplitter, TextSplitter

from qa.answer import Answer, Citation
from qa.ingest import Chunk, Document, detect_script
from qa.search import Embedder, Hit


def plain_chunks(documents: Sequence[Document], splitter: TextSplitter, count: Callable[[str], int]) -> list[Chunk]:
    """Chunks cut by `splitter` alone, with their offsets found in the cleaned text and section "".

    The splitter returns strings only; offsets are recovered by searching forward
    from just after the previous piece's start (pieces may overlap).
    """
    chunks: list[Chunk] = []
    for doc in documents:
        cursor = 0
        for i, piece in enumerate(p.strip() for p in splitter.split_text(doc.text)):
            if not piece:
                continue
            start = doc.text.find(piece, cursor)
            if start < 0:
                raise ValueError(f"{doc.source}: splitter piece {piece[:30]!r} not found after offset {cursor}")
            end = start + len(piece)
            chunks.append(
                Chunk(f"{doc.doc_id}#p{i}", doc.doc_id, doc.source, doc.title, "", start, end, piece, count(piece))
            )
            cursor = start + 1
    return chunks


def section_at_middle(documents: Sequence[Document]) -> Callable[[Chunk], str]:
    """Labels a plain chunk with the section path at its midpoint, so section-level metrics can score it."""
    by_id = {d.doc_id: d for d in documents}

    def label(chunk: Chunk) -> str:
        section = by_id[chunk.doc_id].section_at((chunk.start + chunk.end) // 2)
        return section.path_text if section else ""

    return label


class TutorialBaseline:
    """Top-1 dense retrieval over fixed-size chunks; the chunk is the answer."""

    def __init__(self, chunks: list[Chunk], vectors: np.ndarray, embedder: Embedder) -> None:
        self.chunks = chunks
        self.embedder = embedder
        self.index = faiss.IndexFlatIP(vectors.shape[1])
        self.index.add(np.ascontiguousarray(vectors, dtype=np.float32))

    @classmethod
    def build(
        cls, documents: Sequence[Document], embedder: Embedder, *, chunk_size: int = 500, chunk_overlap: int = 50
    ) -> TutorialBaseline:
        """Split, label each chunk with its midpoint section (for scoring and display only), embed, index."""
        splitter = RecursiveCharacterTextSplitter(chunk_size=chunk_size, chunk_overlap=chunk_overlap)
        label = section_at_middle(documents)
        chunks = [
            Chunk(c.chunk_id, c.doc_id, c.source, c.title, label(c), c.start, c.end, c.text, c.tokens)
            for c in plain_chunks(documents, splitter, len)  # the tutorial measures in characters
        ]
        return cls(chunks, embedder.embed_passages([c.text for c in chunks]), embedder)

    def search(self, question: str, k: int = 5) -> list[Hit]:
        vector = self.embedder.embed_query(question).reshape(1, -1).astype(np.float32)
        scores, ids = self.index.search(vector, min(k, len(self.chunks)))
        return [Hit(self.chunks[i], float(s), float(s), None) for s, i in zip(scores[0], ids[0], strict=True) if i >= 0]

    def ask(self, question: str, top_k: int = 5) -> Answer:
        hits = self.search(question, 1)
        citations = [
            Citation(1, c.doc_id, c.source, c.title, c.section, c.text, c.start, c.end, round(h.score, 4))
            for h in hits
            for c in [h.chunk]
        ]
        return Answer(
            question=question,
            answer=f"{hits[0].chunk.text}[1]" if hits else "",
            answerable=True,
            short_answer=None,
            language=detect_script(question),
            citations=citations,
            qtype="other",
        )
