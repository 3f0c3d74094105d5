"""Homophone typos: how characters sound, and a question respelled as its passages write it."""

from __future__ import annotations

from qa.ingest import Spellings, han_pairs, lexicon, respell, sound
from qa.ingest.sounds import readings

WORDS = frozenset({"黄冈", "引进", "企业", "期中", "其中", "年龄"})


def test_sound_is_toneless_pinyin_and_other_characters_stay() -> None:
    assert sound("黄冈") == sound("黄刚") == "huang:gang"
    assert sound("绿") == "lu"  # ǜ → u
    assert sound("A") == "A"


def test_readings_are_every_reading_with_and_without_tone_marks() -> None:
    assert {"zhǎng", "cháng", "zhang", "chang"} <= readings("长")
    assert {"lǜ", "lv", "lu"} <= readings("绿")  # ü is typed as v, and written u
    assert readings("A") == frozenset()


def test_of_several_pairs_with_one_sound_the_commonest_is_the_target() -> None:
    spellings = Spellings.of_texts(["黄岗一次。黄冈两次，黄冈。"], frozenset({"黄岗", "黄冈"}))
    assert respell("黄刚在哪", spellings) == "黄冈在哪"


def test_han_pairs_stay_inside_han_runs() -> None:
    assert han_pairs("黄冈A市区") == ["黄冈", "市区"]


def test_a_typo_is_respelled_as_the_passage_writes_it_and_keeps_its_length() -> None:
    passages = ["黄冈离岸科创中心引进孵化企业8家。"]
    assert respell("黄刚引进了几家企业？", Spellings.of_texts(passages, WORDS)) == "黄冈引进了几家企业？"
    assert respell("他的年零是多少？", Spellings.of_texts(["他的年龄为35岁。"], WORDS)) == "他的年龄是多少？"


def test_words_pairs_the_passage_has_and_pairs_across_words_stay() -> None:
    assert respell("期中考试", Spellings.of_texts(["其中一项"], WORDS)) == "期中考试"  # a word is no typo
    assert respell("黄冈在哪", Spellings.of_texts(["黄冈市"], WORDS)) == "黄冈在哪"  # nothing to mend
    assert respell("是何时", Spellings.of_texts(["办公室和会议"], WORDS)) == "是何时"  # 室和 is no word: never a target


def test_a_name_the_passage_repeats_is_a_target_though_no_word() -> None:
    passages = ["葛店开发区位于鄂州。葛店有企业。"]
    assert respell("格店在哪", Spellings.of_texts(passages, WORDS, repeated=2)) == "葛店在哪"


def test_a_name_as_typed_is_mended_to_a_pair_the_passage_says_once() -> None:
    """越科 is one word of the question and no lexicon's: a name typed by its sound (悦科, said once)."""
    passage = "总建筑面积约13万平方米的悦科（湖北）数据中心项目"
    assert respell("鄂州越科数据中心多大", Spellings.of_texts([passage], WORDS)) == "鄂州悦科数据中心多大"


def test_the_lexicon_is_jiebas_two_character_words() -> None:
    words = lexicon()
    assert {"时候", "发现", "年龄"} <= words and len(words) > 100_000
    assert all(len(w) == 2 for w in list(words)[:1000])


def test_a_typo_that_spells_a_rare_name_of_the_lexicon_is_mended() -> None:
    """新浦 is a place jieba's dictionary counts 9 times: typed for the 新蒲 a passage says, it is a typo; a
    common word (高薪, 436) or a common place (武汉) still stands."""
    words = lexicon()
    assert "新浦" not in words and {"高薪", "武汉", "期中"} <= words
    passage = "11月20日，2026年遵义市科技成果转化对接会在新蒲新区举行。"
    asked = "在新浦新区举行的对接会是哪天？"
    assert respell(asked, Spellings.of_texts([passage], words)) == asked.replace("浦", "蒲")
    assert respell("期中考试在哪天？", Spellings.of_texts(["其中考试在5月。"], words)) == "期中考试在哪天？"


def test_a_pair_across_a_words_edge_is_no_typo() -> None:
    """通知|是: 知是 sounds like 指示, a word the passage has, but it straddles the word 通知."""
    assert (
        respell("这份通知是发给谁的？", Spellings.of_texts(["按照上级指示办理。"], lexicon())) == "这份通知是发给谁的？"
    )


def test_a_typo_that_split_a_word_is_mended_without_touching_its_neighbour() -> None:
    """盘龙|奖: the slip 奖 stands alone beside the word 盘龙; mending it leaves 盘龙 as it was and
    makes 盘龙江 a word where it stands."""
    assert respell("盘龙奖全长多少？", Spellings.of_texts(["盘龙江全长约95公里。"], lexicon())) == "盘龙江全长多少？"


def test_a_mend_that_is_no_word_where_it_stands_is_not_made() -> None:
    """进|的|国家队: 的国 sounds like 德国, a word the passage has, but 德国 would not be a word of the
    mended question (进德|国家队); and a mend never breaks a word of the question."""
    passage = ["他在德国踢球，后来进入国家队。"]
    assert respell("王俊生什么时候进的国家队？", Spellings.of_texts(passage, lexicon())) == "王俊生什么时候进的国家队？"
    # 通知|是: 知识 would be a word where it stands, but it would break the word 通知 (通|知识)
    assert respell("这份通知是发给哪些单位的？", Spellings.of_texts(["知识产权。"], lexicon())) == (
        "这份通知是发给哪些单位的？"
    )
