"""Figures of the parts of one thing are not sources disagreeing about it: a sentence that
gives two figures tells them apart, and two shares that make up the whole are its parts.

The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

from storyline.claims import story_claims
from storyline.evaluation.claims import analyse_text
from storyline.models import Contradiction, Provenance

D = dt.date


def _found(texts: list[tuple[str, dt.date]]) -> list[Contradiction]:
    documents = [analyse_text(t, day, f"doc-{i}") for i, (t, day) in enumerate(texts)]
    _claims, found, _revised = story_claims(documents, Provenance())
    return [c for c in found if c.kind == "number"]


def test_a_figure_the_other_sentence_also_gives_is_the_other_thing_it_counts() -> None:
    assert not _found(
        [
            ("An estimated 3.6 million barrels of oil leaked into the bay from the Varna "
             "platform, with only 500,000 barrels being collected.", D(2021, 6, 4)),
            ("The new figures show that the roughly 500,000 barrels of oil that the operator "
             "managed to collect from the Varna platform were a small part.", D(2021, 6, 4)),
        ]
    )  # fmt: skip


def test_two_shares_that_make_up_the_whole_are_its_parts() -> None:
    assert not _found(
        [
            ("Scientists at the agency found that 31 % of the spilled oil was still in the "
             "water off the Varna platform.", D(2021, 6, 9)),
            ("The agency found that an estimated 69 percent of the spilled oil has been "
             "burned, skimmed or dispersed off the Varna platform.", D(2021, 6, 9)),
        ]
    )  # fmt: skip


def test_two_shares_of_one_part_told_differently_still_disagree() -> None:
    found = _found(
        [
            ("Scientists at the agency found that 31 % of the oil from the Varna platform "
             "was still in the water.", D(2021, 6, 9)),
            ("Independent scientists found that 55 % of the oil from the Varna platform "
             "was still in the water.", D(2021, 6, 9)),
        ]
    )  # fmt: skip
    assert [sorted(s.value for s in c.sides) for c in found] == [["31 %", "55 %"]]


def test_a_count_of_the_newest_members_is_not_one_of_them_all() -> None:
    assert not _found(
        [
            ("Oddly enough, VALTA's three newest members were on the other side of the "
             "divide only a decade ago.", D(1999, 3, 12)),
            ("Growing VALTA from 16 members to 19 has been among the government's main aims "
             "abroad, meant to lock in the reforms made in the former rival bloc after its "
             "collapse 10 years ago.", D(1999, 3, 12)),
        ]
    )  # fmt: skip


def test_counts_of_other_people_are_not_the_count_before_them() -> None:
    # "14 other UN staff had died and 56 were injured": others than the army's three dead
    # and 21 hurt, so neither the 14 nor the 56 told after them is that count told again
    assert not _found(
        [
            ("The Velorian army said three of its peacekeepers had been killed and 21 "
             "injured when the barracks in Tarsa collapsed on Saturday.", D(2026, 3, 14)),
            ("The mission said 14 other UN staff had died and 56 were injured in the "
             "collapse of its headquarters in Tarsa on Saturday.", D(2026, 3, 14)),
        ]
    )  # fmt: skip


def test_two_counts_of_the_same_others_still_disagree() -> None:
    found = _found(
        [
            ("The mission said 14 other staff had died in the collapse of its headquarters "
             "in Tarsa on Saturday.", D(2026, 3, 14)),
            ("Nine other staff died when the mission's headquarters in Tarsa collapsed on "
             "Saturday, the agency said.", D(2026, 3, 14)),
        ]
    )  # fmt: skip
    assert [sorted(side.value for side in c.sides) for c in found] == [
        ["14 other staff", "Nine other staff"]
    ]


def test_a_table_s_cells_are_not_counts_of_the_story() -> None:
    assert not _found(
        [
            ("Lists of the injured were posted at the city's hospitals.\n\n"
             "Injured: 74\n\nHospitalized: 6", D(2022, 5, 20)),
            ("At least 1,200 people were injured in the blast in Ostrel, officials said.",
             D(2022, 5, 20)),
        ]
    )  # fmt: skip


def test_a_count_joined_to_a_placed_clause_is_of_that_place() -> None:
    assert not _found(
        [
            ("A car bomb outside the embassy in Ostrel killed 9 people and wounded about 60 "
             "others.", D(2022, 5, 20)),
            ("Two car bombs in Ostrel and Vessa killed at least 70 people and wounded more "
             "than 1,500 others.", D(2022, 5, 20)),
        ]
    )  # fmt: skip


def test_sums_of_two_named_companies_are_two_sums() -> None:
    assert not _found(
        [
            ("In composite trading on the Carvel exchange, Orly Data shares closed at "
             "$19.50, up 12.5 cents.", D(1989, 10, 27)),
            ("Kessan Bank shares also fell 50 cents to close at $36.125 in Big Board "
             "composite trading.", D(1989, 10, 27)),
        ]
    )  # fmt: skip


def test_a_count_in_two_cities_told_with_their_countries_is_not_one_city_s() -> None:
    assert not _found(
        [
            ("The blasts at the embassies in Ostrel, Dorvia, and Vessa, Marlovia, killed at "
             "least 90 people on Friday.", D(2022, 5, 20)),
            ("The blast at the embassy in Ostrel killed 40 people on Friday, officials "
             "said.", D(2022, 5, 20)),
        ]
    )  # fmt: skip


def test_what_a_fleet_can_skim_is_not_what_it_skimmed() -> None:
    assert not _found(
        [
            ("Even after the blast, the operator insisted it had a skimming capacity of "
             "more than 120,000 barrels of oil per day off the Varna platform.",
             D(2021, 7, 6)),
            ("Add the oil burned off and the fleet skimmed less than 3,000 barrels of oil "
             "per day off the Varna platform.", D(2021, 7, 6)),
        ]
    )  # fmt: skip


def test_distances_from_two_places_are_two_measures() -> None:
    assert not _found(
        [
            ("Heavy fighting broke out on Friday in a town just 160 kilometres east of "
             "Ostrel, the rebels said.", D(2011, 6, 11)),
            ("Rebels guarded a checkpoint on Friday about 30 km (19 miles) east of the "
             "rebel-held city of Vessa, near Ostrel.", D(2011, 6, 11)),
        ]
    )  # fmt: skip


def test_a_fact_box_s_rows_are_not_counts_of_the_story() -> None:
    assert not _found(
        [
            ("Ostrel : 20 confirmed cases -LRB- officials put suspected deaths at 149 -RRB- "
             "Vessa : 40 confirmed cases Marlow , Dorvia : suspected cases being tested",
             D(2009, 4, 28)),
            ("Vessa : one death , at least 109 confirmed cases Dorvia : 4 confirmed , 12 "
             "probable cases Marlow : 2 confirmed cases", D(2009, 4, 28)),
        ]
    )  # fmt: skip


def test_shares_of_two_different_wholes_are_two_measures() -> None:
    assert not _found(
        [
            ("In pigs the fever kills around 1 % to 4 % of the animals it infects in Ostrel, "
             "vets said.", D(2009, 4, 28)),
            ("Officials in Ostrel warned that about 40 per cent of people could be infected "
             "by the fever.", D(2009, 4, 28)),
        ]
    )  # fmt: skip
