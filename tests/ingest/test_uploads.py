"""Storing uploads: safe ids, types checked by content, atomic writes, replacement and removal."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa.errors import NotFoundError, UploadError
from qa.ingest import uploads
from qa.ingest.documents import corpus_files

TEXT = "关于推进科技创新的通知\n\n各单位：现将有关事项通知如下。".encode()


@pytest.mark.parametrize(
    ("filename", "expected"),
    [
        ("通知.txt", "通知"),
        ("../../etc/passwd.txt", "passwd"),
        ("C:\\Users\\a\\政策 文件(2024).docx", "政策_文件_2024"),
        (".hidden.txt", "hidden"),
        ("a/b/..txt", None),  # nothing usable left: a content hash
        ("<script>.html", "script"),
    ],
)
def test_document_ids_from_file_names_are_safe(filename: str, expected: str | None) -> None:
    doc_id = uploads.safe_doc_id(filename, TEXT)
    assert uploads.DOC_ID.match(doc_id) and "/" not in doc_id and not doc_id.startswith(".")
    if expected is None:
        assert doc_id.startswith("doc-")
    else:
        assert doc_id == expected


def test_store_writes_atomically_and_replaces_the_same_id(tmp_path: Path) -> None:
    doc_id, path = uploads.store(tmp_path, "通知.txt", TEXT)
    assert (doc_id, path.read_bytes()) == ("通知", TEXT)
    assert not list(tmp_path.glob(".upload-*"))  # no temporary file left behind
    assert path.stat().st_mode & 0o777 == 0o644  # readable like a file copied in, not private as a temp file
    html = b"<html><body><p>" + "新的内容。".encode() * 10 + b"</p></body></html>"
    uploads.store(tmp_path, "other.html", html, doc_id="通知")
    assert [p.name for p in corpus_files(tmp_path)] == ["通知.html"]  # the .txt of the same id is gone
    assert uploads.remove(tmp_path, "通知") == [tmp_path / "通知.html"] and corpus_files(tmp_path) == []
    with pytest.raises(NotFoundError):
        uploads.remove(tmp_path, "通知")


def test_a_document_copied_in_by_hand_is_removed_by_its_stem_and_no_path_is_built(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "方案（2023）.txt").write_bytes(TEXT)  # no upload is named so (`DOC_ID`)
    (tmp_path / "outside.txt").write_bytes(TEXT)
    assert uploads.remove(corpus, "方案（2023）") == [corpus / "方案（2023）.txt"]
    with pytest.raises(NotFoundError):
        uploads.remove(corpus, "../outside")
    assert (tmp_path / "outside.txt").exists()


@pytest.mark.parametrize(
    ("filename", "data", "code"),
    [
        ("a.exe", b"MZ\x90\x00", "unsupported_media_type"),
        ("noextension", TEXT, "unsupported_media_type"),
        ("a.txt", b"", "invalid_request"),
        ("a.pdf", TEXT, "unsupported_media_type"),  # text named .pdf
        ("a.txt", b"%PDF-1.7\n...", "unsupported_media_type"),  # a PDF named .txt
        ("a.docx", TEXT, "unsupported_media_type"),  # not a zip
        ("a.doc", b"PK\x03\x04rest", "unsupported_media_type"),  # a zip named .doc
        ("a.html", b"\x89PNG\r\n\x1a\n", "unsupported_media_type"),  # an image named .html
    ],
)
def test_types_are_checked_by_content(tmp_path: Path, filename: str, data: bytes, code: str) -> None:
    with pytest.raises(UploadError) as caught:
        uploads.store(tmp_path, filename, data)
    assert caught.value.code == code and filename in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_the_message_says_what_the_content_is_not_when_it_cannot_say_what_it_is(tmp_path: Path) -> None:
    with pytest.raises(UploadError, match=r"'a\.pdf' is named \.pdf but its content is not a PDF$"):
        uploads.store(tmp_path, "a.pdf", bytes(range(256)))  # random bytes: no magic number, not text either
    with pytest.raises(UploadError, match=r"'a\.docx' is named \.docx but its content is a PDF$"):
        uploads.store(tmp_path, "a.docx", b"%PDF-1.7\n...")


@pytest.mark.parametrize("doc_id", ["../x", ".hidden", "a/b", "a b", "x" * 81, "a\\b"])
def test_a_bad_doc_id_is_refused_and_named(tmp_path: Path, doc_id: str) -> None:
    with pytest.raises(UploadError, match="doc_id"):
        uploads.store(tmp_path, "a.txt", TEXT, doc_id=doc_id)


def test_oversize_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(uploads, "MAX_BYTES", 10)
    with pytest.raises(UploadError) as caught:
        uploads.store(tmp_path, "a.txt", TEXT)
    assert caught.value.code == "payload_too_large"
