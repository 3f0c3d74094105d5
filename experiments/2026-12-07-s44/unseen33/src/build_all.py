#!/usr/bin/env python3
"""Build unseen33: four fictional policy documents --
  A1/A2  two editions of the same annual notice of the Zhenjiang science and technology bureau and finance bureau
         (镇江市科学技术局 / 镇江市财政局) -- 关于组织申报2025年度 / 2026年度市级科技计划项目的通知 -- as two Word .docx
         files (Simplified). Same structure; 一、 headings in Word's "Heading 1" style, （一） headings in "Heading 2";
         one table each (专项 | 支持方向 | 支持额度 | 拟支持项目数) whose rows differ between the years; many figures
         changed, some unchanged; one section (（四）概念验证中心建设) and one table row only in 2026, one table row
         (软科学研究) only in 2025;
  B      an old-style web page (.htm, Traditional, Taiwan usage) of Miaoli County (苗栗縣) -- 115年度地方特色產業研發
         補助計畫徵件公告 -- encoded in Big5 (cp950) with a http-equiv content-type meta, the whole page laid out in a
         <table> (menu in one <td>, content in another), inside the content cell a data table with a two-row <th>
         header whose 補助金額 cell spans 上限 / 比例 (colspan=2, the others rowspan=2); menu links, a 瀏覽人次 counter,
         a footer with the address;
  C      a Markdown (.md, UTF-8, Simplified) 政策解读 of a Gansu (甘肃省) measure -- 支持科技型中小企业加大研发投入若干
         措施 -- with #/## headings, a bulleted list, a GitHub pipe table, a blockquote with a 负责人 quote and a 问/答 part;
their plain texts (plain/), 50 questions (questions.jsonl), then the consistency checks (exit 1 on any failure).
Writes only inside unseen33/. Deterministic: a rebuild is byte for byte identical.

Approach and several helpers (question table with a hint picking exactly one evidence line, digit-bounded num_count,
keys / gkeys / near for unanswerables, lcs_run for paraphrases, OpenCC for cross-script questions, the HTML line
reader, the docx reading and the question-checking loop) follow unseen32's builder nearly verbatim. unseen32's PDF
font helper (cjk_ttf) is not used: this set has no PDF."""
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

FILE_A1 = "A1_zhenjiang_2025niandu_shiji_keji_jihua_xiangmu_shenbao_tongzhi.docx"
FILE_A2 = "A2_zhenjiang_2026niandu_shiji_keji_jihua_xiangmu_shenbao_tongzhi.docx"
FILE_B = "B_miaoli_115_difang_tese_chanye_yanfa_buzhu_zhengjian_gonggao_big5.htm"
FILE_C = "C_gansu_2026_kejixing_zhongxiao_qiye_yanfa_touru_ruogan_cuoshi_jiedu.md"
FILES = {"A1": FILE_A1, "A2": FILE_A2, "B": FILE_B, "C": FILE_C}
DOCS = ["A1", "A2", "B", "C"]
A_YEAR = {"A1": "2025", "A2": "2026"}
TRAD_DOCS = {"B"}

S2TW = opencc.OpenCC("s2tw")
S2TWP = opencc.OpenCC("s2twp")
T2S = opencc.OpenCC("t2s")

# ---------------------------------------------------------------------------------------------------------------
# A: 镇江 市级科技计划项目申报通知, two editions (Simplified). A_SPEC entries:
#    (kind, text)            the same line in both editions;
#    (kind, t2025, t2026)    the line in each edition (None = the edition has no such line).
#    Kinds: title, docno, sal, p, h1 (Heading 1), h2 (Heading 2), cap, table, note, sign, date.
#    The two editions' lines at the same A_SPEC index are "evidence-equivalent"; table rows are equivalent when
#    their 支持方向 is the same.
# A_ROWS: (专项, 支持方向, (支持额度, 拟支持项目数) in 2025 or None, the same in 2026 or None).
# ---------------------------------------------------------------------------------------------------------------
A_HEAD = ["专项", "支持方向", "支持额度", "拟支持项目数"]
A_ROWS = [
    ("重点研发计划", "产业前瞻与关键核心技术", ("最高200万元", "16项"), ("最高250万元", "14项")),
    ("重点研发计划", "社会发展科技示范", ("最高50万元", "24项"), ("最高50万元", "28项")),
    ("科技成果转化专项", "成果产业化", ("最高300万元", "10项"), ("最高300万元", "12项")),
    ("科技成果转化专项", "中试熟化", ("最高120万元", "6项"), ("最高180万元", "5项")),
    ("创新平台建设专项", "市级工程技术研究中心", ("一次性奖励20万元", "45项"), ("一次性奖励25万元", "40项")),
    ("创新平台建设专项", "市级重点实验室", ("一次性奖励40万元", "8项"), ("一次性奖励60万元", "9项")),
    ("软科学研究", "科技发展战略与政策研究", ("每项3万元", "30项"), None),
    ("概念验证中心建设", "市级概念验证中心", None, ("最高100万元", "3项")),
]


def Y(kind, tmpl):
    """A line that differs between the editions only by its year."""
    return (kind, tmpl.format(Y=2025), tmpl.format(Y=2026))


