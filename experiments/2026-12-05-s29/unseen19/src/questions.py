"""Writes questions.jsonl. Evidence sentences are looked up in the plain text (a hint picks the sentence);
table evidence is built from the builders' table data. Also holds the absent key terms of the unanswerable
questions and the typo pairs, which check.py re-checks."""
import json

import build_a
import build_b
from common import DOC_A, DOC_B, DOC_C, QUESTIONS, read_plain, sentences

# id: (doc, kind, question, answer, evidence hint | ("row", first cell) | None)
Q = [
    # ---- A: Traditional-script county regulation -------------------------------------------------
    ("A01", DOC_A, "traditional", "桐林縣這項補助辦法規定，紙本申請資料需要準備幾份？", "一式六份", "一式六份"),
    ("A02", DOC_A, "traditional", "依桐林縣的補助辦法，獲得核定的單位接到通知後，最晚要在多少天內簽約？",
     "接獲通知之次日起三十日內", "完成簽約"),
    ("A03", DOC_A, "traditional", "桐林縣補助辦法中的綜合審查，審查會由多少位委員組成？", "九人至十三人", "組成審查會"),
    ("A04", DOC_A, "traditional", "桐林縣補助辦法規定，研發成果授權給縣外廠商時，授權收入要提撥多少比例回饋縣內的基金？",
     "百分之十", "技術授權收入"),
    ("A05", DOC_A, "simplified", "桐林县这份补助办法由哪个单位具体承办业务？", "經濟發展處", "業務承辦單位"),
    ("A06", DOC_A, "simplified", "桐林县补助办法里，115年度一共编了多少经费？", "新臺幣三千六百萬元", "編列新臺幣"),
    ("A07", DOC_A, "simplified", "按桐林县补助办法，多大年纪的人算是青年？", "年滿十八歲至四十五歲", "青年：指"),
    ("A08", DOC_A, "simplified", "桐林县补助办法说核定结果预计最晚哪天公布？", "2026年6月29日", "公告核定結果"),
    ("A09", DOC_A, "simplified", "桐林县补助办法的受理期限截至民国哪一天？", "一百一十五年四月三十日", "受理申請期間"),
    ("A10", DOC_A, "simplified", "桐林县补助办法规定计划延期最长能延多久？", "三個月", "展延期間"),
    ("A11", DOC_A, "list", "桐林縣補助辦法要求申請時附上哪五種文件？",
     "計畫申請書、經費預算表、產學合作意向書、公司登記或商業登記證明文件影本、最近一期營業稅繳款書影本", "應檢附"),
    ("A12", DOC_A, "table", "桐林縣補助辦法附表裡，哪一個補助類別的每案上限金額最高？", "智慧科技示範型",
     ("row", "智慧科技示範型")),
    ("A13", DOC_A, "table", "桐林縣補助辦法附表中，地方創生實證型的補助比率是多少？", "70%", ("row", "地方創生實證型")),
    ("A14", DOC_A, "numeric", "桐林縣補助辦法綜合審查評分時，「地方效益」這一項占多少權重？", "百分之二十五", "評分項目及權重"),
    ("A15", DOC_A, "typo", "銅林縣補助辦法規定，計畫期滿後多久內要交期末報告？", "二個月內", "應提送期末報告"),
    ("A16", DOC_A, "english", "Under Tonglin County's subsidy regulations for industry-academia cooperation and regional "
     "revitalization, what total score must a proposal reach in the comprehensive review to be put on the recommended list?",
     "七十分以上", "補助建議名單"),
    ("A17", DOC_A, "unanswerable", "桐林縣補助辦法對企業銀行貸款的利息補貼比率是多少？", "", None),
    ("A18", DOC_A, "unanswerable", "桐林縣補助辦法是否補助參加海外展覽的攤位費？", "", None),
    # ---- B: Simplified PDF 实施细则 ----------------------------------------------------------------
    ("B01", DOC_B, "traditional", "澄州市研發投入細則中，國家級研發機構的獎勵要在認定文件印發後多久內申報？", "12个月内",
     "国家级研发机构"),
    ("B02", DOC_B, "traditional", "澄州市這份實施細則從哪一天開始施行？", "2026年5月1日", "起施行"),
    ("B03", DOC_B, "traditional", "依澄州市細則，單一企業一年內依本細則拿到的市級財政資金最多是多少？", "1000万元",
     "关联企业"),
    ("B04", DOC_B, "paraphrase", "澄州市这份细则中，补助资金拿来奖励研发人员的部分最多可占多大比例？", "30%", "研发人员激励"),
    ("B05", DOC_B, "paraphrase", "澄州市细则规定，骗取财政资金的单位几年内不能再申报市里的科技计划项目？", "5年内", "弄虚作假"),
    ("B06", DOC_B, "paraphrase", "按澄州市细则，同一台首台（套）产品可以拿几次奖励？", "只奖励一次", "同一产品"),
    ("B07", DOC_B, "paraphrase", "澄州市细则规定区（县）科技主管部门收到申报材料后多少个工作日内要完成初审？", "15个工作日内",
     "完成初审"),
    ("B08", DOC_B, "list", "澄州市细则核定企业研发费用时，要在哪三种数据来源中取最低值？",
     "企业所得税年度纳税申报表、研发费用辅助账、研发统计报表", "最低值"),
    ("B09", DOC_B, "list", "列出澄州市细则允许补助资金使用的五类支出。",
     "研发人员薪酬、研发设备购置、试验检测、技术引进、知识产权运营", "补助资金可用于"),
    ("B10", DOC_B, "table", "澄州市细则表1里，哪个区域的市级财政承担比例最低？", "北湖区", ("row", "北湖区")),
    ("B11", DOC_B, "table", "澄州市细则分担表中，临溪区的配套资金要在多久内拨付到位？", "45个工作日", ("row", "临溪区")),
    ("B12", DOC_B, "table", "澄州市细则的分担比例表里，东坪县由区（县）财政承担多少？", "30%", ("row", "东坪县")),
    ("B13", DOC_B, "numeric", "澄州市细则中，被认定为省内首台（套）的装备最多奖励多少钱？", "300万元", "省内首台"),
    ("B14", DOC_B, "numeric", "澄州市细则中，入库科技型中小企业的研发费用后补助按多少比例计算？", "5%", "入库科技型中小企业"),
    ("B15", DOC_B, "typo", "承州市实施细则规定，市内首台（套）装备的奖励上限是多少？", "100万元", "市内首台"),
    ("B16", DOC_B, "english", "Under Chengzhou's implementing rules on corporate R&D investment, for how many working days "
     "is the list of proposed recipients publicly posted?", "7个工作日", "门户网站公示"),
    ("B17", DOC_B, "unanswerable", "澄州市细则对企业研发贷款给予多少贴息？", "", None),
    ("B18", DOC_B, "unanswerable", "澄州市细则给引进的院士团队多少安家补贴？", "", None),
    # ---- C: Simplified GB18030 通知 ----------------------------------------------------------------
    ("C01", DOC_C, "traditional", "濱源市這份申報通知中，業務方面的聯絡人是誰？", "周立新", "联系人："),
    ("C02", DOC_C, "traditional", "濱源市申報通知裡，系統技術支援的聯絡電話是多少？", "0539-6627380", "0539-6627380"),
    ("C03", DOC_C, "traditional", "濱源市通知規定，紙本材料最晚要在哪一天之前送到市科學技術局？", "2026年5月15日",
     "统一报送至"),
    ("C04", DOC_C, "paraphrase", "滨源市这份通知是什么时候印发的？", "2026年3月18日", "2026年3月18日"),
    ("C05", DOC_C, "paraphrase", "滨源市通知对项目负责人的年龄上限是多少？", "55周岁", "周岁"),
    ("C06", DOC_C, "paraphrase", "依照滨源市通知，每个重点项目能获得多少资助？", "40万元", "每项资助"),
    ("C07", DOC_C, "paraphrase", "滨源市通知的网上填报最后截止到什么时候？", "2026年4月30日17:00", "网上申报时间"),
    ("C08", DOC_C, "list", "列出滨源市这份通知重点支持的五个领域。", "电子信息、生物医药、新材料、高端装备制造、节能环保",
     "五个领域"),
    ("C09", DOC_C, "list", "滨源市通知中专家评审从哪四个方面对项目打分？", "技术先进性、市场前景、团队能力、经费预算合理性",
     "四个方面"),
    ("C10", DOC_C, "numeric", "滨源市通知要求科技人员占职工总数的比例至少是多少？", "10%", "科技人员"),
    ("C11", DOC_C, "typo", "滨源市的申抱通知中，区县要在哪天前完成网上推荐？", "2026年5月12日", "网上推荐"),
    ("C12", DOC_C, "english", "According to Binyuan's notice on technology-based SME innovation projects, how many copies "
     "of the bound paper materials must be submitted?", "一式三份", "装订成册"),
    ("C13", DOC_C, "unanswerable", "滨源市通知中，项目配套贷款由哪家银行提供？", "", None),
    ("C14", DOC_C, "unanswerable", "滨源市通知中的现场答辩安排在哪一天？", "", None),
]

