"""Reopen the three documents and check them and questions.jsonl. Exit 1 on any failure.

A: Big5 bytes (UTF-8 decoding fails), CRLF line ends only, Traditional script, 第一條 and
   (一) items, site furniture at head and tail, 附表 rows tab-separated.
B: pypdf: >= 3 pages, "— N —" page numbers, 发文字号 on page 1, 主送机关, 联系人/联系电话,
   附件说明, 发文机关署名, 成文日期, annex header row on two consecutive pages with data rows
   on both sides of the break.
C: html.parser: <h1> headline, by-line with 记者 and 通讯员, 来源, nav / 相关新闻 / 推荐阅读
   links, quotes, no <table>.
Then: every plain/ line occurs in the reopened file (whitespace and "|" removed), lengths,
kinds, answers / evidence, scripts, typos, unanswerable key terms, place names, and the
longest common run between a question and its evidence (<= 14, both folded to Simplified).
"""
import glob
import json
import os
import re
import sys
from html.parser import HTMLParser

import opencc
import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import build_a  # noqa: E402
import build_b  # noqa: E402
import build_c  # noqa: E402
from questions import (DOCWORD, EXPECTED_KINDS, PLACE, TYPOS,  # noqa: E402
                       UNANSWERABLE_KEYS)

T2S = opencc.OpenCC("t2s")
S2T = opencc.OpenCC("s2t")
CJK = re.compile(r"[\u4e00-\u9fff]")
CJK_ANY = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")


def strip_footer(text, n):
    """Remove the page-number line "— n —" (only a whole line, so table cells survive)."""
    return re.sub(r"(?m)^\s*—\s*%d\s*—\s*$" % n, "", text, count=1)


# places another author uses or the brief rules out (Simplified; checked in both scripts)
FORBIDDEN = ["湖北", "武汉", "成都", "苏州", "陕西", "杭州", "合肥", "青岛", "长沙", "大连", "厦门",
             "河南", "昆明", "宁波", "台湾", "臺灣", "无锡", "江西", "武进", "香港", "烟台", "广州",
             "南京", "贵州", "澳门", "天津", "重庆", "山东", "哈尔滨", "西安", "沈阳", "兰州", "南宁",
             "桃园", "长春", "海南", "河北", "山西", "佛山", "温州", "新疆", "内蒙古", "宁夏", "常州"]
FORBIDDEN_EN = ["hubei", "wuhan", "chengdu", "suzhou", "shaanxi", "hangzhou", "hefei", "qingdao",
                "changsha", "dalian", "xiamen", "henan", "kunming", "ningbo", "taiwan", "wuxi",
                "jiangxi", "wujin", "hong kong", "yantai", "guangzhou", "nanjing", "guizhou", "macau",
                "tianjin", "chongqing", "shandong", "harbin", "xi'an", "shenyang", "lanzhou",
                "nanning", "taoyuan", "changchun", "hainan", "hebei", "shanxi", "foshan", "wenzhou",
                "xinjiang", "inner mongolia", "ningxia", "changzhou"]

failures = []
passed = 0


def ok(cond, msg):
    global passed
    if cond:
        passed += 1
    else:
        failures.append(msg)


def ns(s):
    return re.sub(r"\s", "", s)


def norm(s):
    return re.sub(r"[\s|]", "", s)


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


def one_file(pattern):
    found = glob.glob(os.path.join(ROOT, pattern))
    ok(len(found) == 1, "expected exactly one file for %s, got %d" % (pattern, len(found)))
    return found[0]


