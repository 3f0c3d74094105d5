"""qa.ingest.formats: the five seeds as Word, PDF, GB18030 and Big5 read back the same; bad files are one-line errors.

Every file is made here, in tmp_path, with real writers (python-docx, reportlab, pypdf, zipfile).
"""

from __future__ import annotations

import io
import re
import shutil
import unicodedata
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pypdf
import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from qa.errors import DocumentError
from qa.ingest import formats
from qa.ingest.documents import Document, load_corpus, load_document, read_text
from qa.ingest.sections import heading_kind, is_table_row
from tests.conftest import SEEDS

SEED_FILES = sorted(SEEDS.glob("*.txt"))
ARTICLE = "湖北省加快推进光谷科技创新大走廊建设，全社会研发经费支出占地区生产总值的比重超过4.2%。"
LINES_PER_PAGE = 20
_FONT = "STSong-Light"  # reportlab's built-in Adobe-GB1 CID font: a real Chinese text layer, no system fonts
pdfmetrics.registerFont(UnicodeCIDFont(_FONT))
_HEADING_LEVEL = {"chapter": 1, "cn_num": 1, "cn_paren": 2, "arabic": 3, "arabic_paren": 4}


def _squash(text: str) -> str:
    """Text without whitespace: PDF and Word drop blank lines and spacing inside table cells."""
    return "".join(text.split())


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


# --- writers -----------------------------------------------------------------------------------


def write_docx(text: str, path: Path) -> None:
    """Numbered lines become Heading paragraphs, runs of `a | b |` rows a real Word table."""
    document = docx.Document()
    rows: list[list[str]] = []

    def flush() -> None:
        if rows:
            width = max(len(r) for r in rows)
            table = document.add_table(rows=len(rows), cols=width)
            for r, cells in enumerate(rows):
                for c, cell in enumerate(cells):
                    table.cell(r, c).text = cell
            rows.clear()

    for line in _lines(text):
        if is_table_row(line):
            cells = [c.strip() for c in line.split("|")]
            rows.append(cells[:-1] if cells[-1] == "" else cells)
            continue
        flush()
        kind = heading_kind(line)
        if kind in _HEADING_LEVEL:
            document.add_heading(line, level=_HEADING_LEVEL[kind])
        else:
            document.add_paragraph(line)
    flush()
    document.save(str(path))


def pdf_bytes(pages: list[list[str]], encrypt: tuple[str, str] | None = None) -> bytes:
    """One PDF page per list of lines, each line drawn whole (the page is as wide as the longest line)."""
    size = 8
    width = 40 + size * max((len(line) for page in pages for line in page), default=10)
    height = 40 + (size + 4) * max((len(page) for page in pages), default=1)
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(width, height), encrypt=None)
    for page in pages:
        pdf.setFont(_FONT, size)
        for i, line in enumerate(page):
            pdf.drawString(20, height - 20 - (size + 4) * (i + 1), line)
        pdf.showPage()
    pdf.save()
    data = buffer.getvalue()
    if encrypt:
        writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(data)))
        writer.encrypt(user_password=encrypt[0], owner_password=encrypt[1], algorithm="RC4-128")
        out = io.BytesIO()
        writer.write(out)
        data = out.getvalue()
    return data


def seed_pages(text: str) -> list[list[str]]:
    """At most LINES_PER_PAGE lines a page, and at least three pages (seed 001 has only 16 lines)."""
    lines = _lines(text)
    per = min(LINES_PER_PAGE, max(1, len(lines) // 3))
    return [lines[i : i + per] for i in range(0, len(lines), per)]


# --- the seeds in every format -----------------------------------------------------------------


@pytest.fixture(scope="module")
def originals() -> dict[str, Document]:
    return {path.stem: load_document(path) for path in SEED_FILES}


def _same(converted: Document, original: Document) -> None:
    assert [s.title for s in converted.sections] == [s.title for s in original.sections]
    assert _squash(converted.text) == _squash(original.text)
    assert converted.title == original.title


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.name[:3])
def test_seed_as_docx_reads_the_same(seed: Path, tmp_path: Path, originals: dict[str, Document]) -> None:
    target = tmp_path / f"{seed.stem}.docx"
    write_docx(seed.read_text("utf-8"), target)
    doc = load_document(target)
    _same(doc, originals[seed.stem])
    assert doc.pages == () and doc.page_at(0) is None


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.name[:3])
def test_seed_as_pdf_reads_the_same_with_pages(seed: Path, tmp_path: Path, originals: dict[str, Document]) -> None:
    pages = seed_pages(seed.read_text("utf-8"))
    target = tmp_path / f"{seed.stem}.pdf"
    target.write_bytes(pdf_bytes(pages))
    doc = load_document(target)
    _same(doc, originals[seed.stem])
    assert len(doc.pages) == len(pages) > 1 and doc.pages[0] == 0
    assert list(doc.pages) == sorted(doc.pages)
    # every surviving line with a run of 10 Han characters is cited on the page it was drawn on
    checked = 0
    for number, page in enumerate(pages, start=1):
        for line in page:
            run = re.search(r"[\u4e00-\u9fff]{10}", line)
            probe = run[0] if run else ""
            # (a line repeated elsewhere, e.g. a lead 导言：… re-printing a paragraph, is cited where it is kept)
            if probe and doc.text.count(probe) == 1 and sum(probe in x for p in pages for x in p) == 1:
                assert doc.page_at(doc.text.index(probe)) == number, line
                checked += 1
    assert checked >= 3


