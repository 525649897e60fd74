"""The story view: dates placed on the axis, highlighting, safe links, bounded pages."""

from __future__ import annotations

import pytest

from storyline.web.search import fts_query
from storyline.web.views import (
    SHOWN_EVIDENCE,
    Segment,
    highlight,
    human_date,
    page_data,
    plural,
    safe_url,
    story_summary,
    story_view,
)


def test_human_dates_and_plurals() -> None:
    assert human_date("2025-10-03") == "3 Oct 2025"
    assert human_date("2025-10") == "Oct 2025"
    assert human_date("2024-W38") == "week 38, 2024"
    assert human_date("PRESENT_REF") == "PRESENT_REF"
    assert plural(1, "entry") == "1 entry"
    assert plural(3, "entry") == "3 entries"
    assert plural(2, "day") == "2 days"
    assert plural(1200, "source") == "1,200 sources"


def test_highlight_marks_the_expression_once() -> None:
    assert highlight("It began on Monday, not Monday week.", "monday") == [
        Segment("It began on "),
        Segment("Monday", True),
        Segment(", not Monday week."),
    ]
    assert highlight("No date here.", None) == [Segment("No date here.")]
    assert highlight("No date here.", "Tuesday") == [Segment("No date here.")]


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://news.example/a", True),
        ("HTTP://news.example/a", True),
        ("javascript:alert(1)", False),
        (" javascript:alert(1)", False),
        ("data:text/html,<script>", False),
        ("//news.example/a", False),
        (None, False),
    ],
)
def test_only_web_links_are_kept(url: str | None, kept: bool) -> None:
    assert (safe_url(url) is not None) is kept


def test_fts_query_quotes_every_word() -> None:
    assert fts_query('Valmoré "dock strike') == '"Valmoré" "dock" "strike"'
    assert fts_query("harb* AND") == '"harb"* "AND"'
    assert fts_query("-- ( ) :") is None


def _story(entries: list[tuple[str, int]]) -> dict:
    timeline = [
        {
            "date": value,
            "summary": f"Something happened ({value}).",
            "independent_sources": 1,
            "evidence": [
                {"article": f"a{n}", "sentence": f"On {value} it happened.", "expression": value}
                for n in range(count)
            ],
        }
        for value, count in entries
    ]
    return {"id": "s1", "title": "A story", "articles": [], "timeline": timeline,
            "claims": [], "contradictions": []}  # fmt: skip


def test_axis_places_entries_in_date_order_and_counts_density() -> None:
    story = _story([("2025-09-29", 1), ("2025-10-06", 2), ("2025-10-06", 1), ("2025-10", 1),
                    ("PRESENT_REF", 1)])  # fmt: skip
    articles = [{"id": f"a{n}", "origin": "x", "outlet": f"Outlet {n % 2}"} for n in range(3)]
    view = story_view(page_data(story, articles))
    assert view.axis is not None
    xs = [e.x for e in view.entries]
    assert xs[0] is not None and xs[1] is not None and xs[0] < xs[1]
    assert xs[1] == xs[2]
    assert view.entries[3].span_x is not None  # a month is drawn as a span
    assert xs[4] is None and view.axis.unplaced == 1
    assert sum(bar.count for bar in view.axis.bars) == 4
    assert [t.label for t in view.axis.ticks][:2] == ["29 Sep", "6 Oct"]
    assert view.outlets == 2 and view.articles == 3
    assert view.first == "29 Sep 2025" and view.last == "6 Oct 2025"
    summary = story_summary(view)
    assert summary["entries"] == 5 and sum(summary["density"]) == 4


def test_a_page_shows_a_bounded_part_of_a_huge_entry() -> None:
    story = _story([("2025-10-06", SHOWN_EVIDENCE + 25)])
    articles = [{"id": f"a{n}", "origin": "x"} for n in range(SHOWN_EVIDENCE + 25)]
    data = page_data(story, articles)
    (entry,) = story_view(data).entries
    assert len(entry.evidence) == SHOWN_EVIDENCE and entry.more_evidence == 25
    assert len(data["cited"]) == SHOWN_EVIDENCE  # only cited articles are kept for the page


def _entry(day: str, summary: str, article: str = "a1") -> dict:
    return {
        "date": day,
        "summary": summary,
        "independent_sources": 1,
        "evidence": [{"article": article, "sentence": summary, "expression": None}],
    }


def test_background_is_kept_off_the_axis_and_the_storys_span() -> None:
    story = {
        "id": "s123456789",
        "title": "Shooting at Marlow Heath",
        "articles": ["a1"],
        "timeline": [
            _entry("2025-04-06", "A gunman opened fire."),
            {**_entry("2025-04-07", "Police named him."), "approximate": True},
        ],
        "background": [_entry("1996", "A gunman killed sixteen people at a school.")],
        "claims": [],
        "contradictions": [],
    }
    view = story_view(page_data(story, [{"id": "a1", "outlet": "Ledger"}]))
    assert [e.summary for e in view.background] == ["A gunman killed sixteen people at a school."]
    assert (view.first, view.last) == ("6 Apr 2025", "7 Apr 2025")
    assert view.axis is not None and view.axis.start.startswith("2025-04")
    assert all(e.x is None for e in view.background)
    assert [e.approximate for e in view.entries] == [False, True]
    # anchors name the story, so two stories on one page never share one
    anchors = [e.anchor for e in (*view.entries, *view.background)]
    assert len(set(anchors)) == len(anchors) and all(a.startswith("s123456789-") for a in anchors)


def _disagreement(kind: str, about: str, values: tuple[str, str]) -> dict:
    return {
        "kind": kind,
        "about": about,
        "note": None,
        "sides": [
            {"value": value, "articles": [f"a{n}"], "sentence": f"It was {value}."}
            for n, value in enumerate(values)
        ],
    }


def test_accounts_are_shown_once_among_the_disagreements() -> None:
    story = {
        **_story([("2025-06-03", 1)]),
        "contradictions": [_disagreement("number", "people hurt", ("40", "25"))],
        "accounts": [_disagreement("account", "whether Brisk had resigned", ("yes", "no"))],
    }
    data = page_data(story, [{"id": "a0", "origin": "x"}, {"id": "a1", "origin": "y"}])
    view = story_view(data)
    assert [(d.kind, d.about) for d in view.disagreements] == [
        ("number", "people hurt"),
        ("account", "whether Brisk had resigned"),
    ]
    assert data["totals"]["disagreements"] == 2
    assert set(data["cited"]) == {"a0", "a1"}
