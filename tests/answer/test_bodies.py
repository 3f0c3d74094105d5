"""Government bodies a question names that the documents never name (`qa.answer.bodies`)."""

from __future__ import annotations

from qa.answer.bodies import bodies_in, unnamed
from qa.answer.names import Said

NOTICE = Said(
    "项目评审由桂林市科学技术局牵头组织，市农业农村局、市财政局参与。市人力资源和社会保障局负责人才认定，"
    "市发改委、市工信局、市科协配合，市场监管局负责登记。全面深化改革，形成发展新格局。"
)


def test_a_body_is_found_after_its_owner_with_the_words_jieba_cut_it_into() -> None:
    assert bodies_in("临沂市工业和信息化局在扶持资金管理中负责什么？") == (
        ("工业和信息化局", "和信息化局", "信息化局"),
    )
    assert bodies_in("桂林市林业局承担什么工作？") == (("林业局",),)
    assert bodies_in("由市财政局牵头吗？") == (("财政局",),)
    assert bodies_in("东营市工业和信息化局负责什么？")[0][0] == "工业和信息化局"  # 东营市 tagged a common noun
    assert bodies_in("荆州市卫生健康委员会承担什么工作？")[0][0] == "卫生健康委员会"  # 卫生 and 健康 adjectives


def test_words_ending_like_a_body_and_bodies_without_an_owner_are_none() -> None:
    assert bodies_in("湖北要形成什么样的发展格局？") == ()  # 格局 ends in 局 and is no bureau
    assert bodies_in("政务服务大厅在哪里？") == ()
    assert bodies_in("评审委员会由几人组成？") == ()  # no owner: no government body the question pins
    # a body at a clause's start pins one when its stem is long enough to be a name
    assert bodies_in("澳门经科局这个资助计划里，劳工事务局负责哪些工作？")[-1][0] == "劳工事务局"


def test_a_body_the_documents_write_out_shorten_or_abbreviate_is_named() -> None:
    asked = [
        "桂林市科技局负责什么？",  # 科学技术局, with 学 and 术 between
        "市人社局负责什么？",  # 人力资源和社会保障局
        "市发展和改革委员会负责什么？",  # 发改委
        "市工业和信息化局负责什么？",  # 工信局
        "市科学技术协会负责什么？",  # 科协
        "市市场监督管理局负责什么？",  # 市场监管局
        "市财正局负责什么？",  # a homophone typo of 财政局
    ]
    for question in asked:
        assert unnamed(bodies_in(question), [NOTICE]) == [], question


def test_a_body_the_documents_never_name_is_unnamed() -> None:
    assert unnamed(bodies_in("桂林市林业局承担什么工作？"), [NOTICE]) == [("林业局",)]  # not 桂林市农业农村局
    assert unnamed(bodies_in("市教育局负责什么？"), [NOTICE]) == [("教育局",)]
    assert unnamed(bodies_in("市改革局负责什么？"), [NOTICE]) == [("改革局",)]  # "改革，形成…格局": punctuation between
    assert unnamed(bodies_in("市农业局负责什么？"), [NOTICE]) == []  # 农业农村局, its later name
