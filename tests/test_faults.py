"""Faults an operator will meet: a build killed or out of disk, a damaged index, re-indexing while serving.

The slow tests drive the real `qa` command in subprocesses with the real model, because
`kill -9`, file-size limits and SIGHUP only mean something to a real process. The admin
endpoint's contract is checked quickly through Flask's test client.
"""

from __future__ import annotations

import os
import resource
import shutil
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import requests
from flask.testing import FlaskClient

from qa.config import ROOT, Settings
from qa.search.index import current_path, load_index
from qa.service import Service, index_spec
from qa.web import admin, create_app
from tests.web_fixtures import QUESTION, web_service_fixture  # noqa: F401  (registers the fixture)

QA = str(ROOT / ".venv" / "bin" / "qa")
TOKEN = "s3cret-admin"
TIMEOUT = 120
#: A document no seed resembles, so a search for its phrase finds only it.
NEW_DOC = (
    "关于实施量子飞跃计划的通知\n\n"
    "一、总体目标\n\n"
    "到2030年，量子飞跃计划建成12个量子计算联合实验室，培育量子产业企业300家。\n\n"
    "二、组织保障\n\n"
    "量子飞跃计划由省科学技术厅牵头，省发展改革委、省财政厅配合。\n"
)


# --- helpers -------------------------------------------------------------------------------------


def _env(settings: Settings, **extra: str) -> dict[str, str]:
    return {
        **os.environ,
        "QA_CORPUS_DIR": str(settings.corpus_dir),
        "QA_INDEX_DIR": str(settings.index_dir),
        "QA_RATE_LIMIT": "off",
        **extra,
    }


def _qa(settings: Settings, *args: str, timeout: float = 600, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [QA, *args], env=_env(settings), capture_output=True, text=True, timeout=timeout, check=False, **kwargs
    )


def _one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    """The command failed with exactly one `error:` line on stderr (progress bars aside) and no traceback."""
    assert result.returncode == 1, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, result.stderr
    return errors[0]


def _wait_for(condition: Callable[[], bool], proc: subprocess.Popen[bytes] | None = None, limit: float = 300) -> None:
    """Poll until `condition` holds; fail if `proc` exits first (the limit only stops a hung test)."""
    deadline = time.monotonic() + limit
    while not condition():
        if proc is not None and proc.poll() is not None:
            pytest.fail(f"process exited ({proc.returncode}) before the awaited moment")
        if time.monotonic() > deadline:
            pytest.fail("timed out waiting")
        time.sleep(0.005)


def _start(settings: Settings, log: Path, *args: str, **env: str) -> subprocess.Popen[bytes]:
    """`qa *args` in the background; its stderr goes to `log` (an unread pipe would fill and block it)."""
    with open(log, "ab") as fh:
        return subprocess.Popen([QA, *args], env=_env(settings, **env), stdout=fh, stderr=fh)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture()
def copy_of_real(tmp_path: Path, real_service: Service) -> Settings:
    """The seed corpus and a copy of its real-model index in a temporary folder, free to break."""
    settings = real_service.settings.with_(corpus_dir=tmp_path / "corpus", index_dir=tmp_path / "index")
    shutil.copytree(real_service.settings.corpus_dir, settings.corpus_dir)
    shutil.copytree(real_service.settings.index_dir, settings.index_dir)
    return settings


def _spec(settings: Settings, real_service: Service) -> Any:
    return index_spec(settings, real_service.embedder)


def _unfinished(settings: Settings) -> list[Path]:
    return sorted((settings.index_dir / "builds").glob(".tmp-*"))


# --- kill -9 during a build ----------------------------------------------------------------------


@pytest.mark.slow
def test_kill_9_during_a_build_leaves_the_previous_index(
    copy_of_real: Settings, real_service: Service, tmp_path: Path
) -> None:
    settings = copy_of_real
    log = tmp_path / "index.log"
    before = current_path(settings.index_dir)
    chunks_before = len(load_index(settings.index_dir, _spec(settings, real_service)).chunks)

    # 1. killed while writing: many copies of the seeds (their vectors are reused, so writing takes longest)
    for path in sorted(settings.corpus_dir.iterdir()):
        for copy in range(12):
            shutil.copy(path, settings.corpus_dir / f"copy{copy:02d}_{path.name}")
    proc = _start(settings, log, "index")
    _wait_for(lambda: bool(_unfinished(settings)), proc)
    proc.kill()
    proc.wait()
    assert _unfinished(settings), "the build was killed with its half-written folder in place"
    assert current_path(settings.index_dir) == before
    assert len(load_index(settings.index_dir, _spec(settings, real_service)).chunks) == chunks_before

    # 2. killed while embedding a new document (the build lock names the builder's pid)
    (settings.corpus_dir / "900_quantum.txt").write_text(NEW_DOC, encoding="utf-8")
    lock = settings.index_dir / ".lock"
    proc = _start(settings, log, "index")
    _wait_for(lambda: lock.read_text() == str(proc.pid), proc)
    proc.kill()
    proc.wait()
    assert current_path(settings.index_dir) == before
    assert len(load_index(settings.index_dir, _spec(settings, real_service)).chunks) == chunks_before

    # 3. the next build ignores the dead builder's lock, clears its leftovers and succeeds
    result = _qa(settings, "index")
    assert result.returncode == 0, result.stderr
    assert not _unfinished(settings)
    after = load_index(settings.index_dir, _spec(settings, real_service))
    assert current_path(settings.index_dir) != before and len(after.chunks) > 13 * chunks_before
    service = Service.load(settings, real_service.embedder)
    answer = service.ask("量子飞跃计划由哪个部门牵头？")
    assert answer.answerable and answer.citations[0].doc_id == "900_quantum"


