"""Which kind of quantity a question asks for, and whether a span cannot give it.

A question that names the unit it wants ("多少亿元", "多少个项目", "百分之多少", "how many
enterprises") cannot be answered by a span whose figures are all of another kind: "研发投入总额要达到多少亿元"
is not answered by "研发投入占营业收入比重达到4.5%", nor "投资了多少个项目" by "总规模10亿元"; nor by prose
that gives no figure at all. A question asking how much a policy gives ("奖励多少", "多少建设补助", "how much
does it award", "the maximum subsidy") asks an amount: money or a share (a subsidy is often one: "按研发投入的
10%给予补助"), not a count, a date or prose without a figure. A question asking which day ("哪天", "what date")
is not answered by a number that names none ("2026年": a title's year beside the day it was held, 3月17日;
"10个工作日内", "60日内"), nor one asking a document's number ("文号") by a span without one ("宁波市科学技术局",
the issuer beside 甬科规〔2025〕5号). The reader, trained on questions its passages answer, gives such a span of a
near-miss question a high score; Chinese measure words say plainly that it is the wrong kind. Durations other
than days ("多少年") are asked as no kind, and bare figures ("300", a table cell whose unit is its header's) are
of any. A question asking how many days ("多少个工作日", "how many days") is answered only by a number of days
("60天", "三十日内") or a table's bare figure: not "18个月" or "7项".
"""

from __future__ import annotations

import logging
import re
from typing import Literal

import jieba

from qa.answer.tables import TableRow, says_header
from qa.ingest import heading_marker, is_table_row, to_simplified

jieba.setLogLevel(logging.WARNING)

Kind = Literal["money", "share", "amount", "count", "date", "day", "days", "number"]
#: The kinds of figure each kind asked is given by: an amount is money or a share ("how much subsidy": 最高50万元,
#: or 按研发投入的10%).
_GIVEN_BY: dict[str, frozenset[str]] = {"amount": frozenset({"money", "share"})}

_MAGNITUDE = "[十百千万亿]*"
_MONEY = "(?:人民币|港币|港元|美元|欧元|日元|英镑|澳门元|澳门币|新台币|台币|元|块钱)"
_SHARE = "(?:%|％|‰|个百分点|百分点)"
#: Measure words of things counted (a 个 of months, working days or points is not one).
_COUNT = (
    "(?:人次|家次|个(?!月|工作日|百分点|小时)"
    "|[家项人名套件所座条批台篇款户位只支部本张场届处间栋辆架艘颗株种类门份例次])"
)
#: Those a question's "多少" or "几" may be read with: not those that begin common words ("多少支持", "几部门").
_ASKED_COUNT = "(?:个(?!人|体|月|工作日|百分点|小时)|人(?!民币)|[家项名套件座条批篇户届栋辆艘架株颗次])"
_DIGITS = r"\d+(?:[.,]\d+)*"
#: What a policy gives in money or as a share of costs, and the verbs of asking for it ("最高能拿多少").
_FUNDS = "(?:补助|资助|奖励|奖补|补贴|经费|资金|预算|拨款|奖金|支持资金|扶持资金)"
_TAKE = "(?:一共|总共|合计|最高|最多)?(?:能|可|可以)?(?:拿到?|领到?|获得|给予?|安排)?"
_CHINESE = "[零〇一二两三四五六七八九十百千万亿]+"
#: "多少" or "几", not the 几 of "哪几" (which ones: a list of names).
_HOW_MANY = "(?:多少|(?<!哪)几)"

