"""Which retrieved chunks a question that names documents by their titles is about (`qa.answer.titles`), what
it asks of each, and which spans in them are of the years or ordinals it names (`qa.answer.particulars`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from qa.answer.leads import Leads
from qa.answer.levels import levels
from qa.answer.names import Said, beyond_scope, names_in, unsaid, unsaid_romanised
from qa.answer.particulars import Particulars, framed_as_asked, framed_otherwise, preceding_frame
from qa.answer.places import places
from qa.answer.question import Question
from qa.answer.reader.quotes import Quote, sentence
from qa.answer.reader.runtime import Admissible, Candidate, Reading, aligned_simplified
from qa.answer.reader.windows import Passage
from qa.answer.row_text import RowText, cell_spans, column_at, row_at
from qa.answer.tables import label_lines
from qa.answer.titles import Naming, untitled
from qa.ingest import Chunk, fold_forms, to_simplified
from qa.search import CAPITALISED, Glossary, Hit

#: Adverbs that spread a question over the subjects joined before them ("A和B都提到的…", "分别", "均").
DISTRIBUTIVE = ("分别", "同时", "共同", "都", "均", "皆")


def topic(naming: Naming, hits: Sequence[Hit]) -> bool:
    """Whether a retrieved chunk of another document says the phrase itself: then it is a topic the documents
    share, not the name of one ("有全国影响力的科创中心" is said by several plans, though only one headline
    holds both words). Read as a name, it would confine the answer to that one document."""
    return any(h.chunk.doc_id != naming.doc_id and says(h.chunk, naming.phrase) for h in hits)


def holding(
    namings: Sequence[Naming], given: Iterable[str], text_of: Callable[[str], Said], hits: Sequence[Hit]
) -> list[Naming]:
    """The namings that hold: not of a topic the retrieved documents share (`topic`), nor belied by the names the
    question gives outside its namings (`belied`; "都市圈方案和光谷大走廊规划" names two documents, 都市 in one)."""
    given = [name for name in given if not any(name in n.phrase for n in namings)]
    return [n for n in namings if not topic(n, hits) and not belied(n, given, text_of, hits)]


def belied(naming: Naming, given: Iterable[str], text_of: Callable[[str], Said], hits: Sequence[Hit]) -> bool:
    """Whether the question gives names (`given`) the document a phrase seems to name never says, and a retrieved
    document does: "湘潭…新添几家…企业创新平台" is about the 湘潭 document retrieved, not the 临沂 one whose title
    holds 企业 and 创新 (asked of that one, the question would be refused for 湘潭)."""
    missing = beyond_scope(given, [text_of(naming.doc_id)])
    others = [text_of(d) for d in dict.fromkeys(h.chunk.doc_id for h in hits) if d != naming.doc_id]
    return bool(missing) and not unsaid(missing, others)


def unsaid_names(
    names: Iterable[str], question: str, hits: Sequence[Hit], text_of: Callable[[str], Said], glossary: Glossary | None
) -> bool:
    """Whether the question names what no document of `hits` says: a name (`beyond_scope`; nor the hits' own text,
    which is not always indexed), or a romanised one the corpus has no Chinese word for (`unsaid_romanised`:
    "Suizhou") unless they write it so."""
    texts = [text_of(doc_id) for doc_id in dict.fromkeys(h.chunk.doc_id for h in hits)]
    missing = beyond_scope(names, texts)
    if missing and unsaid(missing, [Said.of([h.chunk for h in hits])]):
        return True
    return bool(unsaid(unsaid_romanised(glossary, question), texts))


def saying(
    hits: Sequence[Hit], names: Iterable[str], romanised: Sequence[str], text_of: Callable[[str], Said]
) -> list[Hit]:
    """The hits of documents that say every place the question names (`beyond_scope`) or romanises
    (`Places.romanised_in`), when some do: asked what 荆州 pays, a 赣州 notice's sentence that matches the rest of
    the question answers another question. When no document says them all (a question comparing two cities'
    plans), every hit. Places, not every name: on the dev split, whose documents are paragraphs that seldom
    repeat their article's subject, scoping by every name refused 3.6% of answerable questions in open retrieval
    against 2.7% (places: 2.7%, and the same unseen answers)."""
    divisions = places()
    named = [n for n in names if divisions.named(n)]
    if not (named or romanised):
        return list(hits)

    def says_all(said: Said) -> bool:
        return not beyond_scope(named, [said]) and all(says_romanised(said, word) for word in romanised)

    saying_all = {d: says_all(text_of(d)) for d in dict.fromkeys(h.chunk.doc_id for h in hits)}  # once a document
    return [h for h in hits if saying_all[h.chunk.doc_id]] or list(hits)


def says_romanised(said: Said, word: str) -> bool:
    """Whether a document writes a romanised name, or Chinese that sounds it ("Taoyuan": 桃园, tao:yuan)."""
    sounded = ":?".join(map(re.escape, word.lower()))
    written = re.search(re.escape(word), said.text, re.IGNORECASE)  # not the whole document lower-cased per word
    return written is not None or re.search(f"(?<=:){sounded}(?=:)", said.sounds) is not None


def says(chunk: Chunk, phrase: str) -> bool:
    return phrase in aligned_simplified(chunk.text) or phrase in aligned_simplified(chunk.reading_context())


def in_scope(hits: Sequence[Hit], named: Sequence[Naming]) -> list[Hit]:
    """The hits a question naming documents is about: theirs, and others' chunks that say a name themselves
    (a chunk of another plan answers "都市圈方案要推动几家…" about that plan, not about the one named)."""
    if not named:
        return list(hits)
    docs = {n.doc_id for n in named}
    return [h for h in hits if h.chunk.doc_id in docs or any(says(h.chunk, n.phrase) for n in named)]


def without_distributive(rest: str) -> str:
    """What follows "A和B" asked of A alone: "都提到的…" → "提到的…" (the adverb spreads a question over the
    documents joined before it)."""
    adverb = next((a for a in DISTRIBUTIVE if rest.startswith(a)), "")
    return rest[len(adverb) :]


def passage(
    chunk: Chunk, named: Sequence[Naming] = (), lead: str = "", question: str = "", names: Sequence[str] = ()
) -> Passage:
    """A chunk as the reader reads it: under its heading, with its table's caption and header as labels,
    and not asked the document names it never says, nor the years of `question` (Simplified) or the `names` it
    gives that only its document's title writes (`titled`). The reader, trained to refuse a passage that lacks a
    name or year the question gives, would refuse the very document the question means, or, asked what two
    named documents both say, each of them (`in_scope` has kept only chunks of a named document or that say a
    name)."""
    above = "\n".join(part for part in (lead, chunk.reading_context()) if part)
    unasked = tuple(n.phrase for n in named if not says(chunk, n.phrase))
    unasked += titled(question, names, chunk, above)
    return Passage(chunk.text, above, label_lines(chunk.text, chunk.context), unasked)


#: A year a question names, as it writes it ("2025年", "2026年度").
_ASKED_YEAR = re.compile(r"(?<!\d)((?:1[5-9]|20)\d\d)\s*年度?")


def titled(question: str, names: Sequence[str], chunk: Chunk, above: str) -> tuple[str, ...]:
    """The years `question` writes, and the `names`, that `chunk` (with what is read `above` it) never says and
    its document's title writes: a statistics bulletin titled "曲靖市2025年科技创新发展统计公报" says 2025 and
    曲靖 once, and its sections ("全年专利授权5218件") are 2025's and 曲靖's. Asked of them, the reader had read the
    year as one the passage lacks, as in its perturbed training negatives ("曲靖全年专利授权多少件": 0.72; with
    2025年: 0.48), and "What R&D intensity target does Tangshan set for 2030" read as 唐山's refused the plan's
    section that never says 唐山."""
    if not names and not _ASKED_YEAR.search(question):
        return ()
    text = fold_forms(to_simplified(f"{above}\n{chunk.text}"))
    title = fold_forms(to_simplified(chunk.title))
    said, written = Particulars.of(text, spans=True).years, Particulars.of(title).years
    years = [m.group() for m in _ASKED_YEAR.finditer(question) if m.group(1) in written and m.group(1) not in said]
    return (*years, *(name for name in names if name in title and name not in text))


def asked_names(q: Question, glossary: Glossary | None) -> list[str]:
    """The names a question gives, in Simplified (`names_in`); an English question's are the corpus's words for
    its capitalised words ("Tangshan" → 唐山), as the reader reads it (`Glossary.render`)."""
    if q.language != "en":
        return sorted(names_in(q.simple))
    capitalised = {m.group().lower() for m in CAPITALISED.finditer(q.text)}
    terms = glossary.translate(q.text) if glossary is not None and capitalised else ()
    return [term.chinese[0] for term in terms if term.english in capitalised and term.chinese]


def framing(leads: Leads, hit: Hit, start: int, end: int) -> tuple[tuple[str, ...], str, str]:
    """What frames the span `start:end` of `hit` with years or ordinals, innermost first (its sentence, then
    `Leads.framing`), and what its section said above it (`Leads.before`): `framed_otherwise`'s arguments. A
    table cell's sentence is its row under its column's header: "2.62" under "2025年" is 2025's, though the
    header line above it says 2030年 too. Next to the sentence comes what its chunk says before the sentence
    (not before a clause of it) from the last clause that opens with a year (`preceding_frame`), as a
    section's earlier chunks are read (`Leads.before`): "会议强调，2026年全市科技工作要……。主要目标是：研发投入
    强度力争达到3.0%" is 2026's, not the 2025 of the paragraph above it. Last, the span's part of its sentence
    (`_part`), which alone says its level (`qa.answer.levels`)."""
    quote = sentence(hit, Reading(0, start, end, 0.0, 0.0))
    own, part = quote.text, _part(quote, start, end)
    row = row_at(hit.chunk, start)
    if row is not None and (column := column_at(row, start)) is not None and column < len(row.table.header):
        header = row.table.header[column]
        own = f"{header}：{own}"  # a level its header names is the cell's; else its row's ("国家级重点实验室 | 300")
        part = f"{header}：{hit.chunk.text[start:end]}" if levels(header) else own
    before = hit.chunk.text[: quote.start]
    opens = max(before.rfind(stop) for stop in "。！？") + 1  # a line wrap or "；" does not end the sentence
    clause = "" if row is not None else preceding_frame(before[:opens]).lstrip("，, ")
    return (own, clause, *leads.framing(hit.chunk)), leads.before(hit.chunk), part


def _part(quote: Quote, start: int, end: int) -> str:
    """The span's part of its sentence: from the item it is in (after the last "；" before it) to the end of its
    clause. "对新获批的省重点实验室，给予奖励100万元；对国家重点实验室，…" gives 100万元 to the provincial one;
    "年龄不超过35周岁，且未主持过国家自然科学基金项目" asks nothing of the national fund's applicants' age."""
    text, at, to = quote.text, start - quote.start, end - quote.start
    opens = max(text.rfind(stop, 0, at) for stop in "；;") + 1
    closes = [k for stop in "，,；;。" if (k := text.find(stop, to)) >= 0]
    return text[opens : min(closes, default=len(text))]


def beyond_title(question: str, title: str) -> Particulars:
    """The years and ordinals `question` names outside the words it names its document by (`untitled`):
    "泉州市2026年科技创新大会的报道中，全市高新技术企业比上年净增了多少家" says which report by its year; the figure
    asked is 2025's, and 2026 frames none of it. Levels are read in the whole question: "国家重点实验室" asked of
    "东营市市级重点实验室…办法" shares 重点实验室 with its title, but asks the national level."""
    return replace(Particulars.of(untitled(question, title)), levels=Particulars.asking(question).levels)


def framed_elsewhere(asked: Particulars, leads: Leads, hit: Hit, start: int, end: int) -> bool:
    """Whether the span `start:end` of `hit` is framed by other years, ordinals, grades or levels than the question
    names (`framed_otherwise`); nothing is read for a question that names none."""
    asks = asked.years or asked.ordinals or asked.grades or asked.levels
    return bool(asks) and framed_otherwise(asked, *framing(leads, hit, start, end))


#: Rows written out after the chunks read, each with the chunk they were found from (`ReaderAnswerer._named_rows`).
Written = Sequence[tuple[Hit, RowText]]


def said_as_asked(asked: Particulars, leads: Leads, read: Sequence[Hit], written: Written, first: int) -> Admissible:
    """Whether a span of the chunks `read`, or of the rows `written` out after them (read as passages `first`…),
    is framed as asked (`framed_as_asked`): 2028's target beside the 2026 one the reader chose for "2028年…的目标",
    a row's cell under "2024年" beside the one under 2023年. A notice line is framed by nothing of its own."""

    def fits(candidate: Candidate) -> bool:
        k = candidate.passage - first
        if not 0 <= k < len(read) + len(written):
            return False
        return framed_as_asked(asked, *framing(leads, *in_chunk(read, written, k, candidate.start, candidate.end)))

    return fits


