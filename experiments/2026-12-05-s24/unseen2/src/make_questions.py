import json
from opencc import OpenCC

OUT = "/tmp/s24/newdocs2"
plain = {d: open(f"{OUT}/plain/{d}.txt", encoding="utf-8").read() for d in "ABC"}
s2t = OpenCC("s2twp")


def row(doc, key):
    """The full plain-text line of the table row containing key."""
    lines = [l for l in plain[doc].split("\n") if key in l and ("\t" in l or l.startswith("|"))]
    assert len(lines) == 1, (doc, key, lines)
    return lines[0]


def span(doc, start, end):
    t = plain[doc]
    i = t.index(start)
    j = t.index(end, i) + len(end)
    return t[i:j]


Q = []


def q(doc, kind, question, answer, evidence, parts=None):
    Q.append(dict(doc=doc, kind=kind, question=question, answer=answer, evidence=evidence, _parts=parts))


# ---- 14 plain facts, paraphrased ----
q("A", "fact", "杭州计划到2026年让孵化器里正在培育的企业总共有多少家？", "15000家", "在孵企业数量达到15000家")
q("A", "fact", "为支持孵化器发展，杭州市级财政每年要拿出多少钱？", "不少于3亿元", "市财政每年安排孵化器发展专项资金不少于3亿元")
q("A", "fact", "在杭州被评为标杆的孵化器能一次性拿到多少奖金？", "200万元", "对认定的标杆孵化器给予一次性奖励200万元")
q("A", "fact", "杭州每年要对孵化器工作人员开展多大规模的培训？", "1000人次以上", "每年培训孵化器从业人员1000人次以上")
q("A", "fact", "杭州用闲置厂房、楼宇改造成孵化器时，按原用途使用土地的过渡期有多长？", "5年", "改建期间可按原用途和土地权利类型使用土地，过渡期为5年")
q("B", "fact", "到2027年合肥量子信息产业的体量要超过多少？", "200亿元", "全市量子信息产业规模突破200亿元")
q("B", "fact", "合肥的量子企业首次公开发行上市，能拿到多少一次性奖励？", "1000万元", "对在境内外证券交易所首发上市的量子企业，给予一次性奖励1000万元")
q("B", "fact", "合肥准备设立的量子产业发展基金体量多大？", "50亿元", "设立规模50亿元的量子产业发展基金")
q("B", "fact", "到2027年，合肥量子关键部件由国内自主生产的比例要达到多少？", "80%以上", "到2027年关键部件国产化率达到80%以上")
q("B", "fact", "合肥量子信息产业发展工作领导小组的日常办事机构放在哪个部门？", "市发展改革委", "领导小组办公室设在市发展改革委")
q("C", "fact", "青岛要求全社会投到海洋研发上的钱占海洋生产总值的比例达到多少？", "4%", "全社会海洋研发经费投入占海洋生产总值比重达到4%")
q("C", "fact", "青岛的科考船共享平台每年要安排多少个共享航次？", "不少于20个", "年度共享航次不少于20个")
q("C", "fact", "企业在青岛转化海洋科技成果，一年最多能拿到多少补助？", "200万元", "单个企业每年最高200万元")
q("C", "fact", "到2026年，青岛从事海洋相关业务的高新技术企业要发展到多少家？", "1100家", "涉海高新技术企业达到1100家")

# ---- 8 table ----
q("A", "table", "杭州孵化器重点建设项目表中，钱塘生物医药中试基地由哪个单位负责建设？", "钱塘区人民政府", row("A", "钱塘生物医药中试基地"))
q("A", "table", "杭州孵化器重点建设项目表里排在第三个的是哪个项目？", "西湖大学生命科学概念验证中心", row("A", "西湖大学生命科学概念验证中心"))
q("A", "table", "杭州孵化器重点建设项目表一共列了多少个项目？", "8个", "共安排孵化器重点建设项目8个")
q("A", "table", "杭州表1中总投资超过4亿元的项目有哪些？",
  "之江实验室智能计算孵化基地、滨江集成电路设计孵化器、钱塘生物医药中试基地",
  span("A", "1\t之江实验室智能计算孵化基地", "2025—2026年"),
  parts=["之江实验室智能计算孵化基地", "滨江集成电路设计孵化器", "钱塘生物医药中试基地"])
