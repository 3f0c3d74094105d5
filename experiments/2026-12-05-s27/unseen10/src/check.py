"""Reopen the three documents and check them, the plain text and questions.jsonl.

Exits non-zero on the first failed group of checks (all failures of a group are listed).
"""
import json
import re
import sys
import zipfile
from collections import Counter
from pathlib import Path
from xml.etree import ElementTree as ET

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import (A_FILE, A_PLAIN, B_FILE, B_PLAIN, C_FILE, C_PLAIN, ROOT,  # noqa: E402
                    chinese_counting)
from questions import TYPOS, UNANSWERABLE_TERMS  # noqa: E402

import docx
import opencc
import pypdf

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
HAN = re.compile(r"[\u4e00-\u9fff]")
TYPED_NUMBER = re.compile(r"^\s*(第[一二三四五六七八九十百零]+[章节条款]|[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|\d+[.、．])")
EXPECTED_KINDS = {"paraphrase": 12, "table": 8, "list": 4, "numeric": 4, "traditional": 4,
                  "english": 6, "typo": 4, "unanswerable": 8}
CITY = {"A": ["沈阳", "瀋陽", "Shenyang"], "B": ["兰州", "蘭州", "兰洲", "Lanzhou"], "C": ["南宁", "南寧", "Nanning"]}
DOCWORD = {"A": ["办法", "辦法", "孵化器", "measures"], "B": ["发布会", "發佈會", "press conference"],
           "C": ["公示", "名单", "立项", "立項", "notice"]}
MAX_RUN = 14

failures = []


def fail(msg):
    failures.append(msg)


def group_done(name):
    if failures:
        print(f"FAIL [{name}]")
        for f in failures:
            print("  -", f)
        sys.exit(1)
    print(f"ok   [{name}]")


def nows(s):
    return re.sub(r"\s+", "", s)


# ---------------------------------------------------------------- A: docx
def render_docx():
    """Return (lines as Word shows them, raw paragraph/table text, stats)."""
    with zipfile.ZipFile(A_FILE) as z:
        numbering = ET.fromstring(z.read("word/numbering.xml"))
    abstract = {}
    for an in numbering.findall(W + "abstractNum"):
        levels = {}
        for lvl in an.findall(W + "lvl"):
            def val(tag, default=None):
                el = lvl.find(W + tag)
                return el.get(W + "val") if el is not None else default
            restart = val("lvlRestart")
            levels[int(lvl.get(W + "ilvl"))] = {
                "start": int(val("start", "1")), "fmt": val("numFmt", "decimal"), "text": val("lvlText", ""),
                "suff": val("suff", "tab"), "restart": None if restart is None else int(restart)}
        abstract[an.get(W + "abstractNumId")] = levels
    nums = {n.get(W + "numId"): n.find(W + "abstractNumId").get(W + "val") for n in numbering.findall(W + "num")}

    d = docx.Document(A_FILE)
    counters = {}
    lines, raw, stats = [], [], Counter()
    tables = []
    for child in d.element.body.iterchildren():
        if child.tag == W + "tbl":
            t = docx.table.Table(child, d)
            tables.append(t)
            for row in t.rows:
                cells = [c.text for c in row.cells]
                lines.append(" | ".join(cells))
                raw.extend(cells)
            continue
        if child.tag != W + "p":
            continue
        p = docx.text.paragraph.Paragraph(child, d)
        text = p.text
        raw.append(text)
        numpr = child.find(f"{W}pPr/{W}numPr")
        if numpr is None:
            if text.strip():
                lines.append(text)
            continue
        ilvl = int(numpr.find(W + "ilvl").get(W + "val"))
        num_id = numpr.find(W + "numId").get(W + "val")
        levels = abstract[nums[num_id]]
        cnt = counters.setdefault(num_id, {})
        lv = levels[ilvl]
        cnt[ilvl] = cnt.get(ilvl, lv["start"] - 1) + 1
        for k in list(cnt):
            if k > ilvl:
                r = levels[k]["restart"]
                if r is None or (r != 0 and ilvl < r):
                    del cnt[k]
        label = lv["text"]
        for k in range(ilvl + 1):
            value = cnt.get(k, levels[k]["start"])
            fmt = levels[k]["fmt"]
            shown = chinese_counting(value) if fmt == "chineseCounting" else str(value)
            label = label.replace(f"%{k + 1}", shown)
        sep = {"space": " ", "tab": "\t", "nothing": ""}[lv["suff"]]
        lines.append(label + sep + text)
        stats[(ilvl, lv["text"])] += 1
        if TYPED_NUMBER.match(text):
            fail(f"A: numbered paragraph has typed numbering in its text: {text[:30]}")
        if label in text:
            fail(f"A: numbering label {label} typed in text: {text[:30]}")
    return lines, raw, stats, tables, d


