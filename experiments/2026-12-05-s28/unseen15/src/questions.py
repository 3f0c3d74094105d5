"""Writes questions.jsonl (50 questions).

Sentence evidence is looked up in plain/ by a unique anchor (so it is always the
document's own sentence); table-row evidence and table answers come from the
builders' data (build_b.cell / row_of, build_c.material_row / basic_row)."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, A_NAME, B_NAME, C_NAME, read_plain, sentences  # noqa: E402
import build_b  # noqa: E402
import build_c  # noqa: E402

import opencc

S2TW = opencc.OpenCC("s2tw")

# key terms of the unanswerable questions: each must occur in the question and in no document
UNANSWERABLE_TERMS = {
    "A15": ["集成电路"],
    "A16": ["软科学"],
    "A17": ["科技保险"],
    "B15": ["2024"],
    "B16": ["贴息"],
    "B17": ["政府采购"],
    "C15": ["加急"],
    "C16": ["跨省"],
}

# typo questions: (form in the document, wrong form used in the question) - one character differs
TYPOS = {
    "A14": ("高端装备", "高端妆备"),
    "B14": ("执行率", "执行律"),
    "C13": ("技术合同认定", "技术和同认定"),
    "C14": ("认定登记", "认订登记"),
}


# table questions: the cell the answer must come from (check.py reads it back from the reopened file)
TABLE_KEYS = {
    "B04": ("科技人才与创新团队", "2025年", "执行数"),
    "B05": ("高新技术企业培育奖补", "2026年", "增减%"),
    "B06": ("科技创新平台建设", "2026年", "预算数"),
    "B07": ("基础研究与自然科学基金", "2025年", "预算数"),
    "B08": ("合计", "2025年", "执行数"),
    "C04": ("技术合同文本", "份数"),
    "C05": ("承诺办结时限", "内容"),
    "C06": ("营业执照或法人登记证书", "材料形式"),
    "C14": ("法定办结时限", "内容"),
}


def sent(doc, anchor):
    hits = [s for s in sentences(read_plain(doc)) if anchor in s]
    if len(hits) != 1:
        raise SystemExit(f"anchor {anchor!r} in {doc}: {len(hits)} sentences")
    return hits[0].strip()


def tw(s):
    return S2TW.convert(s)


def questions():
    A, B, C = A_NAME, B_NAME, C_NAME
    q = []

    def add(id_, doc, kind, question, answer, evidence):
        q.append(dict(id=id_, doc=doc, kind=kind, question=question, answer=answer, evidence=evidence))

    # ---------------- A: 烟台 申报指南 (PDF) ----------------
    add("A01", A, "paraphrase",
        "烟台市2026年度科技计划项目申报指南中，高端装备与智能制造专题的项目在立项时先拨付财政资金的多大比例？",
        "60%", sent(A, "立项后拨付财政资金的60%"))
    add("A02", A, "paraphrase",
        "按照烟台市2026年度科技计划项目申报指南，新材料专题的后补助按项目实际研发投入的百分之几核算？",
        "20%", sent(A, "按实际研发投入的20%"))
    add("A03", A, "paraphrase",
        "烟台市2026年度科技计划项目申报指南里，现代农业与种业专题的项目要实施多长时间？",
        "4年", sent(A, "项目实施周期为4年"))
    add("A04", A, "paraphrase",
        "烟台市2026年度科技计划项目申报指南对人工智能与数字经济专题的项目负责人设定的年龄上限是多少？",
        "45周岁", sent(A, "不超过45周岁"))
    add("A05", A, "paraphrase",
        "烟台市2026年度科技计划项目申报指南中，海洋生物与医药专题要求每个项目在执行期内新增的销售收入至少达到多少？",
        "1500万元", sent(A, "不低于1500万元"))
    add("A06", A, "paraphrase",
        "烟台市2026年度科技计划项目申报指南的新能源与储能专题，每个项目最多能拿到多少财政支持？",
        "250万元", sent(A, "单个项目最高支持250万元"))
    add("A07", A, "list",
        "烟台市2026年度科技计划项目申报指南的海洋生物与医药专题，研究内容涵盖哪几个方向？",
        "海洋创新药物、海洋生物制品、海洋功能食品", sent(A, "围绕海洋创新药物"))
    add("A08", A, "list",
        "烟台市2026年度科技计划项目申报指南里，新能源与储能专题的研究内容分为哪四个方向？",
        "海上风电、核能综合利用、氢能、新型储能", sent(A, "围绕海上风电"))
    add("A09", A, "numeric",
        "在烟台市2026年度科技计划项目申报指南设置的6个专题中，哪一个分到的财政资金最多？",
        "新能源与储能专题", sent(A, "安排资金最多"))
    add("A10", A, "traditional",
        tw("烟台市2026年度科技计划项目申报指南的高端装备与智能制造专题，对牵头企业上一年的营业收入有什么门槛？"),
        "5000万元", sent(A, "上年度营业收入不低于5000万元"))
    add("A11", A, "traditional",
        tw("按烟台市2026年度科技计划项目申报指南，新材料专题的牵头单位须具备什么资质？"),
        "国家高新技术企业", sent(A, "有效期内的国家高新技术企业"))
    add("A12", A, "english",
        "According to Yantai's 2026 science and technology plan project application guidelines, how long is the "
        "implementation period for projects under the artificial intelligence and digital economy topic?",
        "18个月", sent(A, "项目实施周期为18个月"))
    add("A13", A, "english",
        "In Yantai's 2026 science and technology plan project application guidelines, which phone number should "
        "applicants for the modern agriculture and seed industry topic call with questions?",
        "0535-6788236", sent(A, "0535-6788236"))
    add("A14", A, "typo",
        "烟台市2026年度科技计划项目申报指南中，高端妆备与智能制造专题要求企业自筹资金与财政资金的比例至少是多少？",
        "2:1", sent(A, "不低于2:1；项目负责人年龄不超过60"))
    add("A15", A, "unanswerable",
        "烟台市2026年度科技计划项目申报指南中，集成电路专题单个项目最高支持多少万元？", "", "")
    add("A16", A, "unanswerable",
        "烟台市2026年度科技计划项目申报指南里，软科学研究项目的申报截止时间是哪天？", "", "")
    add("A17", A, "unanswerable",
        "烟台市2026年度科技计划项目申报指南对企业购买科技保险给予多少补贴？", "", "")

    # ---------------- B: 宜昌 部门预算 (DOCX, two-level header table) ----------------
    add("B01", B, "paraphrase",
        "宜昌市科学技术局2026年部门预算中，一般公共预算安排的拨款收入是多少？",
        "17980万元", sent(B, "一般公共预算拨款收入17980万元"))
    add("B02", B, "paraphrase",
        "宜昌市科学技术局2026年部门预算里，公务接待费安排了多少钱？",
        "14.6万元", sent(B, "公务接待费14.6万元"))
    add("B03", B, "paraphrase",
        "根据宜昌市科学技术局2026年部门预算，该局的事业编制有多少人？",
        "28人", sent(B, "事业编制28人"))
    add("B04", B, "table",
        "宜昌市科学技术局2026年部门预算的专项资金表里，科技人才与创新团队类在2025年实际执行了多少万元？",
        build_b.cell("科技人才与创新团队", "2025年", "执行数"), build_b.row_of("科技人才与创新团队"))
    add("B05", B, "table",
        "宜昌市科学技术局2026年部门预算显示，高新技术企业培育奖补类2026年预算比上年增减了百分之多少？",
        build_b.cell("高新技术企业培育奖补", "2026年", "增减%"), build_b.row_of("高新技术企业培育奖补"))
    add("B06", B, "table",
        "宜昌市科学技术局2026年部门预算中，科技创新平台建设类在2026年的预算数是多少万元？",
        build_b.cell("科技创新平台建设", "2026年", "预算数"), build_b.row_of("科技创新平台建设"))
    add("B07", B, "table",
        "宜昌市科学技术局2026年部门预算的表1里，基础研究与自然科学基金在2025年的预算数是多少？",
        build_b.cell("基础研究与自然科学基金", "2025年", "预算数"), build_b.row_of("基础研究与自然科学基金"))
    add("B08", B, "table",
        "宜昌市科学技术局2026年部门预算的分类别安排表中，所有类别合计的2025年执行数是多少？",
        build_b.cell("合计", "2025年", "执行数"), build_b.row_of("合计"))
    add("B09", B, "numeric",
        "宜昌市科学技术局2026年部门预算中，哪个专项资金类别在2026年的预算数最大？",
        "重点研发计划", build_b.row_of("重点研发计划"))
    add("B10", B, "numeric",
        "宜昌市科学技术局2026年部门预算里，2026年比上年增长幅度最大的专项资金类别是哪一个？",
        "科技成果转化与技术转移", sent(B, "增幅最大"))
    add("B11", B, "traditional",
        tw("宜昌市科学技术局2026年部门预算中，用于人员工资福利和机关日常运转的基本支出是多少？"),
        "2210万元", sent(B, "基本支出2210万元"))
    add("B12", B, "english",
        "In the Yichang Science and Technology Bureau's 2026 departmental budget, how much is budgeted for the "
        "'three public expenses' (official overseas travel, official vehicles and official receptions)?",
        "38.6万元", sent(B, "经费预算38.6万元"))
    add("B13", B, "english",
        "How many science and technology commissioners does the Yichang Science and Technology Bureau plan to "
        "send out in 2026, according to its 2026 departmental budget?",
        "300名", sent(B, "选派科技特派员300名"))
    add("B14", B, "typo",
        "宜昌市科学技术局2026年部门预算提到，2025年科技专项资金的预算执行律是多少？",
        "98.2%", sent(B, "预算执行率98.2%"))
    add("B15", B, "unanswerable",
        "宜昌市科学技术局2026年部门预算中，重点研发计划2024年的执行数是多少？", "", "")
    add("B16", B, "unanswerable",
        "宜昌市科学技术局2026年部门预算给科技金融贴息安排了多少资金？", "", "")
    add("B17", B, "unanswerable",
        "宜昌市科学技术局2026年部门预算中的政府采购预算总额是多少？", "", "")

    # ---------------- C: 襄阳 办事指南 (HTML) ----------------
    add("C01", C, "paraphrase",
        "襄阳市技术合同认定登记办事指南的办理流程中，核定技术性收入是在第几步完成的？",
        "第四步", sent(C, "并核定技术交易额中的技术性收入"))
    add("C02", C, "paraphrase",
        "襄阳市技术合同认定登记办事指南列出的业务咨询电话是多少？",
        "0710-3612587", sent(C, "咨询电话：0710"))
    add("C03", C, "paraphrase",
        "按襄阳市技术合同认定登记办事指南，窗口收到申请后要在多长时间内核对完材料？",
        "1个工作日", sent(C, "在1个工作日内核对材料"))
    ev, row = build_c.material_row("技术合同文本")
    add("C04", C, "table",
        "襄阳市技术合同认定登记办事指南的申请材料清单中，技术合同文本要交几份？", row[3], ev)
    ev, row = build_c.basic_row("承诺办结时限")
    add("C05", C, "table",
        "襄阳市技术合同认定登记办事指南的基本信息表里，承诺办结时限有多长？", row[1], ev)
    ev, row = build_c.material_row("营业执照或法人登记证书")
    add("C06", C, "table",
        "在襄阳市技术合同认定登记办事指南中，营业执照或法人登记证书应以什么形式提交？", row[2], ev)
    add("C07", C, "list",
        "根据襄阳市技术合同认定登记办事指南，可以申请认定登记的合同有哪几种类型？",
        "技术开发、技术转让、技术许可、技术咨询、技术服务", sent(C, "合同属于以下类型之一"))
    add("C08", C, "list",
        "襄阳市技术合同认定登记办事指南的常见问题中，登记后的技术合同可享受哪三项政策？",
        "技术转让所得减免企业所得税、技术开发和技术转让免征增值税、技术交易后补助", sent(C, "三项政策"))
    add("C09", C, "numeric",
        "襄阳市技术合同认定登记办事指南提到，2025年全市登记的技术合同中哪一类数量最多？",
        "技术开发合同", sent(C, "数量最多"))
    add("C10", C, "traditional",
        tw("襄阳市技术合同认定登记办事指南公布的监督投诉电话是哪个号码？"),
        "0710-3615120", sent(C, "0710-3615120"))
    add("C11", C, "english",
        "Where is the service window located, according to Xiangyang's service guide for technology contract "
        "recognition and registration?",
        "襄阳市政务服务中心二楼B区科技综合窗口", sent(C, "办理地点："))
    add("C12", C, "english",
        "Per Xiangyang's service guide for technology contract registration, within how many months after a "
        "contract is concluded must the application be filed?",
        "12个月", sent(C, "12个月内提出申请"))
    add("C13", C, "typo",
        "襄阳市技术和同认定登记办事指南规定的下午办公时间是几点到几点？",
        "13:30—17:30", sent(C, "下午13:30"))
    ev, row = build_c.basic_row("法定办结时限")
    add("C14", C, "typo",
        "襄阳市技术合同认订登记办事指南中，法定办结时限是多少天（工作日）？", row[1], ev)
    add("C15", C, "unanswerable",
        "襄阳市技术合同认定登记办事指南中，申请加急办理需要额外交多少费用？", "", "")
    add("C16", C, "unanswerable",
        "襄阳市技术合同认定登记办事指南是否支持跨省通办？", "", "")
    return q


def build():
    qs = questions()
    out = ROOT / "questions.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for x in qs:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    print(build())
