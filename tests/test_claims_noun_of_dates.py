"""A date after "the <noun> of" ("the written answer of March 17") is that thing's date,
as "an Oct. 19 rendezvous" is: not the day of the clause's event (the advice "given" on
another day). A part of time ("on the night of March 3") still dates the clause's event.
The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

from helpers import disagreement_sides

DAY = dt.date(2005, 4, 28)


def test_a_document_s_date_is_not_the_day_of_the_advice() -> None:
    sides = disagreement_sides(
        [
            "The full text of the advice about the legality of the war given by the attorney "
            "general, Lord Harwood, to the prime minister, Ann Carlow, on March 7 2003.",
            "Ann Carlow, the prime minister, insists the written answer of March 17 was a fair "
            "summary of the advice she was given and Lord Harwood said it was consistent with "
            "the longer document.",
        ],
        DAY,
        kind="date",
    )
    assert sides == []


def test_the_night_of_a_day_dates_the_attack() -> None:
    sides = disagreement_sides(
        [
            "Rebels attacked the Harwood barracks on the night of March 3, the army said.",
            "Rebels attacked the Harwood barracks on March 9, a witness said.",
        ],
        DAY,
        kind="date",
    )
    assert sides == [["March 3 (2005-03-03)", "March 9 (2005-03-09)"]]
