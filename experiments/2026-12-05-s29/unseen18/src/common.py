"""Shared paths and helpers for the unseen18 builders and checks."""
import os
import re

SRC = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(SRC)
CORPUS = os.path.join(ROOT, "corpus")
PLAIN = os.path.join(ROOT, "plain")

DOC_A = "A_yueyang_keji_qiye_fuhuaqi_zhongchuang_kongjian_rending_jixiao_pingjia_banfa.docx"
DOC_B = "B_mianyang_2025_keji_chengguo_zhuanhua_niandu_baogao.pdf"
DOC_C = "C_xiangyang_2026_chuangxin_chuangye_dasai_qianyue_yishi_xinwen.html"
DOCS = [DOC_A, DOC_B, DOC_C]


def corpus_path(name):
    return os.path.join(CORPUS, name)


def plain_path(name):
    return os.path.join(PLAIN, os.path.splitext(name)[0] + ".txt")


def write_plain(name, lines):
    os.makedirs(PLAIN, exist_ok=True)
    with open(plain_path(name), "w", encoding="utf-8") as f:
        for line in lines:
            f.write(line.strip() + "\n")


def read_plain(name):
    with open(plain_path(name), encoding="utf-8") as f:
        return [ln.rstrip("\n") for ln in f if ln.strip()]


def sentences(lines):
    """Split plain lines into sentences on 。 (the 。 itself is dropped)."""
    out = []
    for line in lines:
        for s in line.split("。"):
            s = s.strip()
            if s:
                out.append(s)
    return out


def row_line(cells):
    return " | ".join(cells)


_DIGITS = "零一二三四五六七八九"


def cn_num(n):
    """1..99 as Chinese numerals (for 第X章 / 第X条)."""
    if n < 10:
        return _DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "十" if tens == 1 else _DIGITS[tens] + "十"
    return head + (_DIGITS[ones] if ones else "")


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


CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
CJK_ANY_RE = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")


def nonspace_len(text):
    return len(re.sub(r"\s", "", text))


def cjk_len(text):
    return len(CJK_RE.findall(text))


def squash(text):
    return re.sub(r"\s", "", text)
