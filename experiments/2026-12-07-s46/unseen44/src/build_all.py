#!/usr/bin/env python3
"""Build unseen44: three fictional policy documents --
  A  an ENGLISH-language text-layer PDF (reportlab, A4, one column) -- the official English translation of the
     Huizhou (惠州) municipal government's "Several Measures ... for Promoting Investment in Science and Technology
     Innovation" -- body in Liberation Serif (TrueType, embedded subset), one line of the Chinese original title in
     Noto Serif CJK SC, numbered measures full of look-alike RMB amounts / percentages / periods, a ruled table of
     subsidies (Table 1, wrapped English cells, bold header), people and places in pinyin, running header and
     "Page n of N" footer;
  B  a BILINGUAL Word .docx of Lianyungang (连云港市科学技术局 / 连云港市财政局) -- 连云港市国际科技合作项目管理办法 --
     every Chinese paragraph followed by its English translation paragraph (its own style, w:lang en-US), the article
     number typed in a bold run of its own (第一条 / Article 1), and a bilingual Word table whose every cell holds a
     Chinese paragraph and an English paragraph (header cells like "资助标准 Subsidy");
  C  a plain UTF-8 .txt 政策问答 of Jiujiang (九江市科学技术局) in 问：/答： form, figures written with full-width
     punctuation (15％, “6：4”, “46.8％”), and an appendix table given as comma-separated lines with a header line,
     one field double-quoted because it holds a comma;
their plain texts (plain/), 50 questions (questions.jsonl), then the consistency checks (exit 1 on any failure).
Writes only inside unseen44/. Deterministic: a rebuild is byte for byte identical.

Approach and helpers follow unseen40's builder nearly verbatim: the question table with a `hint` that must pick
exactly one evidence line, digit-bounded num_count (here also on NFKC-normalised text), keys / gkeys / near for
unanswerables, lcs_run for paraphrases, OpenCC for the cross-script questions, the PDF font helper cjk_ttf
(verbatim), the page-tracking BaseDocTemplate.afterFlowable build with header / footer callbacks, the pypdf
page-by-page text comparison, the pdfplumber table check, the hand-written .docx package with fixed zip timestamps
and the question-checking loop."""
import csv
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

FILE_A = "A_huizhou_cujin_keji_chuangxin_touzi_ruogan_cuoshi_english_translation.pdf"
FILE_B = "B_lianyungang_guoji_keji_hezuo_xiangmu_guanli_banfa_bilingual_zh_en.docx"
FILE_C = "C_jiujiang_qiye_yanfa_touru_ruogan_zhengce_zhengce_wenda_csv_appendix.txt"
FILES = {"A": FILE_A, "B": FILE_B, "C": FILE_C}

S2TW = opencc.OpenCC("s2tw")
S2TWP = opencc.OpenCC("s2twp")
S2HK = opencc.OpenCC("s2hk")
T2S = opencc.OpenCC("t2s")

NOTO = Path("/usr/share/fonts/opentype/noto")
FONT_CJK = (NOTO / "NotoSerifCJK-Regular.ttc", 2)  # Noto Serif CJK SC
LIB = Path("/usr/share/fonts/truetype/liberation")
FONT_EN = LIB / "LiberationSerif-Regular.ttf"
FONT_EN_BOLD = LIB / "LiberationSerif-Bold.ttf"
FONT_EN_ITALIC = LIB / "LiberationSerif-Italic.ttf"

# ---------------------------------------------------------------------------------------------------------------
# A: 惠州 measures, official English translation, as a one-column PDF. Kinds: orig (the Chinese original title, CJK
#    font), title, sub, disc (disclaimer, italic), h (section heading), p (paragraph; may split across a page break),
#    cap (table caption), table (ruled), note.
# ---------------------------------------------------------------------------------------------------------------
A_TABLE = [
    ["Support Item", "Subsidy Rate", "Annual Cap per Enterprise", "Disbursement"],
    ["Post-subsidy for R&D expense increase", "12% of the increase", "RMB 4 million", "Automatic, no application needed"],
    ["First-time high-tech enterprise certification", "Fixed amount", "RMB 350,000", "Automatic, no application needed"],
    ["Technology contract subsidy", "3% of the transaction amount", "RMB 1.2 million", "Annual application"],
    ["Innovation vouchers", "45% of the service fee", "RMB 250,000", "Redeemed quarterly"],
    ["Pilot-scale testing services", "35% of the service fee", "RMB 800,000", "Annual application"],
    ["Sharing of large scientific instruments", "25% of the service income", "RMB 600,000", "Annual application"],
]
A_HEADER = "Huizhou Municipal People's Government - Official English Translation (For Reference Only)"
A_BLOCKS = [
    ("orig", "惠州市促进科技创新投资若干措施（惠府规〔2026〕5号）"),
    ("title", "Several Measures of Huizhou Municipality for Promoting Investment in Science and Technology Innovation"),
    ("sub", "(Issued by the Huizhou Municipal People's Government on 18 May 2026, Document No. Hui Fu Gui [2026] No. 5)"),
    ("disc", "This English translation is provided for reference only. In case of any discrepancy between the Chinese and English versions, the Chinese version shall prevail."),
    ("h", "I. General Provisions"),
    ("p", "These Measures are formulated to implement the innovation-driven development strategy and attract high-quality science and technology investment to Huizhou. They apply to enterprises, R&D institutions and investment funds registered in Huicheng District, Huiyang District, Boluo County, Huidong County, Longmen County, Daya Bay Economic and Technological Development Zone and Zhongkai High-tech Industrial Development Zone (hereinafter collectively referred to as the \"counties and districts\")."),
    ("p", "\"Science and technology investment\" refers to investment in R&D facilities, pilot-scale testing lines, innovation platforms and technology-based start-ups. Unless otherwise specified, the funds required under these Measures shall be shared between the municipal finance and the finance of the counties and districts at a ratio of 5:5."),
    ("h", "II. Attracting Major Science and Technology Investment"),
    ("p", "1. Major R&D-oriented projects. For a newly introduced project whose R&D-related fixed-asset investment exceeds RMB 100 million, a subsidy of 8% of the actual investment in R&D equipment shall be granted, up to RMB 20 million per project."),
    ("p", "2. Regional R&D headquarters. Fortune Global 500 companies, China Top 500 enterprises and leading enterprises of key industrial chains that set up independent regional R&D headquarters in Huizhou with no fewer than 50 full-time R&D personnel shall receive a one-off reward of RMB 6 million."),
    ("p", "3. Foreign-invested R&D centres. Foreign-invested enterprises that set up R&D centres in Huizhou with no fewer than 30 full-time R&D personnel shall receive a subsidy of 20% of their purchases of R&D equipment, up to RMB 3 million per centre. The recognition of foreign-invested R&D centres shall be led by the Huizhou Municipal Bureau of Commerce, with the participation of the Municipal Bureau of Science and Technology."),
    ("p", "4. R&D space. New R&D institutions of introduced enterprises that rent research space shall receive a rent subsidy of RMB 30 per square metre per month for a floor area of up to 2,000 square metres, for a maximum of three years."),
    ("h", "III. Supporting Enterprise R&D Investment"),
    ("p", "5. The standards for the post-subsidy for R&D expense increases, certification rewards, technology contracts, innovation vouchers, pilot-scale testing and instrument sharing are set out in Table 1."),
    ("cap", "Table 1  Schedule of Subsidies for Enterprise R&D"),
    ("table", A_TABLE),
    ("p", "6. For high-tech enterprises whose R&D expenses account for more than 6% of their operating revenue, the annual cap on the post-subsidy for R&D expense increase may be raised by RMB 1 million. R&D expenses shall be based on the data for the additional deduction of R&D expenses in the annual corporate income tax settlement."),
    ("h", "IV. Building Innovation Platforms"),
    ("p", "7. New-type R&D institutions. New-type R&D institutions jointly established by enterprises with universities or research institutes shall, once recognised at the provincial level, receive a construction subsidy of 30% of their R&D equipment investment during the construction period, up to RMB 10 million; those recognised at the municipal level shall receive up to RMB 5 million."),
    ("p", "8. Engineering technology research centres. Newly recognised municipal engineering technology research centres shall receive a one-off reward of RMB 500,000; those rated excellent in the biennial performance evaluation shall receive an operating subsidy of RMB 300,000."),
    ("h", "V. Attracting Innovation Talent"),
    ("p", "9. Innovation teams. Innovation and entrepreneurship teams introduced through the Huizhou talent programme shall receive funding of up to RMB 15 million for Category A teams and up to RMB 8 million for Category B teams, allocated in instalments according to the progress of their projects. Applications from teams shall be assessed by an expert panel, and the assessment shall include an on-site inspection and a defence before the panel."),
    ("p", "10. Doctoral researchers. Enterprises that newly employ full-time doctoral researchers shall receive a living allowance of RMB 5,000 per person per month for a period of 24 months. Postdoctoral researchers entering enterprise postdoctoral workstations shall receive a living allowance of RMB 6,000 per person per month for a period of 36 months."),
    ("h", "VI. Technology Finance"),
    ("p", "11. Loan interest subsidies. For loans obtained by technology-based enterprises for R&D projects, an interest subsidy of 50% of the interest actually paid shall be granted, up to RMB 1.5 million per enterprise per year, for no more than two years."),
    ("p", "12. Technology insurance. Technology-based enterprises that purchase R&D expense loss insurance or first-set equipment insurance shall receive a premium subsidy of 40%, up to RMB 200,000 per enterprise per year."),
    ("p", "13. Venture capital. Venture capital funds registered in Huizhou that invest in seed-stage or early-stage technology-based enterprises in Huizhou shall receive a reward of 5% of the actual investment, up to RMB 2 million per fund per year. The Huizhou Technology Innovation Fund shall be set up with a total scale of RMB 3 billion."),
    ("p", "14. Risk compensation. Losses of principal on loans granted by cooperating banks to technology-based small and medium-sized enterprises shall be compensated by the municipal risk compensation fund pool at 60% of the principal loss."),
    ("h", "VII. Implementation and Supervision"),
    ("p", "15. The Huizhou Municipal Bureau of Science and Technology shall take the lead in organising the implementation of these Measures; the Huizhou Municipal Finance Bureau shall be responsible for fund guarantee and supervision; and the Huizhou Investment Promotion Centre shall be responsible for investment attraction and project introduction."),
    ("p", "16. Applications shall be submitted online through the Huizhou Enterprise Policy Service Platform. The application period is from 1 July to 31 July each year. The Municipal Bureau of Science and Technology, together with the Municipal Finance Bureau, shall complete the review within 40 working days after the application deadline, and the review results shall be publicised for 5 working days. Where there is no objection, the funds shall be disbursed within 20 working days after the end of the publicity period."),
    ("p", "17. The total support received by the same enterprise under these Measures in the same year shall not exceed RMB 30 million. Where the same item qualifies for several municipal supports, the enterprise shall receive the highest one only, and no duplicate support shall be granted."),
    ("p", "18. Enterprises that obtain funds by fraud shall have the funds recovered and shall be disqualified from applying for municipal science and technology funds for five years; where a crime is suspected, the case shall be transferred to the judicial authorities."),
    ("p", "19. These Measures shall come into force on 1 June 2026 and shall remain valid until 31 May 2029. The Several Measures of Huizhou Municipality on Supporting Enterprise R&D (Hui Fu [2022] No. 17) shall be repealed at the same time. These Measures shall be interpreted by the Huizhou Municipal Bureau of Science and Technology."),
    ("h", "Contact Information"),
    ("note", "Policy enquiries: High-tech Development Division, Huizhou Municipal Bureau of Science and Technology, contact person Ms. Zeng Xiaoling, Tel: 0752-2286417. Investment enquiries: Huizhou Investment Promotion Centre, contact person Mr. Ye Jianming, Tel: 0752-2193058."),
]
A_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+")


