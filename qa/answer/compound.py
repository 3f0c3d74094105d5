"""Questions that ask two things at once: answer each part, then join the answers.

"光谷大走廊行动方案是由哪个单位印发的？印发日期是哪天？" has two answers, usually
in different sentences and sometimes in different documents. An extractive
answerer picks one sentence, so the question is split at its inner question
marks (or semicolons, or a comma between two clauses that both ask: "新港渔港是何时
动工，何时完工的？"), each part is retrieved and answered on its own, and the
answers are joined with their citations renumbered. A later part often leaves
its topic implicit ("印发日期是哪天？"), so it is retrieved together with the
first part.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from qa.answer.types import Answer, Answerer, Citation, WarmsUp
from qa.ingest import detect_script, in_script
from qa.search import Hit, Retriever

_PART = re.compile(r"[^？?；;]+[？?；;]?")
_QUOTED = re.compile(r"「[^」]*」|『[^』]*』|“[^”]*”|《[^》]*》|\"[^\"]*\"")
#: Marks inside quotes are held as private-use characters while the question is split, then released.
_HOLD = str.maketrans("？?；;，,", "\ue000\ue001\ue002\ue003\ue004\ue005")
_RELEASE = str.maketrans("\ue000\ue001\ue002\ue003\ue004\ue005", "？?；;，,")
#: English asks two things in one sentence: "When was it issued, and by which office?"
_AND_ASKS = re.compile(r",?\s+and\s+(?=(?:by |in |for |from |at )?(?:which|what|how|when|who|whom|where)\b)", re.I)
_MARKER = re.compile(r"\[(\d+)\]")
_CLAUSE = re.compile(r"([，,])")
_NOT_ASKING = re.compile(r"任何|几乎|幾乎|哪怕|何况|何況")
_PRONOUN = re.compile(r"它们|它")
#: What refers a later part back to the first part's topic: it, its, that, this.
_BACK = re.compile(r"它|其|该|該|此")
#: What ends a subject only to link it to its question word ("方案是|由|在…"); a later part has its own.
_LINKING = re.compile(r"(?:是|由|在|为|被|于|的)+$")
#: The question word that ends a part's subject ("光谷大走廊行动方案是由哪个单位印发的").
QUESTION_WORD = re.compile(
    r"什么时候|什么时间|什么地方|什么样的?|什么|哪一年|哪一天|哪年|哪天|哪里|哪儿|"
    r"哪[一两二三四五六七八九十几]?[个家位种项所条座类次部国省市年月支名届款件本只些]?|"
    r"多少[个家位种项所条座年元人次倍]?|多大|多长|多久|多高|多远|"
    r"几[个家位种项所条座类次年月天名届倍]?|谁|何时|何地|何处|何人|何种|何物|何|怎样|如何|怎么"
)
#: A fragment shorter than this ("对吗？") is not a question of its own.
_MIN_PART = 4
#: Most parts a question is answered in, one retrieval and reading each. The in-house and held-out sets never
#: ask more than two; "光谷有几个园区？" written 120 times (960 characters, within the API's limit) took 17 s
#: as 120 parts. A text that asks more is read as one question.
MAX_PARTS = 4

NOT_FOUND = {
    "zh-Hans": "（“{part}”：资料中没有找到。）",
    "zh-Hant": "（“{part}”：資料中沒有找到。）",
    "en": "(“{part}”: not found in the documents.)",
}


def split_question(question: str) -> list[str]:
    """The separately answerable parts of a question, in order; one part when it asks one thing (or more than
    `MAX_PARTS`). A mark inside quotes is what is quoted ("「殿下先谒陵乎？先即位乎？」这句话是谁说的？" asks one
    thing)."""
    marked = _marked(question)
    parts = [piece for p in marked for piece in (_AND_ASKS.split(p) if detect_script(p) == "en" else _asks(p))]
    parts = [p.translate(_RELEASE) for p in parts if len(p.rstrip("？?；;")) >= _MIN_PART]
    return parts if 1 < len(parts) <= MAX_PARTS else [question]


def _marked(question: str) -> list[str]:
    """The question's parts at its question marks and semicolons (those inside quotes held, `_HOLD`)."""
    held = _QUOTED.sub(lambda m: m.group().translate(_HOLD), question.strip())
    parts: list[str] = []
    for part in (p.strip() for p in _PART.findall(held)):
        if parts and not _separate(parts[-1], part):
            parts[-1] += part
        else:
            parts.append(part)
    return parts


def _separate(before: str, part: str) -> bool:
    """Whether `part` asks a question of its own after `before`: after a question mark when it ends with one
    or asks; after a semicolon when both ask ("…攻入哪里；郑成功奉敕南下勤王？" is one question)."""
    if before.endswith(("？", "?")):
        return part.endswith(("？", "?")) or _asking(part)
    return _asking(before) and _asking(part)


def _asks(part: str) -> list[str]:
    """A Chinese part split at each comma between clauses that both ask something ("…是哪个单位印发的，哪天
    印发的？"); a comma after a clause that only sets the scene ("到2025年，…是多少？") stays."""
    clauses = _CLAUSE.split(part)  # clause, comma, clause, …
    pieces = [clauses[0]]
    for comma, clause in zip(clauses[1::2], clauses[2::2], strict=True):
        if _asking(clause) and _asking(pieces[-1]):
            pieces.append(clause)
        else:
            pieces[-1] += comma + clause
    return pieces


