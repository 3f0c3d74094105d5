#!/usr/bin/env python3
"""Build unseen37: three fictional policy documents --
  A  a Word .docx 管理办法 (Simplified, python-docx) of the Bengbu science and technology bureau and finance bureau
     (蚌埠市科学技术局 / 蚌埠市财政局) -- 蚌埠市科技计划项目与专项资金管理办法 -- 第一章…第八章 chapter headings and
     第一条…第三十六条 articles typed in the text (a bold "第N条" run at the start of each Normal paragraph), a table
     whose category column is vertically merged (w:vMerge) over 2-4 rows per category and whose header has one cell
     spanning two columns (w:gridSpan) over two sub-headers, a running header and a footer passage (附件 list and a
     contact line: furniture), look-alike figures across articles (30% / 30万元 / 30日 ...);
  B  a plain-text .txt 申报通知 (Simplified) of Jining (济宁市科学技术局) saved as UTF-16 LE with a BOM and CRLF line
     ends (Windows Notepad "Unicode"), 一、（一）1. numbering, a small table whose cells are separated (and aligned) by
     TAB characters, a contact block at the end;
  C  a Taiwan county web page (UTF-8 HTML, Traditional Chinese, zh-TW) of a fictional Hualien service centre
     (花蓮縣地方產業創新服務中心) -- 115年度地方產業研發創新補助計畫（第一梯次）公告 -- ROC dates, a table whose
     補助類別 cells span 2-3 rows (rowspan), a FAQ written as <dl><dt>問：…</dt><dd>答：…</dd></dl>, and real site
     furniture (menu, breadcrumb, sidebar of 相關連結, 回上頁 / 列印 / 分享, footer with address and 瀏覽人次);
their plain texts (plain/), 50 questions (questions.jsonl), then the consistency checks (exit 1 on any failure).
Writes only inside unseen37/. Deterministic: a rebuild is byte for byte identical.

Approach and helpers follow unseen36's builder (read for layout and approach only): the question table with a `hint`
that must pick exactly one evidence line, digit-bounded num_count, keys / gkeys / near for unanswerables, lcs_run for
paraphrases, OpenCC for cross-script questions, the HTML line reader (extended here by rowspan filling and dt / dd
lines) and the question-checking loop. The .docx and UTF-16 parts are new."""
import datetime
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

FILE_A = "A_bengbu_keji_jihua_xiangmu_yu_zhuanxiang_zijin_guanli_banfa_merged_table.docx"
FILE_B = "B_jining_2026_kejixing_zhongxiao_qiye_chuangxin_nengli_tisheng_shenbao_tongzhi_utf16le.txt"
FILE_C = "C_hualien_115_difang_chanye_yanfa_chuangxin_buzhu_diyitici_gonggao_zh-TW.html"
FILES = {"A": FILE_A, "B": FILE_B, "C": FILE_C}

S2TW = opencc.OpenCC("s2tw")
S2TWP = opencc.OpenCC("s2twp")
S2HK = opencc.OpenCC("s2hk")
T2S = opencc.OpenCC("t2s")

