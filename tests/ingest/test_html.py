"""qa.ingest.html: a page's main content, its title leading, its tables kept as rows whichever extractor wins."""

from __future__ import annotations

from pathlib import Path

from qa.ingest import html
from qa.ingest.documents import load_document
from qa.ingest.sections import is_table_row
from tests.ingest.test_formats import ARTICLE


def test_a_pages_title_trafilatura_keeps_as_metadata_leads_the_text(tmp_path: Path) -> None:
    """A government page: navigation, an info box, the notice's title in an h1 over its body."""
    title = "银河省人民政府办公厅关于印发银河园建设若干措施的通知"
    page = (
        '<html><body><div class="nav"><a href="/">首页</a><a href="/a">政务公开</a></div>'
        f'<div class="art"><h1>{title}</h1><div class="content"><p>银政办发〔2023〕26号</p>'
        f"<p>{ARTICLE}</p><p>附件：首批基地名单</p><p>银河省人民政府办公厅</p><p>2023年8月25日</p>"
        f"<p>{ARTICLE}</p></div></div></body></html>"
    )
    (tmp_path / "notice.html").write_text(page, encoding="utf-8")
    doc = load_document(tmp_path / "notice.html")
    lines = doc.text.split("\n")
    assert lines[0] == title and doc.title == title
    assert "附件：首批基地名单" in lines and "银河省人民政府办公厅" in lines  # the signature stands alone


def test_a_table_of_two_columns_on_a_page_is_a_table(tmp_path: Path) -> None:
    rows = "".join(
        f"<tr><td>{a}</td><td>{b}</td></tr>"
        for a, b in [("開始接受申請", "2026年1月15日"), ("申請截止", "2026年3月31日")]
    )
    table = f"<table><thead><tr><th>事項</th><th>日期</th></tr></thead><tbody>{rows}</tbody></table>"
    page = f"<html><body><h1>資助計劃指引</h1><p>{ARTICLE}</p>{table}<p>{ARTICLE}</p></body></html>"
    (tmp_path / "guide.html").write_text(page, encoding="utf-8")
    lines = load_document(tmp_path / "guide.html").text.split("\n")
    assert "申請截止 | 2026年3月31日 |" in lines and is_table_row("申請截止 | 2026年3月31日 |")
    assert html._two_column_rows("今日要闻 | 经济\n" + ARTICLE) == "今日要闻 | 经济\n" + ARTICLE  # a lone headline


def test_a_short_pages_table_stays_a_table(tmp_path: Path) -> None:
    """A page too short for trafilatura's main extractor goes to its fallbacks, which write a cell per line."""
    header = '<tr><th rowspan="2">项目类别</th><th colspan="2">2025年</th><th colspan="2">2026年</th></tr>'
    header += "<tr>" + "<th>预算数</th><th>执行数</th>" * 2 + "</tr>"
    body = "<tr><td>重点研发</td><td>3800</td><td>3725</td><td>4100</td><td>1200</td></tr>"
    page = (
        "<html><body><div><h1>银河市预算表说明</h1><p>本市科技预算安排如下，请各单位及时报送执行情况。</p>"
        f"<table>{header}{body}</table><p>以上数据由市财政局负责审核。</p></div></body></html>"
    )
    (tmp_path / "budget.html").write_text(page, encoding="utf-8")
    lines = load_document(tmp_path / "budget.html").text.split("\n")
    assert lines[0] == "银河市预算表说明" and "以上数据由市财政局负责审核。" in lines
    assert "重点研发 | 3800 | 3725 | 4100 | 1200" in lines  # not "3800" alone on a line
    assert "项目类别 | 2025年 预算数 | 2025年 执行数 | 2026年 预算数 | 2026年 执行数" in lines


