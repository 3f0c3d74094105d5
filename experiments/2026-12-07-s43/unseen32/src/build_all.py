#!/usr/bin/env python3
"""Build unseen32: three fictional policy documents --
  A  a Word .docx (Simplified) of the Zhanjiang science and technology bureau and finance bureau (湛江市科学技术局 /
     湛江市财政局) issuing the 2026 企业研发投入提升行动方案. Every heading and item number (一、 （一） 1.) is Word
     AUTOMATIC numbering: one multi-level list defined in word/numbering.xml (lvl 0 chineseCounting "%1、", lvl 1
     chineseCounting "（%2）", lvl 2 decimal "%3."), applied with w:numPr on the paragraphs, so the numbers are not in
     the paragraph text. One Word table (header + 8 rows x 5 columns) whose first column is vertically merged
     (w:vMerge) over pairs of rows, and one row whose figure cell spans two grid columns (w:gridSpan);
  B  a text-layer PDF (Simplified, reportlab, A4) of the Fujian science and technology department and finance
     department (福建省科学技术厅 / 福建省财政厅) -- 2025年度省级新型研发机构绩效评价结果及2026年奖补资金 -- with a
     running header and a "— n —" footer on every page, a 24-row ruled table that continues onto the next page with
     its header row repeated (repeatRows=1), and a small-type 注 under the table;
  C  a short UTF-8 .html page (Traditional, Taiwan usage) of Pingtung County (屏東縣) -- 115年度綠能及循環經濟產業研發
     補助計畫擬核定補助案件公示 -- mostly a 10-row table, three sentences of prose, nav / breadcrumb / footer;
their plain texts (plain/), 50 questions (questions.jsonl), then the consistency checks (exit 1 on any failure).
Writes only inside unseen32/. Deterministic: a rebuild is byte for byte identical.

Approach and several helpers (hint picking exactly one evidence line, digit-bounded num_count, keys / gkeys / near
for unanswerables, lcs_run for paraphrases, OpenCC for cross-script questions, the question-checking loop) follow
unseen31's builder nearly verbatim; the PDF font helper (cjk_ttf: Noto CJK CFF subset -> TrueType with fontTools) and
the page-tracking PDF build follow unseen30's builder."""
import datetime as _dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
PLAIN = ROOT / "plain"

FILE_A = "A_zhanjiang_2026_qiye_yanfa_touru_tisheng_xingdong_fangan_autonum.docx"
FILE_B = "B_fujian_2025_xinxing_yanfa_jigou_jixiao_pingjia_jieguo_jiangbu_zijin_tongzhi.pdf"
FILE_C = "C_pingtung_115_lvneng_xunhuan_jingji_yanfa_buzhu_ni_heding_gongshi_zh-TW.html"
FILES = {"A": FILE_A, "B": FILE_B, "C": FILE_C}

S2TW = opencc.OpenCC("s2tw")
S2TWP = opencc.OpenCC("s2twp")
T2S = opencc.OpenCC("t2s")

NOTO = Path("/usr/share/fonts/opentype/noto")
FONT_BODY = (NOTO / "NotoSerifCJK-Regular.ttc", 2)  # Noto Serif CJK SC
FONT_BOLD = (NOTO / "NotoSansCJK-Bold.ttc", 2)      # Noto Sans CJK SC Bold

# ---------------------------------------------------------------------------------------------------------------
# A: 湛江 行动方案 as .docx (Simplified). Kinds: title, docno, sal, p, sign, atitle, cap, table, note, banji (plain
#    paragraphs, no numbering); L0 (auto-numbered 一、 bold), L1h (auto-numbered （一） bold heading), L1 (auto-numbered
#    （一） body paragraph), L2 (auto-numbered 1. item). The text given here is the paragraph text WITHOUT the number.
# A_TABLE cells: "^" = vertically merged with the cell above (w:vMerge continue), "<" = merged with the cell to the
#    left (w:gridSpan).
# ---------------------------------------------------------------------------------------------------------------
A_TABLE = [
    ["资金类别", "支持对象", "补助比例", "单项最高", "2026年安排"],
    ["研发投入后补助", "规模以上工业企业", "10%", "150万元", "2600万元"],
    ["^", "科技型中小企业", "15%", "40万元", "900万元"],
    ["科技创新券", "检验检测服务", "50%", "8万元", "360万元"],
    ["^", "技术研发服务", "40%", "25万元", "540万元"],
    ["创新平台奖补", "省级重点实验室", "一次性奖励180万元", "<", "720万元"],
    ["^", "市级新型研发机构", "20%", "300万元", "1200万元"],
    ["成果转化奖励", "技术合同登记", "3%", "60万元", "480万元"],
    ["^", "中试熟化基地", "30%", "200万元", "800万元"],
]
A_BLOCKS = [
    ("title", "湛江市科学技术局　湛江市财政局关于印发《湛江市2026年企业研发投入提升行动方案》的通知"),
    ("docno", "湛科联〔2026〕9号"),
    ("sal", "各县（市、区）科技主管部门、财政局，湛江经济技术开发区、湛江高新技术产业开发区有关部门："),
    ("p", "为深入实施创新驱动发展战略，推动企业成为研发投入主体，经市人民政府同意，现将《湛江市2026年企业研发投入提升行动方案》印发给你们，请结合实际认真贯彻执行。执行中遇到的问题，请及时向市科技局反馈。"),
    ("sign", "湛江市科学技术局　　湛江市财政局"),
    ("sign", "2026年4月8日"),
    ("p", "（此件主动公开）"),
    ("atitle", "湛江市2026年企业研发投入提升行动方案"),
    ("p", "为加快建设以海洋经济为特色的区域科技创新中心，推动钢铁、绿色石化、家电、水产品加工和南药等产业提质增效，引导企业持续加大研发投入，结合我市实际，制定本方案。"),
    ("L0", "总体目标"),
    ("p", "2026年，全市全社会研发经费投入达到96亿元，较2025年的85.7亿元增长12%，研发经费投入强度达到2.3%；有研发活动的规模以上工业企业占比达到42%；高新技术企业总数达到780家，较2025年末净增95家；科技型中小企业评价入库1120家以上。"),
    ("p", "到2026年底，全市省级以上研发平台达到260个，企业研发投入占全社会研发经费投入的比重保持在85%以上，规模以上工业企业研发机构覆盖率达到38%。"),
    ("p", "市级财政2026年安排企业研发投入和科技创新专项资金7600万元，分类安排见表1。各县（市、区）按不低于市级下达资金35%的比例安排配套资金，湛江经济技术开发区、湛江高新技术产业开发区的配套资金由其自行安排。"),
    ("cap", "表1　2026年市级企业研发投入和科技创新专项资金分类安排"),
    ("table", A_TABLE),
    ("note", "注：1. 研发投入后补助按研发费用增量计算，科技创新券按服务费用计算，市级新型研发机构按年度建设投入计算，技术合同登记奖励按技术合同实际成交额计算，中试熟化基地按设备投入计算；2. “单项最高”指单个企业（单位）的年度最高补助额；3. 各类别资金可视申报情况调剂使用，调剂额度不超过该类别安排数的25%。"),
    ("L0", "重点任务"),
    ("L1h", "强化企业研发投入激励"),
    ("L2", "申请研发投入后补助的企业，须完成上年度研发费用辅助账备案，并于2026年6月15日前通过市科技业务管理系统提交申报材料。"),
    ("L2", "对首次建立研发机构的规模以上工业企业，给予一次性奖励15万元；对新通过省级企业技术中心认定的，给予30万元奖励。"),
    ("L2", "对研发费用占营业收入比重首次达到4%的规模以上工业企业，给予一次性奖励6万元。"),
    ("L1h", "推广使用科技创新券"),
    ("L2", "科技创新券面向在我市注册的科技型中小企业和创业团队发放，单张面额分为1万元、2万元、5万元三种。"),
    ("L2", "创新券有效期为自发放之日起12个月，到期未使用的自动作废，不予兑付。"),
    ("L2", "2026年全年发放科技创新券不少于900张，其中面向县域企业发放的比例不低于45%。"),
    ("L1h", "建设高水平研发平台"),
    ("L2", "支持企业联合高校、科研院所共建研发平台，力争全年新增省级重点实验室4家、省级新型研发机构3家。"),
    ("L2", "对新认定的市级新型研发机构，建设期为3年，建设期满经评估合格的，再给予最高80万元运行经费支持。"),
    ("L2", "支持海洋装备、绿色石化领域龙头企业牵头组建创新联合体，每个联合体给予最高250万元支持。"),
    ("L1h", "促进科技成果转化"),
    ("L2", "2026年全市技术合同登记成交额力争达到42亿元，其中企业吸纳技术成交额占比不低于70%。"),
    ("L2", "举办“湛江科技成果直通车”对接活动不少于6场，面向企业发布可转化科技成果不少于180项。"),
    ("L0", "进度安排"),
    ("L1", "2026年4月30日前，各县（市、区）制定本地区工作方案，报市科技局备案。"),
    ("L1", "2026年8月31日前，完成研发投入后补助审核和第一批科技创新券兑付。"),
    ("L1", "2026年11月20日前，完成第二批科技创新券兑付和年度专项资金拨付。"),
    ("L1", "2026年12月20日前，各县（市、区）报送年度工作总结；市科技局于2027年1月31日前完成年度考核。"),
    ("L0", "职责分工"),
    ("L1", "市科技局牵头负责本方案的组织实施、统筹协调和年度考核，负责科技创新券的发放管理。"),
    ("L1", "市财政局负责专项资金的预算安排和拨付，配合市科技局开展资金绩效评价。"),
    ("L1", "市工业和信息化局牵头推动规模以上工业企业研发机构建设，负责企业技术中心认定推荐。"),
    ("L1", "市统计局负责研发经费投入统计监测和数据质量核查，每季度向市科技局通报监测结果。"),
    ("L1", "国家税务总局湛江市税务局负责研发费用加计扣除政策落实，配合做好涉税数据共享。"),
    ("L1", "市海洋发展局负责海洋科技领域研发平台的培育推荐，配合推进海洋产业创新联合体建设。"),
    ("L1", "各县（市、区）人民政府负责本地区目标任务落实和配套资金安排，配合做好企业申报审核。"),
    ("L0", "保障措施"),
    ("L1", "强化考核。将研发经费投入增幅纳入县（市、区）年度综合考核，权重不低于5%。"),
    ("L1", "严格监管。对弄虚作假套取财政资金的，追回已拨付资金，并取消其5年内申报市级科技计划项目的资格。"),
    ("L1", "优化服务。建立重点企业研发投入“一对一”服务机制，市、县两级科技部门每半年走访重点企业不少于1次，帮助企业解决研发费用归集和政策申报中的困难问题。"),
    ("L1", "加强宣传。通过“湛江科技”微信公众号等渠道解读政策，全年开展政策宣讲不少于20场。"),
    ("L0", "联系方式"),
    ("p", "市科技局资源配置与管理科　冯嘉豪，电话：0759-3386127"),
    ("p", "市财政局教科文科　梁淑仪，电话：0759-3352684"),
    ("banji", "湛江市科学技术局办公室　　2026年4月9日印发"),
]
A_FIXED_TIME = _dt.datetime(2026, 4, 9, 9, 0, 0)
A_ABSTRACT_ID, A_NUM_ID = "30", "30"
A_LEVELS = [  # (ilvl, numFmt, lvlText, suff)
    (0, "chineseCounting", "%1、", "nothing"),
    (1, "chineseCounting", "（%2）", "nothing"),
    (2, "decimal", "%3.", "space"),
]
A_KIND_LEVEL = {"L0": 0, "L1h": 1, "L1": 1, "L2": 2}
CN_DIGITS = "零一二三四五六七八九"


