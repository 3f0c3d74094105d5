# -*- coding: utf-8 -*-
"""Doc B: 南京市加快概念验证中心建设实施方案（2025—2027年） (.docx via python-docx). Fictional content.

Heading 1 = 一、二、三、; Heading 2 = （一）（二）; Word table 重点任务分工表 with two vertically
merged ranges (牵头单位 rows 1-3, 完成时限 rows 6-8).
Writes corpus/B_nanjing_gainianyanzheng_shishifangan.docx and plain/B.txt
"""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCX_NAME = "B_nanjing_gainianyanzheng_shishifangan.docx"

TITLE = "南京市加快概念验证中心建设实施方案（2025—2027年）"

# ("h1"|"h2"|"p", text)
BODY = [
    ("p", "为贯彻落实国家和省关于加快科技成果转化的决策部署，打通科技成果从实验室走向产业化的“最初一公里”，"
          "加快建设具有全球影响力的产业科技创新中心，结合我市实际，制定本实施方案。"),
    ("h1", "一、总体要求"),
    ("h2", "（一）指导思想"),
    ("p", "深入实施创新驱动发展战略，聚焦我市重点产业链，以市场需求为导向，以概念验证中心为载体，"
          "构建覆盖技术验证、样机开发、中试熟化、商业评估的概念验证服务体系，推动更多高校院所科技成果在宁转化落地，"
          "为全市产业转型升级提供有力支撑。"),
    ("h2", "（二）基本原则"),
    ("p", "坚持市场导向，以产业需求牵引概念验证方向；坚持开放共享，推动验证资源向全社会开放；"
          "坚持多元投入，形成政府引导、社会资本广泛参与的投入机制；"
          "坚持分类施策，对不同领域、不同类型的概念验证中心实行差异化支持。"),
    ("h2", "（三）主要目标"),
    ("p", "到2027年，全市建成概念验证中心60家以上，其中市级概念验证中心不少于40家，争创省级概念验证中心10家以上；"
          "累计实施概念验证项目1200项以上，推动600项以上科技成果实现转化，带动社会资本投入50亿元以上。"
          "2025年，新建市级概念验证中心15家，实施概念验证项目300项。"),
    ("h1", "二、重点任务"),
    ("h2", "（一）布局建设一批概念验证中心"),
    ("p", "支持在宁高校、科研院所、新型研发机构和科技领军企业建设概念验证中心，"
          "重点围绕集成电路、生物医药、人工智能、新能源汽车、智能电网、新材料六大领域进行布局。"
          "其中，集成电路领域布局数量最多，到2027年不少于12家。"
          "市科技局每年组织开展市级概念验证中心认定，认定条件包括：拥有专职服务团队不少于5人，"
          "具备开展概念验证所需的场地和设备，近两年累计完成概念验证项目不少于10项。"),
    ("h2", "（二）建立概念验证项目库"),
    ("p", "面向在宁高校院所征集具有产业化前景的早期科研成果，建立市级概念验证项目库，"
          "实行“常年征集、季度评审、动态入库”机制，每季度末月组织一次集中评审。"
          "入库项目由概念验证中心组织技术、产业、投资等方面专家进行评估。"
          "对评估通过的项目，概念验证中心提供技术可行性研究、原型制备、小批量试制和商业模式论证等服务。"),
    ("h2", "（三）强化资金支持"),
    ("p", "市财政统筹设立规模3亿元的概念验证专项资金，分三年安排。"
          "对认定的市级概念验证中心，按上年度概念验证服务实际投入的30%给予运营补助，每家每年最高200万元。"
          "对入库并完成验证的项目，按验证费用的50%给予资助，单个项目最高50万元。"
          "对年度绩效评估结果为优秀的概念验证中心，再给予一次性奖励100万元。"),
    ("h2", "（四）壮大专业人才队伍"),
    ("p", "依托南京技术转移人才培训基地，每年培养技术经理人300名以上。"
          "支持概念验证中心聘用高校院所科研人员兼职开展验证服务，兼职取得的合法报酬归个人所有。"
          "对服务成效突出的技术经理人，纳入“金陵技术经理人之星”评选范围，并在职称评审中予以倾斜。"),
    ("h2", "（五）完善成果转化服务链条"),
    ("p", "推动概念验证中心与中试基地、科技企业孵化器、大学科技园有效衔接，"
          "形成“概念验证—中试熟化—孵化加速—产业化”接力服务体系。"
          "鼓励天使投资、创业投资机构提前介入概念验证项目，由南京市科创投资集团设立规模5亿元的概念验证投资子基金，"
          "对通过验证并落地转化的项目给予跟投支持。"),
    ("h2", "（六）深化区域协同合作"),
    ("p", "加强与上海、杭州、合肥等长三角城市概念验证机构的合作，建立验证资源共享和项目互荐机制。"
          "支持南京都市圈城市企业使用我市概念验证中心服务，享受同等支持政策。"),
    ("h1", "三、保障措施"),
    ("h2", "（一）加强组织领导"),
    ("p", "建立由分管副市长任召集人的概念验证工作联席会议制度，成员单位包括市科技局、市发展改革委、市财政局、"
          "市工业和信息化局、市教育局、市人力资源社会保障局、市地方金融管理局等部门。"
          "联席会议办公室设在市科技局，负责日常协调和督促推进工作。"),
    ("h2", "（二）强化政策协同"),
    ("p", "各区要结合自身产业特点，制定配套支持政策，对辖区内市级概念验证中心按不低于1:1的比例给予配套支持。"
          "市有关部门在项目申报、用地保障、人才引进等方面对概念验证中心予以优先支持。"),
    ("h2", "（三）开展评估考核"),
    ("p", "市科技局会同市财政局每年对概念验证中心开展绩效评估，评估结果分为优秀、合格、不合格三个等次。"
          "对连续两年评估不合格的，撤销其市级概念验证中心资格，并停止享受相关支持政策。"),
    ("h2", "（四）营造良好氛围"),
    ("p", "定期举办南京概念验证路演活动，每年不少于20场，集中展示一批优秀概念验证项目和典型案例，"
          "营造全社会支持科技成果转化的良好氛围。"
          "各级新闻媒体要加强政策宣传解读，及时总结推广各区和各类创新主体的经验做法。"),
    ("p", "本方案自印发之日起施行，有效期至2027年12月31日。"),
]

