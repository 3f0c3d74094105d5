"""The maintainer page (/admin/) in headless Chromium: token, upload, progress, cleaning report, delete.

A separate app over a copy of the seeds (fake embedder), served by waitress; the uploaded
document carries markup in a line cleaning removes, which the report must show as text.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from qa.config import Settings
from qa.service import Service, build
from qa.web import create_app
from tests.fakes import FakeEmbedder
from tests.web.test_browser import TIMEOUT_MS, browser  # noqa: F401  (the browser fixture)
from tests.web_fixtures import SEEDS, serving

pytestmark = pytest.mark.slow
playwright_sync = pytest.importorskip("playwright.sync_api")
expect = playwright_sync.expect

TOKEN = "admin-page-secret"
UPLOAD = "浏览量：<img src=x onerror=alert(1)>\n量子飞跃计划由省科技厅牵头，首批支持12个量子通信项目，总投资3.5亿元。\n"


@pytest.fixture()
def admin_url(tmp_path: Path) -> Iterator[str]:
    shutil.copytree(SEEDS, tmp_path / "corpus")
    settings = Settings().with_(corpus_dir=tmp_path / "corpus", index_dir=tmp_path / "index", admin_token=TOKEN)
    embedder = FakeEmbedder()
    build(settings, embedder)
    with serving(create_app(settings, service=Service.load(settings, embedder))) as url:
        yield url


def test_upload_watch_report_and_delete(browser: Any, admin_url: str, tmp_path: Path) -> None:  # noqa: F811
    context = browser.new_context(viewport={"width": 1200, "height": 900}, locale="zh-CN")
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda m: errors.append(m.text) if "Refused to" in m.text else None)
    dialogs: list[str] = []

    def on_dialog(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.accept()  # the delete confirmation; an injected alert() would show up here too

    page.on("dialog", on_dialog)
    try:
        page.goto(f"{admin_url}/admin/")
        page.fill("#token", "wrong")
        page.click("#token-form button[type=submit]")
        expect(page.locator("#admin-status")).to_contain_text("not valid")
        page.fill("#token", TOKEN)
        page.click("#token-form button[type=submit]")
        expect(page.locator("#documents tbody tr")).to_have_count(5)

        upload = tmp_path / "<b>量子计划.txt"
        upload.write_text(UPLOAD, encoding="utf-8")
        page.set_input_files("#file", str(upload))
        page.click("#upload-form button[type=submit]")
        row = page.locator("#documents tbody tr[data-doc-id='b_量子计划']")
        expect(row).to_contain_text("indexed")  # polled until the background build finished
        assert page.evaluate("sessionStorage.getItem('qa-admin-token')") == TOKEN

        row.get_by_role("button", name="查看 · View").click()
        report = page.locator("#report-lines")
        expect(report).to_contain_text("<img src=x onerror=alert(1)>")
        expect(report).to_contain_text("furniture «浏览量»")
        assert page.locator("#report img").count() == 0

        page.reload()  # the token survives a reload of the tab
        row.get_by_role("button", name="删除 b_量子计划 · Delete b_量子计划").click()
        expect(page.locator("#documents tbody tr")).to_have_count(5)
        assert dialogs == ["删除 b_量子计划？Delete b_量子计划?"]
        assert errors == []
    finally:
        context.close()


def test_phone_width_lists_documents_without_horizontal_scroll(browser: Any, admin_url: str) -> None:  # noqa: F811
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="zh-CN")
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    try:
        page.goto(f"{admin_url}/admin/")
        page.fill("#token", TOKEN)
        page.click("#token-form button[type=submit]")
        expect(page.locator("#documents tbody tr")).to_have_count(5)
        wide = page.evaluate(
            "[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > innerWidth + 1)"
            ".map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))"
        )
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), wide
        for selector in ("#file", "#upload-form button[type=submit]", "#documents tbody tr >> nth=0"):
            box = page.locator(selector).bounding_box()
            assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390, (selector, box)
        first_id = page.locator("#documents tbody tr >> nth=0").locator("td >> nth=0").bounding_box()
        assert first_id is not None and first_id["width"] > 300  # the id reads across the row, not down it
        caption = page.locator("#documents caption").bounding_box()
        assert caption is not None and caption["height"] < 80  # one or two lines, not a column of characters
    finally:
        context.close()
