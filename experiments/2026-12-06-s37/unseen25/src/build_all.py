#!/usr/bin/env python3
"""Build unseen25: three fictional policy documents (a text PDF 科技创新统计公报 with a year-column table, a DOCX
认定和管理办法 with chapters, articles and a small Word table, a Traditional-Chinese HTML 新聞稿 page from a Taiwan
city site), their UTF-8 plain texts and 50 questions, then run the consistency checks (exit 1 on any failure).
Writes only inside unseen25/. Deterministic: a rebuild is byte for byte identical.

The PDF embeds a TrueType subset of Noto Sans CJK SC. The system font is CFF-flavoured OpenType, which reportlab
cannot embed, so the builder subsets it with fontTools to the characters used and converts the outlines to
quadratic (TrueType) curves in memory first (the same steps as fontTools' otf2ttf snippet)."""
import datetime as _dt
import io
import json
import re
import sys
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

import opencc
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
PLAIN = ROOT / "plain"
NOTO = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
NOTO_INDEX = 2  # Noto Sans CJK SC inside the collection

FILE_A = "A_yangzhou_2025_keji_chuangxin_tongji_gongbao.pdf"
FILE_B = "B_foshan_keji_qiye_fuhua_zaiti_rending_he_guanli_banfa.docx"
FILE_C = "C_taichung_115_difangxing_sbir_heding_chengguo_fabiao_xinwengao.html"
FILES = {"A": FILE_A, "B": FILE_B, "C": FILE_C}

S2TWP = opencc.OpenCC("s2twp")
S2TW = opencc.OpenCC("s2tw")
T2S = opencc.OpenCC("t2s")

# ---------------------------------------------------------------------------------------------------------------
# A: 扬州 2025年科技创新统计公报, text PDF. Blocks: (kind, value); kinds: title, org, date, body, h1, caption,
#    table, note. Table columns are years; the 2027 column is a target.
# ---------------------------------------------------------------------------------------------------------------
A_TABLE = [
    ["指标", "单位", "2023年", "2024年", "2025年", "2027年目标"],
    ["全社会R&D经费投入强度", "%", "2.74", "2.87", "2.98", "3.30"],
    ["高新技术企业数", "家", "1862", "2105", "2390", "3000"],
    ["高新技术产业产值占规上工业产值比重", "%", "48.2", "49.6", "51.3", "55.0"],
    ["技术合同成交额", "亿元", "156.4", "187.9", "231.5", "300.0"],
    ["每万人口高价值发明专利拥有量", "件", "11.6", "13.9", "16.2", "20.0"],
    ["科技型中小企业评价入库数", "家", "3126", "3587", "4210", "5000"],
    ["省级以上科技企业孵化器", "家", "21", "24", "27", "32"],
]
A_BLOCKS = [
    ("title", "2025年扬州市科技创新统计公报"),
    ("org", "扬州市科学技术局　扬州市统计局"),
    ("date", "2026年3月28日"),
    ("body", "2025年，面对复杂多变的外部环境，全市上下深入实施创新驱动发展战略，加快建设长三角区域科技创新重要节点城市，科技创新主要指标保持稳步增长。现将有关统计数据公布如下。"),
    ("h1", "一、主要指标"),
    ("body", "全市主要科技创新指标完成情况及2027年目标见表1。"),
    ("caption", "表1　扬州市主要科技创新指标（2023—2025年及2027年目标）"),
    ("table", A_TABLE),
    ("note", "注：①2025年数据为快报数，最终以统计年鉴为准；②2027年目标为《扬州市科技创新三年行动方案（2025—2027年）》确定的目标值。"),
    ("h1", "二、科技投入"),
    ("body", "2025年，全市全社会研究与试验发展（R&D）经费支出218.6亿元，较2024年的199.8亿元增长9.4%；R&D经费投入强度为2.98%，比上年提高0.11个百分点。"),
    ("body", "全年全市财政科技支出42.7亿元，比上年增长11.2%，占一般公共预算支出的比重为4.6%，2024年这一比重为4.3%。"),
    ("h1", "三、创新主体"),
    ("body", "全年新认定高新技术企业612家，年末有效高新技术企业达到2390家，比2023年末净增528家。高新技术产业产值占规模以上工业总产值的比重为51.3%。"),
    ("body", "科技型中小企业评价入库4210家，其中营业收入超亿元的科技型中小企业196家。"),
    ("h1", "四、创新平台"),
    ("body", "全年新增省级工程技术研究中心37家、省级企业技术中心29家；新建新型研发机构5家，累计达到46家。年末全市拥有省级以上科技企业孵化器27家、省级以上众创空间58家。"),
    ("h1", "五、创新产出"),
    ("body", "全年发明专利授权量4826件，比上年增长14.7%，其中企业获得的发明专利授权量占71.5%。全年登记技术合同1.38万项，技术合同成交额231.5亿元。"),
    ("h1", "六、2026年重点工作"),
    ("body", "（一）实施高新技术企业“小升高”培育行动，由市科技局牵头，市财政局、国家税务总局扬州市税务局配合，力争全年新认定高新技术企业650家以上。"),
    ("body", "（二）建立R&D投入统计监测和季度调度机制，由市统计局牵头，市科技局、市工业和信息化局配合，重点企业研发投入情况按季度通报。"),
    ("body", "（三）推进扬州市产业科创中心建设，由扬州经济技术开发区管委会负责，市发展改革委、市科技局配合。"),
    ("body", "附注：本公报数据来源于市统计局、市科技局和市市场监管局（知识产权局）。部分数据因四舍五入，存在总计与分项合计不等的情况。"),
]


def a_lines():
    out = []
    for kind, val in A_BLOCKS:
        out += [" | ".join(r) for r in val] if kind == "table" else [val]
    return out


def ttf_bytes_for(chars):
    """Subset Noto Sans CJK SC to `chars` and convert its CFF outlines to TrueType glyf (in memory)."""
    from fontTools import subset
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTFont, newTable

    font = TTFont(str(NOTO), fontNumber=NOTO_INDEX, recalcTimestamp=False, recalcBBoxes=True)
    opts = subset.Options()
    opts.desubroutinize = True
    opts.layout_features = []
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    sub = subset.Subsetter(opts)
    sub.populate(text="".join(sorted(set(chars))))
    sub.subset(font)
    order = font.getGlyphOrder()
    gs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for g in order:
        pen = TTGlyphPen(gs)
        gs[g].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[g] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    for t in ("VORG", "GPOS", "GSUB", "GDEF", "BASE"):
        if t in font:
            del font[t]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for g in order:
        adv, _ = hmtx.metrics[g]
        gl = glyf.glyphs[g]
        hmtx.metrics[g] = (adv, getattr(gl, "xMin", 0) if gl.numberOfContours else 0)
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for k in ("maxZones",):
        setattr(maxp, k, 1)
    for k in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs", "maxStackElements",
              "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, k, 0)
    font["maxp"] = maxp
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\000\001\000\000"
    font["head"].created = font["head"].modified = 3850000000  # fixed (2025)
    buf = io.BytesIO()
    font.save(buf)
    return buf.getvalue()


