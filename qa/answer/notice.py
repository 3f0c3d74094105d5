"""A notice's own lines: who issued it, when, to whom, its document number, and when it takes effect.

"由哪个单位印发？" / "印发日期是哪天？" / "发给哪些单位？" are answered by lines that
stand alone in an official notice (湖北省科技创新办公室 / 2023年4月8日 / 各区人民政府，
市人民政府各部门：). They share no words with the question, so neither coverage
nor retrieval finds them; the answerer looks for them in the document retrieved first.
Nor does the reader, trained on prose, take a line standing alone for the issuer: it
answers "由哪个单位印发？" from the sentence that says 印发 ("已经省人民政府同意，现印发给
你们"). So the asked line is also written out for it, in the question's words
("印发单位：湖北省科技创新办公室", or "发布日期：…" when it asks 发布; `NoticeText`), and read
first, as table rows are written as "column：value" (`qa.answer.tables.RowText`). Read so,
11 questions for the seeds' notice lines written on 2026-12-03 (issuer, date, addressees; not the
eval set's) were answered right 10 times, against 5 before (the dates), and `make eval` gained two
answers (q066, q118) and lost none.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from qa.answer.question import Question
from qa.answer.units import sentences
from qa.ingest import CN_DATE, DOC_NUMBER, ISSUER, Chunk, to_simplified
from qa.search import Hit

#: Asking to whom a notice is addressed: its verbs, and GB/T 9704's name for that line (主送机关).
_ADDRESSED = re.compile(r"发给|下发给|印发给|主送|\baddressed\b|\bsent to\b")
#: Asking for a notice's document number: GB/T 9704's 发文字号 and what people call it (文号, 文件编号). Checked
#: before `_ISSUED`, whose 发文 it holds.
_NUMBER_ASKED = re.compile(r"文号|字号|文件编号|\b(?:document|reference|file) (?:number|no\.?)")
#: Asking who issued a notice or when: its verbs, and the names official documents give those lines (GB/T 9704:
#: 发文机关署名, 成文日期; the 落款 they stand in), so "落款日期是哪天" is read as "落款日期：2021年3月28日".
_ISSUED = re.compile(r"印发|发布|签发|发文|成文|落款|署名|\bissued\b")
#: Bodies asked for as several ("哪两个部门", "哪些单位") when a question asks who issued: a joint issue's (联合行文).
_BODIES = re.compile(r"部门|单位|机关|机构|\b(?:bodies|departments|agencies|authorities)\b")
#: Asking when a document takes effect or until when it holds: its own words for that (施行, 生效, 有效期).
_EFFECT_ASKED = re.compile(r"施行|生效|起效|有效期|失效|\btake effect\b|\beffective\b|\bexpire")
#: The sentence that says so: "本措施自2024年4月1日起施行，有效期至2027年3月31日。" It is prose, which the reader
#: reads well: its chunk is read as it is, not written out as a field (`notice_text`).
EFFECTIVE = re.compile(r".*(?:自.{1,30}起(?:施行|实施|执行|生效)|有效期).*")
#: A regulation's issuance note under its title (GB/T 9704's 题注): "（2026年3月12日柳州市人民政府办公室印发　柳政办发
#: 〔2026〕18号）". Its date and its issuers answer "何时印发" and "由哪个单位印发" as the lines of a notice do.
_ISSUANCE = re.compile(
    r"[（(]\s*(?P<date>\d{4}年\d{1,2}月\d{1,2}日)\s*(?P<issuer>[^（）()\s]{2,60}?)\s*(?:印发|发布)[^（）()]*[）)]"
)
#: "各区人民政府，市人民政府各部门：" — the bodies a notice is addressed to, on a line of their own.
_ADDRESSEES = re.compile(r"[\u4e00-\u9fff、，,（）()]{2,120}(?:政府|部门|单位|机构|厅|局|委)[\u4e00-\u9fff]{0,6}[：:]")


def notice_line(q: Question) -> re.Pattern[str] | None:
    """The pattern of the line that answers the question (matched whole, on Simplified lower-case text),
    or None when it asks none of these."""
    if _NUMBER_ASKED.search(q.simple):
        return DOC_NUMBER
    if _EFFECT_ASKED.search(q.simple):
        return EFFECTIVE
    if _ADDRESSED.search(q.simple) and q.qtype in ("organisation", "list", "person"):  # "发给谁", "addressed to whom"
        return _ADDRESSEES
    if _ISSUED.search(q.simple):  # "由谁印发" asks for the issuer as "who": a person-type question
        if q.qtype == "list" and _BODIES.search(q.simple):  # "哪两个部门联合印发": the bodies of a joint issue
            return ISSUER
        return {"date": CN_DATE, "organisation": ISSUER, "person": ISSUER}.get(q.qtype)
    return None


def notice_hits(
    read: Sequence[Hit], line: re.Pattern[str] | None, documents: Mapping[str, Sequence[Chunk]]
) -> list[Hit]:
    """Chunks of the first hit's document that hold such a line and are not among the hits `read`
    already. A chunk retrieved lower down counts as not read: the answerer reads the hits below its
    first few only when those are refused, and then answers from them only at a higher confidence."""
    if line is None or not read:
        return []
    first = read[0]
    seen = {h.chunk.chunk_id for h in read}
    return [
        Hit(chunk, first.score, None, None)
        for chunk in documents.get(first.chunk.doc_id, ())
        if chunk.chunk_id not in seen
        and any(line.fullmatch(to_simplified(chunk.text[s:e]).lower()) for s, e in sentences(chunk.text))
    ]


#: The asked line written out for the reader: the words questions ask it by ("由哪个单位印发", "印发日期",
#: "发给哪些单位"), before its value; `{verb}` is the question's own (发布, 签发), else 印发; the addressee and
#: document-number fields are the question's own words, English too (`_addressed`, `_number_field`).
FIELDS = {
    ISSUER.pattern: "{verb}单位",
    CN_DATE.pattern: "{verb}日期",
    _ADDRESSEES.pattern: "{addressed}",
    DOC_NUMBER.pattern: "{number}",
}


@dataclass(frozen=True)
class NoticeText:
    """The notice line a question asks for, written out as "field：value", and where the line is."""

    text: str
    chunk: Chunk
    start: int  # the line (less an addressee line's closing colon) in `chunk.text`
    end: int

    @property
    def labels(self) -> tuple[tuple[int, int], ...]:
        """The field's name ("印发单位："): it names, so no answer span starts or ends in it."""
        return ((0, self.text.index("：") + 1),)


