"""Write questions.jsonl (50 questions) for the unseen14 set.

Every A/B question carries an internal `trap`: the parallel value in the other city's
document (or, for C, the other side of the 修订前/修订后 pair).  It is not written to
questions.jsonl; check.py uses it to confirm that the wrong passage would give a
different answer.
"""
import json
import os
import sys

sys.dont_write_bytecode = True  # keep src/ free of __pycache__
import re

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import opencc  # noqa: E402

import build_a  # noqa: E402
import build_b  # noqa: E402
import build_c  # noqa: E402
from common import DOCS, ROOT, read_plain, row_line  # noqa: E402

S2TW = opencc.OpenCC("s2tw")

# key terms of the unanswerable questions: none of them occurs in any document
UNANSWERABLE_TERMS = {}
# typo pairs: (wrong form in the question, correct form in the document)
TYPO_PAIRS = {}

_SENT_RE = re.compile(r"[^。]*。|[^。]+$")


def sentences(key):
    out = []
    for line in read_plain(key):
        out.extend(s for s in _SENT_RE.findall(line) if s.strip())
    return out


def sent(key, fragment):
    hits = [s for s in sentences(key) if fragment in s]
    if len(hits) != 1:
        raise SystemExit("sent(%s, %r): %d hits" % (key, fragment, len(hits)))
    return hits[0]


def row(module, first_cell):
    hits = [r for r in module.TABLE_ROWS if r[0] == first_cell or r[0].startswith(first_cell)]
    if len(hits) != 1:
        raise SystemExit("row(%r): %d hits" % (first_cell, len(hits)))
    return row_line(hits[0])


