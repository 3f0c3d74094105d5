"""Which place holds which: a qualifying city or province is not another place."""

from __future__ import annotations

import pytest

from qa.answer.names import Said, beyond_scope, unsaid_romanised
from qa.answer.places import Places, places
from qa.ingest.chunking import Chunk


def _said(text: str) -> Said:
    return Said.of([Chunk("c1", "d1", "d1.txt", "", "", 0, len(text), text, 10)])


def test_a_division_holds_its_counties_and_cities_not_the_other_way() -> None:
    table = places()
    assert table.holds("赣州市", "南康区") and table.holds("赣州", "南康")  # full or short names
    assert table.holds("湖南省", "岳阳") and table.holds("四川", "绵阳市") and table.holds("江西", "南康区")
    assert not table.holds("南康", "赣州")  # held, not holding
    assert not table.holds("湖北", "岳阳")  # another province's city
    assert not table.holds("赣州", "赣州市")  # a place does not hold itself
    assert not table.holds("科技局", "南康")  # no division


def test_autonomous_regions_are_said_without_their_peoples() -> None:
    table = Places([("450000000000", "广西壮族自治区"), ("450200000000", "柳州市")], ["壮族", "汉族"])
    assert table.holds("广西", "柳州")
    table = Places([("653100000000", "喀什地区"), ("653131000000", "塔什库尔干塔吉克自治县")], ["塔吉克族"])
    assert table.holds("喀什", "塔什库尔干")


def test_an_unsaid_place_holding_a_said_one_only_places_it() -> None:
    """ "赣州市南康区…" of a 南康区 notice that never says 赣州; "赣州市章贡区…" names a district it never says."""
    notice = [_said("南康区科学技术局关于组织申报省科技计划项目的通知")]
    assert beyond_scope(["赣州市", "南康"], notice) == []
    assert beyond_scope(["赣州市", "章贡区"], notice) == ["赣州市", "章贡区"]
    assert beyond_scope(["吉安市", "南康"], notice) == ["吉安市"]  # holds no place said


@pytest.mark.parametrize(
    ("question", "unsaid"),
    [
        ("By what date must applicants in Nankang District, Ganzhou, deliver the materials?", []),
        ("Under the Yueyang, Hunan measures, who interprets them?", []),
        ("Under the Suizhou measures, who interprets them?", ["Suizhou"]),
    ],
)
def test_a_romanised_place_holding_a_place_the_corpus_says_only_places_it(question: str, unsaid: list[str]) -> None:
    class Term:
        def __init__(self, chinese: tuple[str, ...]) -> None:
            self.chinese = chinese

    class Glossary:  # what `Glossary` gives for these questions over a corpus saying 南康 and 岳阳
        def unsaid_names(self, text: str) -> list[str]:
            return [w for w in ("Ganzhou", "Hunan", "Suizhou") if w in text]

        def translate(self, text: str) -> tuple[Term, ...]:
            return tuple(Term((c,)) for w, c in (("Nankang", "南康"), ("Yueyang", "岳阳")) if w in text)

    assert unsaid_romanised(Glossary(), question) == unsaid  # type: ignore[arg-type]
    assert unsaid_romanised(None, question) == []


def test_a_region_whose_name_ends_in_a_peoples_keeps_it() -> None:
    """内蒙古 ends in 蒙古 and 西藏 in 藏: cut, they would be 内 and 西, too short to be places at all."""
    assert places().holds("内蒙古", "呼和浩特") and places().holds("西藏", "拉萨")
    assert places().holds("广西", "柳州") and places().holds("宁夏", "银川")


def test_a_city_or_province_is_named_by_its_short_name_a_county_only_by_its_full_one() -> None:
    divisions = places()
    assert divisions.named("荆州") and divisions.named("湖北") and divisions.named("南部县")
    assert not divisions.named("海港") and not divisions.named("南部")  # words too: "哪一国家的主要海港"
