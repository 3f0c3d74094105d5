import pytest

from qa.answer.levels import level_frame, levels


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("对新获批建设的省重点实验室，给予一次性奖励100万元", {"省"}),
        ("东营市市级重点实验室建设与运行管理办法", {"市"}),
        ("全市累计建成省级以上重点实验室41家", {"国家", "省"}),
        ("对新认定的国家级、省级科技企业孵化器分别给予奖励", {"国家", "省"}),
        ("武汉市重点实验室", {"市"}),
        ("对自治区级新型研发机构给予补助", {"省"}),
        ("國家重點實驗室", {"国家"}),
        # a place, not a level
        ("市科学技术局负责组织实施", set()),
        ("全市重点实验室达到41家", set()),
        ("园区重点企业", set()),
        ("按照国家有关规定执行", set()),
        # English
        ("How much does Dongying award a newly approved national key laboratory?", {"国家"}),
        ("What is the subsidy ceiling for a national-level pilot-scale base in Weihai?", {"国家"}),
        ("How much does Jingzhou fund a provincial key laboratory?", {"省"}),
        ("Which unit leads the Xuzhou Municipal Bureau of Science and Technology's review?", set()),
    ],
)
def test_levels(text: str, said: set[str]) -> None:
    assert levels(text) == said


def test_the_nearest_text_that_names_a_level_decides() -> None:
    sentence = "对新获批建设的省重点实验室，给予一次性奖励100万元"
    assert level_frame(frozenset({"国家"}), (sentence, "", "", "", "", "东营市市级重点实验室管理办法")) is False
    assert level_frame(frozenset({"省"}), (sentence, "", "", "", "", "东营市市级重点实验室管理办法")) is True
    # a sentence without a level is framed by its document's title
    plain = ("委员不少于9人", "", "", "", "", "东营市市级重点实验室管理办法")
    assert level_frame(frozenset({"市"}), plain) is True
    assert level_frame(frozenset({"国家"}), plain) is False


def test_the_chunk_around_a_sentence_frames_nothing() -> None:
    """A section lists each level's award in a sentence of its own: the other sentences frame no answer."""
    chunk = "对新认定的市重点实验室给予50万元。对新获批建设的省重点实验室，给予一次性奖励100万元。"
    assert level_frame(frozenset({"市"}), ("给予建设补助", "", chunk, "", "", "某市科技创新若干措施")) is None


def test_no_level_asked_frames_nothing() -> None:
    assert level_frame(frozenset(), ("对新获批建设的省重点实验室",)) is None
