"""Checks for the unseen12 set. Reopens every corpus file, then checks plain text,
lengths, question counts, answers/evidence, scripts, typos, absent terms and the
<= 14 common-run rule. Exits 1 on the first failing group (prints all failures)."""
import json
import re
import sys
from collections import Counter
from html.parser import HTMLParser

import opencc
from docx import Document

from common import A_FILE, A_PLAIN, B_FILE, B_PLAIN, C_FILE, C_PLAIN, ROOT
from questions import ABSENT, TYPOS

FAIL = []
OK = []


def ok(cond, msg):
    (OK if cond else FAIL).append(msg)
    return cond


def nows(s):
    return re.sub(r"\s+", "", s)


CJK_RE = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
HAN_RE = re.compile(r"[\u4e00-\u9fff]")

FORBIDDEN = ["湖北", "武汉", "成都", "苏州", "陕西", "杭州", "合肥", "青岛", "长沙", "大连", "厦门",
             "河南", "昆明", "宁波", "台湾", "无锡", "江西", "武进", "香港", "烟台", "广州", "南京",
             "贵州", "澳门", "天津", "重庆", "山东", "哈尔滨", "西安", "沈阳", "兰州", "南宁", "桃园", "长春"]
FORBIDDEN_EN = ["hubei", "wuhan", "chengdu", "suzhou", "shaanxi", "hangzhou", "hefei", "qingdao",
                "changsha", "dalian", "xiamen", "henan", "kunming", "ningbo", "taiwan", "wuxi", "jiangxi",
                "wujin", "hong kong", "yantai", "guangzhou", "nanjing", "guizhou", "macau", "tianjin",
                "chongqing", "shandong", "harbin", "xi'an", "shenyang", "lanzhou", "nanning", "taoyuan",
                "changchun"]


# ------------------------------------------------------------------ A: HTML
class PageParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.chunks = []          # all visible text, in order
        self.tables = 0
        self.rows = []            # list of cell lists
        self._row = None
        self._cell = None
        self.dts, self.dds = [], []
        self._dt = self._dd = None
        self.nav_links = 0
        self.class_text = {}      # class name -> text
        self._class_stack = []
        self.footer_text = ""
        self.in_footer = 0
        self.in_nav = 0
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = a.get("class")
        self.stack.append(tag)
        self._class_stack.append(cls)
        if tag in ("script", "style"):
            self.skip += 1
        if tag == "table":
            self.tables += 1
        elif tag == "tr":
            self._row = []
        elif tag in ("td", "th"):
            self._cell = []
        elif tag == "dt":
            self._dt = []
        elif tag == "dd":
            self._dd = []
        elif tag == "footer":
            self.in_footer += 1
        elif tag == "nav":
            self.in_nav += 1
        elif tag == "a" and self.in_nav:
            self.nav_links += 1

    def handle_endtag(self, tag):
        while self.stack:
            t = self.stack.pop()
            self._class_stack.pop()
            if t == tag:
                break
        if tag in ("script", "style"):
            self.skip -= 1
        elif tag in ("td", "th") and self._cell is not None:
            self._row.append("".join(self._cell).strip())
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.rows.append(self._row)
            self._row = None
        elif tag == "dt" and self._dt is not None:
            self.dts.append("".join(self._dt).strip())
            self._dt = None
        elif tag == "dd" and self._dd is not None:
            self.dds.append("".join(self._dd).strip())
            self._dd = None
        elif tag == "footer":
            self.in_footer -= 1
        elif tag == "nav":
            self.in_nav -= 1

    def handle_data(self, data):
        if self.skip:
            return
        self.chunks.append(data)
        if self._cell is not None:
            self._cell.append(data)
        if self._dt is not None:
            self._dt.append(data)
        if self._dd is not None:
            self._dd.append(data)
        if self.in_footer:
            self.footer_text += data
        for c in self._class_stack:
            if c:
                self.class_text[c] = self.class_text.get(c, "") + data


