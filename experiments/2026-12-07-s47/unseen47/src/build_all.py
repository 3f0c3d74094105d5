#!/usr/bin/env python3
"""Build unseen47: three fictional science-and-technology policy documents in awkward web / text encodings --
  A  an HTML 申报通知 of Luzhou (泸州市科学技术局), saved in GBK and declared only by an unquoted <meta charset=gbk>,
     old-CMS markup (mixed-case tags, unquoted attributes, &nbsp; / &ldquo; entities, a <script> in the body), and a
     <table> with a two-level header (资助额度 over 重点项目 / 一般项目, other header cells rowspan=2), grouped rows
     (计划类别 cells with rowspan=3 / 2 / 2) and one body cell with colspan=2;
  B  a .txt 统计公报 of Qujing (曲靖市科学技术局 / 曲靖市统计局) in UTF-8 WITH a BOM and CRLF line ends, paragraphs
     indented with full-width spaces, some figures in full-width digits (２０２５年, １３．８％, ２８．９３亿元) next to
     ASCII ones, and a table drawn with spaces only (fixed-width columns counted in display cells, no bars);
  C  a Markdown .md 政策问答 of Yulin, Guangxi (玉林市科学技术局): headings, a blockquote, nested bullet lists with
     **bold labels**, a pipe table with an alignment row (:--- / :---: / ---:) and a link list at the end;
their plain texts (plain/), 50 questions (questions.jsonl), then the consistency checks (exit 1 on any failure).
Writes only inside unseen47/. Deterministic: a rebuild is byte for byte identical.

Approach and helpers follow unseen44's builder (question table with a `hint` that must pick exactly one evidence
line, digit-bounded num_count also on NFKC text, keys / gkeys / near for unanswerables, lcs_run for paraphrases,
OpenCC for the cross-script questions, the question-checking loop); the document writers and readers are new."""
import json
import re
import sys
import unicodedata
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
PLAIN = ROOT / "plain"

FILE_A = "A_luzhou_2026_shiji_keji_jihua_xiangmu_shenbao_tongzhi_gbk_rowspan_colspan.html"
FILE_B = "B_qujing_2025_keji_chuangxin_fazhan_tongji_gongbao_utf8bom_crlf_fixedwidth.txt"
FILE_C = "C_yulin_zhichi_kejixing_qiye_chuangxin_fazhan_ruogan_cuoshi_zhengce_wenda.md"
FILES = {"A": FILE_A, "B": FILE_B, "C": FILE_C}

S2TW = opencc.OpenCC("s2tw")
S2TWP = opencc.OpenCC("s2twp")
S2HK = opencc.OpenCC("s2hk")
T2S = opencc.OpenCC("t2s")

# ---------------------------------------------------------------------------------------------------------------
# A: 泸州 申报通知 as GBK HTML. A_TABLE_HTML: rows of (text, rowspan, colspan, is_header) cells as written in the
#    HTML (a cell covered by a span is not written). A_TABLE_PLAIN: what a reader sees per row: the grouped label
#    repeated on every row of its group, a colspan cell once.
# ---------------------------------------------------------------------------------------------------------------
A_TABLE_HTML = [
    [("计划类别", 2, 1, 1), ("项目类型", 2, 1, 1), ("资助额度", 1, 2, 1), ("实施期限", 2, 1, 1), ("限报数量", 2, 1, 1)],
    [("重点项目", 1, 1, 1), ("一般项目", 1, 1, 1)],
    [("重点研发计划", 3, 1, 0), ("产业关键核心技术攻关", 1, 1, 0), ("150万元", 1, 1, 0), ("40万元", 1, 1, 0), ("3年", 1, 1, 0), ("每单位限报2项", 1, 1, 0)],
    [("白酒产业科技创新", 1, 1, 0), ("120万元", 1, 1, 0), ("35万元", 1, 1, 0), ("3年", 1, 1, 0), ("每单位限报2项", 1, 1, 0)],
    [("社会发展与民生科技", 1, 1, 0), ("55万元", 1, 1, 0), ("15万元", 1, 1, 0), ("2年", 1, 1, 0), ("每单位限报1项", 1, 1, 0)],
    [("科技成果转移转化", 2, 1, 0), ("成果转化示范", 1, 1, 0), ("80万元", 1, 1, 0), ("25万元", 1, 1, 0), ("2年", 1, 1, 0), ("每单位限报1项", 1, 1, 0)],
    [("技术转移机构能力提升", 1, 1, 0), ("后补助，最高18万元", 1, 2, 0), ("1年", 1, 1, 0), ("不限项", 1, 1, 0)],
    [("创新平台与人才", 2, 1, 0), ("市级重点实验室培育", 1, 1, 0), ("100万元", 1, 1, 0), ("45万元", 1, 1, 0), ("3年", 1, 1, 0), ("每单位限报1项", 1, 1, 0)],
    [("青年科技人才专项", 1, 1, 0), ("不设重点项目", 1, 1, 0), ("10万元", 1, 1, 0), ("2年", 1, 1, 0), ("每人限报1项", 1, 1, 0)],
]
A_TABLE_PLAIN = [
    ["计划类别", "项目类型", "资助额度", "实施期限", "限报数量"],
    ["计划类别", "项目类型", "重点项目", "一般项目", "实施期限", "限报数量"],
    ["重点研发计划", "产业关键核心技术攻关", "150万元", "40万元", "3年", "每单位限报2项"],
    ["重点研发计划", "白酒产业科技创新", "120万元", "35万元", "3年", "每单位限报2项"],
    ["重点研发计划", "社会发展与民生科技", "55万元", "15万元", "2年", "每单位限报1项"],
    ["科技成果转移转化", "成果转化示范", "80万元", "25万元", "2年", "每单位限报1项"],
    ["科技成果转移转化", "技术转移机构能力提升", "后补助，最高18万元", "1年", "不限项"],
    ["创新平台与人才", "市级重点实验室培育", "100万元", "45万元", "3年", "每单位限报1项"],
    ["创新平台与人才", "青年科技人才专项", "不设重点项目", "10万元", "2年", "每人限报1项"],
]
A_COLS = ["计划类别", "项目类型", "资助额度 重点项目", "资助额度 一般项目", "实施期限", "限报数量"]  # the header path of each grid column
A_CAPTION = "2026年度泸州市市级科技计划项目申报类别及资助标准"
A_BLOCKS = [  # (kind, text); kinds: top, crumb, info (div), h1, docno, p, h2, li (in <ol> / <ul>), cap+table, note, link, sign, footer
    ("top", "泸州市科学技术局"),
    ("crumb", "当前位置：首页 > 通知公告 > 科技计划"),
    ("h1", "泸州市科学技术局关于组织申报2026年度市级科技计划项目的通知"),
    ("info", "发布时间：2026-03-12 来源：泸州市科学技术局 字号：大 中 小"),
    ("docno", "泸市科发〔2026〕9号"),
    ("p", "各区县科技主管部门，泸州高新区、川南临港片区科技管理部门，各有关单位："),
    ("p", "为深入实施创新驱动发展战略，聚焦白酒、电子信息、装备制造、医药健康等重点产业关键技术需求，根据《泸州市市级科技计划项目管理办法》有关规定，现将2026年度市级科技计划项目申报工作通知如下。"),
    ("h2", "一、申报类别和资助标准"),
    ("p", "2026年度市级科技计划设重点研发计划、科技成果转移转化、创新平台与人才三类，共7个项目类型，申报类别、资助额度、实施期限和限报数量见下表。"),
    ("table", None),
    ("note", "注：重点项目采取竞争性评审方式择优支持；技术转移机构能力提升项目按上年度促成技术合同成交额实行后补助。"),
    ("h2", "二、申报条件"),
    ("li", "申报单位应为在泸州市行政区域内注册登记满1年的企业、高等院校、科研院所和医疗卫生机构，具有独立法人资格，运行管理规范，无不良信用记录。"),
    ("li", "项目负责人应为申报单位在职人员，年龄不超过57周岁（青年科技人才专项负责人不超过35周岁），具有高级专业技术职称或博士学位（青年科技人才专项除外）。"),
    ("li", "企业牵头申报重点项目的，自筹资金与申请市级财政资金的比例不低于2：1；产学研联合申报的，合作协议应明确各方任务分工和知识产权归属。"),
    ("li", "同一单位作为牵头单位申报的项目总数不超过4项；同一项目负责人限报1项，有在研市级科技计划项目未结题的不得申报。"),
    ("h2", "三、申报时间和方式"),
    ("li", "网上填报：申报单位登录“泸州市科技项目管理信息系统”注册并在线填报，填报时间为2026年3月20日9:00至4月24日17:00，逾期系统自动关闭。"),
    ("li", "推荐审核：各区县科技主管部门及泸州高新区、川南临港片区科技管理部门于4月30日前完成网上审核，择优出具推荐函。"),
    ("li", "纸质材料：网上推荐通过后，申报单位将系统生成的申报书纸质版（一式两份）于5月8日前报送市科学技术局资源配置与管理科。"),
    ("h2", "四、评审和立项"),
    ("p", "市科学技术局委托第三方机构组织形式审查和专家评审，重点项目增加现场考察环节。评审结果经局党组会审定后在局门户网站公示7个工作日，公示无异议的按程序下达立项通知。"),
    ("p", "重点项目资金分两次拨付：立项后拨付60%，中期评估合格后拨付其余40%；一般项目立项后一次性拨付。"),
    ("p", "本年度市级科技计划项目申报工作由市科学技术局牵头组织实施，市财政局负责资金审核和监督，各区县科技主管部门负责本地区项目的组织推荐。"),
    ("h2", "五、联系方式"),
    ("li", "业务咨询：资源配置与管理科，周敏，0830-3196218；成果转化与区域创新科，罗建华，0830-3196254。"),
    ("li", "系统技术支持：0830-3182207（工作日9:00—17:30）。"),
    ("link", "附件：2026年度泸州市市级科技计划项目申报指南.doc"),
    ("sign", "泸州市科学技术局"),
    ("sign", "2026年3月12日"),
    ("footer", "版权所有：泸州市科学技术局 地址：泸州市江阳区酒城大道三段17号 邮编：646000 网站标识码：5105000013 蜀ICP备05012345号"),
]


