#!/usr/bin/env python3
"""Build unseen28: three fictional policy documents -- a Simplified PDF (Yibin, 宜宾市) 专项资金安排方案 with numbered
sections, sub-items, page header/footer and a drawn table of figures; a DOCX 申报通知 (Shanxi, 山西省) for 揭榜挂帅
projects with a Word table as 附件1; and a Traditional-Chinese Markdown press release (Tainan, 臺南市) with ROC dates,
a Markdown table of last year's results vs this year's targets -- their UTF-8 plain texts and 50 questions, then run
the consistency checks (exit 1 on any failure). Writes only inside unseen28/. Deterministic: a rebuild is byte for
byte identical.

The PDF uses Noto Serif CJK SC / Noto Sans CJK SC from /usr/share/fonts (OpenType CFF .ttc). reportlab cannot embed
CFF outlines, so the builder subsets each face to the characters the PDF uses and converts the outlines to TrueType
quadratics with fontTools (cu2qu) in memory; reportlab then embeds the subset TTF with a ToUnicode map, so the text
extracts cleanly (checked with both pypdf and pdfminer)."""
import datetime as _dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path

import opencc
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
PLAIN = ROOT / "plain"

FILE_A = "A_yibin_2026_keji_chuangxin_zhuanxiang_zijin_anpai_fangan.pdf"
FILE_B = "B_shanxi_2026_zhongdian_yanfa_jiebang_guashuai_shenbao_tongzhi.docx"
FILE_C = "C_tainan_115_chanye_chuangxin_yanfa_buzhu_xinwengao.md"
FILES = {"A": FILE_A, "B": FILE_B, "C": FILE_C}

S2TWP = opencc.OpenCC("s2twp")
S2TW = opencc.OpenCC("s2tw")
T2S = opencc.OpenCC("t2s")

FONT_DIR = Path("/usr/share/fonts/opentype/noto")

# ---------------------------------------------------------------------------------------------------------------
# A: 宜宾市科学技术局 宜宾市财政局 关于印发《2026年宜宾市市级科技创新专项资金安排方案》的通知 (PDF, Simplified).
#    Kinds: title, docno, sal (salutation), p (indented paragraph), sign (right), h2 (centred bold), h3 (bold),
#    caption (centred), table, note (small).
# ---------------------------------------------------------------------------------------------------------------
A_HEADER_LEFT = "宜宾市科学技术局　宜宾市财政局"
A_HEADER_RIGHT = "宜科联〔2026〕6号"
A_TABLE = [
    ["序号", "支持方向", "2025年安排", "2026年安排", "计划支持项目数", "单项最高资助"],
    ["1", "动力电池与新材料技术攻关", "6200万元", "7800万元", "26项", "800万元"],
    ["2", "数字经济与智能终端", "3500万元", "4100万元", "34项", "300万元"],
    ["3", "科技成果转移转化", "2800万元", "3300万元", "45项", "150万元"],
    ["4", "创新平台与新型研发机构", "4300万元", "5200万元", "12项", "1000万元"],
    ["5", "科技型企业梯度培育", "3100万元", "3600万元", "180项", "50万元"],
    ["6", "科技人才与国际合作", "1600万元", "2000万元", "40项", "120万元"],
    ["合计", "", "21500万元", "26000万元", "337项", "—"],  # "" = merged into the cell before
]
A_BLOCKS = [
    ("title", "宜宾市科学技术局　宜宾市财政局"),
    ("title", "关于印发《2026年宜宾市市级科技创新专项资金安排方案》的通知"),
    ("docno", "宜科联〔2026〕6号"),
    ("sal", "各区县科技主管部门、财政局，三江新区、临港经开区相关部门，各有关单位："),
    ("p", "为深入实施创新驱动发展战略，加快建设区域科技创新中心，根据《宜宾市市级科技创新专项资金管理办法》，市科技局、市财政局研究制定了《2026年宜宾市市级科技创新专项资金安排方案》，现印发给你们，请结合实际认真组织实施。"),
    ("sign", "宜宾市科学技术局　　宜宾市财政局"),
    ("sign", "2026年3月16日"),
    ("h2", "2026年宜宾市市级科技创新专项资金安排方案"),
    ("h3", "一、总体安排"),
    ("p", "2026年市级科技创新专项资金总规模2.6亿元，较2025年的2.15亿元增长20.9%。其中，市本级财政安排1.84亿元，三江新区配套安排0.76亿元。专项资金按六个支持方向切块安排，各方向资金安排及计划支持项目数见表1。"),
    ("caption", "表1　2026年市级科技创新专项资金分方向安排表"),
    ("table", A_TABLE),
    ("note", "注：单项最高资助为单个项目（单位）可获得的市级财政资助上限，“一事一议”项目不受此限。"),
    ("h3", "二、支持方向和标准"),
    ("p", "（一）动力电池与新材料技术攻关。聚焦固态电池、钠离子电池、动力电池回收利用等方向，采取“揭榜挂帅”方式组织实施，项目实施周期一般不超过2年，企业自筹资金与市级财政资助资金比例不低于3:1。"),
    ("p", "（二）数字经济与智能终端。支持智能终端整机及核心零部件企业联合高校院所开展技术攻关，对上年度研发投入超过5000万元的企业申报项目予以优先支持。"),
    ("p", "（三）科技成果转移转化。对在宜高校、科研院所的科技成果在本市实现转化的，按技术合同实际成交额的10%给予后补助；对年度技术交易额首次突破1亿元的技术转移机构奖励30万元。"),
    ("p", "（四）创新平台与新型研发机构。对新获批的国家级重点实验室、技术创新中心一次性奖励500万元，对新获批的省级平台一次性奖励100万元；对绩效评价为优秀的新型研发机构给予最高200万元运行补助。"),
    ("p", "（五）科技型企业梯度培育。对首次认定的高新技术企业奖励15万元，对重新认定的高新技术企业奖励8万元，对新入库的科技型中小企业奖励2万元。"),
    ("p", "（六）科技人才与国际合作。对新引进的顶尖人才团队按“一事一议”方式给予支持；对与“一带一路”沿线国家高校院所共建联合实验室的，每家给予60万元补助。"),
    ("h3", "三、申报与评审"),
    ("p", "（一）申报时间。项目集中申报时间为2026年4月1日至2026年4月30日；区县科技主管部门网上审核推荐截止时间为2026年5月10日。"),
    ("p", "（二）申报要求。申报单位通过“宜宾市科技项目管理信息系统”在线填报，同一单位当年申报项目不超过3项，同一项目负责人限报1项。"),
    ("p", "（三）评审立项。市科技局组织专家评审和现场考察，拟立项项目在市科技局门户网站公示5个工作日，立项结果于2026年7月15日前下达。"),
    ("h3", "四、职责分工"),
    ("p", "（一）市科技局牵头负责专项资金项目指南编制、项目评审、立项管理和绩效评价，会同市财政局提出年度资金分配建议。"),
    ("p", "（二）市财政局负责专项资金预算安排、资金拨付和财务监督，配合市科技局开展绩效评价。"),
    ("p", "（三）三江新区管委会负责区级配套资金落实，牵头做好三江新区范围内项目的组织推荐和过程管理。"),
    ("p", "（四）各区县科技主管部门负责本辖区项目的组织申报、初审推荐和日常监管，配合开展中期检查。"),
    ("h3", "五、资金拨付与监督"),
    ("p", "（一）项目资金分两次拨付：立项后拨付市级资助资金的60%，中期检查合格后拨付剩余资金。"),
    ("p", "（二）项目承担单位应对专项资金单独核算、专款专用。对弄虚作假、截留挪用专项资金的，追回已拨付资金，3年内不得申报市级科技计划项目。"),
    ("p", "联系人：市科技局计划财务科 刘晓东，电话：0831-8236057；市财政局科教文科 周敏，电话：0831-8236612。"),
    ("banji", "抄送：市人民政府办公室，市审计局。"),
    ("banji", "宜宾市科学技术局办公室　　2026年3月17日印发"),
]
A_META = dict(title="关于印发《2026年宜宾市市级科技创新专项资金安排方案》的通知", author="宜宾市科学技术局",
              subject="宜科联〔2026〕6号", creator="宜宾市科学技术局办公室", keywords="科技创新专项资金;宜宾")