def build_pdf(path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    chars = set("".join(a_lines())) | set("— 0123456789")
    pdfmetrics.registerFont(TTFont("NotoSansSC", io.BytesIO(ttf_bytes_for(chars))))
    F = "NotoSansSC"
    base = ParagraphStyle("base", fontName=F, fontSize=11.5, leading=21, wordWrap="CJK", alignment=TA_JUSTIFY)
    st = {
        "title": ParagraphStyle("t", parent=base, fontSize=19, leading=30, alignment=TA_CENTER, spaceAfter=6),
        "org": ParagraphStyle("o", parent=base, fontSize=12.5, alignment=TA_CENTER),
        "date": ParagraphStyle("d", parent=base, alignment=TA_CENTER, spaceAfter=10),
        "body": ParagraphStyle("b", parent=base, firstLineIndent=23),
        "h1": ParagraphStyle("h", parent=base, fontSize=13, leading=24, spaceBefore=6, firstLineIndent=23, keepWithNext=1),
        "caption": ParagraphStyle("c", parent=base, fontSize=11.5, alignment=TA_CENTER, spaceBefore=4, spaceAfter=4, keepWithNext=1),
        "note": ParagraphStyle("n", parent=base, fontSize=9.5, leading=16, alignment=TA_LEFT),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9.5, leading=13, alignment=TA_CENTER),
        "cellL": ParagraphStyle("cellL", parent=base, fontSize=9.5, leading=13, alignment=TA_LEFT),
    }
    story = []
    for kind, val in A_BLOCKS:
        if kind == "table":
            data = [[Paragraph(xml_escape(v), st["cellL" if j == 0 and i else "cell"]) for j, v in enumerate(r)]
                    for i, r in enumerate(val)]
            t = Table(data, colWidths=[5.6 * cm, 1.3 * cm, 1.9 * cm, 1.9 * cm, 1.9 * cm, 2.4 * cm], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8"))]))
            story += [t, Spacer(1, 4)]
        else:
            story.append(Paragraph(xml_escape(val), st[kind]))

    def foot(canvas, doc):
        canvas.saveState()
        canvas.setFont(F, 10)
        canvas.drawCentredString(A4[0] / 2, 1.3 * cm, f"— {doc.page} —")
        canvas.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm, topMargin=2.6 * cm,
                            bottomMargin=2.4 * cm, title=A_BLOCKS[0][1], author="扬州市科学技术局 扬州市统计局",
                            subject="2025年扬州市科技创新统计公报", creator="unseen25 build_all.py")
    doc.build(story, onFirstPage=foot, onLaterPages=foot)
    path.write_bytes(buf.getvalue())


def pdf_text(path):
    from pypdf import PdfReader
    r = PdfReader(str(path))
    return "\n".join(p.extract_text() or "" for p in r.pages), r


# ---------------------------------------------------------------------------------------------------------------
# B: 佛山 孵化载体认定和管理办法, DOCX. Blocks: title, docno, body, sign, date, btitle (the 办法's own title),
#    chap (第X章), art (第X条 lead + rest), caption, table.
# ---------------------------------------------------------------------------------------------------------------
B_TABLE = [
    ["载体类型", "国家级", "省级", "市级"],
    ["科技企业孵化器", "150万元", "80万元", "30万元"],
    ["众创空间", "50万元", "20万元", "10万元"],
]
B_BLOCKS = [
    ("title", "佛山市科学技术局　佛山市财政局关于印发《佛山市科技企业孵化载体认定和管理办法》的通知"),
    ("docno", "佛科规〔2026〕2号"),
    ("body", "各区科技主管部门、财政局，各有关单位："),
    ("body", "现将《佛山市科技企业孵化载体认定和管理办法》印发给你们，请认真遵照执行。执行中遇到的问题，请径向市科技局反映。"),
    ("sign", "佛山市科学技术局　佛山市财政局"),
    ("date", "2026年4月28日"),
    ("btitle", "佛山市科技企业孵化载体认定和管理办法"),
    ("chap", "第一章　总则"),
    ("art", ("第一条　", "为完善全市创新创业孵化体系，推动科技企业孵化载体高质量发展，根据国家和省有关科技企业孵化器、众创空间管理的规定，结合本市实际，制定本办法。")),
    ("art", ("第二条　", "本办法所称科技企业孵化载体（以下简称孵化载体），包括科技企业孵化器和众创空间。")),
    ("art", ("第三条　", "本办法适用于在佛山市行政区域内注册、具有独立法人资格的孵化载体运营机构。")),
    ("chap", "第二章　职责分工"),
    ("art", ("第四条　", "市科技局负责孵化载体的认定、绩效评价和奖补资金的预算编制，牵头建立全市孵化载体统计监测制度。")),
    ("art", ("第五条　", "市财政局负责奖补资金的统筹安排和拨付，并对资金使用情况实施监督。")),
    ("art", ("第六条　", "各区科技主管部门负责本区孵化载体的培育和日常管理，配合开展年度绩效评价。")),
    ("art", ("第七条　", "佛山市生产力促进中心受市科技局委托，承担孵化载体年度统计数据的采集与核查工作。")),
    ("art", ("第八条　", "市市场监督管理局负责指导孵化载体开展在孵企业知识产权保护工作。")),
    ("chap", "第三章　认定条件"),
    ("art", ("第九条　", "申请认定市级科技企业孵化器，应当同时具备下列条件：（一）孵化场地面积不少于3000平方米，其中在孵企业使用面积占比不低于75%；（二）在孵企业不少于30家；（三）自有种子资金或合作的孵化资金规模不低于300万元；（四）专职孵化服务人员不少于5名，其中取得创业导师资格的不少于2名。")),
    ("art", ("第十条　", "申请认定市级众创空间，应当同时具备下列条件：（一）服务场地面积不少于500平方米；（二）年度服务创业团队和初创企业不少于20个；（三）专职服务人员不少于3名。")),
    ("chap", "第四章　认定程序"),
    ("art", ("第十一条　", "市科技局每年发布申报通知，申报单位通过佛山市科技业务管理系统提交申报材料。")),
    ("art", ("第十二条　", "各区科技主管部门应当自收到申报材料之日起15个工作日内完成初审，并出具推荐意见。")),
    ("art", ("第十三条　", "市科技局应当自收到推荐材料之日起30个工作日内组织专家评审和现场核查，择优提出认定建议。")),
    ("art", ("第十四条　", "认定建议在市科技局门户网站公示7个工作日。对公示有异议的，市科技局应当在10个工作日内组织核实并予以答复。")),
    ("chap", "第五章　扶持措施"),
    ("art", ("第十五条　", "对新认定或者新备案的孵化载体给予一次性奖励，奖励标准见表1。由市级晋升为省级、国家级的，按差额补足。")),
    ("caption", "表1　孵化载体一次性奖励标准"),
    ("table", B_TABLE),
    ("art", ("第十六条　", "对年度绩效评价为优秀的孵化载体，按照不超过其上年度实际服务支出的30%给予补助，最高不超过100万元；评价为良好的，最高不超过60万元。")),
    ("art", ("第十七条　", "在孵企业首次认定为高新技术企业的，按每家5万元给予孵化载体奖励，每个孵化载体每年累计不超过40万元。")),
    ("art", ("第十八条　", "孵化载体为在孵企业减免场地租金的，按减免金额的50%给予补贴，每个孵化载体每年最高25万元。")),
    ("chap", "第六章　监督管理"),
    ("art", ("第十九条　", "市科技局每两年对已认定的孵化载体开展一次复核。复核不合格的，给予6个月整改期；整改后仍不合格的，取消认定资格。")),
    ("art", ("第二十条　", "孵化载体应当于每年1月31日前通过系统报送上年度统计数据。连续两年未按时报送的，取消认定资格。")),
    ("art", ("第二十一条　", "以弄虚作假等方式骗取奖补资金的，由市财政局会同市科技局追回已拨付资金，相关单位3年内不得申报市级科技计划项目。")),
    ("chap", "第七章　附则"),
    ("art", ("第二十二条　", "本办法由市科技局负责解释。")),
    ("art", ("第二十三条　", "本办法自2026年6月1日起施行，有效期至2031年5月31日。《佛山市科技企业孵化器认定和管理办法》（佛科〔2020〕88号）同时废止。")),
]


