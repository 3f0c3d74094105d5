#!/usr/bin/env python3
"""Build unseen36: three fictional policy documents --
  A  a text-layer PDF (Simplified, reportlab, A4) of the Anshan science and technology bureau and finance bureau
     (鞍山市科学技术局 / 鞍山市财政局) -- 2026年度鞍山市科技计划项目（第一批）及资助资金 -- whose main table (16 rows) is
     drawn WITHOUT any ruling line: every cell placed at a fixed x position with canvas.drawString, the header row in
     bold, and the 承担单位 cell wrapping onto a second line inside six rows (the row's other cells on its first line
     only); plus a second, ruled table (GRID) whose long cells wrap onto two lines; running header and "— n —" footer;
  B  a bilingual UTF-8 .html page in the Hong Kong government style (Traditional Chinese, HK usage, with English) of a
     fictional Northern Metropolis I&T Development Office (北部都會區創科發展辦公室) -- 新田科技城創科企業落戶資助計劃
     （第二輪）接受申請 -- each section a Chinese paragraph followed by its English version, a table with bilingual
     headers and HK$ amounts in both forms ("港幣200萬元" / "HK$2 million"), dates in both forms;
  C  a plain UTF-8 .txt 政策问答 (Simplified) of Weihai (威海市科学技术局) -- 中试基地建设与运营补助 -- 18 问/答 pairs,
     answers listing items "（1）…", one answer holding a small table whose columns are aligned with spaces;
their plain texts (plain/), 50 questions (questions.jsonl), then the consistency checks (exit 1 on any failure).
Writes only inside unseen36/. Deterministic: a rebuild is byte for byte identical.

Approach and helpers follow unseen32's builder nearly verbatim: the question table with a `hint` that must pick
exactly one evidence line, digit-bounded num_count, keys / gkeys / near for unanswerables, lcs_run for paraphrases,
OpenCC for cross-script questions, the HTML line reader, the PDF font helper cjk_ttf (Noto CJK CFF subset ->
TrueType with fontTools), the page-tracking PDF build and the question-checking loop."""
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

FILE_A = "A_anshan_2026_keji_jihua_xiangmu_diyipi_lixiang_zijin_tongzhi_borderless.pdf"
FILE_B = "B_santin_technopole_chuangke_qiye_luohu_zizhu_dierlun_bilingual_zh-HK.html"
FILE_C = "C_weihai_zhongshi_jidi_jianshe_yunying_buzhu_zhengce_wenda.txt"
FILES = {"A": FILE_A, "B": FILE_B, "C": FILE_C}

S2TW = opencc.OpenCC("s2tw")
S2TWP = opencc.OpenCC("s2twp")
S2HK = opencc.OpenCC("s2hk")
T2S = opencc.OpenCC("t2s")

NOTO = Path("/usr/share/fonts/opentype/noto")
FONT_BODY = (NOTO / "NotoSerifCJK-Regular.ttc", 2)  # Noto Serif CJK SC
FONT_BOLD = (NOTO / "NotoSansCJK-Bold.ttc", 2)      # Noto Sans CJK SC Bold

# ---------------------------------------------------------------------------------------------------------------
# A: 鞍山 立项及资金通知 as a PDF (Simplified). Kinds: title, docno, sal, p, h, cap, btable (borderless), rtable (ruled),
#    attach, sign.
# A_BTABLE: the borderless table. Column 2 (承担单位) is 12 characters wide at 9 pt; longer names wrap.
# A_RTABLE: the ruled table; A_RTABLE_LINES: the number of lines each cell must take in the PDF.
# ---------------------------------------------------------------------------------------------------------------
A_BTABLE = [
    ["序号", "项目名称", "承担单位", "实施期限", "资助金额"],
    ["1", "高纯电熔镁砂连续熔炼节能工艺研究", "海城市华镁耐火材料科技有限公司", "2026—2028", "120万元"],
    ["2", "大功率半导体激光器芯片封装技术开发", "鞍山光谷激光科技有限公司", "2026—2028", "115万元"],
    ["3", "冷轧薄板表面缺陷智能识别系统研制", "鞍山钢研智能检测有限公司", "2026—2027", "96万元"],
    ["4", "菱镁尾矿制备高性能镁基胶凝材料", "辽宁千山镁源新材料股份有限公司", "2026—2028", "105万元"],
    ["5", "矿山重型装备远程运维平台开发", "鞍山重工矿山装备有限公司", "2026—2027", "88万元"],
    ["6", "激光熔覆修复轧辊关键技术研究", "鞍山汤岗子激光再制造技术有限公司", "2026—2028", "92万元"],
    ["7", "低品位铁矿石高效分选药剂研发", "鞍山立山选矿药剂有限公司", "2026—2027", "75万元"],
    ["8", "南果梨采后保鲜与精深加工技术", "鞍山千山区南果梨产业技术研究院", "2026—2027", "64万元"],
    ["9", "岫岩玉石微损加工与检测技术", "岫岩满族自治县玉石产业发展服务中心", "2026—2027", "58万元"],
    ["10", "工业机器人精密减速器可靠性提升", "鞍山铁西精工传动有限公司", "2026—2028", "83万元"],
    ["11", "钢渣微粉绿色建材应用示范", "鞍山鞍冶环保建材有限公司", "2026—2027", "70万元"],
    ["12", "光纤激光切割头智能调焦模组开发", "鞍山达道湾光电有限公司", "2026—2027", "67万元"],
    ["13", "设施蔬菜水肥一体化智能控制系统", "台安县农业技术推广中心", "2026—2027", "45万元"],
    ["14", "耐火材料窑炉粉尘超低排放治理技术", "海城市析木耐材节能环保科技有限公司", "2026—2028", "78万元"],
    ["15", "基于北斗的尾矿库安全监测预警系统", "鞍山矿安科技有限公司", "2026—2027", "54万元"],
    ["16", "高校科技成果概念验证服务能力建设", "鞍山市科技成果转化中心", "2026—2027", "40万元"],
]
A_WRAP_ROWS = {"1", "4", "6", "8", "9", "14"}  # 序号 of the rows whose 承担单位 must wrap onto a second line
A_UNIT_COL, A_UNIT_CHARS, A_TSIZE = 2, 12, 9
A_RTABLE = [
    ["项目类别", "立项数", "资助合计", "拨付方式", "验收要求"],
    ["重点研发计划项目", "6项", "616万元", "立项后拨付60%，中期评估合格后拨付其余40%", "实施期满后3个月内提交验收申请，须取得发明专利或技术标准成果"],
    ["成果转化项目", "6项", "417万元", "立项后一次性拨付，企业须按不低于1:1比例投入配套资金", "形成新产品或新工艺并实现销售收入，验收时提供第三方审计报告"],
    ["社会发展项目", "4项", "217万元", "立项后拨付70%，验收通过后拨付其余30%", "完成示范应用并出具用户报告，实施期满后2个月内申请验收"],
]
A_RTABLE_LINES = [[1, 1, 1, 1, 1]] + [[1, 1, 1, 2, 2]] * 3
A_HEADER = "鞍山市科学技术局　鞍山市财政局　鞍科发〔2026〕17号"
A_BLOCKS = [
    ("title", "鞍山市科学技术局　鞍山市财政局关于下达2026年度鞍山市科技计划项目（第一批）及资助资金的通知"),
    ("docno", "鞍科发〔2026〕17号"),
    ("sal", "各县（市、区）科技主管部门、财政局，鞍山高新技术产业开发区管委会科技创新局、财政局，各有关单位："),
    ("p", "为深入实施创新驱动发展战略，聚焦钢铁深加工、菱镁新材料、激光及光电、高端装备制造等重点产业链开展关键核心技术攻关，根据《鞍山市科技计划项目管理办法》和《鞍山市市级科技专项资金管理办法》，市科技局、市财政局组织开展了2026年度鞍山市科技计划项目（第一批）申报和评审工作。现将有关事项通知如下。"),
    ("h", "一、立项情况"),
    ("p", "本批次共受理项目申报材料213项，经形式审查、专家网络评审、现场答辩和社会公示等程序，确定“高纯电熔镁砂连续熔炼节能工艺研究”等16个项目列入2026年度鞍山市科技计划（第一批），其中重点研发计划项目6项、成果转化项目6项、社会发展项目4项，立项率为7.5%。"),
    ("p", "市级财政安排本批次项目资助资金共1250万元，项目名单及资助金额见表1，各类别项目资助资金拨付方式及验收要求见表2。立项项目承担单位中，企业12家，事业单位及其他单位4家；海城市、岫岩满族自治县和台安县共有4个项目入选。"),
    ("p", "本批次评审重点考察项目的技术创新性、产业带动作用和承担单位研发基础，专家评审实行回避制度，每个项目由不少于5名同行专家独立评分。同一项目负责人同期主持的在研市级科技计划项目不得超过1项，另有9项申报因负责人在研项目超限未予受理。"),
    ("cap", "表1　2026年度鞍山市科技计划项目（第一批）立项名单"),
    ("btable", A_BTABLE),
    ("cap", "表2　各类别项目资助资金拨付方式及验收要求"),
    ("rtable", A_RTABLE),
    ("h", "二、项目实施要求"),
    ("p", "（一）项目承担单位应于2026年5月29日前通过鞍山市科技计划管理信息系统在线签订项目任务书，逾期未签订且无正当理由的，视为自动放弃立项。"),
    ("p", "（二）项目承担单位是项目实施的责任主体，应按照任务书约定的研究内容、考核指标和进度安排组织实施，不得擅自变更项目负责人、承担单位或主要研究内容；确需调整的，由项目承担单位提出书面申请，经所在县（市、区）科技主管部门审核后报市科技局批准。"),
    ("p", "（三）项目实施期间，承担单位应于每年12月10日前报送项目年度执行情况报告；实施期满后按表2要求及时申请验收，因故不能按期完成的，可申请延期一次，延期时间不超过12个月。"),
    ("p", "（四）企业承担的项目，企业自筹资金与市级资助资金的比例原则上不低于2:1；成果转化项目按表2要求落实配套资金，配套资金到位情况作为中期评估的重要内容。"),
    ("h", "三、资金管理"),
    ("p", "（一）资助资金由市财政局按照国库集中支付有关规定拨付至县（市、区）财政局，县（市、区）财政局应在收到资金后10个工作日内拨付至项目承担单位；鞍山高新技术产业开发区的项目资金直接拨付至高新区财政局。"),
    ("p", "（二）资助资金应专款专用、单独核算，主要用于设备费、业务费、劳务费等直接费用；间接费用按不超过直接费用扣除设备购置费后的20%核定，其中用于科研人员绩效支出的部分不超过间接费用的50%。"),
    ("p", "（三）项目通过验收且承担单位信用良好的，结余资金可在2年内由承担单位统筹用于科研活动直接支出；未通过验收或被终止实施的项目，结余资金按原渠道收回。"),
    ("h", "四、职责分工"),
    ("p", "（一）市科技局牵头负责项目的立项管理、过程监督和验收组织，负责科技计划管理信息系统的运行维护。"),
    ("p", "（二）市财政局负责资助资金的预算安排和拨付，会同市科技局开展资金绩效评价和监督检查。"),
    ("p", "（三）各县（市、区）科技主管部门负责本地区项目的日常管理和进度跟踪，牵头组织本地区项目年度执行情况核查。"),
    ("p", "（四）各县（市、区）财政局负责资助资金的及时拨付和使用监管，配合做好项目审计和绩效评价。"),
    ("p", "（五）鞍山市科技成果转化中心负责项目验收的技术服务和档案管理，配合做好项目信息公开。"),
    ("h", "五、其他事项"),
    ("p", "（一）项目承担单位存在弄虚作假、截留挪用资助资金等行为的，市科技局将终止项目实施、追回已拨付资金，并将相关单位和人员记入科研诚信记录，3年内不得申报市级科技计划项目。"),
    ("p", "（二）本批次立项项目名单已于2026年4月20日至4月26日在市科技局门户网站公示，公示期间未收到异议。"),
    ("p", "（三）本批次未获立项的项目不再结转，符合条件的可按照市科技局后续发布的申报指南重新申报。"),
    ("p", "联系人：市科技局计划与资金管理科　韩立新，电话：0412-2236815；市财政局科教文科　邓雪梅，电话：0412-2231907。"),
    ("attach", "附件：1. 2026年度鞍山市科技计划项目（第一批）任务书签订说明"),
    ("attach", "2. 项目年度执行情况报告模板"),
    ("sign", "鞍山市科学技术局　　鞍山市财政局"),
    ("sign", "2026年5月8日"),
    ("p", "（此件公开发布）"),
]


