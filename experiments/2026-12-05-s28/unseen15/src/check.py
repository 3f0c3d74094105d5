"""Checks for the unseen15 set.  Reopens every corpus file, compares it with plain/,
then checks questions.jsonl against the rules.  Exit status 1 on any failure."""
import json
import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import (ROOT, CORPUS, A_NAME, B_NAME, C_NAME, DOCS, NAMING, read_plain, compact,  # noqa: E402
                    sentences, cjk_count, has_cjk, longest_common_run)
import questions as Q  # noqa: E402

import opencc
import pypdf
import docx
from docx.oxml.ns import qn

T2S = opencc.OpenCC("t2s")
S2TW = opencc.OpenCC("s2tw")

ERRORS = []
NOTES = []


def fail(msg):
    ERRORS.append(msg)


def ok(cond, msg):
    if not cond:
        fail(msg)
    return cond


def plain_lines(doc):
    return [ln for ln in read_plain(doc).splitlines() if ln.strip()]


# ----------------------------------------------------------------- A: PDF
A_HEADER = "烟台市科学技术局　2026年度烟台市科技计划项目申报指南"
CN_NUM = "一二三四五六七八九十"


def check_pdf():
    path = CORPUS / A_NAME
    r = pypdf.PdfReader(str(path))
    n = len(r.pages)
    ok(n >= 3, f"A: {n} pages < 3")
    body = []
    raw = []
    for i, page in enumerate(r.pages, 1):
        t = page.extract_text() or ""
        raw.append(t)
        ok(compact(A_HEADER) in compact(t), f"A: running header missing on page {i}")
        m = re.findall(r"第\s*(\d+)\s*页\s*共\s*(\d+)\s*页", t)
        ok(m == [(str(i), str(n))], f"A: footer on page {i} is {m}")
        t = t.replace(A_HEADER, "")
        t = re.sub(r"第\s*\d+\s*页\s*共\s*\d+\s*页", "", t)
        ok(compact(A_HEADER) not in compact(t), f"A: header not removable on page {i}")
        body.append(t)
    hay = compact("".join(body))
    lines = plain_lines(A_NAME)
    for ln in lines:
        ok(compact(ln) in hay, f"A: plain line not in PDF: {ln[:40]}")
    plain = read_plain(A_NAME)
    ok("第 1 页" not in plain and A_HEADER not in plain, "A: furniture in plain")
    # structure: >= 6 专题, each with the four sub-sections in order
    heads = [(i, ln) for i, ln in enumerate(lines) if re.fullmatch(r"[一二三四五六七八九十]、\S+专题", ln)]
    ok(len(heads) >= 6, f"A: only {len(heads)} 专题 headings")
    topics = {}
    for k, (i, h) in enumerate(heads):
        ok(h.startswith(CN_NUM[k] + "、"), f"A: 专题 heading {h} out of order")
        end = heads[k + 1][0] if k + 1 < len(heads) else len(lines)
        sec = lines[i + 1:end]
        # last section runs until the next 一级 heading
        cut = [j for j, s in enumerate(sec) if re.match(r"[一二三四五六七八九十]+、", s)]
        if cut:
            sec = sec[:cut[0]]
        subs = [s[:7] for s in sec]
        ok(subs == ["（一）研究内容", "（二）考核指标", "（三）支持方式", "（四）申报要求"],
           f"A: {h} sub-sections {subs}")
        text = "".join(sec)
        mc = re.search(r"拟支持项目(\d+)项", text)
        mcap = re.search(r"单个项目最高支持(\d+)万元", text)
        mt = re.search(r"专题资金总额(\d+)万元", text)
        mp = re.search(r"项目实施周期为(\S+?)。", text)
        if ok(mc and mcap and mt and mp, f"A: {h} lacks count/cap/total/period"):
            c, cap, tot = int(mc.group(1)), int(mcap.group(1)), int(mt.group(1))
            ok(c * cap >= tot, f"A: {h} count x cap < total")
            topics[h.split("、", 1)[1]] = dict(count=c, cap=cap, total=tot, period=mp.group(1), text=text)
    caps = [t["cap"] for t in topics.values()]
    ok(len(set(caps)) == len(caps), "A: 单项最高 caps not all different")
    m = re.search(r"共设(\d+)个专题，计划支持项目(\d+)项，安排市级财政科技资金(\d+)万元", plain)
    if ok(m, "A: summary sentence missing"):
        ok(int(m.group(1)) == len(topics), "A: stated 专题 count disagrees")
        ok(int(m.group(2)) == sum(t["count"] for t in topics.values()), "A: stated project count disagrees")
        ok(int(m.group(3)) == sum(t["total"] for t in topics.values()), "A: stated money disagrees")
    mx = max(topics, key=lambda k: topics[k]["total"])
    ok(sorted(t["total"] for t in topics.values())[-2] < topics[mx]["total"], "A: max money not unique")
    ok(f"其中，{mx}安排资金最多" in plain, "A: stated max-money 专题 disagrees")
    mxc = max(topics, key=lambda k: topics[k]["count"])
    ok(f"{mxc}支持项目数量最多" in plain, "A: stated max-count 专题 disagrees")
    return "\n".join(raw) + str(r.metadata or ""), topics, {"max_money": mx}