def test_a_table_read_again_must_keep_every_line_the_first_reading_had() -> None:
    flat = "银河市预算表说明\n通知正文\n重点研发\n3800"
    assert html._with_tables("<p>通知正文</p><p>重点研发 3800</p>", flat, "") == flat  # no table on the page
    cells = "<tr><td>项目</td><td>金额</td></tr><tr><td>重点研发</td><td>3800</td></tr>"
    page = f"<html><body><p>正文</p><table>{cells}</table></body></html>"
    flat = "只在第一次读到的一行\n项目\n金额\n重点研发\n3800"
    assert html._with_tables(page, flat, "") == flat  # read again, the page would lose a line


def _page(table: str) -> str:
    return f"<html><body><div><h1>银河省科技厅通知</h1><p>{ARTICLE}</p>{table}<p>{ARTICLE}</p></div></body></html>"


HEADER = "<tr><th>设区市</th><th>累计数量</th><th>新建指标</th><th>引导经费</th></tr>"


def test_a_data_cell_spanning_rows_is_read_in_each_row_it_spans(tmp_path: Path) -> None:
    """The last column merged over two rows, the first over the next two: every row keeps its columns."""
    rows = (
        '<tr><td>张家口市</td><td>52家</td><td>6家</td><td rowspan="2">180万元</td></tr>'
        "<tr><td>承德市</td><td>44家</td><td>5家</td></tr>"
        '<tr><td rowspan="2">银河新区</td><td>12家</td><td>2家</td><td>30万元</td></tr>'
        "<tr><td>9家</td><td>1家</td><td>20万元</td></tr>"
    )
    (tmp_path / "spans.html").write_text(_page(f"<table>{HEADER}{rows}</table>"), encoding="utf-8")
    lines = load_document(tmp_path / "spans.html").text.split("\n")
    assert "承德市 | 44家 | 5家 | 180万元" in lines  # not 44家 read as the first figure column's neighbour
    assert "银河新区 | 9家 | 1家 | 20万元" in lines


def test_a_header_cell_spanning_rows_leaves_a_blank_the_grouped_header_is_read_by() -> None:
    header = '<tr><th rowspan="2">项目类别</th><th colspan="2">2025年</th></tr><tr><th>预算数</th><th>执行数</th></tr>'
    page = html.rowspans_copied(_page(f"<table>{header}<tr><td>重点研发</td><td>3800</td><td>3725</td></tr></table>"))
    assert "rowspan" not in page and "<th></th><th>预算数</th>" in page


def test_a_cell_spanning_columns_keeps_every_cell_right_of_it_under_its_column(tmp_path: Path) -> None:
    """Left one cell, "资助额度" over 重点项目 and 一般项目 put 实施期限 over the 一般项目 figures."""
    header = (
        '<thead><tr><th rowspan="2">计划类别</th><th colspan="2">资助额度</th><th rowspan="2">实施期限</th></tr>'
        "<tr><th>重点项目</th><th>一般项目</th></tr></thead>"
    )
    rows = (
        "<tr><td>产业关键核心技术攻关</td><td>150万元</td><td>40万元</td><td>3年</td></tr>"
        '<tr><td>技术转移机构能力提升</td><td colspan="2">后补助，最高18万元</td><td>1年</td></tr>'
        '<tr><td colspan="4">注：重点项目择优支持。</td></tr>'
    )
    (tmp_path / "plan.html").write_text(_page(f"<table>{header}<tbody>{rows}</tbody></table>"), encoding="utf-8")
    lines = load_document(tmp_path / "plan.html").text.split("\n")
    assert "计划类别 | 资助额度 重点项目 | 资助额度 一般项目 | 实施期限" in lines
    assert "产业关键核心技术攻关 | 150万元 | 40万元 | 3年" in lines
    assert "技术转移机构能力提升 | 后补助，最高18万元 |  | 1年" in lines
    assert not any(line.startswith("注：重点项目择优支持。 |") for line in lines)  # a row of one cell is no row
    # trafilatura's readability fallback, which won on a GBK notice, wrote no blank for a spanned column
    padded = html.rowspans_copied(_page(f"<table>{header}<tbody>{rows}</tbody></table>"))
    assert "<th>资助额度</th><th></th>" in padded and "<td>后补助，最高18万元</td><td></td>" in padded
    assert '<td colspan="4">注' in padded


