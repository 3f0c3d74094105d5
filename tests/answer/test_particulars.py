"""Years and event ordinals a question names, and which documents say them."""

from __future__ import annotations

from qa.answer.particulars import (
    Particulars,
    framed_as_asked,
    framed_otherwise,
    grade_frame,
    grades,
    of_document,
    ordinal_frame,
    pinned,
    preceding_frame,
    with_full_years,
    year_frame,
)
from qa.ingest import to_simplified
from qa.ingest.chunking import Chunk


def test_years_and_event_ordinals_in_either_script_and_numeral() -> None:
    asked = Particulars.of("第三次全体会议和第12届论坛在2022年举行吗？第二輪呢？")
    assert asked.years == {"2022"}
    assert asked.ordinals == {(3, "次"), (12, "届"), (2, "轮")}
    assert Particulars.of("第十二屆").ordinals == {(12, "届")}
    assert Particulars.of("第二梯次何時受理？").ordinals == {(2, "批")}  # Taiwan's round of applications: a 批
    assert Particulars.of("第二十次").ordinals == {(20, "次")} and Particulars.of("第一百零五次").ordinals == {
        (105, "次")
    }


def test_rankings_articles_and_single_digits_are_not_particulars() -> None:
    assert not Particulars.of("排名全国第几？第三条规定了什么？建设3个中心，推进5G")


def test_numbers_of_two_digits_or_more_whatever_their_separators() -> None:
    asked = Particulars.of("收购44.01%股权，投资2,000万元，增长4.20%，12月26日")
    assert asked.numbers == {"44.01", "4.2", "12", "26"} and asked.years == {"2000"}  # read as a year: said alike
    said = Particulars.of("以2000万元收购44.01%的股权，增长4.2%，于12月26日完成。", spans=True)
    assert asked.within(said)
    assert not Particulars.of("60街的通行情况？").within(Particulars.of("59街是曼哈顿的一条街道。"))


def test_a_span_of_years_says_each_year_within_it() -> None:
    plan = Particulars.of("行动方案（2023〓—2025年）", spans=True)
    assert Particulars.of("2024年要完成什么？").within(plan)
    assert not Particulars.of("2026年要完成什么？").within(plan)
    assert Particulars.of("2021年至2023年", spans=True).years == {"2021", "2022", "2023"}
    assert Particulars.of("（2023—2025年）方案由谁印发？").years == {"2023", "2025"}  # asked: the years named


def test_an_ordinal_is_said_in_chinese_or_arabic_digits() -> None:
    said = Particulars.of("第一次全体会议审议通过了方案")
    assert Particulars.of("第1次会议通过了什么？").within(said)
    assert not Particulars.of("第三次会议通过了什么？").within(said)


def _chunk(doc: str, title: str, text: str) -> Chunk:
    return Chunk(f"{doc}#0", doc, f"{doc}.txt", title, "一、目标", 0, len(text), text, len(text))


def test_a_document_says_what_its_title_or_any_chunk_says() -> None:
    said = of_document([_chunk("a", "2021年工作方案", "引进人才10名。"), _chunk("a", "2021年工作方案", "第二批项目。")])
    assert Particulars.of("2021年第二批项目有哪些？").within(said)


def test_full_width_digits_are_the_same_particulars() -> None:
    said = of_document([_chunk("a", "行动方案（２０２３—２０２５年）", "研发投入达到４．２％。")])
    assert Particulars.of(to_simplified("2024年研发投入达到4.2%吗？")).within(said)
    assert Particulars.of(to_simplified("２０２４年研发投入达到４．２％吗？")).within(said)
    assert not Particulars.of(to_simplified("２０２６年的目标？")).within(said)


def test_a_year_shortened_to_two_digits_is_said_by_that_year_or_that_number() -> None:
    plan = of_document([_chunk("a", "行动方案（二〇二三—二〇二五年）", "到2025年研发投入达到4.2%。")])
    assert Particulars.of(to_simplified("25年研发投入达到多少？")).within(plan)
    assert Particulars.of("24年要完成什么？").within(plan) and not Particulars.of("26年的目标？").within(plan)
    assert Particulars.of("湖南猎人10年猎杀了多少只老虎？").within(Particulars.of("他10年间猎杀老虎30只。", spans=True))


