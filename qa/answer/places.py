"""Places that hold other places: "赣州市南康区", "Yueyang, Hunan", "绵阳市（四川）".

Staff qualify a district by its city and a city by its province. A document of 南康区 seldom says 赣州, nor
one of 岳阳 湖南, so "赣州市南康区…" and "Under the Yueyang, Hunan measures…" were refused: a name no retrieved
document says is taken for another place's (`qa.answer.names`, `Glossary.unsaid_names`). China's
administrative divisions tell a qualifier from another place: an unsaid place that holds a place the question
names, and a document says, narrows nothing. The divisions are cpca's table of the national statistics codes
(MIT; a 12-digit code's first 2, 4 and 6 digits are its province, city and county), read as a file, not
through cpca's import (which loads pandas). A place the table lacks, or that holds no place the question
names ("赣州市章贡区…" of a 南康区 notice: 章贡区 is unsaid and held by 赣州), still refuses.
"""

from __future__ import annotations

import csv
import importlib.util
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from qa.ingest import sound, to_simplified
from qa.search import CAPITALISED

#: Autonomous divisions' suffixes (their peoples are dropped too, `_short`), and the other divisions' ("湖南省" is
#: asked as 湖南, "南康区" as 南康).
_AUTONOMOUS = re.compile(r"自治[区州县旗]$")
_SUFFIX = re.compile(r"(?:特别行政区|地区|林区|省|市|区|县|盟|旗)$")
#: A province-level division that is no city (北京市, 香港特别行政区 are cities).
_PROVINCIAL = re.compile(r"(?:省|自治区)$")
#: The digits of a city's code (`_code_prefix`): a province's 2, a city's 4.
_CITY_CODE = 4
#: A one-character short name (和 of 和县, 沙 of 沙县) is a word of any question, not a place.
_MIN_SHORT = 2


def _code_prefix(adcode: str) -> str:
    """The digits that name a division: a province's 2, a city's 4, a county's 6."""
    return adcode[:2] if adcode[2:4] == "00" else adcode[:4] if adcode[4:6] == "00" else adcode[:6]


class Places:
    """China's administrative divisions by name (full and short), with the codes that say which holds which."""

    def __init__(self, rows: Sequence[tuple[str, str]], nations: Iterable[str]) -> None:
        ethnic = sorted({n for nation in nations for n in (nation, nation.removesuffix("族")) if n}, key=len)[::-1]
        self._codes: dict[str, set[str]] = {}
        for adcode, name in rows:
            for key in {name, _short(name, ethnic)}:
                if len(key) >= _MIN_SHORT:
                    self._codes.setdefault(key, set()).add(_code_prefix(adcode))
        #: Provinces and autonomous regions (and 台湾) by their short names: a city's or an agency's document rarely
        #: names the province it is in, as a question placing it may ("江苏南通的申报通知", "四川省绵阳市…",
        #: "台湾国科会…"). The municipalities and the special administrative regions are cities: their documents
        #: name them.
        self.provinces = frozenset(
            _short(name, ethnic) for adcode, name in rows if len(_code_prefix(adcode)) == 2 and _PROVINCIAL.search(name)
        )
        self._by_sound: dict[str, set[str]] = {}
        for name in self._codes:
            self._by_sound.setdefault(sound(name).replace(":", ""), set()).add(name)

    def holds(self, outer: str, inner: str) -> bool:
        """Whether a division named `outer` holds one named `inner` (赣州市 holds 南康区; not the other way)."""
        inner_codes = self._codes.get(to_simplified(inner), ())
        return any(i != o and i.startswith(o) for o in self._codes.get(to_simplified(outer), ()) for i in inner_codes)

    def elsewhere(self, outer: str, named: Iterable[str]) -> bool:
        """Whether one of `named` is a division that `outer` does not hold (河北 or 新建区 of 山西)."""
        return any(to_simplified(n) in self._codes and n != outer and not self.holds(outer, n) for n in named)

    def named_by_sound(self, romanised: str) -> set[str]:
        """The divisions a romanised name may be ("Ganzhou" → 赣州, 赣州市)."""
        return self._by_sound.get(romanised.lower().replace(" ", ""), set())

    def named(self, name: str) -> bool:
        """Whether `name` names a province or a city ("荆州市", "荆州"), or a county by its full name ("南部县"): a
        county's short name is often a word (海港 of 海港区, "哪一国家的主要海港")."""
        simple = to_simplified(name)
        codes = self._codes.get(simple, ())
        return any(len(code) <= _CITY_CODE for code in codes) or (bool(codes) and _SUFFIX.search(simple) is not None)

    def romanised_in(self, text: str) -> list[str]:
        """The capitalised words of `text` that romanise a division ("Jingzhou": 荆州, 靖州)."""
        return [word for word in dict.fromkeys(CAPITALISED.findall(text)) if self.named_by_sound(word)]

    def unheld(self, unsaid: Iterable[str], named: Iterable[str]) -> list[str]:
        """The `unsaid` names that hold none of the `named` places (the rest qualify one)."""
        named = list(named)
        return [u for u in unsaid if not any(self.holds(u, n) for n in named)]

    def unheld_romanised(self, unsaid: Iterable[str], named: Iterable[str]) -> list[str]:
        """As `unheld`, for romanised names ("Hunan" beside 岳阳, the corpus's word for "Yueyang")."""
        named = list(named)
        return [u for u in unsaid if not any(self.holds(p, n) for p in self.named_by_sound(u) for n in named)]


def _short(name: str, ethnic: list[str]) -> str:
    """A division's name as it is said without its kind: 广西壮族自治区 → 广西, 南康区 → 南康."""
    if _AUTONOMOUS.search(name):
        name = _AUTONOMOUS.sub("", name)
        # a people's name is dropped only from a longer name: 内蒙古 and 西藏 end in one (蒙古, 藏) and are kept
        while stripped := next(
            (name.removesuffix(e) for e in ethnic if name.endswith(e) and len(name) - len(e) > 1), ""
        ):
            name = stripped
        return name
    return _SUFFIX.sub("", name)


@lru_cache(maxsize=1)
def places() -> Places:
    """The table, read once per process (~3,500 divisions)."""
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("cpca is not installed; run `make install`")
    resources = Path(spec.submodule_search_locations[0]) / "resources"
    with (resources / "adcodes.csv").open(encoding="utf-8") as f:
        rows = [(row["adcode"], row["name"]) for row in csv.DictReader(f)]
    nations = (resources / "56_nations.csv").read_text(encoding="utf-8").split()
    return Places(rows, nations)
