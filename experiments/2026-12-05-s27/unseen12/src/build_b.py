"""Doc B: 石家庄市生物医药产业创新发展三年行动计划（2026—2028年） (DOCX).

Headings carry typed numbering (一、 / （一） / 1.), a 主要目标 paragraph with numbered
targets for 2026 and 2028, a 专栏 box as a one-cell Word table holding a list of named
projects, and the 附件 重点任务清单 table (序号 | 任务 | 牵头单位 | 责任单位 | 完成时间).
Writes corpus/B_shijiazhuang_shengwuyiyao_sannianxingdongjihua.docx and its plain text.
All organisations' projects, companies and figures are fictional.
"""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from common import B_FILE, B_PLAIN, write_plain

TITLE = "石家庄市生物医药产业创新发展三年行动计划（2026—2028年）"

# Body: list of (kind, text). kinds: h1, h2, item (1. …, bold lead), p, box (专栏), pagebreak
BODY = [
    ("p", "为深入实施创新驱动发展战略，加快建设具有全国影响力的生物医药产业创新高地，"
          "推动我市生物医药产业由规模扩张向创新驱动转变，结合我市实际，制定本行动计划。"),
    ("h1", "一、总体要求"),
    ("h2", "（一）基本思路"),
    ("p", "坚持创新引领、企业主体、集群发展，以石家庄高新区、石家庄经开区为主要承载区，"
          "聚焦化学药、生物药、现代中药、高端医疗器械四大方向，强化技术攻关、平台建设、成果转化和生态营造，"
          "推动产业规模和创新能力同步提升。"),
    ("p", "2025年，全市生物医药产业营业收入1128亿元，其中化学药占比最高，达到52%，"
          "生物药、现代中药、高端医疗器械分别占21%、15%、12%；全市生物医药规模以上企业218家，"
          "研发投入强度为4.6%。"),
    ("h2", "（二）主要目标"),
    ("p", "到2026年，实现以下目标：1.全市生物医药产业营业收入达到1350亿元；2.规模以上企业达到260家；"
          "3.新获一类创新药临床试验批件12个；4.产业研发投入强度达到5.2%。"
          "到2028年，实现以下目标：1.产业营业收入突破1800亿元；2.规模以上企业达到320家；"
          "3.累计获批上市一类创新药5个、三类医疗器械注册证40个；4.建成省级以上创新平台60家；"
          "5.产业研发投入强度达到6%。"),
    ("h1", "二、重点任务"),
    ("h2", "（一）提升原始创新能力"),
    ("item", "1.建设高能级创新平台。",
     "支持龙头企业联合高校、科研院所组建创新联合体，围绕合成生物、抗体药物、新型制剂等领域布局建设"
     "省级以上创新平台。对新获批国家级创新平台的，给予最高1000万元支持；对新获批省级创新平台的，给予最高200万元支持。"),
    ("box", "专栏1　重大创新平台建设工程", [
        "1.太行合成生物创新中心：依托石家庄高新区，建设菌种设计、发酵工艺放大和产物分离纯化公共平台。",
        "2.滹沱河生物药中试基地：建设2000升一次性生物反应器中试生产线，面向中小企业开放共享。",
        "3.正定高端医疗器械检验检测平台：开展有源医疗器械电磁兼容和生物相容性检测服务。",
        "4.藁城现代中药质量标准研究院：开展道地药材溯源和中药经典名方质量标准研究。",
        "5.鹿泉新型制剂工程研究中心：聚焦缓控释、透皮给药等高端制剂关键技术。",
    ]),
    ("item", "2.实施关键核心技术攻关。",
     "每年发布生物医药“揭榜挂帅”项目榜单，聚焦抗体偶联药物、核酸药物递送系统、手术机器人等方向，"
     "单个项目最高支持500万元，三年累计实施攻关项目不少于45项。"),
    ("h2", "（二）壮大创新主体"),
    ("item", "3.培育创新型领军企业。",
     "实施“链主”企业培育计划，支持冀元药业集团、康跃生物、太行精准医疗等龙头企业整合创新资源、开展并购重组。"
     "对年营业收入首次突破50亿元、100亿元的企业，分别给予300万元、500万元奖励。"),
    ("item", "4.壮大科技型中小企业。",
     "建立生物医药科技型企业培育库，每年新增生物医药领域科技型中小企业不少于120家、高新技术企业不少于40家，"
     "对首次认定的高新技术企业给予20万元奖励。"),
    ("h2", "（三）推动成果转化"),
    ("item", "5.完善转化服务体系。",
     "建设概念验证、中试熟化、检验检测、注册申报四类公共服务平台，对平台为非关联企业提供服务的，"
     "按服务合同金额的20%给予补助，每个平台每年最高200万元。"),
    ("item", "6.加快创新产品上市。",
     "对获批上市的一类创新药，按研发投入的30%给予最高2000万元支持；对取得三类医疗器械注册证的产品，"
     "每个给予最高300万元支持。"),
    ("item", "7.推进临床资源开放。",
     "支持市内三级医院设立研究型病房，到2028年建成研究型病房15个，药物临床试验机构达到25家，"
     "临床试验项目平均启动时间压缩至60天以内。"),
    ("h2", "（四）优化产业生态"),
    ("item", "8.强化产业空间保障。",
     "在石家庄高新区、石家庄经开区规划建设生物医药专业园区，三年新增标准厂房80万平方米，"
     "对符合条件的企业给予前三年租金全额补贴。"),
    ("item", "9.加大金融支持力度。",
     "设立规模30亿元的生物医药产业投资基金，引导社会资本投向早期项目；"
     "对生物医药企业首次在境内外上市的，给予最高800万元奖励。"),
    ("item", "10.促进区域开放合作。",
     "加强与北京、雄安新区的创新合作，引进高水平研发机构和创新团队，"
     "推动在京研发、石家庄转化的协同模式，三年引进落地项目不少于30个。"),
    ("h1", "三、保障措施"),
    ("h2", "（一）加强组织领导"),
    ("p", "成立由市政府分管副市长任组长的生物医药产业发展工作专班，专班办公室设在市科技局，"
          "统筹推进各项任务落实，协调解决重大问题。"),
    ("h2", "（二）强化资金保障"),
    ("p", "市级财政每年安排生物医药产业专项资金不少于5亿元，三年累计不少于15亿元，"
          "各县（市、区）按不低于1:0.5的比例安排配套资金。"),
    ("h2", "（三）加强人才支撑"),
    ("p", "对新引进的生物医药领域顶尖人才团队，经评审给予最高5000万元综合资助；"
          "对企业新引进的博士研究生，给予每人每月3000元生活补贴，最长补贴三年。"),
    ("h2", "（四）强化考核评估"),
    ("p", "建立重点任务台账，实行季度调度、年度考核，2027年10月前开展中期评估，"
          "2028年底进行总结评估，评估结果作为相关部门年度考核的重要依据。"),
    ("h2", "（五）营造良好氛围"),
    ("p", "每年举办石家庄生物医药创新发展大会和创新药械应用推介会，及时总结推广各县（市、区）的典型经验，"
          "加强政策宣传解读，推动创新产品在本地医疗机构优先使用，营造支持创新、宽容失败的良好氛围。"),
    ("p", "本行动计划自印发之日起施行，由市科技局会同市工业和信息化局负责解释。"),
    ("pagebreak",),
    ("h1", "附件：重点任务清单"),
]

