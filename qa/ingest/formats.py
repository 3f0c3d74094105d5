"""One corpus file in, its page text out: PDF, Word (.docx, .doc), HTML, Markdown and plain text.

Agencies publish policy as PDF and Word far more often than as text, in UTF-8,
GB18030/GBK or Big5. Every reader here hands the work to a well-kept library
(pypdf, python-docx, trafilatura, charset-normalizer, Debian's antiword) and
only checks what those libraries trust blindly: that the bytes really are the
type the name claims, that nothing is huge, encrypted, scanned or a zip bomb.
Every problem is one `DocumentError` naming the file, so a bad file is
reported and skipped while the rest of the corpus loads.
"""

from __future__ import annotations

import bisect
import io
import logging
import re
import shutil
import subprocess
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from qa.errors import DocumentError
from qa.ingest.headers import column_names, docx_header_depth, flatten_headers
from qa.ingest.pdf import join_pages, table_pages
from qa.ingest.rawbytes import decode, sniff
from qa.ingest.sections import heading_kind, is_table_row

if TYPE_CHECKING:
    from docx.table import Table, _Cell
    from docx.text.paragraph import Paragraph

SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx", ".doc")
MAX_BYTES = 20 * 1024 * 1024
#: Bounds on what a .docx may unpack to: a real policy document is a few MiB of XML.
MAX_UNZIPPED = 200 * 1024 * 1024
MAX_RATIO = 100
MAX_ENTRIES = 5000
#: A PDF with fewer visible characters than this per page has no usable text layer.
MIN_CHARS_PER_PAGE = 10
ANTIWORD_TIMEOUT = 60
# pypdf logs every recoverable oddity of a damaged file; the one-line error is what users need.
logging.getLogger("pypdf").setLevel(logging.ERROR)


@dataclass(frozen=True)
class Extracted:
    """A file's text; `pages` are the offsets in `text` where each PDF page starts (empty otherwise);
    `headings` the lines the file itself marks as headings (Markdown #, HTML h1–h6, Word heading styles),
    which cleaning never joins to the line after (a short title above a short first paragraph)."""

    text: str
    pages: tuple[int, ...] = ()
    headings: frozenset[str] = frozenset()


def _size(n: int) -> str:
    return f"{n // 2**20} MiB" if n >= 2**20 else f"{n} bytes"


