#!/usr/bin/env python3
"""Build unseen50: three fictional Guangdong documents on S&T talent / R&D subsidies, in English and bilingual form --
  A  a text-layer PDF (reportlab, invariant): the official ENGLISH translation of 清远 / Qingyuan's "Several Measures
     ... on Supporting Science and Technology Talents and Enterprise R&D Investment" (Qing Fu [2026] No. 9, with the
     Chinese number 清府〔2026〕9号 in brackets, drawn in a CJK CID font), Article 1 .. Article 14, amounts as
     "RMB 3 million" (table) and "500,000 yuan" / "2 million yuan" (prose), dates as "1 May 2026", a running header,
     page footers "- N -", and a ruled table (Table 1) of talent categories;
  B  a bilingual HTML page (UTF-8, lang zh-CN) of 中山市科学技术局: every Chinese paragraph is followed by its English
     translation in a <p lang="en">; the English gives most percentages and small counts in words ("thirty percent",
     "ten working days"), and one table of R&D-institution grades with English names in brackets;
  C  a plain Simplified-Chinese .txt notice (UTF-8, LF) of 韶关 / Shaoguan (Qingyuan's northern neighbour) on a related
     topic (丹霞英才 S&T talent funding), with look-alike figures (60个月 vs 60 months, 50万 vs 500,000 yuan …) and an
     attachment table whose cells are separated by TAB characters;
their plain texts (plain/), 50 questions (questions.jsonl), then the consistency checks (exit 1 on any failure).
Writes only inside unseen50/. Deterministic: a rebuild is byte for byte identical.

Approach and helpers follow unseen48's builder: the question table with a `hint` that must pick exactly one evidence
line, digit-bounded num_count (also on NFKC text), keys / gkeys / near for unanswerables, lcs_run for paraphrases
(characters for Chinese, words for English), OpenCC for the Traditional questions, and the question-checking loop.
New here: cross-language questions (Chinese questions about the English PDF, English questions about the Chinese
txt), `lang` per question, and every unanswerable key is checked against ALL three documents."""
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

FILE_A = "A_qingyuan_keji_rencai_yu_qiye_yanfa_ruogan_cuoshi_english_translation.pdf"
FILE_B = "B_zhongshan_2026_qiye_yanfa_jigou_jianshe_zizhu_shenbao_tongzhi_bilingual_zh_en.html"
FILE_C = "C_shaoguan_2026_danxia_yingcai_keji_rencai_zizhu_shenbao_tongzhi_utf8_tab_table.txt"
FILES = {"A": FILE_A, "B": FILE_B, "C": FILE_C}

S2T = opencc.OpenCC("s2t")
S2TW = opencc.OpenCC("s2tw")
S2HK = opencc.OpenCC("s2hk")
T2S = opencc.OpenCC("t2s")

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
HAN = re.compile(r"[\u4e00-\u9fff]")

# ---------------------------------------------------------------------------------------------------------------
# A: 清远 English translation, PDF. Blocks: (kind, text) with kind title|sub|meta|p|caption|note|sign, ("table", rows).
# ---------------------------------------------------------------------------------------------------------------
A_DOCNO_ZH = "清府〔2026〕9号"
A_HEADER = "Unofficial English Translation - Qing Fu [2026] No. 9"
A_TABLE = [
    ["Category", "Settlement subsidy", "Monthly living allowance", "Allowance period"],
    ["Category A", "RMB 3 million", "RMB 20,000", "60 months"],
    ["Category B", "RMB 1.6 million", "RMB 12,000", "48 months"],
    ["Category C", "RMB 800,000", "RMB 8,000", "36 months"],
    ["Category D", "RMB 300,000", "RMB 5,000", "24 months"],
]
A_BLOCKS = [
    ("title", "Qingyuan Municipal People's Government"),
    ("sub", "Several Measures of Qingyuan City on Supporting Science and Technology Talents and Enterprise R&D Investment"),
    ("meta", f"Document No.: Qing Fu [2026] No. 9 ({A_DOCNO_ZH}); issued on 20 March 2026"),
    ("note", "Translator's note: This English translation is provided for reference only. In case of any discrepancy, the Chinese version shall prevail."),
    ("p", "Article 1 These Measures are formulated to implement the innovation-driven development strategy, attract and retain science and technology talents, and encourage enterprises to increase their investment in research and development (R&D), in light of the actual conditions of Qingyuan City."),
    ("p", "Article 2 These Measures apply to enterprises, universities and research institutes that are registered in Qingyuan, pay taxes in Qingyuan and have sound financial management, and to the talents they employ on a full-time basis."),
    ("p", "Article 3 High-level talents introduced on a full-time basis are divided into Categories A, B, C and D according to the Qingyuan High-Level Talent Catalogue. A talent who signs an employment contract of no less than 5 years with an employer in Qingyuan shall receive a settlement subsidy and a monthly living allowance according to Table 1. The settlement subsidy shall be paid in three instalments of 40%, 30% and 30% over three years."),
    ("caption", "Table 1 Settlement Subsidies and Living Allowances for High-Level Talents"),
    ("table", A_TABLE),
    ("p", "Article 4 A doctoral graduate under the age of 35 who is newly employed full-time by an enterprise in Qingyuan shall receive a one-off living subsidy of 100,000 yuan; a holder of a master's degree under the age of 30 shall receive 30,000 yuan."),
    ("p", "Article 5 Each newly established postdoctoral research workstation shall receive a one-off set-up subsidy of 500,000 yuan, and each newly established postdoctoral innovation practice base 200,000 yuan."),
    ("p", "Article 6 Each postdoctoral researcher working in a station or base in Qingyuan shall receive a living allowance of 120,000 yuan per year for up to two years. Talents of Categories A to D may live rent-free in a talent apartment for up to 3 years, or instead receive a housing rental subsidy of 2,000 yuan per month."),
    ("p", "Article 7 An enterprise whose R&D expenditure in the previous year exceeded 3 million yuan and grew by more than 15% year on year shall receive a reward equal to 10% of the increase, up to 2 million yuan per enterprise per year."),
    ("p", "Article 8 An enterprise that sets up an R&D institution recognised at the provincial level or above shall receive a one-off reward of 1 million yuan."),
    ("p", "Article 9 A human resources service agency that successfully introduces a Category A or Category B talent to Qingyuan shall receive a recruitment reward of 50,000 yuan per talent."),
    ("p", "Article 10 Applications are accepted twice a year, from 1 to 30 April and from 1 to 31 October, through the Qingyuan Talent Service Platform. The Municipal Science and Technology Bureau shall complete the review within 30 working days after the application window closes and publish the results for 7 days."),
    ("p", "Article 11 The Qingyuan Municipal Science and Technology Bureau shall take the lead in implementing these Measures; the Municipal Human Resources and Social Security Bureau shall be responsible for recognising talent categories, and the Municipal Finance Bureau for fund arrangements."),
    ("p", "Article 12 Where an applicant obtains subsidies by fraud, the funds shall be recovered and the applicant shall be barred from applying under these Measures for 5 years; where a crime is suspected, the case shall be transferred to the judicial authorities."),
    ("p", "Article 13 The Qingyuan Municipal Science and Technology Bureau shall be responsible for interpreting these Measures."),
    ("p", "Article 14 These Measures shall come into force on 1 May 2026 and remain valid for three years. The Several Measures on Talent Introduction (Qing Fu [2022] No. 17) shall be repealed at the same time."),
    ("sign", "Contact: Talent Work Division, Qingyuan Municipal Science and Technology Bureau; Ms. Huang Yuting; Tel: (0763) 338 6217"),
]
PAGE_W, PAGE_H = 595.27, 841.89
LEFT, RIGHT, TOP, BOTTOM = 72, 72, 770, 80
LEADING = 14
A_COLS = [72, 160, 280, 420]  # x of the table columns
FONTS = {"title": ("Helvetica-Bold", 13), "sub": ("Helvetica-Bold", 12), "meta": ("Helvetica", 10),
         "note": ("Helvetica-Oblique", 9.5), "p": ("Helvetica", 10.5), "caption": ("Helvetica-Bold", 10.5),
         "sign": ("Helvetica", 10)}


