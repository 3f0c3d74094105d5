# -*- coding: utf-8 -*-
"""Doc C: 烟台市科学技术局2025年工作总结和2026年工作安排 (.docx, python-docx)."""
import os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BASE = "C_yantai_kejiju_2025_gongzuozongjie"
TITLE = "烟台市科学技术局2025年工作总结和2026年工作安排"
DATE = "（2026年1月20日）"

# ("h1"|"h2"|"p"|"table"|"caption", text)
BLOCKS = [
 ("p", "2025年，市科技局在市委、市政府的坚强领导下，深入实施创新驱动发展战略，围绕建设现代化海洋强市和区域性科技创新中心，扎实推进各项科技工作，"
       "全市科技创新主要指标稳中有进。2025年全市全社会研发（R&D）投入达到268.5亿元，同比增长9.2%，研发投入强度达到2.85%。现将有关情况报告如下。"),
 ("h1", "一、2025年工作总结"),
 ("h2", "（一）科技投入持续加大"),
 ("p", "全年市级财政科技支出达到21.6亿元，同比增长12.5%。全市规模以上工业企业中有研发活动的企业占比达到52.4%，较上年提高3.1个百分点。"
       "出台《烟台市科技型企业研发投入后补助实施细则》，全年兑现研发投入后补助资金1.85亿元，惠及企业1126家。"
       "设立总规模20亿元的烟台市科技创新母基金，年内完成6支子基金设立，认缴规模合计42亿元。"),
 ("h2", "（二）创新主体不断壮大"),
 ("p", "全年新增国家高新技术企业385家，总数达到2416家；科技型中小企业入库5820家，创历史新高。"
       "烟台蓝湾海洋装备有限公司、烟台瑞芯生物医药科技有限公司、烟台恒熠新材料股份有限公司等12家企业入选省科技领军企业名单。"
       "副局长周晓雯牵头组建科技金融服务专班，全年推动“科信贷”放款46.3亿元，支持科技型企业783家。"),
 ("h2", "（三）创新平台能级提升"),
 ("p", "全年新增省级以上创新平台37家，其中国家级平台3家。渤海湾海洋科技实验室完成一期建设并投入运行，集聚科研人员420余名。"
       "烟台高新技术产业开发区在全国高新区综合评价中排名第38位，较上年提升5位；八角湾海洋科创园新入驻科技型企业216家，"
       "烟台经济技术开发区生物医药产业园实现营业收入186亿元。"
       "黄渤海新区新获批省级高新技术产业化基地2家，全市省级以上高新技术产业化基地累计达到23家。"),
 ("h2", "（四）成果转化加快推进"),
 ("p", "全市登记技术合同4865项，技术合同成交额达到312亿元，同比增长15.6%。组织实施市级重点研发计划项目126项，市级财政支持资金3.2亿元。"
       "举办“烟台科技成果直通车”对接活动28场，促成校企合作项目153项。新建市级中试基地9家，累计达到31家。"),
 ("h2", "（五）科技人才加速集聚"),
 ("p", "全年新引进海外高层次人才团队11个，新建院士工作站6家，17人入选国家级人才工程。"
       "局党组书记、局长孙海涛带队赴京津沪及粤港澳大湾区开展“双招双引”活动9次，签约落地科技项目42个。"
       "成功举办第三届“烟台海洋科技人才周”，发布人才需求岗位3200个，现场达成就业意向1460人。"),
 ("h2", "（六）科技体制改革持续深化"),
 ("p", "深化科技项目“揭榜挂帅”改革，全年发布揭榜项目35项，揭榜金额合计2.6亿元。发放科技创新券1.2亿元，服务中小企业2300余家。"
       "科研经费“包干制”试点单位扩大到18家。副局长刘建明带队对全市136个在研市级科技项目开展绩效评价，对评价结果为“不合格”的9个项目终止实施并收回财政资金。"),
 ("h2", "（七）2025年主要指标完成情况"),
 ("p", "2025年全市8项科技创新主要指标中，7项完成或超额完成年度目标，新增省级以上创新平台数量未完成年度目标，主要原因是部分国家级平台评审批次延后。具体情况见下表。"),
 ("caption", "表1  2025年主要指标完成情况"),
 ("table", None),
 ("p", "在肯定成绩的同时，我们也清醒看到存在的问题：一是企业研发投入不平衡，研发投入排名前100位企业占全市企业研发投入的比重超过60%；"
       "二是高层次创新平台数量偏少，国家级创新平台总数在全省排名第4位；三是科技成果本地转化率不高，高校院所科技成果在烟转化比例约为38%。"),
 ("h1", "二、2026年工作安排"),
 ("p", "2026年是“十五五”开局之年。全市科技工作的主要预期目标是：全社会R&D投入力争达到290亿元，研发投入强度达到2.95%，"
       "高新技术企业总数突破2700家，技术合同成交额突破350亿元。围绕上述目标，重点抓好五个方面工作。"),
 ("h2", "（一）实施关键核心技术攻关行动"),
 ("p", "聚焦海洋装备、生物医药、新能源、新材料四大领域，组织实施市级重点研发计划项目130项左右，争取国家和省级科技项目立项100项以上。"),
 ("h2", "（二）实施科技企业梯次培育行动"),
 ("p", "完善“科技型中小企业—高新技术企业—科技领军企业”梯次培育体系，推行高新技术企业“白名单”服务制度，力争新增国家高新技术企业400家。"
       "实施科技型企业上市培育计划，推动8家以上科技型企业进入上市辅导期。"),
 ("h2", "（三）实施创新平台提质增效行动"),
 ("p", "支持渤海湾海洋科技实验室启动二期建设，争取新增省级以上创新平台40家，推动烟台高新技术产业开发区在全国高新区综合评价中进入前35位。"),
 ("h2", "（四）实施成果转化提速行动"),
 ("p", "办好“烟台科技成果直通车”系列活动，新建市级中试基地8家，培育技术经理人300名，健全“概念验证—中试熟化—产业化”全链条服务体系。"),
 ("h2", "（五）实施科技人才引育行动"),
 ("p", "深化“烟台英才计划”，新引进海外高层次人才团队12个，新建院士工作站5家，优化科技人才评价和激励机制。"),
 ("p", "2026年，市科技局将以更加务实的作风抓好各项工作落实，为建设现代化海洋强市提供有力科技支撑。"),
]