def test_rowspans_are_bounded_and_a_page_without_them_is_untouched() -> None:
    page = _page(f"<table>{HEADER}<tr><td>甲</td><td>1</td><td>2</td><td>3</td></tr></table>")
    assert html.rowspans_copied(page) is page
    huge = _page('<table><tr><td rowspan="99999">甲</td><td colspan="99999">乙</td></tr><tr><td>丙</td></tr></table>')
    assert html.rowspans_copied(huge).count("甲") == 2  # copied into the one row below, not 99,999


def test_a_layout_cell_spanning_rows_is_not_copied() -> None:
    """An old site lays out its page in a table: the article's cell spans the sidebar's rows. Copied, the
    article would be read twice."""
    article = f'<td rowspan="2"><p>{ARTICLE * 5}</p></td>'
    page = f"<table><tr>{article}<td>导航</td></tr><tr><td>友情链接</td></tr></table>"
    assert html.rowspans_copied(page).count(ARTICLE * 5) == 1
    nested = '<td rowspan="2"><table><tr><td>甲</td></tr></table></td>'
    assert html.rowspans_copied(f"<table><tr>{nested}<td>乙</td></tr><tr><td>丙</td></tr></table>").count("甲") == 1


def test_list_items_are_lines_of_their_own_without_their_marks(tmp_path: Path) -> None:
    """trafilatura writes each item as "- item"; short items without punctuation were joined as one sentence."""
    items = ["自然科学奖 32项", "技术发明奖 28项", "科技进步奖 96项"]
    page = (
        f"<html><body><article><h1>银河省科学技术奖励公告</h1><p>{ARTICLE}共授予156项，其中：</p>"
        f"<ul>{''.join(f'<li>{i}</li>' for i in items)}</ul><p>{ARTICLE}</p></article></body></html>"
    )
    (tmp_path / "awards.html").write_text(page, encoding="utf-8")
    lines = load_document(tmp_path / "awards.html").text.split("\n")
    assert all(item in lines for item in items)
    assert not any(line.startswith("- ") for line in lines)


def test_a_table_laying_out_the_page_is_read_as_blocks_and_its_data_table_as_rows(tmp_path: Path) -> None:
    """An old-style page: menu and article side by side in one table's cells, a table of data inside the article.
    Read as a table, the article was one row of one long cell; its <h3> (the page's <title>) was lost."""
    title = "银河县115年度地方特色产业研发补助计划征件公告"
    menu = "".join(f"<div><a href='/{i}'>{m}</a></div>" for i, m in enumerate(["首页", "最新消息", "公告事项"]))
    data = (
        "<table><tr><th>补助类别</th><th>上限</th></tr><tr><td>创新研发类</td><td>150万元</td></tr>"
        "<tr><td>产品开发类</td><td>80万元</td></tr></table>"
    )
    body = f"<h3>{title}</h3><p>一、计划目的：{ARTICLE}</p>{data}<p>二、申请期间：{ARTICLE}</p>"
    page = (
        f"<html><head><title>{title}－银河县政府</title></head><body><table><tr><td>{menu}"
        f"<div>浏览人次：0285067</div></td><td>{body}</td></tr></table></body></html>"
    )
    (tmp_path / "call.html").write_text(page, encoding="utf-8")
    doc = load_document(tmp_path / "call.html")
    lines = doc.text.split("\n")
    assert doc.title == title and lines[0] == title
    assert f"一、计划目的：{ARTICLE}" in lines and f"二、申请期间：{ARTICLE}" in lines
    assert "创新研发类 | 150万元 |" in lines and "产品开发类 | 80万元 |" in lines  # two columns: closed by a bar
    assert not any("浏览人次" in line for line in lines)  # the counter, furniture


