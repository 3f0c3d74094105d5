# -*- coding: utf-8 -*-
"""Write questions.jsonl (50 questions) for unseen9.

Evidence strings are not typed by hand: sent()/row() pull the exact sentence
or table line out of plain/*.txt, and fail if the fragment is missing or not
unique, so every evidence string is a verbatim copy of the document.
Unanswerable questions carry ABSENT key terms (checked by check.py, not
written into the jsonl).
"""
import json
import os
import re
import sys

sys.dont_write_bytecode = True  # keep src/ free of __pycache__
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import build_a  # noqa: E402
import build_b  # noqa: E402
import build_c  # noqa: E402

DOCS = {
    "A": (build_a.NAME + ".docx", build_a.PLAIN),
    "B": (build_b.NAME + ".html", build_b.PLAIN),
    "C": (build_c.NAME + ".pdf", build_c.PLAIN),
}
OUT = os.path.join(ROOT, "questions.jsonl")

_SENT = re.compile(r"[^。！？\n]*(?:[。！？]”?|$)")


def _plain(d):
    with open(DOCS[d][1], encoding="utf-8") as f:
        return f.read()


def sent(d, frag):
    """The one sentence of doc d (split at 。！？ / line ends) containing frag."""
    hits = []
    for line in _plain(d).splitlines():
        if " | " in line:
            continue
        for s in _SENT.findall(line):
            if s and frag in s:
                hits.append(s.strip())
    assert len(hits) == 1, (d, frag, hits)
    return hits[0]


def row(d, frag):
    hits = [l for l in _plain(d).splitlines() if " | " in l and frag in l]
    assert len(hits) == 1, (d, frag, hits)
    return hits[0]


def rows(d, pred):
    return [l for l in _plain(d).splitlines() if " | " in l and pred(l.split(" | "))]


def line(d, frag):
    hits = [l for l in _plain(d).splitlines() if frag in l]
    assert len(hits) == 1, (d, frag, hits)
    return hits[0]


Q = []  # (doc, kind, question, answer, evidence, absent_terms)


TYPO = {}  # question index (1-based) -> (wrong term in question, right term in doc)


def add(doc, kind, q, a, ev, absent=(), typo=None):
    Q.append((doc, kind, q, a, ev, list(absent)))
    if typo:
        TYPO[f"u9-{len(Q):02d}"] = typo


# ---------------------------------------------------------------- paraphrase
add("A", "paraphrase", "山东省“十五五”科技创新规划里，省财政每年给一家省实验室的稳定支持最多是多少钱？",
    "1亿元", sent("A", "每家省实验室每年给予最高1亿元"))
add("A", "paraphrase", "山东省“十五五”科技创新规划中，“揭榜挂帅”项目单个最多能拿到省级财政多少支持？",
    "3000万元", sent("A", "单个项目省级财政最高支持3000万元"))
add("A", "paraphrase", "山东省“十五五”科技创新规划提出设立的省科技创新母基金总规模是多少？",
    "200亿元", sent("A", "省科技创新母基金"))
add("A", "paraphrase", "按照山东省“十五五”科技创新规划，企业第一次被认定为高新技术企业，最高可以获得多少奖励？",
    "30万元", sent("A", "首次认定的高新技术企业"))
add("A", "paraphrase", "山东省“十五五”科技创新规划要建设的中韩产业技术协同创新中心落在哪个城市？",
    "烟台", sent("A", "中韩（烟台）产业技术协同创新中心"))
add("B", "paraphrase", "哈尔滨市科技创新大会通报，2025年哈尔滨全市技术合同成交额是多少？",
    "612.4亿元", sent("B", "612.4亿元"))
add("B", "paraphrase", "哈尔滨市2025年度科学技术最高奖获得者的奖金是多少？",
    "100万元", sent("B", "奖金100万元"))
add("B", "paraphrase", "哈尔滨市科技创新大会上，市政府与高校现场集中签约的科技成果转化项目总金额有多少？",
    "137亿元", sent("B", "137亿元"))
add("B", "paraphrase", "哈尔滨市科技创新大会宣布启动建设的松北科创走廊全长大约多少？",
    "28公里", sent("B", "28公里"))
add("C", "paraphrase", "西安市2026年第一批认定的市级科技企业孵化器，资格有效期截止到哪一天？",
    "2029年4月30日", sent("C", "2029年4月30日"))
add("C", "paraphrase", "西安市科技企业孵化器年度绩效评价为“优秀”的，最多可以拿到多少运营奖补？",
    "50万元", sent("C", "最高50万元运营奖补"))
add("C", "paraphrase", "在西安市级科技企业孵化器里孵化的科技型中小企业申请场地租金补贴，单个企业一年最多补多少？",
    "10万元", sent("C", "单个企业每年补贴最高不超过10万元"))