TABLE_HEAD = ["类别", "指标", "目标值", "完成值", "完成率"]
# category, indicator, target, actual, rate  (rate = actual/target, 1 decimal)
TABLE_ROWS = [
 ["创新投入", "全社会R&D投入（亿元）", "260", "268.5", "103.3%"],
 ["创新投入", "研发投入强度（%）", "2.80", "2.85", "101.8%"],
 ["创新主体", "高新技术企业数量（家）", "2300", "2416", "105.0%"],
 ["创新主体", "科技型中小企业入库数（家）", "5500", "5820", "105.8%"],
 ["成果转化", "技术合同成交额（亿元）", "300", "312", "104.0%"],
 ["成果转化", "每万人口高价值发明专利拥有量（件）", "14.0", "14.2", "101.4%"],
 ["产业发展", "高新技术产业产值占规上工业产值比重（%）", "60.0", "61.3", "102.2%"],
 ["平台建设", "新增省级以上创新平台（家）", "40", "37", "92.5%"],
]


def set_font(run, size=None, bold=None, name="宋体"):
    run.font.name = name
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)
    if size: run.font.size = Pt(size)
    if bold is not None: run.bold = bold


def build_docx(path):
    d = Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Cm(3.7), Cm(3.5), Cm(2.8), Cm(2.6)
    normal = d.styles["Normal"]
    normal.font.name = "仿宋"; normal.font.size = Pt(16)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "仿宋")
    for sname, fname, sz in (("Title", "方正小标宋简体", 22), ("Heading 1", "黑体", 16), ("Heading 2", "楷体", 16)):
        s = d.styles[sname]; s.font.name = fname; s.font.size = Pt(sz); s.font.bold = False
        s.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), fname)
        s.font.color.rgb = None
    h = d.add_heading(TITLE, level=0); h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph(DATE); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer = sec.footer.paragraphs[0]; footer.text = "烟台市科学技术局"; footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for kind, text in BLOCKS:
        if kind == "h1":
            d.add_heading(text, level=1)
        elif kind == "h2":
            d.add_heading(text, level=2)
        elif kind == "p":
            p = d.add_paragraph(text); p.paragraph_format.first_line_indent = Pt(32)
            p.paragraph_format.line_spacing = Pt(28)
        elif kind == "caption":
            p = d.add_paragraph(text); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for r in p.runs: set_font(r, 12, True, "黑体")
        elif kind == "table":
            t = d.add_table(rows=1 + len(TABLE_ROWS), cols=len(TABLE_HEAD))
            t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for j, hd in enumerate(TABLE_HEAD):
                t.cell(0, j).text = hd
            for i, row in enumerate(TABLE_ROWS, start=1):
                for j, val in enumerate(row):
                    if j == 0 and i > 1 and TABLE_ROWS[i - 2][0] == val:
                        continue  # will be merged
                    t.cell(i, j).text = val
            # vertical merges of the category column
            i = 1
            while i <= len(TABLE_ROWS):
                k = i
                while k + 1 <= len(TABLE_ROWS) and TABLE_ROWS[k][0] == TABLE_ROWS[i - 1][0]:
                    k += 1
                if k > i:
                    t.cell(i, 0).merge(t.cell(k, 0))
                    t.cell(i, 0).text = TABLE_ROWS[i - 1][0]
                i = k + 1
            for row in t.rows:
                for c in row.cells:
                    for p in c.paragraphs:
                        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                        for r in p.runs: set_font(r, 11)
            for c in t.rows[0].cells:
                for r in c.paragraphs[0].runs: r.bold = True
    d.core_properties.title = TITLE
    d.core_properties.author = "烟台市科学技术局办公室"
    d.save(path)


def plain_from_docx(path):
    """Re-open the saved docx and emit its text in body order (paragraphs and table rows)."""
    d = Document(path)
    out = []
    body = d.element.body
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            txt = Paragraph(child, d).text.strip()
            if txt: out.append(txt)
        elif child.tag == qn("w:tbl"):
            t = Table(child, d)
            for row in t.rows:
                out.append(" | ".join(c.text.strip() for c in row.cells))
    return "\n".join(out) + "\n"


def main():
    os.makedirs(os.path.join(OUT, "corpus"), exist_ok=True); os.makedirs(os.path.join(OUT, "plain"), exist_ok=True)
    path = os.path.join(OUT, "corpus", BASE + ".docx")
    build_docx(path)
    with open(os.path.join(OUT, "plain", BASE + ".txt"), "w", encoding="utf-8") as f:
        f.write(plain_from_docx(path))


if __name__ == "__main__":
    main()