def test_a_shortened_year_is_read_as_the_one_year_the_documents_say() -> None:
    asked = Particulars.of("到25年占比多少？25年呢？")
    assert with_full_years("到25年占比多少？25年呢？", asked, [Particulars.of("2023—2025年", spans=True)]) == (
        "到2025年占比多少？2025年呢？"
    )
    unsure = [Particulars.of("1925年", spans=True), Particulars.of("2025年", spans=True)]
    assert with_full_years("到25年占比多少？", asked, unsure) == "到25年占比多少？"  # which 25? left as asked
    season = Particulars.of("卫冕2008–09年联赛冠军的是哪支球队？")
    assert season.short_years == set() and season.years == {"2008"}  # a span's end is no year of its own
    short = Particulars.of("09年联赛冠军是谁？")
    assert with_full_years("09年联赛冠军是谁？", short, [Particulars.of("2009年，2008–09年赛季", spans=True)]) == (
        "09年联赛冠军是谁？"  # the document writes 09年 itself
    )


def test_documents_that_say_the_particulars_only_between_them_are_compared() -> None:
    wuhan, corridor, other = Particulars.of("2021年"), Particulars.of("2023—2025年"), Particulars.of("2019年")
    assert pinned(Particulars.of("2021年"), [wuhan, corridor]) == [True, False]
    assert pinned(Particulars.of("2021年与2025年的目标相比如何？"), [wuhan, corridor, other]) == [True, True, False]
    assert pinned(Particulars.of("2030年的目标？"), [wuhan, corridor]) == [False, False]
    assert pinned(Particulars.of("目标是什么？"), [wuhan, corridor]) == [True, True]


def test_the_first_said_with_shou_and_a_phase_without_di_are_ordinals() -> None:
    asked = Particulars.of("企业第一次被认定为高新技术企业奖励多少？")
    assert asked.within(Particulars.of("对首次认定的高新技术企业给予30万元奖励。", spans=True))  # 首次 is 第一次
    assert Particulars.of("第一期建成后算力多少？").within(Particulars.of("算力中心（一期）", spans=True))
    assert not Particulars.of("第二次会议何时召开？").within(Particulars.of("召开首次联席会议。", spans=True))
    assert Particulars.of("三期叠加").ordinals == frozenset()  # a question's bare "三期" is no phase it asks about
    assert not Particulars.of("哪国首次夺冠？")  # "for the first time": a document may say 首度 or 第一次


def test_an_ordinal_asked_in_english_is_the_chinese_counters() -> None:
    asked = Particulars.of("When will the third round of the San Tin scheme open for applications?")
    assert asked.ordinals == frozenset({(3, "轮")})
    assert not asked.within(Particulars.of("新田科技城資助計劃第二輪接受申請", spans=True))
    assert Particulars.of("the 2nd application batch").within(Particulars.of("第二批申报", spans=True))
    assert Particulars.of("its first phase").within(Particulars.of("基金（一期）", spans=True))
    assert Particulars.of("Second Round opens", spans=True).ordinals == frozenset({(2, "轮")})  # an English page's own
    assert not Particulars.of("the first time it was awarded")  # "first" alone counts no event
    assert not Particulars.of("the 3rd session")  # a congress's 第三次会议 or an expo's 第三届


def test_an_amount_of_money_asked_in_english_is_no_particular() -> None:
    """Documents write 5亿元 and 万元: "500 million yuan" or "(in 10,000 yuan)" pins no number they say."""
    assert not Particulars.of("What is the total investment (in 10,000 yuan) of the incubator?")
    assert not Particulars.of("the reward for revenue over 500 million yuan for the first time")
    assert Particulars.of("How many SMEs by 2027?").years == frozenset({"2027"})


def test_an_answer_framed_by_other_years_than_the_question_asks_is_of_another_year() -> None:
    item = ["2. 人工智能核心产业规模突破800亿元；", "到2027年，全市人工智能创新体系更加完善。具体目标是："]
    assert year_frame(Particulars.of("长沙市2024年人工智能核心产业规模是多少？"), item) is False
    assert year_frame(Particulars.of("长沙市到2027年人工智能核心产业规模是多少？"), item) is True
    assert year_frame(Particulars.of("2025年培育多少名？"), ["3. 累计培育技术经理人1500名"]) is None  # a count
    assert year_frame(Particulars.of("2025年建成了吗？"), ["项目表\n1 | 园区 | 2024—2026年"]) is True  # within a span
    assert year_frame(Particulars.of("核心产业规模是多少？"), item) is None  # asks no year


