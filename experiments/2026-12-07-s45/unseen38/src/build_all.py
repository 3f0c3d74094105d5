#!/usr/bin/env python3
"""Build unseen38: three fictional policy documents --
  A  a text-layer PDF (Simplified, reportlab, A4) of the Baoji science and technology bureau and finance bureau
     (宝鸡市科学技术局 / 宝鸡市财政局) -- 2026年度宝鸡市级创新平台认定结果及奖补资金 -- three portrait pages of
     prose, then the attachment on landscape pages: a ruled table (GRID, 30 rows) that runs over a page break with its
     header row repeated at the top of the next page (repeatRows=1), two rows whose 依托单位 cell wraps onto a second
     line (one on each page); running header and "— n —" footer on every page;
  B  an English-language UTF-8 .html page (lang="en"), the official English version of Songshan Lake High-tech Zone's
     (Dongguan) "Several Measures ... to Support Sci-tech Innovation Enterprises": Article 1 ... Article 11, amounts
     as "RMB 2 million" / "CNY 500,000" / "up to 30%", one table, site furniture (language switch, logo, menu,
     breadcrumb, "Print | Share | Close", footer);
  C  a news article as a plain UTF-8 .txt (Simplified) about Nanyang's 2026 科技成果转化对接大会: furniture lines
     原标题 / 来源 / 记者…通讯员 at the top, 编辑 / 责任编辑 / 审核 and a 相关阅读 list of four headlines with look-alike
     figures (other cities, another year, other amounts) at the end;
their plain texts (plain/), 50 questions (questions.jsonl), then the consistency checks (exit 1 on any failure).
Writes only inside unseen38/. Deterministic: a rebuild is byte for byte identical.

Approach and helpers follow unseen36's builder (read as the layout model): the question table with a `hint` that
must pick exactly one evidence line, digit-bounded num_count, keys / gkeys / near for unanswerables, lcs_run for
paraphrases, OpenCC for cross-script questions, the HTML line reader, the PDF font helper cjk_ttf (verbatim), the
page-tracking BaseDocTemplate.afterFlowable build with header/footer callbacks, the pypdf page text comparison, the
pdfplumber ruled-table check and the question-checking loop."""
import io
import json
import re
import sys
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
PLAIN = ROOT / "plain"

FILE_A = "A_baoji_2026_shiji_chuangxin_pingtai_rending_jieguo_jiangbu_zijin_tongzhi_kuaye_biaotou.pdf"
FILE_B = "B_songshanhu_gaoxinqu_zhichi_kechuang_qiye_ruogan_cuoshi_english.html"
FILE_C = "C_nanyang_2026_keji_chengguo_zhuanhua_duijie_dahui_xinwen.txt"
FILES = {"A": FILE_A, "B": FILE_B, "C": FILE_C}

S2TW = opencc.OpenCC("s2tw")
S2TWP = opencc.OpenCC("s2twp")
S2HK = opencc.OpenCC("s2hk")
T2S = opencc.OpenCC("t2s")

NOTO = Path("/usr/share/fonts/opentype/noto")
FONT_BODY = (NOTO / "NotoSerifCJK-Regular.ttc", 2)  # Noto Serif CJK SC
FONT_BOLD = (NOTO / "NotoSansCJK-Bold.ttc", 2)      # Noto Sans CJK SC Bold

