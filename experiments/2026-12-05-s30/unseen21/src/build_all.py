#!/usr/bin/env python3
"""unseen21: regenerate corpus/ and plain/ and questions.jsonl from the data below, then check.

Run:  /work/main/.venv/bin/python src/build_all.py
Writes only inside this folder (corpus/, plain/, questions.jsonl).
"""
import datetime
import json
import re
import sys
from collections import Counter
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
import opencc

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
PLAIN = ROOT / "plain"

A_FILE = "A_jiangxi_2027_keji_jihua_xiangmu_shenbao_zhinan.docx"
B_FILE = "B_nankang_2027_sheng_keji_jihua_shenbao_tongzhi.txt"
C_FILE = "C_jiangxi_2027_shenbao_zhinan_zhengce_jiedu_zh-TW.md"

# ---------------------------------------------------------------- document A
A_TITLE = "2027年度江西省科技计划项目申报指南"
A_ISSUE = "江西省科学技术厅　2026年12月1日印发（赣科发计字〔2026〕118号）"

# one entry per 专项: (heading, 支持方向, 支持强度和项目数, 实施期限, 申报条件, 联系人及电话)
# and the table data: (count, amount, deadline)
SECTIONS = [
    dict(name="重大科技研发专项", head="（一）重大科技研发专项",
         fangxiang="1．支持方向：聚焦电子信息、有色金属新材料、航空制造、中医药四条重点产业链，支持企业牵头开展关键核心技术攻关和重大产品研发。",
         qiangdu="2．支持强度和项目数：单项资助300万元，拟支持12项。",
         qixian="3．实施期限：3年（2027年1月至2029年12月）。",
         tiaojian="4．申报条件：牵头单位须为上年度研发投入不低于1000万元的省内企业，并联合至少1家省内高校或科研院所共同申报；企业自筹经费与省财政资助经费比例不低于3:1。",
         lianxi="5．联系人及电话：省科技厅重大专项处，刘建平，0791-86246312。",
         count="12项", amount="300万元", deadline="2027年2月28日"),
    dict(name="重点研发计划（工业领域）", head="（二）重点研发计划（工业领域）",
         fangxiang="1．支持方向：围绕新能源、新型显示、智能装备、生物医药等领域，支持共性关键技术研究和产品开发。",
         qiangdu="2．支持强度和项目数：单项资助50万元，拟支持40项。",
         qixian="3．实施期限：3年（2027年1月至2029年12月）。",
         tiaojian="4．申报条件：申报单位须在江西省内注册满1年；企业牵头申报的，自筹经费与省财政资助经费比例不低于1:1。",
         lianxi="5．联系人及电话：省科技厅高新技术处，陈志远，0791-86246325。",
         count="40项", amount="50万元", deadline="2027年3月15日"),
    dict(name="重点研发计划（农业领域）", head="（三）重点研发计划（农业领域）",
         fangxiang="1．支持方向：围绕优质稻、脐橙、油茶、生猪四大特色产业，支持良种选育、绿色种养和精深加工技术研究与示范。",
         qiangdu="2．支持强度和项目数：单项资助40万元，拟支持30项。",
         qixian="3．实施期限：2年（2027年1月至2028年12月）。",
         tiaojian="4．申报条件：申报单位须在省内建有示范基地，种植类项目示范面积不少于500亩，养殖类项目年出栏生猪不少于5000头；鼓励与农业产业化龙头企业联合申报。",
         lianxi="5．联系人及电话：省科技厅农村科技处，邹海峰，0791-86246338。",
         count="30项", amount="40万元", deadline="2027年3月15日"),
    dict(name="重点研发计划（社会发展领域）", head="（四）重点研发计划（社会发展领域）",
         fangxiang="1．支持方向：围绕重大疾病防治、生态环境保护、公共安全、人口健康等领域，支持关键技术研究与应用示范。",
         qiangdu="2．支持强度和项目数：单项资助30万元，拟支持35项。",
         qixian="3．实施期限：2年（2027年1月至2028年12月）。",
         tiaojian="4．申报条件：项目须有省内医疗卫生机构或县级以上行业主管部门作为应用示范单位参与；涉及人体研究的，须提供伦理审查意见。",
         lianxi="5．联系人及电话：省科技厅社会发展科技处，黄晓雯，0791-86246341。",
         count="35项", amount="30万元", deadline="2027年3月20日"),
    dict(name="自然科学基金重点项目", head="（五）自然科学基金重点项目",
         fangxiang="1．支持方向：面向数理、化学、生命、地球、信息、工程与材料、医学等学科，支持具有较好研究基础的科研人员开展深入系统的基础研究。",
         qiangdu="2．支持强度和项目数：单项资助20万元，拟支持60项。",
         qixian="3．实施期限：3年（2027年1月至2029年12月）。",
         tiaojian="4．申报条件：申报人须具有高级专业技术职称或博士学位，年龄不超过55周岁（1972年1月1日以后出生），并主持过国家级科研项目。",
         lianxi="5．联系人及电话：省科技厅基础研究处，万思琪，0791-86246357。",
         count="60项", amount="20万元", deadline="2027年3月31日"),
    dict(name="自然科学基金青年基金项目", head="（六）自然科学基金青年基金项目",
         fangxiang="1．支持方向：支持青年科研人员在自然科学基金资助范围内自主选题，开展基础研究和应用基础研究。",
         qiangdu="2．支持强度和项目数：单项资助10万元，拟支持200项。",
         qixian="3．实施期限：3年（2027年1月至2029年12月）。",
         tiaojian="4．申报条件：申报人须具有博士学位或中级以上专业技术职称，年龄不超过35周岁（1992年1月1日以后出生），且未主持过国家自然科学基金项目。",
         lianxi="5．联系人及电话：省科技厅基础研究处，胡立新，0791-86246359。",
         count="200项", amount="10万元", deadline="2027年3月31日"),
    dict(name="国际科技合作专项", head="（七）国际科技合作专项",
         fangxiang="1．支持方向：重点支持与共建“一带一路”国家、欧盟国家及港澳台地区开展联合研究、技术引进和人才交流。",
         qiangdu="2．支持强度和项目数：单项资助30万元，拟支持20项。",
         qixian="3．实施期限：2年（2027年7月至2029年6月）。",
         tiaojian="4．申报条件：须有明确的境外合作单位，并提供双方签署且在有效期内的合作协议；境外合作单位须有实质性投入。",
         lianxi="5．联系人及电话：省科技厅对外合作处，熊文杰，0791-86246364。",
         count="20项", amount="30万元", deadline="2027年3月20日"),
    dict(name="科技成果转移转化专项", head="（八）科技成果转移转化专项",
         fangxiang="1．支持方向：支持企业承接高校、科研院所科技成果在省内实现转化和产业化，对已完成转化并取得显著成效的项目给予后补助。",
         qiangdu="2．支持强度和项目数：单项补助100万元，拟支持15项。",
         qixian="3．实施期限：后补助项目不设实施期，绩效跟踪期为2年。",
         tiaojian="4．申报条件：成果须于2025年1月1日以后在省内实现转化，且经登记的技术合同成交额不低于500万元。",
         lianxi="5．联系人及电话：省科技厅成果转化处，罗志刚，0791-86246372。",
         count="15项", amount="100万元", deadline="2027年4月15日"),
    dict(name="科技创新基地建设专项", head="（九）科技创新基地建设专项",
         fangxiang="1．支持方向：支持建设省重点实验室、省技术创新中心和省新型研发机构。",
         qiangdu="2．支持强度和项目数：单项资助200万元，拟支持8个。",
         qixian="3．实施期限：建设期3年（2027年1月至2029年12月）。",
         tiaojian="4．申报条件：依托单位须具有稳定的研发场地，面积不少于1000平方米，专职研发人员不少于30人，近3年研发投入累计不低于2000万元。",
         lianxi="5．联系人及电话：省科技厅平台建设处，曾雅琴，0791-86246386。",
         count="8个", amount="200万元", deadline="2027年4月30日"),
    dict(name="软科学研究专项", head="（十）软科学研究专项",
         fangxiang="1．支持方向：围绕科技体制改革、区域创新体系建设、科技金融、科技人才评价等方面，开展战略与政策研究。",
         qiangdu="2．支持强度和项目数：单项资助5万元，拟支持50项。",
         qixian="3．实施期限：1年（2027年1月至2027年12月）。",
         tiaojian="4．申报条件：申报人须为省内高校、科研院所、党校或政府决策咨询机构的在职人员，结题时须提交不少于3万字的研究报告。",
         lianxi="5．联系人及电话：省科技厅政策法规处，彭国华，0791-86246391。",
         count="50项", amount="5万元", deadline="2027年2月28日"),
]
SEC_KEYS = ["fangxiang", "qiangdu", "qixian", "tiaojian", "lianxi"]