A_SPEC = [
    Y("title", "镇江市科学技术局　镇江市财政局关于组织申报{Y}年度市级科技计划项目的通知"),
    ("docno", "镇科发〔2025〕9号", "镇科发〔2026〕11号"),
    ("sal", "各辖市、区科技局、财政局，镇江新区、镇江高新区科技和财政主管部门，各有关单位："),
    Y("p", "为深入实施创新驱动发展战略，加快建设具有镇江特色的产业科技创新高地，根据《镇江市市级科技计划项目管理办法》，现将{Y}年度市级科技计划项目申报工作有关事项通知如下。"),
    ("p", "本年度申报工作坚持“企业出题、协同攻关、绩效导向”，重点支持企业主导的产学研协同创新项目，进一步提高企业承担市级科技计划项目的比例。"),
    ("h1", "一、申报重点"),
    ("h2", "（一）重点研发计划"),
    ("p", "聚焦高端装备、新材料、新能源、数字经济和生物医药等重点产业链，支持企业牵头联合高校院所开展关键核心技术攻关和社会发展领域科技示范。产业前瞻与关键核心技术项目实施期一般为2年，项目总投入不低于市财政资助额的3倍。",
     "聚焦高端装备、新材料、新能源、数字经济、生物医药和低空经济等重点产业链，支持企业牵头联合高校院所开展关键核心技术攻关和社会发展领域科技示范。产业前瞻与关键核心技术项目实施期一般为2年，项目总投入不低于市财政资助额的4倍。"),
    ("p", "社会发展科技示范项目重点支持生态环境、医疗卫生、公共安全和乡村振兴领域，须有1家以上应用示范单位参与，鼓励与辖市、区人民医院联合申报。",
     "社会发展科技示范项目重点支持生态环境、医疗卫生、公共安全和乡村振兴领域，须有2家以上应用示范单位参与，鼓励与辖市、区人民医院联合申报。"),
    ("p", "重点研发计划项目原则上由企业牵头申报，产学研合作项目须签订合作协议，明确各方任务分工和知识产权归属；同一单位限报3项。",
     "重点研发计划项目原则上由企业牵头申报，产学研合作项目须签订合作协议，明确各方任务分工和知识产权归属；同一单位限报2项。"),
    ("h2", "（二）科技成果转化专项"),
    ("p", "支持企业承接高校院所科技成果在镇转化。成果产业化项目须以技术合同形式引进成果，技术合同成交额不低于100万元；中试熟化项目须具备中试场地、专业技术团队和第三方检测条件。",
     "支持企业承接高校院所科技成果在镇转化。成果产业化项目须以技术合同形式引进成果，技术合同成交额不低于150万元；中试熟化项目须具备中试场地、专业技术团队和第三方检测条件。"),
    ("p", "中试熟化项目实施期不超过18个月，项目完成后须形成可批量生产的工艺包或样机，并面向本市企业提供开放服务。",
     "中试熟化项目实施期不超过24个月，项目完成后须形成可批量生产的工艺包或样机，并面向本市企业提供开放服务。"),
    ("h2", "（三）创新平台建设专项"),
    ("p", "支持企业建设市级工程技术研究中心和市级重点实验室。申报单位上年度研发投入不低于800万元，且拥有不少于10人的专职研发队伍；已认定为省级研发平台的，不再重复支持。",
     "支持企业建设市级工程技术研究中心和市级重点实验室。申报单位上年度研发投入不低于800万元，且拥有不少于12人的专职研发队伍；已认定为省级研发平台的，不再重复支持。"),
    ("h2", None, "（四）概念验证中心建设"),
    ("p", None, "2026年度起新设概念验证中心建设方向，支持高校院所和龙头企业建设面向产业的概念验证中心，为早期科技成果提供技术验证、原型制造和商业评估服务。经认定的概念验证中心建设补助分两年拨付，首年拨付60%，第二年根据运行评估结果拨付余款。"),
    ("h1", "二、支持方式和额度"),
    ("p", "市级科技计划项目采取前资助与后补助相结合的方式。2025年度市级财政安排科技计划项目资金8600万元，各专项支持方向、支持额度和拟支持项目数见表1。",
     "市级科技计划项目采取前资助与后补助相结合的方式。2026年度市级财政安排科技计划项目资金9200万元，各专项支持方向、支持额度和拟支持项目数见表1。"),
    Y("cap", "表1　{Y}年度市级科技计划项目支持额度"),
    ("table",),
    ("note", "注：1. 支持额度为单个项目（单位）市级财政资助上限；2. 拟支持项目数可根据评审情况调整，调整幅度不超过15%。",
     "注：1. 支持额度为单个项目（单位）市级财政资助上限；2. 拟支持项目数可根据评审情况调整，调整幅度不超过20%。"),
    ("p", "市级科技计划项目经费按照《镇江市市级财政科技计划项目经费管理办法》管理，承担单位应建立健全科研经费内部管理制度，不得截留、挪用、挤占项目经费。"),
    ("h1", "三、申报条件"),
    ("p", "1. 申报单位须为在镇江市域内注册登记、具有独立法人资格的企业、高校、科研院所或其他机构，注册时间须在2024年12月31日以前。",
     "1. 申报单位须为在镇江市域内注册登记、具有独立法人资格的企业、高校、科研院所或其他机构，注册时间须在2025年12月31日以前。"),
    ("p", "2. 企业申报重点研发计划的，上年度研发费用占营业收入比重不低于2.5%，或上年度研发费用总额不低于400万元。",
     "2. 企业申报重点研发计划的，上年度研发费用占营业收入比重不低于3%，或上年度研发费用总额不低于500万元。"),
    ("p", "3. 项目负责人须为申报单位在职人员，年龄不超过60周岁，同一项目负责人当年度限报1项。"),
    ("p", "4. 申报单位无严重失信记录；已承担市级科技计划项目且逾期未结题的，暂停其申报资格。"),
    ("p", "5. 申报项目须符合科技伦理和数据安全有关规定，涉及人体研究、实验动物等内容的，须提供伦理审查意见。"),
    ("h1", "四、申报程序和时间"),
    ("p", "（一）网上填报。申报单位登录“镇江市科技计划项目管理服务平台”在线填报，网上申报时间为2025年3月17日至4月18日。",
     "（一）网上填报。申报单位登录“镇江市科技计划项目管理服务平台”在线填报，网上申报时间为2026年3月9日至4月10日。"),
    ("p", "（二）审核推荐。各辖市、区科技局应于2025年4月30日前完成网上审核推荐，逾期不予受理。",
     "（二）审核推荐。各辖市、区科技局应于2026年4月24日前完成网上审核推荐，逾期不予受理。"),
    ("p", "（三）评审立项。市科技局组织专家评审和现场考察，拟立项项目于2025年7月底前在市科技局网站公示，公示期为7个工作日。",
     "（三）评审立项。市科技局组织专家评审和现场考察，拟立项项目于2026年6月底前在市科技局网站公示，公示期为5个工作日。"),
    ("p", "（四）签订合同。立项项目承担单位应在立项通知下达后1个月内签订项目合同书，逾期未签订的视为自动放弃。",
     "（四）签订合同。立项项目承担单位应在立项通知下达后20个工作日内签订项目合同书，逾期未签订的视为自动放弃。"),
    ("h1", "五、组织实施"),
    ("p", "（一）市科技局负责申报指南发布、评审立项和项目过程管理；市财政局负责项目资金的预算安排和拨付监管。"),
    ("p", "（二）镇江市科技情报研究所负责申报材料的形式审查和专家库日常管理。",
     "（二）镇江市科技创新服务中心负责申报材料的形式审查和专家库日常管理。"),
    ("p", "（三）各辖市、区科技局牵头做好本地区项目的组织申报和审核推荐，对推荐材料的真实性负责。"),
    ("p", None, "（四）镇江高新区管理委员会牵头做好概念验证中心的培育和推荐，市科技局会同市财政局组织认定。"),
    ("h1", "六、其他事项"),
    ("p", "（一）市级科技计划项目实行科研诚信承诺制，对提供虚假材料的，取消其3年内申报市级科技计划项目的资格。",
     "（一）市级科技计划项目实行科研诚信承诺制，对提供虚假材料的，取消其5年内申报市级科技计划项目的资格。"),
    ("p", "（二）项目立项后，承担单位须按合同约定落实自筹资金，市级财政资金实行专账核算、专款专用。"),
    ("p", "（三）申报单位对申报材料的真实性、合法性负责，申报材料一经提交，不予退还。"),
    ("p", "（四）联系人：市科技局科技计划处　周明远，电话：0511-85026137；市财政局教科文处　丁雅琴，电话：0511-85021490。",
     "（四）联系人：市科技局科技计划处　陆思琪，电话：0511-85026142；市财政局教科文处　丁雅琴，电话：0511-85021490。"),
    ("sign", "镇江市科学技术局　　镇江市财政局"),
    ("date", "2025年2月26日", "2026年2月25日"),
    ("p", "（此件公开发布）"),
]
A_DOCNO = {"A1": "镇科发〔2025〕9号", "A2": "镇科发〔2026〕11号"}
A_FIXED = {"A1": (2025, 2, 26, 9, 0, 0), "A2": (2026, 2, 25, 9, 0, 0)}
A_ONLY_2026_H2 = "（四）概念验证中心建设"


def a_text(entry, ed):
    """The entry's text in edition ed ('A1' 2025 / 'A2' 2026), or None."""
    if len(entry) == 1:
        return None
    if len(entry) == 2:
        return entry[1]
    return entry[1] if ed == "A1" else entry[2]


def a_table(ed):
    return [A_HEAD] + a_table_rows(ed)


def a_table_rows(ed):
    k = 2 if ed == "A1" else 3
    return [[row[0], row[1], *row[k]] for row in A_ROWS if row[k] is not None]


def a_expected(ed):
    """[(key, kind, line)] in body order; key = A_SPEC index, or ('row', 支持方向) for a table data row."""
    out = []
    for i, e in enumerate(A_SPEC):
        if e[0] == "table":
            out.append((("head",), "table", " | ".join(A_HEAD)))
            for r in a_table_rows(ed):
                out.append((("row", r[1]), "table", " | ".join(r)))
            continue
        t = a_text(e, ed)
        if t is not None:
            out.append((i, e[0], t))
    return out


def build_docx_a(ed):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

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
    for name, size, font in (("Heading 1", 14, "黑体"), ("Heading 2", 12.5, "楷体_GB2312")):
        st = doc.styles[name]
        st.font.size = Pt(size)
        st.font.bold = True
        st.font.color.rgb = RGBColor(0, 0, 0)
        east_asia(st, font)
    rows = a_table_rows(ed)
    for e in A_SPEC:
        if e[0] == "table":
            t = doc.add_table(rows=len(rows) + 1, cols=len(A_HEAD))
            t.style = doc.styles["Table Grid"]
            trpr = t.rows[0]._tr.get_or_add_trPr()
            h = OxmlElement("w:tblHeader")
            h.set(qn("w:val"), "true")
            trpr.append(h)
            for i, r in enumerate([A_HEAD] + rows):
                for j, c in enumerate(r):
                    para = t.cell(i, j).paragraphs[0]
                    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    run = para.add_run(c)
                    run.font.size = Pt(10.5)
                    if i == 0:
                        run.bold = True
            continue
        kind, val = e[0], a_text(e, ed)
        if val is None:
            continue
        if kind == "h1":
            doc.add_paragraph(val, style="Heading 1")
            continue
        if kind == "h2":
            doc.add_paragraph(val, style="Heading 2")
            continue
        para = doc.add_paragraph()
        run = para.add_run(val)
        if kind == "title":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.bold = True
            run.font.size = Pt(16)
            east_asia(run, "方正小标宋简体")
        elif kind == "docno":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind in ("sign", "date"):
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "p":
            para.paragraph_format.first_line_indent = Pt(24)
        elif kind == "cap":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.bold = True
        elif kind == "note":
            run.font.size = Pt(10.5)
    cp = doc.core_properties
    cp.title = a_text(A_SPEC[0], ed)
    cp.author = "镇江市科学技术局"
    cp.last_modified_by = "镇江市科学技术局"
    cp.subject = A_DOCNO[ed]
    cp.created = _dt.datetime(*A_FIXED[ed])
    cp.modified = _dt.datetime(*A_FIXED[ed])
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=A_FIXED[ed])
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def docx_lines(path):
    """(unseen32, without the numbering part: this set types its numbers) Plain lines of a .docx in body order. Each
    non-empty paragraph is one line; a table row is its w:tc texts joined by ' | '. Returns (lines, info)."""
    from docx import Document
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    doc = Document(str(path))
    lines, info = [], {"paras": [], "tables": [], "after_table": None, "before_table": None, "raw": []}
    last_was_table = False
    for child in doc.element.body.iterchildren():
        tag = child.tag.split("}")[1]
        if tag == "p":
            p = Paragraph(child, doc)
            t = p.text.strip()
            if not t:
                continue
            info["raw"].append(p.text)
            info["paras"].append((p.style.name, t))
            if last_was_table and info["after_table"] is None:
                info["after_table"] = t
            last_was_table = False
            lines.append(t)
        elif tag == "tbl":
            tb = Table(child, doc)
            grid = []
            for tr in child.findall(qn("w:tr")):
                cells = ["".join(x.text or "" for x in tc.iter(qn("w:t"))).strip() for tc in tr.findall(qn("w:tc"))]
                grid.append(cells)
                lines.append(" | ".join(cells))
                info["raw"] += cells
            info["tables"].append((tb, grid))
            info["before_table"] = info["paras"][-1][1] if info["paras"] else None
            last_was_table = True
    return lines, info