def b_text(kind, val):
    return "".join(val) if kind == "art" else val


def set_east_asian(obj, font):
    rpr = obj.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)


def styled_run(p, text, font, size, bold=False):
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    set_east_asian(r._element, font)
    return r


def fixed_zip(data, when):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def build_docx(path):
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(16)
    set_east_asian(normal.element, "仿宋_GB2312")
    for kind, val in B_BLOCKS:
        if kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = doc.styles["Table Grid"]
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    para = t.cell(r, c).paragraphs[0]
                    styled_run(para, cell, "黑体" if r == 0 else "仿宋_GB2312", 12, bold=(r == 0))
                    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            continue
        p = doc.add_paragraph()
        pf = p.paragraph_format
        if kind in ("title", "btitle"):
            styled_run(p, val, "方正小标宋简体", 22 if kind == "btitle" else 18)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "docno":
            styled_run(p, val, "仿宋_GB2312", 16)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "chap":
            styled_run(p, val, "黑体", 16)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "art":
            lead, rest = val
            styled_run(p, lead, "黑体", 16, bold=True)
            styled_run(p, rest, "仿宋_GB2312", 16)
            pf.first_line_indent = Pt(32)
        elif kind == "caption":
            styled_run(p, val, "黑体", 14)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind in ("sign", "date"):
            styled_run(p, val, "仿宋_GB2312", 16)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        else:
            styled_run(p, val, "仿宋_GB2312", 16)
            if not val.endswith("："):
                pf.first_line_indent = Pt(32)
    cp = doc.core_properties
    cp.title = "佛山市科技企业孵化载体认定和管理办法"
    cp.author = "佛山市科学技术局"
    cp.subject = "佛科规〔2026〕2号"
    cp.keywords = "孵化器;众创空间;认定;佛山"
    cp.last_modified_by = "佛山市科学技术局"
    cp.revision = 1
    cp.created = _dt.datetime(2026, 4, 28, 9, 0, 0)
    cp.modified = _dt.datetime(2026, 4, 28, 9, 0, 0)
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(fixed_zip(buf.getvalue(), (2026, 4, 28, 9, 0, 0)))


def docx_lines(path):
    """Reopen the DOCX and return the body in order: paragraph text, table rows as cells joined by ' | '."""
    d = Document(str(path))
    paras = {p._p: p for p in d.paragraphs}
    tables = {t._tbl: t for t in d.tables}
    lines, tables_out = [], []
    for el in d.element.body.iterchildren():
        if el in paras:
            if paras[el].text:
                lines.append(paras[el].text)
        elif el in tables:
            rows = [[c.text for c in r.cells] for r in tables[el].rows]
            tables_out.append(rows)
            lines += [" | ".join(r) for r in rows]
    return lines, tables_out


# ---------------------------------------------------------------------------------------------------------------
# C: 臺中市政府經濟發展局 新聞稿, UTF-8 HTML, Traditional Chinese (Taiwan standard, 臺), site furniture.
# ---------------------------------------------------------------------------------------------------------------
C_TITLE = "中市115年度地方型SBIR核定暨成果發表 33家中小企業獲補助逾5千萬元"
C_ACCESS = ":::"
C_TOP = ["回首頁", "網站導覽", "English", "市府首頁"]
C_LOGO = "臺中市政府經濟發展局"
C_NAV = ["認識本局", "最新消息", "產業發展", "商業服務", "投資臺中", "市場管理", "資訊公開"]
C_CRUMB = "現在位置：首頁 > 最新消息 > 新聞稿"
C_INFO = ["發布單位：產業發展科", "發布日期：115-03-23", "更新日期：115-03-24", "點閱次數："]
C_BODY1 = [
    "臺中市政府經濟發展局3月21日（星期六）於水湳國際會議中心舉辦「115年度臺中市地方產業創新研發推動計畫（地方型SBIR）核定暨成果發表會」，由副市長許英傑、經濟發展局局長陳冠宇共同出席，頒發補助核定證書予獲選業者，並表揚5家績優廠商。",
    "許英傑致詞表示，臺中是全國精密機械及智慧製造重鎮，市府透過地方型SBIR協助中小企業投入研發，114年度計畫補助27家業者，已帶動產值增加逾新臺幣3億2,000萬元；今年持續擴大辦理，盼引導更多業者升級轉型。",
]
C_CAPTION = "許副市長（左三）頒發補助核定證書予獲選業者（經發局提供）"
C_BODY2 = [
    "陳冠宇說明，115年度計畫總經費新臺幣6,000萬元，經書面審查及簡報審查兩階段評選，共核定33家中小企業、29件計畫，核定補助金額新臺幣5,286萬元，帶動業者投入研發配合款新臺幣1億1,427萬元。",
    "陳冠宇指出，本計畫分為「創新技術研發」及「研發聯盟」兩類，個別企業申請創新技術研發計畫，每案補助上限新臺幣100萬元；3家以上企業組成研發聯盟者，每案補助上限新臺幣300萬元，補助比例均不超過計畫總經費的50%。",
    "本計畫由經濟部產業發展署指導、臺中市政府經濟發展局主辦，並委託財團法人精密機械研究發展中心擔任計畫辦公室，負責受理申請、審查作業及期中、期末查核。",
    "本次表揚的5家績優廠商如下：",
]
C_WINNERS = [
    "永聯精機股份有限公司（臺中工業區）：五軸加工機熱變位補償模組",
    "晶澄光電科技股份有限公司（中部科學園區臺中園區）：Micro LED巨量轉移檢測設備",
    "禾豐農生技股份有限公司（霧峰區）：稻米副產物機能性胜肽萃取技術",
    "捷鑫航太材料股份有限公司（臺中精密機械科技創新園區）：航太級碳纖維複材快速成型製程",
    "源和智慧紡織股份有限公司（大里區）：智慧溫控機能布料",
]
C_BODY3 = [
    "經發局表示，116年度計畫預計於明年1月公告受理，依法登記於本市且實收資本額1億元以下或經常僱用員工數未滿200人之中小企業均可提出申請，相關資訊可至臺中市地方型SBIR計畫網站查詢，或洽計畫辦公室（04-2359-5968）。",
]
C_ATTACH = "相關附件：115年度地方型SBIR獲補助名單.pdf"
C_TOOLS = ["回上一頁", "回頁首"]
C_FOOTER = [
    "臺中市政府經濟發展局 版權所有",
    "地址：40701臺中市西屯區臺灣大道三段99號 惠中樓7樓",
    "服務電話：04-2228-6711 服務時間：週一至週五 8:00-12:00、13:30-17:30",
    "最佳瀏覽解析度 1280x1024 本網站支援HTML5",
]