def test_page_of_a_known_sentence(tmp_path: Path) -> None:
    pages = [
        ["光谷科技创新大走廊行动方案", ARTICLE],
        [f"第二页的句子：{ARTICLE}"],
        ["- 3 -"],
        [ARTICLE[:-1] + "，第四页。"],
    ]
    (tmp_path / "plan.pdf").write_bytes(pdf_bytes(pages))
    doc = load_document(tmp_path / "plan.pdf")
    assert doc.page_at(doc.text.index("第二页的句子")) == 2
    assert doc.page_at(doc.text.index("第四页")) == 4
    assert doc.page_at(0) == 1 and doc.page_at(len(doc.text)) == 4
    assert doc.pages[2] == doc.pages[3]  # the page whose only line (a page number) was cleaned away


@pytest.mark.parametrize("encoding", ["gb18030", "big5"])
@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.name[:3])
def test_seed_in_legacy_encoding_reads_the_same(seed: Path, encoding: str, tmp_path: Path) -> None:
    # Big5 cannot hold Simplified characters or pinyin tone marks: the reference is what Big5 can keep.
    text = seed.read_text("utf-8").encode(encoding, errors="replace").decode(encoding)
    (tmp_path / "utf8.txt").write_text(text, encoding="utf-8")
    (tmp_path / "legacy.txt").write_bytes(text.encode(encoding))
    assert read_text(tmp_path / "legacy.txt") == text
    _same(load_document(tmp_path / "legacy.txt"), load_document(tmp_path / "utf8.txt"))


@pytest.mark.parametrize("encoding", ["gb18030", "big5"])
def test_short_chinese_lines_detected(encoding: str, tmp_path: Path) -> None:
    """charset-normalizer alone mislabels short text; every seed line with 10+ Han characters must decode.

    Shorter strings are inherently ambiguous (GB18030 `2025年` is valid Big5 `2025爛`); a document needs
    20 characters after cleaning anyway.
    """
    for seed in SEED_FILES:
        for line in _lines(seed.read_text("utf-8")):
            try:
                data = line.encode(encoding)
            except UnicodeEncodeError:
                continue
            if len(re.findall(r"[\u4e00-\u9fff]", line)) >= 10:
                (tmp_path / "line.txt").write_bytes(data)
                assert read_text(tmp_path / "line.txt") == line


def test_utf8_with_bom_and_markdown(tmp_path: Path) -> None:
    (tmp_path / "bom.md").write_bytes(f"# 方案\n\n{ARTICLE}".encode("utf-8-sig"))
    assert read_text(tmp_path / "bom.md") == f"方案\n\n{ARTICLE}"
    (tmp_path / "notepad.txt").write_bytes(ARTICLE.encode("utf-16"))  # with its byte-order mark
    assert read_text(tmp_path / "notepad.txt") == ARTICLE


