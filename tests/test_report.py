"""The self-contained HTML report (`storyline timeline --format html`)."""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import replace
from datetime import date
from html import escape
from html.parser import HTMLParser
from pathlib import Path

import pytest

from storyline import pipeline
from storyline.models import Article, Contradiction, ContradictionSide
from storyline.output import RENDERERS
from storyline.readers import read_paths
from storyline.report import render_html
from test_web_support import HOSTILE_TEXT, HOSTILE_TITLE

from helpers import EXAMPLES, run_storyline


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text of inline scripts."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)


def parse(html: str) -> Tags:
    tags = Tags()
    tags.feed(html)
    return tags


@pytest.fixture(scope="module")
def result() -> pipeline.Result:
    if not (EXAMPLES / "news.jsonl").exists():
        pytest.skip("examples/ is not available")
    return pipeline.run(a for a in read_paths([str(EXAMPLES)]) if isinstance(a, Article))


def test_report_loads_nothing_from_anywhere(result: pipeline.Result) -> None:
    html = render_html(result)
    tags = parse(html)
    for tag, attrs in tags.tags:
        assert "src" not in attrs, f"<{tag}> loads {attrs['src']}"
        if tag == "link":
            assert attrs.get("href", "").startswith("data:"), attrs
    (policy,) = [
        a["content"] for t, a in tags.tags if a.get("http-equiv") == "Content-Security-Policy"
    ]
    assert "default-src 'none'" in policy
    (script,) = tags.scripts
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"'sha256-{digest}'" in policy, "the inline script must be the one the policy allows"


def test_report_shows_every_story_entry_and_disagreement(result: pipeline.Result) -> None:
    html = render_html(result)
    for story in result.stories:
        assert f'id="story-{story.id}"' in html
        for event in story.timeline:
            assert f'datetime="{event.date}"' in html


def test_the_report_shows_each_disagreement_it_is_given_and_no_panel_without(
    result: pipeline.Result,
) -> None:
    """The report sets side by side exactly the disagreements of each story: a story given
    one shows its figures, sources and note; the others have no panel."""
    first, *others = result.stories
    articles = {a.id: a for a in result.articles}
    low, high = [i for i in first.article_ids if articles[i].outlet][:2]
    planted = Contradiction(
        "number",
        "crates counted on the quay",
        [
            ContradictionSide("about 70 crates", [low], "About 70 crates stood on the quay."),
            ContradictionSide("110 crates", [high], "There were 110 crates on the quay."),
        ],
        note="counted on the same morning",
    )
    stories = [replace(first, contradictions=[planted])]
    stories += [replace(s, contradictions=[]) for s in others]
    html = render_html(replace(result, stories=stories))
    assert html.count("Where sources disagree") == 1
    assert html.count('class="conflict"') == 1
    # the panel runs to the next one (the figures revised over time)
    panel = html[html.index("Where sources disagree") :].split("How figures changed")[0]
    assert re.findall(r'<strong class="value">(.*?)</strong>', panel) == [
        "about 70 crates",
        "110 crates",
    ]
    text = re.sub(r"<[^>]+>", "", panel)  # the sentence quoted, its figure marked
    for side in planted.sides:
        assert side.sentence in text
    assert "crates counted on the quay" in panel and "counted on the same morning" in panel
    for article_id in (low, high):
        assert escape(str(articles[article_id].outlet)) in panel


def test_report_shows_revisions_apart_with_the_day_of_each_value(
    result: pipeline.Result,
) -> None:
    html = render_html(result)
    revisions = [r for s in result.stories for r in s.revisions]
    assert revisions  # the examples' ships at anchor and evacuees
    assert html.count('class="revision"') == len(revisions)
    assert html.count("How figures changed") == sum(1 for s in result.stories if s.revisions)
    for revision in revisions:
        for value in revision.values:
            assert f'<span class="when">{value.as_of}</span>' in html


def test_report_escapes_article_text() -> None:
    article = Article.from_text(HOSTILE_TEXT, "hostile.txt", title=HOSTILE_TITLE)
    article.url = "javascript:alert(1)"
    html = render_html(pipeline.run([article]))
    assert "<script>window.__pwned" not in html
    assert "<img" not in html
    assert 'href="javascript:' not in html
    assert len(parse(html).scripts) == 1


def test_timeline_command_writes_the_report(tmp_path: Path) -> None:
    if not (EXAMPLES / "dailypost-valmore-strike.txt").exists():
        pytest.skip("examples/ is not available")
    out = tmp_path / "report.html"
    done = run_storyline(
        "timeline", str(EXAMPLES / "dailypost-valmore-strike.txt"), "--db", str(tmp_path / "s.db"),
        "--format", "html", "--out", str(out), "--quiet",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>")
    assert re.search(r"<title>[^<]+ · storyline report</title>", html)
    assert "html" in RENDERERS


def test_background_is_listed_after_the_timeline_and_never_on_its_axis() -> None:
    news = [
        Article.from_text(
            "A gunman opened fire at the Marlow Heath shopping centre on Sunday, killing five "
            f"people, police said. {extra}",
            name,
            published=date(2025, 4, 7),
        )
        for name, extra in (
            ("a.txt", "Officers shot the attacker dead at the scene."),
            ("b.txt", "The gunman was shot dead by officers at the scene."),
        )
    ]
    history = Article.from_text(
        "The gunman opened fire at the Marlow Heath shopping centre on Sunday.\n"
        "In 1996, a gunman killed sixteen people at a school in the same county, police said.",
        "c.txt",
        published=date(2025, 4, 8),
    )
    result = pipeline.run([*news, history])
    [story] = result.stories
    assert [e.date for e in story.background] == ["1996"]
    html = render_html(result)
    tags = parse(html)
    markers = [a for tag, a in tags.tags if tag == "a" and a.get("data-entry")]
    assert len(markers) == len(story.timeline)
    assert all("-entry-" in a["data-entry"] for a in markers)
    assert html.index(">Timeline<") < html.index(">Background<")
    assert "sixteen people" in html[html.index(">Background<") :]
    assert "1996" not in html[: html.index(">Timeline<")]  # the story's span ignores it


def test_every_story_of_a_report_has_its_own_element_ids(result: pipeline.Result) -> None:
    """Story 2's date dots open story 2's entries: ids are unique across the report."""
    html = render_html(result)
    ids = [attrs["id"] for _, attrs in parse(html).tags if attrs.get("id")]
    assert len(ids) == len(set(ids))
    sections = html.split('<article class="story"')[1:]
    assert len(sections) >= 2
    for section in sections:
        targets = re.findall(r'data-entry="([^"]+)"', section)
        assert targets
        for target in targets:
            assert f'id="{target}"' in section
