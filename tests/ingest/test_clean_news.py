"""Cleaning never eats an article: a few hundred short news items with furniture around (and inside) them.

The items are made here from sentences of the seed documents and the furniture lines
Chinese news pages carry (原标题/来源/记者/编辑 lines, share and follow prompts, links).
Every sentence of content must survive; standalone furniture lines must not.
"""

from __future__ import annotations

import random
import re

import pytest

from qa.ingest.characters import normalise_punctuation
from qa.ingest.clean import clean_text, has_sentence
from qa.ingest.documents import Document

SOURCES = ["新华网", "人民网", "湖北日报", "长江日报", "中国科技网", "武汉发布"]
NAMES = ["张三", "李四", "王晓明", "刘洋", "陈静"]
HEAD = [
    "原标题：{title}",
    "来源：{source}",
    "记者 {name} 通讯员 {name2}",
    "{date} 来源：{source}",
    "编辑：{name}",
    "作者：{name}",
    "首页 > 新闻中心 > 正文",
    "浏览量：{n}",
]
TAIL = [
    "责任编辑：{name}",
    "（编辑：{name}）",
    "微信扫码关注{source}公众号",
    "本文链接：http://news.example.cn/{n}.html",
    "分享到：",
    "扫一扫在手机打开当前页",
    "标签：科技 创新",
]
#: Furniture inside a sentence of content: the sentence stays.
INSIDE = [
    "市民可微信扫码关注“{source}”公众号查询办理进度。",
    "来源：{source}消息，全省新增省级创新平台{n}家，覆盖光电子、生物医药等领域。",
    "原标题：{title}。{date}，{source}记者从省科技厅获悉，相关方案已经印发实施。",
    "详情可登录www.example.gov.cn查看申报指南，截止日期为{date}。",
    # a by-line that runs on into the news, its last sentence unstopped: a clause of prose is content
    "来源：{source} 全省新增省级创新平台{n}家，覆盖光电子、生物医药等领域",
    "（记者 {name}）{date}，省科技厅发布新一批高新技术企业名单，共{n}家",
]


def _sentences(seeds: dict[str, Document]) -> list[str]:
    found = []
    for doc in seeds.values():
        for m in re.finditer(r"[^。\n]{8,80}。", doc.text):
            s = m.group().strip()
            if has_sentence(s) and "|" not in s:
                found.append(s)
    return found


def _items(seeds: dict[str, Document], n: int = 300) -> list[tuple[str, list[str], list[str]]]:
    """(raw text, content sentences that must survive, furniture lines that must go)."""
    rng = random.Random(0)
    pool = _sentences(seeds)
    out = []
    for i in range(n):
        fill = {
            "title": rng.choice(pool)[:18].rstrip("，、。"),
            "source": rng.choice(SOURCES),
            "name": rng.choice(NAMES),
            "name2": rng.choice(NAMES),
            "date": f"2024年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
            "n": str(rng.randint(2, 900)),
        }
        content = [rng.choice(pool) for _ in range(rng.randint(1, 4))]
        if i % 3 == 0:
            content.insert(rng.randint(0, len(content)), rng.choice(INSIDE).format(**fill))
        head = [h.format(**fill) for h in rng.sample(HEAD, rng.randint(0, 4))]
        tail = [t.format(**fill) for t in rng.sample(TAIL, rng.randint(0, 3))]
        shape = i % 4
        if shape == 0:  # one paragraph, furniture lines around it
            body = ["".join(content)]
        elif shape == 1:  # one sentence per line
            body = content
        elif shape == 2:  # the first furniture label on the same line as the content (one-line item)
            body = [" ".join([*head[:1], "".join(content)])]
            head = head[1:]
        else:  # a short item: just one sentence of content
            body = content[:1]
            content = content[:1]
        out.append(("\n".join([*head, *body, *tail]), content, [*head, *tail]))
    return out


def test_no_sentence_of_content_is_dropped(seeds: dict[str, Document]) -> None:
    items = _items(seeds)
    lost = []
    for raw, content, _ in items:
        cleaned = clean_text(raw)
        text = cleaned.text.replace("\n", "")
        lost += [(raw, s) for s in content if normalise_punctuation(s) not in text]
    assert not lost, f"{len(lost)} sentences dropped, e.g. {lost[:3]}"
    assert len(items) >= 300


def test_furniture_lines_around_the_items_are_removed_with_their_rule(seeds: dict[str, Document]) -> None:
    left = []
    for raw, _, furniture in _items(seeds):
        cleaned = clean_text(raw)
        kept = set(cleaned.text.split("\n"))
        left += [line for line in furniture if normalise_punctuation(line) in kept and not cleaned.kept_whole]
        assert all(r.rule for r in cleaned.removals)
    assert not left, f"furniture kept: {left[:5]}"


def test_a_page_that_is_all_furniture_is_kept_whole_and_flagged() -> None:
    raw = "来源：新华网\n编辑：张三\n分享到：微信 微博 QQ空间\n扫一扫在手机打开当前页"
    cleaned = clean_text(raw)
    assert cleaned.kept_whole and cleaned.removals == [] and "新华网" in cleaned.text


@pytest.mark.parametrize("marker", ["热点", "推荐阅读", "标签"])
def test_a_tail_word_used_as_a_heading_mid_article_cuts_nothing(marker: str) -> None:
    prose = "全省新增省级创新平台151家，覆盖光电子等领域。省科技厅将加快推进成果转化，培育高新技术企业。"
    raw = "\n".join([prose, marker, prose.replace("151", "152"), prose.replace("151", "153")])
    cleaned = clean_text(raw)
    assert "152家" in cleaned.text and "153家" in cleaned.text
