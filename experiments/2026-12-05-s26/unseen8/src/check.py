"""Checks for unseen8.  Exit status 1 if any check fails.

* reopens each corpus file (HTML via html.parser, the .txt with its BOM and
  CRLF, the PDF via pypdf) and checks that every plain-text line occurs in
  the text taken from the file (whitespace and table pipes removed);
* document lengths (non-space characters 2,000-4,000; CJK characters >= 2,000);
* 50 questions, exact kind counts, fields, unique ids;
* every answer (each list item) and every evidence string occurs in the plain
  text with whitespace removed, the answer occurs inside its evidence, and the
  evidence also occurs in the text read back from the corpus file;
* script of questions (opencc): traditional -> Traditional, simplified_about_traditional
  -> Simplified, english -> no CJK; other kinds in the script of their document;
* typo questions: the wrong term is in no document, the right term is in the target;
* unanswerable: answer/evidence empty, key terms absent from every document.
"""
import json
import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import opencc
import pypdf

sys.path.insert(0, str(Path(__file__).resolve().parent))
import questions as QM  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DOCS, EXT = QM.DOCS, QM.EXT
C_TITLE = "2026年度重庆市技术创新与应用发展专项项目申报指南"

KIND_COUNTS = {"paraphrase": 12, "table": 6, "list": 4, "notice": 4, "traditional": 4,
               "simplified_about_traditional": 4, "english": 6, "typo": 4, "unanswerable": 6}
DOC_SCRIPT = {"A": "trad", "B": "simp", "C": "simp"}

fails = []


def ok(cond, msg):
    if not cond:
        fails.append(msg)
    return cond


def norm(s):
    return re.sub(r"\s+", "", s)


def norm_nopipe(s):
    return norm(s).replace("|", "")


CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


# ------------------------------------------------------------------ reopen files
class Extract(HTMLParser):
    SKIP = {"script", "style"}

    def __init__(self):
        super().__init__()
        self.stack, self.all, self.article = [], [], []
        self.tags = Counter()

    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1
        if tag not in ("br", "meta", "input", "link", "img"):
            self.stack.append(tag)
        if tag in ("p", "h1", "h3", "tr", "li", "div"):
            self.all.append("\n")
            if "article" in self.stack:
                self.article.append("\n")

    def handle_endtag(self, tag):
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass

    def handle_data(self, data):
        if any(t in self.SKIP for t in self.stack):
            return
        self.all.append(data)
        if "article" in self.stack:
            self.article.append(data + (" | " if self.stack and self.stack[-1] in ("td", "th") else ""))


def read_a():
    path = ROOT / "corpus" / (DOCS["A"] + EXT["A"])
    ex = Extract()
    ex.feed(path.read_text(encoding="utf-8"))
    full, art = "".join(ex.all), "".join(ex.article)
    for furn in ("列印", "版權所有", "首頁", "資助計劃", "私隱政策", "網站地圖"):
        ok(furn in full, f"A: site furniture '{furn}' missing from the HTML")
    ok(ex.tags["table"] == 1 and ex.tags["tr"] >= 6, "A: expected one <table> with >= 6 rows")
    ok("資助上限" in art and "最長執行期限" in art, "A: table header missing")
    info = f"html parsed: {ex.tags['table']} table, {ex.tags['tr']} rows, {ex.tags['h3']} article headings"
    return art, full, info


