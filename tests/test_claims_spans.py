"""How long a record stands ("the first flu pandemic in 40 years"), told differently by
outlets of the same days.

The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

from storyline.models import Contradiction

from helpers import story_disagreements

D = dt.date

FORTY = (
    "Health officials in Marran declared an outbreak of grey fever on Monday. It is the first "
    "grey fever epidemic in 40 years, and clinics across the valley have opened late."
)
FORTY_ONE = (
    "Marran's clinics stayed open late on Monday as the region faced its first grey fever "
    "epidemic in 41 years, officials said."
)


def spans(*texts: tuple[str, dt.date]) -> list[Contradiction]:
    """The record-span disagreements of a story of ``texts``, one article each, its sides'
    articles named by their place in ``texts``."""
    found = [c for c in story_disagreements(texts) if c.about.startswith("time")]
    for c in found:
        for side in c.sides:
            side.articles[:] = [a.replace("doc-", "article ") for a in side.articles]
    return found


def values(found: list[Contradiction]) -> list[tuple[str, list[str]]]:
    return [(c.about, [side.value for side in c.sides]) for c in found]


def test_one_record_told_with_two_spans_in_the_same_days_is_a_disagreement() -> None:
    found = spans((FORTY, D(2025, 3, 3)), (FORTY_ONE, D(2025, 3, 4)))
    assert values(found) == [("time since the last grey fever epidemic", ["40 years", "41 years"])]
    assert [side.articles for side in found[0].sides] == [["article 0"], ["article 1"]]


def test_spans_a_hedge_allows_both_values_of_agree() -> None:
    over = FORTY_ONE.replace("in 41 years", "in more than 40 years")
    decades = FORTY_ONE.replace("in 41 years", "in four decades")
    assert spans((FORTY_ONE, D(2025, 3, 3)), (over, D(2025, 3, 3))) == []
    assert spans((FORTY_ONE, D(2025, 3, 3)), (decades, D(2025, 3, 3))) == []


def test_a_span_in_decades_far_from_the_years_disagrees() -> None:
    decades = FORTY_ONE.replace("in 41 years", "in three decades")
    found = spans((FORTY, D(2025, 3, 3)), (decades, D(2025, 3, 3)))
    assert values(found) == [
        ("time since the last grey fever epidemic", ["three decades", "40 years"])
    ]


def test_records_of_different_things_are_not_set_side_by_side() -> None:
    harvest = (
        "Farmers in Marran brought in the worst olive harvest in 41 years, after the "
        "spring frost, the cooperative said on Monday."
    )
    season = (
        "The Marran Rovers ended their worst season in 30 years on Monday with a home loss "
        "to Velport."
    )
    first_visit = "The minister's visit on Monday was the first to Marran in 12 years."
    home = "The Marran Rovers won on Monday, their first home win in 10 years."
    away = "The Marran Rovers won on Monday, their first away win in 12 years."
    unnamed = FORTY_ONE.replace("its first grey fever epidemic", "its first epidemic")
    assert spans((FORTY, D(2025, 3, 3)), (harvest, D(2025, 3, 3))) == []
    assert spans((season, D(2025, 3, 3)), (harvest, D(2025, 3, 3))) == []
    assert spans((FORTY, D(2025, 3, 3)), (first_visit, D(2025, 3, 3))) == []
    assert spans((home, D(2025, 3, 3)), (away, D(2025, 3, 3))) == []
    assert values(spans((FORTY, D(2025, 3, 3)), (unnamed, D(2025, 3, 3)))) == [
        ("time since the last grey fever epidemic", ["40 years", "41 years"])
    ]


def test_a_record_told_again_months_later_is_another_record() -> None:
    assert spans((FORTY, D(2025, 3, 3)), (FORTY_ONE, D(2025, 9, 3))) == []


def test_one_outlet_giving_two_spans_is_not_sources_disagreeing() -> None:
    both = FORTY + " " + FORTY_ONE
    assert spans((both, D(2025, 3, 3)), (FORTY_ONE, D(2025, 3, 4))) == []


def test_a_first_time_is_one_record_when_the_clauses_tell_one_happening() -> None:
    won = "The Marran Rovers won the valley cup on Sunday for the first time in 22 years."
    lifted = (
        "Marran Rovers fans cheered as the club won the valley cup for the first time in 25 years."
    )
    scored = "Ana Vell scored a hat-trick for the first time in 25 years of league football."
    found = spans((won, D(2025, 5, 5)), (lifted, D(2025, 5, 5)))
    assert values(found) == [("time since the last time", ["22 years", "25 years"])]
    assert spans((won, D(2025, 5, 5)), (scored, D(2025, 5, 5))) == []


def test_a_span_ago_is_a_date_not_a_record() -> None:
    ago = "The first grey fever epidemic in Marran was 41 years ago, and it killed hundreds."
    assert spans((FORTY, D(2025, 3, 3)), (ago, D(2025, 3, 3))) == []


def test_spans_are_set_against_each_other_two_at_a_time_whatever_the_order() -> None:
    # "the first epidemic" is one record with each of the others, which are not one record
    # with each other: the 40 and the 41 years still meet, whoever told of them first.
    influenza = FORTY.replace("first grey fever epidemic in 40 years", "first epidemic in Marran")
    influenza += " It is the first valley fever epidemic in more than 40 years, doctors said."
    unnamed = FORTY_ONE.replace("its first grey fever epidemic", "its first epidemic")
    found = spans((influenza, D(2025, 3, 3)), (FORTY, D(2025, 3, 3)), (unnamed, D(2025, 3, 3)))
    assert values(found) == [("time since the last grey fever epidemic", ["40 years", "41 years"])]
    assert [side.articles for side in found[0].sides] == [["article 1"], ["article 2"]]


def test_a_span_in_less_than_is_a_time_to_come_not_a_record() -> None:
    # "the first game ... in less than a week" tells when, not how long a record stands
    soon = "The Marran Rovers play their first home game in less than a week, the club said."
    later = "The Marran Rovers play their first home game in 12 days, the coach said."
    assert spans((soon, D(2025, 5, 5)), (later, D(2025, 5, 5))) == []
    assert (
        spans(
            (FORTY.replace("in 40 years", "in three years' time"), D(2025, 3, 3)),
            (FORTY.replace("in 40 years", "in 12 years time"), D(2025, 3, 3)),
        )
        == []
    )
