"""qa.ingest.pdf: page text joined into paragraphs, page numbers left out, ruled tables read as rows.

PDFs are drawn here with reportlab (tables with real ruling lines), then read by `qa.ingest.formats`.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from qa.answer.tables import parse_table
from qa.ingest import pdf
from qa.ingest.documents import load_document
from qa.ingest.sections import is_table_row
from tests.conftest import SEEDS
from tests.ingest.test_formats import _FONT, pdf_bytes


def test_a_paragraph_cut_by_a_page_break_is_joined_and_page_numbers_left_out() -> None:
    prose = "为加快推进光谷科技创新大走廊建设，结合实际，制定本方案，并明确各项"
    pages = [
        f"一、总体要求\n{prose}\n{prose}\n- 1 -",
        f"第2页\n重点任务的牵头单位和完成时间。\n（一）建设创新平台\n{prose}",
        "（二）汇聚创新人才\n到2025年引进人才1000名。\n3/10",
    ]
    text, starts = pdf.join_pages(pages)
    assert text.split("\n") == [
        "一、总体要求",
        prose + prose + "重点任务的牵头单位和完成时间。",  # wrapped, and continued over the page break
        "（一）建设创新平台",
        prose,  # a heading starts the next page: not joined
        "（二）汇聚创新人才",
        "到2025年引进人才1000名。",
    ]
    assert starts == (0, text.index("重点任务"), text.index("（二）"))


def test_a_running_head_stays_only_where_it_first_appears() -> None:
    """A head of two lines over every page, spaced differently on one, with the page number under it: it does not
    run into a sentence running over a page break, and its first appearance stays (it may be all that names the
    document's issuer)."""
    prose = "为加快推进光谷科技创新大走廊建设，结合实际，制定本方案，并明确各项"
    head = ["银河市科学技术局 银河市财政局", "银科联〔2026〕6号"]
    pages = [
        "\n".join([*head, "— 1 —", "银河市关于印发行动方案的通知", "一、总体要求", prose]),
        "\n".join(["银河市科学技术局　银河市财政局", head[1], "— 2 —", "重点任务的牵头单位和完成时间。", prose]),
        "\n".join([*head, "— 3 —", "（二）汇聚创新人才", "到2025年引进人才1000名。"]),
    ]
    lines = pdf.join_pages(pages)[0].split("\n")
    assert lines[:4] == [*head, "银河市关于印发行动方案的通知", "一、总体要求"]
    assert lines[4] == prose + "重点任务的牵头单位和完成时间。"
    assert sum("银科联" in line for line in lines) == 1


def test_a_tables_header_row_repeated_over_a_page_is_a_row() -> None:
    header = "项目 | 金额 |"
    pages = [f"表1 资金安排\n{header}\n甲 | 1万元 |", f"{header}\n乙 | 2万元 |\n（二）其他事项。"]
    assert pdf.join_pages(pages)[0].split("\n").count(header) == 2


def test_a_page_ending_on_a_short_line_is_not_joined_to_the_next() -> None:
    """The decision is made on the page's last visual line: a paragraph wrapped into one long line that
    ended on a short visual line ("（牵头单位：省科技厅）") ended there, whatever its joined length."""
    prose = "为加快推进光谷科技创新大走廊建设，结合实际，制定本方案，并明确各项"
    pages = [f"一、总体要求\n{prose}\n（牵头单位：省科技厅）", f"武汉市人民政府负责具体实施。\n{prose}"]
    assert pdf.join_pages(pages)[0].split("\n")[1:3] == [
        prose + "（牵头单位：省科技厅）",
        "武汉市人民政府负责具体实施。",
    ]


@pytest.mark.parametrize("line", ["3", "- 3 -", "— 12 —", "第3页", "第 3 頁 共 10 頁", "3/10"])
def test_page_number_shapes(line: str) -> None:
    assert pdf._is_page_number(line)


@pytest.mark.parametrize("line", ["2025", "2025年", "一、总体要求", "第3条", "3.5亿元"])
def test_not_page_numbers(line: str) -> None:
    assert not pdf._is_page_number(line)


def test_unwrap_keeps_sentence_ends_headings_and_tables() -> None:
    page = "\n".join(
        [
            "一、总体要求",
            "到2025年，全社会研发经费支出占地区生产总值的比重达到",
            "4.2%，高新技术企业数量稳步增长，创新平台体系不断完善。",
            "（一）建设创新平台",
            "序号 | 城市 | 项目 | 投资（亿元） | 牵头单位 | 完成时间 |",
            "1 | 武汉 | 光谷科技创新大走廊核心区建设 | 120 | 市科技局 |",
        ]
    )
    assert pdf.unwrap_page(page).split("\n") == [
        "一、总体要求",
        "到2025年，全社会研发经费支出占地区生产总值的比重达到4.2%，高新技术企业数量稳步增长，创新平台体系不断完善。",
        "（一）建设创新平台",
        "序号 | 城市 | 项目 | 投资（亿元） | 牵头单位 | 完成时间 |",
        "1 | 武汉 | 光谷科技创新大走廊核心区建设 | 120 | 市科技局 |",
    ]


def test_a_line_is_full_by_its_printed_width_not_its_character_count() -> None:
    """Latin letters and digits print half as wide as Chinese: a wrapped line of pinyin and figures has
    more characters than a full line of Chinese, which must still count as full."""
    full = "为贯彻市委、市人民政府打造五个中心的决策部署，大力推进科技创"  # 30 Chinese characters: 60 columns
    latin = "(chuàng)新，R&D经费支出1000亿元，占GDP比重3.24%，比上年提高0.5个"  # 46 characters, 60 columns
    page = "\n".join([full, latin, "百分点。", "短行。"])
    assert pdf.unwrap_page(page).split("\n") == [full + latin + "百分点。", "短行。"]


def test_english_words_wrapped_by_the_page_edge_keep_their_space() -> None:
    """Chinese runs on over a wrap; English words do not ("andgrew"), nor over a page break."""
    lines = [
        "Article 7 An enterprise whose R&D expenditure in the previous year exceeded 3 million yuan and",
        "grew by more than 15% year on year receives a reward of 10% of the increase, up to 2 million",
        "yuan a year.",
    ]
    assert pdf.unwrap_page("\n".join(lines)) == " ".join(lines)
    assert pdf.glued("研发费用超过3000", "万元的企业") == "研发费用超过3000万元的企业"
    assert pdf.glued("支持R&D", "经费投入") == "支持R&D经费投入"
    assert pdf.glued("up to RMB 3", "200,000") == "up to RMB 3200,000"  # a number the wrap cut
    text, _ = pdf.join_pages([lines[0] + "\n" + lines[1], "yuan a year.\n- 2 -"])
    assert text.startswith(lines[0] + " grew") and "2 million yuan a year." in text


@pytest.mark.parametrize(
    ("line", "runs_on"),
    [
        ("推动50项以上院士专家项目落地转化，具体安排如下，各单位牵头责任如下：", True),  # a colon ends no paragraph
        ("推动50项以上院士专家项目落地转化。（牵头单位：市科技局、市发展改革委；", True),  # "；" in an open bracket
        ("推动50项以上院士专家项目落地转化，支持高校院所开展成果转移转化工作；", False),  # a list item's end
    ],
)
def test_where_a_full_line_runs_on(line: str, runs_on: bool) -> None:
    page = "\n".join([line, "责任单位：各区人民政府）。"])
    assert (len(pdf.unwrap_page(page).split("\n")) == 1) == runs_on


# --- ruled tables ------------------------------------------------------------------------------

PROSE = "（三）促进科技园区协同发展。推动园区共建，形成发展合力，提升园区创新能级。"
ROWS: list[list[str | None]] = [
    ["序号", "地区", "名称", "建设时间"],
    ["1", "武汉功能区", "光谷科学岛科创中心", "2023-2025年"],
    ["2", None, "小洪山科学城", "2023-2025年"],  # 武汉功能区 spans rows 1 and 2
    ["3", "鄂州功能区", "滨江科学城", "2023-2025年"],
]


def _ruled_table_pdf(rows: list[list[str | None]], *, pages_before: int = 0) -> bytes:
    """Prose, a caption, a table drawn with ruling lines (a merged cell has no line through it), prose."""
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(420, 400))
    for n in range(pages_before):
        c.setFont(_FONT, 10)
        c.drawString(20, 370, f"第{n + 1}部分。{PROSE}")
        c.showPage()
    c.setFont(_FONT, 10)
    c.drawString(20, 370, PROSE)
    c.drawString(20, 350, "表3 科技园区建设项目（部分）")
    xs, top, height = [20, 60, 140, 290, 400], 340, 20
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            if cell:
                c.drawString(xs[j] + 3, top - height * (i + 1) + 6, cell)
    for i in range(len(rows) + 1):
        y = top - height * i
        merged = [j for j, cell in enumerate(rows[i]) if cell is None] if i < len(rows) else []
        for j in range(len(xs) - 1):
            if j not in merged:
                c.line(xs[j], y, xs[j + 1], y)
    for x in xs:
        c.line(x, top, x, top - height * len(rows))
    c.drawString(20, top - height * len(rows) - 20, "以上项目由各市人民政府负责推进。")
    c.showPage()
    c.save()
    return buffer.getvalue()


