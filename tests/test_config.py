from __future__ import annotations

from pathlib import Path

import pytest

from qa.config import Settings
from qa.errors import ConfigError


def test_defaults_and_env() -> None:
    s = Settings.from_env({"HOST": "0.0.0.0", "PORT": "9001", "QA_CORPUS_DIR": "/data/c"})
    assert (s.host, s.port, s.corpus_dir) == ("0.0.0.0", 9001, Path("/data/c"))
    assert Settings.from_env({}).port == 8000


@pytest.mark.parametrize(("name", "value"), [("PORT", "eighty"), ("PORT", "70000"), ("QA_CHUNK_TOKENS", "1")])
def test_bad_values_named(name: str, value: str) -> None:
    with pytest.raises(ConfigError, match=name):
        Settings.from_env({name: value})
