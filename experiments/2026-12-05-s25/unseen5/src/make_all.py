# -*- coding: utf-8 -*-
"""Rebuild everything in /tmp/s25/unseen5: corpus/, plain/, questions.jsonl, README.md."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build  # noqa: E402
import questions  # noqa: E402

README = """# unseen5 — independent test set (Chinese S&T policy QA)

Rebuild: `/work/main/.venv/bin/python src/make_all.py` (runs `build.py`, then `questions.py`, which also runs the checks).

## Documents (`corpus/`, plain text in `plain/`, same base name, UTF-8)

| Doc | File | Script / format | Content |
|---|---|---|---|
| A | `國科會淨零科技產學合作研究計畫補助辦法.docx` | Traditional Chinese (Taiwan), python-docx: Title + Heading 1 chapters, articles 第一條–第十九條, one real Word table (補助項目 / 上限金額 / 補助比例 / 執行期限) | 國家科學及技術委員會 net-zero industry–academia research grant rules: 新臺幣 amounts, eligibility, 配合款 ratios, 115年度 deadlines, review, reporting |
| B | `无锡市2026年科技创新工作要点.txt` | Simplified Chinese, **GBK**, CRLF; headings 一、/（一）/1.; table as space-aligned columns after caption “表1 …” | Wuxi 2026 S&T work points: targets with years, 三大创新高地 / 四项行动, every task with （牵头单位：…；责任单位：…）, table of 7 重大创新平台 (名称/类型/依托单位/所在区/建设期限) |
| C | `江西省科学技术厅关于公布2025年度省级新型研发机构名单的通知.pdf` | Simplified Chinese, reportlab STSong-Light text layer; GB/T 9704 head (发文机关标志, 赣科发成字〔2025〕137号, title, 主送), body, signature/date, 版记 | Jiangxi 2025 provincial new-type R&D institutions notice; 附件 table of 34 rows (序号/机构名称/依托单位/所在市/类别) spanning two pages with the header row repeated |

All content is fictional but internally consistent (e.g. the category counts in Doc C's body match its table).

## Questions (`questions.jsonl`, 50 lines)

Fields: `id`, `doc`, `kind`, `question`, `answer` (verbatim from the document, in its own script; lists joined with “、”; "" if unanswerable), `evidence` (sentence or table row, table cells joined by " | ", several rows/lines joined by newline).

| kind | n | notes |
|---|---|---|
| paraphrase | 12 | reworded; who leads (牵头单位), when, how much |
| table | 8 | a cell by row+column, or rows found by a condition (no counting) |
| list | 4 | enumerations |
| notice | 3 | issuer, document number, date of Doc C |
| simplified_about_traditional | 5 | Simplified questions about Doc A (answers in Traditional) |
| traditional | 3 | Traditional-script questions about Doc B / C (answers in Simplified) |
| english | 5 | English questions, answers in document script |
| typo | 4 | one-character typo (吴锡, 井岗山, 配和款, 揭榜挂率) |
| unanswerable | 6 | near misses (other year, figure / organisation not stated) |

Docs: A 14, B 19, C 17 questions. Questions name the place (台湾国科会 / 无锡 / 江西).

## Checks (in `src/questions.py`)
- Doc A re-opened with python-docx (headings, 1 table of 5 rows; text equals plain/).
- Doc B decoded as GBK (not valid UTF-8), CRLF line endings, text equals plain/.
- Doc C text layer read with pypdf; attachment table header appears on two pages.
- Each doc 2,000–4,000 non-whitespace characters.
- Every answer (or each list item) occurs in its plain text and in the text read back from the corpus file, after whitespace removal; evidence occurs in plain text; kind counts as above.
"""


def main():
    build.main()
    questions.main()
    with open(os.path.join(build.ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write(README)


if __name__ == "__main__":
    main()