def html_esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("“", "&ldquo;").replace("”", "&rdquo;"))


def a_html():
    """The HTML text (str) of A, written like an old government CMS page."""
    out = ['<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">',
           "<HTML>", "<HEAD>", "<meta charset=gbk>",
           f"<TITLE>{html_esc(A_BLOCKS[2][1])}_泸州市科学技术局</TITLE>",
           "<meta name=keywords content=科技计划,项目申报,通知公告>",
           "<style type=text/css>",
           "body{font-family:宋体,SimSun;font-size:14px;margin:0}",
           ".article{width:960px;margin:0 auto}",
           "table.grid{border-collapse:collapse;margin:0 auto}",
           "table.grid td,table.grid th{border:1px solid #333;padding:4px 6px;text-align:center}",
           "</style>", "</HEAD>", "<BODY>"]
    in_list, section = None, ""
    for kind, text in A_BLOCKS:
        if kind == "h2":
            section = text
        if kind != "li" and in_list:
            out.append(f"</{in_list}>")
            in_list = None
        if kind == "li" and in_list is None:  # the conditions as a numbered <OL>, the other lists as <ul>
            in_list = "OL" if section.endswith("申报条件") else "ul"
            out.append(f"<{in_list} class=list>")
        if kind == "top":
            out.append(f"<DIV class=top><span class=logo>{html_esc(text)}</span></DIV>")
            out.append("<div class=article>")
        elif kind == "crumb":
            out.append("<div class=crumb>" + html_esc(text).replace(" &gt; ", "&nbsp;&gt;&nbsp;") + "</div>")
        elif kind == "info":
            out.append("<div class=info>" + html_esc(text).replace(" ", "&nbsp;&nbsp;") + "</div>")
        elif kind == "h1":
            out.append(f"<H1 align=center>{html_esc(text)}</H1>")
        elif kind == "docno":
            out.append(f"<p align=center class=docno>{html_esc(text)}</p>")
        elif kind == "p":
            out.append(f"<P style=\"text-indent:2em\">{html_esc(text)}</P>")
        elif kind == "h2":
            out.append(f"<h2>{html_esc(text)}</h2>")
        elif kind == "li":
            out.append(f"<li>{html_esc(text)}</li>")
        elif kind == "note":
            out.append(f"<p class=note><font size=2>{html_esc(text)}</font></p>")
        elif kind == "link":
            label, fname = text.split("：", 1)
            out.append(f"<p class=attach>{label}：<a href=\"/uploadfiles/2026/03/20260312094518.doc\" target=_blank>{html_esc(fname)}</a></p>")
        elif kind == "sign":
            out.append(f"<p align=right class=sign>{html_esc(text)}</p>")
        elif kind == "footer":
            out.append("</div>")
            out.append('<script type="text/javascript">var siteCode="5105000013";var pageId="art_20260312_9";</script>')
            out.append("<div class=footer>" + html_esc(text).replace(" ", "&nbsp;&nbsp;") + "</div>")
        elif kind == "table":
            out.append("<table class=grid border=1 cellspacing=0 cellpadding=4 width=\"90%\">")
            out.append(f"<caption><b>{html_esc(A_CAPTION)}</b></caption>")
            out.append("<thead>")
            for ri, row in enumerate(A_TABLE_HTML):
                if ri == 2:
                    out.append("</thead>")
                    out.append("<tbody>")
                cells = []
                for t, rs, cs, hd in row:
                    tag = "th" if hd else ("TD" if ri % 2 else "td")
                    attrs = (f" rowspan={rs}" if rs > 1 else "") + (f" colspan={cs}" if cs > 1 else "")
                    cells.append(f"<{tag}{attrs}>{html_esc(t)}</{tag}>")
                tr = "<TR>" if ri % 2 else "<tr>"
                out.append(tr + "".join(cells) + ("</TR>" if ri % 2 else "</tr>"))
            out.append("</tbody>")
            out.append("</table>")
    out += ["</BODY>", "</HTML>"]
    return "\r\n".join(out) + "\r\n"


