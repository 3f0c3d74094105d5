"""The chat page in headless Chromium against the real app served by waitress.

Answers stream from the real model; citations open the source panel; hostile
document text stays text; refusals show their see-also passages; phones fit.
A screenshot of an answer with its source panel goes to tests/artifacts/.
"""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from qa.config import ROOT, Settings
from qa.service import Service, build
from qa.web import create_app
from tests.fakes import FakeEmbedder
from tests.web_fixtures import serving

pytestmark = pytest.mark.slow

playwright_sync = pytest.importorskip("playwright.sync_api")
expect = playwright_sync.expect

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
ARGS += ["--disable-component-update", "--disable-sync"]
ARTIFACTS = ROOT / "tests" / "artifacts"
QUESTION = "到2025年光谷科技创新大走廊全社会研发经费支出占地区生产总值的比重是多少？"
TIMEOUT_MS = 30_000

EVIL_DOC = """示范区创新行动方案<script>alert(1)</script>
一、总体要求
<img src=x onerror=alert(1)>示范区到2025年研究与试验发展经费占地区生产总值比重达到4.5%，新增科技型企业300家。
二、重点任务
（一）建设创新平台
支持示范区建设<b onmouseover=alert(2)>新型研发机构</b>，每年认定10家以上。
"""

# Records whether an answer was ever on the page while still streaming with some text in it.
# MutationObserver records keep the replaced nodes, so even a one-chunk stream is seen.
STREAM_PROBE = """
window.__streamed = false;
new MutationObserver((records) => {
  for (const r of records) for (const n of r.addedNodes) {
    if (!(n instanceof Element)) continue;
    const sel = '.answer-text[aria-busy="true"]';
    const busy = n.matches(sel) ? [n] : [...n.querySelectorAll(sel)];
    if (busy.some((x) => x.textContent.trim())) window.__streamed = true;
  }
}).observe(document, { childList: true, subtree: true, characterData: true });
"""


