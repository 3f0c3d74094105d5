"""Which document a question names by words of its title."""

from __future__ import annotations

from qa.answer.titles import Naming, Titles, headline, untitled
from qa.ingest import OPENING_TITLE

TITLES = Titles(
    {
        "plan": "科技創新三年行動方案出臺 武漢都市圈加速推進科技同興",  # read in Simplified
        "corridor": "加快推进光谷科技创新大走廊协同创新高质量发展行动方案（2023—2025年）",
        "wuhan": "武汉市人民政府办公厅关于印发武汉市大力推进科技创新提能工作实施方案的通知",
    }
)


def test_a_run_of_title_words_found_in_one_title_names_that_document() -> None:
    assert TITLES.names("都市圈方案要推动几家湖北实验室实体化运行？") == [Naming("都市圈方案", "plan")]
    assert TITLES.names("光谷大走廊行动方案的实施期限是哪几年？") == [Naming("光谷大走廊行动方案", "corridor")]
    assert TITLES.names("武汉提能方案和光谷大走廊方案都提到的设施是什么？") == [
        Naming("武汉提能方案", "wuhan"),
        Naming("光谷大走廊方案", "corridor"),
    ]


def test_a_naming_gives_way_to_a_title_that_holds_more_of_the_question() -> None:
    # "三年行动方案" is only in the first plan's title, but the corridor plan's holds 光谷, 大走廊, 2023, 2025…
    assert TITLES.names("光谷科创大走廊那份三年行动方案（2023—2025年）是谁印发的？") == []
    assert TITLES.names("都市圈三年行动方案是谁印发的？") == [Naming("都市圈三年行动方案", "plan")]


def test_words_several_titles_share_a_lone_word_a_short_run_or_a_number_name_nothing() -> None:
    assert TITLES.names("科技创新行动方案有哪些目标？") == []  # in two titles
    assert TITLES.names("科技创新大会在哪天召开？") == []  # one word: a topic
    assert TITLES.names("光谷有几家企业？") == []  # two characters
    assert TITLES.names("2023年建成了哪些项目？") == []
    assert Titles({}).names("都市圈方案要推动几家？") == []
    asking = Titles({"q": "打造全国有影响力的科技创新高地，湖北底气从何而来？"})
    assert asking.names("这笔资金从何而来？") == []  # the words that ask
    assert asking.names("湖北底气这篇文章提到几家实验室？") == [Naming("湖北底气", "q")]


def test_a_title_that_is_only_the_start_of_the_first_line_or_a_sentence_is_no_headline() -> None:
    opening = (
        "琼文在地理上指的是海南省历史上的琼山县和文昌县，琼文一词多用于抗战时期现今较少使用，"
        "琼文地区包括以下乡镇和街道：琼山地区的府城镇、云龙镇、红旗镇。"
    )
    assert headline(opening[:OPENING_TITLE], opening) == ""  # metadata's fallback: the first line cut short
    assert headline("琼文", opening) == "琼文"  # a short title the text starts with (an encyclopedia's)
    assert headline("琼文指琼山县和文昌县。琼文一词多用于抗战时期", "正文") == ""  # a sentence, not a headline
    assert headline("？是什么时候去世的？是什么时候去世的？", "？是什么时候去世的？是什么时候去世的？") == ""
    plan = "加快推进光谷科技创新大走廊协同创新高质量发展行动方案"
    assert headline(plan, f"{plan}\n为深入贯彻…") == plan  # the headline is the whole first line
    assert headline("湖北底气从何而来？", "湖北底气从何而来？\n正文") == "湖北底气从何而来？"
    assert headline("原标题里的题目", "来源：湖北日报\n正文") == "原标题里的题目"


def test_untitled_drops_the_words_naming_the_document() -> None:
    title = "襄阳市技术合同认定登记办事指南"
    assert untitled("襄阳市技术合同认定登记办事指南的基本信息表里，承诺办结时限有多长？", title) == (
        "\n的基本信息表里，承诺办结时限有多长？"
    )
    # the run with the most Han characters: a year the title also says is no naming, and stays
    title = "青岛市海洋科技创新平台建设三年行动方案（2024—2026年）"
    assert "2026年6月" in untitled("青岛海洋科技重大平台建设任务表中，完成时限为2026年6月的平台有哪些？", title)
    assert untitled("2026年的预算数是多少", "2026年预算") == "2026年的预算数是多少"  # too little to name it


def test_a_one_character_word_does_not_narrow_the_documents_a_run_names() -> None:
    # 科技创新规划 is in both titles; only the 的 that follows it is in the 解读's alone
    titles = Titles({"plan": "徐州市“十五五”科技创新规划", "reading": "关于《徐州市“十五五”科技创新规划》的政策解读"})
    assert titles.names("徐州市“十五五”科技创新规划的指标表中，高新技术企业数量是多少家？") == []
    assert titles.names("科技创新规划的政策解读由哪个处室负责？") == [Naming("科技创新规划的政策解读", "reading")]


def test_a_function_word_at_either_end_of_a_run_names_nothing() -> None:
    """ "关于江西…" named the notice "关于组织申报…江西省科技计划项目的通知" by 关于 and 江西: the guide answers."""
    notices = Titles(
        {"notice": "关于组织申报2027年度江西省科技计划项目的通知", "guide": "江西省2027年度科技计划项目申报指南"}
    )
    assert notices.names("关于江西重点研发计划社会发展领域的问题应该打哪个电话？") == []
    assert notices.names("组织申报通知要求准备几份材料？") == [Naming("组织申报通知", "notice")]


def test_a_naming_runs_on_through_the_quotation_marks_its_title_writes() -> None:
    titles = Titles({"plan": "唐山市“十五五”科技创新规划（2026—2030年）", "other": "唐山市科技创新券管理办法"})
    assert titles.names("唐山“十五五”科技创新规划由哪个部门牵头组织实施？") == [
        Naming("唐山“十五五”科技创新规划", "plan")
    ]