CN_DIGITS = {"零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn_num(s):
    """一 .. 九十九 -> int."""
    if "十" in s:
        a, _, b = s.partition("十")
        return (CN_DIGITS[a] if a else 1) * 10 + (CN_DIGITS[b] if b else 0)
    return CN_DIGITS[s]


def num_cn(n):
    d = "零一二三四五六七八九"
    if n < 10:
        return d[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else d[t]) + "十" + (d[u] if u else "")


# ---------------------------------------------------------------------------------------------------------------
# A: 蚌埠 管理办法 as a .docx (Simplified). A_BODY: ("title" | "sub" | "chap" | "art" | "cap" | "table" | "sign", text).
#    "art" texts are the article body without its number; the builder numbers them 第一条… in order and writes the
#    number as a bold run. A_TABLE: the merged-cell table as designed (categories with their rows).
# ---------------------------------------------------------------------------------------------------------------
A_COLS = ["支持类别", "支持事项", "资助比例", "单项资助上限", "申报主体"]  # the reader's header (row 2, filled)
A_SPAN_HEAD = "资助标准"   # header row 1: one cell spanning the two sub-headers 资助比例 and 单项资助上限
A_SUB = (2, 3)             # grid columns under the gridSpan header cell
A_TABLE = [  # (category, [rows without the category])
    ("基础研究", [
        ["自然科学基金面上项目", "定额资助", "15万元", "驻蚌高校、科研院所"],
        ["自然科学基金青年项目", "定额资助", "8万元", "驻蚌高校院所青年科研人员"],
    ]),
    ("关键核心技术攻关", [
        ["揭榜挂帅项目", "不超过项目总投入的45%", "500万元", "发榜企业与揭榜单位"],
        ["重点研发项目", "不超过项目总投入的35%", "200万元", "规模以上工业企业"],
        ["产学研联合攻关项目", "不超过项目总投入的25%", "120万元", "企业与高校院所联合体"],
    ]),
    ("成果转化与产业化", [
        ["科技成果转化项目", "不超过技术合同成交额的15%", "100万元", "受让或实施成果的企业"],
        ["首台（套）装备研发应用", "不超过首年销售额的10%", "300万元", "装备研制企业"],
        ["中试熟化项目", "不超过中试设备投入的20%", "150万元", "中试基地运营单位"],
    ]),
    ("创新平台建设", [
        ["新型研发机构建设", "不超过年度研发投入的5%", "800万元", "市级新型研发机构"],
        ["重点实验室、工程技术研究中心", "一次性奖补", "50万元", "新认定的市级创新平台"],
    ]),
]
A_ROWS = [[cat] + r for cat, rows in A_TABLE for r in rows]           # data rows as a reader sees them
A_CONT = {r[0] for cat, rows in A_TABLE for r in rows[1:]}           # 支持事项 of rows whose category is merged from above
A_HEADER = "蚌埠市科学技术局　蚌埠市财政局　蚌科〔2026〕9号"
A_FOOTER = ("附件：1. 蚌埠市科技计划项目申报书（格式文本）　2. 蚌埠市科技计划项目验收申请表　3. 专项资金绩效自评表"
            "　｜　政策咨询：市科技局资源配置与管理科　0552-3127406")
A_BODY = [
    ("title", "蚌埠市科技计划项目与专项资金管理办法"),
    ("sub", "（2026年3月18日蚌埠市科学技术局　蚌埠市财政局印发）"),
    ("chap", "总则"),
    ("art", "为规范蚌埠市科技计划项目和市级科技创新专项资金（以下简称专项资金）管理，提高财政资金使用效益，推动创新驱动发展，根据国家和省有关规定，结合本市实际，制定本办法。"),
    ("art", "本办法所称科技计划项目，是指由专项资金支持、市科学技术局（以下简称市科技局）组织实施的基础研究、关键核心技术攻关、成果转化与产业化和创新平台建设等各类项目。专项资金由市财政每年在预算中安排，实行统筹安排、突出重点、绩效导向、公开透明的管理原则。"),
    ("art", "专项资金重点支持新型显示、硅基新材料、生物基新材料、高端装备制造和新能源汽车零部件等本市主导产业的技术创新活动，优先支持企业作为创新主体承担的项目。"),
    ("art", "科技计划项目实行指南引导、公开申报、专家评审、择优立项、合同管理、绩效评价的管理方式，项目管理全过程通过蚌埠市科技项目管理信息系统办理。"),
    ("art", "专项资金的分配、使用和管理情况依法接受人大监督、审计监督和社会监督。项目立项、资金安排和验收结果除涉及保密事项外，应当在市科技局门户网站向社会公开。"),
    ("chap", "职责分工"),
    ("art", "市科技局牵头负责科技计划项目的组织实施，主要职责是：编制年度项目申报指南，组织项目申报、评审、立项和验收，对项目实施情况进行监督检查，会同市财政局开展绩效评价。"),
    ("art", "市财政局负责专项资金的预算管理和资金拨付，会同市科技局制定资金管理制度，对资金使用情况进行监督检查。"),
    ("art", "怀远县、五河县、固镇县和龙子湖区、蚌山区、禹会区、淮上区科技主管部门，蚌埠高新技术产业开发区、蚌埠经济开发区管委会负责本地区项目的申报推荐、日常管理和跟踪服务，配合做好项目验收和绩效评价。"),
    ("art", "市科技局可以委托具备条件的专业机构承担项目评审、过程管理和验收评价等具体工作。受委托机构应当建立健全内部管理制度，遵守保密和回避规定，对出具的意见负责。"),
    ("art", "项目承担单位是项目实施和资金使用的责任主体，负责按照任务书组织实施项目、落实自筹资金、规范使用专项资金，并按要求报送项目进展和绩效情况。项目负责人对项目实施和资金使用负直接责任。"),
    ("chap", "项目类别与支持标准"),
    ("art", "科技计划项目分为基础研究、关键核心技术攻关、成果转化与产业化、创新平台建设四类。各类项目的支持事项、资助标准和申报主体见下表。"),
    ("cap", "表　蚌埠市科技计划项目类别及支持标准"),
    ("table", None),
    ("art", "关键核心技术攻关类项目实行前资助，其中揭榜挂帅项目由企业出题、面向全国张榜，揭榜方确定后由市科技局、发榜企业和揭榜单位签订三方协议。成果转化与产业化类项目和创新平台建设类项目实行后补助，按经审核的实际投入核定资助金额。"),
    ("art", "同一单位同一年度获得专项资金支持的项目不超过3项，单个企业年度累计获得的专项资金资助不超过1000万元。"),
    ("art", "已获得国家、省级科技计划立项的同一项目，市级不再重复立项；需要市级配套的，按照不超过省级资助额一半的标准给予配套支持，单个项目配套资金最高不超过60万元。"),
    ("art", "对符合本市产业发展方向、具有重大带动作用的项目，可以采取一事一议方式予以支持，具体支持方式和额度由市科技局会同市财政局提出意见，报市人民政府批准后实施。"),
    ("chap", "项目申报与立项"),
    ("art", "市科技局每年根据本市产业发展需求发布项目申报指南，明确支持方向、申报条件、申报时间和受理方式。申报受理期一般不少于20个工作日。"),
    ("art", "申报单位应当具备以下条件：在蚌埠市行政区域内注册登记，具有独立法人资格；具有完成项目所需的研发人员和条件；企业申报的，上年度研发投入不低于30万元，且研发投入占营业收入比例不低于3%；近三年内无严重失信行为。"),
    ("art", "项目负责人应当为申报单位正式在职人员，年龄一般不超过60周岁，自然科学基金青年项目负责人不超过35周岁；同一项目负责人同期主持的在研市级科技计划项目不得超过1项。"),
    ("art", "申报单位通过管理信息系统提交申报材料，并对材料的真实性、合法性和有效性负责。市科技局会同县、区科技主管部门对申报材料进行形式审查，形式审查结果在申报受理截止后10个工作日内反馈申报单位。"),
    ("art", "市科技局组织专家对申报项目进行评审。评审采取网络评审和会议评审相结合的方式，每个项目的评审专家不少于5人，其中企业专家比例不低于三分之一。揭榜挂帅项目和重点研发项目须进行现场考察。"),
    ("art", "市科技局根据评审结果，结合年度专项资金预算提出立项建议，经市科技局局务会审议后在门户网站公示，公示期不少于7个工作日。公示无异议的，由市科技局会同市财政局下达立项和资金计划。"),
    ("art", "项目立项后，承担单位应在立项通知下达之日起30日内与市科技局签订项目任务书。逾期未签订且无正当理由的，视为自动放弃。"),
    ("chap", "项目实施与验收"),
    ("art", "项目实施期一般为二至三年，基础研究类项目实施期一般不超过两年。"),
    ("art", "承担单位应于每年12月15日前报送项目年度执行报告。市科技局可委托第三方机构对项目进行中期评估，中期评估结果分为良好、合格和不合格三档。"),
    ("art", "项目执行中确需调整研究内容、考核指标或者项目负责人的，由承担单位提出申请，报市科技局审批。项目需要延期的，应当在项目到期前3个月提出申请，延期只能申请一次，延期时间不超过12个月。"),
    ("art", "项目实施期满后，承担单位应在6个月内提出验收申请。市科技局组织专家或者委托第三方机构进行验收，验收结论分为通过验收、结题和不通过验收。"),
    ("art", "有下列情形之一的，项目不通过验收：（一）完成的主要考核指标不足70%的；（二）提供的验收材料存在弄虚作假的；（三）擅自变更研究内容、考核指标或者项目负责人的；（四）无正当理由逾期未申请验收的。"),
    ("art", "项目形成的知识产权，除涉及国家安全、国家利益和重大社会公共利益的以外，依法由项目承担单位取得。承担单位应当在申请验收时同步提交科技报告，项目成果实现转化的，应当按要求报送转化应用情况。"),
    ("art", "因不可抗力等客观原因导致项目无法继续实施的，承担单位应当及时提出终止申请，经市科技局批准后终止实施，并对已发生的经费进行清算。"),
    ("chap", "资金管理"),
    ("art", "专项资金按照项目类别分别采取前资助、后补助、定额资助和一次性奖补等方式。前资助项目资金分两次拨付：任务书签订后拨付资助金额的60%，通过中期评估后拨付其余40%。"),
    ("art", "企业承担的前资助项目，自筹资金与专项资金的比例不低于2:1；揭榜挂帅项目的自筹资金比例不低于3:1。"),
    ("art", "专项资金分为直接费用和间接费用。直接费用包括设备费、业务费、劳务费等；间接费用实行总额控制，按照不超过直接费用扣除设备购置费后的30%核定，其中用于科研人员绩效支出的部分不超过间接费用的50%。"),
    ("art", "专项资金应当专款专用、单独核算。项目承担单位应当建立专项资金使用台账，专项资金不得用于支付罚款、捐赠、赞助、偿还债务等支出。使用专项资金购置单台（套）价格在40万元以上仪器设备的，应当进行购置必要性论证，并优先通过大型科研仪器共享平台共享使用。"),
    ("art", "后补助和一次性奖补项目，由市科技局会同市财政局在审核确认后一次性拨付资金；定额资助项目在任务书签订后一次性拨付。"),
    ("art", "项目通过验收后，结余资金在两年内由承担单位统筹安排用于科研活动的直接支出；逾期未使用完的，按规定收回。未通过验收或者被终止实施的项目，结余资金按原渠道收回市财政。"),
    ("art", "市科技局会同市财政局建立专项资金绩效评价制度，绩效评价结果作为以后年度预算安排和项目立项的重要依据。对绩效评价结果为差的单位，3年内不予立项。"),
    ("chap", "监督与责任"),
    ("art", "市科技局、市财政局按照职责分工对项目实施和专项资金使用情况进行监督检查，每年抽查比例不低于在研项目总数的12%。"),
    ("art", "项目承担单位和项目负责人有弄虚作假、截留挪用专项资金等行为的，由市科技局终止项目实施、追回已拨付资金，记入科研诚信严重失信行为记录，5年内不得申报市级科技计划项目；涉嫌犯罪的，依法移送有关机关处理。"),
    ("art", "科技计划项目实行科研诚信承诺制度。申报单位、项目负责人和评审专家应当签署科研诚信承诺书，市科技局在立项、验收等环节开展科研诚信审核。"),
    ("art", "参与项目管理的工作人员和评审专家在工作中滥用职权、玩忽职守、徇私舞弊的，依法依规追究责任。"),
    ("chap", "附则"),
    ("art", "各县、区可以参照本办法，结合本地区实际制定县、区级科技计划项目和资金管理办法。"),
    ("art", "本办法由市科技局、市财政局负责解释。"),
    ("art", "本办法自2026年5月1日起施行。2021年印发的《蚌埠市科技计划项目管理暂行办法》同时废止。"),
]
A_DOC_DATE = datetime.datetime(2026, 3, 18, 9, 0, 0)
ZIP_DATE = (2026, 3, 18, 9, 0, 0)


def a_numbered():
    """A_BODY with chapter and article numbers: [(kind, number label or "", text)]."""
    out, ch, ar = [], 0, 0
    for kind, text in A_BODY:
        if kind == "chap":
            ch += 1
            out.append((kind, f"第{num_cn(ch)}章", text))
        elif kind == "art":
            ar += 1
            out.append((kind, f"第{num_cn(ar)}条", text))
        else:
            out.append((kind, "", text))
    return out


def a_expected_lines():
    """What a reader sees, one line per paragraph / table row (header first, footer last)."""
    lines = [A_HEADER]
    for kind, label, text in a_numbered():
        if kind == "table":
            lines.append(" | ".join(A_COLS[:2] + [A_SPAN_HEAD] + A_COLS[4:]))
            lines.append(" | ".join(A_COLS))
            lines += [" | ".join(r) for r in A_ROWS]
        elif kind == "chap":
            lines.append(f"{label}　{text}")
        elif kind == "art":
            lines.append(f"{label}　{text}")
        else:
            lines.append(text)
    lines.append(A_FOOTER)
    return lines


def build_docx_a():
    """Return the .docx bytes (python-docx, then re-zipped with fixed dates for a byte-identical rebuild)."""
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(28)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)

    def fonts(run_or_style, east, size=None, bold=None):
        f = run_or_style.font
        f.name = "Times New Roman"
        if size:
            f.size = Pt(size)
        if bold is not None:
            f.bold = bold
        el = run_or_style.element if hasattr(run_or_style, "element") else run_or_style._element
        rpr = el.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = rpr.makeelement(qn("w:rFonts"), {})
            rpr.insert(0, rf)
        rf.set(qn("w:eastAsia"), east)

    normal = doc.styles["Normal"]
    fonts(normal, "仿宋_GB2312", 16)
    normal.paragraph_format.line_spacing = Pt(28)
    normal.paragraph_format.space_after = Pt(0)

    for kind, label, text in a_numbered():
        if kind == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            fonts(p.add_run(text), "方正小标宋简体", 22)
        elif kind == "sub":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            fonts(p.add_run(text), "楷体_GB2312", 16)
        elif kind == "chap":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_before = Pt(12)
            p.paragraph_format.space_after = Pt(6)
            fonts(p.add_run(f"{label}　{text}"), "黑体", 16, True)
        elif kind == "art":
            p = doc.add_paragraph()  # style Normal
            p.paragraph_format.first_line_indent = Pt(32)
            fonts(p.add_run(label), "黑体", None, True)
            p.add_run("　" + text)
        elif kind == "cap":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            fonts(p.add_run(text), "黑体", 14, True)
        elif kind == "table":
            n = 2 + len(A_ROWS)
            t = doc.add_table(rows=n, cols=5)
            t.style = doc.styles["Table Grid"]
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            widths = (Mm(26), Mm(42), Mm(38), Mm(22), Mm(30))
            for gc, w in zip(t._tbl.tblGrid.gridCol_lst, widths):
                gc.w = w
            for r, w in zip(t.columns, widths):
                for c in r.cells:
                    c.width = w

            def put(cell, text, bold=False):
                for extra in cell.paragraphs[1:]:
                    extra._element.getparent().remove(extra._element)
                para = cell.paragraphs[0]
                for old in para.runs:
                    old._element.getparent().remove(old._element)
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
                para.paragraph_format.first_line_indent = Pt(0)
                para.paragraph_format.line_spacing = Pt(18)
                run = para.add_run(text)
                fonts(run, "黑体" if bold else "仿宋_GB2312", 11, bold)

            # header: 支持类别 / 支持事项 / 申报主体 each span the two header rows; 资助标准 spans two columns
            for col, text in ((0, A_COLS[0]), (1, A_COLS[1]), (4, A_COLS[4])):
                put(t.cell(0, col).merge(t.cell(1, col)), text, True)
            put(t.cell(0, 2).merge(t.cell(0, 3)), A_SPAN_HEAD, True)
            put(t.cell(1, 2), A_COLS[2], True)
            put(t.cell(1, 3), A_COLS[3], True)
            r0 = 2
            for cat, rows in A_TABLE:
                put(t.cell(r0, 0).merge(t.cell(r0 + len(rows) - 1, 0)), cat)
                for i, row in enumerate(rows):
                    for j, v in enumerate(row, 1):
                        put(t.cell(r0 + i, j), v)
                r0 += len(rows)
        elif kind == "sign":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.add_run(text)

    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fonts(hp.add_run(A_HEADER), "宋体", 9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    fonts(fp.add_run(A_FOOTER), "宋体", 8)

    cp = doc.core_properties
    cp.title = "蚌埠市科技计划项目与专项资金管理办法"
    cp.author = "蚌埠市科学技术局"
    cp.last_modified_by = "蚌埠市科学技术局"
    cp.subject = "蚌科〔2026〕9号"
    cp.keywords = ""
    cp.comments = ""
    cp.revision = 3
    cp.created = A_DOC_DATE
    cp.modified = A_DOC_DATE
    cp.last_printed = A_DOC_DATE
    buf = io.BytesIO()
    doc.save(buf)
    # re-zip with fixed timestamps and attributes (python-docx stamps the current time on every member)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
W = "{%s}" % W_NS


def w_text(el):
    out = []
    for x in el.iter():
        if x.tag == W + "t":
            out.append(x.text or "")
        elif x.tag == W + "tab":
            out.append("\t")
    return "".join(out)


def is_bold(run):
    """A run is bold when its rPr holds <w:b/> without a false value (no bold from styles is used here)."""
    b = run.find(W + "rPr/" + W + "b")
    return b is not None and b.get(W + "val", "true") not in ("0", "false", "off")


def docx_read(path):
    """Read a .docx with lxml alone: (lines, tables, info). lines = header paragraphs, body paragraphs (non-empty)
    and table rows, footer paragraphs. A table row is its cells joined by ' | ': a gridSpan cell once, a vMerge
    continuation cell filled with the text of the cell above it in the same grid column (what a reader sees).
    tables = [[row cells]]; info = per table the raw tc descriptions, and the body paragraph elements."""
    from lxml import etree
    z = zipfile.ZipFile(path)
    root = etree.fromstring(z.read("word/document.xml"))
    rels = etree.fromstring(z.read("word/_rels/document.xml.rels"))
    target = {r.get("Id"): r.get("Target") for r in rels}
    body = root.find(W + "body")
    lines, tables, raw_tcs, paras = [], [], [], []
    for el in body:
        if el.tag == W + "p":
            t = w_text(el)
            if t.strip():
                lines.append(t)
                paras.append(el)
        elif el.tag == W + "tbl":
            rows, grid_prev, desc = [], {}, []
            for tr in el.findall(W + "tr"):
                col, cells, drow, grid_now = 0, [], [], {}
                for tc in tr.findall(W + "tc"):
                    pr = tc.find(W + "tcPr")
                    span, vm = 1, None
                    if pr is not None:
                        gs = pr.find(W + "gridSpan")
                        if gs is not None:
                            span = int(gs.get(W + "val"))
                        v = pr.find(W + "vMerge")
                        if v is not None:
                            vm = v.get(W + "val") or "continue"
                    text = "".join(w_text(p) for p in tc.findall(W + "p"))
                    drow.append({"col": col, "span": span, "vmerge": vm, "text": text})
                    shown = grid_prev.get(col, "") if vm == "continue" else text
                    cells.append(shown)
                    for k in range(col, col + span):
                        grid_now[k] = shown
                    col += span
                grid_prev = grid_now
                rows.append(cells)
                desc.append(drow)
                lines.append(" | ".join(cells))
            tables.append(rows)
            raw_tcs.append(desc)
    sect = body.find(W + "sectPr")

    def part_lines(kind):
        out = []
        for ref in sect.findall(W + kind + "Reference"):
            if ref.get(W + "type") == "default":
                part = etree.fromstring(z.read("word/" + target[ref.get("{%s}id" % R_NS)]))
                out += [w_text(p) for p in part.iter(W + "p") if w_text(p).strip()]
        return out

    head, foot = part_lines("header"), part_lines("footer")
    return head + lines + foot, tables, {"tcs": raw_tcs, "paras": paras, "head": head, "foot": foot,
                                          "names": z.namelist(), "infos": z.infolist()}


# ---------------------------------------------------------------------------------------------------------------
# B: 济宁 申报通知 as a UTF-16 LE .txt with BOM and CRLF (Simplified). B_LINES: the file's lines; "TABLE" stands for
#    the TAB-separated table B_TABLE (cells padded with TABs to tab stops of 8 display columns, a CJK character
#    counting 2), "" for an empty line.
# ---------------------------------------------------------------------------------------------------------------
B_TABLE = [
    ["项目类型", "支持数量", "单项资助额度", "实施期限"],
    ["研发攻关类", "约20项", "30万元", "24个月"],
    ["成果转化类", "约15项", "20万元", "18个月"],
    ["创新培育类", "约40项", "5万元", "12个月"],
]
B_TAB = 8
B_LINES = [
    "济宁市科学技术局",
    "关于组织申报2026年度济宁市科技型中小企业创新能力提升项目的通知",
    "",
    "济科字〔2026〕23号",
    "",
    "各县（市、区）科技主管部门，济宁高新区、太白湖新区、济宁经济技术开发区科技主管部门，各有关企业：",
    "    为深入实施创新驱动发展战略，强化企业科技创新主体地位，引导科技型中小企业加大研发投入、提升自主创新能力，加快培育高新技术企业后备力量，根据《济宁市科技型中小企业创新能力提升专项实施细则》，现组织申报2026年度济宁市科技型中小企业创新能力提升项目。有关事项通知如下：",
    "",
    "一、支持方向",
    "（一）高端装备与智能制造。重点支持工程机械、矿山装备、智能农机等领域关键零部件研发和智能化改造技术。",
    "（二）新材料与新能源。重点支持高性能纤维、生物基材料、氢能及新型储能等领域的技术攻关。",
    "（三）生物医药与现代农业。重点支持中药创新药、高端医疗器械、良种繁育和食品精深加工等领域的技术研发。",
    "（四）新一代信息技术。重点支持工业软件、数字孪生、人工智能行业应用等领域的技术开发。",
    "（五）节能环保与资源综合利用。重点支持煤矿塌陷地生态修复、固体废弃物资源化利用、工业节水等领域的技术示范。",
    "申报项目应符合上述方向之一，研究内容具体、技术路线清晰、考核指标可量化，优先支持与驻济高校、科研院所开展产学研合作的项目。",
    "",
    "二、支持方式和额度",
    "本年度项目采取无偿资助方式，分为三类，计划支持数量、资助额度和实施期限如下：",
    "TABLE",
    "资助资金主要用于项目研发过程中发生的设备购置、材料、测试化验加工、知识产权事务和外协合作等直接支出，不得用于企业日常生产经营、人员福利和基本建设支出。",
    "研发攻关类项目须有明确的技术指标和产业化目标；成果转化类项目须以已授权专利或已登记的技术合同为基础；创新培育类项目仅限首次申报市级科技计划项目的企业。",
    "",
    "三、申报条件",
    "（一）在济宁市行政区域内注册、具有独立法人资格，并已入库2026年度全国科技型中小企业信息库的企业。",
    "（二）上年度研发费用占营业收入比例不低于5%，或研发费用总额不低于100万元。",
    "（三）拥有与申报项目相关的自主知识产权，有稳定的研发团队，研发人员占职工总数的比例不低于10%。",
    "（四）近三年内无严重失信行为，未发生重大安全、环保、质量事故，未被列入经营异常名录或严重违法失信名单。",
    "（五）每家企业限报1项；已承担市级科技计划项目且尚未验收的企业不得申报。",
    "（六）项目负责人应为申报企业正式职工，具有较强的组织协调能力和相应的专业技术水平，同期只能负责一个在研市级科技计划项目。",
    "",
    "四、申报程序",
    "（一）网上填报",
    "1. 申报企业登录“济宁市科技业务综合管理平台”注册账号，在线填写申报书并上传附件材料。",
    "2. 申报书须加盖单位公章后扫描上传，不再报送纸质材料。",
    "3. 申报材料包括申报书、上年度财务审计报告、研发费用辅助账、知识产权证明材料和科研诚信承诺书。",
    "4. 同一项目不得以不同名义重复申报，已获得省级以上科技计划支持的同一研发内容不得申报。",
    "（二）审核推荐",
    "1. 各县（市、区）科技主管部门负责对申报材料进行审核并出具推荐意见，于2026年6月12日前完成网上推荐。",
    "2. 推荐项目数量不设限额，但推荐单位须对申报材料的真实性负审核责任，不得推荐不符合申报条件的企业。",
    "（三）评审立项",
    "1. 市科技局牵头组织专家评审，必要时进行现场考察。评审重点考察项目的技术创新性、市场前景、企业研发基础和预期经济社会效益。",
    "2. 评审结果经市科技局局务会研究后，在市科技局网站公示5个工作日。",
    "3. 公示无异议的，由市科技局下达项目立项通知，项目承担企业按要求签订项目任务书。",
    "",
    "五、时间安排",
    "网上申报时间为2026年5月11日至6月5日17:00，逾期系统自动关闭，不再受理。",
    "县（市、区）科技主管部门审核推荐截止时间见本通知第四条，市科技局将在推荐截止后组织形式审查和专家评审，评审结果另行公布。",
    "",
    "六、有关要求",
    "（一）申报企业对申报材料的真实性负责，严禁弄虚作假、重复申报。一经查实，取消其3年内申报市级科技计划项目资格。",
    "（二）项目资金按照先立项、后拨付的方式管理，立项后一次性拨付到位，企业应单独核算、专款专用。",
    "（三）各县（市、区）科技主管部门要加强政策宣传和申报辅导，严格审核把关，确保推荐项目质量，对推荐企业的研发费用归集情况进行重点核实。",
    "（四）项目实施期间，承担企业应按要求报送项目进展情况；因技术路线调整等原因确需变更考核指标的，须经所在县（市、区）科技主管部门审核后报市科技局备案。",
    "（五）项目实施期满后，承担企业应按要求提交结题材料，市科技局将组织结题验收，验收结果作为今后申报市级科技计划项目的重要参考。",
    "",
    "七、联系方式",
    "业务咨询：市科技局高新技术科　孟庆林",
    "联系电话：0537-2357614",
    "平台技术支持：0537-2357690",
    "通讯地址：济宁市太白湖新区圣贤路9号科技大厦1208室",
    "",
    "附件：1. 济宁市科技型中小企业创新能力提升项目申报书（模板）",
    "      2. 科研诚信承诺书",
    "",
    "济宁市科学技术局",
    "2026年4月27日",
]


def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def b_table_lines():
    """TAB-separated rows, each column starting on the same tab stop in every row (display width, tab = 8)."""
    ncol = len(B_TABLE[0])
    starts = [0]
    for j in range(ncol - 1):
        end = max(starts[j] + dwidth(r[j]) for r in B_TABLE)
        starts.append((end // B_TAB + 1) * B_TAB)
    out = []
    for r in B_TABLE:
        s, pos = "", 0
        for j, c in enumerate(r):
            s += c
            pos += dwidth(c)
            if j < ncol - 1:
                while pos < starts[j + 1]:
                    s += "\t"
                    pos = (pos // B_TAB + 1) * B_TAB
        out.append(s)
    return out, starts


def b_text():
    out = []
    for ln in B_LINES:
        out += b_table_lines()[0] if ln == "TABLE" else [ln]
    return "\r\n".join(out) + "\r\n"


def expand_tabs(s):
    """Display column at which each TAB-separated cell starts (tab stops every B_TAB columns)."""
    pos, starts, prev = 0, [0], ""
    for ch in s:
        if ch == "\t":
            pos = (pos // B_TAB + 1) * B_TAB
        else:
            if prev == "\t":
                starts.append(pos)
            pos += dwidth(ch)
        prev = ch
    return starts


def txt_lines(text):
    """Plain lines of a .txt: each non-empty line stripped; a line holding TABs is a table row, its cells (split on
    runs of TABs) joined by ' | '."""
    out = []
    for ln in text.replace("\r\n", "\n").split("\n"):
        if not ln.strip():
            continue
        if "\t" in ln:
            out.append(" | ".join(c.strip() for c in re.split(r"\t+", ln.strip("\t "))))
        else:
            out.append(ln.strip())
    return out


# ---------------------------------------------------------------------------------------------------------------
# C: 花蓮 補助計畫公告 web page (UTF-8 HTML, Traditional Chinese, zh-TW). C_MAIN: the main column's blocks in order;
#    ("p", text), ("h2", text), ("table", None), ("note", text), ("faq", None), ("contact", text). C_TABLE: (category,
#    [rows]) -- the category cell has rowspan = len(rows). C_FAQ: (問, 答).
# ---------------------------------------------------------------------------------------------------------------
C_SITE = "花蓮縣地方產業創新服務中心"
C_TOPLINKS = ["無障礙專區", "網站導覽", "常見問答", "English"]
C_NAV = ["首頁", "關於本中心", "最新消息", "補助計畫", "下載專區", "常見問答", "聯絡我們"]
C_TITLE = "公告115年度「花蓮縣地方產業研發創新補助計畫」第一梯次受理申請"
C_CRUMB = ["首頁", "最新消息", C_TITLE]
C_META = "發布單位：花蓮縣地方產業創新服務中心　發布日期：115年3月2日"
C_COLS = ["補助類別", "計畫項目", "補助上限", "企業自籌比例", "執行期程"]
C_TABLE = [
    ("研發創新類", [
        ["產品開發", "新臺幣150萬元", "不低於總經費50%", "12個月"],
        ["製程改善", "新臺幣100萬元", "不低於總經費50%", "10個月"],
        ["服務模式創新", "新臺幣80萬元", "不低於總經費45%", "8個月"],
    ]),
    ("在地特色類", [
        ["石材及礦物加值應用", "新臺幣120萬元", "不低於總經費45%", "9個月"],
        ["原住民族文化創意產品", "新臺幣60萬元", "不低於總經費20%", "6個月"],
    ]),
    ("數位轉型類", [
        ["電子商務與行銷數位化", "新臺幣30萬元", "不低於總經費10%", "5個月"],
        ["生產管理系統導入", "新臺幣50萬元", "不低於總經費10%", "7個月"],
    ]),
]
C_ROWS = [[cat] + r for cat, rows in C_TABLE for r in rows]
C_CONT = {r[0] for cat, rows in C_TABLE for r in rows[1:]}
C_CAPTION = "表一　115年度補助類別、上限及執行期程"
C_MAIN = [
    ("p", "主旨：公告受理民國115年度「花蓮縣地方產業研發創新補助計畫」第一梯次申請，歡迎本縣中小企業踴躍提出。"),
    ("p", "依據：花蓮縣地方產業研發創新補助作業要點（115年2月10日府產創字第1150023418號函修正發布）。"),
    ("p", "公告事項："),
    ("p", "一、計畫目的：為鼓勵本縣中小企業投入研發創新，帶動石材加值、農特產品加工、觀光服務及原住民族文化創意等在地產業升級轉型，並促進企業與在地大專校院合作，強化縱谷及海岸地區之產業韌性，創造在地就業機會，特辦理本計畫。"),
    ("p", "二、受理期間：自115年3月16日上午9時起至115年4月30日下午5時止，以郵戳日期或送達本中心日期為憑，逾期恕不受理。"),
    ("p", "三、申請資格：（一）依法辦理公司或商業登記，且登記地址或主要營業場所位於花蓮縣轄內之中小企業；（二）最近一年無欠繳應納稅捐，且公司淨值為正值；（三）同一企業於同一梯次以申請一案為限；（四）非屬銀行拒絕往來戶，且未因違反補助契約經政府機關停止補助處分尚在停權期間。"),
    ("p", "四、補助類別、補助上限及執行期程如下表，補助款以不超過計畫總經費扣除企業自籌款後之金額核定："),
    ("table", None),
    ("note", "註：數位轉型類計畫須搭配本中心媒合之輔導顧問執行，顧問費用另由本中心支應，不計入計畫總經費。"),
    ("p", "五、審查方式：由花蓮縣地方產業創新服務中心牽頭組成審查會，邀請產業界、學術界及縣府相關單位代表，採書面審查及簡報審查二階段辦理，審查結果預計於115年6月中旬公告。"),
    ("p", "六、經費撥付：補助款分二期撥付，第一期於簽訂補助契約後撥付核定補助款之40%，第二期於期末報告審查通過後撥付其餘60%。"),
    ("p", "七、本梯次補助總額度為新臺幣1,800萬元，預計補助25案，依審查結果擇優核定，並得視預算執行情形調整。獲核定補助之企業應於接獲核定通知後依限簽訂補助契約，逾期未簽約者視同放棄。"),
    ("p", "八、申請方式：申請書、計畫書及相關證明文件一式8份，併同電子檔光碟1份，以掛號郵寄或親送至本中心（970花蓮縣花蓮市中正路二段186號3樓），信封請註明「申請115年度地方產業研發創新補助計畫」。"),
    ("p", "九、其他注意事項：（一）受補助企業應依核定計畫書執行，並接受本中心不定期查核；（二）計畫執行成果應於期末報告中具體呈現，並同意本中心於非營利目的範圍內公開成果摘要；（三）受補助企業如有違反補助契約情事，本中心得撤銷補助並追回已撥付之款項。"),
    ("p", "十、個人資料保護：本中心因辦理本計畫所蒐集之個人資料，僅於審查、核定、撥款及成果追蹤等目的範圍內處理及利用，並依個人資料保護法相關規定妥善保管。"),
    ("p", "十一、相關表件請至本中心網站「下載專區」下載，申請說明會及其他事項請參閱下方常見問答。"),
    ("h2", "常見問答"),
    ("faq", None),
    ("contact", "聯絡窗口：花蓮縣地方產業創新服務中心　林怡君小姐，電話：(03)823-6517分機21"),
]
C_FAQ = [
    ("問：公司登記在臺北市，但工廠設在花蓮，可以申請嗎？",
     "答：可以。惟申請企業須於花蓮縣轄內設有工廠登記或實際營業據點，且計畫主要執行地點須位於本縣。"),
    ("問：已獲其他政府機關補助的計畫可以重複申請嗎？",
     "答：不可以。同一計畫內容已獲中央或地方政府其他補助者，不得重複申請；經查獲者，除追回已撥付之補助款外，3年內不得再申請本計畫。"),
    ("問：補助款可以支用哪些項目？",
     "答：補助款得用於人事費、材料費、設備使用費、委託研究費及國內差旅費，其中委託研究費不得超過補助款之30%；不得用於購置土地、廠房及一般辦公設備。"),
    ("問：執行期間可以變更計畫內容嗎？",
     "答：如需變更計畫內容、期程或經費項目，應於變更事項發生前1個月提出申請，經本中心同意後始得辦理，每案以變更1次為限。"),
    ("問：審查會的評分項目及比重為何？",
     "答：評分項目包括技術創新性佔35%、在地產業效益佔25%、計畫可行性佔25%、團隊執行能力佔15%，總分70分以上者列入補助建議名單。"),
    ("問：申請說明會在什麼時候舉行？",
     "答：本中心訂於115年3月20日下午2時於本中心2樓多功能會議室舉辦申請說明會，採網路報名，名額以80人為限，額滿為止。"),
    ("問：計畫結束後企業還有哪些義務？",
     "答：受補助企業應於計畫結束後2年內，每年配合填報成果追蹤調查表，並配合本中心辦理成果發表及訪視。"),
    ("問：同一家企業可以同時申請不同類別嗎？",
     "答：不可以。同一企業於同一梯次以申請一案為限，請依企業需求擇一類別提出申請；未獲補助者得於下一梯次重新申請。"),
    ("問：計畫總經費可以包含企業原有的人員薪資嗎？",
     "答：可以。計畫人員實際投入本計畫之薪資得列入人事費，惟應依投入工時比例計算，並檢附薪資清冊及投保證明；非直接參與計畫之行政人員薪資不得列入。"),
    ("問：審查未通過可以申覆嗎？",
     "答：申請企業對審查結果有異議者，得於收到審查結果通知之次日起10日內，以書面敘明理由向本中心提出申覆，每案以申覆一次為限。"),
    ("問：設備可以用購買的方式列入計畫經費嗎？",
     "答：本計畫以補助研發活動為主，設備以使用費方式編列為原則，依設備購置成本及耐用年限按計畫執行期間比例攤提計算，不得以購置總價全額列入。"),
    ("問：可以與學校或研究機構合作執行嗎？",
     "答：可以，並鼓勵企業與大專校院或研究機構合作。合作對象得以委託研究方式參與，惟計畫主導權仍應由申請企業負責，合作契約須於簽約時一併檢附。"),
    ("問：計畫可以在鳳林、玉里等縱谷鄉鎮執行嗎？",
     "答：可以。本計畫受理範圍涵蓋本縣13個鄉鎮市，計畫執行地點位於玉里鎮、富里鄉、卓溪鄉等南區鄉鎮或秀林鄉、萬榮鄉等原住民族地區者，審查時酌予加分。"),
    ("問：申請文件不齊全怎麼辦？",
     "答：本中心於收件後進行資格檢核，文件不齊者將通知於7日內補正，屆期未補正者不予受理。"),
]
C_TOOLS = ["回上頁", "列印", "分享"]
C_SIDE_HEAD = "相關連結"
C_SIDE = ["花蓮縣政府全球資訊網", "國家發展委員會地方創生專區", "政府資料開放平臺", "本中心粉絲專頁"]
C_FOOTER = [
    "花蓮縣地方產業創新服務中心　地址：970花蓮縣花蓮市中正路二段186號3樓",
    "電話：(03)823-6517　傳真：(03)823-6590　服務時間：週一至週五上午8時至下午5時",
    "瀏覽人次：128,406　最後更新：115年3月2日",
    "© 花蓮縣地方產業創新服務中心 版權所有",
]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def c_html():
    """Return (html text, expected plain lines, main-content lines)."""
    h, lines = [], []
    h.append('<!DOCTYPE html>\n<html lang="zh-TW">\n<head>\n<meta charset="utf-8">\n'
             '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
             f"<title>{esc(C_TITLE)}-{esc(C_SITE)}</title>\n"
             '<link rel="stylesheet" href="/css/main.css">\n'
             "<style>\nbody{margin:0;font-family:'Microsoft JhengHei','PingFang TC',sans-serif;}\n"
             ".menu li,.toplinks li{display:inline-block;margin:0 10px;}\n.wrap{display:flex;}\n"
             "table.subsidy{border-collapse:collapse;}\ntable.subsidy th,table.subsidy td{border:1px solid #999;padding:4px 8px;}\n"
             "dl.faq dt{font-weight:bold;margin-top:10px;}\nfooter{background:#2f4f4f;color:#fff;}\n</style>\n"
             '<script src="/js/jquery.min.js"></script>\n</head>\n<body>\n')
    h.append('<header class="site-header">\n<a href="#C" class="skip" title="跳到主要內容區塊">跳到主要內容區塊</a>\n')
    lines.append("跳到主要內容區塊")
    h.append(f'<div class="logo"><a href="/"><img src="/images/logo.png" alt="{esc(C_SITE)}">{esc(C_SITE)}</a></div>\n')
    lines.append(C_SITE)
    h.append('<ul class="toplinks">\n' + "".join(f'<li><a href="/{i}">{esc(x)}</a></li>\n' for i, x in enumerate(C_TOPLINKS)) + "</ul>\n")
    lines += C_TOPLINKS
    h.append('<nav>\n<ul class="menu">\n' + "".join(f'<li><a href="/m{i}">{esc(x)}</a></li>\n' for i, x in enumerate(C_NAV)) + "</ul>\n</nav>\n</header>\n")
    lines += C_NAV
    h.append('<div class="breadcrumb"><a href="/">首頁</a> &gt; <a href="/news">最新消息</a> &gt; '
             f"<span>{esc(C_TITLE)}</span></div>\n")
    lines.append(" > ".join(C_CRUMB))
    h.append('<div class="wrap">\n<main id="C">\n<a href="#C" title="中央內容區塊" accesskey="C">:::</a>\n')
    lines.append(":::")
    main = []
    h.append(f"<h1>{esc(C_TITLE)}</h1>\n<div class=\"meta\">{esc(C_META)}</div>\n<article>\n")
    main += [C_TITLE, C_META]
    for kind, text in C_MAIN:
        if kind in ("p", "contact"):
            cls = ' class="contact"' if kind == "contact" else ""
            h.append(f"<p{cls}>{esc(text)}</p>\n")
            main.append(text)
        elif kind == "note":
            h.append(f'<p class="note">{esc(text)}</p>\n')
            main.append(text)
        elif kind == "h2":
            h.append(f"<h2>{esc(text)}</h2>\n")
            main.append(text)
        elif kind == "table":
            h.append(f'<table class="subsidy" summary="補助類別及額度">\n<caption>{esc(C_CAPTION)}</caption>\n<thead>\n<tr>'
                     + "".join(f'<th scope="col">{esc(c)}</th>' for c in C_COLS) + "</tr>\n</thead>\n<tbody>\n")
            main.append(C_CAPTION)
            main.append(" | ".join(C_COLS))
            for cat, rows in C_TABLE:
                for i, r in enumerate(rows):
                    cat_td = f'<td rowspan="{len(rows)}">{esc(cat)}</td>' if i == 0 else ""
                    h.append("<tr>" + cat_td + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>\n")
                    main.append(" | ".join([cat] + r))
            h.append("</tbody>\n</table>\n")
        elif kind == "faq":
            h.append('<dl class="faq">\n')
            for q, a in C_FAQ:
                h.append(f"<dt>{esc(q)}</dt>\n<dd>{esc(a)}</dd>\n")
                main += [q, a]
            h.append("</dl>\n")
    h.append("</article>\n")
    lines += main
    h.append('<div class="tools"><button type="button" onclick="history.back()">回上頁</button> '
             '<button type="button" onclick="window.print()">列印</button> '
             '<a href="#share" class="share">分享</a></div>\n</main>\n')
    lines.append(" ".join(C_TOOLS))
    h.append(f'<aside class="sidebar">\n<h3>{esc(C_SIDE_HEAD)}</h3>\n<ul>\n'
             + "".join(f'<li><a href="/link{i}" target="_blank" title="另開新視窗">{esc(x)}</a></li>\n' for i, x in enumerate(C_SIDE))
             + "</ul>\n</aside>\n</div>\n")
    lines += [C_SIDE_HEAD] + C_SIDE
    h.append("<footer>\n" + "".join(f"<p>{esc(x)}</p>\n" for x in C_FOOTER) + "</footer>\n</body>\n</html>\n")
    lines += C_FOOTER
    return "".join(h), lines, main


H_BLOCK = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "div", "ul", "ol", "table", "tbody", "thead", "nav",
           "header", "footer", "main", "aside", "article", "section", "dl", "dt", "dd", "caption"}
H_LEAF = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "div", "dt", "dd", "caption"}


def html_lines(raw_bytes):
    """(unseen36's reader, extended) What a reader sees: each innermost block (p, h*, li, div, tr, dt, dd, caption)
    is one line; a table row's cells (th/td) are joined by ' | ', a cell covered by a rowspan from a row above taking
    that cell's text (the category filled in); <br> is a space; whitespace runs collapse; lines stripped; <head>,
    script, style skipped. Loose links directly in <header> or <main> (skip links) are lines too.
    Returns (lines, tables, root)."""
    import lxml.html
    root = lxml.html.document_fromstring(raw_bytes)
    for br in root.iter("br"):
        br.tail = " " + (br.tail or "")
    body = root.find("body")
    lines, tables = [], []
    spans = {}  # table element -> {grid col: [text, rows left]}

    def norm(s):
        return re.sub(r"[ \t\r\n]+", " ", s).strip()

    for el in body.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "a" and el.getparent().tag in ("header", "main"):
            t = norm("".join(el.itertext()))
            if t:
                lines.append(t)
            continue
        if el.tag not in H_LEAF:
            continue
        if any(isinstance(d.tag, str) and d.tag in H_BLOCK for d in el.iterdescendants()):
            continue
        if el.tag == "tr":
            tbl = el.getparent()
            while tbl.tag != "table":
                tbl = tbl.getparent()
            pend = spans.setdefault(tbl, {})
            tds = [c for c in el if isinstance(c.tag, str) and c.tag in ("td", "th")]
            cells, col = [], 0
            while tds or any(k >= col for k in pend):
                if col in pend:
                    cells.append(pend[col][0])
                    pend[col][1] -= 1
                    if pend[col][1] == 0:
                        del pend[col]
                    col += 1
                    continue
                if not tds:
                    break
                td = tds.pop(0)
                t = norm("".join(td.itertext()))
                rs = int(td.get("rowspan", "1"))
                cs = int(td.get("colspan", "1"))
                if rs > 1:
                    for k in range(col, col + cs):
                        spans[tbl][k] = [t, rs - 1]
                cells.append(t)
                col += cs
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
# in Simplified (q) about the Traditional page. Unanswerable: keys = regexes absent from the doc (plain, raw,
# converted; each key also tried in s2tw / s2twp / s2hk / t2s form); gkeys = the same over all docs (and named in the
# question); near = terms present in the doc. table: col = the header of the answer's column; part = the answer is a
# span of a longer cell. who_leads: verb after the answer within one clause. typo: wrong/right forms (one character
# apart).
# ---------------------------------------------------------------------------------------------------------------
Q = [
    # ---- A 蚌埠 管理办法 (.docx; merged-cell table; 21)
    dict(id="u37-A01", doc="A", kind="table", q="在蚌埠，中试熟化项目单个最多能资助多少钱？", a="150万元", hint="| 中试熟化项目 |", col="单项资助上限"),
    dict(id="u37-A02", doc="A", kind="table", q="蚌埠的产学研联合攻关项目，按项目总投入算最多资助几成？", a="25%", hint="| 产学研联合攻关项目 |", col="资助比例", part=True),
    dict(id="u37-A03", doc="A", kind="table", q="蚌埠首台（套）装备研发应用属于哪一大类科技计划项目？", a="成果转化与产业化", hint="| 首台（套）装备研发应用 |", col="支持类别"),
    dict(id="u37-A04", doc="A", kind="table", q="蚌埠新认定的市级重点实验室，一次性奖补最高是多少？", a="50万元", hint="| 重点实验室、工程技术研究中心 |", col="单项资助上限"),
    dict(id="u37-A05", doc="A", kind="table", q="蚌埠揭榜挂帅项目每项最高能拿到多少专项资金？", a="500万元", hint="| 揭榜挂帅项目 |", col="单项资助上限"),
    dict(id="u37-A06", doc="A", kind="who_leads", q="蚌埠科技计划项目的组织实施由哪个部门牵头负责？", a="市科技局", hint="牵头负责科技计划项目的组织实施", verb="牵头"),
    dict(id="u37-A07", doc="A", kind="paraphrase", q="在蚌埠，公司想报市里的科研课题，去年搞研发至少要花掉多少钱？", a="30万元", hint="申报单位应当具备以下条件"),
    dict(id="u37-A08", doc="A", kind="paraphrase", q="蚌埠的课题到期做不完想往后推，最长能推多久？", a="12个月", hint="项目需要延期的"),
    dict(id="u37-A09", doc="A", kind="paraphrase", q="蚌埠拟支持的课题名单对外挂出来，起码要挂几天？", a="7个工作日", hint="公示期不少于"),
    dict(id="u37-A10", doc="A", kind="typo", q="蚌部市科技计划项目实施期满后，多长时间内要提出验收申请？", a="6个月", hint="实施期满后，承担单位应在", wrong="蚌部", right="蚌埠"),
    dict(id="u37-A11", doc="A", kind="typo", q="蚌埠科技计划项目立向后，承担单位要在多少天内签任务书？", a="30日", hint="立项通知下达之日起", wrong="立向", right="立项"),
    dict(id="u37-A12", doc="A", kind="traditional", qs="蚌埠前资助项目通过中期评估以后，剩下的资金按多少比例再拨付？", a="40%", hint="前资助项目资金分两次拨付"),
    dict(id="u37-A13", doc="A", kind="english", q="From what date do Bengbu's measures for managing science and technology plan projects and special funds take effect?", a="2026年5月1日", hint="本办法自"),
    dict(id="u37-A14", doc="A", kind="english", q="In Bengbu, indirect costs may not exceed what percentage of direct costs minus equipment purchase costs?", a="30%", hint="间接费用实行总额控制"),
    dict(id="u37-A15", doc="A", kind="english", q="Under Bengbu's measures, what is the cap on the special funding a single enterprise can receive in total in one year?", a="1000万元", hint="单个企业年度累计"),
    dict(id="u37-A16", doc="A", kind="english", q="In Bengbu, for how many years is a unit whose performance evaluation result is poor denied new projects?", a="3年", hint="绩效评价结果为差"),
    dict(id="u37-A17", doc="A", kind="english_unanswerable", q="How much special funding did Bengbu allocate to science and technology plan projects in 2025?", keys=["2025"], near=["2026年"]),
    dict(id="u37-A18", doc="A", kind="unanswerable", q="淮南市科技计划项目单个企业年度累计资助上限是多少？", gkeys=["淮南", "Huainan"], near=["1000万元"]),
    dict(id="u37-A19", doc="A", kind="unanswerable", q="蚌埠市发展和改革委员会在科技计划项目管理中承担什么职责？", keys=["发展和改革", "发改"], near=["市财政局"]),
    dict(id="u37-A20", doc="A", kind="unanswerable", q="蚌埠对验收评为优秀的科技计划项目额外奖励多少钱？", keys=["优秀", "奖励"], near=["验收结论"]),
    dict(id="u37-A21", doc="A", kind="unanswerable", q="蚌埠市级科技创新专项资金每年的预算总额是多少？", keys=["亿元", "预算总额", "总规模"], near=["年度专项资金预算"]),
    # ---- B 济宁 申报通知 (UTF-16 LE .txt, TAB table; 13)
    dict(id="u37-B01", doc="B", kind="table", q="济宁这次的成果转化类项目，每个能拿到多少钱？", a="20万元", hint="成果转化类 |", col="单项资助额度"),
    dict(id="u37-B02", doc="B", kind="who_leads", q="济宁科技型中小企业创新能力提升项目的专家评审由哪个部门牵头组织？", a="市科技局", hint="牵头组织专家评审", verb="牵头"),
    dict(id="u37-B03", doc="B", kind="english", q="When does online application close for Jining's 2026 innovation capability improvement projects for tech-based SMEs?", a="6月5日17:00", hint="网上申报时间为"),
    dict(id="u37-B04", doc="B", kind="english", q="By what date must county-level science and technology departments in Jining complete their online recommendations?", a="2026年6月12日", hint="完成网上推荐"),
    dict(id="u37-B05", doc="B", kind="english", q="What minimum share of total staff must R&D personnel make up at an enterprise applying in Jining?", a="10%", hint="研发人员占职工总数"),
    dict(id="u37-B06", doc="B", kind="english_unanswerable", q="When will Jining accept applications for the 2027 innovation capability improvement projects for tech-based SMEs?", keys=["2027"], near=["2026年度"]),
    dict(id="u37-B07", doc="B", kind="paraphrase", q="济宁一家公司这回最多能报几个课题？", a="1项", hint="每家企业限报"),
    dict(id="u37-B08", doc="B", kind="paraphrase", q="在济宁，企业报材料时作假被发现，要被禁止多长时间不能再报市里的课题？", a="3年", hint="严禁弄虚作假"),
    dict(id="u37-B09", doc="B", kind="typo", q="济凝市这次评审结果在网上公示几个工作日？", a="5个工作日", hint="在市科技局网站公示", wrong="济凝", right="济宁"),
    dict(id="u37-B10", doc="B", kind="traditional", qs="济宁申报企业上年度研发费用总额至少要达到多少？", a="100万元", hint="研发费用总额不低于"),
    dict(id="u37-B11", doc="B", kind="unanswerable", q="枣庄市2026年度科技型中小企业创新能力提升项目什么时候开始申报？", gkeys=["枣庄", "Zaozhuang"], near=["2026年度"]),
    dict(id="u37-B12", doc="B", kind="unanswerable", q="济宁这类项目第二批什么时候开始申报？", keys=["第二批", "二批", "第一批"], near=["2026年度"]),
    dict(id="u37-B13", doc="B", kind="unanswerable", q="济宁对获批项目的企业给予多少贷款贴息？", keys=["贴息", "贷款"], near=["无偿资助"]),
    # ---- C 花蓮 補助計畫公告 (HTML, zh-TW; rowspan table, dl FAQ; 16)
    dict(id="u37-C01", doc="C", kind="table", q="花蓮的原住民族文化創意產品計畫，最多可以拿到多少補助款？", a="新臺幣60萬元", hint="| 原住民族文化創意產品 |", col="補助上限"),
    dict(id="u37-C02", doc="C", kind="table", q="花蓮這次補助裡，服務模式創新計畫歸在哪一類？", a="研發創新類", hint="| 服務模式創新 |", col="補助類別"),
    dict(id="u37-C03", doc="C", kind="english", q="Until what date does Hualien accept applications for the first batch of its local industry R&D innovation subsidy programme?", a="115年4月30日", hint="二、受理期間"),
    dict(id="u37-C04", doc="C", kind="english", q="In Hualien, what percentage of the approved subsidy is paid in the first instalment after the subsidy contract is signed?", a="40%", hint="六、經費撥付"),
    dict(id="u37-C05", doc="C", kind="english", q="How many copies of the application documents must an applicant to the Hualien programme submit?", a="8份", hint="八、申請方式"),
    dict(id="u37-C06", doc="C", kind="english_unanswerable", q="What is the total budget of the second batch of Hualien's local industry R&D innovation subsidy programme?", keys=["第二梯次", "二梯次", "[Ss]econd batch"], near=["第一梯次"]),
    dict(id="u37-C07", doc="C", kind="paraphrase", q="在花蓮，補助的錢拿去委外做研究，最多能用到幾成？", a="30%", hint="委託研究費不得超過"),
    dict(id="u37-C08", doc="C", kind="paraphrase", q="花蓮這項計畫執行到一半想改內容，要提早多久送件？", a="1個月", hint="變更事項發生前"),
    dict(id="u37-C09", doc="C", kind="paraphrase", q="花蓮那場向廠商介紹補助的座談，報名上限是幾位？", a="80人", hint="採網路報名"),
    dict(id="u37-C10", doc="C", kind="typo", q="花連縣115年度研發創新補助的審查結果預計什麼時候公告？", a="115年6月中旬", hint="五、審查方式", wrong="花連", right="花蓮"),
    dict(id="u37-C11", doc="C", kind="typo", q="花蓮受補助企業在計畫結束後幾年內要填報成果追縱調查表？", a="2年", hint="成果追蹤調查表", wrong="追縱", right="追蹤"),
    dict(id="u37-C12", doc="C", kind="who_leads", q="花蓮這項補助計畫的審查會由哪個單位牽頭組成？", a="花蓮縣地方產業創新服務中心", hint="牽頭組成審查會", verb="牽頭"),
    dict(id="u37-C13", doc="C", kind="traditional", q="花莲县这项补助计划第二期拨付核定补助款的多少比例？", a="60%", hint="六、經費撥付"),
    dict(id="u37-C14", doc="C", kind="unanswerable", q="臺東縣115年度地方產業研發創新補助計畫的受理期間是什麼時候？", gkeys=["臺東", "台東", "台东", "Taitung"], near=["受理期間"]),
    dict(id="u37-C15", doc="C", kind="unanswerable", q="花蓮縣114年度地方產業研發創新補助計畫共核定了幾家企業？", keys=["114年", "民國114"], near=["115年度"]),
    dict(id="u37-C16", doc="C", kind="unanswerable", q="經濟部中小及新創企業署在花蓮這項補助計畫中負責什麼？", keys=["中小及新創企業署", "經濟部"], near=["審查會"]),
]

KIND_COUNTS = {"english": 10, "english_unanswerable": 3, "paraphrase": 8, "typo": 5, "table": 8, "who_leads": 3,
               "traditional": 3, "unanswerable": 10}
DOC_COUNTS = {"A": 21, "B": 13, "C": 16}
KIND_DOC_COUNTS = {  # kind: (A, B, C)
    "english": (4, 3, 3), "english_unanswerable": (1, 1, 1), "paraphrase": (3, 2, 3), "typo": (2, 1, 2),
    "table": (5, 1, 2), "who_leads": (1, 1, 1), "traditional": (1, 1, 1), "unanswerable": (4, 3, 3)}
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
HAN = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_PLACE = {"A": "Bengbu", "B": "Jining", "C": "Hualien"}
PLACE_KEYS = ["淮南", "Huainan", "宿州", "枣庄", "棗莊", "Zaozhuang", "泰安", "菏泽", "臺東", "台東", "台东", "Taitung",
              "宜蘭"]  # neighbours: in no document
PARAPHRASE_MAX_RUN = 4
OTHER_MAX_RUN = 16
UNANSWERABLE = ("unanswerable", "english_unanswerable")
SCRIPT = {"A": "s", "B": "s", "C": "t"}  # the document's script: Simplified / Traditional (Taiwan)


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
    a_bytes = build_docx_a()
    (CORPUS / FILE_A).write_bytes(a_bytes)
    b_src = b_text()
    (CORPUS / FILE_B).write_bytes(b"\xff\xfe" + b_src.encode("utf-16-le"))
    c_src, c_expected, c_main = c_html()
    (CORPUS / FILE_C).write_bytes(c_src.encode("utf-8"))

    # ---- plain texts, read back from the files
    a_plain, a_tables, a_info = docx_read(CORPUS / FILE_A)
    b_bytes = (CORPUS / FILE_B).read_bytes()
    try:
        b_raw = b_bytes.decode("utf-16")  # the BOM picks the byte order and is dropped
    except UnicodeDecodeError:
        b_raw = b_bytes.decode("utf-16", errors="replace")
        check(False, "B: the bytes are not valid UTF-16")
    b_plain = txt_lines(b_raw)
    c_bytes = (CORPUS / FILE_C).read_bytes()
    c_plain, c_tables, c_root = html_lines(c_bytes)
    plains = {"A": a_plain, "B": b_plain, "C": c_plain}
    for d, lines in plains.items():
        (PLAIN / (Path(FILES[d]).stem + ".txt")).write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    ptext = {d: "\n".join(v) for d, v in plains.items()}
    for d in "ABC":
        check(all(ln == ln.strip() and ln for ln in plains[d]), f"{d}: empty or padded plain line")
        check(not any("\t" in ln for ln in plains[d]), f"{d}: a TAB left in a plain line")
    c_main_text = "\n".join(c_main)
    check(4000 <= len(ptext["A"]) <= 6000, f"A: {len(ptext['A'])} characters, want 4,000-6,000")
    check(2000 <= len(ptext["B"]) <= 3000, f"B: {len(ptext['B'])} characters, want 2,000-3,000")
    check(2500 <= len(c_main_text) <= 4000, f"C: {len(c_main_text)} characters of content, want 2,500-4,000")
    num = lambda s: float(re.search(r"[\d.]+", s.replace(",", "")).group())  # noqa: E731

    # ---- A: .docx
    check(a_bytes.startswith(b"PK\x03\x04"), "A: a zip container")
    check(a_plain == a_expected_lines(), "A: the lxml reading equals the designed lines")
    check(all(i.date_time == ZIP_DATE for i in a_info["infos"]), "A: zip members carry the fixed date")
    check({"word/document.xml", "word/styles.xml", "[Content_Types].xml", "docProps/core.xml"} <= set(a_info["names"]),
          "A: the parts of a Word document")
    check(a_info["head"] == [A_HEADER] and a_info["foot"] == [A_FOOTER], "A: header and footer parts hold the furniture")
    check(not any(A_FOOTER[:8] in ln or "0552" in ln for ln in a_plain[1:-1]), "A: the footer passage is not in the body")
    # python-docx, an independent reading: paragraphs, table cells (its grid repeats spanned / merged cells)
    import docx as pydocx
    dd = pydocx.Document(str(CORPUS / FILE_A))
    check([p.text for p in dd.paragraphs if p.text.strip()] == [ln for ln in a_plain[1:-1] if " | " not in ln],
          "A: python-docx paragraphs equal the plain body lines")
    check(len(dd.tables) == 1, "A: one table")
    if dd.tables:
        pd_rows = []
        for row in dd.tables[0].rows:
            cells, last = [], None
            for c in row.cells:
                if c._tc is not last:
                    cells.append(c.text)
                last = c._tc
            pd_rows.append(cells)
        check(pd_rows == a_tables[0] if a_tables else False, "A: python-docx's table (merged cells filled) equals the reading")
        check(dd.sections[0].footer.paragraphs[0].text == A_FOOTER and dd.sections[0].header.paragraphs[0].text == A_HEADER,
              "A: python-docx sees the header / footer")
        check(dd.core_properties.author == "蚌埠市科学技术局", "A: core properties")
    # the merged-cell table in the XML
    tcs = a_info["tcs"][0] if a_info["tcs"] else []
    check(len(tcs) == 2 + len(A_ROWS), "A: table rows")
    if tcs:
        h0, h1 = tcs[0], tcs[1]
        spans = [c for c in h0 if c["span"] > 1]
        check(len(spans) == 1 and spans[0]["span"] == 2 and spans[0]["text"] == A_SPAN_HEAD and spans[0]["col"] == A_SUB[0],
              "A: one header cell spans two columns (gridSpan=2)")
        check([c["text"] for c in h1 if c["col"] in A_SUB and c["vmerge"] is None] == [A_COLS[k] for k in A_SUB],
              "A: the two sub-headers under the gridSpan cell")
        check([(c["col"], c["vmerge"]) for c in h0 if c["span"] == 1] == [(0, "restart"), (1, "restart"), (4, "restart")]
              and [(c["col"], c["vmerge"], c["text"]) for c in h1 if c["col"] not in A_SUB]
              == [(0, "continue", ""), (1, "continue", ""), (4, "continue", "")], "A: header cells merged over the two header rows")
        groups, cur = [], None
        for row in tcs[2:]:
            c0 = [c for c in row if c["col"] == 0][0]
            check(all(c["span"] == 1 for c in row) and len(row) == 5, "A: data rows have five plain cells")
            check(all(c["vmerge"] is None for c in row if c["col"] != 0), "A: only the category column is vertically merged")
            if c0["vmerge"] == "restart":
                cur = [c0["text"], 1]
                groups.append(cur)
            elif c0["vmerge"] == "continue" and cur:
                check(c0["text"] == "", "A: a continuation cell is empty in the XML")
                cur[1] += 1
            else:
                check(False, "A: every category cell is part of a vertical merge")
        check(groups == [[cat, len(rows)] for cat, rows in A_TABLE], f"A: merged category groups {groups}")
        check(all(2 <= n <= 4 for _, n in groups), "A: each category merged over 2-4 rows")
        check(a_tables[0][2:] == A_ROWS, "A: the filled-in data rows equal the data")
        check(a_tables[0][1] == A_COLS, "A: the filled-in header")
    # articles and chapters
    arts, chaps = [], []
    for p in a_info["paras"]:
        t = w_text(p)
        m = re.match(r"第([一二三四五六七八九十]+)(条|章)", t)
        if not m:
            continue
        (arts if m.group(2) == "条" else chaps).append(cn_num(m.group(1)))
        runs = p.findall(W + "r")
        first = w_text(runs[0]) if runs else ""
        bold = is_bold(runs[0]) if runs else False
        if m.group(2) == "条":
            ps = p.find(W + "pPr/" + W + "pStyle")
            check(ps is None or ps.get(W + "val") == "Normal", f"A: {m.group(0)} in a Normal paragraph")
            check(first == m.group(0) and bold, f"A: {m.group(0)} a bold first run")
            check(len(runs) > 1 and not is_bold(runs[1]) and w_text(runs[1]).startswith("　"),
                  f"A: {m.group(0)} text run not bold")
        else:
            jc = p.find(W + "pPr/" + W + "jc")
            check(jc is not None and jc.get(W + "val") == "center" and bold, f"A: {m.group(0)} centred bold heading")
    check(arts == list(range(1, len(arts) + 1)) and 30 <= len(arts) <= 45, f"A: 第一条…第{len(arts)}条 in order")
    check(chaps == list(range(1, len(chaps) + 1)) and 6 <= len(chaps) <= 9, f"A: 第一章…第{len(chaps)}章 in order")
    a_prose = "\n".join(ln for ln in a_plain if " | " not in ln)
    for cv in [re.search(r"[\d.]+(%|万元)", c).group() for r in A_ROWS for c in r[2:4] if re.search(r"\d", c)]:
        check(num_count(cv, a_prose) == 0, f"A: table cell {cv} also in the prose")
    look = {k: [ln[:4] for ln in a_plain if num_count(k, ln)] for k in ("30%", "30万元", "30日")}
    check(all(len(v) == 1 for v in look.values()) and len({v[0] for v in look.values()}) == 3,
          f"A: look-alikes 30% / 30万元 / 30日 in three different articles {look}")
    check(len([ln for ln in a_plain if "牵头" in ln]) == 1, "A: one 牵头 line")
    check(T2S.convert(ptext["A"]) == ptext["A"], "A: Simplified throughout")
    a_xml = zipfile.ZipFile(CORPUS / FILE_A).read("word/document.xml").decode("utf-8")

    # ---- B: UTF-16 LE .txt with BOM, CRLF, TAB table
    import charset_normalizer
    check(b_bytes[:2] == b"\xff\xfe", "B: UTF-16 LE byte order mark")
    try:
        b_bytes.decode("utf-8")
        check(False, "B: the bytes decode as UTF-8")
    except UnicodeDecodeError:
        pass
    check(b_bytes[2:].decode("utf-16-le", errors="replace") == b_src and b_raw == b_src,
          "B: decodes as UTF-16 LE to the designed text")
    check(b_src.encode("utf-16-le").decode("utf-16-le") == b_src and len(b_bytes) % 2 == 0, "B: valid UTF-16")
    best = charset_normalizer.from_bytes(b_bytes).best()
    check(best is not None and best.encoding in ("utf_16", "utf_16_le") and str(best) == b_src,
          f"B: charset-normalizer detects UTF-16 ({best.encoding if best else None})")
    check(b_raw.count("\r\n") == b_raw.count("\n") == b_raw.count("\r") and b_raw.endswith("\r\n"), "B: CRLF line ends only")
    tab_lines = [ln for ln in b_raw.split("\r\n") if "\t" in ln]
    check([re.split(r"\t+", ln) for ln in tab_lines] == B_TABLE, "B: the TAB-separated lines split into the table")
    starts = {tuple(expand_tabs(ln)) for ln in tab_lines}
    check(len(starts) == 1 and len(next(iter(starts))) == len(B_TABLE[0]), f"B: TAB columns aligned at tab stops {starts}")
    check(any("\t\t" in ln for ln in tab_lines), "B: some cells padded with more than one TAB")
    check([ln for ln in b_plain if " | " in ln] == [" | ".join(r) for r in B_TABLE], "B: table rows in the plain text")
    heads = [ln[0] for ln in b_plain if re.match(r"[一二三四五六七八九]、", ln)]
    check(heads == list("一二三四五六七"), f"B: 一、…七、 in order {heads}")
    check(sum(bool(re.match(r"（[一二三四五]）", ln)) for ln in b_plain) >= 8
          and sum(bool(re.match(r"\d\. ", ln)) for ln in b_plain) >= 6, "B: （一） and 1. numbering")
    tail = b_plain[b_plain.index("七、联系方式"):] if "七、联系方式" in b_plain else [""]
    check(any(ln.startswith("联系电话：0537-") for ln in tail) and any(ln.startswith("通讯地址：") for ln in tail)
          and tail[-1] == "2026年4月27日", "B: contact block and date at the end")
    b_prose = "\n".join(ln for ln in b_plain if " | " not in ln)
    for cv in [c for r in B_TABLE[1:] for c in r[1:]]:
        check(num_count(re.sub(r"^约", "", cv), b_prose) == 0, f"B: table cell {cv} also in the prose")
    check(T2S.convert(ptext["B"]) == ptext["B"], "B: Simplified throughout")

    # ---- C: Taiwan page
    check(not c_bytes.startswith(b"\xef\xbb\xbf") and '<meta charset="utf-8">' in c_src[:200] and 'lang="zh-TW"' in c_src[:100],
          "C: UTF-8 without BOM, meta charset, lang zh-TW")
    check(c_plain == c_expected, "C: lxml reading equals the designed lines")
    check(len(c_tables) == 1 and c_tables[0] == [C_COLS] + C_ROWS, "C: one <table>, read with rowspans filled, equals the data")
    rs = c_root.xpath("//table//td[@rowspan]")
    check([(td.text, int(td.get("rowspan"))) for td in rs] == [(cat, len(rows)) for cat, rows in C_TABLE]
          and all(2 <= len(rows) <= 3 for _, rows in C_TABLE), "C: 補助類別 cells span 2-3 rows (rowspan)")
    check(all(len(tr.xpath("./td")) == (5 if tr.xpath("./td[@rowspan]") else 4) for tr in c_root.xpath("//tbody/tr")),
          "C: rows under a rowspan have one cell fewer")
    dl = c_root.xpath("//dl[@class='faq']")
    kids = [k.tag for k in dl[0]] if dl else []
    check(len(dl) == 1 and kids == ["dt", "dd"] * len(C_FAQ) and len(C_FAQ) >= 5, "C: FAQ as dl / dt / dd pairs")
    check(all(k.text.startswith("問：") for k in dl[0].iter("dt")) and all(k.text.startswith("答：") for k in dl[0].iter("dd")),
          "C: dt = 問：…, dd = 答：…")
    check(len(c_root.xpath("//nav//li")) == len(C_NAV) and len(c_root.xpath("//aside//li")) == len(C_SIDE)
          and "首頁 > 最新消息 > " + C_TITLE in c_plain and "回上頁 列印 分享" in c_plain
          and any(ln.startswith("瀏覽人次：") for ln in c_plain) and any("地址：" in ln for ln in c_plain[-4:]),
          "C: furniture (menu, breadcrumb, 相關連結, buttons, footer with address and 瀏覽人次)")
    check("民國115年" in c_main_text and re.search(r"(?<!\d)115年3月\d+日", c_main_text) and not re.search(r"20\d\d", c_src),
          "C: ROC dates only")
    for ln in c_plain:
        if HAN.search(ln):
            check(S2TW.convert(ln) == ln, f"C: line not Taiwan Traditional: {ln[:30]}")
    check(T2S.convert(c_main_text) != c_main_text, "C: Traditional Chinese")
    c_prose = "\n".join(ln for ln in c_plain if " | " not in ln)
    for cv in [re.search(r"[\d.]+(%|萬元|個月)", c).group() for r in C_ROWS for c in r[2:]]:
        check(num_count(cv, c_prose) == 0, f"C: table cell {cv} also in the prose")
    check(len([ln for ln in c_plain if "牽頭" in ln]) == 1, "C: one 牽頭 line")

    raw = {"A": a_xml, "B": b_raw, "C": c_src}
    every = {d: [ptext[d], raw[d], T2S.convert(ptext[d]), S2TW.convert(ptext[d]), S2HK.convert(ptext[d])] for d in "ABC"}

    def occurs(pattern, docs):
        return any(re.search(pattern, t) for d in docs for t in every[d])

    for key in PLACE_KEYS:
        check(not occurs(key, "ABC"), f"near-miss place {key} occurs in a document")

    # ---- questions
    tables_of = {"A": (A_COLS, A_ROWS), "B": (B_TABLE[0], B_TABLE[1:]), "C": (C_COLS, C_ROWS)}
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
            check(ans in raw[d], f"{q['id']}: answer not in the raw file")
            if re.search(r"\d", ans):
                for ln in plains[d]:
                    if ln != ev and num_count(ans, ln):
                        check(False, f"{q['id']}: answer {ans} also in: {ln[:40]}")
                check(num_count(ans, ev) == 1, f"{q['id']}: answer {ans} more than once in its evidence")
            else:
                check(ev.count(ans) == 1, f"{q['id']}: answer {ans} more than once in evidence")
            if "col" in q:
                cols, rows = tables_of[d]
                hit = [r for r in rows if " | ".join(r) == ev]
                check(len(hit) == 1, f"{q['id']}: evidence must be a data row of a table")
                if hit:
                    gridrow = hit[0]
                    ci = cols.index(q["col"])
                    cellv = gridrow[ci]
                    check(cellv == ans or (q.get("part") and ans in cellv), f"{q['id']}: answer must be the {q['col']} cell")
                    check(sum(ans in c for c in gridrow) == 1, f"{q['id']}: other cells differ")
                    check(q["col"] not in question, f"{q['id']}: question copies the column header")
                    q["_cont"] = (d == "A" and gridrow[1] in A_CONT) or (d == "C" and gridrow[1] in C_CONT)
                    q["_sub"] = d == "A" and ci in A_SUB
                    q["_cat"] = ci == 0
            if k == "who_leads":
                check(re.search(re.escape(ans) + r"[^；。]*?" + q["verb"], ev), f"{q['id']}: {ans} … {q['verb']}")
                check(q["verb"] in question, f"{q['id']}: question must ask who {q['verb']}")
        if k in ("english", "english_unanswerable"):
            check(not CJK.search(question), f"{q['id']}: CJK in English question")
            check(ENGLISH_PLACE[d] in question, f"{q['id']}: English question must name {ENGLISH_PLACE[d]}")
        else:
            check(bool(CJK.search(question)), f"{q['id']}: Chinese kinds must be asked in Chinese")
        if k == "traditional":
            if SCRIPT[d] == "s":
                check("qs" in q and T2S.convert(question) != question and S2TW.convert(question) == question,
                      f"{q['id']}: not Traditional (s2tw of a Simplified question)")
                trad_only = set(question) - set(T2S.convert(question))
                check(not any(ch in ptext[d] for ch in trad_only), f"{q['id']}: a Traditional-only character occurs in the doc")
            else:
                check(T2S.convert(question) == question and S2TW.convert(question) != question, f"{q['id']}: not Simplified")
                simp_only = set(question) - set(S2TW.convert(question))
                check(not any(ch in ptext[d] for ch in simp_only), f"{q['id']}: a Simplified-only character occurs in C")
        elif k not in ("english", "english_unanswerable"):
            if SCRIPT[d] == "t":
                check(S2TW.convert(question) == question and T2S.convert(question) != question,
                      f"{q['id']}: C questions other than traditional are Traditional (Taiwan)")
            else:
                check(T2S.convert(question) == question, f"{q['id']}: A/B questions other than traditional are Simplified")
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
    check(all(re.fullmatch(r"u37-[ABC]\d\d", o["id"]) for o in out), "id format")
    for d in "ABC":
        nums_d = [int(o["id"][5:]) for o in out if o["id"][4] == d]
        check(nums_d == list(range(1, len(nums_d) + 1)), f"{d}: ids numbered without gaps")
    # structural coverage of the table questions
    a_tab = [q for q in Q if q["doc"] == "A" and q["kind"] == "table"]
    check(len(a_tab) >= 4, "A: 4+ table questions on the merged-cell table")
    check(sum(bool(q.get("_cont")) for q in a_tab) >= 2, "A: 2+ table questions on rows whose category is merged from above")
    check(any(q.get("_sub") for q in a_tab), "A: a table question on a sub-header column under the gridSpan header")
    check(any(q.get("_cat") and q.get("_cont") for q in a_tab), "A: one answer is a merged category read for a lower row")
    c_tab = [q for q in Q if q["doc"] == "C" and q["kind"] == "table"]
    check(len(c_tab) == 2 and any(q.get("_cont") for q in c_tab), "C: 2 table questions, one on a row under a rowspan")
    check(1 <= sum(1 for q in Q if q["doc"] == "B" and q["kind"] == "table") <= 2, "B: 1-2 table questions")
    check(any(q["doc"] == "C" and q.get("a") and any(q["a"] in a for _, a in C_FAQ) for q in Q), "C: a question answered from a dd")

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
    print(f"C: {len(c_main_text)} characters of main content; B: {len(b_bytes)} bytes, charset-normalizer: "
          f"{best.encoding if best else None}")
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
