"""Word list numbering written out, counted as Word counts it (documents made here with python-docx)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from qa.ingest.documents import load_document, read_text
from qa.ingest.numbering import chinese

ARTICLE = "为加快推进光谷科技创新大走廊建设，结合实际，制定本方案。到2025年，研发经费投入强度超过4.2%。"

#: A policy outline as Word numbers it: level 0 "一、", level 1 "（一）", level 2 "1." restarting under each parent.
_OUTLINE = f"""<w:abstractNum {nsdecls("w")} w:abstractNumId="90">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
</w:abstractNum>"""
_BULLETS = f"""<w:abstractNum {nsdecls("w")} w:abstractNumId="91">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>
</w:abstractNum>"""
#: A regulation: chapters 第N章, articles 第N条 counted on across chapters (lvlRestart 0), items （N） with no
#: tab or space after them (suff nothing).
_REGULATION = f"""<w:abstractNum {nsdecls("w")} w:abstractNumId="92">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="space"/>
    <w:lvlText w:val="第%1章"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlRestart w:val="0"/>
    <w:lvlText w:val="第%2条"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/>
    <w:lvlText w:val="（%3）"/></w:lvl>
</w:abstractNum>"""


def _numbered_docx(path: Path, paragraphs: list[tuple[str, int | None, int]]) -> None:
    """(text, numId or None, level) per paragraph; numId 90 is the outline, 91 bullets, 92 a regulation."""
    document = docx.Document()
    numbering = document.part.numbering_part.element
    first_num = numbering.find(f"{{{numbering.nsmap['w']}}}num")
    for xml in (_OUTLINE, _BULLETS, _REGULATION):
        first_num.addprevious(parse_xml(xml))  # abstractNum definitions come before every num
    for num_id, abstract in ((90, 90), (91, 91), (92, 92)):
        numbering.append(
            parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract}"/></w:num>')
        )
    for text, num_id, level in paragraphs:
        paragraph = document.add_paragraph(text)
        if num_id is not None:
            paragraph._p.get_or_add_pPr().append(
                parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
            )
    document.save(str(path))


def test_outline_numbers_are_written_and_restart_under_each_parent(tmp_path: Path) -> None:
    _numbered_docx(
        tmp_path / "plan.docx",
        [
            ("总体要求", 90, 0),
            (ARTICLE, None, 0),
            ("主要目标", 90, 1),
            ("研发投入", 90, 2),
            ("企业培育", 90, 2),
            ("基本原则", 90, 1),
            ("重点任务", 90, 0),
            ("建设创新平台", 90, 1),
            ("汇聚创新人才", 90, 2),
            ("要点", 91, 0),
        ],
    )
    assert read_text(tmp_path / "plan.docx").split("\n") == [
        "一、总体要求",
        ARTICLE,
        "（一）主要目标",
        "1.研发投入",
        "2.企业培育",
        "（二）基本原则",
        "二、重点任务",
        "（一）建设创新平台",  # restarted under 二、
        "1.汇聚创新人才",  # and so is the level below
        "要点",  # a bullet is not a number
    ]
    doc = load_document(tmp_path / "plan.docx")
    assert [s.title for s in doc.sections if s.level == 1][:2] == ["一、总体要求", "二、重点任务"]


def test_articles_count_on_across_chapters_and_are_set_off_from_their_text(tmp_path: Path) -> None:
    _numbered_docx(
        tmp_path / "rules.docx",
        [
            ("总则", 92, 0),
            ("为规范管理，制定本办法。", 92, 1),
            ("本办法适用于市级孵化器。", 92, 1),
            ("评价", 92, 0),
            ("评价包括：", 92, 1),
            ("基础条件；", 92, 2),
            ("孵化成效。", 92, 2),
            ("评价每年开展一次。", 92, 1),
        ],
    )
    assert read_text(tmp_path / "rules.docx").split("\n") == [
        "第一章 总则",
        "第一条 为规范管理，制定本办法。",
        "第二条 本办法适用于市级孵化器。",
        "第二章 评价",
        "第三条 评价包括：",  # not restarted by the chapter: lvlRestart 0
        "（一）基础条件；",  # restarted under each article (by default), and no space after its own mark
        "（二）孵化成效。",
        "第四条 评价每年开展一次。",
    ]
    doc = load_document(tmp_path / "rules.docx")
    titles = [s.title.split(" ")[0] for s in doc.sections if s.title.startswith("第")]
    assert titles == ["第一章", "第一条", "第二条", "第二章", "第三条", "第四条"]


def test_list_number_style_numbers_by_its_style(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph(ARTICLE)
    for text in ("第一项任务", "第二项任务"):
        document.add_paragraph(text, style="List Number")
    document.save(str(tmp_path / "list.docx"))
    assert read_text(tmp_path / "list.docx").split("\n") == [ARTICLE, "1.第一项任务", "2.第二项任务"]


@pytest.mark.parametrize(
    ("n", "written"), [(1, "一"), (10, "十"), (11, "十一"), (20, "二十"), (99, "九十九"), (100, "100")]
)
def test_chinese_counting(n: int, written: str) -> None:
    assert chinese(n) == written


def test_bulleted_items_are_lines_of_their_own(tmp_path: Path) -> None:
    """Short unpunctuated list paragraphs, which cleaning would join as one broken sentence, stay apart."""
    items = ["自然科学奖 32项", "技术发明奖 28项", "科技进步奖 96项"]
    last = "奖金于2026年6月30日前发放到位。"
    _numbered_docx(tmp_path / "awards.docx", [(ARTICLE, None, 0), *((i, 91, 0) for i in items), (last, None, 0)])
    assert load_document(tmp_path / "awards.docx").text.split("\n") == [ARTICLE, *items, last]