def chinese_counting(n):
    if n < 10:
        return CN_DIGITS[n]
    if n < 20:
        return "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")


def a_grid(table):
    """The table as a full grid: '^' filled from above, '<' filled from the left."""
    g = []
    for r in table:
        row = []
        for j, c in enumerate(r):
            if c == "^":
                c = g[-1][j]
            elif c == "<":
                c = row[j - 1]
            row.append(c)
        g.append(row)
    return g


def a_rendered_rows(table):
    """A row as a reader sees it: a vertically merged label repeated on each row it spans, a horizontally merged cell
    once. Cells joined by ' | '."""
    g = a_grid(table)
    return [" | ".join(g[i][j] for j, c in enumerate(r) if c != "<") for i, r in enumerate(table)]


def a_expected_lines():
    """The designed rendering: numbers computed here independently of numbering.xml."""
    out, cnt = [], [0, 0, 0]
    for kind, val in A_BLOCKS:
        if kind == "table":
            out += a_rendered_rows(val)
            continue
        lvl = A_KIND_LEVEL.get(kind)
        if lvl is None:
            out.append(val)
            continue
        cnt[lvl] += 1
        for k in range(lvl + 1, 3):
            cnt[k] = 0
        pre = [f"{chinese_counting(cnt[0])}、", f"（{chinese_counting(cnt[1])}）", f"{cnt[2]}. "][lvl]
        out.append(pre + val)
    return out


def build_docx_a():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement, parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Pt

    def east_asia(style_or_run, font):
        rpr = style_or_run.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.insert(0, rfonts)
        rfonts.set(qn("w:eastAsia"), font)

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.size = Pt(12)
    east_asia(normal, "仿宋_GB2312")

    # the multi-level list: abstractNum (before the first <w:num>, as the schema orders them) and its num
    numbering = doc.part.numbering_part.element
    lvls = []
    for ilvl, fmt, text, suff in A_LEVELS:
        ind = [("640", "0"), ("640", "0"), ("640", "0")][ilvl]
        lvls.append(
            f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:suff w:val="{suff}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="0" w:firstLine="{ind[0]}"/></w:pPr>'
            + ('<w:rPr><w:rFonts w:eastAsia="黑体"/><w:b/></w:rPr>' if ilvl == 0 else "") + "</w:lvl>")
    absn = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{A_ABSTRACT_ID}">'
                     f'<w:multiLevelType w:val="multilevel"/>{"".join(lvls)}</w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{A_NUM_ID}"><w:abstractNumId w:val="{A_ABSTRACT_ID}"/></w:num>'))

    def set_num(para, ilvl):
        ppr = para._p.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl")
        il.set(qn("w:val"), str(ilvl))
        ni = OxmlElement("w:numId")
        ni.set(qn("w:val"), A_NUM_ID)
        numpr.append(il)
        numpr.append(ni)
        ppr.append(numpr)

    for kind, val in A_BLOCKS:
        if kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = doc.styles["Table Grid"]
            trpr = t.rows[0]._tr.get_or_add_trPr()
            h = OxmlElement("w:tblHeader")
            h.set(qn("w:val"), "true")
            trpr.append(h)
            for i, r in enumerate(val):
                for j, c in enumerate(r):
                    if c in ("^", "<"):
                        continue
                    para = t.cell(i, j).paragraphs[0]
                    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    run = para.add_run(c)
                    run.font.size = Pt(10.5)
                    if i == 0:
                        run.bold = True
            for i, r in enumerate(val):  # merge after filling: vertical pairs, then the one horizontal span
                for j, c in enumerate(r):
                    if c == "^":
                        t.cell(i - 1, j).merge(t.cell(i, j))
            for i, r in enumerate(val):
                for j, c in enumerate(r):
                    if c == "<":
                        t.cell(i, j - 1).merge(t.cell(i, j))
            continue
        para = doc.add_paragraph()
        run = para.add_run(val)
        lvl = A_KIND_LEVEL.get(kind)
        if lvl is not None:
            set_num(para, lvl)
            if kind == "L0":
                run.bold = True
                east_asia(run, "黑体")
            elif kind == "L1h":
                run.bold = True
                east_asia(run, "楷体_GB2312")
        elif kind in ("title", "atitle"):
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.bold = True
            run.font.size = Pt(16 if kind == "title" else 15)
            east_asia(run, "方正小标宋简体")
        elif kind == "docno":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "sign":
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "p":
            para.paragraph_format.first_line_indent = Pt(24)
        elif kind == "cap":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.bold = True
        elif kind == "note":
            run.font.size = Pt(10.5)
        elif kind == "banji":
            para.paragraph_format.space_before = Pt(18)
    cp = doc.core_properties
    cp.title = "湛江市2026年企业研发投入提升行动方案"
    cp.author = "湛江市科学技术局"
    cp.last_modified_by = "湛江市科学技术局"
    cp.subject = "湛科联〔2026〕9号"
    cp.created = A_FIXED_TIME
    cp.modified = A_FIXED_TIME
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 4, 9, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def docx_lines(path):
    """Plain lines of a .docx as Word renders them, in body order. Each non-empty paragraph is one line; a paragraph
    with w:numPr gets its number rendered from word/numbering.xml of the file itself (numFmt + lvlText, counters per
    numId, lower levels restarting after a higher one). A table row: one entry per w:tc, a w:vMerge continuation cell
    showing the text of the cell it continues, cells joined by ' | '. Returns (lines, info)."""
    from docx import Document
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    doc = Document(str(path))
    nroot = doc.part.numbering_part.element
    absdefs = {}
    for an in nroot.findall(qn("w:abstractNum")):
        lv = {}
        for l in an.findall(qn("w:lvl")):
            lv[int(l.get(qn("w:ilvl")))] = (l.find(qn("w:numFmt")).get(qn("w:val")), l.find(qn("w:lvlText")).get(qn("w:val")),
                                            (l.find(qn("w:suff")).get(qn("w:val")) if l.find(qn("w:suff")) is not None else "tab"),
                                            int(l.find(qn("w:start")).get(qn("w:val"))))
        absdefs[an.get(qn("w:abstractNumId"))] = lv
    nums = {n.get(qn("w:numId")): absdefs[n.find(qn("w:abstractNumId")).get(qn("w:val"))] for n in nroot.findall(qn("w:num"))}
    counters = {}

    def fmt(n, numfmt):
        return chinese_counting(n) if numfmt == "chineseCounting" else str(n)

    lines, info = [], {"paras": [], "tables": [], "after_table": None, "numbered": [], "raw": []}
    last_was_table = False
    for child in doc.element.body.iterchildren():
        tag = child.tag.split("}")[1]
        if tag == "p":
            p = Paragraph(child, doc)
            t = p.text.strip()
            if not t:
                continue
            info["raw"].append(p.text)
            pre = ""
            numpr = child.find(qn("w:pPr") + "/" + qn("w:numPr"))
            if numpr is not None:
                nid = numpr.find(qn("w:numId")).get(qn("w:val"))
                ilvl = int(numpr.find(qn("w:ilvl")).get(qn("w:val")))
                lv = nums[nid]
                c = counters.setdefault(nid, {})
                c[ilvl] = c.get(ilvl, lv[ilvl][3] - 1) + 1
                for k in list(c):
                    if k > ilvl:
                        del c[k]
                text = lv[ilvl][1]
                for k in range(ilvl + 1):
                    text = text.replace(f"%{k + 1}", fmt(c.get(k, lv[k][3]), lv[k][0]))
                pre = text + {"nothing": "", "space": " ", "tab": "\t"}[lv[ilvl][2]]
                info["numbered"].append((ilvl, p.text))
            bold = bool(p.runs) and all(r.bold for r in p.runs if r.text.strip())
            info["paras"].append((p.style.name, bold, pre + t))
            if last_was_table and info["after_table"] is None:
                info["after_table"] = t
            last_was_table = False
            lines.append(pre + t)
        elif tag == "tbl":
            tb = Table(child, doc)
            grid_rows, rendered, spans = [], [], []
            for tr in child.findall(qn("w:tr")):
                grow, rcells = [], []
                for tc in tr.findall(qn("w:tc")):
                    tcpr = tc.find(qn("w:tcPr"))
                    span, vm = 1, None
                    if tcpr is not None:
                        gs = tcpr.find(qn("w:gridSpan"))
                        span = int(gs.get(qn("w:val"))) if gs is not None else 1
                        v = tcpr.find(qn("w:vMerge"))
                        if v is not None:
                            vm = v.get(qn("w:val")) or "continue"
                    text = " ".join("".join(x.text or "" for x in pp.iter(qn("w:t"))).strip()
                                    for pp in tc.findall(qn("w:p")) if "".join(x.text or "" for x in pp.iter(qn("w:t"))).strip())
                    if vm == "continue":
                        text = grid_rows[-1][len(grow)]
                    spans.append((len(grid_rows), len(grow), span, vm))
                    rcells.append(text)
                    grow += [text] * span
                grid_rows.append(grow)
                rendered.append(" | ".join(rcells))
                info["raw"] += [c for c in rcells]
            info["tables"].append((tb, grid_rows, spans))
            lines += rendered
            last_was_table = True
    return lines, info


