"""`make eval`: score the service on the hand-written question set, against a baseline and ablations.

The run is self-contained: every index (the service's, and the ablations'
second and third ones) is built into a temporary folder from `corpus/`, so
the figures never depend on whatever `index/` holds. Results go to
`eval/reports/<time>.{json,md,png}` (and `latest.*`); the headline figures
are then checked against `eval/gate.yaml` and the exit status is non-zero
when any falls short, so a change that makes answers worse cannot pass
unnoticed. Scoring rules live in `qa.evaluation.metrics`.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from langchain_text_splitters import RecursiveCharacterTextSplitter

from qa.answer import Answer, Reader
from qa.config import ROOT, Settings
from qa.evaluation.baseline import TutorialBaseline, plain_chunks, section_at_middle
from qa.evaluation.external import CachedQueries
from qa.evaluation.metrics import (
    EvalQuestion,
    Scored,
    gate_failures,
    load_gate,
    load_questions,
    score,
    spread,
    summarise,
)
from qa.evaluation.report import TOP_K, AblationRow, EvalReport, to_markdown, write
from qa.ingest import Chunk, Corpus
from qa.search import Embedder, Hit, Index, Retriever, build_index, load_index
from qa.service import Service, build, default_answerer, index_spec, make_chunker, make_embedder

# --- running ------------------------------------------------------------------------------


def _own_section(chunk: Chunk) -> str:
    return chunk.section


def run_system(
    questions: Sequence[EvalQuestion],
    ask: Callable[[str], Answer],
    search: Callable[[str], list[Hit]],
    label: Callable[[Chunk], str] = _own_section,
) -> list[Scored]:
    """Ask (timed) then search each question; `label` gives a hit's section path for scoring."""
    records = []
    for q in questions:
        started = time.perf_counter()
        answer = ask(q.question)
        latency = 1000 * (time.perf_counter() - started)
        hits = [(h.chunk.source, label(h.chunk)) for h in search(q.question)]
        records.append(score(q, answer, hits, latency))
    return records


def _reading(retriever: Retriever, reader: Reader) -> Callable[[str], Answer]:
    answerer = default_answerer(retriever, reader)
    return lambda question: answerer.answer(question, retriever.search(question, TOP_K))


def run_ablation(
    questions: Sequence[EvalQuestion],
    settings: Settings,
    corpus: Corpus,
    index: Index,
    embedder: Embedder,
    reader: Reader,
    work: Path,
) -> list[AblationRow]:
    """Retrieval variants over the service's index, plus two more indexes: no script normalisation, plain chunks.

    Every variant answers with the default answerer (the reader), so differences come from retrieval alone.
    """
    cached = CachedQueries(embedder)  # each question is embedded once per distinct query text
    chunker = make_chunker(settings)
    spec = index_spec(settings, embedder)
    raw_spec = replace(spec, normalise=False)
    build_index(corpus.documents, chunker.chunk(corpus.documents), cached, work / "raw", raw_spec)
    raw = load_index(work / "raw", raw_spec)
    splitter = RecursiveCharacterTextSplitter.from_tiktoken_encoder(
        encoding_name=settings.token_encoding, chunk_size=settings.chunk_tokens, chunk_overlap=0
    )
    build_index(corpus.documents, plain_chunks(corpus.documents, splitter, chunker.count), cached, work / "plain", spec)
    plain = load_index(work / "plain", spec)
    glossary = index.glossary
    variants: list[tuple[str, Retriever, Callable[[Chunk], str]]] = [
        ("keyword only (BM25)", Retriever(index, cached, fusion="bm25", glossary=glossary), _own_section),
        ("dense only", Retriever(index, cached, fusion="dense", glossary=glossary), _own_section),
        ("hybrid, reciprocal-rank fusion", Retriever(index, cached, fusion="rrf", glossary=glossary), _own_section),
        ("hybrid, weighted (service default)", Retriever(index, cached, glossary=glossary), _own_section),
        ("hybrid, without the English glossary", Retriever(index, cached), _own_section),
        (
            "hybrid, without Traditional→Simplified",
            Retriever(raw, cached, glossary=raw.glossary),
            _own_section,
        ),
        (
            "hybrid, plain fixed-size chunks",
            Retriever(plain, cached, glossary=plain.glossary),
            section_at_middle(corpus.documents),
        ),
    ]
    rows = []
    for name, retriever, label in variants:
        _log(f"ablation: {name}")
        search = lambda q, r=retriever: r.search(q, TOP_K)  # noqa: E731
        records = run_system(questions, _reading(retriever, reader), search, label)
        rows.append(AblationRow(name, len(retriever.index.chunks), summarise(records)))
    return rows


