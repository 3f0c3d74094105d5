#!/usr/bin/env python3
"""Build unseen30: three fictional policy documents --
  A  a text-layer PDF (Simplified) of the Xining municipal government office (西宁市人民政府办公室) issuing the
     2026 科技型企业梯次培育工作方案: running page header, footer "第 n 页 共 N 页", numbering 一、（一）1., and a
     reportlab platypus Table of 区县（园区） × 2025/2026 figures;
  B  a UTF-8 Markdown file (Simplified) of the Xinjiang Department of Science and Technology
     (新疆维吾尔自治区科学技术厅) issuing the 2026 技术转移和成果转化工作要点, with '#' headings and a pipe table;
  C  a Big5 plain-text file (Traditional, Taiwan usage, CRLF) of Yilan County (宜蘭縣) -- 115年度食品及農產加工業
     科技升級補助計畫申請須知, numbered 壹、一、 with a table drawn with spaces;
their plain texts (plain/), 50 questions (questions.jsonl), then the consistency checks (exit 1 on any failure).
Writes only inside unseen30/. Deterministic: a rebuild is byte for byte identical.

The PDF uses Noto Serif CJK SC (body) and Noto Sans CJK SC Bold (headings) from /usr/share/fonts/opentype/noto
(OpenType CFF collections). reportlab cannot embed CFF outlines, so each face is subset to the characters the PDF
uses and its outlines are converted to TrueType quadratics with fontTools (cu2qu) in memory; reportlab then embeds
the subset with a ToUnicode map. The text layer is read back with pypdf and compared page by page with plain/."""
import datetime as _dt
import io
import json
import re
import sys
import unicodedata
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
PLAIN = ROOT / "plain"

FILE_A = "A_xining_2026_kejixing_qiye_tici_peiyu_gongzuo_fangan.pdf"
FILE_B = "B_xinjiang_2026_jishu_zhuanyi_chengguo_zhuanhua_gongzuo_yaodian.md"
FILE_C = "C_yilan_115_shipin_nongchan_jiagong_keji_shengji_buzhu_shenqing_xuzhi_big5.txt"
FILES = {"A": FILE_A, "B": FILE_B, "C": FILE_C}

S2TW = opencc.OpenCC("s2tw")
S2TWP = opencc.OpenCC("s2twp")
T2S = opencc.OpenCC("t2s")

NOTO = Path("/usr/share/fonts/opentype/noto")
FONT_BODY = (NOTO / "NotoSerifCJK-Regular.ttc", 2)  # Noto Serif CJK SC
FONT_BOLD = (NOTO / "NotoSansCJK-Bold.ttc", 2)      # Noto Sans CJK SC Bold

# ---------------------------------------------------------------------------------------------------------------
# A: 西宁市人民政府办公室 notice as a PDF (Simplified). Kinds: title, docno, sal, p, sign, h1 (方案 title), h2 (一、),
#    h3 (（一）), item (1.), cap, table, note.
# ---------------------------------------------------------------------------------------------------------------
A_TABLE = [
    ["区县（园区）", "2025年末高新技术企业", "2026年高新技术企业目标", "2026年科技型中小企业入库目标", "2026年市级培育资金"],
    ["城东区", "31家", "37家", "68家", "165万元"],
    ["城中区", "27家", "33家", "74家", "150万元"],
    ["城西区", "42家", "49家", "96家", "205万元"],
    ["城北区", "48家", "57家", "88家", "240万元"],
    ["湟中区", "19家", "24家", "59家", "110万元"],
    ["大通县", "16家", "21家", "43家", "95万元"],
    ["湟源县", "8家", "11家", "26家", "55万元"],
    ["西宁经济技术开发区", "95家", "108家", "166家", "480万元"],
]
A_HEADER = "西宁市人民政府办公室　宁政办〔2026〕21号"
A_BLOCKS = [
    ("title", "西宁市人民政府办公室关于印发西宁市2026年科技型企业梯次培育工作方案的通知"),
    ("docno", "宁政办〔2026〕21号"),
    ("sal", "各区、县人民政府，西宁经济技术开发区管委会，市政府各委、办、局："),
    ("p", "《西宁市2026年科技型企业梯次培育工作方案》已经市政府第38次常务会议研究同意，现印发给你们，请结合实际认真组织实施。"),
    ("sign", "西宁市人民政府办公室"),
    ("sign", "2026年3月18日"),
    ("p", "（此件公开发布）"),
    ("h1", "西宁市2026年科技型企业梯次培育工作方案"),
    ("p", "为深入实施创新驱动发展战略，加快构建“科技型中小企业—高新技术企业—科技领军企业”梯次培育体系，推动盐湖化工、光伏制造、锂电新材料、生物医药和高原特色农畜产品加工等产业提质增效，结合我市实际，制定本方案。"),
    ("h2", "一、工作目标"),
    ("p", "2026年，全市高新技术企业由2025年末的286家增加到340家，净增54家；科技型中小企业评价入库620家以上，较2025年的512家增长21%；规模以上工业企业中有研发活动的企业占比达到45%，较上年提高6个百分点；全社会研发经费投入强度达到1.35%。"),
    ("p", "到2026年底，力争全市科技型企业总数突破1000家，其中营业收入超过1亿元的高新技术企业达到60家。各区县（园区）培育目标和市级培育资金安排见表1。"),
    ("cap", "表1　2026年各区县（园区）科技型企业培育目标及市级培育资金安排"),
    ("table", A_TABLE),
    ("note", "注：市级培育资金合计1500万元，按目标任务数切块下达，年底根据目标完成情况清算。"),
    ("h2", "二、重点任务"),
    ("h3", "（一）壮大科技型中小企业群体"),
    ("item", "1. 对首次评价入库的科技型中小企业，给予一次性奖励2万元。"),
    ("item", "2. 建立企业“创新积分”评价机制，对积分排名前100位的企业，在市级科技计划项目立项和“昆仑英才”人才项目推荐中予以倾斜。"),
    ("item", "3. 对入驻市级以上科技企业孵化器、众创空间的科技型中小企业，给予最长2年、每年最高3万元的房租补贴。"),
    ("item", "4. 对新获评国家级专精特新“小巨人”的科技型中小企业，给予一次性奖励40万元。"),
    ("h3", "（二）加快高新技术企业培育"),
    ("item", "1. 对首次认定的高新技术企业给予30万元奖励，对重新认定的高新技术企业给予10万元奖励。"),
    ("item", "2. 对在资格有效期内整体迁入我市的省外高新技术企业，给予50万元奖励。"),
    ("item", "3. 建立高新技术企业后备库，入库企业不少于180家，由市科技局委托第三方服务机构开展“一对一”辅导，每家企业全年辅导不少于4次。"),
    ("h3", "（三）培育科技领军企业"),
    ("item", "1. 对上年度研发投入超过5000万元且占营业收入比例不低于3%的企业，认定为市级科技领军企业，给予最高100万元研发费用后补助。"),
    ("item", "2. 2026年力争新认定市级科技领军企业7家，其中盐湖化工和新能源领域不少于4家。"),
    ("item", "3. 支持科技领军企业牵头组建创新联合体，对获批省级创新联合体的，市级财政给予最高120万元配套支持。"),
    ("h3", "（四）强化企业研发投入激励"),
    ("item", "1. 对规模以上工业企业年度研发投入较上年增长的部分，按增量的10%给予后补助，单个企业年度最高200万元。"),
    ("item", "2. 对首次开展研发活动并纳入统计的规模以上工业企业，给予5万元奖励。"),
    ("item", "3. 推动研发费用加计扣除政策应享尽享，2026年全市享受加计扣除政策的企业力争达到900户。"),
    ("h3", "（五）深化科技金融服务"),
    ("item", "1. 市级科技型企业信贷风险补偿资金池规模由2025年的3000万元扩大到4500万元，合作银行由6家增加到9家。"),
    ("item", "2. 对科技型中小企业获得的“科技贷”，按贷款市场报价利率（LPR）的40%给予贴息，单户企业年度贴息最高25万元。"),
    ("h2", "三、进度安排"),
    ("p", "（一）2026年4月30日前，各区县（园区）制定本地区培育工作方案，报市科技局备案。"),
    ("p", "（二）2026年6月15日前，完成高新技术企业后备库入库企业遴选。"),
    ("p", "（三）2026年9月30日前，完成第一批高新技术企业认定申报材料初审和推荐。"),
    ("p", "（四）2026年12月10日前，各区县（园区）报送年度工作总结；市科技局于2027年1月31日前完成年度考核。"),
    ("h2", "四、职责分工"),
    ("p", "（一）市科技局牵头负责本方案的组织实施和年度考核，负责高新技术企业后备库建设和科技型中小企业评价入库工作。"),
    ("p", "（二）市财政局负责培育资金的预算安排和拨付，配合市科技局开展资金绩效评价。"),
    ("p", "（三）市工业和信息化局负责推动规模以上工业企业研发活动全覆盖，牵头建立企业研发机构建设台账。"),
    ("p", "（四）国家税务总局西宁市税务局负责研发费用加计扣除等税收优惠政策的宣传辅导和落实，配合做好涉税数据共享。"),
    ("p", "（五）市委金融办负责“科技贷”产品推广和信贷风险补偿资金池的日常管理，配合开展银企对接。"),
    ("p", "（六）各区县人民政府（园区管委会）负责本地区培育目标任务落实，配合做好企业申报材料审核。"),
    ("p", "（七）市市场监管局（知识产权局）负责知识产权质押融资和专利导航服务，配合做好企业知识产权管理规范贯标辅导。"),
    ("h2", "五、保障措施"),
    ("p", "（一）加强考核。将高新技术企业净增数、科技型中小企业入库数纳入区县年度目标责任考核，权重不低于5%。"),
    ("p", "（二）强化服务。市科技局每季度至少组织1次政策宣讲和申报辅导活动，全年不少于12场。"),
    ("p", "（三）严格监管。对弄虚作假骗取奖补资金的企业，追回已拨付资金，并取消其3年内申报市级科技计划项目的资格。"),
    ("p", "（四）加强宣传。充分利用“西宁科技”微信公众号等渠道开展政策解读，年中编印《西宁市科技型企业政策汇编》并向企业免费发放。"),
    ("h2", "六、联系方式"),
    ("p", "市科技局高新技术发展科　马文斌，电话：0971-8231574"),
    ("p", "市财政局教科文科　李晓燕，电话：0971-8246093"),
]


