"""The committed reader weights: checked by SHA-256, refused with the fix named when missing or damaged."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from qa.answer.reader.model import (
    CARD_FILE,
    WEIGHTS_DIR,
    WEIGHTS_FILE,
    Boundaries,
    Calibration,
    Card,
    check_onnx,
    sha256,
    verified_weights,
)
from qa.config import Settings
from qa.errors import ModelError


def _weights(tmp_path: Path, payload: bytes = b"weights") -> Path:
    folder = tmp_path / "weights"
    folder.mkdir()
    (folder / WEIGHTS_FILE).write_bytes(payload)
    Card(sha256(folder / WEIGHTS_FILE), 4, 192, 64, Calibration(1.0, 0.0, 0.3)).save(folder)
    return folder


def test_intact_weights_load_with_their_card(tmp_path: Path) -> None:
    path, card = verified_weights(_weights(tmp_path))
    assert path.name == WEIGHTS_FILE and card.calibration.threshold == 0.3 and card.max_len == 192


def test_a_card_keeps_its_token_edges_through_save_and_load(tmp_path: Path) -> None:
    folder = _weights(tmp_path)
    _, card = verified_weights(folder)
    assert card.boundaries == Boundaries()  # a card from before token edges reads whole tokens
    replace(card, boundaries=Boundaries(("是",), ("的", "起"))).save(folder)
    assert Card.load(folder).boundaries == Boundaries(("是",), ("的", "起"))


def test_a_damaged_weights_file_is_refused_naming_the_fix(tmp_path: Path) -> None:
    folder = _weights(tmp_path)
    with (folder / WEIGHTS_FILE).open("r+b") as fh:
        fh.write(b"X")
    with pytest.raises(ModelError, match=r"damaged.*make train-reader"):
        verified_weights(folder)


def test_missing_weights_or_card_are_refused_naming_the_fix(tmp_path: Path) -> None:
    folder = _weights(tmp_path)
    (folder / WEIGHTS_FILE).unlink()
    with pytest.raises(ModelError, match=r"missing.*git checkout qa/answer/reader/weights"):
        verified_weights(folder)
    (folder / CARD_FILE).write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelError, match="card"):
        verified_weights(folder)


def test_the_committed_weights_match_their_card() -> None:
    path, card = verified_weights(WEIGHTS_DIR)
    assert path.stat().st_size <= 40 * 2**20
    assert 0.0 < card.calibration.threshold < 1.0 and card.dev["questions"] > 0


def test_a_missing_int8_reader_names_make_model(tmp_path: Path) -> None:
    e5 = tmp_path / "e5"
    e5.mkdir()
    shutil.copy(Settings().model_dir / "qa_model.json", e5 / "qa_model.json")
    with pytest.raises(ModelError, match=r"make model"):
        check_onnx(e5)
