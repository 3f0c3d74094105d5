"""Checks for unseen18: reopen the three documents, compare with the plain texts, check questions.jsonl.

Exit status 0 when every check passes; failures are listed.
"""
import json
import os
import re
import sys
from collections import Counter
from html.parser import HTMLParser

import opencc
import pypdf
from docx import Document

import build_a
import build_b
import build_c
import questions as QM
from common import (CJK_ANY_RE, DOC_A, DOC_B, DOC_C, DOCS, ROOT, cjk_len, cn_num, corpus_path,
                    longest_common_run, nonspace_len, read_plain, row_line, sentences, squash)

T2S = opencc.OpenCC("t2s")
S2TW = opencc.OpenCC("s2tw")

EXPECTED_KINDS = {"english": 26, "english_unanswerable": 6, "paraphrase": 8, "table": 4,
                  "traditional": 3, "typo": 1, "unanswerable": 2}
CHINESE_KINDS = {"paraphrase", "table", "traditional", "typo", "unanswerable"}
MAX_RUN = 14

FAILS = []
NOTES = []


def ok(cond, msg):
    if not cond:
        FAILS.append(msg)
    return cond


def wan(s):
    m = re.fullmatch(r"(\d+(?:\.\d+)?)万元", s)
    return float(m.group(1)) if m else None


def pct(part, whole):
    return "%.1f%%" % (round(part / whole * 1000 + 1e-9) / 10)


# ----------------------------------------------------------------------------- A (docx)
def check_a():
    doc = Document(corpus_path(DOC_A))
    paras = [(p.style.name, p.text) for p in doc.paragraphs]
    titles = [t for s, t in paras if s == "Title"]
    ok(titles == [build_a.TITLE], "A: exactly one Title paragraph equal to the title")
    heads = [t for s, t in paras if s == "Heading 1"]
    ok(len(heads) == 8, "A: 8 Heading 1 chapters (got %d)" % len(heads))
    for i, h in enumerate(heads, 1):
        ok(h.startswith("第%s章" % cn_num(i)), "A: chapter %d heading %r" % (i, h))
    ok(heads and heads[-1].endswith("附则"), "A: last chapter is 附则")
    arts = [t for s, t in paras if s == "Normal" and re.match(r"第[一二三四五六七八九十]+条", t)]
    ok(len(arts) >= 20, "A: at least 20 articles (got %d)" % len(arts))
    for i, a in enumerate(arts, 1):
        ok(a.startswith("第%s条" % cn_num(i)), "A: article %d numbered in order" % i)
    ok(all(s != "Heading 1" for s, t in paras if re.match(r"第[一二三四五六七八九十]+条", t)),
       "A: articles are not headings")
    # 附则 content: everything after the last heading
    idx = [i for i, (s, _) in enumerate(paras) if s == "Heading 1"][-1]
    tail = "".join(t for _, t in paras[idx + 1:])
    ok("负责解释" in tail and "施行" in tail, "A: 附则 holds 负责解释 and 施行")
    ok("2026年3月1日起施行" in tail and "2026年1月20日" in paras[1][1], "A: issue date and entry-into-force date differ and sit where expected")
    ok(len(doc.tables) == 1, "A: exactly one Word table")
    t = doc.tables[0]
    ok(t.style is not None and t.style.name == "Table Grid", "A: table style Table Grid")
    data = [[c.text for c in r.cells] for r in t.rows]
    ok(data == build_a.TABLE, "A: Word table equals the builder's data (%d x %d)" % (len(data), len(data[0])))
    caps = [wan(r[build_a.CAP_COL]) for r in build_a.TABLE[1:]]
    ok(all(c is not None for c in caps), "A: every cap parses as N万元")
    ok(caps.count(max(caps)) == 1, "A: the maximum cap is unique")
    raw = "\n".join(t for _, t in paras) + "\n" + "\n".join("".join(r) for r in data)
    return raw