def a_footer(n):
    return f"— {n} —"


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
    text = "".join(v if isinstance(v, str) else "".join("".join(r) for r in v) for _, v in A_BLOCKS)
    text += A_HEADER + "— 0123456789"
    chars = "".join(sorted(set(text)))
    pdfmetrics.registerFont(TTFont("U36Serif", io.BytesIO(cjk_ttf(*FONT_BODY, chars))))
    pdfmetrics.registerFont(TTFont("U36SansBold", io.BytesIO(cjk_ttf(*FONT_BOLD, chars))))
    _FONTS_DONE.append(True)


def wrap_greedy(text, font, size, width):
    """Split text into lines no wider than width (character by character, as a CJK line breaker does)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    lines, cur = [], ""
    for ch in text:
        if cur and stringWidth(cur + ch, font, size) > width + 0.01:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    lines.append(cur)
    return lines


def build_pdf_a():
    """Return (pdf bytes, pages, visual, info): pages[i] = the plain lines of page i+1 (header, body, footer; a table
    row = its cells joined by ' | ', a wrapped cell's lines joined), visual[i] = the text pieces of page i+1 in drawing
    order (what the text layer holds), info = where the tables went and how the borderless cells were split."""
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, CondPageBreak, Flowable, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle
    rl_config.invariant = 1
    register_fonts()
    W, H = A4

    class WholePara(Paragraph):  # a paragraph never splits across pages (each plain line sits on one page)
        def split(self, availWidth, availHeight):
            return []

    class Borderless(Flowable):
        """A table drawn without any line: each cell a drawString / drawRightString at a fixed x; the header row in
        bold; a cell of the unit column wider than the column continues on the next line(s) at the same x, the other
        cells of the row standing on the row's first line only."""
        XS = [0, 26, 196, 320, 470]       # x of each column, from the frame's left edge
        RIGHT = {4}                       # right-aligned columns (x is the right edge)
        LEADING, GAP = 13, 5

        def __init__(self, rows):
            Flowable.__init__(self)
            self.rows = rows
            self.split_cells = [wrap_greedy(r[A_UNIT_COL], "U36Serif", A_TSIZE, A_UNIT_CHARS * A_TSIZE) for r in rows]
            self.split_cells[0] = [rows[0][A_UNIT_COL]]
            self._u36_lines = [" | ".join(r) for r in rows]
            vis = []
            for r, parts in zip(rows, self.split_cells):
                vis += [parts[0] if j == A_UNIT_COL else c for j, c in enumerate(r)] + parts[1:]
            self._u36_visual = vis

        def wrap(self, aw, ah):
            self.width = aw
            self.height = sum(len(p) * self.LEADING + self.GAP for p in self.split_cells)
            return aw, self.height

        def split(self, aw, ah):
            return []

        def draw(self):
            c = self.canv
            y = self.height
            for i, (r, parts) in enumerate(zip(self.rows, self.split_cells)):
                y -= self.LEADING
                c.setFont("U36SansBold" if i == 0 else "U36Serif", A_TSIZE)
                for j, cell in enumerate(r):
                    text = parts[0] if j == A_UNIT_COL else cell
                    if j in self.RIGHT:
                        c.drawRightString(self.XS[j], y + 3, text)
                    else:
                        c.drawString(self.XS[j], y + 3, text)
                for extra in parts[1:]:
                    y -= self.LEADING
                    c.drawString(self.XS[A_UNIT_COL], y + 3, extra)
                y -= self.GAP

    body = ParagraphStyle("body", fontName="U36Serif", fontSize=12, leading=22, wordWrap="CJK",
                          alignment=TA_JUSTIFY, firstLineIndent=24)
    st = {
        "title": ParagraphStyle("title", parent=body, fontName="U36SansBold", fontSize=17, leading=28,
                                alignment=TA_CENTER, firstLineIndent=0, spaceAfter=8),
        "docno": ParagraphStyle("docno", parent=body, alignment=TA_CENTER, firstLineIndent=0, spaceAfter=10),
        "sal": ParagraphStyle("sal", parent=body, firstLineIndent=0),
        "p": body,
        "sign": ParagraphStyle("sign", parent=body, alignment=TA_RIGHT, firstLineIndent=0, rightIndent=24),
        "attach": ParagraphStyle("attach", parent=body, firstLineIndent=0, leftIndent=24, fontSize=11, leading=19),
        "h": ParagraphStyle("h", parent=body, fontName="U36SansBold", fontSize=12.5, spaceBefore=6),
        "cap": ParagraphStyle("cap", parent=body, fontName="U36SansBold", fontSize=11, alignment=TA_CENTER,
                              firstLineIndent=0, spaceBefore=6, spaceAfter=6),
    }
    cell = ParagraphStyle("cell", fontName="U36Serif", fontSize=9, leading=12, wordWrap="CJK")
    cell_head = ParagraphStyle("cellh", parent=cell, fontName="U36SansBold", alignment=TA_CENTER)
    flow = []
    for kind, val in A_BLOCKS:
        if kind == "btable":
            flow.append(Borderless(val))
            flow.append(Spacer(1, 6))
            continue
        if kind == "rtable":
            data = [[Paragraph(c, cell_head if i == 0 else cell) for c in r] for i, r in enumerate(val)]
            t = Table(data, colWidths=[86, 44, 52, 138, 150])
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]))
            t._u36_lines = [" | ".join(r) for r in val]
            t._u36_visual = [c for r in val for c in r]
            t._u36_rows = val
            flow.append(t)
            flow.append(Spacer(1, 8))
            continue
        if kind in ("h", "cap"):
            flow.append(CondPageBreak(330 if val.startswith("表1") else 150 if kind == "cap" else 70))
        para = WholePara(val, st[kind])
        para._u36_lines = [val]
        para._u36_visual = [val]
        flow.append(para)
        if kind == "sal":
            flow.append(Spacer(1, 2))

    pages, visual, info = [[]], [[]], {"btable_page": [], "rtable_page": [], "splits": None}

    class Doc(BaseDocTemplate):
        def afterFlowable(self, fl):
            while len(pages) < self.page:
                pages.append([])
                visual.append([])
            lines = getattr(fl, "_u36_lines", None)
            if lines:
                pages[self.page - 1].extend(lines)
                visual[self.page - 1].extend(fl._u36_visual)
            if isinstance(fl, Borderless):
                info["btable_page"].append(self.page)
                info["splits"] = fl.split_cells
            if isinstance(fl, Table):
                info["rtable_page"].append(self.page)

    def on_page(c, doc):
        c.saveState()
        c.setFont("U36SansBold", 9)
        c.drawCentredString(W / 2, H - 14 * mm, A_HEADER)
        c.setLineWidth(0.6)
        c.line(22 * mm, H - 16 * mm, W - 22 * mm, H - 16 * mm)
        c.restoreState()

    def on_page_end(c, doc):
        c.saveState()
        c.setFont("U36Serif", 10)
        c.drawCentredString(W / 2, 12 * mm, a_footer(doc.page))
        c.restoreState()

    buf = io.BytesIO()
    doc = Doc(buf, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=24 * mm, bottomMargin=24 * mm,
              title="关于下达2026年度鞍山市科技计划项目（第一批）及资助资金的通知",
              author="鞍山市科学技术局", subject="鞍科发〔2026〕17号", creator="鞍山市科学技术局", invariant=1)
    doc.allowSplitting = 1
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="all", frames=[frame], onPage=on_page, onPageEnd=on_page_end)])
    doc.build(flow)
    out = [[A_HEADER] + b + [a_footer(i + 1)] for i, b in enumerate(pages)]
    vis = [[A_HEADER] + v + [a_footer(i + 1)] for i, v in enumerate(visual)]
    return buf.getvalue(), out, vis, info


