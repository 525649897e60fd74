"""A page's headlines run into one sentence ("More than 5,000 civilians have been killed,
says the UN More than 400 killed since start of the observer mission") give the words of a
stretch ("since start of the observer mission") to the figure whose own verb they follow,
not to the one before it: the uprising's toll is not a toll since the mission began. After
another event's figure ("killed 14 and wounded 30 since March") the stretch tells both.
The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

from helpers import dated_disagreement_sides

DAY = dt.date(2026, 1, 23)
SINCE_MISSION = (
    "Observers of the regional league toured the city of Velm on Monday. "
    "Activists say almost 1,000 people have been killed since the observer mission began."
)


def _sides(other: str) -> list[list[str]]:
    return dated_disagreement_sides([(SINCE_MISSION, DAY), (other, DAY)])


def test_a_run_in_headline_s_stretch_is_its_own_figure_s() -> None:
    headlines = (
        "More than 5,000 civilians have been killed , says the UN More than 400 killed since "
        "start of observer mission UN denied access to Tamra Information "
        "gathered from groups in Tamra and Tamrans who have fled ."
    )
    assert all("More than 5,000 civilians" not in sides for sides in _sides(headlines))


def test_a_stretch_after_another_event_s_figure_tells_both() -> None:
    both = (
        "Troops have killed more than 5,000 people and wounded 400 since the observer mission "
        "began , the UN said."
    )
    assert _sides(both) == [["almost 1,000 people", "more than 5,000 people"]]
