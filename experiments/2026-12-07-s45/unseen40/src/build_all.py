#!/usr/bin/env python3
"""Build unseen40: three fictional policy documents --
  A  a two-column text-layer PDF (Simplified, reportlab, A4) of the Xiangtan science and technology bureau
     (湘潭市科学技术局) -- 一图读懂《湘潭市支持企业研发机构高质量发展若干措施》政策解读 -- a full-width title and lead
     paragraph on page 1, then two text columns per page (left column top to bottom, then right column), section
     headings inside the columns, paragraphs that run on from the bottom of the left column to the top of the right
     column and from the right column of one page to the left column of the next, one small ruled table inside a
     column, a running header and "第 n 页　共 N 页" page numbers;
  B  a long Word .docx 管理办法 (Simplified) of Linyi (临沂市科学技术局 / 临沂市财政局) -- 临沂市科技型企业研发创新扶持资金
     管理办法 -- whose heading numbers 一、 / （一） / 1. come from Word automatic multi-level numbering (numbering.xml,
     one abstractNum: chineseCounting "%1、", chineseCounting "（%2）", decimal "%3."; the numbers are not typed in the
     text, the paragraphs carry w:numPr), many sections repeating the same kinds of figures (最高N万元, 不超过N%,
     N个工作日), and one Word table (附表);
  C  a GBK-encoded plain-text .txt (Simplified, CRLF) of Guilin (桂林市科学技术局) -- 关于组织申报2026年度桂林市特色农业科技
     创新项目的通知 -- as saved from a Windows editor: paragraphs indented with two full-width spaces, a 附件 at the end
     holding a table aligned with runs of full-width spaces (U+3000), a signature block right-aligned with full-width
     spaces;
their plain texts (plain/), 50 questions (questions.jsonl), then the consistency checks (exit 1 on any failure).
Writes only inside unseen40/. Deterministic: a rebuild is byte for byte identical.

Approach and helpers follow unseen36's builder (which follows unseen32's) nearly verbatim: the question table with a
`hint` that must pick exactly one evidence line, digit-bounded num_count, keys / gkeys / near for unanswerables,
lcs_run for paraphrases, OpenCC for the cross-script questions, the PDF font helper cjk_ttf (verbatim), the
page-tracking BaseDocTemplate.afterFlowable build with header / footer callbacks, the pypdf page-by-page text
comparison, the pdfplumber table check and the question-checking loop. New here: two-column frames with tracking of
the frame each paragraph fragment lands in (para_line_texts reads a fragment's wrapped lines from reportlab's
blPara), a hand-written .docx package (zipfile with fixed timestamps) and a reader that renders Word's automatic
numbers from numbering.xml, and the GBK / CRLF / full-width-space text file."""
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

FILE_A = "A_xiangtan_qiye_yanfa_jigou_ruogan_cuoshi_zhengce_jiedu_twocolumn.pdf"
FILE_B = "B_linyi_kejixing_qiye_yanfa_chuangxin_fuchi_zijin_guanli_banfa_autonum.docx"
FILE_C = "C_guilin_2026_tese_nongye_keji_chuangxin_xiangmu_shenbao_tongzhi_gbk_crlf.txt"
FILES = {"A": FILE_A, "B": FILE_B, "C": FILE_C}

S2TW = opencc.OpenCC("s2tw")
S2TWP = opencc.OpenCC("s2twp")
S2HK = opencc.OpenCC("s2hk")
T2S = opencc.OpenCC("t2s")

NOTO = Path("/usr/share/fonts/opentype/noto")
FONT_BODY = (NOTO / "NotoSerifCJK-Regular.ttc", 2)  # Noto Serif CJK SC
FONT_BOLD = (NOTO / "NotoSansCJK-Bold.ttc", 2)      # Noto Sans CJK SC Bold

# ---------------------------------------------------------------------------------------------------------------
# A: 湘潭 政策解读 leaflet as a two-column PDF (Simplified). Kinds: title, lead (full width, page 1 only), h (section
#    heading), h2 (sub-heading), p (paragraph; may split across a column or page break), cap (table caption), table
#    (small ruled table inside a column), note.
# ---------------------------------------------------------------------------------------------------------------
A_TABLE = [
    ["机构级别", "一次性奖励", "绩效奖补上限"],
    ["市级企业研发中心", "20万元", "8万元"],
    ["省级企业研发机构", "80万元", "25万元"],
    ["国家级企业研发机构", "300万元", "100万元"],
]
A_HEADER = "湘潭市科学技术局　政策解读　《湘潭市支持企业研发机构高质量发展若干措施》"
A_BLOCKS = [
    ("title", "一图读懂｜《湘潭市支持企业研发机构高质量发展若干措施》政策解读"),
    ("lead", "2026年3月，湘潭市人民政府办公室印发《湘潭市支持企业研发机构高质量发展若干措施》（潭政办发〔2026〕7号，以下简称《若干措施》），共6个方面18条，自2026年4月1日起施行，有效期至2028年12月31日。为帮助企业准确理解、用足用好政策，市科学技术局对《若干措施》的主要内容解读如下。"),
    ("h", "一、为什么出台《若干措施》"),
    ("p", "企业研发机构是企业开展技术创新活动的主要载体，也是集聚研发人才、承接科技成果转化的重要平台。近年来，我市围绕先进装备制造、新材料、新能源、数字经济等产业链，持续推动企业建设研发机构。截至2025年底，全市共有各级企业研发机构412家，其中国家级9家、省级138家，规模以上工业企业研发机构覆盖率为41.6%。"),
    ("p", "对照先进地区，我市企业研发机构仍存在总量不大、层次不高、研发投入强度偏低、运行绩效不均衡等问题，部分机构存在“挂牌多、运行少”的现象，一些中小企业对研发机构建设的认识不足、投入意愿不强。为进一步激发企业创新主体活力，市科技局会同市发展改革委、市工业和信息化局、市财政局等部门，在深入调研的基础上研究起草了《若干措施》。"),
    ("p", "起草过程中，起草组先后赴湘潭高新技术产业开发区、湘潭经济技术开发区、湘乡市和韶山市开展专题调研，召开企业座谈会11场，书面征求了市直有关部门和各县市区意见，并经市司法局合法性审查和市人民政府常务会议审议通过。调研中，企业普遍反映研发机构建设投入大、见效慢，希望在认定奖励、研发投入补助和人才引进等方面得到更有力的支持，这些意见在《若干措施》中得到了充分吸收。"),
    ("h", "二、主要目标是什么"),
    ("p", "《若干措施》提出，到2028年，全市企业研发机构总数达到600家以上，其中省级以上研发机构达到200家；规模以上工业企业研发机构覆盖率达到55%，规模以上工业企业研发经费支出年均增长12%以上，培育一批在细分领域具有核心竞争力的创新型领军企业，形成梯次合理、布局优化、运行高效的企业研发机构体系，为建设全国重要的先进制造业基地提供有力支撑。"),
    ("p", "围绕上述目标，《若干措施》坚持扩大覆盖面与提升运行质量并重，推动企业研发机构从“有没有”向“强不强”转变。按照分年度推进的安排，2026年力争新增市级以上企业研发机构60家，2027年重点推动已建研发机构提质增效，2028年基本实现规模以上高新技术企业研发机构全覆盖。"),
    ("h", "三、哪些主体可以享受政策"),
    ("p", "在湘潭市行政区域内依法注册登记、具有独立法人资格的企业，以及由企业牵头组建、在我市实际运营的研发机构，均可按规定享受《若干措施》支持。申请研发投入后补助的企业，上年度研发费用占营业收入的比例原则上不低于3%，且应纳入全国科技型中小企业信息库或为有效期内的高新技术企业。"),
    ("p", "近三年内存在严重失信行为、发生重大安全生产或生态环境事故、被列入经营异常名录的企业，不得享受本政策。分支机构以其总部名义申报，不得单独申报；同一集团内的多家企业应分别以各自名义申报，不得合并计算研发费用。"),
    ("h", "四、有哪些重点支持措施"),
    ("h2", "（一）研发机构认定奖励"),
    ("p", "对新认定的企业研发机构，按机构级别给予一次性奖励；对年度绩效评价结果为优秀的研发机构，再给予绩效奖补。具体标准见下表，同一研发机构晋升等级的，按差额补足一次性奖励。"),
    ("cap", "表　企业研发机构奖励标准"),
    ("table", A_TABLE),
    ("h2", "（二）研发投入后补助"),
    ("p", "对上年度研发费用超过500万元且较上一年度有所增长的企业，按研发费用增量部分的15%给予后补助，单个企业每年最高200万元。首次开展研发活动并纳入统计的规模以上工业企业，给予一次性补助5万元。"),
    ("p", "鼓励企业建立研发准备金制度，对建立研发准备金制度并按计划足额投入的企业，在市级科技计划项目立项时予以优先支持；企业研发准备金的提取和使用情况，作为研发机构绩效评价的参考指标。"),
    ("h2", "（三）新型研发机构建设"),
    ("p", "支持龙头企业联合高校、科研院所共建新型研发机构。经市级认定的，按其建设期内研发仪器设备实际投入的30%给予补助，最高1000万元；补助资金首年拨付一半，其余部分根据中期评估结果拨付，中期评估不合格的，停止拨付后续资金。"),
    ("h2", "（四）研发人才引育"),
    ("p", "企业研发机构新引进的全职博士研究生，给予每人每月3000元生活补贴，补贴期限24个月；企业研发机构引进的高层次人才团队，经评审后按“一事一议”方式给予最高500万元综合资助。研发机构负责人可优先推荐申报市级高层次人才，企业研发人员可按规定申报工程系列专业技术职称，职称评审中对企业研发成果予以倾斜。"),
    ("h2", "（五）仪器设备开放共享"),
    ("p", "企业研发机构将原值50万元以上的科研仪器设备纳入湘潭市大型科研仪器共享服务平台、向社会开放的，按上年度对外服务收入的20%给予奖补，每家每年最高40万元。"),
    ("h2", "（六）科技金融支持"),
    ("p", "对企业研发机构以研发项目为主要用途获得的银行贷款，按实际支付利息的50%给予贴息，单个企业每年贴息最高60万元，贴息期限不超过2年。鼓励政府性融资担保机构为企业研发活动提供担保，担保费率不高于1%。"),
    ("h2", "（七）研发机构绩效评价"),
    ("p", "市科技局每两年组织一次企业研发机构绩效评价，评价结果分为优秀、良好、合格和不合格四个等次，优秀等次比例原则上控制在参评机构总数的10%以内。连续两次评价不合格的市级企业研发中心，撤销其认定资格，两年内不得重新申请。"),
    ("h2", "（八）研发用地和用房保障"),
    ("p", "对新建研发大楼、中试基地等研发用房的企业，在符合国土空间规划的前提下优先保障用地指标；企业利用自有工业用地建设研发用房、不改变用地性质的，不再增收土地价款。入驻湘潭高新区、湘潭经开区科技企业孵化器的研发机构，前两年免收租金。"),
    ("h", "五、怎么申报、何时兑现"),
    ("p", "《若干措施》实行“免申即享”与“依申请兑现”相结合的方式。研发机构认定奖励和首次研发补助实行免申即享，由市科技局根据认定文件和统计数据直接生成兑现清单；研发投入后补助、仪器设备共享奖补和贷款贴息实行年度集中申报，申报时间为每年5月1日至5月31日。"),
    ("p", "申报类事项由企业通过湘潭市惠企政策兑现平台在线提交申请，县市区科技主管部门完成初审后报市科技局。市科技局会同市财政局在申报截止后45个工作日内完成审核，审核结果在市科技局门户网站公示7天。公示无异议的，资金在公示期满后30日内拨付至企业账户。"),
    ("p", "政策兑现工作由市科技局牵头，市财政局负责资金保障和监督，湘潭高新区、湘潭经开区及各县市区科技主管部门负责辖区内企业的政策宣传、申报辅导和初审。"),
    ("h", "六、还需要注意什么"),
    ("p", "同一企业的同一事项符合我市多项支持政策的，按照“就高、不重复”的原则执行，不得重复享受。企业获得的各类补助资金应主要用于研发活动，并单独建账核算，接受财政、审计部门的监督检查。"),
    ("p", "企业存在弄虚作假、骗取套取资金等行为的，由市科技局追回已拨付资金，将相关信息纳入信用记录，并取消其3年内享受市级科技政策的资格；涉嫌违法犯罪的，依法移送有关机关处理。"),
    ("h", "七、《若干措施》有哪些亮点"),
    ("p", "一是突出“增量导向”。研发投入后补助按增量计算，引导企业持续加大研发投入，避免“撒胡椒面”。"),
    ("p", "二是突出“全链条支持”。从研发机构认定、建设到运行评价，从人才引育到金融支持，覆盖研发机构发展的各个环节。"),
    ("p", "三是突出“便利兑现”。认定奖励实行免申即享，企业无需提交申请材料即可获得奖励资金，申报类事项全程网上办理。四是突出“绩效管理”。对研发机构实行动态管理，以绩效评价结果决定绩效奖补，做到奖优罚劣、能进能出。"),
    ("h", "八、与原有政策如何衔接"),
    ("p", "《若干措施》施行前已认定的企业研发机构，按原政策已享受的奖励不再追溯调整；《若干措施》施行后新认定或晋升等级的，按《若干措施》标准执行。原《湘潭市企业研发机构建设奖励办法》自《若干措施》施行之日起废止。"),
    ("p", "《若干措施》全文已在湘潭市人民政府门户网站和市科技局门户网站公开发布，企业可登录湘潭市惠企政策兑现平台查询适用政策、在线申报和跟踪办理进度。"),
    ("h", "九、常见问题"),
    ("p", "问：已享受过省级研发机构奖励的企业，还能享受市级奖励吗？答：可以。市级一次性奖励与省级奖励不冲突，但同一研发机构只能按其最高级别享受一次市级一次性奖励，晋升等级的按差额补足。"),
    ("p", "问：研发费用如何认定？答：研发费用以企业所得税年度纳税申报表中享受加计扣除的研发费用数据为准；未享受加计扣除的企业，以经会计师事务所审计的研发费用专项审计报告为准。"),
    ("p", "问：企业同时建有多个研发机构，可以分别享受奖励吗？答：同一企业建有多个不同领域研发机构的，可分别申请认定奖励，但每家企业每年享受的研发投入后补助只计算一次。"),
    ("p", "问：新引进博士的生活补贴怎么发放？答：生活补贴由企业所在县市区人力资源社会保障部门审核后按季度发放，所需资金由市、县两级财政按6:4的比例分担。"),
    ("p", "问：研发投入后补助中的“增长”如何计算？答：以企业上年度研发费用与再上一年度研发费用相比较，增量部分为两者之差；研发费用下降或持平的企业，不享受研发投入后补助，但可按规定享受其他支持。"),
    ("p", "问：市级企业研发中心怎样申请认定？答：市级企业研发中心认定每年组织一次，由企业通过湘潭市科技管理信息系统在线申请，市科技局组织专家评审后发文认定；省级以上研发机构按国家和省有关规定申报，认定后由市科技局直接兑现奖励。"),
    ("p", "问：仪器设备对外服务收入怎么认定？答：以企业通过共享服务平台签订的服务合同和开具的发票为准，企业内部及关联企业之间发生的服务收入不予计入。"),
    ("p", "问：申请贷款贴息需要提供哪些材料？答：申请贷款贴息的企业，应提供贷款合同、银行出具的利息支付凭证和贷款资金用于研发活动的说明，贴息资金按年度一次性拨付。"),
    ("p", "问：县市区是否另有配套支持？答：湘乡市、韶山市、湘潭县及各区可结合实际制定配套措施，配套资金由县市区财政承担。"),
    ("note", "政策咨询：湘潭市科学技术局创新发展科，电话：0731-58236417；也可拨打12345政务服务便民热线咨询。"),
]
A_TOP_KINDS = ("title", "lead")