# ----------------------------------------------------------------------------- B (pdf)
def check_b(plain_lines):
    reader = pypdf.PdfReader(corpus_path(DOC_B))
    pages = [p.extract_text() or "" for p in reader.pages]
    ok(len(pages) >= 3, "B: at least 3 pages (got %d)" % len(pages))
    bodies = []
    for n, text in enumerate(pages, 1):
        ok(build_b.FOOTER in text, "B: footer text on page %d" % n)
        ok(re.search(r"第\s*%d\s*页" % n, text) is not None, "B: 第 %d 页 on page %d" % (n, n))
        body = text.replace(build_b.FOOTER, "")
        body = re.sub(r"第\s*%d\s*页" % n, "", body, count=1)
        bodies.append(body)
    # table: on one page, drawn with ruled lines
    tb = build_b.TABLE
    rows_sq = [squash("".join(r)) for r in tb]
    holders = [i for i, b in enumerate(bodies) if all(r in squash(b) for r in rows_sq)]
    ok(len(holders) == 1, "B: the whole table sits on one page (pages holding it: %s)" % holders)
    if holders:
        data = reader.pages[holders[0]].get_contents().get_data()
        segs = len(re.findall(rb"[-\d.]+\s+[-\d.]+\s+m\s+[-\d.]+\s+[-\d.]+\s+l", data))
        need = (len(tb) + 1) + (len(tb[0]) + 1)
        ok(segs >= need, "B: table page draws >= %d line segments (got %d)" % (need, segs))
    ok(all(("（" in h and "）" in h) for h in tb[0][1:]), "B: table header cells carry units")
    body_rows, total = tb[1:-1], tb[-1]
    ok(total[0] == "合计", "B: last row is 合计")
    ok(sum(int(r[1]) for r in body_rows) == int(total[1]) == build_b.TOTAL_CONTRACTS, "B: contract counts sum to 合计")
    ok(abs(sum(float(r[2]) for r in body_rows) - float(total[2])) < 1e-6 and float(total[2]) == build_b.TOTAL_AMOUNT,
       "B: amounts sum to 合计")
    # stated totals, breakdowns and shares
    text = "\n".join(plain_lines)
    ok("登记技术合同%d项" % build_b.TOTAL_CONTRACTS in text, "B: stated contract count")
    ok("技术合同成交额%.1f亿元，同比增长%s" % (build_b.TOTAL_AMOUNT, total[3] + "%") in text, "B: stated amount and growth agree with table")
    for name, d in (("type", build_b.BY_TYPE), ("seller", build_b.BY_SELLER), ("destination", build_b.BY_DEST)):
        ok(abs(sum(d.values()) - build_b.TOTAL_AMOUNT) < 1e-6, "B: %s breakdown sums to the total" % name)
        for v in d.values():
            ok("%.1f亿元" % v in text, "B: %s figure %.1f亿元 stated" % (name, v))
    for who, (amt, share) in build_b.SHARES.items():
        ok(pct(float(amt), build_b.TOTAL_AMOUNT) == share, "B: share of %s = %s" % (who, share))
        ok(re.search(re.escape(amt) + r"亿元，占[^，；。]*?" + re.escape(share), text) is not None,
           "B: share of %s stated next to its amount" % who)
    ok(pct(build_b.BY_TYPE["技术开发"] + build_b.BY_TYPE["技术服务"], build_b.TOTAL_AMOUNT) == "81.3%" and "81.3%" in text,
       "B: 技术开发 + 技术服务 share")
    sectors = [96.3, 71.5, 38.7, 24.9, 18.6]
    ok(abs(sum(sectors) - 250.0) < 1e-6 and pct(250.0, build_b.TOTAL_AMOUNT) == "80.0%" and "250.0亿元" in text,
       "B: five sectors sum and share")
    o = build_b.ORGS
    ok(o["国家级"] + o["省级"] + o["市级"] == o["合计"] and "国家级3家、省级17家、市级22家" in text, "B: institution breakdown")
    amounts = {r[0]: float(r[2]) for r in body_rows}
    growth = {r[0]: float(r[3]) for r in body_rows}
    ranked = sorted(amounts, key=amounts.get, reverse=True)
    ok(ranked[0] == "涪城区" and amounts[ranked[0]] > amounts[ranked[1]] and ranked[1] == "绵阳高新区",
       "B: 涪城区 first, 绵阳高新区 second (unique)")
    ok(max(growth, key=growth.get) == "科技城新区" and list(growth.values()).count(max(growth.values())) == 1,
       "B: 科技城新区 fastest growth (unique)")
    ok(amounts["三台县"] + amounts["梓潼县"] < 15, "B: 三台县 + 梓潼县 under 15亿元")
    ok("涪城区技术合同成交额72.4亿元，居全市首位" in text and "增速为全市最快" in text, "B: superlatives stated in words")
    ok(build_b.FOOTER not in text and not re.search(r"第\s*\d+\s*页", text), "B: no footer text in the plain text")
    return "\n".join(bodies), "\n".join(pages)