def pdf_page_texts(path):
    from pypdf import PdfReader
    r = PdfReader(str(path))
    return [p.extract_text() or "" for p in r.pages], r


# ---------------------------------------------------------------------------------------------------------------
# B: 新田科技城 bilingual page (.html, Traditional Chinese in Hong Kong usage + English). B_SECTIONS: (heading,
#    [(zh, en), ...]); the table goes after the section whose heading starts with 資助類別, then its note pair.
# ---------------------------------------------------------------------------------------------------------------
B_TABLE = [
    ["資助類別\nFunding Category", "資助上限\nFunding Ceiling", "資助比例\nFunding Ratio", "最少本地研究人員\nMinimum Local Research Staff"],
    ["甲類：旗艦研發中心\nCategory A: Flagship R&D Centre", "港幣3,000萬元\nHK$30 million", "50%", "20名"],
    ["乙類：中型研發及試產中心\nCategory B: Mid-sized R&D and Pilot Production Centre", "港幣1,200萬元\nHK$12 million", "60%", "8名"],
    ["丙類：初創企業研發團隊\nCategory C: Start-up R&D Team", "港幣200萬元\nHK$2 million", "70%", "3名"],
    ["丁類：先進製造生產線\nCategory D: Advanced Manufacturing Production Line", "港幣1,500萬元\nHK$15 million", "40%", "10名"],
]
B_TITLE_ZH = "新田科技城創科企業落户資助計劃（第二輪）接受申請"
B_TITLE_EN = "San Tin Technopole I&T Enterprise Establishment Funding Scheme (Second Round) Open for Applications"
B_OFFICE = "北部都會區創科發展辦公室 Northern Metropolis I&T Development Office"
B_GOV = "香港特別行政區政府 The Government of the Hong Kong Special Administrative Region"
B_NAV = ["主頁 Home", "關於我們 About Us", "資助計劃 Funding Schemes", "新聞公報 Press Releases", "聯絡我們 Contact Us"]
B_CRUMB = ["主頁 Home", "新聞公報 Press Releases", "2026"]
B_META = "發佈日期：2026年3月16日　Date of Issue: 16 March 2026"
B_SECTIONS = [
    ("計劃簡介 About the Scheme", [
        ("北部都會區創科發展辦公室（下稱「創科辦」）今日宣佈，新田科技城創科企業落户資助計劃（下稱「計劃」）第二輪將於2026年4月1日起接受申請，截止日期為2026年6月30日下午5時正。計劃旨在吸引創新科技企業落户新田科技城。",
         "The Northern Metropolis I&T Development Office (NMITDO) announced today that the second round of the San Tin Technopole I&T Enterprise Establishment Funding Scheme (the Scheme) will be open for applications from 1 April 2026. The closing date is 5:00 pm on 30 June 2026. The Scheme aims to attract I&T enterprises to San Tin Technopole."),
        ("計劃首輪共接獲68宗申請，其中21間企業獲批資助。",
         "The first round received 68 applications, and 21 enterprises were approved for funding."),
    ]),
    ("資助範圍 Scope of Funding", [
        ("計劃資助合資格企業在新田科技城設立研發中心或生產線的開支，包括租金、裝修、研發設備及本地研究人員薪酬，資助期最長為三年。",
         "The Scheme funds expenditure of eligible enterprises in setting up R&D centres or production lines in San Tin Technopole, including rent, fit-out works, R&D equipment and salaries of local research staff. The maximum funding period is three years."),
    ]),
    ("資助類別及上限 Funding Categories and Ceilings", [
        ("計劃設四個資助類別，詳情如下表：",
         "The Scheme has four funding categories, as set out in the table below:"),
    ]),
    ("申請資格 Eligibility", [
        ("申請企業須符合以下條件：（一）根據《公司條例》在香港註冊成立不少於一年；（二）承諾在新田科技城租用不少於500平方米的樓面面積，租期不少於五年；（三）在香港聘用的本地研究人員不少於上表所列的最少人數。",
         "An applicant enterprise must: (a) have been incorporated in Hong Kong under the Companies Ordinance for not less than one year; (b) commit to leasing a floor area of not less than 500 square metres in San Tin Technopole for a term of not less than five years; and (c) employ in Hong Kong no fewer local research staff than the minimum set out in the table above."),
    ]),
    ("評審及撥款 Assessment and Disbursement", [
        ("申請由新田科技城資助評審委員會評審，評審委員會由北部都會區創科發展辦公室牽頭組成，成員包括業界、學術界及投資界代表。評審結果預計於2026年9月公佈。",
         "Applications will be assessed by the San Tin Technopole Funding Assessment Committee, which is formed under the lead of NMITDO and comprises representatives from industry, academia and the investment sector. Results are expected to be announced in September 2026."),
        ("獲批資助分三期發放：簽訂資助協議後發放35%，通過中期審核後發放45%，完成項目後發放餘下20%。計劃秘書處由新田科技城發展有限公司負責。",
         "Approved funding will be disbursed in three instalments: 35% upon signing the funding agreement, 45% upon passing the mid-term review, and the remaining 20% upon project completion. The Scheme Secretariat is run by San Tin Technopole Development Limited."),
    ]),
    ("申請方法及簡介會 How to Apply and Briefing Session", [
        ("申請人須於截止日期前透過計劃網站遞交申請。創科辦將於2026年4月15日下午3時在元朗舉行簡介會，有意出席者請於2026年4月10日或之前網上登記。",
         "Applications must be submitted through the Scheme website before the closing date. NMITDO will hold a briefing session at 3:00 pm on 15 April 2026 in Yuen Long; please register online on or before 10 April 2026."),
        ("查詢請致電3655 4821或電郵至sttfund@nmitdo.gov.hk。",
         "For enquiries, please call 3655 4821 or email sttfund@nmitdo.gov.hk."),
    ]),
]
B_NOTE = ("註：資助比例指計劃資助額佔核准項目開支的百分比。",
          "Note: The funding ratio is the Scheme's funding as a percentage of the approved project expenditure.")
B_FOOTER = ["重要告示 Important Notices | 私隱政策 Privacy Policy",
            "最近修訂日期：2026年3月16日 Last Revision Date: 16 March 2026"]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def b_cell_html(c):
    return "<br>".join(esc(x) for x in c.split("\n"))


def b_cell_plain(c):
    return c.replace("\n", " ")


