#!/usr/bin/env python3
"""Build unseen51 (theme: statistics and numbers): three fictional Simplified-Chinese documents --
  A  a statistical bulletin as Markdown (.md): 自贡市2025年科技创新发展统计公报, GitHub pipe tables (表1 with a units
     line 「单位：亿元，%」 so its cells are bare numbers; 表2 by 区（县） with a 合计 row), footnotes in [^1] style, figures
     given as 同比增长 / 百分点 / 倍;
  B  an annual report as a text-layer PDF (reportlab, STSong-Light CID font): 玉溪市科技创新年度报告（2025）, the key
     figures only in small "data boxes" (drawn rectangles, a big number over a caption) in a sidebar beside the prose,
     plus a ruled table (grid lines) of the 县（市、区）;
  C  a news release as HTML: 2026年遂宁市科技成果转化对接会, figures in 万 / 亿 mixed with Arabic and Chinese
     numerals (一千二百家, 3.5万人次, 三十二个, 8000万元), and a small table of signed projects by field;
their plain texts (plain/), 50 questions (questions.jsonl), then the consistency checks (exit 1 on any failure).
Writes only inside unseen51/. Deterministic: a rebuild is byte for byte identical (reportlab invariant mode).

Approach and helpers follow unseen48's builder (itself after unseen44): the question table with a `hint` that must
pick exactly one evidence line, digit-bounded num_count (also on NFKC text), keys / gkeys / near for unanswerables,
lcs_run for paraphrases, OpenCC for the cross-script questions, and the question-checking loop. New here: the
documents are Simplified, so `traditional` questions are written in TRADITIONAL Chinese; table questions may ask which
row is largest / smallest / second (`rank`), checked against the table's numbers."""
import json
import re
import sys
import unicodedata
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
PLAIN = ROOT / "plain"

FILE_A = "A_zigong_2025_keji_chuangxin_fazhan_tongji_gongbao_pipe_tables_footnotes.md"
FILE_B = "B_yuxi_2025_keji_chuangxin_niandu_baogao_data_boxes_ruled_table.pdf"
FILE_C = "C_suining_2026_keji_chengguo_zhuanhua_duijiehui_xinwen_mixed_numerals.html"
FILES = {"A": FILE_A, "B": FILE_B, "C": FILE_C}

S2T = opencc.OpenCC("s2t")
S2TW = opencc.OpenCC("s2tw")
S2TWP = opencc.OpenCC("s2twp")
S2HK = opencc.OpenCC("s2hk")
T2S = opencc.OpenCC("t2s")

# ---------------------------------------------------------------------------------------------------------------
# A: 自贡 统计公报, Markdown. A_MD is the file, line by line; "T1" / "T2" stand for the pipe tables.
# ---------------------------------------------------------------------------------------------------------------
A_T1 = [
    ["执行主体", "R&D经费", "比上年增长", "占全市比重"],
    ["企业", "38.26", "14.1", "82.5"],
    ["高等学校", "2.95", "6.8", "6.4"],
    ["政府属研究机构", "3.47", "3.9", "7.5"],
    ["其他", "1.69", "8.7", "3.6"],
    ["合计", "46.37", "12.4", "100.0"],
]
A_T2 = [
    ["区（县）", "高新技术企业（家）", "科技型中小企业（家）", "技术合同成交额（亿元）"],
    ["自流井区", "97", "183", "6.42"],
    ["贡井区", "54", "121", "2.18"],
    ["大安区", "62", "138", "3.05"],
    ["沿滩区", "71", "149", "4.77"],
    ["荣县", "39", "102", "1.36"],
    ["富顺县", "48", "117", "1.94"],
    ["自贡高新区", "141", "236", "11.83"],
    ["合计", "512", "1046", "31.55"],
]
A_UNITS = "单位：亿元，%"
A_MD = [
    "# 自贡市2025年科技创新发展统计公报",
    "",
    "自贡市统计局　自贡市科学技术局　2026年3月18日",
    "",
    "2025年，全市深入实施创新驱动发展战略，科技投入持续加大，创新主体加快壮大，科技创新主要指标稳中有进。现将全年科技创新发展情况公报如下。[^1]",
    "",
    "## 一、研究与试验发展（R&D）经费投入",
    "",
    "全年全市研究与试验发展（R&D）经费投入46.37亿元，比上年增加5.12亿元，同比增长12.4%；R&D经费投入强度（与地区生产总值之比）为2.31%，比上年提高0.17个百分点，在全省21个市（州）中居第6位。[^2]",
    "",
    "### 表1　2025年自贡市R&D经费投入分执行主体情况",
    "",
    A_UNITS,
    "",
    "T1",
    "",
    "分执行主体看，企业仍是全市研发投入的绝对主体，对全市R&D经费增长的贡献率达到86.3%。",
    "",
    "## 二、创新主体",
    "",
    "年末全市有效期内高新技术企业512家，比上年净增68家；入库科技型中小企业1046家，增长18.7%。规模以上工业企业中有研发活动的企业占比为41.2%，比上年提高3.5个百分点。全年高新技术产业实现营业收入1286.4亿元，同比增长9.6%，是2020年的1.8倍。[^3]",
    "",
    "### 表2　2025年各区（县）主要科技指标",
    "",
    "T2",
    "",
    "## 三、科技成果与知识产权",
    "",
    "全年全市专利授权量3218件，其中发明专利授权624件，同比增长21.3%；年末每万人口高价值发明专利拥有量达到4.35件。[^4]全年登记技术合同2137项，成交额是上年的1.4倍。",
    "",
    "## 四、科技平台与人才",
    "",
    "年末全市拥有国家级科技创新平台9个、省级科技创新平台137个。全年R&D人员折合全时当量1.28万人年，同比增长7.9%。",
    "",
    "## 五、财政科技投入",
    "",
    "全年全市地方财政科技支出9.86亿元，同比增长15.2%，占一般公共预算支出的比重为2.47%，比上年提高0.21个百分点。",
    "",
    "## 附注",
    "",
    "本公报由自贡市统计局牵头汇总，自贡市科学技术局、自贡市市场监督管理局（知识产权局）等部门提供数据。数据查询电话：0813-2205637。",
    "",
    "[^1]: 本公报数据为初步统计数。部分数据因四舍五入，存在总计与分项合计不等的情况。",
    "[^2]: R&D经费投入强度按全市地区生产总值2007.4亿元计算。",
    "[^3]: 高新技术产业营业收入的统计范围为规模以上工业企业。",
    "[^4]: 每万人口高价值发明专利拥有量按年末常住人口241.6万人计算。",
]


