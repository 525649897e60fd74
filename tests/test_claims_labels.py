"""Labels a reader can read: a disagreement's label never stops inside a name or halfway
through a thing, and names a person whose name a particle links once, whole.

The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.claims.matching import linked_names
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
    ("names", "text", "listed"),
    [
        (["Karim", "Rashad Tovar"], "a speech by Karim al-Rashad Tovar", ["Karim al-Rashad Tovar"]),
        (["Abu Bakr", "Baghdadi"], "a video of Abu Bakr al-Baghdadi", ["Abu Bakr al-Baghdadi"]),
        # one name piece is not widened: the name both sides share may be the father's
        (["Tovar"], "a speech by Tovar and his son Karim al-Rashad Tovar", ["Tovar"]),
        # names a particle does not link stay apart
        (["Velm", "Tovar"], "Velm police and a van Tovar had rented", ["Velm", "Tovar"]),
    ],
)  # fmt: skip
def test_name_pieces_a_particle_links_are_listed_as_one_name(
    names: list[str], text: str, listed: list[str]
) -> None:
    assert linked_names(names, text) == listed


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
    the function words before it; a noun phrase the cut ends, or one a verb, a function
    word or a capitalised word follows, is kept; a name is finished, across a particle, up
    to a day told after it; and no cut phrase ends on a function word."""
    assert clipped("killed near the badly damaged dam wall".split(), 5) == ["killed"]
    for text, limit in (
        ("granted visas to help facilitate the talks outside of Libya", 7),
        ("rebels said the army fired shells at the port", 5),
        ("police said the shooting left three dead", 4),
        ("organisers said the rally ended peacefully", 5),
        ("officials said the wounded were taken to Velm", 4),
        ("police said the blown-out Tessaly well", 4),
        ("police said the wounded in the ward", 4),
        ("police said the accused took the stand", 4),
        ("police said the accused denied the charge", 4),
    ):
        words = text.split()
        assert clipped(words, limit) == words[:limit]
    son = "rebels captured his son Saif al-Islam Gadhafi today".split()
    assert clipped(son, 5) == clipped(son, 6) == son[:7]
    assert clipped("flights at Charles de Gaulle airport".split(), 3) == [
        "flights", "at", "Charles", "de", "Gaulle"
    ]  # fmt: skip
    assert clipped("talks in Geneva Monday ended".split(), 3) == ["talks", "in", "Geneva"]
    assert clipped("talks with Velm de facto rulers".split(), 3) == ["talks", "with", "Velm"]
    assert clipped("talks with Karim al-Tovar in Velm".split(), 3) == [
        "talks", "with", "Karim", "al-Tovar"
    ]  # fmt: skip
    # a qualifying word with a capital, or a next word with a comma, is no name nor its end
    assert clipped("rebels captured the Velm-built dam".split(), 4) == ["rebels", "captured"]
    assert clipped("police said the armed men, who fled".split(), 4) == ["police", "said"]
    assert clipped("held at the pumping station when the shooting began".split(), 6) == [
        "held", "at", "the", "pumping", "station"
    ]  # fmt: skip
