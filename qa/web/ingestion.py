"""Background indexing of uploaded and deleted documents, one build at a time, without downtime.

An upload is stored in the corpus folder first (`qa.ingest.uploads`), then queued here. One
worker thread rebuilds the index incrementally (only new or changed chunks are
embedded, with the model the server already holds) and swaps the new service in
(`ServiceSlot.reload`): questions keep being answered from the old index until then.
Uploads that arrive during a build are folded into the next one. Statuses live in
memory; on start-up the worker compares the corpus folder with the index's
manifest, so a file stored just before a crash or a kill -9 is indexed then.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from qa.errors import QAError
from qa.ingest import corpus_files
from qa.service import Service, build

if TYPE_CHECKING:
    from qa.config import Settings
    from qa.web import ServiceSlot

State = Literal["queued", "indexing", "indexed", "failed", "not_indexed"]


@dataclass(frozen=True)
class DocumentStatus:
    """Where one document stands; `error` says why a failed one failed (the file is kept)."""

    doc_id: str
    status: State
    error: str | None = None
    source: str | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


class Ingestion:
    """The queue of documents waiting for the index, and the one thread that builds it."""

    def __init__(self, settings: Settings, slot: ServiceSlot, logger: logging.Logger) -> None:
        self.settings = settings
        self.slot = slot
        self.logger = logger
        self._jobs: dict[str, DocumentStatus] = {}  # queued, indexing, or finished since start
        self._dirty = False  # a build is wanted (an upload, a deletion, or the folder differs from the index)
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._idle = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="qa-ingestion", daemon=True)
                self._thread.start()

    def submit(self, doc_id: str, source: str) -> DocumentStatus:
        """Queue a stored document for indexing."""
        status = DocumentStatus(doc_id, "queued", source=source)
        with self._lock:
            self._jobs[doc_id] = status
            self._want_build()
        return status

    def forget(self, doc_id: str) -> None:
        """A document's file was deleted: its chunks go with the next build."""
        with self._lock:
            self._jobs.pop(doc_id, None)
            self._want_build()

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Block until no build is wanted or running (tests, and `qa` tools that need a settled index)."""
        return self._idle.wait(timeout)

    def status(self, doc_id: str) -> DocumentStatus | None:
        return next((s for s in self.statuses() if s.doc_id == doc_id), None)

    def statuses(self) -> list[DocumentStatus]:
        """Every document in the corpus folder, plus any job not yet finished, by id."""
        with self._lock:
            jobs = dict(self._jobs)
        service = self.slot.service
        indexed = set(service.index.manifest.get("documents", {})) if service is not None else set()
        errors = {e.path.name: e.reason for e in service.index.corpus.errors} if service is not None else {}
        found: dict[str, DocumentStatus] = {}
        try:
            files = corpus_files(self.settings.corpus_dir)
        except OSError:
            files = []
        for path in files:
            doc_id = path.stem
            if doc_id in jobs:
                found[doc_id] = jobs[doc_id]
            elif path.name in errors:
                found[doc_id] = DocumentStatus(doc_id, "failed", errors[path.name], path.name)
            else:
                state: State = "indexed" if doc_id in indexed else "not_indexed"
                found[doc_id] = DocumentStatus(doc_id, state, source=path.name)
        for doc_id, job in jobs.items():
            if job.status in ("queued", "indexing"):
                found.setdefault(doc_id, job)
        return [found[k] for k in sorted(found)]

    # --- the worker -------------------------------------------------------------------------

    def _want_build(self) -> None:
        self._dirty = True
        self._idle.clear()
        self._wake.set()

    def _run(self) -> None:
        self.slot.wait()
        self._recover()
        while True:
            self._wake.wait()
            with self._lock:
                self._wake.clear()
                if not self._dirty:
                    self._idle.set()
                    continue
                self._dirty = False
                batch = [d for d, s in self._jobs.items() if s.status == "queued"]
                for doc_id in batch:
                    self._jobs[doc_id] = DocumentStatus(doc_id, "indexing", source=self._jobs[doc_id].source)
            self._build(batch)
            with self._lock:
                if not self._dirty:
                    self._idle.set()

    def _recover(self) -> None:
        """Queue what the corpus folder has and the build lacks: a file stored (or changed) after the
        build read the folder, e.g. just before a crash; and build again if a file was removed."""
        service = self.slot.service
        if service is None:
            return
        manifest = service.index.manifest
        built = set(manifest.get("documents", {})) | {Path(u["source"]).stem for u in manifest.get("unreadable", [])}
        read_at = manifest.get("corpus_read_at") or 0.0
        try:
            on_disk = {p.stem: p for p in corpus_files(self.settings.corpus_dir)}
        except OSError:
            on_disk = {}
        stale = {d for d, path in on_disk.items() if d not in built or path.stat().st_mtime > read_at}
        gone = built - set(on_disk)
        if stale or gone:
            self.logger.info("the corpus folder changed since the index was built (%d new or changed)", len(stale))
            with self._lock:
                for doc_id in sorted(stale):
                    self._jobs[doc_id] = DocumentStatus(doc_id, "queued", source=on_disk[doc_id].name)
                self._want_build()
        else:
            self._idle.set()

    def _build(self, batch: list[str]) -> None:
        service: Service | None = self.slot.service
        try:
            if service is None:
                raise QAError("the service is not loaded; see /readyz")
            corpus, report = build(self.settings, service.embedder)
            self.slot.reload(self.settings, self.logger)
        except Exception as exc:  # a thread's exception would vanish; each queued document says why
            reason = str(exc) if isinstance(exc, QAError) else f"{type(exc).__name__}: {exc}"
            self.logger.error("indexing failed, still serving the previous index: %s", reason)
            self._finish(batch, lambda doc_id: ("failed", reason))
            return
        errors = {e.path.stem: e.reason for e in corpus.errors}
        self.logger.info("indexed %d chunks (%d embedded) for %s", report.chunks, report.embedded, batch or "deletions")
        self._finish(batch, lambda doc_id: ("failed", errors[doc_id]) if doc_id in errors else ("indexed", None))

    def _finish(self, batch: list[str], outcome: Callable[[str], tuple[State, str | None]]) -> None:
        """Record each document's outcome, unless it was deleted or uploaded again meanwhile."""
        with self._lock:
            for doc_id in batch:
                job = self._jobs.get(doc_id)
                if job is not None and job.status == "indexing":
                    state, error = outcome(doc_id)
                    self._jobs[doc_id] = DocumentStatus(doc_id, state, error, job.source)