def norm_ws(s):
    return re.sub(r"\s+", " ", s.replace("\xa0", " ")).strip()


def table_grid(tbl):
    """Read an lxml <table> into (grid, plain rows): grid[r][c] = the cell element covering that slot (rowspan and
    colspan expanded); a plain row = the distinct cells of the row in order, each one's text."""
    grid, pending = [], {}
    for tr in tbl.iter("tr"):
        row, c = [], 0
        cells = [x for x in tr if x.tag in ("td", "th")]
        k = 0
        while k < len(cells) or pending.get(c):
            if pending.get(c):
                el, left = pending[c]
                row.append(el)
                pending[c] = (el, left - 1) if left > 1 else None
                c += 1
                continue
            el = cells[k]
            k += 1
            rs, cs = int(el.get("rowspan", "1")), int(el.get("colspan", "1"))
            for j in range(cs):
                row.append(el)
                if rs > 1:
                    pending[c + j] = (el, rs - 1)
            c += cs
        grid.append(row)
    plain = []
    for row in grid:
        seen = []
        for el in row:
            if not any(el is s for s in seen):
                seen.append(el)
        plain.append([norm_ws(el.text_content()) for el in seen])
    return grid, plain


def a_read(raw_bytes):
    """Parse A as a browser would (lxml.html, which honours <meta charset=gbk>). Plain lines: each block element's
    text, whitespace normalised (&nbsp; as a space); the table as its caption and its rows (cells joined by ' | ')."""
    import lxml.html
    doc = lxml.html.document_fromstring(raw_bytes)
    body = doc.find("body")
    lines, info = [], {"grid": None, "rows": None}
    block_div = {"top", "crumb", "info", "footer"}

    def walk(el):
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in ("script", "style"):
            return
        if tag == "table":
            cap = el.find("caption")
            lines.append(norm_ws(cap.text_content()))
            grid, rows = table_grid(el)
            info["grid"], info["rows"] = grid, rows
            lines.extend(" | ".join(r) for r in rows)
            return
        if tag in ("h1", "h2", "p", "li") or (tag == "div" and el.get("class") in block_div):
            t = norm_ws(el.text_content())
            if t:
                lines.append(t)
            return
        for ch in el:
            walk(ch)

    walk(body)
    return lines, info, doc


def a_expected_plain():
    out = []
    for kind, text in A_BLOCKS:
        if kind == "table":
            out.append(A_CAPTION)
            out += [" | ".join(r) for r in A_TABLE_PLAIN]
        else:
            out.append(text)
    return out


# ---------------------------------------------------------------------------------------------------------------
# B: 曲靖 统计公报, UTF-8 with BOM, CRLF; paragraphs indented with two full-width spaces; a fixed-width table.
# ---------------------------------------------------------------------------------------------------------------
B_TABLE = [
    ["县（市、区）", "R&D经费（亿元）", "比上年增长（％）", "投入强度（％）", "高新技术企业（家）"],
    ["全市", "41.36", "13.8", "1.06", "412"],
    ["麒麟区", "12.84", "15.2", "1.31", "126"],
    ["沾益区", "4.37", "11.6", "1.02", "38"],
    ["马龙区", "2.15", "18.9", "1.18", "21"],
    ["宣威市", "5.62", "9.4", "0.86", "47"],
    ["陆良县", "3.08", "12.7", "0.91", "29"],
    ["师宗县", "1.26", "7.8", "0.72", "13"],
    ["罗平县", "1.94", "10.3", "0.78", "19"],
    ["富源县", "2.41", "6.5", "0.69", "22"],
    ["会泽县", "1.83", "14.1", "0.58", "17"],
    ["曲靖经济技术开发区", "5.86", "22.3", "2.74", "80"],
]
B_CAPTION = "表1　２０２５年各县（市、区）R&D经费投入情况"
B_LINES = [  # (kind, text): title / meta centred with full-width spaces, p indented "　　", h, cap, table, note
    ("title", "曲靖市２０２５年科技创新发展统计公报"),
    ("meta", "曲靖市科学技术局　曲靖市统计局"),
    ("meta", "（２０２６年４月１６日）"),
    ("p", "２０２５年，全市科技系统深入实施创新驱动发展战略，科技投入持续增加，创新主体不断壮大，科技成果转化成效明显。现将主要统计数据公布如下。"),
    ("h", "一、研究与试验发展（R&D）经费投入"),
    ("p", "全年全市共投入R&D经费41.36亿元，比上年增加5.02亿元，增长１３．８％；R&D经费投入强度（与地区生产总值之比）为１．０６％，比上年提高0.09个百分点。"),
    ("p", "按活动类型分，基础研究经费1.12亿元，应用研究经费3.87亿元，试验发展经费36.37亿元。按执行主体分，企业R&D经费35.48亿元，占全市R&D经费的85.8%；政府属研究机构2.21亿元；高等学校1.64亿元；其他主体2.03亿元。"),
    ("h", "二、科技创新主体"),
    ("p", "年末全市有效期内高新技术企业412家，比上年增加57家；评价入库科技型中小企业1136家，增长２４．３％。规模以上工业企业中有R&D活动的企业占比为４２．６％。"),
    ("p", "年末全市拥有省级重点实验室9家、省级工程技术研究中心23家、新型研发机构14家，科技企业孵化器11家（其中国家级2家），众创空间27家。"),
    ("h", "三、科技成果和技术市场"),
    ("p", "全年专利授权5218件，其中发明专利授权683件；年末每万人口高价值发明专利拥有量2.47件。"),
    ("p", "全年登记技术合同1264项，成交额２８．９３亿元，增长21.4%；其中技术开发合同成交额11.06亿元。"),
    ("h", "四、科技投入和科技计划"),
    ("p", "全年市级财政科学技术支出6.75亿元，增长9.6%。组织实施市级科技计划项目186项，其中重大科技专项16项，下达市级财政科技经费1.38亿元。"),
    ("h", "五、分县（市、区）研发经费投入"),
    ("p", "２０２５年各县（市、区）R&D经费投入情况见表1。"),
    ("cap", B_CAPTION),
    ("table", B_TABLE),
    ("h", "附注："),
    ("note", "1.本公报中R&D经费数据由市统计局牵头会同市科学技术局开展调查汇总，高新技术企业、科技型中小企业和技术合同数据由市科学技术局提供，专利数据由市市场监督管理局提供。"),
    ("note", "2.本公报数据均为初步统计数，部分数据因四舍五入，分项合计与总数略有差异。"),
    ("note", "3.曲靖经济技术开发区数据单列，不含在所在县（区）数据中。"),
]
B_GAP = 3  # spaces between columns at least