def a_footer(n, total):
    return f"第 {n} 页　共 {total} 页"


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
    text += A_HEADER + "第页共　 0123456789"
    chars = "".join(sorted(set(text)))
    pdfmetrics.registerFont(TTFont("U40Serif", io.BytesIO(cjk_ttf(*FONT_BODY, chars))))
    pdfmetrics.registerFont(TTFont("U40SansBold", io.BytesIO(cjk_ttf(*FONT_BOLD, chars))))
    _FONTS_DONE.append(True)


def para_line_texts(fl):
    """The wrapped lines of a laid-out Paragraph (or of a fragment of a split one), read from reportlab's blPara:
    kind 0 lines are (extra space, [words]) tuples, kind 1 lines FragLines whose words carry .text."""
    out = []
    for ln in fl.blPara.lines:
        if isinstance(ln, tuple):
            out.append(" ".join(ln[1]))
        else:
            out.append("".join(getattr(w, "text", "") for w in ln.words))
    return out


# page geometry (points): A4, two columns
A_MARGIN_X, A_GAP, A_TOP, A_BOTTOM = 50, 22, 62, 56


def a_geometry():
    from reportlab.lib.pagesizes import A4
    W, H = A4
    colw = (W - 2 * A_MARGIN_X - A_GAP) / 2
    return W, H, colw, [A_MARGIN_X, A_MARGIN_X + colw + A_GAP]


