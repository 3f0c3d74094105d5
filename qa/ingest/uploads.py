"""Storing an uploaded document in the corpus folder: named safely, checked, written atomically.

An upload is untrusted: its name may carry a path, odd characters or a misleading
extension, and its bytes may be anything. Here it gets a safe document id, its
type is checked by content (a `.pdf` must be a PDF, a `.docx` a Word archive, a
`.txt` not a binary), and it is written under a temporary name that the corpus
loader ignores, then renamed into place, so a crash never leaves half a document.
Reading it in full (and failing on a scanned or encrypted file) is the indexer's
job, in the background.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import unicodedata
from pathlib import Path

from qa.errors import NotFoundError, UploadError
from qa.ingest.documents import corpus_files
from qa.ingest.formats import MAX_BYTES, SUFFIXES
from qa.ingest.rawbytes import sniff

#: A document id: letters (any script), digits, `_`, `-`, `.`; not starting with a dot; at most 80 characters.
DOC_ID = re.compile(r"^\w[\w.\-]{0,79}$")
#: What each type's bytes must start with (None: text, which must not be a known binary).
_EXPECTED = {".pdf": "a PDF", ".docx": "a zip archive", ".doc": "a legacy Office file"}
#: A stored upload's permissions: those of a file copied in by hand under the usual umask (022). The temporary
#: file it is written to is private (0600), which would make uploads alone unreadable to a backup or other user.
FILE_MODE = 0o644


def safe_doc_id(filename: str, data: bytes) -> str:
    """A document id from an uploaded file's name: its last path part, without the extension,
    with anything but letters, digits, `_-.` replaced; a hash of the content when nothing is left."""
    name = unicodedata.normalize("NFC", filename).replace("\\", "/").rsplit("/", 1)[-1]
    stem = name.rsplit(".", 1)[0] if "." in name else name
    stem = re.sub(r"[^\w.\-]+", "_", stem).strip("._-")[:80]
    return stem if stem and DOC_ID.match(stem) else "doc-" + hashlib.sha256(data).hexdigest()[:12]


def check_doc_id(doc_id: str) -> str:
    if not DOC_ID.match(doc_id):
        raise UploadError(
            "invalid_request",
            f"doc_id {doc_id[:100]!r} is not valid: use letters, digits, '_', '-' or '.', not first a dot, ≤ 80",
        )
    return doc_id


def check_content(filename: str, data: bytes) -> str:
    """The file's extension, once its bytes agree with it; otherwise an `UploadError` naming both."""
    suffix = Path(filename).suffix.lower()
    if suffix not in SUFFIXES:
        raise UploadError(
            "unsupported_media_type",
            f"unsupported file type {suffix or '(none)'!r} in {filename!r}; use {', '.join(SUFFIXES)}",
        )
    if not data:
        raise UploadError("invalid_request", f"{filename!r} is an empty file")
    if len(data) > MAX_BYTES:
        raise UploadError("payload_too_large", f"{filename!r} is larger than {MAX_BYTES // 2**20} MiB")
    found = sniff(data)
    expected = _EXPECTED.get(suffix)
    if found != expected:
        content = found or ("not " + expected if expected else "text")  # no magic number: we cannot say more
        raise UploadError("unsupported_media_type", f"{filename!r} is named {suffix} but its content is {content}")
    return suffix


def store(corpus_dir: Path, filename: str, data: bytes, doc_id: str | None = None) -> tuple[str, Path]:
    """Write the upload as `<doc_id><suffix>` in the corpus folder; replaces the document of that id
    (a file of the same id with another extension is removed once the new one is in place)."""
    suffix = check_content(filename, data)
    doc_id = check_doc_id(doc_id) if doc_id else safe_doc_id(filename, data)
    corpus_dir.mkdir(parents=True, exist_ok=True)
    final = corpus_dir / f"{doc_id}{suffix}"
    fd, tmp = tempfile.mkstemp(dir=corpus_dir, prefix=".upload-", suffix=".part")  # not a corpus suffix
    try:
        with os.fdopen(fd, "wb") as fh:
            os.fchmod(fh.fileno(), FILE_MODE)
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, final)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise UploadError("storage_full", f"cannot store {final.name}: {exc.strerror or exc}") from exc
    for other in files_of(corpus_dir, doc_id):
        if other != final:
            other.unlink(missing_ok=True)
    return doc_id, final


def files_of(corpus_dir: Path, doc_id: str) -> list[Path]:
    """The corpus files whose document id is `doc_id` (normally one)."""
    return [corpus_dir / f"{doc_id}{s}" for s in SUFFIXES if (corpus_dir / f"{doc_id}{s}").is_file()]


def remove(corpus_dir: Path, doc_id: str) -> list[Path]:
    """Delete the document's file(s); `NotFoundError` when there is none. Matched against the folder's own
    listing, so any document there can be deleted (one copied in by hand may be named "方案（2023）.txt",
    which no upload is), and no path is ever built from the id."""
    found = [p for p in corpus_files(corpus_dir) if p.stem == doc_id]
    if not found:
        raise NotFoundError(f"no document {doc_id!r} in the corpus folder")
    for path in found:
        path.unlink(missing_ok=True)
    return found