def build_html():
    top = " | ".join(f'<a href="/{i}/">{t}</a>' for i, t in enumerate(C_TOP))
    on = ' class="on"'
    nav = "\n".join(f'        <li{on if t == "最新消息" else ""}><a href="/{i + 10}/">{t}</a></li>'
                    for i, t in enumerate(C_NAV))
    info = ("\n".join(f"      <li>{x}</li>" for x in C_INFO[:3])
            + f'\n      <li>{C_INFO[3]}<span id="hitcount"></span></li>')
    p = lambda xs: "\n".join(f"        <p>{x}</p>" for x in xs)  # noqa: E731
    winners = "\n".join(f"          <li>{w}</li>" for w in C_WINNERS)
    f0, f1, f2, f3 = C_FOOTER
    a2, b2 = f2.split(" 服務時間")
    a3, b3 = f3.split(" 本網站")
    return f"""<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="DC.Title" content="{C_TITLE}">
<meta name="DC.Creator" content="臺中市政府經濟發展局">
<meta name="DC.Date" content="2026-03-23">
<meta name="Description" content="經發局3月21日舉辦115年度地方型SBIR核定暨成果發表會。">
<title>{C_TITLE}-臺中市政府經濟發展局</title>
<link rel="stylesheet" href="/css/main.css">
<style>
  .accesskey {{ position: absolute; left: -999px; }}
  .nav li {{ display: inline-block; padding: 0 1em; }}
  .nav li.on a {{ color: #b4451f; }}
  .article p {{ line-height: 1.9; font-size: 1rem; }}
</style>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-TCEDB0325"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag() {{ dataLayer.push(arguments); }}
  gtag('js', new Date()); gtag('config', 'G-TCEDB0325');
</script>
</head>
<body>
  <a href="#C" class="accesskey" title="跳到主要內容區塊">跳到主要內容區塊</a>
  <div class="header">
    <a href="#U" accesskey="U" title="上方功能區塊">{C_ACCESS}</a>
    <div class="toplink">{top}</div>
    <div class="logo"><a href="/"><img src="/images/logo.png" alt="臺中市政府經濟發展局Logo"><span>{C_LOGO}</span></a></div>
    <form class="search" action="/search"><input type="text" name="q" title="請輸入關鍵字" placeholder="請輸入關鍵字"><button type="submit">搜尋</button></form>
  </div>
  <nav class="nav">
    <ul>
{nav}
    </ul>
  </nav>
  <div class="breadcrumb">現在位置：<a href="/">首頁</a> &gt; <a href="/11/">最新消息</a> &gt; <a href="/11/news/">新聞稿</a></div>
  <div class="article" id="C">
    <h1>{C_TITLE}</h1>
    <ul class="info">
{info}
    </ul>
    <div class="fontsize">字級：<a href="#" onclick="setSize(14)">小</a> <a href="#" onclick="setSize(16)">中</a> <a href="#" onclick="setSize(18)">大</a></div>
    <div class="share">分享：<a href="#">Facebook</a> <a href="#">LINE</a> <a href="javascript:window.print()">列印</a></div>
    <div class="content">
{p(C_BODY1)}
        <figure><img src="/uploads/11/202603/sbir-115.jpg" alt="頒獎合影"><figcaption>{C_CAPTION}</figcaption></figure>
{p(C_BODY2)}
        <ol>
{winners}
        </ol>
{p(C_BODY3)}
    </div>
    <div class="attach">相關附件：<a href="/uploads/11/202603/sbir-115-list.pdf">115年度地方型SBIR獲補助名單.pdf</a></div>
    <div class="pagetools"><a href="javascript:history.back()">{C_TOOLS[0]}</a> <a href="#top">{C_TOOLS[1]}</a></div>
  </div>
  <footer class="footer">
    <p>{f0}</p>
    <p>{f1}</p>
    <p>{a2}&nbsp;服務時間{b2}</p>
    <p>{a3}&nbsp;<img src="/images/accessibility-aa.png" alt="通過AA無障礙網頁檢測">本網站{b3}</p>
  </footer>
<script>
  function setSize(n) {{ document.querySelector('.content').style.fontSize = n + 'px'; }}
  fetch('/api/hits?id=115032301').then(function (r) {{ return r.text(); }}).then(function (n) {{ document.getElementById('hitcount').textContent = n; }});
</script>
</body>
</html>
"""


C_EXPECTED_LINES = (
    ["跳到主要內容區塊", C_ACCESS, " | ".join(C_TOP), C_LOGO, "搜尋"] + C_NAV + [C_CRUMB, C_TITLE] + C_INFO
    + ["字級：小 中 大", "分享：Facebook LINE 列印"] + C_BODY1 + [C_CAPTION] + C_BODY2 + C_WINNERS + C_BODY3
    + [C_ATTACH, " ".join(C_TOOLS)] + C_FOOTER
)

BLOCK_TAGS = {"html", "body", "div", "p", "ul", "ol", "li", "h1", "h2", "h3", "h4", "table", "tr", "td", "th",
              "header", "footer", "nav", "section", "article", "form", "figure", "figcaption"}


class VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.buf, self.skip = [], [], 0

    def flush(self):
        s = re.sub(r"\s+", " ", "".join(self.buf)).strip()
        if s:
            self.lines.append(s)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in ("head", "script", "style"):
            self.skip += 1
        elif tag in BLOCK_TAGS or tag in ("br", "button"):
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("head", "script", "style"):
            self.skip -= 1
        elif tag in BLOCK_TAGS or tag == "button":
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def html_lines(src):
    p = VisibleText()
    p.feed(src)
    p.close()
    p.flush()
    return p.lines