def read_file(path: Path) -> Extracted:
    """The page text of one corpus file, chosen by extension and checked against its content."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise DocumentError(path, f"unsupported file type {path.suffix!r} (use {', '.join(SUFFIXES)})")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise DocumentError(path, f"file is larger than {_size(MAX_BYTES)}")
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(path, f"cannot read file: {exc.strerror or exc}") from exc
    if not data:
        raise DocumentError(path, "empty file")
    if len(data) > MAX_BYTES:  # grew since stat
        raise DocumentError(path, f"file is larger than {_size(MAX_BYTES)}")
    return _READERS[suffix](path, data)


# --- plain text, Markdown, HTML --------------------------------------------------------------


#: Cells separated by tabs, as text copied out of Word or a spreadsheet has them: three cells or more.
_TAB_ROW = re.compile(r"^[^\t\n]*(?:\t[^\t\n]*){2,}$", re.MULTILINE)


#: Where a table aligned with spaces (pasted from Word into a text file) puts its column breaks.
_SPACED = re.compile(r"[ \u3000]{2,}")
#: A rule drawn under a table's header (or between its rows) with dashes, equals signs or box-drawing lines.
_RULE = re.compile(r"\s*[-—=─━_＿－]{3,}[-—=─━_＿－\s]*")
#: Lines of a spaced table: a header and two rows at least, each cut into the same number of cells (three or more).
_SPACED_ROWS = 3


def _read_txt(path: Path, data: bytes) -> Extracted:
    """Plain text; a table pasted with tabs between its cells, or aligned with runs of spaces, is written with
    " | " as every table is, which cleaning would otherwise fold into single spaces and sections would read as
    prose."""
    text = _TAB_ROW.sub(lambda m: " | ".join(c.strip() for c in m.group().split("\t")), decode(path, data))
    return Extracted(_spaced_tables(text))


def _spaced_tables(text: str) -> str:
    """`text` with each run of `_SPACED_ROWS` lines or more that runs of spaces cut into the same number of
    cells (three or more) written as table rows. Prose never lines up so: one line with two wide gaps is left.
    A rule drawn between two rows ("-----" under the header) is no row: it neither breaks the run nor stays."""
    lines = text.split("\n")
    drawn = [i for i, line in enumerate(lines) if not _RULE.fullmatch(line)]  # every line but the rules
    cells = {i: _SPACED.split(lines[i].strip()) for i in drawn}
    shapes = [len(c) if len(c) >= 3 else None for c in cells.values()]
    rows = dict(zip(drawn, _in_runs(shapes, _SPACED_ROWS), strict=True))
    out = []
    for i, line in enumerate(lines):
        if i in rows:
            out.append(" | ".join(cells[i]) if rows[i] else line)
            continue
        after = bisect.bisect(drawn, i)  # drawn[after - 1] and drawn[after]: the lines either side of this rule
        if not (0 < after < len(drawn) and rows[drawn[after - 1]] and rows[drawn[after]]):
            out.append(line)  # a rule outside a table (a document's own separator) stays
    return "\n".join(out)


def _in_runs(shapes: list[int | None], least: int) -> list[bool]:
    """Which lines are in a run of `least` consecutive lines or more of one shape (their number of cells; None
    for a line that is no row): the rows of a table, where one such line alone may be prose."""
    rows = [False] * len(shapes)
    start = 0
    for end in range(1, len(shapes) + 1):
        if end == len(shapes) or shapes[end] != shapes[start]:
            if shapes[start] is not None and end - start >= least:
                rows[start:end] = [True] * (end - start)
            start = end
    return rows


#: A Markdown heading line: its marks, then its words (kept).
_MD_HEADING = re.compile(r"^#{1,6}\s+(.*)$", re.MULTILINE)
#: Bold or emphasis marks around words ("**附表 重点项目清单**"): the words stay, the marks go.
_MD_STRONG = re.compile(r"(\*\*|__|\*)(?=\S)(.+?)(?<=\S)\1")


def _read_md(path: Path, data: bytes) -> Extracted:
    """Markdown heading marks go; the heading words stay as their own line for the section parser."""
    text = _MD_STRONG.sub(r"\2", decode(path, data))
    headings = frozenset(h.strip() for h in _MD_HEADING.findall(text) if h.strip())
    return Extracted(flatten_headers(_MD_HEADING.sub(r"\1", text)), headings=headings)


def _read_html(path: Path, data: bytes) -> Extracted:
    """The page's main content through trafilatura, so navigation and footers never reach cleaning."""
    import trafilatura  # here: ~0.2 s of imports that `qa serve` (which loads a built index) never needs

    page = decode(path, data)
    extracted = trafilatura.extract(page, include_tables=True, include_comments=False, favor_recall=True)
    if not extracted:
        raise DocumentError(path, "no main content found in the HTML page")
    text, headings = str(extracted), _html_headings(page)
    # trafilatura keeps the page's title (its h1) as metadata, not text: a notice's title line
    # ("…关于印发…的通知") is what names the document, so it leads the text as on the page
    title = next((h for tag, h in headings if tag == "h1"), "")
    text = _with_tables(page, text, title)
    if title and title not in " ".join(text.split()):
        text = f"{title}\n{text}"
    return Extracted(_two_column_rows(flatten_headers(text)), headings=frozenset(h for _, h in headings))


def _with_tables(page: str, text: str, title: str) -> str:
    """`text`, or the page read again keeping its tables as rows when `text` lost them and nothing else.

    A page whose main content is short (fewer than trafilatura's 250 characters, a few lines of Chinese) is
    handed to its fallback extractors, which write each table cell on a line of its own: a short notice and
    its table of three rows becomes a column of numbers no question can read by row. Read again with the main
    extractor trusted at any length, the page keeps its table; that reading is used when every line of the
    first (its title aside, which leads the text anyway) is in it, so the rows cost nothing the fallback kept
    (on the 22 HTML pages of the unseen sets, none is read differently: all are long enough)."""
    import trafilatura
    from trafilatura.settings import use_config

    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if "<table" not in page.lower() or any(is_table_row(line) for line in lines):
        return text
    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "1")
    tabled = trafilatura.extract(page, include_tables=True, include_comments=False, favor_recall=True, config=config)
    if not tabled or not any(is_table_row(line) for line in tabled.split("\n")):
        return text
    kept = all(line in tabled or line == title for line in lines)
    return str(tabled) if kept else text


#: A row trafilatura writes for a table of two columns: two cells and one bar between them.
_TWO_CELLS = re.compile(r"[^|\n]*\S \| \S[^|\n]*")


