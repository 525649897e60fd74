"""Two outlets giving one body's figures ("according to the WHO", "the World Health
Organization said") tell that body's count at two hours, not two sources disagreeing: no
disagreement. Figures of two bodies (the WHO and a health ministry, or two countries'
ministries) still disagree. The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

from helpers import disagreement_sides, number_claims

DAY = dt.date(2026, 5, 17)
WHO = "The new flu has killed 65 people in 34 countries, the WHO said on Sunday."


def test_one_body_s_two_counts_are_no_disagreement() -> None:
    sides = disagreement_sides(
        [
            WHO,
            "The new flu has killed 85 people in 34 countries, according to the World Health "
            "Organization.",
        ],
        DAY,
    )
    assert sides == []


def test_one_body_s_figures_named_as_its_figures_are_no_disagreement() -> None:
    sides = disagreement_sides(
        [
            WHO,
            "The new flu has killed 85 people in 34 countries, according to the latest figures "
            "from the World Health Organization.",
        ],
        DAY,
    )
    assert sides == []


def test_another_body_s_figures_still_disagree() -> None:
    sides = disagreement_sides(
        [
            WHO,
            "The new flu has killed 85 people in 34 countries, according to the latest figures "
            "from the Red Cross.",
        ],
        DAY,
    )
    assert sides == [["65 people", "85 people"]]


def test_two_bodies_counts_still_disagree() -> None:
    sides = disagreement_sides(
        [
            WHO,
            "The new flu has killed 85 people in 34 countries, the Red Cross said on Sunday.",
        ],
        DAY,
    )
    assert sides == [["65 people", "85 people"]]


def test_two_countries_ministries_are_two_bodies() -> None:
    sides = disagreement_sides(
        [
            "Ostrava's health ministry said 14 people had died of the new flu in Tarvin.",
            "Corvania's health ministry said 40 people had died of the new flu in Tarvin.",
        ],
        DAY,
    )
    assert sides == [["14 people", "40 people"]]


def test_a_ministry_named_with_and_without_its_country_is_one_body() -> None:
    sides = disagreement_sides(
        [
            "Corvania's health ministry said 639 people were wounded in the clashes in Tarvin.",
            "The health ministry said nearly 850 people were wounded in the clashes in Tarvin.",
        ],
        DAY,
    )
    assert sides == []


def test_a_ministry_named_by_its_kind_alone_is_the_one_named_in_full() -> None:
    sides = disagreement_sides(
        [
            "Corvania's health ministry said 639 people were wounded in the clashes in Tarvin.",
            "The ministry earlier said 916 people were wounded in the clashes in Tarvin.",
        ],
        DAY,
    )
    assert sides == []


def test_a_ministry_named_by_its_kind_still_disagrees_with_another_body() -> None:
    sides = disagreement_sides(
        [
            "Activists in Tarvin said 2,000 people were wounded in the clashes in Tarvin.",
            "The ministry earlier said 916 people were wounded in the clashes in Tarvin.",
        ],
        DAY,
    )
    assert sides == [["2,000 people", "916 people"]]


def test_the_body_that_reports_a_figure_is_its_authority_not_the_channel() -> None:
    # The ministry's count went out through state television: it is the ministry's, and
    # the ministry's own later count is the same count risen.
    found, revised = number_claims(
        [
            ("Corvania's health ministry reported 639 people were wounded in the clashes in "
             "Tarvin, according to state television.", dt.date(2026, 5, 16)),
            ("Nearly 850 people were wounded in the clashes in Tarvin, the Corvanian health "
             "ministry said.", DAY),
        ]
    )  # fmt: skip
    assert not found
    assert [[v.value for v in r.values] for r in revised] == [["639 people", "Nearly 850 people"]]


def test_a_speaker_named_by_a_pronoun_is_the_body_the_sentence_before_names() -> None:
    # "he" is the health minister of the sentence before, so his count of the dead is the
    # ministry's, and the ministry's earlier count is the same count risen
    found, _revised = number_claims(
        [
            ("Corvania's health ministry reported three people were killed in the clashes in "
             "Tarvin, according to state television.", DAY),
            ("The number of people injured in the clashes in Tarvin has climbed to 896, the "
             "country's health minister told state media.\nEight people have been killed, "
             "he said.", DAY),
        ]
    )  # fmt: skip
    assert not found


def test_a_pronoun_speaker_after_a_sentence_naming_no_body_is_no_body() -> None:
    found, _revised = number_claims(
        [
            ("Corvania's health ministry reported three people were killed in the clashes in "
             "Tarvin, according to state television.", DAY),
            ("A doctor at a field clinic in Tarvin spoke to reporters.\nEight people have "
             "been killed, he said.", DAY),
        ]
    )  # fmt: skip
    assert found