def notice_text(q: Question, read: Sequence[Hit], documents: Mapping[str, Sequence[Chunk]]) -> NoticeText | None:
    """The first line of the first hit's document that answers the question (`notice_line`) written out;
    None when it asks for no such line or the document has none."""
    line = notice_line(q)
    if line is None or line is EFFECTIVE or not read:
        return None
    field = FIELDS[line.pattern].format(verb=_verb(q), addressed=_addressed(q), number=_number_field(q))
    part = {ISSUER.pattern: "issuer", CN_DATE.pattern: "date"}.get(line.pattern)
    for chunk in documents.get(read[0].chunk.doc_id, ()):
        for s, e in sentences(chunk.text):
            simple = to_simplified(chunk.text[s:e])
            if line.fullmatch(simple.lower()):
                value = chunk.text[s:e].rstrip("：:")
                return NoticeText(f"{field}：{value}", chunk, s, s + len(value))
            if part and len(simple) == e - s and (note := _ISSUANCE.fullmatch(simple)):  # its date or its issuers
                start, end = s + note.start(part), s + note.end(part)
                return NoticeText(f"{field}：{chunk.text[start:end]}", chunk, start, end)
    return None


def _verb(q: Question) -> str:
    """The Chinese verb the question asks with ("谁发布的" → 发布), else 印发 (an English "issued")."""
    found = _ISSUED.search(q.simple)
    return found.group() if found is not None and not found.group().isascii() else "印发"


def _addressed(q: Question) -> str:
    """The addressee line's field in the question's words: "发给", "下发给", "主送单位" (主送机关's line),
    "addressed to", "sent to". English words are kept: asked "Who is the plan addressed to?", the reader
    spans the notice's first sentence when the field reads 印发给, the addressee line when it reads
    "addressed to" (three seed questions, written for this check)."""
    found = _ADDRESSED.search(q.simple)
    said = found.group() if found is not None else "印发给"
    return {"主送": "主送单位", "addressed": "addressed to"}.get(said, said)


def _number_field(q: Question) -> str:
    """The document number's field: GB/T 9704's 发文字号 (文号 and 字号 are its parts), or the English
    question's own words ("document number"), which the multilingual reader matches better than the Chinese."""
    found = _NUMBER_ASKED.search(q.simple)
    return found.group() if found is not None and found.group().isascii() else "发文字号"
