"""qa.ingest.word: a Word file read as Word shows it (tracked changes, text boxes, footnotes)."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml

from qa.ingest.documents import load_document
from tests.ingest.test_formats import ARTICLE

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'


def _changed(old: str, new: str) -> list[object]:
    """A deletion of `old` and an insertion of `new`, as Word's Track Changes writes them."""
    return [
        parse_xml(f'<w:del {W} w:id="1" w:author="编辑"><w:r><w:delText>{old}</w:delText></w:r></w:del>'),
        parse_xml(f'<w:ins {W} w:id="2" w:author="编辑"><w:r><w:t>{new}</w:t></w:r></w:ins>'),
    ]


def _box(text: str) -> object:
    """A run holding a text box, once as DrawingML and again as its VML copy for older readers."""
    inner = f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    return parse_xml(
        f'<w:r {W} {MC}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>{inner}</w:drawing></mc:Choice>'
        f"<mc:Fallback><w:pict>{inner}</w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


def _edited_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph(ARTICLE)
    paragraph = document.add_paragraph("单个项目市财政最高支持")
    paragraph._p.extend(_changed("50", "80"))
    paragraph.add_run("万元，实施期一般为2年。")
    anchor = document.add_paragraph("申报材料须经所在区科技主管部门审核后报送。")
    anchor._p.append(_box("系统技术支持电话：0734-8812345"))
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "类别", "资助上限"
    table.cell(1, 0).text = "重点项目"
    cell = table.cell(1, 1).paragraphs[0]
    cell._p.extend(_changed("3", "5"))
    cell.add_run("万元")
    document.add_paragraph(ARTICLE)
    notes = (
        f'<w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="1"><w:p><w:r><w:t>高新技术企业指在有效期内的国家高新技术企业，以证书为准。</w:t></w:r></w:p>'
        "</w:footnote></w:footnotes>"
    ).encode()
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, notes, document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_tracked_changes_read_as_they_stand(tmp_path: Path) -> None:
    (tmp_path / "edited.docx").write_bytes(_edited_docx())
    lines = load_document(tmp_path / "edited.docx").text.split("\n")
    assert "单个项目市财政最高支持80万元，实施期一般为2年。" in lines  # inserted kept, deleted gone
    assert "重点项目 | 5万元 |" in lines  # in a table cell too
    assert not any("5080" in line or "35万元" in line for line in lines)  # nothing deleted read beside it


def test_a_text_box_is_read_once_after_its_paragraph(tmp_path: Path) -> None:
    (tmp_path / "edited.docx").write_bytes(_edited_docx())
    lines = load_document(tmp_path / "edited.docx").text.split("\n")
    anchored = lines.index("申报材料须经所在区科技主管部门审核后报送。")
    assert lines[anchored + 1] == "系统技术支持电话：0734-8812345"
    assert sum("0734-8812345" in line for line in lines) == 1  # not again from the VML copy


def test_footnotes_are_read_without_their_separators(tmp_path: Path) -> None:
    (tmp_path / "edited.docx").write_bytes(_edited_docx())
    text = load_document(tmp_path / "edited.docx").text
    assert text.count("高新技术企业指在有效期内的国家高新技术企业，以证书为准。") == 1