def md_table(rows, align_right_from=1):
    out = ["| " + " | ".join(rows[0]) + " |",
           "|" + "|".join("---" if i < align_right_from else "---:" for i in range(len(rows[0]))) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return out


def a_file_text():
    out = []
    for ln in A_MD:
        out += md_table(A_T1) if ln == "T1" else md_table(A_T2) if ln == "T2" else [ln]
    return "\n".join(out) + "\n"


def md_read(text):
    """Each non-empty line one plain line: heading marks (#) removed; a pipe-table row its cells (stripped) joined by
    ' | '; the |---| alignment row skipped; footnote marks and definitions kept as written."""
    out, tables, cur = [], [], None
    for ln in text.split("\n"):
        s = ln.strip()
        if not s:
            cur = None
            continue
        if s.startswith("|"):
            if re.fullmatch(r"\|(?:\s*:?-{3,}:?\s*\|)+", s):
                continue
            cells = [c.strip() for c in s.strip("|").split("|")]
            if cur is None:
                cur = []
                tables.append(cur)
            cur.append(cells)
            out.append(" | ".join(cells))
        else:
            cur = None
            out.append(re.sub(r"^#+\s*", "", s))
    return out, tables


def a_expected_plain():
    out = []
    for ln in A_MD:
        if ln == "T1":
            out += [" | ".join(r) for r in A_T1]
        elif ln == "T2":
            out += [" | ".join(r) for r in A_T2]
        elif ln:
            out.append(re.sub(r"^#+\s*", "", ln))
    return out


# ---------------------------------------------------------------------------------------------------------------
# B: 玉溪 年度报告, PDF. B_PAGES: per page, the flow blocks (kind, text) of the prose column and the sidebar data
#    boxes (value, caption). The table is drawn full width below the sidebar.
# ---------------------------------------------------------------------------------------------------------------
B_TABLE = [
    ["县（市、区）", "R&D经费投入（亿元）", "比上年增长（%）", "研发投入强度（%）"],
    ["红塔区", "13.28", "9.8", "2.34"],
    ["江川区", "1.87", "14.6", "1.21"],
    ["澄江市", "1.52", "17.3", "1.35"],
    ["通海县", "2.41", "11.2", "1.48"],
    ["华宁县", "0.93", "6.2", "0.87"],
    ["易门县", "1.36", "8.1", "1.29"],
    ["峨山县", "1.14", "12.7", "1.17"],
    ["新平县", "4.62", "5.3", "1.58"],
    ["元江县", "0.71", "19.4", "0.79"],
]
B_TITLE = "玉溪市科技创新年度报告（2025）"
B_PAGES = [
    {
        "flow": [
            ("title", B_TITLE),
            ("meta", "编制单位：玉溪市科学技术局 发布日期：2026年4月10日"),
            ("h", "一、总体情况"),
            ("p", "2025年，玉溪市坚持把科技创新作为高质量发展的核心动力，围绕烟草及配套、绿色能源、生物医药、高原特色农业等重点产业布局创新链，全市科技创新综合实力在全省16个州（市）中排名第3位，较上年前移1位。"),
            ("p", "从投入看，全年市级财政科技支出4.37亿元，同比增长11.8%；规模以上工业企业研发经费支出占营业收入的比重为1.08%，比上年提高0.12个百分点。"),
            ("p", "从主体看，全年新增入库国家科技型中小企业173家，总数达到652家；新认定市级创新型企业38家，培育“专精特新”中小企业57家。"),
            ("h", "二、平台与人才"),
            ("p", "年末全市拥有省级以上科技创新平台94个，其中国家级平台7个；新建院士（专家）工作站5个，累计达到41个。"),
            ("p", "全年引进培育高层次科技人才112人，选派科技特派员846名，服务覆盖全市75个乡（镇、街道）。"),
        ],
        "boxes": [
            ("27.84亿元", "全社会R&D经费投入"),
            ("1.62%", "R&D经费投入强度"),
            ("+0.19个百分点", "投入强度比上年提高"),
            ("386家", "有效期内高新技术企业"),
        ],
    },
    {
        "flow": [
            ("h", "三、成果转化"),
            ("p", "全年登记技术合同1358项，同比增长16.4%；全市企业吸纳技术合同成交额3.95亿元。"),
            ("p", "围绕抚仙湖保护治理、高原特色农业等领域，组织实施市级科技计划项目148项，下达市级财政科技资金1.26亿元，带动企业研发投入9.3亿元。"),
            ("h", "四、分地区情况"),
            ("p", "分县（市、区）看，R&D经费投入超过4亿元的有2个，研发投入强度高于全市平均水平的有1个。"),
            ("caption", "表1 2025年玉溪市各县（市、区）R&D经费投入情况"),
            ("table", B_TABLE),
            ("note", "注：研发投入强度为R&D经费投入与地区生产总值之比。"),
            ("h", "五、2026年工作目标"),
            ("p", "2026年，玉溪市将力争全社会R&D经费投入突破30亿元、投入强度达到1.75%，有效期内高新技术企业达到420家，技术合同成交额达到6.5亿元。"),
            ("p", "本报告由玉溪市科学技术局统筹编制，玉溪市统计局、市财政局提供数据支持。联系电话：0877-2056318。"),
        ],
        "boxes": [
            ("5.46亿元", "技术合同成交额"),
            ("2.3倍", "技术合同成交额为2020年的"),
        ],
    },
]
PAGE_W, PAGE_H = 595.28, 841.89
B_LEFT, B_COL_W = 56, 320
B_SIDE_X, B_SIDE_W, B_BOX_H = 392, 147, 56
B_RIGHT = B_SIDE_X + B_SIDE_W
B_FONT = "STSong-Light"
B_STYLE = {  # kind: (size, leading, space before, first-line indent in em)
    "title": (17, 24, 0, 0), "meta": (9, 14, 12, 0), "h": (12.5, 24, 10, 0), "p": (10.5, 17, 6, 2),
    "caption": (10, 16, 8, 0), "note": (9, 14, 6, 0)}
B_TABLE_COLS = [110, 135, 115, 123]
B_ROW_H = 20


def wrap(text, width, size, indent_em=0):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    tokens = re.findall(r"[0-9A-Za-z.%&+\-]+|.", text)
    lines, cur, avail = [], "", width - indent_em * size
    for t in tokens:
        if cur and stringWidth(cur + t, B_FONT, size) > avail and t not in "，。、；：）”％":
            lines.append(cur)
            cur, avail = t, width
        else:
            cur += t
    lines.append(cur)
    return lines


def b_pdf_bytes():
    import io
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont(B_FONT))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(PAGE_W, PAGE_H), invariant=1)
    c.setTitle(B_TITLE)
    c.setAuthor("玉溪市科学技术局")
    c.setSubject("2025年度科技创新统计与工作报告")
    layout = []  # for the checks: per page the lowest y reached and the box bottom
    for pno, page in enumerate(B_PAGES, 1):
        y_side = PAGE_H - 72
        box_bottom = None
        for val, cap in page["boxes"]:
            y0 = y_side - B_BOX_H
            c.setFillColorRGB(0.91, 0.95, 0.98)
            c.setStrokeColorRGB(0.25, 0.45, 0.65)
            c.setLineWidth(0.8)
            c.rect(B_SIDE_X, y0, B_SIDE_W, B_BOX_H, stroke=1, fill=1)
            c.setFillColorRGB(0.1, 0.25, 0.45)
            c.setFont(B_FONT, 18)
            assert pdfmetrics.stringWidth(val, B_FONT, 18) < B_SIDE_W - 16, val
            c.drawString(B_SIDE_X + 8, y0 + 26, val)
            c.setFillColorRGB(0.2, 0.2, 0.2)
            c.setFont(B_FONT, 8.5)
            assert pdfmetrics.stringWidth(cap, B_FONT, 8.5) < B_SIDE_W - 16, cap
            c.drawString(B_SIDE_X + 8, y0 + 10, cap)
            box_bottom = y0
            y_side = y0 - 12
        c.setFillColorRGB(0, 0, 0)
        c.setStrokeColorRGB(0, 0, 0)
        y = PAGE_H - 60
        first = True
        for kind, val in page["flow"]:
            if kind == "table":
                y = min(y, box_bottom - 14) - 4
                xs = [B_LEFT]
                for w in B_TABLE_COLS:
                    xs.append(xs[-1] + w)
                ys = [y - i * B_ROW_H for i in range(len(val) + 1)]
                c.setLineWidth(0.6)
                c.grid(xs, ys)
                for ri, row in enumerate(val):
                    c.setFont(B_FONT, 9.5)
                    for ci, cell in enumerate(row):
                        c.drawCentredString((xs[ci] + xs[ci + 1]) / 2, ys[ri] - 14, cell)
                y = ys[-1] - 6
                continue
            size, lead, before, ind = B_STYLE[kind]
            width = B_COL_W if box_bottom is not None and y > box_bottom - 14 else B_RIGHT - B_LEFT
            if kind in ("title", "meta", "h"):
                width = B_COL_W
            y -= 0 if first else before
            first = False
            c.setFont(B_FONT, size)
            for i, ln in enumerate(wrap(val, width, size, ind)):
                y -= lead if not (kind == "title" and i == 0) else size
                c.drawString(B_LEFT + (ind * size if i == 0 else 0), y, ln)
            if kind == "h":
                y -= 4
        layout.append(y)
        c.setFont(B_FONT, 9)
        c.drawCentredString(PAGE_W / 2, 36, f"— {pno} —")
        c.showPage()
    c.save()
    return buf.getvalue(), layout