def test_a_ruled_table_is_read_as_rows_in_place(tmp_path: Path) -> None:
    path = tmp_path / "plan.pdf"
    path.write_bytes(_ruled_table_pdf(ROWS))
    lines = load_document(path).text.split("\n")
    assert lines == [
        PROSE,
        "表3 科技园区建设项目（部分）",
        "序号 | 地区 | 名称 | 建设时间",
        "1 | 武汉功能区 | 光谷科学岛科创中心 | 2023-2025年",
        "2 | 小洪山科学城 | 2023-2025年",
        "3 | 鄂州功能区 | 滨江科学城 | 2023-2025年",
        "以上项目由各市人民政府负责推进。",
    ]
    table = parse_table("\n".join(lines[1:6]))
    assert table is not None
    assert table.describe(table.rows[1]) == "序号：2，地区：武汉功能区，名称：小洪山科学城，建设时间：2023-2025年"


def test_a_table_page_keeps_its_page_number(tmp_path: Path) -> None:
    path = tmp_path / "plan.pdf"
    path.write_bytes(_ruled_table_pdf(ROWS, pages_before=2))
    document = load_document(path)
    row = document.text.index("2 | 小洪山科学城")
    assert document.page_at(row) == 3


def test_a_page_in_two_columns_is_read_a_column_at_a_time_with_its_table_in_place(tmp_path: Path) -> None:
    """Read top to bottom, each left-column line ran on into the right-column line beside it."""
    left = ["市科技局与辽宁工业大学共建", "光伏材料中试基地。市财政按照"]
    left += ["基地设备投入的30%给予补助，", "最高500万元，分3年拨付。"]
    right = ["【数据速览】上半年主要指标", "注：数据为初步统计数。"]
    right += ["凌海市组织32家企业与大连理", "工大学开展技术对接。"]
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(420, 300))
    c.setFont(_FONT, 10)
    for i, line in enumerate(left):  # the left column, then the right, as a page in columns is drawn
        c.drawString(20, 270 - 18 * i, line)
    c.drawString(220, 270, right[0])
    xs, top, height = [220, 300, 400], 255, 18
    for i, row in enumerate([["指标", "完成值"], ["高新技术企业", "612家"]]):
        for j, cell in enumerate(row):
            c.drawString(xs[j] + 3, top - height * (i + 1) + 5, cell)
    for i in range(3):
        c.line(xs[0], top - height * i, xs[-1], top - height * i)
    for x in xs:
        c.line(x, top, x, top - height * 2)
    for i, line in enumerate(right[1:]):
        c.drawString(220, 200 - 18 * i, line)
    c.showPage()
    c.save()
    path = tmp_path / "bulletin.pdf"
    path.write_bytes(buffer.getvalue())
    text = load_document(path).text
    assert "".join(left) in text.replace("\n", "")
    assert text.index("".join(left)[-8:]) < text.index("【数据速览】") < text.index("高新技术企业 | 612家")
    assert text.index("高新技术企业 | 612家") < text.index("注：数据为初步统计数。")
    assert "凌海市组织32家企业与大连理工大学开展技术对接。" in text