# ---------------------------------------------------------------------------------------------------------------
# A: 宝鸡 认定结果及奖补资金通知 as a PDF (Simplified). Kinds: title, docno, sal, p, h, attach, sign, land (switch to
#    the landscape template on a new page), acap (attachment captions), table (the ruled, page-spanning table).
# A_TABLE: 30 rows: 1-12 重点实验室, 13-25 工程技术研究中心, 26-30 新型研发机构. The 依托单位 column is 19 characters
# wide at 10 pt; the two longer names (rows 11 and 24) wrap onto a second line.
# ---------------------------------------------------------------------------------------------------------------
A_TABLE = [
    ["序号", "平台名称", "依托单位", "平台类别", "所在县区", "奖补资金"],
    ["1", "宝鸡市钛合金精密锻造工艺重点实验室", "宝鸡钛谷精锻科技有限公司", "重点实验室", "高新区", "68万元"],
    ["2", "宝鸡市稀有金属增材制造重点实验室", "宝鸡秦钛增材制造技术有限公司", "重点实验室", "高新区", "61万元"],
    ["3", "宝鸡市石油钻采装备可靠性重点实验室", "宝鸡渭河石油机械有限公司", "重点实验室", "渭滨区", "57万元"],
    ["4", "宝鸡市轨道交通接触网零部件重点实验室", "宝鸡秦岭电气化器材有限公司", "重点实验室", "渭滨区", "49万元"],
    ["5", "宝鸡市机床主轴精度保持技术重点实验室", "宝鸡西岐精密主轴有限公司", "重点实验室", "金台区", "44万元"],
    ["6", "宝鸡市秦岭中药材资源开发重点实验室", "宝鸡秦岭中药材研究所", "重点实验室", "高新区", "29万元"],
    ["7", "宝鸡市凤香型白酒酿造微生物重点实验室", "陕西凤鸣酒业科技有限公司", "重点实验室", "凤翔区", "38万元"],
    ["8", "宝鸡市猕猴桃品质提升重点实验室", "眉县猕猴桃产业技术研究中心", "重点实验室", "眉县", "33万元"],
    ["9", "宝鸡市高端轴承材料与热处理重点实验室", "宝鸡金台轴承科技有限公司", "重点实验室", "金台区", "45万元"],
    ["10", "宝鸡市工业机器人精密减速器重点实验室", "宝鸡陈仓智能传动有限公司", "重点实验室", "陈仓区", "52万元"],
    ["11", "宝鸡市有色金属材料检测与评价重点实验室", "宝鸡钛谷新材料检测中心有限公司（宝鸡市金属材料分析测试中心）", "重点实验室", "高新区", "41万元"],
    ["12", "宝鸡市智能电网绝缘材料重点实验室", "宝鸡宏远绝缘材料有限公司", "重点实验室", "渭滨区", "36万元"],
    ["13", "宝鸡市钛及钛合金棒丝材工程技术研究中心", "宝鸡钛谷棒丝材有限公司", "工程技术研究中心", "高新区", "66万元"],
    ["14", "宝鸡市石油天然气钻井管材工程技术研究中心", "宝鸡渭滨钻具制造有限公司", "工程技术研究中心", "渭滨区", "59万元"],
    ["15", "宝鸡市数控机床功能部件工程技术研究中心", "宝鸡金台数控装备有限公司", "工程技术研究中心", "金台区", "54万元"],
    ["16", "宝鸡市重型汽车车桥工程技术研究中心", "陕西宝鸡重卡车桥有限公司", "工程技术研究中心", "高新区", "63万元"],
    ["17", "宝鸡市航空电子仪表工程技术研究中心", "宝鸡秦岭航电仪表有限公司", "工程技术研究中心", "渭滨区", "47万元"],
    ["18", "宝鸡市铁路道岔与轨道部件工程技术研究中心", "宝鸡华轨道岔装备有限公司", "工程技术研究中心", "渭滨区", "43万元"],
    ["19", "宝鸡市锆铪材料工程技术研究中心", "宝鸡锆业新材料有限公司", "工程技术研究中心", "高新区", "39万元"],
    ["20", "宝鸡市生物医用钛材料工程技术研究中心", "宝鸡康钛医疗器械有限公司", "工程技术研究中心", "高新区", "58万元"],
    ["21", "宝鸡市苹果浓缩汁加工工程技术研究中心", "扶风县果业技术推广中心", "工程技术研究中心", "扶风县", "31万元"],
    ["22", "宝鸡市农机装备智能化工程技术研究中心", "岐山县农业机械研究所", "工程技术研究中心", "岐山县", "27万元"],
    ["23", "宝鸡市电解铜箔工程技术研究中心", "宝鸡金台新能源材料有限公司", "工程技术研究中心", "金台区", "62万元"],
    ["24", "宝鸡市光伏硅材料切割工程技术研究中心", "宝鸡陈仓光伏硅材料精密切割技术研究院有限责任公司", "工程技术研究中心", "陈仓区", "35万元"],
    ["25", "宝鸡市新能源汽车电驱动工程技术研究中心", "宝鸡金台电驱科技有限公司", "工程技术研究中心", "金台区", "51万元"],
    ["26", "宝鸡钛及稀有金属产业技术研究院", "宝鸡钛谷产业技术研究院", "新型研发机构", "高新区", "108万元"],
    ["27", "宝鸡智能制造与工业软件研究院", "宝鸡智造工业软件研究院有限公司", "新型研发机构", "高新区", "94万元"],
    ["28", "宝鸡秦岭生物医药创新研究院", "宝鸡秦岭生物医药研究院", "新型研发机构", "高新区", "86万元"],
    ["29", "宝鸡先进轨道交通装备研究院", "宝鸡轨道交通装备创新中心有限公司", "新型研发机构", "渭滨区", "79万元"],
    ["30", "宝鸡陈仓新材料中试研究院", "宝鸡陈仓中试基地运营管理有限公司", "新型研发机构", "陈仓区", "73万元"],
]
A_UNIT_COL, A_AMT_COL, A_CAT_COL, A_AREA_COL = 2, 5, 3, 4
A_WRAP_ROWS = {"11", "24"}     # 序号 of the rows whose 依托单位 must take two lines
A_COLW = [34, 262, 200, 96, 74, 60]
A_TSIZE = 10
A_HEADER = "宝鸡市科学技术局　宝鸡市财政局　宝科发〔2026〕31号"
A_ATT_TITLE = "2026年度宝鸡市级创新平台认定名单及奖补资金安排表"
A_BLOCKS = [
    ("title", "宝鸡市科学技术局　宝鸡市财政局关于公布2026年度宝鸡市级创新平台认定结果及下达奖补资金的通知"),
    ("docno", "宝科发〔2026〕31号"),
    ("sal", "各县区科技局、财政局，宝鸡高新技术产业开发区科技创新局、财政局，各有关单位："),
    ("p", "为深入实施创新驱动发展战略，加快构建以企业为主体、市场为导向、产学研深度融合的技术创新体系，根据《宝鸡市市级创新平台建设与管理办法》和《宝鸡市市级科技专项资金管理办法》，市科技局组织开展了2026年度宝鸡市级重点实验室、工程技术研究中心和新型研发机构的认定工作。经单位申报、县区推荐、形式审查、专家评审、现场核查和社会公示等程序，现将认定结果及奖补资金安排通知如下。"),
    ("h", "一、认定结果"),
    ("p", "本年度共受理市级创新平台认定申请95份，经评审认定“宝鸡市钛合金精密锻造工艺重点实验室”等30家平台为2026年度宝鸡市级创新平台，其中重点实验室12家、工程技术研究中心13家、新型研发机构5家，认定率为31.6%。认定名单及奖补资金安排见附件。"),
    ("p", "从区域分布看，宝鸡高新技术产业开发区11家，渭滨区7家，金台区5家，陈仓区3家，岐山县、凤翔区、扶风县、眉县各1家。从依托单位性质看，企业24家，高校、科研院所及其他单位6家。"),
    ("p", "本次认定重点考察平台研究方向与我市钛及钛合金、高端装备、新能源汽车零部件等主导产业的契合度，以及研发条件、人才队伍和运行机制。申报重点实验室和工程技术研究中心的，依托单位上年度研发经费支出不低于500万元、专职研发人员不少于15人、研发场所面积不少于800平方米；申报新型研发机构的，须具有独立法人资格且运行满1年。另有7份申请因研发场所面积不达标未予认定。"),
    ("p", "评审采取专家网络评审与现场核查相结合的方式，每个申报平台由不少于5名同行专家独立评分，综合得分低于75分的不予认定；对同一依托单位申报多个平台的，原则上只认定1个。"),
    ("h", "二、奖补资金安排"),
    ("p", "（一）市级财政安排本年度市级创新平台认定奖补资金共1628万元，其中重点实验室553万元、工程技术研究中心635万元、新型研发机构440万元。奖补额度按照平台上年度研发经费支出的8%核定，重点实验室和工程技术研究中心最高不超过70万元，新型研发机构最高不超过120万元。"),
    ("p", "（二）奖补资金由市财政局一次性拨付至县区财政局，县区财政局应在收到资金后15个工作日内拨付至平台依托单位；宝鸡高新技术产业开发区的平台奖补资金直接拨付至高新区财政局。"),
    ("p", "（三）奖补资金主要用于科研仪器设备购置、开放共享服务、人才引进培养和研发条件改善，不得用于发放奖金、偿还债务和楼堂馆所建设，其中用于人才引进培养的支出不超过奖补资金的30%。"),
    ("p", "（四）县区财政可按照不低于市级奖补资金50%的比例给予配套支持，配套资金使用范围与市级奖补资金一致。"),
    ("h", "三、建设与运行管理"),
    ("p", "（一）各平台依托单位应在本通知印发之日起2个月内完成平台建设任务书填报，明确研究方向、建设目标、考核指标和年度计划，建设期为3年。"),
    ("p", "（二）平台实行年度报告制度，依托单位应于每年3月31日前通过宝鸡市科技业务综合管理系统报送上年度运行报告和开放共享情况。"),
    ("p", "（三）市科技局每2年组织一次绩效评估，评估结果分为优秀、良好、合格和不合格四个等次；评估不合格的限期整改，整改期为6个月，整改后仍不合格的撤销认定。"),
    ("p", "（四）平台名称、依托单位、平台负责人或主要研究方向发生变化的，依托单位应在变化发生后30日内书面报告市科技局。"),
    ("p", "（五）平台应建立科研仪器设备开放共享制度，通过宝鸡市科技资源开放共享服务平台向社会发布可共享的仪器设备目录，单台（套）原值50万元以上的科研仪器设备年对外服务机时不少于200小时，开放共享情况作为绩效评估的重要内容。"),
    ("h", "四、职责分工"),
    ("p", "（一）市科技局牵头负责市级创新平台的认定、绩效评估和动态管理，统筹推进平台开放共享。"),
    ("p", "（二）市财政局负责奖补资金的预算安排和拨付，会同市科技局开展资金绩效评价和监督检查。"),
    ("p", "（三）各县区科技局负责本地区平台的日常管理和年度报告审核，牵头组织本地区平台开放共享情况调查。"),
    ("p", "（四）宝鸡市科技资源统筹中心负责平台绩效评估的技术支撑和科技资源开放共享服务平台的运行维护。"),
    ("h", "五、其他事项"),
    ("p", "（一）依托单位在申报和运行中存在弄虚作假行为的，撤销平台认定，追回奖补资金，记入科研诚信记录，5年内不得申报市级创新平台。"),
    ("p", "（二）认定结果已于2026年6月2日至6月8日在市科技局门户网站公示，公示期间未收到异议。"),
    ("p", "（三）本年度未获认定的申报单位，可对照认定条件加强研发条件建设，符合条件的可在下一年度重新申报；本通知未尽事宜，按照《宝鸡市市级创新平台建设与管理办法》执行。"),
    ("p", "（四）联系人：市科技局平台与基地建设科　魏嘉禾，电话：0917-3268154；市财政局教科文科　孙立群，电话：0917-3265907。"),
    ("attach", "附件：" + A_ATT_TITLE),
    ("sign", "宝鸡市科学技术局　　宝鸡市财政局"),
    ("sign", "2026年6月19日"),
    ("p", "（此件公开发布）"),
    ("land", ""),
    ("acap0", "附件"),
    ("acap", A_ATT_TITLE),
    ("table", A_TABLE),
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
    pdfmetrics.registerFont(TTFont("U38Serif", io.BytesIO(cjk_ttf(*FONT_BODY, chars))))
    pdfmetrics.registerFont(TTFont("U38SansBold", io.BytesIO(cjk_ttf(*FONT_BOLD, chars))))
    _FONTS_DONE.append(True)


def build_pdf_a():
    """Return (pdf bytes, pages, visual, info): pages[i] = the plain lines of page i+1 (header, body, footer; a table
    row = its cells joined by ' | ', a wrapped cell's lines joined), visual[i] = the text pieces of page i+1 in drawing
    order (what the text layer holds), info = which table rows went on which page, page orientations."""
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, NextPageTemplate, PageBreak, PageTemplate,
                                    Paragraph, Spacer, Table, TableStyle)
    rl_config.invariant = 1
    register_fonts()

    class WholePara(Paragraph):  # a paragraph never splits across pages (each plain line sits on one page)
        def split(self, availWidth, availHeight):
            return []

    body = ParagraphStyle("body", fontName="U38Serif", fontSize=12, leading=22, wordWrap="CJK",
                          alignment=TA_JUSTIFY, firstLineIndent=24)
    st = {
        "title": ParagraphStyle("title", parent=body, fontName="U38SansBold", fontSize=17, leading=28,
                                alignment=TA_CENTER, firstLineIndent=0, spaceAfter=8),
        "docno": ParagraphStyle("docno", parent=body, alignment=TA_CENTER, firstLineIndent=0, spaceAfter=10),
        "sal": ParagraphStyle("sal", parent=body, firstLineIndent=0),
        "p": body,
        "sign": ParagraphStyle("sign", parent=body, alignment=TA_RIGHT, firstLineIndent=0, rightIndent=24),
        "attach": ParagraphStyle("attach", parent=body, firstLineIndent=0, leftIndent=24, fontSize=11, leading=19),
        "h": ParagraphStyle("h", parent=body, fontName="U38SansBold", fontSize=12.5, spaceBefore=6),
        "acap0": ParagraphStyle("acap0", parent=body, fontName="U38SansBold", fontSize=12, firstLineIndent=0),
        "acap": ParagraphStyle("acap", parent=body, fontName="U38SansBold", fontSize=14, leading=24,
                               alignment=TA_CENTER, firstLineIndent=0, spaceAfter=6),
    }
    cell = ParagraphStyle("cell", fontName="U38Serif", fontSize=A_TSIZE, leading=13, wordWrap="CJK")
    cell_head = ParagraphStyle("cellh", parent=cell, fontName="U38SansBold", alignment=TA_CENTER)
    flow = []
    for kind, val in A_BLOCKS:
        if kind == "land":
            flow.append(NextPageTemplate("land"))
            flow.append(PageBreak())
            continue
        if kind == "table":
            data = []
            for i, r in enumerate(val):
                row = []
                for c in r:
                    p = Paragraph(c, cell_head if i == 0 else cell)
                    p._u38_text = c
                    row.append(p)
                data.append(row)
            t = Table(data, colWidths=A_COLW, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
            ]))
            flow.append(t)
            continue
        if kind == "h":
            flow.append(CondPageBreak(70))
        para = WholePara(val, st[kind])
        para._u38_lines = [val]
        para._u38_visual = [val]
        flow.append(para)
        if kind == "sal":
            flow.append(Spacer(1, 2))

    def cell_text(c):  # reportlab may wrap a cell's flowable in a tuple (_ExpandedCellTuple)
        while isinstance(c, (list, tuple)):
            c = c[0]
        return c._u38_text

    pages, visual = [[]], [[]]
    info = {"table_rows": {}, "sizes": {}}

    class Doc(BaseDocTemplate):
        def afterFlowable(self, fl):
            while len(pages) < self.page:
                pages.append([])
                visual.append([])
            lines = getattr(fl, "_u38_lines", None)
            if lines:
                pages[self.page - 1].extend(lines)
                visual[self.page - 1].extend(fl._u38_visual)
            if isinstance(fl, Table):
                rows = [[cell_text(c) for c in r] for r in fl._cellvalues]
                pages[self.page - 1].extend(" | ".join(r) for r in rows)
                visual[self.page - 1].extend(c for r in rows for c in r)
                info["table_rows"].setdefault(self.page, []).extend(rows)

    def on_page(c, doc):
        w, h = c._pagesize
        info["sizes"][doc.page] = (round(w, 2), round(h, 2))
        c.saveState()
        c.setFont("U38SansBold", 9)
        c.drawCentredString(w / 2, h - 14 * mm, A_HEADER)
        c.setLineWidth(0.6)
        c.line(22 * mm, h - 16 * mm, w - 22 * mm, h - 16 * mm)
        c.restoreState()

    def on_page_end(c, doc):
        w, h = c._pagesize
        c.saveState()
        c.setFont("U38Serif", 10)
        c.drawCentredString(w / 2, 12 * mm, a_footer(doc.page))
        c.restoreState()

    buf = io.BytesIO()
    doc = Doc(buf, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=24 * mm, bottomMargin=24 * mm,
              title="关于公布2026年度宝鸡市级创新平台认定结果及下达奖补资金的通知",
              author="宝鸡市科学技术局", subject="宝科发〔2026〕31号", creator="宝鸡市科学技术局", invariant=1)
    doc.allowSplitting = 1
    pw, ph = A4
    lw, lh = landscape(A4)
    port = Frame(22 * mm, 24 * mm, pw - 44 * mm, ph - 48 * mm, id="port")
    land = Frame(20 * mm, 22 * mm, lw - 40 * mm, lh - 44 * mm, id="land")
    doc.addPageTemplates([
        PageTemplate(id="port", frames=[port], onPage=on_page, onPageEnd=on_page_end, pagesize=A4),
        PageTemplate(id="land", frames=[land], onPage=on_page, onPageEnd=on_page_end, pagesize=landscape(A4)),
    ])
    doc.build(flow)
    out = [[A_HEADER] + b + [a_footer(i + 1)] for i, b in enumerate(pages)]
    vis = [[A_HEADER] + v + [a_footer(i + 1)] for i, v in enumerate(visual)]
    return buf.getvalue(), out, vis, info


