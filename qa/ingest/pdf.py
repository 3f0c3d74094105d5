"""PDF page text: visual lines joined into paragraphs, page numbers dropped, ruled tables read as rows.

A PDF keeps what the page shows, not what the author wrote: lines wrapped by the
page edge, page numbers, paragraphs running over a page break, and tables as loose
words. pypdf reads the text layer (`qa.ingest.formats`); this module turns its pages
into the corpus's text form, and pages that hold a ruled table are read again with
pdfplumber, whose table finder returns the cells, so a table becomes `cell | cell |`
rows like a Word or web table (`qa.ingest.sections` recognises them).
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata
from collections import Counter
from itertools import pairwise
from typing import Any

from qa.ingest.clean import furniture_rule
from qa.ingest.headers import grouped_names
from qa.ingest.script import to_simplified
from qa.ingest.sections import heading_kind, is_table_row

log = logging.getLogger(__name__)
#: Lines a running head or foot takes at most, page numbers among them (`_strip_running_lines`): an issuer, a
#: document number and a page number.
MAX_RUNNING_LINES = 3
#: A region of a page, as pdfplumber gives it: (x0, top, x1, bottom) in points.
Bbox = tuple[float, float, float, float]
# pdfminer (under pdfplumber) logs every oddity of a damaged page; pypdf already judged the file readable.
logging.getLogger("pdfminer").setLevel(logging.ERROR)


#: A note's marker ("1", "12", "*", "①") set apart in a smaller font: superscript in the text, leading its note.
_MARKER = re.compile(r"[\d*†‡]{1,3}|[\u2460-\u2473]")
#: A marker's font size is at most this share of the text after it; a superscript is set at about 0.6 of the body.
_MARKER_SIZE = 0.8


def page_text(page: Any) -> str:
    """pypdf's text of a page without its notes' markers: a note's number set small after a word ran into the
    text ("研发投入强度1达到1.86%"). pypdf hands each run of text to a visitor with its font size, and the runs
    make up its text; if they did not, the text stays as pypdf reads it."""
    runs: list[tuple[str, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        runs.append((text, size * abs(tm[3] * cm[3])))  # the size as drawn: a generator may scale a 1-point font

    text = page.extract_text(visitor_text=visit) or ""
    if "".join(run for run, _ in runs) != text:
        return text
    sized = [(k, size) for k, (run, size) in enumerate(runs) if run.strip()]
    kept = [run for run, _ in runs]
    for (k, size), (_, after) in pairwise(sized):
        marker = kept[k].strip()
        if _MARKER.fullmatch(marker) and 0 < size <= _MARKER_SIZE * after:
            kept[k] = kept[k].replace(marker, "", 1)
    return "".join(kept)


def join_pages(pages: list[str]) -> tuple[str, tuple[int, ...]]:
    """The text of PDF pages: each page's wrapped lines joined (`unwrap_page`), and each page on a new
    line unless a paragraph runs on from the page before (the page's last visual line was cut by the
    page edge, by the same test `unwrap_page` applies within a page). Page numbers printed alone at the
    top or bottom of a page ("- 3 -", "第3页") are page furniture and are left out first, so they
    neither end nor join a paragraph, and so are running heads and feet but on the first page
    (`_strip_running_lines`). Returns the text and the offset where each page starts."""
    if len(pages) > 1:
        pages = _strip_running_lines([_strip_page_numbers(_strip_contents(page)) for page in pages])
    runs_on = [_runs_on(before, after) for before, after in pairwise(pages)]  # on visual lines
    text, starts = "", []
    for i, page in enumerate(unwrap_page(page) for page in pages):
        if i and runs_on[i - 1]:
            text, page = text.rstrip() + _space(text, page), page.lstrip()
        elif i:
            text += "\n"
        starts.append(len(text))
        text += page
    return text, tuple(starts)


def _strip_running_lines(pages: list[str]) -> list[str]:
    """`pages` less their running heads and feet but on the first page: a line that opens (or closes) two pages
    or more, spaced alike or not ("福建省科学技术厅　福建省财政厅　闽科平〔2026〕14号"), is the page's, not the
    text's. Left on every page, it ran into a sentence running over a page break ("…最高50万元，常州市武进区
    人民政府　武政发〔2025〕27号"). On the first page it stays, as it often holds the document's title or issuer,
    which no other line may say: dropped there too, or kept as a line of its own (it then became the document's
    title), the unseen sets' PDFs lost 7 to 16 answers. A head of several lines ("宜宾市科学技术局　宜宾市财政局"
    over "宜科联〔2026〕6号" and "— 1 —") goes line by line, up to `MAX_RUNNING_LINES`, page numbers among them.
    A table's header row repeated over a continuation is a row, and stays; so does a page's only line, and a
    line as wide as the document's prose that ends no sentence (text the page edge wrapped)."""
    lines = [page.strip("\n").split("\n") for page in pages]
    width = max(_prose_width(page) for page in lines)
    dropped: list[set[int]] = [set() for _ in lines]
    for step in (1, -1):  # heads, then feet
        at = [0 if step == 1 else len(page) - 1 for page in lines]  # each page's next line to look at
        for _ in range(MAX_RUNNING_LINES):
            for p, page in enumerate(lines):  # a page number inside a head of several lines
                while 0 <= at[p] < len(page) and _is_page_number(page[at[p]]):
                    dropped[p].add(at[p])
                    at[p] += step
            keys = [
                _running_key(page, i, width) if 0 <= i < len(page) else "" for page, i in zip(lines, at, strict=True)
            ]
            running = {k for k, n in Counter(keys).items() if k and n > 1 and not is_table_row(k)}
            if not running:
                break
            for p, key in enumerate(keys):
                if key in running:
                    if p > 0:
                        dropped[p].add(at[p])
                    at[p] += step
    pages = [
        "\n".join(line for i, line in enumerate(page) if i not in gone)
        for page, gone in zip(lines, dropped, strict=True)
    ]
    return pages


