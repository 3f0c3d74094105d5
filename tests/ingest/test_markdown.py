"""qa.ingest.markdown: Markdown read as it renders — table rows without the delimiter row, list items as lines."""

from __future__ import annotations

from pathlib import Path

from qa.answer.tables import rows_of
from qa.ingest.documents import load_document
from qa.ingest.markdown import markdown_text
from qa.ingest.sections import is_table_row
from tests.ingest.test_formats import ARTICLE

NOTICE = f"""# 银河省科技厅关于2026年度科学技术奖励的公告

## 一、奖励情况

{ARTICLE}经评审，共授予省科学技术奖**156项**，其中：

- 自然科学奖 32项
- 技术发明奖 28项
* 科技进步奖 96项

| 奖项 | 一等奖 | 二等奖 |
|:---|---:|:---:|
| 自然科学奖 | 5 | 12 |
| 技术发明奖 | 4 | 10 |

> 省科技厅负责人表示：“今年的奖励更加注重原创。”

## 二、发放安排

1. 奖金于2026年6月30日前发放
2. 证书由各市科技局转发
"""


def test_a_pipe_tables_delimiter_row_is_no_row(tmp_path: Path) -> None:
    (tmp_path / "awards.md").write_text(NOTICE, encoding="utf-8")
    doc = load_document(tmp_path / "awards.md")
    rows = [line for line in doc.text.split("\n") if is_table_row(line)]
    assert rows == ["奖项 | 一等奖 | 二等奖", "自然科学奖 | 5 | 12", "技术发明奖 | 4 | 10"]
    from qa.config import Settings
    from qa.service import make_chunker

    chunks = make_chunker(Settings.from_env()).chunk_document(doc)
    table = next(rows_of(c, chunks) for c in chunks if rows_of(c, chunks))
    assert [r.row.cells for r in table] == [("自然科学奖", "5", "12"), ("技术发明奖", "4", "10")]


def test_list_items_stay_lines_of_their_own(tmp_path: Path) -> None:
    """Short items without punctuation are what cleaning joins as one wrapped sentence, unless marked as items."""
    (tmp_path / "awards.md").write_text(NOTICE, encoding="utf-8")
    lines = load_document(tmp_path / "awards.md").text.split("\n")
    for item in ("自然科学奖 32项", "技术发明奖 28项", "科技进步奖 96项"):
        assert item in lines
    assert "1. 奖金于2026年6月30日前发放" in lines and "2. 证书由各市科技局转发" in lines  # numbers kept


def test_marks_go_and_words_stay() -> None:
    read = markdown_text(NOTICE + "\n**1.打造科创谷。**以弋江区为核心区，见[附件](a.pdf)和`表1`。\n")
    assert read.headings == {"银河省科技厅关于2026年度科学技术奖励的公告", "一、奖励情况", "二、发放安排"}
    assert "共授予省科学技术奖156项，其中：" in read.text  # bold around words
    assert "1.打造科创谷。以弋江区为核心区，见附件和表1。" in read.text.split("\n")  # CommonMark leaves these marks
    assert "省科技厅负责人表示：“今年的奖励更加注重原创。”" in read.text.split("\n")  # the quote's ">" goes
    assert not any(line.startswith(("#", ">", "-", "*", "|")) for line in read.text.split("\n"))
    assert read.items == {
        "自然科学奖 32项",
        "技术发明奖 28项",
        "科技进步奖 96项",
        "1. 奖金于2026年6月30日前发放",
        "2. 证书由各市科技局转发",
    }


def test_a_paragraphs_own_line_breaks_are_kept_for_cleaning_to_join() -> None:
    assert markdown_text("银河园2026年\n投资额为99亿元。\n").text == "银河园2026年\n投资额为99亿元。"


def test_html_inside_markdown_keeps_its_words_and_empty_markdown_is_empty() -> None:
    assert "银河园简介" in markdown_text("<div><p>银河园简介</p></div>\n\n正文。\n").text
    assert markdown_text("").text == ""
    assert markdown_text("---\n\n").text == ""


def test_an_escaped_bar_stays_inside_its_cell() -> None:
    table = "| 材料 | 格式 | 上限 |\n|---|---|---|\n| 审计报告 | PDF\\|OFD | 20MB |\n| 申请表 | PDF | 10MB |\n"
    rows = [line for line in markdown_text(table).text.split("\n") if is_table_row(line)]
    assert rows[1] == "审计报告 | PDF｜OFD | 20MB"  # three cells, as the header: 20MB stays under 上限
