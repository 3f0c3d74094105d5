"""Rebuild unseen18 (documents, plain texts, questions.jsonl) and run the checks."""
import sys

import build_a
import build_b
import build_c
import questions
import check

if __name__ == "__main__":
    build_a.build()
    build_b.build()
    build_c.build()
    questions.build()
    sys.exit(check.main())
