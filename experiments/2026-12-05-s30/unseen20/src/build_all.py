# -*- coding: utf-8 -*-
"""unseen20: build the three corpus documents and their plain text, write questions.jsonl, then check.

Run:  /work/main/.venv/bin/python src/build_all.py
Writes only inside this folder (corpus/, plain/, questions.jsonl).
"""
import html
import json
import os
import re
import sys
import zipfile
from collections import Counter
from html.parser import HTMLParser

import opencc
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(HERE, "corpus")
PLAIN = os.path.join(HERE, "plain")
QFILE = os.path.join(HERE, "questions.jsonl")

FILES = {
    "A": "A_liuzhou_zhongshi_jidi_jianshe_sannian_xingdong_gongzuo_fangan.docx",
    "B": "B_luoyang_2025_rd_jingfei_touru_tongji_gongbao.pdf",
    "C": "C_zhangzhou_xiamen_daxue_disanlun_keji_hezuo_qianyue_xinwen.html",
}


def plain_name(key):
    return os.path.splitext(FILES[key])[0] + ".txt"


def row_line(cells):
    return " | ".join(cells)


# ---------------------------------------------------------------------------
# A: 柳州市中试基地建设三年行动工作方案 (DOCX)
# Items: ("title"|"issue"|"p"|"h1"|"h2"|"caption"|"table", text or rows)
# ---------------------------------------------------------------------------
A_TITLE = "柳州市中试基地建设三年行动工作方案（2026—2028年）"
A_TABLE = [
    ["支持事项", "支持对象", "支持方式", "补助比例", "单项支持上限"],
    ["新认定市级中试基地", "当年通过认定的市级中试基地", "一次性奖励", "—", "100万元"],
    ["新认定自治区级中试基地", "当年获自治区认定的中试基地", "一次性奖励", "—", "200万元"],
    ["中试设备购置", "市级中试基地", "事后补助", "设备购置额的30%", "500万元"],
    ["中试服务", "市级中试基地", "按年度服务合同额补助", "服务合同额的10%", "50万元"],
    ["概念验证中心建设", "新认定的市级概念验证中心", "一次性奖励", "—", "80万元"],
    ["中试券", "在市级中试基地开展中试的科技型中小企业", "后补助", "中试费用的50%", "20万元"],
    ["年度绩效评价优秀", "市级中试基地", "奖励", "—", "30万元"],
]
A_ITEMS = [
    ("title", A_TITLE),
    ("issue", "（2026年3月12日柳州市人民政府办公室印发　柳政办发〔2026〕18号）"),
    ("p", "为深入实施创新驱动发展战略，打通科技成果从实验室走向生产线的关键环节，推动汽车、机械、冶金等传统优势产业转型升级，"
          "加快培育战略性新兴产业，根据《广西壮族自治区中试基地建设实施方案》和《柳州市科技创新“十五五”规划》有关要求，结合我市实际，制定本方案。"),
    ("h1", "一、总体要求"),
    ("h2", "（一）基本思路"),
    ("p", "坚持需求牵引、企业主体、开放共享、市场运作，围绕全市重点产业链创新链布局建设一批专业化、市场化、开放型的中试基地，"
          "构建“概念验证—中试熟化—产业化”全链条服务体系，着力解决科技成果转化“最后一公里”问题，为建设现代化工业强市提供有力支撑。"),
    ("h2", "（二）主要目标"),
    ("p", "到2026年底，全市建成市级中试基地12家，建成概念验证中心3家，中试基地年服务企业300家次以上。"),
    ("p", "到2028年底，全市建成市级中试基地30家、自治区级中试基地8家，建成概念验证中心10家，培育专业化中试服务机构15家，"
          "中试基地年服务企业1200家次以上，累计完成中试项目600项以上，带动相关产业新增产值80亿元以上。"),
    ("h1", "二、重点任务"),
    ("h2", "（一）围绕重点产业布局中试基地"),
    ("p", "1.汽车及零部件产业。依托柳东新区汽车产业集群和整车龙头企业，重点建设新能源汽车动力电池、电驱动系统、智能网联汽车测试验证等中试基地，"
          "到2028年建成汽车领域中试基地10家以上。"),
    ("p", "2.工程机械和高端装备产业。依托工程机械龙头企业和柳州高新技术产业开发区，重点建设电动化工程机械、智能液压件、高端轴承等中试基地，"
          "到2028年建成6家以上。"),
    ("p", "3.钢铁和新材料产业。重点建设高性能特种钢、铝合金轻量化材料、新型功能材料等中试基地，到2028年建成5家以上。"),
    ("p", "4.生物医药和特色食品产业。围绕壮瑶医药、生物制药和螺蛳粉等特色食品，重点建设药物制剂、食品保鲜与包装、风味标准化等中试基地，"
          "到2028年建成5家以上。"),
    ("p", "5.新一代信息技术产业。重点建设工业软件、汽车电子、集成电路封装测试等中试基地，到2028年建成4家以上。"),
    ("h2", "（二）建设概念验证中心"),
    ("p", "支持高等学校、科研院所和新型研发机构建设概念验证中心，为早期科技成果提供技术可行性研究、原型制造、性能测试、商业化评估等服务。"
          "鼓励广西科技大学等在柳高校结合优势学科建设概念验证中心。"
          "概念验证中心每年开展概念验证项目不少于10项，其中实现转化或获得后续投资的项目比例不低于30%。"),
    ("h2", "（三）提升中试服务能力"),
    ("p", "1.完善中试条件。引导中试基地配置中试生产线、检验检测设备和工艺验证平台，中试基地用于中试服务的设备原值原则上不低于2000万元，"
          "专职技术服务人员不少于20人。"),
    ("p", "2.培育中试服务机构。支持中试基地与技术转移机构、检验检测机构、知识产权服务机构等合作，培育一批“中试+”专业服务机构。"),
    ("p", "3.推动数字化中试。支持中试基地运用工业互联网、数字孪生等技术开展虚拟中试，缩短中试周期、降低中试成本。"),
    ("h2", "（四）推动开放共享"),
    ("p", "市级中试基地面向社会开放的服务时间原则上不低于其总服务时间的50%，对中小微企业的收费标准不高于市场平均价格的80%。"
          "市科学技术局牵头建设“柳州市中试服务平台”，汇集全市中试基地设备、技术、人才和服务信息，2026年6月底前上线运行。"),
    ("h1", "三、支持政策"),
    ("h2", "（一）财政资金支持"),
    ("p", "市财政每年安排中试基地建设专项资金不少于5000万元，按照表1所列标准对中试基地建设和运营给予支持。"
          "同一中试基地同一年度获得的市级财政支持累计不超过800万元。"),
    ("caption", "表1　柳州市中试基地建设支持标准"),
    ("table", A_TABLE),
    ("h2", "（二）金融支持"),
    ("p", "设立规模为5亿元的柳州市中试产业投资基金，首期规模2亿元，重点投向在中试基地完成中试的项目。"
          "鼓励银行机构开发“中试贷”产品，对中试基地和入驻企业给予信用贷款支持，单户贷款额度最高1000万元。"),
    ("h2", "（三）用地和人才保障"),
    ("p", "中试基地建设用地优先纳入年度用地计划。中试基地引进的高层次人才，按照《柳州市高层次人才分类认定办法》享受住房、子女入学、医疗等待遇。"
          "支持中试基地技术人员申报工程技术系列职称，对在中试工作中业绩突出的，可按规定破格申报。"),
    ("h1", "四、保障措施"),
    ("h2", "（一）加强组织领导"),
    ("p", "成立由市人民政府分管副市长任组长的柳州市中试基地建设工作专班，统筹推进全市中试基地建设工作。"
          "工作专班办公室设在市科学技术局，办公室主任由市科学技术局主要负责同志兼任。"),
    ("h2", "（二）明确职责分工"),
    ("p", "市科学技术局负责中试基地和概念验证中心的认定、绩效评价及中试券管理；市工业和信息化局负责推动中试成果产业化和技术改造项目对接；"
          "市财政局负责专项资金保障和资金使用监督；市自然资源和规划局负责中试基地用地保障；市人力资源和社会保障局负责中试人才引进和职称评审；"
          "各县（区）人民政府和柳州高新技术产业开发区管委会负责本辖区中试基地的培育和服务。"),
    ("h2", "（三）强化绩效评价"),
    ("p", "市科学技术局每年组织开展市级中试基地绩效评价，评价结果分为优秀、良好、合格、不合格四个等次。"
          "评价结果为优秀的，按照表1给予奖励；连续2年评价结果为不合格的，撤销其市级中试基地认定，3年内不得重新申报。"),
    ("h2", "（四）加强宣传推广"),
    ("p", "定期举办中试基地供需对接活动，每年发布中试基地服务目录和典型案例，营造支持中试、参与中试的良好氛围。"),
    ("p", "本方案自2026年4月1日起施行，有效期至2028年12月31日，由市科学技术局负责解释。"),
]