def run(
    settings: Settings,
    embedder: Embedder,
    questions: Sequence[EvalQuestion],
    *,
    ablation: bool = True,
    questions_file: str = "",
) -> EvalReport:
    """Build the service's index into a temporary folder, ask every question, then baseline and ablations."""
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="qa-eval-") as tmp:
        work = Path(tmp)
        local = settings.with_(index_dir=work / "index", milvus_uri=None)  # Milvus: an embedded database in work
        _log("building the index")
        corpus, built = build(local, embedder)
        svc = Service.load(local, embedder)
        _log(f"asking {len(questions)} questions")
        service = run_system(questions, svc.ask, lambda q: svc.retriever.search(q, TOP_K))
        _log("LangChain-tutorial baseline")
        tutorial = TutorialBaseline.build(corpus.documents, embedder)
        baseline = run_system(questions, tutorial.ask, tutorial.search, _own_section)
        rows = run_ablation(questions, settings, corpus, svc.index, embedder, svc.reader, work) if ablation else []
    if ablation:
        rows.append(
            AblationRow("LangChain-tutorial baseline (dense, top chunk)", len(tutorial.chunks), summarise(baseline))
        )
    return EvalReport(
        created=time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        questions_file=questions_file,
        model=embedder.model_id,
        chunks=built.chunks,
        service=service,
        baseline=baseline,
        ablation=rows,
        seconds=time.perf_counter() - started,
    )


# --- command line -----------------------------------------------------------------------


def _log(message: str) -> None:
    print(f"[eval] {message}", file=sys.stderr, flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m qa.evaluation.evaluate", description=__doc__.split("\n", 1)[0])
    parser.add_argument("--questions", type=Path, default=ROOT / "eval" / "questions.yaml")
    parser.add_argument("--out", type=Path, default=ROOT / "eval" / "reports")
    parser.add_argument("--gate", type=Path, default=ROOT / "eval" / "gate.yaml")
    parser.add_argument("--no-ablation", action="store_true", help="skip the ablation (two extra indexes)")
    parser.add_argument("--limit", type=int, default=None, help="evenly spaced sample of N questions (quick runs)")
    args = parser.parse_args(argv)
    questions = spread(load_questions(args.questions), args.limit)
    settings = Settings.from_env()
    report = run(
        settings, make_embedder(settings), questions, ablation=not args.no_ablation, questions_file=str(args.questions)
    )
    if args.gate.exists():
        report.gate_file = str(args.gate)
        report.gate = gate_failures(summarise(report.service), load_gate(args.gate))
    path = write(report, args.out)
    print(to_markdown(report, misses=False))
    print(f"Report: {path} (and {args.out / 'latest.md'})")
    if not args.gate.exists():
        print(f"No gate file at {args.gate}: thresholds not checked.")
        return 0
    if report.gate:
        note = f" (on a --limit {args.limit} sample)" if args.limit else ""
        print(f"GATE FAILED{note}: {len(report.gate)} metric(s) out of bounds:", file=sys.stderr)
        for failure in report.gate:
            print(f"  - {failure}", file=sys.stderr)
        return 1
    print(f"Gate passed: every threshold in {args.gate} met.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
