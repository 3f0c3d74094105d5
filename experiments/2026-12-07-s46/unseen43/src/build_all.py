#!/usr/bin/env python3
"""Build unseen43: three fictional policy documents --
  A  a text-layer PDF (Simplified, reportlab) of Jingzhou (荆州市科学技术局 / 荆州市财政局) -- 关于组织申报2026年度荆州市
     科技创新专项项目的通知 -- two portrait A4 pages of prose, then its 附件1 on two LANDSCAPE A4 pages: a ruled table
     (GRID) whose first column 专项类别 is one merged cell spanning 3-4 rows (reportlab SPAN), cells wrapped over
     several lines, and a page break inside the table (header row repeated on the second landscape page; the merged
     category cell that runs over the break is continued as an empty merged cell, as Word draws it);
  B  a Word .docx 申报指南 (Simplified) of Quzhou (衢州市科学技术局 / 衢州市财政局) -- 2026年度衢州市市级科技计划项目申报
     指南 -- laid out as a form: its five 专题 live in two-column layout tables (a title row merged over both columns
     with w:gridSpan, then label cell | content cell rows, label cells shaded), an ordinary Heading1 / Heading2 part
     before and after, and one real data table (附表, 推荐限额 by county);
  C  a UTF-8 HTML page (Simplified) of Nanchong (南充市科学技术局) -- 《南充市支持中试基地建设若干措施》政策解读 -- whose
     two data tables are built from <div>s (one CSS grid whose cells are direct children of the grid, no row
     wrappers; one flex table with row <div>s), no <table>, <ul> or <li>, and a 政策问答 section written as
     <details><summary>question</summary>answer</details>;
their plain texts (plain/), 50 questions (questions.jsonl), then the consistency checks (exit 1 on any failure).
Writes only inside unseen43/. Deterministic: a rebuild is byte for byte identical.

Approach and helpers follow unseen40's builder (which follows unseen36's) nearly verbatim: the question table with a
`hint` that must pick exactly one evidence line, digit-bounded num_count, keys / gkeys / near for unanswerables,
lcs_run for paraphrases, OpenCC for the cross-script questions, the PDF font helper cjk_ttf (verbatim), the
page-tracking BaseDocTemplate.afterFlowable build, the pypdf page-by-page text comparison, the pdfplumber table check,
the hand-written .docx package (zipfile with fixed timestamps) and the question-checking loop. New here: portrait and
landscape page templates in one PDF, a SPAN-merged first column continued over a page break, form-style layout tables
in the .docx, CSS-grid / flex <div> tables and <details> Q&A in the HTML."""
import io
import json
import re
import sys
import unicodedata
import zipfile
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
PLAIN = ROOT / "plain"

FILE_A = "A_jingzhou_2026_keji_chuangxin_zhuanxiang_shenbao_tongzhi_landscape_merged_table.pdf"
FILE_B = "B_quzhou_2026_shiji_keji_jihua_shenbao_zhinan_form_layout.docx"
FILE_C = "C_nanchong_zhongshi_jidi_ruogan_cuoshi_zhengce_jiedu_divgrid_details.html"
FILES = {"A": FILE_A, "B": FILE_B, "C": FILE_C}

S2TW = opencc.OpenCC("s2tw")
S2TWP = opencc.OpenCC("s2twp")
S2HK = opencc.OpenCC("s2hk")
T2S = opencc.OpenCC("t2s")

NOTO = Path("/usr/share/fonts/opentype/noto")
FONT_BODY = (NOTO / "NotoSerifCJK-Regular.ttc", 2)  # Noto Serif CJK SC
FONT_BOLD = (NOTO / "NotoSansCJK-Bold.ttc", 2)      # Noto Sans CJK SC Bold

# ---------------------------------------------------------------------------------------------------------------
# A: 荆州 申报通知 PDF. A_PROSE: (kind, text) on portrait pages; kinds title, docno, sal, h (bold paragraph heading),
#    p, sign (right-aligned). Then 附件1 on landscape pages: A_TABLE_HEAD and A_TABLE_ROWS (category, direction,
#    content, amount, period, number); A_CATS gives each category's rows; the table is cut after A_SPLIT data rows.
# ---------------------------------------------------------------------------------------------------------------
A_TITLE = "荆州市科学技术局　荆州市财政局关于组织申报2026年度荆州市科技创新专项项目的通知"
A_DOCNO = "荆科发〔2026〕5号"
A_PROSE = [
    ("title", A_TITLE),
    ("docno", A_DOCNO),
    ("sal", "各县（市、区）科技局、财政局，荆州开发区、荆州高新区科技和财政部门，市直有关单位："),
    ("p", "为深入实施创新驱动发展战略，加快建设区域科技创新中心，根据《荆州市科技计划项目管理办法》和《荆州市市级财政科技资金管理办法》有关规定，现将2026年度荆州市科技创新专项项目申报工作有关事项通知如下。"),
    ("h", "一、支持重点和资金安排"),
    ("p", "2026年度市级财政安排科技创新专项资金3800万元，设立基础研究、关键核心技术攻关、成果转化与产业化、创新平台与人才4类专项共14个支持方向，各方向的主要支持内容、单项资助额度、实施期限和拟立项数见附件1。"),
    ("p", "项目资助采取前资助和后补助两种方式。前资助项目在任务书签订后拨付资助资金的60%，中期评估合格后拨付30%，通过验收后拨付其余部分；后补助项目经审核公示后一次性拨付。"),
    ("h", "二、申报条件"),
    ("p", "（一）申报单位应为在荆州市行政区域内注册登记、具有独立法人资格的企业、高校、科研院所和医疗卫生机构等，其中企业注册时间截至2026年3月31日须满1年。"),
    ("p", "（二）项目负责人应为申报单位在职人员，年龄不超过57周岁，具有正高级职称或博士学位的可放宽至62周岁；同一项目负责人当年只能申报1个项目。"),
    ("p", "（三）企业申报关键核心技术攻关项目的，上年度研发费用应不低于400万元，且企业自筹资金与申请市级资助资金的比例不低于2:1。"),
    ("p", "（四）每家企业申报项目不超过3项；高校、科研院所和医疗卫生机构申报项目不超过本单位上年度在研市级项目数的一半。"),
    ("p", "（五）申报单位或项目负责人有市级科技计划项目逾期未结题、存在严重失信行为记录或正在接受相关调查的，不得申报。"),
    ("h", "三、申报程序和时间"),
    ("p", "（一）网上填报。申报单位登录“荆州市科技计划项目管理信息系统”填写申报书并上传佐证材料，网上填报时间为2026年4月13日至5月15日。"),
    ("p", "（二）审核推荐。县（市、区）科技局会同同级财政局对申报材料进行审核，于2026年5月22日前将推荐函和汇总表报送市科技局；市直单位和荆州开发区、荆州高新区的单位直接向市科技局申报。"),
    ("p", "（三）评审立项。项目评审由市科技局牵头组织，市财政局参与资金审核，采取网络评审、会议答辩和现场考察相结合的方式进行。评审结果在门户网站公示7个工作日，公示无异议后下达立项通知。"),
    ("p", "（四）签订任务书。项目承担单位应在立项通知下达后15个工作日内在线签订项目任务书，逾期未签订的视为自动放弃。"),
    ("h", "四、资金管理"),
    ("p", "专项资金实行专款专用、单独核算。前资助项目的间接费用不超过直接费用扣除设备购置费后的25%，其中绩效支出可占间接费用的50%。对县（市、区）推荐的后补助项目，市、县两级财政按7:3的比例分担补助资金。"),
    ("p", "项目承担单位存在弄虚作假、截留挪用资金等行为的，市科技局会同市财政局追回已拨付资金，并取消其3年内申报市级科技计划项目的资格。"),
    ("h", "五、联系方式"),
    ("p", "荆州市科学技术局资源配置与管理科　聂文涛，电话：0716-8453217；荆州市财政局教科文科　贺晓燕，电话：0716-8262914；系统技术支持电话：0716-8107726。"),
    ("p", "附件：1．2026年度荆州市科技创新专项支持方向及资助标准"),
    ("sign", "荆州市科学技术局　　荆州市财政局"),
    ("sign", "2026年3月27日"),
]
A_ANNEX_LABEL = "附件1"
A_CAPTION = "2026年度荆州市科技创新专项支持方向及资助标准"
A_TABLE_HEAD = ["专项类别", "支持方向", "主要支持内容", "单项资助额度", "实施期限", "拟立项数"]
A_CATS = [
    ("基础研究", [
        ["自然科学基金面上项目", "支持高校、科研院所和医疗卫生机构的科研人员围绕我市产业发展中的科学问题开展应用基础研究，鼓励青年科研人员牵头申报。", "8万元", "2年", "40项"],
        ["自然科学基金联合基金", "由市科技局与荆州市中心医院、长江大学等单位共同出资设立，聚焦临床医学、油气开发和农业生物技术等领域的基础研究。", "12万元", "2年", "25项"],
        ["重点实验室开放课题", "依托市级以上重点实验室设立开放课题，支持外单位科研人员利用实验室条件开展合作研究。", "5万元", "1年", "30项"],
    ]),
    ("关键核心技术攻关", [
        ["石油机械与高端装备", "围绕钻采装备、压裂装备、海洋工程装备和智能输送装备，开展关键零部件设计制造、智能控制与可靠性技术攻关。", "最高150万元", "3年", "6项"],
        ["汽车零部件与新能源", "围绕新能源汽车电驱动系统、热管理系统、汽车电子和动力电池材料，开展轻量化、集成化和智能化关键技术研发。", "最高120万元", "3年", "8项"],
        ["农产品精深加工", "围绕优质稻米、小龙虾和淡水鱼糕等特色农产品，开展精深加工、冷链保鲜和副产物综合利用技术研发及产业化示范。", "最高80万元", "2年", "10项"],
        ["生物医药与医疗器械", "围绕化学原料药绿色合成、道地中药材开发和高端医疗器械，开展工艺优化、质量标准提升和临床转化研究。", "最高100万元", "3年", "7项"],
    ]),
    ("成果转化与产业化", [
        ["科技成果转化后补助", "对企业购买高校、科研院所科技成果并在荆州实施转化的，按技术合同实际支付金额的10%给予后补助。", "最高60万元", "不设期限", "20项"],
        ["中试熟化项目", "支持企业联合高校院所建设中试线，开展小试成果的放大试验、工艺验证和样机试制。", "最高90万元", "2年", "5项"],
        ["乡村振兴科技示范", "在监利、洪湖、公安、江陵、石首、松滋等地建设科技示范基地，集成推广稻渔综合种养、绿色防控等新技术新品种。", "30万元", "2年", "15项"],
    ]),
    ("创新平台与人才", [
        ["新型研发机构建设", "支持龙头企业联合高校院所共建新型研发机构，重点支持研发条件建设和研发团队引进。", "按建设期研发投入的20%补助，最高200万元", "3年", "2项"],
        ["企业研发中心提档升级", "支持已认定的市级企业研发中心购置研发仪器设备、引进研发人才，提升研发条件和创新能力。", "50万元", "2年", "12项"],
        ["科技人才团队引进", "面向海内外引进带技术、带项目来荆创新创业的高层次人才团队，经评审后按“一事一议”方式支持。", "最高300万元", "3年", "4项"],
        ["科技特派员服务", "选派科技特派员深入企业和乡村开展技术服务，由县（市、区）科技局牵头组织推荐和日常管理。", "3万元", "1年", "60项"],
    ]),
]
A_TABLE_ROWS = [[cat] + r for cat, rows in A_CATS for r in rows]
A_SPLIT = 9   # data rows on the first landscape page; the rest (and the repeated header) on the second
A_NOTE = "注：单项资助额度为市级财政资助上限；后补助项目按实际支付金额核定补助，不设实施期限。"
A_FOOT = "— {} —"
A_CELL_FS, A_CELL_LEAD, A_PAD = 10.5, 15, 6