# ---------------------------------------------------------------------------------------------------------------
# B: 福建 notice as a PDF (Simplified). Kinds: title, docno, sal, p, h (一、 heading), cap, table, note, attach, sign.
# ---------------------------------------------------------------------------------------------------------------
B_TABLE = [
    ["序号", "机构名称", "所在地", "绩效得分", "奖补资金"],
    ["1", "厦门海洋生物医药产业技术研究院", "厦门市", "96.8分", "320万元"],
    ["2", "福州新型显示技术研究院", "福州市", "96.3分", "305万元"],
    ["3", "宁德动力电池材料研究院", "宁德市", "95.9分", "298万元"],
    ["4", "泉州纺织鞋服智能制造研究院", "泉州市", "95.4分", "286万元"],
    ["5", "厦门集成电路设计创新研究院", "厦门市", "95.0分", "274万元"],
    ["6", "福州工业互联网创新研究院", "福州市", "94.6分", "262万元"],
    ["7", "漳州光电装备产业研究院", "漳州市", "94.1分", "251万元"],
    ["8", "三明氟新材料研究院", "三明市", "93.7分", "243万元"],
    ["9", "龙岩环保装备技术研究院", "龙岩市", "93.2分", "236万元"],
    ["10", "莆田鞋材绿色制造研究院", "莆田市", "92.8分", "228万元"],
    ["11", "南平竹产业技术研究院", "南平市", "92.5分", "219万元"],
    ["12", "泉州石化新材料研究院", "泉州市", "92.1分", "212万元"],
    ["13", "平潭海洋装备创新研究院", "平潭综合实验区", "91.8分", "204万元"],
    ["14", "宁德不锈钢新材料研究院", "宁德市", "91.4分", "197万元"],
    ["15", "福州数字应用技术研究院", "福州市", "91.0分", "189万元"],
    ["16", "厦门智能制造装备研究院", "厦门市", "90.7分", "182万元"],
    ["17", "漳州食品科技研究院", "漳州市", "90.3分", "176万元"],
    ["18", "龙岩工程机械产业研究院", "龙岩市", "89.9分", "168万元"],
    ["19", "三明生物医药中试研究院", "三明市", "89.6分", "161万元"],
    ["20", "莆田高端电子信息研究院", "莆田市", "89.2分", "155万元"],
    ["21", "南平茶产业科技研究院", "南平市", "88.9分", "148万元"],
    ["22", "泉州工艺美术数字设计研究院", "泉州市", "88.5分", "142万元"],
    ["23", "宁德大黄鱼种业研究院", "宁德市", "88.2分", "137万元"],
    ["24", "漳州新能源装备研究院", "漳州市", "87.8分", "131万元"],
]
B_HEADER = "福建省科学技术厅　福建省财政厅　闽科平〔2026〕14号"
B_BLOCKS = [
    ("title", "福建省科学技术厅　福建省财政厅关于公布2025年度省级新型研发机构绩效评价结果及下达2026年奖补资金的通知"),
    ("docno", "闽科平〔2026〕14号"),
    ("sal", "各设区市科技局、财政局，平潭综合实验区经济发展局、财政金融局，各有关单位："),
    ("p", "为深入实施创新驱动发展战略，引导新型研发机构提升研发能力和服务水平，根据《福建省新型研发机构认定管理办法》和《福建省省级新型研发机构绩效评价工作指引》，省科技厅、省财政厅组织开展了2025年度省级新型研发机构绩效评价工作。现将有关事项通知如下。"),
    ("h", "一、评价结果"),
    ("p", "本次评价经机构自评、设区市推荐、专家评审和现场核查等程序，全省共有186家省级新型研发机构参加评价，其中评价结果为优秀的41家、良好的78家、合格的59家、不合格的8家，优良率为64%。"),
    ("p", "评价结果为优秀的机构中，绩效得分排名前24位的机构按绩效得分和上年度研发投入分档核定奖补资金，名单及资金见表1；其余17家优秀机构名单见附件1。"),
    ("cap", "表1　2025年度绩效评价排名前24位的省级新型研发机构及2026年奖补资金"),
    ("table", B_TABLE),
    ("note", "注：1. 绩效得分为专家评审得分与现场核查得分的加权得分，满分100分；2. 奖补资金含基础奖补和绩效奖补两部分，基础奖补每家100万元；3. 平潭综合实验区机构的奖补资金直接下达至平潭综合实验区财政金融局。"),
    ("h", "二、奖补资金安排"),
    ("p", "2026年省级财政安排新型研发机构奖补资金共7534万元。其中，表1所列24家机构共5124万元；其余17家优秀机构每家给予50万元，共850万元；评价结果为良好等次的78家机构每家给予20万元，共1560万元。"),
    ("p", "奖补资金由省财政厅通过各设区市财政局下达，各设区市财政局应在收到资金后15个工作日内拨付到机构。"),
    ("h", "三、资金使用要求"),
    ("p", "（一）奖补资金主要用于研发仪器设备购置、人才引进培养和自主研发项目实施，用于人员绩效支出的比例不超过30%。"),
    ("p", "（二）各机构应于2026年7月15日前将资金使用计划报所在设区市科技局备案，并于2027年3月31日前报送资金使用情况报告。"),
    ("p", "（三）奖补资金实行专账核算，年度结余资金可在3年内继续用于研发活动，不得用于偿还债务、支付罚款和对外投资。"),
    ("p", "（四）各设区市科技局应于2026年10月31日前对本地区机构资金使用情况开展抽查，抽查比例不低于25%，抽查结果报省科技厅。"),
    ("h", "四、职责分工"),
    ("p", "（一）省科技厅牵头负责绩效评价的组织实施和资金绩效管理，负责评价结果的公布和动态调整。"),
    ("p", "（二）省财政厅负责奖补资金的预算安排和下达，配合省科技厅开展资金使用监督检查。"),
    ("p", "（三）各设区市科技局负责本地区机构的日常管理和资金使用跟踪，牵头组织本地区机构年度运行监测。"),
    ("p", "（四）各设区市财政局负责奖补资金的及时拨付，配合做好资金绩效自评。"),
    ("p", "（五）省科技发展研究中心负责绩效评价数据的汇总分析，配合做好现场核查和评价系统运行保障。"),
    ("h", "五、其他事项"),
    ("p", "（一）评价结果为不合格的8家机构，限期1年整改；整改后仍不合格的，取消其省级新型研发机构资格，2年内不得重新申请认定。"),
    ("p", "（二）连续两年评价结果为优秀的机构，优先推荐申报国家级创新平台，并在省级科技计划项目立项中予以倾斜。"),
    ("p", "（三）对在绩效评价中弄虚作假的机构，追回已拨付资金，并取消其5年内申报省级科技计划项目的资格。"),
    ("p", "（四）本通知自印发之日起执行，由省科技厅、省财政厅负责解释。"),
    ("p", "联系人：省科技厅产学研结合处　郑晓峰，电话：0591-87858231；省财政厅教科文处　林美玲，电话：0591-87096452。"),
    ("attach", "附件：1. 2025年度绩效评价结果为优秀的其余17家省级新型研发机构名单"),
    ("attach", "2. 2025年度绩效评价结果为良好等次的省级新型研发机构名单"),
    ("sign", "福建省科学技术厅　　福建省财政厅"),
    ("sign", "2026年5月12日"),
]