def pdf_read(path):
    """Per page: the prose column and the ruled table in reading order (text lines grouped into paragraphs where the
    gap between lines is under 10 pt; the table's rows as cells joined by ' | '), then the sidebar data boxes from top
    to bottom, each as 'value | caption'. The footer page number (below 70 pt from the bottom) is skipped."""
    import pdfplumber
    out, boxes_all, tables_all = [], [], []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            boxes = sorted([r for r in page.rects if r["x0"] >= B_SIDE_X - 1 and r["height"] > 30], key=lambda r: r["top"])
            tables = [t for t in page.find_tables() if len(t.rows) >= 2]
            areas = [(b["x0"], b["top"], b["x1"], b["bottom"]) for b in boxes] + [t.bbox for t in tables]

            def keep(o, areas=areas, h=page.height):
                if o.get("object_type") != "char":
                    return True
                if o["top"] > h - 70:
                    return False
                return not any(o["x0"] >= a[0] - 1 and o["x1"] <= a[2] + 1 and o["top"] >= a[1] - 1 and o["bottom"] <= a[3] + 1 for a in areas)

            items = []
            for ln in page.filter(keep).extract_text_lines():
                if items and "text" in items[-1] and ln["top"] - items[-1]["bottom"] < 10:
                    items[-1]["text"] += ln["text"]
                    items[-1]["bottom"] = ln["bottom"]
                else:
                    items.append({"top": ln["top"], "bottom": ln["bottom"], "text": ln["text"]})
            for t in tables:
                rows = [[(c or "").strip() for c in r] for r in t.extract()]
                tables_all.append(rows)
                items.append({"top": t.bbox[1], "bottom": t.bbox[3], "rows": rows})
            items.sort(key=lambda it: it["top"])
            for it in items:
                if "text" in it:
                    out.append(it["text"])
                else:
                    out += [" | ".join(r) for r in it["rows"]]
            for b in boxes:
                t = page.crop((b["x0"], b["top"], b["x1"], b["bottom"])).extract_text().split("\n")
                boxes_all.append(tuple(t))
                out.append(" | ".join(t))
    return out, boxes_all, tables_all


def b_expected_plain():
    out = []
    for page in B_PAGES:
        for kind, val in page["flow"]:
            out += [" | ".join(r) for r in val] if kind == "table" else [val]
        out += [f"{v} | {c}" for v, c in page["boxes"]]
    return out


