"""Posts a question names ("臺中市長是誰？") that the documents name only as their deputy's (副市长).

A deputy is not the post: asked who the mayor is, a release naming only 副市长许英杰 has no answer, yet the reader
reads 许英杰 beside the word 市长 and answers. Names are checked against the documents (`qa.answer.names`), but
leniently (a homophone, characters between), so 副市长 would say 市长; a post is said only where it stands
without 副 before it ("党组书记、局长黄海燕" says 局长)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from qa.answer.names import Said

#: Posts that have deputies (副…): heads of governments, bureaus, schools, institutes, committees, parties, firms.
POSTS = (
    "省长", "市长", "区长", "县长", "镇长", "厅长", "局长", "处长", "科长", "部长", "校长", "院长", "所长",
    "主任", "书记", "主席", "会长", "理事长", "秘书长", "董事长", "总经理", "行长", "社长", "馆长", "站长",
)  # fmt: skip
#: A post said on its own: not a deputy's ("副市长", "常务副市长").
_OWN = re.compile(f"(?<!副)(?:{'|'.join(POSTS)})")


def deputised(question: str, names: Iterable[str], documents: Iterable[Said]) -> list[str]:
    """The posts `question` (Simplified) names on their own that the documents saying all its `names` (the one
    it asks about: 广西科技大学's 校长, not another's) name only as a deputy's."""
    asked = set(_OWN.findall(question))
    read = [d.text for d in documents if all(d.says(n) for n in names)] if asked else []
    own = {p for text in read for p in _OWN.findall(text)}
    return sorted(p for p in asked - own if any(f"副{p}" in text for text in read))