def a_footer(n, total):
    return f"Page {n} of {total}"


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
    cjk = "".join(sorted({ch for _, v in A_BLOCKS if isinstance(v, str) for m in A_CJK.findall(v) for ch in m}))
    pdfmetrics.registerFont(TTFont("U44Cjk", io.BytesIO(cjk_ttf(*FONT_CJK, cjk))))
    pdfmetrics.registerFont(TTFont("U44Serif", str(FONT_EN)))
    pdfmetrics.registerFont(TTFont("U44SerifBold", str(FONT_EN_BOLD)))
    pdfmetrics.registerFont(TTFont("U44SerifItalic", str(FONT_EN_ITALIC)))
    _FONTS_DONE.append(True)


def xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def a_markup(s):
    """Paragraph markup: XML-escaped, every CJK run put in the CJK font."""
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return A_CJK.sub(lambda m: f'<font name="U44Cjk">{m.group(0)}</font>', s)


def para_line_texts(fl):
    """The wrapped lines of a laid-out Paragraph (or of a fragment of a split one), read from reportlab's blPara:
    kind 0 lines are (extra space, [words]) tuples, kind 1 lines FragLines whose words carry .text. (unseen40)"""
    out = []
    for ln in fl.blPara.lines:
        if isinstance(ln, tuple):
            out.append(" ".join(ln[1]))
        else:
            out.append("".join(getattr(w, "text", "") for w in ln.words))
    return out


A_MARGIN_X, A_TOP, A_BOTTOM = 62, 72, 64


def build_pdf_a(total_pages=0):
    """Return (pdf bytes, pages, visual, info).
    pages[i] = the plain lines of page i+1: the running header, every block that STARTS on this page (a paragraph
    split over a page break is one line, listed where it starts; a table row is its cells joined by ' | '), the
    footer. visual[i] = the text pieces of page i+1 in drawing order. info: frags = [(block, page, [lines])],
    table_page."""
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle
    rl_config.invariant = 1
    register_fonts()
    W, H = A4

    class TPara(Paragraph):
        def split(self, aw, ah):
            parts = Paragraph.split(self, aw, ah)
            for p in parts:
                p._u44_block = self._u44_block
            return parts

    class WholePara(TPara):
        def split(self, aw, ah):
            return []

    class STable(Table):  # a table that may split at a page break; its parts keep the block index
        def split(self, aw, ah):
            parts = Table.split(self, aw, ah)
            for p in parts:
                p._u44_block = self._u44_block
            return parts

    body = ParagraphStyle("body", fontName="U44Serif", fontSize=11, leading=15, alignment=TA_JUSTIFY,
                          spaceAfter=6)
    st = {
        "orig": ParagraphStyle("orig", parent=body, fontSize=10.5, leading=16, alignment=TA_CENTER,
                               wordWrap="CJK", spaceAfter=4),
        "title": ParagraphStyle("title", parent=body, fontName="U44SerifBold", fontSize=15, leading=20,
                                alignment=TA_CENTER, spaceAfter=6),
        "sub": ParagraphStyle("sub", parent=body, alignment=TA_CENTER, fontSize=10.5, spaceAfter=6),
        "disc": ParagraphStyle("disc", parent=body, fontName="U44SerifItalic", fontSize=9.5, leading=13,
                               alignment=TA_CENTER, spaceAfter=10),
        "h": ParagraphStyle("h", parent=body, fontName="U44SerifBold", fontSize=12, leading=17, alignment=TA_LEFT,
                            spaceBefore=6, spaceAfter=4, keepWithNext=1),
        "p": body,
        "note": body,
        "cap": ParagraphStyle("cap", parent=body, fontName="U44SerifBold", fontSize=10.5, alignment=TA_CENTER,
                              spaceBefore=2, spaceAfter=4),
    }
    cell = ParagraphStyle("cell", fontName="U44Serif", fontSize=9.5, leading=12, alignment=TA_LEFT)
    cell_head = ParagraphStyle("cellh", parent=cell, fontName="U44SerifBold", alignment=TA_CENTER)
    fw = W - 2 * A_MARGIN_X
    flow = []
    for bi, (kind, val) in enumerate(A_BLOCKS):
        if kind == "table":
            data = [[Paragraph(xml_esc(c), cell_head if i == 0 else cell) for c in r] for i, r in enumerate(val)]
            t = STable(data, colWidths=[fw * 0.33, fw * 0.23, fw * 0.20, fw * 0.24], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]))
            t._u44_block = bi
            flow.append(t)
            flow.append(Spacer(1, 8))
            continue
        cls = WholePara if kind in ("h", "cap", "title", "orig", "sub", "disc") else TPara
        para = cls(a_markup(val), st[kind])
        para._u44_block = bi
        flow.append(para)

    def cell_text(c):  # a cell holds one Paragraph, possibly wrapped in a tuple / list by Table
        while isinstance(c, (list, tuple)):
            c = c[0]
        return c.getPlainText()

    pages, visual = [[]], [[]]
    info = {"frags": [], "table_page": [], "table_parts": []}

    class Doc(BaseDocTemplate):
        def afterFlowable(self, fl):
            while len(pages) < self.page:
                pages.append([])
                visual.append([])
            bi = getattr(fl, "_u44_block", None)
            if bi is None:
                return
            kind, val = A_BLOCKS[bi]
            if isinstance(fl, Table):  # the whole table, or one part of it (a later part repeats the header row)
                rows = [[cell_text(c) for c in r] for r in fl._cellvalues]
                info["table_page"].append(self.page)
                info["table_parts"].append((self.page, rows))
                pages[self.page - 1].extend(" | ".join(r) for r in rows)
                visual[self.page - 1].extend(c for r in rows for c in r)
                return
            lines = para_line_texts(fl)
            if not any(f[0] == bi for f in info["frags"]):
                pages[self.page - 1].append(val)
            info["frags"].append((bi, self.page, lines))
            visual[self.page - 1].append(" ".join(lines))

    def on_page(c, doc):
        c.saveState()
        c.setFont("U44SerifItalic", 8.5)
        c.drawCentredString(W / 2, H - 40, A_HEADER)
        c.setLineWidth(0.6)
        c.line(A_MARGIN_X, H - 46, W - A_MARGIN_X, H - 46)
        c.restoreState()

    def on_page_end(c, doc):
        c.saveState()
        c.setFont("U44Serif", 9)
        c.drawCentredString(W / 2, 34, a_footer(doc.page, total_pages or 0))
        c.restoreState()

    buf = io.BytesIO()
    doc = Doc(buf, pagesize=(W, H), leftMargin=A_MARGIN_X, rightMargin=A_MARGIN_X, topMargin=A_TOP,
              bottomMargin=A_BOTTOM, title=A_BLOCKS[1][1], author="Huizhou Municipal People's Government",
              subject="Official English Translation", creator="Huizhou Municipal People's Government", invariant=1)
    frame = Frame(A_MARGIN_X, A_BOTTOM, fw, H - A_TOP - A_BOTTOM, id="F", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page, onPageEnd=on_page_end)])
    doc.build(flow)
    n = len(pages)
    out = [[A_HEADER] + b + [a_footer(i + 1, n)] for i, b in enumerate(pages)]
    vis = [[A_HEADER] + v + [a_footer(i + 1, n)] for i, v in enumerate(visual)]
    return buf.getvalue(), out, vis, info


def pdf_page_texts(path):
    from pypdf import PdfReader
    r = PdfReader(str(path))
    return [p.extract_text() or "" for p in r.pages], r


# ---------------------------------------------------------------------------------------------------------------
# B: 连云港 管理办法, bilingual .docx: every Chinese paragraph followed by its English translation paragraph.
#    B_BODY: ("title" | "sub" | "chap" | "cap" | "note", zh, en), ("art", zh, en) = an article (the builder types
#    "第N条　" / "Article N " in front, each in a bold run of its own), ("table", B_TABLE).
# ---------------------------------------------------------------------------------------------------------------
B_TITLE = ("连云港市国际科技合作项目管理办法",
           "Measures of Lianyungang Municipality for the Administration of International Science and Technology Cooperation Projects")
