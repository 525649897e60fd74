"""A market's price or move told with the words of trading ("fell $2.87 to settle at
$109.92", "reached $126.91 in post-settlement trading", "shares opened 8% lower") is of some
minute of the day: another outlet's price of another minute does not contradict it. Sums
that are not traded (a fine, a fund) and shares that are not a market's (a turnout) still
disagree. The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

from helpers import dated_disagreement_sides

DAY = dt.date(2011, 4, 8)


def test_prices_of_a_trading_day_do_not_disagree() -> None:
    settled = "Varna crude fell $2.87 to settle at $109.92 after reaching an early peak."
    later = "Varna crude reached $113.20 in post-settlement trading."
    assert dated_disagreement_sides([(settled, DAY), (later, DAY)]) == []


def test_share_moves_at_two_minutes_of_a_day_do_not_disagree() -> None:
    closed = "By mid-afternoon , Norco shares closed down 3 % lower at 558.5p in London ."
    opened = "Norco 's Frankfurt-listed shares opened 8 % lower before clawing back losses ."
    assert dated_disagreement_sides([(closed, DAY), (opened, DAY)]) == []


def test_a_share_move_at_one_stage_of_the_day_does_not_disagree() -> None:
    london = "Norco shares dropped 6.8 % at one stage and later traded down 6.3 % at 304.5p ."
    new_york = "On Friday , US-listed Norco shares dropped 6.1 percent on a rumour ."
    assert dated_disagreement_sides([(london, DAY), (new_york, DAY)]) == []


def test_a_share_move_at_the_start_and_at_the_end_of_trading_do_not_disagree() -> None:
    thursday = dt.date(2011, 4, 7)
    start = "Norco 's shares fell 3 % at the start of trading in London today ."
    end = "Norco 's shares in London ended Thursday trading down 1.4 % ."
    assert dated_disagreement_sides([(start, thursday), (end, thursday)]) == []


def test_a_share_of_voters_told_two_ways_still_disagrees() -> None:
    one = "Turnout in the Varna referendum was 62 percent , the commission said ."
    other = "Turnout in the Varna referendum was 41 percent , the observers said ."
    assert dated_disagreement_sides([(one, DAY), (other, DAY)]) == [["41 percent", "62 percent"]]


def test_a_fine_told_two_ways_still_disagrees() -> None:
    one = "Regulators fined the Varna refinery $2.5 million for the leak."
    other = "Regulators fined the Varna refinery $4 million for the leak, the company said."
    assert dated_disagreement_sides([(one, DAY), (other, DAY)]) == [
        ["$2.5 million", "$4 million"]
    ]
