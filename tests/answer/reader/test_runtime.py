"""The reader at serving time, with the fake graph: spans in the original text, calibration, script."""

from __future__ import annotations

import numpy as np

from qa.answer.reader.runtime import aligned_simplified
from qa.answer.reader.windows import Passage
from tests.fakes import FakeLogits, fake_reader


def test_the_best_span_comes_from_the_passage_that_holds_it() -> None:
    reader = fake_reader()
    passages = ["没有数字的段落。", "研发经费占比超过4.2%。"]
    reading = reader.read("占比是多少？", passages)
    assert reading is not None and reading.passage == 1
    assert passages[1][reading.start : reading.end] == "4.2%"
    assert reading.confidence > 0.99


def test_only_admissible_spans_are_chosen_and_give_the_confidence() -> None:
    reader = fake_reader()
    passages = ["研发经费占比超过4.2%。", "另一段没有。", "第三段9%。"]
    reading = reader.read("占比是多少？", passages, lambda c: c.passage != 0)
    assert reading is not None and reading.passage == 2 and passages[2][reading.start : reading.end] == "9%"
    assert reader.read("占比是多少？", passages, lambda c: False) is None


def test_no_answer_anywhere_gives_low_confidence_and_empty_input_none() -> None:
    reader = fake_reader()
    reading = reader.read("目标是什么？", ["没有数字。", "也没有。"])
    assert reading is not None and reading.confidence < 0.01 < reader.calibration.threshold
    assert reader.read("问题", []) is None and reader.read("问题", ["  "]) is None


def test_traditional_passages_are_read_simplified_but_cited_as_written() -> None:
    passage = "黃岡離岸科創中心引進孵化企業8家。"
    assert len(aligned_simplified(passage)) == len(passage)
    reading = fake_reader().read("引進了多少家？", [passage])
    assert reading is not None and passage[reading.start : reading.end] == "8"


def test_a_long_passage_is_read_in_windows_and_the_span_maps_back() -> None:
    passage = "无关内容。" * 60 + "目标为2035年。"
    reading = fake_reader().read("目标年份？", [passage])
    assert reading is not None and passage[reading.start : reading.end] == "2035"


class CountingLogits(FakeLogits):
    """The fake graph, counting the windows it is asked to read."""

    def __init__(self) -> None:
        self.windows = 0

    def __call__(self, ids: np.ndarray, mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        self.windows += ids.shape[0]
        return super().__call__(ids, mask)


def test_a_sure_first_passage_ends_the_reading_early() -> None:
    counting = CountingLogits()
    reader = fake_reader(stop=0.9, model=counting)
    reading = reader.read("占比是多少？", ["占比为4.2%。", "另一段7%。", "第三段9%。"])
    assert reading is not None and reading.passage == 0 and counting.windows == 1


def test_a_sure_table_does_not_end_the_reading_early() -> None:
    counting = CountingLogits()
    reader = fake_reader(stop=0.9, model=counting)
    table = "序号 | 项目 | 占比\n1 | 甲 | 4.2%\n2 | 乙 | 5%"
    assert reader.confidence(max(c.margin for c in reader.candidates("占比是多少？", [table]))) >= 0.9
    counting.windows = 0
    reader.read("占比是多少？", [table, "另一段7%。", "第三段9%。"])
    assert counting.windows == 3  # stop was fitted on prose


def test_an_unsure_first_passage_reads_the_rest_and_keeps_passage_numbers() -> None:
    counting = CountingLogits()
    reader = fake_reader(stop=0.9, model=counting)
    reading = reader.read("占比是多少？", ["没有数字。", "没有。", "占比为4.2%。"])
    assert reading is not None and reading.passage == 2 and counting.windows == 3
    never = CountingLogits()
    fake_reader(model=never).read("占比是多少？", ["占比为4.2%。", "另一段7%。"])
    assert never.windows == 2  # stop 1.0: every passage is read


def test_a_window_wholly_inside_a_label_is_not_read() -> None:
    """A long header row fills whole windows; those have no token an answer may be cut from."""
    header = " | ".join(f"第{i}列名称" for i in range(200))
    labelled = Passage(header + "\n1 | 2", labels=((0, len(header)),))
    assert fake_reader().read("占比是多少？", [labelled]) is not None  # the data row's windows are read
    assert fake_reader().read("占比是多少？", [Passage(header, labels=((0, len(header)),))]) is None


def test_a_passage_is_read_without_the_phrases_it_is_not_asked() -> None:
    class Asked(FakeLogits):
        def __init__(self) -> None:
            self.questions: list[list[int]] = []

        def __call__(self, ids: np.ndarray, mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
            self.questions += [row[1 : row.index(2)] for row in ids.tolist()]
            return super().__call__(ids, mask)

    asked = Asked()
    passages = [Passage("推动7家。", unasked=("都市圈方案",)), Passage("推动8家。")]
    fake_reader(model=asked).read("都市圈方案要推动几家？", passages)
    assert ["".join(chr(i - 3) for i in q) for q in asked.questions] == ["要推动几家？", "都市圈方案要推动几家？"]
    asked.questions.clear()
    fake_reader(model=asked).read("都市圈方案？", passages[:1])  # nothing left to ask: read as asked
    assert ["".join(chr(i - 3) for i in q) for q in asked.questions] == ["都市圈方案？"]


def test_a_phrase_not_asked_goes_with_the_words_that_only_placed_it() -> None:
    from qa.answer.reader.runtime import _without

    # "方案中高新技术…" less the name alone would read "中高新技术" (middle and high tech)
    assert _without("光谷大走廊方案中高新技术产业占比是多少", ["光谷大走廊方案"]) == "高新技术产业占比是多少"
    assert _without("在提能方案里的目标是什么", ["提能方案"]) == "目标是什么"
    assert _without("中国光谷的目标是什么", ["光谷方案"]) == "中国光谷的目标是什么"  # a phrase not there: unchanged


def test_a_span_of_punctuation_alone_is_never_a_candidate() -> None:
    """The fake graph reads the first run of digits, "." and "%": here only "%", which answers nothing."""
    text = "占比见下文%。"
    found = fake_reader().candidates("占比情况如何？", [text])
    assert found and all(any(ch.isalnum() for ch in text[c.start : c.end]) for c in found)
    assert "%" not in [text[c.start : c.end] for c in found]  # the graph's own best span


def test_the_kind_asked_is_read_in_the_question_as_asked() -> None:
    """An English question read in the corpus's words ("for how many 工作日") no longer says "how many days": the
    unit is read in the question as asked, and a figure that is no number of days is no answer."""
    passages = ["咨询时间为工作日9:00至17:30。", "结果公示7个工作日。"]
    rendered = "for how many 工作日 are the results 公示?"
    reading = fake_reader().read(rendered, passages, as_asked="For how many working days are the results publicised?")
    assert reading is not None and passages[reading.passage][reading.start : reading.end].startswith("7")
    found = fake_reader().candidates(rendered, passages[:1], as_asked="For how many working days are they publicised?")
    assert found == []
