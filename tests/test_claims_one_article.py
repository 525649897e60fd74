"""One article giving one figure on the word of two parties ("Activists said 14 people were
killed, while state television put the toll at eight") reports their disagreement, though it
is a single text: each side cites its own sentence and names its party. Figures the article
gives as its own, one party's figure told twice, a figure and its correction, and figures of
two happenings (a day's toll, a running total) are no disagreement. The articles are invented
and written for these tests.
"""

from __future__ import annotations

import datetime as dt

from helpers import number_claims

DAY = dt.date(2026, 3, 14)
OPENING = "Government forces shelled the village of Arvesh in the hill province of Tamra on Friday."
CLOSING = "The army said it had targeted armed groups hiding in the village."


def _sides(*sentences: str) -> list[list[tuple[str, str]]]:
    """The sides (value, cited sentence) of each number disagreement of one article told in
    ``sentences`` between the opening and closing ones."""
    text = " ".join([OPENING, *sentences, CLOSING])
    found, _revised = number_claims([(text, DAY)])
    return [sorted((side.value, side.sentence) for side in c.sides) for c in found]


def test_two_parties_in_one_sentence_disagree() -> None:
    both = (
        "Activists said 14 people were killed in the shelling, while state television put "
        "the toll at eight."
    )
    assert _sides(both) == [[("14 people (activists)", both), ("eight (state television)", both)]]


def test_two_parties_in_two_sentences_disagree() -> None:
    ours = "Activists said 14 people were killed in the shelling of Arvesh."
    theirs = "Eight people died in the shelling of Arvesh, according to state television."
    assert _sides(ours, theirs) == [
        [("14 people (activists)", ours), ("Eight people (state television)", theirs)]
    ]


def test_the_article_s_own_figure_is_no_side() -> None:
    assert (
        _sides(
            "Fourteen people were killed in the shelling of Arvesh.",
            "State television said eight people were killed in the shelling of Arvesh.",
        )
        == []
    )


def test_unattributed_figures_are_no_sides() -> None:
    assert (
        _sides(
            "Fourteen people were killed in the shelling of Arvesh.",
            "Eight people were killed in the shelling of Arvesh, the village's second in a month.",
        )
        == []
    )


def test_one_party_told_twice_is_no_disagreement() -> None:
    assert (
        _sides(
            "State television said 14 people were killed in the shelling of Arvesh.",
            "Eight people died in the shelling of Arvesh, Tamra state TV said.",
        )
        == []
    )


def test_a_figure_and_its_correction_are_no_disagreement() -> None:
    assert (
        _sides(
            "State television first said eight people were killed in the shelling of Arvesh, but "
            "the information ministry later said 14 people died in the shelling of Arvesh.",
        )
        == []
    )


def test_a_day_s_toll_and_a_running_total_are_two_happenings() -> None:
    assert (
        _sides(
            "Activists said 14 people were killed in the shelling, while the United Nations says "
            "more than 900 people have been killed since the uprising began in March 2024.",
        )
        == []
    )


def test_figures_that_can_meet_are_no_disagreement() -> None:
    assert (
        _sides(
            "Activists said at least 14 people were killed in the shelling, while state "
            "television said 20 people died.",
        )
        == []
    )


def test_a_speaker_of_another_remark_is_no_party() -> None:
    assert (
        _sides(
            "Dr Maren Holt says the boy is `` weak and frightened '' Two people were rescued from "
            "the rubble of the market in Arvesh.",
            "Some 40 people were rescued from the rubble of the market in Arvesh, according to "
            "the civil defence.",
        )
        == []
    )


def test_a_perfect_verb_of_another_subject_leaves_a_day_s_toll_a_day_s() -> None:
    assert (
        _sides(
            "Lawyer Mira Osten told reporters that the 24 dead included seven protesters in "
            "Arvesh and 14 villagers in the north of Tamra , where troops backed by tanks have "
            "been storming villages.",
            "Protesters have taken to the streets for 14 weeks in unrest which has claimed the "
            "lives of around 1,300 civilians , according to rights groups.",
        )
        == []
    )


def test_some_of_a_party_s_count_is_no_side() -> None:
    assert (
        _sides(
            "At least 18 civilians have so far been killed in Tamra on Friday , including eight "
            "who died when a minibus was hit by a blast on the main road , according to the Tamra "
            "Observatory.",
            "Another group , the Arvesh Committees , put the death toll at 30 , including 18 in "
            "the hills.",
        )
        == []
    )


def test_two_parties_counting_other_things_in_one_sentence_do_not_disagree() -> None:
    apart = (
        "About 850,000 households in the north were still without electricity in "
        "near-freezing weather, Tamra Power Co. said, and the government said at least 1.5 "
        "million households lack running water."
    )
    assert _sides(apart) == []
    alike = (
        "The power company said 850,000 households were without electricity, while the "
        "government said 1.5 million households were without power."
    )
    assert len(_sides(alike)) == 1