def a_expected_plain():
    out = []
    for kind, val in A_BLOCKS:
        if kind == "table":
            out += [" | ".join(r) for r in val]
        else:
            out.append(val)
    return out


def a_pdf_bytes():
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.lib.utils import simpleSplit
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(PAGE_W, PAGE_H), invariant=1)
    c.setTitle("Several Measures of Qingyuan City on Supporting Science and Technology Talents and Enterprise R&D Investment")
    c.setAuthor("Qingyuan Municipal People's Government")
    c.setSubject("English translation of Qing Fu [2026] No. 9")
    page = [1]

    def frame():
        c.setFont("Helvetica", 8)
        c.setFillGray(0.45)
        c.drawRightString(PAGE_W - RIGHT, 805, A_HEADER)
        c.drawCentredString(PAGE_W / 2, 45, f"- {page[0]} -")
        c.setFillGray(0)

    def draw_mixed(x, y, text, font, size):
        """Latin runs in the Helvetica font, CJK runs in STSong-Light; widths measured, so no gap between runs."""
        for piece in re.split(r"([\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+)", text):
            if not piece:
                continue
            f = "STSong-Light" if CJK.match(piece) else font
            c.setFont(f, size)
            c.drawString(x, y, piece)
            x += pdfmetrics.stringWidth(piece, f, size)

    frame()
    y = TOP
    for kind, val in A_BLOCKS:
        if kind == "table":
            rh = 20
            need = rh * len(val) + 10
            if y - need < BOTTOM:
                c.showPage(); page[0] += 1; frame(); y = TOP
            top = y + 14
            for ri, row in enumerate(val):
                font = "Helvetica-Bold" if ri == 0 else "Helvetica"
                for ci, cell in enumerate(row):
                    c.setFont(font, 10)
                    c.drawString(A_COLS[ci] + 4, y, cell)
                y -= rh
            bottom = y + 14
            c.setLineWidth(0.6)
            for yy in range(len(val) + 1):
                c.line(A_COLS[0], top - yy * rh, PAGE_W - RIGHT, top - yy * rh)
            for x in A_COLS + [PAGE_W - RIGHT]:
                c.line(x, top, x, bottom)
            y -= 12
            continue
        font, size = FONTS[kind]
        width = PAGE_W - LEFT - RIGHT
        lines = [val] if CJK.search(val) else simpleSplit(val, font, size, width)
        if y - LEADING * len(lines) < BOTTOM:
            c.showPage(); page[0] += 1; frame(); y = TOP
        for ln in lines:
            if kind in ("title", "sub"):
                c.setFont(font, size)
                c.drawCentredString(PAGE_W / 2, y, ln)
            else:
                draw_mixed(LEFT, y, ln, font, size)
            y -= LEADING
        y -= 10 if kind in ("title", "sub", "meta", "note") else 8
    c.showPage()
    c.save()
    return buf.getvalue(), page[0]


def pdf_read(path):
    """What a reader shows: pdfplumber words grouped into lines (same top), a line split into cells where words are
    more than 15pt apart; a multi-cell line is a table row (cells joined by ' | '); consecutive one-cell lines not
    more than LEADING+1 apart form one paragraph (joined by a space); the running header and '- N -' footers dropped."""
    import pdfplumber
    out = []
    with pdfplumber.open(str(path)) as pdf:
        npages = len(pdf.pages)
        for pg in pdf.pages:
            words = pg.extract_words(keep_blank_chars=False, use_text_flow=False)
            rows = {}
            for w in words:
                rows.setdefault(round(w["top"], 1), []).append(w)
            prev_top = None
            for top in sorted(rows):
                ws = sorted(rows[top], key=lambda w: w["x0"])
                cells, cur = [], [ws[0]]
                for a, b in zip(ws, ws[1:]):
                    if b["x0"] - a["x1"] > 15:
                        cells.append(cur)
                        cur = [b]
                    else:
                        cur.append(b)
                cells.append(cur)
                texts = [" ".join(w["text"] for w in cl) for cl in cells]
                line = " ".join(texts)
                if line == A_HEADER or re.fullmatch(r"- \d+ -", line):
                    continue
                if len(texts) > 1:
                    out.append(" | ".join(texts))
                    prev_top = None
                elif prev_top is not None and top - prev_top <= LEADING + 1:
                    out[-1] += " " + line
                    prev_top = top
                else:
                    out.append(line)
                    prev_top = top
    return out, npages


