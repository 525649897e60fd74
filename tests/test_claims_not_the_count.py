"""Figures that are not another count of what a disagreement is about.

An outbreak's toll beside the toll of a pandemic decades ago, told in the same words
("killed ... people"), is two tolls: sources that count one thing differ by a share of it,
at worst tenfold, never a hundredfold (a toll that grows that much over weeks is a revision,
which this leaves alone). A figure told as part of a group ("ten of the dead", "25 of the
300 it infected") counts some of it; the ages of the dead ("are between 25 and 45"), people
"affected" and a toll "year after year" are no toll of it; a denied figure ("there aren't
just two") counts nothing. The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.claims.readings import incidents_told

from helpers import disagreement_sides

DAY = dt.date(2026, 3, 14)


def test_an_outbreak_toll_is_not_set_beside_a_past_pandemic_toll() -> None:
    sides = disagreement_sides(
        [
            "A new strain of flu has killed 81 people in Corvania, the health ministry said "
            "on Saturday.",
            "Doctors fear the outbreak could spread. The last flu pandemic killed an "
            "estimated 1 million people, the health ministry said on Saturday.",
        ],
        DAY,
    )
    assert sides == []


def test_a_police_count_and_a_witness_count_still_disagree() -> None:
    sides = disagreement_sides(
        [
            "Police said 14 people were arrested during the protests in Dalmor on Saturday.",
            "Witnesses said hundreds of people were arrested during the protests in Dalmor on "
            "Saturday.",
        ],
        DAY,
    )
    assert len(sides) == 1


def test_some_of_the_dead_are_no_count_of_the_dead() -> None:
    sides = disagreement_sides(
        [
            "At least 38 people have died in clashes between protesters and police in Tamsar, "
            "officials said on Saturday.",
            "Ten of the dead in the clashes in Tamsar are police officers, officials said on "
            "Saturday.",
        ],
        DAY,
    )
    assert sides == []


def test_a_denied_figure_is_no_side() -> None:
    sides = disagreement_sides(
        [
            "There are three parties in the talks on Dalmor's constitution, the envoy said on "
            "Saturday.",
            "There aren't just two parties in the talks on Dalmor's constitution, the envoy's "
            "deputy said on Saturday.",
        ],
        DAY,
    )
    assert sides == []


def test_people_affected_are_no_toll() -> None:
    sides = disagreement_sides(
        [
            "Tens of thousands are feared dead in Corvania and up to three million affected, "
            "the Red Cross said on Saturday.",
            "The quake in Corvania killed at least 50,000 people, the health minister said on "
            "Saturday.",
            "About 20,000 people died in the quake in Corvania, the interior minister said on "
            "Saturday.",
        ],
        DAY,
    )
    assert sides == [["About 20,000 people", "at least 50,000 people"]]


def test_the_ages_of_the_dead_are_no_count_of_them() -> None:
    sides = disagreement_sides(
        [
            "The outbreak has killed up to 149 people in Corvania, the health minister said "
            "on Tuesday.",
            "Most of the dead are between 25 and 45, the health minister said on Tuesday.",
        ],
        DAY,
    )
    assert sides == []


def test_a_toll_every_year_is_a_rate_not_the_outbreaks_toll() -> None:
    sides = disagreement_sides(
        [
            "The outbreak has killed up to 149 people in Corvania, the health minister said "
            "on Tuesday.",
            "Seasonal flu kills about 1,000 people in Corvania year after year, the health "
            "minister said on Tuesday.",
        ],
        DAY,
    )
    assert sides == []


def test_some_of_a_counted_group_is_no_count_of_the_group() -> None:
    sides = disagreement_sides(
        [
            "The outbreak has killed 60 people in Corvania, the health minister said on "
            "Tuesday.",
            "The virus killed 25 of the 300 people it infected in Corvania, the health "
            "minister said on Tuesday.",
        ],
        DAY,
    )
    assert sides == []


def test_a_bare_none_told_after_an_incident_is_no_count_of_the_toll() -> None:
    # "No one was killed, he said" tells how the rocket fire told before it ended, not the
    # toll of the shelling another outlet counts
    sides = disagreement_sides(
        [
            "Rebels said government forces fired rockets at the port of Marsa on Friday.\n"
            "No one was killed, he said.",
            "Government forces shelled an area on the outskirts of Marsa on Friday, killing "
            "six people including three children, a rebel said.",
        ],
        DAY,
    )
    assert sides == []


def test_a_none_told_of_the_incident_still_disagrees_with_its_toll() -> None:
    sides = disagreement_sides(
        [
            "No one was killed when government forces shelled the port of Marsa on Friday, "
            "a rebel said.",
            "Six people were killed when government forces shelled the port of Marsa on "
            "Friday, a doctor said.",
        ],
        DAY,
    )
    assert sides == [["No one", "Six people"]]


def test_people_taking_part_in_two_things_are_two_counts() -> None:
    sides = disagreement_sides(
        [
            "Reports from Tarsa had earlier indicated that a crowd of about 1,000 people was "
            "involved in a violent fight over goods in one of the city's central streets.",
            "Mr Holmes told reporters that there were now 43 search and rescue teams on the "
            "ground in Tarsa, with 1,700 people involved.",
        ],
        DAY,
    )
    assert sides == []


def test_the_toll_of_twin_blasts_is_not_set_beside_one_blasts() -> None:
    # The two blasts' toll is a sum; the car bomb's is one of its parts. Two tolls of one
    # blast, or of both, still disagree.
    one = (
        "Six people were killed and at least 58 injured in a car bomb attack on Friday "
        "outside the Arvenian embassy in the Tessaly capital Port Aldery."
    )
    both = (
        "Ministers deplored on Friday the bomb blasts which killed scores of people and "
        "injured more than 1,000 others outside embassies of Arvenia in Kessland and Tessaly "
        "earlier in the day."
    )
    assert disagreement_sides([one, both], DAY) == []
    other_one = (
        "Eleven people were killed in a car bomb attack on Friday outside the Arvenian "
        "embassy in Port Aldery."
    )
    assert disagreement_sides([one, other_one], DAY) != []
    both_told = (
        "The bomb blasts outside embassies of Arvenia in Kessland and Tessaly killed 74 "
        "people on Friday."
    )
    other_both = (
        "The bomb blasts outside embassies of Arvenia in Kessland and Tessaly killed 212 "
        "people on Friday."
    )
    assert disagreement_sides([both_told, other_both], DAY) != []
    # one of the blasts is one incident, and twin blasts told in another clause, of another
    # day, are not the figure's
    one_of_them = (
        "Eleven people were killed in one of the blasts on Friday outside the Arvenian "
        "embassy in the Tessaly capital Port Aldery."
    )
    assert disagreement_sides([one, one_of_them], DAY) != []
    a_week_after = (
        "Eleven people were killed and at least 58 injured on Friday outside the Arvenian "
        "embassy in the Tessaly capital Port Aldery, a week after twin blasts hit Kessland."
    )
    assert disagreement_sides([one, a_week_after], DAY) != []


@pytest.mark.parametrize(
    ("sentence", "figure", "told"),
    [
        ("Ministers deplored the bomb blasts which killed scores of people.", "scores", "several"),
        ("Six people were killed on Friday after a car bomb attack.", "Six", "one"),
        ("At least 200 people were killed after twin blasts hit the embassies.", "200", "several"),
        ("The blasts killed 74 people, one of the deadliest attacks since 1998.", "74", "several"),
        ("Six people were killed in one of the twin car bomb blasts.", "Six", "one"),
        ("Eleven were killed in Varne, a week after twin blasts hit Kessland.", "Eleven", None),
        (
            "Ministers deplored the bomb blasts on Friday; six people were killed in a car bomb "
            "attack in Port Aldery.",
            "six",
            "one",
        ),
        ("A heart attack killed 3 runners at the Varne marathon.", "3", None),
        ("Two crashes on the coast road killed 12 people.", "12", "several"),
    ],
)
def test_the_incidents_a_figure_is_told_of(sentence: str, figure: str, told: str | None) -> None:
    # Only the figure's own part of the sentence counts, up to a turn to another happening
    # ("a week after", a semicolon); a bare "after" names the figure's own incident.
    assert incidents_told(sentence, sentence.index(figure)) == told
