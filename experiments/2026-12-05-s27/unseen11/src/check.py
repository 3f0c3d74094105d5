"""Checks for unseen11: reopens the three corpus files, compares them with plain/, and checks questions.jsonl.

Exit status 0 and a final line "ALL CHECKS PASSED" when everything holds.
"""
import html
import json
import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import opencc
from docx import Document
from pypdf import PdfReader

SRC = Path(__file__).resolve().parent
ROOT = SRC.parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(SRC))
import questions as QM  # noqa: E402

T2S = opencc.OpenCC("t2s")
S2T = opencc.OpenCC("s2t")
FAIL = []


def ok(cond, msg):
    if not cond:
        FAIL.append(msg)
    return cond


def nows(s):
    return re.sub(r"\s+", "", s)


CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
CJK_ANY = re.compile(r"[\u2e80-\u2fff\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")

PLAIN = {k: (ROOT / "plain" / (Path(v).stem + ".txt")).read_text(encoding="utf-8") for k, v in QM.DOCS.items()}
FULL = {}  # full reopened text of each file, furniture included


# ---------------------------------------------------------------- A: HTML
class Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.text = []
        self.tables = []
        self.row = None
        self.cell = None
        self.nav_li = 0
        self.breadcrumb = ""
        self.footer = ""
        self.paras = []
        self.pbuf = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.stack.append((tag, a.get("class", "")))
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th"):
            self.cell = ""
        elif tag == "li" and any(t == "nav" for t, _ in self.stack):
            self.nav_li += 1
        elif tag == "p":
            self.pbuf = ""

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.row.append(self.cell.strip())
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.tables[-1].append(self.row)
            self.row = None
        elif tag == "p" and self.pbuf is not None:
            self.paras.append(self.pbuf)
            self.pbuf = None
        while self.stack:
            t, _ = self.stack.pop()
            if t == tag:
                break

    def handle_data(self, data):
        if any(t in ("style", "script") for t, _ in self.stack):
            return
        self.text.append(data)
        if self.cell is not None:
            self.cell += data
        if self.pbuf is not None:
            self.pbuf += data
        classes = " ".join(c for _, c in self.stack)
        if "breadcrumb" in classes:
            self.breadcrumb += data
        if any(t == "footer" for t, _ in self.stack):
            self.footer += data


def check_a():
    path = ROOT / "corpus" / QM.DOCS["A"]
    raw = path.read_text(encoding="utf-8")
    p = Parser()
    p.feed(raw)
    text = "".join(p.text)
    FULL["A"] = html.unescape(text) + "\n" + html.unescape(raw)
    for furn in ("友善列印", "回上頁", "瀏覽人次", "發布日期"):
        ok(furn in text, f"A: furniture {furn} missing")
    ok(p.nav_li >= 5, f"A: menu has {p.nav_li} items (< 5)")
    ok("首頁" in p.breadcrumb and ">" in p.breadcrumb, "A: breadcrumb missing")
    ok("地址" in p.footer and re.search(r"\(0\d\)\d{3}-\d{4}", p.footer), "A: footer address/phone missing")
    ok(len(p.tables) == 1, f"A: {len(p.tables)} tables (want 1)")
    if p.tables:
        t = p.tables[0]
        ok(len(t) >= 6 and all(len(r) == len(t[0]) for r in t), "A: table shape (>= 5 data rows, even columns)")
        ok(t[0][0] == "補助類別" and "補助上限" in "".join(t[0]), "A: table header")
    paras = [nows(x) for x in p.paras]
    ok(sum(bool(re.match(r"^[一二三四五六七八九十]+、", x)) for x in paras) >= 10, "A: points 一、二、… missing")
    ok(sum(bool(re.match(r"^（[一二三四五六七八九十]+）", x)) for x in paras) >= 10, "A: sub-items （一） missing")
    ok(sum(bool(re.match(r"^\d\.", x)) for x in paras) >= 10, "A: sub-items 1. 2. missing")
    ok("中華民國115年" in text and "新臺幣" in text, "A: 民國 date / 新臺幣 missing")
    # Traditional page: s2t changes nothing but Taiwan usages 核 and 秘 (OpenCC s2t gives 覈, 祕)
    diff = {(a, b) for a, b in zip(text, S2T.convert(text)) if a != b}
    ok(diff <= {("核", "覈"), ("秘", "祕")}, f"A: non-Traditional characters on the page: {sorted(diff)[:10]}")
    flat = nows(text)
    rows = {" | ".join(r) for r in (p.tables[0] if p.tables else [])}
    for line in PLAIN["A"].splitlines():
        if " | " in line:
            ok(line in rows, f"A: table row not in HTML table: {line}")
        else:
            ok(nows(line) in flat, f"A: plain line not in HTML: {line[:30]}")
    # the subsidy installments and the scoring weights add up to 100
    ok(("百分之三十", "百分之四十", "其餘百分之三十") == tuple(
        re.findall(r"撥付(?:核定補助款)?(其餘百分之三十|百分之三十|百分之四十)", flat)), "A: installments 30/40/30")
    w = re.findall(r"\d\.(?:技術創新性|執行可行性|產業效益與在地關聯性|經費編列合理性)：百分之(\S+?)。", flat)
    cn = {"三十": 30, "二十五": 25, "二十": 20}
    ok(sum(cn.get(x, 0) for x in w) == 100 and len(w) == 4, f"A: scoring weights {w}")