# ---------------------------------------------------------------------------------------------------------------
# B: 苗栗縣 徵件公告 as an old-style Big5 .htm page (Traditional, Taiwan).
# B_TABLE_HEAD: the two header rows as written (cell, colspan, rowspan); B_COLS: the grid's column names.
# ---------------------------------------------------------------------------------------------------------------
B_TABLE_HEAD = [
    [("補助類別", 1, 2), ("適用對象", 1, 2), ("補助金額", 2, 1), ("計畫期程", 1, 2)],
    [("上限", 1, 1), ("比例", 1, 1)],
]
B_COLS = ["補助類別", "適用對象", "上限", "比例", "計畫期程"]
B_ROWS = [
    ["創新研發類", "具自主研發能力之中小企業", "150萬元", "50%", "12個月"],
    ["產品開發類", "傳統產業及地方特色產業業者", "80萬元", "45%", "10個月"],
    ["加值應用類", "農特產品加工業及觀光工廠", "50萬元", "40%", "8個月"],
    ["聯合研發類", "中小企業研發聯盟", "200萬元", "55%", "18個月"],
    ["數位轉型類", "製造業及商業服務業", "60萬元", "35%", "6個月"],
]
B_TITLE = "苗栗縣115年度地方特色產業研發補助計畫徵件公告"
B_SITE = "苗栗縣政府工商發展處"
B_MENU = ["首頁", "機關介紹", "最新消息", "公告事項", "計畫專區", "下載專區", "常見問答", "聯絡我們"]
B_COUNTER = "瀏覽人次：0285067"
B_CRUMB = "目前位置：首頁 > 最新消息 > 公告事項"
B_INFO = "發布日期：115-03-02　發布單位：產業發展科　點閱數：1873"
B_PROSE_1 = [
    ("一、計畫目的：", "為鼓勵本縣中小企業投入研發創新，提升地方特色產業附加價值，本府辦理「115年度地方特色產業研發補助計畫」，受理縣內業者提出研發計畫申請，並結合本縣客家文化、農特產品及觀光資源，協助業者開發具在地特色之產品與服務。"),
    ("二、申請資格：", "依法在本縣辦理公司或商業登記，且設籍本縣滿1年之中小企業；最近3年內曾獲本計畫補助且尚未結案者，不得申請。"),
    ("三、補助範疇：", "本計畫補助範疇包括產品研發、製程改善、設計加值及數位應用，優先支持運用本縣農特產品、客家文化及觀光資源，並能帶動在地就業之研發計畫。"),
    ("四、補助類別及額度：", "各類別之補助金額上限、補助比例及計畫期程如下表，同一業者同一年度以申請1案為限。"),
]
B_NOTE = "註：補助比例指補助款佔計畫總經費之上限比例，其餘經費由申請業者自行負擔；申請聯合研發類者，應由3家以上本縣業者共同提出。"
B_PROSE_2 = [
    ("五、申請期間：", "自115年3月9日起至115年4月17日下午5時止，以郵戳或送達本府收文時間為憑，逾期不予受理。"),
    ("六、審查方式：", "分資格審查、書面審查及簡報審查三階段辦理。資格審查由本府工商發展處辦理，書面審查及簡報審查由財團法人苗栗縣產業創新發展基金會負責辦理，並邀請學者專家組成審查會。"),
    ("七、補助經費：", "本年度補助經費總計新臺幣2,400萬元，預計補助30案，實際補助案數依審查結果核定。"),
    ("八、撥款方式：", "補助款分二期撥付，契約簽訂後撥付第一期款，為補助款之30%；計畫結案審查通過後，撥付其餘70%。"),
    ("九、說明會：", "本府訂於115年3月18日下午2時假苗栗縣政府第二辦公大樓5樓會議室召開計畫說明會，歡迎有意申請之業者踴躍參加。"),
    ("十、應備文件：", "申請書及計畫書各1式10份，連同電子檔光碟1份，以掛號郵寄或親送本府工商發展處；相關表件請至本處網站「下載專區」下載。"),
    ("十一、其他事項：", "受補助業者應於計畫執行期滿後2個月內提送結案報告，並配合本府辦理成果發表及追蹤訪視；補助經費不得用於購置土地、廠房及支付人員退休金。"),
    ("十二、經費核銷：", "受補助業者應依計畫書所列經費項目支用，核銷時須檢附原始憑證及發票，同一支出不得重複申請其他政府補助；經費項目間流用超過原核定金額20%者，應事先報本府同意。"),
    ("十三、附則：", "本公告如有未盡事宜，依「苗栗縣地方特色產業研發補助作業要點」及相關規定辦理，本府得視實際情形補充公告。"),
    ("十四、洽詢窗口：", "產業發展科　劉怡君，電話：(037)558-261分機35。"),
]
B_ATTACH = ["115年度地方特色產業研發補助計畫申請須知.pdf", "計畫申請書及計畫書格式.doc"]
B_FOOTER = ["苗栗縣政府工商發展處　地址：36001苗栗縣苗栗市縣府路100號",
            "電話：(037)558-200　傳真：(037)558-209",
            "服務時間：週一至週五 上午8時至12時、下午1時30分至5時30分",
            "Copyright 2026 苗栗縣政府工商發展處 版權所有　最佳瀏覽解析度1024x768"]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def b_html():
    """Return (html text, expected plain lines)."""
    h, lines = [], []
    h.append('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<HTML>\n<HEAD>\n'
             '<META http-equiv="Content-Type" content="text/html; charset=big5">\n'
             f"<TITLE>{esc(B_TITLE)}－{B_SITE}</TITLE>\n"
             '<STYLE type="text/css">\nbody{margin:0;font-size:13px;}\n.menu a{color:#fff;text-decoration:none;}\n'
             '.data td,.data th{border:1px solid #888;}\n</STYLE>\n</HEAD>\n'
             '<BODY bgcolor="#FFFFFF" leftmargin="0" topmargin="0">\n')
    h.append('<TABLE width="960" border="0" cellpadding="0" cellspacing="0" align="center" class="layout">\n')
    h.append(f'<TR>\n<TD colspan="2" bgcolor="#1F5C3A" height="80"><DIV class="logo"><FONT color="#FFFFFF" size="5"><B>{B_SITE}</B></FONT></DIV></TD>\n</TR>\n')
    lines.append(B_SITE)
    h.append('<TR>\n<TD width="180" valign="top" bgcolor="#2E7D4F" class="menu">\n')
    for i, n in enumerate(B_MENU):
        h.append(f'<DIV class="menuitem"><A href="{"index.htm" if i == 0 else f"list.asp?id={i + 10}"}">{n}</A></DIV>\n')
        lines.append(n)
    h.append(f'<DIV class="counter"><FONT color="#FFFFFF">{B_COUNTER}</FONT></DIV>\n</TD>\n')
    lines.append(B_COUNTER)
    h.append('<TD width="780" valign="top" class="content">\n')
    h.append(f'<DIV class="crumb">{esc(B_CRUMB)}</DIV>\n<H3>{B_TITLE}</H3>\n<DIV class="info">{B_INFO}</DIV>\n')
    lines += [B_CRUMB, B_TITLE, B_INFO]
    for lead, txt in B_PROSE_1:
        h.append(f"<P><B>{lead}</B>{txt}</P>\n")
        lines.append(lead + txt)
    h.append('<TABLE class="data" width="100%" border="1" cellpadding="4" cellspacing="0">\n')
    for hr in B_TABLE_HEAD:
        h.append('<TR bgcolor="#E8F0E8">' + "".join(
            "<TH" + (f' colspan="{cs}"' if cs > 1 else "") + (f' rowspan="{rs}"' if rs > 1 else "") + f">{c}</TH>"
            for c, cs, rs in hr) + "</TR>\n")
        lines.append(" | ".join(c for c, _, _ in hr))
    for r in B_ROWS:
        h.append("<TR>" + "".join(f'<TD{" align=center" if j >= 2 else ""}>{c}</TD>' for j, c in enumerate(r)) + "</TR>\n")
        lines.append(" | ".join(r))
    h.append("</TABLE>\n")
    h.append(f'<P><FONT size="2">{esc(B_NOTE)}</FONT></P>\n')
    lines.append(B_NOTE)
    for lead, txt in B_PROSE_2:
        h.append(f"<P><B>{lead}</B>{txt}</P>\n")
        lines.append(lead + txt)
    h.append('<DIV class="attach">相關附件：</DIV>\n<UL>\n')
    lines.append("相關附件：")
    for i, a in enumerate(B_ATTACH):
        h.append(f'<LI><A href="download.asp?f={i + 1}">{a}</A></LI>\n')
        lines.append(a)
    h.append('</UL>\n<DIV class="tools"><A href="javascript:history.back()">回上一頁</A>　<A href="javascript:window.print()">列印本頁</A></DIV>\n</TD>\n</TR>\n')
    lines.append("回上一頁　列印本頁")
    h.append('<TR>\n<TD colspan="2" bgcolor="#1F5C3A" class="footer"><DIV align="center"><FONT color="#FFFFFF">'
             + "<BR>\n".join(esc(x) for x in B_FOOTER) + "</FONT></DIV></TD>\n</TR>\n</TABLE>\n</BODY>\n</HTML>\n")
    lines += B_FOOTER
    return "".join(h), lines


