"""Which chapter or article says something: the number of the heading of that kind above the passage."""

from __future__ import annotations

from qa.answer.outline import asked_part, numbered_part

PATH = "第四章 结果运用 > 第十八条 评价结果为不合格的，由市科技局约谈孵化器运营主体负责人"


def test_the_part_asked_for_by_its_number() -> None:
    assert asked_part("讲评价结果如何应用的是第几章？") == "chapter"
    assert asked_part("哪一条规定了现场核查比例？") == "article"
    assert asked_part("哪条规定了奖励标准？") == "article"
    assert asked_part("which article sets the deadline?") == "article"
    assert asked_part("哪条线路经过园区？") is None  # 条 counts a route here
    assert asked_part("哪些条件须同时满足？") is None


def test_the_number_is_the_headings_of_that_kind_in_the_section_path() -> None:
    assert numbered_part(PATH, "chapter") == ("第四章", "第四章 结果运用")
    assert numbered_part(PATH, "article") == ("第十八条", PATH.split(" > ")[1])
    assert numbered_part("一、总体要求 > （一）主要目标", "chapter") is None  # no chapters: the reader's span stands
