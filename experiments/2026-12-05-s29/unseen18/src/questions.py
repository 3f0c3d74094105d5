"""Write questions.jsonl (50 questions) for unseen18.

Evidence is looked up, never typed: a sentence of the plain text (split on 。) that contains the answer
(and the optional key), or a table row built from the builder's data in ` | ` form.
"""
import json
import os

import opencc

import build_a
import build_b
from common import DOC_A, DOC_B, DOC_C, ROOT, read_plain, row_line, sentences

S2TW = opencc.OpenCC("s2tw")

# Absent key terms of the unanswerable questions: id -> (Chinese terms that occur in no document,
# English wording that must appear in an English question; None for Chinese questions).
UNANSWERABLE_TERMS = {
    "a-u1": (["加速器"], "accelerator"),
    "a-u2": (["大学科技园"], "university science park"),
    "b-u1": (["小巨人", "专精特新"], "little giant"),
    "b-u2": (["风险投资", "创业投资", "风投", "创投"], "venture capital"),
    "c-u1": (["日本"], "Japanese"),
    "c-u2": (["直播"], "livestream"),
    "b-un1": (["科技特派员"], None),
    "c-un1": (["香港"], None),
}

# Typo questions: id -> (wrong form in the question, right form in the document)
TYPOS = {"c-ty1": ("湘阳", "襄阳")}

# Which city / document words the questions must name.
CITY = {DOC_A: ("Yueyang", "岳阳"), DOC_B: ("Mianyang", "绵阳"), DOC_C: ("Xiangyang", "襄阳")}
DOC_WORDS_EN = {DOC_A: ["measures"], DOC_B: ["report"], DOC_C: ["competition", "ceremony", "news release"]}
DOC_WORDS_ZH = {DOC_A: ["办法"], DOC_B: ["报告", "年报"], DOC_C: ["大赛"]}


def row_of(table, first, n=None):
    rows = [r for r in table[1:] if r[0] == first]
    if n is not None:
        rows = [r for r in rows if n in r]
    assert len(rows) == 1, (first, n, rows)
    return row_line(rows[0])


def sent(doc, answer, key=None):
    """The unique sentence of doc's plain text holding the answer (all list items) and the key."""
    items = answer.split("、") if answer not in "".join(read_plain(doc)) else [answer]
    hits = [s for s in sentences(read_plain(doc))
            if all(i in s for i in items) and (key is None or key in s)]
    assert len(hits) == 1, (doc, answer, key, hits)
    return hits[0]


A, B, C = DOC_A, DOC_B, DOC_C
TA, TB = build_a.TABLE, build_b.TABLE