A_TABLE_HEAD = ["序号", "专项名称", "拟支持项目数", "单项资助额度", "受理截止时间"]
A_TABLE_TITLE = "附表　2027年度江西省科技计划专项设置一览表"

# body: list of (style, text); ("TABLE", None) marks the table position
A_BODY = [("Title", A_TITLE), ("Normal", A_ISSUE),
          ("Heading 1", "一、总体要求"),
          ("Normal", "为深入实施创新驱动发展战略，聚焦全省重点产业链和民生领域科技需求，现发布2027年度江西省科技计划项目申报指南。"),
          ("Normal", "2027年度省科技计划共设置10个专项，拟支持项目470项（个），省财政安排科研经费1.5亿元。"),
          ("Normal", "项目采取公开竞争和后补助方式组织实施，除科技成果转移转化专项实行后补助外，其余专项均采取事前资助方式。"),
          ("Normal", "申报单位应为在江西省内注册、具有独立法人资格的企业、高等院校、科研院所、医疗卫生机构等，且近3年无严重失信行为记录。"),
          ("Normal", "项目负责人当年度只能申报1个省科技计划项目，作为负责人在研的省科技计划项目达到2项的，不得申报。"),
          ("Normal", "项目负责人申报时年龄原则上不超过60周岁，各专项另有规定的从其规定。"),
          ("Heading 1", "二、专项设置及申报要求")]
for s in SECTIONS:
    A_BODY.append(("Heading 2", s["head"]))
    for k in SEC_KEYS:
        A_BODY.append(("Normal", s[k]))
