# -*- coding: utf-8 -*-
import html, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from content import A, B, C, B_META

ROOT = '/tmp/s24/newdocs'
CORPUS = f'{ROOT}/corpus'
PLAIN = f'{ROOT}/plain'

A_NAME = '苏州市人工智能产业创新集群培育行动方案.docx'
B_NAME = '陕西省促进科技成果转化若干措施.html'
C_NAME = '成都市支持科技型中小企业高质量发展若干措施.pdf'


def plain_lines(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == 'pagebreak':
            continue
        if k == 'table':
            _, cap, head, rows = b
            out.append(cap)
            out.append(' | '.join(head))
            for r in rows:
                out.append(' | '.join(r))
        else:
            out.append(b[1])
    return out


def write_plain():
    with open(f'{PLAIN}/A.txt', 'w', encoding='utf-8') as f:
        f.write('\n'.join(plain_lines(A)) + '\n')
    m = B_META
    info = [f'索引号：{m["index_no"]}', f'主题分类：{m["category"]}', f'发文机关：{m["issuer"]}',
            f'成文日期：{m["date"]}', f'文号：{m["wenhao"]}', f'发布日期：{m["pubdate"]}']
    with open(f'{PLAIN}/B.txt', 'w', encoding='utf-8') as f:
        f.write('\n'.join(info + plain_lines(B) + [f'责任编辑：{m["editor"]}']) + '\n')
    with open(f'{PLAIN}/C.txt', 'w', encoding='utf-8') as f:
        f.write('\n'.join(plain_lines(C)) + '\n')


# ---------------- DOCX ----------------
def build_docx():
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml.ns import qn

    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.6)

    def set_font(style, name, size=None, bold=None):
        style.font.name = name
        rpr = style.element.get_or_add_rPr()
        rfonts = rpr.find(qn('w:rFonts'))
        if rfonts is None:
            rfonts = rpr.makeelement(qn('w:rFonts'), {})
            rpr.append(rfonts)
        for a in ('w:ascii', 'w:hAnsi', 'w:eastAsia'):
            rfonts.set(qn(a), name)
        if size:
            style.font.size = Pt(size)
        if bold is not None:
            style.font.bold = bold

    set_font(doc.styles['Normal'], '仿宋_GB2312', 16)
    set_font(doc.styles['Title'], '方正小标宋简体', 22, False)
    set_font(doc.styles['Heading 1'], '黑体', 16, False)
    set_font(doc.styles['Heading 2'], '楷体_GB2312', 16, False)
    for s in ('Title', 'Heading 1', 'Heading 2'):
        doc.styles[s].font.color.rgb = None

    core = doc.core_properties
    core.title = '苏州市人工智能产业创新集群培育行动方案（2024—2026年）'
    core.author = '苏州市人民政府办公室'

    for b in A:
        k = b[0]
        if k == 'c':
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b[1])
            if b[1].endswith('办公室'):
                r.font.size = Pt(26); r.bold = True
        elif k == 'notice_title':
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(18)
        elif k == 'r':
            p = doc.add_paragraph(b[1]); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif k == 'p0':
            doc.add_paragraph(b[1])
        elif k == 'p':
            p = doc.add_paragraph(b[1])
            p.paragraph_format.first_line_indent = Pt(32)
        elif k == 'pagebreak':
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == 'title':
            h = doc.add_heading(b[1], level=0)
            h.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k == 'h1':
            doc.add_heading(b[1], level=1)
        elif k == 'h2':
            doc.add_heading(b[1], level=2)
        elif k == 'table':
            _, cap, head, rows = b
            p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(cap); r.bold = True
            t = doc.add_table(rows=1 + len(rows), cols=len(head))
            t.style = 'Table Grid'
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for j, h in enumerate(head):
                cell = t.cell(0, j); cell.text = ''
                rr = cell.paragraphs[0].add_run(h); rr.bold = True; rr.font.size = Pt(11)
            for i, row in enumerate(rows, 1):
                for j, v in enumerate(row):
                    cell = t.cell(i, j); cell.text = ''
                    rr = cell.paragraphs[0].add_run(v); rr.font.size = Pt(11)
        else:
            raise ValueError(k)
    doc.save(f'{CORPUS}/{A_NAME}')