def build_pdf_a(total_pages=0):
    """Return (pdf bytes, pages, visual, info).
    pages[i] = the plain lines of page i+1: the running header, every block that STARTS on this page (a paragraph
    split over a column or page break is one line, listed where it starts), the footer.
    visual[i] = the text pieces of page i+1 in drawing order (what the text layer holds): header, then each drawn
    fragment (title / lead, the left column's fragments top to bottom, the right column's, table cells row by row),
    then the footer.
    info: frags = [(block index, page, frame id, [wrapped lines])] for every drawn paragraph fragment; table_page;
    frames = {page kind: {frame id: (x0, y0, x1, y1)}}; pieces = {(page, frame id): [text pieces drawn there]}."""
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, FrameBreak, NextPageTemplate, PageTemplate,
                                    Paragraph, Spacer, Table, TableStyle)
    rl_config.invariant = 1
    register_fonts()
    W, H, colw, xs = a_geometry()

    class TPara(Paragraph):  # a splittable paragraph whose fragments keep the block index
        def split(self, aw, ah):
            parts = Paragraph.split(self, aw, ah)
            for p in parts:
                p._u40_block = self._u40_block
            return parts

    class WholePara(TPara):  # headings, captions: never split
        def split(self, aw, ah):
            return []

    class WholeTable(Table):
        def split(self, aw, ah):
            return []

    body = ParagraphStyle("body", fontName="U40Serif", fontSize=10, leading=16.5, wordWrap="CJK",
                          alignment=TA_JUSTIFY, firstLineIndent=20, spaceAfter=3)
    st = {
        "title": ParagraphStyle("title", parent=body, fontName="U40SansBold", fontSize=14.5, leading=24,
                                alignment=TA_CENTER, firstLineIndent=0, spaceAfter=8),
        "lead": ParagraphStyle("lead", parent=body, fontSize=10.5, leading=18, spaceAfter=0),
        "h": ParagraphStyle("h", parent=body, fontName="U40SansBold", fontSize=11.5, leading=19, firstLineIndent=0,
                            alignment=TA_LEFT, spaceBefore=6, spaceAfter=3),
        "h2": ParagraphStyle("h2", parent=body, fontName="U40SansBold", fontSize=10, leading=16.5, firstLineIndent=0,
                             alignment=TA_LEFT, spaceBefore=2, spaceAfter=1),
        "p": body,
        "note": ParagraphStyle("note", parent=body, firstLineIndent=0, spaceBefore=4),
        "cap": ParagraphStyle("cap", parent=body, fontName="U40SansBold", fontSize=9.5, alignment=TA_CENTER,
                              firstLineIndent=0, spaceBefore=2, spaceAfter=3, keepWithNext=1),
    }
    cell = ParagraphStyle("cell", fontName="U40Serif", fontSize=9, leading=12, wordWrap="CJK", alignment=TA_CENTER)
    cell_head = ParagraphStyle("cellh", parent=cell, fontName="U40SansBold")

    top_flow, flow = [], []
    for bi, (kind, val) in enumerate(A_BLOCKS):
        if kind == "table":
            data = [[Paragraph(c, cell_head if i == 0 else cell) for c in r] for i, r in enumerate(val)]
            t = WholeTable(data, colWidths=[colw * 0.42, colw * 0.28, colw * 0.30])
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]))
            t._u40_block = bi
            flow.append(t)
            flow.append(Spacer(1, 6))
            continue
        para = (WholePara if kind in ("h", "h2", "cap", "title") else TPara)(val, st[kind])
        para._u40_block = bi
        if kind in A_TOP_KINDS:
            top_flow.append(para)
        else:
            if kind in ("h", "h2"):  # a heading needs room for itself and three lines under it, else the next column
                flow.append(CondPageBreak(72))
            flow.append(para)

    # page 1: the top frame is exactly as tall as the title and lead need
    top_h = 0
    for p in top_flow:
        _, h = p.wrap(W - 2 * A_MARGIN_X, 10000)
        top_h += h + p.style.spaceBefore + p.style.spaceAfter
    top_h += 14
    body_top = H - A_TOP
    col_h1 = body_top - top_h - A_BOTTOM
    col_h = body_top - A_BOTTOM
    fr_first = [Frame(A_MARGIN_X, body_top - top_h, W - 2 * A_MARGIN_X, top_h, id="T", leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)]
    fr_first += [Frame(x, A_BOTTOM, colw, col_h1, id=fid, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
                 for x, fid in zip(xs, "LR")]
    fr_later = [Frame(x, A_BOTTOM, colw, col_h, id=fid, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
                for x, fid in zip(xs, "LR")]
    frames = {"first": {f.id: (f._x1, f._y1, f._x1 + f._width, f._y1 + f._height) for f in fr_first},
              "later": {f.id: (f._x1, f._y1, f._x1 + f._width, f._y1 + f._height) for f in fr_later}}

    pages, visual = [[]], [[]]
    info = {"frags": [], "table_page": [], "frames": frames, "table_frame": [], "pieces": {}}

    class Doc(BaseDocTemplate):
        def afterFlowable(self, fl):
            while len(pages) < self.page:
                pages.append([])
                visual.append([])
            bi = getattr(fl, "_u40_block", None)
            if bi is None:
                return
            kind, val = A_BLOCKS[bi]
            if isinstance(fl, Table):
                info["table_page"].append(self.page)
                info["table_frame"].append(self.frame.id)
                pages[self.page - 1].extend(" | ".join(r) for r in val)
                visual[self.page - 1].extend(c for r in val for c in r)
                info["pieces"].setdefault((self.page, self.frame.id), []).extend(c for r in val for c in r)
                return
            lines = para_line_texts(fl)
            if not any(f[0] == bi for f in info["frags"]):  # first fragment: the block starts here
                pages[self.page - 1].append(val)
            info["frags"].append((bi, self.page, self.frame.id, lines))
            visual[self.page - 1].append("".join(lines))
            info["pieces"].setdefault((self.page, self.frame.id), []).append("".join(lines))

    def on_page(c, doc):
        c.saveState()
        c.setFont("U40SansBold", 8.5)
        c.drawCentredString(W / 2, H - 36, A_HEADER)
        c.setLineWidth(0.6)
        c.line(A_MARGIN_X, H - 42, W - A_MARGIN_X, H - 42)
        c.restoreState()

    def on_page_end(c, doc):
        c.saveState()
        c.setFont("U40Serif", 9)
        c.drawCentredString(W / 2, 30, a_footer(doc.page, total_pages or 0))
        c.restoreState()

    buf = io.BytesIO()
    doc = Doc(buf, pagesize=(W, H), leftMargin=A_MARGIN_X, rightMargin=A_MARGIN_X, topMargin=A_TOP,
              bottomMargin=A_BOTTOM, title="一图读懂｜《湘潭市支持企业研发机构高质量发展若干措施》政策解读",
              author="湘潭市科学技术局", subject="政策解读", creator="湘潭市科学技术局", invariant=1)
    doc.allowSplitting = 1
    doc.addPageTemplates([PageTemplate(id="first", frames=fr_first, onPage=on_page, onPageEnd=on_page_end),
                          PageTemplate(id="later", frames=fr_later, onPage=on_page, onPageEnd=on_page_end)])
    doc.build(top_flow + [NextPageTemplate("later"), FrameBreak()] + flow)
    n = len(pages)
    out = [[A_HEADER] + b + [a_footer(i + 1, n)] for i, b in enumerate(pages)]
    vis = [[A_HEADER] + v + [a_footer(i + 1, n)] for i, v in enumerate(visual)]
    return buf.getvalue(), out, vis, info


def pdf_page_texts(path, mode="plain"):
    from pypdf import PdfReader
    r = PdfReader(str(path))
    if mode == "layout":
        return [p.extract_text(extraction_mode="layout") or "" for p in r.pages], r
    return [p.extract_text() or "" for p in r.pages], r


# ---------------------------------------------------------------------------------------------------------------
# B: 临沂 管理办法 as a .docx with Word automatic multi-level numbering. B_BODY: (level, text); level 0 / 1 / 2 =
#    numbered paragraph at that numbering level (一、 / （一） / 1.), "title" / "sub" / "cap" = unnumbered paragraphs,
#    "table" = the Word table B_TABLE.
# ---------------------------------------------------------------------------------------------------------------
B_TITLE = "临沂市科技型企业研发创新扶持资金管理办法"
B_SUB = "（2026年4月8日临沂市科学技术局　临沂市财政局印发　临科发〔2026〕11号）"
B_TABLE = [
    ["平台类型", "国家级", "省级", "市级"],
    ["企业技术创新中心", "500万元", "120万元", "25万元"],
    ["重点实验室", "400万元", "90万元", "18万元"],
    ["工程技术研究中心", "300万元", "60万元", "12万元"],
    ["新型研发机构", "800万元", "160万元", "35万元"],
]
B_BODY = [
    ("title", B_TITLE),
    ("sub", B_SUB),
    (0, "总则"),
    (1, "为深入实施创新驱动发展战略，引导科技型企业加大研发投入、提升自主创新能力，规范市级科技型企业研发创新扶持资金（以下简称“扶持资金”）的使用和管理，提高资金使用效益，根据《中华人民共和国预算法》《中华人民共和国科学技术进步法》和《临沂市市级财政专项资金管理办法》等有关规定，结合我市实际，制定本办法。"),
    (1, "本办法所称扶持资金，是指市级财政预算安排，用于支持在临沂市行政区域内注册的科技型企业开展研发活动、建设创新平台、转化科技成果、实施梯次培育和利用科技金融工具的专项资金。"),
    (1, "扶持资金的分配和使用坚持“政府引导、企业主体、突出绩效、公开公正”的原则，实行项目化管理，采取后补助、奖励、贴息、补贴和科技创新券等方式给予支持，不得用于平衡预算和一般性支出。"),
    (1, "扶持资金实行年度预算管理。市科学技术局每年根据全市科技创新工作重点提出年度资金需求和分配建议，经市财政局审核后纳入市级预算；年度预算执行中原则上不作调整，确需调整的，按预算管理有关规定办理。"),
    (1, "扶持资金的申报、评审、分配和使用情况依法依规向社会公开，接受社会监督；涉及国家秘密、商业秘密和个人信息的，按照有关规定执行。"),
    (1, "本办法所称科技型企业，是指依法纳入全国科技型中小企业信息库的企业、有效期内的高新技术企业，以及上年度研发费用占营业收入比例达到规定标准的其他企业。"),
    (0, "职责分工"),
    (1, "市科学技术局牵头负责扶持资金的项目管理，主要职责是：编制年度申报指南，组织项目申报、审核和评审，提出资金分配建议，开展项目跟踪管理和监督检查，配合做好预算编制和绩效管理。"),
    (1, "市财政局负责扶持资金的预算管理，主要职责是：审核年度资金预算和分配建议，按规定办理资金拨付，牵头组织扶持资金的绩效评价和财政监督，指导县区财政部门落实配套资金。"),
    (1, "各县区科技主管部门和临沂高新技术产业开发区、临沂经济技术开发区、临沂临港经济开发区科技管理部门（以下统称“县区科技部门”）负责本辖区项目的宣传发动、申报受理、初审推荐和日常监管，会同同级财政部门落实配套资金。"),
    (1, "项目承担企业是扶持资金使用和管理的责任主体，对申报材料的真实性、资金使用的合规性和项目绩效目标的实现负责，并自觉接受有关部门的监督检查。"),
    (1, "临沂市科技创新服务中心受市科学技术局委托，承担扶持资金申报受理、形式审查、专家评审组织、科技创新券运营和项目档案管理等事务性工作，所需工作经费按规定列入部门预算，不得向企业收取任何费用。"),
    (0, "支持对象和条件"),
    (1, "扶持资金支持的对象为在临沂市行政区域内依法注册登记、具有独立法人资格、从事科技研发和科技成果转化活动的企业，重点支持新一代信息技术、高端装备、新材料、生物医药和现代物流等产业领域的科技型企业。"),
    (1, "同一企业同一年度获得的扶持资金总额不超过600万元；同一事项符合本办法多项支持条款的，按照“就高、不重复”的原则给予支持。"),
    (1, "申请扶持资金的企业应当同时具备下列条件："),
    (2, "在临沂市注册登记满1年，生产经营正常，在临沂依法纳税；"),
    (2, "具有健全的财务管理制度，单独设立研发费用辅助账，能够准确归集、核算研发费用；"),
    (2, "上年度研发费用占营业收入的比例不低于3%，其中申请研发费用后补助的，上年度研发费用总额不低于200万元；"),
    (2, "近三年内未发生重大安全生产、生态环境和产品质量事故，未被列入严重失信主体名单。"),
    (1, "有下列情形之一的，不予支持："),
    (2, "申报事项已获得市级其他财政资金支持的；"),
    (2, "存在拖欠职工工资、欠缴税款等违法违规行为且未整改到位的；"),
    (2, "以往承担的市级科技项目逾期未验收或验收不通过的；"),
    (2, "法律法规和政策规定不予支持的其他情形。"),
    (0, "支持重点"),
    (1, "扶持资金重点支持下列领域的研发创新活动："),
    (2, "新一代信息技术领域，重点支持工业互联网、人工智能、集成电路设计和智能终端等方向的关键技术研发、软件产品开发和行业应用示范；"),
    (2, "高端装备领域，重点支持工程机械、智能农机、新能源汽车零部件和高档数控机床等方向的整机研发和核心部件攻关；"),
    (2, "新材料领域，重点支持高性能复合材料、先进金属材料、木基新材料和新型建筑材料等方向的材料制备和应用技术开发；"),
    (2, "生物医药领域，重点支持中药现代化、生物制品、高端医疗器械和兽用生物制品等方向的新产品研发、临床前研究和产业化技术开发；"),
    (2, "现代物流和商贸领域，重点支持智慧物流、冷链物流和供应链数字化等方向的技术集成与模式创新。"),
    (1, "对列入全市重点产业链“链主”企业培育名单的科技型企业、承担国家和省重大科技任务的企业，同等条件下优先给予支持。"),
    (1, "扶持资金不支持单纯的设备购置、厂房建设、一般性技术改造和市场推广活动，不支持已经完成研发并实现规模化销售的成熟产品。"),
    (1, "年度申报指南可以根据全市产业发展需要，对支持重点领域和方向作出调整，并在发布时向社会说明调整理由。"),
    (0, "支持方式和标准"),
    (1, "研发费用后补助。"),
    (2, "对上年度研发费用总额不低于200万元且较上年度增长的企业，按研发费用增量部分的10%给予后补助，单个企业每年最高100万元。"),
    (2, "对研发费用占营业收入比例达到6%以上的高新技术企业，在前款基础上按上年度研发费用总额的1%另行给予奖励，单个企业每年最高30万元。"),
    (2, "研发费用以企业所得税年度汇算清缴中享受加计扣除的研发费用数据为准，由市科学技术局会同税务部门核实。"),
    (2, "研发费用增量，是指企业上年度研发费用总额与再上一年度研发费用总额之差；企业因合并、分立等原因导致研发费用统计口径发生变化的，按可比口径计算。"),
    (1, "创新平台建设奖励。"),
    (2, "对新获批建设的国家级、省级和市级企业技术创新中心、重点实验室、工程技术研究中心和新型研发机构，按附表标准给予一次性奖励，奖励资金主要用于平台研发条件建设。"),
    (2, "同一平台晋升等级的，按差额给予奖励；同一企业当年获批多个平台的，一次性奖励合计最高1000万元。"),
    (2, "对在年度绩效评价中获评优秀的市级创新平台，给予最高45万元运行奖补；获评不合格的，限期整改，整改后仍不合格的撤销平台资格。"),
    (2, "创新平台运行绩效评价每两年开展一次，重点评价研发投入、人才团队、成果产出、开放服务和产业带动等内容，评价结果分为优秀、良好、合格和不合格四个等次。"),
    (1, "科技成果转化补助。"),
    (2, "企业购买高校、科研院所科技成果并在临沂实施转化的，按技术合同实际成交并支付金额的20%给予补助，单个企业每年最高150万元。"),
    (2, "企业与高校、科研院所联合实施的重大科技成果转化项目，经评审立项后，按项目研发投入的30%给予补助，单个项目最高250万元。"),
    (2, "技术合同须在临沂市技术合同登记机构认定登记，补助资金按照“先登记、后补助”的原则拨付。"),
    (2, "同一技术合同不得重复申请补助；技术合同买卖双方存在控股、参股等关联关系的，不予支持。"),
    (2, "企业吸纳高校、科研院所科研人员以兼职或者离岗创业方式参与成果转化的，相关人员的劳务费用可以计入项目研发投入。"),
    (1, "科技型企业梯次培育奖励。"),
    (2, "对首次认定的高新技术企业，给予一次性奖励15万元；对重新认定的高新技术企业，给予一次性奖励5万元。"),
    (2, "对首次入选省级瞪羚企业的，给予一次性奖励40万元；对首次入选省级独角兽企业的，给予一次性奖励200万元。"),
    (2, "由市外整体迁入临沂、且资格在有效期内的高新技术企业，按首次认定标准给予奖励。"),
    (2, "对上年度研发费用首次超过1亿元的企业，给予一次性奖励80万元，同一企业只奖励一次。"),
    (1, "科技金融支持。"),
    (2, "对科技型企业通过“科技成果转化贷”等科技信贷产品获得的贷款，按实际支付利息的50%给予贴息，单个企业每年最高50万元，贴息期限不超过2年。"),
    (2, "对科技型企业投保研发费用损失保险、首台（套）技术装备保险等科技保险产品的，保费补贴不超过实际缴纳保费的35%，单个企业每年最高20万元。"),
    (2, "对市级科技风险补偿资金池合作银行发放的科技型企业贷款发生的本金损失，由风险补偿资金池按不超过损失本金的40%给予补偿。"),
    (2, "对获得创业投资机构股权投资的初创期科技型企业，按实际到位投资额的2%给予奖励，单个企业最高70万元。"),
    (1, "科技创新券。"),
    (2, "科技创新券用于支持科技型中小企业购买检验检测、研发设计、技术查新和中试熟化等科技服务，按不超过服务合同金额的60%兑付，单个企业每年最高10万元。"),
    (2, "科技创新券有效期为自发放之日起12个月，逾期未使用的自动作废，不得转让、买卖或重复使用。"),
    (2, "科技服务机构与申请企业存在关联关系的，相应服务合同不得使用科技创新券结算。"),
    (0, "创新平台管理"),
    (1, "市级创新平台实行申报认定制度，市科学技术局每年组织一次认定，具体认定条件和程序由年度申报指南另行规定。国家级、省级创新平台以国家和省主管部门的批复文件为认定依据。"),
    (1, "市级以上创新平台向社会开放共享科研仪器设备的，按上年度对外服务收入的10%给予开放共享奖补，每个平台每年最高55万元。"),
    (1, "申请认定市级创新平台的，应当具备相对独立的研发场所和必要的研发仪器设备，研发场地面积不少于1500平方米，专职研发人员不少于15人，其中具有博士学位或高级职称的不少于3人。"),
    (1, "创新平台依托企业发生更名、重组、迁出本市等重大变化的，应当自变化发生之日起30日内向市科学技术局书面报告；迁出本市的，其市级创新平台资格自动终止，已获得的市级一次性奖励按剩余年限比例退回。"),
    (1, "创新平台主动申请撤销或者被撤销资格的，自撤销之日起两年内不得再次申请同类平台认定；因弄虚作假被撤销资格的，依照本办法科研诚信管理的有关规定处理。"),
    (0, "科技创新券管理"),
    (1, "科技创新券实行“企业申领、机构服务、政府兑付”的管理方式，企业通过服务平台在线申领，按照先到先得的原则发放，年度发放额度用完即止。"),
    (1, "科技创新券的年度发放总额由市科学技术局根据年度预算确定，并在申领开始前向社会公布。"),
    (1, "科技服务机构应当在服务平台注册入库，具备与服务内容相适应的服务能力和资质，其向使用科技创新券的企业收取的服务价格，不得高于向其他客户提供同类服务的价格。"),
    (1, "企业使用科技创新券购买服务后，由科技服务机构凭服务合同、服务报告和发票在服务完成后3个月内申请兑付；市科学技术局在受理兑付申请后20个工作日内完成审核，审核通过的按规定拨付兑付资金。单个科技服务机构每年兑付的科技创新券资金最高75万元。"),
    (1, "科技服务机构存在虚假服务、抬高价格、与企业串通套取科技创新券资金等行为的，取消其入库资格，追回已兑付资金，三年内不得参与科技创新券服务。"),
    (0, "申报和审核"),
    (1, "市科学技术局每年3月发布年度申报指南，明确申报时间、申报材料和申报方式。企业通过“临沂市科技创新服务平台”在线申报，集中申报期不少于20个工作日。申报指南发布后，市科学技术局会同县区科技部门组织政策宣讲和申报培训，为企业提供在线咨询和申报辅导服务。"),
    (1, "企业申报扶持资金，应当提交下列材料："),
    (2, "扶持资金申请表和信用承诺书；"),
    (2, "营业执照、上年度企业所得税年度纳税申报表及研发费用加计扣除优惠明细表；"),
    (2, "经会计师事务所审计的上年度财务报表和研发费用专项审计报告；"),
    (2, "申请科技成果转化补助的，还应当提交技术合同、技术合同登记证明、付款凭证及转化实施方案；"),
    (2, "申请贴息和保险补贴的，还应当提交贷款合同、利息支付凭证或者保险合同、保费缴纳凭证；"),
    (2, "申请创新平台建设奖励的，还应当提交国家、省或市级主管部门的批复文件及平台建设运行情况报告；"),
    (2, "申报指南规定需要提交的其他材料。"),
    (1, "企业对申报材料的真实性、准确性和完整性负责。申报材料不齐全或者不符合法定形式的，县区科技部门应当一次性告知企业需要补正的全部内容，企业应当在告知之日起5日内补正，逾期未补正的视为放弃申报。"),
    (1, "市科学技术局建立扶持资金评审专家库，专家评审采取随机抽取方式确定评审专家，每个评审组专家人数不少于5人，其中财务专家不少于1人。"),
    (1, "评审专家与申报企业存在利益关系或者其他可能影响公正评审情形的，应当主动申请回避；评审专家应当对评审内容保密，不得利用评审工作谋取不正当利益。"),
    (1, "对研发费用后补助等以形式审查为主的事项，市科学技术局可以会同税务、统计部门通过数据比对方式进行核验，逐步实现“免申即享”。"),
    (1, "县区科技部门自申报截止之日起10个工作日内完成初审，对企业申报材料的真实性、完整性和合规性进行审查，并出具推荐意见。县区科技部门在初审中发现申报企业存在弄虚作假情形的，应当终止其申报并报告市科学技术局；对符合条件的企业，不得设置额外的申报门槛。"),
    (1, "市科学技术局在收到初审推荐材料后30个工作日内，采取形式审查、专家评审、现场核查等方式组织评审。研发费用后补助和梯次培育奖励以形式审查为主，科技成果转化补助和创新平台运行奖补须组织专家评审。"),
    (1, "评审结果经市科学技术局党组会议研究后，在市科学技术局门户网站公示，公示期为5个工作日。公示期间有异议的，由市科学技术局在15个工作日内组织核实并书面反馈。"),
    (0, "项目实施和验收"),
    (1, "经评审立项的重大科技成果转化项目，项目承担企业应当在立项通知下达后1个月内与市科学技术局签订项目任务书，逾期未签订且无正当理由的，视为自动放弃。"),
    (1, "项目实施周期一般为2至3年。项目实施期间确需调整实施周期的，应当在原定期限届满前3个月提出申请，延期不超过6个月，且只能申请一次。"),
    (1, "项目承担企业应当按照任务书约定的研究内容和考核指标组织实施，每年12月底前通过服务平台报送项目年度进展报告；项目实施中发生重大事项变化的，应当及时书面报告。"),
    (1, "项目实施期间，市科学技术局可以组织中期检查。中期检查发现项目进展严重滞后、资金使用不规范的，责令限期整改；整改不到位的，终止项目实施，收回尚未使用的补助资金。"),
    (1, "项目实施期满后，项目承担企业应当在3个月内提出验收申请；市科学技术局在收到验收申请后45个工作日内组织验收。验收结论分为通过、结题和不通过三类。"),
    (1, "验收不通过的项目，项目承担企业应当在收到验收结论后60日内将未使用的补助资金退回；因弄虚作假导致验收不通过的，追回全部补助资金。"),
    (0, "项目变更和终止"),
    (1, "项目实施期间，项目承担企业需要变更项目负责人、主要研究内容或者考核指标的，应当提出书面申请，经县区科技部门审核后报市科学技术局批准；未经批准擅自变更的，按验收不通过处理。"),
    (1, "因不可抗力或者技术路线发生重大变化等原因导致项目无法继续实施的，项目承担企业应当及时申请终止，并在终止决定下达后30日内提交项目决算报告，退回尚未使用的补助资金。"),
    (1, "项目承担企业发生破产清算、被吊销营业执照等情形的，市科学技术局终止项目实施，并依法追回已拨付的补助资金。"),
    (0, "资金拨付和使用"),
    (1, "公示无异议的，市科学技术局会同市财政局下达资金分配计划。市财政局在资金计划下达后7个工作日内将资金拨付至县区财政部门，县区财政部门在收到资金后8个工作日内拨付至项目承担企业。"),
    (1, "研发费用后补助、梯次培育奖励和创新平台建设奖励资金由企业统筹用于研发活动；科技成果转化补助资金应当专款专用，主要用于设备购置、材料、测试化验加工、技术转让和人员劳务等支出。"),
    (1, "科技成果转化补助项目的间接费用不超过直接费用扣除设备购置费后的15%，其中用于科研人员绩效支出的部分不超过间接费用的25%。"),
    (1, "扶持资金拨付实行国库集中支付。对上年度扶持资金结转结余较多的县区，市财政局可以相应核减或暂缓拨付其新增资金。"),
    (1, "项目通过验收的，结余资金留归企业统筹用于研发活动；项目未通过验收或者被终止实施的，结余资金按原渠道收回。"),
    (1, "扶持资金不得用于支付各种罚款、捐款、赞助和投资，不得用于偿还债务、发放奖金福利，以及国家规定禁止列支的其他支出。"),
    (1, "扶持资金实行市、县区分担机制。对县区企业的支持资金，市级与县区按6:4比例分担；对临沂高新技术产业开发区等三个开发区内企业的支持资金，由市级与开发区按5:5比例分担。县区财政部门应当将配套资金足额列入本级预算，与市级资金同步拨付，不得截留、挤占或者挪用。"),
    (0, "监督管理和绩效评价"),
    (1, "扶持资金实行全过程绩效管理。获得支持的企业应当在每年1月底前报送上年度扶持资金使用情况和绩效自评报告，绩效评价结果作为以后年度资金分配的重要依据。"),
    (1, "扶持资金绩效评价指标主要包括企业研发投入增长、发明专利授权、新产品销售收入和研发人员增长等，评价结果分为优、良、中、差四个等次。对评价结果为差的企业，两年内不再给予扶持资金支持；对评价结果为优的企业，在以后年度项目评审中予以倾斜。"),
    (1, "市科学技术局、市财政局可以委托第三方机构对扶持资金使用情况和项目实施效果开展专项审计或者绩效评价，企业应当予以配合并如实提供有关资料。"),
    (1, "市科学技术局会同市财政局对获得支持的企业开展随机抽查，每年抽查比例不低于获支持企业总数的8%。"),
    (1, "企业存在虚报、冒领、骗取扶持资金等行为的，由市科学技术局会同市财政局追回已拨付资金，五年内取消其申报市级科技项目资格，并按规定纳入科研诚信严重失信行为记录；涉嫌违法犯罪的，移送有关机关依法处理。"),
    (1, "获得扶持资金的企业自获得支持之日起3年内迁出临沂或者变更注册地的，应当退回已获得的扶持资金；拒不退回的，依法追缴，并纳入科研诚信记录。"),
    (1, "相关部门及其工作人员在扶持资金分配和管理中存在滥用职权、玩忽职守、徇私舞弊等违法违纪行为的，依法依规追究责任。"),
    (0, "信息公开和档案管理"),
    (1, "市科学技术局应当在门户网站公开扶持资金的申报指南、评审程序、支持结果和绩效评价结果，涉及企业商业秘密的除外。"),
    (1, "项目承担企业应当建立扶持资金项目档案，妥善保存申报材料、合同凭证、财务账册和验收资料，保存期限不少于10年。"),
    (1, "县区科技部门应当建立辖区扶持资金项目台账，每半年向市科学技术局报送一次项目实施和资金使用情况。"),
    (0, "科研诚信管理"),
    (1, "扶持资金实行科研诚信承诺制度。申报企业及其法定代表人、项目负责人应当签署信用承诺书，对申报内容的真实性作出承诺。"),
    (1, "市科学技术局将企业在扶持资金申报、实施和验收中的失信行为记入科研诚信档案，并推送至市公共信用信息平台，实施联合惩戒。"),
    (1, "对存在一般失信行为的企业，视情节给予约谈、通报批评，并在两年内限制其申报扶持资金；对存在严重失信行为的，依照本办法有关规定从严处理。"),
    (0, "附则"),
    (1, "各县区可参照本办法制定配套措施，加大对本辖区科技型企业的支持力度，配套措施报市科学技术局、市财政局备案。县区出台的配套措施与本办法支持同一事项的，企业可以同时享受，但市、县区支持资金合计不得超过该事项实际投入。"),
    (1, "本办法所称县区，包括兰山区、罗庄区、河东区、沂南县、郯城县、沂水县、兰陵县、费县、平邑县、莒南县、蒙阴县、临沭县和临沂高新技术产业开发区、临沂经济技术开发区、临沂临港经济开发区。"),
    (1, "本办法所称“以上”“不低于”“不少于”均包括本数，“超过”不包括本数。"),
    (1, "本办法施行前已经立项的科技成果转化项目，按原规定执行至项目结束；本办法施行前已经认定的创新平台，其运行奖补按本办法执行。"),
    (1, "国家、省出台新的相关政策的，从其规定；本办法执行期间，市科学技术局、市财政局可以根据实际情况对有关支持标准进行评估和调整。"),
    (1, "本办法由市科学技术局、市财政局负责解释。"),
    (1, "本办法自2026年5月1日起施行，有效期至2031年4月30日。《临沂市科技型企业研发投入后补助实施办法》（临科发〔2021〕26号）同时废止。"),
    ("cap", "附表　临沂市科技创新平台一次性奖励标准"),
    ("table", B_TABLE),
    ("note", "注：平台晋升等级的，按本表对应标准差额给予奖励；同一平台同时获批多个层级的，按最高层级给予奖励。"),
]
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
B_LEVELS = [  # (numFmt, lvlText) of abstractNum 0, levels 0-2
    ("chineseCounting", "%1、"),
    ("chineseCounting", "（%2）"),
    ("decimal", "%3."),
]
CN_DIGITS = "零一二三四五六七八九"


def chinese_counting(n):
    """Word's chineseCounting for 1-99: 一 … 十, 十一 … 十九, 二十, 二十一 …"""
    if n < 10:
        return CN_DIGITS[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN_DIGITS[t]) + "十" + ("" if u == 0 else CN_DIGITS[u])


def b_expected_lines():
    """The plain lines as designed: the auto number (counted here from B_BODY's levels) + the paragraph text."""
    counters, out = [0, 0, 0], []
    for lvl, text in B_BODY:
        if lvl == "table":
            out += [" | ".join(r) for r in text]
        elif isinstance(lvl, int):
            counters[lvl] += 1
            for k in range(lvl + 1, 3):
                counters[k] = 0
            n = counters[lvl]
            num = [f"{chinese_counting(n)}、", f"（{chinese_counting(n)}）", f"{n}."][lvl]
            out.append(num + text)
        else:
            out.append(text)
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
        '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
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
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
        '</Relationships>')
    parts["docProps/core.xml"] = decl + (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{xml_esc(B_TITLE)}</dc:title><dc:creator>临沂市科学技术局</dc:creator>"
        "<cp:lastModifiedBy>临沂市科学技术局</cp:lastModifiedBy><cp:revision>3</cp:revision>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-04-03T09:12:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-04-08T16:40:00Z</dcterms:modified>'
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
        'w:eastAsia="仿宋_GB2312" w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="32"/>'
        '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:spacing w:line="560" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
        '<w:qFormat/><w:pPr><w:spacing w:before="240" w:after="120" w:line="640" w:lineRule="exact"/><w:jc w:val="center"/></w:pPr>'
        '<w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
        '<w:qFormat/><w:pPr><w:spacing w:after="240"/><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
        '<w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
        '<w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:jc w:val="center"/></w:pPr>'
        '<w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/>'
        '<w:pPr><w:spacing w:line="360" w:lineRule="exact"/><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>'
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>'
        '<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
        '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>'
        '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        "</w:tblBorders></w:tblPr></w:style>"
        "</w:styles>")
    lvls = []
    for i, (fmt, txt) in enumerate(B_LEVELS):
        rpr = '<w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr>' if i == 0 else ""
        lvls.append(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:suff w:val="nothing"/>'
                    f'<w:lvlText w:val="{txt}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>{rpr}</w:lvl>')
    parts["word/numbering.xml"] = decl + (
        f'<w:numbering {w}><w:abstractNum w:abstractNumId="0"><w:nsid w:val="5A3C21E7"/>'
        '<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0C4A1B22"/>' + "".join(lvls) +
        '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
    body = []

    def para(text, style=None, ilvl=None):
        ppr = ""
        if style or ilvl is not None:
            ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "")
            if ilvl is not None:
                ppr += f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="1"/></w:numPr>'
            ppr += "</w:pPr>"
        return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{xml_esc(text)}</w:t></w:r></w:p>'

    for lvl, text in B_BODY:
        if lvl == "title":
            body.append(para(text, "Title"))
        elif lvl == "sub":
            body.append(para(text, "Subtitle"))
        elif lvl == "cap":
            body.append(para(text, "Caption"))
        elif lvl == "note":
            body.append(para(text))
        elif lvl == "table":
            widths = [2800, 2000, 2000, 2000]
            t = ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="8800" w:type="dxa"/><w:jc w:val="center"/>'
                 '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
                 "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{x}"/>' for x in widths) + "</w:tblGrid>")
            for ri, row in enumerate(text):
                t += "<w:tr>" + ("<w:trPr><w:tblHeader/></w:trPr>" if ri == 0 else "")
                for ci, c in enumerate(row):
                    run_pr = '<w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr>' if ri == 0 else ""
                    t += (f'<w:tc><w:tcPr><w:tcW w:w="{widths[ci]}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>'
                          f'<w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr><w:r>{run_pr}<w:t>{xml_esc(c)}</w:t></w:r></w:p></w:tc>')
                t += "</w:tr>"
            body.append(t + "</w:tbl>")
        else:
            body.append(para(text, "Heading1" if lvl == 0 else None, lvl))
    body.append('<w:p/><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" '
                'w:left="1588" w:header="851" w:footer="992" w:gutter="0"/><w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr>')
    parts["word/document.xml"] = decl + f"<w:document {w}><w:body>" + "".join(body) + "</w:body></w:document>"
    return parts


def b_docx_bytes():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, xml in b_docx_parts().items():
            zi = zipfile.ZipInfo(name, date_time=(2026, 4, 8, 16, 40, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, xml.encode("utf-8"))
    return buf.getvalue()


def docx_read(path):
    """What a reader (Word) shows: the body's paragraphs and table rows in order; a paragraph with w:numPr gets its
    automatic number rendered from numbering.xml (lvlText with %n replaced by level n's counter in level n's numFmt;
    a level's counter restarts when a lower level is used; w:suff "nothing" = no tab after the number). Returns
    (plain lines, [(ilvl, number, text)] of numbered paragraphs, tables, raw paragraph texts without numbers)."""
    from lxml import etree
    ns = {"w": W_NS}
    q = lambda t: f"{{{W_NS}}}{t}"  # noqa: E731
    with zipfile.ZipFile(path) as z:
        doc = etree.fromstring(z.read("word/document.xml"))
        numx = etree.fromstring(z.read("word/numbering.xml"))
    absd = {}
    for an in numx.findall("w:abstractNum", ns):
        lv = {}
        for l in an.findall("w:lvl", ns):
            lv[int(l.get(q("ilvl")))] = (int(l.find("w:start", ns).get(q("val"))), l.find("w:numFmt", ns).get(q("val")),
                                         l.find("w:lvlText", ns).get(q("val")), l.find("w:suff", ns).get(q("val")))
        absd[an.get(q("abstractNumId"))] = lv
    nummap = {n.get(q("numId")): n.find("w:abstractNumId", ns).get(q("val")) for n in numx.findall("w:num", ns)}
    counters = {}

    def fmt(n, f):
        return chinese_counting(n) if f == "chineseCounting" else str(n) if f == "decimal" else f"?{f}"

    lines, numbered, tables, raw = [], [], [], []
    for el in doc.find("w:body", ns):
        if el.tag == q("p"):
            text = "".join(t.text or "" for t in el.iter(q("t")))
            numpr = el.find("w:pPr/w:numPr", ns)
            prefix = ""
            if numpr is not None:
                ilvl = int(numpr.find("w:ilvl", ns).get(q("val")))
                aid = nummap[numpr.find("w:numId", ns).get(q("val"))]
                lv = absd[aid]
                c = counters.setdefault(aid, {k: lv[k][0] - 1 for k in lv})
                c[ilvl] += 1
                for k in lv:
                    if k > ilvl:
                        c[k] = lv[k][0] - 1
                prefix = lv[ilvl][2]
                for k in range(ilvl + 1):
                    prefix = prefix.replace(f"%{k + 1}", fmt(c[k], lv[k][1]))
                prefix += {"nothing": "", "space": " "}.get(lv[ilvl][3], "\t")
                numbered.append((ilvl, prefix, text))
            if text:
                raw.append(text)
                lines.append(prefix + text)
        elif el.tag == q("tbl"):
            rows = []
            for tr in el.findall("w:tr", ns):
                rows.append(["".join(t.text or "" for t in tc.iter(q("t"))) for tc in tr.findall("w:tc", ns)])
            tables.append(rows)
            lines += [" | ".join(r) for r in rows]
            raw += [" | ".join(r) for r in rows]
    return lines, numbered, tables, raw


# ---------------------------------------------------------------------------------------------------------------
# C: 桂林 申报通知 as a GBK .txt with CRLF (Simplified). C_LINES: (kind, text); kinds: title, docno, sal (no indent),
#    p (indented with two full-width spaces), sign (right-aligned with full-width spaces), blank, label (附件 label,
#    no indent), cap (table caption, centred with full-width spaces), table (C_TABLE, cells padded with full-width
#    spaces), note (indented).
# ---------------------------------------------------------------------------------------------------------------
C_TABLE = [
    ["申报方向", "单项资助上限", "申报主体要求", "实施周期"],
    ["罗汉果良种繁育与精深加工", "50万元", "企业牵头", "36个月"],
    ["沙田柚绿色高效栽培与采后处理", "30万元", "不限", "24个月"],
    ["荔浦芋种质资源保护与产业化", "40万元", "企业牵头", "36个月"],
    ["恭城月柿提质增效与加工", "25万元", "不限", "24个月"],
    ["全州禾花鱼稻渔综合种养", "20万元", "合作社或企业牵头", "24个月"],
    ["阳朔金桔智慧果园建设", "35万元", "企业牵头", "18个月"],
]
C_WIDTH = 60          # the display width of the text block (a full-width character counts 2)
C_TABLE_GAP = 2       # at least this many full-width spaces between cells
FW = "\u3000"
C_LINES = [
    ("title", "桂林市科学技术局关于组织申报2026年度桂林市特色农业科技创新项目的通知"),
    ("docno", "桂市科字〔2026〕14号"),
    ("blank", ""),
    ("sal", "各县（市、区）科技主管部门，桂林高新区、桂林经开区科技管理部门，各有关单位："),
    ("p", "为深入实施乡村振兴战略和创新驱动发展战略，推动我市罗汉果、沙田柚、荔浦芋等特色农业产业提质增效，根据《桂林市科技计划项目管理办法》有关规定，现将2026年度桂林市特色农业科技创新项目申报工作有关事项通知如下。"),
    ("p", "一、申报方向和资助方式"),
    ("p", "本年度围绕罗汉果、沙田柚、荔浦芋、恭城月柿、全州禾花鱼和阳朔金桔6个特色产业设置申报方向，市财政安排专项资金共计600万元。各方向的单项资助上限、申报主体要求和实施周期见附件。"),
    ("p", "各方向重点支持优良品种选育、绿色高效栽培、病虫害绿色防控、采后处理与精深加工、数字农业等关键技术研究与示范推广，鼓励企业与高校、科研院所组建创新联合体，形成可复制推广的技术模式。"),
    ("p", "项目资助采取前资助方式，项目立项后拨付资助资金的70%，通过验收后拨付其余部分。项目实施周期自任务书签订之日起计算。"),
    ("p", "二、申报条件"),
    ("p", "（一）申报单位应为在桂林市行政区域内注册登记、具有独立法人资格的企业、高校、科研院所或农民专业合作社，注册时间截至2026年1月1日满2年。"),
    ("p", "（二）企业牵头申报的，须联合至少1家高校或科研院所共同实施；企业自筹资金与申请市级资助资金的比例不低于1:1。"),
    ("p", "（三）项目负责人应为申报单位在职人员，年龄不超过60周岁，同期主持在研市级科技计划项目不超过1项。"),
    ("p", "（四）每个申报单位限报2项，同一项目不得多头申报或重复申报。已获得国家、自治区财政资金支持的同一研究内容，不得重复申报。"),
    ("p", "（五）鼓励在革命老区和乡村振兴重点帮扶地区实施项目，同等条件下优先支持在全州县、灌阳县、资源县、龙胜各族自治县等地建设示范基地的项目。"),
    ("p", "三、申报程序和时间"),
    ("p", "（一）网上申报。申报单位登录“桂林市科技计划项目管理系统”填写申报书并上传附件材料，网上申报时间为2026年4月7日至5月8日，逾期系统自动关闭。"),
    ("p", "（二）审核推荐。各县（市、区）科技主管部门负责本辖区项目的审核推荐，于2026年5月15日前将推荐汇总表报送市科技局；市直单位和桂林高新区、桂林经开区的单位直接向市科技局申报。"),
    ("p", "（三）评审立项。项目评审由市科技局牵头组织，市农业农村局、市财政局参与，采取专家评审和现场考察相结合的方式进行。评审结果在市科学技术局门户网站公示5个工作日，公示无异议后下达立项通知。"),
    ("p", "（四）签订任务书。立项单位应在立项通知下达后20个工作日内通过系统签订项目任务书，逾期未签订且无正当理由的，视为自动放弃立项。"),
    ("p", "四、申报材料"),
    ("p", "（一）桂林市科技计划项目申报书（系统在线生成并导出，加盖申报单位公章）；"),
    ("p", "（二）申报单位营业执照或法人证书复印件，联合申报的须提供合作协议；"),
    ("p", "（三）企业牵头申报的，须提供上年度财务报表和自筹资金承诺函；"),
    ("p", "（四）涉及示范基地建设的，须提供基地土地流转合同或使用证明。"),
    ("p", "五、有关要求"),
    ("p", "（一）申报单位对申报材料的真实性负责，存在弄虚作假行为的，取消申报资格，3年内不受理其市级科技计划项目申报。"),
    ("p", "（二）项目资助资金应专款专用、单独核算，间接费用不超过直接费用的20%，不得用于支付罚款、捐赠和偿还债务。"),
    ("p", "（三）项目承担单位应在项目实施期满后2个月内提出验收申请，验收时须提供示范基地建设、技术推广面积和农户增收等绩效佐证材料。"),
    ("p", "（四）项目实施期间，市科技局将组织开展中期检查，中期检查不合格的，暂停拨付后续资金并责令限期整改。"),
    ("p", "（五）各县（市、区）科技主管部门要加强政策宣传和申报辅导，严格审核把关，推荐项目数量原则上不超过本辖区受理项目总数的80%。"),
    ("p", "（六）项目形成的新品种、新技术、新产品等成果，应在桂林市范围内优先转化和推广应用，项目承担单位应配合做好成果登记和宣传推介工作。"),
    ("p", "（七）项目实施过程中涉及农药、兽药、肥料等投入品使用的，应严格遵守农产品质量安全有关规定，示范基地生产的农产品须符合绿色食品或有机农产品标准。"),
    ("p", "六、联系方式"),
    ("p", "桂林市科学技术局农村科技科　覃海燕，电话：0773-2826513；系统技术支持电话：0773-2107735。产业方向咨询：桂林市农业农村局科技教育科　莫建华，电话：0773-2812269。"),
    ("blank", ""),
    ("p", "附件：2026年度桂林市特色农业科技创新项目申报方向及资助标准"),
    ("blank", ""),
    ("blank", ""),
    ("sign", "桂林市科学技术局"),
    ("sign", "2026年3月6日"),
    ("blank", ""),
    ("label", "附件"),
    ("blank", ""),
    ("cap", "2026年度桂林市特色农业科技创新项目申报方向及资助标准"),
    ("blank", ""),
    ("table", C_TABLE),
    ("blank", ""),
    ("note", "注：单项资助上限为市级财政资助金额上限，实施周期为项目最长执行期限。"),
]


def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def c_table_lines():
    """Each row: cells padded with full-width spaces to the column's width (all non-last cells have an even display
    width, so full-width spaces line them up exactly), then C_TABLE_GAP more full-width spaces."""
    widths = [max(dwidth(r[j]) for r in C_TABLE) for j in range(len(C_TABLE[0]))]
    out = []
    for r in C_TABLE:
        s = ""
        for j, c in enumerate(r):
            if j < len(r) - 1:
                s += c + FW * ((widths[j] - dwidth(c)) // 2 + C_TABLE_GAP)
            else:
                s += c
        out.append(s)
    return out


def c_file_lines():
    out = []
    for kind, text in C_LINES:
        if kind == "table":
            out += c_table_lines()
        elif kind in ("p", "note"):
            out.append(FW * 2 + text)
        elif kind == "sign":
            out.append(FW * ((C_WIDTH - 8 - dwidth(text)) // 2) + text)  # right edge 4 characters in from the block edge
        elif kind == "cap":
            out.append(FW * ((C_WIDTH - dwidth(text)) // 4) + text)
        else:
            out.append(text)
    return out


def c_expected_plain():
    out = []
    for kind, text in C_LINES:
        if kind == "table":
            out += [" | ".join(r) for r in text]
        elif kind != "blank":
            out.append(text)
    return out


def c_read(text):
    """Plain lines of C: each non-empty line stripped (str.strip removes U+3000 too); a line with a run of 2+
    full-width spaces inside it is a table row, its cells split on those runs and joined by ' | '."""
    out, rows = [], []
    for ln in text.split("\r\n"):
        s = ln.strip()
        if not s:
            continue
        if re.search(FW + "{2,}", s):
            cells = re.split(FW + "{2,}", s)
            rows.append(cells)
            out.append(" | ".join(cells))
        else:
            out.append(s)
    return out, rows


# ---------------------------------------------------------------------------------------------------------------
# Questions. hint: a substring that must pick exactly one plain line of the doc (the evidence line).
# traditional: written in Simplified (qs) and converted with OpenCC s2tw. Unanswerable: keys = regexes absent from the
# doc (plain, raw, converted; each key also tried in s2tw / s2twp / s2hk / t2s form); gkeys = the same over all docs
# (and named in the question); near = terms present in the doc. table: col = the header of the answer's column.
# who_leads: verb after the answer within one clause. typo: wrong/right forms (one character apart).
# straddle (A only): "col" = the sentence holding the answer starts at the bottom of a page's left column and ends at
# the top of its right column; "page" = it starts in the right column of one page and ends in the left column of the
# next. The evidence is the whole paragraph (one plain line), which holds the whole sentence.
# ---------------------------------------------------------------------------------------------------------------
Q = [
    # ---- A 湘潭 政策解读 (two-column PDF; 16)
    dict(id="u40-A01", doc="A", kind="table", q="湘潭新认定一家省级企业研发机构，认定时能拿到多少奖励？", a="80万元", hint="省级企业研发机构 | ", col="一次性奖励"),
    dict(id="u40-A02", doc="A", kind="table", q="湘潭的国家级企业研发机构年度评价拿了优秀，最多能领多少奖补？", a="100万元", hint="国家级企业研发机构 | ", col="绩效奖补上限"),
    dict(id="u40-A03", doc="A", kind="who_leads", q="湘潭这项政策的兑现工作由哪个部门牵头？", a="市科技局", hint="政策兑现工作由", verb="牵头"),
    dict(id="u40-A04", doc="A", kind="paraphrase", q="湘潭在2026这一年打算新添几家市一级及以上的企业创新平台？", a="60家", hint="分年度推进的安排", straddle="col"),
    dict(id="u40-A05", doc="A", kind="paraphrase", q="湘潭的公司要是建起研发储备资金并按计划投够，能得到什么照顾？", a="在市级科技计划项目立项时予以优先支持", hint="鼓励企业建立研发准备金制度", straddle="page"),
    dict(id="u40-A06", doc="A", kind="paraphrase", q="在湘潭，企业新招来的专职博士每个月能领多少生活费？", a="3000元", hint="全职博士研究生"),
    dict(id="u40-A07", doc="A", kind="typo", q="湘谭企业把科研仪器向社会开放共享，每家每年最多能拿多少奖补？", a="40万元", hint="科研仪器设备纳入", wrong="湘谭", right="湘潭"),
    dict(id="u40-A08", doc="A", kind="typo", q="湘潭鼓励政府性担保机构给企业研发做担保，担保废率最高是多少？", a="1%", hint="担保费率", wrong="担保废率", right="担保费率"),
    dict(id="u40-A09", doc="A", kind="traditional", qs="湘潭研发投入后补助每年集中申报到哪天截止？", a="5月31日", hint="申报时间为每年"),
    dict(id="u40-A10", doc="A", kind="english", q="How many enterprise R&D institutions does Xiangtan aim to have in total by 2028?", a="600家", hint="全市企业研发机构总数达到"),
    dict(id="u40-A11", doc="A", kind="english", q="Within how many working days after the application deadline do Xiangtan's science and technology bureau and finance bureau complete the review?", a="45个工作日", hint="申报截止后"),
    dict(id="u40-A12", doc="A", kind="english", q="How many enterprise R&D institutions at all levels did Xiangtan have at the end of 2025?", a="412家", hint="截至2025年底"),
    dict(id="u40-A13", doc="A", kind="english_unanswerable", q="How much support does Xiangtan give an enterprise for setting up an overseas R&D centre?", keys=["海外", "境外", "国外", "离岸"], near=["研发机构"]),
    dict(id="u40-A14", doc="A", kind="unanswerable", q="株洲市对新认定的市级企业研发中心奖励多少钱？", gkeys=["株洲", "株州", "Zhuzhou"], near=["市级企业研发中心"]),
    dict(id="u40-A15", doc="A", kind="unanswerable", q="湘潭到2029年企业研发机构总数要达到多少家？", keys=["2029"], near=["到2028年"]),
    dict(id="u40-A16", doc="A", kind="unanswerable", q="湘潭市税务局在这项政策兑现中负责哪些工作？", keys=["税务局", "税务部门"], near=["市财政局负责资金保障"]),
    # ---- B 临沂 管理办法 (docx with automatic numbering; 19)
    dict(id="u40-B01", doc="B", kind="table", q="临沂企业新获批省一级的重点实验室，一次性能拿到多少奖励？", a="90万元", hint="重点实验室 | ", col="省级"),
    dict(id="u40-B02", doc="B", kind="table", q="临沂的新型研发机构如果是国家层面批建的，一次性奖励多少？", a="800万元", hint="新型研发机构 | ", col="国家级"),
    dict(id="u40-B03", doc="B", kind="table", q="临沂市里认定的工程技术研究中心，一次性奖励是多少？", a="12万元", hint="工程技术研究中心 | ", col="市级"),
    dict(id="u40-B04", doc="B", kind="who_leads", q="临沂科技型企业研发创新扶持资金的绩效评价由哪个部门牵头组织？", a="市财政局", hint="负责扶持资金的预算管理", verb="牵头"),
    dict(id="u40-B05", doc="B", kind="english", q="What is the maximum annual post-subsidy a single enterprise in Linyi can receive for the increase in its R&D expenses?", a="100万元", hint="按研发费用增量部分的10%"),
    dict(id="u40-B06", doc="B", kind="english", q="Within how many working days after the application deadline must county-level science and technology departments in Linyi complete the preliminary review?", a="10个工作日", hint="自申报截止之日起"),
    dict(id="u40-B07", doc="B", kind="english", q="What is the maximum subsidy per project for a major achievement transformation project that a Linyi enterprise carries out jointly with universities or research institutes?", a="250万元", hint="联合实施的重大科技成果转化项目"),
    dict(id="u40-B08", doc="B", kind="english", q="How long is a Linyi science and technology innovation voucher valid after it is issued?", a="12个月", hint="科技创新券有效期为"),
    dict(id="u40-B09", doc="B", kind="english_unanswerable", q="How much does Linyi award an enterprise newly recognised as a national specialised and sophisticated little giant enterprise?", keys=["小巨人", "专精特新"], near=["瞪羚企业", "独角兽企业"]),
    dict(id="u40-B10", doc="B", kind="paraphrase", q="在临沂，一家公司一年里从这笔专项钱里合计最多能拿多少？", a="600万元", hint="同一企业同一年度"),
    dict(id="u40-B11", doc="B", kind="paraphrase", q="临沂的转化项目没能过验收关，没花完的补助款限期多少天内交回？", a="60日", hint="验收不通过的项目，"),
    dict(id="u40-B12", doc="B", kind="paraphrase", q="临沂区县财政拿到市里转来的款项后，最迟多少个办公日要付到企业账上？", a="8个工作日", hint="资金计划下达后"),
    dict(id="u40-B13", doc="B", kind="typo", q="临宜对首次认定的高新技术企业一次性奖励多少钱？", a="15万元", hint="对首次认定的高新技术企业", wrong="临宜", right="临沂"),
    dict(id="u40-B14", doc="B", kind="typo", q="临沂科技信贷产品的帖息期限最长不超过几年？", a="2年", hint="科技成果转化贷", wrong="帖息", right="贴息"),
    dict(id="u40-B15", doc="B", kind="traditional", qs="临沂对首次入选省级瞪羚企业的企业奖励多少？", a="40万元", hint="省级瞪羚企业"),
    dict(id="u40-B16", doc="B", kind="unanswerable", q="日照市科技型企业研发费用后补助每年最高多少？", gkeys=["日照", "Rizhao"], near=["研发费用后补助"]),
    dict(id="u40-B17", doc="B", kind="unanswerable", q="临沂2025年度科技型企业研发创新扶持资金一共安排了多少？", keys=["2025"], near=["年度预算"]),
    dict(id="u40-B18", doc="B", kind="unanswerable", q="临沂市工业和信息化局在扶持资金管理中负责什么？", keys=["工业和信息化", "工信"], near=["市财政局", "县区科技部门"]),
    dict(id="u40-B19", doc="B", kind="unanswerable", q="临沂市级创新平台绩效评价获评良好的，能拿多少运行奖补？", keys=["获评良好", "良好的"], near=["获评优秀", "运行奖补"]),
    # ---- C 桂林 申报通知 (GBK txt; 15)
    dict(id="u40-C01", doc="C", kind="table", q="桂林荔浦芋种质资源保护与产业化方向，单个项目最多资助多少？", a="40万元", hint="荔浦芋种质资源保护与产业化 | ", col="单项资助上限"),
    dict(id="u40-C02", doc="C", kind="table", q="桂林全州禾花鱼稻渔综合种养这个方向，对牵头申报的单位有什么要求？", a="合作社或企业牵头", hint="全州禾花鱼稻渔综合种养 | ", col="申报主体要求"),
    dict(id="u40-C03", doc="C", kind="table", q="桂林阳朔金桔智慧果园建设项目最长能做多久？", a="18个月", hint="阳朔金桔智慧果园建设 | ", col="实施周期"),
    dict(id="u40-C04", doc="C", kind="who_leads", q="桂林2026年度特色农业科技创新项目的评审由哪个部门牵头组织？", a="市科技局", hint="项目评审由", verb="牵头"),
    dict(id="u40-C05", doc="C", kind="english", q="How much special funding in total does Guilin's municipal finance allocate to the 2026 characteristic agriculture science and technology innovation projects?", a="600万元", hint="专项资金共计"),
    dict(id="u40-C06", doc="C", kind="english", q="What is the maximum age of a project leader for Guilin's 2026 characteristic agriculture science and technology innovation projects?", a="60周岁", hint="项目负责人应为"),
    dict(id="u40-C07", doc="C", kind="english", q="By what date must county-level science and technology departments in Guilin submit their recommendation summary to the municipal bureau?", a="2026年5月15日", hint="推荐汇总表"),
    dict(id="u40-C08", doc="C", kind="english_unanswerable", q="What is the funding ceiling for tea projects in Guilin's 2026 characteristic agriculture programme?", keys=["茶"], near=["单项资助上限"]),
    dict(id="u40-C09", doc="C", kind="paraphrase", q="桂林这批项目批下来以后，先拨给多大比例的经费？", a="70%", hint="前资助方式"),
    dict(id="u40-C10", doc="C", kind="paraphrase", q="在桂林，一家单位这次最多能报几个这类课题？", a="2项", hint="限报"),
    dict(id="u40-C11", doc="C", kind="typo", q="贵林市特色农业科技创新项目网上申报从哪天开始？", a="2026年4月7日", hint="网上申报时间为", wrong="贵林", right="桂林"),
    dict(id="u40-C12", doc="C", kind="traditional", qs="桂林立项单位要在立项通知下达后多少个工作日内签订任务书？", a="20个工作日", hint="签订任务书。"),
    dict(id="u40-C13", doc="C", kind="unanswerable", q="柳州市2026年度特色农业科技创新项目单项资助上限是多少？", gkeys=["柳州", "Liuzhou"], near=["单项资助上限"]),
    dict(id="u40-C14", doc="C", kind="unanswerable", q="桂林2025年度特色农业科技创新项目一共立项了多少个？", keys=["2025"], near=["2026年度"]),
    dict(id="u40-C15", doc="C", kind="unanswerable", q="桂林市林业局在这批项目评审中承担什么工作？", keys=["林业局", "林业部门"], near=["市农业农村局"]),
]

KIND_COUNTS = {"english": 10, "english_unanswerable": 3, "paraphrase": 8, "typo": 5, "table": 8, "who_leads": 3,
               "traditional": 3, "unanswerable": 10}
DOC_COUNTS = {"A": 16, "B": 19, "C": 15}
KIND_DOC_COUNTS = {  # kind: (A, B, C)
    "english": (3, 4, 3), "english_unanswerable": (1, 1, 1), "paraphrase": (3, 3, 2), "typo": (2, 2, 1),
    "table": (2, 3, 3), "who_leads": (1, 1, 1), "traditional": (1, 1, 1), "unanswerable": (3, 4, 3)}
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
HAN = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_PLACE = {"A": "Xiangtan", "B": "Linyi", "C": "Guilin"}
PLACE_KEYS = ["株洲", "株州", "Zhuzhou", "日照", "Rizhao", "柳州", "Liuzhou", "长沙", "Changsha"]  # neighbours: in no document
PARAPHRASE_MAX_RUN = 4
OTHER_MAX_RUN = 16
UNANSWERABLE = ("unanswerable", "english_unanswerable")
TYPED_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、]|第[一二三四五六七八九十]+[章条])")


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


def sentence_span(text, ans):
    """(start, end) of the sentence of text (ended by 。；？！ or the text's end) that holds the first ans."""
    i = text.index(ans)
    s0 = max(text.rfind(c, 0, i) for c in "。；？！") + 1
    ends = [text.find(c, i + len(ans)) for c in "。；？！"]
    ends = [e + 1 for e in ends if e >= 0]
    return s0, (min(ends) if ends else len(text))


def main():
    CORPUS.mkdir(exist_ok=True)
    PLAIN.mkdir(exist_ok=True)
    fails = []

    def check(cond, msg):
        if not cond:
            fails.append(msg)

    # ---- build (A twice: the first pass counts the pages for "共 N 页")
    _, p0, _, _ = build_pdf_a()
    a_bytes, a_pages, a_visual, a_info = build_pdf_a(len(p0))
    check(len(p0) == len(a_pages), "A: page count stable between the two passes")
    (CORPUS / FILE_A).write_bytes(a_bytes)
    (CORPUS / FILE_B).write_bytes(b_docx_bytes())
    c_bytes = "\r\n".join(c_file_lines()).encode("gbk") + b"\r\n"
    (CORPUS / FILE_C).write_bytes(c_bytes)

    # ---- plain texts (A: tracked page by page during the build, then compared with the PDF's text layer; B, C: read
    #      back from the files)
    a_plain = [ln for page in a_pages for ln in page]
    b_plain, b_numbered, b_tables, b_raw_paras = docx_read(CORPUS / FILE_B)
    try:
        c_raw = (CORPUS / FILE_C).read_bytes().decode("gbk")
    except UnicodeDecodeError:
        check(False, "C: the file does not decode as GBK")
        c_raw = (CORPUS / FILE_C).read_bytes().decode("gbk", errors="replace")
    c_plain, c_rows = c_read(c_raw)
    plains = {"A": a_plain, "B": b_plain, "C": c_plain}
    for d, lines in plains.items():
        (PLAIN / (Path(FILES[d]).stem + ".txt")).write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    ptext = {d: "\n".join(v) for d, v in plains.items()}
    for d in "ABC":
        check(all(ln == ln.strip() and ln for ln in plains[d]), f"{d}: empty or padded plain line")
        check(T2S.convert(ptext[d]) == ptext[d], f"{d}: Simplified throughout")
    check(4000 <= len(ptext["A"]) <= 5500, f"A: {len(ptext['A'])} characters, want 4,000-5,500")
    check(8000 <= len(ptext["B"]) <= 11000, f"B: {len(ptext['B'])} characters, want 8,000-11,000")
    check(2000 <= len(ptext["C"]) <= 3000, f"C: {len(ptext['C'])} characters, want 2,000-3,000")

    # ---- A: two-column PDF
    texts, reader = pdf_page_texts(CORPUS / FILE_A)
    n_pages = len(texts)
    check(a_bytes.startswith(b"%PDF-") and 3 <= n_pages <= 4, f"A: a PDF of 3-4 pages ({n_pages})")
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
    check({f.split("+")[-1].lstrip("/") for f in fonts} <= {"NotoSansCJKsc-Bold", "NotoSerifCJKsc-Regular", "Helvetica"},
          f"A: fonts {fonts}")
    # every block drawn, in order; a split paragraph's fragments rejoin to its text
    frags = a_info["frags"]
    para_blocks = [i for i, (k, _) in enumerate(A_BLOCKS) if k != "table"]
    firsts = []
    for bi, *_ in frags:
        if bi not in firsts:
            firsts.append(bi)
    check(firsts == para_blocks, "A: every paragraph block drawn, once, in order")
    by_block = {}
    for bi, pg, fid, lines in frags:
        by_block.setdefault(bi, []).append((pg, fid, "".join(lines)))
    for bi, parts in by_block.items():
        # (reportlab reads a U+3000 as a word break, so the caption's 表　… comes back as 表 …: compare squashed)
        check(squash("".join(t for *_, t in parts)) == squash(A_BLOCKS[bi][1]), f"A: block {bi} fragments rejoin to its text")
        check(len(parts) <= 2, f"A: block {bi} drawn in more than two pieces")
    # frames: T only on page 1 (title, lead); columns L then R on every page
    order = [(pg, fid) for _, pg, fid, _ in frags]
    check(order == sorted(order, key=lambda x: (x[0], "TLR".index(x[1]))), "A: fragments go page by page, T, then L, then R")
    check({bi for bi, pg, fid, _ in frags if fid == "T"} == {i for i, (k, _) in enumerate(A_BLOCKS) if k in A_TOP_KINDS}
          and all(pg == 1 for _, pg, fid, _ in frags if fid == "T"), "A: title and lead full width on page 1 only")
    for pg in range(1, n_pages + 1):
        check(any(p == pg and f == "L" for p, f in order), f"A: page {pg} has a left column")
        check(pg == n_pages or any(p == pg and f == "R" for p, f in order), f"A: page {pg} has a right column")
    check(all(A_BLOCKS[bi][0] in ("h", "h2") for bi in para_blocks if A_BLOCKS[bi][0] in ("h", "h2")), "A: headings")
    heads_in_cols = [bi for bi, pg, fid, _ in frags if A_BLOCKS[bi][0] in ("h", "h2") and fid in "LR"]
    check(len(heads_in_cols) >= 10 and {fid for bi, pg, fid, _ in frags if bi in heads_in_cols} == {"L", "R"},
          "A: section headings inside both columns")
    col_breaks = [bi for bi, parts in by_block.items() if len(parts) == 2 and parts[0][0] == parts[1][0]
                  and (parts[0][1], parts[1][1]) == ("L", "R")]
    page_breaks = [bi for bi, parts in by_block.items() if len(parts) == 2 and parts[1][0] == parts[0][0] + 1
                   and (parts[0][1], parts[1][1]) == ("R", "L")]
    check(len(col_breaks) >= 1 and len(page_breaks) >= 1,
          f"A: a paragraph over a column break ({col_breaks}) and one over a page break ({page_breaks})")
    for bi in col_breaks + page_breaks:
        first = by_block[bi][0][2]
        check(not first.endswith(("。", "；", "？", "！")), f"A: block {bi}: the break falls inside a sentence")
    check(len(a_info["table_page"]) == 1 and a_info["table_frame"][0] in "LR", "A: the table drawn once, inside a column")
    tpage = a_info["table_page"][0] if a_info["table_page"] else 0
    import pdfplumber
    W, H, colw, xs = a_geometry()
    with pdfplumber.open(str(CORPUS / FILE_A)) as pdf:
        found = [(i + 1, t) for i, pg in enumerate(pdf.pages) for t in pg.extract_tables()]
        drawn_fonts = {c["fontname"].split("+")[-1] for pg in pdf.pages for c in pg.chars}
        for i, pg in enumerate(pdf.pages):
            check(len(pg.chars) > 100 and bool(squash(pg.extract_text() or "")), f"A: page {i + 1} has no text layer (pdfplumber)")
            kind = "first" if i == 0 else "later"
            for fid, (x0, y0, x1, y1) in a_info["frames"][kind].items():
                # half the gutter either side: a line-end 。 or ， may hang past the column edge (CJK wrap)
                region = pg.within_bbox((x0 - A_GAP / 2, H - y1 - 2, x1 + A_GAP / 2, H - y0 + 2))
                got = squash(region.extract_text() or "")
                want = squash("".join(a_info["pieces"].get((i + 1, fid), [])))
                check(got == want, f"A: pdfplumber's text of page {i + 1} frame {fid} differs from what was drawn there")
            if i == 0:
                page1_top = squash(pg.within_bbox((0, 0, W, H - a_info["frames"]["first"]["T"][1])).extract_text())
        tfont = {c["fontname"].split("+")[-1] for c in pdf.pages[tpage - 1].chars if c["text"] in A_TABLE[0][0]} if tpage else set()
    check("一图读懂" in page1_top and A_BLOCKS[1][1][:20] in page1_top, "A: title and lead at the top of page 1")
    check(len(found) == 1 and found[0][0] == tpage, f"A: pdfplumber finds exactly one ruled table, on page {tpage}")
    if found:
        check([[squash(c or "") for c in r] for r in found[0][1]] == [[squash(c) for c in r] for r in A_TABLE],
              "A: pdfplumber's table equals the data")
    check("NotoSansCJKsc-Bold" in tfont, "A: table header in bold")
    check(drawn_fonts == {"NotoSansCJKsc-Bold", "NotoSerifCJKsc-Regular"}, f"A: every character drawn in a Noto face {drawn_fonts}")
    # pypdf's plain extraction reads column by column: on every page the right column's first piece comes after the
    # left column's last piece
    col_order = []
    for i, t in enumerate(texts):
        st = squash(t)
        lp = a_info["pieces"].get((i + 1, "L"), [])
        rp = a_info["pieces"].get((i + 1, "R"), [])
        if lp and rp:
            li = st.find(squash(lp[-1]))
            ri = st.find(squash(rp[0]))
            col_order.append(0 <= li < ri)
    check(col_order and all(col_order), f"A: pypdf plain extraction gives the left column, then the right {col_order}")
    ltexts, _ = pdf_page_texts(CORPUS / FILE_A, "layout")
    mixed = 0  # layout mode: lines that hold text from both columns (it reads across the gutter)
    for i, t in enumerate(ltexts):
        lpieces = squash("".join(a_info["pieces"].get((i + 1, "L"), [])))
        rpieces = squash("".join(a_info["pieces"].get((i + 1, "R"), [])))
        for ln in t.split("\n"):
            parts = [squash(x) for x in re.split(r"\s{3,}", ln.strip()) if squash(x)]
            if len(parts) >= 2 and parts[0] in lpieces and parts[-1] in rpieces:
                mixed += 1
    a_prose = "\n".join(ln for ln in a_plain if " | " not in ln)
    for cv in [c for r in A_TABLE[1:] for c in r[1:]]:
        check(num_count(cv, a_prose) == 0, f"A: table cell {cv} also in the prose")
    a_dates = re.findall(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日", a_prose)
    check(a_dates == [("2026", "4", "1"), ("2028", "12", "31"), ("", "5", "1"), ("", "5", "31")], f"A: dates {a_dates}")
    check("国家级9家、省级138家" in a_prose and 9 + 138 < 412 < 600 and 41.6 < 55, "A: 412 institutions now, 600 targeted")
    a_leads = [ln for ln in a_plain if "牵头" in ln]
    check(len(a_leads) == 2 and any(ln.startswith("政策兑现工作由市科技局牵头") for ln in a_leads), f"A: 牵头 lines {a_leads}")

    # ---- B: docx with automatic numbering
    check(zipfile.is_zipfile(CORPUS / FILE_B), "B: a zip package")
    import docx as pydocx
    dx = pydocx.Document(str(CORPUS / FILE_B))
    dx_paras = [p.text for p in dx.paragraphs if p.text]
    check(dx_paras == [t for t in b_raw_paras if " | " not in t], "B: python-docx reads the same paragraphs (without numbers)")
    check(len(dx.tables) == 1 and [[c.text for c in r.cells] for r in dx.tables[0].rows] == B_TABLE,
          "B: python-docx reads one table equal to the data")
    check(b_plain == b_expected_lines(), "B: lines with rendered numbers equal the design")
    check(b_tables == [B_TABLE], "B: one Word table equal to the data")
    from lxml import etree
    with zipfile.ZipFile(CORPUS / FILE_B) as z:
        numx = etree.fromstring(z.read("word/numbering.xml"))
        docx_xml = z.read("word/document.xml").decode("utf-8")
    ns = {"w": W_NS}
    lv = [(l.get(f"{{{W_NS}}}ilvl"), l.find("w:numFmt", ns).get(f"{{{W_NS}}}val"), l.find("w:lvlText", ns).get(f"{{{W_NS}}}val"))
          for l in numx.findall("w:abstractNum/w:lvl", ns)]
    check(len(numx.findall("w:abstractNum", ns)) == 1 and lv == [(str(i), f, t) for i, (f, t) in enumerate(B_LEVELS)],
          f"B: one abstractNum with levels {lv}")
    n_numpr = docx_xml.count("<w:numPr>")
    check(n_numpr == len(b_numbered) == sum(1 for l, _ in B_BODY if isinstance(l, int)), "B: every numbered paragraph carries w:numPr")
    check(not any(TYPED_NUMBER.match(t) for t in b_raw_paras), "B: no number typed into a paragraph's text")
    check(not re.search(r"<w:t[^>]*>(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)", docx_xml), "B: no typed number in document.xml")
    lv0 = [(n, t) for l, n, t in b_numbered if l == 0]
    check([n for n, _ in lv0] == [f"{chinese_counting(i)}、" for i in range(1, len(lv0) + 1)] and len(lv0) >= 12,
          f"B: level-0 numbers 一、…{chinese_counting(len(lv0))}、")
    cnt, seq_ok = [0, 0, 0], True  # Word's counting: a level restarts after any lower (outer) level
    for l, n, _ in b_numbered:
        cnt[l] += 1
        for k in range(l + 1, 3):
            cnt[k] = 0
        seq_ok &= n == [f"{chinese_counting(cnt[0])}、", f"（{chinese_counting(cnt[1])}）", f"{cnt[2]}."][l]
    check(seq_ok and "十五、附则" in b_plain, "B: numbers restart per level and count past 十 (十一、…十五、)")
    check(sum(1 for l, *_ in b_numbered if l == 1) >= 50 and sum(1 for l, *_ in b_numbered if l == 2) >= 30,
          "B: 50+ level-1 and 30+ level-2 paragraphs")
    # the same kinds of figures in several sections
    sec, sec_of = "", {}
    for ln, (l, n, t) in zip([n + t for _, n, t in b_numbered], b_numbered):
        if l == 0:
            sec = t
        sec_of[ln] = sec
    figs = {}
    for ln, s_ in sec_of.items():
        for pat, key in ((r"最高\d+万元", "max"), (r"不超过[^，。；]*?\d+%", "pct"), (r"\d+个工作日", "wd")):
            for m in re.findall(pat, ln):
                figs.setdefault(key, []).append((re.search(r"\d+", m).group(), s_))
    for key, n_val, n_sec in (("max", 8, 2), ("pct", 4, 2), ("wd", 6, 3)):
        vals = figs.get(key, [])
        check(len({v for v, _ in vals}) >= n_val and len({s_ for _, s_ in vals}) >= n_sec,
              f"B: {key} figures in several sections {vals}")
    b_prose = "\n".join(ln for ln in b_plain if " | " not in ln)
    for r in B_TABLE[1:]:
        v = [int(c[:-2]) for c in r[1:]]
        check(v[0] > v[1] > v[2], f"B: 国家级 > 省级 > 市级 in row {r[0]}")
        for c in r[1:]:
            check(num_count(c, b_prose) == 0, f"B: table cell {c} also in the prose")
    check(len({c for r in B_TABLE[1:] for c in r[1:]}) == 12, "B: table amounts distinct")
    check("按附表标准" in b_prose, "B: the prose points to the 附表")
    b_dates = re.findall(r"(\d{4})年(\d{1,2})月(\d{1,2})日", b_prose)
    check(b_dates == [("2026", "4", "8"), ("2026", "5", "1"), ("2031", "4", "30")], f"B: dates {b_dates}")
    b_leads = [ln for ln in b_plain if "牵头" in ln]
    check(len(b_leads) == 2 and b_leads[0].startswith("（一）市科学技术局牵头") and b_leads[1].startswith("（二）市财政局"),
          f"B: 牵头 lines {b_leads}")

    # ---- C: GBK, CRLF, full-width spaces
    try:
        c_bytes.decode("utf-8")
        check(False, "C: the bytes must not be valid UTF-8")
    except UnicodeDecodeError:
        pass
    check(c_raw.encode("gbk", errors="replace") == c_bytes and not c_bytes.startswith(b"\xef\xbb\xbf"), "C: GBK round trip, no BOM")
    check(c_bytes.count(b"\n") == c_bytes.count(b"\r\n") == c_bytes.count(b"\r") and c_bytes.endswith(b"\r\n"), "C: CRLF line ends only")
    check("\t" not in c_raw and "  " not in c_raw, "C: no tabs, no runs of ASCII spaces")
    c_lines = c_raw.split("\r\n")
    check(c_plain == c_expected_plain(), "C: reading the file gives the designed lines")
    for (kind, text) in C_LINES:
        if kind in ("p", "note"):
            check((FW * 2 + text) in c_lines and not text.startswith(FW), f"C: paragraph indented with two full-width spaces: {text[:12]}")
    tl = [ln for ln in c_lines if re.search("\\S" + FW + "{2,}\\S", ln)]
    check(len(tl) == len(C_TABLE) and c_rows == C_TABLE, "C: the table rows (cells split on runs of full-width spaces)")
    starts = []
    for ln in tl:
        cols = [0] + [m.end() for m in re.finditer(FW + "{2,}", ln)]
        starts.append([dwidth(ln[:k]) for k in cols])
        check(" " not in ln and not ln.startswith(FW), f"C: table row padded with full-width spaces only: {ln[:10]}")
    check(len({tuple(s_) for s_ in starts}) == 1 and len(starts[0]) == len(C_TABLE[0]), f"C: columns aligned {starts}")
    sign = [ln for ln in c_lines if ln.startswith(FW * 10)]
    check(len(sign) == 2 and [s_.strip() for s_ in sign] == [t for k, t in C_LINES if k == "sign"], "C: the signature block")
    rights = [dwidth(s_) for s_ in sign]
    check(len(rights) == 2 and abs(rights[0] - rights[1]) <= 1 and min(rights) >= C_WIDTH - 10, f"C: signature right-aligned {rights}")
    i_sign = c_lines.index(sign[0]) if sign else 0
    i_label = c_lines.index("附件") if "附件" in c_lines else -1
    check(i_sign < i_label < c_lines.index(tl[0]) if tl else False, "C: body, signature, then the 附件 with its table at the end")
    c_prose = "\n".join(ln for ln in c_plain if " | " not in ln)
    for r in C_TABLE[1:]:
        check(num_count(r[1], c_prose) == 0, f"C: table cell {r[1]} also in the prose")
        check(r[0][:2] in c_prose, f"C: direction {r[0]} named in the prose")
    check("6个特色产业" in c_prose and len(C_TABLE) - 1 == 6, "C: six directions as the prose says")
    c_dates = re.findall(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日", c_prose)
    check(c_dates == [("2026", "1", "1"), ("2026", "4", "7"), ("", "5", "8"), ("2026", "5", "15"), ("2026", "3", "6")],
          f"C: dates {c_dates}")
    c_leads = [ln for ln in c_plain if "牵头" in ln and " | " not in ln]
    check(any("项目评审由市科技局牵头组织" in ln for ln in c_leads), "C: who leads the review")

    raw = {"A": "\n".join(texts), "B": "\n".join(b_raw_paras), "C": c_raw}
    every = {d: [ptext[d], raw[d], T2S.convert(ptext[d]), S2TW.convert(ptext[d]), S2HK.convert(ptext[d])] for d in "ABC"}

    def occurs(pattern, docs):
        return any(re.search(pattern, t) for d in docs for t in every[d])

    for key in PLACE_KEYS:
        check(not occurs(key, "ABC"), f"near-miss place {key} occurs in a document")

    # ---- questions
    out, runs, ids, straddles = [], {}, set(), {}
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
            if d == "A":  # the text layer: contiguous, or (an answer cut by a page break) its two drawn pieces
                bi = next((i for i, (kk, v) in enumerate(A_BLOCKS) if v == ev), None)
                parts = by_block.get(bi, [])
                cut = len(parts[0][2]) - ev.index(ans) if len(parts) == 2 and ans in ev else 0
                in_raw = squash(ans) in squash(raw["A"]) or (
                    0 < cut < len(ans) and squash(ans[:cut]) in squash(raw["A"]) and squash(ans[cut:]) in squash(raw["A"]))
            else:
                in_raw = ans in raw[d]
            check(in_raw, f"{q['id']}: answer not in the raw file")
            if re.search(r"\d", ans):
                for ln in plains[d]:
                    if ln != ev and num_count(ans, ln):
                        check(False, f"{q['id']}: answer {ans} also in: {ln[:40]}")
                check(num_count(ans, ev) == 1, f"{q['id']}: answer {ans} more than once in its evidence")
            else:
                check(ev.count(ans) == 1, f"{q['id']}: answer {ans} more than once in evidence")
                if k != "who_leads":  # an organisation is named in many lines; its 牵头 clause is in one
                    check(ptext[d].count(ans) == 1, f"{q['id']}: answer {ans} elsewhere in the document")
            if "col" in q:
                table = {"A": A_TABLE, "B": B_TABLE, "C": C_TABLE}[d]
                hit = [r for r in table[1:] if " | ".join(r) == ev]
                check(len(hit) == 1, f"{q['id']}: evidence must be a data row of the table")
                if hit:
                    ci = table[0].index(q["col"])
                    check(hit[0][ci] == ans, f"{q['id']}: answer must be the {q['col']} cell")
                    check(sum(ans in c for c in hit[0]) == 1, f"{q['id']}: other cells differ")
                    check(q["col"] not in question, f"{q['id']}: question copies the column header")
            if k == "who_leads":
                check(re.search(re.escape(ans) + r"[^；。]*?" + q["verb"], ev), f"{q['id']}: {ans} … {q['verb']}")
                check(q["verb"] in question, f"{q['id']}: question must ask who {q['verb']}")
            if "straddle" in q:
                bi = next((i for i, (kk, v) in enumerate(A_BLOCKS) if v == ev), None)
                parts = by_block.get(bi, [])
                ok = len(parts) == 2
                if ok:
                    (p1, f1, t1), (p2, f2, t2) = parts
                    s0, s1 = sentence_span(ev, ans)
                    brk = len(t1)
                    want = (("L", "R"), 0) if q["straddle"] == "col" else (("R", "L"), 1)
                    ok = (f1, f2) == want[0] and p2 - p1 == want[1] and s0 < brk < s1
                    a0 = ev.index(ans)
                    straddles[q["id"]] = (q["straddle"], p1, ev[s0:brk][-12:], ev[brk:s1][:12], a0 < brk < a0 + len(ans))
                check(ok, f"{q['id']}: the answer's sentence must straddle a {q['straddle']} break")
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
    check(all(re.fullmatch(r"u40-[ABC]\d\d", o["id"]) for o in out), "id format")
    for d in "ABC":
        nums_d = [int(o["id"][5:]) for o in out if o["id"][4] == d]
        check(nums_d == list(range(1, len(nums_d) + 1)), f"{d}: ids numbered without gaps")
    # coverage
    check(sum(1 for q in Q if q["doc"] == "C" and q["kind"] == "table") >= 3, "C: 3+ table questions on the full-width table")
    check({q.get("straddle") for q in Q} >= {"col", "page"} and len(straddles) == sum(1 for q in Q if "straddle" in q),
          "A: questions on both a column-break and a page-break sentence")
    check(any(v[4] for v in straddles.values()), "A: one straddling answer is itself cut by the break")
    b_ev_lines = [o["evidence"] for o in out if o["doc"] == FILE_B and o["evidence"] and " | " not in o["evidence"]]
    check(b_ev_lines and all(TYPED_NUMBER.match(e) for e in b_ev_lines), "B: prose evidence lines carry their automatic number")

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
    print(f"A: {n_pages} PDF pages; table on page {tpage} frame {a_info['table_frame']}; fonts {sorted(fonts)}")
    print(f"A: column-break paragraphs {col_breaks}, page-break paragraphs {page_breaks}; straddling questions {straddles}")
    print(f"A: pypdf plain extraction column order left-then-right on pages with two columns: {col_order}; "
          f"layout-mode lines holding both columns: {mixed}")
    print(f"B: {len(lv0)} level-0, {sum(1 for l, *_ in b_numbered if l == 1)} level-1, "
          f"{sum(1 for l, *_ in b_numbered if l == 2)} level-2 numbered paragraphs; figures "
          + "; ".join(f"{k_}: {sorted({int(v) for v, _ in vs})}" for k_, vs in figs.items()))
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