# ----------------------------------------------------------------- B: DOCX
def tc_text(tc):
    return "".join(t.text or "" for t in tc.iter(qn("w:t")))


def tc_vmerge(tc):
    tcpr = tc.find(qn("w:tcPr"))
    if tcpr is None:
        return None
    vm = tcpr.find(qn("w:vMerge"))
    if vm is None:
        return None
    return vm.get(qn("w:val")) or "continue"


def tc_span(tc):
    tcpr = tc.find(qn("w:tcPr"))
    if tcpr is None:
        return 1
    gs = tcpr.find(qn("w:gridSpan"))
    return int(gs.get(qn("w:val"))) if gs is not None else 1


def check_docx():
    path = CORPUS / B_NAME
    d = docx.Document(str(path))
    rendered, tables = [], []
    for el in d.element.body.iterchildren():
        if el.tag == qn("w:p"):
            t = "".join(x.text or "" for x in el.iter(qn("w:t")))
            if t.strip():
                rendered.append(t)
        elif el.tag == qn("w:tbl"):
            rows = []
            for tr in el.iter(qn("w:tr")):
                cells = [tc for tc in tr.iter(qn("w:tc"))]
                rows.append(cells)
                kept = [tc_text(tc) for tc in cells if tc_vmerge(tc) != "continue"]
                rendered.append(" | ".join(kept))
            tables.append(rows)
    lines = plain_lines(B_NAME)
    ok(len(lines) == len(rendered), f"B: {len(lines)} plain lines vs {len(rendered)} in DOCX")
    rset = {compact(x) for x in rendered}
    for ln in lines:
        ok(compact(ln) in rset, f"B: plain line not in DOCX: {ln[:40]}")
    raw = "\n".join(rendered)
    for s in d.sections:
        for part in (s.header, s.footer):
            raw += "\n" + "\n".join(p.text for p in part.paragraphs)
    raw += "\n" + (d.core_properties.title or "") + (d.core_properties.subject or "")
    ok(len(d.sections[0].header.paragraphs[0].text) > 0, "B: page header missing")
    ok(d.sections[0].header.paragraphs[0].text not in read_plain(B_NAME), "B: header furniture in plain")
    ok(len(tables) == 1, f"B: {len(tables)} tables")
    info = {}
    if tables:
        rows = tables[0]
        r0, r1 = rows[0], rows[1]
        ok(tc_vmerge(r0[0]) == "restart" and tc_vmerge(r1[0]) == "continue", "B: 项目类别 not merged down")
        ok([tc_span(tc) for tc in r0] == [1, 2, 2], f"B: top header spans {[tc_span(tc) for tc in r0]}")
        ok([tc_text(tc) for tc in r0] == ["项目类别", "2025年", "2026年"], "B: top header text")
        ok([tc_text(tc) for tc in r1[1:]] == ["预算数", "执行数", "预算数", "增减%"], "B: second header text")
        data = [[tc_text(tc) for tc in r] for r in rows[2:]]
        ok(data[-1][0] == "合计", "B: last row is not 合计")
        body = data[:-1]
        for j in (1, 2, 3):
            ok(sum(int(r[j]) for r in body) == int(data[-1][j]), f"B: column {j} does not sum to 合计")
        for r in data:
            ok(f"{(int(r[3]) - int(r[1])) / int(r[1]) * 100:.1f}" == r[4], f"B: 增减% wrong in {r[0]}")
            ok(int(r[2]) <= int(r[1]), f"B: 执行数 > 预算数 in {r[0]}")
        b26 = sorted(body, key=lambda r: int(r[3]))
        gr = sorted(body, key=lambda r: float(r[4]))
        ok(int(b26[-1][3]) > int(b26[-2][3]) and float(gr[-1][4]) > float(gr[-2][4]), "B: maxima not unique")
        cols = [("2025年", "预算数"), ("2025年", "执行数"), ("2026年", "预算数"), ("2026年", "增减%")]
        cells = {(r[0],) + cols[j - 1]: r[j] for r in data for j in range(1, 5)}
        info = {"max_2026": b26[-1][0], "max_growth": gr[-1][0], "cells": cells}
        plain = read_plain(B_NAME)
        tot = data[-1]
        ok(f"年初预算{tot[1]}万元，全年实际执行{tot[2]}万元，预算执行率{int(tot[2]) / int(tot[1]) * 100:.1f}%" in plain,
           "B: stated 2025 totals / 执行率 disagree with table")
        ok(f"科技专项资金安排{tot[3]}万元" in plain and f"增长{tot[4]}%" in plain, "B: stated 2026 total disagrees")
        ok(f"{gr[-1][0]}类增幅最大" in plain, "B: stated fastest-growing category disagrees")
        ok(f"项目支出16440万元，包括市级科技专项资金{tot[3]}万元" in plain, "B: 项目支出 breakdown disagrees")
    return raw, info


