"""A post the documents name only as its deputy's (`qa.answer.posts`)."""

from __future__ import annotations

from qa.answer.names import Said
from qa.answer.posts import deputised

RELEASE = Said("臺中市政府舉辦發表會，由副市長許英傑、經濟發展局局長陳冠宇出席，廣西科技大學副校長羅文斌致辭。")
OTHER = Said("武汉市长致辞，武汉大学校长出席。")  # says the posts, but of no place the question names


def test_a_post_the_document_asked_about_names_only_as_a_deputys_is_unsaid() -> None:
    assert deputised("台中市长是谁？", ["台中"], [RELEASE, OTHER]) == ["市长"]
    assert deputised("广西科技大学校长是谁？", ["广西科技大学"], [RELEASE, OTHER]) == ["校长"]


def test_a_post_said_on_its_own_or_asked_as_the_deputy_is_said() -> None:
    assert deputised("经济发展局局长叫什么名字？", [], [RELEASE]) == []  # "、經濟發展局局長"
    assert deputised("台中哪位副市长出席了？", ["台中"], [RELEASE]) == []
    assert deputised("市长是谁？", [], [RELEASE, OTHER]) == []  # a document, of no place asked, says it
    assert deputised("台中市长是谁？", ["台中"], [RELEASE, Said("台中市长卢秀燕。")]) == []
    assert deputised("院长是谁？", [], [RELEASE]) == []  # no deputy either: for the names and the reader to weigh