def b_html():
    """Return (html text, expected plain lines, [(zh line, en line)] pairs)."""
    h, lines, pairs = [], [], []
    h.append('<!DOCTYPE html>\n<html lang="zh-HK">\n<head>\n<meta charset="utf-8">\n'
             '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
             f"<title>{esc(B_TITLE_ZH)} | {esc(B_TITLE_EN)}</title>\n"
             "<style>\nbody{margin:0;font-family:Arial,'Microsoft JhengHei',sans-serif;}\n.nav li{display:inline-block;margin:0 12px;}\n"
             ".en{color:#444;}\ntable.fund{border-collapse:collapse;width:100%;}\ntable.fund th,table.fund td{border:1px solid #8a8a8a;padding:6px;}\n"
             "footer{background:#1d3557;color:#fff;font-size:13px;}\n</style>\n</head>\n<body>\n")
    h.append(f'<header>\n<div class="gov">{esc(B_GOV)}</div>\n<div class="logo"><a href="/">{esc(B_OFFICE)}</a></div>\n'
             '<a href="#content" class="skip">跳至主要內容 Skip to main content</a>\n<nav>\n<ul class="nav">\n')
    lines += [B_GOV, B_OFFICE, "跳至主要內容 Skip to main content"]
    for i, n in enumerate(B_NAV):
        h.append(f'<li><a href="{"/" if i == 0 else f"/tc/page{i}.html"}">{esc(n)}</a></li>\n')
        lines.append(n)
    h.append("</ul>\n</nav>\n</header>\n")
    h.append('<div class="crumb">' + " &gt; ".join(f'<a href="#">{esc(c)}</a>' for c in B_CRUMB) + "</div>\n")
    lines.append(" > ".join(B_CRUMB))
    h.append(f'<main id="content">\n<h1>{esc(B_TITLE_ZH)}</h1>\n<p class="en" lang="en">{esc(B_TITLE_EN)}</p>\n<div class="meta">{esc(B_META)}</div>\n')
    lines += [B_TITLE_ZH, B_TITLE_EN, B_META]
    for head, paras in B_SECTIONS:
        h.append(f"<h2>{esc(head)}</h2>\n")
        lines.append(head)
        for zh, en in paras:
            h.append(f'<p>{esc(zh)}</p>\n<p class="en" lang="en">{esc(en)}</p>\n')
            lines += [zh, en]
            pairs.append((zh, en))
        if head.startswith("資助類別"):
            h.append('<table class="fund">\n<thead>\n<tr>' + "".join(f'<th scope="col">{b_cell_html(c)}</th>' for c in B_TABLE[0])
                     + "</tr>\n</thead>\n<tbody>\n")
            for r in B_TABLE[1:]:
                h.append("<tr>" + "".join(f"<td>{b_cell_html(c)}</td>" for c in r) + "</tr>\n")
            h.append("</tbody>\n</table>\n")
            lines += [" | ".join(b_cell_plain(c) for c in r) for r in B_TABLE]
            h.append(f'<p class="note">{esc(B_NOTE[0])}</p>\n<p class="note en" lang="en">{esc(B_NOTE[1])}</p>\n')
            lines += list(B_NOTE)
            pairs.append(B_NOTE)
    h.append('<div class="tools"><a href="javascript:window.print()">列印 Print</a> <a href="#content">返回頁首 Back to top</a></div>\n</main>\n')
    lines.append("列印 Print 返回頁首 Back to top")
    h.append("<footer>\n")
    for n in B_FOOTER:
        h.append(f"<p>{esc(n)}</p>\n")
        lines.append(n)
    h.append("</footer>\n</body>\n</html>\n")
    return "".join(h), lines, pairs


H_BLOCK = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "div", "ul", "ol", "table", "tbody", "thead", "nav",
           "header", "footer", "main"}
H_LEAF = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "div"}


def html_lines(raw_bytes):
    """(unseen31/32) What a reader sees: each innermost block (p, h*, li, div, tr) is one line; a table row's cells
    (th/td) are joined by ' | '; <br> is a space; whitespace runs collapse; lines stripped; <head>, script, style
    skipped. Loose inline text directly in <header> (the skip link) is one line too. Returns (lines, tables, root)."""
    import lxml.html
    root = lxml.html.document_fromstring(raw_bytes)
    for br in root.iter("br"):
        br.tail = " " + (br.tail or "")
    body = root.find("body")
    lines, tables = [], []

    def norm(s):
        return re.sub(r"[ \t\r\n]+", " ", s).strip()

    for el in body.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "a" and el.getparent().tag in ("header",):
            t = norm("".join(el.itertext()))
            if t:
                lines.append(t)
            continue
        if el.tag not in H_LEAF:
            continue
        if any(isinstance(d.tag, str) and d.tag in H_BLOCK for d in el.iterdescendants()):
            continue
        if el.tag == "tr":
            cells = [norm("".join(c.itertext())) for c in el if isinstance(c.tag, str) and c.tag in ("td", "th")]
            tbl = el.getparent()
            while tbl.tag != "table":
                tbl = tbl.getparent()
            if not tables or tables[-1][0] is not tbl:
                tables.append((tbl, []))
            tables[-1][1].append(cells)
            lines.append(" | ".join(cells))
            continue
        t = norm("".join(el.itertext()))
        if t:
            lines.append(t)
    return lines, [t for _, t in tables], root


# ---------------------------------------------------------------------------------------------------------------
# C: 威海 政策问答 as a plain UTF-8 .txt (Simplified). C_QA: (question, [answer lines]); a list item "table" stands for
#    the space-aligned table C_TABLE (indented two spaces, columns padded by display width).
# ---------------------------------------------------------------------------------------------------------------
C_TITLE = "威海市科技成果转化中试基地建设与运营补助政策问答"
C_META = "发布单位：威海市科学技术局　　发布日期：2026年2月27日"
C_INTRO = "为便于企业和有关单位准确理解和用好《威海市科技成果转化中试基地建设与运营补助办法》（以下简称《办法》），市科技局对政策执行中的常见问题进行了梳理，现解答如下。"
C_TABLE = [
    ["基地类别", "建设补助比例", "建设补助上限", "年度运营补助上限"],
    ["市级中试基地", "20%", "300万元", "50万元"],
    ["市级重点中试基地", "25%", "600万元", "120万元"],
    ["海洋特色中试基地", "30%", "400万元", "70万元"],
]
C_QA = [
    ("《办法》所称的中试基地是指什么？", [
        "中试基地是指面向科技成果工程化、产业化需求，为实验室阶段的成果提供中间试验、工艺验证、样品试制和检验检测等服务的公共技术服务平台，可由企业、高校、科研院所或新型研发机构独立建设，也可联合建设。"]),
    ("中试基地分为哪几类？", [
        "中试基地分为市级中试基地、市级重点中试基地和海洋特色中试基地三类。其中，海洋特色中试基地主要面向海洋生物医药、海洋食品、海洋装备和海水淡化等领域，是结合我市海洋产业优势设置的类别。"]),
    ("申请认定市级中试基地需要具备哪些条件？", [
        "申请单位应同时具备以下条件：",
        "（1）在威海市行政区域内注册登记，具有独立法人资格，且运营满1年；",
        "（2）拥有的中试场地面积不少于800平方米，中试设备原值不低于1000万元；",
        "（3）配备专职技术服务人员不少于10人，其中具有中级以上职称或硕士以上学位的不少于4人；",
        "（4）近两年内未发生重大安全、环保事故，无严重失信记录。"]),
    ("申请市级重点中试基地和海洋特色中试基地有什么额外要求？", [
        "申请市级重点中试基地的，应已被认定为市级中试基地，且上年度对外服务企业不少于50家；申请海洋特色中试基地的，中试服务应主要面向海洋产业领域，上年度海洋领域中试服务收入占比不低于60%。"]),
    ("各类中试基地的补助标准是多少？", [
        "补助标准如下表（金额为单个基地的上限）：",
        "table",
        "建设补助按新购置中试设备实际投入的相应比例计算；运营补助按上年度对外服务收入的10%核定，且不超过上表所列上限。"]),
    ("建设补助和运营补助可以同时申请吗？", [
        "可以。同一基地在认定有效期内可同时享受建设补助和运营补助，但建设补助只能申请一次，运营补助每年申请一次。同一设备已获得其他财政资金支持的，不得重复申请建设补助。"]),
    ("运营补助什么时候申报？", [
        "运营补助每年集中受理一次。2026年度申报时间为2026年4月1日至4月30日，申请单位通过“威海科技创新服务平台”在线填报并上传材料，逾期不再受理。"]),
    ("申请运营补助需要提交哪些材料？", [
        "需提交以下材料：（1）运营补助申请表；（2）上年度对外服务合同清单及发票复印件；（3）经会计师事务所审计的上年度财务报告；（4）中试服务开展情况报告。"]),
    ("对外服务收入如何认定？", [
        "对外服务收入是指中试基地为非关联单位提供中试服务取得的收入，与关联单位之间发生的服务收入不予计入。上年度对外服务收入低于150万元的，不予安排运营补助。"]),
    ("中试基地由哪个部门认定？", [
        "中试基地认定工作由市科技局牵头组织，市工业和信息化局、市财政局等部门参与联合评审，认定结果在部门网站公示5个工作日后发文公布。"]),
    ("认定有效期是多长？期满后怎么办？", [
        "中试基地认定有效期为3年。有效期届满前，基地可提出复核申请，复核通过的继续保留资格；未提出申请或复核未通过的，资格自动终止。"]),
    ("各区市是否有配套支持？", [
        "有。环翠区、文登区、荣成市、乳山市以及威海火炬高技术产业开发区、威海经济技术开发区、威海临港经济技术开发区按照不低于市级补助额一半的比例给予配套支持，具体办法由各区市制定。"]),
    ("中试基地对外服务收费有什么要求？", [
        "中试基地应向社会公开服务内容、收费标准和服务流程，对本市科技型中小企业的收费不得高于市场平均价格的80%。"]),
    ("补助资金可以用于哪些方面？", [
        "补助资金应主要用于：（1）中试设备购置和更新改造；（2）中试场地改造；（3）技术服务人员培训；（4）中试基地日常运行维护。补助资金不得用于人员工资福利、偿还债务和对外投资。"]),
    ("获得建设补助的中试基地有哪些绩效要求？", [
        "获得建设补助的中试基地，应在补助资金拨付后2年内完成建设任务，建成后年均对外服务企业不少于30家，年均完成中试项目不少于20项。"]),
    ("哪些情形会被取消资格？", [
        "有下列情形之一的，取消中试基地资格，追回已拨付的补助资金：",
        "（1）提供虚假材料骗取认定或补助资金的；",
        "（2）连续两年未开展对外中试服务的；",
        "（3）发生重大安全、环保事故的。",
        "被取消资格的单位，5年内不得再次申请认定。"]),
    ("政策执行中遇到问题可以咨询哪里？", [
        "可咨询市科技局成果转化与区域创新科，电话：0631-5287316；也可拨打12345政务服务便民热线。"]),
    ("《办法》从什么时候开始施行？", [
        "《办法》自2026年3月1日起施行，有效期至2030年12月31日。"]),
]
C_TABLE_INDENT, C_TABLE_GAP = 2, 4


