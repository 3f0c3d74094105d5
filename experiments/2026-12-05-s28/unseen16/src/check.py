"""Reopens the three corpus files and checks the plain texts and questions.jsonl."""
import json
import re
import sys
from collections import Counter
from html.parser import HTMLParser

import opencc
from docx import Document
from pypdf import PdfReader

import build_a
import build_b
import build_c
import questions as QM
from common import (CJK_RE, DOCS, DOC_A, DOC_B, DOC_C, QUESTIONS, SEP, cjk_count, corpus_path,
                    longest_common_run, nospace, read_plain)

ERRORS = []


def err(msg):
    ERRORS.append(msg)


def plain_lines(doc):
    return [l for l in read_plain(doc).splitlines() if l.strip()]


def line_in(line, haystack_ns):
    """A plain line occurs in the reopened text (whitespace ignored; table rows
    compared without their ' | ' separators)."""
    return nospace(line.replace(SEP, "")) in haystack_ns


# ------------------------------------------------------------------ A (.docx)
def check_a():
    d = Document(corpus_path(DOC_A))
    paras = [(p.style.name, p.text) for p in d.paragraphs]
    heads = [t for s, t in paras if s == "Heading 1"]
    if len(heads) != 7 or not all(re.fullmatch(r"第[一二三四五六七]章 \S+", h) for h in heads):
        err(f"A: expected 7 Heading 1 chapters, got {heads}")
    if not any(s == "Title" and t == build_a.TITLE for s, t in paras):
        err("A: title paragraph with Title style missing")
    arts = [t for s, t in paras if re.match(r"第[一二三四五六七八九十]+条 ", t)]
    if len(arts) < 20:
        err(f"A: only {len(arts)} articles")
    if len(d.tables) != 1:
        err(f"A: expected 1 table, got {len(d.tables)}")
    rows = [[c.text for c in r.cells] for r in d.tables[0].rows]
    if rows != [build_a.TABLE_HEADER] + build_a.TABLE_ROWS:
        err("A: table content differs from builder data")
    if d.tables[0].style is None or d.tables[0].style.name != "Table Grid":
        err("A: table is not Table Grid")
    caps = [int(r[2].replace("万元", "")) for r in build_a.TABLE_ROWS]
    top = [r[0] for r in build_a.TABLE_ROWS if int(r[2].replace("万元", "")) == max(caps)]
    if top != ["国际科技合作平台"]:
        err(f"A: unique maximum cap expected for 国际科技合作平台, got {top}")
    last = heads[-1] if heads else ""
    tail = "".join(t for _, t in paras[[t for _, t in paras].index(last):]) if last else ""
    if last != "第七章 附则" or "负责解释" not in tail or "施行" not in tail:
        err("A: 第七章 附则 with 负责解释 and 施行 missing")
    text = nospace("\n".join(t for _, t in paras) + "\n" + "\n".join("".join(r) for r in rows))
    return text


# ------------------------------------------------------------------ B (.pdf)
def check_b():
    r = PdfReader(corpus_path(DOC_B))
    if len(r.pages) < 3:
        err(f"B: only {len(r.pages)} pages")
    pages = [p.extract_text() or "" for p in r.pages]
    for i, t in enumerate(pages, 1):
        if nospace(build_b.FOOTER_LEFT) not in nospace(t) or nospace(build_b.FOOTER_FMT.format(n=i)) not in nospace(t):
            err(f"B: footer missing on page {i}")
    # ruled table: the page holding the table draws many line segments (GRID)
    table_page = [i for i, t in enumerate(pages) if "鸠江区" in t and "湾沚区" in t and "合计" in t]
    if len(table_page) != 1:
        err(f"B: table should sit on exactly one page, found {table_page}")
    else:
        content = r.pages[table_page[0]].get_contents().get_data().decode("latin-1")
        nrows = len(build_b.TABLE_ROWS) + 2
        ncols = len(build_b.TABLE_HEADER)
        segs = len(re.findall(r" l\b", content))
        if segs < (nrows + 1) + (ncols + 1):
            err(f"B: table page has only {segs} line segments; grid lines missing?")
    # figures agree
    rows = build_b.TABLE_ROWS
    tot = build_b.TABLE_TOTAL
    for c, conv in ((1, int), (2, float), (3, float), (4, int)):
        s = sum(conv(x[c]) for x in rows)
        if abs(s - conv(tot[c])) > 1e-6:
            err(f"B: column {build_b.TABLE_HEADER[c]} sums to {s}, total says {tot[c]}")
    plain = read_plain(DOC_B)
    for fig in ("高新技术企业2168家", "经费支出198.6亿元", "成交额386.5亿元", "发明专利授权5218件"):
        if fig not in plain:
            err(f"B: stated figure {fig} missing")
    top = max(rows, key=lambda x: int(x[1]))[0]
    if top != "鸠江区" or "鸠江区高新技术企业数量和R&D经费支出均居全市首位" not in plain:
        err("B: 鸠江区 should lead on 高新技术企业 and say so")
    if max(rows, key=lambda x: float(x[2]))[0] != "鸠江区":
        err("B: 鸠江区 should lead on R&D")
    if f"{int(rows[1][1]) / 2168 * 100:.1f}%" != "27.0%" or f"{float(rows[1][2]) / 198.6 * 100:.1f}%" != "31.1%":
        err("B: 鸠江区 shares 27.0% / 31.1% do not agree with the table")
    if abs(172.3 / 198.6 * 100 - 86.8) > 0.05 or abs(172.3 + 26.3 - 198.6) > 1e-6:
        err("B: enterprise R&D share inconsistent")
    if abs(198.2 + 151.4 + 36.9 - 386.5) > 1e-6 or abs(9.7 + 18.5 + 170.4 - 198.6) > 1e-6:
        err("B: breakdowns do not add up")
    for fur in (build_b.FOOTER_LEFT, "第 1 页"):
        if fur in plain:
            err(f"B: furniture {fur!r} in plain text")
    return nospace("".join(pages))


