"""Labels a reader can read: a disagreement's label never stops inside a name or halfway
through a thing, and names a person whose name a particle links once, whole.

The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

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


def test_a_noun_phrase_the_cut_ends_is_kept() -> None:
    """Only a cut after a word that qualifies a noun still to come loses its phrase."""
    words = "granted visas to help facilitate the talks outside of Libya".split()
    assert clipped(words, 7) == words[:7]
    assert clipped("killed near the badly damaged dam wall".split(), 5) == ["killed", "near"]