def _two_column_rows(text: str) -> str:
    """`text` with the rows of each table of two columns (two lines or more of two cells) closed by a bar, as
    every reader writes a row ("事项 | 日期 |"): with one bar a line is prose, as a headline "标题 | 栏目" is."""
    lines = text.split("\n")
    rows = _in_runs([2 if _TWO_CELLS.fullmatch(line.strip()) else None for line in lines], 2)
    return "\n".join(f"{line.rstrip()} |" if row else line for line, row in zip(lines, rows, strict=True))


def _html_headings(page: str) -> list[tuple[str, str]]:
    """(tag, text) of the page's h1–h6 elements in page order, whitespace collapsed (none when lxml cannot
    parse it)."""
    import lxml.html
    from lxml.etree import ParserError

    try:
        tree = lxml.html.fromstring(page)
    except (ParserError, ValueError):
        return []
    found = ((h.tag, " ".join(h.text_content().split())) for h in tree.iter("h1", "h2", "h3", "h4", "h5", "h6"))
    return [(tag, h) for tag, h in found if h]


# --- PDF -------------------------------------------------------------------------------------


def _short(exc: BaseException) -> str:
    """An exception as a short single line for a one-line error."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 100 else text[:99] + "…"


def _read_pdf(path: Path, data: bytes) -> Extracted:
    """The text layer page by page (pypdf; a page with a ruled table is read by pdfplumber instead, see
    `qa.ingest.pdf`), pages joined by a newline, with each page's start offset.

    pypdf's plain extraction keeps Chinese lines intact; its layout mode only
    adds padding spaces, so it is not used.
    """
    import pypdf  # here, as python-docx below: a server that never parses a file starts 0.2 s sooner

    if b"%PDF-" not in data[:1024]:
        raise DocumentError(path, f"not a PDF (is {sniff(data) or 'text or unknown data'})")
    if b"%%EOF" not in data[-1024:]:
        raise DocumentError(path, "not a readable PDF: truncated (no %%EOF at the end)")
    encrypted = False
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            encrypted = True
            if reader.decrypt("") == pypdf.PasswordType.NOT_DECRYPTED:
                raise DocumentError(path, "encrypted PDF (needs a password)")
        texts = [page.extract_text() or "" for page in reader.pages]
    except DocumentError:
        raise
    except pypdf.errors.DependencyError as exc:
        raise DocumentError(path, f"encrypted PDF (cannot decrypt: {_short(exc)})") from exc
    except Exception as exc:  # pypdf raises many types for damaged files
        raise DocumentError(path, f"not a readable PDF: {_short(exc)}") from exc
    if not texts:
        raise DocumentError(path, "not a readable PDF: no pages")
    visible = sum(len("".join(t.split())) for t in texts)
    if visible < MIN_CHARS_PER_PAGE * len(texts):
        if encrypted:
            raise DocumentError(path, "encrypted PDF: opens without a password but no text could be extracted")
        raise DocumentError(path, "no text layer (scanned PDF?); run OCR first")
    for number, text in table_pages(data, len(texts)).items():
        texts[number] = text
    return Extracted(*join_pages(texts))


# --- Word ------------------------------------------------------------------------------------


def _check_docx_zip(path: Path, data: bytes) -> None:
    """Refuse anything python-docx should not unpack: non-zips, damaged zips, zip bombs, non-Word zips."""
    kind = sniff(data)
    if not data.startswith(b"PK"):
        raise DocumentError(path, f"not a Word .docx file (not a zip archive{f'; is {kind}' if kind else ''})")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise DocumentError(path, f"corrupt .docx (damaged zip archive: {_short(exc)})") from exc
    if len(entries) > MAX_ENTRIES:
        raise DocumentError(path, f"too many entries in the .docx ({len(entries)}; zip bomb?)")
    unzipped = sum(e.file_size for e in entries)
    if unzipped > MAX_UNZIPPED:
        raise DocumentError(path, "compressed content too large (zip bomb?)")
    packed = sum(e.compress_size for e in entries)
    if unzipped > 10 * 2**20 and unzipped > MAX_RATIO * max(packed, 1):
        raise DocumentError(path, f"compression ratio {unzipped // max(packed, 1)}:1 is not a document (zip bomb?)")
    if "word/document.xml" not in {e.filename for e in entries}:
        raise DocumentError(path, "not a Word .docx file (zip archive without word/document.xml)")


def _is_heading(paragraph: Paragraph) -> bool:
    """Heading by style name (Heading N / 标题 N / Title) or an outline level on the paragraph or its styles."""
    from docx.oxml.ns import qn

    from qa.ingest.numbering import style_chain

    style = paragraph.style
    if re.match(r"^(heading|标题|標題)\s*\d|^(title|标题|標題)$", (style.name or "").lower() if style else ""):
        return True
    for element in style_chain(paragraph):
        ppr = element.find(qn("w:pPr"))
        level = ppr.find(qn("w:outlineLvl")) if ppr is not None else None
        if level is not None:
            return bool(level.get(qn("w:val")) != "9")  # 9 = body text
    return False


def _table_lines(table: Table) -> Iterator[str]:
    """Rows as `cell | cell | cell |`, the form the seeds' tables take and `qa.ingest.sections` recognises; a
    header of several rows as one (`qa.ingest.headers`)."""
    depth = docx_header_depth(table)
    rows = list(table.rows)
    if depth > 1:
        header = [[_cell_text(cell) for cell in row.cells] for row in rows[:depth]]
        tcs = [[cell._tc for cell in row.cells] for row in rows[:depth]]
        names = column_names(header)
        # a cell spanning columns in every header row names one column, as its data rows' cells are read once
        kept = [j for j in range(len(names)) if j == 0 or any(r[j] is not r[j - 1] for r in tcs)]
        yield " | ".join(names[j] for j in kept) + " |"
        rows = rows[depth:]
    for row in rows:
        cells: list[str] = []
        spanned: list[object] = []
        for cell in row.cells:
            if any(cell._tc is tc for tc in spanned):  # a merged cell is reported once per grid column
                continue
            spanned.append(cell._tc)
            cells.append(_cell_text(cell))
        if any(cells):
            yield " | ".join(cells) + " |"


def _cell_text(cell: _Cell) -> str:
    """A cell's text on one line, a bar in it no column break."""
    return " ".join(cell.text.split()).replace("|", "｜")


