# -*- coding: utf-8 -*-
"""Checks for unseen7. Exit status 0 when every check passes.

Reopens the three corpus files (html.parser, python-docx, pypdf), compares them with plain/,
and checks questions.jsonl (counts, answers/evidence in the plain text, scripts, typos,
absence of the key terms of unanswerable questions).
"""
import collections
import json
import os
import re
import sys
from html.parser import HTMLParser

import docx
import opencc
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import questions as Qmod  # noqa: E402

FILES = {
    "A": "corpus/A_guangzhou_xinxingyanfajigou_zhengcejiedu.html",
    "B": "corpus/B_nanjing_gainianyanzheng_shishifangan.docx",
    "C": "corpus/C_guizhou_2025_kejichuangxin_tongjigongbao.pdf",
}
KINDS = {"paraphrase": 12, "table": 8, "list": 4, "numeric": 4, "traditional": 4,
         "english": 6, "typo": 4, "unanswerable": 8}
PLACE = {"A": ("广州", "廣州", "Guangzhou"), "B": ("南京", "南荆", "Nanjing"), "C": ("贵州", "貴州", "Guizhou")}

failures = []


def ok(cond, msg):
    if not cond:
        failures.append(msg)
    return cond


def ns(s):
    return re.sub(r"\s", "", s)


def cjk(s):
    return len(re.findall(r"[\u4e00-\u9fff]", s))


def plain_units(path):
    """Each plain line, whitespace removed; table rows ('a | b') with the separators removed."""
    out = []
    for line in open(path, encoding="utf-8").read().splitlines():
        if line.strip():
            out.append(ns(line.replace(" | ", "")))
    return out


