"""How a reading becomes a cited quote: the span's sentence (a long one cut to its clauses), a table row
read with its caption and column names, and the citation with exact chunk offsets."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from qa.answer.reader.runtime import Reading
from qa.answer.tables import Row, Table, TableRow, parse_table
from qa.answer.types import Citation
from qa.answer.units import attributed_sentences, sentences
from qa.ingest import is_table_row
from qa.search import Hit

#: An answer sentence longer than this is cut to the clauses around the span (the answer should read at a glance).
MAX_ANSWER = 150


@dataclass(frozen=True)
class Quote:
    """A cited span of one chunk: `text == chunk.text[start:end]` (chunk-relative offsets)."""

    hit: Hit
    start: int
    end: int
    score: float

    @property
    def text(self) -> str:
        return self.hit.chunk.text[self.start : self.end]


def row_quote(row: TableRow, hit: Hit, reading: Reading) -> Quote:
    """A listed table row, cited whole; rows outside the read chunk carry no retrieval score."""
    source = hit if row.chunk is hit.chunk else Hit(row.chunk, 0.0, None, None)
    return Quote(source, row.row.start, row.row.end, reading.confidence)


def sentence(hit: Hit, reading: Reading) -> Quote:
    """The sentence(s) holding the span, a task's "（牵头单位：…）" with it (`attributed_sentences`, as the
    reader's span choice reads them); a long one is narrowed to the clauses around the span."""
    text = hit.chunk.text
    spans = attributed_sentences(text) or [(0, len(text))]
    inside = [(s, e) for s, e in spans if s < reading.end and e > reading.start]
    if not inside:
        return Quote(hit, reading.start, reading.end, reading.confidence)
    start, end = inside[0][0], inside[-1][1]
    if end - start > MAX_ANSWER and not is_table_row(text[start:end]):
        start, end = _clauses(text, start, end, reading.start, reading.end)
    return Quote(hit, start, end, reading.confidence)


def _clauses(text: str, start: int, end: int, span_start: int, span_end: int) -> tuple[int, int]:
    """Grow from the span's own clauses outwards, one clause at a time, while the quote fits in MAX_ANSWER."""
    cuts = [start] + [i + 1 for i in range(start, end) if text[i] in "，,：:"] + [end]
    pieces = list(pairwise(cuts))
    inside = [i for i, (a, b) in enumerate(pieces) if a < span_end and b > span_start]
    lo, hi = inside[0], inside[-1]
    while True:
        grown = False
        for lo2, hi2 in ((lo - 1, hi), (lo, hi + 1)):
            if lo2 >= 0 and hi2 < len(pieces) and pieces[hi2][1] - pieces[lo2][0] <= MAX_ANSWER:
                lo, hi, grown = lo2, hi2, True
                break
        if not grown:
            break
    a, b = pieces[lo][0], pieces[hi][1]
    while b > a and text[b - 1] in "，,：: ":
        b -= 1
    return min(a, span_start), max(b, span_end)


def table_row(quote: Quote) -> tuple[Table, Row] | None:
    """The table row `quote` is, if it is one."""
    chunk = quote.hit.chunk
    table = parse_table(chunk.text, chunk.context) if is_table_row(quote.text) else None
    row = next((r for r in table.rows if r.start == quote.start), None) if table else None
    return (table, row) if table is not None and row is not None else None


def display(quote: Quote, caption: bool = True) -> str:
    """A table row reads with its caption (unless `caption` is False) and column names; anything else as written."""
    found = table_row(quote)
    if found is None:
        return quote.text
    table, row = found
    return f"{table.caption}：{table.describe(row)}" if table.caption and caption else table.describe(row)


def citation(n: int, quote: Quote) -> Citation:
    return Citation.of(n, quote.hit.chunk, quote.start, quote.end, quote.score)


def chunk_citation(n: int, hit: Hit) -> Citation:
    """A refusal's "see also": the chunk's first real sentence."""
    chunk = hit.chunk
    spans = sentences(chunk.text) or [(0, len(chunk.text))]
    first = next((span for span in spans if span[1] - span[0] >= 20), spans[0])
    return Citation.of(n, chunk, first[0], first[1], hit.score)