def check_a():
    lines, raw, stats, tables, d = render_docx()
    if stats[(1, "第%2条")] < 20:
        fail(f"A: fewer than 20 auto-numbered articles (第%2条): {stats}")
    if stats[(0, "第%1章")] < 5:
        fail(f"A: fewer than 5 auto-numbered chapters: {stats}")
    if stats[(2, "（%3）")] < 5:
        fail(f"A: fewer than 5 auto-numbered items: {stats}")
    if any(re.match(r"第[一二三四五六七八九十]+[章条]", t) for t in raw):
        fail("A: some paragraph text starts with typed 第X章/第X条")
    if len(tables) != 1:
        fail(f"A: expected 1 table, found {len(tables)}")
    else:
        t = tables[0]
        if len(t.rows) < 7 or len(t.columns) != 4:
            fail(f"A: table shape {len(t.rows)}x{len(t.columns)}")
        if [c.text for c in t.rows[0].cells] != ["一级指标", "二级指标", "分值", "评价要点"]:
            fail("A: table header")
        scores = [int(r.cells[2].text) for r in t.rows[1:]]
        if sum(scores) != 100:
            fail(f"A: scores sum to {sum(scores)}, not 100")
    shown = [nows(x) for x in lines]
    if "第六章附则" not in shown:
        fail("A: no 第六章 附则")
    tail = "".join(shown[shown.index("第六章附则"):]) if "第六章附则" in shown else ""
    if "起施行" not in tail or "负责解释" not in tail:
        fail("A: 附则 lacks 施行日期 or 解释机关")
    plain = A_PLAIN.read_text(encoding="utf-8").splitlines()
    for line in plain:
        if nows(line) not in shown:
            fail(f"A: plain line not in reopened docx: {line[:40]}")
    print(f"     A: {stats[(0, '第%1章')]} chapters, {stats[(1, '第%2条')]} articles, "
          f"{stats[(2, '（%3）')]} items auto-numbered; table {len(tables[0].rows)}x{len(tables[0].columns)}")
    return "\n".join(lines + raw + [d.core_properties.title or "", d.core_properties.author or ""])