# Key terms of the unanswerable questions: absent (in either script) from every document.
UNANSWERABLE_TERMS = {
    "A17": ["貸款", "利息"],
    "A18": ["展覽", "攤位"],
    "B17": ["贴息", "贷款"],
    "B18": ["院士", "安家"],
    "C13": ["银行", "贷款"],
    "C14": ["答辩"],
}

# Typos: (wrong form in the question, right form in the document); one IME homophone character.
TYPOS = {
    "A15": ("銅林縣", "桐林縣"),  # tóng
    "B15": ("承州", "澄州"),  # chéng
    "C11": ("申抱", "申报"),  # bào
}

# Names that show which city and which document a question is about.
CITY = {DOC_A: ["桐林縣", "桐林县", "Tonglin"], DOC_B: ["澄州", "Chengzhou"], DOC_C: ["滨源", "濱源", "Binyuan"]}
DOC_WORD = {DOC_A: ["辦法", "办法", "regulations"], DOC_B: ["细则", "細則", "rules"], DOC_C: ["通知", "notice"]}

TABLES = {DOC_A: build_a.TABLE, DOC_B: build_b.TABLE}


def find_evidence(doc, answer, hint):
    if hint is None:
        return ""
    if isinstance(hint, tuple):
        rows = [r for r in TABLES[doc] if r[0] == hint[1]]
        assert len(rows) == 1, hint
        return " | ".join(rows[0])
    items = answer.split("、")
    hits = [s for s in sentences(read_plain(doc)) if hint in s and all(i in s for i in items)]
    assert len(hits) == 1, (doc, hint, hits)
    return hits[0]


def build():
    with open(QUESTIONS, "w", encoding="utf-8") as f:
        for qid, doc, kind, question, answer, hint in Q:
            rec = {"id": "u19-" + qid, "doc": doc, "kind": kind, "question": question, "answer": answer,
                   "evidence": find_evidence(doc, answer, hint)}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    build()