def pdf_page_texts(path):
    from pypdf import PdfReader
    r = PdfReader(str(path))
    return [p.extract_text() or "" for p in r.pages], r


# ---------------------------------------------------------------------------------------------------------------
# B: 松山湖 English page (.html, lang="en"). B_ARTICLES: one <p> each, "Article n ..."; the table goes after the
#    article that refers to Table 1, with its caption.
# ---------------------------------------------------------------------------------------------------------------
B_TITLE = "Several Measures of Songshan Lake High-tech Zone, Dongguan to Support Sci-tech Innovation Enterprises"
B_LANG = ("中文", "English")
B_LOGO_ZH = "东莞松山湖高新技术产业开发区"
B_LOGO_EN = "Songshan Lake High-tech Zone, Dongguan"
B_NAV = ["Home", "About Songshan Lake", "News", "Policies", "Investment", "Services", "Contact Us"]
B_CRUMB = ["Home", "Policies", "Policy Documents"]
B_META = "Source: Songshan Lake Science and Technology Bureau | Date: 2026-03-09"
B_DOCNO = "Song Ke Fa [2026] No. 6"
B_ARTICLES = [
    "Article 1 These Measures are formulated to strengthen the role of enterprises as the main body of sci-tech innovation in Songshan Lake Science City.",
    "Article 2 These Measures apply to enterprises registered and paying tax in Songshan Lake High-tech Zone (hereinafter \"the Zone\").",
    "Article 3 Support for high-tech enterprises. An enterprise newly recognised as a national high-tech enterprise shall receive a one-off reward of RMB 300,000; one that passes re-recognition, RMB 100,000. A high-tech enterprise moving its registration into the Zone within the validity of its certificate shall receive RMB 200,000.",
    "Article 4 Support for R&D investment. Where an enterprise's R&D expenditure in the previous year exceeds RMB 8 million and grows by at least 15%, a subsidy of up to 10% of the increase shall be granted, capped at RMB 2 million a year.",
    "Article 5 Support for innovation platforms. Newly built innovation platforms shall receive a one-off reward and, for three years, an annual operating subsidy according to Table 1.",
    "Article 6 Support for technology transfer. Where an enterprise in the Zone buys technology under a registered technology contract, a subsidy of 5% of the actual transaction amount shall be granted, up to CNY 500,000 a year; where the seller is a university or research institute in the Greater Bay Area, the ratio shall be 8%.",
    "Article 7 Support for pilot-scale testing. A pilot-scale testing platform open to the public that serves at least 20 external enterprises a year shall receive up to 30% of its external service revenue, capped at RMB 3 million a year.",
    "Article 8 Support for sci-tech finance. An enterprise borrowing under the Zone's Sci-tech Credit programme shall receive an interest subsidy of 50% of the interest actually paid, up to CNY 800,000 a year. The Zone's innovation fund may hold no more than 20% of an enterprise's equity.",
    "Article 9 Implementation. The Songshan Lake Science and Technology Bureau shall take the lead in implementing these Measures; the Songshan Lake Finance Bureau shall be responsible for disbursing the funds; the Market Supervision Bureau shall assist in verification.",
    "Article 10 The same project shall not receive support under these Measures and other Zone policies at the same time. Support to a single enterprise under these Measures shall not exceed RMB 10 million a year.",
    "Article 11 These Measures shall come into force on 1 April 2026 and remain valid for three years. The Songshan Lake Science and Technology Bureau shall interpret these Measures.",
]
B_TABLE_AFTER = 5  # the table follows Article 5
B_CAPTION = "Table 1 Support Standards for Innovation Platforms"
B_TABLE = [
    ["Platform Level", "Examples", "One-off Reward", "Annual Operating Subsidy"],
    ["National", "State key laboratories", "RMB 5 million", "RMB 1 million"],
    ["Provincial", "Guangdong key laboratories", "RMB 1.5 million", "CNY 400,000"],
    ["Municipal", "Dongguan key laboratories", "CNY 600,000", "CNY 120,000"],
    ["Zone", "New R&D institutions", "CNY 250,000", "Not applicable"],
]
B_TOOLS = ["Print", "Share", "Close"]
B_FOOTER = ["About Us | Sitemap | Contact Us",
            "© 2026 Songshan Lake High-tech Zone. All Rights Reserved.",
            "Address: 8 Science City Avenue, Songshan Lake, Dongguan | Tel: 0769-22895132"]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def b_html():
    """Return (html text, expected plain lines)."""
    h, lines = [], []
    h.append('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
             '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
             f"<title>{esc(B_TITLE)} - {esc(B_LOGO_EN)}</title>\n"
             "<style>\nbody{margin:0;font-family:Arial,Helvetica,sans-serif;}\n.nav li{display:inline-block;margin:0 14px;}\n"
             ".topbar{text-align:right;font-size:12px;}\n.art p{text-indent:2em;line-height:1.8;}\n"
             "table.std{border-collapse:collapse;width:100%;}\ntable.std th,table.std td{border:1px solid #999;padding:6px;}\n"
             "footer{background:#0b4f8a;color:#fff;font-size:13px;}\n</style>\n</head>\n<body>\n")
    h.append(f'<div class="topbar"><a href="/cn/" lang="zh-CN">{B_LANG[0]}</a> | <a href="/en/">{B_LANG[1]}</a></div>\n')
    lines.append(f"{B_LANG[0]} | {B_LANG[1]}")
    h.append(f'<header>\n<div class="logo"><a href="/en/"><span lang="zh-CN">{B_LOGO_ZH}</span> {esc(B_LOGO_EN)}</a></div>\n'
             '<nav>\n<ul class="nav">\n')
    lines.append(f"{B_LOGO_ZH} {B_LOGO_EN}")
    for i, n in enumerate(B_NAV):
        h.append(f'<li><a href="{"/en/" if i == 0 else f"/en/col{i}/"}">{esc(n)}</a></li>\n')
        lines.append(n)
    h.append("</ul>\n</nav>\n</header>\n")
    h.append('<div class="crumb">Current Location: ' + " &gt; ".join(f'<a href="#">{esc(c)}</a>' for c in B_CRUMB) + "</div>\n")
    lines.append("Current Location: " + " > ".join(B_CRUMB))
    h.append(f'<main>\n<h1>{esc(B_TITLE)}</h1>\n<div class="meta">{esc(B_META)}</div>\n<div class="art">\n'
             f'<p class="docno">{esc(B_DOCNO)}</p>\n')
    lines += [B_TITLE, B_META, B_DOCNO]
    for i, a in enumerate(B_ARTICLES, 1):
        m = re.match(r"(Article \d+) (.*)", a)
        h.append(f"<p><strong>{m.group(1)}</strong> {esc(m.group(2))}</p>\n")
        lines.append(a)
        if i == B_TABLE_AFTER:
            h.append(f'<p class="caption"><strong>{esc(B_CAPTION)}</strong></p>\n<table class="std">\n<thead>\n<tr>'
                     + "".join(f'<th scope="col">{esc(c)}</th>' for c in B_TABLE[0]) + "</tr>\n</thead>\n<tbody>\n")
            for r in B_TABLE[1:]:
                h.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>\n")
            h.append("</tbody>\n</table>\n")
            lines.append(B_CAPTION)
            lines += [" | ".join(r) for r in B_TABLE]
    h.append("</div>\n")
    h.append('<div class="tools"><a href="javascript:window.print()">Print</a> | <a href="#" class="share">Share</a> | '
             '<a href="javascript:window.close()">Close</a></div>\n</main>\n')
    lines.append(" | ".join(B_TOOLS))
    h.append(f'<footer>\n<div class="flinks">{esc(B_FOOTER[0])}</div>\n')
    for n in B_FOOTER[1:]:
        h.append(f"<p>{esc(n)}</p>\n")
    lines += B_FOOTER
    h.append("</footer>\n</body>\n</html>\n")
    return "".join(h), lines