def cjk_ttf(ttc, index, text):
    """Subset one face of an OpenType-CFF collection to `text` and return TrueType (glyf) font bytes. (unseen30)"""
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
    text = "".join(v for _, v in A_PROSE) + A_ANNEX_LABEL + A_CAPTION + "".join(A_TABLE_HEAD) + A_NOTE
    text += "".join("".join(r) for r in A_TABLE_ROWS) + "—0123456789 "
    chars = "".join(sorted(set(text)))
    pdfmetrics.registerFont(TTFont("U43Serif", io.BytesIO(cjk_ttf(*FONT_BODY, chars))))
    pdfmetrics.registerFont(TTFont("U43SansBold", io.BytesIO(cjk_ttf(*FONT_BOLD, chars))))
    _FONTS_DONE.append(True)


def a_table_parts():
    """The two pieces of the annex table as drawn: [(rows incl. header, SPAN ranges)]; the merged category cell holds
    its text only in its first row; a category running over the page break is continued as an empty merged cell."""
    parts = []
    for lo, hi in ((0, A_SPLIT), (A_SPLIT, len(A_TABLE_ROWS))):
        rows, spans, r0 = [list(A_TABLE_HEAD)], [], 0
        for cat, crow in A_CATS:
            idx = [r0 + i for i in range(len(crow))]
            r0 += len(crow)
            mine = [i for i in idx if lo <= i < hi]
            if not mine:
                continue
            first = len(rows)
            for i in mine:
                rows.append(["" if i != idx[0] else cat] + A_TABLE_ROWS[i][1:])
            if len(mine) > 1:
                spans.append((first, first + len(mine) - 1))
        parts.append((rows, spans))
    return parts