def set_east_asian(style_or_run, font):
    rpr = style_or_run.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)


def build_a():
    doc = Document()
    cp = doc.core_properties
    cp.author = "柳州市人民政府办公室"
    cp.title = A_TITLE
    import datetime
    cp.created = cp.modified = datetime.datetime(2026, 3, 12, 9, 0, 0)
    cp.last_modified_by = "柳州市人民政府办公室"
    cp.revision = 1
    normal = doc.styles["Normal"]
    normal.font.size = Pt(12)
    set_east_asian(normal, "仿宋")
    for name, font in (("Title", "方正小标宋简体"), ("Heading 1", "黑体"), ("Heading 2", "楷体")):
        set_east_asian(doc.styles[name], font)
    lines = []
    for kind, val in A_ITEMS:
        if kind == "title":
            doc.add_paragraph(val, style="Title")
            lines.append(val)
        elif kind == "issue":
            p = doc.add_paragraph(val)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            lines.append(val)
        elif kind == "h1":
            doc.add_heading(val, level=1)
            lines.append(val)
        elif kind == "h2":
            doc.add_heading(val, level=2)
            lines.append(val)
        elif kind == "caption":
            p = doc.add_paragraph(val)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            lines.append(val)
        elif kind == "p":
            p = doc.add_paragraph(val)
            p.paragraph_format.first_line_indent = Pt(24)
            lines.append(val)
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    c = t.cell(i, j)
                    c.text = cell
                    if i == 0:
                        for r in c.paragraphs[0].runs:
                            r.bold = True
            # mark the header row as a repeating table header
            trpr = t.rows[0]._tr.get_or_add_trPr()
            trpr.append(trpr.makeelement(qn("w:tblHeader"), {qn("w:val"): "true"}))
            lines.extend(row_line(r) for r in val)
    doc.save(os.path.join(CORPUS, FILES["A"]))
    return lines


# ---------------------------------------------------------------------------
# B: 洛阳市2025年研究与试验发展（R&D）经费投入统计公报 (PDF)
# ---------------------------------------------------------------------------
B_TITLE = "洛阳市2025年研究与试验发展（R&D）经费投入统计公报"
B_FOOTER = "洛阳市R&D经费投入统计公报（2025）"
# district: (2025 R&D 亿元, 2024 R&D 亿元)
B_DIST = [
    ("老城区", "4.27", "3.98"),
    ("西工区", "12.08", "11.12"),
    ("瀍河回族区", "2.15", "2.03"),
    ("涧西区", "48.36", "43.85"),
    ("洛龙区", "31.52", "27.64"),
    ("孟津区", "14.63", "13.02"),
    ("偃师区", "16.91", "15.37"),
    ("新安县", "11.74", "10.69"),
    ("栾川县", "10.38", "9.51"),
    ("嵩县", "3.06", "2.71"),
    ("汝阳县", "4.52", "4.13"),
    ("宜阳县", "8.47", "7.41"),
    ("洛宁县", "3.85", "3.52"),
    ("伊川县", "14.48", "13.09"),
]


def growth(a, b):
    return "%.1f" % round((float(a) / float(b) - 1) * 100 + 1e-9, 1)


def b_table():
    rows = [["县（市、区）", "2025年R&D经费（亿元）", "2024年R&D经费（亿元）", "比上年增长（%）"]]
    for name, v25, v24 in B_DIST:
        rows.append([name, v25, v24, growth(v25, v24)])
    t25 = "%.2f" % sum(float(r[1]) for r in B_DIST)
    t24 = "%.2f" % sum(float(r[2]) for r in B_DIST)
    rows.append(["合计", t25, t24, growth(t25, t24)])
    return rows