def test_pages_without_ruling_lines_are_left_to_pypdf() -> None:
    text = ["序号 地区 名称", "1 武汉功能区 光谷科学岛科创中心", PROSE]
    assert pdf.table_pages(pdf_bytes([text, text]), 2) == {}


def test_a_ruled_box_around_one_paragraph_is_not_a_table() -> None:
    assert pdf.table_pages(_ruled_table_pdf([["注：以上项目均为示例。"]]), 1) == {}


def test_unreadable_bytes_leave_the_text_layer_as_it_is(caplog: pytest.LogCaptureFixture) -> None:
    assert pdf.table_pages(b"%PDF-1.4 not really a pdf %%EOF", 1) == {}
    assert "PDF tables not read" in caplog.text


@pytest.mark.parametrize(
    ("cell", "text"),
    [("光谷科学岛\n科创中心", "光谷科学岛科创中心"), ("Optics\nValley", "Optics Valley"), ("a|b", "a｜b"), ("  ", "")],
)
def test_cell_lines_are_joined(cell: str, text: str) -> None:
    assert pdf._cell(cell) == text


def test_table_rows_are_rows_to_the_chunker() -> None:
    assert all(is_table_row(row) for row in pdf._rows(ROWS))


def test_a_laid_out_table_with_wrapped_cells_and_a_merged_cell(tmp_path: Path) -> None:
    """A table as a layout engine draws it (reportlab platypus: grid, a cell wrapped over lines, a span)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    style = ParagraphStyle("zh", fontName=_FONT, fontSize=10, wordWrap="CJK")
    long_name = "光谷科学岛科创中心（含光谷科学岛一期、二期及配套设施建设）"
    rows = [
        ["序号", "地区", "名称", "建设时间"],
        ["1", "武汉功能区", Paragraph(long_name, style), "2023-2025年"],
        ["2", "", "小洪山科学城", "2023-2025年"],
    ]
    table = Table(rows, colWidths=[40, 80, 160, 90])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("FONTNAME", (0, 0), (-1, -1), _FONT)]))
    table.setStyle(TableStyle([("SPAN", (1, 1), (1, 2))]))
    path = tmp_path / "laid-out.pdf"
    SimpleDocTemplate(str(path)).build([Paragraph("表3 科技园区建设项目", style), table])
    assert load_document(path).text.split("\n") == [
        "表3 科技园区建设项目",
        "序号 | 地区 | 名称 | 建设时间",
        f"1 | 武汉功能区 | {long_name} | 2023-2025年",
        "2 | 小洪山科学城 | 2023-2025年",
    ]


# --- the seeds as a layout engine prints them ---------------------------------------------------


def _laid_out_pdf(text: str, path: Path) -> int:
    """`text` as reportlab platypus lays it out on A4: paragraphs wrapped by width, `a | b |` rows as a
    ruled table, a row with fewer cells than the header spanning the cells above (a merged region).
    Returns the number of tables drawn."""
    from xml.sax.saxutils import escape

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

    body = ParagraphStyle("zh", fontName=_FONT, fontSize=10, leading=14, wordWrap="CJK")
    small = ParagraphStyle("cell", fontName=_FONT, fontSize=9, leading=12, wordWrap="CJK")
    story: list[Flowable] = []
    rows: list[list[str]] = []
    tables = 0

    def flush() -> None:
        nonlocal tables
        if not rows:
            return
        width = max(len(r) for r in rows)
        grid, style = [], [("GRID", (0, 0), (-1, -1), 0.5, "black")]
        for i, row in enumerate(rows):
            missing = width - len(row)
            if missing and i:
                row = [row[0], *[""] * missing, *row[1:]]
                style.append(("SPAN", (1, i - 1), (missing, i)))
            grid.append([Paragraph(escape(cell), small) for cell in row])
        table = Table(grid)
        table.setStyle(TableStyle(style))
        story.append(table)
        tables += 1
        rows.clear()

    for line in [line.strip() for line in text.split("\n") if line.strip()]:
        if is_table_row(line):
            cells = [c.strip() for c in line.split("|")]
            rows.append(cells[:-1] if cells[-1] == "" else cells)
        else:
            flush()
            story.append(Paragraph(escape(line), body))
    flush()
    SimpleDocTemplate(str(path)).build(story)
    return tables


def test_the_seeds_laid_out_with_ruled_tables_read_back_the_same(tmp_path: Path) -> None:
    """Measured with `make eval` over these five PDFs: facts 75.6 against 76.2 for the originals."""
    tables = 0
    for seed in sorted(SEEDS.glob("*.txt")):
        tables += _laid_out_pdf(seed.read_text(encoding="utf-8"), tmp_path / f"{seed.stem}.pdf")
        converted, original = load_document(tmp_path / f"{seed.stem}.pdf"), load_document(seed)
        assert "".join(converted.text.split()) == "".join(original.text.split())
        assert [s.title for s in converted.sections] == [s.title for s in original.sections]
        assert {line for line in original.text.split("\n") if is_table_row(line)} <= set(converted.text.split("\n"))
    assert tables == 3


def test_a_text_files_lines_wrapped_by_character_count_and_indented_paragraphs() -> None:
    """Text copied out of a PDF or wrapped by an editor at 33 characters: a line with digits is narrow in print but
    full by count; a line opening with an indent starts a paragraph even after a full line."""
    lines = [
        "　　（三）创新券发放总额按年度预算确定，2026年度发放总额为3200",
        "万元，其中面向创新创业团队的额度不少于400万元，按季度分批发放给",
        "　　申领企业，实行网上申领、按需使用、事后兑付的管理方式和流程。",
    ]
    assert pdf.unwrap_page("\n".join(lines), by_characters=True).split("\n") == [lines[0] + lines[1], lines[2]]


def test_lines_wrap_at_the_width_most_lines_share_not_at_a_wider_header_or_footnote() -> None:
    """A running header joined to the title, or a footnote in smaller type, is wider than the paragraphs' lines:
    taken for the width, it left every paragraph line short of it, and unjoined."""
    page = "\n".join(
        [
            "赣州市科学技术局 赣州市财政局 关于印发《赣州市科技型企业梯次培育和研发奖补实施办法》的通知全文",
            "第十六条 鼓励创业投资机构投资潜在独角兽企业，对投资本市潜在独",
            "角兽企业的创业投资机构，按实际投资额的1%给予奖励，单个机构每",
            "年最高100万元。",
            "第十七条 对上年度研发费用达到80万元以上且较上年度增长的企业，",
            "按研发费用增量部分的10%给予奖补，单个企业每年最高200万元。",
            "4研发费用，以企业所得税年度汇算清缴中享受研发费用加计扣除政策的数据为准。",
        ]
    )
    lines = pdf.unwrap_page(page).split("\n")
    joined = "第十六条 鼓励创业投资机构投资潜在独角兽企业，对投资本市潜在独角兽企业的创业投资机构，按实际投资额的1%"
    assert f"{joined}给予奖励，单个机构每年最高100万元。" in lines
    assert lines[0].endswith("的通知全文")  # the header stays a line of its own
    assert "按研发费用增量部分的10%给予奖补，单个企业每年最高200万元。" in lines[-2]


def test_a_notes_marker_set_small_is_not_read_into_the_text(tmp_path: Path) -> None:
    """A superscript note number ran into the figure after it ("培育科技领军企业4" + "30家" read as 430家)."""
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(420, 200))
    text = c.beginText(20, 170)
    for run, size in [("到2030年培育科技领军企业", 12), ("4", 7), ("30家。", 12)]:
        text.setFont(_FONT, size)
        text.textOut(run)
    text.setFont(_FONT, 12)
    text.textLine("")
    for run, size in [("4", 6), ("科技领军企业：研发投入规模大的企业。", 9)]:
        text.setFont(_FONT, size)
        text.textOut(run)
    c.drawText(text)
    c.showPage()
    c.save()
    path = tmp_path / "plan.pdf"
    path.write_bytes(buffer.getvalue())
    lines = load_document(path).text.split("\n")
    assert lines == ["到2030年培育科技领军企业30家。", "科技领军企业：研发投入规模大的企业。"]


def test_a_table_of_contents_is_left_out_and_the_chapters_keep_their_headings() -> None:
    """Its entries repeat the chapters' headings, which were then dropped as re-prints of them."""
    contents = ["银河市科技创新办法", "目 录", "第一章　总则", "." * 40, "2", "第二章　支持措施……………………3"]
    pages = ["\n".join(contents), "第一章 总则\n为加快科技创新，制定本办法。", "第二章 支持措施\n给予奖励。"]
    lines = pdf.join_pages(pages)[0].split("\n")
    assert lines == ["银河市科技创新办法", "第一章 总则", "为加快科技创新，制定本办法。", *pages[2].split("\n")]


