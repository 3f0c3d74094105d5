"""One frozen settings object; the only place that reads the environment."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from qa.errors import ConfigError

#: Repository root: defaults are relative to it so `make` targets work from a fresh clone.
ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    """Everything configurable, with defaults that work out of the box."""

    corpus_dir: Path = ROOT / "corpus"
    index_dir: Path = ROOT / "index"
    model_dir: Path = ROOT / "models" / "e5-small"
    cache_dir: Path = ROOT / ".cache"
    host: str = "127.0.0.1"
    port: int = 8000
    #: Token budget of one chunk, counted with `token_encoding` (tiktoken).
    chunk_tokens: int = 300
    token_encoding: str = "cl100k_base"
    #: Optional generative mode: an OpenAI-compatible endpoint on the user's network.
    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_api_key: str = "not-needed"
    llm_timeout_s: float = 20.0
    #: Query/passage encoder: "onnx-int8" (onnxruntime, int8: ~3x faster per query, same `make eval`
    #: quality) or "torch" (sentence-transformers, fp32; the reference the ONNX file is exported from).
    embedder: str = "onnx-int8"
    #: Web server: waitress worker threads, per-client rate limit (flask-limiter syntax; "off" disables),
    #: API keys for /api and /v1 (empty: open), and the token for admin endpoints (None: admin disabled).
    threads: int = 8
    #: onnxruntime threads of the reader's one session, which every request thread shares. Two on two cores
    #: (`make bench`, 2026-12-03): one client's /api/ask p50 111 → 83 ms, 32 clients' answers/s 8.6 → 8.8.
    reader_threads: int = 2
    #: Seconds a stopping server (SIGTERM/SIGINT) gives the requests in flight: an answer takes well under one.
    shutdown_grace_s: float = 10.0
    #: Where the index lives: "faiss" (a folder, `index_dir`) or "milvus" (`qa.search.milvus`): `milvus_uri`
    #: is a file (embedded milvus-lite; default `index_dir`/milvus.db) or http(s)://host:19530, and
    #: `milvus_name` the alias every replica reads.
    index_backend: str = "faiss"
    milvus_uri: str | None = None
    milvus_token: str = ""
    milvus_name: str = "qa"
    rate_limit: str | None = "600 per minute"
    api_keys: frozenset[str] = frozenset()
    admin_token: str | None = None
    extra: Mapping[str, str] = field(default_factory=dict)

    @property
    def milvus_location(self) -> str:
        return self.milvus_uri or str(self.index_dir / "milvus.db")

    @property
    def tiktoken_cache_dir(self) -> Path:
        return self.cache_dir / "tiktoken"

    def with_(self, **changes: object) -> Settings:
        """A copy with some fields changed (tests and CLI flags use this)."""
        return replace(self, **changes)  # type: ignore[arg-type]

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Build settings from `QA_*` variables plus `HOST` / `PORT`."""
        env = os.environ if env is None else env
        base = cls()
        return cls(
            corpus_dir=Path(env.get("QA_CORPUS_DIR", base.corpus_dir)),
            index_dir=Path(env.get("QA_INDEX_DIR", base.index_dir)),
            model_dir=Path(env.get("QA_MODEL_DIR", base.model_dir)),
            cache_dir=Path(env.get("QA_CACHE_DIR", base.cache_dir)),
            host=env.get("HOST", base.host),
            port=_int(env, "PORT", base.port, 1, 65535),
            chunk_tokens=_int(env, "QA_CHUNK_TOKENS", base.chunk_tokens, 32, 2000),
            token_encoding=env.get("QA_TOKEN_ENCODING", base.token_encoding),
            llm_base_url=env.get("QA_LLM_BASE_URL") or None,
            llm_model=env.get("QA_LLM_MODEL") or None,
            llm_api_key=env.get("QA_LLM_API_KEY") or base.llm_api_key,
            llm_timeout_s=float(_int(env, "QA_LLM_TIMEOUT", int(base.llm_timeout_s), 1, 600)),
            embedder=_choice(env, "QA_EMBEDDER", base.embedder, EMBEDDERS),
            threads=_int(env, "QA_THREADS", base.threads, 1, 64),
            reader_threads=_int(env, "QA_READER_THREADS", base.reader_threads, 1, 64),
            shutdown_grace_s=float(_int(env, "QA_SHUTDOWN_GRACE", int(base.shutdown_grace_s), 0, 600)),
            index_backend=_choice(env, "QA_INDEX_BACKEND", base.index_backend, INDEX_BACKENDS),
            milvus_uri=_milvus_uri(env.get("QA_MILVUS_URI") or None),
            milvus_token=env.get("QA_MILVUS_TOKEN", base.milvus_token),
            milvus_name=_name(env, "QA_MILVUS_NAME", base.milvus_name),
            rate_limit=_rate_limit(env.get("QA_RATE_LIMIT"), base.rate_limit),
            api_keys=frozenset(key.strip() for key in env.get("QA_API_KEYS", "").split(",") if key.strip()),
            admin_token=env.get("QA_ADMIN_TOKEN") or None,
        )


EMBEDDERS = ("torch", "onnx-int8")
INDEX_BACKENDS = ("faiss", "milvus")


def _milvus_uri(raw: str | None) -> str | None:
    """A server (http(s)://host:port) or an embedded database file, whose name pymilvus wants to end in .db."""
    if raw is None or raw.startswith(("http://", "https://")) or (raw.endswith(".db") and "://" not in raw):
        return raw
    raise ConfigError(f"QA_MILVUS_URI must be http(s)://host:port or a file path ending in .db, got {raw!r}")


def _name(env: Mapping[str, str], name: str, default: str) -> str:
    """A Milvus collection/alias name: a letter, then letters, digits or underscores."""
    value = env.get(name) or default
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]{0,30}", value):
        raise ConfigError(f"{name} must be a letter followed by letters, digits or _ (at most 31), got {value!r}")
    return value


def _choice(env: Mapping[str, str], name: str, default: str, allowed: tuple[str, ...]) -> str:
    value = env.get(name) or default
    if value not in allowed:
        raise ConfigError(f"{name} must be one of {', '.join(allowed)}, got {value!r}")
    return value


def _rate_limit(raw: str | None, default: str | None) -> str | None:
    """`off` (or `none`) disables rate limiting; anything else is checked by flask-limiter at app start."""
    if raw is None or raw.strip() == "":
        return default
    return None if raw.strip().lower() in {"off", "none", "0"} else raw.strip()


def _int(env: Mapping[str, str], name: str, default: int, lo: int, hi: int) -> int:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, got {raw!r}") from None
    if not lo <= value <= hi:
        raise ConfigError(f"{name} must be between {lo} and {hi}, got {value}")
    return value
