"""The `qa` command line. Library errors become one-line messages here, never tracebacks."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from qa import service
from qa.config import Settings
from qa.errors import ConfigError, NotFoundError, QAError, SearchIndexError
from qa.ingest import Corpus, Document, load_corpus
from qa.search import Fusion

F = TypeVar("F", bound=Callable[..., Any])


def _friendly(func: F) -> F:
    """Turn expected errors into a message and exit status 1."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except QAError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)

    return wrapper  # type: ignore[return-value]


@click.group()
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Question answering over Chinese policy documents."""
    try:
        ctx.obj = Settings.from_env()
    except QAError as exc:
        click.echo(f"error: {exc}", err=True)
        ctx.exit(2)


def _report_errors(corpus: Corpus) -> None:
    for error in corpus.errors:
        click.echo(f"warning: skipped {error}", err=True)


@cli.command()
@click.option("--removed", is_flag=True, help="List each line cleaning removed, per document, with the rule.")
@click.pass_obj
@_friendly
def corpus(settings: Settings, removed: bool) -> None:
    """Summarise the corpus: per document sections, chunks and noise removed."""
    loaded = load_corpus(settings.corpus_dir)
    _report_errors(loaded)
    if removed:
        for doc in loaded.documents:
            whole = "; cleaning would have left nothing, so the text was kept whole" if doc.kept_whole else ""
            click.echo(f"{doc.doc_id} ({doc.source}): {len(doc.removals)} lines removed{whole}")
            for removal in doc.removals:
                line = removal.line if len(removal.line) <= 100 else removal.line[:99] + "…"
                click.echo(f"  [{removal.rule}] {line}")
        return
    chunker = service.make_chunker(settings)
    header = f"{'document':<24} {'script':<7} {'raw':>7} {'clean':>7} {'noise':>7} {'lost':>4} {'sect':>4}"
    header += f" {'chunks':>6}  title"
    click.echo(header)
    click.echo("-" * len(header))
    totals = [0, 0, 0, 0, 0]
    for doc in loaded.documents:
        chunks = len(chunker.chunk_document(doc))
        noise = doc.raw_chars - len(doc.text)
        row = [doc.raw_chars, len(doc.text), noise, len(doc.sections), chunks]
        totals = [a + b for a, b in zip(totals, row, strict=True)]
        flag = " (kept whole: see --removed)" if doc.kept_whole else ""
        click.echo(
            f"{doc.doc_id:<24} {doc.meta.script:<7} {row[0]:>7} {row[1]:>7} {row[2]:>7} {doc.lost_spans:>4} "
            f"{row[3]:>4} {row[4]:>6}  {doc.title[:40]}{flag}"
        )
    click.echo("-" * len(header))
    click.echo(
        f"{'total':<24} {'':<7} {totals[0]:>7} {totals[1]:>7} {totals[2]:>7} {'':>4} {totals[3]:>4} {totals[4]:>6}"
    )


def _find(loaded: Corpus, name: str) -> Document:
    for doc in loaded.documents:
        if name in (doc.doc_id, doc.source) or doc.doc_id.startswith(name):
            return doc
    raise NotFoundError(f"no document {name!r}; known: {', '.join(d.doc_id for d in loaded.documents)}")


@cli.command()
@click.argument("doc")
@click.option("--tree-only", is_flag=True, help="Print the section tree without the text.")
@click.pass_obj
@_friendly
def show(settings: Settings, doc: str, tree_only: bool) -> None:
    """Print a cleaned document (by id, file name or id prefix) with its section tree."""
    document = _find(load_corpus(settings.corpus_dir), doc)
    meta = document.meta
    click.echo(f"# {meta.title}")
    click.echo(f"source: {document.source}  script: {meta.script}  date: {meta.date or '-'}")
    click.echo(f"issuer: {meta.issuer or '-'}  number: {meta.doc_number or '-'}")
    click.echo("\n## sections")
    for section in document.sections:
        click.echo(f"{'  ' * (section.level - 1)}- {section.title}  [{section.start}:{section.end}]")
    if not tree_only:
        click.echo("\n## text\n")
        click.echo(document.text)


@cli.command()
@click.option("--force", is_flag=True, help="Convert again even if the model folder is up to date.")
@click.pass_obj
@_friendly
def prepare(settings: Settings, force: bool) -> None:
    """Prepare offline assets: tiktoken's BPE files, the glossed dictionary, the embedding model and the int8 reader."""
    from qa.answer import READER_SUBDIR, export_reader
    from qa.ingest import fill_cache
    from qa.search import convert_model, dictionary

    fill_cache(settings.tiktoken_cache_dir)
    click.echo(f"tiktoken cache: {settings.tiktoken_cache_dir}")
    click.echo(f"CC-CEDICT glosses: {len(dictionary(settings.cache_dir))} entries, cached in {settings.cache_dir}")
    click.echo(f"model: {convert_model(settings.model_dir, force=force)}")
    built = export_reader(settings.model_dir, force=force)
    click.echo(f"reader: {settings.model_dir / READER_SUBDIR} ({'built' if built else 'up to date'})")


