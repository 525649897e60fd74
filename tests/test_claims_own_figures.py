"""A body telling a figure of its own ("Korvane says it will cut 1,200 jobs", "officials say
they have 10,000 doses") gives its jobs or its stock, so two bodies each telling their own
figure in a round-up are two facts, not a disagreement; two bodies telling one body's
figure, or a toll, still disagree. The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

from helpers import dated_disagreement_sides

DAY = dt.date(2026, 2, 11)
HARROW = "Protesters gathered again in Harrow Square on Sunday. "


def _sides(*texts: str) -> list[list[str]]:
    return dated_disagreement_sides([(text, DAY) for text in texts])


def test_two_companies_own_job_cuts_are_no_disagreement() -> None:
    digest = (
        "Factories across the region shed staff as orders dried up this winter. "
        "Korvane Motors says it will cut 1,200 jobs at its plants in the valley. "
        "Delmet Foods says that it will eliminate about 3,000 jobs by the end of the year. "
        "Both firms blamed the fall in exports."
    )
    assert _sides(digest) == []


def test_two_countries_own_stocks_are_no_disagreement() -> None:
    roundup = (
        "Governments across the region prepared for the new flu on Tuesday. "
        "Varnia 's health minister says it has only 100 doses of the antiviral drug. "
        "Officials say they have 10,000 doses of the antiviral drug in stock. "
        "Ostrel and Varnia have begun screening travellers at their airports."
    )
    assert _sides(roundup) == []


def test_a_company_s_figure_told_otherwise_by_a_union_still_disagrees() -> None:
    page = (
        "Korvane Motors says it will cut 1,200 jobs at its plants in the valley. "
        "The cuts will hit 4,000 jobs at Korvane Motors , the metalworkers ' union said."
    )
    assert _sides(page) == [["1,200 jobs (korvane motors)", "4,000 jobs (metalworkers ' union)"]]


def test_two_bodies_telling_their_own_deed_still_disagree_on_the_toll() -> None:
    page = (
        "Fighting raged around the hill town of Arvesh on Friday. "
        "The army said it killed 50 people in the fighting around Arvesh. "
        "The rebel command said they buried 12 people killed in the fighting around Arvesh."
    )
    assert _sides(page) == [["12 people (rebel command)", "50 people (army)"]]


def test_two_people_s_own_counts_are_no_disagreement() -> None:
    first = (
        HARROW
        + "`` I 've talked to at least four or five people who say they were detained by the "
        "border police , '' a lawyer told the radio station."
    )
    second = (
        HARROW + "`` I got nine people detained right after they met with me at my home , '' an "
        "organiser said."
    )
    assert _sides(first, second) == []


def test_two_sources_counting_the_detained_still_disagree() -> None:
    first = HARROW + "Activists said nine people were detained by the border police."
    second = HARROW + "The interior ministry said 20 people were detained by the border police."
    assert _sides(first, second) == [["20 people", "nine people"]]


def test_a_count_told_as_an_opinion_is_no_one_s_own_experience() -> None:
    first = HARROW + "`` I think 20 people were detained by the border police , '' a lawyer said."
    second = HARROW + "The interior ministry said five people were detained by the border police."
    assert _sides(first, second) == [["20 people", "five people"]]


def test_a_first_person_count_printed_with_its_contraction_is_personal() -> None:
    first = "I've talked to nine people who were detained by the border police on Sunday."
    second = "The interior ministry said 20 people were detained by the border police on Sunday."
    assert _sides(first, second) == []
