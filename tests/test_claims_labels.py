"""Labels a reader can read: a disagreement's label never stops inside a name or halfway
through a thing, and names a person whose name a particle links once, whole.

The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.claims.matching import whole_name
from storyline.text import clipped

from helpers import story_disagreements

D = dt.date(2025, 3, 18)


def test_a_date_label_gives_a_particle_linked_name_whole() -> None:
    """ "Karim al-Rashad Tovar" is one person, not "Rashad Tovar" and "Karim" apart."""
    [found] = story_disagreements(
        [
            (
                "Officials were studying a speech delivered Sunday by Karim al-Rashad Tovar, "
                "the governor's son, which warned of unrest.",
                D,
            ),
            (
                "Officials were studying a speech early Monday by Karim al-Rashad Tovar, the "
                "governor's son, which warned of unrest.",
                D,
            ),
        ]
    )
    assert found.about == "date of 'delivered' (Karim al-Rashad Tovar)"


@pytest.mark.parametrize(
    ("piece", "text", "named"),
    [
        ("Rashad Tovar", "a speech by Karim al-Rashad Tovar Sunday", "Karim al-Rashad Tovar"),
        # the name both sides share may be the father's, named apart
        ("Tovar", "a speech by Tovar and his son Karim al-Rashad Tovar", "Tovar"),
        # a particle standing apart links only after a first name
        ("Tovar", "a van Tovar had rented", "Tovar"),
        ("Sadr", "On Sunday al-Sadr told the crowd", "al-Sadr"),
        ("Gaulle", "flights at Charles de Gaulle airport", "Charles de Gaulle"),
    ],
)
def test_a_name_piece_widens_only_to_the_one_linked_name_it_belongs_to(
    piece: str, text: str, named: str
) -> None:
    assert whole_name(piece, text) == named


def test_an_account_label_cut_in_a_name_finishes_the_name() -> None:
    [found] = story_disagreements(
        [
            (
                "Rebel commander Osk Veyra said his fighters had captured nine foreign "
                "engineers at the station during the fight for Port Elvan.",
                D,
            ),
            (
                "The army denied that rebels had captured nine foreign engineers at the "
                "station during the fight for Port Elvan.",
                D,
            ),
        ]
    )
    assert found.kind == "account"
    assert found.about.endswith("during the fight for Port Elvan")


def test_a_figure_label_cut_before_a_noun_leaves_its_phrase_out() -> None:
    """Cut after "the blown-out", the label would name half a thing: it ends on the bay."""
    [found] = story_disagreements(
        [
            (
                "The drill bit stopped 5,500 metres beneath the floor of the bay and the "
                "blown-out wellhead on Monday, engineers said.",
                D,
            ),
            (
                "The drill bit stopped 4,200 metres beneath the floor of the bay and the "
                "blown-out wellhead on Monday, officials said.",
                D,
            ),
        ]
    )
    assert found.about.startswith("distance beneath the floor of the bay ")
    assert "blown-out" not in found.about


def test_a_cut_leaves_out_only_half_a_thing() -> None:
    """Only a cut after a word that qualifies a noun still to come loses its phrase, with
    the function words before it; a noun phrase the cut ends, or a clause's verb, is kept,
    and a name is finished up to a day told after it."""
    assert clipped("killed near the badly damaged dam wall".split(), 5) == ["killed"]
    for text, limit in (
        ("granted visas to help facilitate the talks outside of Libya", 7),
        ("rebels said the army fired shells at the port", 5),
        ("officials said the meeting ended without a deal", 4),
    ):
        words = text.split()
        assert clipped(words, limit) == words[:limit]
    assert clipped("rebels captured his son Saif al-Islam Gadhafi today".split(), 5) == [
        "rebels", "captured", "his", "son", "Saif", "al-Islam", "Gadhafi"
    ]  # fmt: skip
    assert clipped("talks in Geneva Monday ended".split(), 3) == ["talks", "in", "Geneva"]
