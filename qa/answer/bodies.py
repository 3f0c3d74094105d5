"""Government bodies a question names ("临沂市工业和信息化局在…中负责什么？") that the documents never name.

Asked what a bureau does in a scheme whose documents never mention that bureau, the reader reads the sentence
that says who does what and answers with another body's duties. Names are checked against the documents
(`qa.answer.names`), but jieba tags few bodies as names: it cuts 工业|和|信息化|局 and tags 林业局 a common noun.
So a body is found by its kind (局, 厅, 委员会, …) closing a run of nouns after its owner (临沂市, 市, 省), and is
said by a document that writes it with other characters between (科学技术局 says 科技局; 人力资源和社会保障局
says 人社局) or writes an abbreviation of it: its first character, some of the rest in order, and its kind or
the kind's first character (发改委 for 发展和改革委员会, 科协 for 科学技术协会, 市场监管局 for 市场监督管理局).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import jieba.posseg

from qa.answer.names import Said

#: The kinds of body (their abbreviation: 委员会 → 委, 协会 → 协), longest first.
KINDS = {"委员会": "委", "联合会": "联", "办公室": "办", "协会": "协", "局": "", "厅": "", "委": "", "署": ""}
#: jieba's tags of the words a body's name is made of: nouns, verbal nouns (发展, 改革), abbreviations (发改委),
#: adjectives and adjectival nouns (卫生|健康|委员会).
_BODY_TAGS = ("n", "nt", "nz", "vn", "j", "a")
#: Words that join two parts of one body's name (住房和城乡建设局).
_JOINING = ("和", "与")
#: The owner a body is named after, which is a place (a name, checked as one) or an administrative level.
_LEVELS = ("市", "省", "区", "县", "州", "自治区", "自治州", "全市", "全省", "本市", "我市")
#: At most this many characters of a document's own between two of the question's body (人力资源和社会保障局
#: says 人社局: four between 人 and 社), none of them punctuation or a level, which starts another body: 桂林市农业
#:农村局 does not say 林业局.
_SPREAD = 6
#: The shortest stem of a body named without an owner, at a clause's start ("…，劳工事务局负责哪些工作？",
#: "投资推广署在…中负责什么"): a committee of two characters (评审委员会) is any scheme's, not a body the question pins.
_OWNERLESS = 4
_BETWEEN = "(?:(?![市省区县州])[\u4e00-\u9fff])"


@functools.lru_cache(maxsize=1024)
def bodies_in(question: str) -> tuple[tuple[str, ...], ...]:
    """The bodies `question` (Simplified) names after an owner ("临沂市|工业|和|信息化|局") or at a clause's start
    (`_OWNERLESS`), each as the forms a document may name it by: the run of name words ending with a kind, and
    each shorter end of it whose stem has two characters or more (工业和信息化局, 和信息化局, 信息化局). jieba
    glues words of the run to the owner or to words before it ("报市|科技局", "经|信托|委员会"), so a document
    naming any of the forms names the body."""
    found: list[tuple[str, ...]] = []
    run: list[str] | None = None  # None until an owner is read
    least = 2  # the shortest stem a body of this run may have
    opens = True  # at the question's start or after punctuation
    for word, tag in [*jieba.posseg.lcut(question), ("", "x")]:
        if _owner(word, tag):
            _close(run, found, least)
            run, least = [], 2
        elif run is not None and (tag.startswith(_BODY_TAGS) or (run and word in _JOINING)):
            run.append(word)
        elif run is None and opens and tag.startswith(_BODY_TAGS):
            run, least = [word], _OWNERLESS
        else:
            _close(run, found, least)
            run = None
        opens = tag == "x"
    return tuple(dict.fromkeys(found))


def _owner(word: str, tag: str) -> bool:
    """A place (a name, which `qa.answer.names` checks) or an administrative level a body is named after; jieba
    tags some cities common nouns (东营市)."""
    return tag == "ns" or word in _LEVELS or (tag in ("nz", "n") and len(word) >= 3 and word.endswith(_LEVELS))


def _close(run: list[str] | None, found: list[tuple[str, ...]], least: int = 2) -> None:
    """Add the forms of the longest start of `run`, cut at a word's end, whose last word is a kind or ends with
    one after two characters or more (信息化|局, 科技局, 发改委; not 格局, 大厅 or 部署, which are no bodies), if its
    stem has `least` characters."""
    words = run or []
    ends = [end for end, word in enumerate(words, 1) if (k := _kind(word)) and (word == k or len(word) - len(k) >= 2)]
    if not ends:
        return
    longest = words[: ends[-1]]
    kind = _kind(longest[-1])
    if len("".join(longest)) - len(kind) < least:
        return
    forms = tuple(f for i in range(len(longest)) if len(f := "".join(longest[i:])) - len(kind) >= 2)
    if forms:
        found.append(forms)


def _kind(name: str) -> str:
    """The kind `name` ends with, or ''."""
    return next((k for k in KINDS if name.endswith(k)), "")


def says(document: Said, body: tuple[str, ...]) -> bool:
    """Whether `document` names `body` by any of its forms (`names_form`)."""
    return any(names_form(document, form) for form in body)


def names_form(document: Said, form: str) -> bool:
    """Whether `document` writes `form` as it is or as it sounds (`Said.writes`), spread out or abbreviated."""
    if document.writes(form):
        return True
    spread = f"{_BETWEEN}{{0,{_SPREAD}}}".join(map(re.escape, form))
    if re.search(spread, document.text):
        return True
    kind = _kind(form)
    stem = form[: len(form) - len(kind)]
    endings = "|".join(re.escape(k) for k in (kind, KINDS[kind]) if k)
    abbreviated = re.escape(stem[0]) + "".join(f"(?:{re.escape(ch)})?" for ch in stem[1:]) + f"(?P<kind>{endings})"
    return any(  # 科协 abbreviates its kind; a whole kind after one character (林局) is no abbreviation
        m.group("kind") != kind or m.start("kind") - m.start() >= 2 for m in re.finditer(abbreviated, document.text)
    )


def unnamed(bodies: Iterable[tuple[str, ...]], documents: Iterable[Said]) -> list[tuple[str, ...]]:
    """The `bodies` none of `documents` names."""
    read = list(documents)
    return [body for body in bodies if not any(says(d, body) for d in read)]
