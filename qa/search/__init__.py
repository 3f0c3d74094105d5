"""Search: chunks in, a persistent hybrid index (FAISS vectors + BM25 words) out, and `Hit`s for a question.

Embedders and their offline preparation (`embedding`, `onnx_embedding`, `model_convert`, `model_files`),
the keyword index (`keyword`), the index on disk (`index`), retrieval with fusion (`retrieve`), the
English→Chinese glossary (`glossary`) and the LangChain adapter (`langchain`).
"""

from qa.search.embedding import Embedder, SentenceTransformerEmbedder
from qa.search.glossary import gloss_keys
from qa.search.index import (
    BuildReport,
    IndexSpec,
    SearchIndex,
    build_index,
    current_path,
    embed_text,
    load_index,
    write_build_files,
)
from qa.search.model_convert import convert as convert_model
from qa.search.model_files import load_tokenizer, sha256, swap_in
from qa.search.onnx_embedding import OnnxEmbedder, cpu_session
from qa.search.retrieve import Fusion, Hit, Retriever

__all__ = [
    "BuildReport",
    "Embedder",
    "Fusion",
    "Hit",
    "IndexSpec",
    "OnnxEmbedder",
    "Retriever",
    "SearchIndex",
    "SentenceTransformerEmbedder",
    "build_index",
    "convert_model",
    "cpu_session",
    "current_path",
    "embed_text",
    "gloss_keys",
    "load_index",
    "load_tokenizer",
    "sha256",
    "swap_in",
    "write_build_files",
]