@cli.command("index")
@click.option("--if-missing", is_flag=True, help="Do nothing when a usable index already exists.")
@click.pass_obj
@_friendly
def index_cmd(settings: Settings, if_missing: bool) -> None:
    """Build the search index from the corpus (incremental: unchanged chunks keep their vectors)."""
    embedder = service.make_embedder(settings, build=True)
    if if_missing:
        try:
            found = service.open_index(settings, service.index_spec(settings, embedder))
        except SearchIndexError as exc:
            click.echo(f"rebuilding: {exc}", err=True)
        else:
            click.echo(f"index is up to date with the model and settings: {found.folder}")
            return
    corpus, report = service.build(settings, embedder, progress=True)
    _report_errors(corpus)
    click.echo(
        f"indexed {len(corpus.documents)} documents, {report.chunks} chunks "
        f"({report.embedded} embedded, {report.reused} reused) in {report.seconds:.1f}s → {report.path}"
    )


@cli.command()
@click.argument("query")
@click.option("-k", "--top-k", default=5, show_default=True, type=click.IntRange(1, 50))
@click.pass_obj
@_friendly
def search(settings: Settings, query: str, top_k: int) -> None:
    """Print the ranked passages for a question, with section path and per-retriever scores."""
    svc = service.Service.load(settings)
    for rank, hit in enumerate(svc.retriever.search(query, top_k), start=1):
        c = hit.chunk
        dense = "-" if hit.dense is None else f"{hit.dense:.3f}"
        bm25 = "-" if hit.bm25 is None else f"{hit.bm25:.2f}"
        click.echo(f"{rank}. [{hit.score:.3f} dense {dense} bm25 {bm25}] {c.source} {c.start}-{c.end}")
        click.echo(f"   {c.title} > {c.section}" if c.section else f"   {c.title}")
        click.echo(f"   {c.text[:160].replace(chr(10), ' ')}")


