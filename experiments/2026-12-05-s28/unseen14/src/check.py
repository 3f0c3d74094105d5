"""Checks for the unseen14 set: reopen every corpus file and verify the question rules."""
import json
import os
import sys

sys.dont_write_bytecode = True  # keep src/ free of __pycache__
import re
from collections import Counter
from html.parser import HTMLParser

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import opencc  # noqa: E402
from docx import Document  # noqa: E402
from pypdf import PdfReader  # noqa: E402

import build_a  # noqa: E402
import build_b  # noqa: E402
import build_c  # noqa: E402
import questions as qmod  # noqa: E402
from common import CJK_RE, CORPUS, DOCS, ROOT, cjk_count, cn_num, nonspace_count, read_plain, squash  # noqa: E402

T2S = opencc.OpenCC("t2s")
S2TW = opencc.OpenCC("s2tw")
ERRORS = []
NOTES = []


def fail(msg):
    ERRORS.append(msg)


def expect(cond, msg):
    if not cond:
        fail(msg)
    return cond


# ---------------------------------------------------------------- reopen A (docx)
def reopen_docx():
    path = os.path.join(CORPUS, DOCS["A"]["file"])
    doc = Document(path)
    lines, headings, tables = [], [], []
    body = doc.element.body
    pmap = {p._p: p for p in doc.paragraphs}
    tmap = {t._tbl: t for t in doc.tables}
    for child in body.iterchildren():
        if child in pmap:
            p = pmap[child]
            if p.text.strip():
                lines.append(p.text)
                if p.style.name == "Heading 1":
                    headings.append(p.text)
        elif child in tmap:
            t = tmap[child]
            rows = [[c.text for c in r.cells] for r in t.rows]
            tables.append(rows)
            lines.extend(" | ".join(r) for r in rows)
    expect(len(doc.tables) == 1, "A: expected exactly one Word table, found %d" % len(doc.tables))
    expect(len(headings) == 7, "A: expected 7 Heading 1 chapters, found %d" % len(headings))
    for i, h in enumerate(headings, 1):
        expect(h.startswith("第%s章" % cn_num(i)), "A: heading %d is %r" % (i, h))
    titles = [p.text for p in doc.paragraphs if p.style.name == "Title"]
    expect(titles == [build_a.TITLE], "A: Title style paragraph %r" % titles)
    arts = [l for l in lines if re.match(r"第[一二三四五六七八九十]+条", l)]
    for i, a in enumerate(arts, 1):
        expect(a.startswith("第%s条" % cn_num(i)), "A: article %d out of order: %r" % (i, a[:12]))
    if tables:
        t = tables[0]
        expect(len(t) >= 8 and all(len(r) == 4 for r in t), "A: table shape %dx%d" % (len(t), len(t[0])))
        expect(t[0][0] == "服务类别" and "补助比例" in t[0], "A: table header %r" % t[0])
    return lines, headings, tables[0] if tables else [], len(arts)