ANNEX = "附件：重点任务分工表"
TABLE_TITLE = "重点任务分工表"
TABLE = [
    ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
    ["1", "制定市级概念验证中心认定和绩效评估管理办法", "市科技局", "市财政局", "2025年9月"],
    ["2", "组织开展市级概念验证中心年度认定", "市科技局", "各区政府", "每年"],
    ["3", "建立市级概念验证项目库并开展季度评审", "市科技局", "市教育局、各高校院所", "2025年10月"],
    ["4", "设立概念验证专项资金并制定资金管理细则", "市财政局", "市科技局、市审计局", "2025年12月"],
    ["5", "设立概念验证投资子基金", "市地方金融管理局", "市财政局、市科技局、南京市科创投资集团", "2026年6月"],
    ["6", "开展技术经理人培训", "市人力资源社会保障局", "市科技局、市教育局", "持续推进"],
    ["7", "完善高校院所科研人员兼职服务政策", "市教育局", "市人力资源社会保障局、市科技局", "持续推进"],
    ["8", "推动概念验证中心与中试基地、孵化器衔接", "市工业和信息化局", "市科技局、市发展改革委", "持续推进"],
    ["9", "建设集成电路领域概念验证中心", "栖霞区政府", "市工业和信息化局、市科技局", "2027年12月"],
    ["10", "建立长三角概念验证资源共享和项目互荐机制", "市科技局", "市发展改革委", "2026年12月"],
    ["11", "出台区级概念验证配套支持政策", "各区政府", "市科技局、市财政局", "2025年12月"],
    ["12", "举办南京概念验证路演活动", "市科技局", "市地方金融管理局、市工商联", "每年"],
    ["13", "开展概念验证中心年度绩效评估", "市科技局", "市财政局", "每年12月底前"],
]
# vertical merges: (column, first data row, last data row) -- data rows are 1-based table row indexes
MERGES = [(2, 1, 3), (4, 6, 8)]


def plain_lines():
    lines = [TITLE]
    lines += [t for _, t in BODY]
    lines += [ANNEX, TABLE_TITLE]
    lines += [" | ".join(r) for r in TABLE]
    return lines


def _east_asia(style, font_name, size=None, bold=None):
    style.font.name = font_name
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font_name)
    if size:
        style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    _east_asia(doc.styles["Normal"], "仿宋_GB2312", 16)
    _east_asia(doc.styles["Title"], "方正小标宋简体", 22, True)
    _east_asia(doc.styles["Heading 1"], "黑体", 16, False)
    _east_asia(doc.styles["Heading 2"], "楷体_GB2312", 16, True)
    for sname in ("Title", "Heading 1", "Heading 2"):
        doc.styles[sname].font.color.rgb = None

    t = doc.add_heading(TITLE, level=0)
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for kind, text in BODY:
        if kind == "h1":
            doc.add_heading(text, level=1)
        elif kind == "h2":
            doc.add_heading(text, level=2)
        else:
            p = doc.add_paragraph(text)
            p.paragraph_format.first_line_indent = Pt(32)
            p.paragraph_format.line_spacing = Pt(28)

    doc.add_page_break()
    doc.add_paragraph(ANNEX)
    tt = doc.add_paragraph(TABLE_TITLE)
    tt.alignment = WD_ALIGN_PARAGRAPH.CENTER
    tt.runs[0].bold = True

    n_rows, n_cols = len(TABLE), len(TABLE[0])
    table = doc.add_table(rows=n_rows, cols=n_cols)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.2), Cm(5.6), Cm(3.0), Cm(4.2), Cm(2.4)]
    merged_away = set()
    for col, r0, r1 in MERGES:
        for r in range(r0 + 1, r1 + 1):
            merged_away.add((r, col))
    for r, row in enumerate(TABLE):
        for c, val in enumerate(row):
            cell = table.cell(r, c)
            cell.width = widths[c]
            if (r, c) in merged_away:
                continue  # text lives in the top cell of the merged range
            cell.text = val
            if r == 0:
                cell.paragraphs[0].runs[0].bold = True
    for col, r0, r1 in MERGES:
        vals = {TABLE[r][col] for r in range(r0, r1 + 1)}
        assert len(vals) == 1, vals
        table.cell(r0, col).merge(table.cell(r1, col))
    doc.core_properties.title = TITLE
    doc.core_properties.author = "南京市人民政府办公厅"
    doc.save(os.path.join(ROOT, "corpus", DOCX_NAME))
    with open(os.path.join(ROOT, "plain", "B.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(plain_lines()) + "\n")


if __name__ == "__main__":
    build()
