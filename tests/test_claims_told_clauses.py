"""What a verb of telling reports is a clause of its own: a casualty word before the verb
("... its top officials were dead Officials at the agency say between 100 and 150 people
... are still missing", a page whose headline runs into its text) is not what the figure
after it counts. A figure a passive puts at a value ("the toll is estimated at 45") is
still the toll's. The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

from helpers import dated_disagreement_sides

DAY = dt.date(2026, 2, 3)
FEARED_DEAD = "Hundreds of people are feared to have died after a powerful earthquake hit Velport."


def test_a_casualty_word_before_a_verb_of_telling_is_not_the_figure_s() -> None:
    missing = (
        "Up to 150 agency staff still missing in Velport after quake The agency could not "
        "confirm that its top officials in Velport were dead Officials at the agency say "
        "between 100 and 150 people from its 9,000-strong relief mission in Velport are "
        "still missing after the earthquake."
    )
    assert dated_disagreement_sides([(missing, DAY), (FEARED_DEAD, DAY)]) == []


def test_a_toll_put_at_a_value_by_a_passive_is_still_the_toll() -> None:
    estimated = "The death toll from the earthquake in Velport is estimated at 45."
    counted = "The death toll from the earthquake in Velport rose to 30."
    assert dated_disagreement_sides([(estimated, DAY), (counted, DAY)]) == [["30", "45"]]


def test_a_toll_told_after_the_verb_still_disagrees() -> None:
    told = "Officials in Velport say 45 people were killed in the earthquake."
    other = "The earthquake in Velport killed 30 people, the mayor said."
    assert dated_disagreement_sides([(told, DAY), (other, DAY)]) == [["30 people", "45 people"]]