# ---------------------------------------------------------------------------------------------------------------
# C: 遂宁 新闻稿, HTML.
# ---------------------------------------------------------------------------------------------------------------
C_TABLE = [
    ["领域", "项目数（个）", "签约金额（亿元）", "占总金额比重"],
    ["锂电及新能源材料", "27", "58.4", "45.8%"],
    ["电子信息", "16", "21.3", "16.7%"],
    ["食品饮料", "14", "9.6", "7.5%"],
    ["油气化工", "9", "18.2", "14.3%"],
    ["生物医药", "11", "12.7", "10.0%"],
    ["现代农业", "9", "7.4", "5.8%"],
]
C_TITLE = "2026年遂宁市科技成果转化对接会举行　现场签约总额超百亿元"
C_BLOCKS = [
    ("h1", C_TITLE),
    ("info", "来源：遂宁市科学技术局　发布时间：2026-05-21 09:40"),
    ("p", "5月20日，2026年遂宁市科技成果转化对接会在遂宁国际会展中心举行。本次对接会由遂宁市人民政府主办，遂宁市科学技术局牵头承办，市经济和信息化局、市投资促进局协办，主题为“成果进园区、创新促转化”。"),
    ("p", "对接会吸引了一千二百家企业、十五所高校院所参加，现场及线上观众达3.5万人次。会上共发布企业技术需求四百六十项、高校院所科技成果1.2万项，现场达成合作意向二百一十七项。"),
    ("p", "现场集中签约项目86个，签约总金额127.6亿元，较上届增长23.5%；其中亿元以上项目三十二个，10亿元以上项目4个。按合作方式分，产学研合作项目41个，技术转让及许可项目19个，成果转化产业化项目26个。"),
    ("caption", "签约项目分领域情况"),
    ("table", C_TABLE),
    ("p", "近年来，遂宁市累计投入科技成果转化专项资金2.8亿元，全市技术合同成交额由三年前的18亿元增至去年的46.5亿元，增长了1.6倍。"),
    ("p", "市科技局负责人介绍，今年市财政安排科技成果转化专项资金8000万元，对企业购买高校院所科技成果并在遂宁实现转化的，按技术合同实际成交额的20%给予补助，单个项目最高200万元；力争到2027年，全市技术合同成交额突破80亿元，高新技术企业达到四百五十家。"),
    ("p", "对接会期间还举办了锂电产业技术创新论坛和高校院所成果路演，二十三个科研团队登台路演，六十余家投资机构参与洽谈，现场意向融资额达到5.6亿元。"),
    ("p", "据了解，遂宁市已连续四年举办科技成果转化对接会，累计签约项目三百余个。本届对接会首次设立“线上对接大厅”，平台将持续开放至6月30日，企业可随时在线发布技术需求、预约专家对接。"),
    ("p", "会上，遂宁市科学技术局还与四川大学、西南石油大学等八所高校签订科技合作协议，并为首批12家“遂宁市概念验证中心”授牌。"),
    ("editor", "（责任编辑：何雨婷　新闻热线：0825-2236417）"),
]


def html_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def c_html():
    out = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">',
           f"<title>{html_esc(C_TITLE)} - 遂宁市科学技术局</title>",
           "<style>body{font-family:\"Microsoft YaHei\",sans-serif;max-width:900px;margin:auto}"
           "table{border-collapse:collapse;margin:auto}th,td{border:1px solid #aaa;padding:4px 10px}"
           ".info,.editor{color:#666;font-size:90%}</style>", "</head>", "<body>",
           '<div class="top"><a href="/">首页</a> &gt; <a href="/xwdt/">新闻动态</a> &gt; 工作动态</div>',
           '<div class="article">']
    cap = ""
    for kind, val in C_BLOCKS:
        if kind == "h1":
            out.append(f"<h1>{html_esc(val)}</h1>")
        elif kind in ("info", "editor"):
            out.append(f'<p class="{kind}">{html_esc(val)}</p>')
        elif kind == "p":
            out.append(f"<p>{html_esc(val)}</p>")
        elif kind == "caption":
            cap = val
        elif kind == "table":
            t = ['<table class="qianyue">', f"<caption>{html_esc(cap)}</caption>",
                 "<tr>" + "".join(f"<th>{html_esc(x)}</th>" for x in val[0]) + "</tr>"]
            t += ["<tr>" + "".join(f"<td>{html_esc(x)}</td>" for x in r) + "</tr>" for r in val[1:]]
            out += t + ["</table>"]
    out += ["</div>", '<div class="share">分享到：微信 微博</div>', "</body>", "</html>"]
    return "\n".join(out) + "\n"


def html_read(raw):
    """Inside div.article: h1 / p / caption each one line (whitespace squashed), a table row its cells joined by ' | '."""
    import lxml.html
    root = lxml.html.fromstring(raw.encode("utf-8"))
    art = root.find_class("article")[0]
    lines = []
    for el in art.iter():
        if el.tag in ("h1", "p", "caption"):
            t = re.sub(r"[ \t\r\n]+", " ", el.text_content()).strip(" ")
            if t:
                lines.append(t)
        elif el.tag == "tr":
            lines.append(" | ".join(re.sub(r"[ \t\r\n]+", " ", x.text_content()).strip(" ") for x in el if x.tag in ("th", "td")))
    return lines, root


def c_expected_plain():
    out = []
    for kind, val in C_BLOCKS:
        out += [" | ".join(r) for r in val] if kind == "table" else [val]
    return out