_ASKED: tuple[tuple[Kind, re.Pattern[str]], ...] = (
    ("day", re.compile(r"哪一?[天日]|几月几[日号]|\b(?:what|which) (?:date|day)\b", re.I)),
    ("number", re.compile(r"文号|发文字号|文件编号|\b(?:document|reference) (?:number|no)\b", re.I)),
    ("days", re.compile(r"(?:多少|(?<!月)几)个?(?:工作)?[天日]|\bhow many (?:working |calendar )?days\b", re.I)),
    ("share", re.compile(rf"百分之(?:多少|几)|{_HOW_MANY}{_SHARE}|多少个?百分点")),
    # a proportion asked in words: "占计划总经费的多少", "多大比例", "比重是多少", "能先领几成"
    ("share", re.compile(r"占[^，,。？?\s]{1,20}的(?:多少|几成)|多[大少]的?(?:比例|比重|份额)")),
    ("share", re.compile(r"(?:比例|比重|占比)[是为有]?(?:多少|几)|几成")),
    ("money", re.compile(rf"{_HOW_MANY}{_MAGNITUDE}{_MONEY}|多少钱")),
    ("share", re.compile(r"\bwhat (?:percentage|percent|share|proportion)\b|\bhow many percent", re.I)),
    ("money", re.compile(r"\bhow many (?:\S+ ){0,2}(?:yuan|rmb|dollars?)\b|\bhow much money\b", re.I)),
    # an amount of money or a share: "奖励多少", "能领到多少运转经费" (never prose without a figure, a count or a date)
    ("amount", re.compile(rf"{_FUNDS}(?:是|为|有)?{_TAKE}多少(?![倍年月天日])|多少[\u4e00-\u9fff]{{0,3}}?{_FUNDS}")),
    # an amount of money or a share asked in English: "How much does X award…", "What is the maximum subsidy per
    # project?", "the total value of technology contracts" (never prose without a figure, nor a count or a date)
    (
        "amount",
        re.compile(
            r"\bhow much\b(?!\s+(?:time|land|space|area|floor|longer|earlier|later)\b)|\bwhat (?:is|was|are|were)"
            r" the (?:[\w-]+ ){0,3}?(?:funding|subsid(?:y|ies)|awards?|rewards?|grants?|bonus|budget|amount|cap|ceiling"
            r"|expenditure|spending|investment|turnover|value)\b",
            re.I,
        ),
    ),
    (
        "count",
        re.compile(
            r"\bhow many (?!(?:\S+ ){0,2}(?:yuan|rmb|dollars?|percent|percentage|years?|months?|days?|hours?"
            r"|times|square|kilomet|metres?|meters?|tons?|mu)\b)",
            re.I,
        ),
    ),
)

#: A figure and the unit after it; a digit figure whose unit is unknown is still a figure.
_FIGURE = re.compile(
    rf"(?P<n>{_DIGITS}{_MAGNITUDE}|{_CHINESE})\s*(?:(?P<share>{_SHARE})|(?P<money>{_MAGNITUDE}{_MONEY})"
    rf"|(?P<date>[年月日])|(?P<count>{_COUNT}))?"
)


def asked_kind(question: str) -> Kind | None:
    """The kind of quantity `question` (Simplified) names, if it names one kind (a question asking
    "多少家、投资多少亿元" asks two, and is not judged)."""
    kinds = {kind for kind, pattern in _ASKED if pattern.search(question)}
    if _measured(question) is not None:
        kinds.add("count")
    if len(kinds) > 1:  # "how much money", "补助多少家企业": the kind it names by its unit
        kinds.discard("amount")
    return kinds.pop() if len(kinds) == 1 else None


#: A question's "how many" with its measure word, and the character after it ("几个项目": 个, 项).
_ASKED_MEASURE = re.compile(rf"{_HOW_MANY}({_ASKED_COUNT})(\w?)")


def _measured(question: str) -> re.Match[str] | None:
    """The first "how many" of `question` (Simplified) followed by a measure word that is a word's last character:
    not the 项 of "多少项目资助" (how much project funding; jieba: 多少/项目/资助), nor the 人 of "多少人才". Words of
    jieba's dictionary only: its guesses at unknown words join "多少家高企" as 多少/家高企."""
    matches = list(_ASKED_MEASURE.finditer(question))
    if not matches:
        return None
    ends = set()
    at = 0
    for word in jieba.lcut(question, HMM=False):
        at += len(word)
        ends.add(at)
    return next((m for m in matches if m.end(1) in ends), None)