def build_pdf_a():
    """Return (pdf bytes, pages, visual, info). pages[i] = plain lines of page i+1 (each paragraph one line; a table
    row its cells joined by ' | ' with the merged category filled into every row it spans; the footer); visual[i] =
    the text pieces of page i+1 in drawing order; info: page sizes, table pages."""
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                    Spacer, Table, TableStyle)
    rl_config.invariant = 1
    register_fonts()
    PW, PH = A4
    LW, LH = landscape(A4)

    class WholePara(Paragraph):
        def split(self, aw, ah):
            return []

    class WholeTable(Table):
        def split(self, aw, ah):
            return []

    body = ParagraphStyle("body", fontName="U43Serif", fontSize=11, leading=20, wordWrap="CJK",
                          alignment=TA_JUSTIFY, firstLineIndent=22, spaceAfter=2)
    st = {
        "title": ParagraphStyle("title", parent=body, fontName="U43SansBold", fontSize=15, leading=25,
                                alignment=TA_CENTER, firstLineIndent=0, spaceAfter=6),
        "docno": ParagraphStyle("docno", parent=body, alignment=TA_CENTER, firstLineIndent=0, spaceAfter=10),
        "sal": ParagraphStyle("sal", parent=body, firstLineIndent=0),
        "h": ParagraphStyle("h", parent=body, fontName="U43SansBold", alignment=TA_LEFT, spaceBefore=4),
        "p": body,
        "sign": ParagraphStyle("sign", parent=body, alignment=TA_RIGHT, firstLineIndent=0, rightIndent=30),
        "label": ParagraphStyle("label", parent=body, fontName="U43SansBold", firstLineIndent=0, alignment=TA_LEFT),
        "cap": ParagraphStyle("cap", parent=body, fontName="U43SansBold", fontSize=14, leading=22,
                              alignment=TA_CENTER, firstLineIndent=0, spaceAfter=8),
        "note": ParagraphStyle("note", parent=body, fontSize=9.5, leading=15, firstLineIndent=0, spaceBefore=6),
    }
    cell = ParagraphStyle("cell", fontName="U43Serif", fontSize=A_CELL_FS, leading=A_CELL_LEAD, wordWrap="CJK", alignment=TA_LEFT)
    cell_c = ParagraphStyle("cellc", parent=cell, alignment=TA_CENTER)
    cell_h = ParagraphStyle("cellh", parent=cell_c, fontName="U43SansBold", fontSize=10)
    widths = [78, 108, 330, 112, 62, 62]  # 752 pt

    pages, visual, info = [[]], [[]], {"table_pages": [], "heights": []}
    flow = []
    for kind, val in A_PROSE:
        p = WholePara(val, st[kind])
        p._u43 = ("p", val)
        flow.append(p)
        if kind == "p" and val.startswith("附件："):
            flow.append(Spacer(1, 16))
    flow += [NextPageTemplate("land"), PageBreak()]
    for k, val in (("label", A_ANNEX_LABEL), ("cap", A_CAPTION)):
        p = WholePara(val, st[k])
        p._u43 = ("p", val)
        flow.append(p)
    parts = a_table_parts()
    for pi, (rows, spans) in enumerate(parts):
        data = [[Paragraph(c, cell_h if ri == 0 else (cell if ci == 2 else cell_c)) for ci, c in enumerate(r)]
                for ri, r in enumerate(rows)]
        ts = [("GRID", (0, 0), (-1, -1), 0.7, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
              ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6E6E6")),
              ("TOPPADDING", (0, 0), (-1, -1), A_PAD), ("BOTTOMPADDING", (0, 0), (-1, -1), A_PAD + 1),
              ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
        ts += [("SPAN", (0, a), (0, b)) for a, b in spans]
        t = WholeTable(data, colWidths=widths)
        t.setStyle(TableStyle(ts))
        t._u43 = ("table", pi)
        info["heights"].append(t.wrap(sum(widths), 10000)[1])
        if pi == 0:  # would the first row of the second piece still have fitted on the first landscape page?
            extra = WholeTable([[Paragraph(c, cell if ci == 2 else cell_c) for ci, c in enumerate(parts[1][0][1])]], colWidths=widths)
            extra.setStyle(TableStyle(ts[:1] + ts[4:6]))
            info["next_row_h"] = extra.wrap(sum(widths), 10000)[1]
        flow.append(t)
        if pi == 0:
            flow.append(PageBreak())
    p = WholePara(A_NOTE, st["note"])
    p._u43 = ("p", A_NOTE)
    flow.append(p)

    

    class Doc(BaseDocTemplate):
        def afterFlowable(self, fl):
            while len(pages) < self.page:
                pages.append([])
                visual.append([])
            tag = getattr(fl, "_u43", None)
            if tag is None:
                return
            if tag[0] == "table":
                rows, spans = parts[tag[1]]
                info["table_pages"].append(self.page)
                info.setdefault("room_left", []).append(self.frame._y - self.frame._y1p)
                lo = 0 if tag[1] == 0 else A_SPLIT
                pages[self.page - 1].append(" | ".join(A_TABLE_HEAD))
                pages[self.page - 1].extend(" | ".join(r) for r in A_TABLE_ROWS[lo:lo + len(rows) - 1])
                visual[self.page - 1].extend(c for r in rows for c in r)
                return
            pages[self.page - 1].append(tag[1])
            visual[self.page - 1].append(tag[1])

    def on_page_end(c, doc):
        c.saveState()
        c.setFont("U43Serif", 10)
        w = c._pagesize[0]
        c.drawCentredString(w / 2, 28, A_FOOT.format(doc.page))
        c.restoreState()

    port = Frame(78, 70, PW - 156, PH - 72 - 70, id="P", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    land = Frame(45, 52, LW - 90, LH - 48 - 52, id="L", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    buf = io.BytesIO()
    doc = Doc(buf, pagesize=A4, title=A_TITLE, author="荆州市科学技术局", subject="申报通知",
              creator="荆州市科学技术局", invariant=1)
    doc.addPageTemplates([PageTemplate(id="port", frames=[port], onPageEnd=on_page_end, pagesize=A4),
                          PageTemplate(id="land", frames=[land], onPageEnd=on_page_end, pagesize=(LW, LH))])
    doc.build(flow)
    n = len(pages)
    out = [b + [A_FOOT.format(i + 1)] for i, b in enumerate(pages)]
    vis = [v + [A_FOOT.format(i + 1)] for i, v in enumerate(visual)]
    info["parts"] = parts
    return buf.getvalue(), out, vis, info


# ---------------------------------------------------------------------------------------------------------------
# B: 衢州 申报指南 .docx laid out as a form. B_BODY: (kind, value); kinds title, sub, h1, h2, p, form (a layout table:
#    first item the title row merged over both columns, then (label, [paragraphs]) rows), cap, table (data table),
#    note.
# ---------------------------------------------------------------------------------------------------------------
B_TITLE = "2026年度衢州市市级科技计划项目申报指南"
B_SUB = "衢州市科学技术局　衢州市财政局　2026年2月"
B_TABLE = [
    ["县（市、区）", "重点研发计划", "成果转化项目", "科技特派员项目", "合计"],
    ["柯城区", "6项", "9项", "8项", "23项"],
    ["衢江区", "5项", "7项", "10项", "22项"],
    ["龙游县", "7项", "8项", "11项", "26项"],
    ["江山市", "8项", "10项", "12项", "30项"],
    ["常山县", "4项", "6项", "9项", "19项"],
    ["开化县", "4项", "5项", "14项", "23项"],
    ["衢州智造新城", "13项", "15项", "3项", "31项"],
]
B_FORMS = [
    ["专题一　重点研发计划（氟硅钴锂新材料）",
     ("支持方向", ["围绕我市氟硅新材料、锂电新材料和电子化学品产业链，支持高性能含氟聚合物、有机硅功能材料、高镍正极前驱体和湿电子化学品的制备工艺及应用技术攻关。",
                  "优先支持链主企业联合上下游企业和高校院所开展协同攻关，推动关键材料的国产化替代。"]),
     ("考核指标", ["申请发明专利不少于3件，项目实施期内新增销售收入不低于3000万元。"]),
     ("资助方式和强度", ["采取前资助方式，单个项目资助最高150万元，企业自筹资金与市级资助资金的比例不低于3:1。"]),
     ("实施周期", ["原则上不超过3年。"]),
     ("申报主体", ["企业牵头申报，可联合高校、科研院所共同实施。"]),
     ("拟支持数量", ["8项左右。"])],
    ["专题二　重点研发计划（高端装备与数字经济）",
     ("支持方向", ["围绕空气动力机械、智能输变电装备、特种纸装备和工业互联网平台，支持整机设计、核心部件、工业软件和数字化车间关键技术研发。"]),
     ("考核指标", ["申请发明专利不少于2件，项目实施期内新增销售收入不低于1500万元。"]),
     ("资助方式和强度", ["采取前资助方式，单个项目资助最高100万元，企业自筹资金与市级资助资金的比例不低于2:1。"]),
     ("实施周期", ["原则上不超过2年。"]),
     ("申报主体", ["企业牵头申报，鼓励产学研联合申报。"]),
     ("拟支持数量", ["10项左右。"])],
    ["专题三　科技成果转化项目（后补助）",
     ("支持方向", ["支持企业购买或受让高校、科研院所的专利、技术秘密等科技成果并在衢州实施产业化，技术合同须在浙江省技术市场完成登记。"]),
     ("考核指标", ["成果在衢州实现产业化，形成新产品或新工艺并取得销售收入。"]),
     ("资助方式和强度", ["采取后补助方式，按技术合同实际支付金额的15%给予补助，单个项目最高60万元。"]),
     ("实施周期", ["不设实施周期，技术合同须于2025年1月1日至12月31日期间签订并支付。"]),
     ("申报主体", ["技术合同的受让方企业。"]),
     ("拟支持数量", ["20项左右。"])],
    ["专题四　农业与社会发展科技攻关",
     ("支持方向", ["围绕衢州椪柑、开化龙顶茶、常山胡柚和山地蔬菜等特色农业，以及常见病诊疗、生态环境保护等社会发展领域，支持新品种选育、绿色生产和适宜技术推广。"]),
     ("考核指标", ["建立示范基地不少于1个，农业类项目示范推广面积不少于500亩。"]),
     ("资助方式和强度", ["采取前资助方式，单个项目资助最高30万元。"]),
     ("实施周期", ["原则上不超过2年。"]),
     ("申报主体", ["高校、科研院所、医疗卫生机构和农业企业均可牵头申报。"]),
     ("拟支持数量", ["25项左右。"])],
    ["专题五　科技特派员项目",
     ("支持方向", ["支持个人科技特派员、团队科技特派员和法人科技特派员围绕乡村产业发展开展技术服务、成果示范和农民培训。"]),
     ("考核指标", ["每名科技特派员每年在派驻地服务不少于60天，引进推广新品种或新技术不少于2项。"]),
     ("资助方式和强度", ["每个项目资助5万元，团队科技特派员项目资助8万元。"]),
     ("实施周期", ["1年。"]),
     ("申报主体", ["科技特派员的选派和推荐由各县（市、区）科技局牵头组织，派出单位负责日常管理。"]),
     ("拟支持数量", ["60项左右。"])],
]
B_BODY = [
    ("title", B_TITLE),
    ("sub", B_SUB),
    ("p", "为深入实施创新驱动发展战略，加快建设四省边际创新高地，根据《衢州市市级科技计划项目管理办法》和《衢州市市级财政科技专项资金管理办法》，现发布2026年度衢州市市级科技计划项目申报指南。"),
    ("h1", "一、总体要求"),
    ("p", "2026年度市级科技计划围绕新材料、高端装备、数字经济和农业农村现代化等重点领域设置5个专题，市级财政安排资金2600万元，实行“总量控制、择优支持”，项目申报数量超过推荐限额的不予受理。"),
    ("p", "各专题的支持方向、考核指标、资助方式和强度、实施周期、申报主体和拟支持数量见本指南第三部分各专题申报表；各县（市、区）的推荐限额见附表。"),
    ("h1", "二、申报条件"),
    ("h2", "（一）申报单位条件"),
    ("p", "申报单位应为在衢州市行政区域内注册登记、具有独立法人资格的企业、高校、科研院所和医疗卫生机构等，企业须于2025年6月30日前完成注册登记。"),
    ("p", "企业申报重点研发计划项目的，上年度研发费用占营业收入的比例不低于3%，或上年度研发费用总额不低于500万元。"),
    ("h2", "（二）项目负责人条件"),
    ("p", "项目负责人应为申报单位正式在职人员，年龄不超过58周岁，每年在申报单位工作时间不少于6个月。同一项目负责人同年度限报1项，已主持市级科技计划项目尚未验收的不得申报。"),
    ("h2", "（三）限制申报情形"),
    ("p", "申报单位在信用中国（浙江）网站存在严重失信记录的，或近三年内发生重大安全生产、生态环境事故的，不得申报；同一研究内容已获得国家、省财政资金支持的，不得重复申报。"),
    ("h1", "三、专题申报表"),
    ("p", "各专题的具体要求如下表所列。"),
] + [("form", f) for f in B_FORMS] + [
    ("h1", "四、申报程序和时间"),
    ("h2", "（一）网上申报"),
    ("p", "申报单位登录“衢州市科技项目管理服务平台”填写申报书，网上申报时间为2026年3月16日至4月17日，截止后系统自动关闭。"),
    ("h2", "（二）审核推荐"),
    ("p", "县（市、区）科技局会同同级财政局对申报项目进行审核，于2026年4月24日前将推荐项目报送市科技局；市直单位直接向市科技局申报，不占县（市、区）限额。"),
    ("h2", "（三）评审立项"),
    ("p", "市科技局组织专家对推荐项目进行评审，评审结果在衢州市科学技术局网站公示5个工作日。公示无异议的，由市科技局会同市财政局下达立项文件，项目承担单位应在立项文件下达后20个工作日内签订任务书。"),
    ("h1", "五、有关要求"),
    ("p", "项目承担单位应加强项目管理，按任务书要求组织实施，每年12月10日前报送项目年度执行情况。项目经费实行专款专用，前资助项目的间接费用不超过直接费用扣除设备购置费后的30%。"),
    ("p", "项目申报实行科研诚信承诺制，对弄虚作假的申报单位和项目负责人，取消其申报资格，并记入科研诚信记录，5年内不得申报市级科技计划项目。"),
    ("h1", "六、联系方式"),
    ("p", "衢州市科学技术局科技计划管理科　祝海鸣，电话：0570-3028641；衢州市财政局科教文科　郑丽萍，电话：0570-3056217；平台技术支持电话：0570-3361805。"),
    ("cap", "附表　2026年度各县（市、区）市级科技计划项目推荐限额"),
    ("table", B_TABLE),
    ("note", "注：市直单位申报不占县（市、区）限额；衢州智造新城限额含衢州高新技术产业园区和衢州绿色产业集聚区。"),
]
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def b_form_lines(form):
    return [form[0]] + [f"{lab} | {''.join(ps)}" for lab, ps in form[1:]]


def b_expected_lines():
    out = []
    for kind, val in B_BODY:
        if kind == "form":
            out += b_form_lines(val)
        elif kind == "table":
            out += [" | ".join(r) for r in val]
        else:
            out.append(val)
    return out


def xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def b_docx_parts():
    """Return {part name: xml text} of the .docx package."""
    w = f'xmlns:w="{W_NS}"'
    decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    parts = {}
    parts["[Content_Types].xml"] = decl + (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
        '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
        '</Types>')
    parts["_rels/.rels"] = decl + (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        '</Relationships>')
    parts["word/_rels/document.xml.rels"] = decl + (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
        '</Relationships>')
    parts["docProps/core.xml"] = decl + (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{xml_esc(B_TITLE)}</dc:title><dc:creator>衢州市科学技术局</dc:creator>"
        "<cp:lastModifiedBy>衢州市科学技术局</cp:lastModifiedBy><cp:revision>5</cp:revision>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-02-09T08:30:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-02-26T10:05:00Z</dcterms:modified>'
        "</cp:coreProperties>")
    parts["docProps/app.xml"] = decl + (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        "<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity></Properties>")
    parts["word/settings.xml"] = decl + (
        f'<w:settings {w}><w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        "</w:settings>")
    parts["word/styles.xml"] = decl + (
        f"<w:styles {w}>"
        '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
        'w:eastAsia="仿宋_GB2312" w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="30"/><w:szCs w:val="30"/>'
        '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:spacing w:line="520" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
        '<w:pPr><w:ind w:firstLineChars="200" w:firstLine="600"/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
        '<w:qFormat/><w:pPr><w:spacing w:before="240" w:after="120" w:line="640" w:lineRule="exact"/><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr>'
        '<w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
        '<w:qFormat/><w:pPr><w:spacing w:after="240"/><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
        '<w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
        '<w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/><w:b/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
        '<w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr>'
        '<w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="FormText"><w:name w:val="Form Text"/><w:basedOn w:val="Normal"/>'
        '<w:pPr><w:spacing w:line="400" w:lineRule="exact"/><w:ind w:firstLine="0"/><w:jc w:val="both"/></w:pPr><w:rPr><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="FormLabel"><w:name w:val="Form Label"/><w:basedOn w:val="FormText"/>'
        '<w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style>'
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>'
        '<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
        '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>'
        '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        "</w:tblBorders></w:tblPr></w:style>"
        "</w:styles>")
    body = []

    def para(text, style=None):
        ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{xml_esc(text)}</w:t></w:r></w:p>'

    for kind, val in B_BODY:
        if kind in ("title", "sub", "h1", "h2", "cap"):
            body.append(para(val, {"title": "Title", "sub": "Subtitle", "h1": "Heading1", "h2": "Heading2",
                                   "cap": "Caption"}[kind]))
        elif kind in ("p", "note"):
            body.append(para(val))
        elif kind == "form":  # layout table: title row merged over both columns, then label | content
            widths = [1900, 7000]
            t = ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="8900" w:type="dxa"/><w:jc w:val="center"/>'
                 '<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
                 "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{x}"/>' for x in widths) + "</w:tblGrid>")
            t += ('<w:tr><w:trPr><w:trHeight w:val="560"/></w:trPr><w:tc><w:tcPr><w:tcW w:w="8900" w:type="dxa"/><w:gridSpan w:val="2"/>'
                  '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/><w:vAlign w:val="center"/></w:tcPr>'
                  f'<w:p><w:pPr><w:pStyle w:val="FormLabel"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{xml_esc(val[0])}</w:t></w:r></w:p></w:tc></w:tr>')
            for lab, ps in val[1:]:
                t += (f'<w:tr><w:tc><w:tcPr><w:tcW w:w="{widths[0]}" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/>'
                      f'<w:vAlign w:val="center"/></w:tcPr>{para(lab, "FormLabel")}</w:tc>'
                      f'<w:tc><w:tcPr><w:tcW w:w="{widths[1]}" w:type="dxa"/></w:tcPr>' + "".join(para(x, "FormText") for x in ps) + "</w:tc></w:tr>")
            body.append(t + "</w:tbl>")
            body.append('<w:p><w:pPr><w:spacing w:line="240" w:lineRule="auto"/></w:pPr></w:p>')  # the empty line Word needs between tables
        elif kind == "table":
            widths = [2100, 1700, 1700, 1800, 1500]
            t = ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="8800" w:type="dxa"/><w:jc w:val="center"/>'
                 '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
                 "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{x}"/>' for x in widths) + "</w:tblGrid>")
            for ri, row in enumerate(val):
                t += "<w:tr>" + ("<w:trPr><w:tblHeader/></w:trPr>" if ri == 0 else "")
                for ci, c in enumerate(row):
                    rpr = '<w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr>' if ri == 0 else ""
                    t += (f'<w:tc><w:tcPr><w:tcW w:w="{widths[ci]}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>'
                          f'<w:p><w:pPr><w:pStyle w:val="FormLabel"/></w:pPr><w:r>{rpr}<w:t>{xml_esc(c)}</w:t></w:r></w:p></w:tc>')
                t += "</w:tr>"
            body.append(t + "</w:tbl>")
    body.append('<w:p/><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" '
                'w:left="1588" w:header="851" w:footer="992" w:gutter="0"/><w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr>')
    parts["word/document.xml"] = decl + f"<w:document {w}><w:body>" + "".join(body) + "</w:body></w:document>"
    return parts


def b_docx_bytes():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, xml in b_docx_parts().items():
            zi = zipfile.ZipInfo(name, date_time=(2026, 2, 26, 10, 5, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, xml.encode("utf-8"))
    return buf.getvalue()


def docx_read(path):
    """What a reader (Word) shows, in body order: each non-empty paragraph one line; each table row one line, its
    cells (a cell's paragraphs joined without a separator) joined by ' | '; a row of one cell merged over the grid
    (w:gridSpan) is that cell's text alone. Returns (lines, tables [(rows, spans)], body paragraph texts)."""
    from lxml import etree
    q = lambda t: f"{{{W_NS}}}{t}"  # noqa: E731
    with zipfile.ZipFile(path) as z:
        doc = etree.fromstring(z.read("word/document.xml"))
    lines, tables, paras = [], [], []
    for el in doc.find(q("body")):
        if el.tag == q("p"):
            text = "".join(t.text or "" for t in el.iter(q("t")))
            if text:
                lines.append(text)
                paras.append(text)
        elif el.tag == q("tbl"):
            rows, spans = [], []
            for tr in el.findall(q("tr")):
                cells, sp = [], []
                for tc in tr.findall(q("tc")):
                    cells.append("".join("".join(t.text or "" for t in p.iter(q("t"))) for p in tc.findall(q("p"))))
                    gs = tc.find(f"{q('tcPr')}/{q('gridSpan')}")
                    sp.append(int(gs.get(q("val"))) if gs is not None else 1)
                rows.append(cells)
                spans.append(sp)
                lines.append(" | ".join(cells))
            tables.append((rows, spans))
    return lines, tables, paras


# ---------------------------------------------------------------------------------------------------------------
# C: 南充 政策解读 HTML. C_BODY: (kind, value); kinds crumb (list of links), h1, meta, h2, p, grid (CSS-grid table:
#    cells are direct children of the grid; value = rows incl. header), flex (flex table with row divs), cap (table
#    caption), qa (list of (question, [answer paragraphs]) as <details>), foot (footer lines).
# ---------------------------------------------------------------------------------------------------------------
C_TITLE = "《南充市支持中试基地建设若干措施》政策解读"
C_GRID = [
    ["类别", "认定奖励", "年度运行补助上限", "对外服务收入奖补比例", "绩效评价周期"],
    ["国家级中试基地", "500万元", "200万元", "10%", "每3年一次"],
    ["省级中试基地", "150万元", "80万元", "8%", "每2年一次"],
    ["市级中试基地", "50万元", "35万元", "6%", "每2年一次"],
    ["中试服务平台", "20万元", "15万元", "5%", "每年一次"],
    ["概念验证中心", "30万元", "25万元", "12%", "每年一次"],
]
C_FLEX = [
    ["县（市、区）", "2026年", "2027年", "2028年"],
    ["顺庆区", "2家", "3家", "4家"],
    ["高坪区", "1家", "2家", "3家"],
    ["嘉陵区", "1家", "2家", "3家"],
    ["阆中市", "1家", "1家", "2家"],
    ["南部县", "2家", "3家", "5家"],
    ["南充经济开发区", "3家", "4家", "7家"],
]
C_QA = [
    ("哪些单位可以申请认定市级中试基地？",
     ["在南充市行政区域内注册、具有独立法人资格的企业、高校、科研院所和新型研发机构均可申请。申请单位应拥有中试场地不少于1000平方米、中试设备原值不低于800万元，专职技术人员不少于10人。"]),
    ("中试基地的认定奖励什么时候兑现？",
     ["认定奖励实行“免申即享”，市科技局在认定文件印发后20个工作日内直接拨付，企业无需另行提出申请。"]),
    ("年度运行补助按什么标准计算？",
     ["年度运行补助按中试基地上年度中试设备购置和运行维护费用的30%核定，不超过对应类别的年度运行补助上限。"]),
    ("对外服务收入奖补怎么申请？",
     ["中试基地每年3月1日至3月31日通过南充市科技政策兑现平台提交上年度对外服务合同和发票，按认定类别对应比例给予奖补；为市外企业提供服务的收入，按50%计入。"]),
    ("为中小企业提供中试服务有没有额外支持？",
     ["有。中试基地为市内科技型中小企业提供中试服务、收费低于市场价的，按实际减免金额给予补助，每家中试基地每年最高40万元。"]),
    ("中试项目用地有什么保障措施？",
     ["中试基地新建中试车间的，优先纳入年度用地计划；利用存量工业厂房建设中试线的，3年内不改变用地性质和权利人。"]),
    ("绩效评价不合格会怎样？",
     ["绩效评价不合格的，限期整改1年；整改后仍不合格或连续两次评价不合格的，撤销其中试基地认定，停止享受运行补助。"]),
    ("《若干措施》的有效期是多久？",
     ["《若干措施》自2026年5月1日起施行，有效期至2029年4月30日。施行前已认定的中试基地，其运行补助按《若干措施》标准执行。"]),
]
C_BODY = [
    ("crumb", ["首页", "政务公开", "政策解读"]),
    ("h1", C_TITLE),
    ("meta", "发布时间：2026-04-16　来源：南充市科学技术局"),
    ("p", "近日，南充市人民政府办公室印发《南充市支持中试基地建设若干措施》（南府办发〔2026〕9号，以下简称《若干措施》）。为便于企业和有关单位了解政策内容，现解读如下。"),
    ("h2", "一、起草背景"),
    ("p", "中试是科技成果从实验室走向生产线的关键环节。截至2025年底，我市共有各类中试基地（平台）16家，其中省级以上4家，主要分布在汽车汽配、油气化工、丝纺服装和现代农业等产业领域，但仍存在中试能力不足、服务开放度不高、运行经费保障不稳定等问题。"),
    ("p", "为此，市科技局会同市发展改革委、市经济和信息化局、市财政局等部门，在深入调研和广泛征求意见的基础上起草了《若干措施》，共4个方面12条。"),
    ("h2", "二、主要目标"),
    ("p", "到2028年，全市中试基地（平台）总数达到40家，其中省级以上中试基地达到10家，中试服务年收入突破3亿元，形成覆盖主导产业的中试服务网络。各县（市、区）分年度建设目标见下表。"),
    ("cap", "表1　2026—2028年各县（市、区）中试基地建设目标（累计）"),
    ("flex", C_FLEX),
    ("h2", "三、分级支持标准"),
    ("p", "《若干措施》按照国家级、省级、市级中试基地和中试服务平台、概念验证中心五类，分别给予认定奖励、年度运行补助和对外服务收入奖补，同一单位按最高类别享受，晋升类别的按差额补足认定奖励。"),
    ("cap", "表2　中试基地（平台）分级支持标准"),
    ("grid", C_GRID),
    ("h2", "四、申报和兑现"),
    ("p", "市级中试基地每年集中认定一次，认定工作由市科技局牵头组织，市经济和信息化局、市财政局参与评审。申报单位通过南充市科技政策兑现平台在线提交申请，县（市、区）科技部门初审后逐级报送。"),
    ("p", "市科技局组织专家评审和现场核查，评审结果在市科技局门户网站公示7日，公示无异议的发文认定。所需资金由市、县两级财政按6:4比例分担，南充经济开发区和南充高新区内的中试基地由市级财政全额承担。"),
    ("h2", "五、政策问答"),
    ("qa", C_QA),
    ("foot", ["主办单位：南充市科学技术局　地址：南充市顺庆区滨江中路二段218号　联系电话：0817-2236814",
              "网站标识码：5113000041　蜀ICP备10027316号-2"]),
]
C_CSS = """
body{font-family:"Microsoft YaHei","PingFang SC",sans-serif;margin:0;background:#f4f6f9;color:#222}
.wrap{max-width:1080px;margin:0 auto;background:#fff;padding:24px 48px}
.crumb{font-size:13px;color:#666}.crumb a{color:#666;text-decoration:none}
h1{font-size:26px;text-align:center;margin:24px 0 12px}
.meta{text-align:center;font-size:13px;color:#888;border-bottom:1px solid #ddd;padding-bottom:12px}
.article p{text-indent:2em;line-height:2;font-size:16px}
.article h2{font-size:18px;color:#0b4f9c;margin-top:28px}
.tbl-cap{text-align:center;font-weight:bold;margin:16px 0 8px}
.grid-5{display:grid;grid-template-columns:1.6fr 1fr 1.2fr 1.3fr 1fr;border-top:1px solid #999;border-left:1px solid #999}
.grid-5>.gc{border-right:1px solid #999;border-bottom:1px solid #999;padding:8px 6px;text-align:center}
.grid-5>.gh{background:#e8eef7;font-weight:bold}
.ftable{display:flex;flex-direction:column;border:1px solid #999}
.ftable .fr{display:flex}.ftable .fr.head{background:#e8eef7;font-weight:bold}
.ftable .fc{flex:1;padding:8px 6px;text-align:center;border-right:1px solid #999;border-bottom:1px solid #999}
.ftable .fc:first-child{flex:1.6}
.faq details{border:1px solid #dde3ea;border-radius:4px;margin:10px 0;padding:10px 14px}
.faq summary{cursor:pointer;font-weight:bold;color:#0b4f9c}
.faq details p{text-indent:0}
.footer{font-size:12px;color:#888;text-align:center;border-top:1px solid #ddd;margin-top:36px;padding-top:12px}
"""


def h(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def c_html():
    out = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f'<title>{h(C_TITLE)}_南充市科学技术局</title>', '<meta name="ArticleTitle" content="' + h(C_TITLE) + '">',
           '<meta name="PubDate" content="2026-04-16 09:30">', '<meta name="ContentSource" content="南充市科学技术局">',
           "<style>" + C_CSS + "</style>", "</head>", "<body>", '<div class="wrap">']
    for kind, val in C_BODY:
        if kind == "crumb":
            out.append('<div class="crumb">当前位置：' + " &gt; ".join(f'<a href="#">{h(x)}</a>' for x in val) + "</div>")
        elif kind == "h1":
            out.append(f"<h1>{h(val)}</h1>")
            out.append('<div class="article">')
        elif kind == "meta":
            out.append(f'<div class="meta">{h(val)}</div>')
        elif kind == "h2":
            out.append(f"<h2>{h(val)}</h2>")
        elif kind == "p":
            out.append(f"<p>{h(val)}</p>")
        elif kind == "cap":
            out.append(f'<div class="tbl-cap">{h(val)}</div>')
        elif kind == "grid":  # CSS grid: every cell a direct child, rows only by grid-template-columns
            cells = [f'<div class="gc gh">{h(c)}</div>' for c in val[0]]
            cells += [f'<div class="gc">{h(c)}</div>' for r in val[1:] for c in r]
            out.append('<div class="grid-5">' + "".join(cells) + "</div>")  # minified, as CMS output often is
        elif kind == "flex":
            rows = []
            for ri, r in enumerate(val):
                rows.append(f'<div class="fr{" head" if ri == 0 else ""}">' + "".join(f'<div class="fc">{h(c)}</div>' for c in r) + "</div>")
            out.append('<div class="ftable">' + "".join(rows) + "</div>")
        elif kind == "qa":
            out.append('<div class="faq">')
            for i, (qq, ans) in enumerate(val):
                out.append(f'<details id="q{i + 1}"><summary>{h(qq)}</summary>' + "".join(f"<p>{h(a)}</p>" for a in ans) + "</details>")
            out.append("</div>")
        elif kind == "foot":
            out.append("</div>")  # end of .article
            out.append('<div class="footer">' + "".join(f"<p>{h(x)}</p>" for x in val) + "</div>")
    out += ["</div>", "</body>", "</html>", ""]
    return "\n".join(out)


def c_expected_lines():
    out = []
    for kind, val in C_BODY:
        if kind == "crumb":
            out.append("当前位置：" + " > ".join(val))
        elif kind in ("grid", "flex"):
            out += [" | ".join(r) for r in val]
        elif kind == "qa":
            for qq, ans in val:
                out.append(qq)
                out += ans
        elif kind == "foot":
            out += val
        else:
            out.append(val)
    return out


def c_read(text):
    """Plain lines of C as a reader shows the page: block elements one line each (h1, h2, p, div.meta, div.crumb,
    div.tbl-cap, summary); a CSS-grid table's direct-child cells grouped into rows by the number of tracks in its
    grid-template-columns; a flex table one line per row div; cells joined by ' | '. Returns (lines, tables)."""
    import lxml.html
    root = lxml.html.fromstring(text)
    css = "".join(root.xpath("//style/text()"))
    ncols = {}
    for m in re.finditer(r"\.([\w-]+)\{[^}]*display:grid;grid-template-columns:([^;}]+)", css):
        ncols[m.group(1)] = len(m.group(2).split())
    lines, tables = [], []

    def txt(e):
        return e.text_content().strip()

    def walk(e):
        cls = (e.get("class") or "").split()
        if e.tag == "div" and any(c in ncols for c in cls):
            n = ncols[next(c for c in cls if c in ncols)]
            cells = [txt(c) for c in e if c.tag == "div"]
            rows = [cells[i:i + n] for i in range(0, len(cells), n)]
            tables.append(("grid", rows))
            lines.extend(" | ".join(r) for r in rows)
            return
        if e.tag == "div" and "ftable" in cls:
            rows = [[txt(c) for c in r if c.tag == "div"] for r in e if r.tag == "div"]
            tables.append(("flex", rows))
            lines.extend(" | ".join(r) for r in rows)
            return
        if e.tag in ("h1", "h2", "p", "summary") or (e.tag == "div" and set(cls) & {"meta", "crumb", "tbl-cap"}):
            t = txt(e)
            if t:
                lines.append(t)
            return
        for c in e:
            if isinstance(c.tag, str) and c.tag not in ("style", "script", "head", "title"):
                walk(c)

    walk(root.find("body"))
    return lines, tables


# ---------------------------------------------------------------------------------------------------------------
# Questions. hint: a substring that must pick exactly one plain line of the doc (the evidence line).
# traditional: written in Simplified (qs) and converted with OpenCC s2tw. Unanswerable: keys = regexes absent from the
# doc (plain, raw, converted; each key also tried in s2tw / s2twp / s2hk / t2s form); gkeys = the same over all docs
# (and named in the question); near = terms present in the doc. table: col = the header of the answer's column.
# who_leads: verb after the answer within one clause. typo: wrong/right forms (one character apart).
# ---------------------------------------------------------------------------------------------------------------
Q = [
    # ---- A 荆州 申报通知 (PDF: portrait prose, landscape merged-cell table over a page break; 16)
    dict(id="u43-A01", doc="A", kind="table", q="荆州汽车零部件与新能源这个方向，单个项目最多能拿到多少市级资助？", a="最高120万元", hint="汽车零部件与新能源 | ", col="单项资助额度"),
    dict(id="u43-A02", doc="A", kind="table", q="荆州乡村振兴科技示范方向今年准备立几个项目？", a="15项", hint="乡村振兴科技示范 | ", col="拟立项数"),
    dict(id="u43-A03", doc="A", kind="who_leads", q="荆州2026年度科技创新专项的项目评审由哪个部门牵头组织？", a="市科技局", hint="项目评审由", verb="牵头"),
    dict(id="u43-A04", doc="A", kind="paraphrase", q="荆州的申报人如果有正高职称，年龄上限能放宽到多少岁？", a="62周岁", hint="可放宽至"),
    dict(id="u43-A05", doc="A", kind="paraphrase", q="荆州前资助的课题，合同签好以后第一笔先拨多大比例？", a="60%", hint="前资助项目在任务书签订后"),
    dict(id="u43-A06", doc="A", kind="paraphrase", q="在荆州，龙头公司和大学院所一起搭的新型研发平台，补助封顶是多少？", a="最高200万元", hint="新型研发机构建设 | "),
    dict(id="u43-A07", doc="A", kind="typo", q="京州企业申报关键核心技术攻关项目，上年度研发费用至少要达到多少？", a="400万元", hint="上年度研发费用应不低于", wrong="京州", right="荆州"),
    dict(id="u43-A08", doc="A", kind="typo", q="荆州立向通知下达后，多少个工作日内要签好任务书？", a="15个工作日", hint="签订任务书。", wrong="立向", right="立项"),
    dict(id="u43-A09", doc="A", kind="traditional", qs="荆州科技创新专项网上填报截止到哪一天？", a="5月15日", hint="网上填报时间为"),
    dict(id="u43-A10", doc="A", kind="english", q="How much special funding in total does Jingzhou's municipal finance allocate to the 2026 science and technology innovation projects?", a="3800万元", hint="科技创新专项资金3800万元"),
    dict(id="u43-A11", doc="A", kind="english", q="How many projects does Jingzhou plan to approve under the natural science foundation joint fund in 2026?", a="25项", hint="自然科学基金联合基金 | "),
    dict(id="u43-A12", doc="A", kind="english", q="What is the normal age limit for project leaders applying for Jingzhou's 2026 science and technology innovation projects?", a="57周岁", hint="年龄不超过57周岁"),
    dict(id="u43-A13", doc="A", kind="english_unanswerable", q="How much does Jingzhou fund the construction of a provincial key laboratory in 2026?", keys=["省级重点实验室", "省重点实验室", "重点实验室建设"], near=["重点实验室开放课题"]),
    dict(id="u43-A14", doc="A", kind="unanswerable", q="荆门市2026年度科技创新专项资金一共安排了多少？", gkeys=["荆门", "Jingmen"], near=["科技创新专项资金"]),
    dict(id="u43-A15", doc="A", kind="unanswerable", q="荆州2025年度科技创新专项一共立项了多少个？", keys=["2025"], near=["2026年度"]),
    dict(id="u43-A16", doc="A", kind="unanswerable", q="荆州市经济和信息化局在这批项目评审中负责什么？", keys=["经济和信息化", "经信"], near=["市财政局参与资金审核"]),
    # ---- B 衢州 申报指南 (docx laid out as a form; 19)
    dict(id="u43-B01", doc="B", kind="table", q="衢州江山市今年一共能推荐多少个市级科技计划项目？", a="30项", hint="江山市 | ", col="合计"),
    dict(id="u43-B02", doc="B", kind="table", q="衢州开化县能推荐几个特派员类的项目？", a="14项", hint="开化县 | ", col="科技特派员项目"),
    dict(id="u43-B03", doc="B", kind="table", q="衢州智造新城的重点研发类项目推荐上限是几项？", a="13项", hint="衢州智造新城 | ", col="重点研发计划"),
    dict(id="u43-B04", doc="B", kind="who_leads", q="衢州科技特派员的选派和推荐由谁牵头组织？", a="各县（市、区）科技局", hint="科技特派员的选派和推荐", verb="牵头"),
    dict(id="u43-B05", doc="B", kind="english", q="What is the maximum funding per project under Quzhou's 2026 key R&D topic on fluorosilicone, cobalt and lithium new materials?", a="150万元", hint="单个项目资助最高150万元"),
    dict(id="u43-B06", doc="B", kind="english", q="What is the maximum post-subsidy per project under Quzhou's 2026 science and technology achievement transformation topic?", a="60万元", hint="按技术合同实际支付金额的15%"),
    dict(id="u43-B07", doc="B", kind="english", q="On what date does online application for Quzhou's 2026 municipal science and technology plan projects close?", a="4月17日", hint="网上申报时间为"),
    dict(id="u43-B08", doc="B", kind="english", q="What minimum demonstration area (in mu) must an agricultural project under Quzhou's 2026 agriculture and social development topic reach?", a="500亩", hint="示范推广面积不少于"),
    dict(id="u43-B09", doc="B", kind="english_unanswerable", q="What is the funding ceiling for projects under topic six of Quzhou's 2026 municipal science and technology plan guide?", keys=["专题六"], near=["专题五"]),
    dict(id="u43-B10", doc="B", kind="paraphrase", q="在衢州做高端装备与数字经济方向的课题，公司自己掏的钱和市里给的钱至少要是什么比例？", a="2:1", hint="单个项目资助最高100万元"),
    dict(id="u43-B11", doc="B", kind="paraphrase", q="衢州下派到乡村的技术专员，每年最少得在当地干满多少天？", a="60天", hint="在派驻地服务不少于"),
    dict(id="u43-B12", doc="B", kind="paraphrase", q="衢州牵头做课题的人，岁数上限是多少？", a="58周岁", hint="年龄不超过58周岁"),
    dict(id="u43-B13", doc="B", kind="typo", q="瞿州专题四农业与社会发展科技攻关，单个项目最多资助多少？", a="30万元", hint="单个项目资助最高30万元", wrong="瞿州", right="衢州"),
    dict(id="u43-B14", doc="B", kind="typo", q="衢州市级科技计划项目评审结果在网站公式几个工作日？", a="5个工作日", hint="评审结果在衢州市科学技术局网站", wrong="公式", right="公示"),
    dict(id="u43-B15", doc="B", kind="traditional", qs="衢州企业要在哪一天之前完成注册登记才能申报市级科技计划项目？", a="2025年6月30日", hint="完成注册登记"),
    dict(id="u43-B16", doc="B", kind="unanswerable", q="丽水市2026年度重点研发计划项目单个最高资助多少？", gkeys=["丽水", "Lishui"], near=["重点研发计划"]),
    dict(id="u43-B17", doc="B", kind="unanswerable", q="衢州2027年度市级科技计划项目什么时候开始申报？", keys=["2027"], near=["2026年度"]),
    dict(id="u43-B18", doc="B", kind="unanswerable", q="衢州市经济和信息化局在项目评审中承担什么职责？", keys=["经济和信息化", "经信"], near=["市财政局"]),
    dict(id="u43-B19", doc="B", kind="unanswerable", q="衢州对获得国家科技进步奖的企业奖励多少钱？", keys=["科技进步奖", "科学技术奖", "科学技术进步奖"], near=["科技计划"]),
    # ---- C 南充 政策解读 (HTML: div grid / flex tables, details Q&A; 15)
    dict(id="u43-C01", doc="C", kind="table", q="南充的省级中试基地每年运行补助最多给多少？", a="80万元", hint="省级中试基地 | ", col="年度运行补助上限"),
    dict(id="u43-C02", doc="C", kind="table", q="南充概念验证中心给外单位做服务挣的钱，按多少比例给奖补？", a="12%", hint="概念验证中心 | ", col="对外服务收入奖补比例"),
    dict(id="u43-C03", doc="C", kind="table", q="南充南部县在这轮建设目标的最后一年，累计要建成几家中试基地？", a="5家", hint="南部县 | ", col="2028年"),
    dict(id="u43-C04", doc="C", kind="who_leads", q="南充市级中试基地的认定工作由哪个部门牵头组织？", a="市科技局", hint="认定工作由", verb="牵头"),
    dict(id="u43-C05", doc="C", kind="english", q="How large is the recognition award for a national-level pilot-scale testing base in Nanchong?", a="500万元", hint="国家级中试基地 | "),
    dict(id="u43-C06", doc="C", kind="english", q="What minimum pilot-test floor area must an applicant have to be recognised as a municipal pilot-scale base in Nanchong?", a="1000平方米", hint="中试场地不少于"),
    dict(id="u43-C07", doc="C", kind="english", q="Within how many working days after the recognition document is issued does Nanchong pay the pilot-scale base recognition award?", a="20个工作日", hint="认定文件印发后"),
    dict(id="u43-C08", doc="C", kind="english_unanswerable", q="How much does Nanchong give a pilot-scale base for hiring foreign experts?", keys=["外籍", "外国专家", "海外", "境外"], near=["中试基地"]),
    dict(id="u43-C09", doc="C", kind="paraphrase", q="南充的试验基地给本地科技型小公司做试验并且降了价，一年最多补多少？", a="40万元", hint="收费低于市场价"),
    dict(id="u43-C10", doc="C", kind="paraphrase", q="南充这份若干措施从哪天开始生效？", a="2026年5月1日", hint="起施行"),
    dict(id="u43-C11", doc="C", kind="typo", q="南冲对新认定的市级中试基地给多少认定奖励？", a="50万元", hint="市级中试基地 | ", wrong="南冲", right="南充"),
    dict(id="u43-C12", doc="C", kind="traditional", qs="南充中试基地的对外服务收入奖补每年什么时间段提交申请？", a="3月1日至3月31日", hint="通过南充市科技政策兑现平台提交上年度"),
    dict(id="u43-C13", doc="C", kind="unanswerable", q="遂宁市对省级中试基地的认定奖励是多少？", gkeys=["遂宁", "Suining"], near=["省级中试基地"]),
    dict(id="u43-C14", doc="C", kind="unanswerable", q="南充营山县到2028年要建成几家中试基地？", keys=["营山"], near=["南部县", "阆中市"]),
    dict(id="u43-C15", doc="C", kind="unanswerable", q="南充市农业农村局在中试基地认定中承担什么工作？", keys=["农业农村局"], near=["市经济和信息化局"]),
]

KIND_COUNTS = {"english": 10, "english_unanswerable": 3, "paraphrase": 8, "typo": 5, "table": 8, "who_leads": 3,
               "traditional": 3, "unanswerable": 10}
DOC_COUNTS = {"A": 16, "B": 19, "C": 15}
KIND_DOC_COUNTS = {  # kind: (A, B, C)
    "english": (3, 4, 3), "english_unanswerable": (1, 1, 1), "paraphrase": (3, 3, 2), "typo": (2, 2, 1),
    "table": (2, 3, 3), "who_leads": (1, 1, 1), "traditional": (1, 1, 1), "unanswerable": (3, 4, 3)}
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
HAN = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_PLACE = {"A": "Jingzhou", "B": "Quzhou", "C": "Nanchong"}
PLACE_KEYS = ["荆门", "Jingmen", "丽水", "Lishui", "遂宁", "Suining"]  # neighbours: in no document
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

    # ---- build
    a_bytes, a_pages, a_visual, a_info = build_pdf_a()
    (CORPUS / FILE_A).write_bytes(a_bytes)
    (CORPUS / FILE_B).write_bytes(b_docx_bytes())
    c_bytes = c_html().encode("utf-8")
    (CORPUS / FILE_C).write_bytes(c_bytes)

    # ---- plain texts (A: tracked page by page during the build, then compared with the PDF's text layer; B, C: read
    #      back from the files)
    a_plain = [ln for page in a_pages for ln in page]
    b_plain, b_tables, b_paras = docx_read(CORPUS / FILE_B)
    c_raw = (CORPUS / FILE_C).read_bytes().decode("utf-8")
    c_plain, c_tables = c_read(c_raw)
    plains = {"A": a_plain, "B": b_plain, "C": c_plain}
    for d, lines in plains.items():
        (PLAIN / (Path(FILES[d]).stem + ".txt")).write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    ptext = {d: "\n".join(v) for d, v in plains.items()}
    for d in "ABC":
        check(all(ln == ln.strip() and ln for ln in plains[d]), f"{d}: empty or padded plain line")
        check(T2S.convert(ptext[d]) == ptext[d], f"{d}: Simplified throughout")
    check(2500 <= len(ptext["A"]) <= 5000, f"A: {len(ptext['A'])} characters, want 2,500-5,000")
    check(2500 <= len(ptext["B"]) <= 5000, f"B: {len(ptext['B'])} characters, want 2,500-5,000")
    check(1700 <= len(ptext["C"]) <= 4000, f"C: {len(ptext['C'])} characters, want 1,700-4,000")

    # ---- A: portrait prose + landscape merged-cell table over a page break
    from pypdf import PdfReader
    reader = PdfReader(str(CORPUS / FILE_A))
    texts = [p.extract_text() or "" for p in reader.pages]
    n_pages = len(texts)
    check(a_bytes.startswith(b"%PDF-") and n_pages == 4 == len(a_pages), f"A: a PDF of 4 pages ({n_pages})")
    orient = []
    for p in reader.pages:
        w, hh = float(p.mediabox.width), float(p.mediabox.height)
        orient.append("portrait" if abs(w - 595.28) < 1 and abs(hh - 841.89) < 1 else
                      "landscape" if abs(w - 841.89) < 1 and abs(hh - 595.28) < 1 else f"{w}x{hh}")
    check(orient == ["portrait", "portrait", "landscape", "landscape"], f"A: page orientations {orient}")
    for i, (t, vis) in enumerate(zip(texts, a_visual)):
        check(bool(squash(t)), f"A: page {i + 1} has no text layer (pypdf)")
        check(squash(t) == squash("".join(vis)), f"A: pypdf text of page {i + 1} differs from the drawn pieces in order")
    check(a_info["table_pages"] == [3, 4], f"A: the table's two pieces on pages 3 and 4 ({a_info['table_pages']})")
    check(a_info["next_row_h"] > a_info["room_left"][0] and a_info["room_left"][0] < 60,
          f"A: the table breaks where page 3 is full (room {a_info['room_left'][0]:.0f} pt, next row {a_info['next_row_h']:.0f} pt)")
    fonts = set()
    for p in reader.pages:
        for f in p["/Resources"]["/Font"].values():
            fo = f.get_object()
            fonts.add(str(fo["/BaseFont"]))
            if str(fo["/BaseFont"]) != "/Helvetica":  # reportlab's initial canvas font, declared but never used
                check("/ToUnicode" in fo and "/FontFile2" in str(fo["/FontDescriptor"].get_object()),
                      f"A: font {fo['/BaseFont']} not an embedded TrueType with ToUnicode")
    import pdfplumber
    parts = a_info["parts"]
    with pdfplumber.open(str(CORPUS / FILE_A)) as pdf:
        found = [(i + 1, t) for i, pg in enumerate(pdf.pages) for t in pg.extract_tables()]
        drawn_fonts = {c["fontname"].split("+")[-1] for pg in pdf.pages for c in pg.chars}
        head_font = {c["fontname"].split("+")[-1] for c in pdf.pages[3].chars if c["top"] < 120 and c["text"] in "专项类别"}
    check([pg for pg, _ in found] == [3, 4], f"A: pdfplumber finds one ruled table on page 3 and one on page 4 ({[pg for pg, _ in found]})")
    merged_none, wrapped = 0, 0
    for (pg, tab), (rows, spans) in zip(found, parts):
        check(len(tab) == len(rows) and all(len(r) == 6 for r in tab), f"A: page {pg}: table shape")
        check([squash(c or "") for c in tab[0]] == A_TABLE_HEAD, f"A: page {pg}: header row (repeated on page 4)")
        covered = {r for a, b in spans for r in range(a + 1, b + 1)}
        for ri, (got, want) in enumerate(zip(tab, rows)):
            check([squash(c or "") for c in got] == [squash(c) for c in want], f"A: page {pg} row {ri}: cells differ")
            if ri in covered:  # a cell hidden under a vertical merge: pdfplumber gives None, not ""
                merged_none += 1
                check(got[0] is None, f"A: page {pg} row {ri}: first column should be covered by the merged cell")
            wrapped += sum(1 for c in got if c and "\n" in c)
    check(merged_none == sum(len(c[1]) for c in A_CATS) - len(A_CATS) - 1, f"A: rows under merged cells {merged_none}")
    check(parts[1][0][1][0] == "" and found[1][1][1][0] == "" if len(found) == 2 else False,
          "A: the category continued over the page break is an empty (not None) cell on page 4")
    cont_cat = next((cat for cat, rows in A_CATS if A_TABLE_ROWS.index([cat] + rows[0]) < A_SPLIT
                     < A_TABLE_ROWS.index([cat] + rows[-1]) + 1), "")
    check(bool(cont_cat), "A: a merged category runs over the page break")
    check(cont_cat not in squash(texts[3]), f"A: the continued category {cont_cat} is not drawn on page 4")
    check(wrapped >= 15, f"A: wrapped cells {wrapped}")
    cut_ans = [o for o in ("最高200万元",) if o not in texts[3] and squash(o) in squash(texts[3])]
    check(cut_ans == ["最高200万元"], "A: the answer 最高200万元 is cut by the wrap inside its cell (pypdf: 最高200万\\n元)")
    check(any("\n" in (c or "") and re.search(r"\d", c or "") for _, tab in found for r in tab for c in r[3:4]),
          "A: an amount cell wrapped over two lines")
    check("NotoSansCJKsc-Bold" in head_font, "A: repeated header in bold")
    check(drawn_fonts == {"NotoSansCJKsc-Bold", "NotoSerifCJKsc-Regular"}, f"A: every character drawn in a Noto face {drawn_fonts}")
    a_prose = "\n".join(ln for ln in a_plain if " | " not in ln)
    a_dates = re.findall(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日", a_prose)
    check(a_dates == [("2026", "3", "31"), ("2026", "4", "13"), ("", "5", "15"), ("2026", "5", "22"), ("2026", "3", "27")], f"A: dates {a_dates}")
    check("4类专项共14个支持方向" in a_prose and len(A_CATS) == 4 and len(A_TABLE_ROWS) == 14, "A: 4 categories, 14 directions")
    a_leads = [ln for ln in a_plain if "牵头" in ln]
    check(any(ln.startswith("（三）评审立项。项目评审由市科技局牵头组织") for ln in a_leads) and len(a_leads) == 3, f"A: 牵头 lines {a_leads}")

    # ---- B: docx laid out as a form
    check(zipfile.is_zipfile(CORPUS / FILE_B), "B: a zip package")
    import docx as pydocx
    dx = pydocx.Document(str(CORPUS / FILE_B))
    check(b_plain == b_expected_lines(), "B: lines read from document.xml equal the design")
    dx_paras = [p.text for p in dx.paragraphs if p.text]
    check(dx_paras == b_paras, "B: python-docx's body paragraphs equal the non-table lines")
    forms = [v for k, v in B_BODY if k == "form"]
    check(len(dx.tables) == len(forms) + 1 == len(b_tables), f"B: {len(dx.tables)} tables")
    in_tables = sum(len(ln) for ln in b_plain if ln not in b_paras)
    share = in_tables / len(ptext["B"])
    check(share > 0.5, f"B: most of the text lives in tables ({share:.0%})")
    for ti, (form, (rows, spans)) in enumerate(zip(forms, b_tables)):
        check(spans[0] == [2] and all(s_ == [1, 1] for s_ in spans[1:]), f"B: form {ti + 1}: title row merged over both columns")
        check([r[0] for r in rows[1:]] == [r[0] for r in forms[0][1:]], f"B: form {ti + 1}: the same labels as form 1")
        pr = dx.tables[ti].rows[0].cells
        check(len(pr) == 2 and pr[0].text == pr[1].text == form[0], f"B: form {ti + 1}: python-docx repeats the merged title cell")
        check(len(dx.tables[ti].rows[1].cells[1].paragraphs) == len(form[1][1]), f"B: form {ti + 1}: content cell paragraphs")
    check(any(len(f[1][1]) > 1 for f in forms), "B: a content cell with several paragraphs")
    check([[c.text for c in r.cells] for r in dx.tables[-1].rows] == B_TABLE and b_tables[-1][0] == B_TABLE, "B: the data table")
    for r in B_TABLE[1:]:
        v = [int(c[:-1]) for c in r[1:]]
        check(sum(v[:3]) == v[3], f"B: row {r[0]} adds up")
    with zipfile.ZipFile(CORPUS / FILE_B) as z:
        docx_xml = z.read("word/document.xml").decode("utf-8")
    check(docx_xml.count('w:val="Heading1"') == 6 and docx_xml.count('w:val="Heading2"') == 6, "B: Heading1 / Heading2 part")
    check(docx_xml.count("<w:gridSpan") == len(forms) and docx_xml.count('w:fill="F2F2F2"') == 6 * len(forms), "B: merged title rows, shaded labels")
    maxes = sorted({int(m) for m in re.findall(r"最高(\d+)万元", ptext["B"])})
    periods = [ln for ln in b_plain if ln.startswith("实施周期 | ")]
    check(len(maxes) >= 4 and len(periods) == len(forms), f"B: 最高N万元 in several forms {maxes}")
    b_prose = "\n".join(b_paras)
    b_dates = re.findall(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日", ptext["B"])
    check(("2026", "3", "16") in b_dates and ("", "4", "17") in b_dates and ("2026", "4", "24") in b_dates, f"B: dates {b_dates}")
    b_leads = [ln for ln in b_plain if "牵头" in ln]
    check(any("由各县（市、区）科技局牵头组织" in ln for ln in b_leads) and len(b_leads) >= 3, f"B: 牵头 lines {b_leads}")
    check("各县（市、区）的推荐限额见附表" in b_prose, "B: the prose points to the 附表")

    # ---- C: HTML with div grid / flex tables and details
    try:
        c_bytes.decode("utf-8")
    except UnicodeDecodeError:
        check(False, "C: not UTF-8")
    check('<meta charset="utf-8">' in c_raw and not c_bytes.startswith(b"\xef\xbb\xbf"), "C: UTF-8 declared, no BOM")
    check(not re.search(r"<(table|tr|td|th|ul|ol|li|dl)\b", c_raw, re.I), "C: no <table>, <ul>, <ol>, <li>")
    check(c_plain == c_expected_lines(), "C: reading the page gives the designed lines")
    import lxml.html
    root = lxml.html.fromstring(c_raw)
    grid = root.xpath('//div[@class="grid-5"]')
    check(len(grid) == 1 and len(grid[0]) == len(C_GRID) * 5 and all(len(c) == 0 for c in grid[0]),
          "C: the CSS grid's cells are its direct children (no row wrappers)")
    check("display:grid;grid-template-columns:1.6fr 1fr 1.2fr 1.3fr 1fr" in c_raw, "C: 5 grid tracks in CSS")
    check(c_tables == [("flex", C_FLEX), ("grid", C_GRID)], "C: the two div tables read back")
    glued = grid[0].text_content() if grid else ""
    check("类别认定奖励年度运行补助上限" in glued and "500万元200万元10%" in glued, "C: text_content glues the grid cells")
    det = root.xpath("//details")
    check(len(det) == len(C_QA) and all(d_.find("summary") is not None and d_.get("open") is None for d_ in det),
          "C: Q&A as closed <details> with <summary>")
    check([d_.find("summary").text_content() for d_ in det] == [qq for qq, _ in C_QA], "C: summaries")
    c_leads = [ln for ln in c_plain if "牵头" in ln]
    check(len(c_leads) == 1 and "认定工作由市科技局牵头组织" in c_leads[0], f"C: 牵头 lines {c_leads}")

    # raw text: A the pypdf text (whitespace squashed), B the text runs of document.xml, C the HTML source
    raw = {"A": squash("".join(texts)), "B": re.sub(r"<[^>]+>", "\n", docx_xml), "C": c_raw}
    every = {d: [ptext[d], raw[d], T2S.convert(ptext[d]), S2TW.convert(ptext[d]), S2HK.convert(ptext[d])] for d in "ABC"}

    def occurs(pattern, docs):
        return any(re.search(pattern, t) for d in docs for t in every[d])

    for key in PLACE_KEYS:
        check(not occurs(key, "ABC"), f"near-miss place {key} occurs in a document")

    # ---- questions
    out, runs, ids = [], {}, set()
    tables = {"A": (A_TABLE_HEAD, A_TABLE_ROWS), "B": (B_TABLE[0], B_TABLE[1:])}
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
                for f in {key, S2TW.convert(key), S2TWP.convert(key), S2HK.convert(key), T2S.convert(key)}:
                    check(not occurs(f, [d]), f"{q['id']}: key {f} occurs in doc {d}")
            for key in q.get("gkeys", []):
                for f in {key, S2TW.convert(key), S2TWP.convert(key), S2HK.convert(key), T2S.convert(key)}:
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
            check((squash(ans) in raw["A"]) if d == "A" else (ans in raw[d]), f"{q['id']}: answer not in the raw file")
            if re.search(r"\d", ans):
                for ln in plains[d]:
                    if ln != ev and num_count(ans, ln):
                        check(False, f"{q['id']}: answer {ans} also in: {ln[:40]}")
                check(num_count(ans, ev) == 1, f"{q['id']}: answer {ans} more than once in its evidence")
            else:
                check(ev.count(ans) == 1, f"{q['id']}: answer {ans} more than once in evidence")
                if k != "who_leads":
                    check(ptext[d].count(ans) == 1, f"{q['id']}: answer {ans} elsewhere in the document")
            if "col" in q:
                if d == "C":
                    head, body = next(((t[0], t[1:]) for t in (C_GRID, C_FLEX) if " | ".join(t[0]) != ev and
                                       any(" | ".join(r) == ev for r in t[1:])), (C_GRID[0], []))
                else:
                    head, body = tables[d]
                hit = [r for r in body if " | ".join(r) == ev]
                check(len(hit) == 1, f"{q['id']}: evidence must be a data row of the table")
                if hit:
                    ci = head.index(q["col"])
                    check(hit[0][ci] == ans, f"{q['id']}: answer must be the {q['col']} cell")
                    check(sum(ans in c for c in hit[0]) == 1, f"{q['id']}: other cells differ")
                    check(q["col"] not in question, f"{q['id']}: question copies the column header")
            if k == "who_leads":
                check(re.search(re.escape(ans) + r"[^；。，]*?" + q["verb"], ev), f"{q['id']}: {ans} … {q['verb']}")
                check(q["verb"] in question, f"{q['id']}: question must ask who {q['verb']}")
        if k in ("english", "english_unanswerable"):
            check(not CJK.search(question), f"{q['id']}: CJK in English question")
            check(ENGLISH_PLACE[d] in question, f"{q['id']}: English question must name {ENGLISH_PLACE[d]}")
        else:
            check(bool(CJK.search(question)), f"{q['id']}: Chinese kinds must be asked in Chinese")
        if k == "traditional":
            check(T2S.convert(question) != question and S2TW.convert(question) == question, f"{q['id']}: not Traditional")
            trad_only = set(question) - set(T2S.convert(question))
            check(not any(ch in ptext[d] for ch in trad_only), f"{q['id']}: a Traditional-only character occurs in the doc")
        elif k not in ("english", "english_unanswerable"):
            check(T2S.convert(question) == question, f"{q['id']}: questions other than traditional are Simplified")
        if k == "typo":
            w, r = q["wrong"], q["right"]
            check(len(w) == len(r) and sum(x != y for x, y in zip(w, r)) == 1, f"{q['id']}: typo must differ by one char")
            check(w in question and r not in question, f"{q['id']}: typo form")
            check(r in ptext[d], f"{q['id']}: real form not in doc")
            for f in {w, S2TW.convert(w), S2HK.convert(w), T2S.convert(w)}:
                check(not occurs(re.escape(f), "ABC"), f"{q['id']}: wrong form {f} occurs in a document")
        if ev and k != "english":
            text = T2S.convert(question) if k == "traditional" else question
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
    check(all(re.fullmatch(r"u43-[ABC]\d\d", o["id"]) for o in out), "id format")
    for d in "ABC":
        nums_d = [int(o["id"][5:]) for o in out if o["id"][4] == d]
        check(nums_d == list(range(1, len(nums_d) + 1)), f"{d}: ids numbered without gaps")
    # coverage of the format traps
    a_ev = [o["evidence"] for o in out if o["doc"] == FILE_A and o["evidence"]]
    page4 = set(a_pages[3])
    check(cont_cat and any(e in page4 and e.startswith(cont_cat) for e in a_ev), "A: a question on the row whose category is continued over the page break")
    check(sum(1 for e in a_ev if " | " in e) >= 4, "A: 4+ questions answered by the landscape table")
    b_ev = [o["evidence"] for o in out if o["doc"] == FILE_B and o["evidence"]]
    form_lines = {ln for f in forms for ln in b_form_lines(f)}
    check(sum(1 for e in b_ev if e in form_lines) >= 7, "B: 7+ questions answered inside the layout tables")
    c_ev = [o["evidence"] for o in out if o["doc"] == FILE_C and o["evidence"]]
    qa_lines = {a for _, ans in C_QA for a in ans}
    grid_lines = {" | ".join(r) for r in C_GRID[1:]}
    flex_lines = {" | ".join(r) for r in C_FLEX[1:]}
    check(sum(1 for e in c_ev if e in qa_lines) >= 4 and sum(1 for e in c_ev if e in grid_lines) >= 3
          and any(e in flex_lines for e in c_ev), "C: questions on the <details> answers, the grid and the flex table")

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
    print(f"A: pages {orient}; table on pages {a_info['table_pages']} (rows {[len(p_[0]) - 1 for p_ in parts]}, header repeated); "
          f"break with {a_info['room_left'][0]:.0f} pt left < next row {a_info['next_row_h']:.0f} pt; "
          f"pdfplumber: {merged_none} cells under merges read None, continued category '{cont_cat}' an empty cell on page 4, "
          f"{wrapped} wrapped cells; fonts {sorted(fonts)}")
    print(f"B: {len(dx.paragraphs)} body paragraphs in python-docx vs {len(b_plain)} lines; {share:.0%} of the text inside "
          f"{len(dx.tables)} tables ({len(forms)} layout forms + 1 data table); 最高N万元 {maxes}")
    print(f"C: {len(c_plain)} lines; grid {len(C_GRID)}x5 cells as direct children, flex {len(C_FLEX)} rows, {len(det)} <details>")
    print("kinds:", dict(sorted(kc.items())), "docs:", dc)
    para = {i: r for i, r in runs.items() if next(q for q in Q if q["id"] == i)["kind"] == "paraphrase"}
    if para:
        print("longest common run: paraphrase max", max(para.values()), "at", max(para, key=para.get),
              "; other Chinese max", max(runs.values()), "at", max(runs, key=runs.get))
    if fails:
        print("FAILED:")
        for x in fails:
            print("  -", x)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