# ---------------------------------------------------------------- B: GB18030 txt
def check_b():
    data = B_FILE.read_bytes()
    try:
        data.decode("utf-8")
        fail("B: file decodes as UTF-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as e:
        fail(f"B: GB18030 decoding fails: {e}")
        return ""
    if data.startswith(b"\xef\xbb\xbf") or data.startswith(b"\x84\x31\x95\x33"):
        fail("B: file has a BOM")
    if b"\r\n" not in data:
        fail("B: expected CRLF line ends")
    lines = [x.rstrip("\r") for x in text.split("\n")]
    head = "\n".join(lines[:8])
    tail = "\n".join([x for x in lines if x.strip()][-6:])
    for word in ["来源：", "【字体："]:
        if word not in head:
            fail(f"B: head furniture {word} missing")
    for word in ["责任编辑：", "分享到：", "【打印】【关闭】"]:
        if word not in tail:
            fail(f"B: tail furniture {word} missing")
    if not any(x.startswith("主持人：") for x in lines):
        fail("B: no 主持人 line")
    speakers = set(re.findall(r"【发布人 (\S+)】", text))
    reporters = re.findall(r"【(\S+记者)】", text)
    if len(speakers) < 3 or len(reporters) < 4:
        fail(f"B: speakers {speakers}, reporters {reporters}")
    body_lines = set(lines)
    plain = B_PLAIN.read_text(encoding="utf-8").splitlines()
    for line in plain:
        if line not in body_lines:
            fail(f"B: plain line not in reopened txt: {line[:40]}")
    for line in plain:
        if any(w in line for w in ["来源：", "责任编辑", "分享到", "【打印】"]):
            fail(f"B: furniture in plain text: {line}")
    print(f"     B: GB18030 ok, UTF-8 fails; {len(speakers)} 发布人, {len(reporters)} 记者 questions")
    return text


# ---------------------------------------------------------------- C: pdf
def check_c():
    import build_c
    reader = pypdf.PdfReader(C_FILE)
    pages = [nows(p.extract_text()) for p in reader.pages]
    m = len(pages)
    if m < 3:
        fail(f"C: only {m} pages")
    header = nows("".join(build_c.HEADER_ROW))
    running = nows(build_c.RUNNING_HEADER)
    rows = [(i, p) for i, p in enumerate(build_c.PROJECTS, 1)]
    row_keys = [nows(str(i) + p[0] + p[1] + p[2] + str(p[3])) for i, p in rows]
    cleaned = []
    per_page = []
    for n, t in enumerate(pages, 1):
        footer = nows(build_c.FOOTER_FMT.format(n=n, m=m))
        if t.count(header) != 1:
            fail(f"C: page {n} has the table header row {t.count(header)} times")
        if running not in t:
            fail(f"C: page {n} lacks running header")
        if footer not in t:
            fail(f"C: page {n} lacks footer {footer}")
        c = t.replace(running, "").replace(footer, "")
        cleaned.append(c)
        per_page.append(sum(1 for k in row_keys if k in c))
    if any(x == 0 for x in per_page) or sum(per_page) != len(rows):
        fail(f"C: data rows per page {per_page}")
    if len(rows) < 25:
        fail("C: fewer than 25 projects")
    full = "".join(cleaned)
    plain = C_PLAIN.read_text(encoding="utf-8").splitlines()
    for line in plain:
        key = nows(line.replace(" | ", ""))
        if key not in full:
            fail(f"C: plain line not in reopened pdf: {line[:40]}")
    funds = [p[3] for _, p in rows]
    if f"合计{sum(funds)}万元" not in full or f"等{len(rows)}个项目" not in full:
        fail("C: stated total / count does not match the table")
    if f"最高支持{max(funds)}万元" not in full or funds.count(max(funds)) != 1:
        fail("C: maximum funding not unique or not stated")
    print(f"     C: {m} pages, header row on each, data rows per page {per_page}, total {sum(funds)} 万元")
    return "".join(pages)


# ---------------------------------------------------------------- lengths
def check_lengths():
    for path in (A_PLAIN, B_PLAIN, C_PLAIN):
        t = path.read_text(encoding="utf-8")
        ns, han = len(nows(t)), len(HAN.findall(t))
        if not (2000 <= ns <= 4000) or han < 2000:
            fail(f"{path.name}: {ns} non-space, {han} CJK characters")
        print(f"     {path.name}: {ns} non-space, {han} CJK")


# ---------------------------------------------------------------- questions
def longest_common_run(a, b):
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


def check_questions(raw_docs):
    t2s, s2t = opencc.OpenCC("t2s"), opencc.OpenCC("s2t")
    plains = {k: nows(p.read_text(encoding="utf-8")) for k, p in (("A", A_PLAIN), ("B", B_PLAIN), ("C", C_PLAIN))}
    names = {"A": A_FILE.name, "B": B_FILE.name, "C": C_FILE.name}
    everything = [nows(x) for x in raw_docs] + list(plains.values())
    qs = [json.loads(x) for x in (ROOT / "questions.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    if len(qs) != 50:
        fail(f"{len(qs)} questions, expected 50")
    kinds = Counter(q["kind"] for q in qs)
    if dict(kinds) != EXPECTED_KINDS:
        fail(f"kinds {dict(kinds)}")
    per_doc = Counter(q["id"][0] for q in qs)
    if any(not 16 <= v <= 17 for v in per_doc.values()):
        fail(f"per doc {dict(per_doc)}")
    if len({q["id"] for q in qs}) != len(qs):
        fail("duplicate ids")
    max_run = 0
    for q in qs:
        qid, kind, question, answer, evidence = q["id"], q["kind"], q["question"], q["answer"], q["evidence"]
        letter = qid[0]
        if list(q) != ["id", "doc", "kind", "question", "answer", "evidence"]:
            fail(f"{qid}: keys {list(q)}")
        if q["doc"] != names[letter]:
            fail(f"{qid}: doc {q['doc']}")
        if not any(c in question for c in CITY[letter]):
            fail(f"{qid}: question does not name its city")
        if not any(w in question for w in DOCWORD[letter]):
            fail(f"{qid}: question does not name its document")
        simp = t2s.convert(question) if kind == "traditional" else question
        if kind == "traditional":
            if t2s.convert(question) == question or s2t.convert(question) != question:
                fail(f"{qid}: not Traditional script")
        if kind == "english" and CJK.search(question):
            fail(f"{qid}: English question has CJK characters")
        if kind == "unanswerable":
            term = UNANSWERABLE_TERMS.get(qid)
            if answer or evidence:
                fail(f"{qid}: unanswerable with answer/evidence")
            if not term or term not in question:
                fail(f"{qid}: key term {term} not in question")
            elif any(nows(term) in d for d in everything):
                fail(f"{qid}: key term {term} occurs in a document")
            continue
        plain = plains[letter]
        ev = nows(evidence)
        if not answer or not evidence:
            fail(f"{qid}: empty answer/evidence")
            continue
        if ev not in plain:
            fail(f"{qid}: evidence not in plain text: {evidence[:30]}")
        items = answer.split("、") if kind == "list" else [answer]
        if kind == "list" and len(items) < 3:
            fail(f"{qid}: list answer has {len(items)} items")
        for item in items:
            if nows(item) not in plain:
                fail(f"{qid}: answer item {item} not in plain text")
            if nows(item) not in ev:
                fail(f"{qid}: answer item {item} not in evidence")
        if kind != "list" and len(answer) > 20:
            fail(f"{qid}: answer too long")
        if kind == "typo":
            wrong, right = TYPOS[qid]
            diff = sum(1 for a, b in zip(wrong, right) if a != b)
            if len(wrong) != len(right) or diff != 1:
                fail(f"{qid}: typo pair {wrong}/{right} does not differ by one character")
            if wrong not in question or right in question:
                fail(f"{qid}: question does not carry the typo {wrong}")
            if right not in plain:
                fail(f"{qid}: correct term {right} not in document")
            if any(wrong in d for d in everything):
                fail(f"{qid}: typo {wrong} occurs in a document")
        run = longest_common_run(nows(simp), ev)
        max_run = max(max_run, run)
        if run > MAX_RUN:
            fail(f"{qid}: common run {run} > {MAX_RUN} with its evidence")
    print(f"     {len(qs)} questions; kinds {dict(kinds)}; per doc {dict(per_doc)}; longest common run {max_run}")


def main():
    raw_a = check_a()
    group_done("A docx: auto numbering, table, plain lines")
    raw_b = check_b()
    group_done("B GB18030 transcript: encoding, furniture, plain lines")
    raw_c = check_c()
    group_done("C pdf: pages, repeated header, running header/footer, plain lines")
    check_lengths()
    group_done("lengths")
    check_questions([raw_a, raw_b, raw_c])
    group_done("questions")
    print("ALL CHECKS PASSED")


if __name__ == "__main__":
    main()
