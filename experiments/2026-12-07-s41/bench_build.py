import tempfile, json
from pathlib import Path
from qa.config import Settings
from qa.bench.runner import _build
s = Settings.from_env()
with tempfile.TemporaryDirectory() as d:
    print(json.dumps(_build(s.with_(index_dir=Path(d)/"index"), 3)))
