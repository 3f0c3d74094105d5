"""The index folder on disk: numbered builds, the `CURRENT` pointer, one builder at a time, verified files.

A build is written into `builds/.tmp-*`, renamed when finished, and only then does
`CURRENT` switch to it (`os.replace` + fsync), so a crash or `kill -9` leaves the
previous build serving; `prune` removes what such builds left behind.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from qa.errors import SearchIndexError
from qa.search.manifest import FIX

#: Finished builds kept: the current one and the one before it.
KEEP_BUILDS = 2


def current_path(index_dir: Path) -> Path | None:
    """The build folder `CURRENT` points at, if any."""
    pointer = index_dir / "CURRENT"
    if not pointer.exists():
        return None
    return index_dir / "builds" / pointer.read_text(encoding="utf-8").strip()


@contextlib.contextmanager
def build_lock(index_dir: Path) -> Iterator[None]:
    """One build at a time per index folder (a second one fails fast instead of racing).

    An flock dies with its process, so a build killed with `kill -9` leaves no stale lock;
    the file holds the builder's pid only to name it in the error.
    """
    index_dir.mkdir(parents=True, exist_ok=True)
    with open(index_dir / ".lock", "a+") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            holder = fh.read().strip() or "?"
            raise SearchIndexError(f"another build (pid {holder}) is running in {index_dir}") from None
        fh.truncate(0)
        fh.write(str(os.getpid()))
        fh.flush()
        try:
            yield
        finally:
            fh.truncate(0)


def remove_unfinished(builds: Path) -> None:
    """Folders of builds that crashed or were killed: never pointed at, safe to delete under the lock."""
    if builds.is_dir():
        for path in builds.glob(".tmp-*"):
            shutil.rmtree(path, ignore_errors=True)


def prune(index_dir: Path, keep: str) -> None:
    """Remove unfinished builds and all but the newest finished ones."""
    builds = index_dir / "builds"
    remove_unfinished(builds)
    finished = sorted((p for p in builds.iterdir() if not p.name.startswith(".")), key=lambda p: p.name)
    for path in finished[:-KEEP_BUILDS]:
        if path.name != keep:
            shutil.rmtree(path, ignore_errors=True)


def fsync_dir(path: Path) -> None:
    """Make a rename inside `path` durable (a power cut must not undo the switch)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def writing(path: Path) -> Iterator[Path]:
    """Name the file in a failed write: Python leaves the name off errors raised by write() itself."""
    try:
        yield path
    except OSError as exc:
        if exc.filename is None:
            exc.filename = str(path)
        raise


def file_digests(folder: Path) -> dict[str, dict[str, Any]]:
    """Size and SHA-256 of every file of a build except the manifest, keyed by relative path."""
    digests = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.name != "manifest.json":
            data = path.read_bytes()
            digests[path.relative_to(folder).as_posix()] = {
                "bytes": len(data),
                "sha256": hashlib.sha256(data).hexdigest(),
            }
    return digests


def switch(index_dir: Path, name: str) -> None:
    tmp = index_dir / ".CURRENT.tmp"
    tmp.write_text(name, encoding="utf-8")
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, index_dir / "CURRENT")
    fsync_dir(index_dir)


def current_build(index_dir: Path) -> Path:
    """The folder `CURRENT` names, refusing a missing, unreadable or dangling pointer."""
    pointer = index_dir / "CURRENT"
    if not pointer.exists():
        raise SearchIndexError(f"no index in {index_dir}; {FIX}")
    try:
        name = pointer.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise SearchIndexError(f"index file {pointer} is unreadable ({exc}); {FIX}") from exc
    folder = index_dir / "builds" / name
    if not name or "/" in name or name.startswith(".") or not folder.is_dir():
        raise SearchIndexError(f"index file {pointer} points at {name!r}, which is not a finished build; {FIX}")
    return folder


def verify(folder: Path, manifest: dict[str, Any]) -> None:
    """Every file the manifest lists has its recorded size and SHA-256 (cheap: the files are read anyway)."""
    for name, expected in manifest.get("files", {}).items():
        path = folder / name
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise SearchIndexError(f"index file {path} is missing; {FIX}") from None
        if len(data) != expected["bytes"]:
            raise SearchIndexError(
                f"index file {path} is damaged ({len(data)} bytes, expected {expected['bytes']}); {FIX}"
            )
        if hashlib.sha256(data).hexdigest() != expected["sha256"]:
            raise SearchIndexError(f"index file {path} is damaged (checksum mismatch); {FIX}")