# ---------------------------------------------------------------- table
add("A", "table", "山东省“十五五”科技创新主要指标表中，每万人口高价值发明专利拥有量到2030年的目标值是多少件？",
    "24", row("A", "每万人口高价值发明专利拥有量"))
add("A", "table", "在山东省“十五五”科技创新主要指标里，“地方财政科技支出占一般公共预算支出比重”这项指标属于预期性还是约束性？",
    "约束性", row("A", "地方财政科技支出占一般公共预算支出比重"))
add("A", "table", "根据山东省“十五五”科技创新规划的指标表，2025年规模以上工业企业中有研发活动的企业占比是百分之多少？",
    "42", row("A", "规模以上工业企业中有研发活动的企业占比"))
_a_binding = rows("A", lambda c: c[-1] == "约束性")
add("A", "table", "山东省“十五五”科技创新主要指标表中，属性为约束性的指标一共有几项？",
    str(len(_a_binding)), "\n".join(_a_binding))
_c_yanta = rows("C", lambda c: c[3] == "雁塔区")
add("C", "table", "西安市2026年第一批科技企业孵化器名单中，所在区县为雁塔区的孵化器有几家？",
    str(len(_c_yanta)), "\n".join(_c_yanta))
add("C", "table", "西安市2026年第一批科技企业孵化器名单里，星箭动力科技企业孵化器的运营主体是哪家公司？",
    "西安星箭动力创新服务有限公司", row("C", "星箭动力科技企业孵化器"))
add("C", "table", "西安市2026年第一批科技企业孵化器中，骊山文旅科技孵化器位于哪个区？",
    "临潼区", row("C", "骊山文旅科技孵化器"))
_c_weiyang_zy = rows("C", lambda c: c[3] == "未央区" and c[4] == "专业型")
add("C", "table", "西安市2026年第一批科技企业孵化器名单中，未央区的专业型孵化器有几家？",
    str(len(_c_weiyang_zy)), "\n".join(_c_weiyang_zy))

# ---------------------------------------------------------------- list
add("A", "list", "山东省“十五五”科技创新规划在关键核心技术攻关上聚焦哪六大领域？",
    "高端装备、新一代信息技术、新能源新材料、现代海洋、医养健康、绿色化工",
    sent("A", "等六大领域"))
add("A", "list", "山东省“十五五”科技创新规划专栏1里列了哪几项重大科技基础设施（装置）？",
    "高温超导磁体综合测试装置、黄河三角洲盐碱地生态模拟装置、智能海洋感知网络试验装置",
    line("A", "3.重大科技基础设施。"))
add("B", "list", "哈尔滨市科技创新大会表彰的2025年度哈尔滨市科技创新先进单位有哪些？",
    "哈尔滨锐驰机器人科技有限公司、哈尔滨北极星新材料股份有限公司、龙江冰雪装备研究院有限公司、哈尔滨瑞康生物医药有限公司、"
    "哈尔滨天鹅光电技术有限公司、哈尔滨松花江智能农机有限公司、哈尔滨冰原航天材料有限公司、黑龙江极光数据科技有限公司",
    sent("B", "等8家单位受到表彰"))
_c_gaoling = rows("C", lambda c: c[3] == "高陵区")
add("C", "list", "西安市2026年第一批科技企业孵化器中，位于高陵区的是哪几家？",
    "、".join(r.split(" | ")[1] for r in _c_gaoling), "\n".join(_c_gaoling))

# ---------------------------------------------------------------- who_said
add("B", "who_said", "哈尔滨市科技创新大会上，是谁把科技创新称为哈尔滨振兴发展的“最大变量”和“最大增量”？",
    "周振宇", sent("B", "最大变量"))
add("B", "who_said", "哈尔滨市科技创新大会上，由谁宣读了2025年度哈尔滨市科学技术奖励的决定？",
    "刘佳", sent("B", "宣读了《"))
add("B", "who_said", "哈尔滨市科技创新大会上，谁在致辞中表示省科技厅会在平台布局和项目支持上继续向哈尔滨倾斜？",
    "陈卫东", sent("B", "继续向哈尔滨倾斜"))
add("B", "who_said", "哈尔滨市科技创新大会上，哪位企业代表说公司今年要再投2亿元建智能焊接机器人研发中心？",
    "高翔", sent("B", "再投入2亿元"))

# ---------------------------------------------------------------- traditional
add("A", "traditional", "山東省「十五五」科技創新規劃提出，到2030年全省技術合同成交額要達到多少？",
    "7000亿元", sent("A", "技术合同成交额达到7000亿元"))
