"""An HTML page's main content as text: trafilatura's extraction, with the page's tables kept as rows.

trafilatura drops navigation and footers, so they never reach cleaning; what it does with a table depends on
which of its extractors wins, so the page's tables are put in a shape every extractor keeps first
(`rowspans_copied`), and a short page's tables are read again when its fallbacks wrote them a cell per line
(`_with_tables`).
"""

from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING

from qa.ingest import html_grids
from qa.ingest.extracted import Extracted
from qa.ingest.headers import flatten_headers
from qa.ingest.plain_tables import in_runs
from qa.ingest.sections import is_table_row

if TYPE_CHECKING:
    from lxml.html import HtmlElement

#: A colspan or rowspan larger than this is read as this (trafilatura's own cap): a page's "rowspan=65534"
#: would otherwise have a row padded with as many cells.
MAX_SPAN = 100
#: A spanning cell longer than this lays out a page and is not copied: four times the longest of the 617 table
#: cells on the unseen sets' web pages (54 characters), and shorter than any article body.
MAX_COPIED = 200

#: A row trafilatura writes for a table of two columns: two cells and one bar between them.
_TWO_CELLS = re.compile(r"[^|\n]*\S \| \S[^|\n]*")


def main_text(page: str) -> Extracted | None:
    """The page's main content with its h1–h6 headings and list items, or None when it has none."""
    import trafilatura  # here: ~0.2 s of imports that `qa serve` (which loads a built index) never needs

    page = rowspans_copied(layout_unwrapped(grids_tabled(page)))
    extracted = trafilatura.extract(page, include_tables=True, include_comments=False, favor_recall=True)
    if not extracted:
        return None
    (headings, page_title, shown_title), text = _html_headings(page), str(extracted)
    # trafilatura keeps the page's title (its h1, else the heading the page's <title> holds, else the title a
    # government site's metadata gives and its page shows) as metadata, not text: a notice's title line
    # ("…关于印发…的通知") is what names the document, so it leads the text as on the page
    title = (
        next((h for tag, h in headings if tag == "h1"), "")
        or next((h for _, h in headings if h in page_title), "")
        or shown_title
    )
    text = _with_tables(page, text, title)
    if title and title not in " ".join(text.split()):
        text = f"{title}\n{text}"
    text, items = _list_items(_two_column_rows(flatten_headers(text)))
    return Extracted(text, headings=frozenset(h for _, h in headings), items=items)


#: The mark trafilatura writes before each item of a list ("- ").
_ITEM = re.compile(r"^- (?=\S)", re.MULTILINE)


def _list_items(text: str) -> tuple[str, frozenset[str]]:
    """`text` without trafilatura's item marks, and the lines that were items of a list."""
    items = frozenset(line[2:].strip() for line in text.split("\n") if _ITEM.match(line))
    return _ITEM.sub("", text), items


def _parsed(page: str) -> HtmlElement | None:
    """The page's tree, or None when lxml cannot parse it (the page is then read as trafilatura reads it)."""
    import lxml.html
    from lxml.etree import ParserError

    try:
        return lxml.html.fromstring(page)
    except (ParserError, ValueError):
        return None


def _parsed_with(page: str, marker: str) -> HtmlElement | None:
    """The page's tree when its source holds `marker` (a tag or attribute a rewrite needs), else None unparsed."""
    return _parsed(page) if marker in page.lower() else None


def _serialised(tree: HtmlElement) -> str:
    import lxml.html

    return str(lxml.html.tostring(tree, encoding="unicode"))


def layout_unwrapped(page: str) -> str:
    """The page with each table that lays it out (`_lays_out_page`) made plain blocks, its tables of data kept.

    An old-style page sets its menu and its article side by side in the cells of one table; read as a table,
    the whole article becomes one row, its paragraphs joined by spaces ("瀏覽人次：0285067 | 目前位置：首頁 >
    … 一、計畫目的：… 二、申請資格：… |"), and each question is read against one long table row. The cells of such
    a table are blocks of the page, as a browser draws them, so they are written as blocks."""
    tree = _parsed_with(page, "<table")
    if tree is None:
        return page
    layout = [table for table in tree.iter("table") if _lays_out_page(table)]
    for table in layout:
        for row in table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr"):
            for cell in row.xpath("./td | ./th"):
                cell.tag = "div"
                cell.attrib.clear()
            row.tag = "div"
        for part in table.xpath("./thead | ./tbody | ./tfoot | ./caption"):
            part.tag = "div"
        table.tag = "div"
    return _serialised(tree) if layout else page


