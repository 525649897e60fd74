"""How long one named person was held or trapped, told differently by outlets of the same
days.

The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

from storyline.models import Contradiction

from helpers import story_disagreements

D = dt.date

FREED_TEN = (
    "The blogger Samir Haddou was freed by the Kessan security police on Monday after 10 "
    "days, his family said. Haddou, who was freed without charge, thanked his supporters."
)
FREED_TWELVE = (
    "Haddou, who spent 12 nights in a Velport prison before he was released on Monday, "
    "said he had been questioned every day."
)


def ordeals(*texts: tuple[str, dt.date]) -> list[Contradiction]:
    """The ordeal-length disagreements of a story of ``texts``, one article each."""
    return [c for c in story_disagreements(texts) if c.about.startswith("how long")]


def values(found: list[Contradiction]) -> list[tuple[str, list[str]]]:
    return [(c.about, [side.value for side in c.sides]) for c in found]


def test_one_detention_told_with_two_lengths_is_a_disagreement() -> None:
    found = ordeals((FREED_TEN, D(2025, 4, 8)), (FREED_TWELVE, D(2025, 4, 10)))
    assert values(found) == [
        ("how long Samir Haddou was held or trapped", ["10 days", "12 nights"])
    ]
    assert [side.articles for side in found[0].sides] == [["doc-0"], ["doc-1"]]


def test_a_length_still_growing_is_not_set_beside_the_final_one() -> None:
    missing = (
        "Samir Haddou has been missing for seven days, and his family has heard nothing "
        "from the Kessan security police."
    )
    assert ordeals((missing, D(2025, 4, 5)), (FREED_TEN, D(2025, 4, 8))) == []


def test_each_name_of_a_list_keeps_its_own_length() -> None:
    listed = (
        "Survivors: Ines Marlow, 34 - pulled out after nine days; Tomas Ferreira, 22 - "
        "rescued after 11 days; Ada Quint, 61 - trapped for six days."
    )
    told = (
        "Rescuers pulled the Brazilian Tomas Ferreira from the ruins of the Grand Harbour "
        "Hotel 11 days after the quake, and Ines Marlow was found after nine days in the "
        "rubble."
    )
    other = told.replace("11 days after the quake", "12 days after the quake")
    assert ordeals((listed, D(2025, 2, 3)), (told, D(2025, 2, 4))) == []
    assert values(ordeals((listed, D(2025, 2, 3)), (other, D(2025, 2, 4)))) == [
        ("how long Tomas Ferreira was held or trapped", ["11 days", "12 days"])
    ]


def test_a_length_told_of_nobody_by_name_is_left_out() -> None:
    first = "A woman was pulled alive from the rubble of a bakery in Amsel after nine days."
    second = "A woman was pulled alive from the rubble of a market in Amsel after 12 days."
    assert ordeals((first, D(2025, 2, 3)), (second, D(2025, 2, 3))) == []


def test_a_surname_two_people_share_alike_is_nobody_in_particular() -> None:
    family = (
        "Lina Sarouf and her brother Omar Sarouf were detained at the border; Lina Sarouf "
        "spoke to reporters and Omar Sarouf did not."
    )
    first = "Sarouf was released on Friday after 10 days."
    second = "Sarouf, who was freed on Friday after being held for 14 days, went home."
    assert ordeals((family, D(2025, 6, 6)), (first, D(2025, 6, 7)), (second, D(2025, 6, 7))) == []
    # Told nearly always as one person's, the bare surname is that person.
    lina = "Lina Sarouf, a lawyer, was seized at the border. Lina Sarouf had been warned."
    story = (lina * 4 + family, D(2025, 6, 6)), (first, D(2025, 6, 7)), (second, D(2025, 6, 7))
    found = ordeals(*story)
    assert values(found) == [("how long Lina Sarouf was held or trapped", ["10 days", "14 days"])]


def test_lengths_told_more_than_a_week_apart_are_not_set_side_by_side() -> None:
    assert ordeals((FREED_TEN, D(2025, 4, 8)), (FREED_TWELVE, D(2025, 4, 16))) == []
    # each count told within the week of another is a side
    middle = FREED_TEN.replace("after 10 days", "after 11 days")
    found = ordeals(
        (FREED_TEN, D(2025, 4, 1)), (middle.replace("Monday", "Sunday"), D(2025, 4, 6)),
        (FREED_TWELVE, D(2025, 4, 12)),
    )  # fmt: skip
    assert values(found) == [
        ("how long Samir Haddou was held or trapped", ["10 days", "11 days", "12 nights"])
    ]


def test_a_place_the_story_names_is_nobody_even_in_a_station_s_name() -> None:
    radio = "Radio Velport said a man was pulled out of the rubble in Velport after nine days."
    other = "Radio Velport said a man was pulled out of the rubble in Velport after 12 days."
    assert ordeals((radio, D(2025, 2, 3)), (other, D(2025, 2, 3))) == []


def test_a_source_giving_two_lengths_takes_no_side() -> None:
    both = FREED_TWELVE + " Samir Haddou was held for 10 days, his lawyer said later."
    assert ordeals((FREED_TEN, D(2025, 4, 8)), (both, D(2025, 4, 9))) == []


def test_an_ordeal_word_opening_a_headline_is_no_name() -> None:
    headlines = "More: The Herald Trapped girl found alive 15 days after the quake - 2 hrs ago"
    told = "Trapped for 11 days, he was found in good health by French rescuers."
    assert ordeals((headlines, D(2025, 2, 3)), (told, D(2025, 2, 3))) == []


def test_a_common_word_opening_a_sentence_is_no_first_name() -> None:
    yet = FREED_TWELVE + " Yet Haddou said he would go on writing."
    found = ordeals((FREED_TEN, D(2025, 4, 8)), (yet, D(2025, 4, 10)))
    assert values(found) == [
        ("how long Samir Haddou was held or trapped", ["10 days", "12 nights"])
    ]