def asked_measure(question: str) -> str | None:
    """The measure word `question` (Simplified) counts by after 多少/几 ("多少家" → 家), if it says one."""
    found = _measured(question)
    return found.group(1) if found else None


def counts_in(question: str, unit: str | None) -> bool:
    """Whether a count in the measure word `unit` answers `question` (Simplified): it asks by no measure word, or
    by that one. A thing counted by 个 may be written counted by its own first character: "几个项目" by "5项";
    "多少个行政村" not by a count of 人."""
    found = _measured(question)
    if found is None:
        return True
    measure, noun = found.groups()
    return unit == measure or (measure == "个" and noun == unit)


def unfit(asked: Kind | None, text: str, start: int, end: int) -> bool:
    """Whether the span `text[start:end]` (Simplified) cannot answer a question asking for `asked`: every
    figure it gives is of another kind, or it gives none and is prose (a table cell without a figure may be
    the condition of the rows a question counts: "how many are of the comprehensive type" read as 综合型)."""
    if asked is None:
        return False
    span = text[start:end]
    if asked == "day":  # a number but no day: a year, a duration ("10个工作日内"); not a named day ("春节", "次日")
        said = any(m.end() <= end for m in _DAY.finditer(text[: end + 3], start))  # "60日" of "60日内" is no day
        return not said and bool(_NUMBER.search(span))
    if asked == "number":  # a document's number: "甬科规〔2025〕5号", not its issuer or title
        return not _DOCUMENT_NUMBER.search(span)
    if asked == "days":  # "60天", "三十日内", "15个工作日"; not "18个月" or "7项"; a table's bare "15" may be
        return not _DAYS.search(span) and not (_BARE_FIGURE.fullmatch(span.strip()) and _in_table(text, start, end))
    kinds = _kinds(span)
    if kinds:
        return all(k not in _GIVEN_BY.get(asked, {asked}) | {"unknown"} for k in kinds)
    if _NUMBER.search(span[heading_marker(span) :]):
        return False  # "八市" counts eight cities; a heading's number ("二、") is no figure
    return not _in_table(text, start, end)