def _lays_out_page(table: HtmlElement) -> bool:
    """Whether `table` lays out a page rather than holds data: a cell of its own holds another table or a
    heading (as readability tells layout tables from data tables, which hold neither), or more than
    `MAX_COPIED` characters in three blocks or more (a table of data pasted from Word has a paragraph or two in
    a cell; an article has many)."""
    for cell in table.xpath("./tr/td | ./tr/th | ./*/tr/td | ./*/tr/th"):
        if cell.xpath(".//table | .//h1 | .//h2 | .//h3 | .//h4 | .//h5 | .//h6"):
            return True
        blocks = cell.xpath("./p | ./div | ./ul | ./ol")
        if len(blocks) >= 3 and len(cell.text_content().strip()) > MAX_COPIED:
            return True
    return False


def grids_tabled(page: str) -> str:
    """The page with each table a style sheet draws without `<table>` made one (`qa.ingest.html_grids`)."""
    tree = _parsed(page)
    return _serialised(tree) if tree is not None and html_grids.tabled(tree) else page


def rowspans_copied(page: str) -> str:
    """The page with each data cell that spans rows copied into every row it spans, and a header cell's rows
    given an empty cell where it stood (the blank `qa.ingest.headers` reads a grouped header by); a cell
    spanning columns is followed by an empty cell for each other column it spans.

    trafilatura's main extractor pads a spanned row with an empty cell, but its readability fallback, which
    wins on many government pages, leaves the row short: "承德市 | 44家 | 5家 | 27家" under a header of five,
    its last cell merged with the row above's, reads 44家 as the wrong column. A cell spanning rows says the
    same thing of each, so each row gets it, as a Word table's vertically merged cell is read in each row. A
    cell spanning columns was left one cell too, so every cell right of it, and a grouped header ("资助额度"
    over 重点项目 and 一般项目), stood a column to the left."""
    low = page.lower()
    tree = _parsed(page) if "rowspan" in low or "colspan" in low else None
    if tree is None:
        return page
    spanned = False
    for table in tree.iter("table"):
        spanned |= _copy_spans(table)
    return _serialised(tree) if spanned else page


def _copy_spans(table: HtmlElement) -> bool:
    """Copies `table`'s row-spanning cells down and pads its column-spanning ones (`rowspans_copied`), each row
    rebuilt in grid order; whether it had any. A row of one cell (a note under the table) is not padded, nor a
    row past the table's widest row (its count of cells): a "colspan=99999" would pad it so."""
    rows = table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")
    width = max((len(row.xpath("./td | ./th")) for row in rows), default=0)
    pending: dict[int, tuple[int, HtmlElement]] = {}  # grid column → (rows it still spans, what goes there)
    spanned = False
    for row in rows:
        cells = row.xpath("./td | ./th")
        several = len(cells) > 1 or bool(pending)
        for cell in cells:
            row.remove(cell)
        column = 0
        while cells or any(c >= column for c in pending):
            if column in pending:
                left, filler = pending.pop(column)
                if left > 1:
                    pending[column] = (left - 1, filler)
                cell = copy.deepcopy(filler)
            elif cells:
                cell = cells.pop(0)
                if (rows_spanned := _span(cell, "rowspan")) > 1:
                    spanned = True
                    del cell.attrib["rowspan"]
                    pending[column] = (rows_spanned - 1, _filler(cell))
            else:  # a short row: what spans from above goes next, as the page draws it
                column = min(c for c in pending if c >= column)
                continue
            row.append(cell)
            span = _span(cell, "colspan")
            if span > 1 and several:
                spanned = True
                del cell.attrib["colspan"]
                for _ in range(min(span - 1, max(0, width - 1 - column))):
                    row.append(cell.makeelement(cell.tag, {}))
            column += span
    return spanned


def _filler(cell: HtmlElement) -> HtmlElement:
    """What stands in a spanned cell's place in the rows below: a copy of a data cell; an empty cell for a header
    cell, and for one that lays out the page rather than holds a value (`_lays_out`), which copied would put a
    sidebar or an article body in the text twice."""
    if cell.tag == "th" or _lays_out(cell):
        empty = cell.makeelement(cell.tag, {})
        if (colspan := cell.get("colspan")) is not None:
            empty.set("colspan", colspan)
        return empty
    filler = copy.deepcopy(cell)
    filler.tail = None
    return filler