# ------------------------------------------------------------------ C (.html)
class _Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack = []
        self.parts = {"all": [], "content": [], "nav": [], "breadcrumb": [], "footer": [], "info": [],
                      "tools": [], "title": [], "h1": []}

    def handle_starttag(self, tag, attrs):
        if tag in ("meta", "input", "br", "img", "link"):
            return
        cls = dict(attrs).get("class", "")
        self.stack.append((tag, cls))

    def handle_endtag(self, tag):
        while self.stack:
            t, _ = self.stack.pop()
            if t == tag:
                break

    def handle_data(self, data):
        if any(t in ("style", "script") for t, _ in self.stack):
            return
        self.parts["all"].append(data)
        for t, cls in self.stack:
            if cls in self.parts:
                self.parts[cls].append(data)
            if t in ("title", "h1"):
                self.parts[t].append(data)


def check_c():
    with open(corpus_path(DOC_C), encoding="utf-8") as f:
        html = f.read()
    p = _Collect()
    p.feed(html)
    parts = {k: nospace("".join(v)) for k, v in p.parts.items()}
    for k in ("nav", "breadcrumb", "footer", "info", "tools"):
        if not parts[k]:
            err(f"C: furniture block {k} missing")
    if "首页" not in parts["nav"] or "部门动态" not in parts["breadcrumb"] or "ICP" not in parts["footer"]:
        err("C: nav / breadcrumb / footer content missing")
    if parts["h1"] != nospace(build_c.TITLE):
        err("C: h1 differs from title")
    plain = read_plain(DOC_C)
    for fur in ["首页", "当前位置", "发布日期", "浏览次数", "责任编辑", "打印本页", "ICP", "网站标识码"] + build_c.NAV:
        if fur in plain:
            err(f"C: furniture {fur!r} in plain text")
    for line in plain_lines(DOC_C)[1:]:
        if nospace(line) not in parts["content"]:
            err(f"C: body line not inside the content div: {line[:30]}")
    if 19 + 8 + 5 != 32 or "合作研发类项目19个，平台共建类项目8个，人才引进类项目5个" not in plain or "24个" not in plain:
        err("C: signed project breakdown inconsistent")
    return parts["all"]


