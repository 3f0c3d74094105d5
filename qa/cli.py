"""The `qa` command line. Library errors become one-line messages here, never tracebacks."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import click

from qa.chunking import Chunker
from qa.config import Settings
from qa.documents import Corpus, Document, load_corpus
from qa.errors import NotFoundError, QAError

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


def _chunker(settings: Settings) -> Chunker:
    return Chunker(settings.chunk_tokens, settings.token_encoding, settings.tiktoken_cache_dir)


def _report_errors(corpus: Corpus) -> None:
    for error in corpus.errors:
        click.echo(f"warning: skipped {error}", err=True)


@cli.command()
@click.pass_obj
@_friendly
def corpus(settings: Settings) -> None:
    """Summarise the corpus: per document sections, chunks and noise removed."""
    loaded = load_corpus(settings.corpus_dir)
    _report_errors(loaded)
    chunker = _chunker(settings)
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
        click.echo(
            f"{doc.doc_id:<24} {doc.meta.script:<7} {row[0]:>7} {row[1]:>7} {row[2]:>7} {doc.lost_spans:>4} "
            f"{row[3]:>4} {row[4]:>6}  {doc.title[:40]}"
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
@click.option("--host", default=None, help="Interface to listen on (default: HOST or 127.0.0.1).")
@click.option("--port", default=None, type=int, help="Port (default: PORT or 8000).")
@click.option("--threads", default=8, show_default=True, type=click.IntRange(1, 64))
@click.pass_obj
@_friendly
def serve(settings: Settings, host: str | None, port: int | None, threads: int) -> None:
    """Serve the chat page and API with a production WSGI server (waitress)."""
    from waitress import serve as waitress_serve

    from qa.web import create_app

    app = create_app(settings)
    host = host or settings.host
    port = port or settings.port
    click.echo(f"serving on http://{host}:{port}/", err=True)
    waitress_serve(app, host=host, port=port, threads=threads)


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
