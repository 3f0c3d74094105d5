"""Turn scraped page text into the article itself.

The rules are general, not per-file patches: they describe the kinds of noise
Chinese news and policy sites add (breadcrumbs, view counters, headline lists,
disclaimers, spam, pinyin ruby, mojibake) so the next page scraped from a
similar site is cleaned without code changes. Patterns are written once, in
Simplified Chinese, and matched against a Simplified copy of each line.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from qa.ingest.characters import mark_lost, normalise_punctuation, remove_ruby
from qa.ingest.metadata import FIGURE_ONLY, ISSUER
from qa.ingest.script import Script, detect_script, is_han, to_simplified, visible
from qa.ingest.sections import TERMINAL, heading_kind, is_table_row

#: A tail's label, a word of its own: "推荐单位应在…完成网上审核推荐。" opens with 推荐 and is a sentence (a guide lost
#: its last two sections and its annex table to it).
_TAIL_MARKERS = re.compile(
    r"^(标签|标籤|关键词|相关推荐|热点推荐|热门推荐|精彩推荐|推荐阅读|推荐|热点|热门|相关阅读|相关新闻|"
    r"相关网文|相关文章|延伸阅读|猜你喜欢|免责声明|版权声明|最新政策|最新资讯|点击排行|"
    r".{0,8}点击排行|.{0,6}更多》?|本文链接|原文链接|责任编辑)(?![\u4e00-\u9fffA-Za-z0-9])"
)
_FURNITURE = re.compile(
    r"((?:浏览|阅读|点击|点阅|访问)(?:量|次数|人次|数)|本文链接|原文链接|本文关键词|分享至|分享到|扫一扫|扫码|"
    r"二维码|公众号|资料图片仅供参考|图片来源|图片仅供参考|返回顶部|打印本页|关闭窗口|字号[:：]|字体[:：]|"
    r"https?://|www\.|版权所有|ICP备)"
)
#: A telephone number or e-mail address: a site's footer, unless the line says whose (`_named_contact`).
_CONTACT = re.compile(r"[\w.-]+@[\w-]+\.[a-z]{2,}|\d{3,4}-\d{7,8}")
#: Words that label a contact without saying whose it is ("联系电话:020-34333079 邮箱:news@…", a site's footer).
_CONTACT_LABEL = re.compile(
    r"联系人|联系电话|联系方式|联系我们|咨询电话|办公电话|服务热线|热线|电话|手机|传真|电子邮箱|邮箱|电子邮件|e-?mail",
    re.I,
)
_SITE_SLOGAN = re.compile(r"(网站|文库)$|一个.{0,12}(网站|文库)")
_SPAM = re.compile(
    r"(在线观看|在线看|免费视频|视频网站|羞羞|成人视频|国产原创|无码|彩票|博彩|娱乐城|棋牌|代孕|裸聊|"
    r"久热|日韩|av在线|福利视频)"
)
_CLICKBAIT_PREFIX = re.compile(r"^(今日|每日|天天|环球|全球|世界|当前|热点|焦点)[\u4e00-\u9fff]{0,3}[:：!！丨]")
_BREADCRUMB = re.compile(r"^[^。，,]{1,20}(\s*[>＞»]\s*[^。，,>]{1,20}){1,}$")
#: A by-line: 来源/原标题/编辑… and a colon (记者/通讯员/摄影 also a space), maybe after a date or in brackets.
_LABEL = re.compile(
    r"^[（(]?(?:\d{4}年\d{1,2}月\d{1,2}日\s*)?"
    r"(?:(原标题|来源|稿源|来源于|作者|编辑|责编|责任编辑|审核|校对)[:：]|(记者|通讯员|摄影|实习生)[:：\s])"
)
_LEAD_LABEL = re.compile(r"^(导言|导语|导读|摘要|编者按|核心提示)[:：]")
_DOC_NUMBER_ONLY = re.compile(r"^\S{1,12}[〔\[［(（]\d{4}[〕\]］)）]\d+号$")
#: An attachment note ("附件：…名单", GB/T 9704's 附件说明) stands on its own line above the issuer's signature.
_ATTACHMENT = re.compile(r"^附件\s*\d*\s*(?:[：:]|$)")  # a note "附件：…", or an annex page's own mark "附件2"
#: A note wholly in brackets on a line of its own (GB/T 9704's 附注 "（此件主动公开）").
_NOTE_ONLY = re.compile(r"^[（(][^（）()]+[）)]$")
_DATE_ONLY = re.compile(r"^(\d{4}年\d{1,2}月(\d{1,2}日)?|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})$")
#: One field of a contact block, a line each ("联系人：…", "监督电话：…", "通讯地址：…", "邮政编码：…").
_CONTACT_FIELD = re.compile(rf"^\S{{0,4}}(?:{_CONTACT_LABEL.pattern}|地址|邮政编码|邮编)\s*[：:]\s*\S", re.I)
#: An issuer's name, or its mark at a notice's head (GB/T 9704's 发文机关标志: "…办公厅文件").
_ORG_SUFFIX = re.compile(r"(人民政府|办公室|办公厅|委员会|领导小组|政府|厅|局|部|委|院|中心|协会)(文件)?$")
#: An official document's title: "(issuer) 关于 <matter> 的 <kind>" (文种: 通知, 意见, 方案…), perhaps with its
#: years in brackets. "关于" is required: a line of prose may well end with 办法 or 方案 ("并给出…的实施办法").
_DOC_TITLE = re.compile(
    r"关于.{1,80}的(通知|意见|实施意见|方案|办法|规定|决定|规划|纲要|细则|公告|通告|通报|报告|批复|请示|函|条例|指引|指南|措施|计划|要点)"
    r"(?:[（(][^（）()]{1,20}[）)])?$"
)
_SHORT = 30
_DUPLICATE_MIN = 8
_ARTICLE_MIN = 100
_PARAGRAPH_MIN = 40
#: A document shorter than this after cleaning has no article left (the loader's limit too).
MIN_ARTICLE_CHARS = 20
#: A sentence of content: this many Han characters before its 。！？ (a label or a link never has them).
_SENTENCE_HAN = 8
_SENTENCE = re.compile(r"[^。！？!?]*[。！？!?]")
_SENTENCE_END = "。；;！!？?"
#: A clause of prose: text up to a comma or semicolon (a by-line's names and sources never end in one).
_CLAUSE = re.compile(r"[^，；,;。！？!?]*[，；,;]")


@dataclass(frozen=True)
class Removal:
    """One line cleaning removed, and the rule that removed it (`qa corpus --removed` lists them)."""

    line: str
    rule: str


@dataclass
class Cleaned:
    """A cleaned article plus what cleaning learned on the way.

    `kept_whole`: the rules would have left no article text, so none were applied (flagged, never empty)."""

    text: str
    script: Script
    removals: list[Removal] = field(default_factory=list)
    lost_spans: int = 0
    ruby_removed: int = 0
    raw_lines: list[str] = field(default_factory=list)
    kept_whole: bool = False

    @property
    def removed_lines(self) -> list[str]:
        return [r.line for r in self.removals]


def clean_text(raw: str, headings: Collection[str] = (), items: Collection[str] = ()) -> Cleaned:
    """Clean one scraped document; `raw_lines` keeps the pre-filter lines for metadata. `headings` and `items`
    are lines the file marks as headings and list items (`Extracted`): never joined to another line."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    text = visible(re.sub(r"[\t\u3000\xa0\u2002\u2003\u200b]+", " ", text))  # other format characters go
    text, ruby = remove_ruby(text)
    script = detect_script(text)
    lines = [line.strip() for line in text.split("\n")]
    lines = [line for line in lines if line]
    lost = 0
    marked: list[str] = []
    for line in lines:
        line, n = mark_lost(line, script)
        lost += n
        marked.append(line)
    kept, removed = drop_noise(marked)
    kept = [strip_clickbait(line) for line in kept]
    kept = drop_duplicates(kept, removed, headings)
    kept_whole = len("".join(kept)) < MIN_ARTICLE_CHARS <= len("".join(marked))
    if kept_whole:  # the rules would eat the whole document: they are wrong about it, so keep every line
        kept, removed = marked, []
    kept = rejoin(kept, {" ".join(line.split()) for line in (*headings, *items)})
    kept = [normalise_punctuation(line) for line in kept]
    return Cleaned(
        text="\n".join(kept),
        script=script,
        removals=removed,
        lost_spans=lost,
        ruby_removed=ruby,
        raw_lines=marked,
        kept_whole=kept_whole,
    )