def ask_api(base: str, question: str) -> dict[str, Any]:
    """The same question through the JSON API (non-streaming), to compare with what the page shows."""
    request = urllib.request.Request(
        f"{base}/api/ask",
        data=json.dumps({"question": question, "top_k": 5, "stream": False}).encode(),
        headers={"Content-Type": "application/json", "Accept": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        result: dict[str, Any] = json.load(response)
    return result


@dataclass
class Watch:
    """What a page did that it must not: dialogs, script errors, CSP violations."""

    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def attach(self, page: Any) -> None:
        def on_dialog(dialog: Any) -> None:
            self.dialogs.append(dialog.message)
            dialog.dismiss()

        def on_console(message: Any) -> None:
            if "Content Security Policy" in message.text or "Refused to" in message.text:
                self.errors.append(message.text)

        page.on("dialog", on_dialog)
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        page.on("console", on_console)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("Chromium is not installed (make browser)")
    with playwright_sync.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def base_url(real_service: Service) -> Iterator[str]:
    with serving(create_app(real_service.settings, service=real_service)) as url:
        yield url


@pytest.fixture(scope="module")
def evil_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A separate app over a corpus whose only document is full of markup (fake embedder)."""
    root = tmp_path_factory.mktemp("evil")
    (root / "corpus").mkdir()
    (root / "corpus" / "evil.txt").write_text(EVIL_DOC, encoding="utf-8")
    settings = Settings().with_(corpus_dir=root / "corpus", index_dir=root / "index")
    embedder = FakeEmbedder()
    build(settings, embedder)
    service = Service.load(settings, embedder)
    with serving(create_app(settings, service=service)) as url:
        yield url


@contextmanager
def open_page(browser: Any, width: int = 1360, height: int = 900) -> Iterator[tuple[Any, Watch]]:
    context = browser.new_context(viewport={"width": width, "height": height}, locale="zh-CN")
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    page.add_init_script(STREAM_PROBE)
    watch = Watch()
    watch.attach(page)
    try:
        yield page, watch
    finally:
        context.close()
    assert watch.dialogs == [], watch.dialogs
    assert watch.errors == [], watch.errors


def no_horizontal_scroll(page: Any) -> bool:
    return bool(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))


def test_answer_streams_and_citation_opens_the_quoted_passage(browser: Any, base_url: str) -> None:
    expected = ask_api(base_url, QUESTION)
    assert expected["answerable"] and expected["citations"], expected
    quote = expected["citations"][0]["quote"]

    with open_page(browser) as (page, _):
        page.goto(base_url + "/")
        streams: list[str] = []

        def on_response(response: Any) -> None:
            if "/api/ask" in response.url:
                streams.append(response.headers.get("content-type", ""))

        page.on("response", on_response)
        page.get_by_label("你的问题").fill(QUESTION)
        page.get_by_label("你的问题").press("Enter")

        answer = page.locator(".turn").last.locator(".answer")
        cite = answer.locator(".answer-text button.cite[data-n='1']")
        cite.wait_for()
        assert page.evaluate("window.__streamed"), "no partial answer was shown while streaming"
        assert any("text/event-stream" in t for t in streams), streams
        assert "4.2%" in answer.locator(".answer-text").inner_text()
        assert answer.locator(".short-text").count() == (1 if expected["short_answer"] else 0)
        assert answer.get_attribute("class") == "answer"  # not a refusal, not an error

        cite.click()
        panel = page.locator("#panel")
        mark = panel.locator(".context mark")
        mark.wait_for()
        assert mark.inner_text() == quote
        assert panel.locator(".source-title").inner_text() == expected["citations"][0]["title"]
        assert cite.get_attribute("aria-expanded") == "true"
        page.wait_for_timeout(200)
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "chat-answer.png"))

        page.keyboard.press("Escape")
        assert panel.is_hidden()
        assert page.evaluate("document.activeElement.classList.contains('cite')")

        answer.get_by_role("button", name="复制回答").click()
        answer.get_by_role("button", name="已复制").wait_for()
        copied = page.evaluate("navigator.clipboard.readText()")
        assert "4.2%" in copied and f"[1] {expected['citations'][0]['title']}" in copied

        # the conversation survives a reload (sessionStorage)
        page.reload()
        page.locator(".answer-text button.cite[data-n='1']").wait_for()
        assert page.locator(".turn").count() == 1 and page.locator("#welcome").is_hidden()

        # "open full document" lands on the highlighted span
        page.locator(".answer-text button.cite[data-n='1']").click()
        link = panel.get_by_role("link", name="打开全文 · Open full document")
        c = expected["citations"][0]
        assert link.get_attribute("href") == f"/documents/{c['doc_id']}#{c['start']}-{c['end']}"
        link.click()
        page.locator("#doc-text mark").first.wait_for()
        assert "".join(page.locator("#doc-text mark").all_inner_texts()) == quote
        assert page.locator("#doc-title").inner_text() == c["title"]
        assert page.locator("#outline a[aria-current]").count() == 1


def test_script_toggle_converts_the_display(browser: Any, base_url: str) -> None:
    with open_page(browser) as (page, _):
        page.goto(base_url + "/")
        page.get_by_role("button", name="光谷科技創新大走廊由哪個單位牽頭建設？").click()
        text = page.locator(".turn .answer-text").last
        text.locator("button.cite").first.wait_for()
        assert "牽頭單位：省科技廳" in text.inner_text()
        # (expect() polls from Python: wait_for_function would need eval, which the CSP forbids)
        page.locator(".script-toggle button[data-script='s']").click()
        expect(text).to_contain_text("牵头单位：省科技厅")
        assert page.locator(".script-toggle button[data-script='s']").get_attribute("aria-pressed") == "true"
        page.locator(".script-toggle button[data-script='orig']").click()
        expect(text).to_contain_text("牽頭單位：省科技廳")


def test_the_pages_own_words_follow_the_script_toggle(browser: Any, base_url: str) -> None:
    """Labels, placeholders and lines the page writes later are in the chosen script too, and back."""
    with open_page(browser) as (page, _):
        page.goto(base_url + "/")
        brand, question = page.locator(".brand-name"), page.locator("#question")
        expect(brand).to_have_text("政策文件问答")
        page.locator(".script-toggle button[data-script='t']").click()
        expect(brand).to_have_text("政策文件問答")
        expect(question).to_have_attribute("placeholder", "輸入問題，簡體、繁體或 English 均可")
        expect(page.locator("html")).to_have_attribute("lang", "zh-Hant")
        page.get_by_role("button", name="光谷科技創新大走廊由哪個單位牽頭建設？").click()
        turn = page.locator(".turn").last
        turn.locator("button.cite").first.wait_for()
        expect(turn).to_contain_text("來源 · Sources")  # written by the page after the switch
        expect(turn).to_contain_text("原文摘錄")
        page.locator(".script-toggle button[data-script='orig']").click()
        expect(brand).to_have_text("政策文件问答")
        expect(question).to_have_attribute("placeholder", "输入问题，简体、繁體或 English 均可")
        expect(page.locator(".turn").last).to_contain_text("来源 · Sources")


def test_keyboard_shift_enter_is_a_newline_and_escape_closes_the_panel(browser: Any, base_url: str) -> None:
    with open_page(browser) as (page, _):
        page.goto(base_url + "/")
        box = page.get_by_label("你的问题")
        box.focus()
        page.keyboard.type("光谷")
        page.keyboard.press("Shift+Enter")
        assert box.input_value() == "光谷\n" and page.locator(".turn").count() == 0
        box.fill(QUESTION)
        page.keyboard.press("Enter")
        cite = page.locator(".answer-text button.cite").first
        cite.wait_for()
        cite.focus()
        page.keyboard.press("Enter")
        page.locator("#panel .context mark").wait_for()
        assert page.evaluate("document.activeElement.id") == "panel-title"
        page.keyboard.press("Escape")
        assert page.locator("#panel").is_hidden()


def test_hostile_document_text_renders_as_text(browser: Any, evil_url: str) -> None:
    question = "<img src=x onerror=alert(9)>示范区到2025年研究与试验发展经费占比达到多少？"
    with open_page(browser) as (page, watch):
        page.goto(evil_url + "/documents/evil")
        body = page.locator("#doc-text")
        body.wait_for()
        expect(body).to_contain_text("新型研发机构")
        text = body.inner_text()
        assert "<script>alert(1)</script>" in text and "<img src=x onerror=alert(1)>" in text
        assert "<b onmouseover=alert(2)>新型研发机构</b>" in text
        assert page.locator("#doc-text script, #doc-text img, #doc-text b").count() == 0
        assert page.locator("#doc-title").inner_text() == "示范区创新行动方案<script>alert(1)</script>"

        page.goto(evil_url + "/")
        page.get_by_label("你的问题").fill(question)
        page.get_by_label("你的问题").press("Enter")
        turn = page.locator(".turn").last
        source = turn.locator("button.source").first
        source.wait_for()
        assert turn.locator(".question-text").inner_text() == question
        source.click()
        context = page.locator("#panel .context")
        context.locator("mark").wait_for()
        assert "<img src=x onerror=alert(1)>" in context.inner_text() + turn.inner_text()
        assert page.locator("main img, #panel img, main script, #panel script").count() == 0
        page.wait_for_timeout(300)  # give any injected handler a chance to fire
        assert watch.dialogs == []


def test_unanswerable_question_is_a_refusal_with_see_also(browser: Any, base_url: str) -> None:
    with open_page(browser) as (page, _):
        page.goto(base_url + "/")
        page.get_by_label("你的问题").fill("比亚迪上半年销量多少？")
        page.get_by_label("你的问题").press("Enter")
        answer = page.locator(".turn").last.locator(".answer")
        answer.locator(".refusal-head").wait_for()
        assert "is-refusal" in (answer.get_attribute("class") or "")
        assert "没有找到" in answer.locator(".answer-text").inner_text()
        assert answer.locator(".short-answer").count() == 0
        see_also = answer.locator(".see-also button.source")
        assert see_also.count() >= 1
        see_also.first.click()
        page.locator("#panel .context mark").wait_for()
        first = see_also.first.locator(".source-quote").inner_text()
        assert page.locator("#panel .context mark").inner_text() == first


def test_a_short_answer_that_is_the_whole_answer_is_not_shown_twice(browser: Any, base_url: str) -> None:
    question = "提能方案是哪天印发的？"
    assert ask_api(base_url, question)["short_answer"] == "2021年3月28日"  # the span, though it is the whole line
    with open_page(browser) as (page, _):
        page.goto(base_url + "/")
        page.get_by_label("你的问题").fill(question)
        page.get_by_label("你的问题").press("Enter")
        answer = page.locator(".turn").last.locator(".answer")
        answer.locator(".answer-text button.cite[data-n='1']").wait_for()
        assert answer.locator(".answer-text").inner_text().startswith("2021年3月28日")
        assert answer.locator(".short-answer").count() == 0


def test_phone_width_has_no_horizontal_scroll(browser: Any, base_url: str) -> None:
    with open_page(browser, 390, 844) as (page, _):
        page.goto(base_url + "/")
        page.locator(".chip").first.wait_for()
        assert no_horizontal_scroll(page)
        page.locator(".chip").first.click()
        page.locator(".answer-text button.cite").first.wait_for()
        assert no_horizontal_scroll(page)
        page.locator(".answer-text button.cite").first.click()
        page.locator("#panel .context mark").wait_for()
        box = page.locator("#panel").bounding_box()
        assert box is not None and box["width"] == 390 and abs(box["y"] + box["height"] - 844) < 1  # bottom sheet
        assert page.locator("#backdrop").is_visible()
        page.locator("#backdrop").click(position={"x": 10, "y": 10})
        assert page.locator("#panel").is_hidden()
        page.goto(base_url + "/documents/003_a5e75ae0d0a47dee#523-628")
        page.locator("#doc-text mark").first.wait_for()
        assert no_horizontal_scroll(page)