def a_lines():
    """The logical lines of A (one block per line; table rows joined by ' | ')."""
    out = []
    for kind, val in A_BLOCKS:
        out += [" | ".join(x for x in r if x) for r in val] if kind == "table" else [val]
    return out


def a_protected():
    """Spans the line breaker must not split (the answers of A's questions are added in main)."""
    return [r"\d{4}年\d{1,2}月\d{1,2}日", r"〔\d{4}〕\d+号", r"\d[\d.,:\-]*(?:万元|亿元|个工作日|个月|%|家|项|年|名|个)?",
            r"《[^》]{1,14}》", r"“[^”]{1,8}”"]


NO_START = "，。、；：？！）》”’％%"
NO_END = "（《“‘"


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


def build_pdf_a(path, protect_extra):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    all_text = "".join(a_lines()) + A_HEADER_LEFT + A_HEADER_RIGHT + "— 0123456789|" + "".join(
        c for r in A_TABLE for c in r)
    chars = "".join(sorted(set(all_text)))
    pdfmetrics.registerFont(TTFont("YBSerif", io.BytesIO(cjk_ttf(FONT_DIR / "NotoSerifCJK-Regular.ttc", 2, chars))))
    pdfmetrics.registerFont(TTFont("YBSans", io.BytesIO(cjk_ttf(FONT_DIR / "NotoSansCJK-Regular.ttc", 2, chars))))
    pdfmetrics.registerFont(TTFont("YBBold", io.BytesIO(cjk_ttf(FONT_DIR / "NotoSansCJK-Bold.ttc", 2, chars))))
    sw = pdfmetrics.stringWidth

    W, H = A4
    LM, RM, TOP, BOTTOM = 72, 72, 90, 78
    TW = W - LM - RM
    pat = re.compile("|".join(a_protected() + [re.escape(x) for x in protect_extra]))

    def wrap(text, font, size, width, indent=0.0):
        nobreak = [False] * (len(text) + 1)
        for m in pat.finditer(text):
            for i in range(m.start() + 1, m.end()):
                nobreak[i] = True
        for x in protect_extra:
            for m in re.finditer(re.escape(x), text):
                for i in range(m.start() + 1, m.end()):
                    nobreak[i] = True
        lines, start, ind = [], 0, indent
        while start < len(text):
            e = start + 1
            while e < len(text) and ind + sw(text[start:e + 1], font, size) <= width:
                e += 1
            if e >= len(text):
                lines.append((ind, text[start:]))
                break
            b = e
            while b > start + 1 and (nobreak[b] or text[b] in NO_START or text[b - 1] in NO_END):
                b -= 1
            if b == start + 1:
                b = e
            lines.append((ind, text[start:b]))
            start, ind = b, 0.0
        return lines

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1, pageCompression=0)
    for k, v in A_META.items():
        getattr(c, "set" + k.capitalize())(v)
    state = {"page": 0, "y": 0.0}

    def furniture():
        c.setFont("YBSans", 9)
        c.setFillGray(0.35)
        c.drawString(LM, H - 52, A_HEADER_LEFT)
        c.drawRightString(W - RM, H - 52, A_HEADER_RIGHT)
        c.setStrokeGray(0.35)
        c.setLineWidth(0.6)
        c.line(LM, H - 58, W - RM, H - 58)
        c.setFont("YBSerif", 10.5)
        c.drawCentredString(W / 2, 44, f"— {state['page']} —")
        c.setFillGray(0)
        c.setStrokeGray(0)

    def new_page():
        if state["page"]:
            c.showPage()
        state["page"] += 1
        furniture()
        state["y"] = H - TOP

    def need(h):
        if state["y"] - h < BOTTOM:
            new_page()

    new_page()
    for kind, val in A_BLOCKS:
        if kind == "table":
            widths = [30, 128, 66, 66, 85, 80]
            rh = 21
            need(rh * len(val) + 4)
            y0 = state["y"]
            for r, row in enumerate(val):
                yt = y0 - r * rh
                font = "YBBold" if r == 0 or row[1] == "合计" else "YBSans"
                c.setFont(font, 10)
                x = LM
                for j, cell in enumerate(row):
                    if cell:
                        span = widths[j] + (widths[j + 1] if j + 1 < len(row) and row[j + 1] == "" else 0)
                        c.drawCentredString(x + span / 2, yt - 14.5, cell)
                    x += widths[j]
            c.setLineWidth(0.8)
            for r in range(len(val) + 1):
                c.line(LM, y0 - r * rh, LM + sum(widths), y0 - r * rh)
            x = LM
            for j, wdt in enumerate(widths + [0]):
                merged = [r for r in range(len(val)) if 0 < j < len(widths) and val[r][j] == ""]
                c.line(x, y0, x, y0 - (len(val) - len(merged)) * rh)  # merged cells sit in the last row
                x += wdt
            state["y"] = y0 - len(val) * rh - 8
            continue
        if kind == "title":
            font, size, lead, align = "YBBold", 17, 28, "c"
        elif kind == "h2":
            font, size, lead, align = "YBBold", 14.5, 26, "c"
        elif kind == "h3":
            font, size, lead, align = "YBBold", 12, 22, "l"
        elif kind == "caption":
            font, size, lead, align = "YBBold", 11, 20, "c"
        elif kind == "docno":
            font, size, lead, align = "YBSerif", 12, 22, "c"
        elif kind == "sign":
            font, size, lead, align = "YBSerif", 12, 21, "r"
        elif kind == "note":
            font, size, lead, align = "YBSerif", 9.5, 16, "l"
        elif kind == "banji":  # 版记: the closing block between two rules
            font, size, lead, align = "YBSerif", 11, 24, "l"
            if val.startswith("抄送"):
                state["y"] -= 36
                need(2 * lead + 4)
            c.setLineWidth(0.8)
            c.line(LM, state["y"] + 2, W - RM, state["y"] + 2)
        else:
            font, size, lead, align = "YBSerif", 12, 21, "l"
        if kind == "h2":
            state["y"] -= 12
        if kind in ("h3", "sign") and val.startswith(("一、", "宜宾市科学技术局")):
            state["y"] -= 6
        indent = 24 if kind in ("p", "h3") else 0
        lines = wrap(val, font, size, TW - (24 if kind == "sign" else 0), indent)
        if kind in ("h3", "caption"):
            need(lead * (len(lines) + 2))
        for ind, ln in lines:
            need(lead)
            c.setFont(font, size)
            yb = state["y"] - size
            if align == "c":
                c.drawCentredString(W / 2, yb, ln)
            elif align == "r":
                c.drawRightString(W - RM - 24, yb, ln)
            else:
                c.drawString(LM + ind, yb, ln)
            state["y"] -= lead
        if kind in ("title",) and val.startswith("关于"):
            state["y"] -= 4
        if kind == "docno":
            state["y"] -= 8
        if kind == "banji" and not val.startswith("抄送"):
            c.line(LM, state["y"] + 6, W - RM, state["y"] + 6)
    c.showPage()
    c.save()
    return state["page"]


