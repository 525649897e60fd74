"""A count told by a place ("Dalvin state health officials confirmed two cases", "Ostrava
has reported 165 cases") is that place's, though no "in" names it: a state's count is not
its country's, and one country's is not the count that many countries report together
("21 countries have reported 1,085 cases"). Two counts of one country's cases, told by two
bodies, still disagree. The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

from helpers import disagreement_sides

TUESDAY = dt.date(2026, 4, 28)


def test_a_state_count_told_by_its_officials_is_not_the_country_count() -> None:
    sides = disagreement_sides(
        [
            "Dalvin state health officials confirmed two cases of the new flu on Tuesday, the "
            "regional broadcaster said. Schools in Corvania stay open.",
            "Corvania declared a health emergency as 20 cases of the new flu were confirmed in "
            "the country, including two in Dalvin and seven in Ostra. Flights in Corvania "
            "were cut.",
        ],
        TUESDAY,
    )
    assert sides == []


def test_one_country_count_is_not_the_count_of_many_countries() -> None:
    sides = disagreement_sides(
        [
            "Ostrava has reported 165 cases of the new flu. Schools in Ostrava are closed "
            "until further notice.",
            "According to the WHO, 21 countries have officially reported 1,085 cases of the "
            "new flu.",
        ],
        TUESDAY,
    )
    assert sides == []


def test_two_counts_a_country_reports_still_disagree() -> None:
    sides = disagreement_sides(
        [
            "Ostrava has confirmed 165 cases of the new flu, its health ministry said on "
            "Tuesday. Schools in Ostrava are closed.",
            "Ostrava has confirmed 240 cases of the new flu, the WHO said on Tuesday. Flights "
            "to Ostrava were cut.",
        ],
        TUESDAY,
    )
    assert sides == [["165 cases", "240 cases"]]