# ---------------------------------------------------------------------------------------------------------------
# Questions. hint: a substring that must pick exactly one line of the doc's plain text (the evidence line).
# cross_script: for A and B the question is written in Simplified (qs) and converted with OpenCC s2twp (Taiwan
# standard and vocabulary); for C the question is Simplified as written (q). Unanswerable: keys = regexes that must
# not match the doc (plain text, raw source, plain text after t2s; key also tried in s2tw/s2twp/t2s forms), gkeys =
# the same over all three docs, near = terms that must occur in the doc (`neardoc` where doc is null).
# table: col names the column of A's/B's table; `year` questions must name that year.
# ---------------------------------------------------------------------------------------------------------------
Q = [
    # ---- A 扬州 统计公报 (PDF, 20)
    dict(id="u25-A01", doc="A", kind="table", q="扬州研发经费占地区生产总值的比例，2024年是多少？", a="2.87", hint="全社会R&D经费投入强度 |", col="2024年"),
    dict(id="u25-A02", doc="A", kind="table", q="扬州2023年技术交易合同的成交金额有多少亿元？", a="156.4", hint="技术合同成交额 |", col="2023年"),
    dict(id="u25-A03", doc="A", kind="table", q="到2027年，扬州高新技术产业产值在规模以上工业中的占比目标是多少？", a="55.0", hint="高新技术产业产值占规上工业产值比重 |", col="2027年目标"),
    dict(id="u25-A04", doc="A", kind="table", q="2024年扬州进入科技型中小企业评价库的企业有多少家？", a="3587", hint="科技型中小企业评价入库数 |", col="2024年"),
    dict(id="u25-A05", doc="A", kind="table", q="2023年扬州有多少家高新技术企业？", a="1862", hint="高新技术企业数 |", col="2023年"),
    dict(id="u25-A06", doc="A", kind="table", q="扬州每万人拥有的高价值发明专利，2024年是多少件？", a="13.9", hint="每万人口高价值发明专利拥有量 |", col="2024年"),
    dict(id="u25-A07", doc="A", kind="who_leads", q="扬州研发投入的统计监测和季度调度由哪个部门牵头？", a="市统计局", hint="由市统计局牵头"),
    dict(id="u25-A08", doc="A", kind="paraphrase", q="按这份公报发布的时间算，扬州明年全社会研发投入强度要达到多少？", a="3.30", hint="全社会R&D经费投入强度 |", col="2027年目标", rel=("明年", 2027)),
    dict(id="u25-A09", doc="A", kind="paraphrase", q="以公报发布日期为准，扬州去年全社会研发经费一共花了多少钱？", a="218.6亿元", hint="经费支出218.6亿元", rel=("去年", 2025)),
    dict(id="u25-A10", doc="A", kind="typo", q="杨州2025年财政科技支出是多少？", a="42.7亿元", hint="财政科技支出42.7亿元", wrong="杨州", right="扬州"),
    dict(id="u25-A11", doc="A", kind="typo", q="扬州2025年新认定高薪技术企业多少家？", a="612家", hint="新认定高新技术企业612家", wrong="高薪技术", right="高新技术"),
    dict(id="u25-A12", doc="A", kind="cross_script", qs="扬州2024年财政科技支出占一般公共预算支出的比重是多少？", a="4.3%", hint="2024年这一比重为4.3%"),
    dict(id="u25-A13", doc="A", kind="cross_script", qs="2025年扬州新增了多少家省级工程技术研究中心？", a="37家", hint="省级工程技术研究中心37家"),
    dict(id="u25-A14", doc="A", kind="english", q="How much did Yangzhou spend on R&D in total in 2024, according to the statistical bulletin?", a="199.8亿元", hint="较2024年的199.8亿元"),
    dict(id="u25-A15", doc="A", kind="english", q="How many valid high-tech enterprises did Yangzhou have at the end of 2025?", a="2390", hint="年末有效高新技术企业达到2390家"),
    dict(id="u25-A16", doc="A", kind="english", q="How many invention patents were granted in Yangzhou in 2025?", a="4826件", hint="发明专利授权量4826件"),
    dict(id="u25-A17", doc="A", kind="unanswerable", q="扬州2022年全社会R&D经费投入强度是多少？", keys=["2022"], near=["2023年", "全社会R&D经费投入强度"]),
    dict(id="u25-A18", doc=None, neardoc="A", kind="unanswerable", q="镇江市2025年年末有效高新技术企业有多少家？", gkeys=["镇江"], near=["年末有效高新技术企业"]),
    dict(id="u25-A19", doc="A", kind="unanswerable", q="扬州2025年R&D人员全时当量是多少？", keys=["全时当量", "R&D人员", "研发人员", "科技人员"], near=["R&D经费"]),
    dict(id="u25-A20", doc="A", kind="unanswerable", q="How much venture capital was invested in Yangzhou technology companies in 2025?", keys=["创业投资", "风险投资", "创投", "风投", "股权投资"], near=["科技型中小企业"]),
    # ---- B 佛山 管理办法 (DOCX, 18)
    dict(id="u25-B01", doc="B", kind="table", q="新备案的省级众创空间，佛山一次性奖励多少钱？", a="20万元", hint="众创空间 |", col="省级"),
    dict(id="u25-B02", doc="B", kind="table", q="被认定为国家级的科技企业孵化器，佛山一次性给多少奖励？", a="150万元", hint="科技企业孵化器 |", col="国家级"),
    dict(id="u25-B03", doc="B", kind="who_leads", q="佛山孵化载体的奖补资金由哪个部门负责拨付？", a="市财政局", hint="第五条", verb="负责"),
    dict(id="u25-B04", doc="B", kind="who_leads", q="佛山孵化载体每年的统计数据由谁来采集和核查？", a="佛山市生产力促进中心", hint="第七条", verb="承担"),
    dict(id="u25-B05", doc="B", kind="who_leads", q="全市孵化载体统计监测制度由哪个部门牵头建立？", a="市科技局", hint="第四条", verb="牵头"),
    dict(id="u25-B06", doc="B", kind="who_leads", q="佛山由哪个部门指导孵化载体做好在孵企业的知识产权保护？", a="市市场监督管理局", hint="第八条", verb="负责"),
    dict(id="u25-B07", doc="B", kind="paraphrase", q="区里拿到孵化载体的申请材料以后，最晚多长时间内要把初步审查做完？", a="15个工作日", hint="第十二条"),
    dict(id="u25-B08", doc="B", kind="paraphrase", q="佛山这个孵化载体办法从施行起管用五年，具体到哪天失效？", a="2031年5月31日", hint="第二十三条"),
    dict(id="u25-B09", doc="B", kind="typo", q="佛山申请认定市级浮化器，孵化场地面积至少要多大？", a="3000平方米", hint="第九条", wrong="浮化器", right="孵化器"),
    dict(id="u25-B10", doc="B", kind="typo", q="佛山申请认定市级中创空间，服务场地面积不少于多少？", a="500平方米", hint="第十条", wrong="中创空间", right="众创空间"),
    dict(id="u25-B11", doc="B", kind="cross_script", qs="孵化器复核不合格的，整改期有多长？", a="6个月", hint="第十九条"),
    dict(id="u25-B12", doc="B", kind="cross_script", qs="骗取奖补资金的单位几年内不能再申报市级科技计划项目？", a="3年", hint="第二十一条"),
    dict(id="u25-B13", doc="B", kind="english", q="Within how many working days must the Foshan science and technology bureau organise the expert review after receiving the district recommendations?", a="30个工作日", hint="第十三条"),
    dict(id="u25-B14", doc="B", kind="english", q="How long is the public notice period for Foshan's incubator recognition?", a="7个工作日", hint="第十四条"),
    dict(id="u25-B15", doc="B", kind="english", q="From what date do Foshan's incubator recognition and management measures take effect?", a="2026年6月1日", hint="第二十三条"),
    dict(id="u25-B16", doc=None, neardoc="B", kind="unanswerable", q="江门市申请认定市级科技企业孵化器，在孵企业要不少于多少家？", gkeys=["江门"], near=["在孵企业不少于30家"]),
    dict(id="u25-B17", doc="B", kind="unanswerable", q="佛山每年认定市级孵化器的名额上限是多少家？", keys=["名额", "限额", "每年认定", r"认定[^。]{0,8}不超过\d+家"], near=["每年发布申报通知"]),
    dict(id="u25-B18", doc="B", kind="unanswerable", q="Who is the director of the Foshan Science and Technology Bureau?", keys=["局长", "主任"], near=["市科技局"]),
    # ---- C 臺中 新聞稿 (HTML, Traditional, 12)
    dict(id="u25-C01", doc="C", kind="who_leads", q="臺中地方型SBIR由哪個單位負責受理申請和審查？", a="財團法人精密機械研究發展中心", hint="擔任計畫辦公室", verb="負責"),
    dict(id="u25-C02", doc="C", kind="paraphrase", q="臺中這次獲補助的業者自己掏出來的研發經費總共多少？", a="1億1,427萬元", hint="研發配合款"),
    dict(id="u25-C03", doc="C", kind="paraphrase", q="好幾家公司組隊一起做研發的話，每件最多可以拿到多少補助？", a="300萬元", hint="每案補助上限新臺幣300萬元"),
    dict(id="u25-C04", doc="C", kind="typo", q="水楠國際會議中心的那場發表會上表揚了幾家績優廠商？", a="5家", hint="並表揚5家績優廠商", same=["表揚的5家績優廠商"], wrong="水楠", right="水湳"),
    dict(id="u25-C05", doc="C", kind="cross_script", q="台中115年度地方型SBIR核定的补助金额是多少？", a="5,286萬元", hint="核定補助金額新臺幣5,286萬元"),
    dict(id="u25-C06", doc="C", kind="cross_script", q="台中市经济发展局局长叫什么名字？", a="陳冠宇", hint="經濟發展局局長陳冠宇"),
    dict(id="u25-C07", doc="C", kind="english", q="On what date was Taichung's local SBIR approval and results presentation held?", a="3月21日", hint="3月21日（星期六）"),
    dict(id="u25-C08", doc="C", kind="english", q="When was the Taichung press release about the local SBIR results published?", a="115-03-23", hint="發布日期："),
    dict(id="u25-C09", doc="C", kind="english", q="Which deputy mayor of Taichung attended the local SBIR presentation?", a="許英傑", hint="由副市長許英傑"),
    dict(id="u25-C10", doc="C", kind="unanswerable", q="臺中市長是誰？有沒有出席這場SBIR發表會？", keys=[r"(?<!副)市長"], near=["副市長"]),
    dict(id="u25-C11", doc=None, neardoc="C", kind="unanswerable", q="彰化縣115年度地方型SBIR核定了幾家企業？", gkeys=["彰化"], near=["115年度"]),
    dict(id="u25-C12", doc="C", kind="unanswerable", q="How many people attended the Taichung local SBIR presentation?", keys=["人參加", "餘人", "多人", "人出席", "名來賓", "人與會", "位來賓"], near=["出席"]),
]

