"""A header of two rows (a year over 预算数 | 执行数) read as one header row, from Word, HTML and Markdown."""

from __future__ import annotations

from pathlib import Path

import docx

from qa.ingest.documents import read_text
from qa.ingest.headers import column_names, flatten_headers

ARTICLE = "宜昌市科学技术局2026年部门预算说明。全市科技专项资金分类别安排情况见下表。"
FLAT = "项目类别 | 2025年 预算数 | 2025年 执行数 | 2026年 预算数 | 2026年 增减% |"
DATA = ["基础研究 | 1200 | 1186 | 1350 | 12.5 |", "重点研发 | 3800 | 3725 | 4180 | 10.0 |"]


def test_column_names_join_the_distinct_cells_above_each_column() -> None:
    assert column_names([["项目类别", "2025年", "2025年"], ["项目类别", "预算数", "执行数"]]) == [
        "项目类别",
        "2025年 预算数",
        "2025年 执行数",
    ]


def test_a_grouped_header_as_trafilatura_and_markdown_write_it() -> None:
    text = "\n".join(
        [
            "表1 安排情况（单位：万元）",
            "| 项目类别 | 2025年 |  | 2026年 |  | ",
            "|---|---|---|---|---|",
            "|  | 预算数 | 执行数 | 预算数 | 增减% | ",
            "| 基础研究 | 1200 | 1186 | 1350 | 12.5 | ",
        ]
    )
    lines = flatten_headers(text).split("\n")
    assert lines[0] == "表1 安排情况（单位：万元）"
    assert lines[1] == FLAT and lines[2] == "| 基础研究 | 1200 | 1186 | 1350 | 12.5 | "


def test_other_tables_are_left_as_they_are() -> None:
    plain = "指标 | 2025年 | 2030年 |\n研发投入强度 | 2.62 | 3.1 |"
    assert flatten_headers(plain) == plain
    # a wide header cell over data: the row under it fills every cell, so it is no header
    wide = "| 园区名称 |  | 建成时间 |\n| 光谷 | 鄂州 | 2023年 |\n| 葛店 | 鄂州 | 2024年 |"
    assert flatten_headers(wide) == wide
    # a blank corner cell spans nothing
    corner = "|  | 2025年 | 2026年 |\n| 基础研究 |  | 1350 |"
    assert flatten_headers(corner) == corner


def _budget_docx(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph(ARTICLE)
    table = document.add_table(rows=4, cols=5)
    table.cell(0, 0).merge(table.cell(1, 0)).text = "项目类别"
    table.cell(0, 1).merge(table.cell(0, 2)).text = "2025年"
    table.cell(0, 3).merge(table.cell(0, 4)).text = "2026年"
    for c, name in enumerate(["预算数", "执行数", "预算数", "增减%"], start=1):
        table.cell(1, c).text = name
    for r, row in enumerate(DATA, start=2):
        for c, value in enumerate(row.removesuffix(" |").split(" | ")):
            table.cell(r, c).text = value
    document.save(str(path))
    return path


def test_a_word_table_with_a_header_of_two_rows(tmp_path: Path) -> None:
    lines = read_text(_budget_docx(tmp_path / "budget.docx")).split("\n")
    assert lines[1:] == [FLAT, *DATA]


def test_a_wide_word_header_cell_over_data_rows_groups_nothing(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph(ARTICLE)
    table = document.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "园区名称"
    table.cell(0, 2).text = "建成时间"
    for r, row in enumerate([["光谷", "鄂州", "2023年"], ["葛店", "鄂州", "2024年"]], start=1):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.save(str(tmp_path / "parks.docx"))
    assert read_text(tmp_path / "parks.docx").split("\n")[1:] == [
        "园区名称 | 园区名称 | 建成时间 |",  # one header row, naming both cells under it
        "光谷 | 鄂州 | 2023年 |",
        "葛店 | 鄂州 | 2024年 |",
    ]


def test_a_ruled_pdf_table_with_a_header_of_two_rows(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("zh", fontName="STSong-Light", fontSize=11, leading=16)
    rows = [["项目类别", "2025年", "", "2026年", ""], ["", "预算数", "执行数", "预算数", "增减%"]]
    table = Table(rows + [row.removesuffix(" |").split(" | ") for row in DATA])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), "STSong-Light"),
                ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                ("SPAN", (0, 0), (0, 1)),
                ("SPAN", (1, 0), (2, 0)),
                ("SPAN", (3, 0), (4, 0)),
            ]
        )
    )
    path = tmp_path / "budget.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([Paragraph(ARTICLE * 2, style), table])
    lines = read_text(path).split("\n")
    assert lines[-3:] == [FLAT, *DATA]
