"""Shared paths and helpers for the unseen15 test set."""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
PLAIN = ROOT / "plain"

A_NAME = "A_yantai_2026_kejijihua_shenbao_zhinan.pdf"
B_NAME = "B_yichang_kejiju_2026_bumen_yusuan.docx"
C_NAME = "C_xiangyang_jishuhetong_rending_dengji_banshi_zhinan.html"
DOCS = [A_NAME, B_NAME, C_NAME]

# city and document-name tokens each question must contain (one of each),
# per script: Simplified / Traditional (s2tw) / English
NAMING = {
    A_NAME: {"city": ["烟台", "煙臺", "Yantai"],
             "doc": ["申报指南", "申報指南", "application guidelines"]},
    B_NAME: {"city": ["宜昌", "Yichang"],
             "doc": ["部门预算", "部門預算", "departmental budget"]},
    C_NAME: {"city": ["襄阳", "襄陽", "Xiangyang"],
             "doc": ["办事指南", "辦事指南", "service guide"]},
}


def plain_path(doc_name):
    return PLAIN / (doc_name.rsplit(".", 1)[0] + ".txt")


def write_plain(doc_name, lines):
    PLAIN.mkdir(parents=True, exist_ok=True)
    text = "\n".join(lines) + "\n"
    plain_path(doc_name).write_text(text, encoding="utf-8")


def read_plain(doc_name):
    return plain_path(doc_name).read_text(encoding="utf-8")


def compact(s):
    return re.sub(r"\s+", "", s)


def row_line(cells):
    return " | ".join(str(c) for c in cells)


def sentences(text):
    """Split plain text into sentences: each line, further split after 。！？"""
    out = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if " | " in line:
            out.append(line)
            continue
        parts = re.split(r"(?<=[。！？])", line)
        out.extend(p for p in parts if p.strip())
    return out


def cjk_count(s):
    return sum(1 for ch in s if "\u4e00" <= ch <= "\u9fff")


def has_cjk(s):
    return bool(re.search(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]", s))


def longest_common_run(a, b):
    """Length of the longest common substring of a and b (whitespace ignored)."""
    a, b = compact(a), compact(b)
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
