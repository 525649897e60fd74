"""Figures that give only an order of magnitude ("tens of thousands of protesters", "several
hundred") are impressions of a crowd, not counts: two such impressions told apart are no
disagreement a reader could hold either outlet to, while a count beside them still is,
unless it counts twenty times fewer of the dead (a site's dead beside the feared toll).
People are counted by what they did or had done to them: people fleeing a city and people
relocated out of it are two counts, people who marched and who took part in the march one.
"Family members of two missing workers filed lawsuits" counts those whose kin sued, no count
of all the missing. The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

from storyline.models import Contradiction

from helpers import dated_disagreement_sides, story_disagreements

D = dt.date


def _found(texts: list[tuple[str, dt.date]]) -> list[Contradiction]:
    return [c for c in story_disagreements(texts) if c.kind == "number"]


def test_two_impressions_of_a_crowd_do_not_disagree() -> None:
    found = _found(
        [
            ("Tens of thousands of protesters marched through the streets of Corvo on Sunday, "
             "witnesses said.", D(2025, 2, 20)),
            ("Hundreds of thousands of protesters marched through the streets of Corvo on "
             "Sunday, opposition leaders said.", D(2025, 2, 20)),
        ]
    )  # fmt: skip
    assert found == []


def test_a_count_still_disagrees_with_an_impression() -> None:
    found = _found(
        [
            ("Tens of thousands of protesters marched through the streets of Corvo on Sunday, "
             "witnesses said.", D(2025, 2, 20)),
            ("About 800 protesters marched through the streets of Corvo on Sunday, the police "
             "said.", D(2025, 2, 20)),
        ]
    )  # fmt: skip
    assert len(found) == 1


def test_people_told_by_two_verbs_neither_names_are_two_counts() -> None:
    found = _found(
        [
            ("About 4,000 people were fleeing the capital, Port Sable, aid workers said.",
             D(2025, 1, 24)),
            ("The UN says 90,000 people have now been relocated out of Port Sable, easing the "
             "pressure on overcrowded camps.", D(2025, 1, 24)),
        ]
    )  # fmt: skip
    assert found == []


def test_people_told_by_two_verbs_for_one_act_are_one_count() -> None:
    found = _found(
        [
            ("Organisers said 60,000 people marched through central Lisk on Sunday.",
             D(2025, 4, 14)),
            ("Police estimated that 9,000 people took part in Sunday's march in Lisk.",
             D(2025, 4, 14)),
        ]
    )  # fmt: skip
    assert len(found) == 1


def test_people_counted_through_their_relatives_are_no_count_of_all() -> None:
    found = _found(
        [
            ("The drilling rig that had burned for 36 hours off Corran sank Thursday as hopes "
             "dimmed for 11 missing workers, officials said.", D(2025, 4, 25)),
            ("Family members of two missing workers filed separate lawsuits Thursday accusing "
             "the rig's owner of negligence.", D(2025, 4, 25)),
        ]
    )  # fmt: skip
    assert found == []


def test_an_impression_of_the_whole_is_not_set_beside_a_count_of_a_part() -> None:
    day = dt.date(2010, 1, 14)
    part = (
        "Inside the remains of the college in Morvane there are 260 dead bodies and 25 people "
        "still alive, a teacher said."
    )
    whole = "Tens of thousands of people are feared to have died in the Morvane earthquake."
    assert dated_disagreement_sides([(part, day), (whole, day)]) == []
