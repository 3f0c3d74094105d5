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

import io
import logging
import re
import shutil
import subprocess
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from qa.errors import DocumentError
from qa.ingest.extracted import Extracted
from qa.ingest.headers import column_names, docx_header_depth, flatten_headers
from qa.ingest.html import main_text
from qa.ingest.markdown import markdown_text
from qa.ingest.pdf import join_pages, page_text, table_pages, unwrap_page
from qa.ingest.plain_tables import plain_tables
from qa.ingest.rawbytes import decode, sniff
from qa.ingest.sections import heading_kind
from qa.ingest.word import boxed_lines, note_lines, shown_text

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


def _read_txt(path: Path, data: bytes) -> Extracted:
    """Plain text; a table drawn with tabs, box-drawing lines or runs of spaces is written with " | " as every
    table is, which cleaning would otherwise fold into single spaces and sections would read as prose. Text
    copied out of a PDF keeps its visual lines, each as wide as the page ("…发放总额为3200" / "万元，其中…"): they
    are joined as a PDF's are, the width counted in characters too (`unwrap_page`); a line that opens indented
    starts a paragraph."""
    return Extracted(unwrap_page(plain_tables(decode(path, data)), by_characters=True))


def _read_md(path: Path, data: bytes) -> Extracted:
    """Markdown as it reads rendered (`qa.ingest.markdown`); its headings' words stay as lines of their own for
    the section parser."""
    read = markdown_text(decode(path, data))
    return replace(read, text=flatten_headers(read.text))


def _read_html(path: Path, data: bytes) -> Extracted:
    """The page's main content (`qa.ingest.html`), so navigation and footers never reach cleaning."""
    found = main_text(decode(path, data))
    if found is None:
        raise DocumentError(path, "no main content found in the HTML page")
    return found


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
        texts = [page_text(page) for page in reader.pages]
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
    header of several rows as one (`qa.ingest.headers`). A table of one row has no header over data: it lays
    out lines side by side (a notice's issuers beside the date they signed), and they are read as lines.

    Word gives a row a cell per grid column, the same cell again where one spans several. Columns that every
    row spans together are one column; elsewhere a row keeps the grid's width, so each cell stays under its
    column: a header cell names each column it spans ("园区名称" over a region and a park), and a data cell
    spanning columns is read in the first, the rest left blank as a web page's are ("一次性奖励180万元" across
    补助比例 and 单项最高; read once, it left the row a cell short and every later cell under the wrong column)."""
    rows = [list(row.cells) for row in table.rows]
    if len(rows) == 1:  # no header over data: a row that lays out lines (issuers beside the date they signed)
        spanning = {id(c._tc): c for c in rows[0]}.values()  # a cell spanning columns once
        yield from (line for cell in spanning for p in cell.paragraphs if (line := " ".join(shown_text(p._p).split())))
        return
    width = max((len(row) for row in rows), default=0)
    together = [j > 0 and all(j >= len(r) or r[j]._tc is r[j - 1]._tc for r in rows) for j in range(width)]
    kept = [j for j in range(width) if not together[j]]
    depth = docx_header_depth(table)
    if depth > 1:
        names = column_names([[_cell_text(cell) for cell in row] for row in rows[:depth]])
        yield " | ".join(names[j] for j in kept if j < len(names)) + " |"
    elif rows and any(header := [_cell_text(rows[0][j]) for j in kept if j < len(rows[0])]):
        yield " | ".join(header) + " |"
    for row in rows[depth:]:
        cells = [_cell_text(row[j]) if j == 0 or row[j]._tc is not row[j - 1]._tc else "" for j in kept if j < len(row)]
        if any(cells):
            yield " | ".join(cells) + " |"


def _cell_text(cell: _Cell) -> str:
    """A cell's text on one line (as Word shows it, `shown_text`), a bar in it no column break."""
    return " ".join(" ".join(shown_text(p._p) for p in cell.paragraphs).split()).replace("|", "｜")


def _read_docx(path: Path, data: bytes) -> Extracted:
    """Paragraphs and tables in body order, each paragraph with the number Word's list numbering gives it
    (`qa.ingest.numbering`); styled headings on their own line, numbered or not. Text as Word shows it
    (`qa.ingest.word`): tracked changes as they stand, a text box after the paragraph that anchors it,
    footnotes and endnotes at the end."""
    import docx
    from docx.table import Table

    from qa.ingest.numbering import Numbering

    _check_docx_zip(path, data)
    try:
        document = docx.Document(io.BytesIO(data))
        numbering = Numbering(document)
        lines: list[str] = []
        headings: set[str] = set()
        items: set[str] = set()
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                lines.extend(_table_lines(block))
                continue
            number = numbering.prefix(block)  # counted even when the paragraph is empty, as Word does
            text = shown_text(block._p).strip()
            if text:
                text = number + text
                if _is_heading(block):
                    if heading_kind(text) is None:
                        text = " ".join(text.split())  # an unnumbered heading: one line, left to the title rule
                    headings.add(text)
                elif numbering.listed(block):
                    items.add(text)
                lines.append(text)
            lines += boxed_lines(block._p)  # a text box it anchors, after it
        lines += note_lines(document)
    except Exception as exc:  # python-docx and lxml raise many types for damaged parts
        raise DocumentError(path, f"not a readable .docx: {_short(exc)}") from exc
    if not "".join(lines).strip():
        raise DocumentError(path, "no text in the Word document")
    return Extracted("\n".join(lines), headings=frozenset(headings), items=frozenset(items))


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