def question_list():
    A, B, C = "A", "B", "C"
    Q = []

    def add(doc, kind, question, answer, evidence, trap=None, term=None, typo=None):
        Q.append({"doc": doc, "kind": kind, "question": question, "answer": answer,
                  "evidence": evidence, "trap": trap, "term": term, "typo": typo})

    # ---------------- A: 温州市科技创新券管理办法 (.docx) ----------------
    add(A, "paraphrase", "《温州市科技创新券管理办法》规定，温州的创新券从发放那天算起能用多久？",
        "12个月", sent(A, "自发放之日起12个月"), trap=(B, "6个月"))
    add(A, "paraphrase", "按照《温州市科技创新券管理办法》，温州市级财政和县（市、区）分担创新券资金的比例是多少？",
        "6:4", sent(A, "6:4"), trap=(B, "3:7"))
    add(A, "paraphrase", "在《温州市科技创新券管理办法》中，一笔兑付超过多少金额时，温州市科技局可以请第三方到现场核查？",
        "10万元", sent(A, "单笔兑付金额超过10万元"), trap=(B, "5万元"))
    add(A, "paraphrase", "温州市的创新券管理办法要求，想进入服务机构库的机构在最近两年里至少服务过几家企业？",
        "20家", sent(A, "不少于20家"), trap=(B, "15家"))
    add(A, "table", "《温州市科技创新券管理办法》支持标准表里，知识产权服务类的补助比例是多少？",
        "30%", row(build_a, "知识产权服务"), trap=(B, "35%"))
    add(A, "table", "温州市科技创新券管理办法的支持标准中，中试熟化类单张券最高面额是多少万元？",
        "25", row(build_a, "中试熟化"))
    add(A, "table", "温州市科技创新券管理办法附表里，技术转移转化服务一年累计最多可以补助多少万元？",
        "40", row(build_a, "技术转移转化"), trap=(B, "30"))
    add(A, "table", "根据《温州市科技创新券管理办法》的支持标准表，检验检测类一张券的面额最高是多少万元？",
        "10", row(build_a, "检验检测"), trap=(B, "8"))
    add(A, "list", "温州市的创新券在申领、使用、兑付各环节要遵循哪几项原则？请依据《温州市科技创新券管理办法》回答。",
        "企业自愿、普惠公开、据实兑付、绩效导向", sent(A, "绩效导向"), trap=(B, "政府引导"))
    add(A, "list", "依照《温州市科技创新券管理办法》，温州企业申请兑付创新券时需要提交哪些材料？",
        "技术服务合同、发票、支付凭证、服务成果材料", sent(A, "支付凭证和服务成果材料"), trap=(B, "服务报告"))
    add(A, "numeric", "《温州市科技创新券管理办法》的支持标准表中，哪一类服务的补助比例最高？",
        "大型科学仪器共享", row(build_a, "大型科学仪器共享"), trap=(B, "技术转移转化"))
    add(A, "traditional", S2TW.convert("《温州市科技创新券管理办法》中，属于温州市专精特新的中小企业，补助比例能额外提高几个百分点？"),
        "10个百分点", sent(A, "提高10个百分点"), trap=(B, "5个百分点"))
    add(A, "english", "Under Wenzhou's Measures for the Administration of Science and Technology Innovation Vouchers, "
        "what is the most that one enterprise may claim in vouchers in a single year?",
        "50万元", sent(A, "累计不超过50万元"), trap=(B, "40万元"))
    add(A, "english", "According to the Wenzhou innovation voucher administration measures, which body is responsible "
        "for interpreting them?",
        "温州市科学技术局", sent(A, "负责解释"), trap=(B, "台州市科学技术局"))
    add(A, "typo", "《温洲市科技创新券管理办法》规定2026年度创新券的发放总额是多少？",
        "8000万元", sent(A, "发放总额为8000万元"), trap=(B, "6000万元"), typo=("温洲市", "温州市"))
    add(A, "unanswerable", "《温州市科技创新券管理办法》中，瑞安市承担的创新券资金分担比例是多少？",
        "", "", term="瑞安市")
    add(A, "unanswerable", "《温州市科技创新券管理办法》对企业购买科技保险服务给予多少比例的补助？",
        "", "", term="科技保险")

    # ---------------- B: 台州市科技创新券管理办法 (.html) ----------------
    add(B, "paraphrase", "《台州市科技创新券管理办法》中，和台州市科学技术局共同制定年度发放计划的是哪个部门？",
        "台州市经济和信息化局", sent(B, "会同台州市经济和信息化局"), trap=(A, "温州市财政局"))
    add(B, "paraphrase", "根据《台州市科技创新券管理办法》，兑付申请审核通过后，财政部门要在多少个工作日内把补助拨出去？",
        "20个工作日", sent(B, "20个工作日"), trap=(A, "30个工作日"))
    add(B, "paraphrase", "《台州市科技创新券管理办法》从哪一天开始施行？",
        "2026年7月1日", sent(B, "2026年7月1日起施行"), trap=(A, "2026年5月1日"))
    add(B, "paraphrase", "按照《台州市科技创新券管理办法》，弄虚作假骗取创新券资金的企业，会被取消几年内的申领资格？",
        "5年", sent(B, "取消其5年内"), trap=(A, "3年"))
    add(B, "list", "《台州市科技创新券管理办法》所说的服务机构包括哪几类单位？",
        "高校、科研院所、检验检测机构、技术转移机构、科技服务企业", sent(B, "技术转移机构和科技服务企业"),
        trap=(A, "新型研发机构"))
    add(B, "numeric", "在《台州市科技创新券管理办法》的支持标准表中，补助比例最高的是哪类服务？",
        "技术转移转化", row(build_b, "技术转移转化"), trap=(A, "大型科学仪器共享"))
    add(B, "numeric", "《台州市科技创新券管理办法》支持标准里，单张券面额上限最低的服务类别是哪一个？",
        "知识产权服务", row(build_b, "知识产权服务"), trap=(A, "科技咨询"))
    add(B, "traditional", S2TW.convert("台州市的《台州市科技创新券管理办法》要求申领企业上一年营业收入最多不能超过多少？"),
        "1.5亿元", sent(B, "1.5亿元"), trap=(A, "2亿元"))
    add(B, "traditional", S2TW.convert("依据《台州市科技创新券管理办法》，台州企业要在哪个平台上在线申领创新券？"),
        "台州市科技创新云服务平台", sent(B, "云服务平台"), trap=(A, "温州科技创新服务平台"))
    add(B, "english", "In Taizhou's Measures for the Administration of Science and Technology Innovation Vouchers, how "
        "often does the municipal science and technology bureau review redemption applications?",
        "每两个月", sent(B, "每两个月"), trap=(A, "每季度"))
    add(B, "english", "Under the Taizhou innovation voucher measures, how long does a voucher stay valid after it is issued?",
        "6个月", sent(B, "自发放之日起6个月"), trap=(A, "12个月"))
    add(B, "typo", "《台州市科技创新劵管理办法》规定服务机构入库后有效期是几年？",
        "2年", sent(B, "入库有效期为2年"), trap=(A, "3年"), typo=("科技创新劵", "科技创新券"))
    add(B, "typo", "《台州市科技创新券管理办法》支持标准表中，检验检侧类服务的补助比例是多少？",
        "50%", row(build_b, "检验检测"), trap=(A, "40%"), typo=("检验检侧", "检验检测"))
    add(B, "unanswerable", "《台州市科技创新券管理办法》是否允许个体工商户申领创新券，额度是多少？",
        "", "", term="个体工商户")
    add(B, "unanswerable", "《台州市科技创新券管理办法》中规定的人才券面额是多少？",
        "", "", term="人才券")
    add(B, "unanswerable", "按照《台州市科技创新券管理办法》，台州的创新券能否在长三角其他城市通用通兑？",
        "", "", term="长三角")

    # ---------------- C: 温州 修订说明 (.pdf) ----------------
    add(C, "paraphrase", "温州市科技创新券管理办法修订说明提到，征求意见期间一共收到了多少条意见建议？",
        "47条", sent(C, "共收到意见建议47条"))
    add(C, "paraphrase", "据《温州市科技创新券管理办法》修订情况说明，试行以来已向多少家企业发放过创新券？",
        "2860家", sent(C, "2860家"))
    add(C, "paraphrase", "温州市创新券办法修订说明中，修订工作是从哪年哪月启动的？",
        "2025年9月", sent(C, "启动修订工作"))
    add(C, "paraphrase", "根据温州市科技创新券管理办法的修订说明，新办法施行前已发放且还在有效期内的创新券按什么标准兑付？",
        "原办法规定的标准", sent(C, "原办法规定的标准"), trap=(C, "按照新办法执行"))
    add(C, "table", "温州市创新券管理办法修订对照表中，修订前对企业职工总数的上限是多少人？",
        "300人", row(build_c, "原办法第六条"), trap=(C, "500人"))
    add(C, "table", "在温州市科技创新券管理办法修订说明的对照表里，修订后服务机构入库有效期是几年？",
        "3年", row(build_c, "原办法第十条"), trap=(C, "2年"))
    add(C, "table", "温州市科技创新券管理办法修订对照显示，修订前同一企业一年最多能申领多少创新券额度？",
        "30万元", row(build_c, "原办法第七条"), trap=(C, "50万元"))
    add(C, "table", "按照温州市创新券管理办法修订对照表，修订前补助资金要在多少个工作日内拨付？",
        "60个工作日", row(build_c, "原办法第十六条"), trap=(C, "30个工作日"))
    add(C, "list", "温州市科技创新券管理办法修订说明列举了原办法在执行中暴露出哪些问题？",
        "覆盖面不够广、单张券面额偏低、兑付周期偏长、服务机构质量参差不齐", sent(C, "覆盖面不够广"))
    add(C, "numeric", "温州市科技创新券管理办法修订说明中，原有服务类别里哪一类的单张券面额上限提高得最多？",
        "研发设计", sent(C, "提高幅度最大"), trap=(C, "检验检测"))
    add(C, "traditional", S2TW.convert("温州市科技创新券管理办法修订说明中，修订后每年创新券发放总额是多少？"),
        "8000万元", sent(C, "由5000万元增加至8000万元"), trap=(C, "5000万元"))
    add(C, "english", "According to Wenzhou's explanatory note on the revision of its innovation voucher administration "
        "measures, what was the voucher validity period before the revision?",
        "9个月", sent(C, "由9个月延长至12个月"), trap=(C, "12个月"))
    add(C, "english", "In the Wenzhou explanatory note on revising the innovation voucher measures, during what period "
        "was the draft open for public comment?",
        "2025年12月15日至2026年1月14日", sent(C, "2025年12月15日至2026年1月14日"))
    add(C, "typo", "《温州市科技创新券管理办法》修订情况的说名中，征求意见时采纳了多少条意见？",
        "31条", sent(C, "采纳31条"), typo=("修订情况的说名", "修订情况的说明"))
    add(C, "unanswerable", "温州市科技创新券管理办法修订说明里，听证会是哪一天召开的？",
        "", "", term="听证会")
    add(C, "unanswerable", "温州市科技创新券管理办法修订说明中，新办法的合法性审查由哪个部门负责？",
        "", "", term="合法性审查")

    # ---------------- a third city: not in the library ----------------
    add(None, "unanswerable", "《嘉兴市科技创新券管理办法》规定的单张券面额上限是多少？",
        "", "", term="嘉兴市")

    for i, q in enumerate(Q, 1):
        q["id"] = "U14-%02d" % i
        if q["term"]:
            UNANSWERABLE_TERMS[q["id"]] = q["term"]
        if q["typo"]:
            TYPO_PAIRS[q["id"]] = q["typo"]
    return Q


def public(q):
    return {"id": q["id"], "doc": DOCS[q["doc"]]["file"] if q["doc"] else "", "kind": q["kind"],
            "question": q["question"], "answer": q["answer"], "evidence": q["evidence"]}


def build():
    qs = question_list()
    with open(os.path.join(ROOT, "questions.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for q in qs:
            f.write(json.dumps(public(q), ensure_ascii=False) + "\n")
    return qs


if __name__ == "__main__":
    print(len(build()), "questions written")