A_BODY += [
    ("Heading 1", "三、申报程序和时间"),
    ("Normal", "申报单位通过江西省科技计划管理信息系统在线填报，系统开放时间为2027年1月5日。"),
    ("Normal", "各专项受理截止时间不同，具体见附表，逾期系统自动关闭。"),
    ("Normal", "推荐单位应在各专项受理截止时间后5个工作日内完成网上审核推荐。"),
    ("Normal", "省科技厅组织形式审查和专家评审，评审结果在省科技厅门户网站公示，公示期为7天。"),
    ("Normal", "申报材料包括项目申报书、单位承诺书、合作协议和查重报告，均通过系统上传，不再报送纸质材料。"),
    ("Heading 1", "四、其他要求"),
    ("Normal", "申报单位和项目负责人须签署科研诚信承诺书，对申报材料的真实性负责。"),
    ("Normal", "同一项目不得多头申报或重复申报，一经发现取消申报资格。"),
    ("Normal", "涉及生物安全、科技伦理等的项目，须按有关规定提供审查意见。"),
    ("Heading 1", "五、咨询方式"),
    ("Normal", "综合咨询：省科技厅计划处，吴振华，0791-86246300。"),
    ("Normal", "系统技术支持：0791-86246399。"),
    ("Normal", "地址：南昌市红谷滩区赣江中大道1688号，邮编：330038。"),
    ("Heading 1", A_TABLE_TITLE),
    ("TABLE", None),
]


def a_table_rows():
    rows = [A_TABLE_HEAD]
    for i, s in enumerate(SECTIONS, 1):
        rows.append([str(i), s["name"], s["count"], s["amount"], s["deadline"]])
    return rows


# ---------------------------------------------------------------- document B (GB18030 .txt)
B_LINES = [
    "南康区科学技术局关于组织申报2027年度江西省科技计划项目的通知",
    "各镇（街道）、区直有关单位，各有关企业：",
    "根据《2027年度江西省科技计划项目申报指南》（赣科发计字〔2026〕118号）要求，现就我区2027年度省科技计划项目申报推荐工作通知如下：",
    "一、申报范围",
    "在南康区内注册、具有独立法人资格的企业、医疗卫生机构和事业单位均可申报，重点支持家具、电子信息、现代农业等领域项目。",
    "二、推荐限额",
    "今年我区推荐省科技计划项目总数不超过15项，其中重大科技研发专项不超过2项。",
    "三、时间安排",
    "（一）申报单位须在省科技计划管理信息系统完成网上填报，并于2027年2月20日前提交区科技局网上审核。",
    "（二）纸质材料请于2027年2月25日前报送区科技局（南康区行政服务中心6楼602室）。",
    "四、申报材料",
    "纸质材料一式三份，按以下顺序装订成册：",
    "1．项目申报书（系统导出打印版）",
    "2．营业执照或事业单位法人证书复印件",
    "3．2025年度财务审计报告",
    "4．科研诚信承诺书",
    "5．合作协议（有合作单位的须提供）",
    "6．自筹经费来源证明",
    "五、有关要求",
    "申报单位须对申报材料的真实性负责，对弄虚作假的，三年内不予推荐申报各级科技计划项目。",
    "六、联系方式",
    "政策咨询：区科技局科技计划股，钟丽萍，电话：0797-6632518",
    "材料报送：区科技局办公室，谢俊峰，电话：0797-6632506",
    "南康区科学技术局",
    "2026年12月10日",
]

# ---------------------------------------------------------------- document C (Markdown, Traditional, Taiwan usage)
C_MD = """\
# 《2027年度江西省科技計畫專案申報指南》政策解讀
*江西省科學技術廳　2026年12月3日*
本文以問答方式，說明今年申報指南的重點內容，供申報單位參考；具體要求以申報指南原文為準。
### 問一：今年的申報指南整體安排是怎樣的？
答：2027年度省科技計畫共設十個專項，合計預計支援約四百七十個專案（含創新基地），省財政投入約一億五千萬元。除了科技成果轉移轉化專項採取「先做後補」的方式，其餘專項都在立項後先行撥款。
### 問二：企業牽頭的重大攻關專案可以拿到多少支援？
答：重大科技研發專項是今年單項額度最高的專項，每項可獲得三百萬元，全省只有十二個名額。牽頭企業上一年度的研發投入必須達到一千萬元，而且企業自己投入的經費至少要是省財政資助的三倍。
### 問三：青年科研人員適合申報哪個專項？年齡怎麼計算？
答：可以申報自然科學基金青年基金專案，這也是今年名額最多的專項，預計資助兩百項，每項十萬元。申報人須在1992年1月1日以後出生，也就是不超過三十五歲。
### 問四：申報國際科技合作專項有什麼特別要求？
答：必須先找好境外合作夥伴，並附上雙方簽署、仍在有效期內的合作協議，外方也須有實質投入。每項資助三十萬元，執行期兩年，自2027年7月起算。
### 問五：成果轉化專項為什麼稱為「後補助」？
答：這個專項不是先撥款再做研究，而是針對2025年1月1日以後已在省內落地轉化、技術合同成交額達五百萬元以上的成果給予獎補，每項一百萬元，共十五個名額。
### 問六：各專項的收件截止時間一樣嗎？
答：不一樣。最早截止的是重大科技研發專項和軟科學研究專項，都在2027年2月28日；最晚的是科技創新基地建設專項，到2027年4月30日為止。申報系統在2027年1月5日開放，逾期即自動關閉。
### 問七：還需要寄送紙本材料嗎？
答：省級層面全程線上辦理，不必寄送紙本材料；但各縣（市、區）科技主管部門可能另有內部稽核要求，請向當地科技部門確認。
### 問八：遇到問題可以找誰？
答：政策方面的問題請致電省科技廳計畫處，電話0791-86246300；申報系統操作問題請撥打技術支援專線0791-86246399。
"""