# ---------------------------------------------------------------- B: DOCX
def check_b():
    path = ROOT / "corpus" / QM.DOCS["B"]
    d = Document(str(path))
    paras = [(p.style.name, p.text) for p in d.paragraphs]
    h1 = [t for s, t in paras if s == "Heading 1"]
    h2 = [t for s, t in paras if s == "Heading 2"]
    ok(any(s == "Title" for s, _ in paras), "B: no Title paragraph")
    ok(len(h1) >= 3 and all(re.match(r"^[一二三四五六七八九十]+、", t) for t in h1), f"B: Heading 1 {h1}")
    ok(len(h2) >= 8 and all(re.match(r"^（[一二三四五六七八九十]+）", t) for t in h2), "B: Heading 2 numbering")
    ok(len(d.tables) == 1, f"B: {len(d.tables)} tables (want 1)")
    rows = []
    if d.tables:
        t = d.tables[0]
        rows = [[c.text for c in r.cells] for r in t.rows]
        ok(rows[0] == ["指标", "2024年", "2025年", "增长"], f"B: table header {rows[0]}")
        ok(len(rows) >= 9 and all(len(r) == 4 for r in rows), "B: table shape (4 columns, >= 8 data rows)")
        for r in rows[1:]:
            a, b, g = float(r[1]), float(r[2]), r[3]
            if g.endswith("%"):
                ok(abs(round((b / a - 1) * 100, 1) - float(g[:-1])) < 1e-9, f"B: growth inconsistent {r}")
            else:
                pp = float(re.search(r"[\d.]+", g).group())
                ok(abs(round(b - a, 2) - pp) < 1e-9, f"B: percentage-point change inconsistent {r}")
    parks = [t for _, t in paras if len(re.findall(r"[^、：和]+?(?:走廊|产业园|创新港|基地|科技园)(?=[、和，。])", t)) >= 5]
    ok(bool(parks), "B: no paragraph listing 5+ parks/platforms")
    full = "\n".join(t for _, t in paras) + "\n" + "\n".join(" | ".join(r) for r in rows)
    FULL["B"] = full
    flat = nows(full)
    rowset = {" | ".join(r) for r in rows}
    for line in PLAIN["B"].splitlines():
        if " | " in line:
            ok(line in rowset, f"B: table row not in DOCX: {line}")
        else:
            ok(nows(line) in flat, f"B: plain line not in DOCX: {line[:30]}")
    # figures quoted in the text agree with the table
    for r in rows[1:]:
        name = re.sub(r"（.*?）", "", r[0])
        if name in ("高新技术企业", "技术合同成交额", "科技特派员"):
            ok(r[2] in flat, f"B: 2025 figure of {name} not in text")