def pdf_texts(path):
    """Text of the PDF as extracted by pypdf (per page) and pdfminer (whole)."""
    import pypdf
    from pdfminer.high_level import extract_text
    reader = pypdf.PdfReader(str(path))
    pages = [p.extract_text() for p in reader.pages]
    return pages, extract_text(str(path)), reader


# ---------------------------------------------------------------------------------------------------------------
# B: 山西省科学技术厅关于组织申报2026年度省重点研发计划“揭榜挂帅”项目的通知 (DOCX, Simplified) with 附件1 as a Word table.
# ---------------------------------------------------------------------------------------------------------------
B_TABLE = [
    ["序号", "榜单名称", "发榜单位", "省财政资助上限", "发榜单位投入", "实施周期"],
    ["1", "煤矿井下智能快速掘进成套装备", "山西晋控智能装备有限公司", "900万元", "2700万元", "36个月"],
    ["2", "半导体级碳化硅单晶衬底制备技术", "山西晶联半导体科技有限公司", "800万元", "2200万元", "36个月"],
    ["3", "氢能重卡燃料电池系统长寿命关键技术", "山西氢动能源科技有限公司", "700万元", "2000万元", "24个月"],
    ["4", "煤基特种碳材料低成本制备技术", "山西煤化碳素新材料有限公司", "600万元", "1500万元", "30个月"],
    ["5", "道地药材黄芪精深加工关键技术", "山西恒康药业股份有限公司", "500万元", "1200万元", "24个月"],
]
B_BLOCKS = [
    ("title", "山西省科学技术厅关于组织申报2026年度省重点研发计划“揭榜挂帅”项目的通知"),
    ("docno", "晋科发〔2026〕23号"),
    ("sal", "各市科技局，山西综改示范区科技创新局，省直有关部门，各有关高等学校、科研院所和企业："),
    ("p", "为深入实施创新驱动发展战略，聚焦能源革命综合改革试点和产业转型升级中的关键核心技术需求，省科技厅决定组织实施2026年度省重点研发计划“揭榜挂帅”项目。现将申报有关事项通知如下："),
    ("h", "一、榜单与支持方式"),
    ("p", "本年度共发布榜单5项（见附件1），采取“企业出题、政府立题、揭榜答题”方式组织实施。省级财政资金对每个项目的资助额度一般不超过项目总投入的30%，单个项目最高不超过1000万元，其余部分由发榜单位和揭榜单位自筹。揭榜方案应明确技术路线、考核指标和里程碑节点，并经发榜单位对接确认。"),
    ("h", "二、申报条件"),
    ("p", "（一）揭榜单位应为在山西省境内注册登记的企业、高等学校、科研院所等，注册登记时间在2025年6月30日前，具有独立法人资格。"),
    ("p", "（二）项目负责人年龄原则上不超过60周岁（1966年1月1日以后出生），每年在晋工作时间不少于6个月，同期主持省级科技计划项目不超过1项。"),
    ("p", "（三）鼓励产学研联合揭榜，联合揭榜单位不超过3家，牵头揭榜单位须为企业或新型研发机构。"),
    ("p", "（四）揭榜单位及项目负责人近3年内无严重失信行为记录，未被列入科研诚信严重失信行为数据库。"),
    ("p", "（五）同一单位作为牵头揭榜单位限报1个榜单，作为参与单位的不受此限。"),
    ("h", "三、申报时间和方式"),
    ("p", "（一）网上填报。网上填报时间为2026年5月11日至2026年6月10日，系统于6月10日17:00关闭。申报单位通过“山西省科技管理信息系统”在线填报揭榜方案。"),
    ("p", "（二）审核推荐。各推荐单位须于2026年6月17日前完成网上审核推荐，逾期系统自动关闭。"),
    ("p", "（三）本次申报实行无纸化，立项后再行提交纸质揭榜方案一式3份。"),
    ("h", "四、组织实施"),
    ("p", "（一）省科技厅高新技术处牵头负责榜单发布、项目评审和立项管理，会同发榜单位组织揭榜方案答辩。"),
    ("p", "（二）省科技资源共享服务中心负责项目受理、形式审查和评审专家遴选等具体工作。"),
    ("p", "（三）省财政厅负责项目资金预算审核和拨付，配合省科技厅开展资金绩效评价。"),
    ("p", "（四）各推荐单位负责对申报材料的真实性进行审核，配合做好项目过程管理。"),
    ("p", "（五）发榜单位负责与揭榜单位开展技术对接，参与项目中期评估和验收。"),
    ("p", "（六）项目实行“里程碑”式管理，资金分两次拨付：立项后拨付省级财政资助资金的70%，中期评估通过后拨付其余部分。未按期完成里程碑节点任务的，经评估后终止项目并收回未使用资金。"),
    ("h", "五、联系方式"),
    ("p", "业务咨询：省科技厅高新技术处 赵海涛，电话：0351-4088126。"),
    ("p", "系统技术支持：省科技资源共享服务中心 李婷，电话：0351-4088257。"),
    ("att", "附件：1．2026年度“揭榜挂帅”项目榜单"),
    ("att2", "2．揭榜方案编写提纲"),
    ("sign", "山西省科学技术厅"),
    ("sign", "2026年4月22日"),
    ("open", "（此件主动公开）"),
    ("atthead", "附件1"),
    ("caption", "2026年度“揭榜挂帅”项目榜单"),
    ("table", B_TABLE),
    ("note", "注：项目总投入包括省级财政资助资金和发榜单位、揭榜单位自筹资金。"),
]
B_WHEN = (2026, 4, 22, 9, 30, 0)


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


def add_page_field(paragraph):
    """Footer '— PAGE —' with a real PAGE field (w:fldSimple)."""
    styled_run(paragraph, "— ", "宋体", 14)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), " PAGE ")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)
    styled_run(paragraph, " —", "宋体", 14)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER


