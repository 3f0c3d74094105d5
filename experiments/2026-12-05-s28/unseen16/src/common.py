"""Shared paths and helpers for the unseen16 test set."""
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "corpus")
PLAIN = os.path.join(ROOT, "plain")
QUESTIONS = os.path.join(ROOT, "questions.jsonl")

DOC_A = "A_zhuhai_guoji_keji_hezuo_xiangmu_guanli_banfa.docx"
DOC_B = "B_wuhu_2025_keji_chuangxin_fazhan_tongji_gongbao.pdf"
DOC_C = "C_shaoxing_2026_guoji_keji_hezuo_dahui_xinwen.html"
DOCS = [DOC_A, DOC_B, DOC_C]

CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
SEP = " | "


def corpus_path(doc):
    return os.path.join(CORPUS, doc)


def plain_path(doc):
    return os.path.join(PLAIN, os.path.splitext(doc)[0] + ".txt")


def nospace(s):
    return re.sub(r"\s+", "", s)


def cjk_count(s):
    return len(CJK_RE.findall(s))


def row_line(cells):
    return SEP.join(str(c) for c in cells)


def write_plain(doc, lines):
    os.makedirs(PLAIN, exist_ok=True)
    with open(plain_path(doc), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def read_plain(doc):
    with open(plain_path(doc), encoding="utf-8") as f:
        return f.read()


def sentences(text):
    """Split plain text into sentences: one per line for lines without 。,
    otherwise pieces ending in 。 (a trailing piece without 。 is kept)."""
    out = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if SEP in line or "。" not in line:
            out.append(line)
            continue
        for m in re.finditer(r"[^。]+。?", line):
            s = m.group(0).strip()
            if s:
                out.append(s)
    return out


def sentence_with(doc, key, also=None):
    """The unique sentence of doc's plain text containing key (and also)."""
    hits = [s for s in sentences(read_plain(doc)) if key in s and (also is None or also in s)]
    if len(hits) != 1:
        raise SystemExit(f"sentence_with({doc!r}, {key!r}, {also!r}): {len(hits)} hits: {hits}")
    return hits[0]


def longest_common_run(a, b):
    """Length of the longest common substring of a and b."""
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


_DIGITS = "零一二三四五六七八九"


def cn_num(n):
    """1..99 as Chinese numerals (十一, 二十, 二十六)."""
    if n < 10:
        return _DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")