# --- a full disk during a build ------------------------------------------------------------------


def _file_size_limit(limit: int) -> Callable[[], None]:
    """For `preexec_fn`: writes past `limit` bytes fail with EFBIG (SIGXFSZ ignored, so no core dump)."""

    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


@pytest.mark.slow
def test_full_disk_during_a_build_keeps_the_previous_index(copy_of_real: Settings, real_service: Service) -> None:
    settings = copy_of_real
    before = current_path(settings.index_dir)
    (settings.corpus_dir / "001_bf834c77e24d688a.txt").unlink()  # changed corpus; every other vector is reused
    result = _qa(settings, "index", preexec_fn=_file_size_limit(64 * 1024))
    line = _one_line_error(result)
    assert line.startswith("error: index build failed writing vectors.faiss (File too large)"), line
    assert f"the previous index is unchanged ({before.name})" in line  # type: ignore[union-attr]
    assert current_path(settings.index_dir) == before
    assert not _unfinished(settings) and sorted(p.name for p in (settings.index_dir / "builds").iterdir()) == [
        before.name  # type: ignore[union-attr]
    ]
    service = Service.load(settings, real_service.embedder)
    assert service.ask(QUESTION).answerable


# --- a damaged index stops start-up --------------------------------------------------------------


def _truncate_vectors(folder: Path, index_dir: Path) -> str:
    path = folder / "vectors.faiss"
    path.write_bytes(path.read_bytes()[:1000])
    return "vectors.faiss is damaged (1000 bytes"


def _garbage_manifest(folder: Path, index_dir: Path) -> str:
    (folder / "manifest.json").write_text("{not json", encoding="utf-8")
    return "manifest.json is unreadable"


def _missing_chunks(folder: Path, index_dir: Path) -> str:
    (folder / "chunks.jsonl").unlink()
    return "chunks.jsonl is missing"


def _dangling_current(folder: Path, index_dir: Path) -> str:
    (index_dir / "CURRENT").write_text("20990101T000000.000000000", encoding="utf-8")
    return "CURRENT points at '20990101T000000.000000000', which is not a finished build"


DAMAGE = [_truncate_vectors, _garbage_manifest, _missing_chunks, _dangling_current]


@pytest.mark.slow
@pytest.mark.parametrize("damage", DAMAGE, ids=lambda f: f.__name__.strip("_"))
def test_damaged_index_stops_serve_and_search(copy_of_real: Settings, damage: Callable[[Path, Path], str]) -> None:
    expected = damage(current_path(copy_of_real.index_dir), copy_of_real.index_dir)  # type: ignore[arg-type]
    served = _qa(copy_of_real, "serve", "--port", str(_free_port()), timeout=TIMEOUT)
    searched = _qa(copy_of_real, "search", "光谷", timeout=TIMEOUT)
    for result in (served, searched):
        line = _one_line_error(result)
        assert expected in line and "run `make index` (or `qa index`)" in line, line
    assert "serving" not in served.stderr


# --- re-indexing while serving -------------------------------------------------------------------


@dataclass
class Hammer:
    """Clients asking and searching in a loop; every response that is not a 200 counts as a failure."""

    base: str
    stop: threading.Event = field(default_factory=threading.Event)
    sent: int = 0
    failures: list[str] = field(default_factory=list)
    threads: list[threading.Thread] = field(default_factory=list)

    def _run(self, call: Callable[[requests.Session], requests.Response]) -> None:
        with requests.Session() as session:
            while not self.stop.is_set():
                self.sent += 1
                try:
                    response = call(session)
                    if response.status_code != 200:
                        self.failures.append(f"{response.status_code} {response.text[:200]}")
                except requests.RequestException as exc:
                    self.failures.append(repr(exc))

    def __enter__(self) -> Hammer:
        ask = lambda s: s.post(f"{self.base}/api/ask", json={"question": QUESTION}, timeout=TIMEOUT)  # noqa: E731
        search = lambda s: s.get(f"{self.base}/api/search", params={"q": "光谷", "k": 3}, timeout=TIMEOUT)  # noqa: E731
        self.threads = [threading.Thread(target=self._run, args=(call,)) for call in (ask, search)]
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        for thread in self.threads:
            thread.join(TIMEOUT)


