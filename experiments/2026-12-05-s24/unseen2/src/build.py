import re, sys
sys.path.insert(0, "/tmp/s24/newdocs2")
from docs_src import A, B_MD, B_TABLE, C_TXT, C_TABLE
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = "/tmp/s24/newdocs2"

# ---------- A: docx ----------
doc = Document()
for sname in ["Normal", "Title", "Heading 1", "Heading 2", "List Number"]:
    st = doc.styles[sname]
    st.font.name = "SimSun"
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")
doc.styles["Normal"].font.size = Pt(12)

plain_a = []
num = 0
for kind, val in A:
    if kind == "center":
        p = doc.add_paragraph(val); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        plain_a.append(val)
    elif kind == "title":
        doc.add_paragraph(val, style="Title"); plain_a.append(val)
    elif kind == "h1":
        doc.add_heading(val, level=1); plain_a.append(val)
    elif kind == "h2":
        doc.add_heading(val, level=2); plain_a.append(val)
    elif kind == "p":
        doc.add_paragraph(val); plain_a.append(val)
    elif kind == "sign":
        p = doc.add_paragraph(val); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        plain_a.append(val)
    elif kind == "num":
        # Word auto-numbering: the "1." is NOT in the run text
        num += 1
        doc.add_paragraph(val, style="List Number")
        plain_a.append(f"{num}. {val}")
    elif kind == "caption":
        p = doc.add_paragraph(val); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        plain_a.append(val)
    elif kind == "table":
        t = doc.add_table(rows=len(val), cols=len(val[0]))
        t.style = "Table Grid"
        for i, row in enumerate(val):
            for j, cell in enumerate(row):
                t.cell(i, j).text = cell
                if i == 0:
                    for r in t.cell(i, j).paragraphs[0].runs:
                        r.bold = True
            plain_a.append("\t".join(row))
doc.core_properties.title = "杭州市科技企业孵化器高质量发展三年行动计划（2024—2026年）"
doc.core_properties.author = "杭州市人民政府办公厅"
doc.save(f"{OUT}/corpus/A_杭州_孵化器三年行动计划.docx")
open(f"{OUT}/plain/A.txt", "w", encoding="utf-8").write("\n".join(plain_a) + "\n")

# ---------- B: markdown ----------
md_rows = ["| " + " | ".join(B_TABLE[0]) + " |",
           "| " + " | ".join(["---"] * len(B_TABLE[0])) + " |"]
for r in B_TABLE[1:]:
    md_rows.append("| " + " | ".join(r) + " |")
b = B_MD.replace("{TABLE}", "\n".join(md_rows))
open(f"{OUT}/corpus/B_合肥_量子信息产业实施方案.md", "w", encoding="utf-8").write(b)
open(f"{OUT}/plain/B.txt", "w", encoding="utf-8").write(b)

# ---------- C: GB18030 txt, CRLF, tab-separated table ----------
c_rows = ["\t".join(r) for r in C_TABLE]
c = C_TXT.replace("{TABLE}", "\n".join(c_rows))
open(f"{OUT}/corpus/C_青岛_海洋科技平台行动方案.txt", "wb").write(c.replace("\n", "\r\n").encode("gb18030"))
open(f"{OUT}/plain/C.txt", "w", encoding="utf-8").write(c)

for name in "ABC":
    s = open(f"{OUT}/plain/{name}.txt", encoding="utf-8").read()
    cjk = len(re.findall(r"[\u4e00-\u9fff]", s))
    print(name, "chars", len(s), "CJK", cjk)
