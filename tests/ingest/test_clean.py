"""Cleaning rules, each on a synthetic example, then pinned on the real seeds."""

from __future__ import annotations

import re

from qa.ingest.characters import LOST, normalise_punctuation
from qa.ingest.clean import clean_text, rejoin
from qa.ingest.documents import Document

ARTICLE = "科技创新是发展的第一动力，各地正在加快建设创新平台，推动成果转化，培育高新技术企业，营造良好生态。" * 3


def test_tail_marker_cuts_headline_lists() -> None:
    raw = "\n".join([ARTICLE, "标签:", "推荐", "- 某品牌手机正式发布 采用曲面屏", "- 球队主场2比0获胜"])
    cleaned = clean_text(raw)
    assert cleaned.text == normalise_punctuation(ARTICLE)
    assert "曲面屏" not in cleaned.text


def test_tail_marker_before_any_article_text_does_not_cut() -> None:
    cleaned = clean_text("\n".join(["推荐", ARTICLE]))
    assert "科技创新" in cleaned.text


def test_site_furniture_and_contacts_dropped() -> None:
    raw = "\n".join(
        [
            "首页 > 创新创业 > 详细内容",
            "创新创业",
            "浏览量:   时间:2024-01-10 20:38:24",
            "2024/10/14 15:46:51 来源:某某新闻网",
            "(资料图片仅供参考)",
            "【字体：大 中 小】",  # the font-size widget, as 字号 is
            ARTICLE,
            "某某中心微信公众号",
            "本文链接:http://example.com/rule/1.html",
            "联系电话:020-34333079 邮箱:news@example.com",
        ]
    )
    assert clean_text(raw).text == normalise_punctuation(ARTICLE)


def test_a_contact_that_says_whose_it_is_stays() -> None:
    contacts = ["联系人：孙立华，电话：022-28356417", "农村科技处（方向3）：谭晓峰 023-63718312；邓宇 023-63718319"]
    raw = "\n".join(["五、联系方式", *contacts, ARTICLE, "联系电话:020-34333079 邮箱:news@example.com"])
    lines = clean_text(raw).text.split("\n")
    assert all(normalise_punctuation(c) in lines for c in contacts)
    assert "020-34333079" not in clean_text(raw).text  # a site's footer says no one's


def test_a_contact_block_stays_line_by_line() -> None:
    block = [
        "联系人：市科学技术局计划与资金管理科 韦海燕",
        "联系电话：0771-5538261",  # whose: the line above says
        "监督电话：0771-5538270（局机关纪委）",
        "通讯地址：青秀区民乐路18号科技大厦1108室",
        "邮政编码：530028",
    ]
    raw = "\n".join(["三、联系方式", *block, "四、其他事项", ARTICLE, "联系电话:020-34333079"])
    lines = clean_text(raw).text.split("\n")
    assert lines[1:6] == [normalise_punctuation(line) for line in block]  # each field its own line, none lost
    assert "020-34333079" not in lines[-1]  # a footer's number after the article still goes


def test_spam_line_dropped() -> None:
    cleaned = clean_text("免费在线看h,羞羞视频免费网站,国产原创在线视频\n" + ARTICLE)
    assert "羞羞" not in cleaned.text


def test_repeated_titles_and_labelled_lead_dropped() -> None:
    title = "某市人民政府办公厅关于印发某某实施方案的通知"
    raw = "\n".join([f"某政办〔2021〕26号《{title}》", f"《{title}》", "导言:" + ARTICLE, ARTICLE])
    lines = clean_text(raw).text.split("\n")
    assert lines == [f"某政办〔2021〕26号《{title}》", normalise_punctuation(ARTICLE)]


def test_short_broken_lines_rejoined_but_headings_kept() -> None:
    lines = ["要求湖北", "“努力打造具有全国影响力的", "科技创新高地”", "一、总体要求", "这是第一段。"]
    assert rejoin(lines) == ["要求湖北“努力打造具有全国影响力的科技创新高地”", "一、总体要求", "这是第一段。"]


