"""Answer: a question and the retriever in, an `Answer` with citations (or a refusal) out.

Question analysis (`question`), the learned reader (`reader/`) and what structures its output: tables
(`tables`), counted lists (`enumeration`), notices (`notice`), two-part questions (`compound`),
sentences (`units`); the optional generative mode (`generative`); the shared types (`types`).
"""

from typing import TYPE_CHECKING, Any

from qa.answer.compound import CompoundAnswerer
from qa.answer.question import as_asked
from qa.answer.reader import ONNX_SUBDIR as READER_SUBDIR
from qa.answer.reader import Reader, ReaderAnswerer, onnx_reader
from qa.answer.reader import export_onnx as export_reader
from qa.answer.types import Answer, Answerer, Citation, WarmsUp

if TYPE_CHECKING:
    from qa.answer.generative import GenerativeAnswerer


def __getattr__(name: str) -> Any:
    """`GenerativeAnswerer` on first use: LangChain's imports cost ~0.3 s that a service without an LLM never needs."""
    if name == "GenerativeAnswerer":
        from qa.answer.generative import GenerativeAnswerer

        return GenerativeAnswerer
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "READER_SUBDIR",
    "Answer",
    "Answerer",
    "Citation",
    "CompoundAnswerer",
    "GenerativeAnswerer",
    "Reader",
    "ReaderAnswerer",
    "WarmsUp",
    "as_asked",
    "export_reader",
    "onnx_reader",
]
