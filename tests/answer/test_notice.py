"""A notice's issuer, date and addressee lines, found in the document retrieved first."""

from __future__ import annotations

from qa.answer.notice import notice_hits, notice_line, notice_text
from qa.answer.question import analyse
from qa.ingest.chunking import Chunk
from qa.search.retrieve import Hit

HEAD = (
    "武政办〔2021〕26号\n各区人民政府，市人民政府各部门：\n《实施方案》已经市人民政府同意，现印发给你们。\n"
    "武汉市人民政府办公厅\n2021年3月28日\n"
)
BODY = "一、工作目标\n全社会研发投入增长12%。\n"


def _chunks() -> list[Chunk]:
    return [
        Chunk("d#0", "d", "d.txt", "T", "", 0, len(HEAD), HEAD, 10),
        Chunk("d#1", "d", "d.txt", "T", "一、工作目标", len(HEAD), len(HEAD) + len(BODY), BODY, 10),
    ]


def test_the_line_asked_for() -> None:
    date = notice_line(analyse("实施方案的印发日期是哪天？"))
    issuer = notice_line(analyse("实施方案是由哪个单位印发的？"))
    addressees = notice_line(analyse("这份通知是发给哪些单位的？"))
    assert date is not None and date.fullmatch("2021年3月28日")
    assert issuer is not None and issuer.fullmatch("武汉市人民政府办公厅")
    assert notice_line(analyse("实施方案由谁印发？")) is issuer  # "谁" reads as a person
    assert notice_line(analyse("细则是哪两个部门联合印发的？")) is issuer  # a joint issue's bodies, asked as several
    assert issuer.fullmatch("株洲市科学技术局 株洲市财政局")
    assert notice_line(analyse("今年印发了哪些文件？")) is None  # several documents, not bodies
    assert addressees is not None and addressees.fullmatch("各区人民政府，市人民政府各部门：")
    assert notice_line(analyse("光谷大走廊方案的主送单位有哪些？")) is addressees  # GB/T 9704's 主送机关
    assert addressees.fullmatch("各县（市）、区人民政府，市政府各部门、各直属机构：")
    number = notice_line(analyse("实施方案的发文字号是多少？"))  # 发文字号, not 发文: the number, not the issuer
    assert number is not None and number.fullmatch("武政办〔2021〕26号") and number.fullmatch("国发[2020]5号")
    assert notice_line(analyse("实施方案的文号是什么？")) is number
    assert notice_line(analyse("what is the plan's document number?")) is number
    assert notice_line(analyse("研发投入增长多少？")) is None


def test_the_first_documents_chunk_with_that_line_is_added() -> None:
    chunks = _chunks()
    hits = [Hit(chunks[1], 0.9, None, None)]
    line = notice_line(analyse("实施方案的印发日期是哪天？"))
    assert [h.chunk.chunk_id for h in notice_hits(hits, line, {"d": chunks})] == ["d#0"]
    assert notice_hits([Hit(chunks[0], 0.9, None, None)], line, {"d": chunks}) == []  # already read
    assert notice_hits(hits, None, {"d": chunks}) == []


def test_the_asked_line_is_written_out_with_where_it_is() -> None:
    chunks = _chunks()
    hits = [Hit(chunks[1], 0.9, None, None)]
    documents = {"d": chunks}
    for question, text, line in [
        ("实施方案的印发日期是哪天？", "印发日期：2021年3月28日", "2021年3月28日"),
        ("实施方案是由哪个单位印发的？", "印发单位：武汉市人民政府办公厅", "武汉市人民政府办公厅"),
        ("实施方案是谁发布的？", "发布单位：武汉市人民政府办公厅", "武汉市人民政府办公厅"),  # in its own words
        ("实施方案落款日期是哪天？", "落款日期：2021年3月28日", "2021年3月28日"),  # the line's own name
        ("实施方案的成文日期是哪天？", "成文日期：2021年3月28日", "2021年3月28日"),
        # the addressee line less its closing colon, under the question's word for it
        ("这份通知是发给哪些单位的？", "发给：各区人民政府，市人民政府各部门", "各区人民政府，市人民政府各部门"),
        ("这份通知的主送单位有哪些？", "主送单位：各区人民政府，市人民政府各部门", "各区人民政府，市人民政府各部门"),
        (
            "who is the notice addressed to?",
            "addressed to：各区人民政府，市人民政府各部门",
            "各区人民政府，市人民政府各部门",
        ),
        ("what is the plan's document number?", "document number：武政办〔2021〕26号", "武政办〔2021〕26号"),
        ("实施方案的文号是什么？", "发文字号：武政办〔2021〕26号", "武政办〔2021〕26号"),
    ]:
        notice = notice_text(analyse(question), hits, documents)
        assert notice is not None and notice.text == text
        assert notice.chunk is chunks[0] and notice.chunk.text[notice.start : notice.end] == line
        assert notice.labels == ((0, text.index("：") + 1),)
    assert notice_text(analyse("研发投入增长多少？"), hits, documents) is None
    assert notice_text(analyse("实施方案的印发日期是哪天？"), hits, {"d": chunks[1:]}) is None  # no such line


def test_the_sentence_saying_when_it_takes_effect_is_read_as_it_is() -> None:
    tail = "三、附则\n本方案自2021年4月1日起施行，有效期至2023年12月31日。\n"
    chunks = [*_chunks(), Chunk("d#2", "d", "d.txt", "T", "三、附则", 200, 200 + len(tail), tail, 10)]
    for question in ("实施方案从哪天开始生效？", "实施方案的有效期到什么时候？", "When does the plan take effect?"):
        q = analyse(question)
        added = notice_hits([Hit(chunks[1], 1.0, None, None)], notice_line(q), {"d": chunks})
        assert [h.chunk.chunk_id for h in added] == ["d#2"], question
        assert notice_text(q, [Hit(chunks[1], 1.0, None, None), *added], {"d": chunks}) is None  # prose: not a field
    assert notice_line(analyse("实施方案的印发日期是哪天？")) is not notice_line(analyse("实施方案何时施行？"))


def test_a_regulations_issuance_note_gives_its_date_and_issuers() -> None:
    """GB/T 9704's 题注 under the title: "（2026年1月20日岳阳市科学技术局、岳阳市财政局印发　岳科规〔2026〕2号）"."""
    note = "（2026年1月20日岳阳市科学技术局、岳阳市财政局印发　岳科规〔2026〕2号）"
    text = f"岳阳市众创空间认定管理办法\n{note}\n第一章 总则\n"
    chunks = [Chunk("y#0", "y", "y.docx", "岳阳市众创空间认定管理办法", "", 0, len(text), text, 10)]
    hits = [Hit(chunks[0], 0.9, None, None)]
    for question, written, value in [
        ("这份办法是由哪个单位印发的？", "印发单位：岳阳市科学技术局、岳阳市财政局", "岳阳市科学技术局、岳阳市财政局"),
        ("这份办法是哪天印发的？", "印发日期：2026年1月20日", "2026年1月20日"),
    ]:
        notice = notice_text(analyse(question), hits, {"y": chunks})
        assert notice is not None and notice.text == written
        assert notice.chunk.text[notice.start : notice.end] == value
    assert notice_text(analyse("这份办法的文号是什么？"), hits, {"y": chunks}) is None  # not a line of its own
