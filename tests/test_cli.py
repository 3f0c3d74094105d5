"""The `qa` command line, through click's runner."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from click.testing import CliRunner

from qa.cli import cli
from qa.web import serving


def test_corpus_summary_lists_every_document() -> None:
    result = CliRunner().invoke(cli, ["corpus"])
    assert result.exit_code == 0, result.output
    for prefix in ["000_", "001_", "002_", "003_", "004_", "total"]:
        assert prefix in result.output


def test_show_prints_tree_and_text() -> None:
    result = CliRunner().invoke(cli, ["show", "003"])
    assert result.exit_code == 0
    assert "  - （三）組織關鍵核心技術聯合攻關" in result.output
    assert "楚天鳳鳴" in result.output


def test_unknown_document_is_a_message_not_a_traceback() -> None:
    result = CliRunner().invoke(cli, ["show", "999"])
    assert result.exit_code == 1
    assert "no document '999'" in result.output and "Traceback" not in result.output


def test_bad_corpus_file_warned(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(
        "湖北省加快推进光谷科技创新大走廊建设，研发经费比重超过4.2%。" * 3, encoding="utf-8"
    )
    (tmp_path / "bad.txt").write_bytes(b"\x81\xff" * 10)
    result = CliRunner().invoke(cli, ["corpus"], env={"QA_CORPUS_DIR": str(tmp_path)})
    assert result.exit_code == 0
    assert "skipped bad.txt" in result.output and "good" in result.output


def test_bad_setting_is_a_message() -> None:
    result = CliRunner().invoke(cli, ["corpus"], env={"QA_CHUNK_TOKENS": "lots"})
    assert result.exit_code != 0
    assert "QA_CHUNK_TOKENS" in result.output


@pytest.mark.slow
def test_search_and_index_commands_with_the_real_model(real_service) -> None:  # type: ignore[no-untyped-def]
    env = {"QA_INDEX_DIR": str(real_service.settings.index_dir)}
    result = CliRunner().invoke(cli, ["search", "楚天鳳鳴科創天使基金", "-k", "2"], env=env)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("1. [") and "（二）促進科技金融深度融合" in result.stdout
    assert "dense" in result.stdout and "bm25" in result.stdout
    result = CliRunner().invoke(cli, ["index", "--if-missing"], env=env)
    assert result.exit_code == 0 and "up to date" in result.stdout


def test_search_without_index_names_the_fix(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["search", "光谷"], env={"QA_INDEX_DIR": str(tmp_path)})
    assert result.exit_code == 1 and "run `make index`" in result.output


def test_serve_refuses_to_start_without_an_index(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--port", "1"], env={"QA_INDEX_DIR": str(tmp_path)})
    assert result.exit_code == 1 and "Traceback" not in result.output
    error = f"error: no index in {tmp_path}; run `make index` (or `qa index`)"
    assert result.output == f"loading the index and models…\n{error}\n"
    assert signal.getsignal(signal.SIGTERM) is not serving._exit_0  # the handlers of the loading phase are undone


def test_index_while_another_build_runs_names_it(tmp_path: Path) -> None:
    from qa.search.builds import build_lock

    with build_lock(tmp_path):
        result = CliRunner().invoke(cli, ["index"], env={"QA_INDEX_DIR": str(tmp_path)})
    assert result.exit_code == 1
    assert f"error: another build (pid {os.getpid()}) is running in {tmp_path}" in result.output
