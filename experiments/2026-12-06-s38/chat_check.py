"""The chat page of a running `make serve` in headless Chromium: four questions, answered or refused, no page errors."""
import sys
from playwright.sync_api import expect, sync_playwright
from tests.web.test_browser import ARGS, CHROMIUM
base = sys.argv[1]
questions = ["光谷科创大走廊到2025年研发经费占比目标是多少？", "光谷科創大走廊的建設目標是什麼？", "What is the R&D spending target of the Optics Valley corridor?", "火星基地建设补贴是多少？"]
errors = []
with sync_playwright() as p:
    b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
    page = b.new_page()
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(base)
    for i, q in enumerate(questions):
        page.get_by_label("你的问题").fill(q)
        page.get_by_label("你的问题").press("Enter")
        expect(page.locator(".turn")).to_have_count(i + 1, timeout=60000)
        expect(page.locator('.answer-text[aria-busy="true"]')).to_have_count(0, timeout=60000)
        print(q, "->", page.locator(".turn").last.locator(".answer").inner_text()[:120].replace("\n", " "))
    b.close()
print("page errors:", errors)
