# -*- coding: utf-8 -*-
"""Build corpus/ (docx, GBK txt, pdf) and plain/ (UTF-8 text) into /tmp/s25/unseen5."""
import os
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import content as C  # noqa: E402

ROOT = "/tmp/s25/unseen5"
CORPUS = os.path.join(ROOT, "corpus")
PLAIN = os.path.join(ROOT, "plain")

NAMES = {"A": C.A_NAME, "B": C.B_NAME, "C": C.C_NAME}
EXT = {"A": ".docx", "B": ".txt", "C": ".pdf"}


def corpus_path(doc):
    return os.path.join(CORPUS, NAMES[doc] + EXT[doc])


def plain_path(doc):
    return os.path.join(PLAIN, NAMES[doc] + ".txt")


# ---------------------------------------------------------------- Doc A (docx)
def build_a():
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = Document()
    # East Asian font for every style we use
    for sname in ("Normal", "Title", "Heading 1"):
        st = d.styles[sname]
        st.font.name = "PMingLiU"
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = rpr.makeelement(qn("w:rFonts"), {})
            rpr.append(rfonts)
        rfonts.set(qn("w:eastAsia"), "新細明體")
    d.styles["Normal"].font.size = Pt(12)

    plain = []
    for kind, payload in C.A_BLOCKS:
        if kind == "title":
            p = d.add_heading(payload, level=0)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            plain.append(payload)
        elif kind == "sub":
            p = d.add_paragraph()
            r = p.add_run(payload)
            r.font.size = Pt(10)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            plain.append(payload)
        elif kind == "h1":
            d.add_heading(payload, level=1)
            plain.append(payload)
        elif kind == "p":
            d.add_paragraph(payload)
            plain.append(payload)
        elif kind == "table":
            t = d.add_table(rows=len(payload), cols=len(payload[0]))
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for i, row in enumerate(payload):
                for j, val in enumerate(row):
                    cell = t.cell(i, j)
                    cell.text = ""
                    run = cell.paragraphs[0].add_run(val)
                    if i == 0:
                        run.bold = True
                plain.append("\t".join(row))
    d.save(corpus_path("A"))
    return "\n".join(plain) + "\n"