def test_lines_the_file_marks_as_headings_are_never_joined() -> None:
    lines = ["银河园简介", "银河园2026年投资额为99亿元。", "2024年", "银河园  概况", "简介"]
    assert rejoin(lines) == ["银河园简介银河园2026年投资额为99亿元。", "2024年银河园  概况简介"]
    assert rejoin(lines, {"银河园简介", "银河园 概况"}) == [
        "银河园简介",
        "银河园2026年投资额为99亿元。",
        "2024年",
        "银河园  概况",
        "简介",
    ]


def test_an_official_documents_title_ends_a_line() -> None:
    assert rejoin(["关于银河园建设的实施意见", "银河园2026年投资额为99亿元。"]) == [
        "关于银河园建设的实施意见",
        "银河园2026年投资额为99亿元。",
    ]
    title = "宜昌市人民政府关于印发银河园行动方案（2023—2025年）的通知"
    assert rejoin([title, "银河园2026年投资额为99亿元。"])[0] == title
    # prose that ends with a kind's word is no title: a poster's broken sentence is still joined
    assert rejoin(["并给出“六个强化”的实施办法", "“六个强化”"]) == ["并给出“六个强化”的实施办法“六个强化”"]


def test_a_title_broken_over_lines_is_joined_but_not_onto_the_addressees() -> None:
    lines = ["成都市人民政府办公厅关于印发《银河园若", "干措施》的通知", "各区县政府，市政府各部门："]
    assert rejoin(lines) == ["成都市人民政府办公厅关于印发《银河园若干措施》的通知", "各区县政府，市政府各部门："]


def test_a_joint_issue_keeps_its_long_title_whole_and_its_signature() -> None:
    """A PDF wraps a joint issue's title, longer than a short line, inside its 《》; the two bodies' signature
    (GB/T 9704's 联合行文) is no re-print of the title's first half."""
    title = "株洲市科学技术局　株洲市财政局关于印发《株洲市科技型企业研发费用后补助实施细则》的通知"
    lines = [
        title[:33],
        title[33:],
        "株科发〔2026〕37号",
        "现将细则印发给你们，请认真贯彻执行。",
        "株洲市科学技术局　　株洲市财政局",
    ]
    kept = clean_text("\n".join(lines)).text.split("\n")
    assert kept[0] == title.replace("　", " ") and "株洲市科学技术局 株洲市财政局" in kept  # spaces made plain


def test_an_attachment_note_is_not_joined_to_the_signature_under_it() -> None:
    assert rejoin(["附件：首批中试基地建设名单", "陕西省人民政府办公厅", "2023年8月25日"]) == [
        "附件：首批中试基地建设名单",
        "陕西省人民政府办公厅",
        "2023年8月25日",
    ]


def test_an_annex_keeps_its_title_under_the_attachment_note_and_its_marks_stand_alone() -> None:
    """ "附件：X" in the notice announces the annex; the annex's own title X is its table's caption, no re-print;
    the note "（此件主动公开）" and the annex's mark "附件" are lines of their own (GB/T 9704)."""
    text = "\n".join(
        [
            "各设区市科技局：",
            "现将名单公布如下，请认真落实有关要求，做好服务保障工作。",
            "附件：2025年度新型研发机构名单",
            "江西省科学技术厅",
            "（此件主动公开）",
            "附件",
            "2025年度新型研发机构名单",
            "序号 | 机构名称 | 所在市",
            "1 | 南昌航空智能制造研究院 | 南昌市",
        ]
    )
    lines = clean_text(text).text.split("\n")
    assert lines[-5:-2] == ["（此件主动公开）", "附件", "2025年度新型研发机构名单"]


def test_a_document_number_is_never_joined_to_the_line_above() -> None:
    assert rejoin(["杭州市人民政府办公厅文件", "杭政办函〔2024〕15号", "关于印发", "行动计划的通知"]) == [
        "杭州市人民政府办公厅文件",
        "杭政办函〔2024〕15号",
        "关于印发行动计划的通知",
    ]


def test_signature_and_date_lines_not_joined() -> None:
    assert rejoin(["湖北省科技创新办公室", "2023年4月8日", "加快推进大走廊", "行动方案"]) == [
        "湖北省科技创新办公室",
        "2023年4月8日",
        "加快推进大走廊行动方案",
    ]


# --- the real seeds --------------------------------------------------------------------------


def test_no_ruby_left_in_any_seed(seeds: dict[str, Document]) -> None:
    for doc in seeds.values():
        assert not re.search(r"[\u4e00-\u9fff][(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]", doc.text), doc.doc_id
    assert "創新" in seeds["001"].text and "發展" in seeds["004"].text