def _in_table(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is on a table row's line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return is_table_row(text[line_start : line_end if line_end >= 0 else len(text)])


def of_kind(asked: Kind, text: str) -> bool:
    """Whether every figure `text` gives is of the kind `asked` ("250万元" is money; "6项", "30%" and "250" not),
    and it gives one."""
    kinds = _kinds(to_simplified(text))
    return bool(kinds) and all(k in _GIVEN_BY.get(asked, {asked}) for k in kinds)


#: A document's number: the year in brackets and a serial ("苏府办〔2024〕58号", "[2025] 3号"), or "第12号".
_DOCUMENT_NUMBER = re.compile(r"[〔［\[(（【]\s*\d{4}\s*[〕］\])）】]\s*第?\s*\d+\s*号|第\s*\d+\s*号")
#: A number of days: "60天", "三十日", "15个工作日".
_DAYS = re.compile(rf"(?:\d|{_CHINESE})\s*个?(?:工作|自然)?[天日]")
#: Any number, in digits or Chinese numerals.
_NUMBER = re.compile(rf"\d|{_CHINESE}")
#: A month or day, a date in digits alone ("2026-03-19"), a weekday or a day of a lunar month; not a number of days
#: ("受理截止后60日内", "自通知之日起七日内": a duration).
_DAY = re.compile(
    rf"(?:\d|{_CHINESE})\s*(?:[月号]|日(?!\s*(?:以|之)?内))|\d{{4}}[-/.]\d{{1,2}}|星期|礼拜|周[一二三四五六日天]|初[一二三四五六七八九十]"
)


def _kinds(text: str) -> list[str]:
    """The kinds of the figures `text` gives, less Chinese numerals without a unit (`_kind`'s "none"), and a share
    for each written in words ("百分之三十")."""
    return [k for m in _FIGURE.finditer(text) if (k := _kind(m)) != "none"] + ["share"] * len(_PERCENT.findall(text))


#: A share written in words: "百分之三十", "百分之2.5".
_PERCENT = re.compile(rf"百分之(?:{_CHINESE}|{_DIGITS})")


def _kind(m: re.Match[str]) -> str:
    """A figure's kind; "unknown" for a bare digit figure, "none" for a Chinese numeral with no unit
    (the 一 of 统一 is no figure)."""
    unit = next((k for k in ("share", "money", "date", "count") if m.group(k)), None)
    if unit == "date" and m.group("n").isdigit() and len(m.group("n")) != 4 and m.group("date") == "年":
        return "none"  # "3年": a duration, which no question here asks for
    if unit is not None:
        return unit
    return "unknown" if m.group("n")[0].isdigit() else "none"


#: A unit a column's header gives its figures, in brackets at its end ("R&D经费（亿元）", "增长（%）").
_MEASURES = "人年|平方米|亩|公里|吨"
_HEADER_UNIT = re.compile(rf"[（(]((?:{_MAGNITUDE}(?:{_MONEY}|{_SHARE}|{_COUNT}))|{_MEASURES})[）)]$")
_BARE_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
#: The unit a statistical table's caption gives all its figures ("…情况表（单位：万元）"), unless a column has its own.
_CAPTION_UNIT = re.compile(rf"单位[：:]\s*((?:{_MAGNITUDE}(?:{_MONEY}|{_COUNT}))|{_MEASURES})")
_OWN_UNIT = re.compile(rf"[%％‰率比]|{_HEADER_UNIT.pattern}")


def with_unit(cell: str, row: TableRow | None) -> str:
    """A cell of table row `row` that is a bare figure, with the unit its column's header gives it, else the first
    its row's cells give: "58.7" under "R&D经费（亿元）" is "58.7亿元", and "3.1" under "2030年" in the row of
    "研发经费投入强度（%）" is "3.1%"; else the unit of the table's caption ("（单位：万元）"). A short answer of
    "58.7" alone does not say how much. Prose (no row) as is."""
    if row is None or cell not in row.row.cells or not _BARE_FIGURE.fullmatch(cell.strip()):
        return cell
    cells, header = row.row.cells, row.table.header
    column = cells.index(cell)
    own = header[column] if column < len(header) else ""
    labels = (own, *cells)
    unit = next((m.group(1) for label in labels if (m := _HEADER_UNIT.search(label.strip()))), "")
    if not unit and not _OWN_UNIT.search(own) and (m := _CAPTION_UNIT.search(row.table.caption)):
        unit = m.group(1)
    return cell + unit


#: A cell that is a count: digits and a measure word of things counted, after an approximation ("约60项", "不超过8项").
_COUNTED_CELL = re.compile(rf"(?:约|近|逾|超过|不超过|不少于|共)?{_DIGITS}\s*(?P<count>{_COUNT})")


def count_unit(cell: str) -> str | None:
    """The measure word a cell counts in ("5项" → 项, "约60项" → 项), if it is a count."""
    found = _COUNTED_CELL.fullmatch(cell.strip())
    return found.group("count") if found else None


def counted_column(question: str, row: TableRow) -> int | None:
    """The column of the one row a question asking how many (Simplified) picks whose cell is that count: a figure
    counted in the measure word it asks by (any, for 个 or none), with its unit (`with_unit`): "有几个工程技术研究
    中心" read in the row of 市级以上工程技术研究中心（个） asks its 205 or 231, not how many rows there are; of several
    such cells (2024年, 2025年), the one whose header the question says. None when there is no such cell or no
    one of them is said."""
    measure = asked_measure(question)
    counts = [
        c
        for c, cell in enumerate(row.row.cells)
        if (m := _COUNTED_CELL.fullmatch(with_unit(cell, row).strip())) is not None
        and measure in (None, "个", m.group("count"))
    ]
    if len(counts) > 1:
        header = row.table.header
        counts = [c for c in counts if c < len(header) and says_header(question, header[c])]
    return counts[0] if len(counts) == 1 else None
