"""What counts as evidence for each kind of question: a number with a unit, a date, a lead unit, a name.

The extractive answerer uses these patterns twice: to prefer sentences that
carry the kind of fact asked for, and to refuse when the best sentence does
not carry it (beyond the question's own words).
"""

from __future__ import annotations

import re

from qa.question import Question

_UNIT = r"(?:%|家|个|项|名|亿元|万元|元|倍|平方米|亩|公里|座|所|人|位|条|次|余项|余家|个百分点|万人|万|亿)"
EVIDENCE: dict[str, re.Pattern[str]] = {
    "quantity": re.compile(
        rf"(?:超过|达到|突破|增长|新增|累计|约|近|超|占|第)?\d+(?:\.\d+)?{_UNIT}|第[一二三四五六七八九十\d]+|"
        r"(?<!党的)[一二三四五六七八九十两百千万]+(?:个|家|项|市|省|条|大|座|名)"  # not 党的二十大
    ),
    "date": re.compile(
        r"\d{4}\s*[-—至到]\s*\d{4}年|\d{4}年\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月|\d{1,2}月\d{1,2}日|\d{4}年|已建成"
    ),
    "organisation": re.compile(
        r"(?:牵头单位|责任单位)[：:][^；;）)]+|[\u4e00-\u9fff]{2,20}(?:厅|局|委|办公室|办公厅|人民政府|管委会)"
    ),
    "person": re.compile(  # "谁" may be a body too: "经过了谁的同意" → 省人民政府
        r"(?:院士|会长|书记|研究员|主任|省长|市长|记者|通讯员)[\u4e00-\u9fff]{2,3}|(?!专家|业内|人士|记者|大家|我们|他们|有关)[\u4e00-\u9fff]{2,3}(?=认为|表示|指出|强调)|"
        r"[\u4e00-\u9fff]{1,12}(?:人民政府|办公厅|委员会)"
    ),
    "list": re.compile(r"[^、，。]{2,20}(?:、[^、，。]{2,20}){2,}"),
    "place": re.compile(r"[\u4e00-\u9fff]{2,12}(?:市|省|区|县|园|城|岛|基地|走廊)"),
    "name": re.compile(r"“[^”]{2,30}”|《[^》]{2,40}》|[\u4e00-\u9fff]{2,16}(?:基金|实验室|中心|平台|计划|工程|大会)"),
}
PERSON_NAME = re.compile(
    r"(?:院士|会长|书记|研究员|主任|省长|市长|记者|通讯员)([\u4e00-\u9fff]{2,3})|(?!专家|业内|人士|记者|大家|我们|他们|有关)([\u4e00-\u9fff]{2,3})(?=认为|表示|指出|强调)"
)
ORDINAL = re.compile(r"第[一二三四五六七八九十\d]+")
ASKS_ORDINAL = re.compile(r"第几|排名|排第|\brank")
ASKS_MANY = re.compile(r"哪些|哪几|哪[两二三四五六七八九十]|列了|共列|分别|各自|所有|\bwhich\b.*\bare\b|\blist\b")
#: Who leads: the plans' "（牵头单位：…；" clause, or prose "由…牵头"; the group is the lead.
LEAD_UNIT = re.compile(r"牵头单位[：:](?P<lead>[^；;）)]+)|由(?P<prose>[^，。；由]{2,20}?)牵头")
#: Question types whose answer must contain that kind of fact.
MUST_HAVE = ("quantity", "date", "person")
#: "多少亿元" / "多少次": the answer's number must come with the unit asked for.
#: (Not 个: "多少个项目" is answered by "50项以上".)
_ASKED_UNIT = re.compile(r"多少(亿元|万元|元|次|家|项|名|亩|平方米|公里|座|所|倍|辆|条)")
#: "哪所大学" / "哪个会场" / "什么计算中心": Chinese names of institutions end with their kind, so the
#: answer contains it.
_ASKED_INSTITUTION = re.compile(
    r"(?:哪[一]?[所个家座]|什么)[\u4e00-\u9fff]{0,2}?(大学|高校|学院|研究院|研究所|实验室|公司|医院|会场|银行|基金|中心|机场|港口)"
)
_INSTITUTION_EN = {"company": "公司", "university": "大学", "bank": "银行", "hospital": "医院", "laboratory": "实验室"}
_ASKED_INSTITUTION_EN = re.compile(r"\bwhich (?:[a-z-]+ )?(company|university|bank|hospital|laboratory)\b")
_MONEY = re.compile(r"投资|资金|经费|投入|金额")
_RATIO = re.compile(r"比重|比例|占比|强度|增速|增长|[率%]|几倍")
_NUMBER = r"[\d一二三四五六七八九十百千万两]+(?:\.\d+)?(?:余|多)?"


def has_asked_fact(q: Question, simple: str) -> bool:
    """Whether the (Simplified, lower-case) sentence carries the kind of fact the question asks for."""
    asked = _ASKED_INSTITUTION.findall(q.simple) + [_INSTITUTION_EN[m] for m in _ASKED_INSTITUTION_EN.findall(q.simple)]
    if any(noun not in simple for noun in asked):
        return False  # "李德仁院士在哪所大学任职？" needs a sentence that names a 大学
    if q.qtype == "organisation" and q.asks_lead:
        return LEAD_UNIT.search(simple) is not None
    if q.qtype not in MUST_HAVE:
        return True
    found = [m.group() for m in EVIDENCE[q.qtype].finditer(simple) if m.group() not in q.simple]
    if q.qtype == "date" and "建成" not in q.simple:
        found = [f for f in found if f != "已建成"]  # a table's 建成时间 column, not a date for 开工 or 发布
    if q.qtype == "quantity":
        if not ASKS_ORDINAL.search(q.simple):
            found = [f for f in found if not f.startswith("第")]
        unit = _ASKED_UNIT.search(q.simple)
        if unit and not re.search(_NUMBER + re.escape(unit.group(1)), simple):
            return False
        if _MONEY.search(q.simple) and not _RATIO.search(q.simple) and not re.search(_NUMBER + "(?:亿|万)?元", simple):
            return False  # "总投资是多少？" is answered by an amount of money, not "立项1-2个"
    return bool(found)