H_BLOCK = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "div", "ul", "ol", "table", "tbody", "thead", "nav",
           "header", "footer", "main"}
H_LEAF = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "div"}


def html_lines(raw_bytes):
    """(unseen31/32/36) What a reader sees: each innermost block (p, h*, li, div, tr) is one line; a table row's cells
    (th/td) are joined by ' | '; <br> is a space; whitespace runs collapse; lines stripped; <head>, script, style
    skipped. Loose inline text directly in <header> (a skip link) is one line too. Returns (lines, tables, root)."""
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
# C: 南阳 news article as a plain UTF-8 .txt (Simplified): furniture on top, body paragraphs indented with two
#    ideographic spaces and separated by blank lines, editor lines and the 相关阅读 list at the end.
# ---------------------------------------------------------------------------------------------------------------
C_TOP = [
    "原标题：产学研“双向奔赴”　科技成果“落地生金”——2026年南阳市科技成果转化对接大会侧记",
    "来源：宛都融媒　　2026-04-22 08:36",
    "记者　刘若溪　通讯员　杜一鸣　韩蕾",
]
C_BODY = [
    "4月21日，2026年南阳市科技成果转化对接大会在南阳高新技术产业开发区开幕。大会以“链接创新资源　赋能产业升级”为主题，国内58所高校院所的专家学者和全市300余家企业代表参会，现场签约科技成果转化项目32个，签约总金额15.8亿元。",
    "“科技成果只有转化为现实生产力，才能真正体现价值。”副市长周启航在致辞中说，南阳正处在产业转型升级的关键期，光电信息、装备制造、中医药等产业对新技术的需求十分迫切，希望高校院所把更多成果带到南阳、留在南阳。",
    "从签约类型看，技术转让项目12个、合作开发项目14个、共建研发平台6个；从产业领域看，光电信息、装备制造、中医药和新材料领域项目合计占签约总数的78%。其中，南阳伏牛本草生物科技有限公司与省内一所中医药高校签订的艾草活性成分提取技术转让合同，金额达1.2亿元，是本次大会单笔金额最大的项目。",
    "“这项技术我们跟踪了两年，实验室数据很好，但一直缺少放大生产的条件。”伏牛本草总经理吴秋实告诉记者，合同签订后，企业将投资新建一条年处理艾叶5000吨的提取生产线，预计明年上半年投产。",
    "大会现场发布了《南阳市2026年度重点科技成果推介清单》，涵盖可转化科技成果426项；同时征集发布企业技术需求153项，其中已有41项需求与高校院所达成初步合作意向。",
    "大会期间，南阳市精密光学创新联合体正式揭牌。该联合体由河南宛光精密光学股份有限公司牵头，联合9家上下游企业和4家高校院所共同组建，将围绕高端光学镜头、红外光学元件等方向开展联合攻关。“过去企业单打独斗，很多共性技术难题攻不下来。”宛光精密光学董事长陈景舟说，联合体今年计划投入研发经费2.6亿元，力争用3年时间在精密非球面加工等关键环节实现突破。",
    "会上，南阳市科技局为首批3家市级中试基地授牌，分别是南阳光电材料中试基地、南阳中药材精深加工中试基地和南阳高端装备零部件中试基地。",
    "据了解，这批中试基地均由企业投资运营、面向社会开放，去年共为186家中小企业提供中试熟化服务，平均缩短新产品研发周期约4个月。南阳光电材料中试基地负责人蒋文博介绍，基地今年将新增两条光学镀膜中试线，重点服务本地光学元件企业。",
    "为打通成果转化“最后一公里”，南阳近年来着力培育技术经理人队伍，目前全市持证技术经理人已达312名，去年促成技术交易金额9.7亿元。“技术经理人就像‘红娘’，既要懂技术，又要懂市场。”从事技术转移工作8年的冯一丹说，她今年已帮助6家企业找到了合作院所。",
    "南阳工程技术学院副院长许嘉言在接受采访时表示，学校今年已与本地企业共建了11个联合实验室，“对接会让我们的老师更清楚企业要什么，成果的‘含金量’也更容易被市场检验”。",
    "今年，南阳还出台了《关于加快推进科技成果转化的若干措施》，对企业购买高校院所科技成果并在本地转化的，按技术交易额的10%给予补助，单个项目最高不超过200万元；对新认定的市级中试基地给予最高100万元一次性奖补。",
    "大会还发布了2026年度南阳市“揭榜挂帅”技术攻关榜单，涉及超硬材料、防爆电机、中药配方颗粒等领域的17项技术难题，单项榜额最高500万元，面向全国征集解决方案。“榜单上的题目都是企业在生产一线实实在在遇到的难题。”市科技局相关负责人介绍，揭榜成功的项目将优先列入市级科技计划给予支持。",
    "记者从市科技局了解到，2025年南阳市共登记技术合同2187份，技术合同成交额达96.3亿元，同比增长18.6%。市科技局局长孟晓川表示，今年全市将力争技术合同成交额突破120亿元。为推动签约项目尽快落地，市科技局将牵头建立签约项目“一对一”跟踪服务机制，由南阳市科技成果转化服务中心负责项目落地的全程服务，确保签约项目年内开工率不低于70%。",
    "据悉，本次大会由南阳市人民政府主办，南阳市科学技术局、南阳高新技术产业开发区管理委员会承办。大会期间还举办了光电信息、中医药两场专场路演，共有24个项目登台路演。在中医药专场，艾草精油微胶囊、经方配方颗粒等项目吸引了多家投资机构关注，部分项目当场与投资机构达成投资意向。“我们更看重项目背后的团队和技术壁垒。”参加路演点评的一家本地创投机构合伙人宋清越说，机构今年计划在南阳投资早期科技项目不少于10个，重点关注光电和生物医药领域。",
    "“以前是企业到处找技术，现在是技术主动找上门。”南阳一家汽车零部件企业负责人杨帆在签约后说，企业与省外一所高校合作开发的轻量化铝合金转向节项目，预计投产后每年可新增产值3亿元以上。",
]
C_EDITORS = ["编辑：黄一帆", "责任编辑：郑书瑶", "审核：葛长青"]
C_RELATED_HEAD = "相关阅读"
C_RELATED = [
    "平顶山设立10亿元科技成果转化引导基金",
    "2025年南阳科技成果转化对接大会签约项目29个　金额11.6亿元",
    "信阳技术合同成交额突破80亿元　同比增长23.5%",
    "南阳今年将新认定省级中试基地8家",
]
C_INDENT = "\u3000\u3000"


