"""Tables a style sheet draws without `<table>`: lists and `<div>` rows set out in columns, and CSS grids.

A page may draw a table with no table element: a `<ul>` whose items are rows of `<span>` cells, a `<div>` whose
child `<div>`s are rows of cells (flex rows), or a CSS grid whose cells are all children of one `<div>` and whose
rows exist only through its `grid-template-columns`. Read as text, each row's cells run together into one word
("6乐山市光伏组件…中心乐山晶华…公司市中区", "国家级中试基地500万元200万元10%"), or the extractor drops the short
cells as boilerplate; made a `<table>`, each is read as rows under its header.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

#: Rows at least in a table drawn so: a header and two rows.
MIN_GRID_ROWS = 3
#: Cells at least in each of its rows: a title and a date (an article list's) are no row of a table.
MIN_GRID_CELLS = 3
#: The elements a drawn table's cells are.
_CELLS = ("span", "div", "p")
#: Elements that make a cell a block of its own (a layout's column), not a cell of text.
_BLOCKS = ("div", "p", "table", "ul", "ol", "dl", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6")
#: A rule of a style sheet, and the columns of a grid: `repeat(5, 1fr)` is five, `1.6fr 1fr minmax(0, 2fr)` three.
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_COLUMNS = re.compile(r"grid-template-columns\s*:\s*([^;]+)")
_TRACK = re.compile(r"repeat\(\s*(\d+)\s*,[^)]*\)|[^\s()]+(?:\([^)]*\))?")
_CLASS = re.compile(r"^[a-z]*\.([\w-]+)$", re.IGNORECASE)


def tabled(tree: HtmlElement) -> bool:
    """Make each table drawn without `<table>` in `tree` a table; whether there was one."""
    grids = _grid_columns(tree)
    drawn: dict[HtmlElement, list[list[HtmlElement]]] = {}
    for element in tree.iter("ul", "ol", "div"):
        if any(outer in drawn for outer in element.iterancestors()):
            continue  # inside a table drawn already
        rows = _list_rows(element) if element.tag in ("ul", "ol") else _div_rows(element, grids)
        if rows is not None:
            drawn[element] = rows
    for element, rows in drawn.items():
        _make_table(element, rows)
    return bool(drawn)


def _list_rows(listing: HtmlElement) -> list[list[HtmlElement]] | None:
    """A list's items as rows, when all are `<li>`s of nothing but one number of cells."""
    items = list(listing)
    if any(item.tag != "li" for item in items):
        return None
    return _shaped([list(item) for item in items], items)


def _div_rows(box: HtmlElement, grids: dict[str, int]) -> list[list[HtmlElement]] | None:
    """A `<div>`'s children as rows: child `<div>`s of nothing but one number of cells, or, in a grid of k
    columns, its cells k at a time."""
    children = list(box)
    columns = _columns(box, grids)
    if columns and len(children) % columns == 0 and all(_a_cell(c) for c in children):
        return _shaped([children[i : i + columns] for i in range(0, len(children), columns)], [box])
    if any(child.tag != "div" for child in children):
        return None
    rows = [list(child) for child in children]
    if not all(_a_cell(cell) for row in rows for cell in row):
        return None
    return _shaped(rows, children)


def _shaped(rows: list[list[HtmlElement]], wrappers: list[HtmlElement]) -> list[list[HtmlElement]] | None:
    """`rows` when they are `MIN_GRID_ROWS` or more of one number (`MIN_GRID_CELLS` or more) of cells, with no
    text of a row's own outside its cells."""
    if len(rows) < MIN_GRID_ROWS or len({len(row) for row in rows}) != 1 or len(rows[0]) < MIN_GRID_CELLS:
        return None
    loose = any((w.text or "").strip() for w in wrappers) or any((c.tail or "").strip() for r in rows for c in r)
    if loose or any(cell.tag not in _CELLS for row in rows for cell in row):
        return None
    return rows


def _a_cell(element: HtmlElement) -> bool:
    """Whether an element is a cell of text: a span, div or p holding no block of its own."""
    return element.tag in _CELLS and not any(child.tag in _BLOCKS for child in element.iterdescendants())


def _make_table(element: HtmlElement, rows: list[list[HtmlElement]]) -> None:
    from lxml.html import Element

    for child in list(element):
        element.remove(child)
    element.tag, element.text = "table", None
    element.attrib.clear()
    for cells in rows:
        row = Element("tr")
        for cell in cells:
            cell.tag, cell.tail = "td", None
            cell.attrib.clear()
            row.append(cell)
        element.append(row)


def _grid_columns(tree: HtmlElement) -> dict[str, int]:
    """The number of columns the page's style sheets give each class laid out as a grid ("grid-5": 5)."""
    found: dict[str, int] = {}
    for style in tree.iter("style"):
        for selectors, body in _RULE.findall(style.text or ""):
            columns = _count(body)
            for selector in selectors.split(","):
                if columns and (simple := _CLASS.match(selector.strip())):
                    found[simple.group(1)] = columns
    return found


def _columns(box: HtmlElement, grids: dict[str, int]) -> int:
    """The columns `box` is laid out in: by its own style, else by a class of it; 0 for no grid."""
    own = _count(box.get("style") or "")
    return own or max((grids.get(name, 0) for name in (box.get("class") or "").split()), default=0)


def _count(declarations: str) -> int:
    """The columns a `grid-template-columns` declaration among `declarations` gives, or 0."""
    found = _COLUMNS.search(declarations)
    if found is None:
        return 0
    return sum(int(m.group(1)) if m.group(1) else 1 for m in _TRACK.finditer(found.group(1).strip()))