# ---------------------------------------------------------------------------------------------------------------
# B: 中山 bilingual HTML. B_BLOCKS: (tag, zh, en) -- the Chinese element, then <p lang="en"> with its translation;
#    ("table", caption, rows).
# ---------------------------------------------------------------------------------------------------------------
B_TABLE = [
    ["认定等级（Grade）", "一次性资助（One-off grant）", "设备补助比例（Equipment subsidy rate）", "设备补助上限（Equipment subsidy cap）"],
    ["国家级企业技术中心（National Enterprise Technology Centre）", "300万元", "30%", "800万元"],
    ["省级工程技术研究中心（Provincial Engineering Technology Research Centre）", "100万元", "25%", "400万元"],
    ["市级工程技术研究中心（Municipal Engineering Technology Research Centre）", "30万元", "20%", "150万元"],
    ["市级培育类研发机构（Municipal Incubated R&D Institution）", "10万元", "15%", "50万元"],
]
B_CAPTION = "表1　企业研发机构资助标准（Table 1 Subsidy Standards for Enterprise R&D Institutions）"
B_TITLE_ZH = "中山市科学技术局关于组织申报2026年度企业研发机构建设资助的通知"
B_BLOCKS = [
    ("h1", B_TITLE_ZH,
     "Notice of the Zhongshan Municipal Science and Technology Bureau on Applications for the 2026 Enterprise R&D Institution Construction Subsidy"),
    ("meta", "中科通〔2026〕11号", "Zhong Ke Tong [2026] No. 11"),
    ("p", "各镇街科技主管部门、各有关企业：根据《中山市促进企业研发机构建设办法》（中府〔2026〕6号），现就2026年度企业研发机构建设资助申报工作通知如下。",
     "To the science and technology departments of all towns and sub-districts and the enterprises concerned: in accordance with the Measures of Zhongshan for Promoting the Construction of Enterprise R&D Institutions (Zhong Fu [2026] No. 6), matters concerning applications for the 2026 Enterprise R&D Institution Construction Subsidy are hereby notified as follows."),
    ("h2", "一、申报条件", "1. Eligibility"),
    ("p", "申报企业须在中山市注册并具有独立法人资格，上年度研发费用不低于500万元，且占营业收入的比例不低于3%。",
     "Applicants must be registered in Zhongshan with independent legal person status, with R&D expenditure of no less than RMB 5 million in the previous year, accounting for no less than three percent of operating revenue."),
    ("p", "申报企业近三年内未发生重大安全、环保事故，且无严重失信记录。",
     "Applicants must have had no major safety or environmental accident in the past three years and no record of serious dishonesty."),
    ("h2", "二、资助标准", "2. Subsidy Standards"),
    ("p", "对新认定的企业研发机构，按认定等级给予一次性资助，并按研发设备购置额的一定比例给予补助，具体标准见下表：",
     "Newly recognised enterprise R&D institutions receive a one-off grant according to their grade, and a subsidy for a share of their R&D equipment purchases, as set out in the table below:"),
    ("table", B_CAPTION, B_TABLE),
    ("p", "设备补助以经审计的研发设备购置额为计算基数，同一机构只能享受一次。",
     "The equipment subsidy is calculated on the audited purchase value of R&D equipment at rates of thirty, twenty-five, twenty and fifteen percent for the four grades respectively, and each institution may receive it only once."),
    ("p", "落户翠亨新区的研发机构，一次性资助标准上浮10%。",
     "For R&D institutions located in the Cuiheng New Area, the one-off grant is increased by ten percent."),
    ("h2", "三、研发投入奖补", "3. R&D Investment Rewards"),
    ("p", "上年度研发费用较前一年度增长超过12%的企业，按增量部分的8%给予奖补，每家企业最高200万元。",
     "An enterprise whose R&D expenditure in the previous year grew by more than twelve percent over the year before receives a reward equal to eight percent of the increase, up to RMB 2 million per enterprise."),
    ("h2", "四、申报时间及方式", "4. Application Period and Method"),
    ("p", "申报时间为2026年5月6日至6月15日。申报企业通过“中山市科技业务管理系统”在线填报，并将纸质材料一式两份报送所在镇街科技主管部门。",
     "Applications shall be submitted from 6 May to 15 June 2026 through the Zhongshan Science and Technology Business Management System, and two paper copies shall be delivered to the local town or sub-district science and technology department."),
    ("h2", "五、审核程序", "5. Review Procedure"),
    ("p", "镇街科技主管部门在申报截止后10个工作日内完成初审；市科学技术局组织专家评审并实地核查，拟资助名单在局网站公示7天。",
     "Town and sub-district departments complete the preliminary review within ten working days after the deadline; the Municipal Science and Technology Bureau organises expert review and on-site verification, and the proposed list is published on its website for seven days."),
    ("h2", "六、组织实施", "6. Organisation and Implementation"),
    ("p", "本项工作由中山市科学技术局牵头组织实施，市财政局负责资金保障，国家税务总局中山市税务局协助核查企业研发费用加计扣除数据。",
     "The Zhongshan Municipal Science and Technology Bureau takes the lead in this work; the Municipal Finance Bureau is responsible for funding, and the Zhongshan Municipal Tax Service of the State Taxation Administration helps verify enterprises' data on the additional deduction of R&D expenses."),
    ("h2", "七、监督管理", "7. Supervision"),
    ("p", "对弄虚作假骗取资助的企业，追回已拨付资金，并取消其3年内申报市级科技项目的资格。",
     "An enterprise that obtains a subsidy by fraud shall have the funds recovered and be barred from applying for municipal science and technology projects for three years."),
    ("h2", "八、联系方式", "8. Contact"),
    ("p", "中山市科学技术局产学研合作科，联系人：刘志明，电话：0760-8832 6710。",
     "Industry-University-Research Cooperation Division, Zhongshan Municipal Science and Technology Bureau; contact: Mr. Liu Zhiming; Tel: 0760-8832 6710."),
    ("sign", "中山市科学技术局　2026年4月20日", "Zhongshan Municipal Science and Technology Bureau, 20 April 2026"),
]


