"""The particulars a question pins its answer to: the years, event ordinals and numbers it names ("2022年",
"第三次会议", "59街", "44.01%") and the grades of an evaluation or classes of a prize ("评价为良好", "二等奖").

A document that never says a year, ordinal or number the question names answers another question, however
well a passage of it matches: asked for the 2022 target, a plan that only gives 2021's has nothing to say;
asked about the third meeting, a report of the first has nothing either. The reader learnt this only in part
from its perturbed training negatives: on the held-out dev split it still answers 15 of 30 questions whose
year or ordinal was changed to one their passage lacks, and 19 of 39 whose number was, while few answerable
questions name one their passage lacks (years and ordinals: 0 of 34 on the dev split, 4 of 250 on training
articles; numbers of two digits or more: 6 of 417 in all of CMRC 2018 train, mostly written another way,
"04年" for 2004). The test is on the whole document, not the chunk: a plan says its year in its title or
opening, not in every section ("武汉2021年方案…" asks of a chunk that never repeats 2021). A question no
retrieved document pins down is refused; one whose particulars the retrieved documents say only between them
compares them, and each is read for its own (`pinned`). A grade is pinned the same way: what a plan gives a
platform rated 优秀 answers nothing about one rated 良好.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import reduce

from qa.answer.levels import level_frame, levels
from qa.ingest import Chunk, document_text, fold_forms, to_simplified

_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
#: A year of the Republic of China, as Taiwan's documents date ("115年度", "民國115年"): 1911 years before the
#: Gregorian one, so a notice that only says 115年 says 2026, as "the 2026 (ROC year 115) round" asks (its 115
#: is said as a number). Not the other way: a document that says 2026 says no ROC year 115 (which 2025 would
#: make any document's "year 114").
_ROC_YEAR = re.compile(r"(?<![\d.])(1[0-4]\d|150)(?=\s*年)")  # 2011–2061
_ROC_OFFSET = 1911
#: "2023—2025年", "2023-2025", "2023年至2025年" (a lost character "〓" may stand before the dash): a span of
#: years says each year within it.
_YEARS = re.compile(r"(?<!\d)((?:1[5-9]|20)\d\d)\s*年?[^\w—–\-~～]?\s*[—–\-~～至到]\s*((?:1[5-9]|20)\d\d)(?!\d)")
#: Ordinals of events (meetings, sessions, batches, rounds, phases), in either script; "第三条" (an article
#: of a regulation) or "全国第二" (a ranking) are not particulars of the question but what it asks. A round
#: of applications is a 批 in the mainland and a 梯次 in Taiwan ("第二梯次受理"): one counter.
_ORDINAL = re.compile(r"第([零〇一二两兩三四五六七八九十百\d]+)\s*(梯次|次|届|屆|批|期|轮|輪)")
#: The first of events said with 首 ("首次会议", "首批名单", "首届"): a document saying so says 第一次, 第一批, 第一届.
_FIRST = re.compile(r"首\s*(梯次|次|届|屆|批|期|轮|輪)")
#: A phase a document numbers without 第 ("中心（一期）", "二期工程"), as it often does.
_PHASE = re.compile(r"(?<![第\d])([一二三四五六七八九十]|\d+)\s*期")
#: Ordinals of events asked in English ("the third round", "2nd batch", "the first application round"), by the
#: words an English version of a notice translates 批, 轮 and 期 by. Not "session": "the 3rd session" of a
#: congress is its 第三次会议, of an expo its 第三届.
_EN_NUMBERS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_EN_ORDINAL = re.compile(
    rf"\b({'|'.join(_EN_NUMBERS)}|\d+(?:st|nd|rd|th))\s+(?:[a-z&-]+\s+){{0,2}}?(batch(?:es)?|rounds?|phases?)\b",
    re.IGNORECASE,
)
_EN_COUNTER = {"batch": "批", "round": "轮", "phase": "期"}
_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2, "兩": 2}
_COUNTER = {"屆": "届", "輪": "轮", "梯次": "批"}
#: Numbers of two or more digits (a single digit is too often a count said in words: 3个, 三个); thousands
#: separators are dropped first ("2,000" is 2000) and a decimal's trailing zeros do not count ("4.20" is 4.2). An
#: English ordinal ("the 15th Five-Year Plan", 十五五) is none.
_NUMBER = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.]\d)(?!(?:st|nd|rd|th)\b)")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
#: An amount of money asked in English ("500 million yuan", "(in 10,000 yuan)"): documents write it in 万 and 亿
#: (5亿元, 万元), so its digits are no particular any document says.
_AMOUNT = re.compile(r"\d[\d,.]*\s*(?:thousand|million|billion)?\s*(?:yuan|rmb|renminbi)\b", re.IGNORECASE)
#: A year a question shortens to two digits ("25年的目标", "04年"): said by a document that says 2025 (or 1925)
#: or the number 25 itself ("成立25年"). Read as a number, "25年" was refused against a plan that says 2025年.
_SHORT_YEAR = re.compile(r"(?<![\d.])(?<!\d[—–\-~～至到])(\d\d)(?=\s*年)")  # not a span's end: "2008–09年"
#: Years written as years ("2027年", "2024—2026年", `year_frame`), not four-digit counts ("1500名").
_A_YEAR = r"(?:1[5-9]|20)\d\d(?:\s*年?\s*[—–\-~～至到]\s*(?:1[5-9]|20)\d\d)?\s*年"
_YEARS_WRITTEN = re.compile(f"(?P<years>{_A_YEAR})")
#: A year a figure is compared with ("成本较2024年下降30%", "比2020年增长"): the figure is not that year's.
_COMPARED = re.compile(r"(?:较|比|同比|相比)\s*(?:1[5-9]|20)\d\d\s*年")
_BY = r"(?:力争|力爭|计划|計劃|预计|預計)?(?:到|至|截至|截止到?|在)?\s*"
_OPENING = r"(?:^|[。；;！!？?：:\n])\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[）).、．]\s*)?"
#: Such years opening a line, sentence or clause, after its number and a "by" ("到2027年，", "2. 力争到2026年"):
#: the years it is about.
_OPENING_YEARS = re.compile(_OPENING + _BY + _YEARS_WRITTEN.pattern)
#: The same, or after a comma ("会议指出，2025年全市…") unless it begins a date ("，2026年5月8日截止"), as what the
#: text after it is about (`preceding_frame`). Read in the answer's own sentence too, it refused a dev question.
_CLAUSE_YEARS = re.compile(f"(?:{_OPENING}|[，,]\\s*(?={_BY}{_A_YEAR}(?!\\s*\\d))){_BY}{_YEARS_WRITTEN.pattern}")
#: Grades of an evaluation and classes of a prize, longest first ("不合格" is no "合格"): one grade's award is no
#: answer about another's. A prize class is always one; an evaluation's grade only where an evaluation names it
#: (`grades`), not as praise ("营造良好氛围", "优秀人才").
_GRADE = re.compile("特等奖|一等奖|二等奖|三等奖|优秀奖|基本合格|不合格|优秀|良好|合格|较差")
_PRIZE = re.compile("[特一二三]等奖|优秀奖")
#: A character every grade holds, in either script, or a word that asks one in English.
_MAY_GRADE = re.compile(r"[奖獎优優良格差]|rat(?:ed|ing)|graded|evaluated|assessed|prize", re.IGNORECASE)
#: What names a grade before it ("评价结果为良好", "获评优秀", "考核合格", "90分以上为优秀"), within its clause.
_CUE = re.compile(
    r"(?:评价|评估|考核|评审|评定|评为|获评|检查|验收|审查|查验|测评|结果|(?:以上|以下|[分的])为)[^，。；;,、\n]{0,4}$"
)
#: What names one after it: "优秀等次", "良好（75—89分）", "良好的，按…" / "良好的给予…" (what a grade is given).
_AFTER = re.compile(r"[”\"」』]?\s*(?:等次|等级|档次|[（(]\d|的[，,]?\s*(?:给予|按|奖|补|最高|一次性|再))")
#: What joins grades in a list ("优秀、良好、合格和不合格"): a grade beside a named one is named too.
_JOIN = re.compile(r"[”\"」』]?\s*[、和及与或/]\s*[“\"「『]?")
#: An evaluation's grade or a prize's class asked in English ("rated 'qualified'", "the second prize").
_EN_GRADE = re.compile(
    r"\b(?:rated|graded|rating of|evaluated as|assessed as)\s+['\"‘“]?(excellent|good|basically qualified|qualified|"
    r"unqualified|pass|fail)|\b(special|first|second|third)[ -]prizes?\b",
    re.IGNORECASE,
)
_EN_GRADES = {
    "excellent": "优秀",
    "good": "良好",
    "basically qualified": "基本合格",
    "qualified": "合格",
    "pass": "合格",
    "unqualified": "不合格",
    "fail": "不合格",
    "special": "特等奖",
    "first": "一等奖",
    "second": "二等奖",
    "third": "三等奖",
}


def grades(text: str) -> frozenset[str]:
    """The grades and prize classes `text` names (`_GRADE`), in Simplified."""
    if not _MAY_GRADE.search(text):  # most texts: no script conversion for them
        return frozenset()
    text = to_simplified(text)
    found = list(_GRADE.finditer(text))
    named = [
        bool(_PRIZE.fullmatch(m.group()))
        or bool(_CUE.search(text[max(0, m.start() - 10) : m.start()]))
        or bool(_AFTER.match(text, m.end()))
        or (m.start() > 0 and text[m.start() - 1] in "（(" and text[m.end() : m.end() + 1] in ("）", ")"))
        for m in found
    ]
    for _ in range(len(found)):  # spread along lists, either way
        joined = [
            i
            for i in range(len(found) - 1)
            if named[i] != named[i + 1] and _JOIN.fullmatch(text, found[i].end(), found[i + 1].start())
        ]
        if not joined:
            break
        for i in joined:
            named[i] = named[i + 1] = True
    english = {_EN_GRADES[(m.group(1) or m.group(2)).lower()] for m in _EN_GRADE.finditer(text)}
    return frozenset({m.group() for m, n in zip(found, named, strict=True) if n} | english)


#: The framing texts that are the answer's own (its sentence, the clause its chunk frames it by, its chunk), read
#: before what its section says before it.
_OWN = 3
#: Longest span of years "2023—2025年" is read as (a longer one is two years, not a period).
_MAX_SPAN = 30


@dataclass(frozen=True)
class Particulars:
    """Years, (number, counter) ordinals and other numbers a text names."""

    years: frozenset[str]
    ordinals: frozenset[tuple[int, str]]
    numbers: frozenset[str] = frozenset()
    #: two-digit years a question names ("25年"); a document says one by its year or the number
    short_years: frozenset[str] = frozenset()
    grades: frozenset[str] = frozenset()
    #: administrative levels a question asks (`qa.answer.levels`, set by `asking`); they frame an answer, but pin
    #: no document (`within`)
    levels: frozenset[str] = frozenset()

    @classmethod
    def of(cls, text: str, *, spans: bool = False) -> Particulars:
        """What `text` names; with `spans`, what it says ("2023—2025年" says 2024; a question asking about the
        plan for 2023—2025 does not ask about 2024)."""
        text = _THOUSANDS.sub("", _AMOUNT.sub(" ", text))
        years = {m.group(1) for m in _YEAR.finditer(text)}
        years |= {str(int(m.group(1)) + _ROC_OFFSET) for m in _ROC_YEAR.finditer(text)}
        for m in _YEARS.finditer(text) if spans else ():
            first, last = int(m.group(1)), int(m.group(2))
            if 0 < last - first <= _MAX_SPAN:
                years.update(str(y) for y in range(first, last + 1))
        ordinals = {
            (n, _COUNTER.get(m.group(2), m.group(2)))
            for m in _ORDINAL.finditer(text)
            if (n := numeral_value(m.group(1))) is not None
        }
        ordinals |= {_english_ordinal(m.group(1), m.group(2)) for m in _EN_ORDINAL.finditer(text)}
        if spans:  # what a document says; a question's "首次" may mean "for the first time", its "三期" no phase
            ordinals |= {(1, _COUNTER.get(m.group(1), m.group(1))) for m in _FIRST.finditer(text)}
            ordinals |= {(n, "期") for m in _PHASE.finditer(text) if (n := numeral_value(m.group(1))) is not None}
        numbers = {_canonical(m.group()) for m in _NUMBER.finditer(text)}
        short = set() if spans else {m.group(1) for m in _SHORT_YEAR.finditer(text)}
        numbers = {n for n in numbers if n not in years | short and sum(ch.isdigit() for ch in n) >= 2}
        return cls(frozenset(years), frozenset(ordinals), frozenset(numbers), frozenset(short), grades(text))

    @classmethod
    def asking(cls, question: str) -> Particulars:
        """What a question names, its levels too (which `of` leaves out: they are read in no other text)."""
        return replace(cls.of(question), levels=levels(question))

    def __bool__(self) -> bool:
        return bool(self.years or self.ordinals or self.numbers or self.short_years or self.grades)

    def within(self, other: Particulars) -> bool:
        said = other.numbers | other.years  # "2000万元" is said, whether read as a year or a number
        return (
            self.years <= other.years
            and self.ordinals <= other.ordinals
            and self.numbers <= said
            and self.short_years <= said | other.shortened
            and self.grades <= other.grades
        )

    def meets(self, other: Particulars) -> bool:
        said = other.numbers | other.years
        return bool(
            self.years & other.years
            or self.ordinals & other.ordinals
            or self.numbers & said
            or self.short_years & (said | other.shortened)
        )  # not by a grade: documents compared by their years are not told apart by "优秀"

    @property
    def shortened(self) -> frozenset[str]:
        """The years said, as two digits ("2025" → "25")."""
        return frozenset(y[2:] for y in self.years)

    def __or__(self, other: Particulars) -> Particulars:
        return Particulars(
            self.years | other.years,
            self.ordinals | other.ordinals,
            self.numbers | other.numbers,
            self.short_years | other.short_years,
            self.grades | other.grades,
            self.levels | other.levels,
        )


def _canonical(number: str) -> str:
    return number.rstrip("0").rstrip(".") if "." in number else number


def pinned(asked: Particulars, said: Sequence[Particulars]) -> list[bool]:
    """Which documents (by what each says) may answer: those that say all the question names. When none does
    but together they say it all, the question compares documents ("Wuhan's 2021 target versus the corridor's
    2025 target"): then each that says one of them."""
    whole = [asked.within(s) for s in said]
    if any(whole) or not said or not asked.within(reduce(operator.or_, said)):
        return whole
    return [asked.meets(s) for s in said]


def with_full_years(question: str, asked: Particulars, said: Sequence[Particulars]) -> str:
    """`question` with each year it shortens ("25年") written as the one year the documents `said` end so
    ("2025年"), as they write it (unless they write the short form too): the reader, trained on full years,
    read "光谷大走廊到25年研发经费支出占比是多少？" at 0.01 against the plan that says 到2025年 (0.83 written out)."""
    years = {y for s in said for y in s.years}
    written = {n for s in said for n in s.numbers}  # a document that writes "09年" itself is read as written
    full = {short: f[0] for short in asked.short_years - written if len(f := [y for y in years if y[2:] == short]) == 1}
    return _SHORT_YEAR.sub(lambda m: full.get(m.group(1), m.group(1)), question)


def year_frame(asked: Particulars, framing: Sequence[str], before: str = "") -> bool | None:
    """Whether the text an answer would come from is framed by a year the question asks (True), by years none of
    which it asks (False), or by none (None):
    "长沙市2024年人工智能核心产业规模是多少？" read in an item under "到2027年，…具体目标是：". Its document says
    2024 elsewhere, so it was read (`pinned`), but this figure is 2027's. `framing` runs from the answer's sentence
    out to its document's title (its chunk, lead, heading, title); the nearest that frames it with a year decides:
    "到2026年，营业收入达到1200亿元" is 2026's, though the next sentence is 2027's and the plan's title spans
    2026—2028年. A text that writes a year asked anywhere, but as a comparison's ("较2024年"), is of that year;
    else a year frames it when a sentence opens with it ("到2027年，", "2. 2026年，"): a date inside one
    ("较2024年下降30%", "1966年1月1日以后出生") frames nothing. A title frames with any year it writes. Only years
    written as years count ("2027年", "2024—2026年"; not the count "1500名"). What the chunk's section says `before`
    it (`preceding_frame`) is read after the sentence and chunk: when it writes a year asked, the chunk is that
    year's ("会议指出，2025年全市…" above a paragraph of 2025's results in a report on a 2026 meeting); another year
    there frames nothing, as a report turns to other years without saying so."""
    if not asked.years:
        return None
    for depth, framed in enumerate(framing):
        if depth == _OWN and asked.years & _years(_YEARS_WRITTEN, _COMPARED.sub("", fold_forms(before))):
            return True
        text = fold_forms(framed)
        if asked.years & _years(_YEARS_WRITTEN, _COMPARED.sub("", text)):  # "…召开的2025年科技创新大会上": 2025's
            return True
        if _years(_YEARS_WRITTEN if depth == len(framing) - 1 else _OPENING_YEARS, text):
            return False
    return None


def preceding_frame(text: str) -> str:
    """The end of `text` from its last clause that opens with a year: what frames the text after it. A report
    says "会议指出，2025年全市…" once, then a paragraph per field ("科技成果转化步伐加快。全年登记…") without it."""
    starts = [m.start() for m in _CLAUSE_YEARS.finditer(text)]
    return text[starts[-1] :] if starts else ""


def _years(written: re.Pattern[str], text: str) -> frozenset[str]:
    return Particulars.of(" ".join(m.group("years") for m in written.finditer(text)), spans=True).years


def framed_otherwise(asked: Particulars, framing: Sequence[str], before: str = "", part: str | None = None) -> bool:
    """Whether `framing` (innermost first; `before` what its section says before it) is of other years, ordinals,
    grades or levels than the question asks; a level is read in the span's `part` of its sentence, if given, for
    the sentence (`qa.answer.reader.scope.framing`)."""
    return (
        year_frame(asked, framing, before) is False
        or ordinal_frame(asked, framing) is False
        or grade_frame(asked, framing) is False
        or level_frame(asked.levels, _levelled(framing, part)) is False
    )


def _levelled(framing: Sequence[str], part: str | None) -> Sequence[str]:
    return framing if part is None or not framing else (part, *framing[1:])


def framed_as_asked(asked: Particulars, framing: Sequence[str], before: str = "", part: str | None = None) -> bool:
    """Whether `framing` says each kind of particular the question asks, years and ordinals, as the one asked,
    below its document's title: a span there is theirs, where one framed by neither may be of any, and a plan
    titled "2025—2027年" holds figures of each year."""
    within = framing[:-1]
    return (
        (not asked.years or year_frame(asked, within, before) is True)
        and (not asked.ordinals or ordinal_frame(asked, within) is True)
        and (not asked.grades or grade_frame(asked, within) is True)
        and level_frame(asked.levels, _levelled(framing, part)) is not False  # its title's too: a 市级 plan's are
    )


def ordinal_frame(asked: Particulars, framing: Sequence[str]) -> bool | None:
    """As `year_frame`, for an ordinal of events: "第二批项目的申报截止时间", read in a notice titled
    "…（第一批）项目的通知", is the first batch's. Only ordinals of the counter the question asks count (a
    notice of the first batch may say when its 第二次 review is)."""
    counters = {counter for _, counter in asked.ordinals}
    for framed in framing:
        said = {o for o in Particulars.of(fold_forms(framed), spans=True).ordinals if o[1] in counters}
        if said:
            return bool(asked.ordinals & said)
    return None


def grade_frame(asked: Particulars, framing: Sequence[str]) -> bool | None:
    """As `ordinal_frame`, for grades: "获评良好的平台能拿多少" read in "对获评优秀的平台给予最高45万元" is
    refused. Only grades of the scale asked count (an evaluation's, or a prize's classes)."""
    prize = {bool(_PRIZE.fullmatch(g)) for g in asked.grades}
    for framed in framing:
        said = {g for g in grades(framed) if bool(_PRIZE.fullmatch(g)) in prize}
        if said:
            return bool(asked.grades & said)
    return None


def _english_ordinal(number: str, counter: str) -> tuple[int, str]:
    """("third", "rounds") → (3, "轮"); ("2nd", "batch") → (2, "批")."""
    word = number.lower()
    value = _EN_NUMBERS.index(word) + 1 if word in _EN_NUMBERS else int(word[:-2])
    return value, next(chinese for english, chinese in _EN_COUNTER.items() if counter.lower().startswith(english))


def numeral_value(numeral: str) -> int | None:
    """An ordinal's number, in Arabic or Chinese digits up to 999 ("十二" → 12, "二十" → 20, "一百零五" → 105)."""
    if numeral.isdigit():
        return int(numeral)
    total, digit = 0, None
    for ch in numeral:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in "十百":
            total += (1 if digit is None else digit) * (10 if ch == "十" else 100)
            digit = None
        else:
            return None
    return total + (digit or 0)


def of_document(chunks: Sequence[Chunk]) -> Particulars:
    """What a document says: its title, section paths, captions and text (its "２０２５年" is 2025, as a
    question's is: `fold_forms`)."""
    return Particulars.of(fold_forms(document_text(chunks)), spans=True)