B_TABLE = b_table()
B_ITEMS = [
    ("title", B_TITLE),
    ("sub", "洛阳市统计局　洛阳市科学技术局　洛阳市财政局"),
    ("sub", "2026年9月26日"),
    ("p", "2025年，全市共投入研究与试验发展（R&D）经费186.42亿元，比上年增加18.35亿元，增长10.9%；R&D经费投入强度（与地区生产总值之比）为3.02%，"
          "比上年提高0.15个百分点，高于全省平均水平0.48个百分点。"),
    ("h", "一、分活动类型情况"),
    ("p", "全市基础研究经费10.26亿元，比上年增长15.8%；应用研究经费20.87亿元，增长9.6%；试验发展经费155.29亿元，增长10.8%。"
          "基础研究、应用研究和试验发展经费所占比重分别为5.5%、11.2%和83.3%。"),
    ("h", "二、分活动主体情况"),
    ("p", "分活动主体看，各类企业R&D经费152.38亿元，比上年增长11.8%；政府属研究机构经费21.65亿元，增长6.2%；高等学校经费9.74亿元，增长8.9%；"
          "其他主体经费2.65亿元，增长8.6%。企业、政府属研究机构、高等学校经费所占比重分别为81.7%、11.6%和5.2%。"),
    ("h", "三、规模以上工业企业情况"),
    ("p", "全市规模以上工业企业R&D经费143.56亿元，比上年增长12.3%，占全市R&D经费的比重为77.0%；R&D经费投入强度（与营业收入之比）为1.68%，"
          "比上年提高0.09个百分点。"),
    ("p", "全市有R&D活动的规模以上工业企业1286家，占全部规模以上工业企业的比重为38.6%；设立研发机构的规模以上工业企业968家。"),
    ("p", "分行业看，R&D经费超过10亿元的行业大类有4个，分别是专用设备制造业、通用设备制造业、有色金属冶炼和压延加工业、电气机械和器材制造业，"
          "R&D经费分别为28.64亿元、21.37亿元、16.82亿元和12.06亿元，合计占规模以上工业企业R&D经费的55.0%。"),
    ("p", "高技术制造业R&D经费31.47亿元，增长14.2%，占规模以上工业企业R&D经费的比重为21.9%。"),
    ("h", "四、分县（市、区）情况"),
    ("p", "分县（市、区）看，R&D经费超过10亿元的县（市、区）有8个。涧西区R&D经费48.36亿元，居全市首位；洛龙区31.52亿元，居第二位。"
          "宜阳县R&D经费增速最快，比上年增长14.3%；洛龙区增长14.0%，居第二位。各县（市、区）R&D经费情况见表1。"),
    ("caption", "表1　2025年各县（市、区）R&D经费情况"),
    ("table", B_TABLE),
    ("note", "注：县（市、区）数据按属地原则统计，洛阳高新技术产业开发区、伊滨经济技术开发区数据分别计入涧西区、偃师区。"),
    ("h", "五、R&D人员情况"),
    ("p", "2025年，全市R&D人员6.84万人，比上年增长7.5%；R&D人员折合全时当量4.12万人年，增长8.1%。"
          "其中，研究人员折合全时当量1.96万人年，占R&D人员折合全时当量的47.6%。"),
    ("h", "六、财政科技支出情况"),
    ("p", "2025年，全市地方财政科技支出38.57亿元，比上年增加4.26亿元，增长12.4%；地方财政科技支出占地方一般公共预算支出的比重为4.36%，"
          "比上年提高0.31个百分点。其中，市本级财政科技支出16.28亿元，县（市、区）级财政科技支出22.29亿元。"),
    ("h", "附注"),
    ("p", "1.本公报中各项统计数据均为初步统计数，部分数据因四舍五入的原因，可能存在总计与分项合计不等的情况。"),
    ("p", "2.研究与试验发展（R&D）经费指报告期内调查单位用于内部开展R&D活动的实际支出，包括基础研究、应用研究和试验发展三类活动的支出。"),
    ("p", "3.R&D经费投入强度指R&D经费与地区生产总值之比；规模以上工业企业R&D经费投入强度指其R&D经费与营业收入之比。"),
    ("p", "4.规模以上工业企业指年主营业务收入2000万元及以上的工业法人单位。"),
    ("p", "5.高技术制造业包括医药制造，航空、航天器及设备制造，电子及通信设备制造，计算机及办公设备制造，医疗仪器设备及仪器仪表制造，信息化学品制造六大类。"),
    ("p", "6.本公报数据来源于洛阳市2025年研究与试验发展统计调查，调查范围覆盖全市有R&D活动的企业、研究与开发机构、高等学校及其他事业单位。"),
]


def check_b_figures():
    """Assert that the figures stated in B agree with each other."""
    t = B_TABLE
    assert t[-1][1] == "186.42" and t[-1][2] == "168.07", t[-1]
    assert abs(186.42 - 168.07 - 18.35) < 1e-6
    assert growth("186.42", "168.07") == "10.9"
    # activity types: 10.26 + 20.87 + 155.29 = 186.42, shares 5.5 / 11.2 / 83.3
    assert abs(10.26 + 20.87 + 155.29 - 186.42) < 1e-6
    assert ["%.1f" % (x / 186.42 * 100) for x in (10.26, 20.87, 155.29)] == ["5.5", "11.2", "83.3"]
    # prior-year values behind the stated growth rates sum to 168.07
    prior = {10.26: (8.86, "15.8"), 20.87: (19.04, "9.6"), 155.29: (140.17, "10.8")}
    assert all(growth(str(k), str(v[0])) == v[1] for k, v in prior.items())
    assert abs(sum(v[0] for v in prior.values()) - 168.07) < 1e-6
    # performers: 152.38 + 21.65 + 9.74 + 2.65 = 186.42, shares 81.7 / 11.6 / 5.2
    assert abs(152.38 + 21.65 + 9.74 + 2.65 - 186.42) < 1e-6
    assert ["%.1f" % (x / 186.42 * 100) for x in (152.38, 21.65, 9.74)] == ["81.7", "11.6", "5.2"]
    prior2 = {152.38: (136.30, "11.8"), 21.65: (20.39, "6.2"), 9.74: (8.94, "8.9"), 2.65: (2.44, "8.6")}
    assert all(growth(str(k), str(v[0])) == v[1] for k, v in prior2.items())
    assert abs(sum(v[0] for v in prior2.values()) - 168.07) < 1e-6
    # industry: 143.56 = 77.0% of total; four sectors 78.89 = 55.0%; high-tech 31.47 = 21.9%
    assert "%.1f" % (143.56 / 186.42 * 100) == "77.0"
    assert "%.1f" % ((28.64 + 21.37 + 16.82 + 12.06) / 143.56 * 100) == "55.0"
    assert "%.1f" % (31.47 / 143.56 * 100) == "21.9"
    # districts: 8 above 10亿元, 涧西 first, 洛龙 second, 宜阳 fastest (14.3), 洛龙 second fastest (14.0)
    rows = t[1:-1]
    assert sum(float(r[1]) > 10 for r in rows) == 8
    by_val = sorted(rows, key=lambda r: -float(r[1]))
    assert [by_val[0][0], by_val[1][0]] == ["涧西区", "洛龙区"]
    by_g = sorted(rows, key=lambda r: -float(r[3]))
    assert [(by_g[0][0], by_g[0][3]), (by_g[1][0], by_g[1][3])] == [("宜阳县", "14.3"), ("洛龙区", "14.0")]
    # personnel 1.96 / 4.12 = 47.6%; fiscal 38.57 - 4.26 = 34.31, +12.4%; 16.28 + 22.29 = 38.57
    assert "%.1f" % (1.96 / 4.12 * 100) == "47.6"
    assert growth("38.57", "34.31") == "12.4"
    assert abs(16.28 + 22.29 - 38.57) < 1e-6