def test_lines_a_figure_makes_a_character_narrower_still_share_the_prose_width() -> None:
    """No two of a paragraph's lines were the same width (half-width digits), so the wider note in small type
    set the width and no line was joined."""
    lines = [
        "建立科技型中小企业到高新技术企业再到科技领军企业的梯次培育体系，每年遴",
        "选高新技术企业后备库入库企业300家，实行一企一策精准辅导，到2030年培育",
        "科技领军企业的数量达到30家以上，并在重点产业链上形成一批有影响的创新型",
        "企业。",
    ]
    note = "科技领军企业：研发投入规模大、掌握核心技术、在细分领域居于国内前列的科技型企业，认定办法由市科技局制定。"
    assert pdf.unwrap_page("\n".join([*lines, note])).split("\n") == ["".join(lines), note]


def test_a_cell_merged_across_columns_leaves_blanks_not_a_short_row(tmp_path: Path) -> None:
    """A total spanning the columns before its figure was left a row short and filled from the row above."""
    rows = [["序号", "项目名称", "资助（万元）"], ["1", "高纯氧化铝制备", "80"], ["2", "矿用巡检机器人", "95"]]
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(420, 300))
    c.setFont(_FONT, 10)
    c.drawString(20, 270, "表1 拟立项项目")
    xs, top, height = [20, 80, 300, 400], 260, 20
    for i, row in enumerate([*rows, ["合计", None, "175"]]):
        for j, cell in enumerate(row):
            if cell:
                c.drawString(xs[j] + 3, top - height * (i + 1) + 6, cell)
    for i in range(len(rows) + 2):
        c.line(xs[0], top - height * i, xs[-1], top - height * i)
    for j, x in enumerate(xs):  # the total's first cell spans 序号 and 项目名称: no line between them
        c.line(x, top, x, top - height * (len(rows) + (j != 1)))
    c.showPage()
    c.save()
    path = tmp_path / "list.pdf"
    path.write_bytes(buffer.getvalue())
    lines = load_document(path).text.split("\n")
    assert "合计 |  | 175" in lines
    table = parse_table("\n".join(lines))
    assert table is not None and table.describe(table.rows[-1]) == "序号：合计，资助（万元）：175"