def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def b_table_lines():
    """Fixed-width lines: the first column left-aligned, the others right-aligned, widths counted in display cells."""
    ncol = len(B_TABLE[0])
    w = [max(dwidth(r[i]) for r in B_TABLE) for i in range(ncol)]
    out = []
    for r in B_TABLE:
        s = r[0] + " " * (w[0] - dwidth(r[0]))
        for i in range(1, ncol):
            s += " " * (B_GAP + w[i] - dwidth(r[i])) + r[i]
        out.append("  " + s)
    return out


def b_file_lines():
    out = []
    for kind, text in B_LINES:
        if kind in ("h", "cap") and out:
            out.append("")
        if kind == "title":
            out.append("　　　　　" + text)
        elif kind == "meta":
            out.append("　　　　　　　　" + text)
        elif kind in ("p", "note"):
            out.append("　　" + text)
        elif kind == "cap":
            out.append("　　　　" + text)
        elif kind == "table":
            out += b_table_lines()
            out.append("")
        else:
            out.append(text)
    return out


def b_read(text):
    """Plain lines of B: the BOM dropped, CRLF split, each non-empty line stripped (full-width spaces too); the lines
    after the 表1 caption up to the next blank line are table rows, split on runs of 2+ spaces, joined by ' | '."""
    if text.startswith("\ufeff"):
        text = text[1:]
    out, rows, state = [], [], 0
    for ln in text.split("\r\n"):
        s = ln.strip()
        if state == 1:
            if not s:
                state = 2
                continue
            cells = re.split(r" {2,}", s)
            rows.append(cells)
            out.append(" | ".join(cells))
            continue
        if not s:
            continue
        out.append(s)
        if s == B_CAPTION:
            state = 1
    return out, rows


def b_expected_plain():
    out = []
    for kind, text in B_LINES:
        if kind == "table":
            out += [" | ".join(r) for r in text]
        else:
            out.append(text)
    return out


# ---------------------------------------------------------------------------------------------------------------
# C: 玉林 政策问答 as Markdown (UTF-8, LF). Plain = what markdown-it renders: one line per heading / paragraph / list
#    item (markers, indentation and ** dropped), a link as "text (url)", table rows as cells joined by ' | '.
# ---------------------------------------------------------------------------------------------------------------
C_TABLE = [
    ["平台类别", "国家级", "自治区级", "市级"],
    ["重点实验室", "400万元", "90万元", "25万元"],
    ["工程技术研究中心", "300万元", "70万元", "18万元"],
    ["新型研发机构", "350万元", "110万元", "30万元"],
    ["科技企业孵化器", "160万元", "45万元", "14万元"],
    ["众创空间", "60万元", "16万元", "6万元"],
]
C_ALIGN = [":---", ":---:", ":---:", "---:"]
C_LINKS = [
    ("玉林市人民政府办公室关于印发玉林市支持科技型企业创新发展若干措施的通知", "http://www.yulin.gov.cn/zwgk/zcwj/t2026052101.html"),
    ("玉林市惠企政策兑现平台", "https://hqzc.yulin.gov.cn/"),
    ("广西壮族自治区科学技术厅", "http://kjt.gxzf.gov.cn/"),
    ("高新技术企业认定管理工作网", "http://www.innocom.gov.cn/"),
]
C_MD = """# 《玉林市支持科技型企业创新发展若干措施》政策问答

> 发布单位：玉林市科学技术局　发布时间：2026年5月18日

为帮助企业准确理解和用好政策，现就《玉林市支持科技型企业创新发展若干措施》（玉政办规〔2026〕6号，以下简称《若干措施》）的主要内容解答如下。

## 一、《若干措施》适用于哪些企业？

- **适用对象**：在玉林市行政区域内注册、具有独立法人资格的科技型企业，包括：
  - 科技型中小企业：当年通过评价入库的企业；
  - 高新技术企业：在有效期内的企业；
  - 瞪羚企业：经自治区认定、在有效期内的企业。
- **区域范围**：玉州区、福绵区、北流市、容县、陆川县、博白县、兴业县及玉东新区。
- **施行时间**：自2026年6月1日起施行，有效期至2028年12月31日。

## 二、高新技术企业培育有哪些奖励？

- **首次认定**：对首次认定的高新技术企业，给予一次性奖励20万元。
  - 从市外整体迁入玉林且仍在有效期内的高新技术企业，按首次认定标准执行。
- **重新认定**：对有效期满后重新认定的，给予奖励8万元。
- **入库培育**：对进入玉林市高新技术企业培育库的企业，给予培育补助5万元。

## 三、研发投入补助怎么算？

- **补助标准**：按企业上年度研发费用较前一年度增量部分的12%给予补助，单家企业每年最高150万元。
- **数据来源**：
  - 规模以上企业：由统计部门提供研发费用数据，免于申报；
  - 其他企业：需提交研发费用专项审计报告，审计费用由企业自行承担。

## 四、新建创新平台奖励多少？

对新认定的各级创新平台给予一次性奖励，同一平台晋级的按差额补足，标准如下：

{table}

## 五、科技金融有哪些支持？

- **贷款贴息**：对科技型企业通过“玉科贷”获得的贷款，按贷款合同利率的40%给予贴息，单家企业每年最高80万元，贴息期限最长2年。
- **科技保险**：对企业购买研发费用损失保险、首台（套）重大技术装备保险的，按实际保费的50%给予补助，每年最高10万元。
- **风险补偿**：合作银行发放的“玉科贷”出现本金损失的，由市科技信贷风险补偿资金池按本金损失的70%给予补偿。

## 六、如何申报和兑现？

- **申报批次**：每年分两批集中受理：
  - 第一批：6月1日至6月30日；
  - 第二批：10月8日至10月31日。
- **申报渠道**：通过“玉林市惠企政策兑现平台”在线申报，无需报送纸质材料。
- **兑现时限**：市科学技术局会同市财政局在受理截止后20个工作日内完成审核，公示5个工作日后拨付资金。
- **资金分担**：市本级与县（市、区）按5：5比例分担；玉东新区企业所需资金由市本级全额承担。
- **奖补上限**：同一企业每年获得本措施各类奖补资金累计不超过500万元。

## 七、政策由哪个部门牵头落实？

《若干措施》由市科学技术局牵头组织实施，市财政局负责资金保障，市统计局负责研发费用数据核实，各县（市、区）人民政府负责本地区政策宣传和初审。

## 八、咨询方式

- **政策咨询**：玉林市科学技术局高新技术发展及产业化科，联系人梁晓婷，电话：0775-2831064。
- **平台技术支持**：电话：0775-2836029。

## 相关链接

{links}
"""


def c_text():
    table = "\n".join(["| " + " | ".join(C_TABLE[0]) + " |", "|" + "|".join(C_ALIGN) + "|"]
                      + ["| " + " | ".join(r) + " |" for r in C_TABLE[1:]])
    links = "\n".join(f"- [{t}]({u})" for t, u in C_LINKS)
    return C_MD.replace("{table}", table).replace("{links}", links)


def md_tokens(text):
    from markdown_it import MarkdownIt
    return MarkdownIt("commonmark").enable("table").parse(text)