def reopen_a():
    src = A_FILE.read_text(encoding="utf-8")
    p = PageParser()
    p.feed(src)
    full = "".join(p.chunks)
    ok(p.nav_links >= 5, f"A: <nav> with {p.nav_links} links (>= 5)")
    ok("当前位置" in p.class_text.get("breadcrumb", ""), "A: breadcrumb 当前位置")
    meta = p.class_text.get("article-meta", "")
    ok(all(k in meta for k in ("发布时间", "来源", "浏览次数")), "A: 发布时间 / 来源 / 浏览次数")
    ok("分享到" in p.class_text.get("share-bar", "") and "微信" in p.class_text.get("share-bar", ""),
       "A: share bar")
    ok(all(k in p.footer_text for k in ("主办单位", "地址", "电话", "ICP")),
       "A: footer 主办单位 / 地址 / 电话 / ICP")
    ok("字号" in full and "打印" in full and "关闭" in full, "A: 字号 / 打印 / 关闭")
    ok(p.tables == 1, f"A: exactly one <table> (found {p.tables})")
    ok(len(p.rows) >= 9 and all(len(r) == len(p.rows[0]) for r in p.rows),
       f"A: table {len(p.rows)} rows x {len(p.rows[0]) if p.rows else 0} cols, rectangular")
    ok(10 <= len(p.dts) <= 12 and len(p.dts) == len(p.dds),
       f"A: FAQ items dt={len(p.dts)} dd={len(p.dds)} (10-12)")
    ok(all("问：" in d for d in p.dts) and all(d.startswith("答：") for d in p.dds),
       "A: every <dt> has 问： and every <dd> starts with 答：")
    rows = [" | ".join(r) for r in p.rows]
    return full, rows, src


# ------------------------------------------------------------------ B: DOCX
def reopen_b():
    d = Document(str(B_FILE))
    texts = [p.text for p in d.paragraphs]
    ok(len(d.tables) == 2, f"B: two Word tables (found {len(d.tables)})")
    box, tasks = d.tables[0], d.tables[1]
    ok(len(box.rows) == 1 and len(box.columns) == 1, f"B: 专栏 is a one-cell table ({len(box.rows)}x{len(box.columns)})")
    cell = box.cell(0, 0)
    cps = [p.text for p in cell.paragraphs if p.text.strip()]
    ok(cps and cps[0].startswith("专栏") and sum(bool(re.match(r"^\d+\.", t)) for t in cps) >= 4,
       f"B: 专栏 title + {len(cps) - 1} numbered named projects")
    head = [c.text for c in tasks.rows[0].cells]
    ok(head == ["序号", "任务", "牵头单位", "责任单位", "完成时间"], f"B: 附件 header {head}")
    ok(len(tasks.rows) - 1 >= 10 and len(tasks.columns) == 5,
       f"B: 重点任务清单 {len(tasks.rows) - 1} data rows x {len(tasks.columns)} cols (>= 10 x 5)")
    seq = [r.cells[0].text for r in tasks.rows[1:]]
    ok(seq == [str(i) for i in range(1, len(seq) + 1)], "B: 序号 runs 1..n")
    h1 = [p.text for p in d.paragraphs if p.style.name == "Heading 1"]
    h2 = [p.text for p in d.paragraphs if p.style.name == "Heading 2"]
    ok(len(h1) >= 3 and all(re.match(r"^([一二三四五六七八九十]+、|附件)", t) for t in h1),
       f"B: Heading 1 typed 一、 ({len(h1)})")
    ok(len(h2) >= 6 and all(re.match(r"^（[一二三四五六七八九十]+）", t) for t in h2),
       f"B: Heading 2 typed （一） ({len(h2)})")
    items = [t for t in texts if re.match(r"^\d+\.\S", t)]
    ok(len(items) >= 8, f"B: typed 1. items ({len(items)})")
    ok(any(t.startswith("附件") and "重点任务清单" in t for t in h1), "B: 附件：重点任务清单 heading")
    goal = [t for t in texts if "到2026年" in t and "到2028年" in t]
    ok(len(goal) == 1 and len(re.findall(r"\d\.", goal[0])) >= 6, "B: 主要目标 paragraph with numbered 2026 and 2028 targets")
    ok(d.paragraphs[0].style.name == "Title", "B: Title style")
    full = "\n".join(texts + [p.text for p in cell.paragraphs]
                     + [c.text for r in tasks.rows for c in r.cells])
    rows = [" | ".join(c.text for c in r.cells) for r in tasks.rows]
    return full, rows, full