def c_plain_lines(md):
    out = []
    for line in md.splitlines():
        line = line.strip()
        if not line:
            continue
        line = re.sub(r"^#+\s*", "", line)
        m = re.fullmatch(r"\*(.+)\*", line)
        if m:
            line = m.group(1)
        out.append(line)
    return out


# ---------------------------------------------------------------- questions
# ev: a hint that picks exactly one evidence unit (sentence / line / table row) in the doc's plain text
# typo: (wrong, right); absent: key terms the documents do not contain (unanswerable)
Q = [
    # ---- A: section (same question shape, look-alike answers in other 专项)
    ("A", "section", "江西2027年度申报指南里，重点研发计划农业领域的项目每个能拿到多少钱？", "40万元", "单项资助40万元"),
    ("A", "section", "江西省科技厅今年的指南中，社会发展领域的重点研发计划准备立多少个项目？", "35项", "拟支持35项"),
    ("A", "section", "申报江西省自然科学基金青年基金项目，对申报人的年龄上限是多少？", "35周岁", "年龄不超过35周岁"),
    ("A", "section", "按照江西这份申报指南，自然科学基金重点项目的申报人最大可以多少岁？", "55周岁", "年龄不超过55周岁"),
    ("A", "section", "江西国际科技合作专项立项后要执行几年？", "2年", "2027年7月至2029年6月"),
    ("A", "section", "江西软科学研究专项的项目实施期是多长？", "1年", "1年（2027年1月至2027年12月）"),
    ("A", "section", "江西科技创新基地建设专项今年打算支持几个基地？", "8个", "拟支持8个"),
    ("A", "section", "想申报江西科技成果转移转化专项，登记的技术合同成交额至少得有多少？", "500万元", "成交额不低于500万元"),
    ("A", "section", "江西重点研发计划工业领域中，企业牵头时自筹经费和省财政资助的比例要求是多少？", "1:1", "比例不低于1:1"),
    ("A", "section", "江西重大科技研发专项要求企业自己出的钱与省财政资助的配比不低于多少？", "3:1", "比例不低于3:1"),
    ("A", "section", "江西自然科学基金青年基金项目由哪位联系人负责咨询？", "胡立新", "胡立新"),
    ("A", "section", "关于江西重点研发计划社会发展领域的问题应该打哪个电话？", "0791-86246341", "0791-86246341"),
    ("A", "section", "江西重点研发计划农业领域里，养殖类项目对每年生猪出栏量有什么门槛？", "5000头", "5000头"),
    ("A", "section", "牵头申报江西重大科技研发专项的企业，上一年的研发投入至少要达到多少？", "1000万元", "上年度研发投入不低于1000万元"),
    # ---- A: paraphrase
    ("A", "paraphrase", "江西今年的省级科技计划，省里财政一共拿出多少钱？", "1.5亿元", "1.5亿元"),
    ("A", "paraphrase", "在江西，一个人名下正在做的省科技计划项目有几个时，就没有资格再当负责人申报？", "2项", "达到2项"),
    ("A", "paraphrase", "江西各专项截止以后，推荐单位要在多长时间里把网上审核推荐做完？", "5个工作日", "5个工作日"),
    ("A", "paraphrase", "江西这份指南里没有另外规定年龄的专项，项目负责人原则上年龄不能超过多少？", "60周岁", "60周岁"),
    # ---- A: typo (one wrong character in a 专项 or place name)
    ("A", "typo", "江西重大科技研法专项的联系电话是多少？", "0791-86246312", "0791-86246312", ("重大科技研法专项", "重大科技研发专项")),
    ("A", "typo", "江西科技创新基地建设专向要求依托单位的研发场地至少多大？", "1000平方米", "1000平方米", ("科技创新基地建设专向", "科技创新基地建设专项")),
    ("A", "typo", "江溪省2027年度科技计划的申报系统哪天开放？", "2027年1月5日", "系统开放时间为2027年1月5日", ("江溪省", "江西省")),
    # ---- A: traditional (answered by A)
    ("A", "traditional", "江西重點研發計畫（社會發展領域）每項資助多少錢？", "30万元", "单项资助30万元，拟支持35项"),
    ("A", "traditional", "江西軟科學研究專項結題時，研究報告至少要多少字？", "3万字", "3万字"),
    ("A", "traditional", "江西科技成果轉移轉化專項的聯絡人是誰？", "罗志刚", "罗志刚"),
    # ---- A: english
    ("A", "english", "In Jiangxi's 2027 provincial science and technology programme application guide, how many projects does the International Science and Technology Cooperation programme plan to fund?", "20项", "拟支持20项"),
    ("A", "english", "Under the Jiangxi 2027 application guide, what grant does each key project of the provincial Natural Science Foundation receive?", "20万元", "单项资助20万元"),
    ("A", "english", "Who is the contact person for the agricultural strand of the key R&D programme in the Jiangxi 2027 application guide?", "邹海峰", "邹海峰"),
    ("A", "english", "According to the Jiangxi 2027 application guide, for how long are the expert review results publicly displayed on the department's website?", "7天", "公示期为7天"),
    # ---- A: table (附表 专项设置一览表)
    ("A", "table", "江西申报指南附表中，国际科技合作专项那一行写的受理截止时间是哪天？", "2027年3月20日", "7 | 国际科技合作专项"),
    ("A", "table", "江西专项设置一览表里，序号6对应的专项拟支持多少项？", "200项", "6 | 自然科学基金青年基金项目"),
    ("A", "table", "江西专项设置一览表中，单项资助额度为100万元的是哪个专项？", "科技成果转移转化专项", "8 | 科技成果转移转化专项"),
    ("A", "table", "按江西那张一览表，哪一个专项受理截止得最晚？", "科技创新基地建设专项", "9 | 科技创新基地建设专项"),
    ("A", "table", "江西一览表里软科学研究专项每项给多少资助？", "5万元", "10 | 软科学研究专项"),
    # ---- A: list
    ("A", "list", "江西重大科技研发专项聚焦的是哪几条产业链？", "电子信息、有色金属新材料、航空制造、中医药", "四条重点产业链"),
    ("A", "list", "江西科技创新基地建设专项支持建设哪几类基地？", "省重点实验室、省技术创新中心、省新型研发机构", "省新型研发机构"),
    ("A", "list", "江西重点研发计划农业领域围绕的是哪些特色产业？", "优质稻、脐橙、油茶、生猪", "四大特色产业"),
    # ---- A: unanswerable (near misses)
    ("A", "unanswerable", "江西2027年度申报指南中，科技特派员专项每项资助多少？", "", "", None, ["科技特派员", "特派员"]),
    ("A", "unanswerable", "江西重大科技研发专项的省财政经费分几期拨付？", "", "", None, ["拨付", "分期", "分几期", "首期", "第一期"]),
    # ---- B
    ("B", "paraphrase", "南康区这次最多能向省里推荐几个省科技计划项目？", "15项", "不超过15项"),
    ("B", "typo", "南糠区科技局要求纸质申报材料准备几份？", "一式三份", "一式三份", ("南糠区", "南康区")),
    ("B", "english", "By what date must applicants in Nankang District, Ganzhou, deliver their paper application materials to the district Science and Technology Bureau?", "2027年2月25日", "2027年2月25日"),
    ("B", "contact", "南康区申报省科技计划项目时，想咨询申报政策应该拨打哪个号码？", "0797-6632518", "0797-6632518"),
    ("B", "contact", "向南康区科技局报送纸质材料遇到问题，该打哪个电话？", "0797-6632506", "0797-6632506"),
    ("B", "unanswerable", "南康区对最终获得省立项的项目会给多少区级配套资金？", "", "", None, ["配套", "区级资金", "奖励"]),
    # ---- C
    ("C", "paraphrase", "这份江西申报指南的政策解读里，说今年名额最多的是哪个专项？", "自然科學基金青年基金專案", "名額最多"),
    ("C", "traditional", "依照江西申報指南的政策解讀，國際科技合作專項的執行期有多長？", "兩年", "執行期兩年"),
    ("C", "traditional", "江西申報指南的政策解讀說省財政大約投入多少經費？", "一億五千萬元", "一億五千萬元"),
    ("C", "traditional", "江西申報指南政策解讀中，青年基金的申報人須在哪一天以後出生？", "1992年1月1日", "1992年1月1日"),
    ("C", "english", "According to the Q&A interpretation of the Jiangxi 2027 application guide, which number should applicants call for problems operating the online application system?", "0791-86246399", "0791-86246399"),
    ("C", "unanswerable", "江西申报指南的政策解读中，2026年度的省科技计划设了几个专项？", "", "", None, ["2026年度"]),
]

