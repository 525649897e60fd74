"""Dated clauses that share a word but not an event are no date disagreement.

"What it called the crusader enemy" names something; "called for a no-fly zone" is an act:
the two share the verb's letters, not an event. A people's adjective ("Libyan", "Iraqi")
tells who acts, as "Egyptian" does, so two clauses sharing only it and a verb tell two
events. The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

from helpers import story_disagreements


def _dates(texts: list[tuple[str, dt.date]]) -> list[list[str]]:
    return [
        sorted(side.value for side in c.sides)
        for c in story_disagreements(texts)
        if c.kind == "date"
    ]


def test_what_a_speaker_called_something_is_no_act() -> None:
    assert _dates(
        [
            ("The Arab League last week called for a no-fly zone following reports of air "
             "attacks on towns in Corvania.", dt.date(2011, 3, 18)),
            ("State television said sites near the capital had been hit after the Arab League "
             "backed what it called the crusader enemy on Monday.", dt.date(2011, 3, 21)),
        ]
    ) == []


def test_two_acts_sharing_only_a_peoples_adjective_are_two_events() -> None:
    assert _dates(
        [
            ("Libyan jets attacked the port of Corvo last week, residents said.",
             dt.date(2011, 3, 18)),
            ("Libyan state television said rebels attacked an oil depot near the capital on "
             "Monday.", dt.date(2011, 3, 21)),
        ]
    ) == []