def _lays_out(cell: HtmlElement) -> bool:
    """Whether a cell lays out a page (a nested table or list, or more than `MAX_COPIED` characters)."""
    nested = any(cell.find(f".//{tag}") is not None for tag in ("table", "ul", "ol"))
    return nested or len(cell.text_content().strip()) > MAX_COPIED


def _span(cell: HtmlElement, attr: str) -> int:
    """A cell's colspan or rowspan: 1 unless a number, at most `MAX_SPAN`."""
    value = (cell.get(attr) or "1").strip()
    return min(int(value), MAX_SPAN) if value.isdecimal() and int(value) > 0 else 1


def _with_tables(page: str, text: str, title: str) -> str:
    """`text`, or the page read again keeping its tables as rows when `text` lost them and nothing else.

    trafilatura's fallback extractors, which win on some pages, write a table as prose: a page whose main
    content is short (under trafilatura's 250 characters, a few lines of Chinese) gets each cell on a line of
    its own, and an article laid out with `<br>` rather than paragraphs gets its table run together into one
    line of cells ("序号 实验室名称 依托单位 … 1 吉林省汽车轻量化材料重点实验室 …"), which no question can read by row.
    The page is read again with the main extractor trusted at any length, then with its default balance of
    precision and recall; the first reading with table rows is used when every line of `text` is in it, but
    the title (which leads the text anyway) and lines made only of the page's table cells, so the rows cost
    nothing the fallback kept."""
    import trafilatura
    from trafilatura.settings import use_config

    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if "<table" not in page.lower() or any(is_table_row(line) for line in lines):
        return text
    cells = _cell_texts(page)
    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "1")
    readings = (
        lambda: trafilatura.extract(
            page, include_tables=True, include_comments=False, favor_recall=True, config=config
        ),
        lambda: trafilatura.extract(page, include_tables=True, include_comments=False),
    )
    for read in readings:
        tabled = read()
        if not tabled or not any(is_table_row(line) for line in tabled.split("\n")):
            continue
        if all(line in tabled or line == title or _of_cells(line, cells) for line in lines):
            return str(tabled)
    return text


def _cell_texts(page: str) -> list[str]:
    """The text of each table cell of `page`, whitespace collapsed (none when lxml cannot parse it)."""
    tree = _parsed(page)
    if tree is None:
        return []
    return [" ".join(cell.text_content().split()) for cell in tree.xpath("//td | //th")]


def _of_cells(line: str, cells: list[str]) -> bool:
    """Whether every word of `line` is (part of) a table cell: a table written as prose."""
    return bool(cells) and all(any(word in cell for cell in cells) for word in line.split())


def _two_column_rows(text: str) -> str:
    """`text` with the rows of each table of two columns (two lines or more of two cells) closed by a bar, as
    every reader writes a row ("事项 | 日期 |"): with one bar a line is prose, as a headline "标题 | 栏目" is."""
    lines = text.split("\n")
    rows = in_runs([2 if _TWO_CELLS.fullmatch(line.strip()) else None for line in lines], 2)
    return "\n".join(f"{line.rstrip()} |" if row else line for line, row in zip(lines, rows, strict=True))


def _html_headings(page: str) -> tuple[list[tuple[str, str]], str, str]:
    """(tag, text) of the page's h1–h6 elements in page order, its <title>, and the title its `ArticleTitle`
    metadata gives when its body shows it (a government site's pages carry that metadata, by the national
    website standard, and often set the title in a styled <div>), whitespace collapsed (none when lxml cannot
    parse it)."""
    tree = _parsed(page)
    if tree is None:
        return [], "", ""
    found = ((h.tag, " ".join(h.text_content().split())) for h in tree.iter("h1", "h2", "h3", "h4", "h5", "h6"))
    meta = " ".join(" ".join(tree.xpath("//meta[@name='ArticleTitle']/@content")[:1]).split())
    body = tree.find(".//body")
    shown = meta and body is not None and meta in " ".join(body.text_content().split())
    return (
        [(tag, h) for tag, h in found if h],
        " ".join((tree.findtext(".//title") or "").split()),
        meta if shown else "",
    )
