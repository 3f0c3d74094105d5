"""A section's short lead sentence is read above each of its items."""

from __future__ import annotations

from qa.answer.leads import MAX_LEAD, Leads
from qa.ingest.chunking import Chunk

GOALS = "一、总体要求 > （二）发展目标"


def _chunk(n: int, section: str, text: str) -> Chunk:
    return Chunk(f"d#{n}", "d", "d.txt", "方案", section, 100 * n, 100 * n + len(text), text, len(text))


def test_an_item_is_read_under_the_lead_of_the_section_it_belongs_to() -> None:
    lead = "到2026年，全市人工智能产业创新集群建设取得显著成效。具体目标如下："
    parent = _chunk(0, GOALS, f"（二）发展目标\n{lead}")
    item = _chunk(1, f"{GOALS} > 1. 产业规模持续壮大", "1. 产业规模持续壮大。人工智能核心产业规模突破1200亿元。")
    leads = Leads([parent, item])
    assert leads.of(item) == lead
    assert leads.of(parent) == ""  # its own parent (一、总体要求) has no lead here


def test_a_long_own_text_is_no_lead() -> None:
    body = "到2026年，" + "全市人工智能产业创新集群建设取得显著成效，" * 5
    assert len(body) > MAX_LEAD
    parent = _chunk(0, GOALS, f"（二）发展目标\n{body}")
    item = _chunk(1, f"{GOALS} > 1. 产业规模", "1. 产业规模。规模突破1200亿元。")
    assert Leads([parent, item]).of(item) == ""
    other = _chunk(2, GOALS, "不以标题开头的段落\n到2026年。")  # a continuation, not the section's own start
    assert Leads([other, item]).of(item) == ""


def test_a_chunk_is_framed_by_what_its_section_says_before_it_from_its_last_clause_that_opens_with_a_year() -> None:
    first = _chunk(0, "一、工作成效", "会议指出，2025年全市科技工作成效明显。研发投入强度达到2.86%。")
    second = _chunk(1, "一、工作成效", "全年登记技术合同成交额386.5亿元。")
    elsewhere = _chunk(2, "二、2026年任务", "实施专项20项。")
    leads = Leads([second, elsewhere, first])
    assert leads.before(second) == "，2025年全市科技工作成效明显。研发投入强度达到2.86%。"
    assert leads.before(first) == "" and leads.before(elsewhere) == ""  # nothing before it in its section
    assert leads.framing(elsewhere) == (elsewhere.text, "", "", "二、2026年任务", "方案")