# ---------------- HTML ----------------
def build_html():
    m = B_META
    e = html.escape
    body = []
    for b in B:
        k = b[0]
        if k == 'notice_title':
            continue  # rendered as the page h1
        if k == 'c':
            body.append(f'<p style="text-align:center">{e(b[1])}</p>')
        elif k == 'r':
            body.append(f'<p style="text-align:right">{e(b[1])}</p>')
        elif k == 'p0':
            body.append(f'<p>{e(b[1])}</p>')
        elif k == 'p':
            body.append(f'<p style="text-indent:2em">{e(b[1])}</p>')
        elif k == 'title':
            body.append(f'<p style="text-align:center;font-size:20px"><strong>{e(b[1])}</strong></p>')
        elif k == 'h1':
            body.append(f'<p style="text-indent:2em"><strong>{e(b[1])}</strong></p>')
        elif k == 'h2':
            body.append(f'<p style="text-indent:2em"><span style="font-family:楷体">{e(b[1])}</span></p>')
        elif k == 'attach_title':
            body.append(f'<p style="page-break-before:always"><strong>{e(b[1])}</strong></p>')
        elif k == 'table':
            _, cap, head, rows = b
            body.append(f'<p style="text-align:center"><strong>{e(cap)}</strong></p>')
            t = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="4" width="100%">',
                 '<thead><tr>' + ''.join(f'<th>{e(h)}</th>' for h in head) + '</tr></thead>', '<tbody>']
            for r in rows:
                t.append('<tr>' + ''.join(f'<td>{e(v)}</td>' for v in r) + '</tr>')
            t.append('</tbody></table>')
            body.append('\n'.join(t))
        else:
            raise ValueError(k)
    title = B[0][1]
    page = f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="陕西省人民政府">