TASK_HEAD = ["序号", "任务", "牵头单位", "责任单位", "完成时间"]
TASKS = [
    ["1", "组建太行合成生物创新中心", "市科技局", "石家庄高新区管委会", "2026年12月"],
    ["2", "发布生物医药“揭榜挂帅”项目榜单", "市科技局", "市发展改革委、市工业和信息化局", "每年6月"],
    ["3", "建成滹沱河生物药中试基地", "石家庄经开区管委会", "市科技局、市财政局", "2027年6月"],
    ["4", "实施“链主”企业培育计划", "市工业和信息化局", "市科技局、各县（市、区）政府", "2028年12月"],
    ["5", "新增科技型中小企业360家", "市科技局", "各县（市、区）政府", "2028年12月"],
    ["6", "建设四类公共服务平台", "市科技局", "市市场监督管理局、市卫生健康委", "2027年12月"],
    ["7", "建成研究型病房15个", "市卫生健康委", "市科技局、市医疗保障局", "2028年12月"],
    ["8", "新增标准厂房80万平方米", "市自然资源和规划局", "石家庄高新区管委会、石家庄经开区管委会", "2028年6月"],
    ["9", "设立生物医药产业投资基金", "市财政局", "市国资委、市地方金融管理局", "2026年9月"],
    ["10", "建成正定高端医疗器械检验检测平台", "正定县政府", "市市场监督管理局", "2027年12月"],
    ["11", "组建生物医药产业发展工作专班", "市政府办公室", "市科技局", "2026年3月"],
    ["12", "开展行动计划中期评估", "市科技局", "市统计局、市财政局", "2027年10月"],
]