def c_text():
    out = C_TOP + [""]
    for p in C_BODY:
        out += [C_INDENT + p, ""]
    out += C_EDITORS + ["", C_RELATED_HEAD] + C_RELATED
    return "\n".join(out) + "\n"


def txt_lines(text):
    """Plain lines of a .txt: each non-empty line, stripped (ideographic indentation included)."""
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


# ---------------------------------------------------------------------------------------------------------------
# Questions. hint: a substring that must pick exactly one plain line of the doc (the evidence line).
# traditional: written in Simplified (qs) and converted with OpenCC s2tw (all three docs). B's Chinese questions are
# asked in Simplified and answered with the document's English span. Unanswerable: keys = regexes absent from the doc
# (plain, raw, converted; each key also tried in s2tw / s2twp / s2hk / t2s form); gkeys = the same over all docs (and
# named in the question); bkeys = absent from C's body (everything but the 相关阅读 list); rel = a figure that only a
# 相关阅读 headline gives; near = terms present in the doc. table: col = the header of the answer's column. who_leads:
# verb = the lead verb after the answer within one clause (B: "take the lead"), qverb = how the question asks.
# typo: wrong/right forms (one character apart).
# ---------------------------------------------------------------------------------------------------------------
Q = [
    # ---- A 宝鸡 认定结果及奖补资金通知 (PDF; page-spanning ruled table on landscape pages; 21)
    dict(id="u38-A01", doc="A", kind="table", q="宝鸡高端轴承材料与热处理重点实验室这次拿到多少市级资金？", a="45万元", hint="| 宝鸡市高端轴承材料与热处理重点实验室 |", col="奖补资金"),
    dict(id="u38-A02", doc="A", kind="table", q="宝鸡有色金属材料检测与评价重点实验室是依靠哪家单位建设的？", a="宝鸡钛谷新材料检测中心有限公司（宝鸡市金属材料分析测试中心）", hint="| 宝鸡市有色金属材料检测与评价重点实验室 |", col="依托单位"),
    dict(id="u38-A03", doc="A", kind="table", q="宝鸡航空电子仪表工程技术研究中心是哪家企业建的？", a="宝鸡秦岭航电仪表有限公司", hint="| 宝鸡市航空电子仪表工程技术研究中心 |", col="依托单位"),
    dict(id="u38-A04", doc="A", kind="table", q="宝鸡光伏硅材料切割那个工程中心，市里给了多少钱？", a="35万元", hint="| 宝鸡市光伏硅材料切割工程技术研究中心 |", col="奖补资金"),
    dict(id="u38-A05", doc="A", kind="table", q="宝鸡智能制造与工业软件研究院这次获得多少市级资金支持？", a="94万元", hint="| 宝鸡智能制造与工业软件研究院 |", col="奖补资金"),
    dict(id="u38-A06", doc="A", kind="table", q="宝鸡陈仓新材料中试研究院背后的运营主体是哪家公司？", a="宝鸡陈仓中试基地运营管理有限公司", hint="| 宝鸡陈仓新材料中试研究院 |", col="依托单位"),
    dict(id="u38-A07", doc="A", kind="who_leads", q="宝鸡各县区平台开放共享情况的调查由谁牵头组织？", a="各县区科技局", hint="牵头组织本地区平台开放共享情况调查", verb="牵头", qverb="牵头"),
    dict(id="u38-A08", doc="A", kind="paraphrase", q="宝鸡这批获认定的平台，最晚要在发文后多长时间里交齐建设计划？", a="2个月", hint="完成平台建设任务书填报"),
    dict(id="u38-A09", doc="A", kind="paraphrase", q="宝鸡的平台考评没过、被要求限时改正的，给多长的改正期？", a="6个月", hint="整改期为"),
    dict(id="u38-A10", doc="A", kind="paraphrase", q="宝鸡给平台的这笔钱，花在招人育人上的最多占几成？", a="30%", hint="用于人才引进培养的支出"),
    dict(id="u38-A11", doc="A", kind="typo", q="保鸡市这次一共认定了多少家市级创新平台？", a="30家", hint="等30家平台", wrong="保鸡", right="宝鸡"),
    dict(id="u38-A12", doc="A", kind="typo", q="宝鸡申报重点实验室的，依拖单位上年度研发经费支出至少要多少？", a="500万元", hint="研发经费支出不低于", wrong="依拖", right="依托"),
    dict(id="u38-A13", doc="A", kind="traditional", qs="宝鸡市级创新平台认定结果是从哪天开始公示的？", a="2026年6月2日", hint="在市科技局门户网站公示"),
    dict(id="u38-A14", doc="A", kind="english", q="How much municipal award funding in total does Baoji arrange for the innovation platforms it recognised in 2026?", a="1628万元", hint="认定奖补资金共"),
    dict(id="u38-A15", doc="A", kind="english", q="Within how many working days must Baoji's county and district finance bureaus pass the award funds on to the host institutions?", a="15个工作日", hint="一次性拨付至县区财政局"),
    dict(id="u38-A16", doc="A", kind="english", q="How many applications for recognition as a municipal innovation platform did Baoji accept in 2026?", a="95份", hint="共受理市级创新平台认定申请"),
    dict(id="u38-A17", doc="A", kind="english_unanswerable", q="How much award funding did Baoji grant to the innovation platforms it recognised in 2025?", keys=["2025"], near=["2026年度"]),
    dict(id="u38-A18", doc="A", kind="unanswerable", q="咸阳市2026年度认定了多少家市级重点实验室？", gkeys=["咸阳", "Xianyang"], near=["重点实验室"]),
    dict(id="u38-A19", doc="A", kind="unanswerable", q="宝鸡2026年第二批市级创新平台认定什么时候启动？", keys=["第二批", "二批", "第一批"], near=["2026年度"]),
    dict(id="u38-A20", doc="A", kind="unanswerable", q="宝鸡市发展和改革委员会在市级创新平台认定中承担什么职责？", keys=["发展和改革", "发改"], near=["市财政局", "市科技局"]),
    dict(id="u38-A21", doc="A", kind="unanswerable", q="宝鸡对绩效评估获评优秀的平台再额外奖励多少钱？", keys=["奖励", "优秀[^，。；]{0,12}奖补"], near=["优秀"]),
    # ---- B 松山湖 English page (HTML; 15). Chinese questions, English answers.
    dict(id="u38-B01", doc="B", kind="table", q="松山湖对新建的省级创新平台一次给多少奖励？", a="RMB 1.5 million", hint="Provincial | ", col="One-off Reward"),
    dict(id="u38-B02", doc="B", kind="table", q="东莞松山湖的市级创新平台每年能拿多少运营补贴？", a="CNY 120,000", hint="Municipal | ", col="Annual Operating Subsidy"),
    dict(id="u38-B03", doc="B", kind="english", q="What one-off reward does Songshan Lake High-tech Zone give an enterprise newly recognised as a national high-tech enterprise?", a="RMB 300,000", hint="Article 3 "),
    dict(id="u38-B04", doc="B", kind="english", q="What is the annual cap of the R&D investment subsidy per enterprise in Songshan Lake High-tech Zone?", a="RMB 2 million", hint="Article 4 "),
    dict(id="u38-B05", doc="B", kind="english", q="On what date do Songshan Lake's measures to support sci-tech innovation enterprises come into force?", a="1 April 2026", hint="Article 11 "),
    dict(id="u38-B06", doc="B", kind="english", q="What share of the interest actually paid on Sci-tech Credit loans does Songshan Lake subsidise?", a="50%", hint="Article 8 "),
    dict(id="u38-B07", doc="B", kind="english_unanswerable", q="How much does Songshan Lake High-tech Zone pay an enterprise for each PCT international patent application?", keys=["PCT", "[Pp]atent"], near=["technology transfer"]),
    dict(id="u38-B08", doc="B", kind="paraphrase", q="松山湖的企业通过登记过的合同买技术，政府按实际成交额补贴百分之几？", a="5%", hint="Article 6 "),
    dict(id="u38-B09", doc="B", kind="paraphrase", q="在松山湖，一家企业一年按这套政策最多能拿多少钱？", a="RMB 10 million", hint="Article 10 "),
    dict(id="u38-B10", doc="B", kind="typo", q="东莞松山胡高新区对带着有效高企证书迁入的企业奖励多少？", a="RMB 200,000", hint="Article 3 ", wrong="松山胡", right="松山湖"),
    dict(id="u38-B11", doc="B", kind="who_leads", q="松山湖这套支持科创企业的措施由哪个部门牵头实施？", a="Songshan Lake Science and Technology Bureau", hint="Article 9 ", verb="take the lead", qverb="牵头"),
    dict(id="u38-B12", doc="B", kind="traditional", qs="松山湖的中试平台每年最多能拿多少补贴？", a="RMB 3 million", hint="Article 7 "),
    dict(id="u38-B13", doc="B", kind="unanswerable", q="东莞滨海湾新区对新认定的国家高新技术企业奖励多少？", gkeys=["滨海湾", "Binhaiwan"], near=["national high-tech enterprise"]),
    dict(id="u38-B14", doc="B", kind="unanswerable", q="松山湖2023年版的科创企业支持措施对研发投入的补贴上限是多少？", keys=["2023"], near=["2026"]),
    dict(id="u38-B15", doc="B", kind="unanswerable", q="东莞市发展和改革局在松山湖这些措施中负责什么？", keys=["Development and Reform", "发展和改革", "发改"], near=["Finance Bureau"]),
    # ---- C 南阳 news (txt, Simplified; 14)
    dict(id="u38-C01", doc="C", kind="who_leads", q="南阳精密光学创新联合体由哪家企业牵头组建？", a="河南宛光精密光学股份有限公司", hint="该联合体由", verb="牵头", qverb="牵头"),
    dict(id="u38-C02", doc="C", kind="paraphrase", q="南阳这次大会上单笔最大的那份合同值多少钱？", a="1.2亿元", hint="艾草活性成分提取"),
    dict(id="u38-C03", doc="C", kind="paraphrase", q="南阳希望签下来的项目当年动工的比例不少于多少？", a="70%", hint="跟踪服务机制"),
    dict(id="u38-C04", doc="C", kind="paraphrase", q="南阳那个光学攻关联盟今年准备花多少钱搞研发？", a="2.6亿元", hint="该联合体由"),
    dict(id="u38-C05", doc="C", kind="typo", q="南杨这次科技成果转化对接大会有多少所高校院所参会？", a="58所", hint="现场签约科技成果转化项目", wrong="南杨", right="南阳"),
    dict(id="u38-C06", doc="C", kind="typo", q="南阳市科技局为首批几家市级中试基地受牌？", a="3家", hint="中试基地授牌", wrong="受牌", right="授牌"),
    dict(id="u38-C07", doc="C", kind="traditional", qs="南阳这次大会发布的推介清单里有多少项可转化成果？", a="426项", hint="重点科技成果推介清单"),
    dict(id="u38-C08", doc="C", kind="english", q="How many projects were signed on site at Nanyang's 2026 conference on the transfer of scientific and technological achievements?", a="32个", hint="现场签约科技成果转化项目"),
    dict(id="u38-C09", doc="C", kind="english", q="What was the turnover of technology contracts in Nanyang in 2025?", a="96.3亿元", hint="技术合同成交额达"),
    dict(id="u38-C10", doc="C", kind="english", q="How many technology demands from enterprises were released at Nanyang's 2026 technology transfer conference?", a="153项", hint="企业技术需求"),
    dict(id="u38-C11", doc="C", kind="english_unanswerable", q="What was the turnover of technology contracts in Nanyang in 2024?", keys=["2024"], near=["2025年"]),
    dict(id="u38-C12", doc="C", kind="unanswerable", q="南阳这次对接大会上设立的科技成果转化引导基金规模有多大？", bkeys=["基金"], rel=["10亿元"], near=["科技成果转化"]),
    dict(id="u38-C13", doc="C", kind="unanswerable", q="驻马店2026年科技成果转化对接大会现场签约了多少个项目？", gkeys=["驻马店", "Zhumadian"], near=["现场签约"]),
    dict(id="u38-C14", doc="C", kind="unanswerable", q="河南省科学院在南阳这次大会上签了几个项目？", keys=["科学院"], near=["高校院所"]),
]

