"""Section-aware chunking under a tiktoken budget."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa.config import ROOT
from qa.ingest.chunking import Chunker
from qa.ingest.clean import clean_text
from qa.ingest.documents import Document, load_document


def _doc(tmp_path: Path, text: str) -> Document:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return load_document(path)


def test_chunks_are_exact_spans_of_the_cleaned_text(seeds: dict[str, Document], chunker: Chunker) -> None:
    for doc in seeds.values():
        chunks = chunker.chunk_document(doc)
        assert chunks, doc.doc_id
        for chunk in chunks:
            assert doc.text[chunk.start : chunk.end] == chunk.text
            assert chunk.doc_id == doc.doc_id and chunk.source == doc.source and chunk.title == doc.title
            assert chunk.tokens == chunker.count(chunk.text)


def test_chunks_respect_the_budget_and_end_on_sentences(seeds: dict[str, Document], chunker: Chunker) -> None:
    for doc in seeds.values():
        for chunk in chunker.chunk_document(doc):
            assert chunk.tokens <= chunker.max_tokens
            section = doc.section_at(chunk.start)
            if chunk.tokens > 40 and section is not None and section.kind != "table":
                at_line_end = doc.text[chunk.end : chunk.end + 1] in ("\n", "")
                assert chunk.text[-1] in "。！？；" or at_line_end, chunk.text[-20:]


def test_chunk_carries_its_section_path(seeds: dict[str, Document], chunker: Chunker) -> None:
    chunks = chunker.chunk_document(seeds["003"])
    hit = next(c for c in chunks if "楚天鳳鳴" in c.text)
    assert hit.section == "五、資源共享，持續提高要素配置效率 > （二）促進科技金融深度融合"
    assert "楚天鳳鳴" in hit.index_text() and hit.title in hit.index_text()


def test_small_table_is_one_chunk_with_every_row(seeds: dict[str, Document], chunker: Chunker) -> None:
    chunks = chunker.chunk_document(seeds["003"])
    table = next(c for c in chunks if c.section.endswith("表3〓科技園區建設項目（部分）"))
    assert table.text.count("\n") == 8 and "咸寧橫溝科學城" in table.text


def test_long_table_split_by_rows_keeps_caption_and_header(tmp_path: Path) -> None:
    rows = [f"{i} | 第{i}号示范园区建设项目名称 | 2023-2025年" for i in range(1, 80)]
    text = "\n".join(["一、项目", "表1 建设项目清单", "序号 | 名称 | 建设时间", *rows])
    doc = _doc(tmp_path, text)
    chunks = Chunker(120, "cl100k_base", Path(".cache/tiktoken")).chunk_document(doc)
    assert len(chunks) > 3
    for chunk in chunks[1:]:
        assert chunk.context == "表1 建设项目清单\n序号 | 名称 | 建设时间"
        assert all(line.count("|") == 2 for line in chunk.text.split("\n"))


def test_a_long_table_with_no_caption_of_its_own_keeps_the_line_above_and_its_header(tmp_path: Path) -> None:
    rows = [f"{i} | 第{i}号中试基地建设项目名称 | 2023-2025年" for i in range(1, 80)]
    text = "\n".join(["一、项目", "首批基地名单如下。", "附件", "序号 | 名称 | 建设时间", *rows])
    chunks = Chunker(120, "cl100k_base", Path(".cache/tiktoken")).chunk_document(_doc(tmp_path, text))
    continued = [c for c in chunks if c.text.split("\n", 1)[0].startswith(("2", "3", "4", "5", "6", "7"))]
    assert continued and all(c.context == "附件\n序号 | 名称 | 建设时间" for c in continued)


def test_long_section_split_on_sentence_boundaries(tmp_path: Path) -> None:
    sentence = "推进武汉都市圈科技创新协同发展，建设一批高水平创新平台。"
    doc = _doc(tmp_path, "一、任务\n" + sentence * 40)
    chunks = Chunker(100, "cl100k_base", Path(".cache/tiktoken")).chunk_document(doc)
    assert len(chunks) > 3
    assert all(c.text.endswith("。") for c in chunks)
    assert chunks[0].text.startswith("一、任务\n")
    assert "".join(c.text for c in chunks).replace("一、任务\n", "") == sentence * 40


def test_a_chunk_cut_from_its_heading_is_read_under_it(tmp_path: Path) -> None:
    sentence = "推进武汉都市圈科技创新协同发展，建设一批高水平创新平台。"
    doc = _doc(tmp_path, "一、任务\n（一）建设平台\n" + sentence * 20 + "\n（牵头单位：市科技局）")
    chunks = Chunker(100, "cl100k_base", Path(".cache/tiktoken")).chunk_document(doc)
    assert chunks[0].text.startswith("（一）建设平台") and chunks[0].reading_context() == ""
    assert chunks[-1].text == "（牵头单位：市科技局）"
    assert chunks[-1].reading_context() == "（一）建设平台"


def test_a_chunk_opening_with_its_long_heading_line_is_not_read_under_it_again(tmp_path: Path) -> None:
    # the heading is the line up to its full stop, cut at 60 characters with "…": the chunk still says it
    line = (
        "（三）项目负责人须为申报单位正式在职人员，年龄不超过60周岁（1966年1月1日以后出生），"
        "同期主持在研的市级科技计划项目不超过1项。"
    )
    doc = _doc(tmp_path, "一、申报要求\n" + line)
    chunks = Chunker(100, "cl100k_base", Path(".cache/tiktoken")).chunk_document(doc)
    chunk = chunks[-1]
    assert chunk.section.endswith("…") and chunk.text.startswith(line)
    assert chunk.reading_context() == ""


def test_a_table_continuation_is_read_under_its_heading_caption_and_header(tmp_path: Path) -> None:
    rows = [f"{i} | 第{i}号示范园区建设项目名称 | 2023-2025年" for i in range(1, 80)]
    doc = _doc(tmp_path, "\n".join(["一、项目", "表1 建设项目清单", "序号 | 名称 | 建设时间", *rows]))
    chunks = Chunker(120, "cl100k_base", Path(".cache/tiktoken")).chunk_document(doc)
    assert chunks[0].reading_context() == ""
    assert chunks[1].reading_context() == "表1 建设项目清单\n序号 | 名称 | 建设时间"


def test_heading_only_parent_is_not_a_chunk(tmp_path: Path) -> None:
    body = "正文内容在这里，说明具体任务和目标要求，并明确牵头单位。"
    doc = _doc(tmp_path, f"一、任务\n（一）平台\n{body}\n（二）人才\n{body}")
    sections = {c.section for c in Chunker(300, "cl100k_base", Path(".cache/tiktoken")).chunk_document(doc)}
    assert sections == {"一、任务 > （一）平台", "一、任务 > （二）人才"}


def test_heading_line_with_its_own_body_before_a_table_is_kept(tmp_path: Path) -> None:
    task = "（一）推进离岸科创模式创新。推进离岸科创园提升服务能力。（牵头单位：鄂州市人民政府）"
    doc = _doc(
        tmp_path, f"一、载体共建\n{task}\n表1 离岸科创园建设项目\n序号 | 名称 | 建成时间\n1 | 黄石离岸科创园 | 已建成\n"
    )
    texts = [c.text for c in Chunker(300, "cl100k_base", Path(".cache/tiktoken")).chunk_document(doc)]
    assert any("牵头单位：鄂州市人民政府" in t for t in texts), texts


def test_only_heading_only_lines_are_left_out(seeds: dict[str, Document], chunker: Chunker) -> None:
    """Nothing is lost: every character of every seed is in a chunk, except lines that are just a heading."""
    for doc in seeds.values():
        covered = [False] * len(doc.text)
        for chunk in chunker.chunk_document(doc):
            covered[chunk.start : chunk.end] = [True] * (chunk.end - chunk.start)
        titles = {s.title for s in doc.sections}
        offset = 0
        for line in doc.text.split("\n"):
            missing = [
                i for i in range(offset, offset + len(line)) if not covered[i] and not line[i - offset].isspace()
            ]
            assert not missing or line.strip().rstrip("。") in titles, (doc.doc_id, line[:60])
            offset += len(line) + 1


def test_budget_validated() -> None:
    with pytest.raises(ValueError, match="max_tokens"):
        Chunker(3, "cl100k_base", Path(".cache/tiktoken"))


def test_clean_text_used_for_offsets(tmp_path: Path) -> None:
    raw = "創(chuàng)新發(fā)展的主要任務和總體目標已經明確，各地正在推進落實，取得積極進展。"
    doc = _doc(tmp_path, raw)
    assert doc.text == clean_text(raw).text


def test_chunks_of_a_pdf_know_their_pages_and_citations_carry_them(tmp_path: Path) -> None:
    from qa.answer.types import Citation
    from tests.ingest.test_formats import ARTICLE, pdf_bytes

    pages = [["光谷科技创新大走廊行动方案", ARTICLE], [f"第二页的句子：{ARTICLE}"], [ARTICLE[:-1] + "，第三页。"]]
    (tmp_path / "plan.pdf").write_bytes(pdf_bytes(pages))
    doc = load_document(tmp_path / "plan.pdf")
    chunks = Chunker(400, "cl100k_base", ROOT / ".cache" / "tiktoken").chunk_document(doc)
    for chunk in chunks:
        for phrase, page in (("第二页的句子", 2), ("第三页", 3), ("光谷科技创新大走廊行动方案", 1)):
            at = chunk.text.find(phrase)
            if at >= 0:
                assert chunk.page_at(at) == doc.page_at(chunk.start + at) == page
                assert Citation.of(1, chunk, at, at + len(phrase), 0.5).page == page
    assert all(
        c.page is None
        for c in Chunker(400, "cl100k_base", ROOT / ".cache" / "tiktoken").chunk_document(
            load_document(next((ROOT / "corpus").glob("*.txt")))
        )
    )
