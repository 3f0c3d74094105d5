"""Writes questions.jsonl: 50 questions, most of them asked in English about the three
Chinese documents. Answers are Chinese spans exactly as in the documents."""
import json

import opencc

import build_a
import build_b
from common import DOC_A, DOC_B, DOC_C, QUESTIONS, row_line, sentence_with

S2TW = opencc.OpenCC("s2tw")

# id -> terms (Chinese and/or Latin) that must occur in no document (furniture included)
UNANSWERABLE_KEYS = {
    "A09": ["租金", "房租", "租赁"],
    "A10": ["复议"],
    "B09": ["独角兽"],
    "B10": ["PCT", "国际专利申请"],
    "B17": ["瞪羚"],
    "C09": ["诺贝尔"],
    "C10": ["俄罗斯"],
    "C16": ["法国"],
}
# id -> the English words of an english_unanswerable question that carry the absent term
UNANSWERABLE_EN = {
    "A09": "rent subsidy",
    "A10": "administrative reconsideration",
    "B09": "unicorn",
    "B10": "PCT international patent applications",
    "C09": "Nobel laureates",
    "C10": "Russian partners",
}
# id -> (wrong form in the question, correct form in the document); one character differs
TYPOS = {
    "A17": ("国际科技合做", "国际科技合作"),
    "C15": ("邵兴", "绍兴"),
}
# per document: city names a question may use, and words that name the document
CITY = {
    DOC_A: {"zh": ["珠海"], "en": ["Zhuhai"]},
    DOC_B: {"zh": ["芜湖", "蕪湖"], "en": ["Wuhu"]},
    DOC_C: {"zh": ["绍兴", "紹興", "邵兴"], "en": ["Shaoxing"]},
}
DOC_WORDS = {
    DOC_A: {"zh": ["办法", "辦法"], "en": ["measures"]},
    DOC_B: {"zh": ["公报", "公報"], "en": ["bulletin"]},
    DOC_C: {"zh": ["大会", "大會"], "en": ["conference"]},
}

A_ROW = {r[0]: row_line(r) for r in build_a.TABLE_ROWS}
B_ROW = {r[0]: row_line(r) for r in build_b.TABLE_ROWS}


def ev(doc, key, also=None):
    return sentence_with(doc, key, also)


def Q(qid, doc, kind, question, answer="", evidence=""):
    return {"id": qid, "doc": doc, "kind": kind, "question": question, "answer": answer, "evidence": evidence}


