# -*- coding: utf-8 -*-
import json, os
import opencc
import build

BASE = build.BASE
cc = opencc.OpenCC('s2twp')
plain = {k: open(os.path.join(build.PLAIN, build.NAMES[k] + ".txt"), encoding="utf-8").read() for k in "ABC"}

Q = []  # (doc, kind, question, answer, evidence)
def q(doc, kind, question, answer, evidence):
    Q.append((doc, kind, question, answer, evidence))

# ---- paraphrased facts (12)
q("A", "paraphrase", "厦门对新认定的市级概念验证中心，一次性建设补助最多能给多少？", "300万元", "对新认定的市级概念验证中心给予最高300万元一次性建设补助")
q("A", "paraphrase", "厦门市科技成果转化基金里，市级财政出了多少钱？", "6亿元", "其中市级财政出资6亿元")
q("A", "paraphrase", "厦门企业用“中试服务券”抵扣中试服务费用，每家企业一年最多能抵扣多少？", "30万元", "按实际费用的50%给予服务券抵扣，每家企业每年最高30万元")
q("A", "paraphrase", "按照厦门的目标，到2027年要累计培养多少名技术经理人？", "1500名", "累计培育技术经理人1500名")
q("B", "paraphrase", "长沙的算力券按企业实际算力费用的多大比例补贴？", "40%", "按实际费用的40%给予补贴，单个主体每年最高200万元")
q("B", "paraphrase", "在长沙注册的大模型第一次通过国家生成式人工智能服务备案，研发主体能拿到多少一次性奖励？", "300万元", "给予研发主体一次性奖励300万元")
q("B", "paraphrase", "长沙计划到2027年把全市智能算力规模提升到多少？", "12000P", "全市智能算力规模达到12000P")
q("B", "paraphrase", "长沙在湘江新区规划的人工智能产业园面积至少多大？", "3平方公里", "面积不少于3平方公里")
q("C", "paraphrase", "2025年至2027年间大连市财政每年给辽宁滨海实验室的经费支持不低于多少？", "1.5亿元", "每年给予不低于1.5亿元的经费支持")
q("C", "paraphrase", "大连“海洋英才”计划每年选拔支持多少名海洋领域青年科技人才？", "50名", "每年遴选支持海洋领域青年科技人才50名")
q("C", "paraphrase", "大连对海洋领域首台（套）重大技术装备的奖励，每台（套）封顶多少？", "800万元", "单台（套）最高800万元")
q("C", "paraphrase", "大连提出到2027年涉海研发经费投入强度要达到多少？", "3.2%", "全市涉海研发经费投入强度达到3.2%")

# ---- table (7)
q("A", "table", "厦门首批市级中试平台中，化合物半导体中试平台的依托单位是哪家？", "厦门大学", "3 | 化合物半导体中试平台 | 厦门大学 | 火炬高新区 | 2026年3月 | 市工信局")
q("A", "table", "厦门柔性电子中试平台的建成时限是什么时候？", "2026年6月", "5 | 柔性电子中试平台 | 厦门理工学院 | 同安区 | 2026年6月 | 市工信局")
q("A", "table", "厦门海洋生物制品中试平台由哪个部门牵头？", "市海洋发展局", "4 | 海洋生物制品中试平台 | 集美大学 | 集美区 | 2026年6月 | 市海洋发展局")
q("B", "table", "长沙医学人工智能研究中心的建设主体是哪所高校？", "中南大学", "4 | 医学人工智能研究中心 | 中南大学 | 医学影像、辅助诊断 | 2026年12月 | 市卫生健康委")
q("B", "table", "长沙人工智能安全可信实验平台要求什么时候完成？", "2027年6月", "6 | 人工智能安全可信实验平台 | 长沙理工大学 | 模型安全、可信计算 | 2027年6月 | 市科技局")
q("C", "table", "大连海洋科技重大专项中，智能航运方向的主要承担单位是谁？", "大连海事大学", "4 | 智能航运 | 船舶智能航行与远程驾驶 | 大连海事大学 | 2026年9月 | 市交通运输局")
q("C", "table", "大连海水淡化与综合利用攻关方向的牵头部门是哪个？", "市水务局", "8 | 海水淡化与综合利用 | 海水淡化膜材料及成套装备 | 中国科学院大连化学物理研究所 | 2027年6月 | 市水务局")

# ---- counted list (3)
q("A", "counted-list", "厦门加快科技成果转移转化实施的“五大行动”分别是什么？", "成果供给提升、概念验证支撑、中试熟化加速、技术市场培育、人才队伍建设", "实施成果供给提升、概念验证支撑、中试熟化加速、技术市场培育、人才队伍建设“五大行动”")
q("B", "counted-list", "长沙人工智能若干措施提出的“三大工程”是哪三个？", "算力筑基工程、模型攻关工程、场景赋能工程", "实施算力筑基工程、模型攻关工程、场景赋能工程“三大工程”")
q("C", "counted-list", "大连海洋科技实施意见“四大工程”中排在第三位的是哪项工程？", "海洋科技成果转化工程", "实施海洋科技平台能级提升工程、海洋关键核心技术攻关工程、海洋科技成果转化工程、海洋科技人才集聚工程“四大工程”")