H_BLOCK = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "div", "ul", "ol", "table", "tbody", "thead", "nav",
           "header", "footer", "main"}
H_LEAF = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "div"}


def html_lines(raw):
    """(unseen32) What a reader sees: each innermost block (p, h*, li, div, tr) is one line; a table row's cells (th/td)
    are joined by ' | '; whitespace runs collapse; lines stripped; <head>, script, style skipped. Extended by one rule
    for this old-style page: a <br> inside a block ends a line (the footer's lines); a row whose cells are all empty
    gives no line. `raw` is bytes (lxml finds the encoding in the meta) or str. Returns (lines, tables, root);
    tables = [(table element, [rows of cells])] of the innermost rows' tables."""
    import lxml.html
    root = lxml.html.document_fromstring(raw)
    body = root.find("body")
    lines, tables = [], []

    def norm(s):
        return re.sub(r"[ \t\r\n]+", " ", s).strip()

    def text_br(el):
        parts = []

        def walk(e):
            if e.text:
                parts.append(e.text)
            for c in e:
                if isinstance(c.tag, str) and c.tag == "br":
                    parts.append("\n\n")
                elif isinstance(c.tag, str):
                    walk(c)
                if c.tail:
                    parts.append(c.tail)
        walk(el)
        return [norm(x) for x in "".join(parts).split("\n\n")]

    for el in body.iter():
        if not isinstance(el.tag, str) or el.tag not in H_LEAF:
            continue
        if any(isinstance(d.tag, str) and d.tag in H_BLOCK for d in el.iterdescendants()):
            continue
        if el.tag == "tr":
            cells = [norm("".join(c.itertext())) for c in el if isinstance(c.tag, str) and c.tag in ("td", "th")]
            if not any(cells):
                continue
            tbl = el.getparent()
            while tbl.tag != "table":
                tbl = tbl.getparent()
            if not tables or tables[-1][0] is not tbl:
                tables.append((tbl, []))
            tables[-1][1].append(cells)
            lines.append(" | ".join(cells))
            continue
        lines += [t for t in text_br(el) if t]
    return lines, tables, root


def html_grid(tbl):
    """The header of an HTML table as a grid of column names, colspan / rowspan expanded (a cell spanning columns
    under a group cell gets the lower cell's name), and its data rows."""
    occupied, grid = {}, []
    rows = tbl.findall(".//tr")
    for i, tr in enumerate(rows):
        j, row = 0, []
        for c in tr:
            if not isinstance(c.tag, str) or c.tag not in ("td", "th"):
                continue
            while (i, j) in occupied:
                j += 1
            cs, rs = int(c.get("colspan", "1")), int(c.get("rowspan", "1"))
            for di in range(rs):
                for dj in range(cs):
                    occupied[(i + di, j + dj)] = (c.tag, "".join(c.itertext()).strip())
            j += cs
        n = max(jj for ii, jj in occupied if ii == i) + 1
        grid.append([occupied[(i, jj)] for jj in range(n)])
    head = [r for r in grid if all(t == "th" for t, _ in r)]
    cols = [head[-1][j][1] for j in range(len(head[-1]))] if head else []
    data = [[v for _, v in r] for r in grid if not all(t == "th" for t, _ in r)]
    return cols, head, data


# ---------------------------------------------------------------------------------------------------------------
# C: 甘肃 政策解读 as Markdown (Simplified).
# ---------------------------------------------------------------------------------------------------------------
C_TABLE = [
    ["支持事项", "支持标准", "年度上限", "责任单位"],
    ["研发投入后补助", "按研发费用增量的10%", "80万元", "省科技厅、省财政厅"],
    ["首次研发奖励", "一次性奖励", "5万元", "各市州科技局"],
    ["科技创新券", "服务费用的50%", "20万元", "省科技厅"],
    ["研发贷款贴息", "实际支付利息的40%", "30万元", "省财政厅"],
    ["中试验证补助", "中试费用的30%", "100万元", "省科技厅"],
]
C_MD = """# 《甘肃省支持科技型中小企业加大研发投入若干措施》政策解读

发布时间：2026-04-22　来源：甘肃省科学技术厅

近日，甘肃省科学技术厅、甘肃省财政厅、国家税务总局甘肃省税务局联合印发《甘肃省支持科技型中小企业加大研发投入若干措施》（甘科规〔2026〕4号，以下简称《若干措施》）。为便于社会各界准确理解和把握政策内容，现就有关情况解读如下。

## 一、出台背景

2025年，全省入库科技型中小企业达到6380家，同比增长18.6%，但有研发活动的企业占比仅为57%，企业研发投入“小、散、弱”的问题依然突出。《若干措施》聚焦企业研发投入的关键环节，提出8条支持举措，推动科技型中小企业成为全省研发投入的重要增长点。

从调研情况看，企业普遍反映研发投入回报周期长、融资难，部分企业对研发费用归集和加计扣除政策不熟悉，不敢投、不会投。《若干措施》针对这些问题，从财政激励、金融支持、税收辅导和服务保障四个方面综合施策。

## 二、主要内容

《若干措施》围绕“愿投入、敢投入、能投入”，主要包括以下几个方面：

- **研发投入后补助**：对上年度研发费用较前一年度增长的科技型中小企业，按增量给予后补助，引导企业持续加大投入。
- **首次研发奖励**：对首次在统计平台填报研发费用的企业给予一次性奖励，鼓励更多企业“从无到有”开展研发活动。
- **科技创新券**：企业购买检验检测、技术开发、知识产权等科技服务，可使用创新券抵扣，单个企业每年申领次数不超过2次。
- **研发贷款贴息**：对企业为研发活动获得的银行贷款给予贴息，合作银行对科技型中小企业研发贷款利率下浮不少于20个基点。
- **加计扣除辅导**：税务部门每年开展研发费用加计扣除专项辅导不少于4次，推动政策应享尽享。
- **中试验证补助**：支持企业利用省内中试平台开展工艺放大和验证，按中试费用给予补助。

各项支持标准和责任单位见下表：

| 支持事项 | 支持标准 | 年度上限 | 责任单位 |
|---|---|---|---|
| 研发投入后补助 | 按研发费用增量的10% | 80万元 | 省科技厅、省财政厅 |
| 首次研发奖励 | 一次性奖励 | 5万元 | 各市州科技局 |
| 科技创新券 | 服务费用的50% | 20万元 | 省科技厅 |
| 研发贷款贴息 | 实际支付利息的40% | 30万元 | 省财政厅 |
| 中试验证补助 | 中试费用的30% | 100万元 | 省科技厅 |

> 省科技厅负责人表示：“《若干措施》坚持真金白银支持企业创新，力争到2028年全省科技型中小企业研发投入总额突破120亿元，有研发活动的企业占比提高到70%以上。”
> 该负责人同时表示，省科技厅将会同有关部门建立政策落实季度调度机制，确保各项措施落地见效。

## 三、政策问答

**问：**哪些企业可以申请研发投入后补助？

**答：**在甘肃省内注册、当年通过科技型中小企业评价入库，且上年度研发费用较前一年度增长的企业均可申请。研发费用以企业向税务部门申报的加计扣除数据为准。

**问：**后补助资金什么时候兑现？

**答：**企业于每年7月1日至8月15日通过“甘肃省科技管理信息系统”提交申请，经市州科技局审核、省科技厅复核后，补助资金在当年11月底前拨付到企业。

**问：**同一企业能否同时享受多项支持？

**答：**可以叠加享受，但同一企业每年获得本措施各项支持合计不超过150万元。

**问：**政策执行期限是多久？

**答：**《若干措施》自2026年6月1日起施行，有效期3年。此前出台的相关政策与本措施不一致的，以本措施为准。

## 四、下一步工作

省科技厅将会同省财政厅、省税务局制定研发投入后补助、中试验证补助等操作细则，在全省14个市州开展政策宣讲，组织科技特派员和技术经纪人深入园区和企业“一对一”辅导，并将政策落实情况纳入对市州科技工作的年度评价。

（甘肃省科学技术厅政策法规处供稿）
"""