def html_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def b_html():
    out = ['<!DOCTYPE html>', '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">',
           f"<title>{html_esc(B_TITLE_ZH)}</title>",
           "<style>body{font-family:sans-serif;max-width:900px;margin:auto}p[lang=en]{color:#335;font-style:italic}"
           "table{border-collapse:collapse}th,td{border:1px solid #888;padding:4px 6px}</style>", "</head>", "<body>",
           '<div class="crumb">首页 &gt; 政务公开 &gt; 通知公告 / Home &gt; Notices</div>', '<div class="article">']
    for blk in B_BLOCKS:
        if blk[0] == "table":
            _, cap, rows = blk
            out += ["<table>", f"<caption>{html_esc(cap)}</caption>", "<thead>",
                    "<tr>" + "".join(f"<th>{html_esc(c)}</th>" for c in rows[0]) + "</tr>", "</thead>", "<tbody>"]
            out += ["<tr>" + "".join(f"<td>{html_esc(c)}</td>" for c in r) + "</tr>" for r in rows[1:]]
            out += ["</tbody>", "</table>"]
            continue
        tag, zh, en = blk
        if tag in ("h1", "h2"):
            out.append(f"<{tag}>{html_esc(zh)}</{tag}>")
        else:
            cls = f' class="{tag}"' if tag != "p" else ""
            out.append(f"<p{cls}>{html_esc(zh)}</p>")
        out.append(f'<p lang="en">{html_esc(en)}</p>')
    out += ["</div>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


def b_expected_plain():
    out = []
    for blk in B_BLOCKS:
        if blk[0] == "table":
            out.append(blk[1])
            out += [" | ".join(r) for r in blk[2]]
        else:
            out += [blk[1], blk[2]]
    return out


def html_read(raw):
    """h1/h2/p/caption inside div.article each one line (whitespace squashed); a table row its cells joined by ' | '."""
    import lxml.html
    root = lxml.html.fromstring(raw.encode("utf-8"))
    art = root.find_class("article")[0]
    lines = []
    for el in art.iter():
        if el.tag in ("h1", "h2", "p", "caption"):
            t = re.sub(r"[ \t\r\n]+", " ", el.text_content()).strip(" ")
            if t:
                lines.append(t)
        elif el.tag == "tr":
            lines.append(" | ".join(re.sub(r"[ \t\r\n]+", " ", c.text_content()).strip(" ") for c in el if c.tag in ("th", "td")))
    return lines, root


# ---------------------------------------------------------------------------------------------------------------
# C: 韶关 notice, UTF-8 .txt, LF, 　　-indented paragraphs, TAB-separated attachment table.
# ---------------------------------------------------------------------------------------------------------------
C_TABLE = [
    ["人才类别", "安家补贴", "生活补贴（每月）", "发放期限"],
    ["A类（顶尖人才）", "200万元", "1.5万元", "60个月"],
    ["B类（领军人才）", "100万元", "1万元", "48个月"],
    ["C类（拔尖人才）", "60万元", "6000元", "36个月"],
    ["D类（青年骨干人才）", "20万元", "3000元", "24个月"],
]
C_LINES = [
    "韶关市科学技术局　韶关市人力资源和社会保障局",
    "关于组织申报2026年度“丹霞英才”科技人才资助项目的通知",
    "韶科〔2026〕21号",
    "",
    "各县（市、区）科技主管部门、人力资源和社会保障部门，各有关单位：",
    "　　为深入实施人才强市战略，加快集聚科技创新人才，根据《韶关市科技人才引育若干措施》（韶府〔2024〕19号），现将2026年度“丹霞英才”科技人才资助项目申报工作有关事项通知如下：",
    "一、资助对象",
    "　　（一）2024年1月1日以后全职引进到我市企业、高校、科研院所工作的科技人才，须与用人单位签订不少于5年的劳动合同，并在我市缴纳社会保险。",
    "　　（二）申报人年龄一般不超过45周岁，顶尖人才可放宽至60周岁。",
    "二、资助标准",
    "　　经认定的科技人才按类别给予安家补贴和生活补贴，具体标准见附件。安家补贴分3年拨付，第一年拨付50%，第二、三年各拨付25%。",
    "三、博士及博士后支持",
    "　　（一）全职引进到我市企业工作的35周岁以下博士研究生，给予一次性生活补贴8万元。",
    "　　（二）新设立的博士后科研工作站给予一次性建站资助40万元，新设立的博士后创新实践基地给予一次性资助30万元。",
    "　　（三）在站博士后每人每年给予生活补贴10万元，最长资助2年。",
    "四、申报时间",
    "　　申报时间为2026年6月1日至6月30日，逾期不予受理。",
    "五、申报方式",
    "　　申报人通过用人单位在“韶关市科技业务管理平台”在线填报，用人单位审核后，将纸质材料一式三份报送所在县（市、区）科技主管部门。",
    "六、评审及公示",
    "　　县（市、区）科技主管部门在申报截止后15个工作日内完成初审并择优推荐；市科学技术局会同市人力资源和社会保障局组织专家评审，评审结果公示5个工作日。",
    "七、工作要求",
    "　　本项工作由韶关市科学技术局牵头组织，市人力资源和社会保障局负责人才类别认定，市财政局负责资金拨付。对弄虚作假的，追回资助资金，且5年内不得申报市级人才项目。",
    "　　联系人：市科学技术局人才与合作科　钟丽华，电话：0751-8876352。",
    "",
    "附件：2026年度“丹霞英才”科技人才资助标准",
    "TABLE",
    "",
    "韶关市科学技术局　韶关市人力资源和社会保障局",
    "2026年5月12日",
    "（此件主动公开）",
]


def c_file_text():
    lines = []
    for ln in C_LINES:
        lines += ["\t".join(r) for r in C_TABLE] if ln == "TABLE" else [ln]
    return "\n".join(lines) + "\n"


def c_read(text):
    """Each non-empty line stripped (U+3000 indentation removed); a line with TABs is a table row, cells joined by ' | '.
    The second heading line repeats the first (both bodies sign) -- kept, as a reader would."""
    out, rows = [], []
    for ln in text.split("\n"):
        s = ln.strip()
        if not s:
            continue
        if "\t" in s:
            cells = s.split("\t")
            rows.append(cells)
            out.append(" | ".join(cells))
        else:
            out.append(s)
    return out, rows


def c_expected_plain():
    out = []
    for ln in C_LINES:
        if ln == "TABLE":
            out += [" | ".join(r) for r in C_TABLE]
        elif ln:
            out.append(ln.strip())
    return out


# ---------------------------------------------------------------------------------------------------------------
# Questions. hint: substring picking exactly one plain line (the evidence). lang: "en" for an English question of a
# Chinese kind. traditional: written in TRADITIONAL Chinese (the Chinese texts are Simplified). Unanswerable: keys
# (absent from ALL docs), gkeys (places: absent from all docs, named in the question), near (present in the doc).
# table: col = answer's column. who_leads: verb / qverb. typo: wrong / right.
# ---------------------------------------------------------------------------------------------------------------
Q = [
    # ---- A 清远 English translation (PDF; 17)
    dict(id="u50-A01", doc="A", kind="table", q="清远市支持科技人才和企业研发的若干措施里，B类人才的安家补贴是多少？", a="RMB 1.6 million", hint="Category B | ", col=1),
    dict(id="u50-A02", doc="A", kind="table", q="清远这份人才政策英文版中，C类人才每个月能领多少生活津贴？", a="RMB 8,000", hint="Category C | ", col=2),
    dict(id="u50-A03", doc="A", kind="table", lang="en", q="For a Category D talent in Qingyuan, how many months is the monthly living money paid for?", a="24 months", hint="Category D | ", col=3),
    dict(id="u50-A04", doc="A", kind="who_leads", q="清远市支持科技人才和企业研发投入的若干措施由哪个部门牵头实施？", a="Qingyuan Municipal Science and Technology Bureau", hint="Article 11 ", verb="shall take the lead", qverb="牵头"),
    dict(id="u50-A05", doc="A", kind="english", q="Under Qingyuan's measures on S&T talents and enterprise R&D, what is the most an enterprise can get per year as a reward for growing its R&D spending?", a="2 million yuan", hint="Article 7 "),
    dict(id="u50-A06", doc="A", kind="english", q="How much is the one-off set-up subsidy for a new postdoctoral research workstation in Qingyuan?", a="500,000 yuan", hint="Article 5 "),
    dict(id="u50-A07", doc="A", kind="english", q="From what date do Qingyuan's talent and R&D investment measures take effect?", a="1 May 2026", hint="Article 14 "),
    dict(id="u50-A08", doc="A", kind="english", q="What reward does a headhunting firm get from Qingyuan for bringing in a Category A talent?", a="50,000 yuan", hint="Article 9 "),
    dict(id="u50-A09", doc="A", kind="english", q="In Qingyuan, how long does the science and technology bureau have to finish reviewing talent and R&D subsidy applications once the window closes?", a="30 working days", hint="Article 10 "),
    dict(id="u50-A10", doc="A", kind="paraphrase", q="清远的企业刚招来一位三十出头的博士，他一次性能领多少生活补助？", a="100,000 yuan", hint="Article 4 "),
    dict(id="u50-A11", doc="A", kind="paraphrase", q="在清远，高层次人才不住人才公寓的话，每月租房能补多少钱？", a="2,000 yuan per month", hint="Article 6 "),
    dict(id="u50-A12", doc="A", kind="paraphrase", lang="en", q="If a Qingyuan company gets a research centre approved by Guangdong province or a higher authority, what one-time bonus does it receive?", a="1 million yuan", hint="Article 8 "),
    dict(id="u50-A13", doc="A", kind="traditional", q="清遠市人才與研發措施中，新設立的博士後創新實踐基地可獲多少資助？", a="200,000 yuan", hint="Article 5 "),
    dict(id="u50-A14", doc="A", kind="english_unanswerable", q="What settlement subsidy does Qingyuan provide for a Category E talent?", keys=["Category E", "E类"], near=["Category D"]),
    dict(id="u50-A15", doc="A", kind="unanswerable", q="与清远相邻的贺州市，引进的A类科技人才能拿多少安家补贴？", gkeys=["贺州", "Hezhou"], near=["Category A"]),
    dict(id="u50-A16", doc="A", kind="unanswerable", q="清远市对本科毕业生到企业工作给多少生活补贴？", keys=["本科", "[Bb]achelor"], near=["master's degree"]),
    dict(id="u50-A17", doc="A", kind="unanswerable", q="清远市引进的科技人才可以享受哪些个人所得税奖励？", keys=["所得税", "[Ii]ncome tax"], near=["settlement subsidy"]),
    # ---- B 中山 bilingual HTML (16)
    dict(id="u50-B01", doc="B", kind="table", q="中山市2026年度企业研发机构建设资助，新认定的省级工程技术研究中心一次能拿多少钱？", a="100万元", hint="省级工程技术研究中心（Provincial", col=1),
    dict(id="u50-B02", doc="B", kind="table", q="中山市级培育类研发机构购置研发设备，按多大比例给补助？", a="15%", hint="市级培育类研发机构（", col=2),
    dict(id="u50-B03", doc="B", kind="table", lang="en", q="In Zhongshan, what is the maximum equipment subsidy for a national enterprise technology centre?", a="800万元", hint="国家级企业技术中心（", col=3),
    dict(id="u50-B04", doc="B", kind="who_leads", q="中山市企业研发机构建设资助申报工作由哪个部门牵头？", a="中山市科学技术局", hint="牵头组织实施", verb="牵头", qverb="牵头"),
    dict(id="u50-B05", doc="B", kind="english", q="By what date must Zhongshan enterprises submit applications for the 2026 Enterprise R&D Institution Construction Subsidy?", a="15 June 2026", hint="Applications shall be submitted"),
    dict(id="u50-B06", doc="B", kind="paraphrase", q="中山的企业去年研发投入比上年涨了一成半，多出来的那块按几个点给奖励？", a="8%", hint="增量部分的"),
    dict(id="u50-B07", doc="B", kind="paraphrase", q="想申请中山这项资助，企业前一年至少要在研发上花掉多少？", a="500万元", hint="上年度研发费用不低于"),
    dict(id="u50-B08", doc="B", kind="paraphrase", q="中山各镇街要在报名结束后多少天内把第一轮审查做完？", a="10个工作日", hint="完成初审"),
    dict(id="u50-B09", doc="B", kind="typo", q="中山的研发机构如果设在翠享新区，一次性资助能多拿百分之几？", a="10%", hint="落户翠亨新区", wrong="翠享", right="翠亨"),
    dict(id="u50-B10", doc="B", kind="typo", q="中山市2026年度企业研发机购建设资助，拟资助名单要公示几天？", a="7天", hint="公示7天", wrong="研发机购", right="研发机构"),
    dict(id="u50-B11", doc="B", kind="traditional", q="中山市企業研發機構建設資助中，申報企業上年度研發費用須佔營業收入多少比例？", a="3%", hint="上年度研发费用不低于"),
    dict(id="u50-B12", doc="B", kind="english_unanswerable", q="How much is the one-off grant for a district-level R&D institution in Zhongshan?", keys=["[Dd]istrict-level", "区级"], near=["市级工程技术研究中心"]),
    dict(id="u50-B13", doc="B", kind="unanswerable", q="广州南沙的企业研发机构建设一次性资助标准是多少？", gkeys=["南沙", "Nansha"], near=["一次性资助"]),
    dict(id="u50-B14", doc="B", kind="unanswerable", q="中山市2025年度企业研发机构建设资助共支持了多少家企业？", keys=["2025"], near=["2026年度"]),
    dict(id="u50-B15", doc="B", kind="unanswerable", q="中山市对企业新建的重点实验室给予多少资助？", keys=["重点实验室", "[Kk]ey [Ll]aborator"], near=["企业研发机构"]),
    dict(id="u50-B16", doc="B", kind="unanswerable", q="中山市市场监督管理局在企业研发机构资助工作中负责什么？", keys=["市场监督", "[Mm]arket [Rr]egulation"], near=["市财政局"]),
    # ---- C 韶关 txt (17)
    dict(id="u50-C01", doc="C", kind="table", q="韶关丹霞英才项目里，B类领军人才来韶关安家，一次能拿到多少？", a="100万元", hint="B类（领军人才）", col=1),
    dict(id="u50-C02", doc="C", kind="table", lang="en", q="For how many months does Shaoguan pay the monthly living allowance to a Category C talent under the 2026 Danxia Talents programme?", a="36个月", hint="C类（拔尖人才）", col=3),
    dict(id="u50-C03", doc="C", kind="who_leads", q="韶关市丹霞英才科技人才资助项目由哪个部门牵头？", a="韶关市科学技术局", hint="牵头组织", verb="牵头", qverb="牵头"),
    dict(id="u50-C04", doc="C", kind="english", q="What is the application period for Shaoguan's 2026 Danxia Talents science and technology talent funding?", a="2026年6月1日至6月30日", hint="申报时间为"),
    dict(id="u50-C05", doc="C", kind="english", q="How much is the one-off living subsidy for a doctoral graduate under 35 recruited full-time by a company in Shaoguan?", a="8万元", hint="博士研究生"),
    dict(id="u50-C06", doc="C", kind="english", q="Within how many working days must county-level science and technology departments in Shaoguan finish the preliminary review of Danxia Talents applications?", a="15个工作日", hint="完成初审"),
    dict(id="u50-C07", doc="C", kind="english", q="What share of the settlement subsidy is paid in the first year under Shaoguan's Danxia Talents programme?", a="50%", hint="第一年拨付"),
    dict(id="u50-C08", doc="C", kind="paraphrase", q="韶关引进的顶尖人才，申报年龄最多可以放宽到多大？", a="60周岁", hint="放宽至"),
    dict(id="u50-C09", doc="C", kind="paraphrase", q="韶关那边正在站里做研究的博士后，一年能领多少生活费？", a="10万元", hint="在站博士后"),
    dict(id="u50-C10", doc="C", kind="typo", q="绍关市2026年度丹霞英才项目，评审结果要公示几个工作日？", a="5个工作日", hint="评审结果公示", wrong="绍关", right="韶关"),
    dict(id="u50-C11", doc="C", kind="typo", q="韶关市丹霞英才项目，新设立的博仕后创新实践基地资助多少？", a="30万元", hint="创新实践基地", wrong="博仕后", right="博士后"),
    dict(id="u50-C12", doc="C", kind="typo", q="韶关丹霞英才项目中D类青年骨干人才的安家补帖是多少？", a="20万元", hint="D类（青年骨干人才）", wrong="补帖", right="补贴"),
    dict(id="u50-C13", doc="C", kind="traditional", q="韶關市丹霞英才項目的申報紙本材料要一式幾份報送？", a="一式三份", hint="一式三份"),
    dict(id="u50-C14", doc="C", kind="english_unanswerable", q="What research start-up funding does Shaoguan give to Category A talents under the Danxia Talents programme?", keys=["启动", "[Ss]tart-up"], near=["A类（顶尖人才）"]),
    dict(id="u50-C15", doc="C", kind="unanswerable", q="河源市2026年度引进的A类科技人才安家补贴是多少？", gkeys=["河源", "Heyuan"], near=["A类（顶尖人才）"]),
    dict(id="u50-C16", doc="C", kind="unanswerable", q="韶关丹霞英才项目E类人才的生活补贴是多少？", keys=["E类", "Category E"], near=["D类（青年骨干人才）"]),
    dict(id="u50-C17", doc="C", kind="unanswerable", q="韶关市2027年度丹霞英才项目什么时候开始申报？", keys=["2027"], near=["2026年度"]),
]

KIND_COUNTS = {"english": 10, "english_unanswerable": 3, "paraphrase": 8, "typo": 5, "table": 8, "who_leads": 3,
               "traditional": 3, "unanswerable": 10}
DOC_COUNTS = {"A": 17, "B": 16, "C": 17}
KIND_DOC_COUNTS = {  # kind: (A, B, C)
    "english": (5, 1, 4), "english_unanswerable": (1, 1, 1), "paraphrase": (3, 3, 2), "typo": (0, 2, 3),
    "table": (3, 3, 2), "who_leads": (1, 1, 1), "traditional": (1, 1, 1), "unanswerable": (3, 4, 3)}
PLACE = {"A": ("清远", "Qingyuan"), "B": ("中山", "Zhongshan"), "C": ("韶关", "Shaoguan")}
PLACE_KEYS = ["贺州", "Hezhou", "南沙", "Nansha", "河源", "Heyuan"]  # near misses: in no document
PARAPHRASE_MAX_RUN = 4       # Chinese characters in a row shared with the evidence (after t2s)
PARAPHRASE_MAX_WORDS = 3     # English words in a row shared with the evidence
OTHER_MAX_RUN = 16
OTHER_MAX_WORDS = 8
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


def words(s):
    return re.findall(r"[a-z0-9]+(?:[&'-][a-z0-9]+)*", s.lower())


def num_count(s, text):
    """Occurrences of s not glued to further digits (30万元 does not count in 300万元, 5% not in 25%, 8,000 not in
    800,000, 5个工作日 not in 15个工作日)."""
    return len(re.findall(r"(?<![\d.,:：$-])" + re.escape(s) + r"(?![\d]|[.,]\d)", text))


def nfkc(s):
    return unicodedata.normalize("NFKC", s)


def trad_only(text):
    """Han characters that are Traditional forms: t2s changes them."""
    return {c for c in set(text) if HAN.match(c) and T2S.convert(c) != c}


def simp_only(text):
    """Han characters that are Simplified-only forms: unchanged by t2s, changed by both s2tw and s2hk."""
    return {c for c in set(text) if HAN.match(c) and c != "准" and T2S.convert(c) == c and S2TW.convert(c) != c and S2HK.convert(c) != c}


def main():
    CORPUS.mkdir(exist_ok=True)
    PLAIN.mkdir(exist_ok=True)
    fails = []

    def check(cond, msg):
        if not cond:
            fails.append(msg)

    # ---- build
    a_bytes, a_pages = a_pdf_bytes()
    (CORPUS / FILE_A).write_bytes(a_bytes)
    (CORPUS / FILE_B).write_bytes(b_html().encode("utf-8"))
    (CORPUS / FILE_C).write_bytes(c_file_text().encode("utf-8"))

    # ---- plain texts (read back from the files)
    a_plain, npages = pdf_read(CORPUS / FILE_A)
    b_file = (CORPUS / FILE_B).read_bytes().decode("utf-8")
    b_plain, b_root = html_read(b_file)
    c_bytes = (CORPUS / FILE_C).read_bytes()
    c_raw = c_bytes.decode("utf-8")
    c_plain, c_rows = c_read(c_raw)
    plains = {"A": a_plain, "B": b_plain, "C": c_plain}
    for d, lines in plains.items():
        (PLAIN / (Path(FILES[d]).stem + ".txt")).write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    ptext = {d: "\n".join(v) for d, v in plains.items()}
    import pypdf
    a_pypdf = "\n".join(p.extract_text() for p in pypdf.PdfReader(str(CORPUS / FILE_A)).pages)
    raw = {"A": a_pypdf, "B": b_file, "C": c_raw}
    sizes = {"A": (3000, 6000), "B": (2500, 6000), "C": (900, 2200)}
    for d, (lo, hi) in sizes.items():
        check(all(ln == ln.strip() and ln for ln in plains[d]), f"{d}: empty or padded plain line")
        check(lo <= len(ptext[d]) <= hi, f"{d}: {len(ptext[d])} plain characters, want {lo:,}-{hi:,}")

    # ---- A: English PDF
    check(a_bytes.startswith(b"%PDF-") and npages >= 2 and a_pages == npages, f"A: a PDF of 2+ pages ({npages})")
    check(a_plain == a_expected_plain(), "A: the lines read back (pdfplumber) equal the design")
    norm = lambda s: re.sub(r"\s+", " ", s).strip()  # noqa: E731
    a_flow = norm(" ".join(ln.replace(" | ", " ") for ln in a_expected_plain()))
    a_py = norm(" ".join(ln for ln in a_pypdf.split("\n") if ln.strip() != A_HEADER and not re.fullmatch(r"- \d+ -", ln.strip())))
    check(a_py.replace(" ", "") == a_flow.replace(" ", ""), "A: pypdf's text layer holds the same text")
    cjk_lines = [ln for ln in a_plain if CJK.search(ln)]
    check(cjk_lines == [A_BLOCKS[2][1]] and f"({A_DOCNO_ZH})" in cjk_lines[0], "A: English only, except the Chinese document number in brackets")
    arts = re.findall(r"^Article (\d+) ", ptext["A"], re.M)
    check(arts == [str(i) for i in range(1, 15)], f"A: Article 1 .. Article 14 in order ({arts})")
    a_prose = "\n".join(ln for ln in a_plain if " | " not in ln)
    check(len(re.findall(r"\d million yuan|\d,000 yuan", a_prose)) >= 8 and all(r[1].startswith("RMB ") for r in A_TABLE[1:]),
          "A: 'yuan' amounts in the prose, 'RMB' in the table")
    check(re.search(r"\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) 20\d\d\b", a_prose),
          "A: English dates")
    for r in A_TABLE[1:]:
        for cell in r[1:]:
            check(num_count(cell, a_prose) == 0, f"A: table figure {cell} also in the prose")
    check(len([ln for ln in a_plain if "take the lead" in ln]) == 1, "A: one 'take the lead' line")

    # ---- B: bilingual HTML
    check(b_root.get("lang") == "zh-CN" and '<meta charset="utf-8">' in b_file, "B: lang zh-CN, charset utf-8")
    check(b_plain == b_expected_plain(), "B: the lines read back (lxml) equal the design")
    art = b_root.find_class("article")[0]
    kids = [el for el in art if el.tag in ("h1", "h2", "p", "table")]
    pairs_ok = True
    for i, el in enumerate(kids):
        if el.tag == "table":
            continue
        if el.get("lang") == "en":
            pairs_ok &= i > 0 and kids[i - 1].tag != "table" and kids[i - 1].get("lang") is None and not CJK.search(el.text_content())
        else:
            pairs_ok &= i + 1 < len(kids) and kids[i + 1].get("lang") == "en" and bool(HAN.search(el.text_content()))
    check(pairs_ok and len(art.findall('p[@lang="en"]')) == len([b for b in B_BLOCKS if b[0] != "table"]),
          "B: every Chinese paragraph followed by its <p lang=\"en\"> translation")
    b_en = [b[2] for b in B_BLOCKS if b[0] != "table"]
    b_zh = [b[1] for b in B_BLOCKS if b[0] != "table"]
    check(not any("%" in e for e in b_en) and sum(len(re.findall(r"\b(?:[a-z]+-)?[a-z]+ percent\b", e)) for e in b_en) >= 4
          and sum(len(re.findall(r"\b(?:three|seven|ten)\b", e)) for e in b_en) >= 3, "B: English gives figures in words")
    check(not any(trad_only(z) for z in b_zh + [c for r in B_TABLE for c in r]), "B: Chinese side Simplified")
    b_prose = "\n".join(b_zh)
    for r in B_TABLE[1:]:
        for cell in r[1:]:
            check(num_count(cell, b_prose) == 0, f"B: table figure {cell} also in the Chinese prose")
    check(len([ln for ln in b_plain if "牵头" in ln]) == 1 and len([ln for ln in b_plain if "takes the lead" in ln]) == 1, "B: one 牵头 line, one 'takes the lead' line")

    # ---- C: UTF-8 txt, LF, TAB table
    check(b"\r" not in c_bytes and c_bytes.endswith(b"\n") and not c_bytes.startswith(b"\xef\xbb\xbf"), "C: UTF-8 without BOM, LF line ends")
    check(c_plain == c_expected_plain() and c_rows == C_TABLE, "C: reading the file gives the designed lines and table")
    check(not trad_only(c_raw) and len(simp_only(c_raw)) >= 20 and len(HAN.findall(c_raw)) > 500, "C: a Simplified Chinese text")
    tab_lines = [ln for ln in c_raw.split("\n") if "\t" in ln]
    check(len(tab_lines) == len(C_TABLE) and all(ln.count("\t") == 3 for ln in tab_lines), "C: TAB-separated table, 4 columns")
    check(not re.search(r"[A-Za-z]{2,}", c_raw), "C: no English in the Chinese notice")
    c_prose = "\n".join(ln for ln in c_plain if " | " not in ln)
    for r in C_TABLE[1:]:
        for cell in r[1:]:
            check(num_count(cell, c_prose) == 0, f"C: table figure {cell} also in the prose")
    check(len([ln for ln in c_plain if "牵头" in ln]) == 1, "C: one 牵头 line")

    every = {d: [ptext[d], raw[d], T2S.convert(ptext[d]), S2T.convert(ptext[d]), S2TW.convert(ptext[d]), S2HK.convert(ptext[d])]
             for d in "ABC"}

    def occurs(pattern, docs="ABC"):
        return any(re.search(pattern, t) for d in docs for t in every[d])

    for key in PLACE_KEYS:
        for f in {key, S2T.convert(key), T2S.convert(key)}:
            check(not occurs(f), f"near-miss place {f} occurs in a document")

    # ---- questions
    out, runs, ids = [], {}, set()
    for q in Q:
        d, k = q["doc"], q["kind"]
        question = q["q"]
        en_q = k in ("english", "english_unanswerable") or q.get("lang") == "en"
        check(q["id"] not in ids, f"dup id {q['id']}")
        ids.add(q["id"])
        check(q["id"][4] == d, f"{q['id']}: id letter vs doc")
        ev = ""
        if k in UNANSWERABLE:
            ans = ""
            check(bool(q.get("keys")) or bool(q.get("gkeys")), f"{q['id']}: needs keys")
            for key in q.get("keys", []) + q.get("gkeys", []):
                for f in {key, S2T.convert(key), S2TW.convert(key), S2HK.convert(key), T2S.convert(key)}:
                    check(not occurs(f), f"{q['id']}: key {f} occurs in a document")
            check(any(re.search(key, question) or re.search(key, T2S.convert(question)) for key in q.get("keys", []) + q.get("gkeys", [])),
                  f"{q['id']}: a key is in the question")
            for n in q["near"]:
                check(n in ptext[d], f"{q['id']}: near-miss term {n} not in doc")
        else:
            ans = q["a"]
            hits = [ln for ln in plains[d] if q["hint"] in ln]
            check(len(hits) == 1, f"{q['id']}: hint matches {len(hits)} lines")
            ev = hits[0] if hits else ""
            check(ans in ev, f"{q['id']}: answer not in evidence")
            check(plains[d].count(ev) == 1, f"{q['id']}: evidence line not unique")
            check(ans in norm(raw[d]) or ans in raw[d], f"{q['id']}: answer not in the raw file / text layer")
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
                table = {"A": A_TABLE, "B": B_TABLE, "C": C_TABLE}[d]
                hit = [r for r in table[1:] if " | ".join(r) == ev]
                check(len(hit) == 1, f"{q['id']}: evidence must be a data row of the table")
                if hit:
                    ci = q["col"]
                    check(ans == hit[0][ci], f"{q['id']}: answer must be the {table[0][ci]} cell")
                    check(sum(ans in c for c in hit[0]) == 1, f"{q['id']}: other cells differ")
                    for part in re.split(r"[（）]", table[0][ci]):
                        if part:
                            check(T2S.convert(part).lower() not in T2S.convert(question).lower(), f"{q['id']}: question copies the column header {part}")
            if k == "who_leads":
                check(re.search(re.escape(ans) + r"[^;；。，]*?" + q["verb"], ev), f"{q['id']}: {ans} … {q['verb']}")
                check(q["qverb"] in question, f"{q['id']}: question must ask who {q['qverb']}")
        zh_place, en_place = PLACE[d]
        if en_q:
            check(not CJK.search(question), f"{q['id']}: CJK in English question")
            check(en_place in question, f"{q['id']}: English question must name {en_place}")
        else:
            check(bool(HAN.search(question)), f"{q['id']}: Chinese kinds asked in Chinese")
            if k not in UNANSWERABLE and k != "typo":
                check(zh_place in T2S.convert(question), f"{q['id']}: names {zh_place}")
            if k != "traditional":
                check(not trad_only(question), f"{q['id']}: other Chinese questions in Simplified ({sorted(trad_only(question))})")
        if k == "traditional":
            to = trad_only(question)
            check(len(to) >= 3 and not simp_only(question), f"{q['id']}: must be written in Traditional ({sorted(to)})")
            check(not any(ch in ptext[d] or ch in raw[d] for ch in to), f"{q['id']}: a Traditional character occurs in the doc")
        if k == "typo":
            w, r = q["wrong"], q["right"]
            check(len(w) == len(r) and sum(x != y for x, y in zip(w, r)) == 1, f"{q['id']}: typo must differ by one char")
            check(w in question and r not in question, f"{q['id']}: typo form")
            check(r in ptext[d], f"{q['id']}: real form not in doc")
            for f in {w, S2T.convert(w), S2TW.convert(w), S2HK.convert(w), T2S.convert(w)}:
                check(not occurs(re.escape(f)), f"{q['id']}: wrong form {f} occurs in a document")
        if ev:
            text = question.replace(q["wrong"], q["right"]) if k == "typo" else question
            if en_q:
                wq, we = words(text), words(ev)
                runs[q["id"]] = ("w", lcs_run(wq, we))
                lim = PARAPHRASE_MAX_WORDS if k == "paraphrase" else OTHER_MAX_WORDS
            else:
                runs[q["id"]] = ("c", lcs_run(T2S.convert(text), T2S.convert(ev)))
                lim = PARAPHRASE_MAX_RUN if k == "paraphrase" else OTHER_MAX_RUN
            check(runs[q["id"]][1] <= lim, f"{q['id']}: common run {runs[q['id']]} > {lim}")
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
    check(all(re.fullmatch(r"u50-[ABC]\d\d", o["id"]) for o in out), "id format")
    for d in "ABC":
        nums_d = [int(o["id"][5:]) for o in out if o["id"][4] == d]
        check(nums_d == list(range(1, len(nums_d) + 1)), f"{d}: ids numbered without gaps")
    # cross-language mix: Chinese questions about the English PDF, English questions about the Chinese-only txt
    zh_on_a = sum(1 for q in Q if q["doc"] == "A" and q["kind"] not in UNANSWERABLE and HAN.search(q["q"]))
    en_on_c = sum(1 for q in Q if q["doc"] == "C" and q["kind"] not in UNANSWERABLE and not CJK.search(q["q"]))
    en_kind = {d: sum(1 for q in Q if q["kind"] == "english" and q["doc"] == d) for d in "ABC"}
    check(zh_on_a >= 5 and en_on_c >= 5 and en_kind["A"] >= 3 and en_kind["C"] >= 3,
          f"cross-language mix ({zh_on_a} Chinese on A, {en_on_c} English on C, english kind {en_kind})")

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
    print(f"A: {npages} pages, {len(a_bytes)} bytes")
    print("kinds:", dict(sorted(kc.items())), "docs:", dc, f"; {zh_on_a} Chinese questions on A, {en_on_c} English on C")
    para = {i: r for i, r in runs.items() if next(q for q in Q if q["id"] == i)["kind"] == "paraphrase"}
    print("longest common run, paraphrase:", {i: r for i, r in para.items()})
    print("longest common run, others: chars max", max((r[1], i) for i, r in runs.items() if r[0] == "c"),
          "; words max", max((r[1], i) for i, r in runs.items() if r[0] == "w"))
    if fails:
        print("FAILED:")
        for x in fails:
            print("  -", x)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