@cli.command()
@click.argument("question")
@click.option("-k", "--top-k", default=5, show_default=True, type=click.IntRange(1, 20))
@click.option("--plain", is_flag=True, help="Print the answer and its citations for a person instead of JSON.")
@click.pass_obj
@_friendly
def ask(settings: Settings, question: str, top_k: int, plain: bool) -> None:
    """Answer a question with citations (JSON by default)."""
    import json

    answer = service.Service.load(settings).ask(question, top_k)
    if not plain:
        click.echo(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
        return
    click.echo(answer.answer)
    if answer.short_answer and answer.short_answer != answer.answer.removesuffix("[1]"):  # not the whole answer again
        click.echo(f"\n→ {answer.short_answer}")
    if answer.confidence is not None:
        click.echo(f"\nconfidence {answer.confidence:.2f}")
    if answer.notice:
        click.echo(f"\n({answer.notice})")
    for c in answer.citations or answer.see_also:
        label = f"[{c.n}]" if answer.answerable else f"see also {c.n}:"
        click.echo(f"\n{label} {c.title}{' > ' + c.section if c.section else ''}")
        click.echo(f"    {c.source} {c.start}-{c.end}: {c.quote}")


@cli.command("eval-external")
@click.option("--limit", type=click.IntRange(1), default=None, help="Random sample of N questions (seed 0).")
@click.option("--data", "data_dir", type=click.Path(path_type=Path), default=None, help="Folder of the *.jsonl files.")
@click.option("--out", type=click.Path(path_type=Path), default=None, help="Also write the figures as JSON here.")
@click.option(
    "--gate",
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    default=None,
    help="YAML of min/max answer figures ('cmrc2018_dev gold passage.f1: 70'); exit 1 when one is out of bounds.",
)
@click.pass_obj
@_friendly
def eval_external(
    settings: Settings, limit: int | None, data_dir: Path | None, out: Path | None, gate: Path | None
) -> None:
    """DRCD + CMRC 2018 dev: retrieval (Recall@1/5, MRR@10 per fusion) and answers (CMRC 2018 EM/F1)."""
    import json

    from qa.evaluation import external

    data_dir = data_dir or settings.corpus_dir.parent.parent / "shared" / "external-qa"
    if not (data_dir / "drcd_dev.questions.jsonl").exists():
        raise NotFoundError(f"no external-qa data in {data_dir}; pass --data")
    embedder = service.make_embedder(settings)
    reader = service.make_reader(settings)
    fusions: list[tuple[Fusion, float]] = [  # the first is the service's default, used for the answers
        ("weighted", 0.3),
        ("weighted", 0.5),
        ("weighted", 0.7),
        ("rrf", 0.0),
        ("bm25", 0.0),
        ("dense", 0.0),
    ]
    report = external.run(
        data_dir,
        settings.cache_dir / "external-index",
        service.make_chunker(settings),
        embedder,
        service.index_spec(settings, embedder),
        limit=limit,
        fusions=fusions,
        make_answerer=lambda retriever: service.make_answerer(settings, retriever, reader),
        backend=settings.index_backend,
    )
    click.echo(f"{'retriever':<28} {'questions':>9} {'R@1':>7} {'R@5':>7} {'MRR@10':>7} {'p50 ms':>7}")
    for label, row in report["retrieval"].items():
        click.echo(
            f"{label:<28} {row['questions']:>9.0f} {row['recall@1']:>7.2%} {row['recall@5']:>7.2%} "
            f"{row['mrr@10']:>7.3f} {row['p50_ms']:>7.1f}"
        )
    click.echo("(p50 of the first row includes the query embedding; later rows reuse the cached query vectors)")
    click.echo(
        f"\n{'answers (CMRC 2018 metric)':<32} {'questions':>9} {'EM':>6} {'F1':>6} {'contains':>8} {'refused':>8}"
    )
    for label, row in report["answers"].items():
        em, f1, contains = (f"{row[k]:.1f}" if k in row else "-" for k in ("em", "f1", "contains"))
        click.echo(f"{label:<32} {row['questions']:>9.0f} {em:>6} {f1:>6} {contains:>8} {row['refused']:>7.1f}%")
    click.echo("(no answer: the question once its gold passage is removed; refusing is right there)")
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    if gate:
        from qa.evaluation import gate_failures, load_gate

        failures = gate_failures(external.figures(report["answers"]), load_gate(gate))
        for failure in failures:
            click.echo(f"GATE FAILED: {failure}", err=True)
        if failures:
            raise SystemExit(1)
        click.echo(f"Gate passed: every threshold in {gate} met.")


@cli.command()
@click.option("--quick", is_flag=True, help="Few questions, short runs, small scale index: checks the harness.")
@click.option("--skip-scale", is_flag=True, help="Skip the synthetic-index scale run and the ANN comparison.")
@click.option("--clients", default="8,32", show_default=True, help="Concurrent clients per throughput run.")
@click.option("--load-clients", default=64, show_default=True, type=click.IntRange(1, 512))
@click.option("--load-seconds", default=60.0, show_default=True, type=click.FloatRange(1), help="Sustained load.")
@click.option("--step-seconds", default=20.0, show_default=True, type=click.FloatRange(1), help="Each throughput run.")
@click.option("--scale-chunks", default=100_000, show_default=True, type=click.IntRange(1000))
@click.option("--repeat", default=3, show_default=True, type=click.IntRange(1, 100), help="Bare embeddings per query.")
@click.option("--out", type=click.Path(path_type=Path), default=Path("bench/results"), show_default=True)
@click.pass_obj
@_friendly
def bench(settings: Settings, out: Path, clients: str, **options: Any) -> None:
    """Benchmark build, HTTP latency/throughput on a real server, sustained load and scale; print and save."""
    import qa.bench

    try:
        levels = tuple(int(c) for c in clients.split(",") if c.strip())
    except ValueError:
        raise click.BadParameter(f"expected e.g. 8,32, got {clients!r}", param_hint="--clients") from None
    report = qa.bench.run(settings, qa.bench.Options(clients=levels, **options))
    click.echo(qa.bench.to_markdown(report))
    click.echo(f"saved {qa.bench.save(report, out)}")


@cli.command()
@click.option("--host", default=None, help="Interface to listen on (default: HOST or 127.0.0.1).")
@click.option("--port", default=None, type=int, help="Port (default: PORT or 8000).")
@click.option("--threads", default=None, type=click.IntRange(1, 64), help="Worker threads (default: QA_THREADS or 8).")
@click.pass_obj
@_friendly
def serve(settings: Settings, host: str | None, port: int | None, threads: int | None) -> None:
    """Serve the chat page and API with a production WSGI server (waitress).

    The index and the reader are checked before listening, so a missing or damaged one stops start-up with a message;
    the model then warms in the background. SIGHUP reloads the index and corpus without downtime; SIGTERM or SIGINT
    stops accepting, lets the requests in flight finish (at most QA_SHUTDOWN_GRACE seconds) and exits 0 (while it
    still loads, it exits 0 at once).
    """
    import logging
    import signal

    from qa.web import GracefulServer, create_app, slot_of
    from qa.web.serving import stopping_while_loading

    with stopping_while_loading():
        click.echo("loading the index and models…", err=True)
        embedder = service.make_embedder(settings)
        index = service.open_index(settings, service.index_spec(settings, embedder))
        reader = service.make_reader(settings)  # checked before listening too: missing weights name their fix
        # the service's own news (ready, reloaded) at INFO; libraries stay at WARNING, where
        # sentence-transformers also stops drawing a progress bar for every query
        logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
        logging.getLogger("qa").setLevel(logging.INFO)
        app = create_app(settings, embedder=embedder, index=index, reader=reader)
        slot = slot_of(app)
        host = host or settings.host
        port = port or settings.port
        try:
            server = GracefulServer(
                app, host=host, port=port, threads=threads or settings.threads, grace_s=settings.shutdown_grace_s
            )
        except OSError as exc:  # the address is taken or not ours
            raise ConfigError(f"cannot listen on {host}:{port} ({exc.strerror or exc}); choose --host/--port") from exc
    signal.signal(signal.SIGHUP, lambda signum, frame: slot.reload_in_background(settings, app.logger))
    signal.signal(signal.SIGTERM, server.stop)
    signal.signal(signal.SIGINT, server.stop)
    app.extensions["qa_ingestion"].start()  # indexes what the folder has and the index lacks (a crash mid-upload)
    click.echo(f"serving {index.folder} on http://{host}:{server.port}/", err=True)
    server.run()


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
