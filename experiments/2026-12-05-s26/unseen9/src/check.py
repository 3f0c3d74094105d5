# -*- coding: utf-8 -*-
"""Check unseen9: reopen each corpus file, compare with plain/, check
lengths, kind counts, answers/evidence, scripts, typo and unanswerable terms.

    /work/main/.venv/bin/python src/check.py      (exit status 1 on any failure)
"""
import json
import os
import re
import sys
from collections import Counter
from html.parser import HTMLParser

import opencc
from docx import Document
from docx.oxml.ns import qn
from pypdf import PdfReader

sys.dont_write_bytecode = True  # keep src/ free of __pycache__
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import build_a  # noqa: E402
import build_b  # noqa: E402
import build_c  # noqa: E402
import questions  # noqa: E402

FAIL = []


def ok(cond, msg):
    print(("  ok   " if cond else "  FAIL ") + msg)
    if not cond:
        FAIL.append(msg)


def ns(s):
    return re.sub(r"\s+", "", s)


def read(p):
    with open(p, encoding="utf-8") as f:
        return f.read()


# ------------------------------------------------------------------ reopen A
def docx_text(path):
    doc = Document(path)
    body = doc.element.body
    lines, headings, merged, tables = [], Counter(), 0, 0
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    for el in body.iterchildren():
        if el.tag == qn("w:p"):
            p = Paragraph(el, doc)
            if p.text.strip():
                lines.append(p.text)
                if p.style.name.startswith(("Heading", "Title")):
                    headings[p.style.name] += 1
        elif el.tag == qn("w:tbl"):
            tables += 1
            t = Table(el, doc)
            merged += len(el.findall(".//" + qn("w:vMerge")))
            if len(t.columns) == 1 and len(t.rows) == 1:
                lines.extend(p.text for p in t.cell(0, 0).paragraphs if p.text.strip())
            else:
                for r in t.rows:
                    lines.append(" | ".join(c.text for c in r.cells))
    return "\n".join(lines), headings, merged, tables


