# -*- coding: utf-8 -*-
import html, os
import content as C

BASE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(BASE, "corpus")
PLAIN = os.path.join(BASE, "plain")
NAMES = {"A": "xiamen_kejichengguo_zhuanhua_2025", "B": "changsha_rengongzhineng_cuoshi_2025",
         "C": "dalian_haiyang_keji_shishiyijian_2025"}


def build_pdf(blocks, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT, TA_JUSTIFY
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    F = 'STSong-Light'
    body = ParagraphStyle('b', fontName=F, fontSize=11.5, leading=20, firstLineIndent=23,
                          wordWrap='CJK', alignment=TA_JUSTIFY)
    noind = ParagraphStyle('n', parent=body, firstLineIndent=0)
    right = ParagraphStyle('r', parent=body, firstLineIndent=0, alignment=TA_RIGHT)
    center = ParagraphStyle('c', parent=body, firstLineIndent=0, alignment=TA_CENTER)
    red = ParagraphStyle('red', parent=center, fontSize=22, leading=30, textColor=colors.red)
    title = ParagraphStyle('t', parent=center, fontSize=16, leading=26, spaceBefore=10, spaceAfter=10)
    h1 = ParagraphStyle('h1', parent=noind, fontSize=12.5, leading=22, spaceBefore=6)
    h2 = ParagraphStyle('h2', parent=body, fontSize=12, leading=21)
    cell = ParagraphStyle('cell', fontName=F, fontSize=9.5, leading=13, wordWrap='CJK', alignment=TA_CENTER)
    cap = ParagraphStyle('cap', parent=center, fontSize=11.5, spaceBefore=6, spaceAfter=4)
    story = []
    for b in blocks:
        tag = b[0]
        if tag == "TB":
            story.append(Paragraph(html.escape(b[1]), cap))
            data = [[Paragraph(html.escape(c), cell) for c in r] for r in b[2]]
            t = Table(data, colWidths=[12*mm, 40*mm, 36*mm, 24*mm, 24*mm, 26*mm], repeatRows=1)
            t.setStyle(TableStyle([
                ('GRID', (0, 0), (-1, -1), 0.6, colors.black),
                ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#e6e6e6')),
                ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
            ]))
            story.append(t)
            story.append(Spacer(1, 6))
            continue
        txt = html.escape(b[1])
        st = {"C": red, "N": center, "T": title, "S": title, "R": right, "H1": h1, "H2": h2}.get(tag, body)
        if tag == "P" and (txt.endswith("：") and "各" in txt[:3] or txt.startswith("（此件")):
            st = noind
        story.append(Paragraph(txt, st))
        if tag == "N":
            story.append(Spacer(1, 4))

    def foot(canvas, doc):
        canvas.saveState()
        canvas.setFont(F, 10)
        canvas.drawCentredString(A4[0] / 2, 12 * mm, "— %d —" % doc.page)
        canvas.restoreState()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=25*mm, rightMargin=22*mm, topMargin=25*mm,
                            bottomMargin=25*mm, title="厦门市加快科技成果转移转化若干措施",
                            author="厦门市人民政府办公厅")
    doc.build(story, onFirstPage=foot, onLaterPages=foot)


def build_html(blocks, path):
    title = next(b[1] for b in blocks if b[0] == "T")
    wenhao = next(b[1] for b in blocks if b[0] == "N")
    parts = []
    for b in blocks:
        tag = b[0]
        if tag == "T":
            continue  # rendered in <h1> above the info box
        if tag == "TB":
            rows = b[2]
            h = ['<table class="zc-table" border="1" cellspacing="0" cellpadding="4">',
                 '<caption>%s</caption>' % html.escape(b[1]), '<thead><tr>']
            h += ['<th>%s</th>' % html.escape(c) for c in rows[0]]
            h.append('</tr></thead><tbody>')
            for r in rows[1:]:
                h.append('<tr>' + ''.join('<td>%s</td>' % html.escape(c) for c in r) + '</tr>')
            h.append('</tbody></table>')
            parts.append("\n".join(h))
            continue
        t = html.escape(b[1])
        if tag == "N":
            parts.append('<p class="wenhao" style="text-align:center">%s</p>' % t)
        elif tag == "S":
            parts.append('<p class="subtitle" style="text-align:center;font-weight:bold;font-size:20px">%s</p>' % t)
        elif tag == "R":
            parts.append('<p style="text-align:right">%s</p>' % t)
        elif tag == "H1":
            parts.append('<p class="h1" style="font-weight:bold">%s</p>' % t)
        elif tag == "H2":
            parts.append('<p class="h2" style="text-indent:2em;font-weight:bold">%s</p>' % t)
        else:
            parts.append('<p style="text-indent:2em">%s</p>' % t)
    body = "\n".join(parts)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="ArticleTitle" content="{html.escape(title)}">