@pytest.fixture()
def server(copy_of_real: Settings, tmp_path: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """`qa serve` in a subprocess with the admin token set, ready (model warm) before the test starts."""
    port = _free_port()
    log = tmp_path / "serve.log"
    proc = _start(copy_of_real, log, "serve", "--port", str(port), "--threads", "4", QA_ADMIN_TOKEN=TOKEN)
    base = f"http://127.0.0.1:{port}"

    def ready() -> bool:
        try:
            return requests.get(f"{base}/readyz", timeout=5).status_code == 200
        except requests.RequestException:
            return False

    try:
        _wait_for(ready, proc)
        yield base, proc
    finally:
        proc.terminate()
        proc.wait(TIMEOUT)
        print(log.read_text(encoding="utf-8", errors="replace")[-2000:])


def _documents(base: str) -> set[str]:
    listed = requests.get(f"{base}/api/documents", timeout=TIMEOUT).json()["documents"]
    return {d["doc_id"] for d in listed}


def _reload(base: str, token: str | None = TOKEN) -> requests.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return requests.post(f"{base}/admin/reload", headers=headers, timeout=TIMEOUT)


@pytest.mark.slow
def test_reindex_and_reload_while_serving(server: tuple[str, subprocess.Popen[bytes]], copy_of_real: Settings) -> None:
    base, proc = server
    seeds = _documents(base)
    assert _reload(base, None).status_code == 401 and _reload(base, "wrong").json()["error"]["code"] == "forbidden"
    with Hammer(base) as hammer:
        # admin endpoint: a new document, indexed by `qa index` while the server answers
        (copy_of_real.corpus_dir / "900_quantum.txt").write_text(NEW_DOC, encoding="utf-8")
        assert _qa(copy_of_real, "index").returncode == 0
        reloaded = _reload(base)
        assert reloaded.status_code == 200, reloaded.text
        body = reloaded.json()
        assert body["status"] == "reloaded" and body["documents"] == len(seeds) + 1
        assert body["build"] == current_path(copy_of_real.index_dir).name  # type: ignore[union-attr]
        assert _documents(base) == seeds | {"900_quantum"}
        answer = requests.post(f"{base}/api/ask", json={"question": "量子飞跃计划由哪个部门牵头？"}, timeout=TIMEOUT)
        assert answer.json()["citations"][0]["doc_id"] == "900_quantum"

        # a broken index is refused and the old one keeps serving
        pointer = copy_of_real.index_dir / "CURRENT"
        good = pointer.read_text(encoding="utf-8")
        pointer.write_text("nowhere", encoding="utf-8")
        broken = _reload(base)
        assert broken.status_code == 500 and broken.json()["error"]["code"] == "reload_failed"
        assert "still serving the previous index" in broken.json()["error"]["message"]
        assert "CURRENT points at 'nowhere'" in broken.json()["error"]["message"]
        pointer.write_text(good, encoding="utf-8")
        assert "900_quantum" in _documents(base)

        # SIGHUP: the document is removed and re-indexed; the server notices without a request
        (copy_of_real.corpus_dir / "900_quantum.txt").unlink()
        assert _qa(copy_of_real, "index").returncode == 0
        proc.send_signal(signal.SIGHUP)
        _wait_for(lambda: _documents(base) == seeds, proc)
        sent_during_reloads = hammer.sent
    assert hammer.failures == [] and sent_during_reloads > 0
    print(f"requests during re-index and reloads: {hammer.sent} sent, {len(hammer.failures)} failed")


@pytest.mark.slow
def test_sigterm_answers_the_questions_in_flight_and_exits_0(server: tuple[str, subprocess.Popen[bytes]]) -> None:
    base, proc = server
    answers: list[requests.Response] = []

    def ask() -> None:
        answers.append(requests.post(f"{base}/api/ask", json={"question": QUESTION}, timeout=TIMEOUT))

    askers = [threading.Thread(target=ask) for _ in range(6)]
    for asker in askers:
        asker.start()
    time.sleep(0.2)  # sent, and being answered (six answers take longer than this on two cores)
    proc.terminate()
    for asker in askers:
        asker.join(TIMEOUT)
    assert proc.wait(TIMEOUT) == 0
    assert len(answers) == 6 and all(a.status_code == 200 and a.json()["answer"] for a in answers)
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{base}/healthz", timeout=5)


@pytest.mark.slow
def test_a_stop_signal_while_serve_still_loads_exits_0(copy_of_real: Settings, tmp_path: Path) -> None:
    for stop in (signal.SIGTERM, signal.SIGINT):
        proc = subprocess.Popen(
            [QA, "serve", "--port", str(_free_port())], env=_env(copy_of_real), stderr=subprocess.PIPE, text=True
        )
        assert proc.stderr is not None
        assert proc.stderr.readline().startswith("loading")  # printed once stop signals are handled
        proc.send_signal(stop)
        assert proc.wait(TIMEOUT) == 0
        rest = proc.stderr.read()
        assert "serving" not in rest and "Traceback" not in rest, rest


@pytest.mark.slow
def test_a_stop_signal_before_serve_has_imported_anything_exits_0(copy_of_real: Settings) -> None:
    """The launcher (`qa.__main__`) handles stop signals before the half second of imports `qa.cli` needs."""
    for stop in (signal.SIGTERM, signal.SIGINT):
        proc = subprocess.Popen(
            [QA, "serve", "--port", str(_free_port())], env=_env(copy_of_real), stderr=subprocess.PIPE, text=True
        )
        # the launcher handles SIGTERM once it has handled both (Python handles SIGINT from the start, so its
        # mask says nothing); `qa.cli` is still importing then
        _wait_until_it_catches(proc.pid, signal.SIGTERM)
        proc.send_signal(stop)
        assert proc.wait(TIMEOUT) == 0
        rest = proc.stderr.read() if proc.stderr else ""
        assert "loading" not in rest and "Traceback" not in rest, rest  # stopped before `qa.cli` took over


def _wait_until_it_catches(pid: int, stop: signal.Signals) -> None:
    """Poll the kernel's mask of signals the process handles (Linux `SigCgt`), not the clock: a fixed sleep would
    signal too early on a loaded machine, before the interpreter has started, and fail for no fault of the code."""
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        status = Path(f"/proc/{pid}/status").read_text(encoding="ascii")
        caught = int(next(line.split()[1] for line in status.splitlines() if line.startswith("SigCgt:")), 16)
        if caught >> (stop - 1) & 1:
            return
        time.sleep(0.005)
    raise AssertionError(f"{stop.name} never handled by pid {pid}")


# --- the admin endpoint's contract (fake embedder, fast) -----------------------------------------


@pytest.fixture()
def admin_client(web_service: Service) -> FlaskClient:
    return create_app(web_service.settings.with_(admin_token=TOKEN), service=web_service).test_client()


def test_admin_is_off_without_a_token(web_service: Service) -> None:
    client = create_app(web_service.settings, service=web_service).test_client()
    response = client.post("/admin/reload", headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 404 and "QA_ADMIN_TOKEN" in response.get_json()["error"]["message"]


def test_admin_token_is_required(admin_client: FlaskClient) -> None:
    missing = admin_client.post("/admin/reload")
    assert missing.status_code == 401 and missing.get_json()["error"]["code"] == "unauthorized"
    assert missing.headers["WWW-Authenticate"].startswith("Bearer")
    wrong = admin_client.post("/admin/reload", headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 403 and wrong.get_json()["error"] == {
        "code": "forbidden",
        "message": "the admin token is not valid",
    }


def test_reload_swaps_in_a_new_service_sharing_the_embedder(admin_client: FlaskClient, web_service: Service) -> None:
    slot = admin_client.application.extensions["qa"]
    response = admin_client.post("/admin/reload", headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["chunks"] == len(web_service.index.chunks)
    assert slot.service is not web_service and slot.service.embedder is web_service.embedder
    assert admin_client.post("/api/ask", json={"question": QUESTION}).status_code == 200


def test_failed_reload_keeps_the_old_service(tmp_path: Path, web_service: Service) -> None:
    settings = web_service.settings.with_(corpus_dir=tmp_path / "corpus", index_dir=tmp_path / "index")
    shutil.copytree(web_service.settings.corpus_dir, settings.corpus_dir)
    shutil.copytree(web_service.settings.index_dir, settings.index_dir)
    old = Service.load(settings, web_service.embedder)
    client = create_app(settings.with_(admin_token=TOKEN), service=old).test_client()
    (current_path(settings.index_dir) / "chunks.jsonl").write_text("{}", encoding="utf-8")  # type: ignore[operator]
    response = client.post("/admin/reload", headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 500
    message = response.get_json()["error"]["message"]
    assert message.startswith("reload failed, still serving the previous index: index file ")
    assert "chunks.jsonl is damaged" in message and "run `make index`" in message
    assert client.application.extensions["qa"].service is old
    assert client.post("/api/ask", json={"question": QUESTION}).status_code == 200


def test_reload_is_documented() -> None:
    operation = admin.reload.openapi  # type: ignore[attr-defined]
    assert {401, 403, 404, 500} <= set(operation.responses) and "ReloadResult" in operation.components