# ----------------------------------------------------------------------------- C (html)
class Blocks(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack = []
        self.text = Counter()
        self.by_class = {}
        self.h1 = ""
        self.ps_in_content = []
        self._p = None

    def handle_starttag(self, tag, attrs):
        cls = dict(attrs).get("class", "") or ""
        self.stack.append((tag, cls))
        if tag == "p" and any(c == "article-content" for _, c in self.stack):
            self._p = []

    def handle_endtag(self, tag):
        if tag == "p" and self._p is not None:
            self.ps_in_content.append("".join(self._p))
            self._p = None
        while self.stack:
            t, _ = self.stack.pop()
            if t == tag:
                break

    def handle_data(self, data):
        for tag, cls in self.stack:
            if cls:
                self.by_class[cls] = self.by_class.get(cls, "") + data
        if self.stack and self.stack[-1][0] == "h1":
            self.h1 += data
        if self._p is not None:
            self._p.append(data)


FURNITURE_C = ["当前位置", "发布日期", "浏览次数", "字号", "责任编辑", "打印本页", "关闭窗口", "ICP", "网站标识码",
               "首页", "来源：", "公网安备", "分享到", "无障碍"]


def check_c(plain_lines):
    with open(corpus_path(DOC_C), encoding="utf-8") as f:
        raw = f.read()
    p = Blocks()
    p.feed(raw)
    for cls in ("header", "nav", "breadcrumb", "info", "article-content", "editor", "tools", "footer"):
        ok(cls in p.by_class and p.by_class[cls].strip(), "C: block %s present" % cls)
    ok("当前位置" in p.by_class.get("breadcrumb", ""), "C: breadcrumb text")
    info = p.by_class.get("info", "")
    ok(all(w in info for w in ("发布日期", "来源", "字号")), "C: info bar has 发布日期/来源/字号")
    ok(p.h1.strip() == build_c.TITLE, "C: h1 equals the title")
    ok(plain_lines[0] == build_c.TITLE, "C: first plain line is the title")
    ok(p.ps_in_content == build_c.BODY, "C: every body line sits inside the content div, in order")
    text = "\n".join(plain_lines)
    for w in FURNITURE_C:
        ok(w not in text, "C: furniture word %r not in the plain text" % w)
    e, f_, a, s, tr = build_c.ENTRIES, build_c.FINALISTS, build_c.AWARDS, build_c.SIGNED, build_c.TRACKS
    ok(e["企业组"] + e["团队组"] == e["合计"], "C: entries add up")
    ok(f_["企业组"] + f_["团队组"] == f_["合计"] == sum(a.values()), "C: finalists add up and equal the awards")
    ok(s["产学研合作项目"] + s["成果落地转化项目"] + s["科技金融合作项目"] == s["合计"], "C: signed projects add up")
    ok(sum(tr.values()) == e["合计"], "C: track entries add up to the total")
    top = max(tr, key=tr.get)
    ok(top == "新能源汽车" and list(tr.values()).count(tr[top]) == 1, "C: 新能源汽车 is the unique largest track")
    for needle in ["共吸引%d个项目" % e["合计"], "企业组%d个、团队组%d个" % (e["企业组"], e["团队组"]),
                   "%d个项目进入总决赛" % f_["合计"], "企业组%d个、团队组%d个" % (f_["企业组"], f_["团队组"]),
                   "一等奖%d个、二等奖%d个、三等奖%d个、优秀奖%d个" % tuple(a.values()),
                   "共有%d个科技成果转化项目现场签约" % s["合计"],
                   "产学研合作项目%d个、成果落地转化项目%d个、科技金融合作项目%d个" % (s["产学研合作项目"], s["成果落地转化项目"], s["科技金融合作项目"]),
                   "最多，达%d个" % tr[top], "分别报名%d个、%d个、%d个、%d个" % tuple(v for k, v in tr.items() if k != top),
                   "总投资最大的是"]:
        ok(needle in text, "C: stated figure %r" % needle)
    return raw


# ----------------------------------------------------------------------------- common
def check_lines_in(doc, lines, reopened):
    sq = squash(reopened)
    for ln in lines:
        target = squash(ln.replace(" | ", ""))
        ok(target in sq, "%s: plain line occurs in the reopened file: %s" % (doc[:1], ln[:30]))


def main():
    plains = {d: read_plain(d) for d in DOCS}
    raw_a = check_a()
    body_b, raw_b = check_b(plains[DOC_B])
    raw_c = check_c(plains[DOC_C])
    check_lines_in(DOC_A, plains[DOC_A], raw_a)
    check_lines_in(DOC_B, plains[DOC_B], body_b)
    # C: compare with the text of the HTML (tags dropped, entities kept as written: none used in body)
    check_lines_in(DOC_C, plains[DOC_C], re.sub(r"<[^>]+>", "", raw_c))
    raws = {DOC_A: raw_a, DOC_B: raw_b, DOC_C: raw_c}
    ptext = {d: "\n".join(ls) for d, ls in plains.items()}
    for d in DOCS:
        n, c = nonspace_len(ptext[d]), cjk_len(ptext[d])
        NOTES.append("%s: %d non-space / %d CJK" % (d[:1], n, c))
        ok(2000 <= n <= 4000, "%s: 2,000-4,000 non-space characters (got %d)" % (d[:1], n))
        ok(c >= 2000, "%s: at least 2,000 CJK characters (got %d)" % (d[:1], c))

    with open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8") as f:
        qs = [json.loads(l) for l in f if l.strip()]
    ok(len(qs) == 50, "50 questions (got %d)" % len(qs))
    ok(all(set(q) == {"id", "doc", "kind", "question", "answer", "evidence"} for q in qs), "fields are exactly the six")
    ok(len({q["id"] for q in qs}) == len(qs), "ids unique")
    kinds = Counter(q["kind"] for q in qs)
    ok(dict(kinds) == EXPECTED_KINDS, "counts per kind %s" % dict(kinds))
    NOTES.append("kinds: %s" % dict(kinds))
    NOTES.append("per doc: %s" % dict(Counter(q["doc"][:1] for q in qs)))
    max_run = 0
    for q in qs:
        qid, doc, kind, question, ans, ev = (q[k] for k in ("id", "doc", "kind", "question", "answer", "evidence"))
        ok(doc in DOCS and os.path.exists(corpus_path(doc)), "%s: doc exists" % qid)
        plain = ptext.get(doc, "")
        lines = plains.get(doc, [])
        unans = kind in ("english_unanswerable", "unanswerable")
        if unans:
            ok(ans == "" and ev == "", "%s: unanswerable has empty answer and evidence" % qid)
            terms, en = QM.UNANSWERABLE_TERMS.get(qid, ([], None))
            ok(bool(terms), "%s: absent terms recorded" % qid)
            for t in terms:
                for d in DOCS:
                    ok(t not in raws[d] and t not in ptext[d], "%s: absent term %r occurs in %s" % (qid, t, d[:1]))
            if kind == "english_unanswerable":
                ok(en is not None and en.lower() in question.lower(), "%s: English wording %r in question" % (qid, en))
            else:
                ok(any(t in question for t in terms), "%s: absent term in question" % qid)
        else:
            ok(bool(ans) and bool(ev), "%s: answer and evidence non-empty" % qid)
            ok(ev in plain, "%s: evidence occurs in the plain text" % qid)
            is_row = " | " in ev
            if is_row:
                ok(ev in lines, "%s: table evidence is an actual row line" % qid)
            else:
                ok(ev in sentences(lines), "%s: evidence is a whole sentence" % qid)
            if ans in plain:
                ok(ans in ev, "%s: answer inside its evidence" % qid)
            else:
                items = ans.split("、")
                ok(len(items) > 1 and all(i and i in plain and i in ev for i in items),
                   "%s: list answer items occur in the plain text and the evidence" % qid)
        if kind.startswith("english"):
            ok(not CJK_ANY_RE.search(question), "%s: English question has no CJK" % qid)
            city = QM.CITY[doc][0]
            ok(city in question, "%s: English question names %s" % (qid, city))
            ok(any(w in question.lower() for w in QM.DOC_WORDS_EN[doc]), "%s: English question names the document" % qid)
        else:
            simp = T2S.convert(question) if kind == "traditional" else question
            if kind == "traditional":
                ok(simp != question, "%s: t2s changes the Traditional question" % qid)
                # s2tw is not idempotent on 岳陽 (a second pass gives 嶽陽), so check the round trip instead
                ok(S2TW.convert(simp) == question, "%s: s2tw of its Simplified form gives the question back" % qid)
                ok(all(S2TW.convert(ch) == ch for ch in question if ch not in "岳"),
                   "%s: every character is already Taiwan-style" % qid)
            if kind == "typo":
                wrong, right = QM.TYPOS[qid]
                ok(len(wrong) == len(right) and sum(a != b for a, b in zip(wrong, right)) == 1,
                   "%s: typo differs by exactly one character" % qid)
                ok(wrong in question and right not in question, "%s: question carries the wrong form" % qid)
                ok(right in plain, "%s: right form occurs in the document" % qid)
                for d in DOCS:
                    ok(wrong not in raws[d] and wrong not in ptext[d], "%s: wrong form %r absent from %s" % (qid, wrong, d[:1]))
                simp = simp.replace(wrong, right)
            ok(QM.CITY[doc][1] in simp, "%s: Chinese question names the city" % qid)
            ok(any(w in simp for w in QM.DOC_WORDS_ZH[doc]), "%s: Chinese question names the document" % qid)
            ok(CJK_ANY_RE.search(question) is not None, "%s: Chinese question is Chinese" % qid)
            if ev:
                run = longest_common_run(simp, ev)
                max_run = max(max_run, run)
                ok(run <= MAX_RUN, "%s: common run with evidence %d > %d" % (qid, run, MAX_RUN))
    NOTES.append("longest common run (Chinese questions vs evidence): %d" % max_run)

    for n in NOTES:
        print("note:", n)
    if FAILS:
        for f in FAILS:
            print("FAIL:", f)
        print("%d check(s) failed" % len(FAILS))
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
