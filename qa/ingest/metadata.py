"""Document metadata read off the page: title, date, issuer or outlet, document number.

Scraped pages carry this in lines that cleaning removes (来源:…, 原标题:…,
dates next to view counters), so extraction looks at the page's lines before
cleaning as well as at the cleaned article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qa.ingest.script import Script, to_simplified
from qa.ingest.sections import TERMINAL, heading_kind, is_table_row

_ORIGINAL_TITLE = re.compile(r"^原标题[:：]\s*(.+)$")
_SOURCE = re.compile(r"来源[:：]\s*([^\s　]{2,30})")
_BYLINE_OUTLET = re.compile(r"^(\S{2,10}?(日报|晚报|晨报|新闻网|电视台|通讯社|时报))(记者|讯|通讯员)")
#: A document number (GB/T 9704 发文字号): the issuer's code, the year in brackets, the serial: 武政办〔2021〕26号.
DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,10}[〔\[［(（]\d{4}[〕\]］)）]\d+[号號]")
CN_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
_NUM_DATE = re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_BODY = r"[\u4e00-\u9fff]{2,24}(?:人民政府|办公室|办公厅|委员会|领导小组|厅|局)"
#: An issuer's signature line: one body, or the bodies of a joint issue side by side ("株洲市科学技术局　株洲市财政局",
#: GB/T 9704's 联合行文).
ISSUER = re.compile(rf"^{_BODY}(?:\s+{_BODY})*$")
_QUOTED_TITLE = re.compile(r"《([^《》]{6,80})》")


@dataclass(frozen=True)
class Metadata:
    title: str
    date: str | None
    issuer: str | None
    doc_number: str | None
    script: Script


def _iso(year: str, month: str, day: str) -> str:
    return f"{int(year):04d}-{int(month):02d}-{int(day):02d}"


def _date(raw_lines: list[str], clean_lines: list[str]) -> str | None:
    """Prefer a signature date standing alone in the article, then any Chinese date, then a page date."""
    for line in clean_lines:
        m = CN_DATE.fullmatch(line.strip())
        if m:
            return _iso(*m.groups())
    for line in clean_lines[:5]:
        m = CN_DATE.search(line)
        if m:
            return _iso(*m.groups())
    for line in raw_lines[:15]:
        m = _NUM_DATE.search(line)
        if m:
            return _iso(*m.groups())
    return None


def _issuer(raw_lines: list[str], clean_lines: list[str]) -> str | None:
    """The issuing body (a signature line), else the outlet named by 来源 or a byline."""
    for line in clean_lines[:12]:
        if ISSUER.match(to_simplified(line)):
            return line
    for line in raw_lines:
        simple = to_simplified(line)
        m = _SOURCE.search(simple)
        if m and len(line) < 80:
            start = simple.index(m[1])
            return line[start : start + len(m[1])]
    for line in clean_lines[:8]:
        m = _BYLINE_OUTLET.match(to_simplified(line))
        if m:
            return line[: len(m[1])]
    return None


#: A figure alone on a line: a data box's value over its caption ("27.84亿元" / "全社会R&D经费投入"), no headline
#: and no part of a sentence broken into short lines (`qa.ingest.clean.rejoin`).
FIGURE_ONLY = re.compile(r"^[+\-−]?\d[\d.,]*\s*(?:%|％|个百分点|倍|[十百千万亿]*[元家个项人名件所座]?)$")
#: The issuer's mark at the head of a notice (GB/T 9704's 发文机关标志, "…办公厅文件"): no title.
_ISSUER_MARK = re.compile(ISSUER.pattern.removesuffix("$") + "文件$")
#: A document without a headline is titled by this many characters of its first line (a list shows them).
OPENING_TITLE = 60


def _title(raw_lines: list[str], clean_lines: list[str]) -> str:
    """原标题 if the page gives one; else the first headline-like line of the article."""
    for line in raw_lines[:20]:
        m = _ORIGINAL_TITLE.match(to_simplified(line))
        if m:
            return line[len(line) - len(m[1]) :].strip()
    for line in clean_lines[:15]:
        simple = to_simplified(line)
        if (
            len(line) > 80
            or "。" in line
            or line[-1] in "：:，,;；"
            or heading_kind(line) is not None
            or is_table_row(line)
            or CN_DATE.fullmatch(line)
            or ISSUER.match(simple)
            or _ISSUER_MARK.match(simple)
            or DOC_NUMBER.fullmatch(line)
            or FIGURE_ONLY.match(simple)  # a data box's value, drawn before the title
        ):
            continue
        quoted = _QUOTED_TITLE.search(line)
        if quoted and len(quoted[1]) * 2 >= len(line):
            return quoted[1]
        return line.rstrip(TERMINAL.replace("？", "").replace("?", ""))
    return clean_lines[0][:OPENING_TITLE] if clean_lines else ""


def extract_metadata(raw_lines: list[str], clean_text: str, script: Script) -> Metadata:
    clean_lines = [line for line in clean_text.split("\n") if line.strip()]
    number = next((m[0] for line in raw_lines[:30] if (m := DOC_NUMBER.search(line))), None)
    return Metadata(
        title=_title(raw_lines, clean_lines),
        date=_date(raw_lines, clean_lines),
        issuer=_issuer(raw_lines, clean_lines),
        doc_number=number,
        script=script,
    )