KIND_COUNTS = {"section": 14, "paraphrase": 6, "typo": 4, "traditional": 6, "english": 6,
               "table": 5, "list": 3, "contact": 2, "unanswerable": 4}
DOC_FILES = {"A": A_FILE, "B": B_FILE, "C": C_FILE}
MAX_COMMON_RUN = 14


# ---------------------------------------------------------------- builders
def set_east_asian(style, font):
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)


def build_a():
    d = docx.Document()
    set_east_asian(d.styles["Normal"], "宋体")
    for st in ("Title", "Heading 1", "Heading 2"):
        set_east_asian(d.styles[st], "黑体")
    cp = d.core_properties
    cp.author = "江西省科学技术厅"
    cp.title = A_TITLE
    cp.created = cp.modified = datetime.datetime(2026, 12, 1, 9, 0, 0)
    cp.last_modified_by = "江西省科学技术厅"
    cp.revision = 1
    lines = []
    for style, text in A_BODY:
        if style == "TABLE":
            rows = a_table_rows()
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = d.styles["Table Grid"]
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    t.cell(r, c).text = val
                lines.append(" | ".join(row))
            continue
        p = d.add_paragraph(text, style=style)
        if style == "Normal" and text == A_ISSUE:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        lines.append(text)
    d.save(CORPUS / A_FILE)
    return lines