def a_footer(n, total):
    return f"第 {n} 页 共 {total} 页"


def cjk_ttf(ttc, index, text):
    """Subset one face of an OpenType-CFF collection to `text` and return TrueType (glyf) font bytes."""
    from fontTools import subset
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTFont as FTFont
    from fontTools.ttLib import newTable
    f = FTFont(str(ttc), fontNumber=index, lazy=False, recalcTimestamp=False)
    opts = subset.Options()
    opts.desubroutinize = True
    opts.layout_features = []
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.drop_tables += ["VORG", "vhea", "vmtx", "GPOS", "GSUB", "GDEF", "BASE"]
    s = subset.Subsetter(opts)
    s.populate(text=text)
    s.subset(f)
    gs = f.getGlyphSet()
    order = f.getGlyphOrder()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for g in order:
        tp = TTGlyphPen(gs)
        gs[g].draw(Cu2QuPen(tp, 1.0, reverse_direction=True))
        glyf.glyphs[g] = tp.glyph()
    del f["CFF "]
    f["loca"] = newTable("loca")
    f["glyf"] = glyf
    glyf.compile(f)
    for g in order:
        w, _ = f["hmtx"][g]
        f["hmtx"][g] = (w, getattr(glyf[g], "xMin", 0))
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for k in ("maxPoints", "maxContours", "maxCompositePoints", "maxCompositeContours", "maxTwilightPoints",
              "maxStorage", "maxFunctionDefs", "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
              "maxComponentElements", "maxComponentDepth"):
        setattr(maxp, k, 0)
    maxp.maxZones = 1
    maxp.numGlyphs = len(order)
    f["maxp"] = maxp
    f["head"].glyphDataFormat = 0
    f["post"].formatType = 3.0
    f.sfntVersion = "\x00\x01\x00\x00"
    buf = io.BytesIO()
    f.save(buf)
    return buf.getvalue()


_FONTS_DONE = []


def register_fonts():
    if _FONTS_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    text = "".join(v if isinstance(v, str) else "".join("".join(r) for r in v) for _, v in A_BLOCKS)
    text += A_HEADER + "第页共 0123456789"
    chars = "".join(sorted(set(text)))
    pdfmetrics.registerFont(TTFont("U30Serif", io.BytesIO(cjk_ttf(*FONT_BODY, chars))))
    pdfmetrics.registerFont(TTFont("U30SansBold", io.BytesIO(cjk_ttf(*FONT_BOLD, chars))))
    _FONTS_DONE.append(True)


def build_pdf_a(total_pages):
    """Return (pdf bytes, pages) where pages[i] = the plain lines of page i+1 (header, body, footer)."""
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, PageTemplate, Paragraph, Spacer, Table,
                                    TableStyle)
    rl_config.invariant = 1
    register_fonts()
    W, H = A4
    body = ParagraphStyle("body", fontName="U30Serif", fontSize=11, leading=19, wordWrap="CJK",
                          alignment=TA_JUSTIFY, firstLineIndent=22)
    st = {
        "title": ParagraphStyle("title", parent=body, fontName="U30SansBold", fontSize=16, leading=26,
                                alignment=TA_CENTER, firstLineIndent=0, spaceAfter=6),
        "docno": ParagraphStyle("docno", parent=body, alignment=TA_CENTER, firstLineIndent=0, spaceAfter=8),
        "sal": ParagraphStyle("sal", parent=body, firstLineIndent=0),
        "p": body,
        "item": body,
        "sign": ParagraphStyle("sign", parent=body, alignment=TA_RIGHT, firstLineIndent=0, rightIndent=24),
        "h1": ParagraphStyle("h1", parent=body, fontName="U30SansBold", fontSize=14, leading=24,
                             alignment=TA_CENTER, firstLineIndent=0, spaceBefore=10, spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=body, fontName="U30SansBold", fontSize=11.5, spaceBefore=4),
        "h3": ParagraphStyle("h3", parent=body, fontName="U30SansBold"),
        "cap": ParagraphStyle("cap", parent=body, fontName="U30SansBold", fontSize=10.5, alignment=TA_CENTER,
                              firstLineIndent=0, spaceBefore=4, spaceAfter=4),
        "note": ParagraphStyle("note", parent=body, fontSize=9.5, leading=16, firstLineIndent=0, spaceBefore=4),
    }
    cell = ParagraphStyle("cell", parent=body, fontSize=9.5, leading=13, alignment=TA_CENTER, firstLineIndent=0)
    headcell = ParagraphStyle("headcell", parent=cell, fontName="U30SansBold")

    flow = []
    for kind, val in A_BLOCKS:
        if kind == "table":
            data = [[Paragraph(c, headcell if i == 0 else cell) for c in r] for i, r in enumerate(val)]
            t = Table(data, colWidths=[40 * mm, 31 * mm, 31 * mm, 34 * mm, 28 * mm], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]))
            t._u30_lines = [" | ".join(r) for r in val]
            flow.append(t)
        else:
            if kind in ("h2", "h3", "cap"):  # no heading or caption stranded at the foot of a page
                flow.append(CondPageBreak(230 if kind == "cap" else 60))
            para = Paragraph(val, st[kind])
            para._u30_lines = [val]
            flow.append(para)
            if kind == "sign" and val.endswith("日"):
                flow.append(Spacer(1, 10))

    pages = [[]]

    class Doc(BaseDocTemplate):
        def afterFlowable(self, fl):
            lines = getattr(fl, "_u30_lines", None)
            if lines:
                while len(pages) < self.page:
                    pages.append([])
                pages[self.page - 1].extend(lines)

    def on_page(c, doc):
        c.saveState()
        c.setFont("U30SansBold", 9)
        c.drawCentredString(W / 2, H - 14 * mm, A_HEADER)
        c.setLineWidth(0.6)
        c.line(22 * mm, H - 16 * mm, W - 22 * mm, H - 16 * mm)
        c.restoreState()

    def on_page_end(c, doc):
        c.saveState()
        c.setLineWidth(0.4)
        c.line(22 * mm, 17 * mm, W - 22 * mm, 17 * mm)
        c.setFont("U30Serif", 9)
        c.drawCentredString(W / 2, 11 * mm, a_footer(doc.page, total_pages))
        c.restoreState()

    buf = io.BytesIO()
    doc = Doc(buf, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=24 * mm, bottomMargin=24 * mm,
              title="西宁市2026年科技型企业梯次培育工作方案", author="西宁市人民政府办公室",
              subject="宁政办〔2026〕21号", creator="西宁市人民政府办公室", invariant=1)
    doc.allowSplitting = 0  # no paragraph or table is split across pages: each plain line sits on one page
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="all", frames=[frame], onPage=on_page, onPageEnd=on_page_end)])
    doc.build(flow)
    out = [[A_HEADER] + body_lines + [a_footer(i + 1, total_pages)] for i, body_lines in enumerate(pages)]
    return buf.getvalue(), out