def md_lines(src):
    """What a reader sees in the Markdown: each non-empty source line is one line with its markup removed ('#' marks,
    '- ' bullets, '> ' quote marks, '**'); a pipe-table row is its cells joined by ' | ', the |---| separator row gives
    no line. Returns (lines, tables) with tables = [[header, separator, rows...] as cell lists]."""
    lines, tables, cur = [], [], None
    for raw in src.split("\n"):
        s = raw.strip()
        if not s:
            cur = None
            continue
        if s.startswith("|") and s.endswith("|"):
            cells = [c.strip() for c in s[1:-1].split("|")]
            if cur is None:
                cur = []
                tables.append(cur)
            cur.append(cells)
            if all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
                continue
            lines.append(" | ".join(cells))
            continue
        cur = None
        s = re.sub(r"^#{1,6}\s+", "", s)
        s = re.sub(r"^[-*]\s+", "", s)
        s = re.sub(r"^>\s*", "", s)
        s = s.replace("**", "")
        lines.append(s)
    return lines, tables


# ---------------------------------------------------------------------------------------------------------------
# Questions. hint: a substring that must pick exactly one plain line of the doc (the evidence line).
# traditional: questions about the Simplified docs (A, C) are written in Simplified (qs) and converted with OpenCC
# s2tw; the B question is written in Simplified (q) about the Traditional page. Unanswerable: keys = regexes absent
# from the doc asked (plain, raw, converted; each key also tried in s2tw / s2twp / t2s form); gkeys = the same over
# all docs (and named in the question); near = terms present in the doc. table: col = the grid column of the answer.
# who_leads: verb after the answer within one clause. typo: wrong/right forms (one character apart). A questions name
# their edition's year; changed=True: the question names both years (about what changed).
# ---------------------------------------------------------------------------------------------------------------
Q = [
    # ---- A 镇江 申报通知, 2025 (A1) and 2026 (A2) editions (docx, Heading 1/2, one table each; 22)
    dict(id="u33-A01", doc="A2", kind="table", q="镇江2026年度中试熟化方向的单个项目，市财政最多给多少？", a="最高180万元", hint="| 中试熟化 |", col="支持额度"),
    dict(id="u33-A02", doc="A1", kind="table", q="镇江2025年度打算支持多少个市级工程技术研究中心？", a="45项", hint="| 市级工程技术研究中心 |", col="拟支持项目数"),
    dict(id="u33-A03", doc="A1", kind="table", q="镇江2025年度新建市级重点实验室能拿到什么样的资助？", a="一次性奖励40万元", hint="| 市级重点实验室 |", col="支持额度"),
    dict(id="u33-A04", doc="A2", kind="table", q="镇江2026年度产业前瞻与关键核心技术方向计划立项几个？", a="14项", hint="| 产业前瞻与关键核心技术 |", col="拟支持项目数"),
    dict(id="u33-A05", doc="A1", kind="who_leads", q="镇江2025年度市级科技计划项目申报材料的形式审查由哪个单位负责？", a="镇江市科技情报研究所", hint="负责申报材料的形式审查", verb="负责"),
    dict(id="u33-A06", doc="A2", kind="who_leads", q="镇江2026年度由谁牵头做概念验证中心的培育推荐工作？", a="镇江高新区管理委员会", hint="概念验证中心的培育", verb="牵头"),
    dict(id="u33-A07", doc="A2", kind="paraphrase", q="按镇江2026年度的规定，交假材料的单位多少年里不能再报市里的科研课题？", a="5年", hint="科研诚信承诺制"),
    dict(id="u33-A08", doc="A1", kind="paraphrase", q="镇江2025年度企业想报重点攻关类课题，如果按上一年研发花销的总量来算，门槛是多少钱？", a="400万元", hint="上年度研发费用总额"),
    dict(id="u33-A09", doc="A2", kind="paraphrase", q="镇江2026年度社会民生类的示范课题，至少要拉几家落地使用单位一起参加？", a="2家", hint="应用示范单位参与"),
    dict(id="u33-A10", doc="A1", kind="typo", q="振江2025年度市级财政一共安排了多少科技计划项目资金？", a="8600万元", hint="前资助与后补助", wrong="振江", right="镇江"),
    dict(id="u33-A11", doc="A2", kind="typo", q="镇江2026年度成果转话专项里的成果产业化项目，技术合同成交额至少要多少？", a="150万元", hint="成果产业化项目须以技术合同", wrong="转话", right="转化"),
    dict(id="u33-A12", doc="A2", kind="traditional", qs="镇江2026年度市级科技计划项目网上申报截止到哪一天？", a="4月10日", hint="网上申报时间为"),
    dict(id="u33-A13", doc="A2", kind="english", q="How much municipal funding does Zhenjiang arrange for its 2026 science and technology plan projects in total?", a="9200万元", hint="前资助与后补助"),
    dict(id="u33-A14", doc="A1", kind="english", q="By what date must Zhenjiang's district science and technology bureaus finish online review and recommendation in the 2025 call?", a="2025年4月30日", hint="审核推荐。"),
    dict(id="u33-A15", doc="A2", kind="english", q="Compared with 2025, to what multiple of the municipal grant did Zhenjiang's 2026 call raise the minimum total investment of a forward-looking key technology project?", a="4倍", hint="项目总投入不低于", changed=True),
    dict(id="u33-A16", doc="A1", kind="english", q="How many full-time R&D staff must an applicant have for Zhenjiang's 2025 innovation platform projects?", a="10人", hint="专职研发队伍"),
    dict(id="u33-A17", doc="A2", kind="english", q="According to the note under Table 1 of Zhenjiang's 2026 call, by at most what percentage may the planned number of projects be adjusted?", a="20%", hint="注：1."),
    dict(id="u33-A18", doc="A2", kind="english_unanswerable", q="How much does Zhenjiang's 2026 call give to a technology business incubator?", keys=["孵化"], near=["市级工程技术研究中心", "市级重点实验室"]),
    dict(id="u33-A19", doc="A1", kind="unanswerable", q="镇江2025年度认定的市级概念验证中心每家最多补助多少？", keys=["概念验证"], near=["创新平台建设专项", "市级重点实验室"]),
    dict(id="u33-A20", doc="A2", kind="unanswerable", q="镇江2026年度软科学研究项目每项资助多少钱？", keys=["软科学"], near=["重点研发计划", "科技成果转化专项"]),
    dict(id="u33-A21", doc="A2", kind="unanswerable", q="常州市2026年度市级科技计划项目网上申报什么时候截止？", gkeys=["常州"], near=["网上申报时间为2026年"]),
    dict(id="u33-A22", doc="A1", kind="unanswerable", q="镇江2025年度立项项目的市级资金分几期拨付，首期拨付多少比例？", keys=["分期", "首期", "首年拨付", "两年拨付", "拨付余款"], near=["专账核算", "拨付监管"]),
    # ---- B 苗栗縣 徵件公告 (Big5 .htm, Traditional; 15)
    dict(id="u33-B01", doc="B", kind="table", q="苗栗這次的產品開發類，一案最多可以補多少錢？", a="80萬元", hint="產品開發類 |", col="上限"),
    dict(id="u33-B02", doc="B", kind="table", q="苗栗聯合研發類的補助款最多能佔計畫總經費的多少？", a="55%", hint="聯合研發類 |", col="比例"),
    dict(id="u33-B03", doc="B", kind="table", q="苗栗數位轉型類的補助計畫最長可以做多久？", a="6個月", hint="數位轉型類 |", col="計畫期程"),
    dict(id="u33-B04", doc="B", kind="who_leads", q="苗栗這項補助的書面和簡報兩階段審查由哪個單位負責辦理？", a="財團法人苗栗縣產業創新發展基金會", hint="六、審查方式", verb="負責"),
    dict(id="u33-B05", doc="B", kind="paraphrase", q="想申請苗栗這項補助的廠商，官方介紹活動是哪一天舉行？", a="115年3月18日", hint="九、說明會"),
    dict(id="u33-B06", doc="B", kind="paraphrase", q="苗栗今年一共準備多少錢給廠商做研發？", a="2,400萬元", hint="七、補助經費"),
    dict(id="u33-B07", doc="B", kind="paraphrase", q="在苗栗拿到這筆錢的業者，簽好約以後能先領到幾成？", a="30%", hint="八、撥款方式"),
    dict(id="u33-B08", doc="B", kind="typo", q="苗粒縣115年度地方特色產業研發補助計畫的申請截止日是哪一天？", a="115年4月17日", hint="五、申請期間", wrong="苗粒", right="苗栗"),
    dict(id="u33-B09", doc="B", kind="traditional", q="苗栗县这次特色产业研发补助预计补助多少案？", a="30案", hint="七、補助經費"),
    dict(id="u33-B10", doc="B", kind="english", q="What is the maximum subsidy for the innovative R&D category in Miaoli County's ROC-115 call?", a="150萬元", hint="創新研發類 |"),
    dict(id="u33-B11", doc="B", kind="english", q="On what date does the application period of Miaoli County's ROC-115 local specialty industry R&D subsidy open?", a="115年3月9日", hint="五、申請期間"),
    dict(id="u33-B12", doc="B", kind="english_unanswerable", q="How many projects did Miaoli County fund under this programme in ROC year 114?", keys=["114"], near=["115年度"]),
    dict(id="u33-B13", doc="B", kind="unanswerable", q="新竹縣115年度地方特色產業研發補助計畫預計補助幾案？", gkeys=["新竹"], near=["預計補助30案"]),
    dict(id="u33-B14", doc="B", kind="unanswerable", q="苗栗這項補助的獲選業者要繳交多少履約保證金？", keys=["保證金", "履約"], near=["撥款方式"]),
    dict(id="u33-B15", doc="B", kind="unanswerable", q="苗栗這項補助的審查結果預計什麼時候公佈？", keys=[r"(結果|名單).{0,6}(公告|公布|通知|函知)", "公布"], near=["依審查結果核定"]),
    # ---- C 甘肃 政策解读 (Markdown, Simplified; 13)
    dict(id="u33-C01", doc="C", kind="table", q="甘肃对企业做中试验证的补助，一年最多给多少？", a="100万元", hint="中试验证补助 |", col="年度上限"),
    dict(id="u33-C02", doc="C", kind="paraphrase", q="在甘肃，一家企业一年从这些政策里加起来最多能拿多少？", a="150万元", hint="可以叠加享受"),
    dict(id="u33-C03", doc="C", kind="paraphrase", q="甘肃这笔后补助的钱最迟几月份打到企业账上？", a="11月底", hint="月底前拨付到企业"),
    dict(id="u33-C04", doc="C", kind="typo", q="甘素省2025年入库的科技型中小企业有多少家？", a="6380家", hint="入库科技型中小企业达到", wrong="甘素", right="甘肃"),
    dict(id="u33-C05", doc="C", kind="typo", q="甘肃对科技形中小企业的研发贷款贴息，一年最高贴多少？", a="30万元", hint="研发贷款贴息 |", wrong="科技形", right="科技型"),
    dict(id="u33-C06", doc="C", kind="traditional", qs="甘肃希望2028年时全省科技型中小企业在研发上一共投入超过多少钱？", a="120亿元", hint="省科技厅负责人表示"),
    dict(id="u33-C07", doc="C", kind="english", q="What percentage of the increase in R&D expenses does Gansu's R&D investment post-subsidy cover?", a="10%", hint="研发投入后补助 |"),
    dict(id="u33-C08", doc="C", kind="english", q="From what date do Gansu's measures supporting technology-based SMEs take effect?", a="2026年6月1日", hint="起施行"),
    dict(id="u33-C09", doc="C", kind="english", q="At least how many special guidance sessions on the R&D super deduction must Gansu's tax authorities hold each year?", a="4次", hint="加计扣除辅导"),
    dict(id="u33-C10", doc="C", kind="english_unanswerable", q="How much R&D post-subsidy did Gansu pay out to technology-based SMEs in 2024?", keys=["2024"], near=["2025年"]),
    dict(id="u33-C11", doc="C", kind="unanswerable", q="青海省对首次开展研发活动的科技型中小企业奖励多少？", gkeys=["青海"], near=["首次研发奖励"]),
    dict(id="u33-C12", doc="C", kind="unanswerable", q="甘肃这些措施对新认定的高新技术企业奖励多少？", keys=["高新技术企业", "高企"], near=["科技型中小企业"]),
    dict(id="u33-C13", doc="C", kind="unanswerable", q="甘肃的研发贷款贴息最长能贴几年？", keys=["贴息期限", "贴息期", "贴息年限", r"贴息\d+年"], near=["研发贷款贴息"]),
]