q("B", "table", "合肥量子信息产业重点项目清单中序号为5的项目建在哪里？", "经开区", row("B", "稀释制冷机国产化项目"))
q("B", "table", "合肥的量子随机数发生器芯片产线项目起止年限是哪几年？", "2025—2027年", row("B", "量子随机数发生器芯片产线"))
q("C", "table", "青岛海洋科技重大平台建设任务表中，完成时限为2026年6月的平台有哪些？",
  "海洋新能源技术创新中心、深海装备海上试验场",
  span("C", "3\t海洋新能源技术创新中心", "56000\t2026年6月"),
  parts=["海洋新能源技术创新中心", "深海装备海上试验场"])
q("C", "table", "青岛的海洋药物中试基地依托哪家单位建设？", "中国海洋大学", row("C", "海洋药物中试基地"))

# ---- 4 counted lists ----
q("A", "list", "杭州孵化载体“三个一批”工程具体是哪三个“一批”？",
  "新建一批专业化孵化器、提升一批综合性孵化器、认定一批标杆孵化器",
  span("A", "新建一批专业化孵化器。", "认定一批标杆孵化器。"),
  parts=["新建一批专业化孵化器", "提升一批综合性孵化器", "认定一批标杆孵化器"])
q("B", "list", "合肥量子企业“四个一批”工程中排在第三位的是哪一批？", "壮大一批量子领域骨干企业", "壮大一批量子领域骨干企业。")
q("A", "list", "杭州依托孵化器重点建设的五类公共服务平台分别是什么？", "概念验证中心、中试基地、共享实验室、知识产权服务站和投融资对接平台",
  "依托孵化器重点建设五类公共服务平台：概念验证中心、中试基地、共享实验室、知识产权服务站和投融资对接平台")
q("C", "list", "青岛布局海洋科技创新平台所围绕的五大重点领域是哪些？", "深海探测与装备、海洋生物医药、海洋新能源、智慧海洋、海水淡化与综合利用",
  "围绕五大重点领域：深海探测与装备、海洋生物医药、海洋新能源、智慧海洋、海水淡化与综合利用")

# ---- 4 notice ----
q("A", "notice", "杭州孵化器三年行动计划是以什么文号印发的？", "杭政办函〔2024〕15号", "杭政办函〔2024〕15号")
q("B", "notice", "合肥印发量子信息产业实施方案的通知主送哪些单位？", "各县（市）、区人民政府，市政府各部门、各直属机构", "各县（市）、区人民政府，市政府各部门、各直属机构：")
q("C", "notice", "青岛市科学技术局是哪天印发海洋科技创新平台建设三年行动方案的？", "2024年9月12日", "2024年9月12日")
q("B", "notice", "合肥量子信息产业实施方案从哪一天开始施行？", "2024年7月1日", "本实施方案自2024年7月1日起施行")

# ---- 6 traditional (written simplified, converted with s2twp) ----
q("B", "traditional", "合肥量子产业专项资金第二批项目的申报时间是什么时候？", "2024年10月8日至11月8日", "第二批申报时间为2024年10月8日至11月8日")
q("C", "traditional", "青岛海洋科技创新平台建设三年行动方案的发文字号是什么？", "青科发〔2024〕27号", "青科发〔2024〕27号")
q("A", "traditional", "杭州对经认定的境外离岸孵化器最高给予多少建设补助？", "300万元", "给予最高300万元建设补助")
q("C", "traditional", "青岛深海装备海上试验场的总投资是多少万元？", "56000", row("C", "深海装备海上试验场"))
q("B", "traditional", "合肥量子信息产业发展工作领导小组的第一次全体会议在每年几月召开？", "每年3月", "第一次全体会议于每年3月召开")
q("C", "traditional", "青岛海洋科技平台“三个一批”工程中的第二个“一批”是什么？", "提升一批现有创新平台", "提升一批现有创新平台。")

