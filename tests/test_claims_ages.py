"""A person's age told differently by outlets of the same days.

The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

from storyline.claims import story_claims
from storyline.evaluation.claims import analyse_text
from storyline.models import Contradiction, Provenance

D = dt.date

YOUNGER = (
    "A military court charged the 16-year-old activist Lina Sarouf on Monday with assault "
    "after a video of the scuffle spread online."
)
OLDER = (
    "Activist Lina Sarouf, 17, appeared before a military court on Monday, where she was "
    "charged with assault."
)


def ages(*texts: tuple[str, dt.date]) -> list[Contradiction]:
    documents = [analyse_text(text, day, f"age-{i}") for i, (text, day) in enumerate(texts)]
    return [c for c in story_claims(documents, Provenance())[1] if c.about.startswith("age")]


def test_two_ages_of_one_person_in_the_same_days_disagree() -> None:
    found = ages((YOUNGER, D(2025, 1, 7)), (OLDER, D(2025, 1, 8)))
    assert [(c.about, [side.value for side in c.sides]) for c in found] == [
        ("age of Lina Sarouf", ["16-year-old", "17"])
    ]


def test_ages_told_months_apart_are_not_set_side_by_side() -> None:
    assert ages((YOUNGER, D(2025, 1, 7)), (OLDER, D(2025, 6, 8))) == []


def test_a_surname_shared_by_a_family_names_no_one_in_particular() -> None:
    family = (
        "Irene Talbor, 48, and her son Marcus Talbor, 19, were on the ferry when it sank "
        "off Velport on Sunday."
    )
    other = "Rescuers named the dead, among them Talbor, 50, a teacher from Velport."
    assert ages((family, D(2025, 1, 7)), (other, D(2025, 1, 7))) == []


def test_one_outlet_giving_both_ages_tells_of_a_birthday() -> None:
    both = YOUNGER + " " + OLDER.replace("on Monday", "on her birthday")
    assert ages((both, D(2025, 1, 7)), (OLDER, D(2025, 1, 8))) == []


def test_a_place_before_a_noun_is_no_one_with_an_age() -> None:
    lawyer = "The 61-year-old Port Arlen lawyer who found the drifting boat called the coast guard."
    shopkeeper = "A 58-year-old Port Arlen shopkeeper also saw the boat drifting off the pier."
    assert ages((lawyer, D(2025, 1, 7)), (shopkeeper, D(2025, 1, 7))) == []