# ---------------------------------------------------------------------------------------------------------------
# Questions. hint: substring picking exactly one plain line (the evidence). traditional: written in TRADITIONAL
# Chinese (about a Simplified document). Unanswerable: keys (absent from the doc), gkeys (absent from all docs, named
# in the question), near (present in the doc). table: col = answer's column (tab = which table), rank = (column,
# "max"|"min"|"2nd") for "which row" questions. who_leads: verb / qverb. typo: wrong / right.
# ---------------------------------------------------------------------------------------------------------------
Q = [
    # ---- A 自贡 统计公报 (Markdown; 17)
    dict(id="u51-A01", doc="A", kind="table", q="自贡2025年高等学校的研发经费增速是多少？", a="6.8", hint="高等学校 | ", tab="T1", col=2),
    dict(id="u51-A02", doc="A", kind="table", q="自貢市哪個區縣的科技型中小企業數量最少？", a="荣县", hint="荣县 | ", tab="T2", col=0, rank=(2, "min")),
    dict(id="u51-A03", doc="A", kind="table", q="自贡2025年政府属研究机构的R&D经费在全市占多大比例？", a="7.5", hint="政府属研究机构 | ", tab="T1", col=3),
    dict(id="u51-A04", doc="A", kind="who_leads", q="自贡市科技创新统计公报的数据由哪个单位牵头汇总？", a="自贡市统计局", hint="牵头汇总", verb="牵头", qverb="牵头"),
    dict(id="u51-A05", doc="A", kind="english", q="What was Zigong's R&D expenditure intensity in 2025?", a="2.31%", hint="经费投入强度（与地区生产总值之比）"),
    dict(id="u51-A06", doc="A", kind="english", q="Which GDP figure was used to calculate Zigong's 2025 R&D intensity?", a="2007.4亿元", hint="[^2]:"),
    dict(id="u51-A07", doc="A", kind="english", q="By how many percentage points did the share of Zigong's industrial enterprises with R&D activities rise in 2025?", a="3.5个百分点", hint="有研发活动的企业占比"),
    dict(id="u51-A08", doc="A", kind="paraphrase", q="自贡高技术类产业的营收规模，如今是五年前的多少倍？", a="1.8倍", hint="高新技术产业实现营业收入"),
    dict(id="u51-A09", doc="A", kind="paraphrase", q="自贡平均每一万个常住居民，拥有多少件含金量高的发明专利？", a="4.35件", hint="每万人口高价值发明专利拥有量达到"),
    dict(id="u51-A10", doc="A", kind="paraphrase", q="去年自贡政府在科技方面的财政花销一共多少钱？", a="9.86亿元", hint="地方财政科技支出"),
    dict(id="u51-A11", doc="A", kind="typo", q="自供市2025年发明专利授权量同比增长了多少？", a="21.3%", hint="发明专利授权624件", wrong="自供", right="自贡"),
    dict(id="u51-A12", doc="A", kind="typo", q="自贡2025年R&D经费投人比上年增加了多少亿元？", a="5.12亿元", hint="比上年增加5.12亿元", wrong="投人", right="投入"),
    dict(id="u51-A13", doc="A", kind="traditional", q="自貢市2025年末有效期內的高新技術企業共有幾家？", a="512家", hint="有效期内高新技术企业512家"),
    dict(id="u51-A14", doc="A", kind="english_unanswerable", q="How many technology business incubators did Zigong have at the end of 2025?", keys=["孵化", "[Ii]ncubat"], near=["科技型中小企业"]),
    dict(id="u51-A15", doc="A", kind="unanswerable", q="内江市2025年研发经费投入强度在全省排第几位？", gkeys=["内江", "內江", "Neijiang"], near=["在全省21个市（州）中居第6位"]),
    dict(id="u51-A16", doc="A", kind="unanswerable", q="自贡2025年基础研究经费占全部研发经费的比重是多少？", keys=["基础研究"], near=["占全市比重"]),
    dict(id="u51-A17", doc="A", kind="unanswerable", q="自贡市2023年末有效期内的高新技术企业有多少家？", keys=["2023"], near=["比上年净增68家"]),
    # ---- B 玉溪 年度报告 (PDF; 17)
    dict(id="u51-B01", doc="B", kind="table", q="玉溪市哪个县区2025年R&D经费增长最快？", a="元江县", hint="元江县 | ", col=0, rank=(2, "max")),
    dict(id="u51-B02", doc="B", kind="table", q="玉溪市新平县的研发强度是多少？", a="1.58", hint="新平县 | ", col=3),
    dict(id="u51-B03", doc="B", kind="table", q="2025年玉溪通海縣的R&D經費投入了多少億元？", a="2.41", hint="通海县 | ", col=1),
    dict(id="u51-B04", doc="B", kind="who_leads", q="玉溪市科技创新年度报告由哪个部门牵头编制？", a="玉溪市科学技术局", hint="统筹编制", verb="统筹", qverb="牵头"),
    dict(id="u51-B05", doc="B", kind="english", q="What was Yuxi's total R&D expenditure in 2025?", a="27.84亿元", hint="27.84亿元 | "),
    dict(id="u51-B06", doc="B", kind="english", q="How many high-tech enterprises did Yuxi have at the end of 2025?", a="386家", hint="386家 | "),
    dict(id="u51-B07", doc="B", kind="english", q="What R&D intensity is Yuxi aiming for in 2026?", a="1.75%", hint="2026年，玉溪市将力争"),
    dict(id="u51-B08", doc="B", kind="english", q="Where did Yuxi rank among Yunnan's 16 prefectures for overall science and technology innovation strength in 2025?", a="第3位", hint="综合实力"),
    dict(id="u51-B09", doc="B", kind="paraphrase", q="玉溪去年市本级在科技上的财政投入比前一年涨了多少？", a="11.8%", hint="市级财政科技支出"),
    dict(id="u51-B10", doc="B", kind="paraphrase", q="玉溪全年备案的技术交易合同数量是多少项？", a="1358项", hint="登记技术合同"),
    dict(id="u51-B11", doc="B", kind="paraphrase", q="跟前一年比，玉溪的研发强度抬高了多少？", a="0.19个百分点", hint="投入强度比上年提高"),
    dict(id="u51-B12", doc="B", kind="typo", q="玉西市2025年技术合同成交额是多少？", a="5.46亿元", hint="5.46亿元 | ", wrong="玉西", right="玉溪"),
    dict(id="u51-B13", doc="B", kind="traditional", q="玉溪市2025年引進培育的高層次科技人才總數是多少？", a="112人", hint="高层次科技人才"),
    dict(id="u51-B14", doc="B", kind="english_unanswerable", q="How many patents were granted in Yuxi in 2025?", keys=["专利", "[Pp]atent"], near=["技术合同"]),
    dict(id="u51-B15", doc="B", kind="unanswerable", q="楚雄州2025年有效期内高新技术企业有多少家？", gkeys=["楚雄", "Chuxiong"], near=["有效期内高新技术企业"]),
    dict(id="u51-B16", doc="B", kind="unanswerable", q="玉溪市2024年R&D经费投入强度是多少？", keys=["2024"], near=["R&D经费投入强度"]),
    dict(id="u51-B17", doc="B", kind="unanswerable", q="玉溪市2025年新认定的省级重点实验室有几家？", keys=["重点实验室"], near=["省级以上科技创新平台"]),
    # ---- C 遂宁 新闻稿 (HTML; 16)
    dict(id="u51-C01", doc="C", kind="table", q="遂宁科技成果转化对接会上，签约金额排第二的是哪一类项目？", a="电子信息", hint="电子信息 | ", col=0, rank=(2, "2nd")),
    dict(id="u51-C02", doc="C", kind="table", q="遂寧對接會上生物醫藥領域簽了幾個項目？", a="11", hint="生物医药 | ", col=1),
    dict(id="u51-C03", doc="C", kind="who_leads", q="遂宁市2026年科技成果转化对接会由哪个单位牵头承办？", a="遂宁市科学技术局", hint="牵头承办", verb="牵头", qverb="牵头"),
    dict(id="u51-C04", doc="C", kind="english", q="How many companies took part in Suining's 2026 technology transfer matchmaking fair?", a="一千二百家", hint="一千二百家"),
    dict(id="u51-C05", doc="C", kind="english", q="What was the total value of the projects signed at Suining's 2026 technology transfer fair?", a="127.6亿元", hint="签约总金额"),
    dict(id="u51-C06", doc="C", kind="english", q="What is the maximum subsidy per project that Suining offers for buying and commercialising university research results?", a="200万元", hint="单个项目最高"),
    dict(id="u51-C07", doc="C", kind="paraphrase", q="遂宁这次对接会网上加线下一共多少人次观看？", a="3.5万人次", hint="3.5万人次"),
    dict(id="u51-C08", doc="C", kind="paraphrase", q="遂宁对接会中，投资额在一亿以上的签约项目有多少？", a="三十二个", hint="三十二个"),
    dict(id="u51-C09", doc="C", kind="typo", q="隧宁市科技成果转化对接会签约总金额比上届增长了多少？", a="23.5%", hint="较上届增长", wrong="隧宁", right="遂宁"),
    dict(id="u51-C10", doc="C", kind="typo", q="遂宁对接会签约项日里，技术转让和许可类的有几个？", a="19个", hint="技术转让及许可项目", wrong="项日", right="项目"),
    dict(id="u51-C11", doc="C", kind="traditional", q="遂寧市今年安排的科技成果轉化專項資金有多少？", a="8000万元", hint="专项资金8000万元"),
    dict(id="u51-C12", doc="C", kind="english_unanswerable", q="How many patents were transferred at Suining's 2026 technology transfer fair?", keys=["专利", "[Pp]atent"], near=["技术转让"]),
    dict(id="u51-C13", doc="C", kind="unanswerable", q="潼南区2026年科技成果转化对接会签约了多少个项目？", gkeys=["潼南", "Tongnan"], near=["集中签约项目86个"]),
    dict(id="u51-C14", doc="C", kind="unanswerable", q="遂宁2025年科技成果转化对接会签约总金额是多少？", keys=["2025"], near=["较上届增长"]),
    dict(id="u51-C15", doc="C", kind="unanswerable", q="遂宁对接会签约项目中有多少个外资项目？", keys=["外资", "外商"], near=["产学研合作项目"]),
    dict(id="u51-C16", doc="C", kind="unanswerable", q="遂宁科技成果转化对接会上航空航天领域签约金额是多少？", keys=["航空", "航天"], near=["电子信息"]),
]

