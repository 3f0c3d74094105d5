"""Reopen the three documents of unseen17 and check them, their plain text and questions.jsonl.

Each group of checks lists all its failures; the script exits non-zero after the first failed group.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import (A_FILE, A_PLAIN, B_FILE, B_PLAIN, C_FILE, C_PLAIN, FILES, PLAINS, ROOT,  # noqa: E402
                    nows, sentences)
from questions import TYPOS, UNANSWERABLE_TERMS  # noqa: E402

import docx  # noqa: E402
import opencc  # noqa: E402
import pypdf  # noqa: E402

CJK = re.compile(r"[\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3400-\u4dbf"
                 r"\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]")
HAN = re.compile(r"[\u4e00-\u9fff]")
CN_NUM = "一二三四五六七八九十"
EXPECTED_KINDS = {"paraphrase": 14, "table": 8, "list": 4, "numeric": 4, "traditional": 4,
                  "english": 4, "typo": 4, "unanswerable": 8}
LENGTHS = {"A": (9000, 12000), "B": (2000, 4000), "C": (2000, 4000)}
CITY = ["徐州", "Xuzhou"]
DOCWORD = {"A": ["规划", "規劃", "Plan"], "B": ["工作要点", "工作要點", "work priorities"],
           "C": ["解读", "解讀", "interpretation"]}
NOT_DOCWORD = {"A": ["解读", "解讀", "interpretation", "工作要点", "工作要點", "work priorities"],
               "B": ["解读", "解讀", "interpretation"], "C": ["工作要点", "工作要點", "work priorities"]}
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


# ---------------------------------------------------------------- A: docx
def check_a():
    import build_a
    d = docx.Document(A_FILE)
    body = d.element.body
    lines, styled, tables = [], [], []
    for child in body.iterchildren():
        tag = child.tag.split("}")[1]
        if tag == "tbl":
            t = docx.table.Table(child, d)
            tables.append(t)
            for row in t.rows:
                lines.append(" | ".join(c.text for c in row.cells))
        elif tag == "p":
            p = docx.text.paragraph.Paragraph(child, d)
            if p.text.strip():
                lines.append(p.text)
                styled.append((p.style.name, p.text))
    h1 = [t for s, t in styled if s == "Heading 1"]
    h2 = [t for s, t in styled if s == "Heading 2"]
    h3 = [t for s, t in styled if s == "Heading 3"]
    if len(h1) < 8:
        fail(f"A: {len(h1)} Heading 1 chapters, need >= 8")
    for t in h1:
        if not re.match(f"^[{CN_NUM}]+、", t):
            fail(f"A: Heading 1 not in 一、 form: {t}")
    for t in h2:
        if not re.match(f"^（[{CN_NUM}]+）", t):
            fail(f"A: Heading 2 not in （一） form: {t}")
    for t in h3:
        if not re.match(r"^\d+\. ", t):
            fail(f"A: Heading 3 not in 1. form: {t}")
    # headings number in sequence within their parent
    seq = {1: 0, 2: 0, 3: 0}
    for s, t in styled:
        if not s.startswith("Heading "):
            continue
        lvl = int(s.split()[1])
        seq[lvl] += 1
        for k in range(lvl + 1, 4):
            seq[k] = 0
        want = {1: f"{cn(seq[1])}、", 2: f"（{cn(seq[2])}）", 3: f"{seq[3]}. "}[lvl]
        if not t.startswith(want):
            fail(f"A: heading out of sequence, expected {want}: {t}")
    for word in ["发展基础", "总体要求", "重点任务", "重大工程", "保障措施"]:
        if not any(word in t for t in h1):
            fail(f"A: no chapter {word}")
    # 重点任务 has >= 6 sub-sections
    chapter, subs = None, Counter()
    for s, t in styled:
        if s == "Heading 1":
            chapter = t
        elif s == "Heading 2":
            subs[chapter] += 1
    tasks = [c for c in subs if c and "重点任务" in c]
    if not tasks or subs[tasks[0]] < 6:
        fail(f"A: 重点任务 has fewer than 6 sub-sections: {dict(subs)}")
    # the one table
    if len(tables) != 1:
        fail(f"A: {len(tables)} tables, expected 1")
    else:
        t = tables[0]
        rows = [[c.text for c in r.cells] for r in t.rows]
        if rows[0] != ["类别", "指标", "2025年", "2030年", "属性"]:
            fail(f"A: table header {rows[0]}")
        data = rows[1:]
        if len(data) < 12:
            fail(f"A: table has {len(data)} data rows, need >= 12")
        if any(r[4] not in ("预期性", "约束性") for r in data):
            fail("A: 属性 column has other values")
        prose = "\n".join(t for s, t in styled)
        n_bind = sum(r[4] == "约束性" for r in data)
        n_cat = len({r[0] for r in data})
        if f"主要指标共{n_cat}类{len(data)}项，其中约束性指标{n_bind}项、预期性指标{len(data) - n_bind}项" not in prose:
            fail("A: note under the table does not match the table's counts")
        # every figure of the table appears again in prose (2025 under 发展基础, 2030 under 发展目标)
        base = section_text(styled, "一、发展基础")
        goals = section_text(styled, "（三）发展目标", level=2)
        for r in data:
            unit = re.search(r"（([^）]+)）$", r[1]).group(1)
            v25, v30 = float(r[2]), float(r[3])
            if not v30 > v25:
                fail(f"A: 2030 target not above 2025 value: {r}")
            if r[2] + unit not in base:
                fail(f"A: 2025 value {r[2]}{unit} of {r[1]} not restated in 发展基础")
            if "达到" + r[3] + unit not in goals:
                fail(f"A: 2030 value 达到{r[3]}{unit} of {r[1]} not restated in 发展目标")
        # the stated largest-growth indicator is the largest relative growth in the table
        growth = {r[1]: float(r[3]) / float(r[2]) for r in data}
        top = max(growth, key=growth.get)
        if sorted(growth.values())[-1] == sorted(growth.values())[-2] or not top.startswith("技术合同成交额") \
                or "技术合同成交额较2025年增长近一倍，是全部主要指标中增幅最大的一项" not in prose:
            fail(f"A: stated largest growth does not match the table (top {top})")
        if [r for r in data] != build_a.TABLE_ROWS:
            fail("A: reopened table differs from builder data")
    # 2025 industry sizes: 工程机械 is the unique maximum
    sizes = re.findall(r"([\u4e00-\u9fff]+?)产业规模达到(\d+)亿元", section_text(styled, "一、发展基础"))
    if len(sizes) != 5 or max(sizes, key=lambda x: int(x[1]))[0].split("，")[-1] != "工程机械" \
            or sorted(int(x[1]) for x in sizes)[-1] == sorted(int(x[1]) for x in sizes)[-2]:
        fail(f"A: 2025 industry sizes {sizes}")
    shown = {nows(x) for x in lines}
    plain = A_PLAIN.read_text(encoding="utf-8").splitlines()
    for line in plain:
        if nows(line) not in shown:
            fail(f"A: plain line not in reopened docx: {line[:40]}")
    footer = d.sections[0].footer.paragraphs[0].text
    if not footer or any(nows(footer) == nows(x) for x in plain):
        fail("A: footer furniture missing or in plain text")
    print(f"     A: {len(h1)} chapters, {len(h2)} （一） sections, {len(h3)} 1. headings; "
          f"table {len(tables[0].rows)}x{len(tables[0].columns)}")
    return "\n".join(lines + [footer, d.core_properties.title or "", d.core_properties.author or ""])


def cn(n):
    return CN_NUM[n - 1] if n <= 10 else "十" + CN_NUM[n - 11]


def section_text(styled, heading, level=1):
    """Text of the paragraphs from `heading` up to the next heading of the same or a higher level."""
    out, on = [], False
    for s, t in styled:
        if t == heading:
            on = True
            continue
        if on and s.startswith("Heading ") and int(s.split()[1]) <= level:
            break
        if on:
            out.append(t)
    return "\n".join(out)


# ---------------------------------------------------------------- B: GB18030 txt
def check_b():
    import build_a
    import build_b
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
    if data.count(b"\n") != data.count(b"\r\n") or b"\r\n" not in data:
        fail("B: line ends are not all CRLF")
    lines = text.split("\r\n")
    plain = B_PLAIN.read_text(encoding="utf-8").splitlines()
    for line in plain:
        if line not in lines:
            fail(f"B: plain line not in reopened txt: {line[:40]}")
    furniture = [x for x in build_b.HEAD + build_b.TAIL if x.strip()]
    for f in furniture:
        if f not in lines:
            fail(f"B: furniture line missing from file: {f}")
        if f in plain:
            fail(f"B: furniture in plain text: {f}")
    if "来源：" not in "".join(lines[:4]) or "【打印本页】" not in "".join(lines[-4:]):
        fail("B: head/tail furniture not where expected")
    # 2026 interim values restate the 规划's indicators and lie strictly between 2025 and 2030
    body = "\n".join(plain)
    rows = {r[1]: r for r in build_a.TABLE_ROWS}
    interim = {
        "全社会研究与试验发展经费投入强度（%）": "投入强度达到2.75%",
        "高新技术企业数（家）": "高新技术企业数达到3600家",
        "科技型中小企业评价入库数（家）": "评价入库数达到6500家",
        "省级以上科技创新平台数（家）": "科技创新平台数达到450家",
        "新型研发机构数（家）": "新型研发机构数达到43家",
        "技术合同成交额（亿元）": "技术合同成交额达到380亿元",
        "每万人口高价值发明专利拥有量（件）": "发明专利拥有量达到11件",
        "高新技术产业产值占规模以上工业产值比重（%）": "工业产值比重达到49.8%",
    }
    for name, phrase in interim.items():
        v = float(re.search(r"达到([\d.]+)", phrase).group(1))
        r = rows[name]
        if phrase not in body:
            fail(f"B: interim value phrase missing: {phrase}")
        if not float(r[2]) < v < float(r[3]):
            fail(f"B: 2026 value {v} of {name} not between 2025 {r[2]} and 2030 {r[3]}")
    if "比上年提高0.13个百分点" in body and abs(2.75 - 2.62 - 0.13) > 1e-9:
        fail("B: stated R&D increase inconsistent")
    if "铜山区综合得分最高" not in body:
        fail("B: ranking sentence missing")
    print(f"     B: GB18030 ok, UTF-8 fails, CRLF, {len(furniture)} furniture lines kept out of plain; "
          f"{len(interim)} interim 2026 values between 2025 and 2030")
    return text


# ---------------------------------------------------------------- C: pdf
def check_c():
    import build_c
    reader = pypdf.PdfReader(C_FILE)
    pages = [p.extract_text() for p in reader.pages]
    m = len(pages)
    if m < 2:
        fail(f"C: only {m} pages")
    cleaned = []
    running = nows(build_c.RUNNING_HEADER)
    for n, t in enumerate(pages, 1):
        t = nows(t)
        footer = nows(build_c.FOOTER_FMT.format(n=n, m=m))
        if t.count(footer) != 1:
            fail(f"C: page {n} lacks footer {footer}")
        if t.count(running) != 1:
            fail(f"C: page {n} lacks running header")
        cleaned.append(t.replace(footer, "").replace(running, ""))
    full = "".join(cleaned)
    plain = C_PLAIN.read_text(encoding="utf-8").splitlines()
    for line in plain:
        if nows(line) not in full:
            fail(f"C: plain line not in reopened pdf: {line[:40]}")
        if "页共" in nows(line) or nows(line) == running:
            fail(f"C: furniture in plain: {line}")
    qs = [x for x in plain if re.match(f"^[{CN_NUM}]+、.*？$", x)]
    if len(qs) < 8:
        fail(f"C: only {len(qs)} question lines")
    for i, line in enumerate(plain):
        if line in qs and not plain[i + 1].startswith("答："):
            fail(f"C: question not followed by 答： {line}")
    if not plain[0].startswith("关于《徐州市“十五五”科技创新规划》") or not plain[0].endswith("政策解读"):
        fail("C: title")
    print(f"     C: {m} pages, footer 第 N 页 共 M 页 and running header on each; {len(qs)} 问/答 pairs")
    return "\n".join(pages)


# ---------------------------------------------------------------- cross-document consistency
def check_consistency():
    a = nows(A_PLAIN.read_text(encoding="utf-8"))
    c = nows(C_PLAIN.read_text(encoding="utf-8"))
    # figures that C restates from A must be A's figures
    pairs = [("2.62%", "研发经费投入强度达到2.62%"), ("3.20%", "投入强度达到3.20%"), ("3260家", "2025年的3260家"),
             ("5000家", "高新技术企业数达到5000家"), ("310亿元", "技术合同成交额达到310亿元"),
             ("600亿元", "技术合同成交额达到600亿元"), ("7500亿元", "合计突破7500亿元"), ("2600亿元", "突破2600亿元"),
             ("680亿元", "规模达到680亿元"), ("85公里", "总长约85公里"), ("15亿元", "不少于15亿元"),
             ("500万元", "最高500万元的建设支持"), ("300万元", "最高300万元的建设补助"), ("1000万元", "最高支持1000万元"),
             ("5000万元", "最高5000万元项目资助"), ("20亿元", "母基金规模达到20亿元"), ("31%", "2025年的31%提高到45%")]
    for fig, in_a in pairs:
        if fig not in c:
            fail(f"C does not restate {fig}")
        if in_a not in a:
            fail(f"A does not hold {in_a}")
    if "前移了3位" in c and not ("第9位" in a and "第6位" in a):
        fail("C's 前移了3位 does not match A's 第9位→第6位")
    if "14项主要指标" not in c or "约束性指标3项" not in c:
        fail("C: indicator counts")
    print("     consistency: C's restated figures match A")


# ---------------------------------------------------------------- lengths
def check_lengths():
    for k, path in PLAINS.items():
        t = path.read_text(encoding="utf-8")
        ns, han = len(nows(t)), len(HAN.findall(t))
        lo, hi = LENGTHS[k]
        if not lo <= ns <= hi:
            fail(f"{k}: {ns} non-space characters, expected {lo}-{hi}")
        print(f"     {k} {path.name}: {ns} non-space, {han} Han characters")


# ---------------------------------------------------------------- questions
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


def check_questions(raw_docs):
    t2s, s2tw = opencc.OpenCC("t2s"), opencc.OpenCC("s2tw")
    plain_lines = {k: p.read_text(encoding="utf-8").splitlines() for k, p in PLAINS.items()}
    plains = {k: nows("".join(v)) for k, v in plain_lines.items()}
    units = {k: {nows(s) for line in v for s in ([line] if " | " in line else sentences(line))}
             for k, v in plain_lines.items()}
    everything = [nows(x) for x in raw_docs] + list(plains.values())
    qs = [json.loads(x) for x in (ROOT / "questions.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    if len(qs) != 50:
        fail(f"{len(qs)} questions, expected 50")
    kinds = Counter(q["kind"] for q in qs)
    if dict(kinds) != EXPECTED_KINDS:
        fail(f"kinds {dict(kinds)} != {EXPECTED_KINDS}")
    per_doc = Counter(q["id"][0] for q in qs)
    if per_doc["A"] < 20 or per_doc["B"] < 8 or per_doc["C"] < 8:
        fail(f"per doc {dict(per_doc)}")
    if len({q["id"] for q in qs}) != len(qs):
        fail("duplicate ids")
    if set(TYPOS) != {q["id"] for q in qs if q["kind"] == "typo"}:
        fail("TYPOS keys do not match the typo questions")
    if set(UNANSWERABLE_TERMS) != {q["id"] for q in qs if q["kind"] == "unanswerable"}:
        fail("UNANSWERABLE_TERMS keys do not match the unanswerable questions")
    max_run, run_of = 0, {}
    for q in qs:
        qid, kind, question, answer, evidence = q["id"], q["kind"], q["question"], q["answer"], q["evidence"]
        letter = qid[0]
        if list(q) != ["id", "doc", "kind", "question", "answer", "evidence"]:
            fail(f"{qid}: keys {list(q)}")
        if q["doc"] != FILES[letter].name:
            fail(f"{qid}: doc {q['doc']}")
        if not any(c in question for c in CITY):
            fail(f"{qid}: question does not name the city")
        if not any(w in question for w in DOCWORD[letter]) or any(w in question for w in NOT_DOCWORD[letter]):
            fail(f"{qid}: question does not name its document unambiguously")
        simp = t2s.convert(question) if kind == "traditional" else question
        if kind == "traditional":
            if t2s.convert(question) == question or s2tw.convert(question) != question:
                fail(f"{qid}: not Taiwan-style Traditional script")
        elif kind != "english" and t2s.convert(question) != question:
            fail(f"{qid}: non-traditional question has Traditional characters")
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
        if ev not in units[letter]:
            fail(f"{qid}: evidence is not a whole sentence or table row: {evidence[:30]}")
        if kind == "table" and " | " not in evidence:
            fail(f"{qid}: table question's evidence is not a table row")
        if kind == "table" and answer not in evidence.split(" | "):
            fail(f"{qid}: table answer is not a whole cell of its row")
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
        if kind != "english" and nows(answer) in nows(simp):
            fail(f"{qid}: answer given away in the question")
        if kind == "typo":
            wrong, right = TYPOS[qid]
            diff = sum(1 for x, y in zip(wrong, right) if x != y)
            if len(wrong) != len(right) or diff != 1:
                fail(f"{qid}: typo pair {wrong}/{right} does not differ by one character")
            if wrong not in question or right in question:
                fail(f"{qid}: question does not carry the typo {wrong}")
            if right not in plain or right not in ev:
                fail(f"{qid}: correct term {right} not in document/evidence")
            if any(wrong in d for d in everything):
                fail(f"{qid}: typo {wrong} occurs in a document")
        run = longest_common_run(nows(simp), ev)
        run_of[qid] = run
        max_run = max(max_run, run)
        if run > MAX_RUN:
            fail(f"{qid}: common run {run} > {MAX_RUN} with its evidence")
    print(f"     {len(qs)} questions; kinds {dict(kinds)}; per doc {dict(per_doc)}; longest common run {max_run}")


def main():
    raw_a = check_a()
    group_done("A docx: heading styles, chapters, indicator table, figures restated, plain lines")
    raw_b = check_b()
    group_done("B GB18030 CRLF txt: encoding, furniture, 2026 interim values, plain lines")
    raw_c = check_c()
    group_done("C pdf: pages, footers, running header, Q&A form, plain lines")
    check_consistency()
    group_done("cross-document consistency")
    check_lengths()
    group_done("lengths")
    check_questions([raw_a, raw_b, raw_c])
    group_done("questions")
    print("ALL CHECKS PASSED")


if __name__ == "__main__":
    main()
