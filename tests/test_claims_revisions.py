"""Revised figures: a count or an estimate that changes as time passes is listed with when
each value was reported, not set beside the others as sources disagreeing.

The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

from helpers import number_claims

D = dt.date


def test_a_rate_that_once_held_and_has_since_risen_is_a_revision() -> None:
    found, revised = number_claims(
        [
            ("The Harlow flood fund previously paid out about $2.1m a week to households, "
             "but this has risen to $6.4m a week since the new administrator took over, "
             "the council said on Monday.", D(2025, 4, 8)),
            ("The council said the Harlow flood fund had received 4,200 claims.",
             D(2025, 4, 8)),
        ]
    )  # fmt: skip
    assert not found
    assert [[v.value for v in r.values] for r in revised] == [["about $2.1m", "$6.4m"]]
    assert revised[0].values[0].as_of == "before 2025-04-07"
    assert revised[0].values[1].as_of == "2025-04-08"


def test_a_toll_kept_since_a_day_of_the_week_rises_into_the_later_toll() -> None:
    found, revised = number_claims(
        [
            ("Human Rights Watch said 84 people have been killed in the protests in Libya "
             "since Tuesday, citing hospital staff.", D(2011, 2, 19)),
            ("Human Rights Watch said at least 233 people had been killed in the protests "
             "in Libya, citing hospital staff.", D(2011, 2, 21)),
        ]
    )  # fmt: skip
    assert not found
    assert [[v.value for v in r.values] for r in revised] == [["84 people", "at least 233 people"]]


def test_a_toll_placed_by_its_people_s_adjective_is_the_country_s_toll() -> None:
    found, revised = number_claims(
        [
            ("Doctors said 35 people have been killed in Libyan protests, most of them "
             "shot by snipers.", D(2011, 2, 18)),
            ("Doctors said at least 120 people have been killed in the protests in Libya, "
             "most of them shot by snipers.", D(2011, 2, 20)),
        ]
    )  # fmt: skip
    assert not found
    assert [[v.value for v in r.values] for r in revised] == [["35 people", "at least 120 people"]]


def test_people_known_to_have_been_infected_are_the_infected_counted_days_before() -> None:
    found, revised = number_claims(
        [
            ("A new strain of flu has killed 20 people in Mexico and also appeared in "
             "Canada, where five people are infected and recovering at home with mild "
             "symptoms, officials said.", D(2009, 4, 24)),
            ("Health officials in Canada said 13 people are now known to have been infected "
             "with the new strain.", D(2009, 4, 26)),
        ]
    )  # fmt: skip
    assert not found
    assert [[v.value for v in r.values] for r in revised] == [["five people", "13 people"]]


def test_a_dateline_s_year_does_not_date_a_count_against_later_ones() -> None:
    found, revised = number_claims(
        [
            ("2009 04 25 08:50 JST By Ann Hale OTTAWA (Reuters) - A new strain of flu has "
             "killed 20 people in Mexico and also appeared in Canada, where five people "
             "are infected.", D(2009, 4, 25)),
            ("In Canada, 13 people are now known to have been infected with the new strain, "
             "health officials said.", D(2009, 4, 26)),
        ]
    )  # fmt: skip
    assert not found
    assert [[v.value for v in r.values] for r in revised] == [["five people", "13 people"]]


def test_a_count_in_two_places_is_not_a_count_in_the_first() -> None:
    found, _revised = number_claims(
        [
            ("In California and Texas, eight people were infected with the new strain, but "
             "all of them have recovered.", D(2009, 4, 25)),
            ("In California, where six people have been infected with the flu, the governor "
             "said authorities were monitoring patients.", D(2009, 4, 25)),
        ]
    )  # fmt: skip
    assert not found


def test_a_toll_s_floor_raised_in_a_later_report_is_a_revision() -> None:
    found, revised = number_claims(
        [
            ("A landslide buried part of the mining town of Ordell on Monday, killing at "
             "least 16 people, the regional governor said.", D(2024, 9, 2)),
            ("The regional governor said at least 41 people were killed when a landslide "
             "buried part of Ordell.", D(2024, 9, 3)),
        ]
    )  # fmt: skip
    assert not found
    assert [[v.value for v in r.values] for r in revised] == [
        ["at least 16 people", "at least 41 people"]
    ]


def test_a_place_after_another_participle_does_not_place_the_toll() -> None:
    found, revised = number_claims(
        [
            ("A deadly strain of flu has broken out in Mexico, killing at least 16 people "
             "and raising fears it is spreading across North America.", D(2009, 4, 24)),
            ("Officials said at least 20 people have died of the flu in Mexico.",
             D(2009, 4, 25)),
        ]
    )  # fmt: skip
    assert not found
    assert [[v.value for v in r.values] for r in revised] == [
        ["at least 16 people", "at least 20 people"]
    ]


def test_people_reported_infected_beside_a_toll_are_not_counted_as_dead() -> None:
    found, revised = number_claims(
        [
            ("Mexico has confirmed 20 deaths from the flu and has 40 other possible "
             "fatalities and 1,004 people reported infected.", D(2009, 4, 25)),
            ("The flu has killed 81 people in Mexico, officials said.", D(2009, 4, 26)),
        ]
    )  # fmt: skip
    assert not found
    assert all("1,004 people" not in [v.value for v in r.values] for r in revised)


def test_a_total_a_toll_is_told_out_of_is_not_a_toll_and_revises_the_cases() -> None:
    found, revised = number_claims(
        [
            ("Health officials said there are 1,004 cases of the new flu in Veracruz.",
             D(2009, 4, 24)),
            ("Twenty people have died in Veracruz so far out of a total of 1,324 cases, "
             "health officials said.", D(2009, 4, 26)),
        ]
    )  # fmt: skip
    assert not found
    assert [[v.value for v in r.values] for r in revised] == [["1,004 cases", "1,324 cases"]]


def test_reported_cases_are_the_cases_counted_days_before() -> None:
    found, revised = number_claims(
        [
            ("Health officials said there are 1,004 cases of the new flu in Veracruz.",
             D(2009, 4, 24)),
            ("There are now 1,324 reported cases of the new flu in Veracruz, health "
             "officials said.", D(2009, 4, 26)),
        ]
    )  # fmt: skip
    assert not found
    assert [[(v.value, v.as_of) for v in r.values] for r in revised] == [
        [("1,004 cases", "2009-04-24"), ("1,324 reported cases", "2009-04-26")]
    ]


def test_a_floor_raised_for_a_count_that_is_not_a_toll_is_a_revision() -> None:
    found, revised = number_claims(
        [
            ("The new strain has infected more than 400 people in Ostrava, health officials "
             "said.", D(2009, 6, 9)),
            ("The new strain has infected more than 520 people in Ostrava, health officials "
             "said.", D(2009, 6, 11)),
        ]
    )  # fmt: skip
    assert not found
    assert [[(v.value, v.as_of) for v in r.values] for r in revised] == [
        [("more than 400 people", "2009-06-09"), ("more than 520 people", "2009-06-11")]
    ]


def test_a_count_told_after_has_spread_holds_when_reported_not_at_the_spread_s_start() -> None:
    found, revised = number_claims(
        [
            ("The new strain has infected 26,500 people in 73 countries, the World Health "
             "Organization said.", D(2009, 6, 9)),
            ("The strain emerged in Mexico in April and has spread to 74 countries, infecting "
             "27,700 people.", D(2009, 6, 11)),
        ]
    )  # fmt: skip
    assert not found
    assert [[(v.value, v.as_of) for v in r.values] for r in revised] == [
        [("26,500 people", "2009-06-09"), ("27,700 people", "2009-06-11")]
    ]


def test_a_thousands_comma_does_not_cut_a_running_total_from_its_now() -> None:
    found, revised = number_claims(
        [
            ("The ministry's tally shows 1,204 cholera cases in the province, including "
             "48 deaths.", D(2023, 3, 6)),
            ("The tally now stands at 3,517 laboratory-confirmed cholera cases including "
             "96 deaths in the province.", D(2023, 3, 13)),
        ]
    )  # fmt: skip
    assert not found
    assert [[v.value for v in r.values] for r in revised if "death" in r.about] == [
        ["48 deaths", "96 deaths"]
    ]


def test_deaths_a_later_report_counts_higher_with_no_day_of_their_own_rose() -> None:
    found, revised = number_claims(
        [
            ("Velmar remains the country worst hit by the flu , with more than 1,100 cases "
             "confirmed by laboratories , including 42 deaths . The United States has now "
             "reported almost 900 confirmed cases , including two deaths .", D(2026, 5, 8)),
            ("The agency counted 5,000 infections in 30 countries on Tuesday , with 61 deaths "
             "in all . Velmar leads with 2,059 cases , including 56 deaths , followed by the "
             "United States with 2,600 cases including three deaths .", D(2026, 5, 12)),
        ]
    )  # fmt: skip
    assert not found
    assert ["two deaths", "three deaths"] in [[v.value for v in r.values] for r in revised]


def test_a_reading_told_as_still_rising_is_revised_by_another_of_the_same_day() -> None:
    """A pressure read in the morning "and rising" and read again later the same day is one
    gauge at two minutes: a revision, though a pressure is otherwise a measure made once."""
    found, revised = number_claims(
        [
            ("Engineers said the pressure in the Tarrow well was measured on Saturday "
             "morning at 6,740 pounds per square inch, rising by a few pounds an hour.",
             D(2025, 7, 19)),
            ("The pressure inside the Tarrow well cap stood at 6,805 pounds per square inch "
             "on Saturday and rising, engineers said.", D(2025, 7, 20)),
        ]
    )  # fmt: skip
    assert not found
    assert [[v.value for v in r.values] for r in revised] == [["6,740 pounds", "6,805 pounds"]]
    assert revised[0].about.startswith("pressure in pounds per square inch")


def test_an_estimate_told_as_a_range_and_restated_days_later_is_a_revision() -> None:
    first = (
        "The cap is only a stopgap for a spill that the agency estimates has poured between "
        "87 million and 172 million gallons of oil into the bay as of Saturday.",
        D(2025, 7, 5),
    )
    later = (
        "As of Monday, between 89 million and 176 million gallons of oil had poured into the "
        "bay, according to agency estimates.",
        D(2025, 7, 7),
    )
    found, revised = number_claims([first, later])
    assert not found
    assert [(r.about, [v.value for v in r.values]) for r in revised] == [
        (
            "gallons of oil into the bay",
            [
                "between 87 million and 172 million gallons",
                "between 89 million and 176 million gallons",
            ],
        )
    ]


def test_a_revised_toll_never_falls_back_to_a_lower_figure() -> None:
    # Friday's 60 and Sunday's 81 are the toll rising; Saturday's 20 is another count
    # (the confirmed deaths, say) and disagrees with Friday's figure instead: a toll
    # shown as revised from 60 to 20 and on to 81 is no toll anyone kept.
    found, revised = number_claims(
        [
            ("The flu has killed 60 people in Mexico, officials said on Friday.",
             D(2009, 4, 24)),
            ("The flu has killed 20 people in Mexico, officials said on Saturday.",
             D(2009, 4, 25)),
            ("The flu has killed 81 people in Mexico, officials said on Sunday.",
             D(2009, 4, 26)),
        ]
    )  # fmt: skip
    assert [[v.value for v in r.values] for r in revised] == [["60 people", "81 people"]]
    assert [sorted(s.value for s in c.sides) for c in found] == [["20 people", "60 people"]]


def test_a_toll_more_than_tenfold_the_one_before_is_not_its_next_value() -> None:
    found, revised = number_claims(
        [
            ("Officials said six people were killed in the clashes in Tripoli.",
             D(2011, 2, 20)),
            ("Officials said more than 200 people were killed in the clashes in Tripoli.",
             D(2011, 2, 21)),
        ]
    )  # fmt: skip
    assert not found
    assert not revised


def test_an_impression_is_no_value_of_a_revised_count() -> None:
    # "Hundreds of cargo ships" two days after "about 140" is a witness's impression, not
    # the harbour's count revised; a reader comparing counts is shown counts.
    found, revised = number_claims(
        [
            ("About 140 cargo ships were waiting at anchor outside Port Dunmore, the harbour "
             "master said.", D(2025, 10, 6)),
            ("Hundreds of cargo ships were waiting at anchor outside Port Dunmore, the harbour "
             "master said.", D(2025, 10, 8)),
        ]
    )  # fmt: skip
    assert not found
    assert not revised


def test_two_bodies_counts_are_each_revised_on_their_own_word() -> None:
    # The ministry's toll and the WHO's rise apart; one list running from the ministry's
    # 20 to the WHO's 60 and 81 would show a revision nobody made.
    found, revised = number_claims(
        [
            ("The flu has killed 20 people in Mexico, according to the health ministry.",
             D(2009, 4, 24)),
            ("The flu has killed 60 people in Mexico, according to the World Health "
             "Organization.", D(2009, 4, 24)),
            ("The flu has killed 26 people in Mexico, according to the health ministry.",
             D(2009, 4, 25)),
            ("The flu has killed 81 people in Mexico, according to the World Health "
             "Organization.", D(2009, 4, 26)),
        ]
    )  # fmt: skip
    assert sorted([v.value for v in r.values] for r in revised) == [
        ["20 people", "26 people"],
        ["60 people", "81 people"],
    ]
    # the two bodies' figures of one day still disagree, beside how each count went on
    [disagreement] = found
    assert disagreement.note is not None
    assert disagreement.note.endswith(
        "20 people (2009-04-24), then 26 people (2009-04-25); "
        "60 people (2009-04-24), then 81 people (2009-04-26)"
    )


def test_a_body_s_new_figure_goes_on_its_own_count_before_a_nearer_one() -> None:
    # Human Rights Watch's 233 is its own 84 revised, though the unattributed 219 of the
    # day before lies nearer in value.
    found, revised = number_claims(
        [
            ("At least 219 people have been killed in the protests in Libya.",
             D(2011, 2, 18)),
            ("Human Rights Watch said 84 people have been killed in the protests in Libya.",
             D(2011, 2, 19)),
            ("Human Rights Watch said at least 233 people have been killed in the protests "
             "in Libya.", D(2011, 2, 21)),
        ]
    )  # fmt: skip
    assert [[v.value for v in r.values] for r in revised] == [["84 people", "at least 233 people"]]
    assert [sorted(s.value for s in c.sides) for c in found] == [
        ["84 people", "At least 219 people"]
    ]


def test_the_confirmed_dead_and_the_suspected_are_two_counts() -> None:
    # How sure a count is may be told anywhere in its clause ("the confirmed death toll
    # stands at 16", "suspected 60 people had been killed"): the suspected toll rising is a
    # revision of its own, and the confirmed toll is no side against it.
    found, revised = number_claims(
        [
            ("The health ministry suspected 60 people in Corvania had been killed by the flu.",
             D(2009, 5, 2)),
            ("The confirmed death toll from the flu in Corvania stands at 16.", D(2009, 5, 2)),
            ("The health ministry suspected 101 people in Corvania had been killed by the "
             "flu.", D(2009, 5, 3)),
        ]
    )  # fmt: skip
    assert [[v.value for v in r.values] for r in revised] == [["60 people", "101 people"]]
    assert found == []


def test_how_sure_a_count_is_may_be_told_after_the_counted() -> None:
    found, _revised = number_claims(
        [
            ("In Corvania , 20 people have been confirmed dead of the flu.", D(2009, 5, 2)),
            ("At least 100 people are now suspected to have died of the flu in Corvania.",
             D(2009, 5, 2)),
        ]
    )  # fmt: skip
    assert found == []


def test_an_estimate_of_the_toll_is_no_side_against_the_official_count() -> None:
    # The official count is of the bodies counted so far; an estimate says how many died
    # in all. An editor sets neither against the other, but two estimates still disagree.
    found, _revised = number_claims(
        [
            ("The official death toll from the quake in Corvania rose to 110,000 on Friday.",
             D(2010, 1, 22)),
            ("The quake's death toll in Corvania is estimated at 200,000.", D(2010, 1, 22)),
        ]
    )  # fmt: skip
    assert found == []
    found, _revised = number_claims(
        [
            ("The quake's death toll in Corvania is estimated at 90,000.", D(2010, 1, 22)),
            ("The quake's death toll in Corvania is estimated at 200,000.", D(2010, 1, 22)),
        ]
    )  # fmt: skip
    assert [sorted(s.value for s in c.sides) for c in found] == [["200,000", "90,000"]]
    # "official" telling who gave a count ("a police official said", "the official news
    # agency") says nothing of how sure it is: against an estimate, still a disagreement
    for told in (
        "A police official in Corvania said 40 people had died in the floods.",
        "The official news agency said 40 people had died in the floods in Corvania.",
    ):
        found, _revised = number_claims(
            [
                (told, D(2010, 1, 22)),
                ("Aid agencies estimated that 90 people had died in the floods in Corvania.",
                 D(2010, 1, 22)),
            ]
        )  # fmt: skip
        assert [sorted(s.value for s in c.sides) for c in found] == [["40 people", "90 people"]]


def test_a_tally_of_the_diagnosed_rising_over_days_is_a_revision() -> None:
    found, revised = number_claims(
        [
            ("The latest school to be hit by the virus is Alder School in Penfold, where five "
             "pupils were diagnosed on Monday.", dt.date(2009, 5, 5)),
            ("Alder School in Penfold has already seen six pupils diagnosed with the virus "
             "earlier this week.", dt.date(2009, 5, 7)),
        ]
    )  # fmt: skip
    assert not found
    assert [[v.value for v in r.values] for r in revised] == [["five pupils", "six pupils"]]


def test_a_tally_of_the_diagnosed_told_lower_days_later_still_disagrees() -> None:
    found, _revised = number_claims(
        [
            ("The latest school to be hit by the virus is Alder School in Penfold, where "
             "nine pupils were diagnosed on Monday.", dt.date(2009, 5, 5)),
            ("Alder School in Penfold has seen four pupils diagnosed with the virus on "
             "Monday.", dt.date(2009, 5, 7)),
        ]
    )  # fmt: skip
    assert found


REVISED_DOWN = (
    "Officials revised down the amount of oil that went into Lake Orla to 4.1 m barrels , "
    "from an earlier estimate of 4.9 m ."
)


def test_a_change_told_new_figure_first_is_a_revision() -> None:
    found, revised = number_claims(
        [
            (REVISED_DOWN, D(2010, 8, 19)),
            ("The spill fouled the shore of Lake Orla .", D(2010, 8, 18)),
        ]
    )  # fmt: skip
    assert found == []
    assert [[v.value for v in r.values] for r in revised] == [["4.9 m", "4.1 m barrels"]]


def test_the_old_estimate_told_again_by_another_outlet_is_no_disagreement() -> None:
    found, revised = number_claims(
        [
            (REVISED_DOWN, D(2010, 8, 19)),
            ("Scientists argue over the fate of the 5m barrels of oil that leaked into Lake "
             "Orla from the well .", D(2010, 8, 18)),
        ]
    )  # fmt: skip
    assert found == []
    assert [[v.value for v in r.values] for r in revised] == [["5m barrels", "4.1 m barrels"]]


def test_an_old_figure_with_a_unit_of_its_own_keeps_its_size() -> None:
    found, _revised = number_claims(
        [
            ("First they said it was 1,000 barrels a day , then they said it was 5,000 , now "
             "we are up to 100,000 barrels a day from the Orla well .", D(2010, 6, 1)),
            ("Engineers say 1 million barrels a day are leaking from the Orla well .",
             D(2010, 6, 1)),
        ]
    )  # fmt: skip
    assert [sorted(side.value for side in c.sides) for c in found] == [
        ["1 million barrels", "up to 100,000 barrels"]
    ]
