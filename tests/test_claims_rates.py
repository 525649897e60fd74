"""Rates: a percentage governed by a rate noun ("the fatality rate", "an unemployment rate of
4.1%") is that rate, set only beside the same rate, and a statistic rounded to its last
digit ("4.1%" and "4.2%" are two values). The articles are invented and written for these
tests.
"""

from __future__ import annotations

import datetime as dt

from storyline.models import Contradiction

from helpers import story_disagreements

PUBLISHED = dt.date(2025, 4, 5)

FATALITY = (
    "The fatality rate among Velp fever patients in Marran is 2.1 percent, the health ministry "
    "said."
)


def rates(*texts: str) -> list[Contradiction]:
    """The number disagreements of a story of ``texts``, one article each, of one day."""
    return [c for c in story_disagreements([(t, PUBLISHED) for t in texts]) if c.kind == "number"]


def told(found: list[Contradiction]) -> list[tuple[str, list[str]]]:
    return [(c.about, sorted(side.value for side in c.sides)) for c in found]


def test_one_rate_told_two_ways_is_a_disagreement_named_by_its_noun() -> None:
    other = "WHO doctors put the fatality rate among Velp fever patients in Marran at 3.4 percent."
    found = rates(FATALITY, other)
    assert [c.about.split(" (%)")[0] for c in found] == ["fatality rate"]
    assert told(found)[0][1] == ["2.1 percent", "3.4 percent"]


def test_rates_of_different_nouns_are_different_measures() -> None:
    admissions = (
        "The hospital admission rate among Velp fever patients in Marran is 3.4 percent, the "
        "WHO said."
    )
    assert rates(FATALITY, admissions) == []


def test_every_word_of_the_rate_noun_counts() -> None:
    effective = (
        "Firms in Carvel paid an effective corporate tax rate of 26.1 percent last year, the "
        "treasury said."
    )
    headline = effective.replace("an effective corporate", "a corporate").replace("26.1", "21")
    assert rates(effective, headline) == []


def test_a_rate_to_a_tenth_is_apart_from_the_next_tenth() -> None:
    march = "Carvel's unemployment rate rose to 4.1% in March, the statistics office said."
    other = "The statistics office said Carvel's unemployment rate rose to 4.2% in March."
    assert [sides for _about, sides in told(rates(march, other))] == [["4.1%", "4.2%"]]
    assert rates(march, march.replace("statistics office", "labour ministry")) == []


def test_a_flow_told_a_day_per_day_daily_or_in_bpd_is_one_measure() -> None:
    # Every way of telling "a day" names one period: the two estimates of the Sorne
    # well's leak are one flow told differently, whichever words each outlet uses.
    coast_guard = (
        "The coast guard said the Sorne well was leaking 4,000 barrels a day into the bay."
    )
    for other in (
        "University researchers said the Sorne well was leaking 12,000 barrels per day.",
        "University researchers said the Sorne well was leaking 12,000 barrels daily.",
        "University researchers said the Sorne well was leaking 12,000 bpd into the bay.",
    ):
        found = told(rates(coast_guard, other))
        assert len(found) == 1, other
        assert [value.split()[0] for value in found[0][1]] == ["12,000", "4,000"], other


def test_yearly_tolls_that_name_no_place_are_not_set_side_by_side() -> None:
    # A yearly toll is a statistic of some country or of the world; told with no place,
    # two of them may count two populations. Naming one place, they are one measure.
    lead = "Health officials in Marran said on Friday that Velp fever has reached the capital."
    national = "Seasonal Velp fever kills about 3,000 people every year, the officials said."
    world = "Velp fever kills between 20,000 and 40,000 people each year, a WHO expert said."
    assert rates(lead, national, world) == []
    in_marran = (national.replace("every year", "in Marran every year"),
                 world.replace("each year", "in Marran each year"))  # fmt: skip
    assert len(rates(lead, *in_marran)) == 1
