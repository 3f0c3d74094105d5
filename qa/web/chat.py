"""The staff chat page (placeholder until the answering service lands)."""

from __future__ import annotations

from flask import Blueprint, current_app, render_template

from qa.documents import load_corpus

bp = Blueprint("chat", __name__)


@bp.get("/")
def index() -> str:
    corpus = load_corpus(current_app.config["QA_SETTINGS"].corpus_dir)
    return render_template("index.html", documents=corpus.documents, errors=corpus.errors)
