"""Build document C: 关于《温州市科技创新券管理办法》修订情况的说明 (.pdf, reportlab STSong-Light).

A 修订说明 for 温州's earlier 试行 version of document A: prose explaining the changes
plus a two-column 修订前 | 修订后 table, so many figures appear twice (old vs new).
The 修订后 values agree with document A.
"""
import os
import sys

sys.dont_write_bytecode = True  # keep src/ free of __pycache__

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import CORPUS, C_FILE, write_plain, row_line, ensure_dirs  # noqa: E402

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

FONT = "STSong-Light"
TITLE = "关于《温州市科技创新券管理办法》修订情况的说明"
RUNNING_HEADER = "温州市科学技术局　政策解读"

TABLE_CAPTION = "表　主要条款修订对照"
TABLE_HEADER = ["修订前", "修订后"]
TABLE_ROWS = [
    ["原办法第五条：年度发放总额5000万元，市与县（市、区）按照5:5的比例分担",
     "新办法第五条：年度发放总额8000万元，市与县（市、区）按照6:4的比例分担"],
    ["原办法第六条：上年度营业收入不超过1亿元，职工总数不超过300人",
     "新办法第七条：上年度营业收入不超过2亿元，职工总数不超过500人"],
    ["原办法第七条：同一企业年度申领额度累计不超过30万元",
     "新办法第八条：同一企业年度申领额度累计不超过50万元"],
    ["原办法第十条：近两年服务企业数量不少于10家，入库有效期为2年",
     "新办法第十二条：近两年服务企业数量不少于20家，入库有效期为3年"],
    ["原办法第十二条：检验检测类补助比例30%，单张券面额上限5万元",
     "新办法第十五条：检验检测类补助比例40%，单张券面额上限10万元"],
    ["原办法第十二条：研发设计类补助比例50%，单张券面额上限10万元",
     "新办法第十五条：研发设计类补助比例50%，单张券面额上限30万元"],
    ["原办法第十二条：大型科学仪器共享类补助比例50%，单张券面额上限10万元",
     "新办法第十五条：大型科学仪器共享类补助比例60%，单张券面额上限15万元"],
    ["原办法未设中试熟化类别",
     "新办法第十五条：新增中试熟化类别，补助比例40%，单张券面额上限25万元"],
    ["原办法无相应条款",
     "新办法第十六条：专精特新中小企业补助比例提高10个百分点，最高不超过70%"],
    ["原办法第十四条：创新券有效期为自发放之日起9个月",
     "新办法第十七条：创新券有效期为自发放之日起12个月"],
    ["原办法第十六条：每半年集中审核一次，60个工作日内拨付",
     "新办法第二十一条：每季度集中审核一次，30个工作日内拨付"],
    ["原办法第十九条：取消其2年内申领或者入库资格",
     "新办法第二十四条：取消其3年内申领或者入库资格"],
]

# (kind, text): title / h (section heading) / p / table / break / sign (right-aligned)
BODY = [
    ("title", TITLE),
    ("p", "为贯彻落实国家和省关于支持中小企业创新发展的部署要求，进一步发挥科技创新券普惠性政策作用，市科技局会同市财政局对《温州市科技创新券管理办法（试行）》（温科发〔2022〕15号，以下简称原办法）进行了修订，形成《温州市科技创新券管理办法》（以下简称新办法）。现将修订有关情况说明如下。"),
    ("h", "一、修订背景"),
    ("p", "原办法自2022年6月1日施行以来，累计向2860家企业发放创新券1.9亿元，实际兑付1.42亿元，带动企业购买科技服务合同金额4.6亿元，对降低中小企业创新成本、激活科技服务市场发挥了积极作用。原办法试行期为4年，将于2026年5月31日届满。"),
    ("p", "从2025年度执行情况看，全市共有1126家企业申领创新券，兑付金额4380万元，其中检验检测类和研发设计类合计占兑付总额的68%，服务机构库内机构达到214家。"),
    ("p", "在执行过程中，企业和服务机构反映原办法主要存在四个方面的问题：覆盖面不够广，部分成长较快的企业因营业收入超过上限而无法申领；单张券面额偏低，难以满足研发设计、中试验证等较大额度的服务需求；兑付周期偏长，企业垫付资金压力较大；服务机构质量参差不齐，个别机构的服务能力与入库要求不相适应。"),
    ("h", "二、修订过程"),
    ("p", "2025年9月，市科技局启动修订工作，先后走访调研企业126家、服务机构38家，召开企业和服务机构座谈会6场，并赴省内外先进地区学习借鉴创新券管理经验。"),
    ("p", "2025年12月15日至2026年1月14日，新办法征求意见稿在市政府门户网站公开征求社会意见，共收到意见建议47条，采纳31条，部分采纳9条，对未采纳的意见逐条作出说明。"),
    ("p", "2026年3月20日，新办法经市科技局党组会议审议通过，并商市财政局同意后联合印发。"),
    ("h", "三、主要修订内容"),
    ("p", "新办法共7章31条，较原办法的6章24条增加1章7条。主要修订内容如下："),
    ("p", "（一）扩大申领覆盖面。将申领企业上年度营业收入上限由1亿元放宽至2亿元，职工总数上限由300人放宽至500人，同一企业年度申领额度由30万元提高至50万元；首次申领的企业可以在额度内先行使用，不再要求提供配套资金证明。"),
    ("p", "（二）提高支持标准。检验检测类补助比例由30%提高至40%，大型科学仪器共享类补助比例由50%提高至60%；各类单张券面额上限普遍提高，其中研发设计类单张券面额上限由10万元提高至30万元，在原有服务类别中提高幅度最大。新增中试熟化服务类别，补助比例为40%，单张券面额上限为25万元。新增对专精特新中小企业提高补助比例的规定。"),
    ("p", "（三）延长使用期限、缩短兑付周期。创新券有效期由9个月延长至12个月；兑付审核由每半年集中一次调整为每季度集中一次，财政拨付时限由60个工作日缩短至30个工作日，减轻企业垫付资金压力。"),
    ("p", "（四）从严管理服务机构。服务机构入库要求由近两年服务企业不少于10家提高至不少于20家，入库有效期由2年延长至3年；对弄虚作假、套取资金的行为，处理措施由取消2年内申领或者入库资格调整为取消3年内资格；新增服务台账和档案保存要求。"),
    ("p", "（五）调整资金规模和分担比例。创新券年度发放总额由5000万元增加至8000万元，市与县（市、区）的资金分担比例由5:5调整为6:4，市级财政承担的比重相应提高。"),
    ("p", "（六）新增附则内容。新办法明确各县（市、区）可以参照制定本地实施细则并报市科技局备案，同时规定新办法有效期为5年。"),
    ("p", "（七）优化申领兑付流程。新办法明确企业通过温州科技创新服务平台在线申领，由县（市、区）科技主管部门初审、市科技局复核；单笔兑付金额超过10万元的，可以委托第三方机构开展现场核查，核查不通过的不予兑付。"),
    ("break", None),
    ("h", "四、修订对照"),
    ("p", "主要条款修订前后的对照情况见下表。表中所列条款序号，修订前为原办法条款序号，修订后为新办法条款序号。"),
    ("table", None),
    ("break", None),
    ("h", "五、新旧办法衔接"),
    ("p", "新办法自2026年5月1日起施行，原办法同时废止。新办法施行前已经发放且仍在有效期内的创新券，继续按照原办法规定的标准兑付；新办法施行后申领的创新券，按照新办法执行。"),
    ("p", "已入库的服务机构，其入库资格保留至原入库有效期届满；届满后重新申请入库的，按照新办法规定的条件进行评审。"),
    ("p", "各县（市、区）应当在2026年6月30日前完成本地实施细则的修订，并报市科技局备案。"),
    ("p", "新办法印发后，市科技局将通过政策宣讲、平台公告、服务机构培训等方式做好宣传解读，并在新办法实施满一年后组织开展实施效果评估，根据评估结果适时调整支持标准。"),
    ("p", "特此说明。"),
    ("sign", "温州市科学技术局"),
    ("sign", "2026年4月8日"),
]