def c_read(text):
    """Plain lines from markdown-it's tokens; also returns the table rows, the alignments, the max list nesting and
    the strong / link counts."""
    toks = md_tokens(text)
    lines, rows, aligns, row, in_table, depth, maxdepth = [], [], [], None, False, 0, 0
    strong, links, link_lines = 0, [], []

    def render(inline):
        nonlocal strong
        out, href = [], None
        for ch in inline.children or []:
            if ch.type == "text":
                out.append(ch.content)
            elif ch.type == "strong_open":
                strong += 1
            elif ch.type == "link_open":
                href = ch.attrs.get("href")
            elif ch.type == "link_close":
                out.append(f" ({href})")
                links.append(href)
            elif ch.type == "softbreak":
                out.append(" ")
            elif ch.type == "code_inline":
                out.append(ch.content)
        return "".join(out).strip()

    for t in toks:
        if t.type == "bullet_list_open":
            depth += 1
            maxdepth = max(maxdepth, depth)
        elif t.type == "bullet_list_close":
            depth -= 1
        elif t.type == "table_open":
            in_table = True
        elif t.type == "table_close":
            in_table = False
        elif t.type == "tr_open":
            row = []
        elif t.type == "tr_close":
            rows.append(row)
            lines.append(" | ".join(row))
        elif t.type == "th_open":
            aligns.append((t.attrs or {}).get("style", ""))
        elif t.type == "inline":
            s = render(t)
            if in_table:
                row.append(s)
            elif s:
                lines.append(s)
                if " (http" in s:
                    link_lines.append(s)
    return lines, {"rows": rows, "aligns": aligns, "maxdepth": maxdepth, "strong": strong, "links": links,
                   "link_lines": link_lines}