add("A", "traditional", "山東省「十五五」科技創新規劃中，省自然科學基金青年項目的資助比例不低於多少？",
    "45%", sent("A", "青年项目资助比例"))
add("B", "traditional", "哈爾濱市科技創新大會上，是誰要求對企業的科技創新訴求做到「件件有回音、事事有著落」？",
    "孙海涛", sent("B", "件件有回音"))
add("C", "traditional", "西安市科學技術局公布2026年第一批科技企業孵化器認定結果的通知，聯繫人是誰？",
    "杜文博", sent("C", "联系人："))

# ---------------------------------------------------------------- english
add("A", "english", "In Shandong Province's 15th Five-Year (2026-2030) science and technology innovation plan, what R&D intensity (R&D spending relative to GDP) is targeted for 2030?",
    "3.1%", sent("A", "全社会研发经费投入强度达到3.1%"))
add("A", "english", "According to Shandong's 15th Five-Year S&T innovation plan, how many provincial proof-of-concept centers are to be built?",
    "20家", line("A", "4.概念验证中心和中试基地。"))
add("B", "english", "According to the report on the Harbin science and technology innovation conference, how many high-tech enterprises did Harbin have in 2025?",
    "4268家", sent("B", "4268家"))
add("B", "english", "What target for the number of high-tech enterprises by 2027 was set for Harbin at the city's science and technology innovation conference?",
    "6000家", sent("B", "6000家"))
add("C", "english", "How many of the incubators in Xi'an's first batch of municipal science and technology business incubators for 2026 are of the comprehensive type?",
    "11", sent("C", "综合型孵化器11家"))
add("C", "english", "What is the contact phone number given in the Xi'an Science and Technology Bureau notice announcing the 2026 first batch of recognized incubators?",
    "029-86781542", sent("C", "029-86781542"))

# ---------------------------------------------------------------- typo
add("A", "typo", "山东省“十五五”科技创新规划里，泰越先进能源实验室要争创的是什么？",
    "国家实验室基地", sent("A", "争创国家实验室基地"), typo=("泰越", "泰岳"))
add("A", "typo", "山东省“十五五”科技创新规划专栏里，齐路合成生物实验室布局在哪个城市？",
    "淄博", line("A", "1.省实验室。"), typo=("齐路", "齐鲁"))
add("B", "typo", "哈尔宾市科技创新大会上宣布，今年市财政安排的科技创新专项资金是多少？",
    "15亿元", sent("B", "科技创新专项资金15亿元"), typo=("哈尔宾", "哈尔滨"))
add("C", "typo", "西按市2026年第一批科技企业孵化器名单中，小寨硬科技孵化器的运营主体是哪家公司？",
    "西安小寨硬科技发展有限公司", row("C", "小寨硬科技孵化器"), typo=("西按", "西安"))

# ---------------------------------------------------------------- unanswerable
add("A", "unanswerable", "山东省“十五五”科技创新规划中，2028年全社会研发经费投入强度的阶段性目标是多少？",
    "", "", absent=["2028"])
add("A", "unanswerable", "山东省“十五五”科技创新规划对潍坊市的科技创新定位是什么？",
    "", "", absent=["潍坊"])
add("A", "unanswerable", "山东省“十五五”科技创新规划计划在量子科技领域建设几家省实验室？",
    "", "", absent=["量子"])
add("B", "unanswerable", "哈尔滨市科技创新大会上，2025年度哈尔滨市科技进步二等奖共授奖多少项？",
    "", "", absent=["二等奖"])
add("B", "unanswerable", "哈尔滨市科技创新大会提出，到2030年哈尔滨全市高新技术企业数量要达到多少家？",
    "", "", absent=["2030"])
add("B", "unanswerable", "哈尔滨市科技创新大会上公布的2025年全市专利授权量是多少件？",
    "", "", absent=["专利授权", "授权量"])
add("C", "unanswerable", "西安市2026年第一批科技企业孵化器名单中，位于蓝田县的孵化器是哪一家？",
    "", "", absent=["蓝田"])
add("C", "unanswerable", "西安市科技局这份孵化器认定通知中，对新认定的市级科技企业孵化器一次性奖励多少钱？",
    "", "", absent=["一次性"])


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for i, (d, kind, q, a, ev, _abs) in enumerate(Q, 1):
            rec = {"id": f"u9-{i:02d}", "doc": DOCS[d][0], "kind": kind,
                   "question": q, "answer": a, "evidence": ev}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return OUT


# id -> absent key terms (for check.py)
ABSENT = {f"u9-{i:02d}": abs_ for i, (_d, _k, _q, _a, _e, abs_) in enumerate(Q, 1) if abs_}

if __name__ == "__main__":
    print(main(), len(Q))
