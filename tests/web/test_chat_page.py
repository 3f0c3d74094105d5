"""The chat page and the document page through the Flask test client: markup, assets, headers."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from qa.config import ROOT, Settings
from qa.service import Service
from qa.web import create_app
from tests.fakes import fake_service

SEEDS = ROOT / "corpus"
STATIC = ROOT / "qa" / "web" / "static"
DOC_ID = "003_a5e75ae0d0a47dee"


class Page(HTMLParser):
    """Collects elements, attributes and inline script/style text of an HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.stack: list[str] = []
        self.inline_code: list[str] = []
        self.labels: dict[str, str] = {}
        self._label: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k: v or "" for k, v in attrs}
        self.tags.append((tag, attributes))
        self.stack.append(tag)
        if tag == "label":
            self._label = attributes.get("for", "")
            self.labels[self._label] = ""

    def handle_endtag(self, tag: str) -> None:
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()
        if tag == "label":
            self._label = None

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1] in ("script", "style") and data.strip():
            self.inline_code.append(data)
        if self._label is not None:
            self.labels[self._label] += data

    def find(self, tag: str, **attrs: str) -> list[dict[str, str]]:
        return [a for t, a in self.tags if t == tag and all(a.get(k) == v for k, v in attrs.items())]


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    return page


@pytest.fixture(scope="module")
def seeds_service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return fake_service(tmp_path_factory.mktemp("seeds"), SEEDS)


@pytest.fixture()
def client(seeds_service: Service) -> FlaskClient:
    return create_app(seeds_service.settings, seeds_service).test_client()


