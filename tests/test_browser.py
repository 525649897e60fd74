"""The pages in a real browser: Playwright driving Debian's headless Chromium.

Skipped when /usr/bin/chromium or the playwright package is missing, except in CI, which
installs both and fails when it could not (``helpers.require``).
The browser never downloads anything: Playwright is pointed at the system Chromium.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from storyline import pipeline
from storyline.models import Article
from storyline.readers import read_paths
from storyline.report import render_html
from storyline.web import create_app
from test_web_support import (
    EXAMPLES,
    HOSTILE_RECORD,
    HOSTILE_TEXT,
    HOSTILE_TITLE,
    example_store,
    live_server,
)

from helpers import require

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip

require(CHROMIUM.exists(), f"{CHROMIUM} is not installed")
require(importlib.util.find_spec("playwright") is not None, "playwright is not installed")
sync_api = importlib.import_module("playwright.sync_api")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = example_store(tmp_path_factory.mktemp("browser") / "store.db")
    app = create_app(db)
    with live_server(app) as url:
        posted = httpx.post(f"{url}/api/articles", json=HOSTILE_RECORD, timeout=60)
        assert posted.status_code == 201
        app.state.site.cache.wait()
        yield url


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.problems = []  # console errors and page errors: none are expected
    tab.on("console", lambda m: m.type == "error" and tab.problems.append(m.text))
    tab.on("pageerror", lambda e: tab.problems.append(str(e)))
    yield tab
    context.close()


def test_open_a_story_and_find_an_entrys_evidence(page: Any, base: str) -> None:
    page.goto(base + "/")
    cards = page.locator(".story-card")
    assert cards.count() >= 1
    link = cards.first.locator("a.story-link")
    title = link.inner_text()
    link.click()
    page.wait_for_url("**/stories/**")
    assert page.locator("h1").inner_text() == title
    entry = page.locator(".entry").first
    evidence = entry.locator(".evidence li").first
    assert not evidence.is_visible()
    entry.locator("summary").click()
    assert evidence.is_visible()
    cite = evidence.locator(".cite").inner_text()
    assert evidence.locator("blockquote").inner_text().strip()
    assert evidence.locator(".outlet").inner_text().strip() in cite
    assert evidence.locator("time").count() == 1
    stored = evidence.locator("a.stored")
    stored.click()
    page.wait_for_url("**/articles/**")
    assert page.locator(".article .text p").count() >= 1
    assert page.problems == []


def opened(scope: Any, selector: str) -> Any:
    """The entry a click opened: the page's script opens it after the jump, so the test
    waits for it (failing if it never opens) rather than reading it at once."""
    scope.locator(selector + "[open]").wait_for(timeout=10_000)
    target = scope.locator(selector)
    assert target.get_attribute("open") is not None
    return target


def test_a_dot_on_the_axis_opens_its_entry(page: Any, base: str) -> None:
    page.goto(base + "/")
    page.locator("a.story-link").first.click()
    page.wait_for_url("**/stories/**")
    markers = page.locator(".markers a")
    placed = page.locator(".entry").count()
    assert 1 <= markers.count() <= placed
    marker = markers.last
    anchor = marker.get_attribute("data-entry")
    marker.click()
    target = opened(page, f"#{anchor} details")
    assert target.locator(".evidence li").first.is_visible()


def test_expand_all_and_filter(page: Any, base: str) -> None:
    page.goto(base + "/")
    page.locator("a.story-link").first.click()
    page.wait_for_url("**/stories/**")
    entries = page.locator(".entry")
    page.get_by_role("button", name="Expand all").click()
    assert page.locator(".entry details[open]").count() == entries.count()
    words = entries.first.locator(".summary-text").inner_text().split()
    page.get_by_placeholder("Filter entries").fill(max(words, key=len))
    assert 1 <= page.locator(".entry:visible").count() <= entries.count()
    page.get_by_placeholder("Filter entries").fill("zzzz-no-such-word")
    assert page.locator(".entry:visible").count() == 0


def test_search_then_hostile_article_runs_no_script(page: Any, base: str) -> None:
    page.goto(base + "/")
    page.get_by_label("Search stories and articles").fill("Valmoré meeting vote")
    page.keyboard.press("Enter")
    page.wait_for_url("**/?q=*")
    hit = page.locator(".hit-list li").filter(has_text="Harbour <script>")
    assert hit.count() == 1
    assert hit.locator("mark").count() >= 1
    hit.locator("a").first.click()
    page.wait_for_url("**/articles/**")
    assert "<script>window.__pwned = 'text'</script>" in page.locator(".article .text").inner_text()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    story = page.locator("a[href^='/stories/']")
    if story.count():
        story.first.click()
        page.wait_for_url("**/stories/**")
        page.get_by_role("button", name="Expand all").click()
        assert page.evaluate("typeof window.__pwned") == "undefined"


def test_report_opens_offline(page: Any, tmp_path: Path) -> None:
    hostile = Article.from_text(HOSTILE_TEXT, "hostile.txt", title=HOSTILE_TITLE)
    example_store(tmp_path / "skip-unless-examples.db")
    articles = [a for a in read_paths([str(EXAMPLES)]) if isinstance(a, Article)]
    report = tmp_path / "report.html"
    report.write_text(render_html(pipeline.run([*articles, hostile])), encoding="utf-8")
    requests: list[str] = []
    page.route("**/*", lambda route: (requests.append(route.request.url), route.continue_()))
    page.goto(report.as_uri())
    assert requests == [report.as_uri()], "the report loads nothing but itself"
    assert page.locator(".story").count() >= 1
    entry = page.locator(".entry").first
    entry.locator("summary").click()
    assert entry.locator(".evidence li").first.is_visible()
    page.get_by_role("button", name="Expand all").first.click()  # present only if the script ran
    assert page.locator(".entry details:not([open])").count() < page.locator(".entry").count()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.problems == []


def test_a_dot_of_the_second_story_of_a_report_opens_that_storys_entry(
    page: Any, tmp_path: Path
) -> None:
    example_store(tmp_path / "skip-unless-examples.db")
    articles = [a for a in read_paths([str(EXAMPLES)]) if isinstance(a, Article)]
    report = tmp_path / "report.html"
    report.write_text(render_html(pipeline.run(articles)), encoding="utf-8")
    page.goto(report.as_uri())
    second = page.locator(".story").nth(1)
    marker = second.locator(".markers a").first
    anchor = marker.get_attribute("data-entry")
    marker.click()
    opened(second, f"[id='{anchor}'] details")
    assert page.locator(".story").first.locator("details[open]").count() == 0
