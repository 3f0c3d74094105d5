"""Tables inside chunks: caption, header and data rows with their offsets.

Scraped tables lose merged cells: a row that spans fewer columns than the header continues the region of the row
above, so those cells are filled down before a row is read as "column: value" pairs."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate

import jieba
import jieba.posseg

from qa.answer.compound import QUESTION_WORD
from qa.answer.titles import untitled
from qa.ingest import Chunk, heading_kind, is_han, is_table_row, to_simplified

#: Characters a question may put between a cell's characters and still name it: 已经建成 names 已建成.
NAME_SLACK = 2
#: The words of a cell: "武汉 功能区" → 武汉, 功能区; "咸宁（武汉）离岸科创园" → 咸宁, 武汉, 离岸科创园.
_WORD = re.compile(r"[^\s（）()、，,；;]+")
#: Headers of the column that numbers a table's rows, which an ordinal in a question counts by.
NUMBER_COLUMNS = ("序号", "编号", "no", "no.")
_CHINESE_DIGITS = "一二三四五六七八九十"
_ENGLISH_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
#: An ordinal naming a row: "第三个项目", "第4项", "第五位", "排第五的", "排在第二", "序号4", "序号为3" (a copula or
#: colon between), "编号是二", "item no. 4", "row 2", "the third park".
_ORDINAL = re.compile(
    rf"第\s*(\d+|[{_CHINESE_DIGITS}])\s*[个项行条位名]"
    rf"|排在?第\s*(\d+|[{_CHINESE_DIGITS}])"
    rf"|(?:序号|编号)\s*(?:为|是|[=:：])?\s*(\d+|[{_CHINESE_DIGITS}])(?![\d{_CHINESE_DIGITS}])"
    rf"|\b(?:no\.?|item|row)\s*(\d+)"
    rf"|\b({'|'.join(_ENGLISH_ORDINALS)})\b"
)
#: A table named by its label: "表3", "附表2", "Table 1" (the question Simplified, lower-cased; a caption).
_LABEL = re.compile(rf"(?:附?表|\btable)\s*(\d+|[{_CHINESE_DIGITS}])(?!\d)")
#: A caption line: labelled ("表1 …", "附表2 …") or not ("表 …指标及分值").
_CAPTION = re.compile(r"^附?表(?:\s|\d)")


@dataclass(frozen=True)
class Row:
    start: int  # offsets in the text the table was parsed from
    end: int
    cells: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    caption: str
    header: tuple[str, ...]
    rows: tuple[Row, ...]

    def describe(self, row: Row) -> str:
        """A row as "column：value" pairs, so it reads on its own."""
        pairs = "，".join(f"{name}：{cell}" for name, cell in zip(self.header, row.cells, strict=False) if cell)
        return pairs or " | ".join(row.cells)


def _lines(text: str) -> list[tuple[int, str]]:
    """Each line of `text` with its start offset."""
    lines = text.split("\n")
    return list(zip(accumulate((len(line) + 1 for line in lines[:-1]), initial=0), lines, strict=True))


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().removesuffix("|").split("|")]  # "a | b |": a row of two cells


def parse_table(text: str, context: str = "") -> Table | None:
    """The table in `text` (a chunk), using `context` (caption + header) for continuation chunks."""
    lines = _lines(text)
    rows = [(o, line) for o, line in lines if is_table_row(line)]
    if not rows:
        return None
    context_lines = [line for line in context.split("\n") if line]
    above = [line for o, line in lines if o < rows[0][0] and line and not is_table_row(line)]
    captions = [line for line in above if _CAPTION.match(line.strip())]  # not the "…见下表。" above it
    caption = captions[-1] if captions else above[0] if above else ""  # not prose after a continuation's last row
    caption = caption or next((line for line in context_lines if not is_table_row(line)), "")
    header_line = next((line for line in context_lines if is_table_row(line)), None)
    if header_line is None:
        header_line = rows[0][1]
        rows = rows[1:]
    header = tuple(c.strip("〓 ") for c in _cells(header_line))
    parsed: list[Row] = []
    previous: list[str] = []
    for o, line in rows:
        cells = _cells(line)
        missing = len(header) - len(cells)
        if 0 < missing < len(previous):
            cells = cells[:1] + previous[1 : 1 + missing] + cells[1:]
        parsed.append(Row(o, o + len(line), tuple(cells)))
        previous = cells
    return Table(caption, header, tuple(parsed))


def label_lines(text: str, context: str = "") -> tuple[tuple[int, int], ...]:
    """Offsets of the lines of `text` (a chunk) that label its table rather than hold data: the header
    row (unless `context` carries it, as for a continuation chunk), and a caption line ("表3 …", as
    sections recognise one) that starts the chunk right above the table. An answer is in a row."""
    spans: list[tuple[int, int]] = []
    lines = _lines(text)
    # a header row has a data row under it: a lone line with two "|" is prose (wiki text has them)
    first = next(
        (i for i in range(len(lines) - 1) if is_table_row(lines[i][1]) and is_table_row(lines[i + 1][1])), None
    )
    if first is None:
        return ()
    if not any(is_table_row(line) for line in context.split("\n")):
        spans.append((lines[first][0], lines[first][0] + len(lines[first][1])))
    if first == 1 and heading_kind(lines[0][1].strip()) == "table":
        spans.insert(0, (0, len(lines[0][1])))
    return tuple(spans)


@dataclass(frozen=True)
class TableRow:
    """A data row with the table and chunk it was read from."""

    chunk: Chunk
    table: Table
    row: Row


def rows_of(chunk: Chunk, chunks: Sequence[Chunk]) -> list[TableRow]:
    """Every data row of the table in `chunk`, from the chunks of its document (`chunks`) that hold the same
    table (a long table is cut into chunks that repeat its caption and header)."""
    table = parse_table(chunk.text, chunk.context)
    if table is None:
        return []
    out: list[TableRow] = []
    for c in chunks if chunk in chunks else [chunk]:
        if c is not chunk and not (table.caption and (table.caption in c.context or table.caption in c.text)):
            continue  # cheap: a long document has many chunks, few of them this table's
        t = table if c is chunk else parse_table(c.text, c.context)
        if t is not None and (t.caption, t.header) == (table.caption, table.header):
            out.extend(TableRow(c, t, r) for r in t.rows)
    return out


def names(question: str, cell: str) -> bool:
    """Whether `question` (Simplified, lower-cased) names `cell`: its characters in order, at most NAME_SLACK
    others between any two. One character ("1" of 序号) is too little to tell, and a number is named whole:
    "2025年度" names no row numbered 20, 22 or 25."""
    chars = [ch for ch in to_simplified(cell).lower() if not ch.isspace()]
    if len(chars) < 2:
        return False
    if all(ch.isdigit() or ch == "." for ch in chars):
        return re.search(rf"(?<![\d.]){re.escape(''.join(chars))}(?![\d.])", question) is not None
    gap = f".{{0,{NAME_SLACK}}}?"
    return re.search(gap.join(map(re.escape, chars)), question) is not None


def asked_rows(question: str, rows: Sequence[TableRow]) -> list[TableRow]:
    """The rows a question asks about: in each column where it names some cells but not all, those whose cell it
    names ("鄂州功能区和咸宁功能区各自的项目": either region's; "哪些项目已经建成": 建成时间 已建成), a cell also
    by its words not every cell of its column has ("武汉" of "武汉 功能区"); every row when it names none
    ("表2共列了哪几个园区"). Only when no cell is named so (such a word may also sit in another column: 咸宁 of
    咸宁横沟科学城 beside the region 咸宁 功能区), the rows whose cells hold most of its words that the caption and
    header do not (`best_named`: "揭榜挂帅类重点研发项目" is 重点研发计划（揭榜挂帅）, not the row whose other column
    says 研发). No rows when it negates ("哪些还没建成"); words naming the document name none."""
    question = untitled(question, rows[0].chunk.title) if rows else question
    tokens = jieba.lcut(question)
    if _NEGATIONS.intersection(tokens):
        return []
    columns = range(max((len(r.row.cells) for r in rows), default=0))
    cells = [[r.row.cells[i] if i < len(r.row.cells) else "" for r in rows] for i in columns]
    named = [
        [names(question, cell) or names(question, own) for cell, own in zip(column, _distinct(column), strict=True)]
        for column in cells
    ]
    if not any(any(n) and not all(n) for n in named):
        words = _row_words(tokens, rows)
        simple = [[to_simplified(cell).lower() for cell in column] for column in cells]
        named = [
            [any(w in cell for w in words if 0 < sum(w in c for c in column) < len(column)) for cell in column]
            for column in simple
        ]  # a word every cell of a column holds ("功能区") picks no row
        picked = [r for r, *by in zip(rows, *(n for n in named if any(n) and not all(n)), strict=True) if any(by)]
        return best_named(question, picked) if picked else list(rows)
    keep = [True] * len(rows)
    for n in named:
        if any(n) and not all(n):
            keep = [k and m for k, m in zip(keep, n, strict=True)]
    return [r for r, k in zip(rows, keep, strict=True) if k]


def _row_words(tokens: Sequence[str], rows: Sequence[TableRow]) -> list[str]:
    """The question's words (`tokens`) that may pick rows out: two characters or more, none its caption, header or
    document title says (a question names the document by its title: "南京市…实施方案分工表中" does not pick the
    row whose 配合单位 is 南京市科创投资集团)."""
    if not rows:
        return []
    table = rows[0].table
    labels = to_simplified(" ".join([table.caption, *table.header, rows[0].chunk.title])).lower()
    return [w for w in tokens if len(w) > 1 and w.isalnum() and w not in labels]


def best_named(question: str, rows: Sequence[TableRow]) -> list[TableRow]:
    """Of the rows a question for one thing names (`asked_rows`), those whose cells hold the most of its words
    (`_row_words`): "the Huanggang (Optics Valley) offshore innovation center", read as 黄冈, 光谷, 创新, 中心,
    names 黄冈（光谷）离岸科创中心 by three and 鄂州（武汉）离岸创新中心 by two."""
    words = _row_words(jieba.lcut(question), rows)
    held = [sum(w in to_simplified(" ".join(r.row.cells)).lower() for w in words) for r in rows]
    top = max(held, default=0)
    return [r for r, n in zip(rows, held, strict=True) if n == top] if top else list(rows)


def _distinct(cells: Sequence[str]) -> list[str]:
    """Each cell without the words every cell of its column has: "武汉" of "武汉 功能区" beside "鄂州 功能区"."""
    words = [_WORD.findall(cell) for cell in cells]
    common = set.intersection(*(set(w) for w in words)) if words else set()
    return ["".join(w for w in ws if w not in common) for ws in words]


def answer_column(
    question: str, chosen: TableRow, span: str, table: Sequence[TableRow] = (), *, value: bool = False
) -> int | None:
    """The column of the chosen row's cell that holds the reader's span, unless the question names that cell:
    then the span is the condition ("哪些已经建成" read as 已建成) and the answer is in the one other column whose
    header the question says ("已建成的项目总投资多少"), else what the rows are called, the `naming_column` of
    `table`. A row number (序号) answers only a question that asks for it: otherwise the answer is, again, in
    the column the question says ("第4个项目总投资多少亿元" read as the row's 4), else what the row is called.
    A question asking a `value` (how much, what share) that says one column's header and not the span's asks
    for that column's cell: "研发经费投入强度是多少" read as the row's R&D经费 is answered by its 投入强度."""
    cells = chosen.row.cells
    column = next((i for i, cell in enumerate(cells) if span and span in cell), None)
    if column is None:
        return None
    header = chosen.table.header
    condition = names(question, cells[column])
    unasked_number = column < len(header) and numbering(header[column]) and not says_header(question, header[column])
    unasked_value = value and column < len(header) and not says_header(question, header[column])
    if not (condition or unasked_number or unasked_value):
        return column
    said = [
        i
        for i, h in enumerate(header)
        if i != column and not numbering(h) and says_header(question, h) and not names(question, cells[i])
    ]  # a column the question says and whose cell it names is a condition: "完成时限为2026年6月的平台"
    if len(said) == 1:
        return said[0]
    if not (condition or unasked_number):
        return column
    named = naming_column(table)
    return named if condition else named or column


def says_header(question: str, header: str) -> bool:
    """Whether `question` (Simplified, lower case) says a column's header, less its unit ("总投资（亿元）": 总投资,
    "增长%": 增长); a year's column ("2025年") by its year ("in 2025"); a column named under a group ("2025年
    执行数", `qa.ingest.headers`) by every part."""
    parts = [part.rstrip("%％‰") for part in _REMARK.sub("", bare_header(header)).split()]
    years = [re.fullmatch(r"(\d{4})年?", part) for part in parts]
    return bool(parts) and all(
        len(part) > 1 and (part in question or bool(year and re.search(rf"(?<!\d){year[1]}(?!\d)", question)))
        for part, year in zip(parts, years, strict=True)
    )


def naming_column(table: Sequence[TableRow]) -> int | None:
    """The column that tells a table's rows apart by name: the first that does not number them whose cells
    are all different (a region filled down repeats) and not all numbers."""
    if not table:
        return None
    for column, header in enumerate(table[0].table.header):
        cells = [r.row.cells[column] if column < len(r.row.cells) else "" for r in table]
        named = all(cells) and len(set(cells)) == len(cells) and not all(c.replace(".", "").isdigit() for c in cells)
        if not numbering(header) and named:
            return column
    return None


def numbered(question: str, rows: Sequence[TableRow]) -> list[TableRow]:
    """The rows an ordinal in `question` (Simplified, lower-cased) numbers ("第三个项目", "item no. 4"), by
    the table's numbering column (序号); none when it has no such column or the question no ordinal."""
    found = _ORDINAL.search(question)
    if found is None or not rows:
        return []
    said = next(g for g in found.groups() if g)
    if said in _ENGLISH_ORDINALS and table_label(question) is None:
        return []  # "the first meeting" counts no rows; "the third park in Table 2" does
    n = _number(said)
    column = next((i for i, h in enumerate(rows[0].table.header) if numbering(h)), None)
    if column is None:
        return []
    return [r for r in rows if column < len(r.row.cells) and _number(r.row.cells[column].strip("〓 .")) == n]


def numbering(header: str) -> bool:
    """Whether a column (by its header) numbers the rows (序号), rather than holding a quantity."""
    return bare_header(header) in NUMBER_COLUMNS


def bare_header(header: str) -> str:
    """A header as a question would say it (Simplified, lower case, no fill marks)."""
    return to_simplified(header).strip("〓 ").lower()


def _number(said: str) -> str:
    """A row number in digits: "三" → "3", "third" → "3"."""
    digits: Sequence[str] = _ENGLISH_ORDINALS if said in _ENGLISH_ORDINALS else _CHINESE_DIGITS
    return str(digits.index(said) + 1) if said in digits else said


def table_label(text: str) -> str | None:
    """The number of the table `text` names ("表3里…", "in table 2, …") or a caption starts with ("表3 科技…"),
    in digits; None when it names none."""
    return _number(found.group(1)) if (found := _LABEL.search(to_simplified(text).lower())) else None


#: Words that ask for a table's rows beside the question words: "表3一共列了几个项目", "表1包括哪些园区".
_OF_ALL = frozenset(
    {"一共", "总共", "共计", "总计", "合计", "共有", "共列", "全部", "所有", "列出", "列举", "列有", "包括", "包含"}
)


#: jieba's tags of words that carry no condition: 方位 (中, 里面), adverbs, prepositions, conjunctions, particles,
#: pronouns, numerals and measures (几个), modal particles, punctuation.
_FUNCTION_TAGS = frozenset("fdpcurmqyx")
#: Words that negate (jieba's tokens, so 未来 and 无人机 are not): the rows asked for are those a cell does not say.
_NEGATIONS = frozenset({"不", "没", "没有", "未", "尚未", "并未", "不是", "并非", "非"})


def whole_table(question: str, table: Sequence[TableRow]) -> list[TableRow]:
    """The rows a question (Simplified) naming this table (by label or title) asks for, when no span leads to them:
    the one its ordinal numbers ("表3第3项是什么项目？"), else those whose cells it names, else all ("表3一共列了几个
    项目？", "表1里有哪些已建成的？"). None when it says anything else the table does not say (a place, a condition, a
    number: "表3里有几个项目在孝感？", "投资超过10亿元的有几个", "哪些还没建成"), which only a reading could weigh."""
    if not table:
        return []
    rest = _A_TABLE.sub(" ", _ORDINAL.sub(" ", _LABEL.sub(" ", question.lower())))  # "表里" names no condition
    first = table[0].table
    said = to_simplified(" ".join([first.caption, *first.header, *(cell for r in table for cell in r.row.cells)]))
    if len(set(_LABEL.findall(question.lower()))) > 1:  # "表1和表2一共有几项"
        return []
    for word, tag in jieba.posseg.lcut(rest):
        content = len(word) > 1 and all(is_han(ch) for ch in word) and tag[0] not in _FUNCTION_TAGS
        asks = content or any(ch.isdigit() for ch in word)
        if asks and word not in said and word not in _OF_ALL and not QUESTION_WORD.search(word):
            return []
    return numbered(question, table) or asked_rows(question, table)


def asked_column(question: str, table: Sequence[TableRow]) -> int | None:
    """The column of `table` (not empty) whose header `question` says ("…的建设时间"; not 序号), else naming_column."""
    said = (i for i, h in enumerate(table[0].table.header) if not numbering(h) and says_header(question, h))
    return next(said, naming_column(table))


#: A question that calls what it asks about a table or list of rows: "项目表里", "表中", "名单里", "清单中".
_A_TABLE = re.compile(r"表[里中内上]|(?:清单|名单|一览表)[里中内上]?|\btable\b")


def called_a_table(question: str) -> bool:
    """Whether `question` (Simplified, lower case) says it asks about a table or list, if by no label or title."""
    return _A_TABLE.search(question) is not None


def labelled(chunk: Chunk, label: str) -> bool:
    """Whether `chunk` holds the table labelled `label` ("表3 科技园区建设项目" is labelled 3)."""
    return _label_of(chunk) == label


#: The fewest characters of a caption's title a question must say to name its table by it ("园区表" is too little).
MIN_TITLE = 4
#: A caption's remark in brackets ("（部分）", "(单位：亿元)"), which no question names a table by.
_REMARK = re.compile(r"[（(][^（）()]*[）)]")


def titled(chunk: Chunk, question: str) -> bool:
    """Whether `question` (Simplified) names the table `chunk` holds by its caption's title, the caption less its
    label and remarks ("协同产业园区建设项目表一共列了几个园区" names "表2 协同产业园区建设项目（部分）")."""
    table = parse_table(chunk.text, chunk.context)
    title = _REMARK.sub("", _LABEL.sub("", to_simplified(table.caption).lower())).strip("〓 ：:") if table else ""
    return len(title) >= MIN_TITLE and title in question.lower()


def asked_label(question: str, chunks: Iterable[Chunk]) -> str | None:
    """The label of the table a question (Simplified) names: that of a table among `chunks` whose caption's title it
    says, else the label it says. A title outweighs a numeral after 表, which may be no label ("项目表一共列了几个"
    names 表2 by its title; 一共 is "in all")."""
    own = next((label for c in chunks if titled(c, question) and (label := _label_of(c)) is not None), None)
    return own if own is not None else table_label(question)


def other_table(chunk: Chunk, label: str) -> bool:
    """Whether `chunk` holds a table other than the one labelled `label` (a question that names 表2 is not
    answered from 表1's rows)."""
    return (own := _label_of(chunk)) is not None and own != label


def _label_of(chunk: Chunk) -> str | None:
    """The label of the table `chunk` holds, which its caption starts with; None for prose or no label."""
    table = parse_table(chunk.text, chunk.context)
    own = _LABEL.match(to_simplified(table.caption).strip().lower()) if table is not None else None
    return _number(own.group(1)) if own is not None else None
