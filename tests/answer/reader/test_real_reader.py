"""The real reader (committed weights, int8 ONNX) on the real index of the seed documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa.answer.reader.model import load_reader
from qa.answer.reader.runtime import load_tokenizer, onnx_reader
from qa.answer.reader.windows import batch, make_windows, top_spans
from qa.config import Settings
from qa.service import Service

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("question", "fact", "language"),
    [
        ("到2025年光谷科技创新大走廊全社会研发经费支出占地区生产总值的比重是多少？", "4.2%", "zh-Hans"),
        ("黃岡（光谷）離岸科創中心從光谷引進了多少家孵化企業？", "8家", "zh-Hant"),
        ("武汉都市圈科技创新三年行动方案是哪一天审议通过的？", "6月27日", "zh-Hans"),
        # a notice's issuer and date lines, read written out (`qa.answer.notice.NoticeText`)
        ("光谷科技创新大走廊行动方案由谁印发？", "湖北省科技创新办公室", "zh-Hans"),
        ("武漢提能方案是哪天印發的？", "2021年3月28日", "zh-Hant"),
        # full-width digits as an input method types them: the year was once "a year no document says"
        ("到２０２５年光谷科技创新大走廊全社会研发经费支出占地区生产总值的比重是多少？", "4.2%", "zh-Hans"),
        # a year in Chinese numerals, and one shortened to two digits (read as the 2025年 the plan says)
        ("到二〇二五年光谷科技创新大走廊全社会研发经费支出占地区生产总值的比重是多少？", "4.2%", "zh-Hans"),
        ("到25年光谷科技创新大走廊全社会研发经费支出占地区生产总值的比重是多少？", "4.2%", "zh-Hans"),
    ],
)
def test_real_questions_are_answered_with_the_fact_in_the_cited_span(
    real_service: Service, question: str, fact: str, language: str
) -> None:
    answer = real_service.ask(question)
    assert answer.answerable and fact in answer.answer and answer.language == language, answer
    c = answer.citations[0]
    text = next(d.text for d in real_service.corpus.documents if d.doc_id == c.doc_id)
    assert text[c.start : c.end] == c.quote
    assert answer.confidence is not None and answer.confidence >= real_service.reader.calibration.threshold


@pytest.mark.parametrize(
    ("typo", "fact"),
    [
        ("黄刚（光谷）离岸科创中心从光谷引进了多少家孵化企业？", "8家"),  # 黄冈: a homophone typo
        ("到2025年光谷科技创新大走廊全社会研发经费知出占地区生产总值的比重是多少？", "4.2%"),  # 支出
    ],
)
def test_a_homophone_typo_is_answered_like_the_question_meant(real_service: Service, typo: str, fact: str) -> None:
    answer = real_service.ask(typo)
    assert answer.answerable and fact in answer.answer, answer


def test_the_reader_reads_a_typo_as_the_passage_writes_it() -> None:
    """黄刚 is no word; the passage says 黄冈, which sounds the same (read as is, the answer was "5家，…")."""
    reader = onnx_reader(Settings().model_dir)
    passage = "鄂州离岸科创中心引进孵化企业5家，黄冈离岸科创中心引进孵化企业8家，孝感离岸科创中心引进孵化企业3家。"
    reading = reader.read("黄刚离岸科创中心引进了多少家孵化企业？", [passage])
    assert reading is not None and passage[reading.start : reading.end] == "8家"
    assert reading.confidence >= reader.calibration.threshold


def test_a_question_the_documents_cannot_answer_is_refused(real_service: Service) -> None:
    answer = real_service.ask("武汉市2030年的常住人口目标是多少？")
    assert not answer.answerable and answer.see_also and answer.confidence is not None


def test_the_int8_graph_reads_like_the_fp32_model() -> None:
    """Quantisation must not move the answer: same best span on a real passage."""
    import torch

    e5 = Settings().model_dir
    model, card = load_reader(e5)
    question = "研发经费占比目标是多少？"
    passage = "到2025年，光谷科技创新大走廊全社会研发经费支出占地区生产总值的比重超过4.2%，高新技术企业超过1.5万家。"
    windows = make_windows(load_tokenizer(e5), question, [passage], max_len=card.max_len, overlap=card.overlap)
    ids, mask = batch(windows)
    with torch.no_grad():
        out = model(input_ids=torch.from_numpy(ids), attention_mask=torch.from_numpy(mask))
    fp32 = top_spans(windows[0], out.start_logits[0].numpy(), out.end_logits[0].numpy(), 0, 1)[0]
    reading = onnx_reader(e5).read(question, [passage])
    assert reading is not None
    assert "4.2%" in passage[fp32.start : fp32.end] and "4.2%" in passage[reading.start : reading.end]
    assert abs(reading.margin - fp32.margin) < 1.5


def test_a_damaged_weights_file_stops_the_reader_from_loading(tmp_path: Path) -> None:
    import shutil

    from qa.answer.reader.model import WEIGHTS_DIR, WEIGHTS_FILE
    from qa.errors import ModelError

    folder = tmp_path / "weights"
    shutil.copytree(WEIGHTS_DIR, folder)
    with (folder / WEIGHTS_FILE).open("r+b") as fh:
        fh.seek(1000)
        fh.write(b"\x00\x01\x02")
    with pytest.raises(ModelError, match="damaged"):
        load_reader(Settings().model_dir, folder)


@pytest.mark.parametrize(
    ("question", "short"),
    [
        ("表3里黄冈功能区的项目叫什么？", "黄冈科技新城"),  # refused when the table was read only as "a | b | c"
        ("表2里第二个园区叫什么名字？", "光谷（黄石）智能显示产业园"),  # an ordinal, counted in the 序号 column
    ],
)
def test_the_row_a_question_picks_out_is_read_written_out(real_service: Service, question: str, short: str) -> None:
    answer = real_service.ask(question)
    assert answer.answerable and answer.short_answer == short, answer
    c = answer.citations[0]
    text = next(d.text for d in real_service.corpus.documents if d.doc_id == c.doc_id)
    assert text[c.start : c.end] == c.quote and "|" in c.quote  # the table's own row


def test_what_a_picked_out_row_does_not_say_is_refused(real_service: Service) -> None:
    assert not real_service.ask("表3里黄冈功能区的投资额是多少？").answerable


@pytest.mark.parametrize(
    ("question", "short"),
    [
        ("表3一共列了几个项目？", "7"),  # the reader finds no span to count from: the table is counted whole
        ("表2中有几个项目在黄冈？", "1"),  # 黄冈 is part of one park's name: that row
        (
            "表2共列了哪几个园区？",
            "光谷鄂州（葛店）光电子信息产业园、光谷（黄石）智能显示产业园、光谷黄冈科技产业园（二期）、光谷咸宁生物医药产业园",
        ),
    ],
)
def test_a_table_named_by_its_label_is_counted_or_listed_whole(
    real_service: Service, question: str, short: str
) -> None:
    answer = real_service.ask(question)
    assert answer.answerable and answer.short_answer == short and answer.confidence is None, answer
    text = next(d.text for d in real_service.corpus.documents if d.doc_id == answer.citations[0].doc_id)
    assert all(text[c.start : c.end] == c.quote and "|" in c.quote for c in answer.citations)  # each row cited
    assert len(answer.citations) == (int(short) if short.isdigit() else short.count("、") + 1)


def test_a_whole_table_question_naming_what_no_row_says_is_refused(real_service: Service) -> None:
    assert not real_service.ask("表3一共有几个项目在孝感？").answerable
