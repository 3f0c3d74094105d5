"""Doc B: Simplified 实施细则 as a PDF (reportlab, STSong-Light), ruled table, footers, 附件 list at the end."""
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from common import DOC_B, cn_num, corpus_path, write_plain

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

TITLE = "澄州市促进企业研发投入和科技成果转化实施细则"
DOCNO = "澄科规〔2026〕5号"
FOOTER = "澄州市科学技术局　澄州市财政局印发"

# ("h", chapter) | ("a", article text, numbered 第X条 automatically) | ("p", paragraph) | ("i", sub-clause)
# | ("table", None)
BODY = [
    ("h", "第一章　总则"),
    ("a", "为深入实施创新驱动发展战略，引导企业加大研发投入、加快科技成果转化，根据《澄州市关于加快建设区域科技创新中心的若干意见》（澄政发〔2025〕18号），结合本市实际，制定本细则。"),
    ("a", "本细则适用于在本市依法注册登记、具有独立法人资格、实行独立核算的企业、高等学校、科研院所和技术转移机构。"),
    ("a", "市科学技术局负责本细则的组织实施，会同市财政局制定年度资金计划、审核拟支持名单；市财政局负责资金预算安排和拨付；市税务局、市统计局按职责提供企业研发费用加计扣除和研发统计数据。"),
    ("h", "第二章　支持内容和标准"),
    ("a", "研发费用后补助。对上年度研发费用达到规定条件的企业，按以下标准给予补助："),
    ("i", "（一）规模以上工业企业，按上年度研发费用较前一年度增量部分的10%给予补助，单个企业年度补助最高200万元，申报期限为每年6月1日至6月30日；"),
    ("i", "（二）高新技术企业，按上年度研发费用较前一年度增量部分的15%给予补助，单个企业年度补助最高300万元，申报期限为每年6月1日至6月30日；"),
    ("i", "（三）入库科技型中小企业，按上年度研发费用总额的5%给予补助，单个企业年度补助最高50万元，申报期限为每年7月1日至7月31日。"),
    ("p", "同一企业符合本条多项情形的，按就高原则给予补助，不重复享受。"),
    ("a", "企业研发机构建设奖励。对新认定的企业研发机构给予一次性奖励："),
    ("i", "（一）国家级企业技术中心、国家重点实验室等国家级研发机构，奖励500万元，须在认定文件印发之日起12个月内申报；"),
    ("i", "（二）省级企业技术中心、省级工程技术研究中心等省级研发机构，奖励100万元，须在认定文件印发之日起6个月内申报；"),
    ("i", "（三）市级企业研发中心，奖励20万元，须在认定文件印发之日起3个月内申报。"),
    ("p", "已获低一级奖励后晋级的，按差额给予奖励。"),
    ("a", "首台（套）重大技术装备奖励。对本市企业研制并实现首次销售的重大技术装备，按以下标准给予奖励："),
    ("i", "（一）经认定为国内首台（套）的，按单台（套）销售合同金额的20%给予奖励，最高500万元；"),
    ("i", "（二）经认定为省内首台（套）的，按单台（套）销售合同金额的15%给予奖励，最高300万元；"),
    ("i", "（三）经认定为市内首台（套）的，按单台（套）销售合同金额的10%给予奖励，最高100万元。"),
    ("p", "奖励申请应在销售合同签订之日起18个月内提出，同一产品只奖励一次。"),
    ("a", "科技成果转化补助。对在本市实施转化的科技成果，按以下标准给予补助或奖励："),
    ("i", "（一）企业购买高等学校、科研院所科技成果并在本市实施转化的，按技术合同实际支付金额的10%给予补助，最高100万元；"),
    ("i", "（二）高等学校、科研院所的科技成果在本市企业实施转化的，按技术合同实际到账金额的5%给予奖励，最高50万元；"),
    ("i", "（三）技术转移机构促成技术合同在本市落地转化的，按技术合同实际成交额的1%给予奖励，每家机构年度最高30万元。"),
    ("p", "技术合同须经本市技术合同登记机构认定登记，且登记日期在申报年度上一年度1月1日至12月31日之间。"),
    ("a", "高新技术企业培育奖励。对本市高新技术企业按以下情形给予奖励："),
    ("i", "（一）首次通过高新技术企业认定的，奖励30万元，须在认定证书颁发之日起6个月内申报；"),
    ("i", "（二）重新认定通过的，奖励10万元，须在认定证书颁发之日起6个月内申报；"),
    ("i", "（三）从外地整体迁入本市且高新技术企业资格在有效期内的，奖励50万元，须在完成迁入登记之日起12个月内申报。"),
    ("a", "本细则所需资金由市、区（县）两级财政按表1比例分担；区（县）配套资金应在市级资金下达后，于表1规定的期限内拨付到位。"),
    ("table", None),
    ("h", "第三章　申报与审核"),
    ("a", "申报单位应当同时符合以下条件：（一）在本市注册登记满1年；（二）近3年内未发生重大安全、质量事故和严重环境违法行为；（三）未被列入严重失信主体名单。"),
    ("a", "申报单位应通过“澄州市科技创新政策兑现平台”在线提交申请，并对申报材料的真实性、准确性负责；区（县）科技主管部门应在收到申报材料之日起15个工作日内完成初审并出具推荐意见。"),
    ("a", "申报企业的研发费用，以企业所得税年度纳税申报表、研发费用辅助账和研发统计报表三者中的最低值为准。"),
    ("a", "市科学技术局受理申报后，委托第三方专业机构进行专项审计，组织专家评审，会同市财政局研究确定拟支持名单，并在市科学技术局门户网站公示7个工作日；公示无异议的，按程序下达资金。"),
    ("h", "第四章　资金管理与监督"),
    ("a", "市财政局应在拟支持名单公示结束之日起20个工作日内将市级资金拨付至申报单位；涉及区（县）配套的，由区（县）财政部门按表1规定的期限拨付。"),
    ("a", "补助资金可用于研发人员薪酬、研发设备购置、试验检测、技术引进和知识产权运营等支出，其中用于研发人员激励的比例不超过30%。"),
    ("a", "单个企业（含其关联企业）每年度依据本细则获得的市级财政资金总额最高不超过1000万元。"),
    ("a", "对弄虚作假、骗取财政资金的单位，由市科学技术局会同市财政局追回已拨付资金，5年内取消其申报市级科技计划项目资格，并按规定纳入信用记录。"),
    ("a", "相关工作人员在资金审核、拨付过程中滥用职权、玩忽职守、徇私舞弊的，依法依规追究责任。"),
    ("h", "第五章　附则"),
    ("a", "本细则与本市其他同类政策有重叠的，按照就高不重复原则执行。"),
    ("a", "本细则由市科学技术局、市财政局负责解释。"),
    ("a", "本细则自2026年5月1日起施行，有效期至2030年12月31日。"),
]