def build_b():
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    F = "STSong-Light"
    st_title = ParagraphStyle("t", fontName=F, fontSize=17, leading=26, alignment=TA_CENTER, wordWrap="CJK", spaceAfter=6)
    st_sub = ParagraphStyle("s", fontName=F, fontSize=12, leading=20, alignment=TA_CENTER, wordWrap="CJK")
    st_h = ParagraphStyle("h", fontName=F, fontSize=13.5, leading=24, wordWrap="CJK", spaceBefore=8, spaceAfter=2)
    st_p = ParagraphStyle("p", fontName=F, fontSize=12, leading=22, wordWrap="CJK", firstLineIndent=24, spaceAfter=4)
    st_cap = ParagraphStyle("c", fontName=F, fontSize=12, leading=20, alignment=TA_CENTER, wordWrap="CJK", spaceBefore=6, spaceAfter=4)
    st_note = ParagraphStyle("n", fontName=F, fontSize=10, leading=16, wordWrap="CJK", spaceBefore=4)
    st_cell = ParagraphStyle("cell", fontName=F, fontSize=10.5, leading=14, alignment=TA_CENTER, wordWrap="CJK")

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont(F, 9)
        canvas.setLineWidth(0.5)
        canvas.line(2.5 * cm, 1.9 * cm, A4[0] - 2.5 * cm, 1.9 * cm)
        canvas.drawString(2.5 * cm, 1.4 * cm, B_FOOTER)
        canvas.drawRightString(A4[0] - 2.5 * cm, 1.4 * cm, "第 %d 页" % doc.page)
        canvas.restoreState()

    story, lines = [], []
    for kind, val in B_ITEMS:
        if kind == "table":
            data = [[Paragraph(html.escape(c), st_cell) for c in r] for r in val]
            tb = Table(data, colWidths=[3.4 * cm, 4.2 * cm, 4.2 * cm, 3.4 * cm], repeatRows=1)
            tb.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6E6E6")),
                ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#F2F2F2")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]))
            cap = story.pop()  # keep caption, table and note together on one page
            story.append(("keep", cap, tb))
            lines.extend(row_line(r) for r in val)
            continue
        style = {"title": st_title, "sub": st_sub, "h": st_h, "p": st_p, "caption": st_cap, "note": st_note}[kind]
        par = Paragraph(html.escape(val), style)
        if kind == "note" and story and isinstance(story[-1], tuple):
            _, cap, tb = story.pop()
            story.append(KeepTogether([cap, tb, par]))
        else:
            story.append(par)
        if kind == "sub" and val.startswith("2026"):
            story.append(Spacer(1, 8))
        lines.append(val)
    doc = SimpleDocTemplate(os.path.join(CORPUS, FILES["B"]), pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                            topMargin=2.5 * cm, bottomMargin=2.6 * cm, title=B_TITLE, author="洛阳市统计局",
                            creator="unseen20 build_all.py")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return lines


# ---------------------------------------------------------------------------
# C: 漳州市人民政府门户网站 news page (HTML)
# ---------------------------------------------------------------------------
C_TITLE = "漳州市与厦门大学签署第三轮全面科技合作协议"
C_BODY = [
    "11月20日，漳州市人民政府与厦门大学在漳州市民服务中心签署第三轮全面科技合作协议，并召开校地科技合作推进会。"
    "福建省科学技术厅副厅长林德辉，厦门大学党委常委、副校长陈思远，漳州市委副书记、市长黄志军出席并讲话，漳州市副市长吴晓帆主持签约仪式。",
    "根据协议，双方将在2026年至2030年间，围绕食品加工、新材料、高端装备、生物医药和海洋经济等漳州重点产业，共建厦门大学漳州研究院，"
    "联合开展关键核心技术攻关，共同培养专业学位研究生和产业急需人才。研究院首期将组建食品科学与工程、海洋生物资源利用、先进材料和智能制造4个研发中心，"
    "计划到2030年集聚各类科研人员300名以上。漳州市将在协议期内每年安排不少于3000万元科技合作专项资金，用于支持研究院建设和校地合作项目实施。",
    "签约仪式上，双方还签订了厦门大学漳州研究院共建协议、研究生联合培养基地协议和大型科研仪器共享协议。"
    "厦门大学12个学院（研究院）与漳州市41家企业现场签订产学研合作项目23个，合同金额2.86亿元，其中技术开发项目14个、技术转让项目5个、技术服务项目4个。",
    "林德辉在讲话中指出，厦门大学与漳州的合作是全省校地合作的重要样板。省科学技术厅将支持漳州与厦门大学共同建设省级新型研发机构，"
    "在省级科技计划项目立项、创新平台布局等方面给予倾斜，推动更多高端创新资源向漳州集聚。他希望双方聚焦产业链关键环节，完善成果转化收益分配机制，"
    "把研究院打造成为体制机制灵活、产学研深度融合的新型研发机构。",
    "陈思远表示，厦门大学与漳州山海相连、人缘相亲。2016年和2021年，双方先后签署两轮全面合作协议，累计在漳实施合作项目186项，"
    "转化科技成果42项，为漳州培养输送各类人才3200余名。厦门大学将充分发挥学科和人才优势，把厦门大学漳州研究院建设成为服务闽南地区产业发展的"
    "高水平创新平台，同时依托厦门大学漳州校区，推动更多科技成果在漳州落地转化。",
    "黄志军代表漳州市委、市政府对厦门大学长期以来的支持表示感谢。他表示，漳州将以此次签约为契机，为研究院提供不少于2万平方米的科研办公场地，"
    "在研究院建设期内给予最高1亿元的经费支持，并在人才引进、项目申报、成果转化等方面提供全方位服务保障，努力把合作蓝图变为发展实景。",
    "企业代表、福建闽南食品集团有限公司董事长蔡志宏在发言中说，公司与厦门大学科研团队合作研发的果蔬低温保鲜技术已在漳州3个生产基地推广应用，"
    "年新增产值1.2亿元，希望借助研究院平台在功能性食品开发、食品安全检测等方面深化合作。",
    "推进会上，厦门大学科技处处长苏明哲发布了首批面向漳州企业开放的技术成果清单，共涉及成果65项；漳州市科学技术局局长郑文彬通报了"
    "2026年漳州企业技术需求征集情况，共征集技术需求138项，并介绍了下一步校地对接工作安排。",
    "漳州市有关市领导，厦门大学相关职能部门和学院负责人，各县（区）人民政府、漳州高新技术产业开发区管委会和市直有关部门负责人，"
    "以及企业代表共200余人参加活动。",
]
C_FURNITURE_WORDS = ["门户网站", "当前位置", "发布时间", "来源：", "浏览次数", "字号", "责任编辑", "打印本页", "关闭窗口",
                     "分享到", "主办单位", "ICP", "公网安备", "网站标识码", "政务公开", "漳州要闻"]