# ---------------------------------------------------------------------------------------------------------------
# Questions. hint: a substring that must pick exactly one plain line of the doc (the evidence line).
# traditional: written in Simplified (qs) and converted with OpenCC s2tw. Unanswerable: keys = regexes absent from the
# doc (plain, raw, converted; each also tried in s2tw / s2twp / s2hk / t2s form); gkeys = the same over all docs
# (and named in the question); near = terms present in the doc. table: col = the answer's column in the plain row
# (A: index into the row's distinct cells; its grid column's header path must not be in the question).
# who_leads: verb (in the evidence, after the answer within one clause) and qverb (in the question). typo:
# wrong/right forms (one character apart).
# ---------------------------------------------------------------------------------------------------------------
Q = [
    # ---- A 泸州 申报通知 (GBK HTML; 17)
    dict(id="u47-A01", doc="A", kind="table", q="泸州2026年白酒产业科技创新方向，非重点的普通档项目最多资助多少？", a="35万元", hint="重点研发计划 | 白酒产业科技创新 | ", col=3),
    dict(id="u47-A02", doc="A", kind="table", q="泸州2026年市级重点实验室培育类项目，按重点档支持最多给多少钱？", a="100万元", hint="创新平台与人才 | 市级重点实验室培育 | ", col=2),
    dict(id="u47-A03", doc="A", kind="table", q="泸州2026年青年科技人才专项每个项目资助多少？", a="10万元", hint="创新平台与人才 | 青年科技人才专项 | ", col=3),
    dict(id="u47-A04", doc="A", kind="who_leads", q="泸州2026年度市级科技计划项目申报工作由哪个部门牵头组织？", a="市科学技术局", hint="申报工作由市科学技术局牵头", verb="牵头", qverb="牵头"),
    dict(id="u47-A05", doc="A", kind="english", q="When does online submission close for Luzhou's 2026 municipal science and technology plan projects?", a="4月24日", hint="网上填报："),
    dict(id="u47-A06", doc="A", kind="english", q="For how many working days are the review results of Luzhou's 2026 municipal science and technology plan projects publicised?", a="7个工作日", hint="公示7个工作日"),
    dict(id="u47-A07", doc="A", kind="english", q="What is the age limit for project leaders applying for Luzhou's 2026 municipal science and technology plan projects (other than the young talent programme)?", a="57周岁", hint="项目负责人应为申报单位在职人员"),
    dict(id="u47-A08", doc="A", kind="english_unanswerable", q="How much funding does Luzhou offer for international science and technology cooperation projects in its 2026 municipal plan?", keys=["国际", "[Ii]nternational"], near=["重点研发计划"]),
    dict(id="u47-A09", doc="A", kind="paraphrase", q="泸州由公司牵头的重点类课题，自筹的钱和市财政出的钱至少是几比几？", a="2：1", hint="自筹资金与申请市级财政资金"),
    dict(id="u47-A10", doc="A", kind="paraphrase", q="泸州今年市里的科技项目，一家单位当牵头方最多能报几个？", a="4项", hint="作为牵头单位申报的项目总数"),
    dict(id="u47-A11", doc="A", kind="paraphrase", q="泸州市级重点项目批下来后，首笔经费按多大比例下拨？", a="60%", hint="资金分两次拨付"),
    dict(id="u47-A12", doc="A", kind="typo", q="卢州2026年市级科技计划项目网上填报从哪天开始？", a="3月20日", hint="网上填报：", wrong="卢州", right="泸州"),
    dict(id="u47-A13", doc="A", kind="typo", q="泸州2026年白洒产业科技创新的重点项目最多资助多少？", a="120万元", hint="重点研发计划 | 白酒产业科技创新 | ", wrong="白洒", right="白酒"),
    dict(id="u47-A14", doc="A", kind="traditional", qs="泸州2026年市级科技计划申报书纸质版要在哪天之前报送？", a="5月8日", hint="纸质材料："),
    dict(id="u47-A15", doc="A", kind="unanswerable", q="自贡市2026年度重点研发计划产业关键核心技术攻关重点项目最多资助多少？", gkeys=["自贡", "Zigong"], near=["产业关键核心技术攻关"]),
    dict(id="u47-A16", doc="A", kind="unanswerable", q="泸州2025年度市级科技计划一共立项了多少个项目？", keys=["2025", "２０２５"], near=["市级科技计划"]),
    dict(id="u47-A17", doc="A", kind="unanswerable", q="泸州区县推荐的市级科技计划项目，区县财政需要按多少比例配套？", keys=["配套"], near=["各区县科技主管部门"]),
    # ---- B 曲靖 统计公报 (UTF-8 BOM, CRLF, fixed-width table; 17)
    dict(id="u47-B01", doc="B", kind="table", q="曲靖陆良县2025年研发经费有多少亿元？", a="3.08", hint="陆良县 | ", col=1),
    dict(id="u47-B02", doc="B", kind="table", q="曲靖马龙区2025年研发经费比前一年增长了百分之多少？", a="18.9", hint="马龙区 | ", col=2),
    dict(id="u47-B03", doc="B", kind="table", q="曲靖会泽县2025年研发经费占地区生产总值的比重是多少？", a="0.58", hint="会泽县 | ", col=3),
    dict(id="u47-B04", doc="B", kind="who_leads", q="曲靖科技创新统计公报里的研发经费数据由哪个部门牵头调查汇总？", a="市统计局", hint="1.本公报中", verb="牵头", qverb="牵头"),
    dict(id="u47-B05", doc="B", kind="english", q="What was Qujing's R&D intensity (R&D spending as a share of GDP) in 2025?", a="１．０６％", hint="全年全市共投入R&D经费"),
    dict(id="u47-B06", doc="B", kind="english", q="How many high-tech enterprises did Qujing have at the end of 2025?", a="412家", hint="年末全市有效期内高新技术企业"),
    dict(id="u47-B07", doc="B", kind="english", q="What was the turnover of technology contracts registered in Qujing in 2025?", a="２８．９３亿元", hint="全年登记技术合同"),
    dict(id="u47-B08", doc="B", kind="english", q="How many invention patents were granted in Qujing in 2025?", a="683件", hint="全年专利授权"),
    dict(id="u47-B09", doc="B", kind="english_unanswerable", q="How many national key laboratories were there in Qujing at the end of 2025?", keys=["国家重点实验室", "全国重点实验室", "国家级重点实验室", "[Kk]ey [Ll]ab"], near=["省级重点实验室"]),
    dict(id="u47-B10", doc="B", kind="paraphrase", q="曲靖2025年企业自己执行的研发开支，在全市总量里占几成？", a="85.8%", hint="按活动类型分"),
    dict(id="u47-B11", doc="B", kind="paraphrase", q="曲靖去年经评价进库的科技中小企业数量有多少？", a="1136家", hint="评价入库科技型中小企业"),
    dict(id="u47-B12", doc="B", kind="typo", q="曲静2025年全年专利授权一共多少件？", a="5218件", hint="全年专利授权", wrong="曲静", right="曲靖"),
    dict(id="u47-B13", doc="B", kind="typo", q="曲靖2025年末科技企业孵化气有几家？", a="11家", hint="科技企业孵化器", wrong="孵化气", right="孵化器"),
    dict(id="u47-B14", doc="B", kind="traditional", qs="曲靖2025年基础研究经费是多少？", a="1.12亿元", hint="按活动类型分"),
    dict(id="u47-B15", doc="B", kind="unanswerable", q="昭通市2025年R&D经费投入强度是多少？", gkeys=["昭通", "Zhaotong"], near=["R&D经费投入强度"]),
    dict(id="u47-B16", doc="B", kind="unanswerable", q="曲靖2025年R&D人员全时当量是多少人年？", keys=["全时当量", "人年"], near=["R&D经费"]),
    dict(id="u47-B17", doc="B", kind="unanswerable", q="曲靖宣威市2025年发明专利授权多少件？", keys=["宣威[^\\n]*专利", "专利[^\\n]*宣威"], near=["宣威市", "发明专利"]),
    # ---- C 玉林 政策问答 (Markdown; 16)
    dict(id="u47-C01", doc="C", kind="table", q="玉林新认定一家自治区层面的新型研发机构，一次性奖多少？", a="110万元", hint="新型研发机构 | ", col=2),
    dict(id="u47-C02", doc="C", kind="table", q="玉林经国家备案的众创空间，一次性奖励多少钱？", a="60万元", hint="众创空间 | ", col=1),
    dict(id="u47-C03", doc="C", kind="who_leads", q="玉林支持科技型企业创新发展的若干措施由哪个部门牵头组织实施？", a="市科学技术局", hint="由市科学技术局牵头", verb="牵头", qverb="牵头"),
    dict(id="u47-C04", doc="C", kind="english", q="How much is the one-off reward for a company in Yulin, Guangxi that is recognised as a high-tech enterprise for the first time?", a="20万元", hint="首次认定：对首次认定"),
    dict(id="u47-C05", doc="C", kind="english", q="What is the annual cap per enterprise on the R&D investment subsidy in Yulin, Guangxi?", a="150万元", hint="补助标准："),
    dict(id="u47-C06", doc="C", kind="english", q="When is the second application window under Yulin's (Guangxi) measures supporting technology-based enterprises?", a="10月8日至10月31日", hint="第二批："),
    dict(id="u47-C07", doc="C", kind="english_unanswerable", q="How much does Yulin, Guangxi award a newly recognised national technology innovation center?", keys=["技术创新中心", "[Ii]nnovation [Cc]ent"], near=["工程技术研究中心"]),
    dict(id="u47-C08", doc="C", kind="paraphrase", q="玉林高企到期以后再次通过评审的，能拿多少奖励？", a="8万元", hint="重新认定："),
    dict(id="u47-C09", doc="C", kind="paraphrase", q="玉林科技型企业买了研发损失险，保费能补多大比例？", a="50%", hint="科技保险："),
    dict(id="u47-C10", doc="C", kind="paraphrase", q="玉林企业用玉科贷借钱，利息补贴最多能补几年？", a="2年", hint="贷款贴息："),
    dict(id="u47-C11", doc="C", kind="typo", q="玉琳合作银行发放的玉科贷出现本金损失，风险补偿比例是多少？", a="70%", hint="风险补偿：", wrong="玉琳", right="玉林"),
    dict(id="u47-C12", doc="C", kind="traditional", qs="玉林企业进入高新技术企业培育库，能拿多少培育补助？", a="5万元", hint="入库培育："),
    dict(id="u47-C13", doc="C", kind="unanswerable", q="贵港市对首次认定的高新技术企业奖励多少？", gkeys=["贵港", "Guigang"], near=["首次认定"]),
    dict(id="u47-C14", doc="C", kind="unanswerable", q="玉林2025年一共兑现了多少高新技术企业奖励资金？", keys=["2025", "２０２５"], near=["高新技术企业"]),
    dict(id="u47-C15", doc="C", kind="unanswerable", q="玉林科技型企业在境内外上市能拿多少奖励？", keys=["上市"], near=["科技型企业"]),
    dict(id="u47-C16", doc="C", kind="unanswerable", q="玉林市工业和信息化局在这项科技型企业政策中负责什么？", keys=["工业和信息化", "工信"], near=["市统计局"]),
]

KIND_COUNTS = {"english": 10, "english_unanswerable": 3, "paraphrase": 8, "typo": 5, "table": 8, "who_leads": 3,
               "traditional": 3, "unanswerable": 10}
DOC_COUNTS = {"A": 17, "B": 17, "C": 16}
KIND_DOC_COUNTS = {  # kind: (A, B, C)
    "english": (3, 4, 3), "english_unanswerable": (1, 1, 1), "paraphrase": (3, 2, 3), "typo": (2, 2, 1),
    "table": (3, 3, 2), "who_leads": (1, 1, 1), "traditional": (1, 1, 1), "unanswerable": (3, 3, 4)}
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
HAN = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_PLACE = {"A": "Luzhou", "B": "Qujing", "C": "Yulin"}
PLACE_KEYS = ["自贡", "Zigong", "昭通", "Zhaotong", "贵港", "Guigang"]  # neighbours: in no document
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
    """Occurrences of s not glued to further digits (50万元 does not count in 150万元, 3.08 not in 13.08 / 3.081);
    a \\d matches full-width digits too, and every numeric check is repeated on NFKC text."""
    pre = r"(?<![\d.,．-])" if re.match(r"\d", s) else ""  # only a figure that starts / ends with a digit can be glued
    post = r"(?![\d]|[.,．]\d)" if re.search(r"\d$", s) else ""
    return len(re.findall(pre + re.escape(s) + post, text))


