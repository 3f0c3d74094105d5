"""Loading files: formats, encodings and unreadable files."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa.errors import DocumentError
from qa.ingest.documents import Corpus, load_corpus, load_document

ARTICLE = "湖北省加快推进光谷科技创新大走廊建设，全社会研发经费支出占地区生产总值的比重超过4.2%。"


def test_seed_corpus_loads_all_five(seed_corpus: Corpus) -> None:
    assert not seed_corpus.errors
    assert [d.source for d in seed_corpus.documents] == [
        "000_c568ad1a221f03d2.txt",
        "001_bf834c77e24d688a.txt",
        "002_5592d6c0c79fd67d.txt",
        "003_a5e75ae0d0a47dee.txt",
        "004_31cbb575ad998fa6.txt",
    ]
    assert seed_corpus.get("003_a5e75ae0d0a47dee") is not None


def test_html_main_content_extracted(tmp_path: Path) -> None:
    html = (
        "<html><head><title>t</title></head><body><nav>首页 &gt; 新闻</nav>"
        f"<article><h1>光谷大走廊方案发布</h1><p>{ARTICLE}</p><p>{ARTICLE}</p></article>"
        "<footer>版权所有 联系电话 027-12345678</footer></body></html>"
    )
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    doc = load_document(tmp_path / "page.html")
    assert "4.2%" in doc.text and "版权所有" not in doc.text
    assert doc.doc_id == "page" and doc.source == "page.html"


def test_markdown_headings_become_lines(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(f"# 行动方案\n\n## 一、总体要求\n\n{ARTICLE}\n", encoding="utf-8")
    doc = load_document(tmp_path / "a.md")
    assert [s.title for s in doc.sections] == ["行动方案", "一、总体要求"]
    assert doc.title == "行动方案"


def test_gb18030_file_decoded(tmp_path: Path) -> None:
    (tmp_path / "gbk.txt").write_bytes(ARTICLE.encode("gb18030"))
    assert "光谷" in load_document(tmp_path / "gbk.txt").text


def test_bad_files_reported_by_name_and_others_still_load(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("浏览量: 12\n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x81\xff\xfe\x00" * 10)
    (tmp_path / "notes.xls").write_bytes(b"%PDF")  # not a corpus file type: ignored
    corpus = load_corpus(tmp_path)
    assert [d.source for d in corpus.documents] == ["good.txt"]
    messages = sorted(str(e) for e in corpus.errors)
    assert messages[0].startswith("binary.txt:")
    assert messages[1] == "empty.txt: too little text (under 20 characters)"


def test_unsupported_type_named(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match=r"notes.xls: unsupported file type '.xls'"):
        load_document(tmp_path / "notes.xls")


def test_missing_corpus_folder(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="corpus folder does not exist"):
        load_corpus(tmp_path / "nope")