def read_b():
    path = ROOT / "corpus" / (DOCS["B"] + EXT["B"])
    raw = path.read_bytes()
    ok(raw.startswith(b"\xef\xbb\xbf"), "B: no UTF-8 BOM")
    n_crlf = raw.count(b"\r\n")
    bare_lf = raw.count(b"\n") - n_crlf
    ok(n_crlf > 50 and bare_lf == 0, f"B: line endings not all CRLF (crlf={n_crlf}, bare lf={bare_lf})")
    text = raw.decode("utf-8-sig")
    ok(not text.startswith("\ufeff"), "B: BOM not removed by utf-8-sig")
    lines = text.split("\r\n")
    seps = [ln for ln in lines if re.fullmatch(r"\|(\s*:?-{3,}:?\s*\|)+", ln)]
    rows = [ln for ln in lines if ln.startswith("|") and ln not in seps]
    ok(len(seps) == 1 and len(rows) >= 5, "B: expected one Markdown table with a |---| separator")
    ok("征求意见时间" in text and "反馈方式" in text, "B: notice part missing")
    ok(text.count("第一章") == 1 and "第十七条" in text, "B: draft articles missing")
    ok("的起草说明" in text and "一、起草背景" in text, "B: appended 起草说明 missing")
    info = f"txt: BOM ok, {n_crlf} CRLF, 0 bare LF, markdown table {len(rows)} rows + 1 separator"
    return text, text, info


def read_c():
    path = ROOT / "corpus" / (DOCS["C"] + EXT["C"])
    rd = pypdf.PdfReader(str(path))
    pages = [p.extract_text() or "" for p in rd.pages]
    ok(len(pages) >= 3, f"C: only {len(pages)} pages")
    body = []
    for i, t in enumerate(pages, 1):
        ok(re.search(rf"—\s*{i}\s*—", t) is not None, f"C: footer page number missing on page {i}")
        if i >= 2:
            ok(norm(t).count(C_TITLE) >= 1, f"C: running header missing on page {i}")
        t = re.sub(rf"—\s*{i}\s*—", "", t)
        if i >= 2:
            t = t.replace(C_TITLE, "", 1)
        body.append(t)
    # the title occurs in the content (plain) plus once per running header on pages 2+; none on page 1
    in_plain = norm((ROOT / "plain" / f"{DOCS['C']}.txt").read_text(encoding="utf-8")).count(C_TITLE)
    in_pdf = sum(norm(t).count(C_TITLE) for t in pages)
    ok(in_pdf == in_plain + len(pages) - 1, f"C: title count {in_pdf} != content {in_plain} + headers {len(pages) - 1}")
    info = f"pdf: {len(pages)} pages, header on pages 2-{len(pages)}, footer on all"
    return "\n".join(body), "\n".join(pages), info


