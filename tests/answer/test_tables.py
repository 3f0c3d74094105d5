"""Tables in chunks: header, rows with offsets, merged cells filled down."""

from __future__ import annotations

from qa.answer.tables import label_lines, parse_table
from qa.ingest.documents import Document

TEXT = "\n".join(
    [
        "表3 科技园区建设项目（部分）",
        "序号 | 地区 | 名称 | 建设时间",
        "1 | 武汉 功能区 | 光谷科学岛科创中心 | 2023-2025年",
        "2 | 小洪山科学城 | 2023-2025年",
        "3 | 鄂州 功能区 | 滨江科学城 | 2023-2025年",
    ]
)


def test_rows_with_offsets_and_filled_down_cells() -> None:
    table = parse_table(TEXT)
    assert table is not None and table.caption == "表3 科技园区建设项目（部分）"
    assert table.header == ("序号", "地区", "名称", "建设时间")
    assert [TEXT[r.start : r.end][:1] for r in table.rows] == ["1", "2", "3"]
    assert table.rows[1].cells == ("2", "武汉 功能区", "小洪山科学城", "2023-2025年")
    assert table.describe(table.rows[1]) == "序号：2，地区：武汉 功能区，名称：小洪山科学城，建设时间：2023-2025年"


def test_continuation_chunk_uses_context_header() -> None:
    rows = "\n".join(TEXT.split("\n")[3:])
    table = parse_table(rows, context="\n".join(TEXT.split("\n")[:2]))
    assert table is not None and len(table.rows) == 2 and table.header[3] == "建设时间"


def test_no_table() -> None:
    assert parse_table("没有表格的段落。") is None
    assert label_lines("没有表格的段落。") == ()


def test_caption_and_header_are_labels_rows_are_not() -> None:
    caption, header = TEXT.split("\n")[:2]
    assert [TEXT[a:b] for a, b in label_lines(TEXT)] == [caption, header]


def test_a_continuation_chunk_has_no_labels() -> None:
    rows = "\n".join(TEXT.split("\n")[3:])
    assert label_lines(rows, context="\n".join(TEXT.split("\n")[:2])) == ()


def test_a_sentence_above_a_table_is_not_a_label() -> None:
    text = "重点项目如下，2023年全部开工：\n" + "\n".join(TEXT.split("\n")[1:])
    assert [text[a:b] for a, b in label_lines(text)] == ["序号 | 地区 | 名称 | 建设时间"]


def test_every_row_of_the_seed_tables_parses(seeds: dict[str, Document]) -> None:
    text = seeds["003"].text
    start = text.index("表3")
    table = parse_table(text[start : text.index("（四）推進武漢新城", start)])
    assert table is not None and len(table.rows) == 7
    assert all(len(r.cells) == 4 for r in table.rows)


def test_a_lone_line_with_bars_is_prose_not_a_header() -> None:
    """Wiki text can hold two "|" on one line; with no row under it, nothing is a label."""
    assert label_lines("歌曲 | 专辑 | 年份是一段普通的文字。\n下一段没有竖线。") == ()
