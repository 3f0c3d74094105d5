"""Evaluation: the hand-written question set and public benchmarks in, scored reports out.

`make eval` runs `evaluate` (in-house questions, ablations, the tutorial `baseline`, `report`), `make
eval-external` runs `external` (CMRC 2018 / DRCD); `metrics` holds the scores and the gates.
"""

from qa.evaluation import external
from qa.evaluation.external import SETS, CachedQueries, load_questions, passage_chunks, read_jsonl
from qa.evaluation.metrics import char_f1, exact_match, gate_failures, load_gate

__all__ = [
    "SETS",
    "CachedQueries",
    "char_f1",
    "exact_match",
    "external",
    "gate_failures",
    "load_gate",
    "load_questions",
    "passage_chunks",
    "read_jsonl",
]