FONT = "仿宋"


def set_cjk_font(run, name=FONT, size=None, bold=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold


def set_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "8")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tblPr.append(borders)


def build_docx():
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(14)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)

    t = doc.add_paragraph(style="Title")
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_cjk_font(t.add_run(TITLE), "方正小标宋简体", 20)

    plain = [TITLE]
    for entry in BODY:
        kind = entry[0]
        if kind == "h1":
            p = doc.add_paragraph(style="Heading 1")
            set_cjk_font(p.add_run(entry[1]), "黑体", 16)
            plain.append(entry[1])
        elif kind == "h2":
            p = doc.add_paragraph(style="Heading 2")
            set_cjk_font(p.add_run(entry[1]), "楷体", 15)
            plain.append(entry[1])
        elif kind == "p":
            p = doc.add_paragraph(style="Normal")
            p.paragraph_format.first_line_indent = Pt(28)
            set_cjk_font(p.add_run(entry[1]))
            plain.append(entry[1])
        elif kind == "item":
            p = doc.add_paragraph(style="Normal")
            p.paragraph_format.first_line_indent = Pt(28)
            set_cjk_font(p.add_run(entry[1]), bold=True)
            set_cjk_font(p.add_run(entry[2]))
            plain.append(entry[1] + entry[2])
        elif kind == "box":
            box = doc.add_table(rows=1, cols=1)
            box.alignment = WD_TABLE_ALIGNMENT.CENTER
            set_borders(box)
            cell = box.cell(0, 0)
            head = cell.paragraphs[0]
            head.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_cjk_font(head.add_run(entry[1]), "黑体", 14, bold=True)
            plain.append(entry[1])
            for line in entry[2]:
                cp = cell.add_paragraph()
                set_cjk_font(cp.add_run(line), FONT, 12)
                plain.append(line)
        elif kind == "pagebreak":
            doc.add_page_break()

    table = doc.add_table(rows=1 + len(TASKS), cols=len(TASK_HEAD))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_borders(table)
    for j, h in enumerate(TASK_HEAD):
        para = table.cell(0, j).paragraphs[0]
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_cjk_font(para.add_run(h), "黑体", 12, bold=True)
    for i, row in enumerate(TASKS, start=1):
        for j, c in enumerate(row):
            set_cjk_font(table.cell(i, j).paragraphs[0].add_run(c), FONT, 11)
    plain.append(" | ".join(TASK_HEAD))
    for row in TASKS:
        plain.append(" | ".join(row))

    B_FILE.parent.mkdir(parents=True, exist_ok=True)
    doc.save(B_FILE)
    return plain


def main():
    plain = build_docx()
    write_plain(B_PLAIN, plain)
    print(f"wrote {B_FILE.name} and {B_PLAIN.name}")


if __name__ == "__main__":
    main()