# ------------------------------------------------------------------ C: Markdown
def reopen_c():
    src = C_FILE.read_text(encoding="utf-8")
    ok(src.encode("utf-8").decode("utf-8") == src, "C: UTF-8")
    lines = src.splitlines()
    h1 = [l for l in lines if re.match(r"^# \S", l)]
    h2 = [l for l in lines if re.match(r"^## \S", l)]
    bl = [l for l in lines if re.match(r"^- \S", l)]
    ok(len(h1) == 1 and lines[0].startswith("# "), f"C: one # heading first ({len(h1)})")
    ok(len(h2) >= 6, f"C: ## headings ({len(h2)})")
    ok(len(bl) >= 10, f"C: bullet items ({len(bl)})")
    tables, cur = [], []
    for l in lines + [""]:
        if l.startswith("|"):
            cur.append(l)
        elif cur:
            tables.append(cur)
            cur = []
    rows = []
    parsed = []
    for t in tables:
        cells = [[c.strip() for c in l.strip().strip("|").split("|")] for l in t]
        sep_ok = len(t) >= 2 and re.match(r"^\|(\s*:?-{3,}:?\s*\|)+$", t[1]) is not None
        data = [cells[0]] + cells[2:]
        rect = all(len(r) == len(cells[0]) for r in data)
        ok(sep_ok and rect, f"C: pipe table ({len(data) - 1} data rows) has separator row and is rectangular")
        parsed.append(data)
        rows += [" | ".join(r) for r in data]
    ok(any(len(t) - 1 >= 8 for t in parsed), "C: a pipe table with >= 8 data rows")
    ok(re.search(r"20\d\d年\d{1,2}月\d{1,2}日", src) is not None, "C: date as 2026年3月5日")
    ok(re.search(r"20\d\d-\d\d-\d\d", src) is not None, "C: date as 2026-03-05")
    ok(re.search(r"(?<![年\d])\d{1,2}月\d{1,2}日", src) is not None, "C: date as 3月5日")
    # internal consistency of 表2
    t2 = [t for t in parsed if t[0][0] == "地区"]
    if ok(len(t2) == 1, "C: 表2 found"):
        body = t2[0][1:]
        total = float(body[0][1])
        cities = body[1:]
        s = round(sum(float(r[1]) for r in cities), 1)
        ok(abs(s - total) < 0.05, f"C: 表2 cities sum {s} = 全区 {total}")
        prev = sum(float(r[1]) / (1 + float(r[2]) / 100) for r in cities)
        g = round((total / prev - 1) * 100, 1)
        ok(abs(g - float(body[0][2])) < 0.15, f"C: 表2 weighted growth {g}% ~ 全区 {body[0][2]}%")
        gdp = sum(float(r[1]) / float(r[3]) for r in cities)
        ok(abs(total / gdp - float(body[0][3])) < 0.01, f"C: 表2 weighted intensity {total / gdp:.3f} ~ {body[0][3]}")
    return src, rows, src


