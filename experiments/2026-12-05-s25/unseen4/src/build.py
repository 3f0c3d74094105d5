# -*- coding: utf-8 -*-
"""Build corpus/ (docx, pdf, html) and plain/ (txt) from content.py.

Run with: /work/main/.venv/bin/python src/build.py
"""
import html
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import *  # noqa

CORPUS = os.path.join(BASE, "corpus")
PLAIN = os.path.join(BASE, "plain")
os.makedirs(CORPUS, exist_ok=True)
os.makedirs(PLAIN, exist_ok=True)


# ============================================================ Doc A (docx)
def build_a():
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    def set_font(style_or_run, name, size=None, bold=None, color=None):
        f = style_or_run.font
        f.name = name
        el = style_or_run.element
        rpr = el.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = rpr.makeelement(qn("w:rFonts"), {})
            rpr.append(rfonts)
        for k in ("w:ascii", "w:hAnsi", "w:eastAsia"):
            rfonts.set(qn(k), name)
        if size:
            f.size = Pt(size)
        if bold is not None:
            f.bold = bold
        if color is not None:
            f.color.rgb = color

    set_font(doc.styles["Normal"], "仿宋_GB2312", 16)
    doc.styles["Normal"].paragraph_format.line_spacing = Pt(28)
    set_font(doc.styles["Title"], "方正小标宋简体", 22, False, RGBColor(0, 0, 0))
    set_font(doc.styles["Heading 1"], "黑体", 16, False, RGBColor(0, 0, 0))
    set_font(doc.styles["Heading 2"], "楷体_GB2312", 16, False, RGBColor(0, 0, 0))
    doc.styles["Heading 1"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.styles["Title"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def para(text, align=None, indent=True, bold_prefix=None):
        p = doc.add_paragraph()
        if align is not None:
            p.alignment = align
        if indent:
            p.paragraph_format.first_line_indent = Pt(32)
        if bold_prefix:
            r = p.add_run(bold_prefix)
            set_font(r, "黑体")
            p.add_run("　")
        p.add_run(text)
        return p

    plain = []
    # cover notice
    para(A_HEAD["docno"], WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    plain.append(A_HEAD["docno"])
    doc.add_paragraph(A_HEAD["notice_title"], style="Title")
    plain.append(A_HEAD["notice_title"])
    para(A_HEAD["addressees"], indent=False)
    plain.append(A_HEAD["addressees"])
    para(A_HEAD["intro"])
    plain.append(A_HEAD["intro"])
    para("附件：" + A_ANNEX_TITLE)
    plain.append("附件：" + A_ANNEX_TITLE)
    para(A_HEAD["sign"], WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(A_HEAD["date"], WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para("（此件公开发布）", indent=True)
    plain += [A_HEAD["sign"], A_HEAD["date"], "（此件公开发布）"]
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    doc.add_paragraph(A_HEAD["title"], style="Title")
    plain.append("")
    plain.append(A_HEAD["title"])
    for ch, arts in a_articles():
        doc.add_heading(ch, level=1)
        plain.append("")
        plain.append(ch)
        for label, text in arts:
            lines = text.split("\n")
            para(lines[0], bold_prefix=label)
            plain.append(label + "　" + lines[0])
            for ln in lines[1:]:
                para(ln)
                plain.append(ln)

    # annex
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    p = doc.add_paragraph()
    r = p.add_run("附件")
    set_font(r, "黑体")
    doc.add_heading(A_ANNEX_TITLE, level=1)
    plain += ["", "附件", A_ANNEX_TITLE]
    t = doc.add_table(rows=len(A_TABLE), cols=len(A_TABLE[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.3), Cm(2.4), Cm(3.6), Cm(6.2), Cm(1.5)]
    for i, row in enumerate(A_TABLE):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.width = widths[j]
            c.text = ""
            cp = c.paragraphs[0]
            cp.paragraph_format.first_line_indent = None
            cp.paragraph_format.line_spacing = Pt(20)
            cp.alignment = WD_ALIGN_PARAGRAPH.CENTER if j != 3 else WD_ALIGN_PARAGRAPH.LEFT
            run = cp.add_run(val)
            set_font(run, "黑体" if i == 0 else "仿宋_GB2312", 12)
        plain.append(table_row_text(row))
    # merge 合计 cells
    last = len(A_TABLE) - 1
    t.cell(last, 0).merge(t.cell(last, 3))
    t.cell(last, 0).paragraphs[0].runs[0].text = "合计"

    out = os.path.join(CORPUS, A_NAME + ".docx")
    doc.save(out)
    # plain: 合计 row rendered as merged
    plain = [ln if ln != table_row_text(A_TABLE[-1]) else "合计 | 100" for ln in plain]
    with open(os.path.join(PLAIN, A_NAME + ".txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(plain).strip() + "\n")
    return out


# ============================================================ Doc B (pdf)
def build_b():
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import (Flowable, PageBreak, Paragraph,
                                    SimpleDocTemplate, Spacer, Table,
                                    TableStyle)

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    F = "STSong-Light"
    RED = colors.HexColor("#E60012")

    def st(name, size, lead, align=TA_LEFT, indent=0, color=colors.black, **kw):
        return ParagraphStyle(name, fontName=F, fontSize=size, leading=lead,
                              alignment=align, firstLineIndent=indent,
                              textColor=color, wordWrap="CJK", **kw)

    s_mark = st("mark", 30, 40, TA_CENTER, color=RED)
    s_no = st("no", 15, 22, TA_CENTER)
    s_title = st("title", 20, 30, TA_CENTER)
    s_body = st("body", 14.5, 25, indent=29)
    s_addr = st("addr", 14.5, 25)
    s_h1 = st("h1", 14.5, 25, indent=29)
    s_right = st("right", 14.5, 25, TA_RIGHT, rightIndent=40)
    s_cell = st("cell", 9.5, 13, TA_CENTER)
    s_cell_l = st("celll", 9.5, 13, TA_LEFT)
    s_head = st("head", 9.5, 13, TA_CENTER)
    s_annex = st("annex", 14.5, 25)
    s_print = st("print", 12, 18)

    class RedLine(Flowable):
        def __init__(self, width, thick=1.5):
            super().__init__()
            self.width, self.thick = width, thick
            self.height = 6

        def draw(self):
            self.canv.setStrokeColor(RED)
            self.canv.setLineWidth(self.thick)
            self.canv.line(0, 3, self.width, 3)

    class Rule(Flowable):
        def __init__(self, width):
            super().__init__()
            self.width, self.height = width, 4

        def draw(self):
            self.canv.setLineWidth(0.8)
            self.canv.line(0, 2, self.width, 2)

    W, H = A4
    lm, rm, tm, bm = 28 * mm, 26 * mm, 37 * mm, 35 * mm
    fw = W - lm - rm

    def on_page(canv, d):
        canv.saveState()
        canv.setFont(F, 12)
        canv.drawCentredString(W / 2, 18 * mm, "— %d —" % d.page)
        canv.restoreState()

    story = []
    plain = []
    story.append(Spacer(1, 10 * mm))
    story.append(Paragraph(B_HEAD["mark"], s_mark))
    story.append(Spacer(1, 12 * mm))
    story.append(Paragraph(B_HEAD["docno"], s_no))
    story.append(Spacer(1, 2 * mm))
    story.append(RedLine(fw))
    story.append(Spacer(1, 8 * mm))
    story.append(Paragraph(B_HEAD["title"], s_title))
    story.append(Spacer(1, 6 * mm))
    story.append(Paragraph(B_HEAD["addressees"], s_addr))
    plain += [B_HEAD["mark"], B_HEAD["docno"], "", B_HEAD["title"], "", B_HEAD["addressees"]]
    for kind, text in B_BODY:
        story.append(Paragraph(text, s_h1 if kind == "h1" else s_body))
        plain.append(text)
    story.append(Spacer(1, 6 * mm))
    story.append(Paragraph(B_ANNEX_NOTE, s_body))
    plain += ["", B_ANNEX_NOTE]
    story.append(Spacer(1, 12 * mm))
    story.append(Paragraph(B_HEAD["sign"], s_right))
    story.append(Paragraph(B_HEAD["date"], s_right))
    story.append(Paragraph("（此件主动公开）", s_body))
    plain += ["", B_HEAD["sign"], B_HEAD["date"], "（此件主动公开）"]
    story.append(Spacer(1, 10 * mm))
    story.append(Rule(fw))
    pl = Table([[Paragraph(B_HEAD["print_line"][0], s_print),
                 Paragraph(B_HEAD["print_line"][1], st("pr", 12, 18, TA_RIGHT))]],
               colWidths=[fw / 2, fw / 2])
    pl.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 10),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 10)]))
    story.append(pl)
    story.append(Rule(fw))
    plain += [B_HEAD["print_line"][0] + "　　" + B_HEAD["print_line"][1]]

    # annex on a new page
    story.append(PageBreak())
    story.append(Paragraph("附件", st("ah", 14.5, 25)))
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph(B_ANNEX_TITLE, st("at", 18, 28, TA_CENTER)))
    story.append(Spacer(1, 4 * mm))
    plain += ["", "附件", B_ANNEX_TITLE]
    data = []
    for i, row in enumerate(B_TABLE):
        cells = []
        for j, v in enumerate(row):
            if i == 0:
                cells.append(Paragraph(v, s_head))
            else:
                cells.append(Paragraph(v, s_cell_l if j == 2 else s_cell))
        data.append(cells)
        plain.append(table_row_text(row))
    cw = [10 * mm, 34 * mm, 46 * mm, 14 * mm, 18 * mm, 15 * mm, 19 * mm]
    assert abs(sum(cw) - fw) < 5 * mm, (sum(cw) / mm, fw / mm)
    t = Table(data, colWidths=cw, repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EFEFEF")),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    story.append(t)

    out = os.path.join(CORPUS, B_NAME + ".pdf")
    d = SimpleDocTemplate(out, pagesize=A4, leftMargin=lm, rightMargin=rm,
                          topMargin=tm, bottomMargin=bm,
                          title=B_HEAD["title"], author=B_HEAD["sign"])
    d.build(story, onFirstPage=on_page, onLaterPages=on_page)
    with open(os.path.join(PLAIN, B_NAME + ".txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(plain).strip() + "\n")
    return out


# ============================================================ Doc C (html)
NAV = ["首页", "走进昆明", "政务公开", "政务服务", "互动交流", "专题专栏", "数据开放"]

HTML_TMPL = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="SiteName" content="昆明市人民政府">
<meta name="SiteDomain" content="www.km.gov.cn">
<meta name="SiteIDCode" content="5301000036">
<meta name="ColumnName" content="市政府办公室文件">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="{pub}">
<meta name="ContentSource" content="{source}">
<title>{title}_市政府办公室文件_昆明市人民政府</title>
<style>
body{{margin:0;font-family:"Microsoft YaHei","PingFang SC",sans-serif;background:#f3f5f8;color:#333}}
.top-bar{{background:#0b4f9c;color:#fff;font-size:13px;padding:6px 0}}
.wrap{{width:1200px;margin:0 auto}}
.top-bar a{{color:#fff;margin-left:14px;text-decoration:none}}
.header{{background:url(/images/banner.jpg) #1565c0;height:110px}}
.logo{{font-size:34px;color:#fff;line-height:110px;letter-spacing:4px}}
.nav{{background:#0d47a1}}.nav ul{{list-style:none;margin:0;padding:0;display:flex}}
.nav li a{{display:block;padding:14px 34px;color:#fff;text-decoration:none;font-size:17px}}
.nav li.on a{{background:#ffb300}}
.crumb{{font-size:14px;padding:14px 0;color:#666}}.crumb a{{color:#666;text-decoration:none}}
.main{{background:#fff;padding:30px 60px 50px}}
.article h1{{font-size:26px;text-align:center;color:#0b3a75;line-height:1.5}}
.meta{{text-align:center;font-size:14px;color:#888;border-bottom:1px dashed #ccc;padding-bottom:12px}}
.meta span{{margin:0 10px}}
.info-table{{width:100%;border-collapse:collapse;font-size:14px;margin:16px 0;background:#f7f9fc}}
.info-table td{{border:1px solid #dde3ea;padding:6px 10px}}
.content{{font-size:17px;line-height:2;text-align:justify}}
.content p{{text-indent:2em;margin:6px 0}}
.content p.noindent{{text-indent:0}}
.content p.right{{text-align:right}}
.content h2{{font-size:20px;text-align:center;margin-top:30px}}
.content h3{{font-size:17px;font-weight:bold;text-indent:2em;margin:8px 0}}
.content h4{{font-size:17px;font-family:KaiTi,serif;text-indent:2em;margin:8px 0}}
.content table{{border-collapse:collapse;margin:10px auto;width:96%;font-size:15px}}
.content table th,.content table td{{border:1px solid #555;padding:6px 8px;text-align:center}}
.content table caption{{font-weight:bold;padding:8px}}
.tools{{margin-top:30px;border-top:1px solid #e5e5e5;padding-top:16px;font-size:14px;color:#666;display:flex;justify-content:space-between}}
.share a{{display:inline-block;width:28px;height:28px;margin-left:6px;border-radius:50%;background:#ddd;text-indent:-9999px;overflow:hidden}}
.qrcode{{text-align:center;font-size:13px;color:#888}}
.footer{{background:#0b3a75;color:#cfd8e3;font-size:13px;padding:24px 0;line-height:2;text-align:center}}
.footer a{{color:#cfd8e3}}
</style>
</head>
<body>
<div class="top-bar"><div class="wrap">今天是：<span id="today"></span><span style="float:right"><a href="/">无障碍浏览</a><a href="/">长者模式</a><a href="/">English</a><a href="/">手机版</a><a href="/">登录</a><a href="/">注册</a></span></div></div>
<div class="header"><div class="wrap"><div class="logo">昆明市人民政府</div></div></div>
<div class="nav"><div class="wrap"><ul>
{nav}
</ul></div></div>
<div class="wrap">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zcwj/">政策文件</a> &gt; <a href="/zwgk/zcwj/szfbgswj/">市政府办公室文件</a></div>
<div class="main">
<table class="info-table">
<tr><td>索 引 号：11530100015182156K/2025-00317</td><td>主题分类：工业、交通\\其他</td></tr>
<tr><td>发文机关：昆明市人民政府办公室</td><td>成文日期：{date_iso}</td></tr>
<tr><td>发文字号：{docno}</td><td>发布日期：{pub_date}</td></tr>
<tr><td colspan="2">标　　题：{title}</td></tr>
</table>
<div class="article">
<h1>{title}</h1>
<div class="meta"><span>发布时间：{pub}</span><span>来源：{source}</span><span>浏览次数：<em id="views">3,826</em></span><span>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div>
<div class="content" id="zoom">
{body}
</div>
<div class="tools">
<div class="share">分享到：<a class="wx" href="#" title="微信">微信</a><a class="wb" href="#" title="新浪微博">微博</a><a class="qz" href="#" title="QQ空间">QQ空间</a></div>
<div class="qrcode"><img src="/images/qrcode_page.png" alt="二维码" width="90" height="90"><br>扫一扫在手机打开当前页</div>
<div><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
</div>
</div>
</div>
<div class="footer"><div class="wrap">
<a href="/">网站地图</a> | <a href="/">联系我们</a> | <a href="/">隐私声明</a> | <a href="/">网站纠错</a><br>
主办：昆明市人民政府办公室　承办：昆明市大数据管理服务中心<br>
网站标识码：5301000036　<a href="https://beian.miit.gov.cn/">滇ICP备05000567号</a>　<img src="/images/gongan.png" alt="">滇公网安备 53010202000218号<br>
建议使用1366×768以上分辨率、IE10及以上版本浏览器访问本网站
</div></div>
<script>document.getElementById('today').innerHTML=new Date().toLocaleDateString('zh-CN');</script>
</body>
</html>
"""


def build_c():
    e = html.escape
    body = []
    plain = [C_HEAD["page_title"],
             "发布时间：%s　来源：%s" % (C_HEAD["publish"], C_HEAD["source"]), ""]
    body.append('<p class="noindent" style="text-align:center">%s</p>' % e(C_HEAD["docno"]))
    body.append('<p class="noindent">%s</p>' % e(C_HEAD["addressees"]))
    body.append("<p>%s</p>" % e(C_HEAD["intro"]))
    body.append('<p class="right">%s</p>' % e(C_HEAD["sign"]))
    body.append('<p class="right">%s</p>' % e(C_HEAD["date"]))
    body.append("<p>%s</p>" % e(C_HEAD["public"]))
    body.append("<h2>%s</h2>" % e(C_HEAD["plan_title"]))
    plain += [C_HEAD["docno"], C_HEAD["addressees"], C_HEAD["intro"], C_HEAD["sign"],
              C_HEAD["date"], C_HEAD["public"], "", C_HEAD["plan_title"]]
    for kind, text in C_BODY:
        if kind == "h1":
            body.append("<h3>%s</h3>" % e(text))
            plain.append(text)
        elif kind == "h2":
            body.append("<h4>%s</h4>" % e(text))
            plain.append(text)
        elif kind == "p":
            body.append("<p>%s</p>" % e(text))
            plain.append(text)
        elif kind == "table":
            rows = ['<table border="1" cellspacing="0" cellpadding="0">',
                    "<caption>%s</caption>" % e(C_TABLE_CAPTION)]
            rows.append("<thead><tr>%s</tr></thead><tbody>" %
                        "".join("<th>%s</th>" % e(c) for c in C_TABLE[0]))
            for r in C_TABLE[1:]:
                rows.append("<tr>%s</tr>" % "".join("<td>%s</td>" % e(c) for c in r))
            rows.append("</tbody></table>")
            body.append("\n".join(rows))
            plain.append(C_TABLE_CAPTION)
            plain += [table_row_text(r) for r in C_TABLE]
    nav = "\n".join('<li%s><a href="/">%s</a></li>' % (' class="on"' if n == "政务公开" else "", n)
                    for n in NAV)
    page = HTML_TMPL.format(
        title=e(C_HEAD["page_title"]), pub=C_HEAD["publish"], source=e(C_HEAD["source"]),
        nav=nav, body="\n".join(body), docno=e(C_HEAD["docno"]),
        date_iso="2025-11-20", pub_date="2025-11-26")
    out = os.path.join(CORPUS, C_NAME + ".html")
    with open(out, "w", encoding="utf-8") as f:
        f.write(page)
    with open(os.path.join(PLAIN, C_NAME + ".txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(plain).strip() + "\n")
    return out


if __name__ == "__main__":
    for fn in (build_a, build_b, build_c):
        print("wrote", fn())