def plain_lines():
    lines = []
    for kind, text in BODY:
        if kind == "table":
            lines.append(TABLE_CAPTION)
            lines.append(row_line(TABLE_HEADER))
            lines.extend(row_line(r) for r in TABLE_ROWS)
        elif kind != "break":
            lines.append(text)
    return lines


def footer_text(page, total):
    return "第 %d 页 共 %d 页" % (page, total)


class NumberedCanvas(rl_canvas.Canvas):
    """Two-pass canvas so the footer can say 共 M 页."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            w, h = A4
            self.setFont(FONT, 9)
            self.drawCentredString(w / 2, h - 15 * mm, RUNNING_HEADER)
            self.line(25 * mm, h - 17 * mm, w - 25 * mm, h - 17 * mm)
            self.drawCentredString(w / 2, 12 * mm, footer_text(self._pageNumber, total))
            super().showPage()
        super().save()


def build():
    ensure_dirs()
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    st_title = ParagraphStyle("t", fontName=FONT, fontSize=17, leading=26, alignment=TA_CENTER, spaceAfter=14)
    st_h = ParagraphStyle("h", fontName=FONT, fontSize=13, leading=22, spaceBefore=8, spaceAfter=4)
    st_p = ParagraphStyle("p", fontName=FONT, fontSize=12, leading=21, firstLineIndent=24,
                          wordWrap="CJK", spaceAfter=4)
    st_sign = ParagraphStyle("s", fontName=FONT, fontSize=12, leading=21, alignment=TA_RIGHT)
    st_cap = ParagraphStyle("c", fontName=FONT, fontSize=12, leading=20, alignment=TA_CENTER, spaceBefore=6, spaceAfter=6)
    st_cell = ParagraphStyle("cell", fontName=FONT, fontSize=10.5, leading=16, wordWrap="CJK")
    st_head = ParagraphStyle("head", parent=st_cell, alignment=TA_CENTER)

    story = []
    for kind, text in BODY:
        if kind == "title":
            story.append(Paragraph(text, st_title))
        elif kind == "h":
            story.append(Paragraph(text, st_h))
        elif kind == "p":
            story.append(Paragraph(text, st_p))
        elif kind == "sign":
            story.append(Paragraph(text, st_sign))
        elif kind == "break":
            story.append(PageBreak())
        elif kind == "table":
            story.append(Paragraph(TABLE_CAPTION, st_cap))
            data = [[Paragraph(c, st_head) for c in TABLE_HEADER]]
            data += [[Paragraph(c, st_cell) for c in r] for r in TABLE_ROWS]
            tbl = Table(data, colWidths=[80 * mm, 80 * mm], repeatRows=1)
            tbl.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]))
            story.append(tbl)
            story.append(Spacer(1, 6))
    doc = SimpleDocTemplate(os.path.join(CORPUS, C_FILE), pagesize=A4,
                            leftMargin=25 * mm, rightMargin=25 * mm, topMargin=25 * mm, bottomMargin=22 * mm,
                            title=TITLE, author="温州市科学技术局")
    doc.build(story, canvasmaker=NumberedCanvas)
    write_plain("C.txt", plain_lines())


if __name__ == "__main__":
    build()
