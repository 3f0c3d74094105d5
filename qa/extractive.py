"""The default answerer: pick the sentence that answers, in the document's own words.

No local generative model is usable here, so the answer is extracted. From
the retrieved chunks, every sentence (and, for long sentences, every window
of clauses) is scored by how much of the question it covers (IDF-weighted,
so rare words such as names count most), by its chunk's retrieval score and
by whether it has the kind of fact the question asks for (a number with a
unit for 多少, a date for 何时 …). The best one becomes the answer, with a
short span where the type allows. When the evidence does not cover the
question, or a number the question names is absent, the answerer refuses.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from qa.answer import Answer, Citation
from qa.chunking import Chunk
from qa.enumeration import Item, counted_list
from qa.evidence import ASKS_MANY, EVIDENCE, LEAD_UNIT, has_asked_fact
from qa.keyword import tokenize
from qa.notice import notice_hits, notice_line
from qa.question import Question, analyse
from qa.retrieve import Hit, Retriever
from qa.script import detect_script, in_script, to_simplified
from qa.sections import is_table_row
from qa.short_answer import short_answer
from qa.tables import is_data_row, parse_table
from qa.units import answer_spans, sentences

_MAX_ANSWER = 150
_YEAR = re.compile(r"(?:19|20)\d{2}")
#: A table's caption line names the table; it holds no data to answer with.
_CAPTION = re.compile(r"表\s*\d")
_RESPONSIBLE = re.compile(r"谁负责|哪些单位负责|责任单位|配合|\bresponsible\b")
_PROJECT = re.compile(r"项目|工程|专项")
_TARGET = re.compile(r"目标|\btargets?\b")
_ROW = re.compile(r"(?:序号|\bno\.|\bitem|\bnumber|#)\s*(\d+)")
#: How many of the best-scored sentences may be tried before refusing.
_TRIES = 3
_MAX_CACHED_SENTENCES = 50_000
#: How much sentence-to-question similarity counts for an English question, with and without
#: translated terms to cover (the model's cross-lingual similarity is a weak signal on its own).
_MEANING_WEIGHT = 0.5
_MEANING_ONLY_WEIGHT = 1.5
#: Corpora with more answer units than this are embedded lazily, per English question, instead.
_WARM_UP_LIMIT = 5_000

REFUSAL = {
    "zh-Hans": "资料中没有找到能回答这个问题的内容。以下是最接近的段落，仅供参考。",
    "zh-Hant": "資料中沒有找到能回答這個問題的內容。以下是最接近的段落，僅供參考。",
    "en": "The documents do not answer this question. The closest passages are listed for reference.",
}


@dataclass(frozen=True)
class _Candidate:
    hit: Hit
    start: int  # offsets in the cleaned document
    end: int
    text: str
    simple: str
    score: float
    coverage: float
    #: A notice's issuer or date line, asked for by "由哪个单位印发 / 印发日期": its topic is the notice.
    signature: bool = False


class ExtractiveAnswerer:
    """Extractive answers with citations.

    The refusal thresholds: `min_coverage` of a Chinese question's terms; for an English question,
    `min_coverage_en` of its translated phrases and a best dense score of `min_dense`.
    """

    def __init__(
        self,
        retriever: Retriever,
        *,
        min_coverage: float = 0.35,
        min_coverage_en: float = 0.25,
        min_dense: float = 0.745,
    ) -> None:
        self.retriever = retriever
        self.min_coverage = min_coverage
        self.min_coverage_en = min_coverage_en
        self.min_dense = min_dense
        chunks = retriever.index.chunks
        df: Counter[str] = Counter()
        for chunk in chunks:
            df.update(set(tokenize(chunk.index_text())))
        self._df = df
        self._n = max(len(chunks), 1)
        #: Sentence vectors for English questions, filled on first use (bounded by `_MAX_CACHED_SENTENCES`).
        self._sentence_vectors: dict[str, np.ndarray] = {}
        #: All indexed text, to tell whether the corpus mentions a name at all.
        self._vocabulary = "\n".join(to_simplified(c.index_text()).lower() for c in chunks)
        #: Each document's chunks in order, for answers assembled from consecutive paragraphs.
        self._chunks_by_doc: dict[str, list[Chunk]] = {}
        for chunk in sorted(chunks, key=lambda c: (c.doc_id, c.start)):
            self._chunks_by_doc.setdefault(chunk.doc_id, []).append(chunk)
        #: Years a document mentions anywhere (its number, date, title): "2021年…" may be asked of any chunk.
        self._years: dict[str, set[str]] = {}
        for chunk in chunks:
            self._years.setdefault(chunk.doc_id, set()).update(_YEAR.findall(chunk.index_text()))

    def idf(self, term: str) -> float:
        return math.log(1 + self._n / (1 + self._df.get(term, 0)))

    # --- scoring ------------------------------------------------------------------------------

    def _coverage(self, q: Question, simple: str) -> float:
        """IDF-weighted share of the question's terms found in `simple`.

        An English question's terms are its translated phrases: a phrase counts as found when any
        of its Chinese renderings is, weighted by the rarest of them; a dictionary word the corpus
        has no rendering of ("population") is never found.
        """
        groups = [term.chinese for term in q.gloss] if q.gloss else [(t,) for t in q.terms]
        if not groups:
            return 0.0
        unseen = self.idf("")  # a phrase the corpus has no word for weighs like a word it never uses
        weights = [max((self.idf(w) for w in group), default=unseen) for group in groups]
        found = sum(w for w, group in zip(weights, groups, strict=True) if any(t in simple for t in group))
        total = sum(weights)
        return found / total if total else 0.0

    def _candidates(self, q: Question, hits: Sequence[Hit]) -> list[_Candidate]:
        top = max((h.score for h in hits), default=1.0) or 1.0
        asked_row = _ROW.search(q.simple)
        row = asked_row.group(1) if asked_row else None  # "序号4" / "item no. 4": the row numbered 4
        asks_responsible = _RESPONSIBLE.search(q.simple) is not None
        signature = notice_line(q)
        asks_target = q.qtype != "quantity" and _TARGET.search(q.simple) is not None  # a target is usually a number
        out: list[_Candidate] = []
        for hit in [*hits, *notice_hits(hits, signature, self._chunks_by_doc)]:
            chunk = hit.chunk
            context = to_simplified(f"{chunk.title} {chunk.section}").lower()
            for s, e in answer_spans(chunk.text):
                text = chunk.text[s:e]
                simple = to_simplified(text).lower()
                coverage = self._coverage(q, simple)
                with_context = self._coverage(q, simple + " " + context)
                pattern = LEAD_UNIT if q.qtype == "organisation" and q.asks_lead else EVIDENCE.get(q.qtype)
                signed = signature is not None and signature.fullmatch(simple) is not None
                typed = bool(pattern.search(simple)) if pattern else q.qtype == "table" and is_data_row(chunk.text, s)
                score = (
                    1.0 * coverage
                    + 0.4 * with_context
                    + 0.5 * hit.score / top
                    + (0.35 if typed else 0.0)
                    + (0.3 if asks_responsible and "责任单位" in simple else 0.0)
                    + (0.3 if asks_target and EVIDENCE["quantity"].search(simple) else 0.0)
                    + (1.5 if signed else 0.0)
                    + 0.04 * min(_longest_shared(q.simple, simple), 12)
                    - 0.15 * len(text) / _MAX_ANSWER
                    - (0.5 if _informative_chars(simple, q) < 4 else 0.0)
                    + (0.5 if row and text.split("|", 1)[0].strip() == row else 0.0)
                    - (0.5 if q.qtype == "table" and _CAPTION.match(text) else 0.0)
                )
                out.append(_Candidate(hit, chunk.start + s, chunk.start + e, text, simple, score, with_context, signed))
        if q.language == "en" and out:
            out = self._add_meaning(q, out)
        return sorted(out, key=lambda c: -c.score)

    def _add_meaning(self, q: Question, candidates: list[_Candidate]) -> list[_Candidate]:
        """English questions share no words with Chinese text: score sentences by embedding similarity.

        Only the sentences of the best chunks are scored, and each sentence is embedded once per
        process (the corpus is fixed while serving), so repeat visits to a chunk cost nothing.
        """
        embedder = self.retriever.embedder
        scores = {c.hit.chunk.chunk_id: c.hit.score for c in candidates}
        best_chunks = set(sorted(scores, key=lambda cid: -scores[cid])[:5])
        chosen = [c for c in candidates if c.hit.chunk.chunk_id in best_chunks][:200]
        fresh = list(dict.fromkeys(c.text for c in chosen if c.text not in self._sentence_vectors))
        if fresh and len(self._sentence_vectors) + len(fresh) <= _MAX_CACHED_SENTENCES:
            self._sentence_vectors.update(zip(fresh, embedder.embed_passages(fresh), strict=True))
        missing = [c.text for c in chosen if c.text not in self._sentence_vectors]
        extra = dict(zip(missing, embedder.embed_passages(missing), strict=True)) if missing else {}
        known = self._sentence_vectors | extra if extra else self._sentence_vectors
        vectors = np.stack([known[c.text] for c in chosen])
        sims = vectors @ embedder.embed_query(q.text)
        lo, hi = float(sims.min()), float(sims.max())
        scale = (hi - lo) or 1.0
        weight = _MEANING_WEIGHT if q.gloss else _MEANING_ONLY_WEIGHT
        return [
            replace(c, score=c.score + weight * (float(sim) - lo) / scale) for c, sim in zip(chosen, sims, strict=True)
        ]

    def warm_up(self) -> None:
        """Embed every answer unit of a small corpus now, so no English question pays for it later
        (the seed corpus: ~940 units, ~9 s once at start-up instead of 0.2–0.8 s on a first visit)."""
        texts = {chunk.text[s:e] for chunk in self.retriever.index.chunks for s, e in answer_spans(chunk.text)}
        fresh = sorted(texts - self._sentence_vectors.keys())
        if fresh and len(fresh) <= _WARM_UP_LIMIT:
            self._sentence_vectors.update(zip(fresh, self.retriever.embedder.embed_passages(fresh), strict=True))

    # --- answering ----------------------------------------------------------------------------

    def answer(self, question: str, hits: Sequence[Hit]) -> Answer:
        q = analyse(question, self.retriever.glossary)
        if any(name not in self._vocabulary for name in q.names):
            return self._refuse(q, hits)
        items = counted_list(q, hits, self._chunks_by_doc)
        if items:
            picked = [_item_candidate(item) for item in items]
        else:
            candidates = self._candidates(q, hits)
            best = next((c for c in candidates[:_TRIES] if self._supported(q, c, hits)), None)
            if best is None:
                return self._refuse(q, hits)
            picked = self._table_rows(q, best) or [best]
        best = picked[0]
        same_script = detect_script(best.hit.chunk.text) == q.language
        parts = [self._display(c) for c in picked]
        if len(picked) > 1 and is_table_row(best.text):  # one caption, then each row with its own marker
            caption = parts[0].split("：", 1)[0] + "：" if "：" in parts[0] else ""
            parts = [caption + parts[0].removeprefix(caption)] + [p.removeprefix(caption) for p in parts[1:]]
        text = "；".join(f"{p if same_script else in_script(p, q.language)}[{i}]" for i, p in enumerate(parts, 1))
        return Answer(
            question=q.text,
            answer=text,
            answerable=True,
            short_answer=self._short(q, best) if len(picked) == 1 else None,
            language=q.language,
            citations=[_citation(i, c) for i, c in enumerate(picked, 1)],
            qtype=q.qtype,
        )

    def _supported(self, q: Question, best: _Candidate, hits: Sequence[Hit]) -> bool:
        """Refuse when a number the question names is absent, when a question that asks for a
        number, date or person gets a sentence without one (beyond the question's own words), or
        when too little of the question is covered (by meaning, for English questions)."""
        chunk_simple = to_simplified(best.hit.chunk.index_text()).lower()
        years = self._years.get(best.hit.chunk.doc_id, set())
        if any(n not in chunk_simple and n not in years for n in q.numbers):
            return False
        if not has_asked_fact(q, best.simple):
            return False
        project = self._project(q)
        if project is not None and project not in chunk_simple:
            return False  # "武汉光源项目的总投资" answered from a passage about other projects
        if is_table_row(best.text) and any(name not in chunk_simple for name in q.names):
            return False  # a table lists its items: one it does not name (孝感…) is not in it
        if q.language == "en":
            best_dense = max(
                (h.dense for h in hits if h.dense is not None), default=None
            )  # the top hit may be BM25-only
            covered = best.coverage >= self.min_coverage_en or not q.gloss
            return covered and best_dense is not None and best_dense >= self.min_dense
        return best.signature or best.coverage >= self.min_coverage

    def _project(self, q: Question) -> str | None:
        """The named project or programme the question asks about ("武汉光源项目"), if the corpus names it."""
        found = [
            q.simple[start : m.end()]
            for m in _PROJECT.finditer(q.simple)
            for start in range(max(0, m.end() - 14), m.end() - 5)
            if q.simple[start : m.end()] in self._vocabulary
        ]
        return max(found, key=len, default=None)

    def _refuse(self, q: Question, hits: Sequence[Hit]) -> Answer:
        see_also = [_chunk_citation(i, h) for i, h in enumerate(hits[:3], start=1)]
        return Answer(
            question=q.text,
            answer=REFUSAL[q.language],
            answerable=False,
            short_answer=None,
            language=q.language,
            citations=[],
            qtype=q.qtype,
            see_also=see_also,
        )

    @staticmethod
    def _display(best: _Candidate) -> str:
        """A table row is shown with its caption and column names, so it reads on its own."""
        chunk = best.hit.chunk
        table = parse_table(chunk.text, chunk.context) if is_table_row(best.text) else None
        row = next((r for r in table.rows if chunk.start + r.start == best.start), None) if table else None
        if table is None or row is None:
            return best.text
        return f"{table.caption}：{table.describe(row)}" if table.caption else table.describe(row)

    @staticmethod
    def _short(q: Question, best: _Candidate) -> str | None:
        return best.text if best.signature else short_answer(q, best.text, best.simple)  # a signature line is short

    def _table_rows(self, q: Question, best: _Candidate) -> list[_Candidate] | None:
        """For "which ones" questions about a table: every data row that matches the question best."""
        chunk = best.hit.chunk
        table = parse_table(chunk.text, chunk.context)
        if table is None or not table.rows or not ASKS_MANY.search(q.simple):
            return None
        cells = [to_simplified(" ".join(row.cells)).lower() for row in table.rows]
        # names that pick some rows but not all ("鄂州和咸宁各自…"): the rows naming any of them
        keys = [name for name in q.names if 0 < sum(name in c for c in cells) < len(cells)]
        scored = [
            (float(any(k in c for k in keys)) if keys else self._coverage(q, c), row)
            for c, row in zip(cells, table.rows, strict=True)
        ]
        top = max(score for score, _ in scored)
        return [
            _Candidate(
                best.hit,
                chunk.start + row.start,
                chunk.start + row.end,
                chunk.text[row.start : row.end],
                to_simplified(chunk.text[row.start : row.end]).lower(),
                best.score,
                best.coverage,
            )
            for score, row in scored
            if score >= top - 1e-9
        ]


def _item_candidate(item: Item) -> _Candidate:
    """A counted list's item, cited like any answer sentence (score 0: it was found by position)."""
    text = item.chunk.text[item.start : item.end]
    simple = to_simplified(text).lower()
    hit = Hit(item.chunk, 0.0, None, None)
    return _Candidate(hit, item.chunk.start + item.start, item.chunk.start + item.end, text, simple, 0.0, 1.0)


def _longest_shared(a: str, b: str) -> int:
    """Length of the longest run of characters shared by the question and a candidate (names, titles)."""
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best


def _informative_chars(simple: str, q: Question) -> int:
    """Han/digit characters a candidate adds beyond the question's own words (an echo is no answer)."""
    rest = simple
    for term in q.terms:
        if len(term) > 1:
            rest = rest.replace(term, "")
    return len(re.findall(r"[\u4e00-\u9fff\d]", rest))


def _citation(n: int, c: _Candidate) -> Citation:
    chunk = c.hit.chunk
    return Citation(
        n, chunk.doc_id, chunk.source, chunk.title, chunk.section, c.text, c.start, c.end, round(c.score, 4)
    )


def _chunk_citation(n: int, hit: Hit) -> Citation:
    chunk = hit.chunk
    spans = sentences(chunk.text) or [(0, len(chunk.text))]
    first = next((span for span in spans if span[1] - span[0] >= 20), spans[0])
    quote = chunk.text[first[0] : first[1]]
    return Citation(
        n,
        chunk.doc_id,
        chunk.source,
        chunk.title,
        chunk.section,
        quote,
        chunk.start + first[0],
        chunk.start + first[1],
        round(hit.score, 4),
    )