def test_chat_page_has_labelled_question_box_and_examples(client: FlaskClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    page = parse(response.get_data(as_text=True))
    assert page.find("textarea", id="question")
    assert "你的问题" in page.labels["question"]  # a visible label, tied to the box
    assert page.find("button", type="submit", id="send")
    chips = [a["data-question"] for a in page.find("button") if "data-question" in a]
    assert "到2025年光谷科技创新大走廊全社会研发经费支出占地区生产总值的比重是多少？" in chips
    assert "光谷科技創新大走廊由哪個單位牽頭建設？" in chips
    # the conversation, the live status and the citation panel
    assert page.find("ol", id="log") and page.find("p", id="status", role="status")
    assert page.find("aside", id="panel")
    assert {a["data-script"] for a in page.find("button") if "data-script" in a} == {"orig", "s", "t"}


def test_every_button_is_a_button_with_a_type(client: FlaskClient) -> None:
    page = parse(client.get("/").get_data(as_text=True))
    buttons = page.find("button")
    assert buttons and all(b.get("type") in ("button", "submit") for b in buttons)


@pytest.mark.parametrize("path", ["/", f"/documents/{DOC_ID}", "/documents/missing"])
def test_pages_have_no_inline_script_style_or_handlers(client: FlaskClient, path: str) -> None:
    page = parse(client.get(path).get_data(as_text=True))
    assert page.inline_code == []
    assert not page.find("style")
    scripts = page.find("script")
    assert all(s.get("src", "").startswith("/static/") for s in scripts)
    for tag, attrs in page.tags:
        assert "style" not in attrs, tag
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
        for value in attrs.values():
            assert not value.strip().lower().startswith("javascript:"), (tag, attrs)


def test_csp_and_hardening_headers(client: FlaskClient) -> None:
    for path in ("/", f"/documents/{DOC_ID}", "/static/chat.js", "/static-data/zh-map.json"):
        csp = client.get(path).headers["Content-Security-Policy"]
        assert "script-src 'self'" in csp and "style-src 'self'" in csp
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp


def _assets(client: FlaskClient) -> set[str]:
    """Every asset the pages load: link/script URLs plus the JS modules they import."""
    urls: set[str] = set()
    for path in ("/", f"/documents/{DOC_ID}"):
        page = parse(client.get(path).get_data(as_text=True))
        urls |= {a["src"] for a in page.find("script")}
        urls |= {a["href"] for a in page.find("link")}
    pending = [u for u in urls if u.endswith(".js")]
    while pending:
        url = pending.pop()
        source = client.get(url).get_data(as_text=True)
        for name in re.findall(r'from "\./([\w-]+\.js)"', source):
            module = url.rsplit("/", 1)[0] + "/" + name
            if module not in urls:
                urls.add(module)
                pending.append(module)
    return urls


def test_all_assets_are_served_by_the_app(client: FlaskClient) -> None:
    assets = _assets(client)
    assert {"/static/style.css", "/static/favicon.svg", "/static/chat.js", "/static/document.js"} <= assets
    assert "/static/api.js" in assets  # found through the module imports
    types = {".js": "javascript", ".css": "text/css", ".svg": "image/svg+xml"}
    for url in assets:
        assert url.startswith("/static/"), url  # nothing from a CDN
        response = client.get(url)
        assert response.status_code == 200, url
        assert types[Path(url).suffix] in response.content_type, url


def test_static_files_are_packaged() -> None:
    """pyproject's package-data takes `web/static/*`: every asset must sit directly in that folder."""
    assert all(p.parent == STATIC for p in STATIC.rglob("*") if p.is_file())


def test_static_code_never_parses_html_from_data() -> None:
    forbidden = re.compile(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function")
    for path in STATIC.rglob("*.js"):
        assert not forbidden.search(path.read_text(encoding="utf-8")), path
    for path in STATIC.rglob("*.css"):
        assert "@import url(http" not in path.read_text(encoding="utf-8")


def test_document_page_shell(client: FlaskClient) -> None:
    response = client.get(f"/documents/{DOC_ID}")
    assert response.status_code == 200
    page = parse(response.get_data(as_text=True))
    assert page.find("article", id="doc")[0]["data-doc-id"] == DOC_ID
    assert page.find("script", src="/static/document.js", type="module")
    assert "加快推進光谷科技創新大走廊" in response.get_data(as_text=True)


def test_page_lists_documents_while_the_model_loads(tmp_path: Path) -> None:
    """Without a loaded service the page still renders, from the corpus folder (cached)."""
    (tmp_path / "a.txt").write_text("关于测试文件的通知\n" + "正文内容，" * 30, encoding="utf-8")
    app = create_app(
        Settings().with_(corpus_dir=tmp_path, model_dir=tmp_path / "no-model", index_dir=tmp_path / "no-index")
    )
    body = app.test_client().get("/").get_data(as_text=True)
    assert "关于测试文件的通知" in body and "已收录 1 份文件" in body


def test_unknown_document_is_a_404_page(client: FlaskClient) -> None:
    response = client.get("/documents/nope")
    assert response.status_code == 404
    assert "text/html" in response.content_type
    assert "未找到文件" in response.get_data(as_text=True)


def test_hostile_titles_are_escaped(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "evil.txt").write_text(
        "<script>alert(1)</script><img src=x onerror=alert(1)>\n" + "正文内容，" * 30, encoding="utf-8"
    )
    service = fake_service(tmp_path, tmp_path / "in")
    client = create_app(service.settings, service).test_client()
    for path in ("/", "/documents/evil"):
        body = client.get(path).get_data(as_text=True)
        assert "<script>alert" not in body and "<img src=x" not in body
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body


def test_script_map_converts_one_character_to_one(client: FlaskClient) -> None:
    response = client.get("/static-data/zh-map.json")
    assert response.status_code == 200 and response.content_type.startswith("application/json")
    table = response.get_json()
    assert table["t2s"]["發"] == "发" and table["t2s"]["臺"] == "台" and table["t2s"]["經"] == "经"
    assert table["s2t"]["经"] == "經" and table["s2t"]["术"] == "術"
    for mapping in table.values():
        assert all(len(k) == 1 and len(v) == 1 for k, v in mapping.items())
    assert "public" in response.headers["Cache-Control"]
