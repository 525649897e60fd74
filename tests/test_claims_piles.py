"""A conflict's tolls that the words cannot tell apart (different towns, days and incidents
told with no town or day) are a pile of counts, not one fact: outlets that disagree on a
fact give two to four figures for it, so a measure holding more is not set side by side.
Two counts more than tenfold apart are of two things (a ward's dead, a country's), on one
page or two, in a pile or not; sums and impressions keep their own reach. The articles are
invented and written for these tests."""

from __future__ import annotations

import datetime as dt

from helpers import dated_disagreement_sides

DAY = dt.date(2026, 4, 3)

TOLLS = [
    "Activists said six people were killed .",
    "Opposition groups said at least 40 people were killed as tanks stormed homes .",
    "Residents said 18 people were killed .",
    "Rights groups said 11 people were killed .",
    "A monitoring group in exile said 107 people were killed , 74 of them civilians .",
]


def _sides(texts: list[str]) -> list[list[str]]:
    return dated_disagreement_sides([(text, DAY) for text in texts])


def test_a_pile_of_five_tolls_is_no_disagreement() -> None:
    assert _sides(TOLLS) == []


def test_two_tolls_of_those_still_disagree() -> None:
    assert _sides([TOLLS[0], TOLLS[1]]) == [["at least 40 people", "six people"]]


def test_four_tolls_are_still_set_side_by_side() -> None:
    assert len(_sides(TOLLS[:4])[0]) == 4


def test_two_counts_more_than_tenfold_apart_are_of_two_things() -> None:
    ward = "`` We have counted 30 dead civilians in this ward , '' a doctor in Tobrek said ."
    country = "The unrest has left more than 1,000 people dead , according to the United Nations ."
    assert _sides([ward, country]) == []


def test_an_impression_beside_a_count_keeps_its_own_reach() -> None:
    first = "Hundreds of people were arrested during the protests in Dalmor ."
    second = "Police said 14 people were arrested during the protests in Dalmor ."
    assert _sides([first, second]) == [["14 people", "Hundreds of people"]]


def test_two_parties_one_page_sets_side_by_side_still_disagree_within_a_pile() -> None:
    page = "State television said eight people were killed . Residents said 14 people were killed ."
    assert _sides([*TOLLS, page]) == [["14 people (residents)", "eight people (state television)"]]


def test_two_parties_counts_tenfold_apart_on_one_page_are_of_two_things_in_a_pile_too() -> None:
    page = "Activists said three people were killed . Rebels said 45 people were killed ."
    assert _sides([page]) == []
    assert _sides([*TOLLS, page]) == []


def test_two_pages_tolls_tenfold_apart_are_of_two_things() -> None:
    first = "Activists said three people were killed in Dorne ."
    second = "Rebels said 45 people were killed in Dorne ."
    assert _sides([first, second]) == []


def test_two_sums_tenfold_apart_still_disagree() -> None:
    first = "Korvane 's fourth-quarter profit was $ 2 billion , the company said ."
    second = "Korvane 's fourth-quarter profit was $ 40 billion , analysts said ."
    assert _sides([first, second]) == [["$ 2 billion", "$ 40 billion"]]
