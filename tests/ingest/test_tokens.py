"""tiktoken works offline from the shipped BPE files."""

from __future__ import annotations

import hashlib
from pathlib import Path

from qa.ingest.tokens import encoding, fill_cache


def test_cache_files_named_by_url_hash(tmp_path: Path) -> None:
    fill_cache(tmp_path)
    url = "https://openaipublic.blob.core.windows.net/encodings/cl100k_base.tiktoken"
    assert (tmp_path / hashlib.sha1(url.encode()).hexdigest()).stat().st_size > 1_000_000


def test_encoding_counts_chinese_offline(tmp_path: Path) -> None:
    enc = encoding("cl100k_base", tmp_path)
    tokens = enc.encode("光谷科技创新大走廊")
    assert 6 <= len(tokens) <= 20
    assert enc.decode(tokens) == "光谷科技创新大走廊"