# ---- notice (3)
q("A", "notice", "厦门市人民政府办公厅印发加快科技成果转移转化若干措施的通知，文号是什么？", "厦府办〔2025〕38号", "厦府办〔2025〕38号")
q("B", "notice", "《长沙市加快人工智能产业创新发展若干措施》从哪天开始施行？", "2025年4月1日", "本措施自2025年4月1日起施行，有效期3年")
q("C", "notice", "大连市人民政府关于加快海洋科技创新推进海洋强市建设的实施意见主送哪些单位？", "各区市县人民政府，各先导区管委会，市政府各委办局、各直属机构", "各区市县人民政府，各先导区管委会，市政府各委办局、各直属机构：")

# ---- Traditional (5) -- converted with OpenCC s2twp below
q("A", "traditional", "厦门对年度促成技术交易额超过1亿元的技术转移机构，按促成交易额的多少比例给予奖励？", "1%", "按促成交易额的1%给予奖励")
q("A", "traditional", "厦门“科技贷”贷款出现不良时，按实际坏账损失的多少给予风险补偿？", "60%", "按实际坏账损失的60%给予风险补偿")
q("B", "traditional", "长沙市人工智能产业投资基金的规模是多少？", "50亿元", "设立规模50亿元的长沙市人工智能产业投资基金")
q("C", "traditional", "大连市海洋产业发展基金的总规模是多少？", "30亿元", "设立总规模30亿元的大连市海洋产业发展基金")
q("C", "traditional", "大连依托国家海洋环境监测中心，2026年底前要向社会开放多少类海洋观测数据集？", "50类", "2026年底前向社会开放海洋观测数据集不少于50类")

# ---- English (5)
q("A", "english", "Under Xiamen's measures on accelerating the transfer of S&T achievements, what minimum share of ownership of job-related research results may be granted to researchers?", "70%", "可赋予科研人员不低于70%的成果所有权")
q("B", "english", "In Changsha's AI measures, what electricity subsidy per kilowatt-hour is given to new intelligent computing centers with a PUE below 1.25?", "0.1元", "按实际用电量给予每千瓦时0.1元的电费补贴")
q("B", "english", "According to Changsha's AI measures, at least how many high-quality datasets should be opened through the Hunan Big Data Exchange by the end of 2026?", "100个", "开放工业、医疗、交通、文旅等领域高质量数据集不少于100个")
q("C", "english", "Which research institute does Dalian support to develop direct hydrogen production from seawater?", "中国科学院大连化学物理研究所", "支持中国科学院大连化学物理研究所开展海水直接制氢")
q("C", "english", "How many marine-related high-tech enterprises does Dalian aim to have by 2027?", "400家", "涉海高新技术企业达到400家")

# ---- typo (5)
q("A", "typo", "厦门要求嘉庚创心实验室、翔安创新实验室每家每年向本市企业转化科技成果不少于多少项？", "20项", "每家实验室每年向本市企业转化科技成果不少于20项")
q("A", "typo", "夏门市科技成果转化基金的总规模是多少？", "20亿元", "设立总规模20亿元的厦门市科技成果转化基金")
q("B", "typo", "长沙市财政每年给湘江食验室的稳定支持不低于多少？", "2亿元", "市财政按照每年不低于2亿元的标准给予稳定支持")
q("B", "typo", "长沙表1中由马兰山视频文创产业园作为建设主体的平台叫什么？", "视频多模态大模型创新中心", "5 | 视频多模态大模型创新中心 | 马栏山视频文创产业园 | 视频生成、内容审核 | 2026年6月 | 马栏山管委会")
q("C", "typo", "大连支持大连海是大学建设什么创新平台？", "智能航运与海上安全创新平台", "支持大连海事大学建设智能航运与海上安全创新平台")

# ---- unanswerable near-misses (10)
q("none", "unanswerable", "厦门市提出到2030年全市技术合同成交额要达到多少？", "", "")
q("none", "unanswerable", "福州市首批市级中试平台计划建成多少个？", "", "")
q("none", "unanswerable", "厦门首批市级中试平台中，量子信息中试平台的依托单位是哪家？", "", "")
q("none", "unanswerable", "长沙市2024年人工智能核心产业规模是多少亿元？", "", "")
q("none", "unanswerable", "除国家超级计算长沙中心外，长沙市另一个国家超级计算中心叫什么名字？", "", "")
q("none", "unanswerable", "株洲市人工智能产业投资基金的规模是多少？", "", "")
q("none", "unanswerable", "大连市到2027年海洋生产总值的绝对规模目标是多少亿元？", "", "")
q("none", "unanswerable", "大连海洋科技实施意见中“五大工程”的第五项是什么？", "", "")
q("none", "unanswerable", "大连计划在长兴岛经济技术开发区建设多少套海洋科技人才公寓？", "", "")
q("none", "unanswerable", "厦门市第二批市级中试平台的建成时限是什么时候？", "", "")

assert len(Q) == 50, len(Q)
out = []
for i, (doc, kind, question, answer, ev) in enumerate(Q, 1):
    if kind == "traditional":
        question = cc.convert(question)
    if doc != "none":
        assert ev in plain[doc], (i, ev)
        assert answer in ev, (i, answer)
        # answer must occur in doc; evidence unique is nice-to-have
    out.append({"id": "k%02d" % i, "doc": doc, "kind": kind, "question": question,
                "answer": answer, "evidence": ev})
with open(os.path.join(BASE, "questions.jsonl"), "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
from collections import Counter
print(Counter(o["kind"] for o in out), Counter(o["doc"] for o in out))