def nfkc(s):
    return unicodedata.normalize("NFKC", s)


def main():
    CORPUS.mkdir(exist_ok=True)
    PLAIN.mkdir(exist_ok=True)
    fails = []

    def check(cond, msg):
        if not cond:
            fails.append(msg)

    # ---- build
    a_src = a_html()
    a_bytes = a_src.encode("gbk")
    (CORPUS / FILE_A).write_bytes(a_bytes)
    b_bytes = ("\ufeff" + "\r\n".join(b_file_lines()) + "\r\n").encode("utf-8")
    (CORPUS / FILE_B).write_bytes(b_bytes)
    c_bytes = c_text().encode("utf-8")
    (CORPUS / FILE_C).write_bytes(c_bytes)

    # ---- plain texts (read back from the files as a reader would)
    a_raw_bytes = (CORPUS / FILE_A).read_bytes()
    try:
        a_raw_bytes.decode("gbk")
        a_plain, a_info, a_doc = a_read(a_raw_bytes)
    except Exception as e:  # e.g. a file that is not GBK: the meta charset sends the parser astray
        print(f"FAILED:\n  - A: cannot be read as GBK HTML through its meta charset ({type(e).__name__}: {e})")
        sys.exit(1)
    b_raw = (CORPUS / FILE_B).read_bytes().decode("utf-8")
    b_plain, b_rows = b_read(b_raw)
    c_raw = (CORPUS / FILE_C).read_bytes().decode("utf-8")
    c_plain, c_info = c_read(c_raw)
    plains = {"A": a_plain, "B": b_plain, "C": c_plain}
    for d, lines in plains.items():
        (PLAIN / (Path(FILES[d]).stem + ".txt")).write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    ptext = {d: "\n".join(v) for d, v in plains.items()}
    for d in "ABC":
        check(all(ln == ln.strip() and ln for ln in plains[d]), f"{d}: empty or padded plain line")
        check(len(set(plains[d])) == len(plains[d]) or d == "A", f"{d}: duplicate plain lines")
        check(T2S.convert(ptext[d]) == ptext[d], f"{d}: Simplified throughout")
    sizes = {"A": (1500, 2400), "B": (1100, 2000), "C": (1400, 2400)}
    for d, (lo, hi) in sizes.items():
        check(lo <= len(ptext[d]) <= hi, f"{d}: {len(ptext[d])} plain characters, want {lo:,}-{hi:,}")

    # ---- A: GBK HTML
    a_raw = a_raw_bytes.decode("gbk")
    try:
        a_raw_bytes.decode("utf-8")
        check(False, "A: the file must not be valid UTF-8")
    except UnicodeDecodeError:
        pass
    check(a_raw.encode("gbk") == a_raw_bytes, "A: GBK round trip")
    head = a_raw[:a_raw.index("<BODY>")]
    check("<meta charset=gbk>" in head and len(re.findall(r"charset", head, re.I)) == 1
          and "http-equiv" not in head.lower() and not a_raw_bytes.startswith(b"\xef\xbb\xbf"),
          "A: the encoding is declared only by an unquoted <meta charset=gbk>, no BOM")
    check(a_raw_bytes.count(b"\r\n") == a_raw_bytes.count(b"\n"), "A: CRLF line ends")
    check(a_plain == a_expected_plain(), "A: lxml (honouring the meta charset) reads the designed lines")
    check(a_doc.findtext(".//title", "").startswith("泸州市科学技术局关于组织申报"), "A: <title> decoded through the meta charset")
    wrong = a_raw_bytes.decode("utf-8", errors="replace")
    check("泸州" not in wrong, "A: read as UTF-8 it is mojibake")
    check("&nbsp;" in a_raw and "&ldquo;" in a_raw and "&gt;" in a_raw and "<script" in a_raw and "<TD" in a_raw
          and "<td" in a_raw and "<TR>" in a_raw, "A: old-CMS markup (entities, mixed-case tags, script)")
    grid, rows = a_info["grid"], a_info["rows"]
    check(rows == A_TABLE_PLAIN, f"A: the table read back equals the design {rows}")
    check(grid is not None and all(len(r) == len(A_COLS) for r in grid), "A: every grid row has 6 columns")
    spans = re.findall(r"(rowspan|colspan)=(\d)", a_raw)
    check(sorted(set(spans)) == [("colspan", "2"), ("rowspan", "2"), ("rowspan", "3")]
          and spans.count(("colspan", "2")) == 2, f"A: rowspan 2 / 3 and two colspan=2 (header + body) {spans}")
    if grid:
        check(grid[0][2] is grid[0][3] and grid[1][0] is grid[0][0] and grid[2][0] is grid[4][0]
              and grid[6][2] is grid[6][3] and grid[6][0] is grid[5][0], "A: spans cover the right slots")
    check(len(re.findall(r"<th[ >]", a_raw)) == 7 and "<thead>" in a_raw, "A: a two-level header in <thead>")
    a_prose = "\n".join(ln for ln in a_plain if " | " not in ln)
    for r in A_TABLE_PLAIN[2:]:
        for c in r[2:4]:
            for fig in re.findall(r"\d+万元", c):
                check(num_count(fig, a_prose) == 0, f"A: table figure {fig} also in the prose")
    a_dates = re.findall(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日", a_prose)
    check(a_dates == [("2026", "3", "20"), ("", "4", "24"), ("", "4", "30"), ("", "5", "8"), ("2026", "3", "12")],
          f"A: dates {a_dates}")
    a_leads = [ln for ln in a_plain if "牵头" in ln]
    check(sum("牵头" in ln and "组织实施" in ln for ln in a_leads) == 1, f"A: one 牵头组织 line {a_leads}")

    # ---- B: UTF-8 BOM CRLF text with a fixed-width table
    check(b_bytes.startswith(b"\xef\xbb\xbf") and b_bytes.count(b"\r\n") == b_bytes.count(b"\n")
          and b_bytes.endswith(b"\r\n") and b"\t" not in b_bytes and b_bytes.count(b"\xef\xbb\xbf") == 1,
          "B: UTF-8 with one BOM, CRLF line ends only, no tabs")
    check(b_plain == b_expected_plain(), "B: reading the file gives the designed lines")
    check(b_rows == B_TABLE, "B: the space-drawn table splits into the designed cells")
    tl = b_table_lines()
    check(all(not re.search(r"[|│┃┆─━+]", ln) for ln in tl), "B: the table has no bars or rules")
    check(len({dwidth(ln) for ln in tl}) == 1, "B: every table line has the same display width")
    ends = []
    for ln in tl:
        e, pos = [], 0
        for m in re.finditer(r"\S+", ln):
            e.append((dwidth(ln[:m.start()]), dwidth(ln[:m.end()])))
        ends.append(e)
    check(len({e[0][0] for e in ends}) == 1 and all(len({e[i][1] for e in ends}) == 1 for i in range(1, len(B_TABLE[0]))),
          "B: first column left-aligned, the others right-aligned at fixed display columns")
    fw_lines = [ln for ln in b_plain if re.search(r"[０-９]", ln)]
    check(len(fw_lines) >= 6 and "２０２５年" in b_raw and "１３．８％" in b_raw and re.search(r"\d\.\d+亿元", b_raw),
          f"B: full-width digits in some figures ({len(fw_lines)} lines), ASCII in others")
    b_prose = "\n".join(ln for ln in b_plain if " | " not in ln)
    for r in B_TABLE[2:]:
        for c in r[1:4]:
            check(num_count(c, b_prose) == 0 and num_count(c, nfkc(b_prose)) == 0, f"B: table figure {c} also in the prose")
    check(sum(float(r[1]) for r in B_TABLE[2:]) == sum(float(r[1]) for r in B_TABLE[2:]) and
          abs(sum(float(r[1]) for r in B_TABLE[2:]) - 41.36) < 1e-6 and sum(int(r[4]) for r in B_TABLE[2:]) == 412,
          "B: the county rows add up to the 全市 row")
    check(abs(1.12 + 3.87 + 36.37 - 41.36) < 1e-6 and abs(35.48 + 2.21 + 1.64 + 2.03 - 41.36) < 1e-6
          and round(35.48 / 41.36 * 100, 1) == 85.8, "B: the breakdowns add up")
    b_leads = [ln for ln in b_plain if "牵头" in ln]
    check(len(b_leads) == 1 and "由市统计局牵头" in b_leads[0], f"B: 牵头 lines {b_leads}")

    # ---- C: Markdown
    check(not c_bytes.startswith(b"\xef\xbb\xbf") and b"\r" not in c_bytes and b"\t" not in c_bytes, "C: UTF-8, LF, no tabs")
    c_lines = c_raw.split("\n")
    check(sum(1 for ln in c_lines if re.match(r"  - \*\*|  - \S", ln)) >= 6 and c_info["maxdepth"] == 2,
          "C: nested bullet lists (two levels)")
    check(c_info["strong"] >= 15 and sum(1 for ln in c_lines if re.match(r"- \*\*[^*]+\*\*：", ln)) >= 15,
          f"C: bold labels ({c_info['strong']})")
    check(c_info["rows"] == C_TABLE, "C: markdown-it reads the pipe table as designed")
    check("|" + "|".join(C_ALIGN) + "|" in c_lines and c_info["aligns"] == ["text-align:left", "text-align:center",
                                                                          "text-align:center", "text-align:right"],
          f"C: alignment row with :---: ({c_info['aligns']})")
    check(c_info["links"] == [u for _, u in C_LINKS] and c_plain[-len(C_LINKS):] == c_info["link_lines"],
          "C: the link list is at the end")
    check(not any("**" in ln or ln.startswith(("#", "-", ">", "|")) for ln in c_plain), "C: no markup left in the plain lines")
    c_prose = "\n".join(ln for ln in c_plain if " | " not in ln)
    for r in C_TABLE[1:]:
        v = [int(c[:-2]) for c in r[1:]]
        check(v[0] > v[1] > v[2], f"C: 国家级 > 自治区级 > 市级 in row {r[0]}")
        for c in r[1:]:
            check(num_count(c, c_prose) == 0, f"C: table cell {c} also in the prose")
    c_leads = [ln for ln in c_plain if "牵头" in ln]
    check(len(c_leads) == 2 and sum("由市科学技术局牵头" in ln for ln in c_leads) == 1, f"C: 牵头 lines {c_leads}")

    raw = {"A": a_raw, "B": b_raw, "C": c_raw}
    every = {d: [ptext[d], raw[d], nfkc(ptext[d]), T2S.convert(ptext[d]), S2TW.convert(ptext[d]), S2HK.convert(ptext[d])]
             for d in "ABC"}

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
            check(ans in raw[d], f"{q['id']}: answer not in the raw file")
            if re.search(r"\d|[０-９]", ans):
                for ln in plains[d]:
                    if ln != ev and (num_count(ans, ln) or num_count(nfkc(ans), nfkc(ln))):
                        check(False, f"{q['id']}: answer {ans} also in: {ln[:50]}")
                check(num_count(ans, ev) == 1 and num_count(nfkc(ans), nfkc(ev)) == 1,
                      f"{q['id']}: answer {ans} more than once in its evidence")
            else:
                check(ev.count(ans) == 1, f"{q['id']}: answer {ans} more than once in evidence")
                if k != "who_leads":
                    check(ptext[d].count(ans) == 1, f"{q['id']}: answer {ans} elsewhere in the document")
            if "col" in q:
                table = {"A": A_TABLE_PLAIN[1:], "B": B_TABLE, "C": C_TABLE}[d]
                hit = [r for r in table[1:] if " | ".join(r) == ev]
                check(len(hit) == 1, f"{q['id']}: evidence must be a data row of the table")
                if hit:
                    ci = q["col"]
                    check(ans in hit[0][ci], f"{q['id']}: answer must be in cell {ci}")
                    check(sum(ans in c for c in hit[0]) == 1, f"{q['id']}: other cells differ")
                    if d == "A":
                        check(len(hit[0]) == len(A_COLS), f"{q['id']}: A table questions ask rows without colspan")
                        heads = A_COLS[ci].split(" ")
                    else:
                        heads = [table[0][ci], re.sub(r"（.*）", "", table[0][ci])]
                    check(not any(h in question for h in heads), f"{q['id']}: question copies the column header {heads}")
            if k == "who_leads":
                check(re.search(re.escape(ans) + r"[^;；。，]*?" + q["verb"], ev), f"{q['id']}: {ans} … {q['verb']}")
                check(q["qverb"] in question, f"{q['id']}: question must ask who {q['qverb']}")
        if k in ("english", "english_unanswerable"):
            check(not CJK.search(question), f"{q['id']}: CJK in English question")
            check(ENGLISH_PLACE[d] in question, f"{q['id']}: English question must name {ENGLISH_PLACE[d]}")
        else:
            check(bool(CJK.search(question)), f"{q['id']}: Chinese kinds must be asked in Chinese")
            check(any(p in T2S.convert(question) for p in {"A": ["泸州", "卢州", "自贡"], "B": ["曲靖", "曲静", "昭通"],
                                              "C": ["玉林", "玉琳", "贵港"]}[d]), f"{q['id']}: place named")
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
    check(all(re.fullmatch(r"u47-[ABC]\d\d", o["id"]) for o in out), "id format")
    for d in "ABC":
        nums_d = [int(o["id"][5:]) for o in out if o["id"][4] == d]
        check(nums_d == list(range(1, len(nums_d) + 1)), f"{d}: ids numbered without gaps")
    # coverage: a full-width answer in B; a table answer in each doc; a C answer from a nested list item
    check(any(re.search(r"[０-９]", o["answer"]) for o in out if o["doc"] == FILE_B), "B: a full-width-digit answer")
    check(any(o["evidence"].startswith("第二批") for o in out), "C: a question on a nested list item")

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
