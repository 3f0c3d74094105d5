"""Shared paths and helpers for the unseen17 builders, questions and checker."""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
PLAIN = ROOT / "plain"

A_NAME = "A_xuzhou_shiwuwu_kejichuangxin_guihua"
B_NAME = "B_xuzhou_kejiju_2026_gongzuoyaodian"
C_NAME = "C_xuzhou_shiwuwu_kejichuangxin_guihua_zhengcejiedu"

A_FILE = CORPUS / (A_NAME + ".docx")
B_FILE = CORPUS / (B_NAME + ".txt")
C_FILE = CORPUS / (C_NAME + ".pdf")

A_PLAIN = PLAIN / (A_NAME + ".txt")
B_PLAIN = PLAIN / (B_NAME + ".txt")
C_PLAIN = PLAIN / (C_NAME + ".txt")

FILES = {"A": A_FILE, "B": B_FILE, "C": C_FILE}
PLAINS = {"A": A_PLAIN, "B": B_PLAIN, "C": C_PLAIN}


def nows(s: str) -> str:
    """Remove all whitespace."""
    return re.sub(r"\s+", "", s)


def write_plain(path: Path, lines):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def sentences(line: str):
    """Split one plain line into sentences ending with 。！？ (the last piece may lack one)."""
    out, cur = [], ""
    for ch in line:
        cur += ch
        if ch in "。！？":
            out.append(cur)
            cur = ""
    if cur.strip():
        out.append(cur)
    return out


def find_sentence(lines, fragment: str) -> str:
    """The unique sentence (or table row) among `lines` that contains `fragment`."""
    hits = []
    for line in lines:
        if " | " in line:
            if fragment in line:
                hits.append(line)
            continue
        for s in sentences(line):
            if fragment in s:
                hits.append(s)
    if len(hits) != 1:
        raise ValueError(f"fragment {fragment!r} found in {len(hits)} sentences: {hits[:3]}")
    return hits[0]