def test_the_nearest_framing_that_writes_a_year_frames_the_answer() -> None:
    """The plan spans 2026—2028年; its sentence "到2026年，…1200亿元" is 2026's, not 2027's."""
    framing = ["到2026年，全市生物医药产业营业收入达到1200亿元。", "", "生物医药三年行动方案（2026—2028年）"]
    assert year_frame(Particulars.of("2027年的营业收入目标是多少？"), framing) is False
    assert year_frame(Particulars.of("2026年的营业收入目标是多少？"), framing) is True
    assert year_frame(Particulars.of("2027年的营业收入目标是多少？"), ["营业收入达到1200亿元。", framing[2]]) is True


def test_a_date_inside_a_sentence_frames_nothing() -> None:
    """A comparison's year, a birth date or a validity's dates do not say whose figure the sentence gives."""
    title = "关于印发2025年度名单及2027年目标的通知"
    for sentence in (
        "1. 全市智能算力规模达到12000P，算力综合使用成本较2024年下降30%；",
        "（二）项目负责人年龄不超过60周岁（1966年1月1日以后出生）。",
        "一、资格有效期为三年，自2026年1月1日起至2028年12月31日止。",
    ):
        assert year_frame(Particulars.of("2027年的目标是多少？"), [sentence, sentence, title]) is True
    assert year_frame(Particulars.of("2027年的目标是多少？"), ["2. 力争到2026年，规模达到800亿元。", title]) is False
    compared = ["1. 算力规模达到12000P，成本较2024年下降30%；", "到2027年，具体目标是：", title]
    assert year_frame(Particulars.of("2024年算力规模是多少？"), compared) is False  # compared with 2024, not 2024's


def test_a_clause_that_opens_with_a_year_frames_what_follows_it() -> None:
    """After a comma too ("会议指出，2025年全市…"), unless the year begins a date ("，2026年5月8日截止")."""
    report = "2月25日，召开2026年全市科技工作会议。会议指出，2025年全市科技工作成效明显。研发投入强度达到2.86%。"
    assert preceding_frame(report) == "，2025年全市科技工作成效明显。研发投入强度达到2.86%。"
    framing = ["全年登记合同。", "全年登记合同。", "", "", "科技工作会议", "关于召开2026年全市科技工作会议的报道"]
    before = preceding_frame(report)
    assert year_frame(Particulars.of("2025年登记了多少合同？"), framing, before) is True  # said above it
    assert year_frame(Particulars.of("2025年登记了多少合同？"), framing) is False  # the title's 2026 alone
    assert year_frame(Particulars.of("2026年登记了多少合同？"), framing, before) is True  # the title's
    assert year_frame(Particulars.of("2025年的目标？"), ["到2027年，登记合同。", "", *framing[2:]], before) is False
    assert preceding_frame("申报截止时间，2026年5月8日17:00。") == ""
    assert preceding_frame("科技工作成效明显。") == ""


def test_a_span_framed_as_asked_is_framed_by_every_kind_of_particular_the_question_names() -> None:
    """Only such a span may stand in for the reader's span in another year's sentence (`said_as_asked`)."""
    title = "专利行动方案（2026—2028年）"
    asked = Particulars.of("2028年的专利目标是多少？")
    assert framed_as_asked(asked, ["到2028年，专利达到25件。", title])
    assert not framed_as_asked(asked, ["到2026年，专利达到18件。", title])
    assert not framed_as_asked(asked, ["设立规模50亿元的基金。", "重点任务"])  # framed by no year: anyone's
    assert not framed_as_asked(Particulars.of("第二批项目2028年的目标？"), ["到2028年，专利达到25件。", title])
    assert framed_as_asked(
        Particulars.of("第二批项目2028年的目标？"), ["到2028年，专利达到25件。", "第二批项目", title]
    )
    assert not framed_as_asked(Particulars.of("2027年的专利目标是多少？"), ["专利达到25件。", title])  # a title spans


