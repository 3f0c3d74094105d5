"""Checks for unseen19: reopen the three files, compare with the plain texts, and check questions.jsonl."""
import collections
import json
import re
import sys

import docx
import pypdf

import build_a
import build_b
import build_c
import questions
from common import (CJK_PUNCT_RE, CJK_RE, DOC_A, DOC_B, DOC_C, DOCS, QUESTIONS, cjk_count, cn_num,
                    corpus_path, longest_common_run, nonspace_count, read_plain, s2tw, sentences, squash,
                    t2s, table_rows)

EXPECTED_KINDS = {"traditional": 10, "simplified": 6, "paraphrase": 8, "list": 5, "table": 5, "numeric": 4,
                  "typo": 3, "english": 3, "unanswerable": 6}
MAX_RUN = 14
# Taiwan official forms that OpenCC s2tw would respell (計畫/計劃, 占/佔, 發布/發佈, 回饋/迴饋): allowed.
TW_STANDARD = set("畫占布回")

errors = []


def fail(msg):
    errors.append(msg)


def is_traditional(text):
    """Traditional (Taiwan): t2s changes it, and s2tw changes nothing but Taiwan-standard forms."""
    if t2s(text) == text:
        return False
    conv = s2tw(text)
    return len(conv) == len(text) and all(a == b or a in TW_STANDARD for a, b in zip(text, conv))


def is_simplified(text):
    return t2s(text) == text and s2tw(text) != text


# ---------------------------------------------------------------- reopen the documents
def check_a():
    d = docx.Document(corpus_path(DOC_A))
    paras = [p for p in d.paragraphs if p.text.strip()]
    if paras[0].style.name != "Title" or paras[0].text != build_a.TITLE:
        fail("A: first paragraph is not the Title")
    arts = [p.text for p in paras if re.match(r"第[一二三四五六七八九十]+條　", p.text)]
    want = ["第%s條" % cn_num(i) for i in range(1, len(arts) + 1)]
    if [a.split("　")[0] for a in arts] != want or len(arts) != 19:
        fail("A: articles are not 第一條..第十九條 in order (%d found)" % len(arts))
    if len(d.tables) != 1:
        fail("A: expected exactly one Word table")
    t = d.tables[0]
    if t.style.name != "Table Grid":
        fail("A: table style is %s" % t.style.name)
    data = [[c.text for c in row.cells] for row in t.rows]
    if data != build_a.TABLE:
        fail("A: table differs from the builder's data")
    caps = [int(re.search(r"(\d+)萬元", r[3]).group(1)) for r in data[1:]]
    if caps.count(max(caps)) != 1 or data[1 + caps.index(max(caps))][0] != "智慧科技示範型":
        fail("A: the largest cap is not unique / not 智慧科技示範型")
    raw = "\n".join(p.text for p in d.paragraphs) + "\n" + "\n".join(" ".join(r) for r in data)
    body = raw.replace(" | ", "")
    if not is_traditional(re.sub(r"[A-Za-z0-9@.\s]", "", body)):
        fail("A: document text is not Taiwan-style Traditional")
    for must in ("中華民國一百一十五年三月一日", "中華民國115年", "2026年", "新臺幣", "萬元", "第十九條"):
        if must not in raw:
            fail("A: missing %s" % must)
    return raw, squash(raw)