# --- noise lines ----------------------------------------------------------------------------


def has_sentence(line: str) -> bool:
    """True when the line holds a sentence of content; no single word's rule may remove such a line."""
    return any(sum(is_han(ch) for ch in m.group()) >= _SENTENCE_HAN for m in _SENTENCE.finditer(line))


def _has_clause(text: str) -> bool:
    """True when `text` holds a clause of prose: `_SENTENCE_HAN` Han characters before a comma or semicolon.
    A by-line that goes on into the news itself ("来源：湖北日报 全市新增高新技术企业2000家，研发投入增长12%",
    its last sentence unstopped) is content, as a line with a sentence that ends in 。 is."""
    return any(sum(is_han(ch) for ch in m.group()) >= _SENTENCE_HAN for m in _CLAUSE.finditer(text))


def furniture_rule(simple: str) -> str | None:
    """Why a line is site furniture (a name for `qa corpus --removed`), or None."""
    if re.fullmatch(r"[\d\s\-–—•·|>]*", simple):
        return "digits or symbols only"
    if _BREADCRUMB.match(simple):
        return "breadcrumb"
    if label := _LABEL.match(simple):
        name = label.group(1) or label.group(2)
        if name == "原标题" or not _has_clause(simple[label.end() :]):  # a headline may have commas
            return f"label line «{name}»"
    if re.match(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(\s+\d{1,2}:\d{2}(:\d{2})?)?(\s|$)", simple):
        return "date-time line"
    if len(simple) < 40 and _SITE_SLOGAN.search(simple) and not any(p in simple for p in "。，,"):
        return "site slogan"
    found = _FURNITURE.search(simple) or (None if _named_contact(simple) else _CONTACT.search(simple))
    if found and len(simple) < 200:
        return f"furniture «{found.group()}»"
    return None


def _named_contact(simple: str) -> bool:
    """Whether a line with a telephone number or e-mail address says whose it is: a person or an office
    besides the labels. A notice closes with whom to ask (GB/T 9704: "联系人：刘建平，电话：023-63718245"), an
    application guide lists each office's ("农村科技处（方向3）：邓宇 023-63718319"): what readers ask for. So
    does a contact block, whose numbers follow the line that names the person ("联系人：…韦海燕" then
    "联系电话：0771-5538261"): `drop_noise` keeps a bare number there."""
    rest = _CONTACT_LABEL.sub("", _CONTACT.sub("", simple))
    return sum(is_han(ch) for ch in rest) >= 2


def _paragraph(line: str) -> bool:
    """Prose: two full-stopped sentences or more, what a headline list (！？) or a disclaimer tail never holds."""
    stopped = [m for m in re.findall(r"[^。]*。", line) if sum(is_han(ch) for ch in m) >= _SENTENCE_HAN]
    return len(line) >= _PARAGRAPH_MIN and len(stopped) >= 2


def drop_noise(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """Split lines into article and noise, each removal with the rule and its evidence.

    * A tail marker (标签 / 相关推荐 / 免责声明 …) after some article text ends the
      article, removing headline lists and recommendation tails wholesale, but only
      with evidence that the rest is a tail (`_tail_follows`): otherwise it was a heading.
    * Furniture (counters, links, share buttons, 来源/原标题 labels, breadcrumbs),
      spam and category labels (a breadcrumb item repeated as a line) are removed
      line by line, never a line that holds a sentence of content: a one-paragraph
      news item that starts with 原标题： or mentions 扫码 inside a sentence stays, and so
      does a by-line that runs on into a clause of prose (`_has_clause`).
    """
    simple = [to_simplified(line) for line in lines]
    crumbs = {item.strip() for s in simple if _BREADCRUMB.match(s) for item in re.split(r"[>＞»]", s)}
    kept: list[str] = []
    removed: list[Removal] = []
    article_chars = 0
    content = False  # a kept line holds a sentence (or a clause) of content
    contacts = False  # the last kept line is a contact block's: a named contact, or a number kept under one
    for i, (line, s) in enumerate(zip(lines, simple, strict=True)):
        if (article_chars >= _ARTICLE_MIN or content) and _is_marker(s) and _tail_follows(lines, simple, i):
            removed.extend(Removal(rest, f"tail after «{s[:12]}»") for rest in lines[i:])
            break
        rule = None if has_sentence(s) else furniture_rule(s) or ("category label" if s in crumbs else None)
        if rule is None and _is_spam(s):
            rule = "spam"
        number, label = _CONTACT.search(s) is not None, _CONTACT_LABEL.search(s) is not None
        named = (number or label) and _named_contact(s)
        bare = number and not named
        if rule is not None and not (contacts and bare):  # "联系电话：…" under "联系人：韦海燕" is whose
            removed.append(Removal(line, rule))
            continue
        contacts = bare or (named and label)
        kept.append(line)
        content = content or has_sentence(s) or _has_clause(s)
        if len(line) >= _PARAGRAPH_MIN:
            article_chars += len(line)
    return kept, removed


def _is_marker(simple: str) -> bool:
    return len(simple) < 40 and bool(_TAIL_MARKERS.match(simple))


def _tail_follows(lines: list[str], simple: list[str], i: int) -> bool:
    """The evidence that marker line `i` starts the page's tail: no prose follows it, or the
    prose that follows (a disclaimer) is itself followed by another marker."""
    prose = [k for k in range(i + 1, len(lines)) if _paragraph(lines[k])]
    return not prose or any(_is_marker(s) for s in simple[prose[-1] + 1 :])


def _is_spam(simple: str) -> bool:
    return len(_SPAM.findall(simple.lower())) >= 2


def strip_clickbait(line: str) -> str:
    """Remove a feed's teaser prefix from a headline: `今日熱訊:科技創新…` → `科技創新…`."""
    if len(line) >= 60 or "。" in line:
        return line
    m = _CLICKBAIT_PREFIX.match(to_simplified(line))
    return line[m.end() :].strip() if m else line


def drop_duplicates(lines: list[str], removed: list[Removal], headings: Collection[str] = ()) -> list[str]:
    """Drop repeated lines: re-printed titles and labelled leads (导言:…) that repeat a paragraph.

    A line counts as a re-print when an earlier line of its section contains it and it makes up
    at least half of that line, so a signature such as 某某办公厅 that merely
    appears inside a longer title is kept, as is one under the issuer's mark at the
    head ("某某办公厅文件"). An attachment note ("附件：2025年度…名单") announces a title, it does not print it:
    the annex's own title under it is kept (a table's caption, which questions name). A sentence under another
    heading (numbered, or one the file marks) is that section's own: a guide's ten 专项 may each say
    "3．实施期限：3年（2027年1月至2029年12月）。". A line that ends no sentence (a title, a page's running head)
    is a re-print wherever it repeats.
    """
    kept: list[str] = []
    section: list[str] = []  # the kept lines since the last heading
    bodies = {line for line in lines}
    marked = {" ".join(h.split()) for h in headings}
    for line in lines:
        if heading_kind(line) is not None or " ".join(line.split()) in marked:
            section = []
        lead = _LEAD_LABEL.match(to_simplified(line))
        if lead and line[lead.end() :].strip() in bodies:
            removed.append(Removal(line, "lead repeating a paragraph"))
            continue
        signature = ISSUER.match(to_simplified(line))  # also in the issuer's mark at the head, "…办公厅文件"
        if len(line) >= _DUPLICATE_MIN and any(
            line in e and 2 * len(line) >= len(e) and not (signature and line != e) and not _ATTACHMENT.match(e)
            for e in (section if line[-1] in _SENTENCE_END else kept)
        ):
            removed.append(Removal(line, "repeats an earlier line"))
            continue
        kept.append(line)
        section.append(line)
    return kept


# --- broken lines ----------------------------------------------------------------------------


def _is_complete(line: str) -> bool:
    """True when a line cannot be the first half of a sentence broken over lines."""
    simple = to_simplified(line)
    return (
        line[-1] in TERMINAL
        or heading_kind(line) is not None
        or is_table_row(line)
        or _stands_alone(line)
        or bool(_ATTACHMENT.match(simple))
        or bool(_ORG_SUFFIX.search(simple))
        or bool(_DOC_TITLE.search(simple))  # a title above a short first paragraph stays a line of its own
    )


def _stands_alone(line: str) -> bool:
    """A document number, a date, a bracketed note, a contact field or a figure on a line of its own is a
    notice's (or a data box's) own line, never a sentence's end."""
    simple = to_simplified(line)
    return any(p.match(simple) for p in (_DOC_NUMBER_ONLY, _DATE_ONLY, _NOTE_ONLY, _CONTACT_FIELD, FIGURE_ONLY))


def _open_title(line: str) -> bool:
    """A line that opens a book title (《) and does not close it: the title goes on in the next line."""
    return line.count("《") > line.count("》")


def rejoin(lines: Iterable[str], whole: Collection[str] = ()) -> list[str]:
    """Join runs of short lines that were one sentence, e.g. poster-style articles.

    Only short lines are joined, or a line to the one whose book title (《) it closes, and never across a heading
    (numbered, or one of the lines the file marks as `whole`: its headings and list items, whitespace collapsed),
    a table row or a line that ends a sentence, so one-line titles above paragraphs survive.
    """
    marked = set(whole)
    out: list[str] = []
    last_raw = ""
    for line in lines:
        joinable = (
            out
            and " ".join(last_raw.split()) not in marked
            and " ".join(line.split()) not in marked
            and (
                _open_title(out[-1])  # a title broken over lines ("…若\n干措施》的通知"), however long, is whole again
                or (
                    len(last_raw) < _SHORT
                    and len(line) < _SHORT
                    and not _is_complete(last_raw)
                    and not _is_complete(out[-1])
                )
            )
            and not _stands_alone(line)
            and heading_kind(line) is None
            and not is_table_row(line)
        )
        if joinable:
            out[-1] += line
        else:
            out.append(line)
        last_raw = line
    return out