B_TABLE = [  # each cell: (Chinese paragraph, English paragraph)
    [("项目类别", "Project Category"), ("资助比例", "Funding Ratio"), ("资助标准", "Subsidy"), ("实施期限", "Duration")],
    [("联合研发项目", "Joint R&D Projects"), ("不超过项目研发投入的30%", "Up to 30 percent of R&D input"),
     ("最高80万元", "Up to RMB 800,000"), ("36个月", "36 months")],
    [("技术引进消化吸收项目", "Technology Introduction and Absorption Projects"),
     ("不超过技术合同实付额的20%", "Up to 20 percent of contract payments"), ("最高60万元", "Up to RMB 600,000"),
     ("24个月", "24 months")],
    [("国际合作平台项目", "International Cooperation Platform Projects"),
     ("不超过平台建设投入的25%", "Up to 25 percent of construction input"), ("最高150万元", "Up to RMB 1.5 million"),
     ("48个月", "48 months")],
    [("国际联合实验室项目", "International Joint Laboratory Projects"),
     ("不超过实验室建设投入的35%", "Up to 35 percent of construction input"), ("最高120万元", "Up to RMB 1.2 million"),
     ("36个月", "36 months")],
]
B_BODY = [
    ("title",) + B_TITLE,
    ("sub", "（2026年6月10日连云港市科学技术局　连云港市财政局印发　连科规〔2026〕3号）",
     "(Issued by the Lianyungang Municipal Bureau of Science and Technology and the Lianyungang Municipal Finance Bureau on 10 June 2026, Lian Ke Gui [2026] No. 3)"),
    ("chap", "第一章　总则", "Chapter I General Provisions"),
    ("art", "为加强国际科技合作项目管理，规范专项资金使用，提高资金使用效益，推动我市企业、高校和科研院所深度融入全球创新网络，根据国家和江苏省有关规定，结合我市实际，制定本办法。",
     "These Measures are formulated in accordance with the relevant provisions of the State and Jiangsu Province and in light of the actual conditions of the city, in order to strengthen the administration of international science and technology cooperation projects, regulate the use of the special funds, improve their efficiency, and help enterprises, universities and research institutes of the city integrate deeply into the global innovation network."),
    ("art", "本办法所称国际科技合作项目，是指本市企业、高校、科研院所与国（境）外企业、大学、科研机构联合开展的研究开发、技术引进和平台建设项目，分为联合研发项目、技术引进消化吸收项目、国际合作平台项目和国际联合实验室项目四类。",
     "For the purposes of these Measures, international science and technology cooperation projects refer to R&D, technology introduction and platform construction projects carried out by enterprises, universities and research institutes of the city jointly with foreign (overseas) enterprises, universities and research institutions. They fall into four categories: joint R&D projects, technology introduction and absorption projects, international cooperation platform projects and international joint laboratory projects."),
    ("art", "市财政每年安排国际科技合作专项资金2000万元，采取前资助与后补助相结合的方式使用。专项资金实行预算管理，专款专用。",
     "The municipal finance shall allocate RMB 20 million each year as special funds for international science and technology cooperation, to be used through a combination of advance funding and post-subsidies. The special funds shall be subject to budget management and used exclusively for their designated purposes."),
    ("chap", "第二章　职责分工", "Chapter II Division of Responsibilities"),
    ("art", "市科学技术局牵头负责国际科技合作项目的组织管理，主要职责是编制年度申报指南，组织项目申报、评审和立项，开展项目跟踪管理和验收。",
     "The Lianyungang Municipal Bureau of Science and Technology shall take the lead in the organisation and administration of international science and technology cooperation projects. Its main duties are to prepare the annual application guidelines, organise project applications, reviews and approvals, and carry out follow-up management and acceptance checks."),
    ("art", "市财政局负责专项资金的预算安排和资金拨付，并牵头组织项目绩效评价，市科学技术局予以配合。",
     "The Lianyungang Municipal Finance Bureau shall be responsible for the budgeting and disbursement of the special funds and shall lead the performance evaluation of projects, with the cooperation of the Municipal Bureau of Science and Technology."),
    ("art", "市外事办公室负责为项目邀请的外籍专家办理来华邀请函件，协助做好外籍专家在连工作期间的服务保障。",
     "The Lianyungang Municipal Foreign Affairs Office shall be responsible for issuing letters of invitation to China for foreign experts invited under the projects and for assisting in the services provided to them while they work in Lianyungang."),
    ("art", "各县区科技主管部门和连云港经济技术开发区、徐圩新区科技管理部门（以下统称“县区科技部门”）负责本辖区项目的申报受理、初审推荐和日常监管。",
     "The science and technology authorities of the counties and districts, the Lianyungang Economic and Technological Development Zone and Xuwei New Area (hereinafter collectively the \"county and district science and technology departments\") shall be responsible for accepting applications, preliminary review and recommendation, and the day-to-day supervision of projects within their jurisdictions."),
    ("chap", "第三章　支持内容和标准", "Chapter III Support and Standards"),
    ("art", "四类国际科技合作项目的资助比例、资助标准和实施期限按附表执行；项目实施期限自任务书签订之日起计算。",
     "The funding ratio, subsidy and duration of each of the four categories of projects shall be as set out in the Annex Table; the duration of a project shall be counted from the date on which its task agreement is signed."),
    ("art", "对新获批的国家级国际科技合作基地，给予一次性奖励200万元；对新获批的国家级引才引智示范基地，给予一次性奖励50万元。",
     "A one-off reward of RMB 2 million shall be granted to each newly approved national-level international science and technology cooperation base, and a one-off reward of RMB 500,000 to each newly approved national-level demonstration base for introducing foreign talent and expertise."),
    ("art", "对企业引进的外籍高层次专家，按其在连工作期间实际发放薪酬的45%给予补贴，每人每年最高30万元，补贴期限不超过3年。",
     "For high-level foreign experts introduced by enterprises, a subsidy of 45 percent of the remuneration actually paid to them during their work in Lianyungang shall be granted, up to RMB 300,000 per person per year, for no more than three years."),
    ("art", "在本市举办的国际学术会议，境外参会代表不少于30人的，按会议实际支出的50%给予补助，每场最高15万元。",
     "For international academic conferences held in the city with no fewer than 30 overseas delegates, a subsidy of 50 percent of the actual conference expenditure shall be granted, up to RMB 150,000 per conference."),
    ("art", "企业在境外设立研发中心、离岸孵化器的，按其上年度实际投入的10%给予补助，最高100万元。",
     "Enterprises that set up R&D centres or offshore incubators outside the Chinese mainland shall receive a subsidy of 10 percent of their actual input in the previous year, up to RMB 1 million."),
    ("art", "同一单位同一年度获得的专项资金资助总额不超过300万元；同一事项已获得市级其他财政资金支持的，不再重复支持。",
     "The total funding obtained by the same entity from the special funds in the same year shall not exceed RMB 3 million; an item that has already received support from other municipal fiscal funds shall not be supported again."),
    ("chap", "第四章　申报和评审", "Chapter IV Application and Review"),
    ("art", "申报单位应当在本市注册登记满1年，与国（境）外合作方签订合作协议，明确双方权利义务和知识产权归属；项目负责人年龄不超过55周岁。",
     "An applicant shall have been registered in the city for at least one year and shall have signed a cooperation agreement with its foreign (overseas) partner that specifies the rights and obligations of both parties and the ownership of intellectual property; the project leader shall be no older than 55 years of age."),
    ("art", "市科学技术局每年3月发布申报指南，申报时间为每年4月1日至4月30日。县区科技部门自申报截止之日起10个工作日内完成初审并推荐。",
     "The Municipal Bureau of Science and Technology shall publish the application guidelines in March each year, and applications shall be submitted from 1 April to 30 April each year. The county and district science and technology departments shall complete the preliminary review and recommendation within 10 working days after the application deadline."),
    ("art", "市科学技术局自受理截止之日起30个工作日内组织专家评审，每个评审组专家不少于7人，其中熟悉国际合作业务的专家不少于2人。",
     "The Municipal Bureau of Science and Technology shall organise the expert review within 30 working days after the acceptance deadline. Each review panel shall consist of no fewer than seven experts, at least two of whom shall be familiar with international cooperation."),
    ("art", "评审结果在市科学技术局门户网站公示，公示期为7个工作日；公示期间有异议的，市科学技术局在15个工作日内组织核实并书面反馈。",
     "The review results shall be publicised on the portal website of the Municipal Bureau of Science and Technology for seven working days; where an objection is raised during the publicity period, the Bureau shall organise verification and reply in writing within 15 working days."),
    ("chap", "第五章　项目实施和验收", "Chapter V Implementation and Acceptance"),
    ("art", "立项单位应当在立项通知下达后20个工作日内签订项目任务书。任务书签订后拨付资助资金的60%，项目通过验收后拨付其余资金。",
     "A project undertaker shall sign the project task agreement within 20 working days after the project approval notice is issued. Sixty percent of the funding shall be disbursed after the task agreement is signed, and the remainder after the project passes the acceptance check."),
    ("art", "项目实施期满后，项目承担单位应当在3个月内提出验收申请；市科学技术局在收到验收申请后45个工作日内组织验收。",
     "After the implementation period expires, the project undertaker shall apply for acceptance within three months; the Municipal Bureau of Science and Technology shall organise the acceptance check within 45 working days after receiving the application."),
    ("art", "项目确需延期的，应当在实施期满前2个月提出申请，延期不超过6个月，且只能申请一次。",
     "Where an extension is truly necessary, the application shall be made two months before the end of the implementation period; the extension shall not exceed six months and may be applied for only once."),
    ("chap", "第六章　监督管理", "Chapter VI Supervision and Administration"),
    ("art", "市科学技术局会同市财政局每年对在研项目开展随机抽查，抽查比例不低于在研项目总数的10%。",
     "The Municipal Bureau of Science and Technology, together with the Municipal Finance Bureau, shall carry out random inspections of ongoing projects each year, covering no less than 10 percent of all ongoing projects."),
    ("art", "项目承担单位存在弄虚作假、截留挪用专项资金等行为的，追回已拨付资金，5年内取消其申报市级科技项目资格，并纳入科研诚信记录。",
     "Where a project undertaker commits fraud or withholds or misappropriates the special funds, the funds disbursed shall be recovered, the undertaker shall be disqualified from applying for municipal science and technology projects for five years, and the case shall be entered into the research integrity records."),
    ("art", "项目承担单位应当妥善保存项目档案，保存期限不少于10年。",
     "Project undertakers shall properly keep project files for no less than 10 years."),
    ("chap", "第七章　附则", "Chapter VII Supplementary Provisions"),
    ("art", "本办法由市科学技术局、市财政局负责解释。",
     "These Measures shall be interpreted by the Municipal Bureau of Science and Technology and the Municipal Finance Bureau."),
    ("art", "本办法自2026年7月1日起施行，有效期5年。《连云港市国际科技合作专项资金管理办法》（连科发〔2020〕41号）同时废止。",
     "These Measures shall come into force on 1 July 2026 and shall be valid for five years. The Measures of Lianyungang for the Administration of Special Funds for International Science and Technology Cooperation (Lian Ke Fa [2020] No. 41) shall be repealed at the same time."),
    ("art", "本办法中文文本与英文译文如有不一致，以中文文本为准。",
     "In case of any discrepancy between the Chinese text and the English translation of these Measures, the Chinese text shall prevail."),
    ("cap", "附表　连云港市国际科技合作项目资助标准",
     "Annex Table  Funding Standards for International Science and Technology Cooperation Projects of Lianyungang"),
    ("table", B_TABLE),
    ("note", "注：资助比例以经审核确认的项目投入为基数计算。",
     "Note: The funding ratio shall be calculated on the basis of the project input confirmed by review."),
]
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CN_DIGITS = "零一二三四五六七八九"
ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]