# ---------------------------------------------------------------- C: PDF
def check_c():
    path = ROOT / "corpus" / QM.DOCS["C"]
    r = PdfReader(str(path))
    n = len(r.pages)
    ok(n >= 3, f"C: {n} pages (< 3)")
    pages = []
    raw = []
    for i, pg in enumerate(r.pages, 1):
        t = pg.extract_text()
        raw.append(t)
        ft = f"第{i}页共{n}页"
        ok(nows(t).endswith(ft) or ft in nows(t), f"C: footer '第 {i} 页 共 {n} 页' missing on page {i}")
        pages.append(nows(t).replace(ft, ""))
    FULL["C"] = "\n".join(raw)
    joined = "".join(pages)
    ok("第一章" in joined and "第一条" in joined and "（一）" in joined, "C: 第一章/第一条/（一） numbering")
    ok("附件" in joined and "费用类别比例上限" in joined, "C: annex table header missing")
    lines = PLAIN["C"].splitlines()
    split = []
    for line in lines:
        if " | " in line:
            ok(nows(line.replace(" | ", "")) in joined, f"C: annex row not in PDF: {line}")
            continue
        t = nows(line)
        ok(t in joined, f"C: plain line not in PDF: {line[:30]}")
        if t in joined and not any(t in p for p in pages):
            for i in range(n - 1):
                for cut in range(15, len(t) - 14):
                    if pages[i].endswith(t[:cut]) and pages[i + 1].startswith(t[cut:]):
                        split.append((line[:12], i + 1, cut, len(t) - cut))
    ok(bool(split), "C: no paragraph breaks across a page boundary")
    ok(sum(1 for l in lines if " | " in l) >= 6, "C: annex table too short")
    return split


# ---------------------------------------------------------------- corpus-wide
EXCLUDED = ["湖北", "武汉", "成都", "苏州", "陕西", "杭州", "合肥", "青岛", "长沙", "大连", "厦门", "河南", "郑州",
            "昆明", "宁波", "无锡", "江西", "武进", "香港", "烟台", "广州", "南京", "贵州", "贵阳", "澳门", "天津",
            "重庆", "山东", "哈尔滨", "西安", "福建", "福州", "沈阳", "珠海", "兰州", "国科会", "国家科学及技术委员会",
            "创新科技署"]


def check_corpus():
    for k in "ABC":
        text = PLAIN[k]
        ns = len(nows(text))
        cjk = len(CJK.findall(text))
        ok(2000 <= ns <= 4000, f"{k}: {ns} non-space characters (want 2,000-4,000)")
        ok(cjk >= 2000, f"{k}: {cjk} CJK characters (< 2,000)")
        simp = T2S.convert(FULL[k])
        for place in EXCLUDED:
            ok(place not in simp, f"{k}: mentions excluded place {place}")


# ---------------------------------------------------------------- questions
def lcs_run(a, b):
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


CITY = {"A": ("桃園", "桃园", "Taoyuan"), "B": ("南宁", "南寧", "Nanning"), "C": ("长春", "長春", "Changchun")}
DOCWORD = {"A": ("要點", "要点", "directions"), "B": ("总结", "總結", "work summary"),
           "C": ("办法", "辦法", "measures")}
WANT = {"paraphrase": 12, "table": 8, "list": 4, "numeric": 4, "traditional": 4, "english": 6, "typo": 4,
        "unanswerable": 8}