# ---------------------------------------------------------------- A: Big5 TXT
def check_a():
    raw = open(one_file("corpus/A_*.txt"), "rb").read()
    try:
        raw.decode("utf-8")
        ok(False, "A: decodes as UTF-8 (should not)")
    except UnicodeDecodeError:
        ok(True, "")
    text = raw.decode("big5")           # raises if not Big5
    ok(b"\r\n" in raw, "A: no CRLF")
    ok(raw.count(b"\n") == raw.count(b"\r\n"), "A: bare LF line ends present")
    ok(raw.count(b"\r") == raw.count(b"\r\n"), "A: bare CR present")
    ok("第一條" in text and "第二十三條" in text, "A: 第一條 … articles missing")
    ok("（一）" in text and "（二）" in text, "A: (一)(二) items missing")
    body = text[text.index("第一條"):]
    ok(T2S.convert(body) != body, "A: not Traditional script (t2s leaves it unchanged)")
    ok("綿陽" in text and "绵阳" not in text, "A: place not written in Traditional")
    lines = text.split("\r\n")
    ok(all(h in text for h in build_a.HEAD) and all(t in text for t in build_a.TAIL),
       "A: site furniture missing")
    ok(lines[0] == build_a.HEAD[0] and "列印" in "".join(lines[-4:]), "A: furniture not at head/tail")
    ok(sum(1 for ln in lines if ln.count("\t") == 3) == 5, "A: 附表 should have 5 tab-separated rows")
    return text


