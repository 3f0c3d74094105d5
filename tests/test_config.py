from __future__ import annotations

from pathlib import Path

import pytest

from qa.config import Settings
from qa.errors import ConfigError


def test_defaults_and_env() -> None:
    s = Settings.from_env({"HOST": "0.0.0.0", "PORT": "9001", "QA_CORPUS_DIR": "/data/c"})
    assert (s.host, s.port, s.corpus_dir) == ("0.0.0.0", 9001, Path("/data/c"))
    assert Settings.from_env({}).port == 8000
    assert (Settings.from_env({}).reader_threads, Settings.from_env({"QA_READER_THREADS": "1"}).reader_threads) == (
        2,
        1,
    )


@pytest.mark.parametrize(
    ("name", "value"), [("PORT", "eighty"), ("PORT", "70000"), ("QA_CHUNK_TOKENS", "1"), ("QA_READER_THREADS", "0")]
)
def test_bad_values_named(name: str, value: str) -> None:
    with pytest.raises(ConfigError, match=name):
        Settings.from_env({name: value})
