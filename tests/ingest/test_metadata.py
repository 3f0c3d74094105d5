"""Metadata extraction on the seeds and on synthetic pages."""

from __future__ import annotations

from qa.ingest.clean import clean_text
from qa.ingest.documents import Document
from qa.ingest.metadata import extract_metadata


def _meta(raw: str):  # type: ignore[no-untyped-def]
    cleaned = clean_text(raw)
    return extract_metadata(cleaned.raw_lines, cleaned.text, cleaned.script)


def test_seed_metadata(seeds: dict[str, Document]) -> None:
    m = seeds["004"].meta
    assert m.doc_number == "武政辦〔2021〕26號"
    assert m.date == "2021-03-28"
    assert m.issuer == "武漢市人民政府辦公廳"
    assert m.title == "武漢市人民政府辦公廳關于印發武漢市大力推進科技創新提能工作實施方案的通知"
    assert m.script == "zh-Hant"
    m = seeds["003"].meta
    assert (m.date, m.issuer) == ("2023-04-08", "湖北省科技創新辦公室")
    assert m.title.startswith("加快推進光谷科技創新大走廊協同創新高質量發展行動方案")
    m = seeds["000"].meta
    assert m.title == "科技創新三年行動方案出臺 武漢都市圈加速推進科技同興"
    assert m.issuer == "長江日報"
    m = seeds["001"].meta
    assert (m.title, m.date, m.issuer) == ("武鄂協同創新取得新突破", "2024-10-14", "中國企業新聞網")
    m = seeds["002"].meta
    assert m.script == "zh-Hans" and m.title == "打造全国有影响力的科技创新高地，湖北底气从何而来？"


def test_missing_metadata_is_none_not_invented() -> None:
    m = _meta("科技创新是第一动力，各地正在加快建设创新平台，推动成果转化，营造良好创新生态。")
    assert m.date is None and m.issuer is None and m.doc_number is None


def test_original_title_preferred() -> None:
    m = _meta("热讯：标题党\n原标题：真正的标题\n" + "正文内容，" * 30 + "。")
    assert m.title == "真正的标题"


def test_an_issuers_mark_at_the_head_is_no_title_and_its_signature_stays() -> None:
    head = "杭州市人民政府办公厅文件\n杭政办函〔2024〕15号\n杭州市人民政府办公厅关于印发孵化器三年行动计划的通知\n"
    m = _meta(head + "各区人民政府：\n" + "正文内容，" * 30 + "。\n杭州市人民政府办公厅\n2024年3月18日\n")
    assert m.title == "杭州市人民政府办公厅关于印发孵化器三年行动计划的通知"
    assert m.doc_number == "杭政办函〔2024〕15号" and m.issuer == "杭州市人民政府办公厅"


def test_a_joint_issue_is_signed_by_both_bodies() -> None:
    m = _meta("关于印发某细则的通知\n现将细则印发给你们。\n株洲市科学技术局　株洲市财政局\n2026年11月18日")
    assert (m.issuer, m.date) == ("株洲市科学技术局 株洲市财政局", "2026-11-18")
