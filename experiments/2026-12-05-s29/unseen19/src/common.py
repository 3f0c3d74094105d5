"""Shared helpers for the unseen19 builders and checks (paths, splitting, script conversion)."""
import os
import re

import opencc

SRC = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(SRC)
CORPUS = os.path.join(ROOT, "corpus")
PLAIN = os.path.join(ROOT, "plain")
QUESTIONS = os.path.join(ROOT, "questions.jsonl")

DOC_A = "A_tonglin_chanxue_hezuo_difang_chuangsheng_buzhu_banfa.docx"
DOC_B = "B_chengzhou_qiye_yanfa_touru_chengguo_zhuanhua_shishi_xize.pdf"
DOC_C = "C_binyuan_2026_kejixing_zhongxiao_qiye_shenbao_tongzhi.txt"
DOCS = [DOC_A, DOC_B, DOC_C]

_T2S = opencc.OpenCC("t2s")
_S2TW = opencc.OpenCC("s2tw")


def t2s(text):
    return _T2S.convert(text)


def s2tw(text):
    return _S2TW.convert(text)


def plain_path(doc):
    return os.path.join(PLAIN, os.path.splitext(doc)[0] + ".txt")


def corpus_path(doc):
    return os.path.join(CORPUS, doc)


def write_plain(doc, lines):
    os.makedirs(PLAIN, exist_ok=True)
    with open(plain_path(doc), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def read_plain(doc):
    with open(plain_path(doc), encoding="utf-8") as f:
        return [ln for ln in f.read().split("\n") if ln.strip()]


def sentences(lines):
    """Every line split after each 。 (the 。 stays with its sentence); table rows are kept whole."""
    out = []
    for ln in lines:
        if " | " in ln:
            continue
        for piece in re.split(r"(?<=。)", ln):
            piece = piece.strip()
            if piece:
                out.append(piece)
    return out


def table_rows(lines):
    return [ln for ln in lines if " | " in ln]


_DIGITS = "零一二三四五六七八九"


def cn_num(n):
    """1..99 as Chinese numerals (十, 十一, 二十, 二十一)."""
    if n < 10:
        return _DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "十" if tens == 1 else _DIGITS[tens] + "十"
    return head + (_DIGITS[ones] if ones else "")


def longest_common_run(a, b):
    best = 0
    prev = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        cur = [0] * (len(b) + 1)
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                cur[j] = prev[j - 1] + 1
                if cur[j] > best:
                    best = cur[j]
        prev = cur
    return best


CJK_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
CJK_PUNCT_RE = re.compile(r"[\u3000-\u303f\uff00-\uffef]")


def cjk_count(text):
    return len(CJK_RE.findall(text))


def nonspace_count(text):
    return len(re.sub(r"\s", "", text))


def squash(text):
    return re.sub(r"\s", "", text)