# ---------------------------------------------------------------- Doc B (GBK txt)
def _w(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _table_lines(rows, gap=4):
    widths = [max(_w(r[j]) for r in rows) for j in range(len(rows[0]))]
    out = []
    for r in rows:
        parts = []
        for j, val in enumerate(r):
            if j < len(r) - 1:
                parts.append(val + " " * (widths[j] - _w(val) + gap))
            else:
                parts.append(val)
        out.append("".join(parts))
    return out


def build_b():
    lines = []
    for ln in C.B_LINES:
        if ln == "@TABLE":
            lines.extend(_table_lines(C.B_TABLE))
        else:
            lines.append(ln)
    text = "\n".join(lines) + "\n"
    with open(corpus_path("B"), "wb") as f:
        f.write(text.replace("\n", "\r\n").encode("gbk"))
    return text


# ---------------------------------------------------------------- Doc C (pdf)
def build_c():
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import (HRFlowable, PageBreak, Paragraph,
                                    SimpleDocTemplate, Spacer, Table, TableStyle)

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    F = "STSong-Light"
    base = dict(fontName=F, wordWrap="CJK")
    s_mark = ParagraphStyle("mark", fontSize=30, leading=40, alignment=TA_CENTER,
                            textColor=colors.red, **base)
    s_no = ParagraphStyle("no", fontSize=14, leading=22, alignment=TA_CENTER, **base)
    s_title = ParagraphStyle("title", fontSize=18, leading=28, alignment=TA_CENTER, **base)
    s_body = ParagraphStyle("body", fontSize=14, leading=25, firstLineIndent=28,
                            alignment=TA_LEFT, **base)
    s_left = ParagraphStyle("left", fontSize=14, leading=25, **base)
    s_right = ParagraphStyle("right", fontSize=14, leading=25, alignment=TA_RIGHT,
                             rightIndent=28, **base)
    s_cell = ParagraphStyle("cell", fontSize=11, leading=15, alignment=TA_CENTER, **base)
    s_small = ParagraphStyle("small", fontSize=12, leading=20, **base)

    def _issue_line():
        left, right = C.C_ISSUE_LINE.split(None, 1)
        il = Table([[Paragraph(left, s_small), Paragraph(right, ParagraphStyle(
            "r", parent=s_small, alignment=TA_RIGHT))]], colWidths=[90 * mm, 70 * mm])
        il.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        return il

    story = [Spacer(1, 20 * mm),
             Paragraph(C.C_ISSUER_MARK, s_mark), Spacer(1, 8 * mm),
             Paragraph(C.C_DOCNO, s_no),
             HRFlowable(width="100%", thickness=2, color=colors.red, spaceBefore=2, spaceAfter=14),
             Paragraph(C.C_TITLE.replace("年度江西省", "年度江西省<br/>"), s_title),
             Spacer(1, 6 * mm),
             Paragraph(C.C_ADDRESSEES, s_left)]
    plain = [C.C_ISSUER_MARK, C.C_DOCNO, C.C_TITLE, C.C_ADDRESSEES]
    for para in C.C_BODY:
        story.append(Paragraph(para, s_body))
        plain.append(para)
    story += [Spacer(1, 4 * mm), Paragraph(C.C_ATTACH_LINE, s_body), Spacer(1, 10 * mm),
              Paragraph(C.C_SIGN, s_right), Paragraph(C.C_DATE, s_right),
              Spacer(1, 4 * mm), Paragraph(C.C_PUBLIC, s_body)]
    plain += [C.C_ATTACH_LINE, C.C_SIGN, C.C_DATE, C.C_PUBLIC]

    # attachment on a new page, table continues across pages with header repeated
    story += [PageBreak(), Paragraph(C.C_ATTACH_HEAD, s_left),
              Paragraph(C.C_ATTACH_TITLE, s_title), Spacer(1, 4 * mm)]
    plain += [C.C_ATTACH_HEAD, C.C_ATTACH_TITLE]
    data = [[Paragraph(v, s_cell) for v in row] for row in C.C_TABLE]
    t = Table(data, colWidths=[11 * mm, 48 * mm, 51 * mm, 20 * mm, 30 * mm], repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6E6E6")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    story.append(t)
    plain += ["\t".join(r) for r in C.C_TABLE]
    story += [Spacer(1, 12 * mm),
              HRFlowable(width="100%", thickness=1, color=colors.black, spaceAfter=4),
              Paragraph(C.C_CC, s_small),
              HRFlowable(width="100%", thickness=0.5, color=colors.black, spaceAfter=4),
              _issue_line(),
              HRFlowable(width="100%", thickness=1, color=colors.black)]
    plain += [C.C_CC, C.C_ISSUE_LINE]

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont(F, 12)
        canvas.drawCentredString(A4[0] / 2, 12 * mm, "— %d —" % doc.page)
        canvas.restoreState()

    doc = SimpleDocTemplate(corpus_path("C"), pagesize=A4, leftMargin=26 * mm,
                            rightMargin=24 * mm, topMargin=30 * mm, bottomMargin=30 * mm,
                            title=C.C_TITLE, author=C.C_SIGN)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return "\n".join(plain) + "\n"


def main():
    os.makedirs(CORPUS, exist_ok=True)
    os.makedirs(PLAIN, exist_ok=True)
    for doc, fn in (("A", build_a), ("B", build_b), ("C", build_c)):
        text = fn()
        with open(plain_path(doc), "w", encoding="utf-8") as f:
            f.write(text)
        n = len("".join(text.split()))
        print(doc, os.path.basename(corpus_path(doc)), "chars(no ws)=%d" % n)


if __name__ == "__main__":
    main()