# ----------------------------------------------------------------- C: HTML
class Lines(HTMLParser):
    BLOCK = {"p", "h1", "h2", "h3", "h4", "li", "div", "title", "ul", "table", "body", "head"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.buf, self.cells, self.cell = [], [], None, None
        self.tables = []

    def flush(self):
        t = "".join(self.buf).strip()
        if t:
            self.lines.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.flush()
            self.tables.append([])
        elif tag == "tr":
            self.flush()
            self.cells = []
        elif tag in ("td", "th"):
            self.cell = []
        elif tag in self.BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("td", "th"):
            self.cells.append("".join(self.cell).strip())
            self.cell = None
        elif tag == "tr":
            self.lines.append(" | ".join(self.cells))
            self.tables[-1].append(self.cells)
            self.cells = None
        elif tag in self.BLOCK:
            self.flush()

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data)
        else:
            self.buf.append(data)


def check_html():
    path = CORPUS / C_NAME
    raw = path.read_text(encoding="utf-8")
    p = Lines()
    p.feed(raw)
    p.close()
    p.flush()
    rset = {compact(x) for x in p.lines}
    lines = plain_lines(C_NAME)
    for ln in lines:
        ok(compact(ln) in rset, f"C: plain line not in HTML: {ln[:40]}")
    plain = read_plain(C_NAME)
    for furn in ("当前位置", "浏览次数", "【字体", "打印", "分享到", "主办单位", "网站联系电话", "ICP备"):
        ok(furn in raw, f"C: furniture {furn} missing from HTML")
        ok(furn not in plain, f"C: furniture {furn} in plain")
    phones_plain = set(re.findall(r"0710-\d{7}", plain))
    phones_html = set(re.findall(r"0710-\d{7}", raw))
    ok(len(phones_plain) >= 2, "C: fewer than two phones in content")
    ok(len(phones_html - phones_plain) == 1, "C: footer phone missing or not different")
    steps = re.findall(r"^(第[一二三四五六七八九十]步)", plain, flags=re.M)
    ok(len(steps) >= 5 and steps == [f"第{CN_NUM[i]}步" for i in range(len(steps))], f"C: steps {steps}")
    for sec in ("办理条件", "申请材料", "办理流程", "办理时限", "收费标准", "咨询", "办理地点"):
        ok(sec in plain, f"C: section {sec} missing")
    m = re.search(r"全市共认定登记技术合同(\d+)项.*?按合同类型分，(\S+?合同)数量最多，共(\d+)项", plain)
    if ok(m, "C: 2025 statistics sentence missing"):
        ok(int(m.group(3)) < int(m.group(1)), "C: largest type exceeds the total")
    cells = {}
    for tb in p.tables:
        head = tb[0]
        k = 1 if head[0] == "序号" else 0
        for r in tb[1:]:
            for j, h in enumerate(head):
                cells[(r[k], h)] = r[j]
    ok(len(p.tables) == 2, f"C: {len(p.tables)} tables")
    return raw, {"max_count": m.group(2) if m else None, "cells": cells}