def b_footer(n):
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
    text = "".join(v if isinstance(v, str) else "".join("".join(r) for r in v) for _, v in B_BLOCKS)
    text += B_HEADER + "— 0123456789"
    chars = "".join(sorted(set(text)))
    pdfmetrics.registerFont(TTFont("U32Serif", io.BytesIO(cjk_ttf(*FONT_BODY, chars))))
    pdfmetrics.registerFont(TTFont("U32SansBold", io.BytesIO(cjk_ttf(*FONT_BOLD, chars))))
    _FONTS_DONE.append(True)


def build_pdf_b():
    """Return (pdf bytes, pages, table_parts) where pages[i] = the plain lines of page i+1 (header, body, footer) and
    table_parts = [(page, rows)] for each part of the split table."""
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, CondPageBreak, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle
    rl_config.invariant = 1
    register_fonts()
    W, H = A4

    class WholePara(Paragraph):  # a paragraph never splits across pages (each plain line sits on one page)
        def split(self, availWidth, availHeight):
            return []

    body = ParagraphStyle("body", fontName="U32Serif", fontSize=12, leading=22, wordWrap="CJK",
                          alignment=TA_JUSTIFY, firstLineIndent=24)
    st = {
        "title": ParagraphStyle("title", parent=body, fontName="U32SansBold", fontSize=17, leading=28,
                                alignment=TA_CENTER, firstLineIndent=0, spaceAfter=8),
        "docno": ParagraphStyle("docno", parent=body, alignment=TA_CENTER, firstLineIndent=0, spaceAfter=10),
        "sal": ParagraphStyle("sal", parent=body, firstLineIndent=0),
        "p": body,
        "sign": ParagraphStyle("sign", parent=body, alignment=TA_RIGHT, firstLineIndent=0, rightIndent=24),
        "attach": ParagraphStyle("attach", parent=body, firstLineIndent=0, leftIndent=24, fontSize=11, leading=19),
        "h": ParagraphStyle("h", parent=body, fontName="U32SansBold", fontSize=12.5, spaceBefore=6),
        "cap": ParagraphStyle("cap", parent=body, fontName="U32SansBold", fontSize=11, alignment=TA_CENTER,
                              firstLineIndent=0, spaceBefore=4, spaceAfter=4),
        "note": ParagraphStyle("note", parent=body, fontSize=9, leading=14, firstLineIndent=0, spaceBefore=5,
                               spaceAfter=6),
    }
    flow = []
    for kind, val in B_BLOCKS:
        if kind == "table":
            t = Table([list(r) for r in val], colWidths=[12 * mm, 70 * mm, 32 * mm, 24 * mm, 26 * mm], repeatRows=1,
                      rowHeights=[22] * len(val))
            t.setStyle(TableStyle([
                ("FONTNAME", (0, 0), (-1, -1), "U32Serif"), ("FONTSIZE", (0, 0), (-1, -1), 10),
                ("FONTNAME", (0, 0), (-1, 0), "U32SansBold"),
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("ALIGN", (1, 1), (1, -1), "LEFT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]))
            flow.append(t)
            continue
        if kind in ("h", "cap"):
            flow.append(CondPageBreak(200 if kind == "cap" else 70))
        para = WholePara(val, st[kind])
        para._u32_lines = [val]
        flow.append(para)
        if kind == "sal":
            flow.append(Spacer(1, 2))

    pages, parts = [[]], []

    class Doc(BaseDocTemplate):
        def afterFlowable(self, fl):
            while len(pages) < self.page:
                pages.append([])
            if isinstance(fl, Table):
                rows = [[str(c) for c in r] for r in fl._cellvalues]
                parts.append((self.page, rows))
                pages[self.page - 1].extend(" | ".join(r) for r in rows)
                return
            lines = getattr(fl, "_u32_lines", None)
            if lines:
                pages[self.page - 1].extend(lines)

    def on_page(c, doc):
        c.saveState()
        c.setFont("U32SansBold", 9)
        c.drawCentredString(W / 2, H - 14 * mm, B_HEADER)
        c.setLineWidth(0.6)
        c.line(22 * mm, H - 16 * mm, W - 22 * mm, H - 16 * mm)
        c.restoreState()

    def on_page_end(c, doc):
        c.saveState()
        c.setFont("U32Serif", 10)
        c.drawCentredString(W / 2, 12 * mm, b_footer(doc.page))
        c.restoreState()

    buf = io.BytesIO()
    doc = Doc(buf, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=24 * mm, bottomMargin=24 * mm,
              title="关于公布2025年度省级新型研发机构绩效评价结果及下达2026年奖补资金的通知",
              author="福建省科学技术厅", subject="闽科平〔2026〕14号", creator="福建省科学技术厅", invariant=1)
    doc.allowSplitting = 1  # the table may split (and repeats its header row); paragraphs never do (WholePara)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="all", frames=[frame], onPage=on_page, onPageEnd=on_page_end)])
    doc.build(flow)
    out = [[B_HEADER] + body_lines + [b_footer(i + 1)] for i, body_lines in enumerate(pages)]
    return buf.getvalue(), out, parts


def pdf_page_texts(path):
    from pypdf import PdfReader
    r = PdfReader(str(path))
    return [p.extract_text() or "" for p in r.pages], r


# ---------------------------------------------------------------------------------------------------------------
# C: 屏東縣 公示 as a UTF-8 .html page (Traditional, Taiwan).
# ---------------------------------------------------------------------------------------------------------------
C_TABLE = [
    ["序號", "計畫名稱", "承擔單位", "補助金額", "所在地區"],
    ["1", "太陽光電模組回收材料再生技術開發", "屏南光能科技股份有限公司", "238萬元", "屏東市"],
    ["2", "養豬場沼氣發電效率提升系統", "大武山生質能源有限公司", "196萬元", "長治鄉"],
    ["3", "稻殼生質炭化製程及應用研發", "萬丹綠循環科技股份有限公司", "142萬元", "萬丹鄉"],
    ["4", "漁港廢棄漁網回收再製塑料技術", "東港海資源再生股份有限公司", "175萬元", "東港鎮"],
    ["5", "小型風力發電葉片複合材料開發", "恆春半島風能股份有限公司", "163萬元", "恆春鎮"],
    ["6", "鳳梨葉纖維環保包材開發", "內埔農創材料有限公司", "118萬元", "內埔鄉"],
    ["7", "儲能系統電池健康診斷平臺", "潮州智慧能源股份有限公司", "204萬元", "潮州鎮"],
    ["8", "蝦殼甲殼素萃取與循環利用技術", "林邊水產生技有限公司", "127萬元", "林邊鄉"],
    ["9", "農業廢棄物厭氧消化菌種優化", "里港生物科技股份有限公司", "96萬元", "里港鄉"],
    ["10", "檳榔廢棄物纖維板材開發", "枋寮綠材實業有限公司", "153萬元", "枋寮鄉"],
]
C_TITLE = "屏東縣115年度綠能及循環經濟產業研發補助計畫擬核定補助案件公示"
C_NAV = ["首頁", "關於本處", "最新消息", "業務資訊", "便民服務", "法規專區", "下載專區", "聯絡我們"]
C_CRUMB = ["首頁", "最新消息", "公告訊息"]
C_META = "發布日期：115-07-03　發布單位：產業輔導科　瀏覽人次：1286"
C_PROSE = [
    "本府辦理「115年度綠能及循環經濟產業研發補助計畫」，經資格審查、書面審查及簡報審查，擬核定補助10案，補助金額合計新臺幣1,612萬元，名單如下表。",
    "公示期間自115年7月6日起至115年7月15日止，對名單如有異議，請於公示期間內以書面具名並檢附佐證資料向本府經濟發展處提出，逾期不予受理。",
    "聯絡人：經濟發展處產業輔導科　許雅婷，電話：(08)732-0415分機3317。",
]
C_FOOTER = ["屏東縣政府經濟發展處　地址：屏東縣屏東市自由路615號　電話：(08)732-0415　傳真：(08)732-0418",
            "服務時間：週一至週五 上午8時至下午5時30分",
            "Copyright © 2026 屏東縣政府 版權所有　建議瀏覽解析度 1280x1024"]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def c_html():
    """Return (html text, expected plain lines)."""
    h, lines = [], []
    h.append('<!DOCTYPE html>\n<html lang="zh-Hant-TW">\n<head>\n<meta charset="utf-8">\n'
             '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
             f"<title>{esc(C_TITLE)}－屏東縣政府經濟發展處</title>\n"
             "<style>\nbody{margin:0;font-family:'Microsoft JhengHei',sans-serif;}\n.nav li{display:inline-block;margin:0 10px;}\n"
             ".list{border-collapse:collapse;width:100%;}\n.list th,.list td{border:1px solid #999;padding:6px;}\n"
             ".footer{background:#2d5f3f;color:#fff;text-align:center;font-size:14px;}\n</style>\n"
             "</head>\n<body>\n")
    h.append('<header>\n<div class="logo"><a href="/">屏東縣政府經濟發展處</a></div>\n'
             '<a href="#main" class="skip">跳到主要內容區</a>\n<nav>\n<ul class="nav">\n')
    lines += ["屏東縣政府經濟發展處", "跳到主要內容區"]
    for i, n in enumerate(C_NAV):
        h.append(f'<li><a href="{"/" if i == 0 else f"/Default.aspx?n=1{i:02d}"}">{n}</a></li>\n')
        lines.append(n)
    h.append("</ul>\n</nav>\n</header>\n")
    h.append('<div class="crumb">現在位置：' + " &gt; ".join(f'<a href="#">{c}</a>' for c in C_CRUMB) + "</div>\n")
    lines.append("現在位置：" + " > ".join(C_CRUMB))
    h.append(f'<main id="main">\n<h2>{esc(C_TITLE)}</h2>\n<div class="meta">{C_META}</div>\n<div class="article">\n')
    lines += [C_TITLE, C_META]
    h.append(f"<p>{esc(C_PROSE[0])}</p>\n")
    lines.append(C_PROSE[0])
    h.append('<table class="list">\n<thead>\n<tr>' + "".join(f'<th scope="col">{c}</th>' for c in C_TABLE[0]) + "</tr>\n</thead>\n<tbody>\n")
    for r in C_TABLE[1:]:
        h.append("<tr>" + "".join(f'<td{" class=num" if j in (0, 3) else ""}>{c}</td>' for j, c in enumerate(r)).replace(" class=num", ' class="num"') + "</tr>\n")
    h.append("</tbody>\n</table>\n")
    lines += [" | ".join(r) for r in C_TABLE]
    for p in C_PROSE[1:]:
        h.append(f"<p>{esc(p)}</p>\n")
        lines.append(p)
    h.append('</div>\n<div class="tools"><a href="javascript:window.print()">列印</a> <a href="javascript:history.back()">回上一頁</a></div>\n</main>\n')
    lines.append("列印 回上一頁")
    h.append('<footer class="footer">\n')
    for n in C_FOOTER:
        h.append(f"<p>{esc(n)}</p>\n")
        lines.append(n)
    h.append("</footer>\n</body>\n</html>\n")
    return "".join(h), lines


C_BLOCK = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "div", "ul", "ol", "table", "tbody", "thead", "nav",
           "header", "footer", "main"}
C_LEAF = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "div"}


def html_lines(raw_bytes):
    """(unseen31) What a reader sees: each innermost block (p, h*, li, div, tr) is one line; a table row's cells (th/td)
    are joined by ' | '; whitespace runs collapse; lines stripped; <head>, script, style skipped. Loose inline text
    directly in a non-leaf block (the skip link in <header>) is one line too. Returns (lines, tables, root)."""
    import lxml.html
    root = lxml.html.document_fromstring(raw_bytes)
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
        if el.tag not in C_LEAF:
            continue
        if any(isinstance(d.tag, str) and d.tag in C_BLOCK for d in el.iterdescendants()):
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
# Questions. hint: a substring that must pick exactly one plain line of the doc (the evidence line).
# traditional: A/B questions are written in Simplified (qs) and converted with OpenCC s2tw; the C question is written
# in Simplified (q). Unanswerable: keys = regexes absent from the doc (plain, raw, converted; each key also tried in
# s2tw / s2twp / t2s form); gkeys = the same over all docs (and named in the question); near = terms present in the
# doc. table: col = the header of the answer's column. who_leads: verb after the answer within one clause.
# typo: wrong/right forms (one character apart). B table questions may carry page = the PDF page the row must sit on.
# ---------------------------------------------------------------------------------------------------------------
Q = [
    # ---- A 湛江 企业研发投入提升行动方案 (docx, auto-numbered, merged table; 20)
    dict(id="u32-A01", doc="A", kind="table", q="湛江科技创新券用于技术研发服务的，单个企业一年最多能补到多少钱？", a="25万元", hint="| 技术研发服务 |", col="单项最高"),
    dict(id="u32-A02", doc="A", kind="table", q="湛江对中试熟化基地按设备投入的百分之几给予补助？", a="30%", hint="| 中试熟化基地 |", col="补助比例"),
    dict(id="u32-A03", doc="A", kind="table", q="湛江今年市级专项资金里给省级重点实验室这一项总共安排了多少？", a="720万元", hint="| 省级重点实验室 |", col="2026年安排"),
    dict(id="u32-A04", doc="A", kind="who_leads", q="湛江由哪个部门牵头推动规上工业企业建设研发机构？", a="市工业和信息化局", hint="牵头推动规模以上工业企业", verb="牵头"),
    dict(id="u32-A05", doc="A", kind="who_leads", q="湛江研发经费投入的统计监测由哪个部门负责？", a="市统计局", hint="研发经费投入统计监测", verb="负责"),
    dict(id="u32-A06", doc="A", kind="paraphrase", q="在湛江，拿假材料骗财政钱的单位，多少年里不能再报市里的科研课题？", a="5年", hint="严格监管。"),
    dict(id="u32-A07", doc="A", kind="paraphrase", q="湛江头一回设立研究机构的规上工厂，能一次拿到多少奖金？", a="15万元", hint="首次建立研发机构"),
    dict(id="u32-A08", doc="A", kind="paraphrase", q="湛江的创新券领到手以后要在多长时间里用掉，不然就失效？", a="12个月", hint="创新券有效期"),
    dict(id="u32-A09", doc="A", kind="typo", q="站江市2026年高新技术企业总数要达到多少家？", a="780家", hint="高新技术企业总数达到", wrong="站江", right="湛江"),
    dict(id="u32-A10", doc="A", kind="typo", q="湛江今年要发出多少张科技创新卷？", a="900张", hint="全年发放科技创新券", wrong="创新卷", right="创新券"),
    dict(id="u32-A11", doc="A", kind="traditional", qs="湛江各县（市、区）要在什么时候之前制定本地区工作方案？", a="2026年4月30日", hint="制定本地区工作方案"),
    dict(id="u32-A12", doc="A", kind="english", q="What is Zhanjiang's target for total R&D expenditure across society in 2026?", a="96亿元", hint="全市全社会研发经费投入达到"),
    dict(id="u32-A13", doc="A", kind="english", q="What does Zhanjiang's 2026 special fund give a provincial key laboratory?", a="一次性奖励180万元", hint="| 省级重点实验室 |"),
    dict(id="u32-A14", doc="A", kind="english", q="By what date must Zhanjiang complete the second batch of science and technology innovation voucher redemptions?", a="2026年11月20日", hint="第二批科技创新券兑付"),
    dict(id="u32-A15", doc="A", kind="english", q="What minimum weight does R&D spending growth carry in Zhanjiang's annual comprehensive assessment of its counties?", a="5%", hint="权重不低于"),
    dict(id="u32-A16", doc="A", kind="english_unanswerable", q="What was Zhanjiang's R&D expenditure intensity in 2024?", keys=["2024"], near=["2025年"]),
    dict(id="u32-A17", doc="A", kind="unanswerable", q="茂名市2026年全社会研发经费投入目标是多少？", gkeys=["茂名"], near=["全社会研发经费投入"]),
    dict(id="u32-A18", doc="A", kind="unanswerable", q="湛江第三批科技创新券要在什么时候之前兑付？", keys=["第三批", "三批"], near=["第一批", "第二批"]),
    dict(id="u32-A19", doc="A", kind="unanswerable", q="湛江市科学技术协会在这个行动方案里负责哪些工作？", keys=["科学技术协会", "科协"], near=["市科技局", "市统计局"]),
    dict(id="u32-A20", doc="A", kind="unanswerable", q="湛江对新获批的全国重点实验室给予多少奖励？", keys=["全国重点实验室", "国家重点实验室", "国家级重点实验室"], near=["省级重点实验室"]),
    # ---- B 福建 新型研发机构绩效评价结果 (PDF, table continues on the next page; 18)
    dict(id="u32-B01", doc="B", kind="table", q="福建莆田高端电子信息研究院2026年拿到多少省级奖补？", a="155万元", hint="| 莆田高端电子信息研究院 |", col="奖补资金", page=2),
    dict(id="u32-B02", doc="B", kind="table", q="福建宁德大黄鱼种业研究院这次绩效评价得了多少分？", a="88.2分", hint="| 宁德大黄鱼种业研究院 |", col="绩效得分", page=2),
    dict(id="u32-B03", doc="B", kind="table", q="福建三明氟新材料研究院2026年的省级奖补是多少？", a="243万元", hint="| 三明氟新材料研究院 |", col="奖补资金", page=1),
    dict(id="u32-B04", doc="B", kind="who_leads", q="福建由哪个部门牵头组织本地区机构年度运行监测？", a="各设区市科技局", hint="牵头组织本地区机构年度运行监测", verb="牵头"),
    dict(id="u32-B05", doc="B", kind="paraphrase", q="福建拿到这笔钱的机构，拿来给员工发绩效的部分顶多占几成？", a="30%", hint="用于人员绩效支出"),
    dict(id="u32-B06", doc="B", kind="paraphrase", q="福建这次考核被评为第二档的单位，每个能领多少钱？", a="20万元", hint="2026年省级财政安排"),
    dict(id="u32-B07", doc="B", kind="paraphrase", q="在福建，获得支持的单位最晚哪天要把花钱打算交到所在市里存档？", a="2026年7月15日", hint="资金使用计划"),
    dict(id="u32-B08", doc="B", kind="typo", q="福建2025年度参加绩效评价的省级新型研发机够共有多少家？", a="186家", hint="全省共有", wrong="机够", right="机构"),
    dict(id="u32-B09", doc="B", kind="typo", q="福建绩效评价不合格的机构，限期几年整该？", a="1年", hint="限期", wrong="整该", right="整改"),
    dict(id="u32-B10", doc="B", kind="traditional", qs="福建对评价为优秀但没有列入表1的机构每家给予多少奖补？", a="50万元", hint="2026年省级财政安排"),
    dict(id="u32-B11", doc="B", kind="english", q="How many institutions were rated excellent in Fujian's 2025 performance evaluation of provincial new-type R&D institutions?", a="41家", hint="优良率"),
    dict(id="u32-B12", doc="B", kind="english", q="How much reward funding in total does Fujian's provincial budget arrange for new-type R&D institutions in 2026?", a="7534万元", hint="2026年省级财政安排"),
    dict(id="u32-B13", doc="B", kind="english", q="Within how many years can year-end balances of Fujian's reward funds continue to be used for R&D?", a="3年", hint="专账核算"),
    dict(id="u32-B14", doc="B", kind="english", q="According to the note under Table 1, what is the basic reward per institution in Fujian's reward funding?", a="100万元", hint="注：1."),
    dict(id="u32-B15", doc="B", kind="english_unanswerable", q="How many provincial new-type R&D institutions took part in Fujian's 2024 performance evaluation?", keys=["2024"], near=["2025年度"]),
    dict(id="u32-B16", doc="B", kind="unanswerable", q="浙江省2025年度省级新型研发机构绩效评价为优秀的有多少家？", gkeys=["浙江"], near=["评价结果为优秀的41家"]),
    dict(id="u32-B17", doc="B", kind="unanswerable", q="福建省工业和信息化厅在这项工作中负责什么？", keys=["工业和信息化厅", "工信厅"], near=["省科技厅", "省财政厅"]),
    dict(id="u32-B18", doc="B", kind="unanswerable", q="福建评价结果为合格的机构每家能拿到多少奖补？", keys=[r"(?<!不)合格(等次)?的(\d+家)?机构每家"], near=["合格的59家", "良好等次的78家机构每家给予20万元"]),
    # ---- C 屏東縣 擬核定補助案件公示 (HTML, Traditional; 12)
    dict(id="u32-C01", doc="C", kind="table", q="屏東這次公示中，鳳梨葉纖維環保包材開發案擬補助多少錢？", a="118萬元", hint="| 鳳梨葉纖維環保包材開發 |", col="補助金額"),
    dict(id="u32-C02", doc="C", kind="table", q="屏東公示名單裡蝦殼甲殼素萃取那個計畫位於哪個鄉鎮？", a="林邊鄉", hint="| 蝦殼甲殼素萃取與循環利用技術 |", col="所在地區"),
    dict(id="u32-C03", doc="C", kind="paraphrase", q="對屏東這份名單有意見的話，最晚哪天以前要用書面提出？", a="115年7月15日", hint="公示期間自"),
    dict(id="u32-C04", doc="C", kind="paraphrase", q="這回屏東打算給錢的案子加起來一共多少經費？", a="1,612萬元", hint="擬核定補助10案"),
    dict(id="u32-C05", doc="C", kind="typo", q="屏冬縣這次綠能研發補助擬核定補助幾案？", a="10案", hint="擬核定補助10案", wrong="屏冬", right="屏東"),
    dict(id="u32-C06", doc="C", kind="traditional", q="屏东县这次拟补助的养猪场沼气发电项目由哪家公司承担？", a="大武山生質能源有限公司", hint="| 養豬場沼氣發電效率提升系統 |"),
    dict(id="u32-C07", doc="C", kind="english", q="When does the public notice period for Pingtung County's ROC-115 green energy and circular economy R&D subsidy list end?", a="115年7月15日", hint="公示期間自"),
    dict(id="u32-C08", doc="C", kind="english", q="How many projects does Pingtung County propose to fund in this notice?", a="10案", hint="擬核定補助10案"),
    dict(id="u32-C09", doc="C", kind="english_unanswerable", q="How much did Pingtung County approve under this programme in ROC year 114?", keys=["114"], near=["115年度"]),
    dict(id="u32-C10", doc="C", kind="unanswerable", q="高雄市115年度綠能及循環經濟產業研發補助擬核定幾案？", gkeys=["高雄"], near=["擬核定補助10案"]),
    dict(id="u32-C11", doc="C", kind="unanswerable", q="屏東這次公示名單中，國立屏東科技大學承擔的計畫補助多少？", keys=["屏東科技大學", "屏科大", "大學"], near=["承擔單位"]),
    dict(id="u32-C12", doc="C", kind="unanswerable", q="屏東這次擬核定的計畫，承擔單位需要自籌多少配合款？", keys=["自籌", "配合款"], near=["補助金額"]),
]

KIND_COUNTS = {"english": 10, "english_unanswerable": 3, "paraphrase": 8, "typo": 5, "table": 8, "who_leads": 3,
               "traditional": 3, "unanswerable": 10}
DOC_COUNTS = {"A": 20, "B": 18, "C": 12}
KIND_DOC_COUNTS = {  # kind: (A, B, C)
    "english": (4, 4, 2), "english_unanswerable": (1, 1, 1), "paraphrase": (3, 3, 2), "typo": (2, 2, 1),
    "table": (3, 3, 2), "who_leads": (2, 1, 0), "traditional": (1, 1, 1), "unanswerable": (4, 3, 3)}
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
HAN = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_PLACE = {"A": "Zhanjiang", "B": "Fujian", "C": "Pingtung"}
PLACE_KEYS = ["茂名", "浙江", "高雄", "广西", "廣西", "江西", "嘉義", "嘉义"]  # neighbours: in no document
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
    (CORPUS / FILE_A).write_bytes(build_docx_a())
    b_bytes, b_pages, b_parts = build_pdf_b()
    (CORPUS / FILE_B).write_bytes(b_bytes)
    c_src, c_expected = c_html()
    (CORPUS / FILE_C).write_bytes(c_src.encode("utf-8"))

    # ---- plain texts (read back from the files, except B whose lines are tracked page by page during the build and
    #      then compared with the PDF's text layer)
    a_plain, a_info = docx_lines(CORPUS / FILE_A)
    b_plain = [ln for page in b_pages for ln in page]
    c_bytes = (CORPUS / FILE_C).read_bytes()
    c_plain, c_tables, c_root = html_lines(c_bytes)
    plains = {"A": a_plain, "B": b_plain, "C": c_plain}
    for d, lines in plains.items():
        (PLAIN / (Path(FILES[d]).stem + ".txt")).write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    ptext = {d: "\n".join(v) for d, v in plains.items()}
    for d in "ABC":
        check(all(ln == ln.strip() and ln for ln in plains[d]), f"{d}: empty or padded plain line")
    check(2500 <= len(ptext["A"]) <= 4000, f"A: {len(ptext['A'])} characters, want 2,500-4,000")
    check(2500 <= len(ptext["B"]) <= 4000, f"B: {len(ptext['B'])} characters, want 2,500-4,000")
    check(500 <= len(ptext["C"]) <= 1500, f"C: {len(ptext['C'])} characters, want a short page (500-1,500)")
    num = lambda s: float(re.match(r"[\d.]+", s.replace(",", "")).group())  # noqa: E731

    # ---- A: docx with automatic numbering and merged cells
    a_bytes = (CORPUS / FILE_A).read_bytes()
    check(a_bytes[:2] == b"PK", "A: a zip (docx) file")
    with zipfile.ZipFile(CORPUS / FILE_A) as z:
        names = z.namelist()
        check("word/document.xml" in names and "word/numbering.xml" in names, "A: docx parts incl. numbering.xml")
        docxml = z.read("word/document.xml").decode("utf-8")
        numxml = z.read("word/numbering.xml").decode("utf-8")
    check(a_plain == a_expected_lines(), "A: docx rendered with its numbering.xml equals the designed lines")
    for ilvl, fmt, text, suff in A_LEVELS:
        check(re.search(rf'<w:lvl w:ilvl="{ilvl}">.*?<w:numFmt w:val="{fmt}"/>.*?<w:lvlText w:val="{re.escape(text)}"/>', numxml),
              f"A: numbering.xml level {ilvl} {fmt} {text}")
    check(f'<w:num w:numId="{A_NUM_ID}"><w:abstractNumId w:val="{A_ABSTRACT_ID}"/></w:num>' in numxml, "A: w:num -> abstractNum")
    numbered = a_info["numbered"]
    want_numbered = [(A_KIND_LEVEL[k], v) for k, v in A_BLOCKS if k in A_KIND_LEVEL]
    check(numbered == want_numbered, "A: the numbered paragraphs are exactly the designed ones")
    check(docxml.count("<w:numPr>") == len(want_numbered), "A: one w:numPr per numbered paragraph")
    for ilvl, t in numbered:  # the numbers are NOT in the text
        check(not re.match(r"[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、]", t), f"A: number typed into text: {t[:12]}")
    raw_a = "\n".join(a_info["raw"])
    for pre in ("一、总体目标", "（三）市工业和信息化局", "2. 对首次建立"):
        check(pre in ptext["A"] and pre not in raw_a and pre not in docxml, f"A: rendered number {pre} only from numbering")
    heads = [ln for ln in a_plain if re.match(r"[一二三四五六七八九十]、", ln)]
    check([h[:2] for h in heads] == ["一、", "二、", "三、", "四、", "五、", "六、"], f"A: sections 一…六 {heads}")
    subs = [ln[:3] for ln in a_plain if ln.startswith("（") and ln[1] in "一二三四五六七八九十" and ln[2] == "）"]
    check(subs == ["（一）", "（二）", "（三）", "（四）"] + ["（一）", "（二）", "（三）", "（四）"]
          + ["（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）"] + ["（一）", "（二）", "（三）", "（四）"], f"A: sub-numbers {subs}")
    items = [ln[:3] for ln in a_plain if re.match(r"\d\. ", ln)]
    check(items == ["1. ", "2. ", "3. "] * 3 + ["1. ", "2. "], f"A: item numbers {items}")
    check(len(a_info["tables"]) == 1, "A: exactly one Word table")
    tb, grid, spans = a_info["tables"][0]
    check(grid == a_grid(A_TABLE), "A: table grid equals the data")
    check([[c.text for c in r.cells] for r in tb.rows] == a_grid(A_TABLE), "A: python-docx's row.cells view equals the grid")
    check(len(grid) - 1 >= 6 and len(grid[0]) >= 4, "A: 6+ data rows x 4+ columns")
    vm = [(r, c, v) for r, c, s, v in spans if v]
    check([(r, c) for r, c, v in vm if v == "restart"] == [(1, 0), (3, 0), (5, 0), (7, 0)]
          and [(r, c) for r, c, v in vm if v == "continue"] == [(2, 0), (4, 0), (6, 0), (8, 0)],
          f"A: first column vMerge over pairs of rows {vm}")
    gsp = [(r, c, s) for r, c, s, v in spans if s > 1]
    check(gsp == [(5, 2, 2)], f"A: exactly one gridSpan=2 cell (the 省级重点实验室 figure) {gsp}")
    check(docxml.count("<w:vMerge") == 8 and docxml.count('w:gridSpan w:val="2"') == 1, "A: vMerge / gridSpan in the XML")
    check("<w:tblHeader" in docxml and tb.style.name == "Table Grid", "A: header row marked, Table Grid style")
    check(a_info["after_table"] is not None and a_info["after_table"].startswith("注："), "A: 注 paragraph right under the table")
    check("湛科联〔2026〕9号" in a_plain and any(re.fullmatch(r"湛江市科学技术局办公室\u3000+2026年4月9日印发", ln) for ln in a_plain),
          "A: 文号 line and 印发 date line")
    a_prose = "\n".join(ln for ln in a_plain if " | " not in ln)
    arows = a_grid(A_TABLE)[1:]
    check(sum(num(r[4]) for r in arows) == 7600 and "专项资金7600万元" in a_prose, "A: 2026年安排 column sums to 7600万元")
    figs = [c for r in A_TABLE[1:] for c in r[2:] if c not in ("^", "<")]
    check(len(set(figs)) == len(figs), "A: table figure cells distinct")
    for cv in figs:
        check(num_count(cv, a_prose) == 0, f"A: table cell {cv} also in the prose")
    check(abs(96 / 85.7 - 1.12) < 0.005 and "较2025年的85.7亿元增长12%" in a_prose, "A: 85.7 -> 96 is +12%")
    a_dates = re.findall(r"(\d{4})年(\d{1,2})月(\d{1,2})日", a_prose)
    check([_dt.date(*map(int, x)) for x in a_dates] == [_dt.date(2026, 4, 8), _dt.date(2026, 6, 15),
          _dt.date(2026, 4, 30), _dt.date(2026, 8, 31), _dt.date(2026, 11, 20), _dt.date(2026, 12, 20),
          _dt.date(2027, 1, 31), _dt.date(2026, 4, 9)], f"A: dates {a_dates}")
    a_leads = [ln for ln in a_plain if "牵头" in ln]
    check(len(a_leads) == 3 and a_leads[1].startswith("（一）市科技局牵头") and a_leads[2].startswith("（三）市工业和信息化局牵头"),
          f"A: 牵头 lines {a_leads}")
    a_units = re.findall(r"（[一二三四五六七]）([^，。；]*?)(牵头|负责)", a_prose)
    check(("市财政局", "负责") in a_units and ("市统计局", "负责") in a_units and ("市工业和信息化局", "牵头") in a_units,
          f"A: who-does-what {a_units}")
    check(sum("配合" in ln for ln in a_plain) == 4, "A: four 配合 lines")
    check(T2S.convert(ptext["A"]) == ptext["A"], "A: Simplified throughout")

    # ---- B: PDF
    texts, reader = pdf_page_texts(CORPUS / FILE_B)
    check(b_bytes.startswith(b"%PDF-") and 3 <= len(texts) <= 4, f"B: a PDF of 3-4 pages ({len(texts)})")
    check(len(texts) == len(b_pages), f"B: {len(texts)} PDF pages vs {len(b_pages)} tracked")
    for i, (t, page) in enumerate(zip(texts, b_pages)):
        check(squash(t) == squash("".join(ln.replace(" | ", "") for ln in page)), f"B: text layer of page {i + 1} differs from plain")
        check(page[0] == B_HEADER and page[-1] == b_footer(i + 1), f"B: running header / footer of page {i + 1}")
    for p in reader.pages:
        w, h = float(p.mediabox.width), float(p.mediabox.height)
        check(abs(w - 595.28) < 1 and abs(h - 841.89) < 1, "B: A4 pages")
    fonts = set()
    for p in reader.pages:
        for f in p["/Resources"]["/Font"].values():
            fo = f.get_object()
            fonts.add(str(fo["/BaseFont"]))
            if str(fo["/BaseFont"]) != "/Helvetica":
                check("/ToUnicode" in fo and "/FontFile2" in str(fo["/FontDescriptor"].get_object()),
                      f"B: font {fo['/BaseFont']} not an embedded TrueType with ToUnicode")
    check({f.split("+")[-1].lstrip("/") for f in fonts} <= {"NotoSansCJKsc-Bold", "NotoSerifCJKsc-Regular", "Helvetica"},
          f"B: fonts {fonts}")
    check(len(b_parts) == 2 and b_parts[1][0] == b_parts[0][0] + 1, f"B: the table splits over two consecutive pages {[(p, len(r)) for p, r in b_parts]}")
    if len(b_parts) == 2:
        (p1, r1), (p2, r2) = b_parts
        check(r1[0] == B_TABLE[0] and r2[0] == B_TABLE[0], "B: header row on both pages (repeatRows)")
        check(r1[1:] + r2[1:] == B_TABLE[1:], "B: the two parts hold all rows once, in order")
        check(len(r1) - 1 >= 5 and len(r2) - 1 >= 5, "B: 5+ data rows on each side of the break")
        check(b_pages[p2 - 1][1] == " | ".join(B_TABLE[0]), "B: the continuation page starts with the repeated header")
        b_table_page = {r[0]: (p1 if r in r1 else p2) for r in B_TABLE[1:]}
    else:
        b_table_page = {}
    import pdfplumber
    with pdfplumber.open(str(CORPUS / FILE_B)) as pdf:
        found = [(i + 1, [[re.sub(r"\s+", "", c or "") for c in r] for r in t]) for i, pg in enumerate(pdf.pages) for t in pg.extract_tables()]
    check([(p, rows) for p, rows in b_parts] == found, f"B: pdfplumber finds the ruled table parts {[(p, len(r)) for p, r in found]}")
    note_i = b_plain.index(next(ln for ln in b_plain if ln.startswith("注：")))
    check(b_plain[note_i - 1] == " | ".join(B_TABLE[-1]), "B: 注 directly after the last table row")
    b_prose = "\n".join(ln for ln in b_plain if " | " not in ln)
    brows = B_TABLE[1:]
    cells = [c for r in brows for c in r[3:]]
    check(len(set(cells)) == len(cells), "B: table figure cells distinct")
    for cv in cells:
        check(num_count(cv, b_prose) == 0, f"B: table cell {cv} also in the prose")
    check([num(r[3]) for r in brows] == sorted((num(r[3]) for r in brows), reverse=True), "B: scores descending")
    tsum = sum(num(r[4]) for r in brows)
    check(tsum == 5124 and 5124 + 17 * 50 + 78 * 20 == 7534 and "表1所列24家机构共5124万元" in b_prose and "共7534万元" in b_prose,
          f"B: 5124 + 850 + 1560 = 7534 (table sums to {tsum})")
    check(41 + 78 + 59 + 8 == 186 and round((41 + 78) / 186 * 100) == 64 and 24 + 17 == 41 and len(brows) == 24, "B: counts add up")
    check(all(num(r[4]) >= 100 for r in brows), "B: every table reward ≥ the 100万元 basic reward of the note")
    b_dates = re.findall(r"(\d{4})年(\d{1,2})月(\d{1,2})日", b_prose)
    check([_dt.date(*map(int, x)) for x in b_dates] == [_dt.date(2026, 7, 15), _dt.date(2027, 3, 31), _dt.date(2026, 10, 31), _dt.date(2026, 5, 12)],
          f"B: dates {b_dates}")
    b_units = re.findall(r"（[一二三四五]）([^，。；]*?)(牵头|负责)", b_prose)
    check(("省科技厅", "牵头") in b_units and ("省财政厅", "负责") in b_units and ("各设区市科技局", "负责") in b_units,
          f"B: who-does-what {b_units}")
    check(T2S.convert(ptext["B"]) == ptext["B"], "B: Simplified throughout")

    # ---- C: html
    check(not c_bytes.startswith(b"\xef\xbb\xbf") and '<meta charset="utf-8">' in c_src[:200], "C: UTF-8, no BOM, meta charset")
    check(c_plain == c_expected, "C: lxml reading equals the designed lines")
    check(len(c_tables) == 1 and c_tables[0] == C_TABLE, "C: one <table> equal to the data")
    check(8 <= len(C_TABLE) - 1 <= 12, "C: 8-12 table rows")
    check(len(c_root.xpath("//ul[@class='nav']/li/a")) == len(C_NAV) and "現在位置：首頁 > 最新消息 > 公告訊息" in c_plain
          and any("版權所有" in ln for ln in c_plain), "C: nav, breadcrumb, footer")
    prose_c = [ln for ln in c_plain if ln in C_PROSE]
    check(len(prose_c) == 3 and sum(ln.count("。") for ln in prose_c) == 3, "C: three sentences of prose")
    check(sum(num(r[3]) for r in C_TABLE[1:]) == 1612 and "補助金額合計新臺幣1,612萬元" in ptext["C"]
          and f"擬核定補助{len(C_TABLE) - 1}案" in ptext["C"], "C: rows sum to 1,612萬元, count 10")
    c_cells = [r[3] for r in C_TABLE[1:]]
    check(len(set(c_cells)) == len(c_cells), "C: amounts distinct")
    check([r[0] for r in C_TABLE[1:]] == [str(i) for i in range(1, len(C_TABLE))], "C: 序號 1..n")
    for ln in c_plain:
        if HAN.search(ln):
            check(S2TW.convert(ln) == ln, f"C: line not pure Taiwan Traditional: {ln[:30]}")
    tc = ptext["C"]
    check(T2S.convert(tc) != tc and "台" not in tc and "新臺幣" in tc, "C: Traditional, 臺 not 台")

    raw = {"A": docxml + "\n" + raw_a, "B": "\n".join(texts), "C": c_src}
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
            rawcheck = squash(raw[d]) if d == "B" else raw[d]
            check(squash(ans) in rawcheck if d == "B" else ans in rawcheck, f"{q['id']}: answer not in the raw file")
            if d == "A":
                check(ans in raw_a, f"{q['id']}: answer not in the text python-docx reads")
            if re.search(r"\d", ans):
                for ln in plains[d]:
                    if ln != ev and num_count(ans, ln):
                        check(False, f"{q['id']}: answer {ans} also in: {ln[:40]}")
                check(num_count(ans, ev) == 1, f"{q['id']}: answer {ans} more than once in its evidence")
            else:
                check(ev.count(ans) == 1, f"{q['id']}: answer {ans} more than once in evidence")
            if "col" in q:
                table = {"A": a_grid(A_TABLE), "B": B_TABLE, "C": C_TABLE}[d]
                gridrow = next((r for r in table[1:] if (a_rendered_rows(A_TABLE)[table.index(r)] if d == "A" else " | ".join(r)) == ev), None)
                check(gridrow is not None, f"{q['id']}: evidence must be a data row of the table")
                if gridrow is not None:
                    ci = table[0].index(q["col"])
                    check(gridrow[ci] == ans, f"{q['id']}: answer must be the {q['col']} cell")
                    check(ev.split(" | ").count(ans) == 1, f"{q['id']}: other cells differ")
                check(q["col"] not in question, f"{q['id']}: question copies the column header")
                if "page" in q:
                    check(b_table_page.get(gridrow[0] if gridrow else None) == q["page"], f"{q['id']}: row not on page {q['page']}")
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
    check(all(re.fullmatch(r"u32-[ABC]\d\d", o["id"]) for o in out), "id format")
    for d in "ABC":
        nums_d = [int(o["id"][5:]) for o in out if o["id"][4] == d]
        check(nums_d == list(range(1, len(nums_d) + 1)), f"{d}: ids numbered without gaps")
    # structural coverage of the table questions
    a_tab = {q["hint"] for q in Q if q["doc"] == "A" and q["kind"] == "table"}
    check(sum(h in ("| 科技型中小企业 |", "| 技术研发服务 |", "| 市级新型研发机构 |", "| 中试熟化基地 |") for h in a_tab) >= 2
          and "| 省级重点实验室 |" in a_tab, "A: table questions hit vMerge-continuation rows and the gridSpan row")
    check(sum(1 for q in Q if q.get("page") == 2) >= 2, "B: 2+ table questions on the continuation page")

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
    print(f"B: {len(texts)} PDF pages; table parts {[(p, len(r) - 1) for p, r in b_parts]} data rows; fonts {sorted(fonts)}")
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
