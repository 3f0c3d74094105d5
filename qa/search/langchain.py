"""The hybrid retriever as a LangChain `BaseRetriever`, for users of LangChain chains."""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document as LCDocument
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from qa.search.retrieve import Hit, Retriever


def to_langchain(hit: Hit) -> LCDocument:
    c = hit.chunk
    metadata: dict[str, Any] = {
        "chunk_id": c.chunk_id,
        "doc_id": c.doc_id,
        "source": c.source,
        "title": c.title,
        "section": c.section,
        "start": c.start,
        "end": c.end,
        "score": hit.score,
        "scores": {"dense": hit.dense, "bm25": hit.bm25},
    }
    return LCDocument(page_content=c.text, metadata=metadata, id=c.chunk_id)


class PolicyRetriever(BaseRetriever):
    """`PolicyRetriever(retriever=service.retriever, k=5).invoke("问题")` → LangChain Documents."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    retriever: Retriever
    k: int = 5

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[LCDocument]:
        return [to_langchain(hit) for hit in self.retriever.search(query, self.k)]
