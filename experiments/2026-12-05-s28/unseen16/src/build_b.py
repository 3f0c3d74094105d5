"""Document B: 芜湖市2025年科技创新发展统计公报 (.pdf, reportlab STSong-Light,
page footers, one ruled table drawn with grid lines)."""
import os
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from common import DOC_B, corpus_path, row_line, write_plain

FONT = "STSong-Light"
FOOTER_LEFT = "芜湖市科技统计公报（2025）"
FOOTER_FMT = "第 {n} 页"

TITLE = "芜湖市2025年科技创新发展统计公报"
META = "芜湖市科学技术局　芜湖市统计局　2026年3月18日"

TABLE_CAPTION = "表1 2025年各县区科技创新主要指标"
TABLE_HEADER = ["县区", "高新技术企业（家）", "R&D经费支出（亿元）", "技术合同成交额（亿元）", "发明专利授权（件）"]
TABLE_ROWS = [
    ["镜湖区", "312", "22.4", "68.3", "842"],
    ["鸠江区", "586", "61.8", "112.6", "1563"],
    ["弋江区", "428", "38.5", "84.2", "1207"],
    ["湾沚区", "265", "24.7", "41.8", "536"],
    ["繁昌区", "197", "17.9", "29.5", "388"],
    ["南陵县", "142", "11.6", "18.7", "246"],
    ["无为市", "238", "21.7", "31.4", "436"],
]
TABLE_TOTAL = ["合计", "2168", "198.6", "386.5", "5218"]

# ("h", heading) / ("p", paragraph) / ("table", None)
BODY = [
    ("p", "2025年，全市科技系统深入实施创新驱动发展战略，加快建设具有重要影响力的科技创新策源地，全市科技创新主要指标保持较快增长。现将有关统计数据公报如下。"),
    ("h", "一、科技投入"),
    ("p", "全年全市全社会研究与试验发展（R&D）经费支出198.6亿元，比上年增长11.2%；R&D经费投入强度（与地区生产总值之比）为3.92%，比上年提高0.18个百分点。其中，企业R&D经费支出172.3亿元，占全社会R&D经费支出的86.8%；高等学校和科研机构R&D经费支出26.3亿元。"),
    ("p", "全年全市地方财政科技支出62.4亿元，比上年增长9.6%，占一般公共预算支出的比重为12.8%。全年R&D人员折合全时当量5.86万人年，比上年增长7.4%。"),
    ("p", "从研究类型看，全年基础研究经费支出9.7亿元，占全社会R&D经费支出的比重为4.9%，比上年提高0.6个百分点；应用研究经费支出18.5亿元；试验发展经费支出170.4亿元。"),
    ("h", "二、创新主体"),
    ("p", "年末全市有效期内高新技术企业2168家，比上年净增263家，增长13.8%；入库科技型中小企业3415家，增长16.2%。规模以上工业企业中有研发活动的企业占比达到58.3%，比上年提高2.1个百分点。"),
    ("p", "全年高新技术产业增加值比上年增长13.5%，占规模以上工业增加值的比重为52.6%，比上年提高1.9个百分点。战略性新兴产业产值占规模以上工业总产值的比重为48.7%。"),
    ("p", "年末全市拥有新型研发机构52家，其中省级新型研发机构18家；拥有省级以上重点实验室41家，省级以上工程技术研究中心156家，国家级科技企业孵化器9家。"),
    ("p", "分产业看，汽车及零部件、机器人及智能装备、新型显示、通用航空等重点产业领域集聚了全市近六成的高新技术企业，新能源汽车产业链上的高新技术企业达到412家，比上年增加68家。"),
    ("p", "全年新认定市级科技领军企业15家，累计达到48家；新增国家级专精特新“小巨人”企业21家，累计达到96家。全市规模以上工业企业中建有研发机构的企业1862家，覆盖率为41.5%。"),
    ("h", "三、知识产权"),
    ("p", "全年全市专利授权21870件，比上年增长6.3%，其中发明专利授权5218件，增长18.9%。年末全市有效发明专利28460件，每万人口高价值发明专利拥有量38.6件，比上年增加5.2件。"),
    ("p", "全年全市新增国家知识产权示范企业和优势企业27家，办理专利权质押登记213笔，质押融资金额58.9亿元。"),
    ("p", "全年全市主导或者参与制定国际标准3项、国家标准47项、行业标准62项；新认定省级标准化示范企业12家。"),
    ("h", "四、技术市场"),
    ("p", "全年全市登记技术合同5862项，成交额386.5亿元，比上年增长24.7%。按合同类型分，技术开发合同成交额198.2亿元，技术服务合同成交额151.4亿元，技术转让和技术许可合同成交额36.9亿元。全市吸纳技术合同成交额412.8亿元，增长19.3%。"),
    ("p", "全年全市新增省级技术转移服务机构6家，累计达到31家；在册技术经纪人712名，全年促成技术交易额27.6亿元。全市高等学校和科研机构作为卖方登记技术合同1284项，成交额43.7亿元。"),
    ("h", "五、科技计划与成果转化"),
    ("p", "全年组织实施市级重点研发计划项目126项，市财政投入资金3.8亿元；发放创新券1.2亿元，惠及企业1046家。全年促成科技成果在本市转化项目387项，获省级以上科学技术奖励34项，其中国家科学技术奖2项。"),
    ("p", "科技金融方面，年末全市科技型企业贷款余额1126.8亿元，比上年增长21.5%；市科技成果转化引导基金累计参股子基金14支，子基金认缴规模达到86亿元。全年新增科创板和北交所上市企业4家。"),
    ("p", "创新平台建设方面，全年新增省级重点实验室5家、省级工程技术研究中心17家、省级企业技术中心23家；国家级芜湖高新技术产业开发区全年实现营业收入3280亿元，比上年增长10.6%。"),
    ("h", "六、国际科技合作"),
    ("p", "全年新增省级国际科技合作基地4家，累计达到14家；引进外国高端人才63人；与德国、意大利、日本等国家的高校和科研机构共实施国际科技合作项目37项，市财政支持资金4600万元。"),
    ("p", "全年全市外资研发中心新增3家，累计达到19家；企业在境外设立研发机构新增5家，累计达到23家；举办国际科技交流活动28场。"),
    ("h", "七、科技人才"),
    ("p", "年末全市拥有两院院士工作站21家、博士后科研工作站和创新实践基地86家；全年新引进高层次科技人才团队42个，其中海外人才团队11个。全市每万名就业人员中R&D人员数为152人年，比上年增加13人年。"),
    ("h", "八、县区科技创新"),
    ("p", "分县区看，鸠江区高新技术企业数量和R&D经费支出均居全市首位，分别占全市的27.0%和31.1%。弋江区发明专利授权增长27.4%，增速居各县区首位。各县区主要指标见表1。"),
    ("table", None),
    ("p", "从发展态势看，各县区科技创新能力同步提升，南陵县和无为市高新技术企业数量增速均超过全市平均水平，县域科技创新短板加快补齐；镜湖区依托科技服务业集聚区建设，技术服务合同成交额保持较快增长。"),
    ("p", "总体来看，2025年全市科技创新投入持续加大，创新主体不断壮大，创新成果加速涌现，科技创新对经济社会发展的支撑引领作用进一步增强。下一步，全市将继续加大全社会研发投入，强化企业科技创新主体地位，加快建设具有重要影响力的区域科技创新中心。"),
    ("h", "附注"),
    ("p", "1.本公报所列2025年数据均为初步统计数。R&D经费支出数据由市统计局会同市科学技术局核算，高新技术企业数据截至2025年12月31日。"),
    ("p", "2.研究与试验发展（R&D）经费支出，指统计年度内全社会实际用于基础研究、应用研究和试验发展的经费支出。R&D经费投入强度，指R&D经费支出与地区生产总值之比。"),
    ("p", "3.技术合同成交额，指在本市技术合同登记机构登记的技术开发、技术转让、技术许可、技术服务等合同的成交金额；吸纳技术合同成交额，指本市单位作为买方的技术合同成交金额。"),
    ("p", "4.表1中县区数据包括各县区辖区内的省级以上开发区；无为市数据按县级市统计。"),
    ("p", "5.高新技术企业，指按照国家有关认定管理办法认定、处于有效期内的企业；科技型中小企业，指按照国家有关评价办法评价入库的企业；新型研发机构，指按照省、市有关规定备案的投资主体多元化、管理制度现代化、运行机制市场化的研发机构。"),
    ("p", "6.每万人口高价值发明专利拥有量按年末常住人口计算；技术合同数据来源于全国技术合同网上登记系统，知识产权数据来源于市市场监督管理局。"),
]


