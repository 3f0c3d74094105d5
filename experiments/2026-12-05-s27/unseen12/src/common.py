"""Shared paths for the unseen12 builders."""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
PLAIN = ROOT / "plain"

A_NAME = "A_haikou_fuhuazaiti_zhengcewenda"
B_NAME = "B_shijiazhuang_shengwuyiyao_sannianxingdongjihua"
C_NAME = "C_ningxia_2025_keji_tongjijianbao"

A_FILE = CORPUS / f"{A_NAME}.html"
B_FILE = CORPUS / f"{B_NAME}.docx"
C_FILE = CORPUS / f"{C_NAME}.md"
A_PLAIN = PLAIN / f"{A_NAME}.txt"
B_PLAIN = PLAIN / f"{B_NAME}.txt"
C_PLAIN = PLAIN / f"{C_NAME}.txt"


def write_plain(path, lines):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
