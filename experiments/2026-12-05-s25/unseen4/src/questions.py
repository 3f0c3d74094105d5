# -*- coding: utf-8 -*-
"""Write questions.jsonl (50 questions) and verify them against plain/ and corpus/.

Run after build.py: /work/main/.venv/bin/python src/questions.py
"""
import json
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import *  # noqa

import opencc

s2twp = opencc.OpenCC("s2twp")

ROW = table_row_text


def art(doc_articles, label):
    for _, arts in doc_articles:
        for lb, t in arts:
            if lb == label:
                return t
    raise KeyError(label)


AA = a_articles()

# (id, doc, kind, question, answer, evidence)
Q = [
    # ---------------- paraphrase (12)
    ("m01", "A", "paraphrase", "宁波市级概念验证中心的支持资金，由哪个部门负责做预算并把钱拨下去？",
     "市财政局", art(AA, "第七条")),
    ("m02", "A", "paraphrase", "想在宁波申报市级概念验证中心，依托单位的专用场地面积最少得有多大？",
     "500平方米", "（二）拥有不少于500平方米的专用场地，具备开展验证服务所需的仪器设备，设备原值不低于800万元；"),
    ("m03", "A", "paraphrase", "宁波新认定一家专业型概念验证中心，建设补助封顶是多少？",
     "300万元", art(AA, "第十七条")),
    ("m04", "A", "paraphrase", "宁波的概念验证中心如果年度考核一直不合格，连续多久会被摘牌？",
     "连续两年", art(AA, "第二十四条")),
    ("m05", "A", "paraphrase", "宁波各区县市的科技部门每年最晚哪天要把本地概念验证中心上一年的运行情况报给市科技局？",
     "1月31日", art(AA, "第八条")),
    ("m06", "B", "paraphrase", "河南2026年度省重点研发专项第一批，对项目负责人的年龄有什么上限？",
     "60周岁", "（二）项目负责人须为申报单位正式在职人员，年龄不超过60周岁（1966年1月1日以后出生），每人限报1项。"),
    ("m07", "B", "paraphrase", "河南省重点研发专项如果由企业牵头申报，企业自己出的钱和向省财政申请的钱至少要保持什么比例？",
     "2:1", "（三）企业牵头申报的，须为有效期内的高新技术企业或入库科技型中小企业，且自筹资金与申请省财政资金的比例不低于2:1。"),
    ("m08", "B", "paraphrase", "河南这次重点研发专项申报，推荐单位在网上审核推荐的最后期限是哪天？",
     "2026年2月20日", "（二）审核推荐。各推荐单位对申报材料进行审核，于2026年2月20日前完成网上审核推荐，并将加盖公章的推荐函报送省科技厅。"),
    ("m09", "C", "paraphrase", "昆明生物医药产业发展领导小组的日常办事机构放在哪个部门？",
     "市工业和信息化局", "成立由市政府主要领导任组长的昆明市生物医药产业发展领导小组，领导小组办公室设在市工业和信息化局，负责统筹协调重大事项。"),
    ("m10", "C", "paraphrase", "昆明的一类创新药进到三期临床，最多能拿多少补助？",
     "1000万元", "对进入Ⅰ期、Ⅱ期、Ⅲ期临床试验的一类创新药，分别给予最高500万元、800万元、1000万元补助。"),
    ("m11", "C", "paraphrase", "按昆明生物医药三年行动方案，2026年全市规上生物医药企业要达到多少家？",
     "260户", "到2026年，全市生物医药产业营业收入达到1200亿元，规模以上生物医药企业达到260户，新增一类创新药临床试验批件5个。"),
    ("m12", "C", "paraphrase", "昆明市财政每年给生物医药产业发展专项资金至少安排多少钱？",
     "5亿元", "市财政每年统筹安排生物医药产业发展专项资金不少于5亿元；设立规模50亿元的生物医药产业投资基金，重点投向创新药、高端医疗器械和生物制造项目。"),

    # ---------------- table (7)
    ("t01", "A", "table", "宁波概念验证中心评审评分表里，“投融资对接机制”这一项满分几分？",
     "10", ROW(A_TABLE[4])),
    ("t02", "A", "table", "宁波概念验证中心评审评分表中，“运营团队结构”归在哪个一级指标下面？",
     "基础条件", ROW(A_TABLE[2])),
    ("t03", "B", "table", "河南2026年度省重点研发专项第一批的专题一览表里，“智能农机装备”专题由哪个处室牵头？",
     "农村科技处", ROW(B_TABLE[3])),
    ("t04", "B", "table", "河南2026年度省重点研发专项（第一批）中，哪个专题的资助强度超过400万元？",
     "新能源汽车动力电池安全", ROW(B_TABLE[4])),
    ("t05", "B", "table", "河南这批重点研发专项里，“科技成果转化中试验证”专题计划支持几个项目？",
     "11", ROW(B_TABLE[10])),
    ("t06", "C", "table", "昆明生物医药重点园区一览表中，安宁市天然药物产业园规划面积是多少平方公里？",
     "9.6", ROW(C_TABLE[4])),
    ("t07", "C", "table", "昆明的生物医药重点园区里，哪一个位于嵩明县？",
     "滇中新区合成生物产业园", ROW(C_TABLE[5])),

    # ---------------- list (4)
    ("l01", "C", "list", "昆明生物医药三年行动方案提出的“五大工程”分别是哪些？",
     "创新药物攻坚工程、天然药物提升工程、高端医疗器械突破工程、生物制造培育工程、数字医药融合工程",
     "（一）实施五大工程"),
    ("l02", "C", "list", "昆明生物医药行动方案要建设三类平台，其中第二类是什么平台？",
     "中试验证平台", "2.中试验证平台。在昆明国家生物产业基地、昆明高新区建设生物医药中试基地3个，为中小企业和科研团队提供工艺放大、质量研究和样品试制等服务，对服务收入给予最高20%的运营补贴。"),
    ("l03", "A", "list", "宁波概念验证中心年度绩效评价结果分成哪几个等次？",
     "优秀、良好、合格、不合格", art(AA, "第二十二条")),
    ("l04", "B", "list", "河南2026年度省重点研发专项第一批主要围绕哪些领域设置专题？",
     "新材料、高端装备、新能源汽车、电子信息、生物医药、现代农业",
     "本批次围绕新材料、高端装备、新能源汽车、电子信息、生物医药、现代农业等领域，设置12个申报专题，拟支持项目73项左右，省财政资助经费约1.79亿元。"),

    # ---------------- notice (4)
    ("n01", "A", "notice", "印发《宁波市概念验证中心建设管理办法》的文件文号是多少？",
     "甬科规〔2025〕5号", A_HEAD["docno"]),
    ("n02", "B", "notice", "河南2026年度省重点研发专项（第一批）网上申报什么时候截止？",
     "2026年2月10日17:00", "（一）网上申报。申报单位通过河南省科技管理信息系统在线填报申报书，网上申报时间为2026年1月5日至2026年2月10日17:00，逾期系统自动关闭。"),
    ("n03", "B", "notice", "河南省科技厅组织申报2026年度省重点研发专项第一批项目的通知，发文字号是什么？",
     "豫科〔2025〕156号", B_HEAD["docno"]),
    ("n04", "B", "notice", "申报河南省重点研发专项时系统出了技术问题，该打哪个电话？",
     "0371-86231580", "5.系统技术支持热线：0371-86231580"),

    # ---------------- traditional (5) — written in simplified, converted with s2twp below
    ("tr01", "A", "traditional", "宁波那个概念验证中心建设管理办法是从哪一天开始生效的？",
     "2026年2月1日", art(AA, "第三十条")),
    ("tr02", "A", "traditional", "请问宁波的综合型概念验证中心，建设补助最多可以拿到多少钱？",
     "500万元", art(AA, "第十七条")),
    ("tr03", "B", "traditional", "河南省重点研发专项的项目执行期一般是几年？",
     "3年", "（一）项目实施期一般为3年（2026年7月至2029年6月）。"),
    ("tr04", "C", "traditional", "昆明希望2028年生物医药产业的营收冲破多少？",
     "1600亿元", "到2028年，全市生物医药产业营业收入突破1600亿元，培育年营业收入超100亿元企业3户、超10亿元企业25户；规模以上生物医药企业研发投入占营业收入比重达到4.5%；建成国家级生物医药创新平台5个以上；天然药物（中药、民族药）产业规模达到500亿元。"),
    ("tr05", "C", "traditional", "昆明透过“春城计划”每年要引进几个生物医药领域的高层次人才团队？",
     "20个", "依托“春城计划”，每年引进生物医药领域高层次人才团队20个，对顶尖人才团队给予最高5000万元综合资助。"),

    # ---------------- english (5)
    ("e01", "A", "english", "Under Ningbo's concept verification center measures, what is the maximum post-subsidy for a single verification project?",
     "20万元", art(AA, "第十八条")),
    ("e02", "A", "english", "In Ningbo, what one-off reward does a concept verification center get if a project it verified is industrialized locally and attracts at least 10 million yuan of private investment?",
     "50万元", art(AA, "第十九条")),
    ("e03", "B", "english", "For Henan's 2026 key R&D program (first batch), what is the funding intensity per project for the innovative drugs and high-end medical devices topic, in 10,000 yuan?",
     "400", ROW(B_TABLE[6])),
    ("e04", "B", "english", "Who should I contact at the High-Tech Division of the Henan Department of Science and Technology about the 2026 key R&D program call?",
     "王振宇", "1.高新技术处　联系人：王振宇　电话：0371-65908123"),
    ("e05", "C", "english", "How big is the biomedical industry investment fund that Kunming plans to set up under its 2026-2028 action plan?",
     "50亿元", "市财政每年统筹安排生物医药产业发展专项资金不少于5亿元；设立规模50亿元的生物医药产业投资基金，重点投向创新药、高端医疗器械和生物制造项目。"),

    # ---------------- typo (5)
    ("ty01", "A", "typo", "宁拨市申报概念验证中心的，专职运营团队至少要有多少人？",
     "10人", "（三）组建不少于10人的专职运营团队，其中具有高级职称或博士学位的人员不少于3人；"),
    ("ty02", "A", "typo", "宁波概念验证中心认定时的公视期是几个工作日？",
     "5个工作日", "（五）面向社会公示，公示期为5个工作日；"),
    ("ty03", "B", "typo", "河楠省重点研发专项联合申报时，参与单位一般不能超过几家？",
     "5家", "（四）鼓励产学研联合申报，联合申报的须签订合作协议，明确各方任务分工和知识产权归属，参与单位一般不超过5家。"),
    ("ty04", "C", "typo", "坤明市生物医药三年行动方案里，标准化中药材种植基地计划建多少亩？",
     "30万亩", "2.天然药物提升工程。依托三七、灯盏花、重楼、天麻等特色中药材资源，建设标准化中药材种植基地30万亩，推动经典名方和民族药二次开发，到2028年新增中药创新药和改良型新药10个。"),
    ("ty05", "C", "typo", "昆明市生物医药产业发展岭导小组的组长由谁担任？",
     "市政府主要领导", "成立由市政府主要领导任组长的昆明市生物医药产业发展领导小组，领导小组办公室设在市工业和信息化局，负责统筹协调重大事项。"),

    # ---------------- unanswerable (8)
    ("u01", "C", "unanswerable", "昆明生物医药产业2027年的营业收入目标是多少亿元？", "", ""),
    ("u02", "C", "unanswerable", "昆明在富民县规划的生物医药园区规划面积是多少？", "", ""),
    ("u03", "C", "unanswerable", "到2028年，昆明规模以上生物医药企业研发投入总额要达到多少亿元？", "", ""),
    ("u04", "B", "unanswerable", "河南2026年度省重点研发专项第二批项目的申报截止时间是哪天？", "", ""),
    ("u05", "B", "unanswerable", "河南2026年度省重点研发专项中“量子信息”专题的资助强度是多少？", "", ""),
    ("u06", "A", "unanswerable", "在宁波市概念验证中心的认定工作中，宁波市发展和改革委员会负责什么？", "", ""),
    ("u07", "A", "unanswerable", "宁波北仑区对市级概念验证中心给多少配套资金？", "", ""),
    ("u08", "B", "unanswerable", "河南2025年度省重点研发专项一共立项了多少个项目？", "", ""),
]