KIND_COUNTS = {"english": 10, "english_unanswerable": 3, "paraphrase": 8, "typo": 5, "table": 8, "who_leads": 3,
               "traditional": 3, "unanswerable": 10}
DOC_COUNTS = {"A": 17, "B": 17, "C": 16}
KIND_DOC_COUNTS = {  # kind: (A, B, C)
    "english": (3, 4, 3), "english_unanswerable": (1, 1, 1), "paraphrase": (3, 3, 2), "typo": (2, 1, 2),
    "table": (3, 3, 2), "who_leads": (1, 1, 1), "traditional": (1, 1, 1), "unanswerable": (3, 3, 4)}
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
HAN = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_PLACE = {"A": "Zigong", "B": "Yuxi", "C": "Suining"}
PLACE = {"A": "自贡", "B": "玉溪", "C": "遂宁"}
PLACE_KEYS = ["内江", "內江", "Neijiang", "楚雄", "Chuxiong", "潼南", "Tongnan"]  # near misses: in no document
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
    """Occurrences of s not glued to further digits (6.8 does not count in 16.8 or 6.85, 5% not in 25%)."""
    return len(re.findall(r"(?<![\d.,:：$-])" + re.escape(s) + r"(?![\d]|[.,]\d)", text))


def nfkc(s):
    return unicodedata.normalize("NFKC", s)


def simplified_only(text):
    """Characters that are Simplified forms only: unchanged by t2s but changed by both s2tw and s2hk."""
    return {c for c in set(text) if HAN.match(c) and c != "准" and T2S.convert(c) == c and S2TW.convert(c) != c and S2HK.convert(c) != c}


def traditional_only(text):
    """Characters that t2s changes (Traditional forms)."""
    return {c for c in set(text) if HAN.match(c) and T2S.convert(c) != c}


def to_float(s):
    return float(s.rstrip("%"))