C_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2026-11-21 09:35">
<meta name="ContentSource" content="漳州市科学技术局">
<title>{title}_漳州要闻_漳州市人民政府门户网站</title>
<style>
body{{margin:0;font-family:"Microsoft YaHei",SimSun,sans-serif;color:#333;background:#f5f5f5}}
.header{{background:#b5171d;color:#fff;padding:18px 0}}.header .logo{{font-size:28px;font-weight:bold;margin-left:60px}}
.header .search{{float:right;margin-right:60px}}.nav{{background:#8e1015}}.nav a{{color:#fff;display:inline-block;padding:10px 22px;text-decoration:none}}
.wrap{{width:1100px;margin:0 auto;background:#fff;padding:20px 40px}}.breadcrumb{{font-size:13px;color:#666;border-bottom:1px solid #ddd;padding-bottom:8px}}
h1{{text-align:center;font-size:26px;color:#222;margin:26px 0 14px}}.info{{text-align:center;font-size:13px;color:#888;border-bottom:1px dashed #ccc;padding-bottom:10px}}
.article-content p{{text-indent:2em;line-height:2;font-size:17px}}.editor{{text-align:right;color:#666;font-size:14px}}
.tools{{border-top:1px solid #ddd;padding-top:10px;font-size:13px}}.related li{{font-size:14px;line-height:1.9}}
.footer{{background:#333;color:#bbb;text-align:center;font-size:13px;line-height:2;padding:18px 0}}
</style>
</head>
<body>
<div class="header" id="header">
  <span class="logo">漳州市人民政府门户网站</span>
  <form class="search" action="/search" method="get"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form>
  <div class="top-links"><a href="/">网站首页</a> | <a href="/wza/">无障碍</a> | <a href="/english/">English</a> | <a href="/m/">移动版</a></div>
</div>
<div class="nav" id="nav">
  <a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjzz/">走进漳州</a><a href="/ztzl/">专题专栏</a>
</div>
<div class="wrap">
  <div class="breadcrumb" id="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <a href="/xwzx/zzyw/">漳州要闻</a></div>
  <h1>{title}</h1>
  <div class="info" id="info">发布时间：2026-11-21 09:35　　来源：漳州市科学技术局　　浏览次数：<span id="hits">2186</span>　　字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
  <div class="article-content" id="zoom">
{body}
  </div>
  <div class="editor" id="editor">责任编辑：李雅婷</div>
  <div class="tools" id="tools"><a href="javascript:window.print()">打印本页</a> | <a href="javascript:window.close()">关闭窗口</a> | 分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
  <div class="related" id="related"><h3>相关链接</h3><ul>
    <li><a href="/xwzx/zzyw/202611/t20261118_1.htm">漳州市召开全市科技创新工作推进会</a></li>
    <li><a href="/xwzx/zzyw/202611/t20261112_2.htm">我市举办第二届海峡两岸食品产业技术对接会</a></li>
  </ul></div>
</div>
<div class="footer" id="footer">
  <p><a href="/about/">关于本网</a> | <a href="/map/">网站地图</a> | <a href="/contact/">联系我们</a> | <a href="/statement/">隐私声明</a></p>
  <p>主办单位：漳州市人民政府办公室　　承办单位：漳州市大数据服务中心　　地址：福建省漳州市芗城区胜利西路1号</p>
  <p><a href="https://beian.miit.gov.cn/">闽ICP备05011838号</a>　　闽公网安备 35060202000391号　　网站标识码：3506000015</p>
</div>
</body>
</html>
"""


def build_c():
    body = "\n".join("    <p>%s</p>" % html.escape(p, quote=False) for p in C_BODY)
    text = C_HTML.format(title=C_TITLE, body=body)
    with open(os.path.join(CORPUS, FILES["C"]), "w", encoding="utf-8") as f:
        f.write(text)
    return [C_TITLE] + C_BODY


# ---------------------------------------------------------------------------
# Questions. ev: a substring that picks out one sentence of the plain text, or ("row", key) for a table row.
# For kind "traditional" the question is written in Simplified here and converted with opencc s2tw.
# ---------------------------------------------------------------------------
Q = [
    # ---------------- A (17) ----------------
    dict(id="u20-A01", d="A", kind="paraphrase", q="柳州这份中试基地方案里，负责牵头搭建全市中试信息汇集平台的是哪个部门？",
         a="市科学技术局", ev="柳州市中试服务平台"),
    dict(id="u20-A02", d="A", kind="paraphrase", q="按柳州中试基地方案，一家基地在一年里从市里拿到的各项财政支持加起来，封顶是多少？",
         a="800万元", ev="累计不超过800万元"),
    dict(id="u20-A03", d="A", kind="paraphrase", q="柳州中试方案对基地专门搞技术服务的队伍有什么人数底线？",
         a="20人", ev="专职技术服务人员"),
    dict(id="u20-A04", d="A", kind="typo", q="柳洲市中试基地建设三年行动工作方案是由哪个单位印发的？",
         a="柳州市人民政府办公室", ev="柳政办发", typo=("柳洲", "柳州")),
    dict(id="u20-A05", d="A", kind="typo", q="柳州中试基地方案中，市自然资源和规化局承担什么职责？",
         a="中试基地用地保障", ev="负责中试基地用地保障", typo=("规化局", "规划局")),
    dict(id="u20-A06", d="A", kind="traditional", q="柳州市中试基地方案规定，市级中试基地向中小微企业收费，不能超过市场平均价格的多少？",
         a="80%", ev="市场平均价格的80%"),
    dict(id="u20-A07", d="A", kind="traditional", q="柳州推进中试基地建设的工作专班由谁来当组长？",
         a="市人民政府分管副市长", ev="任组长"),
    dict(id="u20-A08", d="A", kind="english",
         q="On what date do the provisions of the Liuzhou three-year action plan for pilot-scale testing bases take effect, as opposed to the date the plan was issued?",
         a="2026年4月1日", ev="起施行"),
    dict(id="u20-A09", d="A", kind="english",
         q="Under the Liuzhou, Guangxi action plan for pilot-scale testing bases, what is the minimum amount the city budget must set aside each year for the special construction fund?",
         a="5000万元", ev="专项资金不少于5000万元"),
    dict(id="u20-A10", d="A", kind="english",
         q="How large is the Liuzhou pilot-testing industry investment fund in the action plan in total, not counting only its first phase?",
         a="5亿元", ev="中试产业投资基金"),
    dict(id="u20-A11", d="A", kind="table", q="柳州中试基地支持标准表中，获得自治区认定的中试基地一次性奖励最多能拿多少？",
         a="200万元", ev=("row", "新认定自治区级中试基地")),
    dict(id="u20-A12", d="A", kind="table", q="柳州中试基地方案的支持标准表里，给基地做中试服务的补助按什么比例算？",
         a="服务合同额的10%", ev=("row", "中试服务")),
    dict(id="u20-A13", d="A", kind="table", q="柳州中试基地方案表1所列各项支持中，哪一个事项的单项封顶金额最高？",
         a="中试设备购置", ev=("row", "中试设备购置")),
    dict(id="u20-A14", d="A", kind="list", q="柳州中试方案提出，概念验证中心要为早期科技成果提供哪几类服务？",
         a="技术可行性研究、原型制造、性能测试、商业化评估", ev="为早期科技成果提供"),
    dict(id="u20-A15", d="A", kind="numeric", q="柳州中试方案中，概念验证中心的项目里实现转化或拿到后续投资的，占比下限是多少？",
         a="30%", ev="获得后续投资的项目比例"),
    dict(id="u20-A16", d="A", kind="numerals", q="按柳州中试基地方案，到二〇二八年汽车领域要建成几家中试基地？",
         a="10家以上", ev="汽车领域中试基地", numerals=("二〇二八年", "2028年")),
    dict(id="u20-A17", d="A", kind="unanswerable", q="柳州中试基地方案提出，到2027年底全市要建成多少家市级中试基地？",
         a="", ev="", absent="2027"),
    # ---------------- B (18) ----------------
    dict(id="u20-B01", d="B", kind="paraphrase", q="洛阳2025年研发经费公报显示，全市财政花在科技上的钱比前一年多出多少？",
         a="4.26亿元", ev="比上年增加4.26亿元"),
    dict(id="u20-B02", d="B", kind="paraphrase", q="洛阳这份经费公报里，搞研发的规上工业企业在全部规上工业企业中占多大比例？",
         a="38.6%", ev="比重为38.6%"),
    dict(id="u20-B03", d="B", kind="paraphrase", q="洛阳2025年研发投入占GDP的比例，比河南全省平均值高出多少？",
         a="0.48个百分点", ev="高于全省平均水平"),
    dict(id="u20-B04", d="B", kind="typo", q="落阳市2025年R&D经费投入统计公报中，全市R&D经费总额是多少？",
         a="186.42亿元", ev="经费186.42亿元", typo=("落阳", "洛阳")),
    dict(id="u20-B05", d="B", kind="traditional", q="洛阳市2025年研发经费公报中，高技术制造业的R&D经费是多少？",
         a="31.47亿元", ev="高技术制造业R&D经费31.47亿元"),
    dict(id="u20-B06", d="B", kind="traditional", q="洛阳公报里，从事研究工作的人员按全时当量计算，在全部研发人员全时当量中占多大比重？",
         a="47.6%", ev="占R&D人员折合全时当量的47.6%"),
    dict(id="u20-B07", d="B", kind="english",
         q="According to the Luoyang, Henan 2025 R&D expenditure bulletin, which district ranked first in the city for R&D spending?",
         a="涧西区", ev="居全市首位"),
    dict(id="u20-B08", d="B", kind="english",
         q="In the notes to the Luoyang R&D bulletin, what is the minimum annual main business revenue for an industrial enterprise to count as above designated size?",
         a="2000万元", ev="年主营业务收入2000万元"),
    dict(id="u20-B09", d="B", kind="table", q="洛阳公报表1中，伊川县上一年（2024年）的R&D经费是多少亿元？",
         a="13.09", ev=("row", "伊川县")),
    dict(id="u20-B10", d="B", kind="table", q="在洛阳2025年各县（市、区）R&D经费表里，孟津区的经费同比增幅是多少？",
         a="12.4", ev=("row", "孟津区")),
    dict(id="u20-B11", d="B", kind="table", q="洛阳R&D公报的分县区表格中，瀍河回族区当年的研发经费是多少亿元？",
         a="2.15", ev=("row", "瀍河回族区")),
    dict(id="u20-B12", d="B", kind="table", q="洛阳R&D经费统计公报表1的合计行里，2024年全市经费总额是多少？",
         a="168.07", ev=("row", "合计")),
    dict(id="u20-B13", d="B", kind="list", q="洛阳2025年公报中，研发经费过10亿元的工业行业大类是哪些？",
         a="专用设备制造业、通用设备制造业、有色金属冶炼和压延加工业、电气机械和器材制造业", ev="行业大类有4个"),
    dict(id="u20-B14", d="B", kind="numeric", q="洛阳2025年R&D人员折合全时当量是多少？",
         a="4.12万人年", ev="R&D人员折合全时当量4.12万人年"),
    dict(id="u20-B15", d="B", kind="numeric", q="洛阳公报中，市本级财政科技支出是多少？",
         a="16.28亿元", ev="市本级财政科技支出"),
    dict(id="u20-B16", d="B", kind="numerals", q="二〇二五年洛阳市R&D经费投入强度是多少？",
         a="3.02%", ev="为3.02%", numerals=("二〇二五年", "2025年")),
    dict(id="u20-B17", d="B", kind="unanswerable", q="洛阳2025年R&D经费公报中，吉利区的R&D经费是多少？",
         a="", ev="", absent="吉利区"),
    dict(id="u20-B18", d="B", kind="unanswerable", q="洛阳2025年全市R&D经费中，来自境外的资金有多少？",
         a="", ev="", absent="境外"),
    # ---------------- C (15) ----------------
    dict(id="u20-C01", d="C", kind="paraphrase", q="漳州与厦大这次活动上，校方和本地企业当场敲定了多少个产学研项目？",
         a="23个", ev="产学研合作项目23个"),
    dict(id="u20-C02", d="C", kind="paraphrase", q="漳州答应给厦门大学漳州研究院腾出多大面积的科研办公用房？",
         a="2万平方米", ev="2万平方米"),
    dict(id="u20-C03", d="C", kind="typo", q="樟州市与厦门大学的签约仪式由谁主持？",
         a="吴晓帆", ev="主持签约仪式", typo=("樟州", "漳州")),
    dict(id="u20-C04", d="C", kind="typo", q="漳州市与夏门大学的科技合作签约仪式上，出席并讲话的副校长叫什么名字？",
         a="陈思远", ev="副校长陈思远", typo=("夏门大学", "厦门大学")),
    dict(id="u20-C05", d="C", kind="traditional", q="漳州市与厦门大学签约当天，漳州市科学技术局局长通报共征集到多少项企业技术需求？",
         a="138项", ev="共征集技术需求138项"),
    dict(id="u20-C06", d="C", kind="traditional", q="漳州市与厦门大学的第三轮合作协议在什么地方签署？",
         a="漳州市民服务中心", ev="在漳州市民服务中心"),
    dict(id="u20-C07", d="C", kind="english",
         q="At the Zhangzhou signing ceremony with Xiamen University, which deputy director-general of the Fujian Provincial Department of Science and Technology attended and spoke?",
         a="林德辉", ev="副厅长林德辉"),
    dict(id="u20-C08", d="C", kind="english",
         q="Under the new agreement with Xiamen University, how much special funding for science and technology cooperation will Zhangzhou set aside each year at a minimum?",
         a="3000万元", ev="每年安排不少于3000万元"),
    dict(id="u20-C09", d="C", kind="english",
         q="What was the total contract value of the university-industry projects signed on site at the Zhangzhou and Xiamen University ceremony?",
         a="2.86亿元", ev="合同金额2.86亿元"),
    dict(id="u20-C10", d="C", kind="list", q="漳州与厦门大学新一轮合作围绕漳州哪些重点产业展开？",
         a="食品加工、新材料、高端装备、生物医药、海洋经济", ev="等漳州重点产业"),
    dict(id="u20-C11", d="C", kind="list", q="漳州与厦门大学的签约仪式上，双方另外签了哪几份协议？",
         a="厦门大学漳州研究院共建协议、研究生联合培养基地协议、大型科研仪器共享协议", ev="双方还签订了"),
    dict(id="u20-C12", d="C", kind="numeric", q="漳州与厦门大学现场签约的项目中，技术转让类有几个？",
         a="5个", ev="技术转让项目5个"),
    dict(id="u20-C13", d="C", kind="numerals", q="漳州市与厦门大学签署第3轮全面科技合作协议是在哪一天？",
         a="11月20日", ev="11月20日", numerals=("第3轮", "第三轮")),
    dict(id="u20-C14", d="C", kind="unanswerable", q="漳州市在这次科技合作活动中与华侨大学签订了几个合作项目？",
         a="", ev="", absent="华侨大学"),
    dict(id="u20-C15", d="C", kind="unanswerable", q="漳州签约活动上宣布的厦门大学漳州研究院首任院长是谁？",
         a="", ev="", absent="院长"),
]

EXPECTED = {"paraphrase": 8, "typo": 5, "traditional": 6, "english": 8, "table": 7, "list": 4, "numeric": 4,
            "numerals": 3, "unanswerable": 5}
TABLES = {"A": A_TABLE, "B": B_TABLE}

CJK_RE = re.compile(r"[\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def sentences(lines, tables):
    rows = {row_line(r) for t in tables for r in t}
    out = []
    for ln in lines:
        if ln in rows:
            continue
        out.extend(s for s in ln.split("。") if s)
    return out


def longest_common_run(a, b):
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best


def write_questions(plain):
    s2tw = opencc.OpenCC("s2tw")
    out = []
    for q in Q:
        d = q["d"]
        if not q["ev"]:
            ev = ""
        elif isinstance(q["ev"], tuple):
            hits = [row_line(r) for r in TABLES[d] if r[0] == q["ev"][1]]
            assert len(hits) == 1, (q["id"], hits)
            ev = hits[0]
        else:
            hits = [s for s in sentences(plain[d], TABLES.values()) if q["ev"] in s]
            assert len(hits) == 1, (q["id"], q["ev"], hits)
            ev = hits[0]
        text = s2tw.convert(q["q"]) if q["kind"] == "traditional" else q["q"]
        out.append({"id": q["id"], "doc": FILES[d], "kind": q["kind"], "question": text, "answer": q["a"], "evidence": ev})
    with open(QFILE, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    return out


# ---------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------
class HtmlBlocks(HTMLParser):
    """Collects the text of elements by id, and the <p> texts inside #zoom."""

    def __init__(self):
        super().__init__()
        self.stack, self.text_by_id, self.zoom_ps, self.h1 = [], {}, [], []
        self._p = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.stack.append((tag, a.get("id")))
        if tag == "p" and any(i == "zoom" for _, i in self.stack):
            self._p = []

    def handle_endtag(self, tag):
        if tag == "p" and self._p is not None:
            self.zoom_ps.append("".join(self._p))
            self._p = None
        while self.stack:
            t, _ = self.stack.pop()
            if t == tag:
                break

    def handle_data(self, data):
        for _, i in self.stack:
            if i:
                self.text_by_id[i] = self.text_by_id.get(i, "") + data
        if self._p is not None:
            self._p.append(data)
        if self.stack and self.stack[-1][0] == "h1":
            self.h1.append(data)


def nows(s):
    return re.sub(r"\s+", "", s)


def check(plain, questions):
    errors = []

    def need(cond, msg):
        if not cond:
            errors.append(msg)

    raw = {}
    # --- A: reopen the DOCX
    from docx import Document as D
    doc = D(os.path.join(CORPUS, FILES["A"]))
    paras = doc.paragraphs
    need(sum(p.style.name == "Title" for p in paras) == 1 and paras[0].text == A_TITLE, "A: Title paragraph")
    h1 = [p.text for p in paras if p.style.name == "Heading 1"]
    h2 = [p.text for p in paras if p.style.name == "Heading 2"]
    need(h1 == ["一、总体要求", "二、重点任务", "三、支持政策", "四、保障措施"], "A: Heading 1 chapters %r" % h1)
    need(len(h2) >= 10 and all(re.match(r"^（[一二三四五六七八九十]+）", t) for t in h2), "A: Heading 2 sections")
    need(sum(bool(re.match(r"^\d\.", p.text)) and p.style.name == "Normal" for p in paras) >= 8, "A: numbered 1. items")
    need(len(doc.tables) == 1, "A: one table")
    t = doc.tables[0]
    got = [[c.text for c in r.cells] for r in t.rows]
    need(got == A_TABLE and len(got) >= 6 and t.style.name == "Table Grid", "A: table content/style")
    need(t.rows[0]._tr.trPr is not None and t.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None, "A: header row flag")
    need(all(r.bold for c in t.rows[0].cells for r in c.paragraphs[0].runs), "A: header bold")
    caps = [int(r[4].replace("万元", "")) for r in A_TABLE[1:]]
    need(caps.count(max(caps)) == 1 and A_TABLE[1 + caps.index(max(caps))][0] == "中试设备购置", "A: unique max cap")
    a_text = "\n".join(p.text for p in paras) + "\n" + "\n".join("".join(r) for r in got)
    with zipfile.ZipFile(os.path.join(CORPUS, FILES["A"])) as z:
        raw["A"] = a_text + z.read("docProps/core.xml").decode("utf-8")
    for ln in plain["A"]:
        need(nows(ln.replace(" | ", "")) in nows(a_text), "A: plain line not in docx: " + ln[:30])
    need(sum(int(m) for m in re.findall(r"到2028年建成(?:汽车领域中试基地)?(\d+)家以上", a_text)) == 30, "A: sector targets sum to 30")
    # --- B: reopen the PDF
    import pypdf
    check_b_figures()
    rd = pypdf.PdfReader(os.path.join(CORPUS, FILES["B"]))
    pages = [p.extract_text() or "" for p in rd.pages]
    need(3 <= len(pages) <= 4, "B: page count %d" % len(pages))
    for i, pg in enumerate(pages, 1):
        need(B_FOOTER in pg and ("第 %d 页" % i) in pg, "B: footer on page %d" % i)
    body = "".join(nows(pg.replace(B_FOOTER, "")) for pg in pages)
    body = re.sub(r"第\d+页", "", body)
    raw["B"] = "".join(pages)
    for ln in plain["B"]:
        need(nows(ln.replace(" | ", "")) in body, "B: plain line not in pdf: " + ln[:30])
    tpages = [i for i, pg in enumerate(pages) if "伊川县" in pg and "合计" in pg and "老城区" in pg]
    need(len(tpages) == 1, "B: table on one page")
    if tpages:
        content = rd.pages[tpages[0]].get_contents().get_data().decode("latin-1")
        nlines = content.count(" l") + content.count(" l\n")
        need(nlines >= len(B_TABLE) + 1 + len(B_TABLE[0]) + 1, "B: ruled table (line ops %d)" % nlines)
    need(len(B_TABLE) - 2 >= 8 and B_TABLE[-1][0] == "合计", "B: >= 8 rows and a 合计 row")
    for col in (1, 2):
        need(abs(sum(float(r[col]) for r in B_TABLE[1:-1]) - float(B_TABLE[-1][col])) < 1e-6, "B: column %d sums" % col)
    need(all(B_FOOTER not in ln for ln in plain["B"]), "B: footer in plain")
    # --- C: reopen the HTML
    with open(os.path.join(CORPUS, FILES["C"]), encoding="utf-8") as f:
        src = f.read()
    hp = HtmlBlocks()
    hp.feed(src)
    for block in ("header", "nav", "breadcrumb", "info", "zoom", "editor", "tools", "footer"):
        need(block in hp.text_by_id, "C: block %s" % block)
    need(all(w in hp.text_by_id.get("info", "") for w in ("发布时间", "来源", "字号")), "C: info bar")
    need("责任编辑" in hp.text_by_id.get("editor", ""), "C: editor")
    need("ICP" in hp.text_by_id.get("footer", "") and "分享到" in hp.text_by_id.get("tools", ""), "C: footer/tools")
    need("".join(hp.h1) == C_TITLE, "C: h1")
    need(hp.zoom_ps == C_BODY, "C: body paragraphs")
    raw["C"] = "".join(hp.text_by_id.values()) + src
    need(not any(w in ln for ln in plain["C"] for w in C_FURNITURE_WORDS), "C: furniture in plain")
    art = "".join(C_BODY)
    n_art = len(nows(art))
    need(1100 <= n_art <= 1400, "C: article length %d" % n_art)
    need(14 + 5 + 4 == 23, "C: 14+5+4")
    # --- questions
    ids = [q["id"] for q in questions]
    need(len(questions) == 50 and len(set(ids)) == 50, "Q: 50 unique ids")
    cnt = Counter(q["kind"] for q in questions)
    need(dict(cnt) == EXPECTED, "Q: kind counts %r" % dict(cnt))
    by_id = {q["id"]: q for q in Q}
    s2t, t2s = opencc.OpenCC("s2tw"), opencc.OpenCC("t2s")
    all_plain = "\n".join("\n".join(v) for v in plain.values())
    all_raw = "\n".join(raw.values())
    runs = {}
    for q in questions:
        d = next(k for k, v in FILES.items() if v == q["doc"])
        text = "\n".join(plain[d])
        lines = set(plain[d])
        src_q = by_id[q["id"]]
        need(set(q) == {"id", "doc", "kind", "question", "answer", "evidence"}, q["id"] + ": fields")
        if q["kind"] == "unanswerable":
            need(q["answer"] == "" and q["evidence"] == "", q["id"] + ": unanswerable has answer")
            key = src_q["absent"]
            need(key in q["question"], q["id"] + ": absent key not in question")
            need(key not in all_plain and key not in all_raw, q["id"] + ": absent key occurs in a document: " + key)
            continue
        need(q["answer"] != "" and q["evidence"] != "", q["id"] + ": empty answer/evidence")
        items = q["answer"].split("、") if q["kind"] == "list" else [q["answer"]]
        if q["kind"] == "list":
            need(3 <= len(items) <= 5, q["id"] + ": list length")
        for it in items:
            need(it in text, q["id"] + ": answer item not in plain: " + it)
            need(it in q["evidence"], q["id"] + ": answer item not in evidence: " + it)
        if q["kind"] != "list":
            need(q["answer"] in text, q["id"] + ": answer not in plain")
        need(q["evidence"] in text, q["id"] + ": evidence not in plain")
        is_row = " | " in q["evidence"]
        if is_row:
            need(q["evidence"] in lines, q["id"] + ": evidence not a table row line")
        else:
            need(q["evidence"] in sentences(plain[d], TABLES.values()), q["id"] + ": evidence not a whole sentence")
        if q["kind"] == "table":
            need(is_row, q["id"] + ": table evidence is not a row")
        if q["kind"] == "english":
            need(not CJK_RE.search(q["question"]), q["id"] + ": CJK in English question")
        else:
            need(bool(HAN_RE.search(q["question"])), q["id"] + ": Chinese question has no Han characters")
        if q["kind"] == "traditional":
            need(t2s.convert(q["question"]) != q["question"], q["id"] + ": not Traditional")
            need(s2t.convert(src_q["q"]) == q["question"], q["id"] + ": s2tw round trip")
        if q["kind"] == "typo":
            wrong, right = src_q["typo"]
            need(len(wrong) == len(right) and sum(a != b for a, b in zip(wrong, right)) == 1, q["id"] + ": typo not one char")
            need(wrong in q["question"] and right not in q["question"], q["id"] + ": typo form in question")
            need(wrong not in all_plain and wrong not in all_raw, q["id"] + ": typo form occurs in a document")
            need(right in text, q["id"] + ": corrected form not in document")
        if q["kind"] == "numerals":
            qf, df = src_q["numerals"]
            need(qf in q["question"] and qf not in text and df in text and df in q["evidence"], q["id"] + ": numerals pair")
        if q["kind"] != "english":
            qq = t2s.convert(q["question"]) if q["kind"] == "traditional" else q["question"]
            if q["kind"] == "typo":
                qq = qq.replace(*src_q["typo"])
            runs[q["id"]] = longest_common_run(qq, q["evidence"])
            if q["kind"] == "paraphrase":
                need(runs[q["id"]] <= 8, q["id"] + ": paraphrase overlap %d" % runs[q["id"]])
    for d in "ABC":
        j = "".join(plain[d])
        print("doc %s: %d non-space chars, %d Han characters, %d plain lines" % (d, len(nows(j)), len(HAN_RE.findall(j)), len(plain[d])))
    print("PDF pages:", len(pages), "| C article characters (non-space, title excluded):", n_art)
    print("longest common run question/evidence (Chinese questions): max %d, by kind: %s" % (
        max(runs.values()), {k: max(v for i, v in runs.items() if by_id[i]["kind"] == k)
                             for k in sorted({by_id[i]["kind"] for i in runs})}))
    print("kinds:", dict(sorted(cnt.items())), "| per doc:", dict(Counter(q["id"][4] for q in questions)))
    return errors


def main():
    os.makedirs(CORPUS, exist_ok=True)
    os.makedirs(PLAIN, exist_ok=True)
    plain = {"A": build_a(), "B": build_b(), "C": build_c()}
    for d, lines in plain.items():
        assert all(ln and "\n" not in ln for ln in lines)
        with open(os.path.join(PLAIN, plain_name(d)), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
    # re-read plain from disk so the checks see exactly what was written
    plain = {d: open(os.path.join(PLAIN, plain_name(d)), encoding="utf-8").read().rstrip("\n").split("\n") for d in plain}
    questions = write_questions(plain)
    errors = check(plain, questions)
    if errors:
        print("CHECKS FAILED (%d):" % len(errors))
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("ALL CHECKS PASSED: %d questions, files in corpus/ and plain/" % len(questions))


if __name__ == "__main__":
    main()