def test_an_answer_framed_by_another_level_than_the_question_asks_is_anothers() -> None:
    """A level frames an answer (`qa.answer.levels`) but pins no document: a question's "市级" is often loose."""
    asked = Particulars.asking("东营对新获批的国家重点实验室奖励多少？")
    title = "东营市市级重点实验室建设与运行管理办法"
    provincial = ["对新获批建设的省重点实验室，给予一次性奖励100万元", "", "", "", "", title]
    assert framed_otherwise(asked, provincial)
    assert not framed_otherwise(Particulars.asking("东营对新获批的省重点实验室奖励多少？"), provincial)
    assert framed_as_asked(
        Particulars.asking("2026年市级实验室的补助？"), ["到2026年，补助50万元。", "", "", "", title]
    )
    assert asked.within(Particulars.of("东营市科学技术局"))


def test_an_answer_framed_by_another_ordinal_of_the_counter_asked_is_anothers() -> None:
    framing = ["网上申报时间为2026年1月5日至2月10日。", "", "关于组织申报2026年度重点研发专项（第一批）项目的通知"]
    assert ordinal_frame(Particulars.of("第二批项目的申报截止时间是哪天？"), framing) is False
    assert ordinal_frame(Particulars.of("第一批项目的申报截止时间是哪天？"), framing) is True
    assert ordinal_frame(Particulars.of("第二次评审在哪天？"), framing) is None  # another counter: not framed
    assert ordinal_frame(Particulars.of("申报截止时间是哪天？"), framing) is None  # asks no ordinal


def test_a_year_of_the_republic_of_china_is_the_gregorian_year() -> None:
    """Taiwan's documents date by the ROC calendar (115年 is 2026): "the 2026 (ROC year 115) round" names the year
    a notice says only as 115年度."""
    taiwan = Particulars.of("中華民國115年度補助經費總額為新臺幣4,800萬元", spans=True)
    assert Particulars.of("the 2026 (ROC year 115) round").within(taiwan)
    assert Particulars.of("115年度补助多少？").within(taiwan) and Particulars.of("2026年补助多少？").within(taiwan)
    assert not Particulars.of("114年度补助多少？").within(taiwan)
    assert not Particulars.of("the ROC year 114 round").within(Particulars.of("2025年度补助", spans=True))
    assert Particulars.of("成立15年").years == frozenset()  # a duration, no year


def test_grades_are_those_an_evaluation_or_a_prize_names_not_praise() -> None:
    assert grades("评价结果分为优秀、良好、合格和不合格四个等次") == {"优秀", "良好", "合格", "不合格"}
    assert grades("对评价为优秀的中心给予50万元后补助，良好的给予20万元后补助；") == {"优秀", "良好"}
    assert grades("90分及以上为优秀，80分至89分为良好") == {"优秀", "良好"}
    assert grades("绩效奖补（优秀）：22万元") == {"优秀"}
    assert grades("評價結果為優秀的，獲二等獎") == {"优秀", "二等奖"}
    assert grades("a centre rated 'qualified' (the third grade); the second prize") == {"合格", "二等奖"}
    assert grades("营造良好氛围，引进优秀人才，信用记录良好") == frozenset()


def test_a_grade_no_document_says_pins_nothing_and_another_grades_award_is_anothers() -> None:
    """What a plan gives a platform rated 优秀 answers nothing about one rated 良好."""
    asked = Particulars.of("获评良好的市级创新平台能拿多少运行奖补？")
    assert asked.grades == {"良好"}
    assert not asked.within(Particulars.of("对获评优秀的市级创新平台给予最高45万元运行奖补。", spans=True))
    assert asked.within(Particulars.of("评价结果分为优秀、良好、合格和不合格四个等次。", spans=True))
    assert grade_frame(asked, ["对获评优秀的市级创新平台给予最高45万元运行奖补；", "第三章 绩效评价"]) is False
    assert grade_frame(asked, ["获评优秀的给予45万元，良好的给予30万元；", "第三章"]) is True
    assert grade_frame(asked, ["给予最高45万元运行奖补；", "第三章 绩效评价"]) is None
    assert grade_frame(Particulars.of("获得二等奖的项目奖励多少？"), ["对评价为优秀的给予45万元；"]) is None


def test_documents_compared_by_their_years_are_not_told_apart_by_a_grade() -> None:
    """ "2024年…获评优秀": a report of 2023's 优秀 and another document of 2024 say it only between them."""
    asked = Particulars.of("2024年鄂州有几家平台在绩效评价中获评优秀？")
    report = Particulars.of("2023年，4家平台在绩效评价中获优秀等次。", spans=True)
    other = Particulars.of("2024年工作要点", spans=True)
    assert pinned(asked, [report, other]) == [False, True]