def _asking(clause: str) -> bool:
    """Whether a clause asks something: a question word of two characters or "谁", outside words that do
    not ask ("任何", "几乎"); a lone 几/何/哪 is as often a name ("几内亚", "何韵诗")."""
    words = QUESTION_WORD.finditer(_NOT_ASKING.sub("", clause))
    return any(len(m.group()) >= 2 or m.group() == "谁" for m in words)


class CompoundAnswerer:
    """Wraps an answerer: single questions pass straight through, compound ones are answered part by part."""

    def __init__(self, inner: Answerer, retriever: Retriever) -> None:
        self.inner = inner
        self.retriever = retriever

    def warm_up(self) -> None:
        if isinstance(self.inner, WarmsUp):
            self.inner.warm_up()

    def answer(self, question: str, hits: Sequence[Hit]) -> Answer:
        parts = split_question(question)
        if len(parts) == 1:
            return self.inner.answer(question, hits)
        k = max(len(hits), 1)
        answers = [self.inner.answer(parts[0], self.retriever.search(parts[0], k=k))]
        later = parts[1:]
        if not answers[0].answerable:
            if len(_marked(question)) == 1:  # split at a comma: maybe one question after all
                return self.inner.answer(question, hits)
            if any(_BACK.search(part) or (QUESTION_WORD.match(part) and _asking(part)) for part in later):
                return replace(answers[0], question=question)  # about the first part's topic ("宜昌…？其项目是什么？")
            # parts of their own ("火星基地投资多少？2023年实施了几项“尖刀”工程？"): answered, the first one not found
            answers += [self.inner.answer(part, self.retriever.search(part, k=k)) for part in later]
            return join(question, parts, answers)
        answers += [
            self.inner.answer(_resolve(part, parts[0]), self.retriever.search(f"{parts[0]} {part}", k=k))
            for part in later
        ]
        return join(question, [parts[0], *later], answers)


def _resolve(part: str, first: str) -> str:
    """A later part asked about what the first part names: "…？它的建成状态是什么？" ("它" is that), and a
    part with no subject of its own ("表1中第4项是什么，什么时候建成？": 表1中第4项什么时候建成？)."""
    asked = QUESTION_WORD.search(first)
    subject = first[: asked.start()].strip(" ，,") if asked else ""
    if not 2 <= len(subject) <= 30:
        return part
    if QUESTION_WORD.match(part) and _asking(part):
        return _LINKING.sub("", subject) + part
    return _PRONOUN.sub(subject, part, count=1)


def join(question: str, parts: Sequence[str], answers: Sequence[Answer]) -> Answer:
    """One answer from the parts' answers: texts in order, citations renumbered and shared when identical, the
    parts' short answers joined."""
    answered = [(part, a) for part, a in zip(parts, answers, strict=True) if a.answerable]
    first = answers[0]
    # the asker's script, from the whole question: a part may have too few characters to tell ("哪些已建成？")
    language = detect_script(question)
    if not answered:
        see_also = _renumber_all([c for a in answers for c in a.see_also])
        return replace(first, question=question, see_also=see_also, short_answer=None)
    citations: list[Citation] = []
    texts: list[str] = []
    for _, a in answered:
        numbers: dict[int, int] = {}
        for c in a.citations:
            same = next(
                (kept for kept in citations if (kept.doc_id, kept.start, kept.end) == (c.doc_id, c.start, c.end)), None
            )
            if same is None:
                same = replace(c, n=len(citations) + 1)
                citations.append(same)
            numbers[c.n] = same.n
        text = in_script(_renumber_markers(a.answer, numbers), language)
        if text not in texts:  # one passage answering both parts is said once
            texts.append(text)
    missing = [
        NOT_FOUND[language].format(part=part.rstrip("？?；;"))
        for part, a in zip(parts, answers, strict=True)
        if not a.answerable
    ]
    shorts = [in_script(a.short_answer, language) for _, a in answered if a.short_answer]
    return replace(
        answered[0][1],
        question=question,
        answer="".join(_end(t) for t in texts) + "".join(missing),
        # each part's span, in order ("60余项；500亿元"); none when a part's answer has none (a counted list)
        short_answer="；".join(dict.fromkeys(shorts)) if len(shorts) == len(answered) else None,
        language=language,
        citations=citations,
        see_also=[],
    )


def _renumber_markers(text: str, numbers: dict[int, int]) -> str:
    return _MARKER.sub(lambda m: f"[{numbers.get(int(m.group(1)), int(m.group(1)))}]", text)


def _end(text: str) -> str:
    """Parts are joined as sentences: each ends with a full stop unless it already has closing punctuation;
    a clause mark it ends with ("各成员单位：[1]", a quote cut before its list) gives way to the stop."""
    if re.search(r"[。！？.!?]\s*(?:\[\d+\])*$", text):
        return text
    return re.sub(r"[：:，,；;、]?(\s*(?:\[\d+\])*)$", r"\1", text, count=1) + "。"


def _renumber_all(citations: Sequence[Citation]) -> list[Citation]:
    unique: list[Citation] = []
    for c in citations:
        if all((u.doc_id, u.start, u.end) != (c.doc_id, c.start, c.end) for u in unique):
            unique.append(replace(c, n=len(unique) + 1))
    return unique[:5]