<meta name="PubDate" content="2025-03-10 16:30">
<meta name="ContentSource" content="长沙市人民政府办公厅">
<title>{html.escape(title)}_市政府办公厅文件_长沙市人民政府</title>
<style>
body{{font-family:"Microsoft YaHei",SimSun,sans-serif;margin:0;background:#f4f4f4}}
.wrap{{width:1100px;margin:0 auto;background:#fff}}
.top{{background:#b30000;color:#fff;padding:18px 30px;font-size:28px}}
.nav a{{color:#fff;margin:0 14px;text-decoration:none}} .nav{{background:#8c0000;padding:10px 30px}}
.crumb{{padding:10px 30px;color:#666;font-size:14px}}
.info{{margin:10px 30px;border:1px solid #ddd;background:#fafafa;font-size:14px}}
.info td{{padding:6px 10px}}
.article{{padding:10px 60px;font-size:16px;line-height:1.9}}
.zc-table{{border-collapse:collapse;width:100%;font-size:14px}}
.tools{{padding:10px 60px;text-align:right;font-size:14px}}
.footer{{background:#333;color:#ccc;padding:20px 30px;font-size:13px;text-align:center}}
</style>
</head>
<body>
<div class="wrap">
<div class="top">长沙市人民政府 <span style="font-size:14px">www.changsha.gov.cn</span>
  <form class="search" style="float:right;font-size:14px"><input type="text" placeholder="请输入关键词"><button>搜索</button></form></div>
<div class="nav"><a href="#">首页</a><a href="#">要闻动态</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">走进长沙</a><a href="#">无障碍</a></div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政府文件</a> &gt; <a href="#">市政府办公厅文件</a></div>
<table class="info">
<tr><td>索引号：</td><td>000014349/2025-00312</td><td>主题分类：</td><td>科技、教育\\科技</td></tr>
<tr><td>发布机构：</td><td>长沙市人民政府办公厅</td><td>成文日期：</td><td>2025-03-06</td></tr>
<tr><td>发文字号：</td><td>{html.escape(wenhao)}</td><td>发布日期：</td><td>2025-03-10</td></tr>
<tr><td>有效性：</td><td>有效</td><td>体裁分类：</td><td>通知</td></tr>
</table>
<div class="article">
<h1 style="text-align:center;font-size:24px">{html.escape(title)}</h1>
<div class="source" style="text-align:center;color:#888;font-size:13px">来源：长沙市人民政府办公厅　发布时间：2025-03-10 16:30　浏览次数：8261　字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
<div id="zoom" class="TRS_Editor">
{body}
</div>
</div>
<div class="tools">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a>　|　<a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="related" style="padding:10px 60px;font-size:14px">相关链接：<a href="#">政策解读：《长沙市加快人工智能产业创新发展若干措施》图解</a></div>
<div class="footer">主办：长沙市人民政府办公厅　承办：长沙市数据资源管理局<br>
湘ICP备05001234号　湘公网安备 43010202000123号　网站标识码：4301000011<br>
地址：长沙市岳麓区岳麓大道218号　邮编：410013　<a href="#">网站地图</a>　<a href="#">联系我们</a></div>
</div>
</body>
</html>
"""
    open(path, "w", encoding="utf-8").write(page)


def build_docx(blocks, path):
    import docx
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    d = docx.Document()

    def ea(style_or_run, font):
        el = style_or_run.element
        rpr = el.get_or_add_rPr()
        rf = rpr.find(qn('w:rFonts'))
        if rf is None:
            rf = rpr.makeelement(qn('w:rFonts'), {})
            rpr.append(rf)
        rf.set(qn('w:eastAsia'), font)
    st = d.styles['Normal']
    st.font.name = '仿宋'
    st.font.size = Pt(14)
    ea(st, '仿宋_GB2312')
    for name, font in (('Title', '方正小标宋简体'), ('Heading 1', '黑体'), ('Heading 2', '楷体_GB2312')):
        s = d.styles[name]
        s.font.color.rgb = RGBColor(0, 0, 0)
        ea(s, font)
    d.core_properties.title = "大连市人民政府关于加快海洋科技创新推进海洋强市建设的实施意见"
    d.core_properties.author = "大连市人民政府"
    for b in blocks:
        tag = b[0]
        if tag == "TB":
            p = d.add_paragraph(b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.runs[0].bold = True
            rows = b[2]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = 'Table Grid'
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cellp = t.cell(i, j).paragraphs[0]
                    run = cellp.add_run(c)
                    run.font.size = Pt(10.5)
                    if i == 0:
                        run.bold = True
            continue
        txt = b[1]
        if tag == "T":
            p = d.add_paragraph(txt, style='Title')
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif tag == "H1":
            d.add_heading(txt, level=1)
        elif tag == "H2":
            d.add_heading(txt, level=2)
        elif tag == "C":
            p = d.add_paragraph()
            r = p.add_run(txt)
            r.font.size = Pt(26)
            r.font.color.rgb = RGBColor(0xCC, 0, 0)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif tag == "N":
            p = d.add_paragraph(txt)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif tag == "R":
            p = d.add_paragraph(txt)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        else:
            p = d.add_paragraph(txt)
            p.paragraph_format.first_line_indent = Pt(28)
    d.save(path)


if __name__ == "__main__":
    builders = {"A": (build_pdf, ".pdf"), "B": (build_html, ".html"), "C": (build_docx, ".docx")}
    for k, src in C.DOCS.items():
        blocks = C.parse(src)
        fn, ext = builders[k]
        fn(blocks, os.path.join(CORPUS, NAMES[k] + ext))
        open(os.path.join(PLAIN, NAMES[k] + ".txt"), "w", encoding="utf-8").write(C.plain(blocks))
    print("ok")
