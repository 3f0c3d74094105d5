# -*- coding: utf-8 -*-
"""Sanity checks: reopen docx/pdf/html, verify answers & evidence occur in plain text."""
import json, os, re, sys, collections
from html.parser import HTMLParser

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(OUT, "src"))
import build_a, build_b, build_c

NAMES = {"A": build_a.BASE, "B": build_b.BASE, "C": build_c.BASE}
EXT = {"A": ".pdf", "B": ".html", "C": ".docx"}
ns = lambda s: re.sub(r"\s+", "", s)
problems = []


def plain(doc):
    return open(os.path.join(OUT, "plain", NAMES[doc] + ".txt"), encoding="utf-8").read()


# --- docx
from docx import Document
d = Document(os.path.join(OUT, "corpus", NAMES["C"] + ".docx"))
styles = collections.Counter(p.style.name for p in d.paragraphs)
t = d.tables[0]
merged = sum(1 for tc in t._tbl.iter() if tc.tag.endswith("}vMerge"))
print("docx styles:", dict(styles), "| tables:", len(d.tables), "| vMerge elements:", merged)
if not (styles.get("Heading 1") and styles.get("Heading 2") and merged): problems.append("docx structure")
docx_text = ns("".join(p.text for p in d.paragraphs) + "".join(c.text for r in t.rows for c in r.cells))

# --- pdf
pdf_text = None
try:
    import pypdf
    r = pypdf.PdfReader(os.path.join(OUT, "corpus", NAMES["A"] + ".pdf"))
    pages = [p.extract_text() for p in r.pages]
    pdf_text = ns("".join(pages))
    print("pdf pages:", len(pages), "| footer on every page:",
          all(f"— {i} —" in pg for i, pg in enumerate(pages, 1)))
    fonts = set()
    for p in r.pages:
        for f in p["/Resources"]["/Font"].values():
            fonts.add(str(f.get_object().get("/BaseFont")))
    print("pdf fonts:", fonts)
except ImportError:
    print("pypdf not available")


# --- html
class TP(HTMLParser):
    def __init__(self):
        super().__init__(); self.buf = []; self.skip = 0
    def handle_starttag(self, tag, a):
        if tag in ("style", "script"): self.skip += 1
    def handle_endtag(self, tag):
        if tag in ("style", "script"): self.skip -= 1
    def handle_data(self, data):
        if not self.skip: self.buf.append(data)
tp = TP(); tp.feed(open(os.path.join(OUT, "corpus", NAMES["B"] + ".html"), encoding="utf-8").read())
html_text = ns("".join(tp.buf))
for must in ("列印", "重要告示", "私隱政策", "2026©", "主頁"):
    if must not in html_text: problems.append("html missing " + must)

rendered = {"A": pdf_text, "B": html_text, "C": docx_text}
for k in "ABC":
    n = len(ns(plain(k)))
    print(f"doc {k}: {n} non-space chars in plain/{NAMES[k]}.txt")
    if not 2000 <= n <= 4000: problems.append(f"length {k} {n}")

# --- questions
import opencc
t2s, s2t, s2hk = opencc.OpenCC("t2s"), opencc.OpenCC("s2t"), opencc.OpenCC("s2hk")
qs = [json.loads(l) for l in open(os.path.join(OUT, "questions.jsonl"), encoding="utf-8")]
print("questions:", len(qs), dict(collections.Counter(q["kind"] for q in qs)), dict(collections.Counter(q["doc"] for q in qs)))
want = {"paraphrase": 12, "table": 7, "list": 4, "notice": 3, "traditional": 4, "simplified_about_traditional": 4,
        "english": 6, "typo": 4, "unanswerable": 6}
if dict(collections.Counter(q["kind"] for q in qs)) != want: problems.append("kind counts")
if len({q["id"] for q in qs}) != 50: problems.append("ids")


def occurs(ans, text):
    if ns(ans) in text: return True
    return all(ns(x) in text for x in ans.split("、"))


for q in qs:
    P = ns(plain(q["doc"]))
    if q["kind"] == "unanswerable":
        if q["answer"] or q["evidence"]: problems.append(q["id"] + " unanswerable has answer")
        continue
    if not occurs(q["answer"], P): problems.append(q["id"] + " answer not in plain: " + q["answer"])
    if ns(q["evidence"]) not in P: problems.append(q["id"] + " evidence not in plain")
    if q["answer"] and not all(ns(x) in ns(q["evidence"]) for x in q["answer"].split("、")) and q["kind"] != "list":
        problems.append(q["id"] + " answer not inside evidence")
    R = rendered[q["doc"]]
    if R is not None and not occurs(q["answer"], R):
        print("  note:", q["id"], "answer not found contiguously in rendered", EXT[q["doc"]], "text:", q["answer"])
    if q["kind"] == "traditional" and q["question"] not in (s2t.convert(q["question"]), s2hk.convert(q["question"])):
        problems.append(q["id"] + " question not fully Traditional")
    if q["kind"] == "simplified_about_traditional" and t2s.convert(q["question"]) != q["question"]:
        problems.append(q["id"] + " question not Simplified")
    if q["kind"] == "typo":
        print("  typo", q["id"], q["question"])
# near-miss terms must be absent
for doc, term in (("A", "新北区"), ("A", "项目数"), ("B", "2027"), ("B", "生產力促進局"), ("C", "2024"), ("C", "入库目标")):
    if term in ns(plain(doc)): problems.append(f"near-miss term present {doc}:{term}")
print("PROBLEMS:", problems if problems else "none")