def test_a_table_pasted_with_tabs_is_a_table_and_markdown_bold_marks_go(tmp_path: Path) -> None:
    rows = (
        "表1 建设任务表\r\n序号\t平台名称\t依托单位\t总投资（万元）\r\n"
        "1\t深海研究平台\t崂山实验室\t98000\r\n2\t药物中试基地\t\t36000\r\n"
    )
    (tmp_path / "tabs.txt").write_bytes((ARTICLE + "\r\n" + rows + ARTICLE).encode("gb18030"))
    lines = load_document(tmp_path / "tabs.txt").text.split("\n")
    assert (
        "序号 | 平台名称 | 依托单位 | 总投资（万元）" in lines and "2 | 药物中试基地 |  | 36000" in lines
    )  # empty cell kept
    assert all(is_table_row(line) for line in lines if line.startswith(("1 ", "2 ")))
    (tmp_path / "bold.md").write_text(f"{ARTICLE}\n\n**附表 重点项目清单**\n\n{ARTICLE}\n", encoding="utf-8")
    assert "附表 重点项目清单" in load_document(tmp_path / "bold.md").text.split("\n")


def test_a_table_aligned_with_spaces_in_a_text_file_is_a_table(tmp_path: Path) -> None:
    rows = (
        "表1  重大创新平台清单\r\n名称                  类型            所在区    建设期限\r\n"
        "物联网感知创新中心    国家级分中心    新吴区    2025—2028年\r\n"
        "集成电路封装研究院    新型研发机构    滨湖区    2026—2029年\r\n"
    )
    (tmp_path / "spaced.txt").write_bytes((ARTICLE + "\r\n" + rows + ARTICLE).encode("gbk"))
    lines = load_document(tmp_path / "spaced.txt").text.split("\n")
    assert "名称 | 类型 | 所在区 | 建设期限" in lines
    assert "集成电路封装研究院 | 新型研发机构 | 滨湖区 | 2026—2029年" in lines
    assert not any("|" in line for line in lines if line.startswith("表1"))  # two cells on one line: a caption


def test_a_rule_drawn_under_a_spaced_tables_header_is_no_row_and_keeps_the_header_in_the_table(
    tmp_path: Path,
) -> None:
    rows = (
        "  補助類別      每案補助上限    115年度預計核定件數    114年度核定件數\r\n"
        "  ------------------------------------------------------------\r\n"
        "  研發創新類    150萬元         18件                   14件\r\n"
        "  智慧製造類    100萬元         24件                   19件\r\n"
    )
    text = ARTICLE + "\r\n" + rows + "\r\n==========\r\n" + ARTICLE
    (tmp_path / "ruled.txt").write_bytes(text.encode("gb18030"))
    lines = load_document(tmp_path / "ruled.txt").text.split("\n")
    header = lines.index("補助類別 | 每案補助上限 | 115年度預計核定件數 | 114年度核定件數")
    assert lines[header + 1] == "研發創新類 | 150萬元 | 18件 | 14件"  # the rule between them is gone
    assert "智慧製造類 | 100萬元 | 24件 | 19件" in lines


def test_docx_unnumbered_heading_and_table_in_place(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("光谷科技创新大走廊", level=0)
    document.add_paragraph(ARTICLE)
    document.add_heading("总体要求", level=1)
    document.add_paragraph("到2025年，" + ARTICLE)
    table = document.add_table(rows=2, cols=2)
    for (r, c), value in {(0, 0): "城市", (0, 1): "园区", (1, 0): "鄂州", (1, 1): "光谷|鄂州"}.items():
        table.cell(r, c).text = value
    document.add_paragraph("表后的段落：" + ARTICLE)
    document.save(str(tmp_path / "plan.docx"))
    assert read_text(tmp_path / "plan.docx").split("\n") == [
        "光谷科技创新大走廊",
        ARTICLE,
        "总体要求",
        "到2025年，" + ARTICLE,
        "城市 | 园区 |",
        "鄂州 | 光谷｜鄂州 |",
        "表后的段落：" + ARTICLE,
    ]
    # unnumbered headings are lines of their own; sections finds them by its one-line-title rule (a short line
    # before a paragraph); two short ones in a row would be rejoined by cleaning into one line
    doc = load_document(tmp_path / "plan.docx")
    assert [s.title for s in doc.sections][:2] == ["光谷科技创新大走廊", "总体要求"]


SHORT_FIRST = "银河园2026年投资额为99亿元。"  # a short first paragraph, which cleaning would join to a short line


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("plan.md", f"# 银河园简介\n\n{SHORT_FIRST}\n\n## 一、总体要求\n\n{ARTICLE}\n"),
        (
            "plan.html",
            f"<html><body><h1>银河园简介</h1><p>{SHORT_FIRST}</p><h2>一、总体要求</h2><p>{ARTICLE}</p></body></html>",
        ),
        (
            "plan.txt",
            f"关于银河园建设的实施意见\n\n{SHORT_FIRST}\n\n一、总体要求\n\n{ARTICLE}\n",
        ),  # titled by its kind (意见)
    ],
    ids=["markdown", "html", "official-title"],
)
def test_a_title_above_a_short_first_paragraph_stays_a_line_of_its_own(tmp_path: Path, name: str, content: str) -> None:
    (tmp_path / name).write_text(content, encoding="utf-8")
    doc = load_document(tmp_path / name)
    assert doc.text.split("\n")[1] == SHORT_FIRST and doc.title == doc.text.split("\n")[0]