TABLE_CAPTION = "表1　市、区（县）财政资金分担比例及配套期限"
TABLE = [
    ["区域", "市级财政承担比例", "区（县）财政承担比例", "配套资金拨付期限"],
    ["澄州高新区", "60%", "40%", "30个工作日"],
    ["云港区", "50%", "50%", "30个工作日"],
    ["临溪区", "50%", "50%", "45个工作日"],
    ["北湖区", "40%", "60%", "30个工作日"],
    ["东坪县", "70%", "30%", "60个工作日"],
    ["青岚县", "70%", "30%", "60个工作日"],
]

SIGNATURE = ["澄州市科学技术局　澄州市财政局", "2026年3月20日"]
ATTACHMENTS = [
    "附件：1.澄州市企业研发费用后补助申请表",
    "2.澄州市企业研发机构建设奖励申请表",
    "3.澄州市首台（套）重大技术装备奖励申请表",
    "4.澄州市科技成果转化补助申请表",
    "5.申报材料真实性承诺书",
]


def numbered_body():
    """BODY with ("a", text) turned into ("p", "第X条　text")."""
    out, n = [], 0
    for kind, text in BODY:
        if kind == "a":
            n += 1
            out.append(("p", "第%s条　%s" % (cn_num(n), text)))
        else:
            out.append((kind, text))
    return out


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont(FONT, 9)
    canvas.drawString(20 * mm, 12 * mm, FOOTER + "　" + DOCNO)
    canvas.drawRightString(190 * mm, 12 * mm, "第 %d 页" % doc.page)
    canvas.restoreState()


def build():
    base = ParagraphStyle("base", fontName=FONT, fontSize=12.5, leading=22, wordWrap="CJK",
                          firstLineIndent=25, spaceAfter=3)
    item = ParagraphStyle("item", parent=base, firstLineIndent=0, leftIndent=25)
    title = ParagraphStyle("title", parent=base, fontSize=17, leading=28, alignment=TA_CENTER,
                           firstLineIndent=0, spaceAfter=8)
    center = ParagraphStyle("center", parent=base, alignment=TA_CENTER, firstLineIndent=0)
    head = ParagraphStyle("head", parent=center, fontSize=13.5, spaceBefore=8)
    right = ParagraphStyle("right", parent=base, alignment=TA_RIGHT, firstLineIndent=0)
    left = ParagraphStyle("left", parent=base, firstLineIndent=0)
    cell = ParagraphStyle("cell", fontName=FONT, fontSize=11, leading=15, wordWrap="CJK",
                          alignment=TA_CENTER)

    story = [Paragraph(TITLE, title), Paragraph(DOCNO, center), Spacer(1, 6)]
    body = numbered_body()
    for kind, text in body:
        if kind == "h":
            story.append(Paragraph(text, head))
        elif kind == "i":
            story.append(Paragraph(text, item))
        elif kind == "p":
            story.append(Paragraph(text, base))
        else:
            story.append(Spacer(1, 4))
            data = [[Paragraph(c, cell) for c in row] for row in TABLE]
            t = Table(data, colWidths=[36 * mm, 40 * mm, 46 * mm, 42 * mm], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.8, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
            ]))
            t.splitByRow = 0
            story.append(KeepTogether([Paragraph(TABLE_CAPTION, center), t]))
            story.append(Spacer(1, 8))
    story.append(Spacer(1, 10))
    for s in SIGNATURE:
        story.append(Paragraph(s, right))
    story.append(Spacer(1, 12))
    for i, a in enumerate(ATTACHMENTS):
        story.append(Paragraph(a, left if i == 0 else ParagraphStyle("att", parent=left, leftIndent=37)))

    doc = SimpleDocTemplate(corpus_path(DOC_B), pagesize=A4, leftMargin=25 * mm, rightMargin=22 * mm,
                            topMargin=25 * mm, bottomMargin=25 * mm, title=TITLE,
                            author="澄州市科学技术局")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)

    lines = [TITLE, DOCNO]
    for kind, text in body:
        if kind == "table":
            lines.append(TABLE_CAPTION)
            lines += [" | ".join(r) for r in TABLE]
        else:
            lines.append(text)
    lines += SIGNATURE + ATTACHMENTS
    write_plain(DOC_B, lines)


if __name__ == "__main__":
    build()