def in_chunk(read: Sequence[Hit], written: Written, passage: int, start: int, end: int) -> tuple[Hit, int, int]:
    """Where a span `start:end` of a passage is in its chunk, given the chunks `read` and then the rows `written`
    out: a cell of rows written out (`RowText.placed`) is where its row is."""
    if passage < len(read):
        return read[passage], start, end
    row, _, at, to = written[passage - len(read)][1].placed(start, end)
    return Hit(row.chunk, 0.0, None, None), at, to


def within_row(asked: Particulars, read: Sequence[Hit], written: Written, reading: Reading) -> Reading | None:
    """The reading moved to the one cell of its table row whose column's header frames it as asked, if there is
    one: the reader chose the row (伊川县) and the question's year the column ("2024年R&D经费" beside the
    2025年 cell it read)."""
    if reading.passage < len(read):
        row = row_at(read[reading.passage].chunk, reading.start)
        cells = [] if row is None else [(a, b, row, c) for c, a, b in cell_spans(row)]
    else:
        rows = written[reading.passage - len(read)][1]
        row = rows.placed(reading.start, reading.end)[0]
        cells = [cell for cell in rows.cells if cell[2] is row]
    header = row.table.header if row is not None else ()  # each header read as a frame of its own, under no title
    asked_cells = [
        (a, b) for a, b, _, c in cells if b > a and c < len(header) and framed_as_asked(asked, (header[c], ""))
    ]
    return replace(reading, start=asked_cells[0][0], end=asked_cells[0][1]) if len(asked_cells) == 1 else None
