"""Figures that only look like one count told twice are not set side by side.

A toll told of another place in passing ("the coal mine where 29 workers died") is another
incident's; a count told in parts ("259 people on board and 11 people on the ground") is no
other count of the whole another source gives ("killing 270 people"); a score ("leading 52
percent to 43 percent") is two sides' shares, not a range of one share; a day counted
back from the report's own day ("eight days ago"), in a text reprinted the next day, is read
a day later, not dated otherwise by another source; how often one thing was done ("asked
three times") is no count of how often another was ("voted present several hundred
times"); "in the poll" says where a share was measured, not which share it is. Parts of
other events, a toll of the place the other names, two counts of the whole, two counts of
one doing and two figures of one poll's share still disagree.
The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

from helpers import story_disagreements

D = dt.date
DAY = D(2025, 6, 12)


def _sides(kind: str, *texts: str, days: int = 0) -> list[list[str]]:
    dated = [(text, DAY + dt.timedelta(days=days * i)) for i, text in enumerate(texts)]
    return [
        sorted(side.value for side in c.sides) for c in story_disagreements(dated) if c.kind == kind
    ]


def test_a_count_told_in_parts_is_no_other_count_of_the_whole() -> None:
    # 259 + 11 = 270: the dead on board are some of the dead
    assert (
        _sides(
            "number",
            "The bomb aboard the Halden airliner killed 259 people on board and 11 people on "
            "the ground in Dunmore , investigators said .",
            "The Halden airliner was blown up over Dunmore , killing 270 people , "
            "investigators said .",
        )
        == []
    )


def test_two_counts_of_the_whole_still_disagree() -> None:
    assert _sides(
        "number",
        "The bomb aboard the Halden airliner killed 290 people over Dunmore , investigators "
        "said .",
        "The Halden airliner was blown up over Dunmore , killing 270 people , "
        "investigators said .",
    ) == [["270 people", "290 people"]]


def test_a_part_of_another_event_is_no_part_of_the_toll() -> None:
    # 30 killed and 20 wounded add up to 50, but the wounded are not among the dead
    assert _sides(
        "number",
        "The blast at the Kerrow market killed 30 people and 20 were wounded , police said .",
        "The blast at the Kerrow market killed 50 people , a hospital official said .",
    ) == [["30 people", "50 people"]]


def test_a_score_is_no_range_of_one_share() -> None:
    assert (
        _sides(
            "number",
            "A new poll showed Marsh leading Olsen 52 percent to 43 percent in the race for "
            "governor .",
            "Over 90 percent of those polled said the race for governor was about jobs .",
        )
        == []
    )


def test_a_day_counted_back_in_a_text_reprinted_next_day_is_one_day() -> None:
    assert (
        _sides(
            "date",
            "The damaged well was closed off eight days ago while tests were carried out to "
            "see if there are weaknesses in the well .",
            "The damaged well was closed off eight days ago while tests were carried out to "
            "see if there were weaknesses in the well .",
            days=1,
        )
        == []
    )


def test_a_toll_of_another_place_told_in_passing_is_another_incident() -> None:
    assert (
        _sides(
            "number",
            "The well ruptured on April 20 when an explosion blew up the Kelso rig , killing 11 "
            "workers .",
            "Senator Marsh slammed Halcyon -- along with Dunmore Energy , owner of the Ohio coal "
            "mine where 29 workers died in an explosion in April -- saying they need better "
            "safety rules .",
        )
        == []
    )


def test_a_toll_of_the_place_the_other_names_still_disagrees() -> None:
    assert _sides(
        "number",
        "Rescuers searched the Kerrow market where 30 people died in the blast .",
        "The blast at the Kerrow market killed 50 people , a hospital official said .",
    ) == [["30 people", "50 people"]]


def test_how_often_two_things_were_done_are_two_counts() -> None:
    assert (
        _sides(
            "number",
            "I asked the senator 's office three times for copies of the report on the medal .",
            "This comes from a senator who voted present several hundred times on bills he did "
            "not read .",
        )
        == []
    )


def test_how_often_one_thing_was_done_still_disagrees() -> None:
    assert _sides(
        "number",
        "The senator voted against the Halden bill three times , his office said .",
        "The senator voted against the Halden bill seven times , his rival said .",
    ) == [["seven times", "three times"]]


def test_two_shares_of_one_poll_are_two_measures() -> None:
    # "in the poll" says where both were measured, not that both are support
    assert (
        _sides(
            "number",
            "Overall , Marsh 's rating stood at 45 % in the poll , down five points from last "
            "month .",
            "In this poll , support for drilling slipped to 53 percent and most respondents "
            "wanted tighter rules .",
        )
        == []
    )


def test_one_share_of_one_poll_still_disagrees() -> None:
    assert _sides(
        "number",
        "Support for drilling stood at 45 % in the poll , the newspaper said .",
        "In the poll , support for drilling stood at 53 percent , the broadcaster said .",
    ) == [["45 %", "53 percent"]]