# ------------------------------------------------------------------ main
def lcs_run(a, b):
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
    docs = {}
    for letter, fn, plain_path in (("A", reopen_a, A_PLAIN), ("B", reopen_b, B_PLAIN), ("C", reopen_c, C_PLAIN)):
        full, rows, raw = fn()
        plain = plain_path.read_text(encoding="utf-8")
        docs[letter] = {"full": full, "rows": rows, "raw": raw, "plain": plain}
        hay = nows(full)
        rowset = {nows(r) for r in rows}
        missing = [l for l in plain.splitlines() if l.strip() and nows(l) not in hay and nows(l) not in rowset]
        ok(not missing, f"{letter}: every plain line occurs in the reopened file ({len(missing)} missing)")
        for m in missing[:5]:
            print("   missing:", m[:80])
        n = len(nows(plain))
        cjk = len(HAN_RE.findall(plain))
        ok(2000 <= n <= 4000 and cjk >= 2000, f"{letter}: {n} non-space chars (2000-4000), {cjk} CJK (>= 2000)")
        for name in FORBIDDEN:
            ok(name not in full and name not in raw and name not in plain, f"{letter}: forbidden place {name} absent")

    # furniture stays out of A's plain text
    ok("0898-66830100" not in docs["A"]["plain"] and "琼ICP备" not in docs["A"]["plain"]
       and "当前位置" not in docs["A"]["plain"], "A: footer / breadcrumb left out of plain")

    qs = [json.loads(l) for l in (ROOT / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    ok(len(qs) == 50, f"questions: {len(qs)} (50)")
    ok(all(set(q) == {"id", "doc", "kind", "question", "answer", "evidence"} for q in qs), "questions: schema")
    ok(len({q["id"] for q in qs}) == len(qs) and all(re.match(r"^[abc]\d\d$", q["id"]) for q in qs),
       "questions: unique ids like a01")
    ok(all(q["doc"] == q["id"][0].upper() for q in qs), "questions: doc letter matches id")
    kinds = Counter(q["kind"] for q in qs)
    want = {"paraphrase": 12, "table": 8, "list": 4, "numeric": 4, "traditional": 4,
            "english": 6, "typo": 4, "unanswerable": 8}
    ok(dict(kinds) == want, f"questions: kinds {dict(kinds)}")
    per_doc = Counter(q["doc"] for q in qs)
    ok(all(16 <= per_doc[d] <= 17 for d in "ABC"), f"questions: per doc {dict(per_doc)}")

    t2s = opencc.OpenCC("t2s")
    s2t = opencc.OpenCC("s2t")
    city = {"A": ("海口", "Haikou"), "B": ("石家庄", "石家莊", "Shijiazhuang"), "C": ("宁夏", "寧夏", "Ningxia")}
    docname = {"A": ("政策问答", "政策問答", "Q&A"), "B": ("行动计划", "行動計劃", "action plan"),
               "C": ("简报", "簡報", "bulletin")}
    all_text = "".join(nows(docs[d]["full"]) + nows(docs[d]["raw"]) + nows(docs[d]["plain"]) for d in "ABC")
    worst = 0
    for q in qs:
        qid, d, kind, text, ans, ev = q["id"], q["doc"], q["kind"], q["question"], q["answer"], q["evidence"]
        plain = nows(docs[d]["plain"])
        ok(any(c in text for c in city[d]), f"{qid}: names its city/province")
        ok(any(c.lower() in text.lower() for c in docname[d]), f"{qid}: names its document")
        low = text.lower()
        ok(not any(f in text for f in FORBIDDEN) and not any(f in low for f in FORBIDDEN_EN),
           f"{qid}: no forbidden place")
        if kind == "unanswerable":
            ok(ans == "" and ev == "", f"{qid}: unanswerable has empty answer/evidence")
            key = ABSENT.get(qid)
            ok(key is not None and key in text, f"{qid}: key term {key} in question")
            ok(key is not None and nows(key) not in all_text and s2t.convert(key) not in all_text,
               f"{qid}: key term {key} absent from all documents (furniture included)")
            continue
        ok(ans and ev, f"{qid}: answer and evidence non-empty")
        ok(nows(ev) in plain, f"{qid}: evidence in plain text of {d}")
        ok(nows(ans) in nows(ev), f"{qid}: answer inside evidence")
        ok(nows(ans) in plain, f"{qid}: answer in plain text")
        ok(not HAN_RE.search(ans) or t2s.convert(ans) == ans, f"{qid}: answer is Simplified")
        ok(len(ans) <= 60, f"{qid}: answer short ({len(ans)} chars)")
        if kind == "list":
            items = ans.split("、")
            ok(len(items) >= 3 and all(nows(i) in plain and nows(i) in nows(ev) for i in items),
               f"{qid}: list of {len(items)} items, each in the document")
        if kind == "table":
            ok(nows(ev) in {nows(r) for r in docs[d]["rows"]}, f"{qid}: evidence is a table row")
        if kind == "traditional":
            ok(t2s.convert(text) != text and s2t.convert(text) == text, f"{qid}: Traditional script")
        else:
            ok(s2t.convert(text) != text or not HAN_RE.search(text), f"{qid}: not Traditional")
        if kind == "english":
            ok(not CJK_RE.search(text), f"{qid}: English question has no CJK")
        if kind == "typo":
            wrong, right = TYPOS[qid]
            diff = sum(1 for x, y in zip(wrong, right) if x != y)
            ok(len(wrong) == len(right) and diff == 1, f"{qid}: {wrong}/{right} differ by one character")
            ok(wrong in text and right not in text, f"{qid}: typo term in question, correct term not")
            ok(nows(right) in plain, f"{qid}: correct term {right} in document {d}")
            ok(nows(wrong) not in all_text, f"{qid}: typo term {wrong} in no document")
        run = max(lcs_run(nows(text), nows(ev)), lcs_run(nows(t2s.convert(text)), nows(ev)))
        worst = max(worst, run)
        ok(run <= 14, f"{qid}: longest common run with evidence {run} (<= 14)")
    for k in TYPOS:
        ok(any(q["id"] == k and q["kind"] == "typo" for q in qs), f"{k}: typo entry matches a typo question")
    for k in ABSENT:
        ok(any(q["id"] == k and q["kind"] == "unanswerable" for q in qs), f"{k}: absent entry matches")

    for f in FAIL:
        print("FAIL", f)
    print(f"{len(OK)} checks passed, {len(FAIL)} failed")
    print(f"questions per kind: {dict(sorted(kinds.items()))}")
    print(f"questions per doc: {dict(sorted(per_doc.items()))}")
    print(f"longest question/evidence common run: {worst} (limit 14)")
    for d in "ABC":
        p = docs[d]["plain"]
        print(f"doc {d}: {len(nows(p))} non-space chars, {len(HAN_RE.findall(p))} CJK")
    if FAIL:
        print("CHECK FAILED")
        sys.exit(1)
    print("ALL CHECKS PASSED")


if __name__ == "__main__":
    main()
