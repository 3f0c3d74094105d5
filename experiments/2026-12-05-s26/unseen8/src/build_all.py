"""Regenerate unseen8: corpus/, plain/, questions.jsonl, then run the checks.

    /work/main/.venv/bin/python src/build_all.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build_a  # noqa: E402
import build_b  # noqa: E402
import build_c  # noqa: E402
import check  # noqa: E402
import questions  # noqa: E402

if __name__ == "__main__":
    build_a.main()
    build_b.main()
    build_c.main()
    questions.main()
    check.main()