# ----------------------------------------------------------------- questions
KIND_COUNTS = {"paraphrase": 12, "table": 8, "list": 4, "numeric": 4, "traditional": 4,
               "english": 6, "typo": 4, "unanswerable": 8}


def check_questions(raws, topics, numeric_ok, cells):
    qs = [json.loads(x) for x in (ROOT / "questions.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    ok(len(qs) == 50, f"{len(qs)} questions, want 50")
    ok(len({q["id"] for q in qs}) == len(qs), "duplicate ids")
    kinds = Counter(q["kind"] for q in qs)
    ok(dict(kinds) == KIND_COUNTS, f"kind counts {dict(kinds)}")
    all_raw = compact("\n".join(raws.values()) + "\n" + "\n".join(read_plain(d) for d in DOCS))
    max_run = 0
    for q in qs:
        i, doc, kind, qu, ans, ev = q["id"], q["doc"], q["kind"], q["question"], q["answer"], q["evidence"]
        ok(set(q) == {"id", "doc", "kind", "question", "answer", "evidence"}, f"{i}: fields {set(q)}")
        if not ok(doc in DOCS, f"{i}: unknown doc {doc}"):
            continue
        ok(any(t in qu for t in NAMING[doc]["city"]), f"{i}: city not named")
        ok(any(t in qu for t in NAMING[doc]["doc"]), f"{i}: document not named")
        plain = read_plain(doc)
        pc = compact(plain)
        if kind == "unanswerable":
            ok(ans == "" and ev == "", f"{i}: unanswerable with answer/evidence")
            terms = Q.UNANSWERABLE_TERMS.get(i)
            if ok(terms, f"{i}: no key terms"):
                for t in terms:
                    ok(t in qu, f"{i}: key term {t} not in question")
                    ok(compact(t) not in all_raw, f"{i}: key term {t} occurs in a document")
            continue
        ok(i not in Q.UNANSWERABLE_TERMS, f"{i}: has unanswerable terms")
        ok(ans and ev, f"{i}: empty answer/evidence")
        ok(T2S.convert(ans) == ans, f"{i}: answer not Simplified")
        ok(compact(ev) in pc, f"{i}: evidence not in plain text")
        ok(compact(ans) in compact(ev), f"{i}: answer not inside evidence")
        ok(ev in sentences(plain), f"{i}: evidence is not a whole sentence / table row")
        items = ans.split("、") if kind == "list" else [ans]
        if kind == "list":
            ok(len(items) >= 2, f"{i}: list answer with one item")
        for it in items:
            ok(compact(it) in pc, f"{i}: answer item {it} not in plain text")
        run = longest_common_run(qu, ev)
        max_run = max(max_run, run)
        ok(run <= 14, f"{i}: common run {run} > 14")
        if kind == "traditional":
            ok(T2S.convert(qu) != qu, f"{i}: t2s leaves question unchanged (not Traditional)")
            ok(S2TW.convert(qu) == qu, f"{i}: s2tw changes question (not Taiwan Traditional)")
        elif kind == "english":
            ok(not has_cjk(qu), f"{i}: English question has CJK")
        else:
            ok(has_cjk(qu) and T2S.convert(qu) == qu, f"{i}: question is not Simplified Chinese")
        if kind == "typo":
            pair = Q.TYPOS.get(i)
            if ok(pair, f"{i}: no typo pair"):
                right, wrong = pair
                ok(len(right) == len(wrong) and sum(a != b for a, b in zip(right, wrong)) == 1,
                   f"{i}: typo {wrong} is not one character off {right}")
                ok(wrong in qu and right not in qu, f"{i}: question does not carry the typo")
                ok(right in plain, f"{i}: right form {right} not in its document")
                ok(compact(wrong) not in all_raw, f"{i}: wrong form {wrong} occurs in a document")
        if kind == "table":
            ok(i in Q.TABLE_KEYS, f"{i}: table question without a cell key")
        if i in Q.TABLE_KEYS:
            key = Q.TABLE_KEYS[i]
            got = cells.get(doc, {}).get(key)
            ok(got == ans, f"{i}: answer {ans} but the reopened table has {got} at {key}")
            ok(key[0] in qu, f"{i}: question does not name the row {key[0]}")
            if doc == B_NAME:
                ok(key[1] in qu and key[2][:2] in qu, f"{i}: question does not name year/column {key[1:]}")
        if kind == "numeric":
            ok(ans in numeric_ok.get(doc, ()), f"{i}: numeric answer {ans} disagrees with the data")
        if doc == A_NAME and kind != "english":
            qs_ = T2S.convert(qu)
            if kind == "typo":
                qs_ = qs_.replace(Q.TYPOS[i][1], Q.TYPOS[i][0])
            named = [t for t in topics if t in qs_]
            if named:
                ok(len(named) == 1, f"{i}: names several 专题")
                ok(compact(ev) in compact(topics[named[0]]["text"]), f"{i}: evidence outside {named[0]}")
    for k in ("typo",):
        ok(set(Q.TYPOS) == {q["id"] for q in qs if q["kind"] == k}, "typo table does not match questions")
    ok(set(Q.UNANSWERABLE_TERMS) == {q["id"] for q in qs if q["kind"] == "unanswerable"},
       "unanswerable term table does not match questions")
    NOTES.append(f"questions: {len(qs)}, kinds {dict(kinds)}, per doc "
                 f"{dict(Counter(q['doc'][0] for q in qs))}, max common run {max_run}")


def main():
    raw_a, topics, num_a = check_pdf()
    raw_b, num_b = check_docx()
    raw_c, num_c = check_html()
    raws = {A_NAME: raw_a, B_NAME: raw_b, C_NAME: raw_c}
    for d in DOCS:
        s = compact(read_plain(d))
        n, c = len(s), cjk_count(s)
        NOTES.append(f"{d}: {n} non-space chars, {c} CJK")
        ok(2000 <= n <= 4000, f"{d}: {n} non-space characters")
        ok(c >= 2000, f"{d}: {c} CJK characters")
    numeric_ok = {A_NAME: {num_a["max_money"]}, B_NAME: {num_b.get("max_2026"), num_b.get("max_growth")},
                  C_NAME: {num_c["max_count"]}}
    cells = {B_NAME: num_b.get("cells", {}), C_NAME: num_c.get("cells", {})}
    check_questions(raws, topics, numeric_ok, cells)
    for n in NOTES:
        print(n)
    if ERRORS:
        print(f"FAILED: {len(ERRORS)} problem(s)")
        for e in ERRORS:
            print("  -", e)
        sys.exit(1)
    print("check.py: all checks passed")


if __name__ == "__main__":
    main()