def build_docx(path):
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(16)
    set_east_asian(normal.element, "仿宋_GB2312")
    add_page_field(doc.sections[0].footer.paragraphs[0])
    for kind, val in B_BLOCKS:
        if kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = doc.styles["Table Grid"]
            for r, row in enumerate(val):
                for ci, cell in enumerate(row):
                    para = t.cell(r, ci).paragraphs[0]
                    styled_run(para, cell, "黑体" if r == 0 else "仿宋_GB2312", 10.5, bold=(r == 0))
                    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            continue
        p = doc.add_paragraph()
        pf = p.paragraph_format
        if kind == "title":
            styled_run(p, val, "方正小标宋简体", 22)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "docno":
            styled_run(p, val, "仿宋_GB2312", 16)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h":
            styled_run(p, val, "黑体", 16)
            pf.first_line_indent = Pt(32)
        elif kind in ("sign",):
            styled_run(p, val, "仿宋_GB2312", 16)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "open":
            styled_run(p, val, "仿宋_GB2312", 16)
            pf.first_line_indent = Pt(32)
        elif kind == "atthead":
            styled_run(p, val, "黑体", 16)
        elif kind == "caption":
            styled_run(p, val, "方正小标宋简体", 18)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "note":
            styled_run(p, val, "仿宋_GB2312", 12)
        elif kind == "att":
            styled_run(p, val, "仿宋_GB2312", 16)
            pf.first_line_indent = Pt(32)
        elif kind == "att2":
            styled_run(p, val, "仿宋_GB2312", 16)
            pf.left_indent = Pt(112)
        elif kind == "sal":
            styled_run(p, val, "仿宋_GB2312", 16)
        else:
            m = re.match(r"（[一二三四五六]）[^。]*?。", val)
            if m and m.end() < 12:  # a short run-in head such as "（一）网上填报。" in 楷体
                styled_run(p, m.group(0), "楷体_GB2312", 16)
                styled_run(p, val[m.end():], "仿宋_GB2312", 16)
            else:
                styled_run(p, val, "仿宋_GB2312", 16)
            pf.first_line_indent = Pt(32)
    cp = doc.core_properties
    cp.title = "关于组织申报2026年度省重点研发计划“揭榜挂帅”项目的通知"
    cp.author = "山西省科学技术厅"
    cp.subject = "晋科发〔2026〕23号"
    cp.keywords = "揭榜挂帅;重点研发计划;山西"
    cp.last_modified_by = "山西省科学技术厅"
    cp.revision = 1
    cp.created = _dt.datetime(*B_WHEN)
    cp.modified = _dt.datetime(*B_WHEN)
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(fixed_zip(buf.getvalue(), B_WHEN))


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
# C: 臺南市政府新聞稿 (Markdown, UTF-8, LF, Taiwan-standard Traditional, ROC dates, one Markdown table).
# ---------------------------------------------------------------------------------------------------------------
C_MD = """# 臺南市政府新聞稿

- 發布日期：115年3月9日
- 發布單位：經濟發展局
- 新聞聯絡人：產業發展科科長 林怡君，電話：(06)299-1111分機8356

## 南市115年度產業創新研發補助3月16日起受理　新增淨零綠能應用類

臺南市政府經濟發展局今（9）日表示，115年度「產業創新研發補助計畫」總經費編列新臺幣4,500萬元，較114年度的3,800萬元增加700萬元，自115年3月16日起至115年5月8日下午5時止受理線上申請，逾期恕不受理。

經發局局長陳冠宇指出，今年補助分為三類，並首度增設「淨零綠能應用類」：

- **創新技術研發類**：每案補助上限新臺幣150萬元，補助款不得超過計畫總經費之50%，計畫執行期程最長12個月。
- **產學合作研發類**：須與國內大專校院或法人研究機構共同執行，每案補助上限新臺幣250萬元，補助比例上限為45%。
- **淨零綠能應用類**（本年度新增）：每案補助上限新臺幣100萬元，補助比例上限為60%。

### 114年度執行成果與115年度目標

| 項目 | 114年度實績 | 115年度目標 |
|---|---|---|
| 申請件數 | 214件 | 260件 |
| 核定補助件數 | 71件 | 85件 |
| 帶動研發投資 | 2.3億元 | 2.8億元 |
| 新增就業人數 | 356人 | 420人 |
| 衍生專利申請 | 48件 | 60件 |

陳冠宇提到，114年度獲補助廠商以精密機械、智慧製造及食品加工產業為主，其中安南區一家扣件業者導入AI瑕疵檢測系統，產品不良率由3.2%降至0.8%；永康區一家食品業者開發低溫烘焙保鮮技術，年營業額成長約2成。今年除提高總經費外，也將協助獲補助廠商對接南科產業聚落媒合平臺及金融機構優惠貸款，讓研發成果加速商品化。

## 申請資格

申請者須依法在臺南市辦理公司登記或商業登記，設立滿1年，且實收資本額在新臺幣8,000萬元以下；同一申請者同一年度以申請1案為限。同一計畫已獲中央或其他地方政府補助者，不得重複申請。

## 申請方式

申請者請至「臺南市產業創新研發補助計畫」線上申請系統註冊帳號，填妥計畫書並上傳公司登記證明、最近一期營業稅申報資料及無欠稅證明等文件，完成線上送件即屬申請成功；系統於截止時間自動關閉，不受理補件。

## 審查重點及經費使用

審查項目包括技術創新性、市場可行性、執行團隊能力及對在地產業之效益，其中技術創新性配分最高，佔總分30分；淨零綠能應用類另就減碳效益加以評分。

補助款得用於人事費、材料費、設備使用費、委託研究費及技術引進費；土地、廠房購置及一般行政管理費用不得列入補助款支用項目。

## 說明會與計畫辦公室

為協助業者瞭解申請程序，經發局將舉辦兩場說明會：第一場於115年3月20日下午2時在永華市政中心10樓西側會議室，第二場於115年3月24日上午10時在民治市政中心第一會議室。

本計畫委託財團法人金屬工業研究發展中心擔任計畫辦公室，負責受理諮詢、資格審查及期中、期末查核，計畫辦公室專線：(06)384-7216。

## 審查及撥款

審查分為書面審查及簡報審查兩階段，核定結果預計於115年7月10日前公告。計畫執行期間為115年8月1日至116年7月31日。

補助款分三期撥付：簽約後撥付核定補助款之40%，期中查核通過後撥付35%，結案審查通過後撥付其餘款項。

獲補助廠商應配合計畫辦公室辦理期中及期末查核，並於計畫結束後2年內每年填報成果效益追蹤表；經發局預定於116年秋季舉辦成果發表會，邀請執行成效優良的廠商分享研發與轉型經驗，並安排創投及金融機構到場交流。

受補助者如有虛偽不實或違反規定情事，市府得撤銷補助並追回已撥付款項，且3年內不得再申請本計畫。

相關申請須知及表格請至臺南市政府經濟發展局網站「最新消息」專區下載。
"""