def chinese_counting(n):
    """一 … 十, 十一 … 十九, 二十, 二十一 … (1-99). (unseen40)"""
    if n < 10:
        return CN_DIGITS[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN_DIGITS[t]) + "十" + ("" if u == 0 else CN_DIGITS[u])


def b_paragraphs():
    """[(kind, lang, [(text, bold)] runs)] for every body paragraph, and the table position: the designed document.
    An article's Chinese paragraph is [("第N条", bold), ("　" + text)]; its English one [("Article N", bold),
    (" " + text)]."""
    out, n = [], 0
    for item in B_BODY:
        kind = item[0]
        if kind == "table":
            out.append(("table", None, None))
            continue
        zh, en = item[1], item[2]
        if kind == "art":
            n += 1
            out.append((kind, "zh", [(f"第{chinese_counting(n)}条", True), ("　" + zh, False)]))
            out.append((kind, "en", [(f"Article {n}", True), (" " + en, False)]))
        else:
            out.append((kind, "zh", [(zh, kind in ("chap", "cap"))]))
            out.append((kind, "en", [(en, kind in ("chap", "cap"))]))
    return out


def b_expected_lines():
    out = []
    for kind, lang, runs in b_paragraphs():
        if kind == "table":
            out += [" | ".join(f"{z} {e}" for z, e in r) for r in B_TABLE]
        else:
            out.append("".join(t for t, _ in runs))
    return out


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
        f"<dc:title>{xml_esc(B_TITLE[0])} {xml_esc(B_TITLE[1])}</dc:title><dc:creator>连云港市科学技术局</dc:creator>"
        "<cp:lastModifiedBy>连云港市科学技术局</cp:lastModifiedBy><cp:revision>5</cp:revision>"
        '<dc:language>zh-CN</dc:language>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-06-02T08:30:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-06-10T15:05:00Z</dcterms:modified>'
        "</cp:coreProperties>")
    parts["docProps/app.xml"] = decl + (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        "<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity></Properties>")
    parts["word/settings.xml"] = decl + (
        f'<w:settings {w}><w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/>'
        '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        "</w:settings>")
    parts["word/styles.xml"] = decl + (
        f"<w:styles {w}>"
        '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
        'w:eastAsia="仿宋_GB2312" w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="30"/><w:szCs w:val="30"/>'
        '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:spacing w:line="500" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
        '<w:pPr><w:ind w:firstLineChars="200" w:firstLine="600"/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="EnglishText"><w:name w:val="English Text"/><w:basedOn w:val="Normal"/>'
        '<w:qFormat/><w:pPr><w:spacing w:after="200" w:line="320" w:lineRule="auto"/><w:ind w:firstLine="0"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:color w:val="404040"/><w:sz w:val="24"/><w:szCs w:val="24"/>'
        '<w:lang w:val="en-US" w:eastAsia="en-US"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
        '<w:qFormat/><w:pPr><w:spacing w:before="240" w:after="60" w:line="600" w:lineRule="exact"/><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr>'
        '<w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="TitleEnglish"><w:name w:val="Title English"/><w:basedOn w:val="EnglishText"/>'
        '<w:qFormat/><w:pPr><w:spacing w:after="240"/><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/>'
        '<w:qFormat/><w:pPr><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
        '<w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240"/><w:ind w:firstLine="0"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr>'
        '<w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Heading1English"><w:name w:val="Heading 1 English"/><w:basedOn w:val="EnglishText"/>'
        '<w:qFormat/><w:pPr><w:keepNext/><w:jc w:val="center"/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/>'
        '<w:pPr><w:spacing w:line="300" w:lineRule="exact"/><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="TableTextEnglish"><w:name w:val="Table Text English"/><w:basedOn w:val="TableText"/>'
        '<w:rPr><w:color w:val="404040"/><w:sz w:val="18"/><w:szCs w:val="18"/><w:lang w:val="en-US" w:eastAsia="en-US"/></w:rPr></w:style>'
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>'
        '<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
        '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>'
        '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        "</w:tblBorders></w:tblPr></w:style>"
        "</w:styles>")
    style_of = {("title", "zh"): "Title", ("title", "en"): "TitleEnglish", ("sub", "zh"): "Subtitle",
                ("sub", "en"): "EnglishText", ("chap", "zh"): "Heading1", ("chap", "en"): "Heading1English",
                ("cap", "zh"): "Subtitle", ("cap", "en"): "EnglishText", ("art", "zh"): None,
                ("art", "en"): "EnglishText", ("note", "zh"): None, ("note", "en"): "EnglishText"}

    def run(text, bold=False, en=False):
        rpr = ""
        if bold or en:
            rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + ('<w:lang w:val="en-US"/>' if en else "") + "</w:rPr>"
        return f'<w:r>{rpr}<w:t xml:space="preserve">{xml_esc(text)}</w:t></w:r>'

    def para(runs, style, en):
        ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        return f"<w:p>{ppr}" + "".join(run(t, b, en) for t, b in runs) + "</w:p>"

    body = []
    for kind, lang, runs in b_paragraphs():
        if kind == "table":
            widths = [2500, 2300, 2000, 1500]
            t = ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="8300" w:type="dxa"/><w:jc w:val="center"/>'
                 '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
                 "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{x}"/>' for x in widths) + "</w:tblGrid>")
            for ri, row in enumerate(B_TABLE):
                t += "<w:tr>" + ("<w:trPr><w:tblHeader/></w:trPr>" if ri == 0 else "")
                for ci, (zc, ec) in enumerate(row):
                    t += (f'<w:tc><w:tcPr><w:tcW w:w="{widths[ci]}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>'
                          + para([(zc, ri == 0)], "TableText", False) + para([(ec, ri == 0)], "TableTextEnglish", True)
                          + "</w:tc>")
                t += "</w:tr>"
            body.append(t + "</w:tbl>")
        else:
            body.append(para(runs, style_of[(kind, lang)], lang == "en"))
    body.append('<w:p/><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1984" w:right="1474" w:bottom="1701" '
                'w:left="1588" w:header="851" w:footer="992" w:gutter="0"/><w:docGrid w:type="lines" w:linePitch="500"/></w:sectPr>')
    parts["word/document.xml"] = decl + f"<w:document {w}><w:body>" + "".join(body) + "</w:body></w:document>"
    return parts


def b_docx_bytes():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, xml in b_docx_parts().items():
            zi = zipfile.ZipInfo(name, date_time=(2026, 6, 10, 15, 5, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, xml.encode("utf-8"))
    return buf.getvalue()


def docx_read(path):
    """What a reader shows: the body's paragraphs (all runs' text joined) and table rows in order; a table cell is
    its paragraphs joined by one space, a row its cells joined by ' | '. Returns (plain lines, tables, [(style,
    lang of the first run, text)] of body paragraphs)."""
    from lxml import etree
    ns = {"w": W_NS}
    q = lambda t: f"{{{W_NS}}}{t}"  # noqa: E731
    with zipfile.ZipFile(path) as z:
        doc = etree.fromstring(z.read("word/document.xml"))
    lines, tables, paras = [], [], []
    for el in doc.find("w:body", ns):
        if el.tag == q("p"):
            text = "".join(t.text or "" for t in el.iter(q("t")))
            if text:
                st = el.find("w:pPr/w:pStyle", ns)
                lang = el.find(".//w:rPr/w:lang", ns)
                paras.append((st.get(q("val")) if st is not None else "Normal",
                              lang.get(q("val")) if lang is not None else "", text))
                lines.append(text)
        elif el.tag == q("tbl"):
            rows = []
            for tr in el.findall("w:tr", ns):
                rows.append([" ".join("".join(t.text or "" for t in p.iter(q("t"))) for p in tc.findall("w:p", ns))
                             for tc in tr.findall("w:tc", ns)])
            tables.append(rows)
            lines += [" | ".join(r) for r in rows]
    return lines, tables, paras


# ---------------------------------------------------------------------------------------------------------------
# C: 九江 政策问答 as a UTF-8 .txt (LF): title, issuer line, intro, headings 一、…, 问：/答： pairs separated by blank
#    lines, figures with full-width punctuation (％, “6：4”), and an appendix table as CSV lines (header line first,
#    one field double-quoted because it holds an ASCII comma).
# ---------------------------------------------------------------------------------------------------------------
C_TABLE = [
    ["序号", "平台类型", "国家级", "省级", "市级", "兑现方式"],
    ["1", "重点实验室", "300万元", "80万元", "18万元", "免申即享"],
    ["2", "工程技术研究中心", "250万元", "70万元", "16万元", "免申即享"],
    ["3", "新型研发机构", "400万元", "120万元", "40万元", "依申请"],
    ["4", "企业技术中心,含分中心", "180万元", "45万元", "12万元", "依申请"],
    ["5", "科技企业孵化器", "150万元", "35万元", "9万元", "依申请"],
]
C_CAPTION = "附件：九江市企业研发平台一次性奖励标准一览表"
C_LINES = [
    ("title", "《九江市支持企业加大研发投入若干政策》政策问答"),
    ("meta", "发布单位：九江市科学技术局　　发布日期：2026年4月20日"),
    ("p", "为便于企业准确理解和用足用好政策，现就《九江市支持企业加大研发投入若干政策》（九府办发〔2026〕12号，以下简称《若干政策》）有关问题解答如下。"),
    ("h", "一、总体情况"),
    ("q", "《若干政策》的适用范围是什么？"),
    ("a", "在九江市行政区域内（含浔阳区、濂溪区、柴桑区、瑞昌市、共青城市、庐山市、修水县、武宁县、永修县、德安县、都昌县、湖口县、彭泽县，以及九江经济技术开发区、八里湖新区）依法注册、具有独立法人资格的企业，均可按规定申请。"),
    ("q", "《若干政策》从什么时候开始执行？"),
    ("a", "自2026年5月1日起施行，有效期3年。执行期间国家、省出台新规定的，从其规定。"),
    ("q", "出台《若干政策》的主要考虑是什么？"),
    ("a", "截至2025年底，全市规模以上工业企业中有研发活动的企业占比为“46.8％”，全社会研发投入强度为1.92％，与全省平均水平仍有差距。《若干政策》着眼于引导企业把研发投入“加上去”、把研发平台“建起来”，力争到2028年全市研发投入强度达到2.3％。"),
    ("h", "二、研发投入奖补"),
    ("q", "研发投入增量奖补的标准是多少？"),
    ("a", "对上年度研发费用较上一年度增长的规模以上工业企业，按增量部分的15％给予奖补，单家企业每年最高200万元。"),
    ("q", "首次开展研发活动的企业能享受什么支持？"),
    ("a", "规模以上工业企业首次填报研发费用且上年度研发费用不低于50万元的，给予一次性奖励8万元。"),
    ("q", "研发投入强度较高的企业还有额外奖励吗？"),
    ("a", "有。研发费用占营业收入比例达到5％以上的高新技术企业，在增量奖补基础上，再按上年度研发费用总额的1％给予奖励，单家企业每年最高60万元。"),
    ("q", "建立研发准备金制度有什么好处？"),
    ("a", "对建立研发准备金制度并按计划提取的企业，按上年度研发准备金实际提取额的3％给予补助，单家企业最高30万元。"),
    ("q", "研发费用按什么口径认定？"),
    ("a", "以企业所得税年度汇算清缴中享受加计扣除的研发费用为准，由市科技局会同市税务局、市统计局核定，企业无需另行提交专项审计报告。"),
    ("h", "三、科技金融支持"),
    ("q", "科技贷款贴息怎么支持？"),
    ("a", "对科技型企业获得的“科创贷”贷款，按实际支付利息的50％给予贴息，单家企业每年最高100万元，贴息期限不超过2年。"),
    ("q", "知识产权质押融资有没有补助？"),
    ("a", "对以专利、商标质押获得贷款的企业，按评估费、担保费实际支出的“60％”给予补助，单家企业每年最高20万元。"),
    ("h", "四、研发平台奖励"),
    ("q", "新认定的研发平台有哪些奖励？"),
    ("a", "对新认定的国家级、省级、市级研发平台，按附件一览表给予一次性奖励；同一平台晋升等级的，按差额补足。"),
    ("q", "研发平台的奖励需要企业申请吗？"),
    ("a", "重点实验室和工程技术研究中心的奖励由市科技局根据认定文件直接兑现，企业无需申请；其他平台的奖励需企业在申报期内提出申请。"),
    ("h", "五、申报和兑现"),
    ("q", "需要申请的事项什么时候申报？"),
    ("a", "每年9月1日—9月30日，企业通过“九江市惠企政策直达平台”在线申报，逾期不予受理。研发投入增量奖补不需申报，由系统根据税务、统计数据自动生成兑现清单。"),
    ("q", "审核、兑现要多长时间？"),
    ("a", "县（市、区）科技部门自申报截止之日起10个工作日内完成初审；市科技局会同市财政局在25个工作日内完成复核，复核结果公示5个工作日，无异议的在公示期满后15个工作日内拨付资金。"),
    ("q", "奖补资金由谁承担？"),
    ("a", "市级与县（市、区）按“6：4”比例分担；对九江经济技术开发区、八里湖新区企业的奖补，由市级与开发区（新区）按“5：5”比例分担。"),
    ("q", "政策由哪个部门牵头落实？"),
    ("a", "《若干政策》的组织实施由市科技局牵头，市财政局负责资金保障和监督，市税务局、市统计局负责研发费用数据核定，各县（市、区）负责政策宣传和初审。"),
    ("q", "同一企业可以同时享受多项奖补吗？"),
    ("a", "同一企业同一事项符合多项政策的，按“就高、不重复”原则执行；单家企业每年累计获得的奖补资金不超过500万元。"),
    ("q", "企业弄虚作假会有什么后果？"),
    ("a", "一经查实，追回已拨付资金，纳入信用记录，并取消其3年内申报市级科技奖补的资格。"),
    ("q", "还有问题可以咨询谁？"),
    ("a", "九江市科学技术局创新发展科，联系人邹晓梅，电话：0792-8226147；也可拨打12345政务服务便民热线。"),
    ("cap", C_CAPTION),
    ("table", C_TABLE),
]


def csv_line(row):
    """One CSV line as Excel writes it: a field is double-quoted only when it holds a comma or a quote."""
    out = []
    for c in row:
        out.append('"' + c.replace('"', '""') + '"' if ("," in c or '"' in c) else c)
    return ",".join(out)


def c_file_lines():
    out = []
    for kind, text in C_LINES:
        if kind == "table":
            out += [csv_line(r) for r in text]
            continue
        if kind in ("h", "q", "cap") and out:
            out.append("")  # a blank line before every heading, question and the appendix
        if kind == "q":
            out.append("问：" + text)
        elif kind == "a":
            out.append("答：" + text)
        else:
            out.append(text)
            if kind == "cap":
                out.append("")
    return out


def c_expected_plain():
    out = []
    for kind, text in C_LINES:
        if kind == "table":
            out += [" | ".join(r) for r in text]
        else:
            out.append({"q": "问：", "a": "答："}.get(kind, "") + text)
    return out


def c_read(text):
    """Plain lines of C: each non-empty line stripped; after the 附件 caption, every line is a CSV record (csv
    module), its fields joined by ' | '."""
    out, rows, in_table = [], [], False
    for ln in text.split("\n"):
        s = ln.strip()
        if not s:
            continue
        if in_table:
            cells = next(csv.reader([s]))
            rows.append(cells)
            out.append(" | ".join(cells))
        else:
            out.append(s)
            if s == C_CAPTION:
                in_table = True
    return out, rows


# ---------------------------------------------------------------------------------------------------------------
# Questions. hint: a substring that must pick exactly one plain line of the doc (the evidence line).
# traditional: written in Simplified (qs) and converted with OpenCC s2tw. Unanswerable: keys = regexes absent from the
# doc (plain, raw, converted; each key also tried in s2tw / s2twp / s2hk / t2s form); gkeys = the same over all docs
# (and named in the question); near = terms present in the doc. table: col = index of the answer's column.
# who_leads: verb (in the evidence, after the answer within one clause) and qverb (in the question). typo:
# wrong/right forms (one character apart). A is English: its Chinese-kind questions have English answer spans.
# ---------------------------------------------------------------------------------------------------------------
Q = [
    # ---- A 惠州 English translation (PDF; 16)
    dict(id="u44-A01", doc="A", kind="table", q="惠州企业研发费用比上年增长的，增量后补助每家每年最多能拿多少？", a="RMB 4 million", hint="Post-subsidy for R&D expense increase | ", col=2),
    dict(id="u44-A02", doc="A", kind="table", q="惠州企业购买中试服务，按服务费的多大比例给补贴？", a="35%", hint="Pilot-scale testing services | ", col=1),
    dict(id="u44-A03", doc="A", kind="who_leads", q="惠州这份促进科技创新投资的措施由哪个部门牵头组织实施？", a="Huizhou Municipal Bureau of Science and Technology", hint="shall take the lead in organising", verb="take the lead", qverb="牵头"),
    dict(id="u44-A04", doc="A", kind="paraphrase", q="在惠州，外资公司新建研发中心买研发设备，政府补多大比例？", a="20%", hint="3. Foreign-invested R&D centres."),
    dict(id="u44-A05", doc="A", kind="paraphrase", q="惠州企业新招的全职博士，每人每月生活补贴多少钱？", a="RMB 5,000", hint="10. Doctoral researchers."),
    dict(id="u44-A06", doc="A", kind="paraphrase", q="在惠州想咨询招商引资方面的问题，联系人是谁？", a="Ye Jianming", hint="Investment enquiries"),
    dict(id="u44-A07", doc="A", kind="typo", q="慧州首次认定的高新技术企业能拿到多少奖励？", a="RMB 350,000", hint="First-time high-tech enterprise certification | ", wrong="慧州", right="惠州"),
    dict(id="u44-A08", doc="A", kind="typo", q="惠州若干错施里，企业买科技保险，保费补贴比例是多少？", a="40%", hint="12. Technology insurance.", wrong="错施", right="措施"),
    dict(id="u44-A09", doc="A", kind="traditional", qs="惠州的企业设立区域研发总部，一次性奖励多少？", a="RMB 6 million", hint="2. Regional R&D headquarters."),
    dict(id="u44-A10", doc="A", kind="english", q="What is the maximum subsidy per project for a newly introduced major R&D-oriented project in Huizhou?", a="RMB 20 million", hint="1. Major R&D-oriented projects."),
    dict(id="u44-A11", doc="A", kind="english", q="Within how many working days after the application deadline must Huizhou's science and technology bureau and finance bureau complete the review?", a="40 working days", hint="16. Applications shall be submitted"),
    dict(id="u44-A12", doc="A", kind="english", q="What is the maximum annual reward per venture capital fund that invests in early-stage technology enterprises in Huizhou?", a="RMB 2 million", hint="13. Venture capital."),
    dict(id="u44-A13", doc="A", kind="english_unanswerable", q="How much is the one-off award Huizhou gives to a newly recognised national key laboratory?", keys=["aborator", "实验室", "[Kk]ey lab"], near=["Engineering technology research centres"]),
    dict(id="u44-A14", doc="A", kind="unanswerable", q="河源市对新设立的外资研发中心补贴多少？", gkeys=["河源", "Heyuan"], near=["Foreign-invested R&D centres"]),
    dict(id="u44-A15", doc="A", kind="unanswerable", q="惠州2025年一共引进了多少个重大研发型项目？", keys=["2025"], near=["Major R&D-oriented projects"]),
    dict(id="u44-A16", doc="A", kind="unanswerable", q="惠州市人力资源和社会保障局在博士生活补贴发放中负责哪些工作？", keys=["人力资源", "Human Resources", "Social Security"], near=["Doctoral researchers"]),
    # ---- B 连云港 bilingual docx (19)
    dict(id="u44-B01", doc="B", kind="table", q="连云港的技术引进消化吸收类项目，单个项目最多资助多少钱？", a="60万元", hint="技术引进消化吸收项目 Technology", col=2),
    dict(id="u44-B02", doc="B", kind="table", q="连云港国际合作平台类项目最长可以做多久？", a="48个月", hint="国际合作平台项目 International", col=3),
    dict(id="u44-B03", doc="B", kind="table", q="连云港国际联合实验室项目，资助最多能占到建设投入的多少？", a="35%", hint="国际联合实验室项目 International", col=1),
    dict(id="u44-B04", doc="B", kind="who_leads", q="连云港国际科技合作项目的绩效评价由哪个部门牵头组织？", a="市财政局", hint="第五条", verb="牵头", qverb="牵头"),
    dict(id="u44-B05", doc="B", kind="english", q="How much special funding does Lianyungang's municipal finance allocate each year for international science and technology cooperation?", a="RMB 20 million", hint="Article 3 "),
    dict(id="u44-B06", doc="B", kind="english", q="What is the maximum annual subsidy per person for a high-level foreign expert introduced by an enterprise in Lianyungang?", a="RMB 300,000", hint="high-level foreign experts introduced"),
    dict(id="u44-B07", doc="B", kind="english", q="Within how many working days after the acceptance deadline does Lianyungang's science and technology bureau organise the expert review?", a="30 working days", hint="organise the expert review"),
    dict(id="u44-B08", doc="B", kind="english", q="On what date do Lianyungang's measures for international science and technology cooperation projects come into force?", a="1 July 2026", hint="shall come into force"),
    dict(id="u44-B09", doc="B", kind="english_unanswerable", q="How much does Lianyungang award a newly approved provincial-level international science and technology cooperation base?", keys=["省级", "rovincial"], near=["国家级国际科技合作基地", "national-level international science and technology cooperation base"]),
    dict(id="u44-B10", doc="B", kind="paraphrase", q="连云港承办跨国学术研讨活动，单次最多能补贴多少？", a="15万元", hint="境外参会代表"),
    dict(id="u44-B11", doc="B", kind="paraphrase", q="连云港一个单位一年里从这笔合作专项钱中总共最多拿多少？", a="300万元", hint="同一单位同一年度"),
    dict(id="u44-B12", doc="B", kind="paraphrase", q="连云港合作项目到期后，承担方要在多长时间里提出结题验收？", a="3个月", hint="项目实施期满后"),
    dict(id="u44-B13", doc="B", kind="typo", q="连云岗新获批的国家级国际科技合作基地能拿多少奖励？", a="200万元", hint="国家级引才引智", wrong="连云岗", right="连云港"),
    dict(id="u44-B14", doc="B", kind="typo", q="连云港企业引进外藉高层次专家，补贴期限最长几年？", a="3年", hint="外籍高层次专家", wrong="外藉", right="外籍"),
    dict(id="u44-B15", doc="B", kind="traditional", qs="连云港企业在境外设立研发中心或离岸孵化器，最高补助多少？", a="100万元", hint="离岸孵化器的"),
    dict(id="u44-B16", doc="B", kind="unanswerable", q="盐城市国际科技合作项目中联合研发项目最高资助多少？", gkeys=["盐城", "Yancheng"], near=["联合研发项目"]),
    dict(id="u44-B17", doc="B", kind="unanswerable", q="连云港2025年度国际科技合作专项资金立项了多少个项目？", keys=["2025"], near=["专项资金"]),
    dict(id="u44-B18", doc="B", kind="unanswerable", q="连云港市商务局在国际科技合作项目管理中负责什么？", keys=["商务", "Commerce"], near=["市外事办公室"]),
    dict(id="u44-B19", doc="B", kind="unanswerable", q="连云港国际科技合作项目的评审专家劳务费标准是多少？", keys=["劳务费", "专家费", "onorari"], near=["专家评审"]),
    # ---- C 九江 政策问答 (UTF-8 txt with CSV appendix; 15)
    dict(id="u44-C01", doc="C", kind="table", q="九江新认定一家省一级的新型研发机构，一次性奖励多少？", a="120万元", hint="3 | 新型研发机构", col=3),
    dict(id="u44-C02", doc="C", kind="table", q="九江企业获批国家层面的工程技术研究中心，能拿多少一次性奖励？", a="250万元", hint="2 | 工程技术研究中心", col=2),
    dict(id="u44-C03", doc="C", kind="table", q="九江市里认定的企业技术中心（含分中心），一次性奖励多少？", a="12万元", hint="4 | 企业技术中心,含分中心", col=4),
    dict(id="u44-C04", doc="C", kind="who_leads", q="九江这项研发投入政策的组织实施由哪个部门牵头？", a="市科技局", hint="的组织实施由", verb="牵头", qverb="牵头"),
    dict(id="u44-C05", doc="C", kind="english", q="What percentage of the increase in R&D expenses does Jiujiang grant as a reward to industrial enterprises above designated size?", a="15％", hint="按增量部分的"),
    dict(id="u44-C06", doc="C", kind="english", q="Within how many working days after the publicity period ends does Jiujiang disburse the funds?", a="15个工作日", hint="公示期满后"),
    dict(id="u44-C07", doc="C", kind="english", q="What is the annual cap on the total rewards a single enterprise can receive under Jiujiang's R&D investment policy?", a="500万元", hint="累计获得"),
    dict(id="u44-C08", doc="C", kind="english_unanswerable", q="How much does Jiujiang reward an enterprise that sets up an academician workstation?", keys=["院士"], near=["研发平台"]),
    dict(id="u44-C09", doc="C", kind="paraphrase", q="九江规上企业头一回报研发开支、金额也够门槛的，一次性能拿多少？", a="8万元", hint="首次填报研发费用"),
    dict(id="u44-C10", doc="C", kind="paraphrase", q="在九江，奖补资金市和县两级各出多少比例？", a="6：4", hint="比例分担；"),
    dict(id="u44-C11", doc="C", kind="typo", q="久江科技贷款贴息期限最长不超过几年？", a="2年", hint="科创贷", wrong="久江", right="九江"),
    dict(id="u44-C12", doc="C", kind="traditional", qs="九江建立研发准备金制度的企业，补助最高多少？", a="30万元", hint="研发准备金实际提取额"),
    dict(id="u44-C13", doc="C", kind="unanswerable", q="景德镇市研发投入增量奖补按增量部分的多少比例给？", gkeys=["景德镇", "Jingdezhen"], near=["研发投入增量奖补"]),
    dict(id="u44-C14", doc="C", kind="unanswerable", q="九江2024年度研发投入增量奖补一共兑现了多少家企业？", keys=["2024"], near=["研发投入增量奖补"]),
    dict(id="u44-C15", doc="C", kind="unanswerable", q="九江市工业和信息化局在研发投入奖补中负责什么？", keys=["工业和信息化", "工信"], near=["市统计局"]),
]

KIND_COUNTS = {"english": 10, "english_unanswerable": 3, "paraphrase": 8, "typo": 5, "table": 8, "who_leads": 3,
               "traditional": 3, "unanswerable": 10}
DOC_COUNTS = {"A": 16, "B": 19, "C": 15}
KIND_DOC_COUNTS = {  # kind: (A, B, C)
    "english": (3, 4, 3), "english_unanswerable": (1, 1, 1), "paraphrase": (3, 3, 2), "typo": (2, 2, 1),
    "table": (2, 3, 3), "who_leads": (1, 1, 1), "traditional": (1, 1, 1), "unanswerable": (3, 4, 3)}
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
HAN = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_PLACE = {"A": "Huizhou", "B": "Lianyungang", "C": "Jiujiang"}
PLACE_KEYS = ["河源", "Heyuan", "盐城", "Yancheng", "景德镇", "Jingdezhen"]  # neighbours: in no document
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
    """Occurrences of s not glued to further digits (so 50万元 does not count in 150万元, RMB 5,000 not in
    RMB 5,000,000 and RMB 3 million not in RMB 3.5 million)."""
    return len(re.findall(r"(?<![\d.,:：-])" + re.escape(s) + r"(?![\d]|[.,]\d)", text))


def nfkc(s):
    return unicodedata.normalize("NFKC", s)


def squash(s):
    return re.sub(r"\s+", "", s)


def main():
    CORPUS.mkdir(exist_ok=True)
    PLAIN.mkdir(exist_ok=True)
    fails = []

    def check(cond, msg):
        if not cond:
            fails.append(msg)

    # ---- build (A twice: the first pass counts the pages for "Page n of N")
    _, p0, _, _ = build_pdf_a()
    a_bytes, a_pages, a_visual, a_info = build_pdf_a(len(p0))
    check(len(p0) == len(a_pages), "A: page count stable between the two passes")
    (CORPUS / FILE_A).write_bytes(a_bytes)
    (CORPUS / FILE_B).write_bytes(b_docx_bytes())
    c_bytes = ("\n".join(c_file_lines()) + "\n").encode("utf-8")
    (CORPUS / FILE_C).write_bytes(c_bytes)

    # ---- plain texts
    a_plain = [ln for page in a_pages for ln in page]
    b_plain, b_tables, b_paras = docx_read(CORPUS / FILE_B)
    c_raw = (CORPUS / FILE_C).read_bytes().decode("utf-8")
    c_plain, c_rows = c_read(c_raw)
    plains = {"A": a_plain, "B": b_plain, "C": c_plain}
    for d, lines in plains.items():
        (PLAIN / (Path(FILES[d]).stem + ".txt")).write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    ptext = {d: "\n".join(v) for d, v in plains.items()}
    for d in "ABC":
        check(all(ln == ln.strip() and ln for ln in plains[d]), f"{d}: empty or padded plain line")
        check(T2S.convert(ptext[d]) == ptext[d], f"{d}: Simplified throughout")
    sizes = {"A": (6000, 9000), "B": (9000, 13000), "C": (2000, 3200)}
    for d, (lo, hi) in sizes.items():
        check(lo <= len(ptext[d]) <= hi, f"{d}: {len(ptext[d])} plain characters, want {lo:,}-{hi:,}")

    # ---- A: English PDF
    texts, reader = pdf_page_texts(CORPUS / FILE_A)
    n_pages = len(texts)
    check(a_bytes.startswith(b"%PDF-") and n_pages == 3, f"A: a PDF of 3 pages ({n_pages})")
    check(n_pages == len(a_pages) == len(a_visual), f"A: {n_pages} PDF pages vs {len(a_pages)} tracked")
    for i, (t, vis, page) in enumerate(zip(texts, a_visual, a_pages)):
        check(bool(squash(t)), f"A: page {i + 1} has no text layer (pypdf)")
        check(squash(t) == squash("".join(vis)), f"A: pypdf text of page {i + 1} differs from the drawn pieces in order")
        check(page[0] == A_HEADER and page[-1] == a_footer(i + 1, n_pages), f"A: running header / footer of page {i + 1}")
    for p in reader.pages:
        w, h = float(p.mediabox.width), float(p.mediabox.height)
        check(abs(w - 595.28) < 1 and abs(h - 841.89) < 1, "A: A4 pages")
    fonts = set()
    for p in reader.pages:
        for f in p["/Resources"]["/Font"].values():
            fo = f.get_object()
            fonts.add(str(fo["/BaseFont"]))
            if str(fo["/BaseFont"]) != "/Helvetica":  # reportlab's initial canvas font, declared but never used
                check("/ToUnicode" in fo and "/FontFile2" in str(fo["/FontDescriptor"].get_object()),
                      f"A: font {fo['/BaseFont']} not an embedded TrueType with ToUnicode")
    base_fonts = {f.split("+")[-1].lstrip("/") for f in fonts}
    check(base_fonts <= {"LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic", "NotoSerifCJKsc-Regular",
                         "Helvetica"}, f"A: fonts {base_fonts}")
    frags = a_info["frags"]
    para_blocks = [i for i, (k, _) in enumerate(A_BLOCKS) if k != "table"]
    firsts = []
    for bi, *_ in frags:
        if bi not in firsts:
            firsts.append(bi)
    check(firsts == para_blocks, "A: every paragraph block drawn, once, in order")
    by_block = {}
    for bi, pg, lines in frags:
        by_block.setdefault(bi, []).append((pg, " ".join(lines)))
    for bi, parts in by_block.items():
        check(squash("".join(t for _, t in parts)) == squash(A_BLOCKS[bi][1]), f"A: block {bi} fragments rejoin to its text")
        check(len(parts) <= 2, f"A: block {bi} drawn in more than two pieces")
    page_breaks = [bi for bi, parts in by_block.items() if len(parts) == 2 and parts[1][0] == parts[0][0] + 1]
    check(len(page_breaks) >= 1, "A: a paragraph runs over a page break")
    for bi in page_breaks:
        check(not by_block[bi][0][1].rstrip().endswith("."), f"A: block {bi}: the page break falls inside a sentence")
    # the table: split over a page break, the header row repeated on the next page
    tparts = a_info["table_parts"]
    check(len(tparts) == 2 and tparts[1][0] == tparts[0][0] + 1, f"A: the table runs over a page break {[p for p, _ in tparts]}")
    check(all(rows[0] == A_TABLE[0] for _, rows in tparts), "A: the header row starts every part of the table")
    check([r for _, rows in tparts for r in rows[1:]] == A_TABLE[1:], "A: the table parts hold the data rows in order")
    cjk_lines = [ln for ln in a_plain if HAN.search(ln)]
    check(cjk_lines == [A_BLOCKS[0][1]], f"A: Chinese only in the original-title line {cjk_lines}")
    import pdfplumber
    with pdfplumber.open(str(CORPUS / FILE_A)) as pdf:
        found = [(i + 1, t) for i, pg in enumerate(pdf.pages) for t in pg.extract_tables()]
        drawn_fonts = {c["fontname"].split("+")[-1] for pg in pdf.pages for c in pg.chars}
        cjk_fonts = {c["fontname"].split("+")[-1] for pg in pdf.pages for c in pg.chars if HAN.match(c["text"])}
        for i, pg in enumerate(pdf.pages):
            check(len(pg.chars) > 500 and bool(squash(pg.extract_text() or "")), f"A: page {i + 1} has no text layer (pdfplumber)")
        t_head_font = set()
        for pg_no, _ in found[:1]:
            pg = pdf.pages[pg_no - 1]
            words = pg.extract_words(extra_attrs=["fontname"])
            t_head_font = {w_["fontname"].split("+")[-1] for w_ in words if w_["text"] in ("Support", "Disbursement")}
    check([p for p, _ in found] == [p for p, _ in tparts], f"A: pdfplumber finds one ruled table per part {[p for p, _ in found]}")
    if len(found) == len(tparts):
        for (pg, t), (_, rows) in zip(found, tparts):
            check([[squash(c or "") for c in r] for r in t] == [[squash(c) for c in r] for r in rows],
                  f"A: pdfplumber's table on page {pg} equals the part drawn there")
    check("LiberationSerif-Bold" in t_head_font, f"A: table header in bold {t_head_font}")
    check(drawn_fonts <= {"LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic", "NotoSerifCJKsc-Regular"}
          and cjk_fonts == {"NotoSerifCJKsc-Regular"}, f"A: drawn fonts {drawn_fonts}, Chinese in {cjk_fonts}")
    # pypdf reads the table cell by cell, a wrapped cell with a line break inside
    cell_breaks = sum(1 for r in A_TABLE for c in r if c not in texts[tparts[0][0] - 1] + texts[tparts[-1][0] - 1])
    a_prose = "\n".join(ln for ln in a_plain if " | " not in ln)
    a_cell_figs = sorted({m for r in A_TABLE[1:] for c in r[1:] for m in re.findall(r"RMB [\d.,]+(?: million)?|\d+%", c)})
    for fig in a_cell_figs:
        check(num_count(fig, a_prose) == 0, f"A: table figure {fig} also in the prose")
    a_dates = re.findall(r"\b(\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{4})?)", a_prose)
    check(a_dates == ["18 May 2026", "1 July", "31 July", "1 June 2026", "31 May 2029"], f"A: dates {a_dates}")
    check(len([ln for ln in a_plain if "take the lead" in ln]) == 1 and len([ln for ln in a_plain if "led by" in ln]) == 1,
          "A: one 'take the lead' line and one 'led by' look-alike")
    a_rmb = sorted({m for m in re.findall(r"RMB [\d.,]+(?: million| billion)?", a_prose)})
    check(len(a_rmb) >= 15, f"A: RMB look-alikes in the prose {a_rmb}")

    # ---- B: bilingual docx
    check(zipfile.is_zipfile(CORPUS / FILE_B), "B: a zip package")
    import docx as pydocx
    dx = pydocx.Document(str(CORPUS / FILE_B))
    dx_paras = [p.text for p in dx.paragraphs if p.text]
    check(dx_paras == [t for *_, t in b_paras], "B: python-docx reads the same paragraphs")
    check(len(dx.tables) == 1 and [[c.text for c in r.cells] for r in dx.tables[0].rows]
          == [[f"{z}\n{e}" for z, e in r] for r in B_TABLE], "B: python-docx reads one table, each cell Chinese\\nEnglish")
    check(b_plain == b_expected_lines(), "B: the lines read back equal the design")
    check(b_tables == [[[f"{z} {e}" for z, e in r] for r in B_TABLE]], "B: one bilingual Word table equal to the data")
    zh = [t for st_, lang, t in b_paras if lang != "en-US"]
    en = [t for st_, lang, t in b_paras if lang == "en-US"]
    check(len(zh) == len(en) and all(b_paras[2 * i][1] != "en-US" and b_paras[2 * i + 1][1] == "en-US"
                                     for i in range(len(b_paras) // 2)), "B: every Chinese paragraph followed by its English one")
    check(all(HAN.search(t) for t in zh) and not any(CJK.search(t) for t in en), "B: Chinese paragraphs hold Han, English ones no CJK")
    n_art = sum(1 for it in B_BODY if it[0] == "art")
    check([t.split("　")[0] for t in zh if t.startswith("第") and "条" in t[:5]] == [f"第{chinese_counting(i)}条" for i in range(1, n_art + 1)]
          and [t.split(" ")[1] for t in en if t.startswith("Article ")] == [str(i) for i in range(1, n_art + 1)],
          "B: articles 第一条… and Article 1… in step")
    with zipfile.ZipFile(CORPUS / FILE_B) as z:
        docx_xml = z.read("word/document.xml").decode("utf-8")
    check(len(re.findall(r'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">第[一二三四五六七八九十]+条</w:t></w:r>', docx_xml)) == n_art
          and docx_xml.count("<w:r><w:rPr><w:b/><w:lang w:val=\"en-US\"/></w:rPr><w:t xml:space=\"preserve\">Article ") == n_art,
          "B: article numbers typed in bold runs of their own")
    check(all(" " in c and HAN.search(c.split(" ")[0]) for c in b_tables[0][0]) and b_tables[0][0][2] == "资助标准 Subsidy",
          "B: bilingual header cells")
    b_prose = "\n".join(ln for ln in b_plain if " | " not in ln)
    zh_prose, en_prose = "\n".join(ln for ln in zh), "\n".join(ln for ln in en)
    check("%" in zh_prose and "%" not in en_prose and "percent" in en_prose, "B: % in Chinese, 'percent' in English")
    for r in B_TABLE[1:]:
        for z_, e_ in r[1:]:
            for fig in re.findall(r"\d+(?:万元|%|个月)", z_) + re.findall(r"RMB [\d.,]+(?: million)?|\d+ (?:percent|months)", e_):
                check(num_count(fig, b_prose) == 0, f"B: table figure {fig} also in the prose")
    zmax = sorted({int(m) for m in re.findall(r"(\d+)万元", zh_prose)})
    zwd = sorted({int(m) for m in re.findall(r"(\d+)个工作日", zh_prose)})
    check(len(zmax) >= 7 and len(zwd) >= 5, f"B: look-alike figures N万元 {zmax}, N个工作日 {zwd}")
    b_dates = re.findall(r"(\d{4})年(\d{1,2})月(\d{1,2})日", zh_prose)
    check(b_dates == [("2026", "6", "10"), ("2026", "7", "1")], f"B: dates {b_dates}")
    b_leads = [ln for ln in zh if "牵头" in ln]
    check(len(b_leads) == 2 and b_leads[0].startswith("第四条　市科学技术局牵头") and b_leads[1].startswith("第五条　市财政局"),
          f"B: 牵头 lines {b_leads}")

    # ---- C: UTF-8 政策问答 with a CSV appendix
    check(not c_bytes.startswith(b"\xef\xbb\xbf") and b"\r" not in c_bytes and c_bytes.endswith(b"\n") and b"\t" not in c_bytes,
          "C: UTF-8 without BOM, LF line ends, no tabs")
    check(c_plain == c_expected_plain(), "C: reading the file gives the designed lines")
    qa = [ln for ln in c_plain if ln.startswith(("问：", "答："))]
    check(len(qa) % 2 == 0 and all(qa[i].startswith("问：") and qa[i + 1].startswith("答：") for i in range(0, len(qa), 2))
          and len(qa) >= 30, f"C: 问：/答： pairs ({len(qa)} lines)")
    check(all(c_plain[c_plain.index(qa[i]) + 1] == qa[i + 1] for i in range(0, len(qa), 2)), "C: each 答 right after its 问")
    c_lines = c_raw.split("\n")
    check(C_CAPTION in c_lines, "C: the appendix caption is a line of its own (LF line ends)")
    i_cap = c_lines.index(C_CAPTION) if C_CAPTION in c_lines else len(c_lines)
    t_lines = [ln for ln in c_lines[i_cap + 1:] if ln]
    check(c_rows == C_TABLE and len(t_lines) == len(C_TABLE) and t_lines[0] == ",".join(C_TABLE[0]),
          "C: the appendix is CSV with a header line, equal to the data")
    naive = [len(ln.split(",")) for ln in t_lines]
    check(naive.count(len(C_TABLE[0]) + 1) == 1 and '"企业技术中心,含分中心"' in c_raw,
          f"C: one quoted field holds a comma (a naive split gives {naive})")
    c_prose = "\n".join(ln for ln in c_plain if " | " not in ln)
    check("%" not in c_prose and c_prose.count("％") >= 8 and "“6：4”" in c_prose and "“46.8％”" in c_prose,
          "C: figures with full-width punctuation (％, “6：4”) in the prose")
    for r in C_TABLE[1:]:
        v = [int(c[:-2]) for c in r[2:5]]
        check(v[0] > v[1] > v[2], f"C: 国家级 > 省级 > 市级 in row {r[1]}")
        for c in r[2:5]:
            check(num_count(c, c_prose) == 0 and num_count(nfkc(c), nfkc(c_prose)) == 0, f"C: table cell {c} also in the prose")
    c_dates = re.findall(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日", c_prose)
    check(c_dates == [("2026", "4", "20"), ("2026", "5", "1"), ("", "9", "1"), ("", "9", "30")], f"C: dates {c_dates}")
    c_leads = [ln for ln in c_plain if "牵头" in ln and ln.startswith("答：")]
    check(len(c_leads) == 1 and "由市科技局牵头" in c_leads[0], f"C: 牵头 lines {c_leads}")
    cwd = sorted({int(m) for m in re.findall(r"(\d+)个工作日", c_prose)})
    cmax = sorted({int(m) for m in re.findall(r"最高(\d+)万元", c_prose)})
    check(len(cwd) >= 4 and len(cmax) >= 5, f"C: look-alikes N个工作日 {cwd}, 最高N万元 {cmax}")

    raw = {"A": "\n".join(texts), "B": "\n".join([t for *_, t in b_paras] + [" | ".join(r) for r in b_tables[0]]), "C": c_raw}
    every = {d: [ptext[d], raw[d], T2S.convert(ptext[d]), S2TW.convert(ptext[d]), S2HK.convert(ptext[d])] for d in "ABC"}

    def occurs(pattern, docs):
        return any(re.search(pattern, t) for d in docs for t in every[d])

    for key in PLACE_KEYS:
        check(not occurs(key, "ABC"), f"near-miss place {key} occurs in a document")

    # ---- questions
    out, runs, ids, cuts = [], {}, set(), {}
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
            if d == "A":  # the text layer, whitespace aside; an answer cut by the page break: its two drawn pieces
                bi = next((i for i, (kk, v) in enumerate(A_BLOCKS) if v == ev), None)
                parts = by_block.get(bi, [])
                in_raw = squash(ans) in squash(raw["A"])
                if len(parts) == 2 and ans in ev:
                    brk = len(squash(parts[0][1]))
                    a0 = len(squash(ev[:ev.index(ans)]))
                    cuts[q["id"]] = (parts[0][1][-30:], parts[1][1][:30], a0 < brk < a0 + len(squash(ans)))
                    if a0 < brk < a0 + len(squash(ans)):
                        sa = squash(ans)
                        in_raw = sa[:brk - a0] in squash(texts[parts[0][0] - 1]) and sa[brk - a0:] in squash(texts[parts[1][0] - 1])
            else:
                in_raw = ans in raw[d]
            check(in_raw, f"{q['id']}: answer not in the raw file")
            if re.search(r"\d", ans):
                for ln in plains[d]:
                    if ln != ev and (num_count(ans, ln) or num_count(nfkc(ans), nfkc(ln))):
                        check(False, f"{q['id']}: answer {ans} also in: {ln[:50]}")
                check(num_count(ans, ev) == 1, f"{q['id']}: answer {ans} more than once in its evidence")
            else:
                check(ev.count(ans) == 1, f"{q['id']}: answer {ans} more than once in evidence")
                if k != "who_leads":
                    check(ptext[d].count(ans) == 1, f"{q['id']}: answer {ans} elsewhere in the document")
            if "col" in q:
                table = {"A": [list(r) for r in A_TABLE], "B": [[f"{z} {e}" for z, e in r] for r in B_TABLE],
                         "C": C_TABLE}[d]
                hit = [r for r in table[1:] if " | ".join(r) == ev]
                check(len(hit) == 1, f"{q['id']}: evidence must be a data row of the table")
                if hit:
                    ci = q["col"]
                    check(ans in hit[0][ci], f"{q['id']}: answer must be in the {table[0][ci]} cell")
                    check(sum(ans in c for c in hit[0]) == 1, f"{q['id']}: other cells differ")
                    check(not any(part in question for part in table[0][ci].split(" ")),
                          f"{q['id']}: question copies the column header")
            if k == "who_leads":
                check(re.search(re.escape(ans) + r"[^;；。]*?" + q["verb"], ev), f"{q['id']}: {ans} … {q['verb']}")
                check(q["qverb"] in question, f"{q['id']}: question must ask who {q['qverb']}")
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
    check(all(re.fullmatch(r"u44-[ABC]\d\d", o["id"]) for o in out), "id format")
    for d in "ABC":
        nums_d = [int(o["id"][5:]) for o in out if o["id"][4] == d]
        check(nums_d == list(range(1, len(nums_d) + 1)), f"{d}: ids numbered without gaps")
    # coverage: A's Chinese-kind answers are English spans; B asks both languages; C asks the quoted CSV row
    a_cn = [o for o in out if o["doc"] == FILE_A and o["answer"] and o["kind"] != "english"]
    check(a_cn and all(not HAN.search(o["answer"]) and HAN.search(o["question"]) for o in a_cn),
          "A: Chinese questions with English-span answers")
    b_ev = [o["evidence"] for o in out if o["doc"] == FILE_B and o["evidence"] and " | " not in o["evidence"]]
    check(any(e.startswith("Article ") for e in b_ev) and any(e.startswith("第") for e in b_ev),
          "B: evidence in both the Chinese and the English paragraphs")
    check(any(o["evidence"].startswith("4 | 企业技术中心,含分中心") for o in out), "C: a question on the quoted CSV row")
    check(any(v[2] for v in cuts.values()), "A: a question whose answer is cut by the page break")

    with open(ROOT / "questions.jsonl", "wb") as f:
        for o in out:
            f.write((json.dumps(o, ensure_ascii=False) + "\n").encode("utf-8"))

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
    print(f"A: {n_pages} PDF pages; table parts on pages {[p for p, _ in tparts]} (header repeated); "
          f"paragraphs over a page break {page_breaks}; cut questions {cuts}; fonts {sorted(base_fonts)}")
    print(f"A: table cells not found whole in pypdf's text (wrapped inside the cell): {cell_breaks}; RMB figures in the prose: {len(a_rmb)}")
    print(f"B: {len(zh)} Chinese + {len(en)} English paragraphs, {n_art} articles; N万元 {zmax}; N个工作日 {zwd}")
    print(f"C: {len(qa) // 2} 问/答 pairs; CSV fields per line (naive split) {naive}; 个工作日 {cwd}; 最高N万元 {cmax}")
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