KIND_COUNTS = {"table": 8, "who_leads": 6, "paraphrase": 6, "typo": 5, "cross_script": 6, "english": 9,
               "unanswerable": 10}
DOC_COUNTS = {"A": 20, "B": 18, "C": 12}
EN_UNANSWERABLE = 3
DOC_DATE_YEAR = {"A": 2026, "B": 2026, "C": 2026}
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
HAN = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_CITY = {"A": "Yangzhou", "B": "Foshan", "C": "Taichung"}
PARAPHRASE_MAX_RUN = 6  # a paraphrase question shares at most this many characters in a row with its evidence
OTHER_MAX_RUN = 16


def lcs_run(a, b):
    best = 0
    prev = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        cur = [0] * (len(b) + 1)
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                cur[j] = prev[j - 1] + 1
                best = max(best, cur[j])
        prev = cur
    return best


def num_count(s, text):
    """Occurrences of s in text not glued to further digits, dots or commas (so 50万元 does not count in 150万元)."""
    return len(re.findall(r"(?<![\d.,])" + re.escape(s) + r"(?![\d])", text))


def nows(s):
    return re.sub(r"\s+", "", s)


def main():
    CORPUS.mkdir(exist_ok=True)
    PLAIN.mkdir(exist_ok=True)
    fails = []

    def check(cond, msg):
        if not cond:
            fails.append(msg)

    # ---- build
    build_pdf(CORPUS / FILE_A)
    build_docx(CORPUS / FILE_B)
    html = build_html()
    (CORPUS / FILE_C).write_bytes(html.encode("utf-8"))

    # ---- plain texts
    a_plain = a_lines()  # the PDF's reading text (page numbers "— n —" left out); checked against pypdf below
    b_plain, b_tables = docx_lines(CORPUS / FILE_B)
    c_src = (CORPUS / FILE_C).read_bytes().decode("utf-8")
    c_plain = html_lines(c_src)
    plains = {"A": a_plain, "B": b_plain, "C": c_plain}
    for d, lines in plains.items():
        (PLAIN / (Path(FILES[d]).stem + ".txt")).write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    ptext = {d: "\n".join(v) for d, v in plains.items()}
    for d in "ABC":
        check(all(ln == ln.strip() and ln for ln in plains[d]), f"{d}: empty or padded plain line")

    # ---- A: the PDF's text layer
    a_ext, reader = pdf_text(CORPUS / FILE_A)
    a_ext_nows = nows(a_ext)
    check(len(HAN.findall(a_ext)) >= len(HAN.findall("\n".join(a_plain))), "A: PDF text layer has too little Chinese")
    for ln in a_plain:
        check(nows(ln.replace(" | ", "")) in a_ext_nows, f"A: PDF text layer lacks line {ln[:30]}")
    fonts_ok, nfonts = True, 0
    for page in reader.pages:
        for fname, fref in page["/Resources"]["/Font"].items():
            f = fref.get_object()
            nfonts += 1
            if f.get("/BaseFont") == "/Helvetica" and f.get("/Subtype") == "/Type1":
                # reportlab's default canvas font resource: check that no text is shown in it
                cur = None
                for seg in re.split(r"(/F[\d+]+ [\d.]+ Tf)", page.get_contents().get_data().decode("latin1")):
                    if seg.startswith("/F"):
                        cur = seg.split()[0]
                    elif cur == str(fname) and re.search(r"\)\s*Tj|\]\s*TJ", seg):
                        fonts_ok = False
                continue
            desc = f.get("/FontDescriptor")
            desc = desc.get_object() if desc is not None else None
            if desc is None or "/FontFile2" not in desc or "/ToUnicode" not in f:
                fonts_ok = False
    check(fonts_ok and nfonts > 0, "A: every PDF font must be an embedded TrueType subset with a ToUnicode map")
    check(len(reader.pages) >= 2, "A: PDF has at least 2 pages")
    meta = reader.metadata
    a_raw = a_ext + "\n" + " ".join(str(v) for v in (meta or {}).values())
    check(A_TABLE[0][2:] == ["2023年", "2024年", "2025年", "2027年目标"], "A: year columns")
    for row in A_TABLE[1:]:
        vals = [float(x) for x in row[2:]]
        check(vals[0] < vals[1] < vals[2] < vals[3] and len(set(row[2:])) == 4, f"A: {row[0]} rises year on year")
    check(re.search(r"R&D经费投入强度为2\.98%，比上年提高0\.11个百分点", ptext["A"]) and abs(2.98 - 2.87 - 0.11) < 1e-9,
          "A: prose 2025 intensity matches the table")
    check("年末有效高新技术企业达到2390家，比2023年末净增528家" in ptext["A"] and 2390 - 1862 == 528, "A: 2390 - 1862 = 528")
    check("2022" not in a_raw and "2026" in ptext["A"], "A: no 2022 anywhere")
    check(A_BLOCKS[2] == ("date", "2026年3月28日"), "A: issue date")
    a_body = "\n".join(l for l in a_plain if " | " not in l)

    # ---- B: DOCX structure
    with zipfile.ZipFile(CORPUS / FILE_B) as z:
        b_xml = "".join(z.read(n).decode("utf-8", "ignore") for n in sorted(z.namelist()) if n.endswith(".xml"))
        b_docxml = z.read("word/document.xml").decode("utf-8")
        b_times = {zi.date_time for zi in z.infolist()}
    expected_b = []
    for kind, val in B_BLOCKS:
        expected_b += [" | ".join(r) for r in val] if kind == "table" else [b_text(kind, val)]
    check(b_plain == expected_b, "B: reopened DOCX text differs from the data")
    check(len(b_tables) == 1 and b_tables[0] == B_TABLE, "B: exactly one Word table equal to the data")
    check(b_docxml.count("<w:tbl>") == 1 and "TableGrid" in b_docxml, "B: real Word table with Table Grid style")
    bcells = [c for r in B_TABLE[1:] for c in r[1:]]
    check(len(set(bcells)) == len(bcells), "B: table amounts distinct")
    b_body = "\n".join(l for l in b_plain if " | " not in l)
    for c in bcells:
        check(num_count(c, b_body) == 0, f"B: table amount {c} also in the prose")
    check(b_times == {(2026, 4, 28, 9, 0, 0)}, "B: zip timestamps")
    chaps = [v for k, v in B_BLOCKS if k == "chap"]
    check([c[1] for c in chaps] == list("一二三四五六七"), f"B: chapters {chaps}")
    nums = "一二三四五六七八九十"

    def cn_num(n):
        if n <= 10:
            return nums[n - 1]
        if n < 20:
            return "十" + nums[n - 11]
        return nums[n // 10 - 1] + "十" + (nums[n % 10 - 1] if n % 10 else "")
    arts = [v[0].rstrip("　") for k, v in B_BLOCKS if k == "art"]
    check(arts == [f"第{cn_num(i)}条" for i in range(1, len(arts) + 1)], f"B: articles numbered without gaps {arts}")
    for font in ("方正小标宋简体", "黑体", "仿宋_GB2312"):
        check(f'w:eastAsia="{font}"' in b_xml, f"B: font {font}")
    tb = ptext["B"]
    check("自2026年6月1日起施行，有效期至2031年5月31日" in tb and "2026年4月28日" in tb, "B: dates")
    check(num_count("7个工作日", tb) == 1 and num_count("15个工作日", tb) == 1 and num_count("30个工作日", tb) == 1
          and num_count("10个工作日", tb) == 1, "B: each time limit once")

    # ---- C: visible text, Traditional throughout
    check(c_plain == C_EXPECTED_LINES, "C: visible text blocks differ from the expected lines")
    tc = ptext["C"]
    for ln in c_plain:
        if HAN.search(ln):
            check(S2TW.convert(ln) == ln, f"C: line not pure Taiwan-Traditional: {ln[:30]}")
    check(T2S.convert(tc) != tc, "C: Traditional characters present")
    check("<script" in c_src and "&gt;" in c_src and "&nbsp;" in c_src and '<meta charset="utf-8">' in c_src
          and 'lang="zh-Hant-TW"' in c_src, "C: head furniture and entities")
    check("發布日期：115-03-23" in tc and "3月21日（星期六）" in tc and _dt.date(2026, 3, 21).weekday() == 5,
          "C: event 3月21日 (Saturday) before publication 115-03-23 (= 2026)")
    check("副市長許英傑" in tc and not re.search(r"(?<!副)市長", tc), "C: only the deputy mayor")
    check(len(C_WINNERS) == 5 and "並表揚5家績優廠商" in tc, "C: five winners listed")
    check(num_count("27家", tc) == 1 and num_count("33家", tc) == 2, "C: 114年度 27家 vs 115年度 33家")

    raw = {"A": a_raw, "B": b_xml, "C": c_src}
    every = {d: [ptext[d], raw[d], T2S.convert(ptext[d])] for d in "ABC"}

    def occurs(pattern, docs):
        return any(re.search(pattern, t) for d in docs for t in every[d])

    # ---- questions
    out, runs, ids = [], {}, set()
    for q in Q:
        d, k = q["doc"], q["kind"]
        dd = d or q.get("neardoc")
        check(q["id"] not in ids, f"dup id {q['id']}")
        ids.add(q["id"])
        check(q["id"][4] == dd, f"{q['id']}: id letter vs doc")
        question = S2TWP.convert(q["qs"]) if "qs" in q else q["q"]
        if k == "unanswerable":
            ans = ev = None
            check(("gkeys" in q) == (d is None), f"{q['id']}: doc null iff the question is about another place")
            for key in q.get("keys", []):
                for f in {key, S2TW.convert(key), S2TWP.convert(key), T2S.convert(key)}:
                    check(not occurs(f, [dd]), f"{q['id']}: key {f} occurs in doc {dd}")
            for key in q.get("gkeys", []):
                for f in {key, S2TW.convert(key), S2TWP.convert(key), T2S.convert(key)}:
                    check(not occurs(f, "ABC"), f"{q['id']}: key {f} occurs in some doc")
            for n in q["near"]:
                check(n in ptext[dd], f"{q['id']}: near-miss term {n} not in doc")
        else:
            ans = q["a"]
            hits = [ln for ln in plains[d] if q["hint"] in ln]
            check(len(hits) == 1, f"{q['id']}: hint matches {len(hits)} lines")
            ev = hits[0] if hits else ""
            check(ans in ev, f"{q['id']}: answer not in evidence")
            check(ans in ptext[d], f"{q['id']}: answer not in plain text")
            check(plains[d].count(ev) == 1, f"{q['id']}: evidence line not unique")
            check(ans in raw[d] or (d == "A" and nows(ans) in a_ext_nows), f"{q['id']}: answer not in the raw file")
            # one meaning per answer string: every occurrence is in the evidence line or a line that says the same
            same = q.get("same", [])
            for ln in plains[d]:
                if re.search(r"\d", ans) and ln != ev and num_count(ans, ln):
                    check(any(s in ln for s in same) or (d == "A" and k != "table" and "|" in ln),
                          f"{q['id']}: answer {ans} also in another line: {ln[:40]}")
            if "col" in q:
                table = A_TABLE if d == "A" else B_TABLE
                row = ev.split(" | ")
                check(row in table[1:], f"{q['id']}: evidence must be a data row of the table")
                ci = table[0].index(q["col"])
                check(row[ci] == ans, f"{q['id']}: answer must be the {q['col']} cell")
                check(k == "table" or "rel" in q, f"{q['id']}: col only on table questions")
                if d == "A":
                    yr = re.match(r"\d{4}", q["col"]).group()
                    others = [row[j] for j in range(2, len(row)) if j != ci]
                    check(ans not in others, f"{q['id']}: the other years must differ")
                    check(num_count(ans, a_body) == 0, f"{q['id']}: table answer also in the prose")
                    if "rel" in q:
                        word, y = q["rel"]
                        check(word in question and str(y) == yr and y - DOC_DATE_YEAR[d] == {"明年": 1, "去年": -1}[word]
                              and yr not in question, f"{q['id']}: relative year")
                    else:
                        check(yr in question and not any(c[:4] in question for c in table[0][2:] if c[:4] != yr),
                              f"{q['id']}: question must name {yr} and no other year")
            if "rel" in q and "col" not in q:
                word, y = q["rel"]
                check(word in question and str(y) not in question and f"{y}年" in ev
                      and y - DOC_DATE_YEAR[d] == {"明年": 1, "去年": -1}[word], f"{q['id']}: relative year")
            if k == "who_leads":
                verb = q.get("verb", "牵头")
                check(re.search(re.escape(ans) + r"[^；。]*?" + verb, ev), f"{q['id']}: evidence must say {ans} … {verb}")
        # kind-specific checks
        if k == "english" or (k == "unanswerable" and not CJK.search(question)):
            check(not CJK.search(question), f"{q['id']}: CJK in English question")
            check(ENGLISH_CITY[dd] in question, f"{q['id']}: English question must name {ENGLISH_CITY[dd]}")
        if k == "cross_script":
            if dd in "AB":
                check(question == S2TWP.convert(q["qs"]) and T2S.convert(question) != question, f"{q['id']}: not Traditional")
                check(S2TW.convert(question) == question, f"{q['id']}: s2tw changes the Traditional question")
                trad_only = set(question) - set(T2S.convert(question))
                check(not any(ch in ptext[dd] for ch in trad_only), f"{q['id']}: a Traditional-only character occurs in the doc")
            else:
                check(T2S.convert(question) == question and S2TW.convert(question) != question, f"{q['id']}: not Simplified")
                simp_only = set(question) - set(S2TW.convert(question))
                check(not any(ch in ptext[dd] for ch in simp_only), f"{q['id']}: a Simplified-only character occurs in C")
        if dd == "C" and k not in ("english", "cross_script") and CJK.search(question):
            check(S2TW.convert(question) == question, f"{q['id']}: C questions other than cross_script are Traditional")
        if dd in "AB" and k not in ("english", "cross_script") and CJK.search(question):
            check(T2S.convert(question) == question, f"{q['id']}: A/B questions other than cross_script are Simplified")
        if k == "typo":
            w, r = q["wrong"], q["right"]
            check(len(w) == len(r) and sum(x != y for x, y in zip(w, r)) == 1, f"{q['id']}: typo must differ by one char")
            check(w in question and r not in question, f"{q['id']}: typo form")
            check(r in ptext[dd], f"{q['id']}: real name not in doc")
            for f in {w, S2TW.convert(w), T2S.convert(w)}:
                check(not occurs(re.escape(f), "ABC"), f"{q['id']}: wrong form {f} occurs in a document")
        if ev and k != "english":
            text = T2S.convert(question) if k == "cross_script" and dd in "AB" else question
            if k == "typo":
                text = text.replace(q["wrong"], q["right"])
            evt = T2S.convert(ev) if dd in "AB" else ev
            runs[q["id"]] = lcs_run(text, evt)
            lim = PARAPHRASE_MAX_RUN if k == "paraphrase" else OTHER_MAX_RUN
            check(runs[q["id"]] <= lim, f"{q['id']}: common run {runs[q['id']]} > {lim}")
        out.append({"id": q["id"], "doc": FILES[d] if d else None, "kind": k, "question": question, "answer": ans,
                    "evidence": ev})

    check(len(out) == 50, "need 50 questions")
    kc = {}
    for o in out:
        kc[o["kind"]] = kc.get(o["kind"], 0) + 1
    check(kc == KIND_COUNTS, f"kind counts {kc}")
    dc = {d: sum(1 for q in Q if (q["doc"] or q.get("neardoc")) == d) for d in "ABC"}
    check(dc == DOC_COUNTS, f"doc counts {dc}")
    n_en_un = sum(1 for o in out if o["kind"] == "unanswerable" and not CJK.search(o["question"]))
    check(n_en_un == EN_UNANSWERABLE, f"English unanswerables {n_en_un} != {EN_UNANSWERABLE}")
    n_year_cols = sum(1 for q in Q if q["kind"] == "table" and q["doc"] == "A" and re.match(r"\d{4}", q["col"]))
    check(n_year_cols >= 4, "at least 4 table questions need a specific year column")
    check(all(re.fullmatch(r"u25-[ABC]\d\d", o["id"]) for o in out), "id format")

    with open(ROOT / "questions.jsonl", "wb") as f:
        for o in out:
            f.write((json.dumps(o, ensure_ascii=False) + "\n").encode("utf-8"))

    # re-read the written file and re-check the substring contract from disk
    lines = (ROOT / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    check(len(lines) == 50 and len({json.loads(x)["id"] for x in lines}) == 50, "questions.jsonl: 50 unique ids")
    for line in lines:
        o = json.loads(line)
        if o["answer"] is None:
            check(o["kind"] == "unanswerable" and o["evidence"] is None, f"{o['id']}: null answer")
            continue
        p = (PLAIN / (Path(o["doc"]).stem + ".txt")).read_text(encoding="utf-8")
        check(o["answer"] in p and o["evidence"] in p.split("\n") and o["answer"] in o["evidence"],
              f"{o['id']}: substring contract on disk")
        if o["doc"] == FILE_A:
            check(nows(o["answer"]) in a_ext_nows, f"{o['id']}: answer not in the PDF's extracted text")

    for d in "ABC":
        t = ptext[d]
        nonspace = len(re.sub(r"\s", "", t))
        print(f"{d}: {len(plains[d])} lines, {nonspace} non-space / {len(HAN.findall(t))} CJK characters")
    print(f"A: PDF {len(reader.pages)} pages, {nfonts} font resources, all embedded: {fonts_ok}")
    print("kinds:", dict(sorted(kc.items())), "docs:", dc, "English unanswerable:", n_en_un)
    para = {i: r for i, r in runs.items() if next(q for q in Q if q["id"] == i)["kind"] == "paraphrase"}
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