# ------------------------------------------------------------------ reopen B
class Article(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack, self.parts, self.all, self.li = [], [], [], 0
        self.grab = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "li":
            self.li += 1
        if tag == "h1" or (tag == "h3" and a.get("class") == "subtitle"):
            self.grab = tag
            self.parts.append("")
        if tag == "div" and a.get("id") == "article-content":
            self.stack.append("content")
        elif tag == "div":
            self.stack.append("div")
        if tag == "p" and "content" in self.stack:
            self.grab = "p"
            self.parts.append("")

    def handle_endtag(self, tag):
        if tag == "div" and self.stack:
            self.stack.pop()
        if tag == self.grab:
            self.grab = None

    def handle_data(self, data):
        self.all.append(data)
        if self.grab:
            self.parts[-1] += data


def html_text(path):
    ap = Article()
    ap.feed(read(path))
    return "\n".join(ap.parts), "".join(ap.all), ap.li


# ------------------------------------------------------------------ reopen C
def pdf_text(path):
    r = PdfReader(path)
    pages = [p.extract_text() or "" for p in r.pages]
    return pages


def main():
    plain = {d: read(p) for d, (_f, p) in questions.DOCS.items()}
    raw = {}

    print("== A docx:", os.path.relpath(build_a.DOCX, ROOT))
    atext, heads, merged, ntab = docx_text(build_a.DOCX)
    raw["A"] = atext
    ok(ns(atext) == ns(plain["A"]), "docx text (body order, tables as rows) == plain/A")
    ok(heads["Title"] == 1 and heads["Heading 1"] >= 8 and heads["Heading 2"] >= 20 and heads["Heading 3"] >= 8,
       f"heading styles {dict(heads)}")
    ok(ntab == 2 and merged >= 8, f"tables={ntab}, vMerge cells={merged} (表1 类别 merged)")
    ok(all(f"第{c}章" in plain["A"] for c in "一二三四五六七八九"), "第一章…第九章 present")
    ok("专栏1 重大创新平台" in plain["A"] and "表1 “十五五”科技创新主要指标" in plain["A"], "表1 caption and 专栏1 box present")
    ok(10 <= len(build_a.TABLE1_ROWS) <= 12, f"表1 rows={len(build_a.TABLE1_ROWS)}")

    print("== B html:", os.path.relpath(build_b.HTML, ROOT))
    btext, ball, nli = html_text(build_b.HTML)
    raw["B"] = ball
    ok(ns(btext) == ns(plain["B"]), "html article (h1, subtitle, content <p>) == plain/B")
    ok(all(k in ball for k in ("来源：", "作者：", "责任编辑", "分享到", "相关新闻")), "news furniture present in page")
    ok(nli >= 8, f"related-news items={nli}")
    ok(not any(k in plain["B"] for k in ("责任编辑", "分享到", "相关新闻", "ICP")), "furniture kept out of plain/B")

    print("== C pdf:", os.path.relpath(build_c.PDF, ROOT))
    pages = pdf_text(build_c.PDF)
    ctext = "\n".join(pages)
    raw["C"] = ctext
    cflat = ns(re.sub(r"— \d+ —", "", ctext))
    ok(2 <= len(pages) <= 3, f"pages={len(pages)}")
    hdr = ns("".join(build_c.HEADER))
    ok(sum(hdr in ns(p) for p in pages) >= 2 and len(pages) >= 2 and hdr in ns(pages[-1]),
       "附件 table header repeated after the page break")
    missing = [l for l in plain["C"].splitlines() if ns(l.replace(" | ", "")) not in cflat]
    ok(not missing, f"every plain/C line found in pypdf text (missing {missing[:3]})")
    ok(20 <= len(build_c.ROWS) <= 30, f"附件 rows={len(build_c.ROWS)}")

    print("== lengths (non-space chars of plain/)")
    for d, lo, hi in (("A", 5000, 7000), ("B", 2000, 3500), ("C", 2000, 3500)):
        n = len(ns(plain[d]))
        ok(lo <= n <= hi, f"{d}: {n} in [{lo}, {hi}]")

    print("== questions.jsonl")
    recs = [json.loads(l) for l in read(os.path.join(ROOT, "questions.jsonl")).splitlines() if l.strip()]
    ok(len(recs) == 50, f"{len(recs)} questions")
    ok(len({r["id"] for r in recs}) == len(recs), "ids unique")
    ok(all(set(r) == {"id", "doc", "kind", "question", "answer", "evidence"} for r in recs), "fields")
    want = {"paraphrase": 12, "table": 8, "list": 4, "who_said": 4, "traditional": 4,
            "english": 6, "typo": 4, "unanswerable": 8}
    got = Counter(r["kind"] for r in recs)
    ok(got == Counter(want), f"kind counts {dict(got)}")
    print("  per doc:", dict(Counter(r["doc"][0] for r in recs)))
    doc_of = {f: d for d, (f, _p) in questions.DOCS.items()}
    ok(all(r["doc"] in doc_of for r in recs), "doc names are corpus files")

    s2t, t2s = opencc.OpenCC("s2t"), opencc.OpenCC("t2s")
    ctx = ("山东", "山東", "哈尔滨", "哈爾濱", "哈尔宾", "西安", "西按", "Shandong", "Harbin", "Xi'an")
    bad = []
    for r in recs:
        d = doc_of[r["doc"]]
        P = ns(plain[d])
        q, a, ev, k = r["question"], r["answer"], r["evidence"], r["kind"]
        if not any(c in q for c in ctx):
            bad.append((r["id"], "question names no city/province"))
        if k == "traditional":
            # char by char: no character that OpenCC s2t would change on its own
            # (phrase-level variants such as 回音->迴音 are not Simplified forms),
            # and at least 3 characters that t2s changes (genuinely Traditional).
            simp = [c for c in q if s2t.convert(c) != c]
            trad = [c for c in q if t2s.convert(c) != c]
            if simp or len(trad) < 3:
                bad.append((r["id"], "not Traditional", simp, trad))
        elif k == "english":
            if re.search(r"[\u3400-\u9fff]", q):
                bad.append((r["id"], "CJK in English question"))
        else:
            trad = [c for c in q if t2s.convert(c) != c]
            if trad:
                bad.append((r["id"], "Traditional characters in a Simplified question", trad))
        if k == "unanswerable":
            if a or ev:
                bad.append((r["id"], "unanswerable with answer/evidence"))
            terms = questions.ABSENT.get(r["id"], [])
            if not terms:
                bad.append((r["id"], "no absent key terms listed"))
            for t in terms:
                if ns(t) in P or ns(t) in ns(raw[d]):
                    bad.append((r["id"], "key term present in target doc", t))
                elsewhere = [o for o in "ABC" if o != d and (ns(t) in ns(plain[o]) or ns(t) in ns(raw[o]))]
                print(f"  note {r['id']} absent term {t!r}: absent from {d}" +
                      (f"; occurs in other doc(s) {elsewhere} (deliberate near-miss)" if elsewhere else "; absent from all docs"))
            continue
        if not a or not ev:
            bad.append((r["id"], "empty answer/evidence"))
            continue
        ev_lines = ev.split("\n")
        for e in ev_lines:
            if ns(e) not in P:
                bad.append((r["id"], "evidence not in plain", e))
        is_count = a.isdigit() and ("几" in q or "how many" in q.lower())
        if is_count:
            if len(ev_lines) > 1 or " | " in ev:
                if int(a) != len(ev_lines):
                    bad.append((r["id"], "count != evidence rows", a, len(ev_lines)))
                # evidence rows must be all table rows meeting the condition: recount from plain
            elif ns(a) not in ns(ev):
                bad.append((r["id"], "count not written in evidence"))
            continue
        items = a.split("、") if k == "list" else [a]
        for it in items:
            if ns(it) not in P:
                bad.append((r["id"], "answer item not in plain", it))
            if ns(it) not in ns(ev):
                bad.append((r["id"], "answer item not in evidence", it))
        if k == "typo":
            wrong, right = questions.TYPO[r["id"]]
            if wrong not in q or right in q:
                bad.append((r["id"], "typo term not in question"))
            if any(wrong in plain[o] or wrong in raw[o] for o in "ABC") or right not in plain[d]:
                bad.append((r["id"], "typo term occurs in docs / right term missing", wrong, right))
    for b in bad:
        print("  FAIL", b)
    ok(not bad, "per-question checks (answers, list items, evidence, scripts, typo, unanswerable, context)")

    # counts over table rows: recompute the full set from plain and compare
    for r in recs:
        if r["answer"].isdigit() and "\n" in r["evidence"]:
            d = doc_of[r["doc"]]
            col_rows = [l for l in plain[d].splitlines() if " | " in l]
            ev_rows = set(r["evidence"].split("\n"))
            # condition = the cell values shared by all evidence rows (beyond 序号/name)
            cells = [set(l.split(" | ")) for l in ev_rows]
            shared = set.intersection(*cells)
            full = [l for l in col_rows if shared <= set(l.split(" | "))]
            ok(set(full) == ev_rows and len(full) == int(r["answer"]),
               f"{r['id']}: count {r['answer']} = all rows with {sorted(shared)}")

    print()
    print("RESULT:", "ALL CHECKS PASSED" if not FAIL else f"{len(FAIL)} FAILED")
    return 1 if FAIL else 0


if __name__ == "__main__":
    sys.exit(main())
