"""What a figure is told as decides what it may be set beside: a count something "aims to"
reach, or what a halt "would defer", is a plan, not what is done; a reading that "would be
ideal", that engineers are "looking for" or set as a "goal", is a mark a reading is judged
by; what "has been siphoned" or a "collection rate" is what was done to the oil, not how
much leaks.

The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import dated_disagreement_sides

DAY = dt.date(2024, 7, 16)


def test_a_count_aimed_at_is_a_plan_not_what_is_done() -> None:
    done = (
        "By Tuesday morning the ship Corran was siphoning about 12,000 barrels of oil a day "
        "from the Varna well."
    )
    aimed = (
        "The operator then aims to siphon up to 80,000 barrels of oil a day from the Varna "
        "well using the new cap."
    )
    assert dated_disagreement_sides([(done, DAY), (aimed, DAY)]) == []


def test_what_a_halt_would_defer_is_not_what_leaks() -> None:
    leak = "The widely repeated figure of 5,000 barrels of oil per day at the Varna well is low."
    deferred = (
        "A halt in drilling near the Varna well would defer as much as 80,000 barrels of oil "
        "per day, analysts said."
    )
    assert dated_disagreement_sides([(leak, DAY), (deferred, DAY)]) == []


def test_a_reading_that_would_be_ideal_is_a_mark() -> None:
    mark = (
        "The commander has said that a pressure reading of 8,000 or 9,000 pounds per square "
        "inch at the Varna well would be ideal."
    )
    reading = "Pressure readings at the Varna well were about 6,700 pounds per square inch."
    assert dated_disagreement_sides([(mark, DAY), (reading, DAY)]) == []


def test_a_reading_or_an_output_sought_is_a_mark() -> None:
    looked_for = (
        "Engineers will be looking for high pressure readings of 8,000 to 9,000 pounds per "
        "square inch at the Varna well."
    )
    measured = (
        "The pressure at the Varna well was measured at 6,745 pounds per square inch on "
        "Tuesday morning."
    )
    assert dated_disagreement_sides([(looked_for, DAY), (measured, DAY)]) == []
    goal = "The operator set a goal of capturing 40,000 barrels of oil a day at the Varna well."
    captured = "The operator captured 25,000 barrels of oil a day at the Varna well."
    assert dated_disagreement_sides([(goal, DAY), (captured, DAY)]) == []


@pytest.mark.parametrize(
    ("counted", "told"),
    [
        (
            "Rescuers were looking for survivors after 12 miners died in the blast at the "
            "Varna pit.",
            "Nine miners died in the blast at the Varna pit, the company said.",
        ),
        (
            "Divers were looking for the bodies of 12 miners killed in the blast at the Varna "
            "pit.",
            "Nine miners were killed in the blast at the Varna pit, the company said.",
        ),
        (
            "Troops aiming for the capital killed 30 civilians in the village of Varna on "
            "Tuesday.",
            "Troops killed 18 civilians in the village of Varna on Tuesday, witnesses said.",
        ),
        (
            "The village of Varna was the target of 40 air strikes on Tuesday, residents said.",
            "The village of Varna was hit by 25 air strikes on Tuesday, the army said.",
        ),
        (
            "Searchers in Varna are looking for more than 200 people missing after the floods.",
            "About 120 people are missing in Varna after the floods, officials said.",
        ),
    ],
)
def test_a_count_beside_seeking_words_is_still_a_count(counted: str, told: str) -> None:
    """Only a measure "of" a figure is sought, not a thing ("the bodies of 12 miners"): the
    miners died, the civilians were killed, the strikes struck and the people are missing,
    whatever was looked or aimed for."""
    assert len(dated_disagreement_sides([(counted, DAY), (told, DAY)])) == 1


def test_what_has_been_siphoned_is_not_the_spill_rate() -> None:
    siphoned = (
        "About 8,000 barrels (336,000 gallons) of oil a day have been siphoned and burned "
        "at the Varna well."
    )
    rate = "Estimates had put the oil spill rate at the Varna well at 60,000 barrels a day."
    assert dated_disagreement_sides([(siphoned, DAY), (rate, DAY)]) == []


def test_two_spill_rates_still_disagree() -> None:
    one = "Estimates had put the oil spill rate at the Varna well at 60,000 barrels a day."
    other = "The oil spill rate at the Varna well is about 20,000 barrels a day, officials said."
    assert dated_disagreement_sides([(one, DAY), (other, DAY)]) == [
        ["60,000 barrels", "about 20,000 barrels"]
    ]


def test_a_collection_rate_is_not_the_leak() -> None:
    leak = "The operator had estimated the leak at the Varna well at 5,000 barrels per day."
    collected = (
        "The tool at the Varna well logged a collection rate of 8,000 barrels per day , the "
        "team said ."
    )
    assert dated_disagreement_sides([(leak, DAY), (collected, DAY)]) == []
