"""A date inside a relative clause ("a cap that stopped the oil in mid-July") dates that
clause's doing, not the verb of the sentence around it ("... was removed on Thursday"), and
a date before a relative clause is not its doing's ("removed a cap on Thursday that stopped
the oil"). What the clause is about is still named before it ("Nasa's Orion capsule that is
planned to orbit the moon in 2019"). The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

from helpers import dated_disagreement_sides

THURSDAY, FRIDAY = dt.date(2026, 9, 3), dt.date(2026, 9, 4)
STOPPED = (
    "Meanwhile , the company said no new oil had flowed from the Varna well into the bay "
    "since the leak was stopped in mid-July ."
)


def test_a_date_before_a_relative_clause_is_not_its_doing_s() -> None:
    removed = (
        "Engineers removed a temporary cap Thursday that stopped oil from gushing into the bay "
        "from the Varna well in mid-July ."
    )
    assert dated_disagreement_sides([(removed, THURSDAY), (STOPPED, FRIDAY)], kind="date") == []


def test_a_date_inside_a_relative_clause_is_not_the_sentence_verb_s() -> None:
    cap = (
        "A temporary cap that stopped oil from gushing into the Varna bay in mid-July was "
        "removed Thursday ."
    )
    preventer = (
        "Norco removed a failed blowout preventer from atop its ruptured Varna well on "
        "Friday afternoon , a company spokesman said ."
    )
    assert dated_disagreement_sides([(cap, THURSDAY), (preventer, FRIDAY)], kind="date") == []


def test_what_a_relative_clause_tells_of_is_named_before_it() -> None:
    planned = (
        "The agency is also supplying the power system for Nasa's Orion space capsule that is "
        "planned to orbit the moon uncrewed in 2027."
    )
    launch = "Nasa's Orion will launch from the Kennedy Space Center in November 2026."
    sides = dated_disagreement_sides([(planned, THURSDAY), (launch, FRIDAY)], kind="date")
    assert [[value.split(" (")[0] for value in side] for side in sides] == [
        ["2027", "November 2026"]
    ]