def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def c_table_lines():
    widths = [max(dwidth(r[j]) for r in C_TABLE) for j in range(len(C_TABLE[0]))]
    out = []
    for r in C_TABLE:
        s = " " * C_TABLE_INDENT
        for j, c in enumerate(r):
            s += c + (" " * (widths[j] - dwidth(c) + C_TABLE_GAP) if j < len(r) - 1 else "")
        out.append(s)
    return out


def c_text():
    """Return the file text (LF, blank line between pairs)."""
    out = [C_TITLE, C_META, "", C_INTRO, ""]
    for i, (q, ans) in enumerate(C_QA, 1):
        out.append(f"问{i}：{q}")
        first = True
        for a in ans:
            if a == "table":
                out += c_table_lines()
                continue
            out.append(("答：" if first else "") + a)
            first = False
        out.append("")
    return "\n".join(out)


def txt_lines(text):
    """Plain lines of a .txt: each non-empty line, stripped (inner spaces kept)."""
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


# ---------------------------------------------------------------------------------------------------------------
# Questions. hint: a substring that must pick exactly one plain line of the doc (the evidence line).
# traditional: A/C questions are written in Simplified (qs) and converted with OpenCC s2tw; the B question is written
# in Simplified (q) about the Traditional page. Unanswerable: keys = regexes absent from the doc (plain, raw,
# converted; each key also tried in s2tw / s2twp / s2hk / t2s form); gkeys = the same over all docs (and named in the
# question); near = terms present in the doc. table: col = the header of the answer's column; part = the answer is a
# span of a longer cell (a wrapped long cell / a bilingual cell) rather than the whole cell. who_leads: verb after the
# answer within one clause. typo: wrong/right forms (one character apart). B english: en = (hint, English answer) --
# the English paragraph (the one after the Chinese evidence, or the same table row) must give the answer too.
# ---------------------------------------------------------------------------------------------------------------
Q = [
    # ---- A 鞍山 立项通知 (PDF, borderless table with wrapped cells + ruled table with wrapped cells; 20)
    dict(id="u36-A01", doc="A", kind="table", q="鞍山激光熔覆修复轧辊那个项目是哪家单位承担的？", a="鞍山汤岗子激光再制造技术有限公司", hint="| 激光熔覆修复轧辊关键技术研究 |", col="承担单位"),
    dict(id="u36-A02", doc="A", kind="table", q="鞍山岫岩玉石微损加工与检测技术这个项目，市里给了多少钱？", a="58万元", hint="| 岫岩玉石微损加工与检测技术 |", col="资助金额"),
    dict(id="u36-A03", doc="A", kind="table", q="鞍山冷轧薄板表面缺陷智能识别系统研制项目拿到多少市级资助？", a="96万元", hint="| 冷轧薄板表面缺陷智能识别系统研制 |", col="资助金额"),
    dict(id="u36-A04", doc="A", kind="table", q="鞍山社会发展项目验收通过以后，再拨付剩下的百分之多少？", a="30%", hint="社会发展项目 | ", col="拨付方式", part=True),
    dict(id="u36-A05", doc="A", kind="table", q="鞍山重点研发计划项目实施期满后，要在多长时间内提交验收申请？", a="3个月", hint="重点研发计划项目 | ", col="验收要求", part=True),
    dict(id="u36-A06", doc="A", kind="who_leads", q="鞍山各地项目年度执行情况的核查由谁牵头组织？", a="各县（市、区）科技主管部门", hint="牵头组织本地区项目年度执行情况核查", verb="牵头"),
    dict(id="u36-A07", doc="A", kind="paraphrase", q="鞍山这批入选课题的单位，最晚哪天得在网上把任务合同签下来？", a="2026年5月29日", hint="在线签订项目任务书"),
    dict(id="u36-A08", doc="A", kind="paraphrase", q="鞍山这一轮一共收到多少份申请？", a="213项", hint="本批次共受理"),
    dict(id="u36-A09", doc="A", kind="paraphrase", q="在鞍山，拿了市里科研经费的单位要是造假挪用，多少年里不许再报市里的课题？", a="3年", hint="弄虚作假"),
    dict(id="u36-A10", doc="A", kind="typo", q="按山市这批科技计划一共有几个项目立项？", a="16个项目", hint="等16个项目列入", wrong="按山", right="鞍山"),
    dict(id="u36-A11", doc="A", kind="typo", q="鞍山的科技计划项目因故需要延其的，最多能延长多久？", a="12个月", hint="延期时间不超过", wrong="延其", right="延期"),
    dict(id="u36-A12", doc="A", kind="traditional", qs="鞍山这批立项项目名单从哪天开始公示？", a="2026年4月20日", hint="在市科技局门户网站公示"),
    dict(id="u36-A13", doc="A", kind="english", q="How much municipal funding in total does Anshan provide for the first batch of its 2026 science and technology plan projects?", a="1250万元", hint="资助资金共"),
    dict(id="u36-A14", doc="A", kind="english", q="Within how many working days must Anshan's county-level finance bureaus pass the funds on to the project undertakers?", a="10个工作日", hint="国库集中支付"),
    dict(id="u36-A15", doc="A", kind="english", q="What was the approval rate of the first batch of Anshan's 2026 science and technology plan projects?", a="7.5%", hint="立项率"),
    dict(id="u36-A16", doc="A", kind="english_unanswerable", q="How much funding did Anshan allocate to its 2025 science and technology plan projects?", keys=["2025"], near=["2026年度"]),
    dict(id="u36-A17", doc="A", kind="unanswerable", q="辽阳市2026年度第一批科技计划项目共立项多少个？", gkeys=["辽阳"], near=["第一批"]),
    dict(id="u36-A18", doc="A", kind="unanswerable", q="鞍山2026年度第二批科技计划项目什么时候开始申报？", keys=["第二批", "二批"], near=["第一批"]),
    dict(id="u36-A19", doc="A", kind="unanswerable", q="鞍山市发展和改革委员会在这批项目管理中负责什么？", keys=["发展和改革", "发改"], near=["市财政局", "市科技局"]),
    dict(id="u36-A20", doc="A", kind="unanswerable", q="鞍山对验收结果为优秀的项目额外奖励多少？", keys=["优秀", "奖励"], near=["验收"]),
    # ---- B 新田科技城 bilingual HK page (HTML; 17)
    dict(id="u36-B01", doc="B", kind="table", q="新田科技城計劃中，丙類初創企業研發團隊最多可獲多少資助？", a="港幣200萬元", hint="丙類：", col="資助上限 Funding Ceiling", part=True),
    dict(id="u36-B02", doc="B", kind="table", q="新田科技城乙類中型研發及試產中心，計劃資助佔核准開支的百分比是多少？", a="60%", hint="乙類：", col="資助比例 Funding Ratio"),
    dict(id="u36-B03", doc="B", kind="english", q="What is the closing date for applications to the second round of the San Tin Technopole I&T Enterprise Establishment Funding Scheme?", a="2026年6月30日", hint="截止日期為", en=("The closing date is", "30 June 2026")),
    dict(id="u36-B04", doc="B", kind="english", q="What minimum floor area must an applicant enterprise commit to lease in San Tin Technopole?", a="500平方米", hint="樓面面積", en=("floor area of", "500 square metres")),
    dict(id="u36-B05", doc="B", kind="english", q="What is the funding ceiling for a Category A Flagship R&D Centre in San Tin Technopole?", a="港幣3,000萬元", hint="甲類：", en=("Category A:", "HK$30 million")),
    dict(id="u36-B06", doc="B", kind="english", q="Under the San Tin Technopole scheme, what percentage of the approved funding is released upon signing the funding agreement?", a="35%", hint="分三期發放", en=("three instalments", "35%")),
    dict(id="u36-B07", doc="B", kind="english_unanswerable", q="When will the third round of the San Tin Technopole funding scheme open for applications?", keys=["第三輪", "三輪", "[Tt]hird [Rr]ound"], near=["第二輪", "Second Round"]),
    dict(id="u36-B08", doc="B", kind="paraphrase", q="新田這輪計劃的説明會哪天舉行？", a="2026年4月15日", hint="舉行簡介會"),
    dict(id="u36-B09", doc="B", kind="paraphrase", q="公司要在本港成立多久，才有資格申請新田這項落户資助？", a="一年", hint="申請企業須符合以下條件"),
    dict(id="u36-B10", doc="B", kind="paraphrase", q="在新田的項目做完以後，企業最後還能領到幾成款項？", a="20%", hint="分三期發放"),
    dict(id="u36-B11", doc="B", kind="typo", q="新天科技城的創科企業落户資助計劃第二輪哪天開始接受申請？", a="2026年4月1日", hint="截止日期為", wrong="新天", right="新田"),
    dict(id="u36-B12", doc="B", kind="typo", q="新田科技城計劃的資助期最常是多久？", a="三年", hint="資助期最長", wrong="最常", right="最長"),
    dict(id="u36-B13", doc="B", kind="who_leads", q="新田科技城資助評審委員會由哪個機構牽頭組成？", a="北部都會區創科發展辦公室", hint="評審委員會由", verb="牽頭"),
    dict(id="u36-B14", doc="B", kind="traditional", q="新田科技城第二轮计划的评审结果预计什么时候公布？", a="2026年9月", hint="評審結果預計"),
    dict(id="u36-B15", doc="B", kind="unanswerable", q="洪水橋新發展區的創科企業落户資助計劃資助上限是多少？", gkeys=["洪水橋", "Hung Shui Kiu"], near=["資助上限"]),
    dict(id="u36-B16", doc="B", kind="unanswerable", q="香港生產力促進局在新田科技城這個計劃中負責甚麼工作？", keys=["生產力促進局", "Productivity Council"], near=["評審委員會", "秘書處"]),
    dict(id="u36-B17", doc="B", kind="unanswerable", q="新田科技城計劃對企業租金的資助每平方米最多多少？", keys=["每平方米", "[Pp]er square met"], near=["租金", "500平方米"]),
    # ---- C 威海 政策问答 (txt, Simplified; 13)
    dict(id="u36-C01", doc="C", kind="table", q="威海海洋特色中试基地每年的运营补助最多能拿多少？", a="70万元", hint="海洋特色中试基地  ", col="年度运营补助上限"),
    dict(id="u36-C02", doc="C", kind="who_leads", q="威海中试基地的认定工作由哪个部门牵头组织？", a="市科技局", hint="认定工作由", verb="牵头"),
    dict(id="u36-C03", doc="C", kind="paraphrase", q="在威海想拿到中试平台资格，专职服务人员起码要有几个？", a="10人", hint="专职技术服务人员"),
    dict(id="u36-C04", doc="C", kind="paraphrase", q="威海的中试平台向本地科技型小微企业收钱，最高是市场均价的几成？", a="80%", hint="市场平均价格"),
    dict(id="u36-C05", doc="C", kind="typo", q="威海中试基地认定的有笑期是几年？", a="3年", hint="认定有效期为", wrong="有笑期", right="有效期"),
    dict(id="u36-C06", doc="C", kind="traditional", qs="威海中试基地建设与运营补助办法从哪天开始施行？", a="2026年3月1日", hint="起施行"),
    dict(id="u36-C07", doc="C", kind="english", q="What minimum pilot-test floor area must an applicant have to be recognised as a Weihai municipal pilot-scale base?", a="800平方米", hint="中试场地面积"),
    dict(id="u36-C08", doc="C", kind="english", q="On what date does Weihai begin accepting 2026 applications for operating subsidies for pilot-scale bases?", a="2026年4月1日", hint="2026年度申报时间"),
    dict(id="u36-C09", doc="C", kind="english", q="For how many years may a unit whose Weihai pilot-scale base status has been revoked not apply for recognition again?", a="5年", hint="被取消资格的单位"),
    dict(id="u36-C10", doc="C", kind="english_unanswerable", q="What is the subsidy ceiling for a national-level pilot-scale base in Weihai?", keys=["国家级", "国家"], near=["市级重点中试基地"]),
    dict(id="u36-C11", doc="C", kind="unanswerable", q="烟台市级中试基地的建设补助上限是多少？", gkeys=["烟台"], near=["建设补助上限"]),
    dict(id="u36-C12", doc="C", kind="unanswerable", q="威海2025年度中试基地运营补助什么时候申报？", keys=["2025"], near=["2026年度申报时间"]),
    dict(id="u36-C13", doc="C", kind="unanswerable", q="威海市市场监督管理局在中试基地认定中负责什么？", keys=["市场监督管理局", "市场监管"], near=["市工业和信息化局"]),
]