# ---------------------------------------------------------------- B: PDF
def check_b():
    reader = pypdf.PdfReader(one_file("corpus/B_*.pdf"))
    pages = [p.extract_text() or "" for p in reader.pages]
    ok(len(pages) >= 3, "B: fewer than 3 pages")
    for i, t in enumerate(pages):
        ok(strip_footer(t, i + 1) != t, "B: page %d has no '— N —' line" % (i + 1))
    stripped = [ns(strip_footer(t, i + 1)) for i, t in enumerate(pages)]
    ok(ns(build_b.DOC_NO) in stripped[0], "B: 发文字号 not on page 1")
    ok(re.fullmatch(r"通科发〔\d{4}〕\d+号", build_b.DOC_NO) is not None, "B: 发文字号 form")
    allb = "".join(stripped)
    for label, s in [("发文机关标志", build_b.ISSUER_MARK), ("主送机关", build_b.ADDRESSEE),
                     ("附件说明", build_b.ANNEX_NOTE), ("署名", build_b.SIGNER), ("成文日期", build_b.DATE)]:
        ok(ns(s) in allb, "B: %s missing" % label)
    ok(build_b.ADDRESSEE.endswith("："), "B: 主送机关 should end with ：")
    ok(allb.count("联系人：") >= 2 and allb.count("联系电话：") >= 2, "B: 联系人/联系电话 block missing")
    ok(re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", build_b.DATE) is not None, "B: 成文日期 form")
    for h in ["一、", "二、", "三、", "四、"]:
        ok(any(t.startswith(h) for k, t in build_b.BODY if k == "h"), "B: section %s missing" % h)
    # annex table split across a page break with the header repeated
    header = norm("".join(build_b.HEADER))
    hp = [i for i, t in enumerate(stripped) if header in t]
    ok(len(hp) >= 2 and hp[1] == hp[0] + 1, "B: annex header not on two consecutive pages: %s" % hp)
    ok(len(build_b.ROWS) - 1 >= 12, "B: annex table has fewer than 12 data rows")
    if len(hp) >= 2:
        first = norm(" | ".join(build_b.ROWS[0]))
        last = norm(" | ".join(build_b.ROWS[-2]))
        ok(first in stripped[hp[0]] and last in stripped[hp[1]], "B: table does not continue across the break")
        before = sum(1 for r in build_b.ROWS if norm(" | ".join(r)) in stripped[hp[0]])
        after = sum(1 for r in build_b.ROWS if norm(" | ".join(r)) in stripped[hp[1]])
        ok(before >= 3 and after >= 3 and before + after == len(build_b.ROWS),
           "B: rows per side of the break: %d / %d" % (before, after))
    return "\n".join(strip_footer(t, i + 1) for i, t in enumerate(pages))


# ---------------------------------------------------------------- C: HTML
class Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.text, self.tags = [], [], []
        self.by_class = {}
        self.links = {}

    def handle_starttag(self, tag, attrs):
        cls = dict(attrs).get("class", "")
        self.tags.append(tag)
        if tag not in ("meta", "link", "br", "img"):
            self.stack.append((tag, cls))
        if tag == "a":
            for _, c in self.stack:
                if c:
                    self.links[c] = self.links.get(c, 0) + 1

    def handle_endtag(self, tag):
        while self.stack:
            t, _ = self.stack.pop()
            if t == tag:
                break

    def handle_data(self, data):
        if any(t in ("script", "style", "title") for t, _ in self.stack):
            return
        self.text.append(data)
        for t, c in self.stack:
            key = c or t
            self.by_class[key] = self.by_class.get(key, "") + data


def check_c():
    page = open(one_file("corpus/C_*.html"), encoding="utf-8").read()
    p = Parser()
    p.feed(page)
    ok(p.by_class.get("headline", "").strip() == build_c.HEADLINE, "C: <h1> headline")
    ok("h1" in p.tags and "table" not in p.tags, "C: needs <h1> and no <table>")
    by = p.by_class.get("byline", "")
    ok("记者" in by and "通讯员" in by, "C: by-line needs 记者 and 通讯员")
    ok("来源：" in p.by_class.get("source", ""), "C: 来源 missing")
    ok(p.links.get("nav", 0) >= 5, "C: nav menu links")
    ok(p.links.get("related", 0) >= 3 and "相关新闻" in p.by_class.get("related", ""), "C: 相关新闻 links")
    ok(p.links.get("recommend", 0) >= 3 and "推荐阅读" in p.by_class.get("recommend", ""), "C: 推荐阅读 links")
    ok("版权所有" in p.by_class.get("footer", "") and "责任编辑" in p.by_class.get("editor", ""), "C: footer / 责任编辑")
    content = p.by_class.get("content", "")
    ok(content.count("“") >= 4 and len(re.findall(r"(表示|说)：“", content)) >= 3, "C: quotes from named people")
    ok(content.startswith("本报讯") or ns(content).startswith("本报讯"), "C: lead paragraph")
    return "".join(p.text)


def main():
    reopened = {"A": check_a(), "B": check_b(), "C": check_c()}
    plain = {d: open(one_file("plain/%s_*.txt" % d), encoding="utf-8").read() for d in "ABC"}
    for d in "ABC":
        hay = norm(reopened[d])
        lines = [ln for ln in plain[d].split("\n") if ln.strip()]
        missing = [ln for ln in lines if norm(ln) not in hay]
        ok(not missing, "%s: %d plain lines not in reopened file, e.g. %r" % (d, len(missing), missing[:1]))
        n, c = len(ns(plain[d])), len(CJK.findall(plain[d]))
        ok(2000 <= n <= 4000, "%s: %d non-space characters" % (d, n))
        ok(c >= 2000, "%s: %d CJK characters" % (d, c))
        print("%s: %d non-space chars, %d CJK, %d plain lines, all in reopened file: %s"
              % (d, n, c, len(lines), not missing))
    alltext = {d: T2S.convert(reopened[d] + plain[d]) for d in "ABC"}   # furniture included
    rawall = "".join(reopened.values())
    for d in "ABC":
        for pl in FORBIDDEN:
            ok(T2S.convert(pl) not in alltext[d], "%s: forbidden place %s" % (d, pl))

    qs = [json.loads(ln) for ln in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8")]
    ok(len(qs) == 50, "50 questions expected, got %d" % len(qs))
    ok(len({q["id"] for q in qs}) == len(qs), "duplicate ids")
    kinds = {}
    per_doc = {}
    for q in qs:
        ok(set(q) == {"id", "doc", "kind", "question", "answer", "evidence"}, "%s: schema" % q.get("id"))
        kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
        per_doc[q["doc"]] = per_doc.get(q["doc"], 0) + 1
    ok(kinds == EXPECTED_KINDS, "kind counts %s" % kinds)
    ok(all(14 <= v <= 18 for v in per_doc.values()) and set(per_doc) == set("ABC"), "per-doc %s" % per_doc)
    maxrun = 0
    for q in qs:
        qid, d, kind, text, ans, ev = q["id"], q["doc"], q["kind"], q["question"], q["answer"], q["evidence"]
        ok(re.fullmatch(r"[abc]\d\d", qid) is not None and qid[0].upper() == d, "%s: id/doc" % qid)
        ok(any(w in text for w in PLACE[d]), "%s: does not name its city" % qid)
        ok(any(w.lower() in text.lower() for w in DOCWORD[d]), "%s: does not name its document" % qid)
        low = text.lower()
        ok(not any(p in T2S.convert(text) for p in FORBIDDEN) and not any(p in low for p in FORBIDDEN_EN),
           "%s: forbidden place in question" % qid)
        if kind == "english":
            ok(not CJK_ANY.search(text), "%s: English question contains CJK" % qid)
        else:
            ok(CJK.search(text) is not None, "%s: question has no CJK" % qid)
        if kind == "traditional":
            ok(d in "BC", "%s: traditional questions are for B and C" % qid)
            ok(T2S.convert(text) != text and S2T.convert(text) == text, "%s: not Traditional script" % qid)
        if kind == "unanswerable":
            ok(ans == "" and ev == "", "%s: unanswerable needs empty answer/evidence" % qid)
            keys = UNANSWERABLE_KEYS.get(qid, [])
            ok(bool(keys), "%s: no key terms" % qid)
            for k in keys:
                ok(k in text or S2T.convert(k) in text, "%s: key %s not in question" % (qid, k))
                for dd in "ABC":
                    ok(T2S.convert(k) not in alltext[dd] and S2T.convert(k) not in rawall,
                       "%s: key term %s occurs in %s" % (qid, k, dd))
            continue
        ok(ans != "" and ev != "", "%s: empty answer/evidence" % qid)
        pl = ns(plain[d])
        ok(ns(ev) in pl, "%s: evidence not in plain text" % qid)
        items = ans.split("、") if kind == "list" else [ans]
        ok(len(items) >= (2 if kind == "list" else 1), "%s: list answer with one item" % qid)
        for it in items:
            ok(ns(it) in pl and ns(it) in ns(ev), "%s: answer item %r not in plain/evidence" % (qid, it))
        if kind != "list":
            ok(ns(ans) in ns(ev), "%s: answer not inside evidence" % qid)
        if kind == "table":
            ok(" | " in ev and ev in plain[d].split("\n"), "%s: table evidence must be a plain table row" % qid)
        if d in "BC":
            ok(T2S.convert(ans) == ans or ans.isascii(), "%s: B/C answer should be Simplified" % qid)
        run = lcs_run(T2S.convert(ns(text)), T2S.convert(ns(ev)))
        maxrun = max(maxrun, run)
        ok(run <= 14, "%s: longest common run with evidence is %d" % (qid, run))
        if kind == "typo":
            wrong, right = TYPOS[qid]
            ok(wrong in text and right not in text, "%s: typo term not in question" % qid)
            ok(right in reopened[d] and right in plain[d], "%s: document term %s not in document" % (qid, right))
            a, b = T2S.convert(wrong), T2S.convert(right)
            ok(len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1, "%s: typo differs by != 1 char" % qid)
            for dd in "ABC":
                ok(a not in alltext[dd] and S2T.convert(wrong) not in rawall and wrong not in rawall,
                   "%s: typo term %s occurs in %s" % (qid, wrong, dd))
    ok(set(TYPOS) == {q["id"] for q in qs if q["kind"] == "typo"}, "TYPOS keys")
    ok(set(UNANSWERABLE_KEYS) == {q["id"] for q in qs if q["kind"] == "unanswerable"}, "UNANSWERABLE_KEYS keys")
    print("questions: %d; per doc %s; kinds %s" % (len(qs), dict(sorted(per_doc.items())), kinds))
    print("longest common run question/evidence: %d (limit 14)" % maxrun)
    if failures:
        print("FAILED %d checks:" % len(failures))
        for f in failures:
            print("  -", f)
        sys.exit(1)
    print("ALL CHECKS PASSED (%d checks)" % passed)


if __name__ == "__main__":
    main()