def pdf_page_texts(path):
    from pypdf import PdfReader
    r = PdfReader(str(path))
    return [p.extract_text() or "" for p in r.pages], r


# ---------------------------------------------------------------------------------------------------------------
# B: 新疆维吾尔自治区科学技术厅 notice as UTF-8 Markdown (Simplified). The Markdown source is literal.
# ---------------------------------------------------------------------------------------------------------------
B_TABLE = [
    ["地州市", "2025年技术合同成交额", "2026年技术合同成交额目标", "2026年技术经纪人培训", "2026年自治区引导资金"],
    ["乌鲁木齐市", "96.4亿元", "112亿元", "420人", "680万元"],
    ["昌吉回族自治州", "38.7亿元", "46亿元", "180人", "310万元"],
    ["克拉玛依市", "27.5亿元", "33亿元", "120人", "240万元"],
    ["伊犁哈萨克自治州", "21.8亿元", "27亿元", "150人", "220万元"],
    ["巴音郭楞蒙古自治州", "19.6亿元", "24亿元", "110人", "190万元"],
    ["喀什地区", "12.3亿元", "16亿元", "130人", "160万元"],
    ["哈密市", "14.2亿元", "17亿元", "90人", "150万元"],
]


def b_table_md():
    out = ["| " + " | ".join(B_TABLE[0]) + " |", "|:---|" + "---:|" * (len(B_TABLE[0]) - 1)]
    out += ["| " + " | ".join(r) + " |" for r in B_TABLE[1:]]
    return "\n".join(out)


B_MD = """# 新疆维吾尔自治区科学技术厅关于印发《2026年自治区技术转移和成果转化工作要点》的通知

新科成字〔2026〕15号

各地、州、市科技局，自治区有关厅局，各高等院校、科研院所，各有关单位：

现将《2026年自治区技术转移和成果转化工作要点》印发给你们，请结合实际认真贯彻落实。

新疆维吾尔自治区科学技术厅

2026年2月10日

（此件主动公开）

---

## 2026年自治区技术转移和成果转化工作要点

为深入实施创新驱动发展战略，加快丝绸之路经济带创新驱动发展试验区和乌昌石国家自主创新示范区建设，打通科技成果从实验室走向生产线的“最后一公里”，制定本工作要点。

### 一、总体目标

2025年，全区登记技术合同5860项，其中技术开发合同占比42%，吸纳区外技术的合同金额占比达到37%。

2026年，全区技术合同成交额达到320亿元，较2025年的268.6亿元增长19%；新认定自治区级技术转移示范机构15家，累计达到83家；高校、科研院所以转让、许可、作价投资方式转化科技成果的合同金额增长20%以上；技术合同登记服务实现地州市全覆盖。

到2026年底，全区技术转移服务机构达到160家，其中年度促成技术交易额超过2亿元的机构不少于14家；持证技术经纪人累计达到2600人。

重点地州市目标和自治区引导资金安排见表1，其余地州市的目标由自治区科技厅另行下达。

**表1　2026年重点地州市技术转移主要目标及自治区引导资金安排**

@TABLE@

> 注：自治区引导资金用于支持技术转移机构建设和技术经纪人培训，2026年11月底前根据年度绩效评价结果拨付。

### 二、重点任务

#### （一）完善技术转移服务体系

1. 对新认定的自治区级技术转移示范机构，给予一次性补助50万元；年度绩效评价为优秀的，再给予最高30万元奖励。
2. 依托乌昌石国家自主创新示范区建设“中国—中亚技术转移中心”，2026年底前建成面积不少于2万平方米的线下展示交易场所。
3. 推动“天山科技成果转化平台”与各地州市技术市场数据互联互通，全年发布可转化科技成果不少于3000项。

#### （二）激励高校院所成果转化

1. 高校、科研院所转化职务科技成果所获净收入，用于奖励科技成果完成人和为转化作出重要贡献人员的比例不低于70%。
2. 对高校院所向区内企业转化科技成果、技术合同实际到账金额超过80万元的，按到账金额的5%给予奖励，单个项目最高40万元。
3. 扩大职务科技成果赋权改革试点，试点单位由2025年的12家扩大到20家。
4. 对高校院所建立的专业化技术转移机构，按年度技术合同到账金额给予分档奖励，每家最高不超过60万元。

#### （三）支持企业承接转化

1. 对区内企业购买区外技术成果并在疆实施转化的，按技术合同实际成交额的10%给予补助，单个企业年度最高100万元。
2. 支持企业与高校院所共建中试基地，对新认定的自治区级中试基地给予最高200万元建设补助。
3. 鼓励企业开展技术合同登记，对年度登记技术合同成交额首次突破1亿元的企业，给予25万元奖励。
4. 对企业承接区内高校院所科技成果并实现产业化、年度新增销售收入超过2000万元的，给予最高45万元奖励。

#### （四）加强技术经纪人队伍建设

1. 全年培训技术经纪人1500人，其中初级1000人、中级400人、高级60人以上。
2. 对促成单笔技术合同登记金额超过500万元的技术经纪人（团队），按合同登记金额的1%给予奖励，单笔最高10万元。
3. 支持新疆大学、新疆农业大学开设技术转移方向硕士专业学位课程，2026年招生规模不少于50人。

#### （五）深化科技援疆合作

1. 举办“科技援疆”成果对接活动不少于6场，推动援疆省市科技成果在疆落地转化项目不少于80项。
2. 对援疆省市高校院所与区内企业联合实施的成果转化项目，优先纳入自治区重点研发计划支持。

### 三、时间安排

1. 2026年3月31日前，各地州市科技局报送本地区年度目标分解方案。
2. 2026年7月15日前，完成上半年技术合同认定登记数据核查。
3. 2026年11月30日前，完成自治区级技术转移示范机构年度绩效评价。
4. 2026年12月20日前，各地州市科技局报送年度工作总结。

### 四、职责分工

（一）自治区科技厅牵头负责工作要点的统筹推进和考核评估，负责技术合同认定登记管理。

（二）自治区财政厅负责成果转化奖补资金的预算安排和拨付，配合开展资金绩效评价。

（三）自治区教育厅负责指导高校建立科技成果转化工作机构，牵头开展高校科技成果转化年度报告工作。

（四）自治区市场监管局（知识产权局）负责专利转化运用专项行动，配合做好知识产权质押融资工作。

（五）国家税务总局新疆维吾尔自治区税务局负责技术转让所得减免企业所得税等税收优惠政策落实。

（六）自治区工业和信息化厅负责引导工业企业承接科技成果转化，配合做好自治区级中试基地认定工作。

（七）各地州市科技局负责本地区目标任务分解落实，配合做好技术合同登记数据核查。

### 五、保障措施

（一）将技术合同成交额、技术转移示范机构数量纳入对地州市科技工作的年度绩效考核，权重为8%。

（二）建立季度调度机制，每季度末月25日前各地州市科技局报送技术转移工作进展。

（三）加强宣传引导，利用“新疆科技”门户网站和“天山科技成果转化平台”定期发布典型案例，全年发布不少于30个。

（四）对技术转移工作成效突出的地州市，在自治区科技计划项目布局和引导资金安排上予以倾斜。

### 六、联系方式

自治区科技厅成果转化与区域创新处　艾尔肯·吐尔逊，电话：0991-2318652

自治区财政厅科教文卫处　王海燕，电话：0991-2836417
"""


def b_source():
    return B_MD.replace("@TABLE@", b_table_md())