def test_spam_and_furniture_gone_from_seeds(seeds: dict[str, Document]) -> None:
    everything = "\n".join(doc.text for doc in seeds.values())
    for junk in ["羞羞", "瀏覽量", "本文鏈接", "免責聲明", "cenn_gd@126.com", "020-34333079", "啟標文庫", "http"]:
        assert junk not in everything, junk
    for junk in ["推薦", "熱點", "動態更多", "相关推荐", "分享至", "网易首页"]:
        assert not any(line.strip() == junk for line in everything.split("\n")), junk


def test_headline_lists_and_clickbait_tails_gone(seeds: dict[str, Document]) -> None:
    assert "五菱全新微型電動車" not in seeds["000"].text  # car-sales headline
    assert "中國女排3比2戰勝美國隊" not in seeds["000"].text  # sports headline
    assert "比亞迪" not in seeds["000"].text
    assert "埃弗顿主帅戴奇下课" not in seeds["002"].text
    assert "湖南猎人" not in seeds["002"].text


def test_article_content_kept(seeds: dict[str, Document]) -> None:
    assert "李春洋" in seeds["000"].text
    assert "4.2%" in seeds["003"].text
    assert "楚天鳳鳴" in seeds["003"].text
    assert "3.24%" in seeds["004"].text
    assert "习近平总书记第5次考察湖北" in seeds["002"].text
    assert "李德仁院士获国家最高科学技术奖" in seeds["002"].text
    assert "鄂州市累計建成省市級創新平臺151家" in seeds["001"].text


def test_every_table_row_of_003_kept(seeds: dict[str, Document]) -> None:
    raw = (SEED_003 := seeds["003"]).text
    rows = [line for line in raw.split("\n") if line.count("|") >= 2]
    assert len(rows) == 5 + 5 + 8  # three tables: header + 4, header + 4, header + 7
    for name in ["黃石（武漢）離岸科創園", "光谷咸寧生物醫藥產業園", "咸寧橫溝科學城", "地球空間信息產業基地二期"]:
        assert name in SEED_003.text


def test_lost_text_marked_in_seeds(seeds: dict[str, Document]) -> None:
    assert f"全面開工建設{LOST}超過100億元" in seeds["001"].text
    assert f"（2023{LOST}—2025年）" in seeds["003"].text
    assert "?" not in seeds["003"].text


def test_simplified_article_lines_rejoined(seeds: dict[str, Document]) -> None:
    lines = seeds["002"].text.split("\n")
    assert "要求湖北“努力打造具有全国影响力的科技创新高地”" in seeds["002"].text
    assert len(lines) < 40  # 120+ short lines in the page


def test_a_sentence_opening_with_a_tail_word_is_no_tail() -> None:
    """ "推荐单位应在…完成网上审核推荐。" opens with 推荐: a guide lost its last sections and annex table to it."""
    rest = [
        "四、其他要求",
        "同一项目不得重复申报。",
        "附表 专项设置一览表",
        "序号 | 专项名称 | 截止时间",
        "1 | 重大专项 | 2027年2月28日",
    ]
    raw = "\n".join([ARTICLE, "推荐单位应在各专项受理截止时间后5个工作日内完成网上审核推荐。", *rest])
    assert clean_text(raw).removals == []
    assert "推荐" in clean_text("\n".join([ARTICLE, "推荐：", "- 某品牌手机正式发布"])).removals[0].rule  # a label


def test_a_sentence_repeated_under_another_heading_is_that_sections_own() -> None:
    """Each 专项 of a guide says its period; a title or a page's running head repeated is still a re-print."""
    title = "2026年度重庆市技术创新与应用发展专项项目申报指南"
    raw = "\n".join(
        [title, "（一）人工智能", "实施年限：3年。", title, "（二）新材料", "实施年限：3年。", "实施年限：3年。"]
    )
    cleaned = clean_text(raw, headings=["（一）人工智能", "（二）新材料"])
    assert cleaned.text.split("\n") == [title, "（一）人工智能", "实施年限：3年。", "（二）新材料", "实施年限：3年。"]
    assert [r.rule for r in cleaned.removals] == ["repeats an earlier line"] * 2
