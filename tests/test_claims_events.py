"""Claims belong to the story's events: figures and dates of different happenings are never set
side by side, and figures that changed as time passed are revisions, not disagreements.

The texts are written for these tests; each runs through the real per-article stages and the
events stage before the claims stage reads it.
"""

from __future__ import annotations

import datetime as dt

from storyline.claims import render_revisions, story_claims
from storyline.evaluation.claims import analyse_text
from storyline.models import Contradiction, Document, Provenance, Revision

D = dt.date


def story(*articles: tuple[str, dt.date]) -> list[Document]:
    return [analyse_text(text, day, f"article-{i}") for i, (text, day) in enumerate(articles)]


def found(documents: list[Document]) -> tuple[list[Contradiction], list[Revision]]:
    _claims, contradictions, revisions = story_claims(documents, Provenance())
    return contradictions, revisions


def test_an_earlier_attacks_dead_are_not_a_disagreement_about_todays_toll() -> None:
    contradictions, revisions = found(
        story(
            (
                "A truck drove into crowds on the seafront of Lorne on Thursday night, killing "
                "84 people, officials said.",
                D(2025, 7, 15),
            ),
            (
                "The attack on Thursday killed 84 people on the Lorne seafront. In January "
                "2015, gunmen killed 17 people at the offices of a magazine in Ostrel.",
                D(2025, 7, 16),
            ),
        )
    )
    assert contradictions == []
    assert revisions == []


def test_a_queue_that_grows_and_shrinks_is_a_revision_with_its_days() -> None:
    contradictions, revisions = found(
        story(
            ("About 140 cargo ships were waiting at anchor off Port Sallow.", D(2025, 10, 9)),
            ("More than 300 cargo ships were waiting at anchor off Port Sallow.", D(2025, 10, 14)),
            (
                "About 280 cargo ships were still waiting at anchor off Port Sallow.",
                D(2025, 10, 20),
            ),
        )
    )
    assert contradictions == []
    [revision] = revisions
    assert revision.kind == "number"
    assert revision.about.startswith("cargo ships waiting at anchor")
    steps = [(v.as_of, v.value) for v in revision.values]
    assert steps == [
        ("2025-10-09", "About 140 cargo ships"),
        ("2025-10-14", "More than 300 cargo ships"),
        ("2025-10-20", "About 280 cargo ships"),
    ]
    text = render_revisions(revisions, "text")
    assert "2025-10-14: More than 300 cargo ships" in text
    for value in revision.values:
        assert value.sentence in text


def test_the_same_count_told_differently_for_one_day_is_a_disagreement() -> None:
    contradictions, revisions = found(
        story(
            (
                "At least 40 people were treated for burns on Friday after the fire crossed "
                "the Dunmore River, the health service said.",
                D(2025, 10, 11),
            ),
            (
                "Nearly 25 people were treated for burns on Friday after the blaze crossed the "
                "Dunmore River, officials said.",
                D(2025, 10, 11),
            ),
        )
    )
    [disagreement] = contradictions
    assert {side.value for side in disagreement.sides} == {"At least 40 people", "Nearly 25 people"}
    # a reader's label: what is counted, in the words of the report, and on which day
    assert disagreement.about.startswith("people treated for burns")
    assert disagreement.about.endswith("on 2025-10-10")
    assert revisions == []


def test_distances_of_two_launches_the_texts_date_apart_are_not_compared() -> None:
    contradictions, _revisions = found(
        story(
            (
                "On Tuesday, the Hwarang missile flew 930 kilometers before it fell into the "
                "sea east of Cape Dorn.",
                D(2025, 7, 5),
            ),
            (
                "On July 28, a Hwarang missile flew 1,000 kilometers before it fell into the "
                "sea east of Cape Dorn.",
                D(2025, 7, 29),
            ),
        )
    )
    assert contradictions == []


def test_one_source_giving_both_dates_tells_two_happenings() -> None:
    contradictions, _revisions = found(
        story(
            (
                "The North fired a Hwarang missile over Cape Dorn in 2016, and fired another "
                "over Cape Dorn in 2017.",
                D(2025, 7, 5),
            ),
            ("The North fired a Hwarang missile over Cape Dorn in 2016.", D(2025, 7, 6)),
        )
    )
    assert contradictions == []


def test_a_peak_figure_is_neither_a_disagreement_nor_a_revision_of_a_lower_one() -> None:
    contradictions, revisions = found(
        story(
            ("About 1,200 residents fled their homes in Greyford on Tuesday.", D(2025, 10, 7)),
            (
                "The fire burned for two weeks and at its peak forced some 3,000 people from "
                "their homes in Greyford.",
                D(2025, 10, 7),
            ),
        )
    )
    assert contradictions == []
    assert revisions == []  # the most there ever were: fewer at any time is no news


def test_a_property_of_another_rocket_is_not_a_disagreement() -> None:
    contradictions, _revisions = found(
        story(
            (
                "The Kestrel Heavy is capable of delivering 63,800 kilograms of cargo to low "
                "Earth orbit.",
                D(2025, 2, 4),
            ),
            (
                "The Delta Ridge rocket, the most capable in service, can haul 28,370 kilograms "
                "of cargo to low Earth orbit.",
                D(2025, 2, 5),
            ),
        )
    )
    assert contradictions == []


def test_a_plan_that_moves_between_reports_weeks_apart_is_a_date_revision() -> None:
    contradictions, revisions = found(
        story(
            ("The Kestrel Heavy will launch from Cape Dorn in March.", D(2025, 1, 5)),
            ("The Kestrel Heavy will launch from Cape Dorn in May.", D(2025, 2, 20)),
        )
    )
    assert contradictions == []
    [revision] = revisions
    assert revision.kind == "date"
    assert [v.as_of for v in revision.values] == ["2025-01-05", "2025-02-20"]
    assert [v.value.split(" (")[0] for v in revision.values] == ["March", "May"]