def questions():
    A, B, C = DOC_A, DOC_B, DOC_C
    qs = [
        # ---------------- A: 珠海市国际科技合作项目管理办法 ----------------
        Q("A01", A, "english",
          "Under the Measures for the Management of International S&T Cooperation Projects of Zhuhai, Guangdong, which department is the lead managing body for these projects?",
          "市科学技术局", ev(A, "牵头管理部门")),
        Q("A02", A, "english",
          "In Zhuhai's international S&T cooperation project measures, which office provides foreign-affairs services and approval guidance for official trips abroad and for foreign experts visiting the city?",
          "市人民政府外事办公室", ev(A, "外事服务")),
        Q("A03", A, "english",
          "What is the per-project funding cap for an international S&T cooperation platform under Zhuhai's project management measures?",
          "500万元", A_ROW["国际科技合作平台"]),
        Q("A04", A, "english",
          "Which project category has the highest single-project funding ceiling in the support table of Zhuhai's international S&T cooperation project measures?",
          "国际科技合作平台", A_ROW["国际科技合作平台"]),
        Q("A05", A, "english",
          "According to Zhuhai's measures for international cooperation projects, what share of an up-front (ex-ante) grant is paid out once the project contract has been signed?",
          "60%", ev(A, "一次性拨付60%")),
        Q("A06", A, "english",
          "Under Zhuhai's international S&T cooperation project measures, which body makes sure the projects fit in with the city's layout of major innovation platforms and its major project plans?",
          "市发展和改革局", ev(A, "重大创新平台布局")),
        Q("A07", A, "english",
          "On what date do the Measures for the Management of International S&T Cooperation Projects of Zhuhai, Guangdong come into force?",
          "2026年7月1日", ev(A, "起施行")),
        Q("A08", A, "english",
          "Which five types of projects are covered by Zhuhai's international S&T cooperation project management measures? Please list them.",
          "联合研发、国际科技合作平台、外国专家引进、国际学术交流、海外创新孵化中心", ev(A, "五类")),
        Q("A09", A, "english_unanswerable",
          "Under Zhuhai's international S&T cooperation project measures, how much rent subsidy can an overseas innovation incubation centre receive for its office premises?"),
        Q("A10", A, "english_unanswerable",
          "According to Zhuhai's international S&T cooperation project measures, within how many days may an applicant request administrative reconsideration after a rejection?"),
        Q("A11", A, "paraphrase",
          "珠海的国际科技合作项目管理办法要求，企业牵头搞联合研发时，自己掏的钱和市里财政给的钱至少是什么比例？",
          "2:1", ev(A, "2:1")),
        Q("A12", A, "paraphrase",
          "按照珠海这份国际合作项目管理办法，项目到期以后要在多长时间内提出验收？",
          "3个月内", ev(A, "期满后3个月内")),
        Q("A13", A, "paraphrase",
          "珠海国际科技合作项目管理办法中，承担单位如果造假或者挪用资金，多少年内不能再申报市级科技项目？",
          "5年内", ev(A, "弄虚作假")),
        Q("A14", A, "table",
          "珠海市国际科技合作项目管理办法的支持方式表里，外国专家引进类项目单个最多能拿到多少钱？",
          "80万元", A_ROW["外国专家引进项目"]),
        Q("A15", A, "table",
          "根据珠海市国际科技合作项目管理办法的表格，国际学术交流活动最长可以实施多久？",
          "不超过1年", A_ROW["国际学术交流活动"]),
        Q("A16", A, "traditional",
          S2TW.convert("珠海市国际科技合作项目管理办法规定，市科学技术局一般在每年哪个季度发布申报指南？"),
          "第二季度", ev(A, "第二季度")),
        Q("A17", A, "typo",
          "珠海市国际科技合做项目管理办法规定，评审时至少要请几名专家？",
          "5名", ev(A, "5名专家")),
        # ---------------- B: 芜湖市2025年科技创新发展统计公报 ----------------
        Q("B01", B, "english",
          "According to the 2025 Statistical Bulletin on S&T Innovation of Wuhu, Anhui, how much did the city spend on R&D in total?",
          "198.6亿元", ev(B, "经费支出198.6亿元")),
        Q("B02", B, "english",
          "How many high-tech enterprises did Wuhu have at the end of 2025, according to the city's S&T innovation statistical bulletin?",
          "2168家", ev(B, "高新技术企业2168家")),
        Q("B03", B, "english",
          "What was the total value of technology contracts registered in Wuhu in 2025, per its statistical bulletin on S&T innovation?",
          "386.5亿元", ev(B, "成交额386.5亿元")),
        Q("B04", B, "english",
          "Which district of Wuhu had the largest number of high-tech enterprises in 2025, according to the statistical bulletin?",
          "鸠江区", ev(B, "均居全市首位")),
        Q("B05", B, "english",
          "How much did Wuhu hand out in innovation vouchers in 2025, according to its S&T innovation statistical bulletin?",
          "1.2亿元", ev(B, "创新券")),
        Q("B06", B, "english",
          "How many projects under the municipal key R&D program did Wuhu carry out in 2025, per the statistical bulletin?",
          "126项", ev(B, "创新券")),
        Q("B07", B, "english",
          "In the district table of Wuhu's 2025 S&T innovation bulletin, how many invention patents were granted in Wanzhi District?",
          "536", B_ROW["湾沚区"]),
        Q("B08", B, "english",
          "Which countries does Wuhu's 2025 statistical bulletin name as partners in the city's international S&T cooperation projects?",
          "德国、意大利、日本", ev(B, "德国、意大利、日本")),
        Q("B09", B, "english_unanswerable",
          "How many unicorn companies did Wuhu, Anhui have in 2025 according to its statistical bulletin on S&T innovation?"),
        Q("B10", B, "english_unanswerable",
          "How many PCT international patent applications were filed from Wuhu in 2025, per the city's S&T innovation statistical bulletin?"),
        Q("B11", B, "paraphrase",
          "芜湖市2025年科技创新发展统计公报中，企业投入的研发经费在全社会研发经费里占多大比重？",
          "86.8%", ev(B, "86.8%")),
        Q("B12", B, "paraphrase",
          "芜湖2025年科技创新统计公报里，技术开发类合同一共成交了多少钱？",
          "198.2亿元", ev(B, "198.2亿元")),
        Q("B13", B, "paraphrase",
          "芜湖市2025年统计公报显示，哪个县区的发明专利授权量增长得最快？",
          "弋江区", ev(B, "增速居各县区首位")),
        Q("B14", B, "table",
          "芜湖市2025年科技创新发展统计公报的分县区表中，繁昌区技术合同成交额是多少亿元？",
          "29.5", B_ROW["繁昌区"]),
        Q("B15", B, "table",
          "芜湖2025年科技创新统计公报县区表里，南陵县有多少家高企？",
          "142", B_ROW["南陵县"]),
        Q("B16", B, "traditional",
          S2TW.convert("芜湖市2025年科技创新发展统计公报中，每万人口拥有的高价值发明专利是多少件？"),
          "38.6件", ev(B, "38.6件")),
        Q("B17", B, "unanswerable",
          "芜湖市2025年科技创新发展统计公报中，全市瞪羚企业有多少家？"),
        # ---------------- C: 2026绍兴国际科技合作大会 news release ----------------
        Q("C01", C, "english",
          "On what date did the 2026 Shaoxing International S&T Cooperation Conference open, according to the news release on the website of the Shaoxing, Zhejiang government?",
          "9月17日", ev(C, "在绍兴国际会展中心开幕")),
        Q("C02", C, "english",
          "How many international S&T cooperation projects were signed at the 2026 Shaoxing conference?",
          "32个", ev(C, "集中签约国际科技合作项目32个")),
        Q("C03", C, "english",
          "What was the total investment of the projects signed at Shaoxing's 2026 international S&T cooperation conference?",
          "86.4亿元", ev(C, "集中签约国际科技合作项目32个")),
        Q("C04", C, "english",
          "Which two bodies jointly hosted the 2026 Shaoxing International S&T Cooperation Conference?",
          "绍兴市人民政府、浙江省科学技术厅", ev(C, "联合主办，绍兴市科学技术局")),
        Q("C05", C, "english",
          "Who is the director of the Shaoxing Science and Technology Bureau quoted in the release on the 2026 international S&T cooperation conference?",
          "孙晓东", ev(C, "局长孙晓东")),
        Q("C06", C, "english",
          "Which signed project had the largest total investment at the 2026 Shaoxing conference, according to the release?",
          "中德智能制造联合创新中心", ev(C, "总投资最大")),
        Q("C07", C, "english",
          "How large is the international S&T cooperation industry fund that Shaoxing announced in the three-year action plan released at the conference?",
          "10亿元", ev(C, "产业基金")),
        Q("C08", C, "english",
          "Which partner country accounted for the most projects signed at the 2026 Shaoxing international S&T cooperation conference?",
          "德国", ev(C, "与德国合作的项目最多")),
        Q("C09", C, "english_unanswerable",
          "How many Nobel laureates attended the 2026 Shaoxing International S&T Cooperation Conference, according to the news release?"),
        Q("C10", C, "english_unanswerable",
          "How many agreements were signed with Russian partners at Shaoxing's 2026 international S&T cooperation conference?"),
        Q("C11", C, "paraphrase",
          "绍兴这次国际科技合作大会签下的项目当中，属于平台共建的有几个？",
          "8个", ev(C, "平台共建类项目8个")),
        Q("C12", C, "paraphrase",
          "绍兴国际科技合作大会的新闻稿提到，下一届大会安排在哪个区举办？",
          "上虞区", ev(C, "下一届大会")),
        Q("C13", C, "traditional",
          S2TW.convert("绍兴国际科技合作大会期间一共发布了多少项国际技术需求？"),
          "156项", ev(C, "156项")),
        Q("C14", C, "traditional",
          S2TW.convert("根据绍兴国际科技合作大会的报道，市财政每年拿出多少国际科技合作专项资金？"),
          "1.5亿元", ev(C, "1.5亿元")),
        Q("C15", C, "typo",
          "邵兴2026国际科技合作大会开幕式上，一共有几家国际科技合作平台揭牌？",
          "6家", ev(C, "集中揭牌")),
        Q("C16", C, "unanswerable",
          "绍兴国际科技合作大会签约项目里，同法国机构合作的有几个？"),
    ]
    return qs


def build():
    with open(QUESTIONS, "w", encoding="utf-8", newline="\n") as f:
        for q in questions():
            f.write(json.dumps(q, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    build()