def _footer(canvas, doc):
    canvas.saveState()
    canvas.setFont(FONT, 9)
    canvas.setStrokeColor(colors.grey)
    canvas.line(2 * cm, 1.6 * cm, A4[0] - 2 * cm, 1.6 * cm)
    canvas.drawString(2 * cm, 1.1 * cm, FOOTER_LEFT)
    canvas.drawRightString(A4[0] - 2 * cm, 1.1 * cm, FOOTER_FMT.format(n=doc.page))
    canvas.restoreState()


def build():
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    title = ParagraphStyle("t", fontName=FONT, fontSize=18, leading=26, alignment=TA_CENTER, spaceAfter=6)
    meta = ParagraphStyle("m", fontName=FONT, fontSize=11, leading=18, alignment=TA_CENTER, spaceAfter=12)
    head = ParagraphStyle("h", fontName=FONT, fontSize=14, leading=22, spaceBefore=8, spaceAfter=6, wordWrap="CJK")
    body = ParagraphStyle("b", fontName=FONT, fontSize=12, leading=24, firstLineIndent=24,
                          alignment=TA_LEFT, spaceAfter=8, wordWrap="CJK")
    cap = ParagraphStyle("c", fontName=FONT, fontSize=11, leading=18, alignment=TA_CENTER, spaceBefore=6, spaceAfter=6)

    lines = [TITLE, META]
    story = [Paragraph(escape(TITLE), title), Paragraph(escape(META), meta)]
    for kind, text in BODY:
        if kind == "h":
            story.append(Paragraph(escape(text), head))
            lines.append(text)
        elif kind == "p":
            story.append(Paragraph(escape(text), body))
            lines.append(text)
        else:
            story.append(Paragraph(escape(TABLE_CAPTION), cap))
            lines.append(TABLE_CAPTION)
            data = [TABLE_HEADER] + TABLE_ROWS + [TABLE_TOTAL]
            fs = 9.5
            widths = []
            for c in range(len(TABLE_HEADER)):
                w = max(pdfmetrics.stringWidth(r[c], FONT, fs) for r in data)
                widths.append(w + 14)
            t = Table(data, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("FONTSIZE", (0, 0), (-1, -1), fs),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E8E8")),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]))
            story.append(t)
            story.append(Spacer(1, 8))
            for r in data:
                lines.append(row_line(r))
    os.makedirs(os.path.dirname(corpus_path(DOC_B)), exist_ok=True)
    pdf = SimpleDocTemplate(corpus_path(DOC_B), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2.2 * cm, bottomMargin=2.4 * cm, title=TITLE, author=FOOTER_LEFT)
    pdf.build(story, onFirstPage=_footer, onLaterPages=_footer)
    write_plain(DOC_B, lines)


if __name__ == "__main__":
    build()