def _running_key(lines: list[str], index: int, width: int) -> str:
    """Line `index` of a page, spaces collapsed, as running heads are compared; "" when it cannot be one
    (`width`: the document's prose width, as a page of a table alone has no prose but its head)."""
    line = lines[index]
    if len(lines) < 2 or _cut_by_edge(_width(line), line, width):
        return ""
    return " ".join(line.split())


#: Leader dots that run from a contents entry to its page number ("第一章 总则…………3", "……… 12").
_LEADERS = re.compile(r"(?P<entry>.*?)\s*(?:[.．·…⋯]\s*){4,}(?P<page>\d{1,3})?\s*")
#: A contents list's own heading ("目录", "目 录", "目　錄").
_CONTENTS = re.compile(r"\s*目\s*[录錄]\s*")


def _strip_contents(page: str) -> str:
    """`page` less its table of contents: each entry whose leader dots run to a page number (on its line or the
    next two, as pypdf reads them apart) and, on a page with such entries, the heading 目录. The entries repeat
    the document's headings: read as its text, the headings where the chapters begin were taken for re-prints of
    them and dropped (`qa.ingest.clean.drop_duplicates`), and the chapters lost their titles."""
    lines = page.split("\n")
    gone: set[int] = set()
    for i, line in enumerate(lines):
        leaders = _LEADERS.fullmatch(line)
        if leaders is None:
            continue
        gone.add(i)
        if not leaders.group("entry") and i > 0 and lines[i - 1].strip():  # the entry stood on the line above
            gone.add(i - 1)
        if leaders.group("page") is None and i + 1 < len(lines) and _is_page_number(lines[i + 1]):
            gone.add(i + 1)
    if gone:
        gone |= {i for i, line in enumerate(lines) if _CONTENTS.fullmatch(line)}
    return "\n".join(line for i, line in enumerate(lines) if i not in gone)


def _strip_page_numbers(page: str) -> str:
    lines = page.strip("\n").split("\n")
    while lines and _is_page_number(lines[-1]):
        lines.pop()
    while lines and _is_page_number(lines[0]):
        lines.pop(0)
    return "\n".join(lines)