# ---------------------------------------------------------------- reopen B (html)
class PageParser(HTMLParser):
    BLOCK = {"p", "h1", "h2", "h3", "div", "title", "table", "br", "li"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines = []          # (text, inside_zoom)
        self.buf = []
        self.cells = None
        self.skip = 0
        self.div_stack = []
        self.zoom_depth = 0

    def _flush(self):
        text = "".join(self.buf).strip()
        self.buf = []
        if text:
            self.lines.append((text, self.zoom_depth > 0))

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("script", "style"):
            self.skip += 1
            return
        if tag in self.BLOCK or tag == "tr":
            self._flush()
        if tag == "div":
            is_zoom = attrs.get("id") == "zoom"
            self.div_stack.append(is_zoom)
            if is_zoom:
                self.zoom_depth += 1
        if tag == "tr":
            self.cells = []
        if tag == "a":
            self._flush()

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
            return
        if tag in ("td", "th") and self.cells is not None:
            self.cells.append("".join(self.buf).strip())
            self.buf = []
            return
        if tag == "tr":
            self.lines.append((" | ".join(self.cells), self.zoom_depth > 0))
            self.cells = None
            return
        if tag in self.BLOCK or tag == "a":
            self._flush()
        if tag == "div" and self.div_stack:
            if self.div_stack.pop():
                self.zoom_depth -= 1

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def reopen_html():
    path = os.path.join(CORPUS, DOCS["B"]["file"])
    raw = open(path, "rb").read()
    text = raw.decode("utf-8")
    expect(re.search(r'<meta charset="utf-8">', text, re.I) is not None, "B: no utf-8 meta charset")
    p = PageParser()
    p.feed(text)
    p.close()
    all_lines = [t for t, _ in p.lines]
    zoom_lines = [t for t, z in p.lines if z]
    for furn in build_b.HEAD_FURNITURE + [build_b.META_LINE] + build_b.TAIL_FURNITURE:
        expect(furn in all_lines and furn not in zoom_lines, "B: furniture line missing or inside content: %r" % furn)
    expect("当前位置" in text and "ICP备" in text and "【字体" in text, "B: breadcrumb/ICP/font furniture missing")
    expect(all_lines.count(build_b.TITLE) == 1, "B: <h1> title missing")
    return all_lines, zoom_lines


# ---------------------------------------------------------------- reopen C (pdf)
def reopen_pdf():
    path = os.path.join(CORPUS, DOCS["C"]["file"])
    r = PdfReader(path)
    n = len(r.pages)
    expect(n >= 3, "C: only %d pages" % n)
    pages_raw, pages_clean = [], []
    head = squash(build_c.RUNNING_HEADER)
    for i, page in enumerate(r.pages, 1):
        t = squash(page.extract_text())
        foot = squash(build_c.footer_text(i, n))
        expect(t.count(head) == 1, "C: running header not once on page %d" % i)
        expect(t.count(foot) == 1, "C: footer %r not on page %d" % (foot, i))
        pages_raw.append(t)
        pages_clean.append(t.replace(head, "").replace(foot, ""))
    # the table: header row present, every data row on exactly one page
    hdr = "".join(build_c.TABLE_HEADER)
    expect(any(hdr in p for p in pages_clean), "C: table header row not found")
    expect(len(build_c.TABLE_ROWS) >= 8 and all(len(rw) == 2 for rw in build_c.TABLE_ROWS),
           "C: need >= 8 two-column rows")
    for rw in build_c.TABLE_ROWS:
        k = sum(1 for p in pages_clean if squash("".join(rw)) in p)
        expect(k == 1, "C: table row found on %d pages: %r" % (k, rw[0][:20]))
    return pages_raw, "".join(pages_clean)


UNIT_RE = re.compile(r"\d+(?:\.\d+)?(?:万元|亿元|人|家|年|个月|个工作日|%|个百分点)|\d:\d")


def check_revision_consistency(a_plain, a_chapters, a_articles):
    """Every 修订后 figure of C agrees with document A; every row changes something."""
    a_art, cur = {}, None
    for l in a_plain:
        m = re.match(r"(第[一二三四五六七八九十]+条)", l)
        if m:
            cur = m.group(1)
            a_art[cur] = l
        elif cur and l.startswith("（"):
            a_art[cur] += l          # items （一）… belong to the article above
        else:
            cur = None
    table_text = " ".join(l for l in a_plain if " | " in l)
    for old, new in build_c.TABLE_ROWS:
        m = re.match(r"新办法(第[一二三四五六七八九十]+条)", new)
        if not expect(m is not None, "C: 修订后 cell without article: %r" % new[:20]):
            continue
        art = m.group(1)
        if not expect(art in a_art, "C: %s not in A" % art):
            continue
        scope = a_art[art] + (table_text if art == "第十五条" else "")
        scope_sq = squash(scope).replace("|", "")
        for fig in UNIT_RE.findall(new):
            bare = re.sub(r"万元$", "", fig) if art == "第十五条" and fig.endswith("万元") else fig
            expect(fig in scope_sq or bare in scope_sq, "C: 修订后 figure %s (%s) not found in A" % (fig, art))
        expect(set(UNIT_RE.findall(old)) != set(UNIT_RE.findall(new)), "C: row changes nothing: %r" % old[:20])
    c_plain = "".join(read_plain("C"))
    m = re.search(r"新办法共(\d+)章(\d+)条", c_plain)
    cnmap = {cn_num(i): i for i in range(1, 60)}
    if expect(m is not None, "C: 新办法共X章X条 not stated"):
        expect(int(m.group(1)) == a_chapters and int(m.group(2)) == a_articles,
               "C: states %s章%s条, A has %d章%d条" % (m.group(1), m.group(2), a_chapters, a_articles))
    del cnmap


def check_parallel(a_table, b_plain):
    """A and B share structure but differ in figures."""
    a_ch = [l for l in read_plain("A") if re.match(r"第.章", l)]
    b_ch = [l for l in b_plain if re.match(r"第.章", l)]
    expect(a_ch == b_ch, "A/B: chapter titles differ")
    expect(build_a.TABLE_HEADER == build_b.TABLE_HEADER, "A/B: table headers differ")
    a_rows = {r[0]: r for r in build_a.TABLE_ROWS}
    b_rows = {r[0]: r for r in build_b.TABLE_ROWS}
    shared = set(a_rows) & set(b_rows)
    expect(len(shared) >= 5, "A/B: only %d shared service categories" % len(shared))
    for k in shared:
        expect(a_rows[k] != b_rows[k], "A/B: identical table row %s" % k)
    a_sent = set(qmod.sentences("A"))
    b_sent = set(qmod.sentences("B"))
    NOTES.append("A/B: %d shared sentences, %d A-only, %d B-only" % (
        len(a_sent & b_sent), len(a_sent - b_sent), len(b_sent - a_sent)))


def longest_common_run(a, b):
    best = 0
    prev = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        cur = [0] * (len(b) + 1)
        ai = a[i - 1]
        for j in range(1, len(b) + 1):
            if ai == b[j - 1]:
                cur[j] = prev[j - 1] + 1
                if cur[j] > best:
                    best = cur[j]
        prev = cur
    return best


def main():
    # ---- reopen and compare with plain
    a_lines, a_heads, a_table, a_articles = reopen_docx()
    b_all, b_zoom = reopen_html()
    c_pages, c_clean = reopen_pdf()
    plain = {k: read_plain(k) for k in DOCS}
    a_set = set(a_lines)
    for l in plain["A"]:
        expect(l in a_set, "A: plain line not in docx: %r" % l[:30])
    expect(len(plain["A"]) == len(a_lines), "A: docx has %d lines, plain %d" % (len(a_lines), len(plain["A"])))
    b_set = set(b_all)
    for l in plain["B"]:
        expect(l in b_set, "B: plain line not in html: %r" % l[:30])
    expect([build_b.TITLE] + b_zoom == plain["B"], "B: page content (#zoom) and plain differ")
    for l in plain["C"]:
        expect(squash(l.replace(" | ", "")) in c_clean, "C: plain line not in pdf: %r" % l[:30])
    for furn in [build_c.RUNNING_HEADER, "第 1 页"]:
        expect(all(furn not in l for l in plain["C"]), "C: furniture in plain: %r" % furn)
    for l in plain["B"]:
        expect(not any(f in l for f in ("当前位置", "ICP备", "浏览次数", "【打印")), "B: furniture in plain: %r" % l[:20])

    # full text of each file, furniture included (for absence checks)
    full = {"A": squash("".join(a_lines)), "B": squash("".join(b_all)), "C": "".join(c_pages)}
    for k in DOCS:
        full[k] += squash("".join(plain[k]))
    plain_sq = {k: squash("".join(plain[k]).replace(" | ", "")) for k in DOCS}
    plain_rows = {k: plain[k] for k in DOCS}

    # ---- lengths
    for k in DOCS:
        text = "\n".join(plain[k])
        ns, cj = nonspace_count(text), cjk_count(text)
        NOTES.append("%s: %d non-space chars, %d CJK" % (k, ns, cj))
        expect(2000 <= ns <= 4000, "%s: %d non-space characters" % (k, ns))
        expect(cj >= 2000, "%s: %d CJK characters" % (k, cj))

    check_revision_consistency(plain["A"], len(a_heads), a_articles)
    check_parallel(a_table, plain["B"])

    # ---- questions
    qs = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8")]
    internal = {q["id"]: q for q in qmod.question_list()}
    expect(len(qs) == 50, "questions: %d, expected 50" % len(qs))
    expect(len({q["id"] for q in qs}) == len(qs), "questions: duplicate ids")
    want = {"paraphrase": 12, "table": 8, "list": 4, "numeric": 4, "traditional": 4,
            "english": 6, "typo": 4, "unanswerable": 8}
    got = Counter(q["kind"] for q in qs)
    expect(dict(got) == want, "kind counts %s" % dict(got))
    file2key = {v["file"]: k for k, v in DOCS.items()}
    table_docs = Counter()
    max_run = 0
    for q in qs:
        qid, kind, text, ans, ev = q["id"], q["kind"], q["question"], q["answer"], q["evidence"]
        iq = internal[qid]
        expect(set(q) == {"id", "doc", "kind", "question", "answer", "evidence"}, "%s: fields %s" % (qid, sorted(q)))
        key = file2key.get(q["doc"])
        expect(q["doc"] == "" or key is not None, "%s: unknown doc %r" % (qid, q["doc"]))
        if kind == "unanswerable":
            expect(ans == "" and ev == "", "%s: unanswerable must have empty answer/evidence" % qid)
            term = qmod.UNANSWERABLE_TERMS.get(qid)
            if expect(term and term in text, "%s: key term missing" % qid):
                for k in DOCS:
                    expect(term not in full[k], "%s: key term %r occurs in %s" % (qid, term, k))
        else:
            expect(key is not None, "%s: answerable question without doc" % qid)
            expect(ans and ev, "%s: empty answer/evidence" % qid)
            expect(any(ev in l for l in plain_rows[key]), "%s: evidence not a sentence/row of plain %s" % (qid, key))
            expect(squash(ev.replace(" | ", "")) in plain_sq[key], "%s: evidence not in plain" % qid)
            items = ans.split("、") if kind == "list" else [ans]
            if kind == "list":
                expect(len(items) >= 3, "%s: list answer has %d items" % (qid, len(items)))
            for it in items:
                expect(it in ev, "%s: answer item %r not in evidence" % (qid, it))
                expect(squash(it) in plain_sq[key], "%s: answer item %r not in plain" % (qid, it))
            if kind == "table":
                expect(" | " in ev, "%s: table question evidence is not a row" % qid)
                table_docs[key] += 1
            # A/B: the evidence must belong to this city's document only
            if key in ("A", "B"):
                other = "B" if key == "A" else "A"
                expect(squash(ev.replace(" | ", "")) not in plain_sq[other],
                       "%s: evidence also occurs in %s" % (qid, other))
            trap = iq.get("trap")
            if trap:
                tdoc, tval = trap
                expect(squash(tval) in plain_sq[tdoc], "%s: trap %r not in %s" % (qid, tval, tdoc))
                expect(tval not in ans and ans not in tval, "%s: trap %r overlaps answer %r" % (qid, tval, ans))
            elif key in ("A", "B"):
                NOTES.append("%s: no parallel value in the other city (%s)" % (qid, ans))
        # script rules
        simp = text
        if kind == "traditional":
            simp = T2S.convert(text)
            expect(simp != text, "%s: not Traditional (t2s leaves it)" % qid)
            expect(S2TW.convert(text) == text, "%s: s2tw changes it (not fully Traditional)" % qid)
        if kind == "english":
            expect(not CJK_RE.search(text), "%s: CJK in English question" % qid)
        if kind == "typo":
            wrong, right = qmod.TYPO_PAIRS[qid]
            expect(wrong in text, "%s: wrong form not in question" % qid)
            expect(len(wrong) == len(right) and sum(a != b for a, b in zip(wrong, right)) == 1,
                   "%s: %s/%s not one character apart" % (qid, wrong, right))
            expect(squash(right) in plain_sq[key], "%s: correct form %r not in doc" % (qid, right))
            for k in DOCS:
                expect(wrong not in full[k], "%s: wrong form %r occurs in %s" % (qid, wrong, k))
            simp = text.replace(wrong, right)
        # names city and document
        if kind == "english":
            if key:
                city = {"温州": "Wenzhou", "台州": "Taizhou"}[DOCS[key]["city"]]
                expect(city in text, "%s: city not named" % qid)
                expect("voucher" in text.lower(), "%s: document not named" % qid)
                if key == "C":
                    expect("revis" in text.lower(), "%s: revision note not named" % qid)
        else:
            if key:
                expect(DOCS[key]["city"] in simp, "%s: city not named" % qid)
                expect("创新券" in simp and ("管理办法" in simp or "办法" in simp), "%s: document not named" % qid)
                if key == "C":
                    expect("修订" in simp, "%s: revision note not named" % qid)
                else:
                    expect("修订" not in simp, "%s: A/B question mentions 修订" % qid)
            else:
                expect(re.search(r"《.+市科技创新券管理办法》", simp) is not None, "%s: no city/document" % qid)
        if ev:
            run = longest_common_run(simp, ev)
            max_run = max(max_run, run)
            expect(run <= 14, "%s: common run %d > 14" % (qid, run))
    expect(table_docs["A"] >= 3 and table_docs["C"] >= 3, "table questions spread: %s" % dict(table_docs))
    per_doc = Counter(q["doc"] or "(none)" for q in qs)
    NOTES.append("per doc: %s" % dict(per_doc))
    NOTES.append("kinds: %s" % dict(got))
    NOTES.append("longest common run question/evidence: %d" % max_run)

    for n in NOTES:
        print("  " + n)
    if ERRORS:
        print("check.py: %d problem(s)" % len(ERRORS))
        for e in ERRORS:
            print("  FAIL " + e)
        return 1
    print("check.py: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
