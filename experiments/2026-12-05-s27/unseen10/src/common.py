"""Shared paths and helpers for the unseen10 builders and checker."""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
PLAIN = ROOT / "plain"

A_NAME = "A_shenyang_fuhuaqi_jixiaopingjia_guanlibanfa"
B_NAME = "B_lanzhou_kejichuangxin_xinwenfabuhui_shilu"
C_NAME = "C_nanning_2026_zhongdianyanfa_lixiang_gongshi"

A_FILE = CORPUS / (A_NAME + ".docx")
B_FILE = CORPUS / (B_NAME + ".txt")
C_FILE = CORPUS / (C_NAME + ".pdf")

A_PLAIN = PLAIN / (A_NAME + ".txt")
B_PLAIN = PLAIN / (B_NAME + ".txt")
C_PLAIN = PLAIN / (C_NAME + ".txt")

DIGITS = "零一二三四五六七八九"


def chinese_counting(n: int) -> str:
    """Word's chineseCounting format for 1..99 (一, 十, 十一, 二十, 二十一)."""
    if n < 10:
        return DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "十" if tens == 1 else DIGITS[tens] + "十"
    return head + (DIGITS[ones] if ones else "")


def write_plain(path: Path, lines):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