def test_a_table_of_data_with_long_cells_is_no_layout() -> None:
    """A project list's 建设内容 cells run long, one paragraph or two each: still a table."""
    long = "<p>" + "建设研发中试平台，购置检测设备。" * 10 + "</p>"
    table = f"<table><tr><th>项目</th><th>建设内容</th></tr><tr><td>甲项目</td><td>{long}{long}</td></tr></table>"
    assert html.layout_unwrapped(f"<html><body>{table}</body></html>") == f"<html><body>{table}</body></html>"


def test_a_table_in_an_article_laid_out_with_br_stays_a_table(tmp_path: Path) -> None:
    """A government article page without paragraphs (lines broken by <br>), a cell of two lines: trafilatura's
    recall-first reading ran the table into one line of cells; the page is read again and the rows kept."""
    rows = "".join(
        f"<tr><td>{n}</td><td>银河省{name}重点实验室</td><td>{place}</td><td>{work}<br>{more}</td></tr>"
        for n, name, place, work, more in [
            (1, "汽车材料", "长春市", "高强铝合金车身", "碳纤维成型"),
            (2, "玉米加工", "吉林市", "玉米淀粉转化", "聚乳酸材料"),
            (3, "人参药效", "通化市", "皂苷分离纯化", "复方药效评价"),
        ]
    )
    head = "<tr><td>序号</td><td>实验室名称</td><td>所在地</td><td>主要建设内容</td></tr>"
    body = (
        f'<div id="zoom">各有关单位：<br>　　{ARTICLE}<br>　　一、拟认定名单<br><table border="1">{head}{rows}</table>'
        f"　　二、公示时间<br>　　公示期为2026年6月19日至2026年6月25日，共5个工作日。<br>　　{ARTICLE}<br></div>"
    )
    page = f"<html><body><div class='nav'><a href='/'>首页</a></div>{body}</body></html>"
    (tmp_path / "notice.html").write_text(page, encoding="utf-8")
    lines = load_document(tmp_path / "notice.html").text.split("\n")
    assert "3 | 银河省人参药效重点实验室 | 通化市 | 皂苷分离纯化 复方药效评价" in lines
    assert "公示期为2026年6月19日至2026年6月25日，共5个工作日。" in lines


def test_a_list_a_style_sheet_sets_out_as_a_table_is_rows(tmp_path: Path) -> None:
    rows = [("序号", "平台名称", "依托单位"), ("1", "银河市晶硅材料重点实验室", "银河晶川材料有限公司")]
    rows += [("2", "银河市茶叶加工重点实验室", "银河峨秀茶业有限公司")]
    items = "".join("<li>" + "".join(f"<span>{cell}</span>" for cell in row) + "</li>" for row in rows)
    title = "银河市科学技术局关于公布2026年度市级科技创新平台认定名单的通知"
    page = (
        f'<html><head><meta name="ArticleTitle" content="{title}"><title>{title}_通知公告</title></head><body>'
        f'<div class="title">{title}</div><div class="p">{ARTICLE}</div><ul class="list-table">{items}</ul>'
        f'<div class="p">{ARTICLE}</div></body></html>'
    )
    (tmp_path / "list.html").write_text(page, encoding="utf-8")
    lines = load_document(tmp_path / "list.html").text.split("\n")
    rows_read = [line.removesuffix(" |") for line in lines]
    assert "1 | 银河市晶硅材料重点实验室 | 银河晶川材料有限公司" in rows_read  # not "1银河市晶硅…有限公司"
    assert lines[0] == title  # the title its metadata gives, shown in a styled <div>


def test_a_list_of_links_or_of_two_cells_stays_a_list() -> None:
    links = "".join(
        f'<li><a href="/{i}">通知{i}</a><span>2026-0{i}-01</span><span>科技局</span></li>' for i in range(1, 4)
    )
    dated = "".join(f"<li><span>通知{i}</span><span>2026-0{i}-01</span></li>" for i in range(1, 4))
    for items in (links, dated):
        page = f"<html><body><ul>{items}</ul></body></html>"
        assert html.grids_tabled(page) == page
