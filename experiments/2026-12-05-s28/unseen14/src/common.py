"""Shared paths and helpers for the unseen14 test set."""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "corpus")
PLAIN = os.path.join(ROOT, "plain")

A_FILE = "A_wenzhou_kejichuangxinquan_guanlibanfa.docx"
B_FILE = "B_taizhou_kejichuangxinquan_guanlibanfa.html"
C_FILE = "C_wenzhou_kejichuangxinquan_xiudingshuoming.pdf"

DOCS = {
    "A": {"file": A_FILE, "plain": "A.txt", "city": "温州", "title_key": "创新券管理办法"},
    "B": {"file": B_FILE, "plain": "B.txt", "city": "台州", "title_key": "创新券管理办法"},
    "C": {"file": C_FILE, "plain": "C.txt", "city": "温州", "title_key": "修订"},
}

CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def ensure_dirs():
    os.makedirs(CORPUS, exist_ok=True)
    os.makedirs(PLAIN, exist_ok=True)


def write_plain(name, lines):
    ensure_dirs()
    with open(os.path.join(PLAIN, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def read_plain(key):
    with open(os.path.join(PLAIN, DOCS[key]["plain"]), encoding="utf-8") as f:
        return [l for l in f.read().split("\n") if l.strip()]


def row_line(cells):
    return " | ".join(cells)


def squash(s):
    """Remove all whitespace (ASCII and U+3000)."""
    return "".join(s.split())


def nonspace_count(text):
    return len(squash(text))


def cjk_count(text):
    return len(CJK_RE.findall(text))


_DIGITS = "零一二三四五六七八九"


def cn_num(n):
    """1..99 -> 一 .. 九十九 (chineseCounting style)."""
    if n < 10:
        return _DIGITS[n]
    tens, ones = divmod(n, 10)
    s = ("" if tens == 1 else _DIGITS[tens]) + "十"
    return s + (_DIGITS[ones] if ones else "")


def number_articles(body):
    """body items ("a", text) get 第N条 prefixes, numbered across chapters."""
    out, n = [], 0
    for kind, text in body:
        if kind == "a":
            n += 1
            out.append(("p", "第%s条　%s" % (cn_num(n), text)))
        else:
            out.append((kind, text))
    return out