# ---- 6 English ----
q("A", "english", "In Hangzhou's Table 1 of key incubator projects, what is the total investment (in 10,000 yuan) of the Binjiang integrated circuit design incubator?", "52000", row("A", "滨江集成电路设计孵化器"))
q("B", "english", "For Hefei's quantum industry special fund in 2024, at most how many projects will be supported in the first application batch?", "不超过20项", "拟支持项目不超过20项")
q("C", "english", "From what date does Qingdao's three-year action plan for marine science and technology innovation platforms take effect?", "2024年10月1日", "本方案自2024年10月1日起施行")
q("A", "english", "What is the maximum amount the Hangzhou science and innovation fund will invest in a single seed fund set up by an incubator?", "3000万元", "单只基金参股金额最高3000万元")
q("B", "english", "How large is the reward for a Hefei quantum company whose annual revenue exceeds 500 million yuan for the first time?", "300万元",
  "对年营业收入首次突破1亿元、5亿元、10亿元的量子企业，分别给予100万元、300万元、500万元奖励")
q("C", "english", "By when should Qingdao's deep-sea equipment offshore test site be completed and put into use?", "2026年6月前", "2026年6月前建成投入使用")

# ---- 6 typo (wrong character in a name/term; gold uses the document's spelling) ----
q("A", "typo", "芝江实验室智能计算孵化基地的总投资是多少万元？", "45000", row("A", "之江实验室智能计算孵化基地"))
q("A", "typo", "肖山机器人产业孵化园由哪个单位建设？", "萧山经济技术开发区管委会", row("A", "萧山机器人产业孵化园"))
q("B", "typo", "本原量子计算科技（合肥）股份有限公司承担的重点项目总投资多少万元？", "150000", row("B", "量子计算机整机研发及产业化项目"))
q("B", "typo", "合肥量子精蜜测量仪器产业园的起止年限是什么？", "2024—2026年", row("B", "量子精密测量仪器产业园"))
q("C", "typo", "劳山实验室在青岛表1中负责建设哪个平台？", "深海多学科研究平台", row("C", "崂山实验室"))
q("C", "typo", "皇海水产研究所承担的海洋生物种业创新平台要在什么时候完成？", "2025年6月", row("C", "海洋生物种业创新平台"))

# ---- 12 unanswerable near-misses ----
U = [
    "杭州市孵化器三年行动计划提出到2027年全市孵化器数量达到多少家？",          # wrong year (only 2026 given)
    "宁波市到2026年国家级科技企业孵化器要达到多少家？",                        # wrong city
    "合肥量子产业专项资金第三批项目什么时候申报？",                            # only two batches
    "杭州表1中西湖大学生命科学概念验证中心建在哪个区？",                        # table has no location column
    "合肥重点项目清单中量子惯性导航产业化项目的具体建设内容是什么？",            # B table has no 建设内容 column
    "青岛对新获批的国家级海洋创新平台给予多少奖励？",                          # not given (500万 is for existing platforms)
    "合肥50亿元量子产业发展基金由哪家机构负责管理？",                          # not given
    "杭州支持建设的离岸孵化器分别设在哪些国家？",                              # not given
    "长沙市对工程机械首台（套）产品给予多少奖励？",                            # wrong city/topic (B has 量子 首台套)
    "青岛表1中崂山实验室负责的第二个平台是什么？",                              # only one
    "截至2023年底，杭州全市共有多少家科技企业孵化器？",                        # baseline not given
    "青岛到2025年要新布局多少家海洋领域新型研发机构？",                        # only 2026 target given
]
for u in U:
    q("none", "unanswerable", u, "", "")

# ---- convert traditional ----
for x in Q:
    if x["kind"] == "traditional":
        x["question_simplified"] = x["question"]
        x["question"] = s2t.convert(x["question"])

# ---- checks ----
from collections import Counter
assert len(Q) == 60, len(Q)
for x in Q:
    if x["doc"] == "none":
        assert x["answer"] == "" and x["evidence"] == ""
        continue
    t = plain[x["doc"]]
    assert x["evidence"] in t, (x["question"], x["evidence"])
    if x["_parts"]:
        for p in x["_parts"]:
            assert p in x["evidence"], (x["question"], p)
    else:
        assert x["answer"] in x["evidence"], (x["question"], x["answer"])
    # answer (or its parts) should not appear in the *other* documents' target row ambiguity: info only
print(Counter(x["kind"] for x in Q))

with open(f"{OUT}/questions.jsonl", "w", encoding="utf-8") as f:
    for i, x in enumerate(Q, 1):
        rec = {"id": f"m{i:02d}", "doc": x["doc"], "kind": x["kind"], "question": x["question"],
               "answer": x["answer"], "evidence": x["evidence"]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(Q))
