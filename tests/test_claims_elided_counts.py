"""A bare count after a count of people leaves its noun out ("12 government soldiers died,
six were wounded"): it counts the same people, so a bare count after a count of other
people ("killed two rebel fighters and wounded 11") is another group's, not the same figure
told differently. The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

from helpers import dated_disagreement_sides

SUNDAY = dt.date(2026, 6, 7)
SOLDIERS = (
    "Rebels said at least 12 government soldiers died in the fighting at Brisk on Sunday, "
    "six were wounded and seven were captured."
)


def test_bare_counts_of_two_groups_are_no_disagreement() -> None:
    fighters = (
        "A rebel spokesman said clashes at Brisk on Sunday killed two rebel fighters "
        "and wounded 11."
    )
    assert dated_disagreement_sides([(SOLDIERS, SUNDAY), (fighters, SUNDAY)]) == []


def test_bare_counts_of_one_group_still_disagree() -> None:
    soldiers = (
        "A rebel spokesman said clashes at Brisk on Sunday killed 12 government soldiers "
        "and wounded 11."
    )
    assert dated_disagreement_sides([(SOLDIERS, SUNDAY), (soldiers, SUNDAY)]) == [
        ["11", "six"]
    ]