def _read_docx(path: Path, data: bytes) -> Extracted:
    """Paragraphs and tables in body order, each paragraph with the number Word's list numbering gives it
    (`qa.ingest.numbering`); styled headings on their own line, numbered or not."""
    import docx
    from docx.table import Table

    from qa.ingest.numbering import Numbering

    _check_docx_zip(path, data)
    try:
        document = docx.Document(io.BytesIO(data))
        numbering = Numbering(document)
        lines: list[str] = []
        headings: set[str] = set()
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                lines.extend(_table_lines(block))
                continue
            number = numbering.prefix(block)  # counted even when the paragraph is empty, as Word does
            text = block.text.strip()
            if not text:
                continue
            text = number + text
            if _is_heading(block):
                if heading_kind(text) is None:
                    text = " ".join(text.split())  # an unnumbered heading: one line, left to the title rule
                headings.add(text)
            lines.append(text)
    except Exception as exc:  # python-docx and lxml raise many types for damaged parts
        raise DocumentError(path, f"not a readable .docx: {_short(exc)}") from exc
    if not "".join(lines).strip():
        raise DocumentError(path, "no text in the Word document")
    return Extracted("\n".join(lines), headings=frozenset(headings))


def _antiword() -> str | None:
    return shutil.which("antiword")


def _read_doc(path: Path, data: bytes) -> Extracted:
    """Legacy Word through Debian's `antiword` (UTF-8 output, lines unwrapped), run without a shell."""
    kind = sniff(data)
    if not kind or not kind.startswith("a legacy Office"):
        raise DocumentError(path, f"not a legacy Word .doc file (is {kind or 'text or unknown data'})")
    tool = _antiword()
    if tool is None:
        raise DocumentError(
            path,
            ".doc needs the `antiword` tool (Debian package antiword); install it or save the file as .docx",
        )
    try:
        done = subprocess.run(
            [tool, "-m", "UTF-8.txt", "-w", "0", str(path)],
            capture_output=True,
            timeout=ANTIWORD_TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise DocumentError(path, f"antiword took longer than {ANTIWORD_TIMEOUT} s") from exc
    except OSError as exc:
        raise DocumentError(path, f"cannot run antiword: {exc.strerror or exc}") from exc
    text = done.stdout.decode("utf-8", errors="replace")
    if done.returncode != 0 or not text.strip():
        reason = done.stderr.decode("utf-8", errors="replace").replace(str(path), path.name).strip().splitlines()
        raise DocumentError(path, f"antiword cannot read it: {reason[0] if reason else 'no text'}")
    return Extracted(text)


_READERS: dict[str, Callable[[Path, bytes], Extracted]] = {
    ".txt": _read_txt,
    ".md": _read_md,
    ".html": _read_html,
    ".htm": _read_html,
    ".pdf": _read_pdf,
    ".docx": _read_docx,
    ".doc": _read_doc,
}
