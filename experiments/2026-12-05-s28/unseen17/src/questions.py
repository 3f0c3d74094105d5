"""Write questions.jsonl (50 questions) for unseen17.

Each entry gives the question in Simplified Chinese (traditional ones are converted with
opencc s2tw when written), the answer exactly as in the document, and a fragment that picks
out the evidence sentence / table row from the document's plain text (common.find_sentence).
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import FILES, PLAINS, ROOT, find_sentence  # noqa: E402

# wrong form in the question -> correct form in the document (one character differs)
TYPOS = {
    "A19": ("孵化气", "孵化器"),
    "A20": ("彭城英材", "彭城英才"),
    "B10": ("技术经理入", "技术经理人"),
    "C10": ("转化比列", "转化比例"),
}

# key term of each unanswerable question; it occurs in no document
UNANSWERABLE_TERMS = {
    "A23": "2035年",
    "A24": "贾汪",
    "A25": "天使投资",
    "B11": "2027年",
    "B12": "科技副总",
    "C11": "外资研发中心",
    "C12": "低空经济",
    "C13": "量子",
}

# (id, kind, question (Simplified; s2tw applied for traditional), answer, evidence fragment)
Q = [
    # ---------------- A: 《徐州市“十五五”科技创新规划》 (.docx, long)
    ("A01", "paraphrase", "徐州市“十五五”科技创新规划回顾发展基础时说，2025年全市研发经费投入强度实际达到了多少？",
     "2.62%", "研发经费投入强度达到2.62%"),
    ("A02", "paraphrase", "徐州市“十五五”科技创新规划的保障措施部分，要求市级财政科技支出每年保持怎样的增长幅度？",
     "10%以上", "市级财政科技支出年均增长10%以上"),
    ("A03", "paraphrase", "按照徐州市“十五五”科技创新规划的重大工程安排，淮海科创走廊全长大约有多少公里？",
     "85公里", "总长约85公里"),
    ("A04", "paraphrase", "徐州市“十五五”科技创新规划提出，职务成果转化所得净收益中奖给科研负责人及骨干的份额最低是多少？",
     "70%", "比例不低于70%"),
    ("A05", "paraphrase", "徐州市“十五五”科技创新规划的关键核心技术攻关工程里，五年间市级财政合计至少要投入多少资金？",
     "15亿元", "累计投入不少于15亿元"),
    ("A06", "paraphrase", "徐州市“十五五”科技创新规划在分析短板时指出，2025年高校院所成果留在徐州本地转化的比例只有多少？",
     "31%", "仅为31%"),
    ("A07", "table", "徐州市“十五五”科技创新规划主要指标表中，技术合同成交额在2030年的目标值（亿元）是多少？",
     "600", "技术合同成交额（亿元）"),
    ("A08", "table", "在徐州市“十五五”科技创新规划的主要指标表里，基础研究经费占研发经费的比重2025年是多少？",
     "4.1", "基础研究经费占研发经费比重（%）"),
    ("A09", "table", "徐州市“十五五”科技创新规划的指标表中，高新技术企业数量2030年的目标是多少家？",
     "5000", "高新技术企业数（家）"),
    ("A10", "table", "徐州市“十五五”科技创新规划主要指标表列出的全社会R&D经费投入强度，2030年目标值是多少？",
     "3.20", "全社会研究与试验发展经费投入强度（%）"),
    ("A11", "table", "徐州市“十五五”科技创新规划主要指标表中，规上工业企业设有研发机构的比例这一指标的属性是哪一种？",
     "约束性", "规模以上工业企业研发机构建有率（%）"),
    ("A12", "table", "徐州市“十五五”科技创新规划的指标表里，新型研发机构的数量到2030年要达到多少家？",
     "60", "新型研发机构数（家）"),
    ("A13", "table", "徐州市“十五五”科技创新规划主要指标表把公民具备科学素质的比例归入哪一类别？",
     "创新环境", "公民具备科学素质的比例（%）"),
    ("A14", "table", "徐州市“十五五”科技创新规划指标表中，规上工业企业研发经费与营业收入之比2030年的目标值是多少？",
     "2.30", "规模以上工业企业研发经费占营业收入比重（%）"),
    ("A15", "list", "徐州市“十五五”科技创新规划确定作为主攻方向的五大产业集群分别是哪几个？",
     "工程机械、新能源、集成电路与信息技术、生物医药与大健康、安全应急", "五大产业集群为主攻方向"),
    ("A16", "list", "徐州市“十五五”科技创新规划提出要联合哪些周边城市共同建设淮海经济区的科技资源共享平台？",
     "连云港、宿迁、枣庄、济宁、商丘、宿州、淮北", "淮海经济区科技资源共享平台"),
    ("A17", "numeric", "徐州市“十五五”科技创新规划回顾2025年各产业集群的规模时，哪一个产业的规模最大？",
     "工程机械", "工程机械产业规模达到1850亿元"),
    ("A18", "numeric", "徐州市“十五五”科技创新规划的各项主要指标里，哪一项2030年目标比2025年增长幅度最大？",
     "技术合同成交额", "增幅最大"),
    ("A19", "typo", "徐州市“十五五”科技创新规划的淮海科创走廊工程提出，到2030年要建成几家国家级科技企业孵化气？",
     "12家", "走廊内集聚高新技术企业2500家以上"),
    ("A20", "typo", "徐州市“十五五”科技创新规划重大工程中，“彭城英材”计划升级版五年内要引进培育几个顶尖人才团队？",
     "30个", "计划升级版"),
    ("A21", "traditional", "徐州市“十五五”科技创新规划里，负责统筹全市科技创新大事的那个委员会由谁来担任主任？",
     "市长", "成立由市长任主任的徐州市科技创新委员会"),
    ("A22", "english", "Under Xuzhou's 15th Five-Year Science and Technology Innovation Plan, what is the maximum "
                       "construction support for a newly recognised municipal new-type R&D institution?",
     "500万元", "最高500万元的建设支持"),
    ("A23", "unanswerable", "徐州市“十五五”科技创新规划对2035年全社会研发投入强度提出了什么远景目标？", "", ""),
    ("A24", "unanswerable", "徐州市“十五五”科技创新规划为贾汪区确定了什么样的创新功能定位？", "", ""),
    ("A25", "unanswerable", "徐州市“十五五”科技创新规划提出设立的天使投资引导基金规模是多少？", "", ""),

    # ---------------- B: 徐州市科学技术局2026年工作要点 (.txt GB18030)
    ("B01", "paraphrase", "徐州市科技局2026年工作要点中，今年全社会研发投入强度的预期目标是多少？",
     "2.75%", "投入强度达到2.75%"),
    ("B02", "paraphrase", "按徐州市科技局2026年工作要点，2026年全市技术合同成交额预计要达到多少？",
     "380亿元", "技术合同成交额达到380亿元"),
    ("B03", "paraphrase", "徐州市科技局2026年工作要点提出，今年科技信贷风险补偿资金池要扩大到多大规模？",
     "3亿元", "风险补偿资金池规模扩大到3亿元"),
    ("B04", "paraphrase", "根据徐州市科技局2026年工作要点，职务科技成果赋权改革的试点单位今年将扩大到几家？",
     "8家", "试点单位由4家增加到8家"),
    ("B05", "list", "徐州市科技局2026年工作要点里，考核各县区科技创新工作时继续重点看哪三项指标？",
     "研发投入、高企培育、成果转化", "三项指标作为"),
    ("B06", "numeric", "徐州市科技局2026年工作要点披露，上一年度全市科创考核里哪个区总分排在第一？",
     "铜山区", "综合得分最高"),
    ("B07", "traditional", "徐州市科技局2026年工作要点设定的年度目标里，全市高新技术企业总数要达到多少家？",
     "3600家", "高新技术企业数达到3600家"),
    ("B08", "traditional", "根据徐州市科技局2026年工作要点，今年高企培育库要新纳入多少家企业？",
     "600家", "培育入库企业600家"),
    ("B09", "english", "In the Xuzhou Science and Technology Bureau's 2026 work priorities, how many major "
                       "key-technology research projects will be organised this year?",
     "20项", "重大科技攻关项目20项"),
    ("B10", "typo", "徐州市科技局2026年工作要点提出，全年要培育多少名技术经理入？",
     "160名", "培育技术经理人160名"),
    ("B11", "unanswerable", "徐州市科技局2026年工作要点对2027年高新技术企业数提出了什么目标？", "", ""),
    ("B12", "unanswerable", "徐州市科技局2026年工作要点计划向企业选派多少名科技副总？", "", ""),

    # ---------------- C: 关于《徐州市“十五五”科技创新规划》的政策解读 (.pdf)
    ("C01", "paraphrase", "关于徐州“十五五”科技创新规划的政策解读称，编制过程中一共征求了多少家单位的意见？",
     "120余家", "120余家单位的意见"),
    ("C02", "paraphrase", "徐州“十五五”科技创新规划的政策解读介绍，顶尖人才团队最多能拿到多少项目资助？",
     "5000万元", "最高可获得5000万元项目资助"),
    ("C03", "paraphrase", "徐州“十五五”科技创新规划政策解读提到，“十四五”以来徐州在江苏各设区市创新监测排名中前进了几位？",
     "3位", "前移了3位"),
    ("C04", "paraphrase", "徐州“十五五”科技创新规划的政策解读是由市科技局的哪个处室负责的？",
     "发展规划处", "解读单位："),
    ("C05", "list", "关于徐州“十五五”科技创新规划的政策解读中，列为约束性的三项指标分别是什么？",
     "财政科技支出占一般公共预算支出比重、规模以上工业企业研发机构建有率、公民具备科学素质的比例",
     "其中约束性指标3项"),
    ("C06", "numeric", "徐州“十五五”科技创新规划的政策解读认为，五大产业集群里哪一个预计增速最快？",
     "集成电路与信息技术产业", "预计增长最快"),
    ("C07", "traditional", "关于徐州“十五五”科技创新规划的政策解读中，规划的中期评估安排在哪一年？",
     "2028年", "2028年开展中期评估"),
    ("C08", "english", "According to the policy interpretation of Xuzhou's 15th Five-Year Science and Technology "
                       "Innovation Plan, what is the maximum support for a single major research project?",
     "1000万元", "单个项目最高支持1000万元"),
    ("C09", "english", "In the policy interpretation of Xuzhou's 15th Five-Year Science and Technology Innovation "
                       "Plan, what combined scale should the five major industrial clusters exceed by 2030?",
     "7500亿元", "规模合计突破7500亿元"),
    ("C10", "typo", "关于徐州“十五五”科技创新规划的政策解读里，驻徐高校和科研院所的成果本地转化比列到2030年要提高到多少？",
     "45%", "提高到2030年的45%"),
    ("C11", "unanswerable", "徐州“十五五”科技创新规划政策解读中，对外资研发中心给予怎样的奖励？", "", ""),
    ("C12", "unanswerable", "关于徐州“十五五”科技创新规划的政策解读提到的低空经济产业规模目标是多少？", "", ""),
    ("C13", "unanswerable", "徐州“十五五”科技创新规划政策解读里，量子信息产业被列为哪一类未来产业方向？", "", ""),
]


def build():
    import opencc
    s2tw = opencc.OpenCC("s2tw")
    plains = {k: p.read_text(encoding="utf-8").splitlines() for k, p in PLAINS.items()}
    out = []
    for qid, kind, question, answer, fragment in Q:
        letter = qid[0]
        evidence = find_sentence(plains[letter], fragment) if fragment else ""
        if kind == "traditional":
            question = s2tw.convert(question)
        out.append({"id": qid, "doc": FILES[letter].name, "kind": kind, "question": question,
                    "answer": answer, "evidence": evidence})
    (ROOT / "questions.jsonl").write_text(
        "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in out), encoding="utf-8")
    return len(out)


if __name__ == "__main__":
    print("wrote questions.jsonl:", build(), "questions")