def check_b():
    r = pypdf.PdfReader(corpus_path(DOC_B))
    pages = [p.extract_text() for p in r.pages]
    if len(pages) < 3:
        fail("B: fewer than 3 pages")
    for i, txt in enumerate(pages, 1):
        if build_b.FOOTER not in txt or ("第 %d 页" % i) not in txt:
            fail("B: footer missing on page %d" % i)
    sq_pages = [squash(p) for p in pages]
    cells = [squash(c) for row in build_b.TABLE for c in row]
    tpages = [i for i, sp in enumerate(sq_pages)
              if all(squash(row[0]) in sp for row in build_b.TABLE) and squash(build_b.TABLE[0][3]) in sp]
    if len(tpages) != 1:
        fail("B: table rows not all on one page")
    else:
        content = r.pages[tpages[0]].get_contents().get_data().decode("latin-1")
        nlines = len(re.findall(r"(?m)\sl\s", content))
        need = (len(build_b.TABLE) + 1) + (len(build_b.TABLE[0]) + 1)
        if nlines < need:
            fail("B: only %d line segments on the table page (need %d)" % (nlines, need))
        if not all(c in sq_pages[tpages[0]] for c in cells):
            fail("B: a table cell is missing from the table page")
    for row in build_b.TABLE[1:]:
        if int(row[1].rstrip("%")) + int(row[2].rstrip("%")) != 100:
            fail("B: shares of %s do not add to 100%%" % row[0])
    city = [int(r_[1].rstrip("%")) for r_ in build_b.TABLE[1:]]
    if city.count(min(city)) != 1 or build_b.TABLE[1 + city.index(min(city))][0] != "北湖区":
        fail("B: lowest city share not unique / not 北湖区")
    plain = read_plain(DOC_B)
    arts = [ln.split("　")[0] for ln in plain if re.match(r"第[一二三四五六七八九十]+条　", ln)]
    if arts != ["第%s条" % cn_num(i) for i in range(1, len(arts) + 1)] or len(arts) < 20:
        fail("B: articles not numbered 第一条..第N条 (N >= 20)")
    # look-alike sub-clauses: articles 4-8 each have (一)(二)(三) with a rate/amount and a limit
    i = 0
    subs = collections.defaultdict(list)
    for ln in plain:
        m = re.match(r"第([一二三四五六七八九十]+)条", ln)
        if m:
            i = m.group(1)
        elif re.match(r"（[一二三]）", ln):
            subs[i].append(ln)
    for a in ["四", "五", "六", "七", "八"]:
        if len(subs[a]) != 3 or not all(re.search(r"\d+万元", s) for s in subs[a]):
            fail("B: 第%s条 does not have three sub-clauses with amounts" % a)
    if not plain[-len(build_b.ATTACHMENTS)].startswith("附件：1.") or \
            [ln.split(".")[0][-1] for ln in plain[-len(build_b.ATTACHMENTS):]] != \
            [str(k) for k in range(1, len(build_b.ATTACHMENTS) + 1)]:
        fail("B: the 附件 list is not at the end")
    if any(build_b.FOOTER in ln or re.search(r"第 \d+ 页", ln) for ln in plain):
        fail("B: footer text leaked into the plain text")
    raw = "\n".join(pages)
    return raw, squash(raw)


def check_c():
    data = open(corpus_path(DOC_C), "rb").read()
    try:
        data.decode("utf-8")
        fail("C: file decodes as UTF-8 (must be GB18030 only)")
    except UnicodeDecodeError:
        pass
    raw = data.decode("gb18030")
    if raw.split("\r\n")[:-1] != build_c.LINES:
        fail("C: GB18030 text differs from the builder's lines (or not CRLF)")
    lines = [ln.strip() for ln in raw.split("\r\n")]
    for must in ("联系人：", "联系电话：", "三、申报条件", "四、报送材料"):
        if not any(ln.startswith(must) for ln in lines):
            fail("C: no line starting with %s" % must)
    if lines.count("2026年3月18日") != 1 or "2026年4月30日17:00" not in raw:
        fail("C: issue date / deadline missing")
    start = lines.index("三、申报条件")
    conds = [ln for ln in lines[start:lines.index("四、报送材料")] if re.match(r"（[一二三四五六七八九]）", ln)]
    mats = [ln for ln in lines[lines.index("四、报送材料"):lines.index("五、申报程序和时间安排")]
            if re.match(r"（[一二三四五六七八九]）", ln)]
    if len(conds) != 6 or len(mats) != 8:
        fail("C: expected 6 申报条件 and 8 报送材料 items, got %d / %d" % (len(conds), len(mats)))
    return raw, squash(raw)


