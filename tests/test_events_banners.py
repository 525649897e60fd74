"""A site's banner scraped above every page is no news of the pages it opens, while a lead
that opens several versions of one story is. The pages are written for these tests and go
through the whole pipeline (copies, stories, events)."""

from __future__ import annotations

from datetime import date

from storyline import pipeline
from storyline.models import Article

BANNER = "Two men charged in death of Lakeside teen who sang at the spring festival ."

PAGES = [
    (
        date(2011, 1, 28),
        "Thousands of protesters marched on the parliament in Carrow on Friday , demanding "
        "the resignation of President Ardan Vell .\n"
        "Police fired tear gas at the crowd near the central square , witnesses said .\n",
    ),
    (
        date(2011, 1, 29),
        "President Ardan Vell dismissed his cabinet on Saturday after a night of protests "
        "in Carrow .\n"
        "The president named the intelligence chief as his first vice president .\n",
    ),
    (
        date(2011, 1, 30),
        "The army deployed tanks around the parliament in Carrow on Sunday as protesters "
        "defied a curfew for a third night .\n"
        "Soldiers did not intervene as crowds chanted against President Ardan Vell .\n",
    ),
    (
        date(2011, 1, 31),
        "Protest leaders in Carrow called on Monday for a general strike to force President "
        "Ardan Vell from office .\n"
        "Banks and the stock exchange stayed closed for a second day .\n",
    ),
]


def entries(articles: list[Article]) -> list[str]:
    result = pipeline.run(articles)
    return [entry.summary for story in result.stories for entry in story.timeline]


def test_a_line_opening_pages_of_several_days_that_go_on_differently_is_a_banner() -> None:
    articles = [
        Article.from_text(f"{BANNER}\n{text}", f"page{i}.txt", published=day)
        for i, (day, text) in enumerate(PAGES)
    ]
    found = entries(articles)
    assert not any("Lakeside teen" in s for s in found)
    # the pages' own leads are still told
    assert any(s.startswith("Thousands of protesters marched on the parliament") for s in found)
    assert any(s.startswith("President Ardan Vell dismissed his cabinet") for s in found)


def test_a_lead_opening_versions_of_one_story_is_news() -> None:
    lead = (
        "President Ardan Vell dismissed his cabinet on Saturday after a night of protests in "
        "Carrow ."
    )
    follow_ups = [
        "The president named the intelligence chief as his first vice president .",
        "Crowds in the central square said the new cabinet changed nothing .",
        "The currency fell four percent against the dollar after the announcement .",
    ]
    articles = [
        Article.from_text(f"{lead}\n{text}\n", f"update{i}.txt", published=day)
        for i, (text, day) in enumerate(
            zip(follow_ups, (date(2011, 1, 29), date(2011, 1, 29), date(2011, 1, 30)), strict=True)
        )
    ]
    found = entries(articles)
    assert any(s.startswith("President Ardan Vell dismissed his cabinet") for s in found)


PROMOTION = (
    "Hopes for a settlement in Carrow remain alive despite the unrest , says our regional "
    "correspondent Ellis Borne ."
)


def test_a_line_closing_pages_of_several_days_after_different_sentences_is_a_banner() -> None:
    # A plug for the site's latest analysis printed under every page of one outlet (so no
    # passage shared between outlets, each page a source of its own): no news of any page.
    articles = [
        Article.from_text(
            f"{text}{PROMOTION}\n", f"page{i}.txt", published=day, outlet="Carrow Herald"
        )
        for i, (day, text) in enumerate(PAGES)
    ]
    found = entries(articles)
    assert not any("Ellis Borne" in s for s in found)
    assert any(s.startswith("Thousands of protesters marched on the parliament") for s in found)
    assert any(s.startswith("President Ardan Vell dismissed his cabinet") for s in found)