def _is_page_number(line: str) -> bool:
    """A page number alone on its line: "3", "- 3 -", "— 12 —", "第3页", "第 3 頁 共 10 頁", "3/10" (numbers
    under 1000 among page-number marks only; a year alone on a line, "2025", is text)."""
    line = line.strip()
    rest = re.sub(r"[\s\-—–－·/|第页頁共]", "", line)
    return 0 < len(line) <= 16 and rest.isdigit() and all(len(n) <= 3 for n in re.findall(r"\d+", line))


def _runs_on(before: str, after: str) -> bool:
    """Whether the last visual line of page `before` was cut by the page edge and `after` carries it on."""
    lines = before.rstrip().split("\n")
    width = _prose_width(lines)
    last = lines[-1]
    first = after.lstrip().split("\n", 1)[0]
    return width >= _PROSE_WIDTH and _cut_by_edge(_width(last), last, width) and _carries_on(first)


#: A PDF line this close to its page's longest line was wrapped by the page edge, not ended by the author.
_FULL_LINE = 0.85
#: Lines of one width that make it the width a page's paragraphs wrap at (`_prose_width`).
_WRAPPED = 3
#: Pages whose longest line is narrower than this (in half-width columns: 20 Chinese characters) are not
#: prose (a title page, a list): nothing is joined.
_PROSE_WIDTH = 40
_ENDS_SENTENCE = tuple("。！？；…!?;”」』")