def main():
    plain = {d: (ROOT / "plain" / f"{s}.txt").read_text(encoding="utf-8") for d, s in DOCS.items()}
    readers = {"A": read_a, "B": read_b, "C": read_c}
    filetext, fulltext = {}, {}
    print("== documents")
    for d in DOCS:
        body, full, info = readers[d]()
        filetext[d], fulltext[d] = norm_nopipe(body), norm_nopipe(full)
        lines = [ln for ln in plain[d].splitlines() if ln.strip()]
        missing = [ln for ln in lines if norm_nopipe(ln) not in filetext[d]]
        ok(not missing, f"{d}: {len(missing)} plain lines not found in the file text, e.g. {missing[:2]}")
        nonspace = len(norm(plain[d]))
        cjk = len(CJK.findall(plain[d]))
        ok(2000 <= nonspace <= 4000, f"{d}: {nonspace} non-space characters")
        ok(2000 <= cjk <= 4000, f"{d}: {cjk} CJK characters")
        print(f"{d} {DOCS[d]}{EXT[d]}: {nonspace} non-space chars, {cjk} CJK chars, "
              f"{len(lines)} plain lines, all found in file text: {not missing}; {info}")

    # script of the documents themselves
    t2s, s2t = opencc.OpenCC("t2s"), opencc.OpenCC("s2t")
    s2hk, s2tw = opencc.OpenCC("s2hk"), opencc.OpenCC("s2tw")

    def is_trad(s):
        return t2s.convert(s) != s and any(c.convert(s) == s for c in (s2t, s2hk, s2tw))

    def is_simp(s):
        return t2s.convert(s) == s and s2t.convert(s) != s

    ok(is_trad(plain["A"]), "A: document is not Traditional")
    ok(is_simp(plain["B"]) and is_simp(plain["C"]), "B/C: documents are not Simplified")

    # ---------------------------------------------------------------- questions
    print("== questions")
    recs = [json.loads(ln) for ln in (ROOT / "questions.jsonl").read_text(encoding="utf-8").splitlines()]
    ok(len(recs) == 50, f"{len(recs)} questions, expected 50")
    ok(len(QM.Q) == len(recs), "questions.py and questions.jsonl disagree")
    ok(len({r["id"] for r in recs}) == len(recs), "duplicate ids")
    for r in recs:
        ok(list(r) == ["id", "doc", "kind", "question", "answer", "evidence"], f"{r.get('id')}: fields {list(r)}")
    kc = Counter(r["kind"] for r in recs)
    ok(dict(kc) == KIND_COUNTS, f"kind counts {dict(kc)}")
    print("kinds:", ", ".join(f"{k} {kc[k]}" for k in KIND_COUNTS))
    print("docs:", dict(Counter(r["doc"] for r in recs)))

    nplain = {d: norm(t) for d, t in plain.items()}
    all_docs_norm = [nplain[d] for d in DOCS] + [fulltext[d] for d in DOCS]
    n_items = 0
    for r, meta in zip(recs, QM.Q):
        i, d, k, qs, ans, ev = r["id"], r["doc"], r["kind"], r["question"], r["answer"], r["evidence"]
        ok(d in DOCS, f"{i}: doc {d}")
        ok(qs == meta["question"] and ans == meta["answer"], f"{i}: jsonl differs from questions.py")
        if k == "unanswerable":
            ok(ans == "" and ev == "", f"{i}: unanswerable must have empty answer/evidence")
            terms = meta.get("absent") or []
            ok(terms, f"{i}: no key terms recorded")
            for t in terms:
                hits = [x for x in DOCS if norm(t) in nplain[x] or norm(t) in fulltext[x]]
                ok(not hits, f"{i}: key term '{t}' occurs in {hits}")
            ok(any(t in qs for t in terms), f"{i}: question uses none of its key terms")
            continue
        ok(ans and ev, f"{i}: empty answer/evidence")
        items = ans.split("、") if k == "list" else [ans]
        ok(k != "list" or len(items) >= 2, f"{i}: list answer with one item")
        for it in items:
            n_items += 1
            ok(norm(it) in nplain[d], f"{i}: answer item '{it}' not in plain {d}")
            ok(norm(it) in norm(ev), f"{i}: answer item '{it}' not in its evidence")
        ok(norm(ev) in nplain[d], f"{i}: evidence not in plain {d}: {ev[:40]}")
        ok(norm_nopipe(ev) in filetext[d], f"{i}: evidence not in the text read from the corpus file {d}")
        # script
        if k == "traditional":
            ok(d in ("B", "C") and is_trad(qs), f"{i}: traditional question not Traditional / not about B,C")
        elif k == "simplified_about_traditional":
            ok(d == "A" and is_simp(qs), f"{i}: simplified_about_traditional not Simplified / not about A")
        elif k == "english":
            ok(not CJK.search(qs), f"{i}: english question contains CJK")
        else:
            want = DOC_SCRIPT[d]
            ok(is_trad(qs) if want == "trad" else is_simp(qs), f"{i}: question not in the script of doc {d}")
        if k == "typo":
            wrong, right = meta["typo"]
            ok(wrong in qs and right not in qs, f"{i}: typo term not used as recorded")
            ok(len(wrong) == len(right) and sum(a != b for a, b in zip(wrong, right)) == 1,
               f"{i}: typo must differ in exactly one character")
            ok(all(norm(wrong) not in t for t in all_docs_norm), f"{i}: typo term '{wrong}' occurs in a document")
            ok(norm(right) in nplain[d], f"{i}: correct term '{right}' not in doc {d}")
    print(f"answer items checked: {n_items}; evidence strings checked: "
          f"{sum(1 for r in recs if r['kind'] != 'unanswerable')}")

    print("== result")
    if fails:
        for f in fails:
            print("FAIL:", f)
        print(f"{len(fails)} check(s) failed")
        sys.exit(1)
    print("ALL CHECKS PASSED")


if __name__ == "__main__":
    main()