# Manual touch-ups after s2twp so the Traditional questions read like Taiwan/HK users.
TRAD_FIX = {
    "tr01": None,
    "tr02": None,
    "tr03": None,
    "tr04": None,
    "tr05": "昆明透過「春城計劃」每年要引進幾個生物醫藥領域的高層次人才團隊？",
}


def norm(s):
    return re.sub(r"\s+", "", s)


def extract_docx(path):
    from docx import Document
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            seen = []
            for c in r.cells:
                if c._tc not in seen:
                    seen.append(c._tc)
                    parts.append(c.text)
    return "\n".join(parts)


def extract_pdf(path):
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages)


def extract_html(path):
    from html.parser import HTMLParser

    class P(HTMLParser):
        def __init__(self):
            super().__init__()
            self.out, self.skip = [], 0

        def handle_starttag(self, tag, a):
            if tag in ("script", "style"):
                self.skip += 1

        def handle_endtag(self, tag):
            if tag in ("script", "style"):
                self.skip -= 1

        def handle_data(self, d):
            if not self.skip:
                self.out.append(d)
    p = P()
    p.feed(open(path, encoding="utf-8").read())
    return "\n".join(p.out)


def main():
    names = {"A": A_NAME, "B": B_NAME, "C": C_NAME}
    plain = {k: norm(open(os.path.join(BASE, "plain", v + ".txt"), encoding="utf-8").read())
             for k, v in names.items()}
    ext = {"A": norm(extract_docx(os.path.join(BASE, "corpus", A_NAME + ".docx"))),
           "B": norm(extract_pdf(os.path.join(BASE, "corpus", B_NAME + ".pdf"))),
           "C": norm(extract_html(os.path.join(BASE, "corpus", C_NAME + ".html")))}

    rows, problems, ext_miss = [], [], []
    for qid, doc, kind, q, ans, ev in Q:
        if kind == "traditional":
            q = s2twp.convert(q)
            if TRAD_FIX.get(qid):
                q = TRAD_FIX[qid]
        rows.append({"id": qid, "doc": doc, "kind": kind, "question": q,
                     "answer": ans, "evidence": ev})
        if kind == "unanswerable":
            if ans or ev:
                problems.append((qid, "unanswerable with answer"))
            continue
        items = ans.split("、") if kind == "list" else [ans]
        for it in items:
            if norm(it) not in plain[doc]:
                problems.append((qid, "answer item not in plain", it))
            if norm(it) not in ext[doc]:
                ext_miss.append((qid, it))
        if norm(ev) not in plain[doc]:
            problems.append((qid, "evidence not in plain", ev[:40]))
        if norm(ans) not in norm(ev) and kind != "list":
            problems.append((qid, "answer not in evidence"))
        if kind == "list":
            for it in items:
                if norm(it) not in plain[doc]:
                    problems.append((qid, "list item", it))

    cnt = Counter(r["kind"] for r in rows)
    want = {"paraphrase": 12, "table": 7, "list": 4, "notice": 4, "traditional": 5,
            "english": 5, "typo": 5, "unanswerable": 8}
    assert dict(cnt) == want, cnt
    assert len(rows) == 50 and len({r["id"] for r in rows}) == 50

    with open(os.path.join(BASE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("kinds:", dict(cnt))
    print("docs:", dict(Counter(r["doc"] for r in rows)))
    print("problems:", problems or "none")
    print("answers not found verbatim in extracted corpus text (docx/pdf/html):", ext_miss or "none")
    for k in "ABC":
        print(k, "CJK chars in plain:", len(re.findall(r"[\u4e00-\u9fff]", plain[k])))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