def test_word_heading_styles_are_headings_cleaning_keeps_apart(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("银河园简介", level=1)
    document.add_paragraph(SHORT_FIRST)
    document.add_paragraph(ARTICLE)
    document.save(str(tmp_path / "short.docx"))
    assert formats.read_file(tmp_path / "short.docx").headings == {"银河园简介"}
    assert load_document(tmp_path / "short.docx").text.startswith(f"银河园简介\n{SHORT_FIRST}\n")


def test_encrypted_pdf_that_opens_without_password_is_read(tmp_path: Path) -> None:
    (tmp_path / "owner.pdf").write_bytes(pdf_bytes([[ARTICLE]], encrypt=("", "owner-secret")))
    assert "光谷" in load_document(tmp_path / "owner.pdf").text


@pytest.mark.skipif(shutil.which("antiword") is None, reason="antiword (Debian package) not installed")
def test_doc_damaged_is_reported_by_antiword(tmp_path: Path) -> None:
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(DocumentError, match=r"^old\.doc: antiword cannot read it"):
        load_document(tmp_path / "old.doc")


# --- bad files ---------------------------------------------------------------------------------


def _docx_bytes(*paragraphs: str) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _zip_bytes(entries: dict[str, bytes | int]) -> bytes:
    """A zip archive; an int entry is that many zero bytes, written in pieces (a zip bomb stays small)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries.items():
            if isinstance(content, bytes):
                archive.writestr(name, content)
                continue
            with archive.open(name, "w") as fh:
                for _ in range(content // 2**20):
                    fh.write(bytes(2**20))
    return buffer.getvalue()


def _good_pdf() -> bytes:
    return pdf_bytes([[ARTICLE], [ARTICLE]])


#: name → (file content, reason the error must give)
BAD_FILES: dict[str, tuple[Callable[[], bytes], str]] = {
    "empty.txt": (lambda: b"", "empty file"),
    "empty.pdf": (lambda: b"", "empty file"),
    "truncated.pdf": (lambda: _good_pdf()[: len(_good_pdf()) // 2], r"not a readable PDF: truncated"),
    "garbage.pdf": (lambda: b"%PDF-1.7\n" + bytes(range(1, 256)) * 40 + b"\n%%EOF\n", r"not a readable PDF: \S"),
    "locked.pdf": (
        lambda: pdf_bytes([[ARTICLE]], encrypt=("user-secret", "owner")),
        r"encrypted PDF \(needs a password\)",
    ),
    "locked-empty.pdf": (
        lambda: pdf_bytes([[], []], encrypt=("", "owner")),
        "encrypted PDF: opens without a password but no text could be extracted",
    ),
    "scanned.pdf": (lambda: pdf_bytes([["- 1 -"], [], ["- 3 -"]]), r"no text layer \(scanned PDF\?\); run OCR first"),
    "bomb.docx": (
        lambda: _zip_bytes({"[Content_Types].xml": b"<x/>", "word/document.xml": 24 * 2**20}),
        r"compression ratio \d+:1 is not a document \(zip bomb\?\)",
    ),
    "plain-zip.docx": (lambda: _zip_bytes({"notes.txt": ARTICLE.encode()}), "zip archive without word/document.xml"),
    "truncated.docx": (lambda: _docx_bytes(ARTICLE)[:3000], r"corrupt \.docx \(damaged zip archive: "),
    "pdf-named.docx": (_good_pdf, r"not a Word \.docx file \(not a zip archive; is a PDF\)"),
    "blank.docx": (lambda: _docx_bytes("", "  "), "no text in the Word document"),
    "parts-missing.docx": (lambda: _zip_bytes({"word/document.xml": b"<w:document/>"}), r"not a readable \.docx: "),
    "text-named.pdf": (lambda: ARTICLE.encode(), r"not a PDF \(is text or unknown data\)"),
    "pdf-named.txt": (_good_pdf, r"is a PDF, not a text file"),
    "zip-named.txt": (lambda: _docx_bytes(ARTICLE), r"is a zip archive, not a text file"),
    "binary.txt": (lambda: b"\x81\xff\xfe\x00" * 10, r"binary data, not text \(NUL bytes\)"),
    "controls.txt": (lambda: bytes(range(1, 9)) * 20, r"binary data, not text \(control characters\)"),
    "latin1.txt": (
        lambda: "café crème brûlée à la carte ÿ".encode("latin-1") * 3,
        "not valid UTF-8, GB18030 or Big5 text",
    ),
    "text-named.doc": (lambda: ARTICLE.encode(), r"not a legacy Word \.doc file \(is text or unknown data\)"),
    "docx-named.doc": (lambda: _docx_bytes(ARTICLE), r"not a legacy Word \.doc file \(is a zip archive"),
    "nomain.html": (
        lambda: b"<html><head><title>x</title></head><body><script>var a=1;</script></body></html>",
        "no main content found in the HTML page",
    ),
    "furniture.txt": (lambda: "浏览量：12\n".encode(), r"too little text \(under 20 characters\)"),
}


def _write(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_bytes(BAD_FILES[name][0]())
    return path


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_is_one_line_error_naming_file_and_reason(name: str, tmp_path: Path) -> None:
    path = _write(tmp_path, name)
    with pytest.raises(DocumentError) as caught:
        load_document(path)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(f"{name}: ")
    assert re.search(BAD_FILES[name][1], caught.value.reason), message
    assert caught.value.path == path


def test_oversize_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(formats, "MAX_BYTES", 64)
    (tmp_path / "big.txt").write_text(ARTICLE * 2, encoding="utf-8")
    with pytest.raises(DocumentError, match=r"^big\.txt: file is larger than 64 bytes$"):
        load_document(tmp_path / "big.txt")


def test_docx_unzipping_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(formats, "MAX_UNZIPPED", 1000)
    (tmp_path / "big.docx").write_bytes(_docx_bytes(ARTICLE * 20))
    with pytest.raises(DocumentError, match=r"^big\.docx: compressed content too large \(zip bomb\?\)$"):
        load_document(tmp_path / "big.docx")


def test_doc_without_antiword_names_the_tool(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "no-tools"))
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(DocumentError) as caught:
        load_document(tmp_path / "old.doc")
    assert str(caught.value) == (
        "old.doc: .doc needs the `antiword` tool (Debian package antiword); install it or save the file as .docx"
    )


def test_unsupported_extension(tmp_path: Path) -> None:
    (tmp_path / "sheet.xlsx").write_bytes(_docx_bytes(ARTICLE))
    with pytest.raises(DocumentError, match=r"^sheet\.xlsx: unsupported file type '\.xlsx' \(use \.txt, "):
        load_document(tmp_path / "sheet.xlsx")


def test_corpus_with_bad_files_still_loads_the_good_ones(tmp_path: Path) -> None:
    for name in BAD_FILES:
        _write(tmp_path, name)
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "good-gbk.txt").write_bytes(ARTICLE.encode("gbk"))
    (tmp_path / "good.pdf").write_bytes(_good_pdf())
    (tmp_path / "good.docx").write_bytes(_docx_bytes("光谷方案", ARTICLE))
    (tmp_path / "ignored.xlsx").write_bytes(b"PK")
    corpus = load_corpus(tmp_path)
    assert sorted(d.source for d in corpus.documents) == ["good-gbk.txt", "good.docx", "good.pdf", "good.txt"]
    assert sorted(e.path.name for e in corpus.errors) == sorted(BAD_FILES)
    assert all("\n" not in str(e) for e in corpus.errors)


def test_docx_merged_cells_keep_the_grid(tmp_path: Path) -> None:
    """A header cell spanning columns that the rows below keep apart names each; a data cell spanning columns is
    read in the first, the rest blank; columns every row spans together are one column."""
    document = docx.Document()
    document.add_paragraph(ARTICLE)
    table = document.add_table(rows=3, cols=4)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "园区名称"
    for c, value in enumerate(["补助比例", "单项最高"], start=2):
        table.cell(0, c).text = value
    for c, value in enumerate(["光谷", "鄂州", "40%", "25万元"]):
        table.cell(1, c).text = value
    table.cell(2, 0).text, table.cell(2, 1).text = "葛店", "鄂州"
    table.cell(2, 2).merge(table.cell(2, 3)).text = "一次性奖励180万元"
    merged = document.add_table(rows=2, cols=3)
    merged.cell(0, 0).merge(merged.cell(0, 1)).text = "事项"
    merged.cell(1, 0).merge(merged.cell(1, 1)).text = "申报"
    merged.cell(0, 2).text, merged.cell(1, 2).text = "日期", "3月1日"
    document.save(str(tmp_path / "merged.docx"))
    assert read_text(tmp_path / "merged.docx").split("\n")[1:] == [
        "园区名称 | 园区名称 | 补助比例 | 单项最高 |",
        "光谷 | 鄂州 | 40% | 25万元 |",
        "葛店 | 鄂州 | 一次性奖励180万元 |  |",  # not a cell short: 720万元 would be read under 单项最高
        "事项 | 日期 |",
        "申报 | 3月1日 |",
    ]


def _wrap(line: str, columns: int) -> list[str]:
    """`line` cut into visual lines at most `columns` half-width columns wide (a Chinese character takes
    two), as a layout engine wraps text at the page edge."""
    pieces, piece, width = [], "", 0
    for ch in line:
        w = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if width + w > columns:
            pieces.append(piece)
            piece, width = "", 0
        piece, width = piece + ch, width + w
    return [*pieces, piece] if piece else pieces


def test_lines_wrapped_by_the_page_edge_are_joined_again(tmp_path: Path, originals: dict[str, Document]) -> None:
    """Real PDFs keep visual lines: the seeds wrapped at 76 columns (38 Chinese characters) a line, as a
    layout engine wraps them, 40 lines a page, a page number under each page. Measured: 81 of 89 long
    lines come back whole (none without `unwrap_page`); the rest are cut where a wrapped line ends a
    sentence at the page edge, or is not as wide as the page's widest line."""
    whole = total = 0
    for seed in SEED_FILES:
        visual = [piece for line in _lines(seed.read_text(encoding="utf-8")) for piece in _wrap(line, 76)]
        pages = [[*visual[i : i + 40], f"— {i // 40 + 1} —"] for i in range(0, len(visual), 40)]
        (tmp_path / f"{seed.stem}.pdf").write_bytes(pdf_bytes(pages))
        converted = load_document(tmp_path / f"{seed.stem}.pdf")
        assert "— 1 —" not in converted.text
        lines = set(converted.text.split("\n"))
        long = [line for line in originals[seed.stem].text.split("\n") if len(line) >= 60]
        whole += sum(line in lines for line in long)
        total += len(long)
        assert abs(len(converted.sections) - len(originals[seed.stem].sections)) <= 1
    assert whole >= 0.8 * total, f"{whole} of {total} long lines whole"


def test_a_text_file_wrapped_as_copied_out_of_a_pdf_reads_as_paragraphs(tmp_path: Path) -> None:
    """GB18030, every paragraph hard-wrapped at 30 characters, a number cut from its unit by the wrap."""
    paragraph = (
        "（三）创新券发放总额按年度预算确定，2026年度发放总额为3200万元，其中面向创新创业团队的额度不少于400万元。"
    )
    wrapped = "\r\n".join(p[i : i + 30] for p in (ARTICLE, paragraph) for i in range(0, len(p), 30))
    (tmp_path / "voucher.txt").write_bytes(f"江门市科技创新券实施办法\r\n{wrapped}\r\n".encode("gb18030"))
    assert load_document(tmp_path / "voucher.txt").text.split("\n")[1:] == [ARTICLE, paragraph]


def test_a_word_table_of_one_row_lays_out_lines(tmp_path: Path) -> None:
    """A notice's signature block: its issuers beside the date they signed, in a borderless table of one row."""
    document = docx.Document()
    document.add_paragraph(ARTICLE)
    cells = document.add_table(rows=1, cols=2).rows[0].cells
    cells[0].text = "银河市科学技术局"
    cells[0].add_paragraph("银河市财政局")
    cells[1].text = "2026年3月16日"
    document.save(str(tmp_path / "plan.docx"))
    assert read_text(tmp_path / "plan.docx").split("\n") == [
        ARTICLE,
        "银河市科学技术局",
        "银河市财政局",
        "2026年3月16日",
    ]
