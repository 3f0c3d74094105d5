# -*- coding: utf-8 -*-
"""Doc A: 常州市武进区《关于支持科技创新和产业创新深度融合的若干措施》(PDF, reportlab, STSong-Light)."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT, TA_JUSTIFY
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, PageBreak, Flowable)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BASE = "A_wujin_kejichuangxin_ruoganchuoshi"
FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

ISSUER = "常州市武进区人民政府"
DOCNO = "武政发〔2025〕27号"
POLICY = "关于支持科技创新和产业创新深度融合的若干措施"
TITLE = f"{ISSUER}关于印发《{POLICY}》的通知"
ADDRESSEE = "各镇人民政府、街道办事处，武进国家高新区、西太湖科技产业园管委会，区各委办局、各直属单位："
NOTICE_BODY = (f"《{POLICY}》已经区政府第58次常务会议审议通过，现印发给你们，"
               "请结合实际认真贯彻执行。")
SIGN_DATE = "2025年9月12日"
PUBLIC = "（此件公开发布）"
PREAMBLE = ("为深入实施创新驱动发展战略，加快建设具有国际影响力的智能制造和新能源产业科技创新高地，"
            "推动科技创新和产业创新深度融合，结合武进区实际，制定以下措施。")

ARTICLES = [
 ("第一条", "支持企业加大研发投入。",
  "对上年度研发费用在1000万元以上且同比增长15%以上的规模以上工业企业，按其研发费用增量部分的5%给予奖励，"
  "单个企业每年不超过200万元。对首次开展研发活动并纳入统计的规模以上工业企业，给予一次性奖励5万元。"
  "由区科技局牵头，区统计局、区税务局配合。"),
 ("第二条", "培育壮大高新技术企业。",
  "对首次通过认定的国家高新技术企业给予30万元奖励，对通过重新认定的给予10万元奖励；"
  "对从区外整体迁入且资质有效的国家高新技术企业，给予20万元奖励。"
  "对入选省高新技术企业培育库的企业给予5万元奖励。由区科技局负责。"),
 ("第三条", "支持建设高水平研发平台。",
  "对新获批的全国重点实验室、国家技术创新中心，给予最高1000万元支持；"
  "对新获批的省级重点实验室、省工程技术研究中心，给予50万元奖励；"
  "对新认定的市级工程技术研究中心，给予10万元奖励。由区科技局、区工信局按职责分工负责。"),
 ("第四条", "支持新型研发机构发展。",
  "对经认定的重大新型研发机构，按其建设期内研发设备和软件购置费用的30%给予补助，最高1000万元，分三年拨付；"
  "对年度绩效评价为优秀的新型研发机构，给予最高100万元运营经费支持。由区科技局牵头，区财政局配合。"),
 ("第五条", "促进科技成果转移转化。",
  "对企业购买高校院所科技成果并在武进区实施产业化的，按技术合同实际成交额的10%给予补贴，单个企业每年不超过50万元。"
  "对在区内登记技术合同的技术转移机构，按其促成技术合同登记额的1%给予奖励，每家每年最高30万元。由区科技局负责。"),
 ("第六条", "支持首台（套）装备和首批次新材料应用。",
  "对首次认定为省首台（套）重大装备的产品，按产品单价的20%给予奖励，最高100万元；"
  "对首次列入省重点新材料首批次应用示范指导目录的产品，给予最高50万元奖励。由区工信局负责。"),
 ("第七条", "加强科技金融支持。",
  "设立总规模10亿元的武进区科技创新天使投资基金，重点投向种子期、初创期科技型企业。"
  "对科技型中小企业首次获得“苏科贷”等科技信贷产品的，按贷款市场报价利率（LPR）的50%给予贴息，"
  "每家企业每年不超过20万元，贴息期限不超过2年。由区财政局牵头，区委金融办、区科技局配合。"),
 ("第八条", "集聚高层次创新创业人才。",
  "对入选“武进英才计划”的领军型创业人才项目，给予最高300万元项目资助，并提供不超过200平方米的三年免租研发用房；"
  "对入选的领军型创新人才，给予最高100万元薪酬补贴，分三年发放。由区委人才办、区人社局负责。"),
 ("第九条", "提升孵化载体服务能力。",
  "对新认定的国家级科技企业孵化器给予100万元奖励，对新认定的国家级众创空间给予50万元奖励；"
  "对年度绩效评价为优秀的孵化器，给予20万元运营补贴。由区科技局负责。"),
 ("第十条", "深化产学研合作。",
  "对企业与高校院所联合开展产学研合作项目的，按项目实际到账经费的20%给予补助，单个项目最高50万元，"
  "同一企业每年最多支持3个项目。由区科技局负责。"),
 ("第十一条", "强化知识产权创造运用。",
  "对获得中国专利金奖的企业给予50万元奖励，获得中国专利银奖的给予30万元奖励，获得中国专利优秀奖的给予10万元奖励。"
  "对首次通过知识产权管理体系认证的企业，给予2万元奖励。由区市场监管局负责。"),
 ("第十二条", "附则。",
  "本措施所需资金由区级财政专项资金列支。同一项目同时符合本措施和区内其他政策的，按照“就高不重复”原则执行。"
  "享受奖补的企业须在武进区依法登记注册、具有独立法人资格，且近三年内无严重失信行为。"
  "各类奖补事项每年集中申报一次，受理时间原则上为每年3月1日至4月30日，通过“武进区惠企政策服务平台”在线申报。"
  "本措施自2025年10月1日起施行，有效期至2027年12月31日，由区科技局负责解释。"),
]

ANNEX_TITLE = "附件"
ANNEX_CAPTION = "主要支持事项申报材料及受理部门一览表"
ANNEX_HEAD = ["序号", "支持事项", "支持标准", "主要申报材料", "受理部门"]
ANNEX_ROWS = [
 ["1", "研发投入奖励", "增量部分的5%，每年不超过200万元", "申报表、上年度研发费用专项审计报告、研发费用加计扣除备案材料", "区科技局"],
 ["2", "高新技术企业奖励", "首次认定30万元，重新认定10万元", "申报表、高新技术企业证书复印件", "区科技局"],
 ["3", "首台（套）装备奖励", "产品单价的20%，最高100万元", "申报表、省首台（套）认定文件、销售合同及发票", "区工信局"],
 ["4", "科技信贷贴息", "LPR的50%，每年不超过20万元", "申报表、贷款合同、银行付息凭证", "区财政局"],
 ["5", "领军型创业人才项目资助", "最高300万元", "申报表、人才计划入选文件、项目计划书", "区委人才办"],
 ["6", "产学研合作补助", "到账经费的20%，单个项目最高50万元", "申报表、产学研合作合同、经费到账凭证", "区科技局"],
 ["7", "专利奖奖励", "金奖50万元，银奖30万元，优秀奖10万元", "申报表、获奖证书复印件", "区市场监管局"],
]
CC = "抄送：区委各部门，区人大常委会办公室，区政协办公室，区法院，区检察院。"
PRINTED_BY = "常州市武进区人民政府办公室"
PRINT_DATE = "2025年9月12日印发"


def plain_text():
    L = [f"{ISSUER}文件", DOCNO, "", TITLE, "", ADDRESSEE, NOTICE_BODY, "", ISSUER, SIGN_DATE, PUBLIC, "",
         POLICY, "", PREAMBLE]
    for no, lead, body in ARTICLES:
        L.append(f"{no}　{lead}{body}")
    L += ["", f"附件：{ANNEX_CAPTION}", "", ANNEX_TITLE, ANNEX_CAPTION, " | ".join(ANNEX_HEAD)]
    L += [" | ".join(r) for r in ANNEX_ROWS]
    L += ["", CC, f"{PRINTED_BY}　{PRINT_DATE}"]
    return "\n".join(L) + "\n"


class RedLine(Flowable):
    def __init__(self, width, thick=1.2):
        super().__init__(); self.width = width; self.thick = thick; self.height = 2
    def draw(self):
        self.canv.setStrokeColor(colors.red); self.canv.setLineWidth(self.thick)
        self.canv.line(0, 0, self.width, 0)


class Rule(Flowable):
    def __init__(self, width, thick=0.8):
        super().__init__(); self.width = width; self.thick = thick; self.height = 1
    def draw(self):
        self.canv.setStrokeColor(colors.black); self.canv.setLineWidth(self.thick)
        self.canv.line(0, 0, self.width, 0)


def build_pdf(path):
    W, H = A4
    lm, rm, tm, bm = 28 * mm, 26 * mm, 37 * mm, 35 * mm
    fw = W - lm - rm
    st = lambda name, **kw: ParagraphStyle(name, fontName=FONT, wordWrap="CJK", **kw)
    s_red = st("red", fontSize=30, leading=40, alignment=TA_CENTER, textColor=colors.red)
    s_no = st("no", fontSize=14, leading=22, alignment=TA_CENTER)
    s_title = st("title", fontSize=18, leading=28, alignment=TA_CENTER, spaceBefore=12, spaceAfter=12)
    s_body = st("body", fontSize=14, leading=26, alignment=TA_JUSTIFY, firstLineIndent=28)
    s_noind = st("noind", fontSize=14, leading=26, alignment=TA_JUSTIFY)
    s_right = st("right", fontSize=14, leading=26, alignment=TA_RIGHT, rightIndent=28)
    s_cell = st("cell", fontSize=10, leading=15, alignment=TA_LEFT)
    s_cellc = st("cellc", fontSize=10, leading=15, alignment=TA_CENTER)
    s_small = st("small", fontSize=12, leading=20)

    def on_page(c, doc):
        c.saveState()
        c.setFont(FONT, 10.5); c.setFillColor(colors.grey)
        if doc.page > 1:
            c.drawString(lm, H - 20 * mm, f"{ISSUER}　{DOCNO}")
            c.setStrokeColor(colors.grey); c.setLineWidth(0.4)
            c.line(lm, H - 21.5 * mm, W - rm, H - 21.5 * mm)
        c.setFillColor(colors.black); c.setFont(FONT, 14)
        c.drawCentredString(W / 2, 20 * mm, f"— {doc.page} —")
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm, bottomMargin=bm,
                          title=TITLE, author=ISSUER, subject=POLICY)
    doc.addPageTemplates([PageTemplate(id="p", frames=[Frame(lm, bm, fw, H - tm - bm, id="f")], onPage=on_page)])
    E = [Paragraph(f"{ISSUER}文件", s_red), Spacer(1, 18), Paragraph(DOCNO, s_no), Spacer(1, 4), RedLine(fw),
         Spacer(1, 10), Paragraph(TITLE, s_title), Paragraph(ADDRESSEE, s_noind), Paragraph(NOTICE_BODY, s_body),
         Spacer(1, 30), Paragraph(ISSUER, s_right), Paragraph(SIGN_DATE, s_right), Paragraph(PUBLIC, s_body),
         PageBreak(), Paragraph(POLICY, s_title), Paragraph(PREAMBLE, s_body)]
    for no, lead, body in ARTICLES:
        E.append(Paragraph(f"{no}　{lead}{body}", s_body))
    E += [Spacer(1, 10), Paragraph(f"附件：{ANNEX_CAPTION}", s_body), PageBreak(),
          Paragraph(ANNEX_TITLE, s_noind), Paragraph(ANNEX_CAPTION, s_title)]
    data = [[Paragraph(h, s_cellc) for h in ANNEX_HEAD]]
    for r in ANNEX_ROWS:
        data.append([Paragraph(r[0], s_cellc)] + [Paragraph(x, s_cell) for x in r[1:4]] + [Paragraph(r[4], s_cellc)])
    t = Table(data, colWidths=[10 * mm, 33 * mm, 38 * mm, fw - 10 * mm - 33 * mm - 38 * mm - 27 * mm, 27 * mm],
              repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee"))]))
    E += [t, Spacer(1, 40), Rule(fw), Paragraph(CC, s_small), Rule(fw, 0.5),
          Paragraph(f"{PRINTED_BY}　　　　　　　　{PRINT_DATE}", s_small), Rule(fw)]
    doc.build(E)


def main():
    os.makedirs(os.path.join(OUT, "corpus"), exist_ok=True); os.makedirs(os.path.join(OUT, "plain"), exist_ok=True)
    build_pdf(os.path.join(OUT, "corpus", BASE + ".pdf"))
    with open(os.path.join(OUT, "plain", BASE + ".txt"), "w", encoding="utf-8") as f:
        f.write(plain_text())


if __name__ == "__main__":
    main()
