"""The default answerer: a learned reader picks the span; the document's structure shapes the answer.

The reader (`qa.answer.reader.runtime.Reader`) reads the question against the best retrieved chunks, each
under the heading it was cut from (and an item under its section's lead sentence, `qa.answer.leads`), and
returns the most likely answer span with a calibrated probability that it answers at all (a table's caption
and header row only name it, so no span falls there). Below the threshold fitted on held-out data it reads
the next two chunks, and answers from them only at the higher level fitted there (`Calibration.deeper`);
else it refuses. Otherwise the answer is the sentence holding the span (a table row is read with its caption
and column names), cited with its exact offsets, and the span itself is the short answer. Two structures a
span cannot express are assembled around it: a counted list ("“六个强化”分别是什么"), and a notice's own lines
(issuer, date, addressees), which are offered to the reader as extra passages. So are the table rows a
question picks out (by the cells it names or their number), written out as "column：value" lines, which the
reader, trained on prose, reads far more surely than "a | b | c" (`qa.answer.row_text.RowText`); and a table
the question names by its label or title ("表3一共列了几个项目？") is counted or listed whole when the reader finds no
span in it. A table is not read for a thing named like one of its rows with another name in place of a part
(`qa.answer.swaps`); a superlative over it, or a value at a row and column the question names, is taken from
it without reading (`qa.answer.lookup`). The answers themselves are written in `qa.answer.reader.replies`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import compress

from qa.answer.bodies import bodies_in, unnamed
from qa.answer.compound import join
from qa.answer.enumeration import contiguous, counted_list, miscounted
from qa.answer.leads import Leads
from qa.answer.lookup import picked
from qa.answer.names import Said, load_names, names_in, unsaid
from qa.answer.notice import NoticeText, notice_hits, notice_line, notice_text
from qa.answer.outline import asked_part, numbered_part
from qa.answer.particulars import Particulars, of_document, pinned, with_full_years
from qa.answer.places import places
from qa.answer.posts import deputised
from qa.answer.question import Question, analyse
from qa.answer.ranges import banded, in_band
from qa.answer.reader import scope
from qa.answer.reader.quantities import counted_column, with_unit
from qa.answer.reader.quotes import Quote, row_quote, sentence
from qa.answer.reader.replies import COUNTED, listed, refusal, single
from qa.answer.reader.runtime import Admissible, Reader, Reading, aligned_simplified
from qa.answer.reader.terms import in_their_words
from qa.answer.reader.windows import Passage
from qa.answer.row_text import RowText, row_at
from qa.answer.support import supported
from qa.answer.swaps import swapped
from qa.answer.tables import (
    TableRow,
    answer_column,
    asked_column,
    asked_label,
    asked_rows,
    best_named,
    called_a_table,
    labelled,
    naming_column,
    numbered,
    numbering,
    other_table,
    rows_of,
    table_label,
    titled,
    whole_table,
)
from qa.answer.titles import Naming, Titles, headline
from qa.answer.types import Answer
from qa.ingest import NAME_REPEATS, Chunk, Spellings, fold_forms, in_script, is_han, respell, to_simplified
from qa.search import LATIN, Hit, Retriever

#: Chunks the reader reads: the retriever's best three, as in the dev calibration (`qa.training.calibrate`).
READ_K = 3
#: Chunks read next when those are refused (answered only above the calibration's `deeper` level), as in the
#: dev calibration: the service retrieves five.
DEEPER_K = 2
#: How deep a question naming several documents is searched for each one's chunks (`_per_document`).
PER_DOCUMENT_DEPTH = 30
#: Rows one answer lists at most; a question that selects more has not said which it wants (the reader's row stands).
MAX_ROWS = 20


class ReaderAnswerer:
    """Extractive answers chosen by the learned reader, with citations and calibrated refusals."""

    def __init__(self, retriever: Retriever, reader: Reader, *, read_k: int = READ_K) -> None:
        self.retriever = retriever
        self.reader = reader
        self.read_k = read_k
        self._chunks_by_doc: dict[str, list[Chunk]] = {}
        for chunk in sorted(retriever.index.chunks, key=lambda c: (c.doc_id, c.start)):
            self._chunks_by_doc.setdefault(chunk.doc_id, []).append(chunk)
        opening = {d: "".join(c.text for c in chunks[:3]) for d, chunks in self._chunks_by_doc.items()}
        #: what each document says (`qa.answer.particulars`), computed when a question first needs it: at start-up
        #: it would cost ~0.8 s per 10,000 chunks
        self._particulars: dict[str, Particulars] = {}
        self._texts: dict[str, Said] = {}  # each document as `qa.answer.names` compares it, when first needed
        self.titles = Titles({d: headline(c[0].title, opening[d]) for d, c in self._chunks_by_doc.items()})
        self.leads = Leads(retriever.index.chunks)

    def warm_up(self) -> None:
        self.reader.read("预热", ["预热"])
        load_names()

    def answer(self, question: str, hits: Sequence[Hit]) -> Answer:
        q = analyse(question)
        titled = self.titles.names(q.simple)
        named = scope.holding(titled, names_in(q.simple) if titled else (), self._text, hits)
        documents = list(dict.fromkeys(n.doc_id for n in named))
        if len(documents) > 1:
            return self._per_document(q, named, documents)
        scoped = scope.in_scope(hits, named)
        if not scoped:  # the document it names was not found among the hits
            return refusal(q, hits, None)
        return self._answer(q, scoped, named)

    def _text(self, doc_id: str) -> Said:
        if doc_id not in self._texts:  # a race computes it twice, harmlessly
            self._texts[doc_id] = Said.of(self._chunks_by_doc.get(doc_id, []))
        return self._texts[doc_id]

    def _said(self, doc_id: str) -> Particulars:
        if doc_id not in self._particulars:  # a race computes it twice, harmlessly
            self._particulars[doc_id] = of_document(self._chunks_by_doc.get(doc_id, []))
        return self._particulars[doc_id]

    def _per_document(self, q: Question, named: Sequence[Naming], documents: Sequence[str]) -> Answer:
        """A question naming several documents ("都市圈方案和提能方案分别提到多少个湖北实验室？", "…同时出现在A和B中")
        is answered in each of them. Each is asked the question alone: the names and what joins them ("A和B")
        become its own name, and an adverb that spread the question over them ("都") goes. Its best chunks
        are read as for one named document; the answers are joined with their citations, and a document
        that does not answer is said so."""
        spans = [(at, at + len(n.phrase)) for n in named if (at := q.simple.find(n.phrase)) >= 0]
        first, last = min(a for a, _ in spans), max(b for _, b in spans)  # names are words of q.simple
        hits = self.retriever.search(q.text, k=PER_DOCUMENT_DEPTH)
        answers, phrases = [], []
        for doc_id in documents:
            phrase = next(n.phrase for n in named if n.doc_id == doc_id)
            asked = q.simple[:first] + phrase + scope.without_distributive(q.simple[last:])
            own = [h for h in hits if h.chunk.doc_id == doc_id]
            answers.append(self._answer(q, own, named, asked) if own else refusal(q, hits, None))
            phrases.append(in_script(phrase, q.language))
        return join(q.text, phrases, answers)

    def _answer(self, q: Question, hits: Sequence[Hit], named: Sequence[Naming], asked: str = "") -> Answer:
        """The answer read from `hits` (scoped to the documents the question names), asking `asked` or else the
        question. A name no document of `hits` says is refused (`scope.unsaid_names`); the documents that say all
        its names are read (`scope.saying`), and a post they say only as a deputy's (`qa.answer.posts`) or a
        government body they never name (`qa.answer.bodies`) is refused; documents that never say a year, ordinal
        or number it names are not read."""
        names = names_in(asked or q.simple)
        if scope.unsaid_names(names, q.text, hits, self._text, self.retriever.glossary):
            return refusal(q, hits, None)
        hits = scope.saying(hits, names, places().romanised_in(q.text) if q.language == "en" else [], self._text)
        texts = [self._text(doc_id) for doc_id in dict.fromkeys(h.chunk.doc_id for h in hits)]
        if deputised(asked or q.simple, names, texts) or unnamed(bodies_in(asked or q.simple), texts):
            return refusal(q, hits, None)  # "市长" of a release naming only 副市长; a 工信局 a notice never names
        asked_for = Particulars.of(asked or q.simple)
        if (
            asked_for.numbers
        ):  # "营收3000万元的企业": a figure within a band of a table read ("2000万元（含）至5000万元")
            rows = [r for h in hits for r in self._rows_of(h.chunk)]
            asked_for = replace(asked_for, numbers=asked_for.numbers - banded(asked or q.simple, rows))
        if asked_for:
            said = [self._said(h.chunk.doc_id) for h in hits]
            ok = pinned(asked_for, said)
            kept = [h for h, keep in zip(hits, ok, strict=True) if keep]
            if not kept:
                return refusal(q, hits, None)
            hits = kept
            if asked_for.short_years:  # "25年" read as the 2025年 the documents say
                asked = with_full_years(fold_forms(asked or q.text), asked_for, list(compress(said, ok)))
        if miscounted(q, [self._text(d).text for d in dict.fromkeys(h.chunk.doc_id for h in hits)]):  # 四大工程
            return refusal(q, hits, None)
        items = counted_list(q, hits, self._chunks_by_doc)
        if items:
            quotes = [Quote(Hit(i.chunk, 0.0, None, None), i.start, i.end, 1.0) for i in contiguous(items)]
            return listed(q, quotes, short="、".join(i.chunk.text[i.start : i.end] for i in items))  # or one item
        if (label := asked_label(q.simple, [h.chunk for h in hits])) is not None:  # "表2里…": not 表1's rows
            hits = [h for h in hits if not other_table(h.chunk, label)] or list(hits)
            own = [h for h in hits if labelled(h.chunk, label)]
            if own and len(numbered(self._naming(q, table := self._rows_of(own[0].chunk)), table)) == 1:
                hits = own  # "表3第3项…" names one row: it answers, not the prose retrieved beside it
        compared = hits if called_a_table(q.simple) else hits[: self.read_k]  # "指标表中…": any table retrieved
        for table in (self._rows_of(h.chunk) for h in compared):  # "哪个市增长最快": compared, not read
            if (found := picked(q, self._naming(q, table), table)) is not None:
                (row, column), at = found, Hit(found[0].chunk, 0.0, None, None)
                cell = None if column is None else with_unit(row.row.cells[column], row)
                return listed(q, [Quote(at, row.row.start, row.row.end, 1.0)], short=cell)
        if q.language != "en":  # a thing a table names otherwise (`swapped`) is answered elsewhere, if said at all
            swaps = {h.chunk.chunk_id: w for h in hits if (w := self._swapped(q, h.chunk, named))}
            if swaps and (unsaid(swaps.values(), texts) or all(h.chunk.chunk_id in swaps for h in hits)):
                return refusal(q, hits, None)
            hits = [h for h in hits if h.chunk.chunk_id not in swaps]
        calibration = self.reader.calibration
        best = list(hits[: self.read_k])
        read = [*best, *notice_hits(best, notice_line(q), self._chunks_by_doc)]
        written, notice, reading = self._read(q, asked, read, named)
        if calibration.deeper < 1.0 and _below(reading, calibration.threshold) and len(hits) > self.read_k:
            # the answer may sit a little lower in the ranking (a paraphrase that retrieval ranks fourth);
            # answered from there only when the reader is as sure as the dev split asks (`deeper`)
            lower = list(hits[self.read_k : self.read_k + DEEPER_K])
            more = self._read(q, asked, lower, named)
            if not _below(more[2], max(calibration.deeper, calibration.threshold)):
                read, (written, notice, reading) = lower, more
        if reading is None or reading.confidence < calibration.threshold:
            return self._whole_table(q, hits) or refusal(q, hits, reading)
        if notice is not None and reading.passage == len(read) + len(written):
            return self._from_notice(q, notice, reading)
        span = scope.in_chunk(read, written, reading.passage, reading.start, reading.end)
        framed = scope.beyond_title(asked or q.simple, span[0].chunk.title)
        if scope.framed_elsewhere(framed, self.leads, *span):
            # 2024's figure in 2027's target sentence: refused, unless its row or its document has one as asked
            moved = scope.within_row(framed, read, written, reading)
            if moved is None:  # (2028's by 2026's)
                read = [h for h in read if h.chunk.doc_id == span[0].chunk.doc_id]
                written, _, moved = self._read(q, asked, read, named, framed)
            if moved is None or moved.confidence < calibration.threshold:
                return refusal(q, hits, None)
            reading = moved
        if reading.passage >= len(read):
            return self._from_rows(q, *written[reading.passage - len(read)], reading)
        hit = read[reading.passage]
        quote, chunk = sentence(hit, reading), hit.chunk
        short = chunk.text[reading.start : reading.end]
        chosen = row_at(chunk, reading.start)
        tabled = self._from_table(q, hit, reading, chosen, short) if chosen is not None else None
        if (kind := asked_part(q.simple)) and (part := numbered_part(chunk.section, kind)):  # "第几章": its heading's
            return listed(q, [quote], short=part[0], confidence=reading.confidence, lead=f"{part[1]}：")
        return tabled or single(q, quote, with_unit(short, chosen), reading.confidence)

    def _read(
        self, q: Question, asked: str, read: Sequence[Hit], named: Sequence[Naming], only: Particulars | None = None
    ) -> tuple[list[tuple[Hit, RowText]], NoticeText | None, Reading | None]:
        """The reader's reading of the chunks `read`, of the rows they hold that the question picks out
        (`_named_rows`, read after the chunks), and of the notice line it asks for (`notice_text`, read
        before them), numbered in that order but the notice line last; only chunks' spans `only` frames, if given."""
        names = scope.asked_names(q, self.retriever.glossary)
        passages = [scope.passage(h.chunk, named, self.leads.of(h.chunk), asked or q.simple, names) for h in read]
        written = self._named_rows(q, read)
        unasked = tuple(n.phrase for n in named)
        passages += [Passage(w.text, w.caption, (), unasked) for _, w in written]
        notice = notice_text(q, read, self._chunks_by_doc)
        fits = None if only is None else scope.said_as_asked(only, self.leads, read, written, int(notice is not None))
        if notice is None:
            return written, None, self._reading(q, asked, passages, fits)
        # read first: when the reader is sure of it, the chunks are not read (`Reader.read`)
        passages.insert(0, Passage(notice.text, "", notice.labels, unasked))
        reading = self._reading(q, asked, passages, fits)
        if reading is not None:  # numbered as if read last, after the chunks and rows
            reading = replace(reading, passage=reading.passage - 1 if reading.passage else len(passages) - 1)
        return written, notice, reading

    def _reading(self, q: Question, asked: str, passages: Sequence[Passage], fits: Admissible | None) -> Reading | None:
        """The reader's reading of the spans that `fits`, or None when no passage shares a term (`supported`)."""
        read_as = self._read_as(q, asked or q.text, passages)
        if not supported(read_as, (f"{p.heading}\n{p.text}" for p in passages)):
            return None
        if (glossary := self.retriever.glossary) is not None and not LATIN.search(read_as):
            passages = in_their_words(glossary, aligned_simplified(read_as), passages)
        return self.reader.read(read_as, passages, fits, asked or q.text)

    def _from_notice(self, q: Question, notice: NoticeText, reading: Reading) -> Answer:
        """The answer when the reader's span is in the notice line written out: the line, cited where the
        document has it, and its own short answer."""
        quote = Quote(Hit(notice.chunk, 0.0, None, None), notice.start, notice.end, reading.confidence)
        return single(q, quote, notice.chunk.text[notice.start : notice.end], reading.confidence)

    def _read_as(self, q: Question, asked: str, passages: Sequence[Passage]) -> str:
        """The question as the reader reads it: its English with the passages' words for its terms
        (`Glossary.render`), in an English question or a Chinese one ("光谷的R&D投入"). On the held-out dev
        split, questions code-switched to English with their names in pinyin are read at F1 25.7 as asked and
        55.3 rendered, given the passage (the Chinese questions: 74.2; `qa.training.calibrate`)."""
        glossary = self.retriever.glossary
        if glossary is None or not LATIN.search(asked):
            return asked
        return glossary.render(asked, "".join(aligned_simplified(p.heading + p.text) for p in passages))

    def _from_table(self, q: Question, hit: Hit, reading: Reading, chosen: TableRow, span: str) -> Answer | None:
        """The span is a table cell: the reader chose the table, and the column unless the span is a condition
        the question names or a row number it does not ask for (`answer_column`); the ordinal the question says
        (`numbered`), else the cells it names (`asked_rows`), choose the rows: those rows counted when it asks how
        many, every one when it asks for several, the one row it names when that is not the reader's or its
        column is another. None when the reader's own cell stands."""
        table = self._rows_of(hit.chunk)
        naming = self._naming(q, table)
        rows = numbered(naming, table) or in_band(naming, table) or asked_rows(naming, table)
        if not (q.several or q.counts):  # one row: the one the question names best, else the reader's
            rows = best_named(naming, rows)
            rows = rows if len(rows) == 1 else [chosen]
        column = answer_column(naming, chosen, span, table, value=q.qtype == "quantity" and not q.counts)
        cells = [r.row.cells[column] for r in rows if column is not None and column < len(r.row.cells)]
        quotes = [row_quote(r, hit, reading) for r in rows]
        if q.counts and len(rows) == 1 and (counted := counted_column(naming, rows[0])) is not None:
            # "有几个工程技术研究中心" in the one row of 工程技术研究中心（个）: its figure, not one row counted
            return single(q, quotes[0], with_unit(rows[0].row.cells[counted], rows[0]), reading.confidence)
        header = table[0].table.header
        numbered_by = column is not None and column < len(header) and numbering(header[column])
        if q.counts and rows and len(rows) <= MAX_ROWS and (numbered_by or not any(c[:1].isdigit() for c in cells)):
            # a count of rows, unless the span is in a column of quantities ("投资多少个亿" asks a cell's value;
            # the row numbers of 序号 are no quantity: "表1中有几个已建成" read as a row's "3" counts the rows)
            lead = COUNTED[q.language].format(n=len(rows))
            return listed(q, quotes, short=str(len(rows)), confidence=reading.confidence, lead=lead)
        if q.several and 1 < len(rows) <= MAX_ROWS:
            return listed(q, quotes, short="、".join(cells) or None, confidence=reading.confidence)
        if len(rows) == 1 and column is not None and column < len(rows[0].row.cells):
            (row,), (quote,) = rows, quotes
            cell = row.row.cells[column]
            moved = (row.chunk.chunk_id, row.row.start) != (chosen.chunk.chunk_id, chosen.row.start)
            if (moved or span not in cell) and cell and cell in quote.text:  # a merged cell filled down is not in it
                return single(q, quote, with_unit(cell, row), reading.confidence)
        return None

    def _whole_table(self, q: Question, hits: Sequence[Hit]) -> Answer | None:
        """A question that names a table by its label or title and asks which or how many of its rows, or for one
        row by its ordinal, that the reader finds no span for ("表3一共列了几个项目？", "表3第3项是什么项目？"): the
        rows `whole_table` picks, counted or listed by name (the one row by the cell of a column it names). A
        table the question only calls a table ("项目表里排在第三个的是哪个项目？") is found by the one row its
        ordinal numbers."""
        label = table_label(q.simple)
        held = (
            next((h for h in hits if titled(h.chunk, q.simple)), None)
            or next((h for h in hits if label is not None and labelled(h.chunk, label)), None)
            or next(
                (h for h in hits if called_a_table(q.simple) and len(numbered(q.simple, self._rows_of(h.chunk))) == 1),
                None,
            )
        )
        table = self._rows_of(held.chunk) if held is not None else []
        if not table:
            return None
        naming = self._naming(q, table)
        if not (q.counts or q.several or len(numbered(naming, table)) == 1):
            return None
        rows = whole_table(naming, table)
        if not rows or len(rows) > MAX_ROWS:
            return None
        if len(rows) == 1 and not (q.counts or q.several):  # one row by its ordinal: the cell asked, else its name
            column = asked_column(naming, table)
            quote = Quote(Hit(rows[0].chunk, 0.0, None, None), rows[0].row.start, rows[0].row.end, 1.0)
            return listed(q, [quote], short=None if column is None else rows[0].row.cells[column])
        quotes = [Quote(Hit(r.chunk, 0.0, None, None), r.row.start, r.row.end, 1.0) for r in rows]
        if q.counts:
            return listed(q, quotes, short=str(len(rows)), lead=COUNTED[q.language].format(n=len(rows)))
        named = naming_column(table)
        return listed(q, quotes, short=None if named is None else "、".join(r.row.cells[named] for r in rows))

    def _named_rows(self, q: Question, read: Sequence[Hit]) -> list[tuple[Hit, RowText]]:
        """The rows of each table read that the question picks out, by the cells it names or an ordinal
        ("表3里黄冈功能区的项目", "第4项"), written out for the reader as extra passages (`RowText`)."""
        written, seen = [], set()
        for hit in read:
            table = self._rows_of(hit.chunk)
            if not table or (key := (hit.chunk.doc_id, table[0].table.caption, table[0].table.header)) in seen:
                continue
            seen.add(key)
            naming = self._naming(q, table)
            rows = numbered(naming, table) or in_band(naming, table) or asked_rows(naming, table)
            if 0 < len(rows) < len(table) and len(rows) <= MAX_ROWS:
                written.append((hit, RowText.of(rows)))
        return written

    def _from_rows(self, q: Question, hit: Hit, written: RowText, reading: Reading) -> Answer:
        """The answer when the reader's span is in rows written out (`_named_rows`): the cell it falls in,
        with its row cited where the chunk has it, as for a span read in the table itself."""
        row, column, start, end = written.placed(reading.start, reading.end)
        cell = row.row.cells[column]
        source = hit if row.chunk is hit.chunk else Hit(row.chunk, hit.score, None, None)
        placed = Reading(0, start, end, reading.confidence, reading.margin)
        tabled = self._from_table(q, source, placed, row, cell)
        return tabled or single(q, sentence(source, placed), with_unit(cell, row), reading.confidence)

    def _naming(self, q: Question, table: Sequence[TableRow]) -> str:
        """The text whose words name the cells of `table`: the question as the reader reads it (a homophone typo
        of the table's words mended, `respell`), and for an English one the corpus's Chinese words for its
        terms (one per line: a cell is never named across two of them)."""
        question = q.simple
        if self.reader.lexicon is not None:
            simple = [to_simplified(text) for text in {r.chunk.chunk_id: r.chunk.text for r in table}.values()]
            question = respell(question, Spellings.of_texts(simple, self.reader.lexicon, NAME_REPEATS))
        glossary = self.retriever.glossary
        if q.language != "en" or glossary is None:
            return question
        return "\n".join([question, *(word for term in glossary.translate(q.text) for word in term.chinese)])

    def _rows_of(self, chunk: Chunk) -> list[TableRow]:
        return rows_of(chunk, self._chunks_by_doc.get(chunk.doc_id, ()))

    def _swapped(self, q: Question, chunk: Chunk, named: Sequence[Naming]) -> str | None:
        """The thing of `chunk`'s table's kind the question names that none of its rows is (`swapped`), in Han."""
        table = self._rows_of(chunk)
        words = swapped(self._naming(q, table), table, [n.phrase for n in named]) if table else None
        return "".join(filter(is_han, words)) if words else None


def _below(reading: Reading | None, level: float) -> bool:
    return reading is None or reading.confidence < level