# (id, doc, kind, question, answer, evidence-spec); evidence-spec: ("s", key) sentence, ("r", table, first, n) row,
# None for unanswerable.
Q = [
    # ---------------- A: Yueyang incubator / maker space measures (.docx) ----------------
    ("a-e1", A, "english",
     "Under the Yueyang, Hunan measures on the recognition and performance evaluation of incubators and maker spaces, "
     "which bodies are responsible for interpreting the measures?",
     "市科学技术局、市财政局", ("s", "负责解释")),
    ("a-e2", A, "english",
     "On what date do the Yueyang incubator and maker space measures enter into force?",
     "2026年3月1日", ("s", None)),
    ("a-e3", A, "english",
     "When were the Yueyang measures on incubator recognition actually issued, as distinct from the date they take effect?",
     "2026年1月20日", ("s", None)),
    ("a-e4", A, "english",
     "What is the minimum incubation floor space a technology business incubator needs to be recognised at municipal "
     "level under the Yueyang measures?",
     "3000平方米", ("s", None)),
    ("a-e5", A, "english",
     "Under the Yueyang (Hunan) measures, what minimum headcount of full-time service staff must a maker space have "
     "to qualify for municipal recognition?",
     "3人", ("s", "专职服务人员")),
    ("a-e6", A, "english",
     "In the table of support standards in the Yueyang measures, what is the funding ceiling on the operating subsidy "
     "for a maker space rated excellent in the annual performance evaluation?",
     "15万元", ("r", TA, "年度绩效评价优秀", "众创空间")),
    ("a-e7", A, "english",
     "According to the support table in the Yueyang incubator measures, which kind of support item carries the "
     "highest cap per item?",
     "新获批国家级孵化器", ("r", TA, "新获批国家级孵化器", None)),
    ("a-e8", A, "english",
     "Which four aspects does the annual performance evaluation of incubators and maker spaces focus on under the "
     "Yueyang measures?",
     "服务能力、孵化成效、创新能力、可持续发展", ("s", None)),
    ("a-e9", A, "english",
     "How large an award does an incubator receive under the Yueyang measures for each incubated firm that is "
     "recognised as a high-tech enterprise for the first time?",
     "2万元", ("s", None)),
    ("a-u1", A, "english_unanswerable",
     "Under the Yueyang measures, what minimum floor area must a technology business accelerator provide?",
     "", None),
    ("a-u2", A, "english_unanswerable",
     "What one-off grant do the Yueyang, Hunan measures provide to a newly approved university science park?",
     "", None),
    ("a-p1", A, "paraphrase",
     "岳阳这部办法中，孵化成效在绩效评价里所占的比重最低是多少？",
     "40%", ("s", None)),
    ("a-p2", A, "paraphrase",
     "依据岳阳的孵化载体办法，评价结果连续几年不合格就会被撤销市级资格？",
     "2年", ("s", "取消")),
    ("a-p3", A, "paraphrase",
     "岳阳办法要求申请市级众创空间的，至少要签下多少位创业导师？",
     "4名", ("s", None)),
    ("a-t1", A, "table",
     "岳阳办法表1中，新获批国家备案的众创空间单项最多能支持多少钱？",
     "50万元", ("r", TA, "新获批国家备案众创空间", None)),
    ("a-t2", A, "table",
     "按岳阳办法的支持标准表，年度评价良好的孵化器运营补助上限为多少？",
     "20万元", ("r", TA, "年度绩效评价良好", None)),
    ("a-tr1", A, "traditional",
     S2TW.convert("岳阳的孵化器办法里，拟认定名单需要公示几个工作日？"),
     "5个工作日", ("s", None)),

    # ---------------- B: Mianyang 2025 technology transfer annual report (.pdf) ----------------
    ("b-e1", B, "english",
     "What was the total turnover of technology contracts registered in Mianyang, Sichuan in 2025, according to the "
     "annual report on the commercialization of scientific and technological achievements?",
     "312.6亿元", ("s", "登记技术合同")),
    ("b-e2", B, "english",
     "According to the Mianyang 2025 report, what was the value of technology contracts absorbed by Mianyang, that is, "
     "where local entities were the buyers?",
     "306.2亿元", ("s", None)),
    ("b-e3", B, "english",
     "By what percentage did Mianyang's technology contract turnover grow year on year in 2025, per the annual report?",
     "16.8%", ("s", None)),
    ("b-e4", B, "english",
     "Which district or county led Mianyang in technology contract turnover in 2025, according to the report?",
     "涪城区", ("s", "首位")),
    ("b-e5", B, "english",
     "In the table of technology contract registrations by district in the Mianyang report, how many contracts were "
     "registered in Jiangyou?",
     "418", ("r", TB, "江油市", None)),
    ("b-e6", B, "english",
     "How many provincial-level technology transfer demonstration institutions does Mianyang have, per its 2025 report?",
     "17家", ("s", None)),
    ("b-e7", B, "english",
     "How many technology brokers were newly registered in Mianyang during 2025, according to the report?",
     "316人", ("s", None)),
    ("b-e8", B, "english",
     "According to the Mianyang report, what share of the city's technology contract turnover came from enterprises "
     "acting as sellers in 2025?",
     "86.9%", ("s", None)),
    ("b-e9", B, "english",
     "How much did the Mianyang Municipal Bureau of Science and Technology allocate in 2025 through its guidance fund "
     "for turning research results into products, per the annual report?",
     "2.35亿元", ("s", None)),
    ("b-u1", B, "english_unanswerable",
     "How many \"little giant\" firms specializing in niche sectors did Mianyang have in 2025, according to the report?",
     "", None),
    ("b-u2", B, "english_unanswerable",
     "How much venture capital was invested in Mianyang start-ups in 2025, per the technology transfer report?",
     "", None),
    ("b-p1", B, "paraphrase",
     "绵阳这份年度报告显示，高校与科研机构作为卖方输出的合同金额有多少？",
     "38.4亿元", ("s", None)),
    ("b-p2", B, "paraphrase",
     "据绵阳2025年报告，技术流向四川以外地区的成交额所占比例是多少？",
     "53.8%", ("s", None)),
    ("b-p3", B, "paraphrase",
     "绵阳报告提出，明年全市技术合同成交额要力争超过多少？",
     "350亿元", ("s", None)),
    ("b-t1", B, "table",
     "绵阳报告表1里，科技城新区一共登记了多少项技术合同？",
     "589", ("r", TB, "科技城新区", None)),
    ("b-t2", B, "table",
     "绵阳年度报告的县市区表格中，梓潼县成交额的同比增速是多少？",
     "11.3", ("r", TB, "梓潼县", None)),
    ("b-tr1", B, "traditional",
     S2TW.convert("绵阳的年度报告中，目前已经建成了几个概念验证中心？"),
     "6个", ("s", "概念验证中心")),
    ("b-un1", B, "unanswerable",
     "绵阳年度报告里，全市共选派了多少名科技特派员？",
     "", None),

    # ---------------- C: Xiangyang competition final and signing ceremony (.html) ----------------
    ("c-e1", C, "english",
     "Who spoke on behalf of the Hubei Provincial Department of Science and Technology at the Xiangyang innovation and "
     "entrepreneurship competition final?",
     "杜文澜", ("s", "副厅长")),
    ("c-e2", C, "english",
     "What posts does Han Liqun hold, according to the Xiangyang news release on the competition final and signing "
     "ceremony?",
     "市委副书记、市长", ("s", None)),
    ("c-e3", C, "english",
     "How many projects registered for the fifth Xiangyang Innovation and Entrepreneurship Competition in total?",
     "1126个", ("s", None)),
    ("c-e4", C, "english",
     "How many technology transfer projects were signed at the Xiangyang signing ceremony?",
     "23个", ("s", None)),
    ("c-e5", C, "english",
     "What was the total investment of the projects signed at the ceremony in Xiangyang, Hubei?",
     "58.6亿元", ("s", None)),
    ("c-e6", C, "english",
     "Which track of the Xiangyang competition attracted the largest number of entries?",
     "新能源汽车", ("s", "最多")),
    ("c-e7", C, "english",
     "Which universities signed strategic cooperation agreements with the Xiangyang Municipal Bureau of Science and "
     "Technology at the ceremony?",
     "武汉理工大学、湖北文理学院、湖北工业大学", ("s", None)),
    ("c-e8", C, "english",
     "What cash award does each first-prize project receive under the rules of the Xiangyang competition?",
     "50万元", ("s", None)),
    ("c-u1", C, "english_unanswerable",
     "Which Japanese company signed a cooperation agreement at the Xiangyang competition final?",
     "", None),
    ("c-u2", C, "english_unanswerable",
     "How many people watched the livestream of the Xiangyang competition final and signing ceremony?",
     "", None),
    ("c-p1", C, "paraphrase",
     "襄阳大赛签约环节中，投资规模最高的那个项目叫什么名字？",
     "新一代固态动力电池中试及产业化项目", ("s", None)),
    ("c-p2", C, "paraphrase",
     "襄阳第五届创新创业大赛中，闯进决赛的团队组项目有多少个？",
     "24个", ("s", None)),
    ("c-tr1", C, "traditional",
     S2TW.convert("襄阳这次大赛的总决赛暨签约仪式是由哪位副市长主持的？"),
     "罗晓岚", ("s", None)),
    ("c-ty1", C, "typo",
     "湘阳第五届创新创业大赛一共评出了几个二等奖？",
     "6个", ("s", "二等奖6个")),
    ("c-un1", C, "unanswerable",
     "襄阳这届创新创业大赛的香港赛区有多少个项目报名？",
     "", None),
]


def evidence(doc, answer, spec):
    if spec is None:
        return ""
    if spec[0] == "r":
        _, table, first, n = spec
        return row_of(table, first, n)
    return sent(doc, answer, spec[1])


def build():
    out = os.path.join(ROOT, "questions.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for qid, doc, kind, question, answer, spec in Q:
            rec = {"id": qid, "doc": doc, "kind": kind, "question": question, "answer": answer,
                   "evidence": evidence(doc, answer, spec)}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    print("wrote", build(), len(Q))