# ---------------------------------------------------------------- main
def main():
    raws = {DOC_A: check_a(), DOC_B: check_b(), DOC_C: check_c()}
    plains = {d: read_plain(d) for d in DOCS}
    stats = {}
    for d in DOCS:
        rawsq = raws[d][1]
        for ln in plains[d]:
            if squash(ln.replace(" | ", "")) not in rawsq:
                fail("%s: plain line not in reopened file: %s" % (d[:1], ln[:30]))
        text = "".join(plains[d])
        ns, cj = nonspace_count(text), cjk_count(text)
        stats[d[:1]] = (ns, cj)
        if not 2000 <= ns <= 4000:
            fail("%s: %d non-space characters" % (d[:1], ns))

    recs = [json.loads(l) for l in open(QUESTIONS, encoding="utf-8")]
    kinds = collections.Counter(r["kind"] for r in recs)
    if len(recs) != 50 or dict(kinds) != EXPECTED_KINDS:
        fail("counts: %d questions, kinds %s" % (len(recs), dict(kinds)))
    if len({r["id"] for r in recs}) != len(recs):
        fail("duplicate ids")
    allraw = [raws[d][0] for d in DOCS] + ["\n".join(plains[d]) for d in DOCS]
    maxrun = 0
    for r in recs:
        qid, doc, kind, q, ans, ev = r["id"], r["doc"], r["kind"], r["question"], r["answer"], r["evidence"]
        short = qid[4:]
        if set(r) != {"id", "doc", "kind", "question", "answer", "evidence"} or doc not in DOCS:
            fail("%s: bad fields" % qid)
            continue
        plain = plains[doc]
        ptext = "\n".join(plain)
        # names the city and the document
        typo_city = questions.TYPOS.get(short, ("", ""))[0]
        if not (any(c in q for c in questions.CITY[doc]) or (typo_city and typo_city in q)):
            fail("%s: city not named" % qid)
        if not any(w in q for w in questions.DOC_WORD[doc]):
            fail("%s: document not named" % qid)
        # script of the question
        if kind == "english":
            if CJK_RE.search(q) or CJK_PUNCT_RE.search(q):
                fail("%s: English question contains CJK" % qid)
        elif kind == "simplified":
            if doc != DOC_A or not is_simplified(q):
                fail("%s: simplified question must be Simplified and about doc A" % qid)
        elif kind == "traditional" or doc == DOC_A:
            if not is_traditional(q):
                fail("%s: question is not Taiwan-style Traditional" % qid)
        elif not is_simplified(q):
            fail("%s: question is not Simplified" % qid)
        # answers and evidence
        if kind == "unanswerable":
            if ans or ev:
                fail("%s: unanswerable must have empty answer and evidence" % qid)
            terms = questions.UNANSWERABLE_TERMS.get(short, [])
            if not terms or not any(t2s(t) in t2s(q) for t in terms):
                fail("%s: no recorded key term in the question" % qid)
            for t in terms:
                for form in {t, t2s(t), s2tw(t)}:
                    if any(form in x for x in allraw):
                        fail("%s: term %s occurs in a document" % (qid, form))
            continue
        items = ans.split("、") if kind == "list" else [ans]
        if kind == "list" and len(items) < 3:
            fail("%s: list answer has fewer than 3 items" % qid)
        if not ans or not all(i and i in ptext for i in items):
            fail("%s: answer not in the plain text" % qid)
        if not all(i in ev for i in items):
            fail("%s: answer not inside its evidence" % qid)
        if kind == "table":
            if ev not in table_rows(plain):
                fail("%s: table evidence is not a row line" % qid)
        elif ev not in sentences(plain) and ev not in table_rows(plain):
            fail("%s: evidence is not a sentence of the plain text" % qid)
        if kind == "typo":
            wrong, right = questions.TYPOS[short]
            if len(wrong) != len(right) or sum(a != b for a, b in zip(wrong, right)) != 1:
                fail("%s: typo must differ by exactly one character" % qid)
            if wrong not in q or right in q or right not in ptext:
                fail("%s: typo pair not as recorded" % qid)
            for form in {wrong, t2s(wrong), s2tw(wrong)}:
                if any(form in x for x in allraw):
                    fail("%s: wrong form %s occurs in a document" % (qid, form))
        if kind != "english":
            run = longest_common_run(t2s(q), t2s(ev))
            maxrun = max(maxrun, run)
            if run > MAX_RUN:
                fail("%s: common run %d with evidence" % (qid, run))

    per_doc = collections.Counter(r["doc"][:1] for r in recs)
    print("docs (non-space / CJK):", stats)
    print("questions per doc:", dict(per_doc), "kinds:", dict(kinds), "max common run:", maxrun)
    if errors:
        print("\n".join("FAIL " + e for e in errors))
        sys.exit(1)
    print("check.py: all checks passed")


if __name__ == "__main__":
    main()