KIND_COUNTS = {"english": 10, "english_unanswerable": 3, "paraphrase": 8, "typo": 5, "table": 8, "who_leads": 3,
               "traditional": 3, "unanswerable": 10}
DOC_COUNTS = {"A": 21, "B": 15, "C": 14}
KIND_DOC_COUNTS = {  # kind: (A, B, C)
    "english": (3, 4, 3), "english_unanswerable": (1, 1, 1), "paraphrase": (3, 2, 3), "typo": (2, 1, 2),
    "table": (6, 2, 0), "who_leads": (1, 1, 1), "traditional": (1, 1, 1), "unanswerable": (4, 3, 3)}
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
HAN = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_PLACE = {"A": "Baoji", "B": "Songshan Lake", "C": "Nanyang"}
CHINESE_PLACE = {"A": "宝鸡", "B": "松山湖", "C": "南阳"}
PLACE_KEYS = ["咸阳", "鹹陽", "Xianyang", "天水", "Tianshui", "滨海湾", "濱海灣", "Binhaiwan", "惠州", "Huizhou",
              "驻马店", "駐馬店", "Zhumadian"]  # neighbours: in no document
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


def num_core(ans):
    """The figure of an answer without a currency word in front (B: 'RMB 2 million' -> '2 million')."""
    return re.sub(r"^(?:RMB|CNY|up to) ", "", ans)


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
    b_src, b_expected = b_html()
    (CORPUS / FILE_B).write_bytes(b_src.encode("utf-8"))
    (CORPUS / FILE_C).write_bytes(c_text().encode("utf-8"))

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
    check(4000 <= len(ptext["A"]) <= 6000, f"A: {len(ptext['A'])} characters, want 4,000-6,000")
    check(2000 <= len(ptext["B"]) <= 3500, f"B: {len(ptext['B'])} characters, want 2,000-3,500")
    check(2000 <= len(ptext["C"]) <= 3000, f"C: {len(ptext['C'])} characters, want 2,000-3,000")
    num = lambda s: float(re.match(r"[\d.]+", s.replace(",", "")).group())  # noqa: E731

    # ---- A: PDF; the ruled table runs over a page break with its header repeated
    texts, reader = pdf_page_texts(CORPUS / FILE_A)
    check(a_bytes.startswith(b"%PDF-") and 4 <= len(texts) <= 6, f"A: a PDF of 4-6 pages ({len(texts)})")
    check(len(texts) == len(a_pages) == len(a_visual), f"A: {len(texts)} PDF pages vs {len(a_pages)} tracked")
    for i, (t, vis, page) in enumerate(zip(texts, a_visual, a_pages)):
        check(squash(t) == squash("".join(vis)), f"A: text layer of page {i + 1} differs from the drawn pieces")
        check(page[0] == A_HEADER and page[-1] == a_footer(i + 1), f"A: running header / footer of page {i + 1}")
    tpages = sorted(a_info["table_rows"])
    check(len(tpages) == 2 and tpages[1] == tpages[0] + 1, f"A: the table on two consecutive pages {tpages}")
    orient = []
    for i, p in enumerate(reader.pages, 1):
        w, h = float(p.mediabox.width), float(p.mediabox.height)
        check(sorted([round(w), round(h)]) == [595, 842] and int(p.get("/Rotate", 0) or 0) == 0, "A: A4 pages")
        orient.append("L" if w > h else "P")
    check(all((o == "L") == (i + 1 in tpages) for i, o in enumerate(orient)) and orient[0] == "P",
          f"A: the table pages (and only they) are landscape {orient}")
    fonts = set()
    for p in reader.pages:
        for f in p["/Resources"]["/Font"].values():
            fo = f.get_object()
            fonts.add(str(fo["/BaseFont"]))
            if str(fo["/BaseFont"]) != "/Helvetica":  # reportlab's initial font; no character is drawn in it
                check("/ToUnicode" in fo and "/FontFile2" in str(fo["/FontDescriptor"].get_object()),
                      f"A: font {fo['/BaseFont']} not an embedded TrueType with ToUnicode")
    check({f.split("+")[-1].lstrip("/") for f in fonts} == {"NotoSansCJKsc-Bold", "NotoSerifCJKsc-Regular", "Helvetica"},
          f"A: fonts {fonts}")
    parts = [a_info["table_rows"].get(p, []) for p in tpages] if len(tpages) == 2 else [[], []]
    check(all(pt and pt[0] == A_TABLE[0] for pt in parts), "A: each table page starts with the header row (repeated)")
    check([r for pt in parts for r in pt[1:]] == A_TABLE[1:], "A: the two parts hold every data row once, in order")
    split_at = len(parts[0]) - 1  # data rows on the first table page
    check(8 <= split_at <= len(A_TABLE) - 5, f"A: a real page break inside the table (rows 1-{split_at} / rest)")
    wrap_pages = {pg for pg, pt in zip(tpages, parts) for r in pt[1:] if r[0] in A_WRAP_ROWS}
    check(len(wrap_pages) == 2, f"A: one wrapped row on each table page {wrap_pages}")
    import pdfplumber
    with pdfplumber.open(str(CORPUS / FILE_A)) as pdf:
        found = [(i + 1, t) for i, pg in enumerate(pdf.pages) for t in pg.extract_tables()]
        char_fonts = {c["fontname"].split("+")[-1] for pg in pdf.pages for c in pg.chars}
        head_fonts, head_top = {}, {}
        for pno in tpages:
            pg = pdf.pages[pno - 1]
            words = pg.extract_words(x_tolerance=2, y_tolerance=2)
            ws = [w for w in words if w["text"] == "依托单位"]
            head_top[pno] = ws[0]["top"] if len(ws) == 1 else None
            head_fonts[pno] = {c["fontname"].split("+")[-1] for c in pg.chars
                               if ws and abs(c["top"] - ws[0]["top"]) < 1}
            others = [w for w in words if ws and w["top"] < ws[0]["top"] - 1 and w["text"] not in ("附件", A_ATT_TITLE)
                      and w["text"] not in A_HEADER.split("　")]
            check(not others, f"A: page {pno}: text between the running header and the table header {others[:2]}")
    check(char_fonts == {"NotoSansCJKsc-Bold", "NotoSerifCJKsc-Regular"}, f"A: every character in a Noto font {char_fonts}")
    check([p for p, _ in found] == tpages, f"A: pdfplumber finds one ruled table on each table page: {[(p, len(t)) for p, t in found]}")
    for (pno, rows), part in zip(found, parts):
        check([[squash(c or "") for c in r] for r in rows] == [[squash(c) for c in r] for r in part],
              f"A: pdfplumber's table on page {pno} equals the data")
        nl = [[(c or "").count("\n") + 1 for c in r] for r in rows]
        want = [[2 if (j == A_UNIT_COL and r[0] in A_WRAP_ROWS) else 1 for j in range(len(r))] for r in part]
        check(nl == want, f"A: page {pno}: cells take the designed number of lines")
        check(rows and [squash(c or "") for c in rows[0]] == A_TABLE[0], f"A: page {pno}: first found row is the header")
    for pno in tpages:
        check(head_fonts.get(pno) == {"NotoSansCJKsc-Bold"}, f"A: page {pno}: header row in bold {head_fonts.get(pno)}")
    check(a_plain.count(" | ".join(A_TABLE[0])) == 2, "A: the header row twice in the plain text (once per table page)")
    rows_d = [ln for ln in a_plain if ln in {" | ".join(r) for r in A_TABLE[1:]}]
    check(rows_d == [" | ".join(r) for r in A_TABLE[1:]], "A: the data rows in the plain text, in order, once each")
    a_prose = "\n".join(ln for ln in a_plain if " | " not in ln)
    amounts = [r[A_AMT_COL] for r in A_TABLE[1:]]
    check(len(set(amounts)) == len(amounts), "A: amounts distinct")
    check(len({r[1] for r in A_TABLE[1:]}) == 30 and len({r[2] for r in A_TABLE[1:]}) == 30, "A: names and units distinct")
    for cv in amounts:
        check(num_count(cv, a_prose) == 0, f"A: table amount {cv} also in the prose")
    cats = {}
    for r in A_TABLE[1:]:
        cats.setdefault(r[A_CAT_COL], []).append(num(r[A_AMT_COL]))
    tot = sum(num(a) for a in amounts)
    check(tot == 1628 and "奖补资金共1628万元" in a_prose, f"A: amounts sum to 1628万元 as the prose says ({tot})")
    check(f"重点实验室{sum(cats['重点实验室']):.0f}万元、工程技术研究中心{sum(cats['工程技术研究中心']):.0f}万元、"
          f"新型研发机构{sum(cats['新型研发机构']):.0f}万元" in a_prose, "A: category sums as the prose says")
    check(f"重点实验室{len(cats['重点实验室'])}家、工程技术研究中心{len(cats['工程技术研究中心'])}家、新型研发机构"
          f"{len(cats['新型研发机构'])}家" in a_prose and "等30家平台" in a_prose, "A: category counts as the prose says")
    check(max(cats["重点实验室"] + cats["工程技术研究中心"]) < 70 and 70 < min(cats["新型研发机构"])
          and max(cats["新型研发机构"]) < 120 and "最高不超过70万元" in a_prose and "最高不超过120万元" in a_prose,
          "A: amounts within the caps")
    check(round(30 / 95 * 100, 1) == 31.6 and "申请95份" in a_prose and "认定率为31.6%" in a_prose, "A: 30 of 95 = 31.6%")
    areas = {}
    for r in A_TABLE[1:]:
        areas[r[A_AREA_COL]] = areas.get(r[A_AREA_COL], 0) + 1
    check(areas == {"高新区": 11, "渭滨区": 7, "金台区": 5, "陈仓区": 3, "岐山县": 1, "凤翔区": 1, "扶风县": 1, "眉县": 1}
          and "宝鸡高新技术产业开发区11家，渭滨区7家，金台区5家，陈仓区3家，岐山县、凤翔区、扶风县、眉县各1家" in a_prose,
          f"A: distribution by county / district {areas}")
    firms = sum(1 for r in A_TABLE[1:] if "公司" in r[A_UNIT_COL])
    check(firms == 24 and "企业24家，高校、科研院所及其他单位6家" in a_prose, f"A: 24 firms ({firms})")
    check(A_TABLE[1][1] in a_prose, "A: the first platform named in the prose")
    a_dates = re.findall(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日", a_prose)
    check(a_dates == [("", "3", "31"), ("2026", "6", "2"), ("", "6", "8"), ("2026", "6", "19")], f"A: dates {a_dates}")
    a_units = re.findall(r"（[一二三四]）([^，。；]*?)(牵头|负责)", "\n".join(ln for ln in a_plain if "职责" not in ln))
    check(("市科技局", "牵头") in a_units and ("市财政局", "负责") in a_units and ("各县区科技局", "负责") in a_units
          and ("宝鸡市科技资源统筹中心", "负责") in a_units, f"A: who-does-what {a_units}")
    a_leads = [ln for ln in a_plain if "牵头" in ln]
    check(len(a_leads) == 2 and a_leads[0].startswith("（一）市科技局牵头") and a_leads[1].startswith("（三）各县区科技局"),
          f"A: 牵头 lines {a_leads}")
    check(T2S.convert(ptext["A"]) == ptext["A"], "A: Simplified throughout")

    # ---- B: English html
    check(not b_bytes.startswith(b"\xef\xbb\xbf") and '<meta charset="utf-8">' in b_src[:200] and '<html lang="en">' in b_src[:100],
          "B: UTF-8, no BOM, meta charset, lang en")
    check(b_plain == b_expected, "B: lxml reading equals the designed lines")
    check(len(b_tables) == 1 and b_tables[0] == B_TABLE, "B: one <table> equal to the data")
    arts = [ln for ln in b_plain if re.match(r"Article \d+ ", ln)]
    check([int(re.match(r"Article (\d+)", ln).group(1)) for ln in arts] == list(range(1, len(B_ARTICLES) + 1))
          and len(arts) >= 8, "B: Article 1 … Article n in order")
    i_title, i_tools = b_plain.index(B_TITLE), b_plain.index(" | ".join(B_TOOLS))
    main_lines = b_plain[i_title:i_tools]
    check(not any(CJK.search(ln) for ln in main_lines), "B: no CJK in the article")
    check([ln for ln in b_plain if CJK.search(ln)] == [f"{B_LANG[0]} | {B_LANG[1]}", f"{B_LOGO_ZH} {B_LOGO_EN}"],
          "B: CJK only in the language switch and the logo")
    check(all(n in b_plain for n in B_NAV) and "Current Location: Home > Policies > Policy Documents" in b_plain
          and "Print | Share | Close" in b_plain and b_plain[-1].startswith("Address:"), "B: menu, breadcrumb, tools, footer")
    main_text = "\n".join(main_lines)
    check(re.search(r"RMB \d+(\.\d)? million", main_text) and re.search(r"CNY \d{3},000", main_text)
          and re.search(r"up to \d+%", main_text), "B: amounts as RMB n million / CNY n,000 / up to n%")
    b_prose = "\n".join(ln for ln in b_plain if " | " not in ln)
    b_cells = [c for r in B_TABLE[1:] for c in r[2:]]
    check(len(set(b_cells)) == len(b_cells), "B: table amount cells distinct")
    for cv in b_cells:
        if re.search(r"\d", cv):
            check(num_count(num_core(cv), b_prose) == 0, f"B: table cell {cv} also in the prose")
    b_figs = re.findall(r"(?:RMB|CNY) ([\d.,]+(?: million)?)", b_prose)
    check(len(set(b_figs)) == len(b_figs), f"B: the prose amounts distinct {b_figs}")
    check(T2S.convert(B_LOGO_ZH) == B_LOGO_ZH, "B: the logo in Simplified")

    # ---- C: txt news article
    check(not c_raw.startswith("\ufeff") and "\r" not in c_raw and "\t" not in c_raw, "C: UTF-8 without BOM, LF, no tabs")
    check(c_plain[0].startswith("原标题：") and c_plain[1].startswith("来源：") and c_plain[2].startswith("记者")
          and "通讯员" in c_plain[2], "C: begins with 原标题 / 来源 / 记者…通讯员")
    i_rel = c_plain.index(C_RELATED_HEAD) if C_RELATED_HEAD in c_plain else -1
    check(i_rel > 0 and c_plain[i_rel - 3:i_rel] == C_EDITORS and [e.split("：")[0] for e in C_EDITORS] == ["编辑", "责任编辑", "审核"],
          "C: 编辑 / 责任编辑 / 审核 before 相关阅读")
    rel_lines = c_plain[i_rel + 1:]
    check(rel_lines == C_RELATED and 3 <= len(rel_lines) <= 5, "C: the 相关阅读 list closes the file (3-5 headlines)")
    body = c_plain[3:i_rel - 3]
    check(body == C_BODY, "C: body paragraphs")
    body_text = "\n".join(body)
    for hl in rel_lines:
        figs = re.findall(r"\d+(?:\.\d+)?(?:亿元|个|家|%)", hl)
        check(bool(figs), f"C: headline without a figure: {hl}")
        for fg in figs:
            check(num_count(fg, body_text) == 0, f"C: headline figure {fg} also in the body")
        check(not hl.startswith("2026") and ("南阳" not in hl or re.search(r"2025|今年", hl)),
              f"C: headline is about another city or another year / matter: {hl}")
    check(len(re.findall(r"“[^”]{8,}”", body_text)) >= 4 and sum(v in body_text for v in ("说", "表示", "告诉记者")) == 3,
          "C: quotes")
    check("技术转让项目12个、合作开发项目14个、共建研发平台6个" in body_text and 12 + 14 + 6 == 32
          and "现场签约科技成果转化项目32个" in body_text, "C: 12 + 14 + 6 = 32 signed projects")
    check("9家上下游企业和4家高校院所" in body_text and "首批3家" in body_text, "C: figures as designed")
    check(re.findall(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日", body_text) == [("", "4", "21")], "C: dates")
    check(sum("牵头" in ln for ln in body) == 2, "C: 牵头 in two paragraphs")
    check(T2S.convert(ptext["C"]) == ptext["C"], "C: Simplified throughout")

    raw = {"A": "\n".join(texts), "B": b_src, "C": c_raw}
    every = {d: [ptext[d], raw[d], T2S.convert(ptext[d]), S2TW.convert(ptext[d]), S2HK.convert(ptext[d])] for d in "ABC"}

    def occurs(pattern, docs):
        return any(re.search(pattern, t) for d in docs for t in every[d])

    for key in PLACE_KEYS:
        check(not occurs(key, "ABC"), f"near-miss place {key} occurs in a document")

    # ---- questions
    out, runs, ids = [], {}, set()
    rel_text = "\n".join(rel_lines)
    for q in Q:
        d, k = q["doc"], q["kind"]
        check(q["id"] not in ids, f"dup id {q['id']}")
        ids.add(q["id"])
        check(q["id"][4] == d, f"{q['id']}: id letter vs doc")
        question = S2TW.convert(q["qs"]) if "qs" in q else q["q"]
        ev = ""
        if k in UNANSWERABLE:
            ans = ""
            check(bool(q.get("keys")) or bool(q.get("gkeys")) or bool(q.get("bkeys")), f"{q['id']}: needs keys")
            for key in q.get("keys", []):
                for f in {key, S2TW.convert(key), S2TWP.convert(key), S2HK.convert(key), T2S.convert(key)}:
                    check(not occurs(f, [d]), f"{q['id']}: key {f} occurs in doc {d}")
            for key in q.get("gkeys", []):
                for f in {key, S2TW.convert(key), S2TWP.convert(key), S2HK.convert(key), T2S.convert(key)}:
                    check(not occurs(f, "ABC"), f"{q['id']}: key {f} occurs in some doc")
            if q.get("gkeys"):
                check(any(g in question for g in q["gkeys"]), f"{q['id']}: the other place is named in the question")
            for key in q.get("bkeys", []):  # C: absent from the article itself, present only in the 相关阅读 list
                check(d == "C" and not re.search(key, body_text) and not re.search(key, "\n".join(c_plain[:3] + C_EDITORS)),
                      f"{q['id']}: key {key} occurs in C's article")
            for fg in q.get("rel", []):
                check(num_count(fg, rel_text) == 1 and num_count(fg, ptext[d]) == 1,
                      f"{q['id']}: the look-alike figure {fg} only in one 相关阅读 headline")
            for n in q["near"]:
                check(n in ptext[d], f"{q['id']}: near-miss term {n} not in doc")
        else:
            ans = q["a"]
            hits = [ln for ln in plains[d] if q["hint"] in ln]
            check(len(hits) == 1, f"{q['id']}: hint matches {len(hits)} lines")
            ev = hits[0] if hits else ""
            check(ans in ev, f"{q['id']}: answer not in evidence")
            check(plains[d].count(ev) == 1, f"{q['id']}: evidence line not unique")
            in_raw = squash(ans) in squash(raw["A"]) if d == "A" else (ans in raw[d] or esc(ans) in raw[d])
            check(in_raw, f"{q['id']}: answer not in the raw file")
            if d == "C":
                check(ev not in rel_lines and ans not in rel_text and num_count(num_core(ans), rel_text) == 0,
                      f"{q['id']}: answer from or in the 相关阅读 list")
            if re.search(r"\d", ans):
                core = num_core(ans)
                for ln in plains[d]:
                    if ln != ev and num_count(core, ln):
                        check(False, f"{q['id']}: answer {core} also in: {ln[:40]}")
                check(num_count(core, ev) == 1, f"{q['id']}: answer {ans} more than once in its evidence")
            else:
                check(ev.count(ans) == 1, f"{q['id']}: answer {ans} more than once in evidence")
            if "col" in q:
                table = A_TABLE if d == "A" else B_TABLE
                hit = [r for r in table[1:] if " | ".join(r) == ev]
                check(len(hit) == 1, f"{q['id']}: evidence must be a data row of the table")
                if hit:
                    ci = table[0].index(q["col"])
                    check(hit[0][ci] == ans, f"{q['id']}: answer must be the {q['col']} cell")
                    check(sum(ans in c for c in hit[0]) == 1, f"{q['id']}: other cells differ")
                    check(q["col"] not in question, f"{q['id']}: question copies the column header")
                    if d == "A":
                        q["_page"] = next(pg for pg, pt in zip(tpages, parts) if hit[0] in pt)
                        q["_wrapped"] = hit[0][0] in A_WRAP_ROWS
                        q["_wrapped_cell"] = q["_wrapped"] and ci == A_UNIT_COL
            if k == "who_leads":
                check(re.search(re.escape(ans) + r"[^；。;.]*?" + q["verb"], ev), f"{q['id']}: {ans} … {q['verb']}")
                check(q["qverb"] in question, f"{q['id']}: question must ask who {q['qverb']}")
        if k in ("english", "english_unanswerable"):
            check(not CJK.search(question), f"{q['id']}: CJK in English question")
            check(ENGLISH_PLACE[d] in question, f"{q['id']}: English question must name {ENGLISH_PLACE[d]}")
        else:
            check(bool(CJK.search(question)), f"{q['id']}: Chinese kinds must be asked in Chinese")
            check(any(p in question for p in (CHINESE_PLACE[d], S2TW.convert(CHINESE_PLACE[d]))) or k == "typo"
                  or any(g in question for g in q.get("gkeys", [])), f"{q['id']}: the place is named")
        if d == "B" and ans:
            check(not CJK.search(ans), f"{q['id']}: B's answers are the document's English span")
        if k == "traditional":
            check(T2S.convert(question) != question and S2TW.convert(question) == question
                  and question == S2TW.convert(q["qs"]), f"{q['id']}: not Traditional (s2tw)")
            trad_only = set(question) - set(T2S.convert(question))
            check(not any(ch in ptext[d] for ch in trad_only), f"{q['id']}: a Traditional-only character occurs in the doc")
        elif k not in ("english", "english_unanswerable"):
            check(T2S.convert(question) == question, f"{q['id']}: Chinese questions other than traditional are Simplified")
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
    check(all(re.fullmatch(r"u38-[ABC]\d\d", o["id"]) for o in out), "id format")
    for d in "ABC":
        nums_d = [int(o["id"][5:]) for o in out if o["id"][4] == d]
        check(nums_d == list(range(1, len(nums_d) + 1)), f"{d}: ids numbered without gaps")
    # structural coverage of the table questions
    a_tab = [q for q in Q if q["doc"] == "A" and q["kind"] == "table"]
    check(len(a_tab) >= 5, "A: 5+ table questions on the page-spanning table")
    check(sum(q.get("_page") == tpages[0] for q in a_tab) >= 1, "A: 1+ table question on the first table page")
    check(sum(q.get("_page") == tpages[-1] for q in a_tab) >= 2, "A: 2+ table questions on the continuation page")
    check(sum(bool(q.get("_wrapped_cell")) for q in a_tab) >= 1, "A: 1+ table question whose answer is a wrapped cell")
    check(len({q.get("_page") for q in a_tab if q.get("_wrapped")}) == 2, "A: questions on the wrapped rows of both pages")
    check(sum(1 for q in Q if q["doc"] == "B" and q["kind"] == "table") >= 2, "B: 2+ table questions")
    b_q = [q for q in Q if q["doc"] == "B"]
    check(sum(1 for q in b_q if q["kind"] not in ("english", "english_unanswerable")) >= 8
          and sum(1 for q in b_q if q["kind"] in ("english", "english_unanswerable")) >= 4, "B: asked in Chinese and in English")

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
    print(f"A: {len(texts)} PDF pages {''.join(orient)}; table on pages {tpages} (rows 1-{split_at} / {split_at + 1}-30, "
          f"header repeated), wrapped rows {sorted(A_WRAP_ROWS, key=int)}; fonts {sorted(fonts)}")
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