def md_lines(md):
    """Rendered text of the Markdown: one block per line; '#', '- ' and '**' dropped; table rows as cells joined
    by ' | ' (outer pipes and the separator row dropped)."""
    out, tables = [], []
    for raw in md.split("\n"):
        s = raw.strip()
        if not s:
            continue
        if s.startswith("|"):
            cells = [x.strip() for x in s.strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", x) for x in cells):
                continue
            if not tables or tables[-1][1] != len(out) - 1:
                tables.append([[], 0])
            tables[-1][0].append(cells)
            tables[-1][1] = len(out)
            out.append(" | ".join(cells))
            continue
        s = re.sub(r"^#{1,6}\s+", "", s)
        s = re.sub(r"^[-*]\s+", "", s)
        s = s.replace("**", "")
        out.append(s)
    return out, [t[0] for t in tables]


# ---------------------------------------------------------------------------------------------------------------
# Questions. hint: a substring that must pick exactly one line of the doc's plain text (the evidence line).
# traditional: for A and B the question is written in Simplified (qs) and converted with OpenCC s2twp; for C it is
# written in Simplified (q). Unanswerable (Chinese or English): keys = regexes that must not match the doc (plain
# text, raw/extracted text, converted forms; each key also tried in s2tw / s2twp / t2s form); gkeys = the same over
# all three docs; near = terms that must occur in the doc, so the question really is a near miss. table: col names
# the column holding the answer. who_leads: verb that must follow the answer within one clause of the evidence.
# ---------------------------------------------------------------------------------------------------------------
Q = [
    # ---- A 宜宾 专项资金安排方案 (PDF, 18)
    dict(id="u28-A01", doc="A", kind="table", q="按宜宾的安排方案，2026年给科技成果转移转化方向安排了多少钱？", a="3300万元", hint="3 | 科技成果转移转化 |", col="2026年安排"),
    dict(id="u28-A02", doc="A", kind="table", q="宜宾2025年为创新平台与新型研发机构方向安排了多少资金？", a="4300万元", hint="4 | 创新平台与新型研发机构 |", col="2025年安排"),
    dict(id="u28-A03", doc="A", kind="table", q="宜宾今年在科技型企业梯度培育方向上打算支持多少个项目？", a="180项", hint="5 | 科技型企业梯度培育 |", col="计划支持项目数"),
    dict(id="u28-A04", doc="A", kind="who_leads", q="宜宾市级科技创新专项资金的绩效评价由哪个部门牵头？", a="市科技局", hint="（一）市科技局牵头负责", verb="牵头"),
    dict(id="u28-A05", doc="A", kind="who_leads", q="宜宾三江新区范围内项目的组织推荐由哪个单位牵头？", a="三江新区管委会", hint="三江新区管委会负责", verb="牵头"),
    dict(id="u28-A06", doc="A", kind="paraphrase", q="在宜宾，公司头一回拿到高企资格能得到多少奖金？", a="15万元", hint="对首次认定的高新技术企业奖励15万元"),
    dict(id="u28-A07", doc="A", kind="paraphrase", q="宜宾这笔钱分两批给，项目刚批下来时先给市级资助的几成？", a="60%", hint="立项后拨付"),
    dict(id="u28-A08", doc="A", kind="paraphrase", q="宜宾这笔专项资金里，市里自己的财政拿出了多少？", a="1.84亿元", hint="市本级财政安排1.84亿元"),
    dict(id="u28-A09", doc="A", kind="typo", q="宜滨市对新入库的科技型中小企业奖励多少？", a="2万元", hint="新入库的科技型中小企业", wrong="宜滨", right="宜宾"),
    dict(id="u28-A10", doc="A", kind="typo", q="宜宾和一带一路国家共建联和实验室，每家补多少钱？", a="60万元", hint="共建联合实验室", wrong="联和", right="联合"),
    dict(id="u28-A11", doc="A", kind="traditional", qs="宜宾对绩效评价为优秀的新型研发机构最多补助多少？", a="200万元", hint="最高200万元运行补助"),
    dict(id="u28-A12", doc="A", kind="english", q="What is the total size of Yibin's municipal science and technology innovation special fund for 2026?", a="2.6亿元", hint="总规模2.6亿元"),
    dict(id="u28-A13", doc="A", kind="english", q="By what date will Yibin issue the project approval results for its 2026 special fund?", a="2026年7月15日", hint="立项结果于"),
    dict(id="u28-A14", doc="A", kind="english", q="Under Yibin's 2026 plan, what one-time reward does a newly approved national-level key laboratory or technology innovation centre receive?", a="500万元", hint="一次性奖励500万元"),
    dict(id="u28-A15", doc="A", kind="english_unanswerable", q="How much did Yibin allocate to its municipal science and technology innovation special fund in 2024?", keys=["2024"], near=["2025年安排", "2.15亿元"]),
    dict(id="u28-A16", doc="A", kind="unanswerable", q="泸州市2026年市级科技创新专项资金总规模是多少？", gkeys=["泸州"], near=["总规模"]),
    dict(id="u28-A17", doc="A", kind="unanswerable", q="宜宾2026年给生物医药方向安排了多少专项资金？", keys=["生物医药", "医药", "生物"], near=["支持方向", "2026年安排"]),
    dict(id="u28-A18", doc="A", kind="unanswerable", q="宜宾2026年第二批市级科技项目什么时候开始申报？", keys=["第二批", "二批", "批次", "下半年"], near=["申报时间"]),
    # ---- B 山西 揭榜挂帅 申报通知 (DOCX, 17)
    dict(id="u28-B01", doc="B", kind="table", q="山西煤矿井下智能快速掘进成套装备这个榜，省里财政最多给多少钱？", a="900万元", hint="1 | 煤矿井下", col="省财政资助上限"),
    dict(id="u28-B02", doc="B", kind="table", q="山西氢能重卡燃料电池那个榜单，出题的企业自己要拿出多少钱？", a="2000万元", hint="3 | 氢能重卡", col="发榜单位投入"),
    dict(id="u28-B03", doc="B", kind="who_leads", q="山西这次揭榜挂帅项目的榜单发布和项目评审由哪个处室牵头？", a="省科技厅高新技术处", hint="（一）省科技厅高新技术处牵头", verb="牵头"),
    dict(id="u28-B04", doc="B", kind="paraphrase", q="想去山西揭榜的单位，最晚得在哪天以前完成工商注册？", a="2025年6月30日", hint="注册登记时间在"),
    dict(id="u28-B05", doc="B", kind="paraphrase", q="山西这批项目批下来后，第一笔钱先给省里资助额的多少？", a="70%", hint="立项后拨付省级财政"),
    dict(id="u28-B06", doc="B", kind="typo", q="山西省科技厅这次接榜挂帅一共发布了几项榜单？", a="5项", hint="本年度共发布榜单", wrong="接榜挂帅", right="揭榜挂帅"),
    dict(id="u28-B07", doc="B", kind="typo", q="山西揭榜项目的负则人年龄原则上不能超过多少周岁？", a="60周岁", hint="不超过60周岁", wrong="负则人", right="负责人"),
    dict(id="u28-B08", doc="B", kind="traditional", qs="山西各推荐单位最晚要在哪天完成网上审核推荐？", a="2026年6月17日", hint="各推荐单位须于"),
    dict(id="u28-B09", doc="B", kind="traditional", qs="山西联合揭榜的单位最多可以有几家？", a="3家", hint="联合揭榜单位不超过3家"),
    dict(id="u28-B10", doc="B", kind="english", q="What is the maximum provincial funding for a single project in Shanxi's 2026 open-competition ('jiebang guashuai') call?", a="1000万元", hint="单个项目最高不超过1000万元"),
    dict(id="u28-B11", doc="B", kind="english", q="When does online application for Shanxi's 2026 open-competition key R&D projects close?", a="2026年6月10日", hint="（一）网上填报"),
    dict(id="u28-B12", doc="B", kind="english", q="Who should applicants contact in Shanxi for technical support with the online application system?", a="李婷", hint="系统技术支持"),
    dict(id="u28-B13", doc="B", kind="english_unanswerable", q="How many projects did Shanxi fund under its 2025 open-competition key R&D call?", keys=["2025年度"], near=["2026年度"]),
    dict(id="u28-B14", doc="B", kind="unanswerable", q="河北省2026年度重点研发计划揭榜挂帅项目网上填报什么时候截止？", gkeys=["河北"], near=["网上填报"]),
    dict(id="u28-B15", doc="B", kind="unanswerable", q="山西2026年度揭榜挂帅第6项榜单由哪家单位发榜？", keys=["第6项", "第六项", r"(?m)^6 \|", "六项"], near=["5 | "]),
    dict(id="u28-B16", doc="B", kind="unanswerable", q="山西省级财政对自由探索类基础研究项目每项资助多少？", keys=["自由探索", "基础研究"], near=["省级财政"]),
    dict(id="u28-B17", doc="B", kind="unanswerable", q="山西揭榜挂帅项目通过验收后给多少绩效奖励？", keys=["奖励", "绩效奖"], near=["验收", "绩效评价"]),
    # ---- C 臺南市 新聞稿 (Markdown, 15)
    dict(id="u28-C01", doc="C", kind="table", q="臺南114年度實際核定了幾件補助？", a="71件", hint="核定補助件數 |", col="114年度實績"),
    dict(id="u28-C02", doc="C", kind="who_leads", q="臺南這項補助的資格審查由哪個單位負責？", a="財團法人金屬工業研究發展中心", hint="擔任計畫辦公室", verb="負責"),
    dict(id="u28-C03", doc="C", kind="paraphrase", q="臺南這個計畫，資本額最多多大的公司還能申請？", a="8,000萬元", hint="實收資本額"),
    dict(id="u28-C04", doc="C", kind="paraphrase", q="臺南今年新加進來的那一類，一件最多給多少錢？", a="100萬元", hint="（本年度新增）"),
    dict(id="u28-C05", doc="C", kind="paraphrase", q="南市補助簽完約以後，頭一筆先撥核定金額的幾成？", a="40%", hint="簽約後撥付"),
    dict(id="u28-C06", doc="C", kind="typo", q="臺南市產學和作研發類的補助比例上限是多少？", a="45%", hint="產學合作研發類", wrong="和作", right="合作"),
    dict(id="u28-C07", doc="C", kind="traditional", q="台南第一场说明会在哪天举行？", a="115年3月20日", hint="第一場於"),
    dict(id="u28-C08", doc="C", kind="english", q="What is the total budget of Tainan's industrial innovation R&D subsidy programme for ROC year 115?", a="4,500萬元", hint="總經費編列"),
    dict(id="u28-C09", doc="C", kind="english", q="What is the maximum subsidy per case for an industry-academia collaborative R&D project in Tainan's programme?", a="250萬元", hint="產學合作研發類"),
    dict(id="u28-C10", doc="C", kind="english", q="By what date does Tainan expect to announce the approved subsidy results?", a="115年7月10日", hint="核定結果預計"),
    dict(id="u28-C11", doc="C", kind="english", q="In Tainan's programme, what share of the total project cost may an innovative technology R&D subsidy cover at most?", a="50%", hint="創新技術研發類"),
    dict(id="u28-C12", doc="C", kind="english_unanswerable", q="How many subsidy applications did Tainan's programme approve in ROC year 113?", keys=["113"], near=["114年度"]),
    dict(id="u28-C13", doc="C", kind="unanswerable", q="嘉義市115年度產業創新研發補助總經費是多少？", gkeys=["嘉義"], near=["總經費"]),
    dict(id="u28-C14", doc="C", kind="unanswerable", q="臺南115年度「智慧醫療類」每案補助上限是多少？", keys=["智慧醫療", "醫療"], near=["每案補助上限"]),
    dict(id="u28-C15", doc="C", kind="unanswerable", q="臺南115年度產業創新研發補助第二梯次什麼時候開始受理？", keys=["梯次", "第二次受理", "第二批"], near=["受理"]),
]

KIND_COUNTS = {"english": 10, "english_unanswerable": 3, "paraphrase": 8, "typo": 5, "table": 6, "who_leads": 4,
               "traditional": 4, "unanswerable": 10}
DOC_COUNTS = {"A": 18, "B": 17, "C": 15}
KIND_DOC_COUNTS = {  # kind: (A, B, C)
    "english": (3, 3, 4), "english_unanswerable": (1, 1, 1), "paraphrase": (3, 2, 3), "typo": (2, 2, 1),
    "table": (3, 2, 1), "who_leads": (2, 1, 1), "traditional": (1, 2, 1), "unanswerable": (3, 4, 3)}
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
HAN = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_PLACE = {"A": "Yibin", "B": "Shanxi", "C": "Tainan"}
PLACE_KEYS = ["泸州", "自贡", "乐山", "河北", "陕西", "嘉義", "嘉义", "高雄"]  # neighbours: in no document
PARAPHRASE_MAX_RUN = 6
OTHER_MAX_RUN = 16
UNANSWERABLE = ("unanswerable", "english_unanswerable")


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
    a_answers = [q["a"] for q in Q if q["doc"] == "A" and "a" in q]
    n_pages = build_pdf_a(CORPUS / FILE_A, a_answers)
    build_docx(CORPUS / FILE_B)
    (CORPUS / FILE_C).write_bytes(C_MD.encode("utf-8"))

    # ---- plain texts
    a_plain = a_lines()
    a_pages, a_miner, a_reader = pdf_texts(CORPUS / FILE_A)
    a_pdftext = "\n".join(a_pages)
    b_plain, b_tables = docx_lines(CORPUS / FILE_B)
    c_bytes = (CORPUS / FILE_C).read_bytes()
    c_src = c_bytes.decode("utf-8")
    c_plain, c_tables = md_lines(c_src)
    plains = {"A": a_plain, "B": b_plain, "C": c_plain}
    for d, lines in plains.items():
        (PLAIN / (Path(FILES[d]).stem + ".txt")).write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    (ROOT / "extracted").mkdir(exist_ok=True)
    (ROOT / "extracted" / (Path(FILE_A).stem + ".pypdf.txt")).write_bytes((a_pdftext.rstrip("\n") + "\n").encode("utf-8"))
    ptext = {d: "\n".join(v) for d, v in plains.items()}
    for d in "ABC":
        check(all(ln == ln.strip() and ln for ln in plains[d]), f"{d}: empty or padded plain line")
        n = len(HAN.findall(ptext[d]))
        check(1500 <= len(ptext[d]) <= 3500, f"{d}: {len(ptext[d])} characters, want 1,500-3,500 ({n} Han)")

    # ---- A: PDF, text extractable, header/footer on every page, one drawn table
    a_bytes = (CORPUS / FILE_A).read_bytes()
    check(a_bytes.startswith(b"%PDF-") and n_pages == len(a_pages) and n_pages >= 3, f"A: {len(a_pages)} pages")
    check(a_bytes.count(b"/FontFile2") >= 3 and a_bytes.count(b"/ToUnicode") >= 3, "A: three embedded TTF subsets with ToUnicode")
    check(a_reader.metadata.title == A_META["title"] and a_reader.metadata.author == A_META["author"], "A: PDF metadata")
    body = []
    for i, pg in enumerate(a_pages, 1):
        foot = f"— {i} —"
        check(pg.lstrip().startswith(A_HEADER_LEFT) and A_HEADER_RIGHT in pg and foot in pg,
              f"A: page {i} header/footer missing")
        t = pg
        for x in (A_HEADER_LEFT, A_HEADER_RIGHT, foot):
            t = t.replace(x, "", 1)
        body.append(t)
    body_sq = squash("".join(body))
    miner_body = []
    for i, pg in enumerate(a_miner.split("\x0c"), 1):
        for x in (A_HEADER_LEFT, A_HEADER_RIGHT, f"— {i} —"):
            pg = pg.replace(x, "", 1)
        miner_body.append(pg)
    miner_sq = squash("".join(miner_body))
    for ln in a_plain:
        check(squash(ln.replace(" | ", "")) in body_sq, f"A: line not in pypdf text: {ln[:30]}")
    prose_lines = [ln for ln in a_plain if " | " not in ln]
    for ln in prose_lines:
        check(squash(ln) in miner_sq, f"A: line not in pdfminer text: {ln[:30]}")
    check(squash(a_pdftext).count(squash(" ".join(prose_lines))[:40]) == 1, "A: opening text once")
    for ln in a_plain:
        if HAN.search(ln):
            check(T2S.convert(ln) == ln, f"A: line not pure Simplified: {ln[:30]}")
    check([v[:2] for k, v in A_BLOCKS if k == "h3"] == ["一、", "二、", "三、", "四、", "五、"], "A: sections 一 … 五")
    sec, subs = None, {}
    for k, v in A_BLOCKS:
        if k == "h3":
            sec = v[:2]
            subs[sec] = []
        elif k == "p" and sec and v.startswith("（"):
            subs[sec].append(v[:3])
    want = ["（一）", "（二）", "（三）", "（四）", "（五）", "（六）"]
    check(all(s == want[:len(s)] for s in subs.values()) and subs["二、"] == want and len(subs["三、"]) == 3
          and len(subs["四、"]) == 4 and len(subs["五、"]) == 2, f"A: sub-items {subs}")
    a_prose = "\n".join(prose_lines)
    for j in (2, 3, 4, 5):
        col = [r[j] for r in A_TABLE[1:]]
        check(len(set(col)) == len(col), f"A: column {A_TABLE[0][j]} values distinct")
        for cval in col:
            check(num_count(cval, a_prose) == 0, f"A: table cell {cval} also in the prose")
    cells = [cv for r in A_TABLE[1:] for cv in r[2:] if cv != "—"]
    check(len(a_miner.split("\x0c")) >= n_pages, "A: pdfminer pages")
    check(len(set(cells)) == len(cells), "A: every figure cell of the table is distinct")
    rows = A_TABLE[1:-1]
    tot = A_TABLE[-1]
    for j in (2, 3, 4):
        s = sum(int(re.match(r"\d+", r[j]).group()) for r in rows)
        check(str(s) == re.match(r"\d+", tot[j]).group(), f"A: column {A_TABLE[0][j]} sums to {s}")
    check(tot[3] == "26000万元" and "总规模2.6亿元" in a_prose and "2.15亿元" in a_prose and tot[2] == "21500万元"
          and abs(26000 / 21500 - 1.209) < 0.0005 and "增长20.9%" in a_prose
          and abs(1.84 + 0.76 - 2.6) < 1e-9, "A: totals agree with the prose (2.6亿元 = 1.84 + 0.76; +20.9%)")
    for ans in a_answers:
        check(ans in a_pdftext and squash(ans) in miner_sq, f"A: answer {ans} not extractable on one line")
    a_dates = [_dt.date(*map(int, m)) for m in re.findall(r"(\d{4})年(\d{1,2})月(\d{1,2})日", a_prose)]
    check(a_dates == [_dt.date(2026, 3, 16), _dt.date(2026, 4, 1), _dt.date(2026, 4, 30), _dt.date(2026, 5, 10),
                      _dt.date(2026, 7, 15), _dt.date(2026, 3, 17)], f"A: dates {a_dates}")
    check(re.findall(r"0831-\d{7}", a_prose) == ["0831-8236057", "0831-8236612"], "A: two distinct phones")
    a_leads = [ln for ln in prose_lines if "牵头" in ln]
    check(len(a_leads) == 2 and any(ln.startswith("（一）市科技局牵头") for ln in a_leads)
          and any(ln.startswith("（三）三江新区管委会") for ln in a_leads)
          and any("配合市科技局开展绩效评价" in ln for ln in prose_lines), "A: 牵头 vs 配合 units")

    # ---- B: DOCX structure
    with zipfile.ZipFile(CORPUS / FILE_B) as z:
        b_xml = "".join(z.read(n).decode("utf-8", "ignore") for n in sorted(z.namelist()) if n.endswith(".xml"))
        b_docxml = z.read("word/document.xml").decode("utf-8")
        b_footer = "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("word/footer"))
        b_times = {zi.date_time for zi in z.infolist()}
    expected_b = []
    for kind, val in B_BLOCKS:
        expected_b += [" | ".join(r) for r in val] if kind == "table" else [val]
    check(b_plain == expected_b, "B: reopened DOCX text differs from the data")
    check(len(b_tables) == 1 and b_tables[0] == B_TABLE, "B: exactly one Word table equal to the data")
    check(b_docxml.count("<w:tbl>") == 1 and "TableGrid" in b_docxml and b_docxml.count("<w:tr") == len(B_TABLE),
          "B: a real <w:tbl> (Table Grid) with one <w:tr> per row")
    check(b_times == {B_WHEN}, "B: zip timestamps")
    check('w:instr=" PAGE "' in b_footer, "B: footer with a PAGE field")
    for font in ("方正小标宋简体", "黑体", "仿宋_GB2312", "楷体_GB2312"):
        check(f'w:eastAsia="{font}"' in b_xml, f"B: font {font}")
    check([v[:2] for k, v in B_BLOCKS if k == "h"] == ["一、", "二、", "三、", "四、", "五、"], "B: sections 一 … 五")
    tb = ptext["B"]
    b_prose = "\n".join(ln for ln in b_plain if " | " not in ln)
    for j in (3, 4):
        col = [r[j] for r in B_TABLE[1:]]
        check(len(set(col)) == len(col), f"B: column {B_TABLE[0][j]} values distinct")
        for cval in col:
            check(num_count(cval, b_prose) == 0, f"B: table cell {cval} also in the prose")
    for r in B_TABLE[1:]:
        gov, own = int(r[3][:-2]), int(r[4][:-2])
        check(gov <= 1000 and gov / (gov + own) <= 0.30, f"B: row {r[0]} exceeds 1000万元 or 30%")
    check(len(B_TABLE) - 1 == 5 and "发布榜单5项" in tb, "B: five 榜单, as the text says")
    b_dates = [_dt.date(*map(int, m)) for m in re.findall(r"(\d{4})年(\d{1,2})月(\d{1,2})日", b_prose)]
    check(b_dates == [_dt.date(2025, 6, 30), _dt.date(1966, 1, 1), _dt.date(2026, 5, 11), _dt.date(2026, 6, 10),
                      _dt.date(2026, 6, 17), _dt.date(2026, 4, 22)], f"B: dates {b_dates}")
    phones = re.findall(r"0351-\d{7}", tb)
    check(len(phones) == 2 and len(set(phones)) == 2, "B: two distinct contact phones")
    check(T2S.convert(tb) == tb, "B: Simplified throughout")
    b_units = re.findall(r"（[一二三四五六]）([^，。；]*?)(牵头|负责)", b_prose)
    check(("省科技厅高新技术处", "牵头") in b_units and ("省财政厅", "负责") in b_units, f"B: who-does-what {b_units}")

    # ---- C: Markdown, UTF-8, Taiwan Traditional, ROC dates
    check(not c_bytes.startswith(b"\xef\xbb\xbf") and b"\r" not in c_bytes and c_src.startswith("# "), "C: UTF-8, no BOM, LF")
    check(len(c_tables) == 1 and len(c_tables[0]) == 6 and all(len(r) == 3 for r in c_tables[0]), "C: one 6x3 Markdown table")
    check(sum(1 for ln in c_src.split("\n") if re.match(r"#{1,3} ", ln)) == 8 and c_src.count("\n- ") >= 6,
          "C: headings and bullet lists")
    tc = ptext["C"]
    for ln in c_plain:
        if HAN.search(ln):
            check(S2TW.convert(ln) == ln, f"C: line not pure Taiwan-Traditional: {ln[:30]}")
    check(T2S.convert(tc) != tc and "台" not in tc and "新臺幣" in tc, "C: Traditional characters present, 臺 not 台")
    roc = re.findall(r"(1\d\d)年(\d+)月(\d+)日", tc)
    dates = [_dt.date(1911 + int(y), int(m), int(d)) for y, m, d in roc]
    check(dates == [_dt.date(2026, 3, 9), _dt.date(2026, 3, 16), _dt.date(2026, 5, 8), _dt.date(2026, 3, 20),
                    _dt.date(2026, 3, 24), _dt.date(2026, 7, 10), _dt.date(2026, 8, 1), _dt.date(2027, 7, 31)],
          f"C: ROC dates {dates}")
    c_prose = "\n".join(ln for ln in c_plain if " | " not in ln)
    tcells = [cv for r in c_tables[0][1:] for cv in r[1:]]
    check(len(set(tcells)) == len(tcells), "C: table cells distinct")
    for cval in tcells:
        check(num_count(cval, c_prose) == 0, f"C: table cell {cval} also in the prose")
    check(4500 - 3800 == 700 and "3,800萬元" in tc and "增加700萬元" in tc, "C: 114 vs 115 budget")
    check(re.findall(r"每案補助上限新臺幣(\d+萬元)", tc) == ["150萬元", "250萬元", "100萬元"], "C: three category caps")

    raw = {"A": a_pdftext + "\n" + a_miner, "B": b_xml, "C": c_src}
    every = {d: [ptext[d], raw[d], T2S.convert(ptext[d]), S2TW.convert(ptext[d])] for d in "ABC"}

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
        question = S2TWP.convert(q["qs"]) if "qs" in q else q["q"]
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
            if q.get("gkeys") and k == "unanswerable":
                check(any(g in question for g in q["gkeys"]), f"{q['id']}: the other place is named in the question")
            for n in q["near"]:
                check(n in ptext[d], f"{q['id']}: near-miss term {n} not in doc")
        else:
            ans = q["a"]
            hits = [ln for ln in plains[d] if q["hint"] in ln]
            check(len(hits) == 1, f"{q['id']}: hint matches {len(hits)} lines")
            ev = hits[0] if hits else ""
            check(ans in ev, f"{q['id']}: answer not in evidence")
            check(ans in ptext[d], f"{q['id']}: answer not in plain text")
            check(plains[d].count(ev) == 1, f"{q['id']}: evidence line not unique")
            check(ans in raw[d], f"{q['id']}: answer not in the raw file / extracted text")
            if d == "A":
                check(ans in a_pdftext and squash(ev.replace(" | ", "")) in body_sq, f"{q['id']}: not in the PDF text")
            if re.search(r"\d", ans):
                for ln in plains[d]:
                    if ln != ev and num_count(ans, ln):
                        check(False, f"{q['id']}: answer {ans} also in: {ln[:40]}")
                check(num_count(ans, ev) == 1, f"{q['id']}: answer {ans} occurs more than once in its evidence")
            else:
                check(ev.count(ans) == 1, f"{q['id']}: answer {ans} more than once in evidence")
            if "col" in q:
                table = {"A": A_TABLE, "B": B_TABLE, "C": c_tables[0] if c_tables else [[]]}[d]
                row = ev.split(" | ")
                check(row in table[1:], f"{q['id']}: evidence must be a data row of the table")
                ci = table[0].index(q["col"])
                check(row[ci] == ans, f"{q['id']}: answer must be the {q['col']} cell")
                check(ans not in [cv for j, cv in enumerate(row) if j != ci], f"{q['id']}: other cells differ")
                check(q["col"] not in question, f"{q['id']}: question copies header")
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
                check(question == S2TWP.convert(q["qs"]) and T2S.convert(question) != question, f"{q['id']}: not Traditional")
                check(S2TW.convert(question) == question, f"{q['id']}: s2tw changes the Traditional question")
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
    check(all(re.fullmatch(r"u28-[ABC]\d\d", o["id"]) for o in out), "id format")
    for d in "ABC":
        nums_d = [int(o["id"][5:]) for o in out if o["id"][4] == d]
        check(nums_d == list(range(1, len(nums_d) + 1)), f"{d}: ids numbered without gaps")

    with open(ROOT / "questions.jsonl", "wb") as f:
        for o in out:
            f.write((json.dumps(o, ensure_ascii=False) + "\n").encode("utf-8"))

    # re-read the written file and re-check the substring contract from disk
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
        print(f"{d}: {len(plains[d])} lines, {len(t)} characters, {len(HAN.findall(t))} Han")
    print(f"A: {len(a_pages)} PDF pages")
    print("kinds:", dict(sorted(kc.items())), "docs:", dc)
    para = {i: r for i, r in runs.items() if next(q for q in Q if q["id"] == i)["kind"] == "paraphrase"}
    if para and runs:
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