KIND_COUNTS = {"english": 10, "english_unanswerable": 3, "paraphrase": 8, "typo": 5, "table": 8, "who_leads": 3,
               "traditional": 3, "unanswerable": 10}
DOC_COUNTS = {"A": 22, "B": 15, "C": 13}
KIND_DOC_COUNTS = {  # kind: (A, B, C)
    "english": (5, 2, 3), "english_unanswerable": (1, 1, 1), "paraphrase": (3, 3, 2), "typo": (2, 1, 2),
    "table": (4, 3, 1), "who_leads": (2, 1, 0), "traditional": (1, 1, 1), "unanswerable": (4, 3, 3)}
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
HAN = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_PLACE = {"A1": "Zhenjiang", "A2": "Zhenjiang", "B": "Miaoli", "C": "Gansu"}
PLACE_KEYS = ["常州", "扬州", "揚州", "新竹", "臺中", "台中", "青海", "宁夏", "寧夏"]  # neighbours: in no document
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


def main():
    CORPUS.mkdir(exist_ok=True)
    PLAIN.mkdir(exist_ok=True)
    fails = []

    def check(cond, msg):
        if not cond:
            fails.append(msg)

    # ---- build
    for ed in ("A1", "A2"):
        (CORPUS / FILES[ed]).write_bytes(build_docx_a(ed))
    b_src, b_expected = b_html()
    (CORPUS / FILE_B).write_bytes(b_src.encode("cp950"))
    (CORPUS / FILE_C).write_bytes(C_MD.encode("utf-8"))

    # ---- plain texts, read back from the files
    plains, a_info = {}, {}
    for ed in ("A1", "A2"):
        plains[ed], a_info[ed] = docx_lines(CORPUS / FILES[ed])
    b_bytes = (CORPUS / FILE_B).read_bytes()
    try:  # lxml reads the raw bytes, finding the encoding in the meta
        plains["B"], b_tables, b_root = html_lines(b_bytes)
    except Exception as e:  # noqa: BLE001 -- a file lxml cannot read is a failed check, not a crash
        check(False, f"B: lxml could not read the raw bytes ({type(e).__name__})")
        plains["B"], b_tables, b_root = html_lines(b_src)
    c_bytes = (CORPUS / FILE_C).read_bytes()
    plains["C"], c_tables = md_lines(c_bytes.decode("utf-8"))
    for d, lines in plains.items():
        (PLAIN / (Path(FILES[d]).stem + ".txt")).write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    ptext = {d: "\n".join(v) for d, v in plains.items()}
    for d in DOCS:
        check(all(ln == ln.strip() and ln for ln in plains[d]), f"{d}: empty or padded plain line")
    for d, lo, hi in (("A1", 2000, 3500), ("A2", 2000, 3500), ("B", 1500, 3000), ("C", 1500, 3000)):
        check(lo <= len(ptext[d]) <= hi, f"{d}: {len(ptext[d])} characters, want {lo:,}-{hi:,}")
    num = lambda s: float(re.search(r"[\d.]+", s.replace(",", "")).group())  # noqa: E731

    # ---- A: two docx editions, Heading 1/2 styles, one table each
    a_exp = {ed: a_expected(ed) for ed in ("A1", "A2")}
    a_key = {ed: {ln: k for k, _, ln in a_exp[ed]} for ed in ("A1", "A2")}
    a_line_of = {ed: {k: ln for k, _, ln in a_exp[ed]} for ed in ("A1", "A2")}
    docxml = {}
    for ed in ("A1", "A2"):
        yr = A_YEAR[ed]
        ab = (CORPUS / FILES[ed]).read_bytes()
        check(ab[:2] == b"PK", f"{ed}: a zip (docx) file")
        with zipfile.ZipFile(CORPUS / FILES[ed]) as z:
            check("word/document.xml" in z.namelist(), f"{ed}: docx parts")
            docxml[ed] = z.read("word/document.xml").decode("utf-8")
        check(plains[ed] == [ln for _, _, ln in a_exp[ed]], f"{ed}: docx reading equals the designed lines")
        check(len(set(plains[ed])) == len(plains[ed]), f"{ed}: plain lines unique")
        paras = a_info[ed]["paras"]
        kinds = {ln: kd for _, kd, ln in a_exp[ed]}
        for style, t in paras:
            want = {"h1": "Heading 1", "h2": "Heading 2"}.get(kinds.get(t), "Normal")
            check(style == want, f"{ed}: style {style} for {t[:14]} (want {want})")
        h1 = [t for s, t in paras if s == "Heading 1"]
        h2 = [t for s, t in paras if s == "Heading 2"]
        check(h1 == ["一、申报重点", "二、支持方式和额度", "三、申报条件", "四、申报程序和时间", "五、组织实施", "六、其他事项"],
              f"{ed}: Heading 1 lines {h1}")
        check(all(re.fullmatch(r"（[一二三四五六七八九十]）\S{2,12}", t) for t in h2) and len(h2) >= 3, f"{ed}: Heading 2 lines {h2}")
        check([t for s, t in paras if re.match(r"[一二三四五六七八九十]+、", t)] == h1, f"{ed}: every 一、 line is Heading 1")
        check(docxml[ed].count('<w:pStyle w:val="Heading1"/>') == len(h1)
              and docxml[ed].count('<w:pStyle w:val="Heading2"/>') == len(h2), f"{ed}: pStyle Heading1/Heading2 in the XML")
        check(len(a_info[ed]["tables"]) == 1, f"{ed}: exactly one Word table")
        tb, grid = a_info[ed]["tables"][0]
        check(grid == a_table(ed) and [[c.text for c in r.cells] for r in tb.rows] == a_table(ed), f"{ed}: table equals the data")
        check("<w:tblHeader" in docxml[ed] and tb.style.name == "Table Grid", f"{ed}: header row marked, Table Grid style")
        check(a_info[ed]["before_table"] == f"表1　{yr}年度市级科技计划项目支持额度"
              and (a_info[ed]["after_table"] or "").startswith("注："), f"{ed}: caption above, 注 right under the table")
        check(A_DOCNO[ed] in plains[ed] and plains[ed][0].endswith(f"关于组织申报{yr}年度市级科技计划项目的通知"), f"{ed}: title / 文号")
        a_prose = "\n".join(ln for ln in plains[ed] if " | " not in ln)
        cells = [c for r in a_table_rows(ed) for c in r[2:]]
        check(len(set(cells)) == len(cells), f"{ed}: table figure cells distinct")
        for cv in cells:
            core = re.search(r"[\d.]+\D+", cv).group()
            check(num_count(cv, a_prose) == 0 and num_count(core, a_prose) == 0, f"{ed}: table figure {core} also in the prose")
        m = re.search(r"网上申报时间为(\d{4})年(\d+)月(\d+)日至(\d+)月(\d+)日", a_prose)
        m2 = re.search(r"应于(\d{4})年(\d+)月(\d+)日前完成网上审核推荐", a_prose)
        sig = re.search(r"^(\d{4})年(\d+)月(\d+)日$", a_prose, re.M)
        ok = bool(m and m2 and sig)
        if ok:
            start, end = _dt.date(int(m[1]), int(m[2]), int(m[3])), _dt.date(int(m[1]), int(m[4]), int(m[5]))
            rec, signed = _dt.date(*map(int, m2.groups())), _dt.date(*map(int, sig.groups()))
            ok = str(start.year) == yr and signed < start < end < rec and str(signed.year) == yr
        check(ok, f"{ed}: dates 落款 < 申报开始 < 截止 < 审核推荐, all in {yr}")
        check(T2S.convert(ptext[ed]) == ptext[ed], f"{ed}: Simplified throughout")
        check(f"{yr}年度" in ptext[ed] and f"{2051 - int(yr)}年度" not in ptext[ed], f"{ed}: names its own 年度 only")
    # the two editions against each other
    both = [(a_text(e, "A1"), a_text(e, "A2")) for e in A_SPEC if e[0] != "table"]
    pairs = [(x, y) for x, y in both if x is not None and y is not None]
    changed = [(x, y) for x, y in pairs if x != y and re.sub(r"2025", "2026", x) != y]
    fig = re.compile(r"(?<![\d.])\d[\d.,]*(?:万元|%|年内|年|个月|人|家|项|倍|周岁|个工作日)")
    same_num = sorted({f for x, y in pairs for f in set(fig.findall(x)) & set(fig.findall(y)) if not re.fullmatch(r"20\d\d年", f)})
    check(len(changed) >= 12, f"A: {len(changed)} lines with changed content, want 12+")
    check(len(same_num) >= 3, f"A: unchanged prose figures {same_num}, want 3+")
    only26 = [y for x, y in both if x is None]
    only25 = [x for x, y in both if y is None]
    check(only26 == [A_ONLY_2026_H2] + only26[1:] and len(only26) == 3 and not only25, f"A: 2026-only lines {only26}, 2025-only {only25}")
    h2a = [t for s, t in a_info["A1"]["paras"] if s == "Heading 2"]
    h2b = [t for s, t in a_info["A2"]["paras"] if s == "Heading 2"]
    check(h2b == h2a + [A_ONLY_2026_H2], f"A: same Heading 2 list plus one new 2026 section {h2a} {h2b}")
    r25, r26 = {r[1]: r for r in a_table_rows("A1")}, {r[1]: r for r in a_table_rows("A2")}
    check(set(r25) - set(r26) == {"科技发展战略与政策研究"} and set(r26) - set(r25) == {"市级概念验证中心"},
          "A: one table row only in 2025, one only in 2026")
    common = set(r25) & set(r26)
    check(sum(r25[k] != r26[k] for k in common) >= 4 and any(r25[k][2] == r26[k][2] for k in common)
          and all(r25[k] != r26[k] for k in common), "A: every common table row changed, some cells unchanged")
    check(num("8600万元") < num("9200万元") and "资金8600万元" in ptext["A1"] and "资金9200万元" in ptext["A2"], "A: budget 8600 -> 9200")

    # ---- B: Big5 old-style page
    b_dec = b_bytes.decode("cp950", errors="replace")
    check(b_dec == b_src, "B: cp950 round trip")
    check(b_bytes.decode("big5", errors="replace") == b_src, "B: only characters common to Big5 and cp950")
    try:
        b_bytes.decode("utf-8")
        check(False, "B: the file must not be valid UTF-8 (it is Big5)")
    except UnicodeDecodeError:
        pass
    check(re.search(rb'<META http-equiv="Content-Type" content="text/html; charset=big5">', b_bytes[:300]) is not None,
          "B: http-equiv content-type big5 in <HEAD>")
    check(plains["B"] == b_expected, "B: lxml reading of the Big5 bytes equals the designed lines")
    check(html_lines(b_dec)[0] == plains["B"], "B: reading the decoded text gives the same lines")
    layout = b_root.xpath("//body/table")
    check(len(layout) == 1 and layout[0].get("class") == "layout", "B: the whole page in one layout <table>")
    if layout:
        tds = layout[0].xpath("./tr/td")
        check(len(tds) == 4 and tds[1].get("class") == "menu" and tds[2].get("class") == "content"
              and len(tds[1].xpath(".//a")) == len(B_MENU) and len(tds[2].xpath(".//table[@class='data']")) == 1,
              "B: layout rows: banner / menu td + content td (holding the data table) / footer")
        check(B_COUNTER in "".join(tds[1].itertext()) and "地址：" in "".join(tds[3].itertext()), "B: 瀏覽人次 in the menu cell, address in the footer")
    data = b_root.xpath("//table[@class='data']")
    check(len(data) == 1, "B: one data table")
    if data:
        cols, head, rows = html_grid(data[0])
        check(cols == B_COLS and rows == B_ROWS, f"B: the data table's grid {cols}")
        check(len(head) == 2 and [v for _, v in head[0]] == ["補助類別", "適用對象", "補助金額", "補助金額", "計畫期程"],
              "B: two header rows, 補助金額 spanning two columns")
        check(len(data[0].xpath(".//th[@colspan='2']")) == 1 and len(data[0].xpath(".//th[@rowspan='2']")) == 3, "B: one colspan=2, three rowspan=2")
    check(len(b_tables) == 1 and b_tables[0][1] == [[c for c, _, _ in r] for r in B_TABLE_HEAD] + B_ROWS, "B: only the data table has line rows")
    b_prose = "\n".join(ln for ln in plains["B"] if " | " not in ln)
    b_cells = [c for r in B_ROWS for c in r[2:]]
    check(len(set(b_cells)) == len(b_cells), "B: figure cells distinct")
    for cv in b_cells:
        check(num_count(cv, b_prose) == 0, f"B: table cell {cv} also in the prose")
    check("新臺幣" in ptext["B"] and "台" not in ptext["B"] and "臺" in ptext["B"], "B: 臺 not 台")
    for ln in plains["B"]:
        if HAN.search(ln):
            check(S2TW.convert(ln) == ln, f"B: line not pure Taiwan Traditional: {ln[:30]}")
    check(T2S.convert(ptext["B"]) != ptext["B"], "B: Traditional")
    bd = re.findall(r"115年(\d+)月(\d+)日", b_prose)
    check([(int(a), int(b)) for a, b in bd] == [(3, 9), (4, 17), (3, 18)] and "發布日期：115-03-02" in b_prose, f"B: dates {bd}")
    check("30%" in b_prose and "其餘70%" in b_prose, "B: 30% + 70% installments")
    check(all(num(r[3]) > 0 and num(r[3]) < 100 for r in B_ROWS), "B: ratios")

    # ---- C: markdown
    c_src = c_bytes.decode("utf-8")
    check(not c_bytes.startswith(b"\xef\xbb\xbf") and c_src == C_MD and "\r" not in c_src, "C: UTF-8, no BOM, LF")
    check(c_src.startswith("# ") and len(re.findall(r"^## ", c_src, re.M)) == 4, "C: one # title, four ## headings")
    check(len(re.findall(r"^- \*\*", c_src, re.M)) == 6, "C: a six-item bulleted list")
    check(len(c_tables) == 1 and c_tables[0][0] == C_TABLE[0] and all(re.fullmatch(r"-{3,}", x) for x in c_tables[0][1])
          and c_tables[0][2:] == C_TABLE[1:], "C: one pipe table (header, |---| separator, rows) equal to the data")
    check(all(len(r) == len(C_TABLE[0]) for r in c_tables[0]) if c_tables else False, "C: pipe table rows of equal width")
    quote = [ln for ln in c_src.split("\n") if ln.startswith("> ")]
    check(len(quote) == 2 and "负责人表示" in quote[0], "C: a blockquote with the 负责人 quote")
    check(len(re.findall(r"^\*\*问：\*\*", c_src, re.M)) == 4 and len(re.findall(r"^\*\*答：\*\*", c_src, re.M)) == 4, "C: four 问 / 答 pairs")
    c_prose = "\n".join(ln for ln in plains["C"] if " | " not in ln)
    for r in C_TABLE[1:]:
        for cv in r[1:3]:
            for core in re.findall(r"\d+(?:万元|%)", cv):
                check(num_count(core, c_prose) == 0, f"C: table figure {core} also in the prose")
    check(T2S.convert(ptext["C"]) == ptext["C"], "C: Simplified throughout")
    check("甘科规〔2026〕4号" in ptext["C"] and "2026年6月1日起施行" in ptext["C"], "C: 文号 and 施行 date")

    raw = {ed: docxml[ed] + "\n" + "\n".join(a_info[ed]["raw"]) for ed in ("A1", "A2")}
    raw["B"] = b_dec
    raw["C"] = c_src
    every = {d: [ptext[d], raw[d], T2S.convert(ptext[d]), S2TW.convert(ptext[d])] for d in DOCS}

    def occurs(pattern, docs):
        return any(re.search(pattern, t) for d in docs for t in every[d])

    for key in PLACE_KEYS:
        check(not occurs(key, DOCS), f"near-miss place {key} occurs in a document")

    # ---- questions
    out, runs, ids, a_other = [], {}, set(), {}
    for q in Q:
        d, k = q["doc"], q["kind"]
        check(q["id"] not in ids, f"dup id {q['id']}")
        ids.add(q["id"])
        check(q["id"][4] == d[0], f"{q['id']}: id letter vs doc")
        question = S2TW.convert(q["qs"]) if "qs" in q else q["q"]
        ev = ""
        if d in A_YEAR:  # the question names its edition's year (and the other only when asking what changed)
            other_year = "2026" if d == "A1" else "2025"
            check(A_YEAR[d] in question, f"{q['id']}: must name {A_YEAR[d]}")
            check((other_year in question) == bool(q.get("changed")), f"{q['id']}: names {other_year} only if changed=True")
        if k in UNANSWERABLE:
            ans = ""
            check(bool(q.get("keys")) or bool(q.get("gkeys")), f"{q['id']}: needs keys")
            for key in q.get("keys", []):
                for f in {key, S2TW.convert(key), S2TWP.convert(key), T2S.convert(key)}:
                    check(not occurs(f, [d]), f"{q['id']}: key {f} occurs in doc {d}")
            for key in q.get("gkeys", []):
                for f in {key, S2TW.convert(key), S2TWP.convert(key), T2S.convert(key)}:
                    check(not occurs(f, DOCS), f"{q['id']}: key {f} occurs in some doc")
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
            if d in A_YEAR:
                check(ans in "\n".join(a_info[d]["raw"]), f"{q['id']}: answer not in the text python-docx reads")
            if re.search(r"\d", ans):
                for ln in plains[d]:
                    if ln != ev and num_count(ans, ln):
                        check(False, f"{q['id']}: answer {ans} also in: {ln[:40]}")
                check(num_count(ans, ev) == 1, f"{q['id']}: answer {ans} more than once in its evidence")
            else:
                check(ev.count(ans) == 1, f"{q['id']}: answer {ans} more than once in evidence")
            if d in A_YEAR and ev:  # unique to this edition: not in the other edition's evidence-equivalent line
                other = "A2" if d == "A1" else "A1"
                eq = a_line_of[other].get(a_key[d].get(ev))
                a_other[q["id"]] = eq
                if eq is not None:
                    check((num_count(ans, eq) if re.search(r"\d", ans) else eq.count(ans)) == 0,
                          f"{q['id']}: answer {ans} also in the {A_YEAR[other]} edition's line: {eq[:40]}")
                # stricter than the contract: the answer occurs nowhere in the other edition
                check((num_count(ans, ptext[other]) if re.search(r"\d", ans) else ptext[other].count(ans)) == 0,
                      f"{q['id']}: answer {ans} also somewhere in the {A_YEAR[other]} edition")
            if "col" in q:
                if d in A_YEAR:
                    cols, rows = A_HEAD, a_table_rows(d)
                elif d == "B":
                    cols, rows = B_COLS, B_ROWS
                else:
                    cols, rows = C_TABLE[0], C_TABLE[1:]
                gridrow = next((r for r in rows if " | ".join(r) == ev), None)
                check(gridrow is not None, f"{q['id']}: evidence must be a data row of the table")
                if gridrow is not None:
                    ci = cols.index(q["col"])
                    check(gridrow[ci] == ans, f"{q['id']}: answer must be the {q['col']} cell")
                    check(ev.split(" | ").count(ans) == 1, f"{q['id']}: other cells differ")
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
            if d not in TRAD_DOCS:
                check(T2S.convert(question) != question and S2TW.convert(question) == question, f"{q['id']}: not Traditional")
                trad_only = set(question) - set(T2S.convert(question))
                check(not any(ch in ptext[d] for ch in trad_only), f"{q['id']}: a Traditional-only character occurs in the doc")
            else:
                check(T2S.convert(question) == question and S2TW.convert(question) != question, f"{q['id']}: not Simplified")
                simp_only = set(question) - set(S2TW.convert(question))
                check(not any(ch in ptext[d] for ch in simp_only), f"{q['id']}: a Simplified-only character occurs in {d}")
        elif k not in ("english", "english_unanswerable"):
            if d in TRAD_DOCS:
                check(S2TW.convert(question) == question and T2S.convert(question) != question,
                      f"{q['id']}: {d} questions other than traditional are Traditional")
            else:
                check(T2S.convert(question) == question, f"{q['id']}: {d} questions other than traditional are Simplified")
        if k == "typo":
            w, r = q["wrong"], q["right"]
            check(len(w) == len(r) and sum(x != y for x, y in zip(w, r)) == 1, f"{q['id']}: typo must differ by one char")
            check(w in question and r not in question, f"{q['id']}: typo form")
            check(r in ptext[d], f"{q['id']}: real form not in doc")
            for f in {w, S2TW.convert(w), T2S.convert(w)}:
                check(not occurs(re.escape(f), DOCS), f"{q['id']}: wrong form {f} occurs in a document")
        if ev and k != "english":
            text = question
            if k == "traditional":
                text = S2TW.convert(question) if d in TRAD_DOCS else T2S.convert(question)
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
        got = tuple(sum(1 for q in Q if q["kind"] == kind and q["doc"][0] == d) for d in "ABC")
        check(got == per, f"{kind}: per-doc counts {got}, want {per}")
    dc = {d: sum(1 for q in Q if q["doc"][0] == d) for d in "ABC"}
    check(dc == DOC_COUNTS, f"doc counts {dc}")
    check(all(re.fullmatch(r"u33-[ABC]\d\d", o["id"]) for o in out), "id format")
    for d in "ABC":
        nums_d = [int(o["id"][5:]) for o in out if o["id"][4] == d]
        check(nums_d == list(range(1, len(nums_d) + 1)), f"{d}: ids numbered without gaps")
    # coverage: both editions asked; the year-specific unanswerables; the B table questions hit the spanned columns
    for ed in ("A1", "A2"):
        check(sum(1 for q in Q if q["doc"] == ed) >= 9, f"{ed}: 9+ questions")
        check(sum(1 for q in Q if q["doc"] == ed and q["kind"] == "table") >= 2, f"{ed}: 2+ table questions")
    check(any(q["doc"] == "A1" and "概念验证" in q.get("keys", []) for q in Q), "A: a 2025 question about the 2026-only section")
    check(any(q["doc"] == "A2" and "软科学" in q.get("keys", []) for q in Q), "A: a 2026 question about a 2025-only figure")
    check({q["col"] for q in Q if q["doc"] == "B" and q["kind"] == "table"} == {"上限", "比例", "計畫期程"},
          "B: table questions on both spanned columns and the column after them")

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
    check(sorted(p.name for p in CORPUS.iterdir()) == sorted(FILES.values()), "corpus/ holds exactly the four files")
    check(sorted(p.name for p in PLAIN.iterdir()) == sorted(Path(f).stem + ".txt" for f in FILES.values()), "plain/ holds exactly four files")

    for d in DOCS:
        t = ptext[d]
        print(f"{d}: {FILES[d]}: {len(plains[d])} lines, {len(t)} characters, {len(HAN.findall(t))} Han")
    print(f"A: {len(changed)} changed lines; prose figures unchanged between the editions {same_num}; "
          f"A answers whose other-edition line exists: {sum(v is not None for v in a_other.values())}/{len(a_other)}")
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