def main():
    CORPUS.mkdir(exist_ok=True)
    PLAIN.mkdir(exist_ok=True)
    fails = []

    def check(cond, msg):
        if not cond:
            fails.append(msg)

    # ---- build
    (CORPUS / FILE_A).write_bytes(a_file_text().encode("utf-8"))
    b_bytes, b_layout = b_pdf_bytes()
    (CORPUS / FILE_B).write_bytes(b_bytes)
    (CORPUS / FILE_C).write_bytes(c_html().encode("utf-8"))

    # ---- plain texts (read back from the files)
    a_raw = (CORPUS / FILE_A).read_bytes().decode("utf-8")
    a_plain, a_tables = md_read(a_raw)
    b_plain, b_boxes, b_tables = pdf_read(CORPUS / FILE_B)
    import pypdf
    b_raw = "\n".join(p.extract_text() for p in pypdf.PdfReader(str(CORPUS / FILE_B)).pages)
    c_raw = (CORPUS / FILE_C).read_bytes().decode("utf-8")
    c_plain, c_root = html_read(c_raw)
    plains = {"A": a_plain, "B": b_plain, "C": c_plain}
    for d, lines in plains.items():
        (PLAIN / (Path(FILES[d]).stem + ".txt")).write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    ptext = {d: "\n".join(v) for d, v in plains.items()}
    raw = {"A": a_raw, "B": b_raw, "C": c_raw}
    for d in "ABC":
        check(all(ln == ln.strip() and ln for ln in plains[d]), f"{d}: empty or padded plain line")
        check(S2T.convert(ptext[d]) != ptext[d] and len(HAN.findall(ptext[d])) > 600, f"{d}: a Simplified Chinese text")
        to = traditional_only(ptext[d])
        check(not to, f"{d}: Traditional-only characters {sorted(to)}")
    sizes = {"A": (1300, 2600), "B": (1100, 2400), "C": (900, 2000)}
    for d, (lo, hi) in sizes.items():
        check(lo <= len(ptext[d]) <= hi, f"{d}: {len(ptext[d])} plain characters, want {lo:,}-{hi:,}")

    # ---- A: Markdown bulletin
    check(a_plain == a_expected_plain(), "A: the lines read back equal the design")
    check(a_tables == [A_T1, A_T2], "A: two pipe tables read back")
    a_lines = a_raw.split("\n")
    i1 = a_lines.index("| " + " | ".join(A_T1[0]) + " |")
    check(a_lines[i1 - 2] == A_UNITS and a_lines[i1 - 1] == "", "A: the units line stands right above table 1")
    check(all(re.fullmatch(r"\d+\.\d", c) for r in A_T1[1:] for c in r[2:]) and all(re.fullmatch(r"\d+\.\d\d", r[1]) for r in A_T1[1:]),
          "A: table 1 cells are bare numbers (units in the units line)")
    refs = re.findall(r"(?<!^)\[\^(\d+)\](?!:)", a_raw, re.M)
    defs = re.findall(r"^\[\^(\d+)\]: ", a_raw, re.M)
    check(refs == defs == ["1", "2", "3", "4"], f"A: footnote marks {refs} and definitions {defs}")
    for w in ("同比增长", "个百分点", "倍"):
        check(a_raw.count(w) >= 2, f"A: {w} used")
    for ci in (1, 2, 3):
        vals = [float(r[ci]) for r in A_T2[1:-1]]
        check(abs(sum(vals) - float(A_T2[-1][ci])) < 0.005, f"A: table 2 column {ci} sums to 合计")
    check(abs(sum(float(r[1]) for r in A_T1[1:-1]) - float(A_T1[-1][1])) < 0.005, "A: table 1 R&D sums to 合计")
    check(abs(sum(float(r[3]) for r in A_T1[1:-1]) - 100) < 0.15, "A: table 1 shares sum to 100")
    for r in A_T1[1:-1]:
        check(abs(float(r[1]) / float(A_T1[-1][1]) * 100 - float(r[3])) < 0.051, f"A: share of {r[0]}")
    check(abs(46.37 / 2007.4 * 100 - 2.31) < 0.005, "A: intensity = R&D / GDP")
    check(len([ln for ln in a_plain if "牵头" in ln]) == 1, "A: one 牵头 line")

    # ---- B: PDF with data boxes and a ruled table
    check(b_bytes.startswith(b"%PDF-") and len(b_boxes) == sum(len(p["boxes"]) for p in B_PAGES), "B: a PDF with its data boxes")
    check(b_plain == b_expected_plain(), "B: the lines read back (pdfplumber) equal the design")
    check(b_tables == [B_TABLE], "B: the ruled table read back")
    check(all(y > 80 for y in b_layout), f"B: the flow fits on each page ({b_layout})")
    b_prose = "\n".join(v for p in B_PAGES for k, v in p["flow"] if k != "table")
    for p in B_PAGES:
        for v, cap in p["boxes"]:
            core = v.lstrip("+")
            check(num_count(core, b_prose) == 0, f"B: box figure {v} also in the prose")
            check(core in b_raw and cap in b_raw, f"B: box {v} in the pypdf text layer")
    for r in B_TABLE[1:]:
        for cval in r[1:]:
            check(num_count(cval, b_prose) == 0, f"B: table figure {cval} also in the prose")
    check(abs(sum(float(r[1]) for r in B_TABLE[1:]) - 27.84) < 0.005, "B: the table sums to the 27.84亿元 box")
    check(sum(float(r[1]) > 4 for r in B_TABLE[1:]) == 2 and sum(float(r[3]) > 1.62 for r in B_TABLE[1:]) == 1,
          "B: the prose counts (over 4亿元: 2; above 1.62%: 1) match the table")
    b_flat = b_raw.replace("\n", "")
    for ln in b_expected_plain():
        if " | " not in ln:
            check(ln.replace(" ", "") in b_flat.replace(" ", ""), f"B: prose line in pypdf text: {ln[:30]}")
    check(len([ln for ln in b_plain if "统筹" in ln]) == 1 and "牵头" not in ptext["B"], "B: one 统筹 line, no 牵头")

    # ---- C: HTML news release
    check(c_plain == c_expected_plain(), "C: the lines read back equal the design")
    check(c_root.get("lang") == "zh-CN" and '<meta charset="utf-8">' in c_raw, "C: lang zh-CN, charset utf-8")
    check(len(c_root.findall(".//table")) == 1, "C: one table")
    c_prose = "\n".join(v for k, v in C_BLOCKS if k != "table")
    cn_nums = re.findall(r"[一二三四五六七八九十百千]{2,}[家所项个]", c_prose)
    ar_wy = re.findall(r"\d+(?:\.\d+)?[万亿]", c_prose)
    check(len(cn_nums) >= 5 and len(ar_wy) >= 6, f"C: Chinese numerals ({cn_nums}) and Arabic 万/亿 ({ar_wy}) mixed")
    check(sum(int(r[1]) for r in C_TABLE[1:]) == 86 and abs(sum(float(r[2]) for r in C_TABLE[1:]) - 127.6) < 0.005,
          "C: the table sums to 86 projects / 127.6亿元")
    check(41 + 19 + 26 == 86, "C: the cooperation types sum to 86")
    for r in C_TABLE[1:]:
        check(abs(float(r[2]) / 127.6 * 100 - to_float(r[3])) < 0.051, f"C: share of {r[0]}")
    for r in C_TABLE[1:]:
        for cval in r[2:]:
            check(num_count(cval, c_prose) == 0, f"C: table figure {cval} also in the prose")
    check(len([ln for ln in c_plain if "牵头" in ln]) == 1, "C: one 牵头 line")

    every = {d: [ptext[d], raw[d], S2T.convert(ptext[d]), S2TW.convert(ptext[d]), S2HK.convert(ptext[d])] for d in "ABC"}

    def occurs(pattern, docs):
        return any(re.search(pattern, t) for d in docs for t in every[d])

    for key in PLACE_KEYS:
        check(not occurs(key, "ABC"), f"near-miss place {key} occurs in a document")
    for d, pl in PLACE.items():
        check(pl in ptext[d] and not occurs(pl, [x for x in "ABC" if x != d]), f"{d}: place {pl} in its document only")

    # ---- questions
    tables = {"A": {"T1": A_T1, "T2": A_T2}, "B": {None: B_TABLE}, "C": {None: C_TABLE}}
    out, runs, ids = [], {}, set()
    for q in Q:
        d, k = q["doc"], q["kind"]
        question = q["q"]
        check(q["id"] not in ids, f"dup id {q['id']}")
        ids.add(q["id"])
        check(q["id"][4] == d, f"{q['id']}: id letter vs doc")
        ev = ""
        if k in UNANSWERABLE:
            ans = ""
            check(bool(q.get("keys")) or bool(q.get("gkeys")), f"{q['id']}: needs keys")
            for key in q.get("keys", []):
                for f in {key, S2T.convert(key), S2TW.convert(key), S2TWP.convert(key), S2HK.convert(key), T2S.convert(key)}:
                    check(not occurs(f, [d]), f"{q['id']}: key {f} occurs in doc {d}")
            for key in q.get("gkeys", []):
                for f in {key, S2T.convert(key), S2TW.convert(key), S2TWP.convert(key), S2HK.convert(key), T2S.convert(key)}:
                    check(not occurs(f, "ABC"), f"{q['id']}: key {f} occurs in some doc")
            if q.get("gkeys"):
                check(any(g in question or T2S.convert(g) in T2S.convert(question) for g in q["gkeys"]),
                      f"{q['id']}: the other place is named in the question")
            for n in q["near"]:
                check(n in ptext[d], f"{q['id']}: near-miss term {n} not in doc")
        else:
            ans = q["a"]
            hits = [ln for ln in plains[d] if q["hint"] in ln]
            check(len(hits) == 1, f"{q['id']}: hint matches {len(hits)} lines")
            ev = hits[0] if hits else ""
            check(ans in ev, f"{q['id']}: answer not in evidence")
            check(plains[d].count(ev) == 1, f"{q['id']}: evidence line not unique")
            check(ans in raw[d] or ans in raw[d].replace("\n", ""), f"{q['id']}: answer not in the raw file")
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
                table = tables[d][q.get("tab")]
                hit = [r for r in table[1:] if " | ".join(r) == ev]
                check(len(hit) == 1, f"{q['id']}: evidence must be a data row of the table")
                if hit:
                    ci = q["col"]
                    check(ans == hit[0][ci], f"{q['id']}: answer must be the {table[0][ci]} cell")
                    check(sum(ans in c for c in hit[0]) == 1, f"{q['id']}: other cells differ")
                    check(T2S.convert(table[0][ci]) not in T2S.convert(question), f"{q['id']}: question copies the column header")
                    if "rank" in q:
                        rc, how = q["rank"]
                        data = [r for r in table[1:] if r[0] != "合计"]
                        order = sorted(data, key=lambda r: to_float(r[rc]), reverse=True)
                        vals = [to_float(r[rc]) for r in order]
                        check(len(set(vals)) == len(vals), f"{q['id']}: ties in the ranked column")
                        want = {"max": order[0], "min": order[-1], "2nd": order[1]}[how]
                        check(want[0] == ans, f"{q['id']}: {how} of {table[0][rc]} is {want[0]}, not {ans}")
            if k == "who_leads":
                check(re.search(re.escape(ans) + r"[^;；。，]*?" + q["verb"], ev), f"{q['id']}: {ans} … {q['verb']}")
                check(q["qverb"] in question, f"{q['id']}: question must ask who {q['qverb']}")
        if k in ("english", "english_unanswerable"):
            check(not CJK.search(question), f"{q['id']}: CJK in English question")
            check(ENGLISH_PLACE[d] in question, f"{q['id']}: English question must name {ENGLISH_PLACE[d]}")
        else:
            check(bool(CJK.search(question)), f"{q['id']}: Chinese kinds must be asked in Chinese")
            if k not in UNANSWERABLE and k != "typo":
                check(PLACE[d] in T2S.convert(question), f"{q['id']}: names {PLACE[d]}")
        if k == "traditional":
            to = traditional_only(question)
            check(not simplified_only(question) and len(to) >= 3, f"{q['id']}: must be written in Traditional ({sorted(to)})")
            check(not any(ch in ptext[d] for ch in to), f"{q['id']}: a Traditional-only character occurs in the doc")
        if k == "typo":
            w, r = q["wrong"], q["right"]
            check(len(w) == len(r) and sum(x != y for x, y in zip(w, r)) == 1, f"{q['id']}: typo must differ by one char")
            check(w in question and r not in question and S2T.convert(r) not in question, f"{q['id']}: typo form")
            check(r in ptext[d], f"{q['id']}: real form not in doc")
            for f in {w, S2T.convert(w), S2TW.convert(w), S2HK.convert(w), T2S.convert(w)}:
                check(not occurs(re.escape(f), "ABC"), f"{q['id']}: wrong form {f} occurs in a document")
        if ev and k != "english":
            text = question.replace(q["wrong"], q["right"]) if k == "typo" else question
            runs[q["id"]] = lcs_run(T2S.convert(text), T2S.convert(ev))
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
    check(all(re.fullmatch(r"u51-[ABC]\d\d", o["id"]) for o in out), "id format")
    for d in "ABC":
        nums_d = [int(o["id"][5:]) for o in out if o["id"][4] == d]
        check(nums_d == list(range(1, len(nums_d) + 1)), f"{d}: ids numbered without gaps")
    check(sum(1 for q in Q if "rank" in q) >= 3, "which-row questions")
    box_answers = [o for o in out if o["doc"] == FILE_B and o["evidence"] in [f"{v} | {c}" for p in B_PAGES for v, c in p["boxes"]]]
    check(len(box_answers) >= 4, f"B: questions answered from data boxes ({len(box_answers)})")
    cn_answers = [o for o in out if o["answer"] and re.fullmatch(r"[一二三四五六七八九十百千]+[家个项]", o["answer"])]
    check(len(cn_answers) >= 2, "C: answers written in Chinese numerals")
    zh_q = [o for o in out if o["kind"] not in ("english", "english_unanswerable", "traditional")]
    n_simp = sum(1 for o in zh_q if simplified_only(o["question"]))
    n_trad = sum(1 for o in zh_q if not simplified_only(o["question"]) and traditional_only(o["question"]))
    check(n_simp >= 10 and n_trad >= 3, f"other Chinese questions in both scripts ({n_simp} Simplified, {n_trad} Traditional)")

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
    print(f"B: {len(b_bytes)} bytes, {len(B_PAGES)} pages, {len(b_boxes)} data boxes, table {len(B_TABLE)} rows; "
          f"{len(box_answers)} questions answered from boxes")
    print("kinds:", dict(sorted(kc.items())), "docs:", dc, f"; other Chinese questions: {n_simp} Simplified, {n_trad} Traditional")
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
