"""A participle after an owner ("Halder's ruptured well", tokenised "Halder 's ruptured
well") describes the well, as one after "the" does: the day of the sentence ("robots swarmed
around ... Monday") is not a day the well ruptured. A sentence telling the rupture itself
on another day still disagrees, and "it's" is "it is", after which the participle acts; an
adverb after "will" or "to" ("will officially join") is not the plan's verb. The
articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.claims.verbs import _verbs

from helpers import disagreement_sides

THURSDAY = dt.date(2026, 7, 16)
RUPTURED_IN_APRIL = (
    "Halder said on Thursday it stopped the flow of oil into the Gulf of Korvan from its "
    "deep-sea well for the first time since it ruptured in April."
)


@pytest.mark.parametrize("owner", ["Halder's", "Halder 's"])
def test_an_owned_participle_is_not_the_event_of_the_sentence_day(owner: str) -> None:
    sides = disagreement_sides(
        [
            RUPTURED_IN_APRIL,
            f"Deep-sea robots swarmed around {owner} ruptured oil well Monday in a delicately "
            "choreographed effort to attach a tighter cap that could stop crude from gushing "
            "into the Gulf of Korvan.",
        ],
        THURSDAY,
        kind="date",
    )
    assert sides == []


def test_the_rupture_told_on_another_day_still_disagrees() -> None:
    sides = disagreement_sides(
        [RUPTURED_IN_APRIL, "The Halder well in the Gulf of Korvan ruptured on Monday."],
        THURSDAY,
        kind="date",
    )
    assert sides == [["April (2026-04-01 to 2026-04-30)", "Monday (2026-07-13)"]]


def test_a_participle_after_it_is_still_acts() -> None:
    assert [word for _at, _kind, word in _verbs("officials said it's launching ")] == [
        "said",
        "launching",
    ]


@pytest.mark.parametrize(
    ("clause", "word"),
    [
        ("the three will officially join the alliance ", "join"),
        ("the port is to formally reopen ", "reopen"),
        ("the port will fully reopen ", "reopen"),
        ("the port will only reopen ", "reopen"),
        # a verb ending like an adverb is still the plan's
        ("the unions will rally ", "rally"),
        ("the ministry will supply ", "supply"),
    ],
)
def test_an_adverb_after_a_modal_leaves_the_plan_to_the_verb_after_it(
    clause: str, word: str
) -> None:
    assert [w for _at, _kind, w in _verbs(clause)] == [word]
