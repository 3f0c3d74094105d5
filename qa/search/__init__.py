"""Search: chunks in, a hybrid index (dense + BM25; in a folder or on Milvus) out, and `Hit`s for a question.

Embedders and their offline preparation (`embedding`, `onnx_embedding`, `model_convert`, `model_files`),
the keyword index (`keyword`), the index on disk (`index`, `builds`) or on Milvus (`milvus`), what every
build records (`manifest`), retrieval with fusion (`retrieve`), the
English→Chinese glossary (`glossary`) and the LangChain adapter (`langchain`).
"""

from qa.search.builds import build_lock
from qa.search.embedding import Embedder, SentenceTransformerEmbedder
from qa.search.glossary import CAPITALISED, LATIN, Glossary, dictionary, gloss_keys
from qa.search.index import (
    BuildReport,
    Index,
    IndexSpec,
    SearchIndex,
    build_index,
    current_path,
    embed_text,
    load_index,
    write_build_files,
)
from qa.search.milvus import MilvusIndex, MilvusStore, build_milvus, keyword_side, load_milvus, publish_milvus
from qa.search.model_convert import convert as convert_model
from qa.search.model_files import load_tokenizer, padded, sha256, swap_in
from qa.search.onnx_embedding import OnnxEmbedder, cpu_session, quantize
from qa.search.retrieve import Fusion, Hit, Retriever

__all__ = [
    "CAPITALISED",
    "LATIN",
    "BuildReport",
    "Embedder",
    "Fusion",
    "Glossary",
    "Hit",
    "Index",
    "IndexSpec",
    "MilvusIndex",
    "MilvusStore",
    "OnnxEmbedder",
    "Retriever",
    "SearchIndex",
    "SentenceTransformerEmbedder",
    "build_index",
    "build_lock",
    "build_milvus",
    "convert_model",
    "cpu_session",
    "current_path",
    "dictionary",
    "embed_text",
    "gloss_keys",
    "keyword_side",
    "load_index",
    "load_milvus",
    "load_tokenizer",
    "padded",
    "publish_milvus",
    "quantize",
    "sha256",
    "swap_in",
    "write_build_files",
]