def _width(line: str) -> int:
    """A line's printed width in half-width columns: a Chinese character or full-width mark takes two,
    a Latin letter, digit or ASCII mark one. Counting characters would make a line with pinyin, a
    figure or an English name look longer than a full line of Chinese wrapped at the same edge."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line.strip())


def _prose_width(lines: list[str], *, shared: bool = True) -> int:
    """The width the page's paragraphs wrap at: its widest prose line (table rows aside), or with `shared` the
    width most of its lines of prose share (`_WRAPPED` or more, within a character) when some do. A page's
    running header joined to its title, or footnotes set in a smaller type, are wider than its paragraphs'
    lines: taken for the width, they left every line of a paragraph short of it, unjoined ("经市" / "人民政府
    同意"). A text file's lines are not set in type: there the widest is the width."""
    widths = [_width(line) for line in lines if not is_table_row(line)]
    wide = [w for w in widths if w >= _PROSE_WIDTH] if shared else []
    # the width most lines lie within a character of (a figure's half-width digits shift a line by one)
    near = {w: sum(abs(v - w) <= 2 for v in wide) for w in wide}
    width, lines_near = max(near.items(), key=lambda item: (item[1], item[0]), default=(0, 0))
    return width if lines_near >= _WRAPPED else max(widths, default=0)


def _cut_by_edge(length: int, line: str, width: int) -> bool:
    """A visual line `length` columns wide, ending as `line` does, wrapped by the page edge: as wide as
    the page's prose, no sentence end (a "；" inside an open bracket ends none: "（牵头单位：省科技厅；" runs
    on), no table row, and no furniture (a by-line or a link never runs on)."""
    stripped = line.strip()
    open_bracket = stripped.count("（") + stripped.count("(") > stripped.count("）") + stripped.count(")")
    return (
        length >= _FULL_LINE * width
        and (open_bracket or not stripped.endswith(_ENDS_SENTENCE))
        and not is_table_row(stripped)
        and furniture_rule(to_simplified(stripped)) is None
    )


def _carries_on(line: str) -> bool:
    """A line that can continue the one before it: not blank, not indented (a paragraph's first line, "　　为进一步…"),
    not a heading, not a table row."""
    indented = line.startswith(("\u3000", "  ", "\t"))
    return bool(line.strip()) and not indented and heading_kind(line.strip()) is None and not is_table_row(line)


#: A line's last and the next line's first character between which a wrap stood for a space: English words.
_WORD_END = re.compile(r"[A-Za-z0-9.,;:!?)%'\"’”]\s*$")
_WORD_START = re.compile(r"^\s*[A-Za-z0-9(‘“'\"]")


def glued(before: str, after: str) -> str:
    """`before` and the line `after` it joined where the page edge wrapped them: Chinese runs on, English words
    keep the space the wrap stood for ("3 million yuan and" / "grew by 15%", not "andgrew")."""
    return before.rstrip() + _space(before, after) + after.strip()


def _space(before: str, after: str) -> str:
    """A space between English words; none in a number the wrap cut ("为3" / "200万元", "3." / "5%")."""
    cut_number = re.search(r"[\d.,]\s*$", before) and re.match(r"\s*\d", after)
    return " " if _WORD_END.search(before) and _WORD_START.match(after) and not cut_number else ""


def unwrap_page(text: str, *, by_characters: bool = False) -> str:
    """Join the lines of a page that the page edge wrapped: a line as long as the page's longest that
    does not end a sentence continues on the next line (unless that one is a heading or a table row).
    PDFs keep visual lines, so without this a paragraph would be cut into one section line per row. A text
    file's lines may be wrapped by an editor's count of characters instead (`by_characters`): a line as long
    as the longest by either measure was wrapped ("…发放总额为3200" is narrow in print, its digits half-width)."""
    lines = text.split("\n")
    width = _prose_width(lines, shared=not by_characters)
    if width < _PROSE_WIDTH:
        return text
    most = max((len(line.strip()) for line in lines if not is_table_row(line)), default=0)
    out: list[str] = []
    joining = False
    for line in lines:
        if joining and _carries_on(line):
            out[-1] = glued(out[-1], line)
        else:
            out.append(line)
        joining = _cut_by_edge(_width(line), out[-1], width) or (
            by_characters and _cut_by_edge(len(line.strip()), out[-1], most)
        )
    return "\n".join(out)


# --- ruled tables ------------------------------------------------------------------------------


#: The fewest lines on each side of a page's middle for it to be set in columns (`_in_columns`).
_COLUMN_LINES = 3


def table_pages(data: bytes, pages: int) -> dict[int, str]:
    """The text of every page that holds a ruled table, keyed by page index: lines outside the tables
    as pdfplumber reads them, each table as `cell | cell |` rows, in reading order (`_page_with_tables`).

    Pages without a table are left to pypdf's text. pdfplumber finds tables by their ruling lines (its
    default strategy); a table drawn without lines stays text. Any pdfplumber failure leaves every page
    to pypdf: the text was already read, a missed table must not lose the document."""
    import pdfplumber  # imported on first use: only a corpus with PDFs needs it

    found: dict[int, str] = {}
    try:
        with pdfplumber.open(io.BytesIO(data), password="") as pdf:
            for number, page in enumerate(pdf.pages[:pages]):
                tables = [(t.bbox, rows) for t in page.find_tables() if _is_table(rows := _merged_across(t))]
                if tables:
                    found[number] = _page_with_tables(page, tables)
                page.close()  # frees the page's parsed objects: a long PDF is read page by page
    except Exception as exc:  # pdfminer raises many types for odd files; pypdf's text stands
        log.warning("PDF tables not read (%s); the text layer is used as is", " ".join(str(exc).split())[:100])
        return {}
    return found


def _merged_across(table: Any) -> list[list[str | None]]:
    """`table`'s rows as pdfplumber extracts them, with a blank where a cell to the left is merged across the
    column ("合计" spanning the columns before the total), where pdfplumber gives None as for a cell merged down
    from the row above. Dropped as those are (`_rows`), it left the total a row short, and the row was filled
    from the one above it (`qa.answer.tables`): 合计 read as the last project's number, name and leader."""
    rows: list[list[str | None]] = table.extract()
    boxes = [row.cells for row in table.rows]
    lefts = [
        min((r[j][0] for r in boxes if j < len(r) and r[j] is not None), default=None)
        for j in range(len(rows[0]) if rows else 0)
    ]
    for cells, row in zip(rows, boxes, strict=False):
        right = None  # where the last cell with a box ends
        for j, box in enumerate(row):
            if box is not None:
                right = box[2]
            elif right is not None and j < len(lefts) and (left := lefts[j]) is not None and right > left + 1:
                cells[j] = ""
    return rows


def _is_table(rows: list[list[str | None]]) -> bool:
    """At least two rows of at least two cells with text: a ruled box around a paragraph is not a table."""
    return sum(1 for row in rows if sum(1 for cell in row if cell and cell.strip()) >= 2) >= 2


def _page_with_tables(page: Any, tables: list[tuple[Bbox, list[list[str | None]]]]) -> str:
    """The page's lines outside its tables and its tables' rows, top to bottom; on a page in columns, in the
    order the page draws them (as pypdf reads a page), where a table comes at its first character. Read top to
    bottom, each line of the left column ran on into the line beside it ("市财政按照基地设" + "大连理工大学开展技术
    对接"). Only there: a generator may draw a page's running head last, which would then end up mid-table."""
    boxes = [bbox for bbox, _ in tables]

    def inside(obj: dict[str, Any], box: Bbox) -> bool:
        x, y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return box[0] <= x <= box[2] and box[1] <= y <= box[3]

    outside = page.filter(lambda obj: not any(inside(obj, box) for box in boxes))
    top_down = outside.extract_text_lines()
    if not _in_columns(top_down, page.width):
        blocks = [(line["top"], line["text"]) for line in top_down]
        blocks += [(bbox[1], "\n".join(_rows(rows))) for bbox, rows in tables]
        return "\n".join(text for _, text in sorted(blocks, key=lambda block: block[0]))
    drawn = {id(char): k for k, char in enumerate(page.chars)}  # pdfplumber keeps the page's own char objects
    lines = outside.extract_text_lines(use_text_flow=True)
    flowing = [(drawn.get(id(line["chars"][0]), len(drawn)), line["text"]) for line in lines if line["chars"]]
    for box, rows in tables:
        first = min((k for k, char in enumerate(page.chars) if inside(char, box)), default=len(drawn))
        flowing.append((first, "\n".join(_rows(rows))))
    return "\n".join(text for _, text in sorted(flowing, key=lambda block: block[0]))


def _in_columns(lines: list[dict[str, Any]], width: float) -> bool:
    """Whether a page is set in two columns: most of its lines (read top to bottom) lie on one side of its middle,
    at least `_COLUMN_LINES` on each. A page in one column has only short lines there (a paragraph's last, a
    date set right); read top to bottom, a line of two columns spans the middle only where the gutter is
    narrow, and pdfplumber then runs the two into one."""
    middle = width / 2
    left = sum(1 for line in lines if line["x1"] < middle)
    right = sum(1 for line in lines if line["x0"] > middle)
    return min(left, right) >= _COLUMN_LINES and left + right >= len(lines) / 2


def _rows(rows: list[list[str | None]]) -> list[str]:
    """Rows as `cell | cell |`. A cell merged with its neighbours is reported once (pdfplumber gives None
    for the rest), so `qa.answer.tables` fills a merged region down; a header
    of two rows ("2025年" over 预算数 | 执行数) is one row of the names of its columns (`grouped_names`)."""
    out = []
    if len(rows) > 2 and (names := grouped_names(*([_cell(c or "") for c in row] for row in rows[:2]))):
        out.append(" | ".join(names) + " |")
        rows = rows[2:]
    for row in rows:
        cells = [_cell(cell) for cell in row if cell is not None]
        if any(cells):
            out.append(" | ".join(cells) + " |")
    return out


def _cell(text: str) -> str:
    """A cell's wrapped lines joined: Chinese runs on without a space, Latin words keep one; a "|" in a
    cell would end it, so it becomes "｜"."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    joined = ""
    for line in lines:
        if joined and (joined[-1].isascii() and joined[-1].isalnum()) and (line[0].isascii() and line[0].isalnum()):
            joined += " "
        joined += line
    return joined.replace("|", "｜")