def build_b():
    data = "\r\n".join(B_LINES) + "\r\n"
    (CORPUS / B_FILE).write_bytes(data.encode("gb18030"))
    return list(B_LINES)


def build_c():
    (CORPUS / C_FILE).write_text(C_MD, encoding="utf-8")
    return c_plain_lines(C_MD)


# ---------------------------------------------------------------- helpers
def units(lines):
    out = []
    for line in lines:
        if " | " in line:
            out.append(line)
            continue
        parts = re.findall(r"[^。！？]*[。！？]|[^。！？]+$", line)
        out.extend(p for p in parts if p)
    return out


def items(answer, kind):
    return answer.split("、") if kind == "list" else [answer]


CJK_RE = re.compile(r"[\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")


def longest_common_run(a, b):
    best = 0
    prev = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        cur = [0] * (len(b) + 1)
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                cur[j] = prev[j - 1] + 1
                best = max(best, cur[j])
        prev = cur
    return best


def make_questions(plain):
    out, meta = [], []
    n = Counter()
    for q in Q:
        doc, kind, question, answer, hint = q[:5]
        typo = q[5] if len(q) > 5 else None
        absent = q[6] if len(q) > 6 else None
        n[doc] += 1
        qid = f"u21-{doc}{n[doc]:02d}"
        evidence = ""
        if answer:
            cands = [u for u in units(plain[doc]) if hint in u]
            if kind == "table":
                cands = [u for u in cands if " | " in u and u.startswith(hint)]
            if len(cands) != 1:
                sys.exit(f"{qid}: hint {hint!r} matches {len(cands)} units: {cands}")
            evidence = cands[0]
        out.append({"id": qid, "doc": DOC_FILES[doc], "kind": kind, "question": question,
                    "answer": answer, "evidence": evidence})
        meta.append({"id": qid, "doc": doc, "typo": typo, "absent": absent})
    return out, meta