# ------------------------------------------------------------------ questions
def check_questions(raw_texts):
    t2s = opencc.OpenCC("t2s")
    s2tw = opencc.OpenCC("s2tw")
    qs = [json.loads(l) for l in open(QUESTIONS, encoding="utf-8") if l.strip()]
    want = {"english": 24, "english_unanswerable": 6, "paraphrase": 8, "table": 4,
            "traditional": 4, "typo": 2, "unanswerable": 2}
    got = Counter(q["kind"] for q in qs)
    if dict(got) != want or len(qs) != 50:
        err(f"kind counts {dict(got)} != {want}")
    ids = [q["id"] for q in qs]
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    plains = {d: nospace(read_plain(d)) for d in DOCS}
    every_text = "\n".join(raw_texts.values()) + "\n" + "\n".join(read_plain(d) for d in DOCS)
    every_ns = nospace(every_text)
    max_run = 0
    for q in qs:
        qid, doc, kind, text, ans, evd = q["id"], q["doc"], q["kind"], q["question"], q["answer"], q["evidence"]
        if set(q) != {"id", "doc", "kind", "question", "answer", "evidence"}:
            err(f"{qid}: fields {sorted(q)}")
        if doc not in DOCS:
            err(f"{qid}: unknown doc {doc}")
            continue
        english = kind.startswith("english")
        if english:
            if CJK_RE.search(text) or re.search(r"[\u3000-\u303f\uff00-\uffef]", text):
                err(f"{qid}: English question contains CJK characters or punctuation")
            if not any(c in text for c in QM.CITY[doc]["en"]):
                err(f"{qid}: English question does not name the city")
            if not any(w in text.lower() for w in QM.DOC_WORDS[doc]["en"]):
                err(f"{qid}: English question does not name the document")
        else:
            if not any(c in text for c in QM.CITY[doc]["zh"]):
                err(f"{qid}: question does not name the city")
            if not any(w in text for w in QM.DOC_WORDS[doc]["zh"]):
                err(f"{qid}: question does not name the document")
        if kind in ("english_unanswerable", "unanswerable"):
            if ans or evd:
                err(f"{qid}: unanswerable with answer/evidence")
            keys = QM.UNANSWERABLE_KEYS.get(qid)
            if not keys:
                err(f"{qid}: no key terms recorded")
            for k in keys or []:
                if nospace(k).lower() in every_ns.lower():
                    err(f"{qid}: key term {k!r} occurs in a document")
            if kind == "english_unanswerable" and QM.UNANSWERABLE_EN.get(qid, "\0") not in text:
                err(f"{qid}: English key term not in the question")
            if kind == "unanswerable" and not any(k in text for k in keys or []):
                err(f"{qid}: key term not in the question")
            continue
        if not ans or not evd:
            err(f"{qid}: empty answer/evidence")
            continue
        ev_ns = nospace(evd.replace(SEP, "") if SEP in evd else evd)
        if nospace(evd) not in plains[doc] and ev_ns not in nospace(read_plain(doc).replace(SEP, "")):
            err(f"{qid}: evidence not in plain text")
        if SEP in evd and evd not in read_plain(doc).splitlines():
            err(f"{qid}: table evidence is not a plain row line")
        if nospace(ans) not in nospace(evd):
            err(f"{qid}: answer not inside evidence")
        for it in ans.split("、"):
            if nospace(it) not in plains[doc]:
                err(f"{qid}: answer item {it!r} not in plain text")
        if nospace(ans) not in plains[doc]:
            err(f"{qid}: answer not in plain text")
        if kind == "traditional":
            if t2s.convert(text) == text or s2tw.convert(text) != text:
                err(f"{qid}: not Taiwan-style Traditional")
        if kind == "typo":
            wrong, right = QM.TYPOS[qid]
            if wrong not in text or len(wrong) != len(right) or sum(a != b for a, b in zip(wrong, right)) != 1:
                err(f"{qid}: typo pair {wrong}/{right} malformed")
            if wrong in every_text or right not in read_plain(doc):
                err(f"{qid}: wrong form in a document or right form missing")
        if not english:
            qs_simpl = t2s.convert(text) if kind == "traditional" else text
            run = longest_common_run(nospace(qs_simpl), nospace(evd))
            max_run = max(max_run, run)
            if run > 14:
                err(f"{qid}: common run {run} > 14")
    return qs, max_run


def main():
    raw = {DOC_A: check_a(), DOC_B: check_b(), DOC_C: check_c()}
    for doc in DOCS:
        lines = plain_lines(doc)
        for line in lines:
            if not line_in(line, raw[doc]):
                err(f"{doc}: plain line not found in reopened file: {line[:40]}")
        text = read_plain(doc)
        ns, cjk = len(nospace(text)), cjk_count(text)
        if not (2000 <= ns <= 4000) or cjk < 2000:
            err(f"{doc}: {ns} non-space / {cjk} CJK characters")
        print(f"{doc}: {len(lines)} lines, {ns} non-space, {cjk} CJK")
    qs, max_run = check_questions(raw)
    print(f"questions: {len(qs)} {dict(Counter(q['kind'] for q in qs))}; longest common run (Chinese) {max_run}")
    if ERRORS:
        print(f"FAILED ({len(ERRORS)}):")
        for e in ERRORS:
            print("  " + e)
        sys.exit(1)
    print("check.py: all checks passed")


if __name__ == "__main__":
    main()
