"""Write questions.jsonl: 50 questions {id, doc, kind, question, answer, evidence}.

Also holds the key terms of the unanswerable questions (UNANSWERABLE_TERMS) and the typo
pairs (TYPOS: wrong term in the question -> term as written in the document), which
check.py uses.
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_a  # noqa: E402
import build_c  # noqa: E402
from common import A_FILE, B_FILE, C_FILE, ROOT  # noqa: E402

import opencc

S2T = opencc.OpenCC("s2tw")  # Taiwan-style Traditional (為, not 爲)

DOC = {"A": A_FILE.name, "B": B_FILE.name, "C": C_FILE.name}

# question id -> (wrong term in question, term as written in the document)
TYPOS = {
    "A14": ("绩效评介", "绩效评价"),
    "B14": ("兰洲市", "兰州市"),
    "B15": ("科技创新卷", "科技创新券"),
    "C13": ("项目负责任", "项目负责人"),
}
# question id -> key term that appears in none of the documents (furniture included)
UNANSWERABLE_TERMS = {
    "A15": "浑南区",
    "A16": "租金补贴",
    "A17": "众创空间",
    "B16": "兰州新区",
    "B17": "揭榜挂帅",
    "C14": "自筹经费",
    "C15": "实施周期",
    "C16": "武鸣区",
}


def a_row(second_level):
    row = next(r for r in build_a.TABLE if r[1] == second_level)
    return " | ".join(row)


def c_row_by(pred):
    for i, p in enumerate(build_c.PROJECTS, 1):
        if pred(i, p):
            return i, p, " | ".join([str(i), p[0], p[1], p[2], str(p[3])])
    raise KeyError


def c_row(name_part):
    return c_row_by(lambda i, p: name_part in p[0])


def build_questions():
    q = []

    def add(qid, kind, question, answer="", evidence=""):
        q.append({"id": qid, "doc": DOC[qid[0]], "kind": kind, "question": question,
                  "answer": answer, "evidence": evidence})

    # ---------------- A: 沈阳市科技企业孵化器绩效评价管理办法 (.docx, auto numbering) ----------------
    add("A01", "paraphrase",
        "沈阳市科技企业孵化器绩效评价办法规定，区、县（市）科技部门收到孵化器材料后，要在多长时间内把初审做完？",
        "10个工作日",
        "各区、县（市）科技主管部门应当在收到材料后10个工作日内完成初审，重点核查数据真实性和场地使用情况，并将初审意见报送市科技局。")
    add("A02", "paraphrase",
        "按照沈阳市孵化器绩效评价管理办法，市科技局到现场核查的孵化器至少要占参评总数的多大比例？",
        "30%",
        "现场核查比例不低于参评孵化器总数的30%，对首次参评和上年度评价结果为不合格的孵化器实行全覆盖核查。")
    add("A03", "paraphrase",
        "《沈阳市科技企业孵化器绩效评价管理办法》里，讲评价结果如何应用的是第几章？",
        "第四章",
        "第四章 结果运用")
    add("A04", "paraphrase",
        "沈阳市孵化器绩效评价办法中，连续两年不合格而被撤销市级资格的孵化器，多久以内不能再申请认定？",
        "三年",
        "评价结果为不合格的，由市科技局约谈孵化器运营主体负责人，限期6个月整改；连续两年评价结果为不合格的，撤销其市级孵化器资格，三年内不得重新申请认定。")
    add("A05", "table",
        "沈阳市孵化器绩效评价的指标表中，“创业导师”这一项占多少分？",
        "10", a_row("创业导师"))
    add("A06", "table",
        "沈阳市孵化器绩效评价指标里，衡量在孵企业融资情况的那项二级指标分值是多少？",
        "12", a_row("投融资服务"))
    add("A07", "table",
        "沈阳市科技企业孵化器绩效评价指标及分值表中，“社会责任”归在哪个一级指标下面？",
        "示范带动", a_row("社会责任"))
    add("A08", "list",
        "沈阳市孵化器绩效评价办法把得分结果划成哪几个等次？",
        "优秀、良好、合格、不合格",
        "评价结果按照得分分为四个等次：90分及以上为优秀，80分至89分为良好，60分至79分为合格，60分以下为不合格。")
    add("A09", "list",
        "沈阳市科技企业孵化器绩效评价主要从哪些方面来考察孵化器？",
        "基础条件、孵化服务能力、孵化成效、示范带动作用",
        "绩效评价坚持客观公正、分类评价、注重实效的原则，重点考察孵化器的基础条件、孵化服务能力、孵化成效和示范带动作用。")
    add("A10", "numeric",
        "沈阳市孵化器绩效评价指标体系里，哪一项二级指标的分值最高？",
        "在孵企业成长", a_row("在孵企业成长"))
    add("A11", "traditional",
        S2T.convert("沈阳市科技企业孵化器绩效评价管理办法由哪个部门负责解释？"),
        "沈阳市科学技术局",
        "本办法由沈阳市科学技术局负责解释。")
    add("A12", "english",
        "Under Shenyang's performance evaluation measures for science and technology business incubators, "
        "how large is the operating reward for a national-level incubator rated excellent?",
        "50万元",
        "对评价结果为优秀的孵化器给予运营奖励，其中国家级孵化器奖励50万元，省级孵化器奖励30万元，市级孵化器奖励20万元；评价结果为良好的，按照上述标准的50%给予奖励。")
    add("A13", "english",
        "From what date do Shenyang's incubator performance evaluation measures take effect?",
        "2026年3月1日",
        "本办法自2026年3月1日起施行，有效期至2031年2月28日。")
    add("A14", "typo",
        "沈阳市孵化器绩效评介管理办法规定，孵化器培育的毕业企业每有1家被认定为高新技术企业，孵化器可另获多少奖励？",
        "5万元",
        "孵化器在评价年度内培育的毕业企业被认定为高新技术企业的，每认定1家另行给予孵化器5万元奖励，每家孵化器每年最高不超过40万元。")
    add("A15", "unanswerable",
        "沈阳市科技企业孵化器绩效评价管理办法对浑南区的孵化器有什么额外的配套奖励？")
    add("A16", "unanswerable",
        "沈阳市孵化器绩效评价办法中，在孵企业可以享受多少租金补贴？")
    add("A17", "unanswerable",
        "沈阳市孵化器绩效评价管理办法里，众创空间评价为优秀能拿到多少奖励？")

    # ---------------- B: 兰州市科技创新三年行动方案新闻发布会实录 (GB18030 .txt) ----------------
    b_2025 = ("全社会研发经费投入强度达到2.18%，较上年提高0.11个百分点；高新技术企业达到1426家，同比增长14.3%；"
              "入库科技型中小企业2318家，同比增长18.5%；技术合同成交额318.6亿元，同比增长27.6%，是各项指标中增长最快的一项。")
    add("B01", "paraphrase",
        "兰州市科技创新能力提升三年行动方案发布会上通报，2025年兰州全市技术合同成交了多少金额？",
        "318.6亿元", b_2025)
    add("B02", "paraphrase",
        "兰州市三年行动方案新闻发布会上，财政部门表示市本级每年至少拿出多少科技专项资金？",
        "6亿元",
        "2026—2028年，市本级财政每年安排科技专项资金不低于6亿元，三年累计不少于18亿元，并建立与财力增长相适应的科技投入稳定增长机制。")
    add("B03", "paraphrase",
        "据兰州市科技创新三年行动方案发布会介绍，兰州市科技创新母基金中市级财政出多少钱？",
        "5亿元",
        "设立总规模20亿元的兰州市科技创新母基金，其中市级财政出资5亿元，重点投向新材料、生物医药、先进装备制造等领域的早中期科技型企业。")
    add("B04", "paraphrase",
        "兰州市科技创新三年行动方案新闻发布会上介绍，这一方案由哪个部门牵头组织落实？",
        "市科技局",
        "《行动方案》由市科技局牵头组织实施。")
    add("B05", "paraphrase",
        "兰州市三年行动方案发布会提到，新认定的中试基地最多能拿到多少补助？",
        "500万元",
        "对新认定的概念验证中心，按照建设投入的30%给予最高300万元补助；对新认定的中试基地，给予最高500万元补助。")
    add("B06", "paraphrase",
        "兰州市科技创新三年行动方案新闻发布会上，代表市财政局出席的副局长叫什么名字？",
        "包永刚",
        "兰州市财政局党组成员、副局长 包永刚")
    add("B07", "list",
        "兰州市科技创新能力提升三年行动方案发布会上介绍的五大工程分别是什么？",
        "创新平台提能工程、企业主体培育工程、成果转化加速工程、科技人才集聚工程、创新生态优化工程",
        "围绕上述目标，《行动方案》部署实施五大工程：一是创新平台提能工程，力争新建省级以上重点实验室和技术创新中心30家；"
        "二是企业主体培育工程，构建科技型中小企业—高新技术企业—科技领军企业梯次培育体系；三是成果转化加速工程，推动在兰高校和科研院所的成果就地转化；"
        "四是科技人才集聚工程，引进和培养一批高层次科技人才；五是创新生态优化工程，完善科技金融和知识产权服务体系。")
    add("B08", "numeric",
        "兰州市三年行动方案发布会通报的2025年各项科技指标里，哪一项增速最快？",
        "技术合同成交额", b_2025)
    add("B09", "numeric",
        "兰州市科技创新三年行动方案发布会介绍，全市哪个县区的高新技术企业最多？",
        "城关区",
        "分县区看，城关区高新技术企业数量最多，达到512家，占全市的35.9%。")
    add("B10", "traditional",
        S2T.convert("兰州市科技创新三年行动方案发布会上说，首次被认定为高新技术企业的能拿到多少奖励？"),
        "30万元",
        "对首次认定的高新技术企业给予30万元奖励，对重新认定的给予10万元奖励；对从外地整体迁入我市且仍在有效期内的高新技术企业，给予20万元奖励。")
    add("B11", "traditional",
        S2T.convert("兰州市科技创新三年行动方案发布会介绍，新引进的全职博士每个月有多少生活补贴？"),
        "3000元",
        "对引进的顶尖人才团队，经评审给予最高1000万元综合资助；对新引进的全职博士，连续3年每月发放3000元生活补贴；对新引进的全职硕士研究生，连续3年每月发放1500元生活补贴。")
    add("B12", "english",
        "At the Lanzhou press conference on the three-year action plan for improving science and technology "
        "innovation capacity, what R&D investment intensity is targeted for 2028?",
        "2.6%",
        "《行动方案》明确，到2028年，全社会研发经费投入强度达到2.6%，高新技术企业突破2000家，入库科技型中小企业达到3500家，技术合同成交额达到500亿元。")
    add("B13", "english",
        "According to the Lanzhou press conference on the science and technology innovation action plan, "
        "what is the most a single company can claim in innovation vouchers per year?",
        "50万元",
        "科技创新券可用于购买检验检测、研发设计、技术咨询等服务，每家企业每年最高可申领50万元，从2026年起服务机构范围由本市扩大到全国。")
    add("B14", "typo",
        "兰洲市科技创新三年行动方案发布会上，单个技术转移机构每年最多能拿到多少奖励？",
        "100万元",
        "同时，对技术转移机构促成的技术交易，按照技术合同成交额的1%给予奖励，单个机构每年最高100万元。")
    add("B15", "typo",
        "兰州市科技创新三年行动方案发布会上说，首批科技创新卷惠及了多少家企业？",
        "486家",
        "目前，首批科技创新券已发放2100万元，惠及企业486家。")
    add("B16", "unanswerable",
        "兰州市科技创新三年行动方案发布会上，兰州新区能获得多少专项资金支持？")
    add("B17", "unanswerable",
        "兰州市科技创新三年行动方案发布会提到的揭榜挂帅项目，单个项目最高支持多少？")

    # ---------------- C: 南宁市2026年度重点研发计划拟立项项目公示 (.pdf) ----------------
    n, total, top = build_c.N_PROJECTS, build_c.TOTAL, build_c.MAX_FUND
    c_first = (f"经形式审查、专家会议评审、现场考察和局党组会议审议，拟对“{build_c.PROJECTS[0][0]}”等{n}个项目给予立项支持，"
               f"拟支持经费合计{total}万元。")
    add("C01", "paraphrase",
        "南宁市2026年度重点研发计划拟立项项目公示，公示期到哪一天截止？",
        "2026年5月15日",
        "2026年5月11日至2026年5月15日，共5个工作日。")
    add("C02", "paraphrase",
        "南宁市科技局重点研发计划立项公示中，对项目有异议应拨打哪个联系电话？",
        "0771-5538261",
        "联系电话：0771-5538261")
    _, p, ev = c_row("罗汉果甜苷")
    add("C03", "table", "南宁市2026年度重点研发计划拟立项名单中，罗汉果甜苷生物合成那个项目由哪家单位承担？", p[1], ev)
    _, p, ev = c_row("线控底盘")
    add("C04", "table", "南宁市重点研发计划拟立项名单里，新能源商用车线控底盘项目的负责人是谁？", p[2], ev)
    _, p, ev = c_row("地中海贫血")
    add("C05", "table", "南宁市2026年度重点研发计划公示名单中，地中海贫血基因筛查试剂盒项目拟获支持经费多少万元？", str(p[3]), ev)
    _, p, ev = c_row("水牛乳")
    add("C06", "table", "南宁市重点研发计划2026年拟立项公示里，水牛乳加工技术项目的承担单位是哪家？", p[1], ev)
    _, p, ev = c_row_by(lambda i, p: i == 24)
    add("C07", "table", "南宁市2026年度重点研发计划拟立项名单中，序号为24的项目由谁负责？", p[2], ev)
    add("C08", "list",
        "南宁市2026年度重点研发计划拟立项的项目分布在哪几个领域？",
        "人工智能与数字经济、生物医药与大健康、新材料、新能源、现代农业",
        f"拟立项项目涵盖人工智能与数字经济、生物医药与大健康、新材料、新能源、现代农业五个领域，其中单个项目最高支持{top}万元。")
    _, p, ev = c_row_by(lambda i, p: p[3] == top)
    add("C09", "numeric", "南宁市2026年度重点研发计划公示名单里，拟支持经费最多的项目由哪家单位承担？", p[1], ev)
    add("C10", "traditional",
        S2T.convert("南宁市2026年度重点研发计划这次一共拟立项多少个项目？"),
        f"{n}个", c_first)
    add("C11", "english",
        "In Nanning's public notice of proposed 2026 key R&D programme projects, what is the total proposed funding?",
        f"{total}万元", c_first)
    add("C12", "english",
        "Who is the contact person for objections in Nanning's 2026 key R&D programme project approval notice?",
        "韦海燕",
        "联系人：南宁市科学技术局科技计划与资金管理科 韦海燕")
    _, p, ev = c_row("香蕉枯萎病")
    add("C13", "typo", "南宁市2026年度重点研发计划公示名单中，香蕉枯萎病绿色防控项目的项目负责任是谁？", p[2], ev)
    add("C14", "unanswerable",
        "南宁市2026年度重点研发计划拟立项项目中，高性能铝合金结构件项目的自筹经费是多少？")
    add("C15", "unanswerable",
        "南宁市重点研发计划2026年拟立项公示中，项目的实施周期是几年？")
    add("C16", "unanswerable",
        "南宁市2026年度重点研发计划拟立项名单里，来自武鸣区的项目有几个？")
    return q


def main():
    qs = build_questions()
    out = ROOT / "questions.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for item in qs:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"wrote {out.name} ({len(qs)} questions)")


if __name__ == "__main__":
    main()
