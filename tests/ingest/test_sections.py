"""Heading recognition and section trees, synthetic and on the real seeds."""

from __future__ import annotations

from qa.ingest.documents import Document
from qa.ingest.sections import heading_kind, parse_sections

BODY = "这一部分的正文内容比较长，用来确认标题后面跟着的是段落而不是另一个标题。"


def test_heading_kinds() -> None:
    assert heading_kind("一、总体要求") == "cn_num"
    assert heading_kind("（三）组织关键核心技术联合攻关。深入实施") == "cn_paren"
    assert heading_kind("(三)组织攻关") == "cn_paren"
    assert heading_kind("1.加快东湖科学城规划建设。") == "arabic"
    assert heading_kind("（2）开展试点") == "arabic_paren"
    assert heading_kind("■ 共建科技创新平台") == "marker"
    assert heading_kind("第三章 保障措施") == "chapter"
    assert heading_kind("第二节 组织") == "part"
    assert heading_kind("第十条 本办法自发布之日起施行。") == "article"
    assert heading_kind("表1 离岸科创园建设项目（部分）") == "table"
    assert heading_kind("一是武鄂科技同兴全面起势。围绕") == "cn_shi"


def test_body_text_is_not_a_heading() -> None:
    for line in ["2023.5亿元的投入", "1.5倍的增长速度", "第一条件是", "序号 | 名称 | 时间", "表示同意。", BODY]:
        assert heading_kind(line) is None, line


def test_nesting_follows_the_documents_own_order() -> None:
    text = "\n".join(
        ["一、任务", "（一）平台", "1.实验室。" + BODY, "2.设施。" + BODY, "（二）人才", BODY, "二、保障", BODY]
    )
    sections = parse_sections(text)
    assert [s.path_text for s in sections] == [
        "一、任务",
        "一、任务 > （一）平台",
        "一、任务 > （一）平台 > 1.实验室",
        "一、任务 > （一）平台 > 2.设施",
        "一、任务 > （二）人才",
        "二、保障",
    ]
    assert sections[1].end == text.index("（二）人才")
    assert sections[0].end == text.index("二、保障")
    assert sections[0].body_end == text.index("（一）平台")


def test_taiwans_formal_numerals_number_the_top_level_above_their_items() -> None:
    assert heading_kind("參、補助類別、額度及件數") == "cn_formal"
    assert heading_kind("贰、总体要求") == "cn_formal"
    text = "\n".join(["壹、緣起", BODY, "貳、資格", "一、設籍本縣。", "二、無欠稅。", "參、補助類別", BODY])
    assert [s.path_text for s in parse_sections(text)] == [
        "壹、緣起",
        "貳、資格",
        "貳、資格 > 一、設籍本縣",
        "貳、資格 > 二、無欠稅",
        "參、補助類別",
    ]


def test_reverse_nesting_also_learned() -> None:
    text = "\n".join(["（一）总体", "一、目标", BODY, "（二）任务", BODY])
    assert [s.level for s in parse_sections(text)] == [1, 2, 1]


def test_a_regulation_after_a_notice_is_under_none_of_its_headings() -> None:
    # a 征求意见 notice ("一、… / 二、反馈方式 / （一）电话…") followed by the draft it asks about
    text = "\n".join(
        [
            *("一、征求意见时间", BODY, "二、反馈方式", "（一）电话：022-1234", "第一章 总则", "第一条 " + BODY),
            *("第二条 申请认定的机构应当具备以下条件：", "（一）运营满1年；", "第二章 附则", "第三条 " + BODY),
        ]
    )
    paths = [s.path_text for s in parse_sections(text)]
    assert paths[:3] == ["一、征求意见时间", "二、反馈方式", "二、反馈方式 > （一）电话：022-1234"]
    assert paths[3:] == [
        "第一章 总则",
        "第一章 总则 > 第一条 " + BODY.split("。")[0],
        "第一章 总则 > 第二条 申请认定的机构应当具备以下条件：",
        "第一章 总则 > 第二条 申请认定的机构应当具备以下条件： > （一）运营满1年",
        "第二章 附则",
        "第二章 附则 > 第三条 " + BODY.split("。")[0],
    ]


def test_one_line_title_is_a_leaf_under_markers() -> None:
    text = "\n".join(["■ 共建平台", "争取新建实验室", BODY, "■ 开展攻关", BODY])
    assert [s.path_text for s in parse_sections(text)] == ["■ 共建平台", "■ 共建平台 > 争取新建实验室", "■ 开展攻关"]


def test_003_tree(seeds: dict[str, Document]) -> None:
    sections = seeds["003"].sections
    top = [s.title for s in sections if s.level == 1 and s.kind == "cn_num"]
    assert [t[:2] for t in top] == ["一、", "二、", "三、", "四、", "五、", "六、", "七、"]
    second = next(s for s in sections if s.title.startswith("二、"))
    children = [sections[i].title for i in second.children]
    assert [c[:3] for c in children] == ["（一）", "（二）", "（三）", "（四）", "（五）"]
    assert any(s.path_text == "二、科技共興，持續增強區域創新能力 > （三）組織關鍵核心技術聯合攻關" for s in sections)
    tables = [s for s in sections if s.kind == "table"]
    assert [t.title[:2] for t in tables] == ["表1", "表2", "表3"]
    assert all(sections[t.parent].kind == "cn_paren" for t in tables if t.parent is not None)


def test_004_nests_arabic_items_under_parens(seeds: dict[str, Document]) -> None:
    sections = seeds["004"].sections
    parens = [s for s in sections if s.kind == "cn_paren" and s.path[0] == "二、主要任務"]
    assert [p.title[:3] for p in parens] == ["（一）", "（二）", "（三）", "（四）"]
    for paren in parens:
        items = [sections[i] for i in paren.children]
        assert [i.title[:2] for i in items] == [f"{n}." for n in range(1, len(items) + 1)]
        assert len(items) in (4, 5)


def test_000_marker_sections(seeds: dict[str, Document]) -> None:
    markers = [s.title for s in seeds["000"].sections if s.kind == "marker"]
    assert len(markers) == 6 and markers[-1] == "■ 專家：有利于都市圈科技同興"


def test_section_offsets_point_at_headings(seeds: dict[str, Document]) -> None:
    for doc in seeds.values():
        for s in doc.sections:
            assert doc.text[s.start :].startswith(s.title.rstrip("…")[:10]), (doc.doc_id, s.title)
            assert s.start < s.body_end <= s.end <= len(doc.text)