def check_questions():
    qs = [json.loads(l) for l in (ROOT / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    ok(len(qs) == 50, f"{len(qs)} questions (want 50)")
    ok(len({q["id"] for q in qs}) == len(qs), "duplicate ids")
    kinds = Counter(q["kind"] for q in qs)
    ok(dict(kinds) == WANT, f"kind counts {dict(kinds)}")
    per_doc = Counter(q["id"][0] for q in qs)
    ok(all(16 <= per_doc[k] <= 17 for k in "ABC"), f"per-doc counts {dict(per_doc)}")
    all_full = {k: T2S.convert(FULL[k] + "\n" + PLAIN[k]) for k in "ABC"}
    runs = []
    for q in qs:
        i, k, kind, qu, ans, ev = q["id"], q["id"][0], q["kind"], q["question"], q["answer"], q["evidence"]
        ok(set(q) == {"id", "doc", "kind", "question", "answer", "evidence"}, f"{i}: fields")
        ok(q["doc"] == QM.DOCS[k], f"{i}: doc field")
        typo_term = QM.TYPOS.get(i, ("", ""))[0]
        ok(any(c in qu for c in CITY[k] + ((typo_term,) if typo_term else ())), f"{i}: does not name its city")
        ok(any(w in qu for w in DOCWORD[k]), f"{i}: does not name its document")
        flat = nows(PLAIN[k])
        if kind == "unanswerable":
            ok(ans == "" and ev == "", f"{i}: unanswerable must have empty answer/evidence")
            key = QM.ABSENT.get(i)
            ok(bool(key) and key in qu, f"{i}: key term missing from question")
            for form in {key, T2S.convert(key), S2T.convert(key)}:
                for d in "ABC":
                    ok(T2S.convert(form) not in all_full[d], f"{i}: key term {form} occurs in doc {d}")
            continue
        ok(bool(ans) and bool(ev), f"{i}: empty answer/evidence")
        ok(nows(ev) in flat, f"{i}: evidence not in plain text of {k}")
        items = ans.split("、") if kind == "list" else [ans]
        if kind == "list":
            ok(len(items) >= 3, f"{i}: list answer has < 3 items")
        for it in items:
            ok(nows(it) in nows(ev), f"{i}: answer item {it} not in evidence")
            ok(nows(it) in flat, f"{i}: answer item {it} not in plain text")
        run = lcs_run(T2S.convert(nows(qu)), T2S.convert(nows(ev.replace(" | ", ""))))
        runs.append(run)
        ok(run <= 14, f"{i}: common run with evidence is {run} (> 14)")
        if kind == "traditional":
            ok(k in "BC", f"{i}: traditional questions are for docs B and C")
            ok(T2S.convert(qu) != qu and S2T.convert(qu) == qu, f"{i}: question is not Traditional")
        if kind == "english":
            ok(not CJK_ANY.search(qu), f"{i}: English question contains CJK")
        if k in "BC" and kind != "traditional" and kind != "english":
            ok(T2S.convert(qu) == qu, f"{i}: Simplified question expected")
        if kind == "typo":
            typo, term = QM.TYPOS[i]
            ok(typo in qu and term not in qu, f"{i}: typo term not in question")
            ok(term in PLAIN[k], f"{i}: correct term {term} not in document")
            ok(all(T2S.convert(typo) not in all_full[d] for d in "ABC"), f"{i}: typo {typo} occurs in a document")
            ok(len(typo) == len(term) and sum(a != b for a, b in zip(typo, term)) == 1,
               f"{i}: {typo} vs {term} is not a one-character typo")
    ok(set(QM.TYPOS) == {q["id"] for q in qs if q["kind"] == "typo"}, "TYPOS ids")
    ok(set(QM.ABSENT) == {q["id"] for q in qs if q["kind"] == "unanswerable"}, "ABSENT ids")
    return kinds, per_doc, max(runs)


def main():
    check_a()
    check_b()
    split = check_c()
    check_corpus()
    kinds, per_doc, maxrun = check_questions()
    for k in "ABC":
        print(f"{k}: {len(nows(PLAIN[k]))} non-space chars, {len(CJK.findall(PLAIN[k]))} CJK, "
              f"{len(PLAIN[k].splitlines())} plain lines")
    print(f"C: paragraphs broken across pages: {split}")
    print(f"questions per doc: {dict(sorted(per_doc.items()))}; kinds: {dict(kinds)}")
    print(f"longest common run question/evidence: {maxrun}")
    if FAIL:
        print(f"{len(FAIL)} FAILURES:")
        for f in FAIL:
            print("  -", f)
        sys.exit(1)
    print("ALL CHECKS PASSED")


if __name__ == "__main__":
    main()