<meta name="ColumnName" content="省政府办公厅文件">
<meta name="ArticleTitle" content="{e(title)}">
<meta name="PubDate" content="{m['pubdate']}">
<title>{e(title)}_省政府办公厅文件_陕西省人民政府</title>
<style>
body{{margin:0;font-family:"Microsoft YaHei",SimSun,sans-serif;background:#f4f4f4;color:#333}}
.top{{background:#b5121b;color:#fff;padding:18px 60px;font-size:28px}}
.nav{{background:#8e0e15}} .nav a{{color:#fff;display:inline-block;padding:10px 22px;text-decoration:none}}
.wrap{{width:1100px;margin:0 auto;background:#fff;padding:20px 40px}}
.crumb{{font-size:13px;color:#666;border-bottom:1px solid #ddd;padding-bottom:8px}}
.info td{{border:1px solid #ddd;padding:4px 10px;font-size:13px}}
.art h1{{text-align:center;font-size:24px;color:#b5121b;line-height:1.5}}
.meta{{text-align:center;font-size:13px;color:#888}}
.content p{{font-size:16px;line-height:2}}
.content table th,.content table td{{border:1px solid #333;text-align:center;font-size:14px}}
.tools{{text-align:right;font-size:13px;margin-top:20px}}
.footer{{background:#333;color:#bbb;text-align:center;font-size:12px;padding:20px;line-height:2}}
</style>
</head>
<body>
<div class="top">陕西省人民政府 <span style="font-size:14px">www.shaanxi.gov.cn</span></div>
<div class="nav">
  <a href="/">首页</a><a href="/zfxxgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/sq/">走进陕西</a><a href="/zt/">专题专栏</a>
  <form style="display:inline;float:right;padding:6px 20px"><input type="text" placeholder="请输入关键词"><button type="button">搜索</button></form>
</div>
<div class="wrap">
  <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zfxxgk/">政务公开</a> &gt; <a href="/zfxxgk/fdzdgknr/zcwj/">政策文件</a> &gt; <a href="/zfxxgk/fdzdgknr/zcwj/szfbgtwj/">省政府办公厅文件</a></div>
  <table class="info" cellspacing="0" style="width:100%;margin:14px 0;border-collapse:collapse">
    <tr><td>索引号：{m['index_no']}</td><td>主题分类：{e(m['category'])}</td></tr>
    <tr><td>发文机关：{m['issuer']}</td><td>成文日期：{m['date']}</td></tr>
    <tr><td>文号：{m['wenhao']}</td><td>发布日期：{m['pubdate']}</td></tr>
  </table>
  <div class="art">
    <h1>{e(title)}</h1>
    <div class="meta">发布时间：{m['pubdate']} &nbsp;&nbsp; 来源：陕西省人民政府办公厅 &nbsp;&nbsp; 浏览次数：3862 &nbsp;&nbsp; 字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
    <div class="content" id="zoom">
{chr(10).join(body)}
    </div>
  </div>
  <div class="tools">
    <span>分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></span> &nbsp;&nbsp;
    <a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a>
  </div>
  <p style="text-align:right;font-size:13px;color:#666">责任编辑：{m['editor']}</p>
  <div style="font-size:13px;border-top:1px solid #ddd;padding-top:8px">相关链接：<a href="#">图解：陕西省促进科技成果转化若干措施</a> | <a href="#">省科技厅负责同志解读《若干措施》</a></div>
</div>
<div class="footer">
  <a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">使用帮助</a> | <a href="#">隐私声明</a><br>
  主办单位：陕西省人民政府办公厅 &nbsp; 承办单位：陕西省大数据中心<br>
  网站标识码：6100000072 &nbsp; 陕ICP备05004587号-1 &nbsp; 陕公网安备 61010302000214号<br>
  建议使用1920×1080分辨率浏览本网站
</div>
</body>
</html>
'''
    with open(f'{CORPUS}/{B_NAME}', 'w', encoding='utf-8') as f:
        f.write(page)


# ---------------- PDF ----------------
def build_pdf():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT, TA_JUSTIFY
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak

    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    F = 'STSong-Light'
    base = ParagraphStyle('base', fontName=F, fontSize=12, leading=22, wordWrap='CJK', alignment=TA_JUSTIFY)
    st = {
        'p': ParagraphStyle('p', parent=base, firstLineIndent=24),
        'p0': base,
        'c': ParagraphStyle('c', parent=base, alignment=TA_CENTER),
        'r': ParagraphStyle('r', parent=base, alignment=TA_RIGHT),
        'notice_title': ParagraphStyle('nt', parent=base, fontSize=16, leading=28, alignment=TA_CENTER, spaceBefore=12, spaceAfter=12),
        'title': ParagraphStyle('t', parent=base, fontSize=18, leading=30, alignment=TA_CENTER, spaceAfter=12),
        'h1': ParagraphStyle('h1', parent=base, fontSize=13, firstLineIndent=24, spaceBefore=6),
        'h2': ParagraphStyle('h2', parent=base, firstLineIndent=24),
        'cell': ParagraphStyle('cell', parent=base, fontSize=9.5, leading=14, alignment=TA_CENTER),
        'cap': ParagraphStyle('cap', parent=base, fontSize=12.5, alignment=TA_CENTER, spaceBefore=6, spaceAfter=6),
    }
    story = []
    for b in C:
        k = b[0]
        if k == 'pagebreak':
            story.append(PageBreak())
        elif k == 'table':
            _, cap, head, rows = b
            story.append(Paragraph(cap, st['cap']))
            data = [[Paragraph(h, st['cell']) for h in head]] + [[Paragraph(v, st['cell']) for v in r] for r in rows]
            t = Table(data, colWidths=[1.1*cm, 4.6*cm, 2.2*cm, 3.4*cm, 2.3*cm, 2.2*cm], repeatRows=1)
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.6, colors.black),
                                   ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
                                   ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#e6e6e6'))]))
            story.append(t); story.append(Spacer(1, 8))
        else:
            if k == 'c' and b[1].endswith('办公厅'):
                story.append(Paragraph(b[1], ParagraphStyle('red', parent=st['c'], fontSize=24, leading=36, textColor=colors.HexColor('#c00000'))))
            else:
                story.append(Paragraph(b[1], st[k]))

    def foot(canvas, doc):
        canvas.saveState()
        canvas.setFont(F, 10.5)
        canvas.drawCentredString(A4[0] / 2, 1.3 * cm, f'— {doc.page} —')
        canvas.restoreState()

    doc = SimpleDocTemplate(f'{CORPUS}/{C_NAME}', pagesize=A4, leftMargin=2.6*cm, rightMargin=2.6*cm,
                            topMargin=3.0*cm, bottomMargin=2.6*cm,
                            title='成都市支持科技型中小企业高质量发展若干措施', author='成都市人民政府办公厅')
    doc.build(story, onFirstPage=foot, onLaterPages=foot)


if __name__ == '__main__':
    write_plain()
    build_docx()
    build_html()
    build_pdf()
    for n in 'ABC':
        t = open(f'{PLAIN}/{n}.txt', encoding='utf-8').read()
        print(n, 'CJK chars:', len(re.findall(r'[\u4e00-\u9fff]', t)), 'all chars:', len(t))