# ---------------------------------------------------------------- A: HTML
class _HTML(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack, self.all, self.content = [], [], []
        self.depth_in_content = 0
        self.tables, self.cur_row, self.rows = 0, None, []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style"):
            self.skip += 1
        if self.depth_in_content:
            self.depth_in_content += 1 if tag not in ("br", "img", "input", "meta", "link") else 0
        elif a.get("id") == "zoom":
            self.depth_in_content = 1
        if tag == "table":
            self.tables += 1
        if tag == "tr":
            self.cur_row = []
        if tag in ("td", "th") and self.cur_row is not None:
            self.cur_row.append("")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if self.depth_in_content:
            self.depth_in_content -= 1
        if tag == "tr" and self.cur_row is not None:
            self.rows.append(self.cur_row)
            self.cur_row = None

    def handle_data(self, data):
        if self.skip:
            return
        self.all.append(data)
        if self.depth_in_content:
            self.content.append(data)
        if self.cur_row:
            self.cur_row[-1] += data.strip()


def check_a():
    raw = open(os.path.join(ROOT, FILES["A"]), encoding="utf-8").read()
    p = _HTML()
    p.feed(raw)
    full, content = ns("".join(p.all)), ns("".join(p.content))
    for furn in ["首页>政策解读", "字号", "大中小", "打印", "关闭", "主办单位", "ICP备", "联系电话：020-83124000"]:
        ok(ns(furn) in full, "A: site furniture missing: %s" % furn)
    ok(p.tables == 1, "A: expected one <table>, got %d" % p.tables)
    ok(len(p.rows) in range(6, 9) and all(len(r) in (3, 4) for r in p.rows),
       "A: table shape %s" % [len(r) for r in p.rows])
    items = re.findall(r"[一二三四五六七八九十]+、问：", content)
    ok(8 <= len(items) <= 12, "A: %d Q&A items" % len(items))
    ok(content.count("答：") == len(items), "A: 问/答 mismatch")
    h1 = re.search(r"<h1>(.*?)</h1>", raw)
    text_a = ns(h1.group(1) if h1 else "") + content
    for u in plain_units(os.path.join(ROOT, "plain", "A.txt")):
        ok(u in text_a, "A: plain line not found in HTML content: %s" % u[:40])
    # the furniture must not leak into plain
    plain = open(os.path.join(ROOT, "plain", "A.txt"), encoding="utf-8").read()
    for furn in ["主办单位", "ICP", "字号", "打印", "首页"]:
        ok(furn not in plain, "A: furniture in plain: %s" % furn)
    return "HTML: %d Q&A items, table %dx%d, furniture present" % (len(items), len(p.rows), len(p.rows[0])), full


# ---------------------------------------------------------------- B: DOCX
def check_b():
    d = docx.Document(os.path.join(ROOT, FILES["B"]))
    styles = collections.Counter(p.style.name for p in d.paragraphs if p.text.strip())
    ok(styles["Title"] == 1 and styles["Heading 1"] >= 3 and styles["Heading 2"] >= 8, "B: styles %s" % styles)
    h1 = [p.text for p in d.paragraphs if p.style.name == "Heading 1"]
    h2 = [p.text for p in d.paragraphs if p.style.name == "Heading 2"]
    ok(all(re.match(r"^[一二三四五六七八九十]+、", t) for t in h1), "B: Heading 1 numbering")
    ok(all(re.match(r"^（[一二三四五六七八九十]+）", t) for t in h2), "B: Heading 2 numbering")
    ok(len(d.tables) == 1, "B: tables %d" % len(d.tables))
    t = d.tables[0]
    rows = [[c.text for c in r.cells] for r in t.rows]
    ok(rows[0] == ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"], "B: header %s" % rows[0])
    ok(11 <= len(rows) <= 15, "B: %d data rows" % (len(rows) - 1))
    vm = t._tbl.xml.count("<w:vMerge")
    ok(vm >= 2, "B: no vertically merged cells")
    multi = sum(1 for r in rows[1:] if "、" in r[3])
    ok(multi >= 2, "B: rows with several 配合单位: %d" % multi)
    text = ns("".join(p.text for p in d.paragraphs) + "".join("".join(r) for r in rows))
    for u in plain_units(os.path.join(ROOT, "plain", "B.txt")):
        ok(u in text, "B: plain line not found in DOCX: %s" % u[:40])
    return ("DOCX: styles %s; table %d data rows, %d vMerge elements, %d rows with several 配合单位"
            % (dict(styles), len(rows) - 1, vm, multi)), text


# ---------------------------------------------------------------- C: PDF
def check_c():
    r = PdfReader(os.path.join(ROOT, FILES["C"]))
    n = len(r.pages)
    ok(n >= 3, "C: only %d pages" % n)
    body = []
    hdr = ns("地区R&D经费（亿元）增长（%）投入强度（%）")
    hdr_pages = []
    for i, page in enumerate(r.pages):
        txt = page.extract_text() or ""
        ok(re.search(r"-\s*%d\s*-" % (i + 1), txt) is not None, "C: footer '- %d -' missing" % (i + 1))
        txt = re.sub(r"-\s*%d\s*-" % (i + 1), "", txt, count=1)
        if hdr in ns(txt):
            hdr_pages.append(i + 1)
        body.append(txt)
    ok(len(hdr_pages) == 2 and hdr_pages[1] == hdr_pages[0] + 1,
       "C: table header should be on two consecutive pages, got %s" % hdr_pages)
    text = ns("".join(body))
    ok("&amp;" not in text and "R&D;" not in text, "C: escaped ampersand in PDF text")
    for u in plain_units(os.path.join(ROOT, "plain", "C.txt")):
        ok(u in text, "C: plain line not found in PDF: %s" % u[:40])
    return "PDF: %d pages, 表1 header on pages %s, footer - N - on every page" % (n, hdr_pages), text


# ---------------------------------------------------------------- questions
def lcs_len(a, b):
    best = 0
    prev = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        cur = [0] * (len(b) + 1)
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                cur[j] = prev[j - 1] + 1
                best = max(best, cur[j])
        prev = cur
    return best


def check_questions(plains, fulltexts):
    lines = open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8").read().splitlines()
    ok(len(lines) == 50, "questions.jsonl has %d lines" % len(lines))
    recs = [json.loads(l) for l in lines]
    ok(all(list(r) == ["id", "doc", "kind", "question", "answer", "evidence"] for r in recs), "jsonl keys")
    ok(len({r["id"] for r in recs}) == len(recs), "duplicate ids")
    kinds = collections.Counter(r["kind"] for r in recs)
    ok(dict(kinds) == KINDS, "kind counts %s" % dict(kinds))
    s2t, t2s = opencc.OpenCC("s2t"), opencc.OpenCC("t2s")
    all_docs = "".join(plains.values()) + "".join(fulltexts.values())
    max_overlap = 0
    for r in recs:
        q, a, e, doc = r["question"], r["answer"], r["evidence"], r["doc"]
        ok(doc in plains, "%s: bad doc" % r["id"])
        plain = plains[doc]
        ok(any(p in q for p in PLACE[doc]), "%s: question does not name the city/province" % r["id"])
        if r["kind"] == "unanswerable":
            ok(a == "" and e == "", "%s: unanswerable with answer/evidence" % r["id"])
            terms = Qmod.ABSENT.get(r["id"])
            ok(bool(terms), "%s: no ABSENT terms" % r["id"])
            for t in terms or []:
                ok(t in q, "%s: absent term %s not in question" % (r["id"], t))
                ok(ns(t) not in all_docs, "%s: key term %s occurs in a document" % (r["id"], t))
            continue
        ok(a and e, "%s: empty answer/evidence" % r["id"])
        ok(ns(e) in plain, "%s: evidence not in plain/%s.txt: %s" % (r["id"], doc, e[:30]))
        items = a.split("、") if r["kind"] == "list" else [a]
        ok(r["kind"] != "list" or len(items) >= 2, "%s: list with one item" % r["id"])
        for it in items:
            ok(ns(it) in plain, "%s: answer item not in plain: %s" % (r["id"], it))
            ok(ns(it) in ns(e), "%s: answer item not in evidence: %s" % (r["id"], it))
        if r["kind"] == "traditional":
            ok(t2s.convert(q) != q and s2t.convert(q) == q, "%s: question is not Traditional" % r["id"])
        else:
            ok(s2t.convert(q) != q or r["kind"] == "english", "%s: question has no Simplified-only chars" % r["id"])
        if r["kind"] == "english":
            ok(cjk(q) == 0, "%s: English question contains CJK" % r["id"])
        if r["kind"] == "typo":
            wrong, right = Qmod.TYPOS[r["id"]]
            ok(wrong in q and right not in q, "%s: typo form not in question" % r["id"])
            ok(ns(wrong) not in plain and ns(right) in plain, "%s: typo/correct form vs document" % r["id"])
            ok(len(wrong) == len(right) and sum(x != y for x, y in zip(wrong, right)) == 1,
               "%s: typo is not one character" % r["id"])
        if r["kind"] in ("paraphrase", "numeric", "list", "typo") and not e.count(" | "):
            ov = lcs_len(q, e)
            max_overlap = max(max_overlap, ov)
            ok(ov <= 14, "%s: question copies %d chars of the evidence" % (r["id"], ov))
    return kinds, max_overlap


def main():
    plains, fulltexts, notes = {}, {}, {}
    for doc in "ABC":
        raw = open(os.path.join(ROOT, "plain", "%s.txt" % doc), encoding="utf-8").read()
        plains[doc] = ns(raw)
        n_ns, n_cjk = len(ns(raw)), cjk(raw)
        notes[doc] = "%d non-space chars, %d CJK chars" % (n_ns, n_cjk)
        ok(2000 <= n_ns <= 4000, "%s: %d non-space chars" % (doc, n_ns))
        ok(2000 <= n_cjk <= 4000, "%s: %d CJK chars" % (doc, n_cjk))
    for doc, fn in (("A", check_a), ("B", check_b), ("C", check_c)):
        msg, fulltexts[doc] = fn()
        print("%s  %-52s %s; %s" % (doc, FILES[doc], notes[doc], msg))
    kinds, ov = check_questions(plains, fulltexts)
    print("questions: 50 lines; kinds %s" % dict(kinds))
    print("           per doc %s; longest question/evidence overlap %d chars"
          % (dict(collections.Counter(json.loads(l)["doc"] for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8"))), ov))
    if failures:
        print("FAILED (%d):" % len(failures))
        for f in failures:
            print("  -", f)
        sys.exit(1)
    print("ALL CHECKS PASSED")


if __name__ == "__main__":
    main()