KIND_COUNTS = {"english": 10, "english_unanswerable": 3, "paraphrase": 8, "typo": 5, "table": 8, "who_leads": 3,
               "traditional": 3, "unanswerable": 10}
DOC_COUNTS = {"A": 20, "B": 17, "C": 13}
KIND_DOC_COUNTS = {  # kind: (A, B, C)
    "english": (3, 4, 3), "english_unanswerable": (1, 1, 1), "paraphrase": (3, 3, 2), "typo": (2, 2, 1),
    "table": (5, 2, 1), "who_leads": (1, 1, 1), "traditional": (1, 1, 1), "unanswerable": (4, 3, 3)}
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
HAN = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_PLACE = {"A": "Anshan", "B": "San Tin", "C": "Weihai"}
PLACE_KEYS = ["辽阳", "遼陽", "营口", "營口", "洪水橋", "洪水桥", "Hung Shui Kiu", "古洞", "深圳", "Shenzhen", "烟台", "煙臺",
              "煙台", "Yantai", "Liaoyang"]  # neighbours: in no document
PARAPHRASE_MAX_RUN = 4
OTHER_MAX_RUN = 16
UNANSWERABLE = ("unanswerable", "english_unanswerable")
SCRIPT = {"A": "s", "B": "t", "C": "s"}  # the document's script: Simplified / Traditional (HK)


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
    b_src, b_expected, b_pairs = b_html()
    (CORPUS / FILE_B).write_bytes(b_src.encode("utf-8"))
    c_src = c_text()
    (CORPUS / FILE_C).write_bytes(c_src.encode("utf-8"))

    # ---- plain texts (A: tracked page by page during the build, then compared with the PDF's text layer; B, C: read
    #      back from the files)
    a_plain = [ln for page in a_pages for ln in page]
    b_bytes = (CORPUS / FILE_B).read_bytes()
    b_plain, b_tables, b_root = html_lines(b_bytes)
    c_raw = (CORPUS / FILE_C).read_bytes().decode("utf-8")
    c_plain = txt_lines(c_raw)
    plains = {"A": a_plain, "B": b_plain, "C": c_plain}
    for d, lines in plains.items():
        (PLAIN / (Path(FILES[d]).stem + ".txt")).write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    ptext = {d: "\n".join(v) for d, v in plains.items()}
    for d in "ABC":
        check(all(ln == ln.strip() and ln for ln in plains[d]), f"{d}: empty or padded plain line")
    check(3000 <= len(ptext["A"]) <= 5000, f"A: {len(ptext['A'])} characters, want 3,000-5,000")
    check(2000 <= len(ptext["B"]) <= 4000, f"B: {len(ptext['B'])} characters, want 2,000-4,000")
    check(2000 <= len(ptext["C"]) <= 3500, f"C: {len(ptext['C'])} characters, want 2,000-3,500")
    num = lambda s: float(re.match(r"[\d.]+", s.replace(",", "")).group())  # noqa: E731

    # ---- A: PDF with a borderless table (wrapped cells) and a ruled table (wrapped cells)
    texts, reader = pdf_page_texts(CORPUS / FILE_A)
    check(a_bytes.startswith(b"%PDF-") and 3 <= len(texts) <= 4, f"A: a PDF of 3-4 pages ({len(texts)})")
    check(len(texts) == len(a_pages) == len(a_visual), f"A: {len(texts)} PDF pages vs {len(a_pages)} tracked")
    for i, (t, vis, page) in enumerate(zip(texts, a_visual, a_pages)):
        check(squash(t) == squash("".join(vis)), f"A: text layer of page {i + 1} differs from the drawn pieces")
        check(page[0] == A_HEADER and page[-1] == a_footer(i + 1), f"A: running header / footer of page {i + 1}")
    for p in reader.pages:
        w, h = float(p.mediabox.width), float(p.mediabox.height)
        check(abs(w - 595.28) < 1 and abs(h - 841.89) < 1, "A: A4 pages")
    fonts = set()
    for p in reader.pages:
        for f in p["/Resources"]["/Font"].values():
            fo = f.get_object()
            fonts.add(str(fo["/BaseFont"]))
            if str(fo["/BaseFont"]) != "/Helvetica":
                check("/ToUnicode" in fo and "/FontFile2" in str(fo["/FontDescriptor"].get_object()),
                      f"A: font {fo['/BaseFont']} not an embedded TrueType with ToUnicode")
    check({f.split("+")[-1].lstrip("/") for f in fonts} <= {"NotoSansCJKsc-Bold", "NotoSerifCJKsc-Regular", "Helvetica"},
          f"A: fonts {fonts}")
    check(len(a_info["btable_page"]) == 1 and len(a_info["rtable_page"]) == 1, "A: each table drawn once, on one page")
    bpage = a_info["btable_page"][0] if a_info["btable_page"] else 0
    rpage = a_info["rtable_page"][0] if a_info["rtable_page"] else 0
    splits = a_info["splits"] or []
    wrapped = {r[0] for r, s in zip(A_BTABLE[1:], splits[1:]) if len(s) > 1}
    check(wrapped == A_WRAP_ROWS, f"A: rows whose 承担单位 wraps {sorted(wrapped, key=int)}, want {sorted(A_WRAP_ROWS, key=int)}")
    check(all(len(s) <= 2 for s in splits), "A: a wrapped cell takes two lines, no more")
    check(all("".join(s) == r[A_UNIT_COL] for r, s in zip(A_BTABLE, splits)), "A: the split lines rejoin to the cell")
    check(12 <= len(A_BTABLE) - 1 <= 18, "A: 12-18 rows in the borderless table")
    a_wrapped_cells = {r[A_UNIT_COL]: s for r, s in zip(A_BTABLE, splits) if len(s) > 1}
    import pdfplumber
    with pdfplumber.open(str(CORPUS / FILE_A)) as pdf:
        found = [(i + 1, t) for i, pg in enumerate(pdf.pages) for t in pg.extract_tables()]
        # no ruling line at all around the borderless table: the page's only lines are the running-header rule
        # and (if it shares the page) the ruled table's grid
        bp = pdf.pages[bpage - 1] if bpage else None
        words = bp.extract_words(x_tolerance=2, y_tolerance=2) if bp else []
        b_top = min((w["top"] for w in words if w["text"] == "项目名称"), default=0)
        b_bottom = max((w["bottom"] for w in words if w["text"] == A_BTABLE[-1][4]), default=0)
        lines_in_band = [ln for ln in ((bp.lines + bp.rects) if bp else []) if b_top - 4 <= ln["top"] <= b_bottom + 4]
        head_fonts = {c["fontname"].split("+")[-1] for c in (bp.chars if bp else []) if abs(c["top"] - b_top) < 1}
    check(len(found) == 1 and found[0][0] == rpage, f"A: pdfplumber finds exactly one ruled table, on page {rpage}: {[(p, len(t)) for p, t in found]}")
    if found:
        raw_rows = found[0][1]
        check([[squash(c or "") for c in r] for r in raw_rows] == [[squash(c) for c in r] for r in A_RTABLE],
              "A: pdfplumber's ruled table equals the data")
        nl = [[(c or "").count("\n") + 1 for c in r] for r in raw_rows]
        check(nl == A_RTABLE_LINES, f"A: ruled-table cells take the designed number of lines {nl}")
        flat = squash("".join(c or "" for r in raw_rows for c in r))
        check(not any(squash(r[1]) in flat for r in A_BTABLE[1:]), "A: no borderless row inside a found table")
    check(bpage != 0 and not lines_in_band, f"A: lines or rects drawn across the borderless table: {len(lines_in_band)}")
    check(head_fonts == {"NotoSansCJKsc-Bold"}, f"A: borderless header row in bold {head_fonts}")
    # wrapped cells: line 1 on the row's first line (with the amount), line 2 alone on the next line at the same x
    for r, s in zip(A_BTABLE[1:], splits[1:]):
        w_amt = [w for w in words if w["text"] == r[4]]
        w1 = [w for w in words if w["text"] == s[0]]
        ok = len(w_amt) == 1 and len(w1) == 1 and abs(w1[0]["top"] - w_amt[0]["top"]) < 1
        if len(s) > 1 and ok:
            w2 = [w for w in words if w["text"] == s[1] and 10 < w["top"] - w1[0]["top"] < 16]
            ok = len(w2) == 1 and abs(w2[0]["x0"] - w1[0]["x0"]) < 0.5
            others = [w for w in words if ok and abs(w["top"] - w2[0]["top"]) < 1 and w is not w2[0]]
            ok = ok and not others
        check(ok, f"A: row {r[0]} 承担单位 placement (wrap {len(s)} line(s))")
    rows_b = [ln for ln in a_plain if ln in {" | ".join(r) for r in A_BTABLE}]
    check(rows_b == [" | ".join(r) for r in A_BTABLE], "A: the borderless rows in the plain text, in order, once each")
    rows_r = [ln for ln in a_plain if ln in {" | ".join(r) for r in A_RTABLE}]
    check(rows_r == [" | ".join(r) for r in A_RTABLE], "A: the ruled rows in the plain text, in order, once each")
    a_prose = "\n".join(ln for ln in a_plain if " | " not in ln)
    amounts = [r[4] for r in A_BTABLE[1:]]
    check(len(set(amounts)) == len(amounts), "A: amounts distinct")
    for cv in amounts + [c for r in A_RTABLE[1:] for c in r[1:3]] + re.findall(r"\d+%", "".join(c for r in A_RTABLE[1:] for c in r)):
        if cv.endswith("项"):
            continue
        check(num_count(cv, a_prose) == 0, f"A: table cell {cv} also in the prose")
    tot = sum(num(a) for a in amounts)
    check(tot == 1250 and "资助资金共1250万元" in a_prose, f"A: amounts sum to 1250万元 as the prose says ({tot})")
    cats = [A_BTABLE[1:7], A_BTABLE[7:13], A_BTABLE[13:]]
    check([sum(num(r[4]) for r in c) for c in cats] == [num(r[2]) for r in A_RTABLE[1:]]
          and [f"{len(c)}项" for c in cats] == [r[1] for r in A_RTABLE[1:]], "A: 表2 counts and sums match 表1 by category")
    check("重点研发计划项目6项、成果转化项目6项、社会发展项目4项" in a_prose and "等16个项目列入" in a_prose
          and round(16 / 213 * 100, 1) == 7.5 and "立项率为7.5%" in a_prose, "A: 16 of 213 = 7.5%")
    firms = sum(1 for r in A_BTABLE[1:] if r[2].endswith("公司"))
    check(firms == 12 and "企业12家，事业单位及其他单位4家" in a_prose, f"A: 12 firms ({firms})")
    county = sum(1 for r in A_BTABLE[1:] if r[2].startswith(("海城市", "岫岩", "台安县")))
    check(county == 4 and "共有4个项目入选" in a_prose, f"A: 4 county projects ({county})")
    check(A_BTABLE[1][1] in a_prose, "A: the first project named in the prose")
    a_dates = re.findall(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日", a_prose)
    check(a_dates == [("2026", "5", "29"), ("", "12", "10"), ("2026", "4", "20"), ("", "4", "26"), ("2026", "5", "8")],
          f"A: dates {a_dates}")
    a_units = re.findall(r"（[一二三四五]）([^，。；]*?)(牵头|负责)", a_prose)
    check(("市科技局", "牵头") in a_units and ("市财政局", "负责") in a_units and ("各县（市、区）科技主管部门", "负责") in a_units,
          f"A: who-does-what {a_units}")
    a_leads = [ln for ln in a_plain if "牵头" in ln]
    check(len(a_leads) == 2 and a_leads[0].startswith("（一）市科技局牵头") and a_leads[1].startswith("（三）各县"), f"A: 牵头 lines {a_leads}")
    check(T2S.convert(ptext["A"]) == ptext["A"], "A: Simplified throughout")

    # ---- B: bilingual html
    check(not b_bytes.startswith(b"\xef\xbb\xbf") and '<meta charset="utf-8">' in b_src[:200] and 'lang="zh-HK"' in b_src[:100],
          "B: UTF-8, no BOM, meta charset, lang zh-HK")
    check(b_plain == b_expected, "B: lxml reading equals the designed lines")
    check(len(b_tables) == 1 and b_tables[0] == [[b_cell_plain(c) for c in r] for r in B_TABLE], "B: one <table> equal to the data")
    check(all("\n" in c for c in B_TABLE[0]) and all(re.fullmatch(r"[^\sA-Za-z]+ [A-Z][\w\s&-]+", b_cell_plain(c)) for c in B_TABLE[0]),
          "B: every header bilingual (Chinese then English)")
    for r in B_TABLE[1:]:
        zh, en = r[1].split("\n")
        m = re.fullmatch(r"港幣([\d,]+)萬元", zh)
        e = re.fullmatch(r"HK\$(\d+) million", en)
        check(bool(m and e) and int(m.group(1).replace(",", "")) == int(e.group(1)) * 100, f"B: amount forms agree {zh} / {en}")
    b_plain_idx = {ln: i for i, ln in enumerate(b_plain)}
    for zh, en in b_pairs:
        i = b_plain_idx.get(zh)
        check(i is not None and b_plain[i + 1] == en, f"B: English version right after the Chinese: {zh[:20]}")
        check(bool(HAN.search(zh)) and not CJK.search(en), f"B: a Chinese / English pair: {zh[:20]}")
        zd = [(int(y), int(mo), int(dd)) for y, mo, dd in re.findall(r"(\d{4})年(\d{1,2})月(\d{1,2})日", zh)]
        months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                  "November", "December"]
        ed = [(int(y), months.index(mo) + 1, int(dd)) for dd, mo, y in re.findall(r"(\d{1,2}) (\w+) (\d{4})", en)]
        check(zd == ed, f"B: dates agree in both languages {zd} / {ed}")
        check(re.findall(r"\d+%", zh) == re.findall(r"\d+%", en), f"B: percentages agree {zh[:20]}")
    check(len(b_pairs) >= 8 and len(B_SECTIONS) >= 5, "B: 5+ sections, 8+ paragraph pairs")
    b_zh = "\n".join(zh for zh, _ in b_pairs)
    check(re.search(r"2026年\d+月\d+日", b_zh) and re.search(r"\d+ \w+ 2026", "\n".join(en for _, en in b_pairs)),
          "B: dates in both forms")
    check(len(b_root.xpath("//ul[@class='nav']/li/a")) == len(B_NAV) and any("私隱政策" in ln for ln in b_plain),
          "B: nav and footer present")
    for ln in b_plain:
        if HAN.search(ln):
            check(S2HK.convert(ln) == ln, f"B: line not Hong Kong Traditional: {ln[:30]}")
    check(T2S.convert(b_zh) != b_zh and "台" not in ptext["B"], "B: Traditional Chinese")
    b_cells = [c for r in B_TABLE[1:] for c in r[1:]]
    check(len(set(b_cells)) == len(b_cells), "B: table cells distinct")
    for cv in [b_cell_plain(c).split(" ")[0] for c in b_cells]:
        check(num_count(cv, "\n".join(ln for ln in b_plain if " | " not in ln)) == 0, f"B: table cell {cv} also in the prose")

    # ---- C: txt FAQ
    check(not c_raw.startswith("\ufeff") and "\r" not in c_raw, "C: UTF-8 without BOM, LF")
    qs_lines = [ln for ln in c_plain if re.match(r"问\d+：", ln)]
    check([int(re.match(r"问(\d+)：", ln).group(1)) for ln in qs_lines] == list(range(1, len(C_QA) + 1))
          and 15 <= len(C_QA) <= 20, f"C: 问1…问{len(C_QA)} in order (15-20)")
    for i, ln in enumerate(c_plain):
        if re.match(r"问\d+：", ln):
            check(c_plain[i + 1].startswith("答："), f"C: {ln[:6]} followed by 答：")
    check(sum(ln.startswith("答：") for ln in c_plain) == len(C_QA), "C: one 答 per 问")
    item_lines = [ln for ln in c_plain if re.match(r"（\d）", ln)]
    inline = [ln for ln in c_plain if ln.startswith("答：") and "（1）" in ln and "（2）" in ln]
    check(len(item_lines) >= 6 and len(inline) >= 2, "C: item lists (（1）… on own lines and inline)")
    tl = [ln for ln in c_raw.split("\n") if ln.startswith(" " * C_TABLE_INDENT) and ln.strip()]
    check(len(tl) == len(C_TABLE), f"C: the table's {len(C_TABLE)} indented lines")
    starts = []
    for ln in tl:
        cols = [m.start() for m in re.finditer(r"(?:(?<=^)|(?<=  ))\S", ln)]
        starts.append([dwidth(ln[:k]) for k in cols])
    check(len({tuple(s) for s in starts}) == 1 and len(starts[0]) == len(C_TABLE[0]), f"C: columns aligned by spaces {starts}")
    check([re.split(r" {2,}", ln.strip()) for ln in tl] == C_TABLE, "C: splitting the aligned lines gives the table")
    check("\t" not in c_raw, "C: spaces, not tabs")
    c_prose = "\n".join(ln for ln in c_plain if ln not in {t.strip() for t in tl})
    for cv in [c for r in C_TABLE[1:] for c in r[1:]]:
        check(num_count(cv, c_prose) == 0, f"C: table cell {cv} also in the prose")
    c_dates = re.findall(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日", c_prose)
    check(c_dates == [("2026", "2", "27"), ("2026", "4", "1"), ("", "4", "30"), ("2026", "3", "1"), ("2030", "12", "31")], f"C: dates {c_dates}")
    check(T2S.convert(ptext["C"]) == ptext["C"], "C: Simplified throughout")

    raw = {"A": "\n".join(texts), "B": b_src, "C": c_raw}
    every = {d: [ptext[d], raw[d], T2S.convert(ptext[d]), S2TW.convert(ptext[d]), S2HK.convert(ptext[d])] for d in "ABC"}

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
            if d == "A":  # the text layer: contiguous, or (a wrapped borderless cell) its two drawn lines
                in_raw = squash(ans) in squash(raw["A"]) or (
                    ans in a_wrapped_cells and all(p in raw["A"] for p in a_wrapped_cells[ans]))
            else:
                in_raw = ans in raw[d]
            check(in_raw, f"{q['id']}: answer not in the raw file")
            if re.search(r"\d", ans):
                allowed = {ev, dict(b_pairs).get(ev)} if d == "B" else {ev}  # B: the English version may repeat it
                for ln in plains[d]:
                    if ln not in allowed and num_count(ans, ln):
                        check(False, f"{q['id']}: answer {ans} also in: {ln[:40]}")
                check(num_count(ans, ev) == 1, f"{q['id']}: answer {ans} more than once in its evidence")
            else:
                check(ev.count(ans) == 1, f"{q['id']}: answer {ans} more than once in evidence")
            if "col" in q:
                if d == "A":
                    tables = [A_BTABLE, A_RTABLE]
                    joined = lambda r: " | ".join(r)  # noqa: E731
                elif d == "B":
                    tables = [[[b_cell_plain(c) for c in r] for r in B_TABLE]]
                    joined = lambda r: " | ".join(r)  # noqa: E731
                else:
                    tables = [C_TABLE]
                    joined = lambda r: [t.strip() for t in tl][C_TABLE.index(r)]  # noqa: E731
                hit = [(t, r) for t in tables for r in t[1:] if joined(r) == ev]
                check(len(hit) == 1, f"{q['id']}: evidence must be a data row of a table")
                if hit:
                    t, gridrow = hit[0]
                    ci = t[0].index(q["col"])
                    cellv = gridrow[ci]
                    check(cellv == ans or (q.get("part") and ans in cellv), f"{q['id']}: answer must be the {q['col']} cell")
                    check(sum(ans in c for c in gridrow) == 1, f"{q['id']}: other cells differ")
                    check(q["col"].split(" ")[0] not in question, f"{q['id']}: question copies the column header")
                    q["_wrapped"] = (t is A_BTABLE and gridrow[0] in A_WRAP_ROWS) or t is A_RTABLE
                    q["_borderless"] = t is A_BTABLE
            if k == "who_leads":
                check(re.search(re.escape(ans) + r"[^；。]*?" + q["verb"], ev), f"{q['id']}: {ans} … {q['verb']}")
                check(q["verb"] in question, f"{q['id']}: question must ask who {q['verb']}")
            if "en" in q:
                eh, ea = q["en"]
                ehits = [i for i, ln in enumerate(plains[d]) if eh in ln]
                check(len(ehits) == 1, f"{q['id']}: English hint matches {len(ehits)} lines")
                if ehits:
                    eln = plains[d][ehits[0]]
                    evi = plains[d].index(ev) if ev in plains[d] else -9
                    check(ea in eln and (eln == ev or ehits[0] == evi + 1), f"{q['id']}: the English version gives {ea}")
            elif d == "B" and k == "english":
                check(False, f"{q['id']}: B English questions need the English answer (en)")
        if k in ("english", "english_unanswerable"):
            check(not CJK.search(question), f"{q['id']}: CJK in English question")
            check(ENGLISH_PLACE[d] in question, f"{q['id']}: English question must name {ENGLISH_PLACE[d]}")
        else:
            check(bool(CJK.search(question)), f"{q['id']}: Chinese kinds must be asked in Chinese")
        if k == "traditional":
            if SCRIPT[d] == "s":
                check(T2S.convert(question) != question and S2TW.convert(question) == question, f"{q['id']}: not Traditional")
                trad_only = set(question) - set(T2S.convert(question))
                check(not any(ch in ptext[d] for ch in trad_only), f"{q['id']}: a Traditional-only character occurs in the doc")
            else:
                check(T2S.convert(question) == question and S2HK.convert(question) != question, f"{q['id']}: not Simplified")
                simp_only = set(question) - set(S2HK.convert(question))
                check(not any(ch in ptext[d] for ch in simp_only), f"{q['id']}: a Simplified-only character occurs in B")
        elif k not in ("english", "english_unanswerable"):
            if SCRIPT[d] == "t":
                check(S2HK.convert(question) == question and T2S.convert(question) != question,
                      f"{q['id']}: B questions other than traditional are Traditional (HK)")
            else:
                check(T2S.convert(question) == question, f"{q['id']}: A/C questions other than traditional are Simplified")
        if k == "typo":
            w, r = q["wrong"], q["right"]
            check(len(w) == len(r) and sum(x != y for x, y in zip(w, r)) == 1, f"{q['id']}: typo must differ by one char")
            check(w in question and r not in question, f"{q['id']}: typo form")
            check(r in ptext[d], f"{q['id']}: real form not in doc")
            for f in {w, S2TW.convert(w), S2HK.convert(w), T2S.convert(w)}:
                check(not occurs(re.escape(f), "ABC"), f"{q['id']}: wrong form {f} occurs in a document")
        if ev and k != "english":
            text = T2S.convert(question) if k == "traditional" and SCRIPT[d] == "s" else question
            if k == "traditional" and SCRIPT[d] == "t":
                text = S2HK.convert(question)
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
    check(all(re.fullmatch(r"u36-[ABC]\d\d", o["id"]) for o in out), "id format")
    for d in "ABC":
        nums_d = [int(o["id"][5:]) for o in out if o["id"][4] == d]
        check(nums_d == list(range(1, len(nums_d) + 1)), f"{d}: ids numbered without gaps")
    # structural coverage of the table questions
    a_tab = [q for q in Q if q["doc"] == "A" and q["kind"] == "table"]
    check(len(a_tab) >= 5, "A: 5+ table questions")
    check(sum(bool(q.get("_wrapped")) for q in a_tab) >= 2, "A: 2+ table questions on rows whose cell wraps")
    check(sum(bool(q.get("_borderless")) for q in a_tab) >= 2, "A: 2+ table questions on the borderless table")
    check(sum(bool(q.get("_borderless")) and bool(q.get("_wrapped")) for q in a_tab) >= 2,
          "A: 2+ table questions on borderless rows whose 承担单位 wraps")
    check(any(q["a"] in a_wrapped_cells for q in a_tab), "A: one answer is a wrapped borderless cell itself")
    check(any(not q.get("_borderless") for q in a_tab), "A: a table question on the ruled table")
    check(sum(1 for q in Q if q["doc"] == "B" and q["kind"] == "table") >= 2, "B: 2+ table questions")

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
    print(f"A: {len(texts)} PDF pages; borderless table on page {bpage} (wrapped rows {sorted(wrapped, key=int)}), "
          f"ruled table on page {rpage}; fonts {sorted(fonts)}")
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