# ---------------------------------------------------------------- checks
def check(plain, questions, meta):
    errs = []
    t2s = opencc.OpenCC("t2s")
    s2tw = opencc.OpenCC("s2tw")

    def need(cond, msg):
        if not cond:
            errs.append(msg)

    # ---- reopen the documents
    d = docx.Document(CORPUS / A_FILE)
    body = []
    for p in d.paragraphs:
        if p.text.strip():
            body.append((p.style.name, p.text))
    exp = [(s, t) for s, t in A_BODY if s != "TABLE"]
    need(body == exp, "A: docx paragraphs/styles differ from the data")
    need(sum(1 for s, _ in body if s == "Title") == 1, "A: one Title paragraph")
    h1 = [t for s, t in body if s == "Heading 1"]
    h2 = [t for s, t in body if s == "Heading 2"]
    need(len(h1) == 6, f"A: 6 Heading 1 expected, got {len(h1)}")
    need(8 <= len(h2) <= 10 and h2 == [s["head"] for s in SECTIONS], "A: Heading 2 = the 8-10 专项")
    need(len(d.tables) == 1, "A: exactly one table")
    t = d.tables[0]
    need(t.style.name == "Table Grid", "A: table style Table Grid")
    trows = [[c.text for c in r.cells] for r in t.rows]
    need(trows == a_table_rows(), "A: table differs from data")
    docx_lines = [x for _, x in body]
    docx_lines[docx_lines.index(A_TABLE_TITLE) + 1:docx_lines.index(A_TABLE_TITLE) + 1] = [" | ".join(r) for r in trows]
    need(docx_lines == plain["A"], "A: plain text != reopened docx (paragraphs + table rows)")
    # every 专项 has the same five sub-items, in the same order
    for s in SECTIONS:
        for i, k in enumerate(SEC_KEYS, 1):
            need(s[k].startswith(f"{i}．"), f"A: {s['name']} item {k} numbering")
        need(s["lianxi"].startswith("5．联系人及电话：省科技厅"), f"A: {s['name']} contact line")
        need(re.search(r"0791-862463\d\d。$", s["lianxi"]) is not None, f"A: {s['name']} phone")

    raw_b = (CORPUS / B_FILE).read_bytes()
    try:
        raw_b.decode("utf-8")
        need(False, "B: must NOT be valid UTF-8")
    except UnicodeDecodeError:
        pass
    dec_b = raw_b.decode("gb18030")
    need(dec_b.splitlines() == plain["B"], "B: GB18030 decode != plain text")
    need("\r\n" in dec_b, "B: CRLF line ends")
    num = [x for x in plain["B"] if re.match(r"\d．", x)]
    need([x[0] for x in num] == [str(i) for i in range(1, len(num) + 1)] and len(num) >= 3, "B: numbered 申报材料 list")
    need(sum(1 for x in plain["B"] if re.search(r"电话：0797-\d{7}$", x)) == 2, "B: two contacts with phones")

    raw_c = (CORPUS / C_FILE).read_text(encoding="utf-8")
    need(c_plain_lines(raw_c) == plain["C"], "C: md -> plain mismatch")
    need(len(re.findall(r"^### 問[一二三四五六七八九十]+：", raw_c, re.M)) >= 6, "C: ### question headings")
    need(sum(1 for x in plain["C"] if x.startswith("答：")) == len(re.findall(r"^### ", raw_c, re.M)), "C: one answer per question")
    need(t2s.convert(raw_c) != raw_c, "C: must be Traditional")
    need(s2tw.convert(raw_c) == raw_c, "C: s2tw leaves C unchanged (no Simplified left)")

    # ---- plain files on disk
    for k, f in DOC_FILES.items():
        disk = (PLAIN / (Path(f).stem + ".txt")).read_text(encoding="utf-8")
        need(disk == "\n".join(plain[k]) + "\n", f"{k}: plain file on disk differs")
        need(all(x.strip() == x and x for x in plain[k]), f"{k}: plain lines stripped, non-empty")

    # ---- figures consistent: sections vs table vs totals vs C
    total_n = total_money = 0
    for s in SECTIONS:
        m = re.fullmatch(r"2．支持强度和项目数：单项(?:资助|补助)(\d+)万元，拟支持(\d+)([项个])。", s["qiangdu"])
        need(m is not None, f"A: {s['name']} qiangdu format")
        if m:
            need(s["amount"] == m.group(1) + "万元" and s["count"] == m.group(2) + m.group(3),
                 f"A: {s['name']} section vs table")
            total_n += int(m.group(2))
            total_money += int(m.group(1)) * int(m.group(2))
    need(total_n == 470, f"A: counts sum {total_n} != 470")
    need(total_money == 15000, f"A: money sum {total_money}万元 != 1.5亿元")
    need("2027年度省科技计划共设置10个专项，拟支持项目470项（个），省财政安排科研经费1.5亿元。" in plain["A"], "A: totals sentence")
    need(len(SECTIONS) == 10, "A: 10 专项")
    amounts = [int(s["amount"][:-2]) for s in SECTIONS]
    need(amounts.count(max(amounts)) == 1 and SECTIONS[amounts.index(max(amounts))]["name"] == "重大科技研发专项", "A: unique max amount")
    need(amounts.count(100) == 1, "A: unique 100万元")
    dl = [s["deadline"] for s in SECTIONS]
    need(dl.count(max(dl)) == 1 and SECTIONS[dl.index(max(dl))]["name"] == "科技创新基地建设专项", "A: unique latest deadline")
    need({s["name"] for s in SECTIONS if s["deadline"] == min(dl)} == {"重大科技研发专项", "软科学研究专项"}, "A: earliest deadlines")
    counts = [int(re.match(r"\d+", s["count"]).group()) for s in SECTIONS]
    need(SECTIONS[counts.index(max(counts))]["name"] == "自然科学基金青年基金项目" and counts.count(max(counts)) == 1, "A: most projects")
    cj = "\n".join(plain["C"])
    aj = "\n".join(plain["A"])
    pairs = [  # (C wording, A wording)
        ("十個專項", "10个专项"), ("四百七十個專案", "470项（个）"), ("一億五千萬元", "1.5亿元"),
        ("每項可獲得三百萬元，全省只有十二個名額", "单项资助300万元，拟支持12项"),
        ("一千萬元", "研发投入不低于1000万元"), ("省財政資助的三倍", "比例不低于3:1"),
        ("預計資助兩百項，每項十萬元", "单项资助10万元，拟支持200项"),
        ("1992年1月1日以後出生，也就是不超過三十五歲", "年龄不超过35周岁（1992年1月1日以后出生）"),
        ("每項資助三十萬元，執行期兩年，自2027年7月起算", "单项资助30万元，拟支持20项"),
        ("執行期兩年，自2027年7月起算", "2年（2027年7月至2029年6月）"),
        ("2025年1月1日以後", "2025年1月1日以后"), ("五百萬元以上", "不低于500万元"),
        ("每項一百萬元，共十五個名額", "单项补助100万元，拟支持15项"),
        ("2027年2月28日", "2027年2月28日"), ("2027年4月30日", "2027年4月30日"), ("2027年1月5日", "2027年1月5日"),
        ("0791-86246300", "0791-86246300"), ("0791-86246399", "0791-86246399"),
        ("不必寄送紙本材料", "不再报送纸质材料"),
    ]
    for c_txt, a_txt in pairs:
        need(c_txt in cj, f"C lacks {c_txt}")
        need(a_txt in aj, f"A lacks {a_txt}")
    bj = "\n".join(plain["B"])
    need("赣科发计字〔2026〕118号" in bj and "赣科发计字〔2026〕118号" in aj, "B cites A's number")
    for dte in re.findall(r"2027年2月2\d日", bj):
        need(dte < "2027年2月28日", "B: district deadlines before the earliest provincial one")

    # ---- questions
    need(len(questions) == 50, f"{len(questions)} questions, not 50")
    need(len({q["id"] for q in questions}) == len(questions), "ids not unique")
    kc = Counter(q["kind"] for q in questions)
    need(dict(kc) == KIND_COUNTS, f"kind counts {dict(kc)}")
    alldocs_raw = [aj + "\n" + "\n".join(docx_lines), dec_b, raw_c, bj, cj]
    alldocs_s = alldocs_raw + [t2s.convert(raw_c)]
    by_file = {v: k for k, v in DOC_FILES.items()}
    for q, m in zip(questions, meta):
        qid = q["id"]
        need(set(q) == {"id", "doc", "kind", "question", "answer", "evidence"}, f"{qid}: fields")
        need(q["doc"] in by_file and (CORPUS / q["doc"]).exists(), f"{qid}: doc file")
        k = by_file.get(q["doc"])
        ptxt = "\n".join(plain[k])
        if q["kind"] == "unanswerable":
            need(q["answer"] == "" and q["evidence"] == "", f"{qid}: unanswerable must be empty")
            need(m["absent"] and m["absent"][0] in q["question"], f"{qid}: key term in question")
            for term in m["absent"]:
                for txt in alldocs_s:
                    need(term not in txt and s2tw.convert(term) not in txt, f"{qid}: {term} occurs in a document")
            continue
        need(q["answer"] != "" and q["evidence"] != "", f"{qid}: empty answer/evidence")
        need(q["evidence"] in ptxt, f"{qid}: evidence not in plain")
        need(q["evidence"] in units(plain[k]), f"{qid}: evidence is not a whole sentence/line/row")
        need(ptxt.count(q["evidence"]) == 1, f"{qid}: evidence not unique in plain")
        its = items(q["answer"], q["kind"])
        if q["kind"] == "list":
            need(3 <= len(its) <= 5, f"{qid}: list of 3-5 items")
        for it in its:
            need(it and it in ptxt, f"{qid}: answer item {it!r} not in plain")
            need(it in q["evidence"], f"{qid}: answer item {it!r} not in evidence")
        if q["kind"] != "list":
            need(q["answer"] in q["evidence"], f"{qid}: answer not in evidence")
        if q["kind"] == "table":
            need(" | " in q["evidence"] and q["evidence"].split(" | ")[0].isdigit(), f"{qid}: table row evidence")
        if q["kind"] == "english":
            need(not CJK_RE.search(q["question"]), f"{qid}: CJK in English question")
            need(("Jiangxi" in q["question"]) or ("Nankang" in q["question"]), f"{qid}: names the place")
        else:
            need(CJK_RE.search(q["question"]) is not None, f"{qid}: Chinese question")
        if q["kind"] == "traditional":
            need(t2s.convert(q["question"]) != q["question"], f"{qid}: not Traditional")
            need(s2tw.convert(q["question"]) == q["question"], f"{qid}: Simplified left in Traditional question")
        if q["kind"] == "typo":
            wrong, right = m["typo"]
            need(wrong in q["question"], f"{qid}: typo form in question")
            need(len(wrong) == len(right) and sum(a != b for a, b in zip(wrong, right)) == 1, f"{qid}: one wrong char")
            need(right in ptxt, f"{qid}: correct form in doc")
            for txt in alldocs_s:
                need(wrong not in txt, f"{qid}: typo form occurs in a document")
        if q["kind"] != "english":
            qq = t2s.convert(q["question"]) if q["kind"] == "traditional" else q["question"]
            if m["typo"]:
                qq = qq.replace(*m["typo"])
            ev = t2s.convert(q["evidence"]) if k == "C" else q["evidence"]
            run = longest_common_run(qq, ev)
            need(run <= MAX_COMMON_RUN, f"{qid}: common run {run} > {MAX_COMMON_RUN}")
    dkc = Counter(m["doc"] for m in meta)
    need(dkc["A"] > dkc["B"] and dkc["A"] > dkc["C"], "most questions on A")
    need(all(m["doc"] == "A" for q, m in zip(questions, meta) if q["kind"] in ("section", "table", "list")), "section/table/list on A")
    need(all(m["doc"] == "B" for q, m in zip(questions, meta) if q["kind"] == "contact"), "contact on B")
    need({m["doc"] for q, m in zip(questions, meta) if q["kind"] == "traditional"} == {"A", "C"}, "traditional on A and C")
    return errs


def main():
    CORPUS.mkdir(exist_ok=True)
    PLAIN.mkdir(exist_ok=True)
    plain = {"A": build_a(), "B": build_b(), "C": build_c()}
    for k, f in DOC_FILES.items():
        (PLAIN / (Path(f).stem + ".txt")).write_text("\n".join(plain[k]) + "\n", encoding="utf-8")
    questions, meta = make_questions(plain)
    with open(ROOT / "questions.jsonl", "w", encoding="utf-8") as fh:
        for q in questions:
            fh.write(json.dumps(q, ensure_ascii=False) + "\n")
    errs = check(plain, questions, meta)
    kc = Counter(q["kind"] for q in questions)
    dc = Counter(q["doc"][0] for q in questions)
    print("kinds:", dict(kc))
    print("docs:", dict(dc))
    for k in "ABC":
        txt = "".join(plain[k])
        print(k, "chars (non-space):", len(re.sub(r"\s", "", txt)), "CJK:", len(re.findall(r"[\u4e00-\u9fff]", txt)))
    if errs:
        print("CHECKS FAILED:")
        for e in errs:
            print("  -", e)
        sys.exit(1)
    print("ALL CHECKS PASSED")


if __name__ == "__main__":
    main()