def md_lines(md):
    """Markdown as read: heading marks, bold marks and quote marks dropped; table rows as cells joined by ' | ';
    the alignment row, rules and empty lines dropped; list items keep their '1. ' number."""
    lines, tables, cur = [], [], None
    for raw in md.split("\n"):
        s = raw.strip()
        if s.startswith("|"):
            cells = [c.strip() for c in s.strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
                continue
            if cur is None:
                cur = []
                tables.append(cur)
            cur.append(cells)
            lines.append(" | ".join(cells))
            continue
        cur = None
        if not s or re.fullmatch(r"-{3,}", s):
            continue
        s = re.sub(r"^#{1,6}\s+", "", s)
        s = re.sub(r"^>\s*", "", s)
        s = s.replace("**", "")
        lines.append(s.strip())
    return lines, tables


# ---------------------------------------------------------------------------------------------------------------
# C: 宜蘭縣 申請須知 as Big5 plain text (Traditional, Taiwan), CRLF, table drawn with spaces.
# ---------------------------------------------------------------------------------------------------------------
C_TABLE = [
    ["補助類別", "每案補助上限", "補助比例上限", "115年度預計核定件數", "114年度核定件數"],
    ["研發創新類", "150萬元", "50%", "18件", "14件"],
    ["智慧製造類", "100萬元", "45%", "24件", "19件"],
    ["綠色低碳類", "80萬元", "40%", "15件", "9件"],
    ["產品設計及檢驗類", "30萬元", "60%", "32件", "27件"],
]
C_BLOCKS = [
    ("c", "宜蘭縣115年度食品及農產加工業科技升級補助計畫申請須知"),
    ("r", "中華民國115年3月5日府工商字第1150038264號公告"),
    ("h", "壹、計畫緣起"),
    ("p", "宜蘭縣現有食品製造業工廠約310家，其中約三成位於利澤工業區及龍德工業區，多數業者員工人數在50人以下。"),
    ("p", "宜蘭縣食品及農產加工業以中小型業者為主，近年面臨人力短缺、製程自動化程度偏低及淨零排放要求等挑戰。為協助業者導入研發、智慧製造及低碳製程技術，本府編列115年度補助經費新臺幣4,200萬元，較114年度之新臺幣3,500萬元增加700萬元。"),
    ("p", "114年度本計畫共受理申請156件，核定補助69件，核定補助金額新臺幣3,280萬元，帶動業者投入研發及設備經費約新臺幣1.15億元；受補助業者平均產值成長12%，平均單位產品能耗降低8%。"),
    ("p", "115年度預計核定89件，較114年度增加20件；前一年度營業額未達新臺幣1億元之業者，於書面審查時另予加計5分。"),
    ("p", "本計畫目標為協助縣內業者建立自主研發能量，預計帶動業者投入研發及設備經費新臺幣1.5億元以上，並促成產學合作案至少25案。"),
    ("h", "貳、申請資格"),
    ("i", "一、依法於本縣辦理公司或商業登記，且工廠或主要營業場所位於本縣之食品製造業或農產品加工業者。"),
    ("i", "二、實收資本額在新臺幣8,000萬元以下，或經常僱用員工數未滿200人之中小企業。"),
    ("i", "三、最近3年內未曾因違反食品安全衛生管理法受處分，且無欠繳應納稅捐情事。"),
    ("i", "四、同一申請人以申請1件為限；114年度已獲本計畫補助者，本年度不得申請同一補助類別。"),
    ("i", "五、申請人應於申請時具備有效之工廠登記或食品業者登錄字號。"),
    ("h", "參、補助類別、額度及件數"),
    ("p", "本計畫補助分為四類，各類每案補助上限、補助比例上限及核定件數如下表（金額單位：新臺幣）："),
    ("table", C_TABLE),
    ("p", "註：補助比例上限係指補助款與計畫總經費之比例；計畫總經費未達新臺幣20萬元者，不予受理。"),
    ("p", "補助經費得用於人事費、材料費、設備使用費、委託研究費及技術引進費；土地、廠房及車輛購置費用不予補助。"),
    ("p", "申請研發創新類者，應提出具體研發標的及查核點；申請智慧製造類者，所導入之設備或系統應具備資料蒐集及聯網功能。"),
    ("p", "各類別核定件數得視申請情形及經費額度相互流用調整，並以不超過總經費為限。"),
    ("h", "肆、申請期間及方式"),
    ("i", "一、受理期間：自115年3月16日起至115年4月30日下午5時止，郵寄者以郵戳為憑。"),
    ("i", "二、申請方式：檢具申請書、計畫書及公司登記證明文件一式3份及電子檔光碟1份，寄送或親送本府工商旅遊處。"),
    ("i", "三、本府訂於115年3月20日下午2時假本府第一會議室舉辦申請說明會，歡迎有意申請之業者參加。"),
    ("i", "四、申請文件不全者，應於接獲通知之次日起10日內補正，逾期未補正者不予受理。"),
    ("i", "五、申請表件可至本府工商旅遊處網站下載，申請人得於送件前以電子郵件向計畫辦公室預約諮詢。"),
    ("i", "六、說明會簡報資料將於會後刊登於本府工商旅遊處網站，未能出席者可自行下載參考。"),
    ("h", "伍、審查作業"),
    ("i", "一、審查分為資格審查、書面審查及簡報審查三階段，由本府邀請產官學專家組成審查會辦理。"),
    ("i", "二、審查項目及配分：技術創新性30分、計畫可行性25分、預期效益25分、經費合理性20分。"),
    ("i", "三、書面審查平均分數達75分以上者，始得進入簡報審查；簡報審查每案簡報15分鐘、詢答10分鐘。"),
    ("i", "四、核定結果預計於115年7月10日前公告，並以書面通知申請人。"),
    ("i", "五、同一計畫內容已獲中央政府或本府其他機關補助者，不得重複申請；經查證屬實者，撤銷其補助資格。"),
    ("i", "六、審查委員與申請人有利害關係者，應自行迴避，並不得參與該案之評分及討論。"),
    ("h", "陸、經費撥付及查核"),
    ("i", "一、補助款分二期撥付：簽約後撥付核定補助款之30%，計畫結案審查通過後撥付其餘70%。"),
    ("i", "二、受補助者應於115年11月30日前完成計畫執行，並於115年12月15日前提交結案報告及經費核銷資料。"),
    ("i", "三、受補助者應於計畫結束後3年內，每年配合填報成果追蹤調查表。"),
    ("i", "四、受補助購置之設備應列冊管理，5年內不得轉讓、出租或移作他用；違反者應繳回全部補助款。"),
    ("i", "五、計畫辦公室於計畫執行期間至受補助者場域實地訪視至少1次，並於結案後2個月內完成結案審查。"),
    ("i", "六、受補助者變更計畫內容或執行期限者，應於原訂完成日30日前報經本府同意；展延以1次為限，最長不得超過2個月。"),
    ("h", "柒、權責分工"),
    ("i", "一、本府工商旅遊處為主辦機關，負責計畫公告、審查作業及補助款撥付。"),
    ("i", "二、本府農業處負責農產原料供應及產銷履歷輔導，並配合辦理簡報審查。"),
    ("i", "三、本府委託財團法人食品工業發展研究所擔任計畫辦公室，負責申請諮詢、期中查核及成果追蹤。"),
    ("i", "四、國立宜蘭大學食品科學系配合提供技術諮詢及產品檢驗服務。"),
    ("i", "五、本府主計處負責補助經費之預算編列及核銷審核。"),
    ("i", "六、各鄉（鎮、市）公所配合辦理計畫宣導及轄內業者訪視。"),
    ("h", "捌、其他"),
    ("i", "一、本府訂於115年12月22日舉辦成果發表會，受補助者應配合展示執行成果。"),
    ("i", "二、受補助者如有虛偽不實或違反本須知規定者，本府得撤銷補助並追回已撥付款項，且3年內不得再申請本府補助。"),
    ("i", "三、受補助者對外發表計畫成果時，應註明「宜蘭縣政府補助」字樣。"),
    ("i", "四、本須知如有未盡事宜，依本府相關規定辦理。"),
    ("i", "五、本須知經本府核定後公告實施，修正時亦同。"),
    ("h", "玖、聯絡窗口"),
    ("p", "本府工商旅遊處工商發展科　林雅婷，電話：(03)932-4517；計畫辦公室專線：(03)936-8205。"),
]


def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def c_table_rows(table):
    widths = [max(dwidth(r[j]) for r in table) for j in range(len(table[0]))]
    rows = []
    for r in table:
        cells = [c + " " * (widths[j] - dwidth(c) + 4) for j, c in enumerate(r)]
        rows.append("  " + "".join(cells).rstrip())
    rule = "  " + "-" * (sum(widths) + 4 * (len(widths) - 1))
    return [rows[0], rule] + rows[1:]


def c_text():
    out = []
    for kind, val in C_BLOCKS:
        if kind == "table":
            out += [""] + c_table_rows(val) + [""]
        elif kind == "c":
            out += [" " * max(0, (76 - dwidth(val)) // 2) + val, ""]
        elif kind == "r":
            out += [" " * max(0, 76 - dwidth(val)) + val, ""]
        elif kind == "h":
            if out and out[-1] != "":
                out.append("")
            out.append(val)
        elif kind == "i":
            out.append("  " + val)
        else:
            out.append("\u3000\u3000" + val)
    return "\r\n".join(out) + "\r\n"


# ---------------------------------------------------------------------------------------------------------------
# Questions. hint: a substring that must pick exactly one plain line of the doc (the evidence line).
# traditional: A/B questions are written in Simplified (qs) and converted with OpenCC s2tw; the C question is written
# in Simplified (q). Unanswerable: keys = regexes absent from the doc (plain, raw, converted; each key also tried in
# s2tw / s2twp / t2s form); gkeys = the same over all docs (and named in the question); near = terms present in the
# doc. table: col = the header of the answer's column. who_leads: verb after the answer within one clause.
# typo: wrong/right forms (one character apart).
# ---------------------------------------------------------------------------------------------------------------
Q = [
    # ---- A 西宁 科技型企业梯次培育 (PDF, 18)
    dict(id="u30-A01", doc="A", kind="table", q="西宁城西区2025年末有多少家高新技术企业？", a="42家", hint="城西区 |", col="2025年末高新技术企业"),
    dict(id="u30-A02", doc="A", kind="table", q="西宁经济技术开发区今年分到的市级培育资金是多少？", a="480万元", hint="西宁经济技术开发区 |", col="2026年市级培育资金"),
    dict(id="u30-A03", doc="A", kind="who_leads", q="西宁由哪个部门牵头建立企业研发机构建设台账？", a="市工业和信息化局", hint="研发机构建设台账", verb="牵头"),
    dict(id="u30-A04", doc="A", kind="paraphrase", q="在西宁，科技型小公司第一次进库能拿到多少奖金？", a="2万元", hint="首次评价入库的"),
    dict(id="u30-A05", doc="A", kind="paraphrase", q="西宁的工厂要是研发花费比前一年多了，多出来那块政府按几成补？", a="10%", hint="按增量的"),
    dict(id="u30-A06", doc="A", kind="paraphrase", q="在西宁用科技贷款融资的小企业，一年能拿到的利息补助封顶多少？", a="25万元", hint="年度贴息最高"),
    dict(id="u30-A07", doc="A", kind="typo", q="西凝市2026年高新技术企业要增加到多少家？", a="340家", hint="增加到340家", wrong="西凝", right="西宁"),
    dict(id="u30-A08", doc="A", kind="typo", q="西宁对首次认定的高薪技术企业奖励多少钱？", a="30万元", hint="对首次认定的高新技术企业", wrong="高薪技术", right="高新技术"),
    dict(id="u30-A09", doc="A", kind="traditional", qs="西宁市级信贷风险补偿资金池今年要扩大到多少？", a="4500万元", hint="扩大到4500万元"),
    dict(id="u30-A10", doc="A", kind="traditional", qs="西宁各区县要在什么时候之前把培育工作方案报市科技局备案？", a="2026年4月30日", hint="报市科技局备案"),
    dict(id="u30-A11", doc="A", kind="english", q="At minimum, how many enterprises should Xining's reserve pool of high-tech enterprise candidates hold?", a="180家", hint="建立高新技术企业后备库"),
    dict(id="u30-A12", doc="A", kind="english", q="What is the maximum R&D post-subsidy for an enterprise recognised as a municipal science and technology leading enterprise in Xining?", a="100万元", hint="认定为市级科技领军企业"),
    dict(id="u30-A13", doc="A", kind="english", q="By what date must Xining finish the preliminary review of the first batch of high-tech enterprise recognition applications?", a="2026年9月30日", hint="第一批高新技术企业认定"),
    dict(id="u30-A14", doc="A", kind="english", q="What R&D intensity for society as a whole does Xining aim to reach in 2026?", a="1.35%", hint="全社会研发经费投入强度"),
    dict(id="u30-A15", doc="A", kind="english_unanswerable", q="How many high-tech enterprises did Xining have at the end of 2024?", keys=["2024"], near=["2025年末"]),
    dict(id="u30-A16", doc="A", kind="unanswerable", q="海东市2026年高新技术企业要增加到多少家？", gkeys=["海东"], near=["高新技术企业", "增加到"]),
    dict(id="u30-A17", doc="A", kind="unanswerable", q="西宁2026年第二批高新技术企业认定申报材料的初审要在哪天前完成？", keys=["第二批", "二批"], near=["第一批"]),
    dict(id="u30-A18", doc="A", kind="unanswerable", q="西宁甘河工业园区2026年的高新技术企业目标是多少家？", keys=["甘河", "工业园区"], near=["西宁经济技术开发区", "2026年高新技术企业目标"]),
    # ---- B 新疆 技术转移和成果转化 (Markdown, 17)
    dict(id="u30-B01", doc="B", kind="table", q="克拉玛依市2026年技术合同成交额要做到多少？", a="33亿元", hint="克拉玛依市 |", col="2026年技术合同成交额目标"),
    dict(id="u30-B02", doc="B", kind="table", q="新疆喀什地区今年计划培训多少名技术经纪人？", a="130人", hint="喀什地区 |", col="2026年技术经纪人培训"),
    dict(id="u30-B03", doc="B", kind="who_leads", q="新疆高校科技成果转化年度报告工作由哪个部门牵头？", a="自治区教育厅", hint="年度报告工作", verb="牵头"),
    dict(id="u30-B04", doc="B", kind="who_leads", q="新疆的技术合同认定登记管理由哪个部门负责？", a="自治区科技厅", hint="技术合同认定登记管理", verb="负责"),
    dict(id="u30-B05", doc="B", kind="paraphrase", q="新疆的大学把专利卖出去赚的钱，至少得拿出几成奖给搞研究的人？", a="70%", hint="重要贡献人员的比例"),
    dict(id="u30-B06", doc="B", kind="paraphrase", q="新疆本地公司从外省买技术回来用，政府按成交额的几成给补贴？", a="10%", hint="购买区外技术成果"),
    dict(id="u30-B07", doc="B", kind="paraphrase", q="在新疆做技术中介，帮忙撮合一笔五百万以上的大单，一单最多奖多少？", a="10万元", hint="单笔最高"),
    dict(id="u30-B08", doc="B", kind="typo", q="新僵2026年全区技术合同成交额要达到多少？", a="320亿元", hint="全区技术合同成交额达到", wrong="新僵", right="新疆"),
    dict(id="u30-B09", doc="B", kind="typo", q="新疆全年计划培训多少名技术经济人？", a="1500人", hint="全年培训技术经纪人", wrong="技术经济人", right="技术经纪人"),
    dict(id="u30-B10", doc="B", kind="traditional", qs="新疆职务科技成果赋权改革试点单位今年扩大到多少家？", a="20家", hint="赋权改革试点"),
    dict(id="u30-B11", doc="B", kind="english", q="How much one-off subsidy does Xinjiang give a newly recognised autonomous-region-level technology transfer demonstration institution?", a="50万元", hint="一次性补助"),
    dict(id="u30-B12", doc="B", kind="english", q="By what date must Xinjiang complete the annual performance evaluation of its technology transfer demonstration institutions?", a="2026年11月30日", hint="年度绩效评价。"),
    dict(id="u30-B13", doc="B", kind="english", q="What is the minimum number of matchmaking events Xinjiang plans under its 'science and technology aid to Xinjiang' cooperation?", a="6场", hint="成果对接活动不少于"),
    dict(id="u30-B14", doc="B", kind="english_unanswerable", q="How many national-level technology transfer demonstration institutions does Xinjiang aim to add in 2026?", keys=["国家级", "国家技术转移示范"], near=["自治区级技术转移示范机构"]),
    dict(id="u30-B15", doc="B", kind="unanswerable", q="甘肃省2026年技术合同成交额目标是多少？", gkeys=["甘肃"], near=["技术合同成交额"]),
    dict(id="u30-B16", doc="B", kind="unanswerable", q="新疆2027年全区技术合同成交额目标是多少？", keys=["2027"], near=["2026年技术合同成交额目标"]),
    dict(id="u30-B17", doc="B", kind="unanswerable", q="阿克苏地区2026年技术合同成交额目标是多少？", keys=["阿克苏"], near=["喀什地区", "另行下达"]),
    # ---- C 宜蘭縣 食品及農產加工業科技升級 (Big5 TXT, 15)
    dict(id="u30-C01", doc="C", kind="table", q="宜蘭綠色低碳類每案最多補助多少錢？", a="80萬元", hint="綠色低碳類  ", col="每案補助上限"),
    dict(id="u30-C02", doc="C", kind="table", q="宜蘭智慧製造類在114年度核定了幾件？", a="19件", hint="智慧製造類  ", col="114年度核定件數"),
    dict(id="u30-C03", doc="C", kind="who_leads", q="宜蘭這項補助的期中查核由哪個單位負責？", a="財團法人食品工業發展研究所", hint="期中查核", verb="負責"),
    dict(id="u30-C04", doc="C", kind="paraphrase", q="在宜蘭拿補助買的機器，幾年內不能賣掉或挪作別用？", a="5年", hint="受補助購置之設備"),
    dict(id="u30-C05", doc="C", kind="paraphrase", q="宜蘭這個補助，計畫書審完平均要拿幾分以上才能進到口頭報告那一關？", a="75分", hint="書面審查平均分數"),
    dict(id="u30-C06", doc="C", kind="typo", q="宜籃縣115年度食品加工科技升級補助經費編列多少？", a="4,200萬元", hint="本府編列115年度", wrong="宜籃", right="宜蘭"),
    dict(id="u30-C07", doc="C", kind="traditional", q="宜兰县这项补助的结案报告最晚哪天要交？", a="115年12月15日", hint="提交結案報告"),
    dict(id="u30-C08", doc="C", kind="english", q="When does Yilan County stop accepting applications for this ROC year 115 subsidy programme?", a="115年4月30日", hint="一、受理期間"),
    dict(id="u30-C09", doc="C", kind="english", q="How many applications did Yilan County receive under this programme in ROC year 114?", a="156件", hint="共受理申請"),
    dict(id="u30-C10", doc="C", kind="english", q="How many points does technical innovation carry in Yilan's review scoring for this subsidy?", a="30分", hint="審查項目及配分"),
    dict(id="u30-C11", doc="C", kind="english_unanswerable", q="How many cases did Yilan County approve under this programme in ROC year 113?", keys=["113"], near=["114年度"]),
    dict(id="u30-C12", doc="C", kind="unanswerable", q="花蓮縣115年度食品及農產加工業科技升級補助經費是多少？", gkeys=["花蓮", "花莲"], near=["補助經費"]),
    dict(id="u30-C13", doc="C", kind="unanswerable", q="宜蘭116年度食品加工科技升級補助的受理期間是什麼時候？", keys=["116"], near=["受理期間", "115年度"]),
    dict(id="u30-C14", doc="C", kind="unanswerable", q="宜蘭115年度這項補助第二梯次什麼時候開始受理？", keys=["梯次", "第二次受理", "追加受理"], near=["受理期間"]),
    dict(id="u30-C15", doc="C", kind="unanswerable", q="宜蘭這項補助的「行銷推廣類」每案補助上限是多少？", keys=["行銷", "推廣類"], near=["每案補助上限", "補助類別"]),
]

KIND_COUNTS = {"english": 10, "english_unanswerable": 3, "paraphrase": 8, "typo": 5, "table": 6, "who_leads": 4,
               "traditional": 4, "unanswerable": 10}
DOC_COUNTS = {"A": 18, "B": 17, "C": 15}
KIND_DOC_COUNTS = {  # kind: (A, B, C)
    "english": (4, 3, 3), "english_unanswerable": (1, 1, 1), "paraphrase": (3, 3, 2), "typo": (2, 2, 1),
    "table": (2, 2, 2), "who_leads": (1, 2, 1), "traditional": (2, 1, 1), "unanswerable": (3, 3, 4)}
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
HAN = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_PLACE = {"A": "Xining", "B": "Xinjiang", "C": "Yilan"}
PLACE_KEYS = ["海东", "甘肃", "花蓮", "花莲", "青海", "西藏", "基隆"]  # neighbours: in no document
PARAPHRASE_MAX_RUN = 4
OTHER_MAX_RUN = 16
UNANSWERABLE = ("unanswerable", "english_unanswerable")


def lcs_run(a, b):
    best, prev = 0, [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        cur = [0] * (len(b) + 1)
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                cur[j] = prev[j - 1] + 1
                best = max(best, cur[j])
        prev = cur
    return best


def num_count(s, text):
    """Occurrences of s not glued to further digits, dots or commas (so 50万元 does not count in 150万元)."""
    return len(re.findall(r"(?<![\d.,:-])" + re.escape(s) + r"(?![\d])", text))


def squash(s):
    return re.sub(r"\s+", "", s)


def main():
    CORPUS.mkdir(exist_ok=True)
    PLAIN.mkdir(exist_ok=True)
    fails = []

    def check(cond, msg):
        if not cond:
            fails.append(msg)

    # ---- build A: a first pass counts the pages, the second writes the footer "第 n 页 共 N 页"
    _, pages0 = build_pdf_a(0)
    a_bytes, a_pages = build_pdf_a(len(pages0))
    check(len(a_pages) == len(pages0), "A: page count changed between passes")
    (CORPUS / FILE_A).write_bytes(a_bytes)
    b_md = b_source()
    (CORPUS / FILE_B).write_bytes(b_md.encode("utf-8"))
    (CORPUS / FILE_C).write_bytes(c_text().encode("big5"))

    # ---- plain texts (what a reader sees)
    a_plain = [ln for page in a_pages for ln in page]
    b_plain, b_tables = md_lines((CORPUS / FILE_B).read_bytes().decode("utf-8"))
    c_bytes = (CORPUS / FILE_C).read_bytes()
    c_src = c_bytes.decode("big5")
    c_plain = [ln.strip() for ln in c_src.split("\r\n") if ln.strip()]
    plains = {"A": a_plain, "B": b_plain, "C": c_plain}
    for d, lines in plains.items():
        (PLAIN / (Path(FILES[d]).stem + ".txt")).write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    ptext = {d: "\n".join(v) for d, v in plains.items()}
    for d in "ABC":
        check(all(ln == ln.strip() and ln for ln in plains[d]), f"{d}: empty or padded plain line")
        check(2500 <= len(ptext[d]) <= 5000, f"{d}: {len(ptext[d])} characters, want 2,500-5,000")

    # ---- A: PDF
    texts, reader = pdf_page_texts(CORPUS / FILE_A)
    check(a_bytes.startswith(b"%PDF-") and len(texts) >= 2, f"A: a PDF with 2+ pages ({len(texts)})")
    check(len(texts) == len(a_pages), f"A: {len(texts)} PDF pages vs {len(a_pages)} planned")
    for i, (t, page) in enumerate(zip(texts, a_pages)):
        check(squash(t) == squash("".join(ln.replace(" | ", "") for ln in page)), f"A: text layer of page {i + 1} differs from plain")
        check(page[0] == A_HEADER and page[-1] == a_footer(i + 1, len(a_pages)), f"A: header/footer of page {i + 1}")
    fonts = set()
    for p in reader.pages:
        for f in p["/Resources"]["/Font"].values():
            fo = f.get_object()
            fonts.add(str(fo["/BaseFont"]))
            if str(fo["/BaseFont"]) != "/Helvetica":  # reportlab's initial canvas font, never used for text here
                check("/ToUnicode" in fo and "/FontFile2" in str(fo["/FontDescriptor"].get_object()),
                      f"A: font {fo['/BaseFont']} not an embedded TrueType with ToUnicode")
    check({f.split("+")[-1].lstrip("/") for f in fonts} == {"NotoSansCJKsc-Bold", "NotoSerifCJKsc-Regular", "Helvetica"},
          f"A: fonts {fonts}")
    import pdfplumber  # the table is a real ruled table: pdfplumber's line-based finder recovers it cell by cell
    with pdfplumber.open(str(CORPUS / FILE_A)) as pdf:
        found = [[[re.sub(r"\s+", "", c or "") for c in r] for r in t] for pg in pdf.pages for t in pg.extract_tables()]
        n_rects = sum(len(pg.lines) + len(pg.rects) for pg in pdf.pages)
    check(found == [A_TABLE], f"A: pdfplumber finds {len(found)} table(s); want exactly the data table")
    check(n_rects >= 10, "A: ruling lines present")
    body = [ln for ln in a_plain if ln != A_HEADER and not re.fullmatch(r"第 \d+ 页 共 \d+ 页", ln)]
    expected = []
    for kind, val in A_BLOCKS:
        expected += [" | ".join(r) for r in val] if kind == "table" else [val]
    check(body == expected, "A: body lines in order")
    a_prose = "\n".join(ln for ln in a_plain if " | " not in ln)
    num = lambda s: float(re.match(r"[\d.]+", s.replace(",", "")).group())  # noqa: E731
    rows = A_TABLE[1:]
    cells = [c for r in rows for c in r[1:]]
    check(len(set(cells)) == len(cells), "A: table figure cells distinct")
    for cv in cells:
        check(num_count(cv, a_prose) == 0, f"A: table cell {cv} also in the prose")
    check(sum(num(r[1]) for r in rows) == 286 and sum(num(r[2]) for r in rows) == 340
          and sum(num(r[3]) for r in rows) == 620 and sum(num(r[4]) for r in rows) == 1500
          and "由2025年末的286家增加到340家，净增54家" in a_prose and "入库620家以上" in a_prose
          and "合计1500万元" in a_prose and 340 - 286 == 54, "A: columns sum to 286 / 340 / 620 / 1500")
    check(all(num(r[2]) > num(r[1]) for r in rows), "A: every row grows 2025 -> 2026")
    check(abs(620 / 512 - 1.21) < 0.005 and "较2025年的512家增长21%" in a_prose, "A: 512 -> 620 is +21%")
    a_dates = re.findall(r"(\d{4})年(\d{1,2})月(\d{1,2})日", a_prose)
    check([_dt.date(*map(int, x)) for x in a_dates] == [_dt.date(2026, 3, 18), _dt.date(2026, 4, 30),
          _dt.date(2026, 6, 15), _dt.date(2026, 9, 30), _dt.date(2026, 12, 10), _dt.date(2027, 1, 31)],
          f"A: dates {a_dates}")
    check([v[:2] for k, v in A_BLOCKS if k == "h2"] == ["一、", "二、", "三、", "四、", "五、", "六、"], "A: sections 一…六")
    check([v[:3] for k, v in A_BLOCKS if k == "h3"] == ["（一）", "（二）", "（三）", "（四）", "（五）"], "A: sub-heads")
    check(sum(1 for k, v in A_BLOCKS if k == "item" and re.match(r"\d\. ", v)) == 15, "A: 15 items 1. 2. 3.")
    a_leads = [ln for ln in a_plain if "牵头" in ln]
    check(len(a_leads) == 3 and a_leads[1].startswith("（一）市科技局牵头") and "（三）市工业和信息化局" in a_leads[2],
          "A: 牵头 lines")
    for ln in a_plain:
        if HAN.search(ln):
            check(T2S.convert(ln) == ln, f"A: line not pure Simplified: {ln[:30]}")

    # ---- B: Markdown
    src_lines = b_md.split("\n")
    check(sum(1 for ln in src_lines if ln.startswith("# ")) == 1 and src_lines[0].startswith("# "), "B: one '# ' title")
    check(sum(1 for ln in src_lines if ln.startswith("## ")) == 1, "B: one '## ' heading")
    h3 = [ln[4:6] for ln in src_lines if ln.startswith("### ")]
    check(h3 == ["一、", "二、", "三、", "四、", "五、", "六、"], f"B: '### ' sections {h3}")
    h4 = [ln[5:8] for ln in src_lines if ln.startswith("#### ")]
    check(h4 == ["（一）", "（二）", "（三）", "（四）", "（五）"], f"B: '#### ' sub-heads {h4}")
    check(sum(1 for ln in src_lines if re.match(r"\d\. ", ln)) == 20, "B: 20 list items")
    check(len(b_tables) == 1 and b_tables[0] == B_TABLE, "B: one pipe table equal to the data")
    check(re.search(r"^\|:---\|(---:\|){4}$", b_md, re.M) is not None, "B: alignment row")
    check(not b_md.startswith("\ufeff") and "\r" not in b_md and "\t" not in b_md, "B: UTF-8 without BOM, LF, no tabs")
    b_prose = "\n".join(ln for ln in b_plain if " | " not in ln)
    rows = B_TABLE[1:]
    cells = [c for r in rows for c in r[1:]]
    check(len(set(cells)) == len(cells), "B: table figure cells distinct")
    for cv in cells:
        check(num_count(cv, b_prose) == 0, f"B: table cell {cv} also in the prose")
    check(all(num(r[2]) > num(r[1]) for r in rows), "B: every row grows 2025 -> 2026")
    check(round(sum(num(r[1]) for r in rows), 1) < 268.6 and sum(num(r[2]) for r in rows) < 320
          and sum(num(r[3]) for r in rows) < 1500, "B: table rows are part of the region totals")
    check(abs(320 / 268.6 - 1.19) < 0.005 and "较2025年的268.6亿元增长19%" in b_prose, "B: 268.6 -> 320 is +19%")
    check("1500人，其中初级1000人、中级400人、高级60人以上" in b_prose and 1000 + 400 + 60 <= 1500, "B: broker training split")
    b_dates = re.findall(r"(\d{4})年(\d{1,2})月(\d{1,2})日", b_prose)
    check([_dt.date(*map(int, x)) for x in b_dates] == [_dt.date(2026, 2, 10), _dt.date(2026, 3, 31),
          _dt.date(2026, 7, 15), _dt.date(2026, 11, 30), _dt.date(2026, 12, 20)], f"B: dates {b_dates}")
    b_units = re.findall(r"（[一二三四五六]）([^，。；]*?)(牵头|负责)", b_prose)
    check(("自治区科技厅", "牵头") in b_units and ("自治区教育厅", "负责") in b_units
          and ("自治区财政厅", "负责") in b_units, f"B: who-does-what {b_units}")
    check(T2S.convert(ptext["B"]) == ptext["B"], "B: Simplified throughout")

    # ---- C: Big5 text
    try:
        c_bytes.decode("utf-8")
        check(False, "C: file decodes as UTF-8; it must be Big5")
    except UnicodeDecodeError:
        pass
    check(c_src.encode("big5") == c_bytes and c_bytes.decode("cp950") == c_src, "C: Big5 round trip (also as cp950)")
    check(b"\r\n" in c_bytes and b"\n" not in c_bytes.replace(b"\r\n", b"") and b"\r" not in c_bytes.replace(b"\r\n", b""),
          "C: CRLF only")
    check(not c_bytes.startswith(b"\xef\xbb\xbf") and "\t" not in c_src, "C: no BOM, no tabs")
    c_lines_raw = c_src.split("\r\n")
    trows = [ln for ln in c_lines_raw if re.match(r"  (補助類別|研發|智慧|綠色|產品)", ln)]
    check(len(trows) == len(C_TABLE), f"C: {len(trows)} table lines")
    starts = None
    for ln, r in zip(trows, C_TABLE):
        check(re.split(r"\s{2,}", ln.strip()) == r, f"C: table row {r[0]} cells")
        pos = [dwidth(ln[:ln.index(c)]) for c in r]
        starts = starts or pos
        check(pos == starts, f"C: table row {r[0]} columns not aligned")
    c_prose = "\n".join(ln for ln in c_plain if not re.search(r"\S {2,}\S", ln))
    cells = [c for r in C_TABLE[1:] for c in r[1:]]
    check(len(set(cells)) == len(cells), "C: table figure cells distinct")
    for cv in cells:
        check(num_count(cv, c_prose) == 0, f"C: table cell {cv} also in the prose")
    check(sum(num(r[3]) for r in C_TABLE[1:]) == 89 and sum(num(r[4]) for r in C_TABLE[1:]) == 69
          and "115年度預計核定89件，較114年度增加20件" in c_prose and "核定補助69件" in c_prose, "C: 69 -> 89 (+20)")
    check("新臺幣4,200萬元" in c_prose and "新臺幣3,500萬元增加700萬元" in c_prose, "C: 114 vs 115 budget")
    check(35 == 30 + 5 and 30 + 25 + 25 + 20 == 100 and "技術創新性30分、計畫可行性25分、預期效益25分、經費合理性20分" in c_prose,
          "C: scoring sums to 100")
    check("之30%，計畫結案審查通過後撥付其餘70%" in c_prose, "C: 30% + 70%")
    heads = [ln[:2] for ln in c_plain if re.match(r"[壹貳參肆伍陸柒捌玖]、", ln)]
    check(heads == ["壹、", "貳、", "參、", "肆、", "伍、", "陸、", "柒、", "捌、", "玖、"], f"C: sections {heads}")
    roc = re.findall(r"(1\d\d)年(\d+)月(\d+)日", c_prose)
    check([_dt.date(1911 + int(y), int(m), int(d)) for y, m, d in roc] == [
        _dt.date(2026, 3, 5), _dt.date(2026, 3, 16), _dt.date(2026, 4, 30), _dt.date(2026, 3, 20), _dt.date(2026, 7, 10),
        _dt.date(2026, 11, 30), _dt.date(2026, 12, 15), _dt.date(2026, 12, 22)], f"C: ROC dates {roc}")
    for ln in c_plain:
        if HAN.search(ln):
            check(S2TW.convert(ln) == ln, f"C: line not pure Taiwan Traditional: {ln[:30]}")
    tc = ptext["C"]
    check(T2S.convert(tc) != tc and "台" not in tc and "新臺幣" in tc, "C: Traditional, 臺 not 台")
    c_units = re.findall(r"[一二三四五]、([^，。；]*?)(負責|配合)", "\n".join(ln for ln in c_plain if "權責" not in ln))
    check(("本府農業處", "負責") in c_units and ("國立宜蘭大學食品科學系", "配合") in c_units, f"C: who-does-what {c_units}")

    raw = {"A": ptext["A"], "B": b_md, "C": c_src}
    every = {d: [ptext[d], raw[d], T2S.convert(ptext[d]), S2TW.convert(ptext[d])] for d in "ABC"}
    every["A"].append("".join(texts))

    def occurs(pattern, docs):
        return any(re.search(pattern, t) for d in docs for t in every[d])

    for key in PLACE_KEYS:
        check(not occurs(key, "ABC"), f"near-miss place {key} occurs in a document")

    # ---- questions
    out, runs, ids = [], {}, set()
    for q in Q:
        d, k = q["doc"], q["kind"]
        check(q["id"] not in ids, f"dup id {q['id']}")
        ids.add(q["id"])
        check(q["id"][4] == d, f"{q['id']}: id letter vs doc")
        question = S2TW.convert(q["qs"]) if "qs" in q else q["q"]
        ev = ""
        if k in UNANSWERABLE:
            ans = ""
            check(bool(q.get("keys")) or bool(q.get("gkeys")), f"{q['id']}: needs keys")
            for key in q.get("keys", []):
                for f in {key, S2TW.convert(key), S2TWP.convert(key), T2S.convert(key)}:
                    check(not occurs(f, [d]), f"{q['id']}: key {f} occurs in doc {d}")
            for key in q.get("gkeys", []):
                for f in {key, S2TW.convert(key), S2TWP.convert(key), T2S.convert(key)}:
                    check(not occurs(f, "ABC"), f"{q['id']}: key {f} occurs in some doc")
            if q.get("gkeys"):
                check(any(g in question for g in q["gkeys"]), f"{q['id']}: the other place is named in the question")
            for n in q["near"]:
                check(n in ptext[d], f"{q['id']}: near-miss term {n} not in doc")
        else:
            ans = q["a"]
            hits = [ln for ln in plains[d] if q["hint"] in ln]
            check(len(hits) == 1, f"{q['id']}: hint matches {len(hits)} lines")
            ev = hits[0] if hits else ""
            check(ans in ev, f"{q['id']}: answer not in evidence")
            check(plains[d].count(ev) == 1, f"{q['id']}: evidence line not unique")
            check(ans in raw[d], f"{q['id']}: answer not in the raw file")
            if d == "A":
                check(any(ans in squash(t) for t in texts), f"{q['id']}: answer not in the PDF text layer")
            if re.search(r"\d", ans):
                for ln in plains[d]:
                    if ln != ev and num_count(ans, ln):
                        check(False, f"{q['id']}: answer {ans} also in: {ln[:40]}")
                check(num_count(ans, ev) == 1, f"{q['id']}: answer {ans} more than once in its evidence")
            else:
                check(ev.count(ans) == 1, f"{q['id']}: answer {ans} more than once in evidence")
            if "col" in q:
                table = {"A": A_TABLE, "B": B_TABLE, "C": C_TABLE}[d]
                row = re.split(r"\s{2,}", ev) if d == "C" else ev.split(" | ")
                check(row in table[1:], f"{q['id']}: evidence must be a data row of the table")
                ci = table[0].index(q["col"])
                check(row[ci] == ans, f"{q['id']}: answer must be the {q['col']} cell")
                check(ans not in [cv for j, cv in enumerate(row) if j != ci], f"{q['id']}: other cells differ")
                check(q["col"] not in question, f"{q['id']}: question copies the column header")
            if k == "who_leads":
                check(re.search(re.escape(ans) + r"[^；。]*?" + q["verb"], ev), f"{q['id']}: {ans} … {q['verb']}")
                check(q["verb"] in question, f"{q['id']}: question must ask who {q['verb']}")
        if k in ("english", "english_unanswerable"):
            check(not CJK.search(question), f"{q['id']}: CJK in English question")
            check(ENGLISH_PLACE[d] in question, f"{q['id']}: English question must name {ENGLISH_PLACE[d]}")
        else:
            check(bool(CJK.search(question)), f"{q['id']}: Chinese kinds must be asked in Chinese")
        if k == "traditional":
            if d in "AB":
                check(T2S.convert(question) != question and S2TW.convert(question) == question, f"{q['id']}: not Traditional")
                trad_only = set(question) - set(T2S.convert(question))
                check(not any(ch in ptext[d] for ch in trad_only), f"{q['id']}: a Traditional-only character occurs in the doc")
            else:
                check(T2S.convert(question) == question and S2TW.convert(question) != question, f"{q['id']}: not Simplified")
                simp_only = set(question) - set(S2TW.convert(question))
                check(not any(ch in ptext[d] for ch in simp_only), f"{q['id']}: a Simplified-only character occurs in C")
        elif k not in ("english", "english_unanswerable"):
            if d == "C":
                check(S2TW.convert(question) == question and T2S.convert(question) != question,
                      f"{q['id']}: C questions other than traditional are Traditional")
            else:
                check(T2S.convert(question) == question, f"{q['id']}: A/B questions other than traditional are Simplified")
        if k == "typo":
            w, r = q["wrong"], q["right"]
            check(len(w) == len(r) and sum(x != y for x, y in zip(w, r)) == 1, f"{q['id']}: typo must differ by one char")
            check(w in question and r not in question, f"{q['id']}: typo form")
            check(r in ptext[d], f"{q['id']}: real form not in doc")
            for f in {w, S2TW.convert(w), T2S.convert(w)}:
                check(not occurs(re.escape(f), "ABC"), f"{q['id']}: wrong form {f} occurs in a document")
        if ev and k != "english":
            text = T2S.convert(question) if k == "traditional" and d in "AB" else question
            if k == "traditional" and d == "C":
                text = S2TW.convert(question)
            if k == "typo":
                text = text.replace(q["wrong"], q["right"])
            runs[q["id"]] = lcs_run(text, ev)
            lim = PARAPHRASE_MAX_RUN if k == "paraphrase" else OTHER_MAX_RUN
            check(runs[q["id"]] <= lim, f"{q['id']}: common run {runs[q['id']]} > {lim}")
        out.append({"id": q["id"], "kind": k, "question": question, "answer": ans, "evidence": ev, "doc": FILES[d]})

    check(len(out) == 50, "need 50 questions")
    kc = {}
    for o in out:
        kc[o["kind"]] = kc.get(o["kind"], 0) + 1
    check(kc == KIND_COUNTS, f"kind counts {kc}")
    for kind, per in KIND_DOC_COUNTS.items():
        got = tuple(sum(1 for q in Q if q["kind"] == kind and q["doc"] == d) for d in "ABC")
        check(got == per, f"{kind}: per-doc counts {got}, want {per}")
    dc = {d: sum(1 for q in Q if q["doc"] == d) for d in "ABC"}
    check(dc == DOC_COUNTS, f"doc counts {dc}")
    check(all(re.fullmatch(r"u30-[ABC]\d\d", o["id"]) for o in out), "id format")
    for d in "ABC":
        nums_d = [int(o["id"][5:]) for o in out if o["id"][4] == d]
        check(nums_d == list(range(1, len(nums_d) + 1)), f"{d}: ids numbered without gaps")

    with open(ROOT / "questions.jsonl", "wb") as f:
        for o in out:
            f.write((json.dumps(o, ensure_ascii=False) + "\n").encode("utf-8"))

    # re-read from disk: the substring contract against plain/*.txt
    lines = (ROOT / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    check(len(lines) == 50 and len({json.loads(x)["id"] for x in lines}) == 50, "questions.jsonl: 50 unique ids")
    for line in lines:
        o = json.loads(line)
        check(list(o) == ["id", "kind", "question", "answer", "evidence", "doc"], f"{o['id']}: keys")
        check((CORPUS / o["doc"]).is_file(), f"{o['id']}: doc file missing")
        if o["kind"] in UNANSWERABLE:
            check(o["answer"] == "" and o["evidence"] == "", f"{o['id']}: unanswerable must have empty answer/evidence")
            continue
        p = (PLAIN / (Path(o["doc"]).stem + ".txt")).read_text(encoding="utf-8")
        check(o["answer"] and o["answer"] in p and o["evidence"] in p.split("\n") and o["answer"] in o["evidence"],
              f"{o['id']}: substring contract on disk")

    for d in "ABC":
        t = ptext[d]
        print(f"{d}: {FILES[d]}: {len(plains[d])} lines, {len(t)} characters, {len(HAN.findall(t))} Han")
    print(f"A: {len(a_pages)} PDF pages; fonts {sorted(fonts)}")
    print("kinds:", dict(sorted(kc.items())), "docs:", dc)
    para = {i: r for i, r in runs.items() if next(q for q in Q if q["id"] == i)["kind"] == "paraphrase"}
    if para:
        print("longest common run: paraphrase max", max(para.values()), "; other Chinese max", max(runs.values()),
              "at", max(runs, key=runs.get))
    if fails:
        print("FAILED:")
        for x in fails:
            print("  -", x)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
