"""Events: each happening on the day it happened, told by every sentence that reports it.

The texts here are written for these tests; each is analysed by the real pipeline (sentences,
time expressions) before the events stage reads it.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from storyline import dedup, events, pipeline
from storyline.mentions import calendar_value, content_words, granularity, within
from storyline.models import Article, Document, Provenance, Result, passage_key

from helpers import HARBOUR_PAGE, run_storyline


def analysed(text: str, published: date | None, name: str, **fields: object) -> Document:
    return pipeline.analyse(Article.from_text(text, name, published=published, **fields))


def told_with(found: list[events.StoryEvent], needle: str) -> tuple[events.StoryEvent, list[str]]:
    """The event one of whose sentences holds ``needle``, and all its sentences."""
    event = next(e for e in found if any(needle in r.sentence.text for r in e.reports))
    return event, [r.sentence.text for r in event.reports]


def timeline(*documents: Document, **options: object) -> list:
    found, _background = events.build(events.story_events(documents), **options)  # type: ignore[arg-type]
    return found


def test_calendar_values() -> None:
    assert calendar_value("2024-08-05") == "2024-08-05"
    assert calendar_value("2024-08-05TMO") == "2024-08-05"
    assert calendar_value("2024-03") == "2024-03"
    assert calendar_value("2023") == "2023"
    for not_a_place in ("P1D", "2024-W38", "2024-SU", "XXXX-08", "PRESENT_REF", "2024-02-30"):
        assert calendar_value(not_a_place) is None
    assert granularity("2024-03") == "month"
    assert within("2024-03", date(2024, 3, 31), None)
    assert not within("2024-03", date(2024, 4, 1), None)


def test_a_sentence_is_dated_by_its_main_clause_not_by_what_it_mentions() -> None:
    doc = analysed(
        "The miners' strike that began at Orvell on March 3 spread to two more pits on "
        "Thursday, as crews at Dray Hollow and Fenmouth voted to down tools.\n"
        "The first lorry to leave, a coal truck that had waited at the gate since March 4, "
        "was loaded within an hour.",
        date(2025, 3, 14),
        "pits.txt",
    )
    reports = events.reports_of(doc, None)
    assert reports[0].date == "2025-03-13"  # Thursday, not March 3
    assert ("2025-03-03", "March 3") in reports[0].passing
    assert reports[1].date is None  # "since March 4" dates the waiting, not the loading
    assert reports[1].passing == (("2025-03-04", "March 4"),)


def test_a_word_only_looking_like_a_clause_opener_leaves_the_date_to_the_main_clause() -> None:
    """"That decision" names a thing, opening a sentence or after a wire's dateline, and
    "before the United Nations vote" has no verb ("United" is a name): neither opens a
    clause, so Monday is the main clause's day. A "that" further on, after a dash too,
    still opens one."""
    doc = analysed(
        "ORVELL (Reuters) - That decision was announced on Monday by the port authority.\n"
        "That vote was held on Monday by the dockers in Orvell.\n"
        "The council adjourned before the United Nations vote on Monday in Orvell.\n"
        "The ship that sank on Sunday was towed to Orvell.\n"
        "The tanker — a ship from Velm — that sank on Sunday was towed to Orvell.",
        date(2025, 3, 14),
        "decision.txt",
    )
    decision, vote, council, ship, tanker = events.reports_of(doc, None)
    for report in (decision, vote, council):
        assert report.date == "2025-03-10" and report.passing == (), report.sentence.text
    for report in (ship, tanker):
        assert report.date is None and report.passing == (("2025-03-09", "Sunday"),)


def test_a_date_after_a_clause_that_has_ended_dates_the_main_clause() -> None:
    """"Who shot him" ends where "was arrested" begins: Monday is the arrest's day. A clause
    whose verbs are joined by "and", or whose second verb is a participle before "by",
    still holds its date."""
    doc = analysed(
        "The gunman who shot a guard was arrested on Monday in Orvell.\n"
        "Two inmates who fled and were caught on Sunday face new charges.\n"
        "Police questioned two youths who took cars owned by Orvell on Thursday.",
        date(2025, 3, 14),
        "arrest.txt",
    )
    arrest, inmates, youths = events.reports_of(doc, None)
    assert arrest.date == "2025-03-10" and arrest.passing == ()
    assert inmates.date is None and inmates.passing == (("2025-03-09", "Sunday"),)
    assert youths.date is None and youths.passing == (("2025-03-13", "Thursday"),)


def test_a_date_in_an_aside_between_subject_and_verb_is_the_asides() -> None:
    """"The hotline, cut by Pyongyang in 2016, was restored on Wednesday": 2016 is when it
    was cut, after a dateline or an age too. A participle after the main verb's comma opens
    no aside ("sank on Monday, killing two", "charged with", "followed by"), nor does a
    figure's "down by", nor a clause with a verb of its own before the date ("armed police
    raided", "shot a guard, wounded")."""
    doc = analysed(
        "The ferry line to Kell, cut by the port authority in 2019, was restored on Wednesday.\n"
        "The ferry line to Kell, cut by the port authority in 2019, is due back this spring.\n"
        "The ferry sank off Kell on Monday, killing two, and was raised on Tuesday.\n"
        "The captain, Ivo Marr, was arrested on Thursday, charged with leaving his passengers.\n"
        "The storm, the worst in decades, struck on Monday, followed by a week of rain.\n"
        "Harbour shares, down by 2 percent in early trading yesterday, closed 1 percent lower.\n"
        "VARN, Kellia (AP) - The ferry line, cut by the port authority in 2019, was restored "
        "on Wednesday.\n"
        "The driver, 32, arrested at the quay on Monday, was released on bail on Wednesday.\n"
        "Meanwhile, armed police raided a farm on Tuesday, seized guns and arrested three men.\n"
        "A gunman shot a guard, wounded two others on Monday, fled in a car and was caught.",
        date(2025, 3, 14),
        "ferry.txt",
    )
    restored, due, sank, arrested, storm, shares, line, driver, raid, gunman = (
        events.reports_of(doc, None)
    )
    assert restored.date == "2025-03-12" and restored.passing == (("2019", "2019"),)
    assert due.date is None and due.passing == (("2019", "2019"),)
    assert sank.date == "2025-03-10"
    assert arrested.date == "2025-03-13" and storm.date == "2025-03-10"
    assert shares.date == "2025-03-13"
    assert line.date == "2025-03-12" and line.passing == (("2019", "2019"),)
    assert driver.date == "2025-03-12" and driver.passing == (("2025-03-10", "Monday"),)
    assert raid.date == "2025-03-11" and gunman.date == "2025-03-10"


def test_a_date_set_beside_another_names_the_day_the_other_means() -> None:
    # "the next day" read against the page's day is the day after it; the date beside it
    # names the day the story means
    doc = analysed(
        "The strike at Orvell began on Jan. 27. The next day, Jan. 28, the port closed.",
        date(2025, 2, 7),
        "port.txt",
    )
    began, closed = events.reports_of(doc, None)
    assert began.date == "2025-01-27"
    assert closed.date == "2025-01-28" and closed.passing == ()


def test_a_day_after_a_present_perfect_dates_the_clause_that_names_it() -> None:
    """A present perfect tells news true now, which no past day can date ("has apologized
    on Christmas Eve" is not English): a day later in the sentence belongs to a clause of
    its own, however far back that clause opens. A simple past keeps a far-off opener out
    of reach, as the clause may have ended ("who shot him was arrested on Monday")."""
    doc = analysed(
        "Harbour Lines has apologized to two students who were ordered off a ferry at Varn "
        "on Christmas Eve after a steward accused them of theft.\n"
        "The two students who had boarded the ferry to Orvell with their coach were questioned "
        "on Christmas Eve.\n"
        "Two stewards who have left the company since the crossing were charged in absentia "
        "by a court in Varn on Christmas Eve.",
        date(2025, 12, 27),
        "ferry.txt",
    )
    apology, questioned, charged = events.reports_of(doc, None)
    assert apology.date is None
    assert apology.passing == (("2025-12-24", "Christmas Eve"),)
    assert questioned.date == "2025-12-24"
    assert charged.date == "2025-12-24"  # the perfect is a clause's, the charge the news


def test_a_date_after_a_thing_named_after_following_dates_that_thing() -> None:
    doc = analysed(
        "The closure of the Varne ferry route following a storm last year has cost the port "
        "dearly.\n"
        "Dockers walked out after the vote on Tuesday.\n"
        "Councillor Amis spoke before the committee on Thursday about the losses.",
        date(2025, 3, 14),
        "port.txt",
    )
    storm, vote, committee = events.reports_of(doc, None)
    assert storm.date is None  # the storm's year, not the news
    assert storm.passing == (("2024", "last year"),)
    assert vote.date is None and vote.passing == (("2025-03-11", "Tuesday"),)
    assert committee.date == "2025-03-13"  # "before" a committee places, it does not date


def test_a_thing_named_by_its_day_dates_that_thing_not_the_news() -> None:
    doc = analysed(
        "The senator compared the crisis with the attacks of Sept. 11 in a speech.\n"
        "The minister insisted the written answer of March 2 was a fair summary.\n"
        "Protesters marched on the night of March 12 through the old town.\n"
        "Tour operators say there have been no cancellations as a result of the March 2 "
        "floods in the valley.\n"
        "Police opened a probe into the March 2 crash at the depot.\n"
        "The March 2 floods destroyed the old bridge at Varne.\n"
        "Armed survivors of the March 2 floods blocked the main road.\n"
        "Two fans boarded the March 12 ferry from Varne to the islands.\n"
        "Two soldiers were killed by the March 2 blast.\n"
        "Polls opened early on the morning of the March 2 election.",
        date(2025, 3, 14),
        "speech.txt",
    )
    attacks, answer, night, operators, probe, *dated = events.reports_of(doc, None)
    assert attacks.date is None and attacks.passing == (("2024-09-11", "Sept. 11"),)
    assert answer.date is None and answer.passing == (("2025-03-02", "March 2"),)
    assert night.date == "2025-03-12"  # the night of a day is the clause's own time
    # after a preposition and the clause's verb, a day names a thing mentioned in passing
    assert operators.date is None and operators.passing == (("2025-03-02", "March 2"),)
    assert probe.date is None and probe.passing == (("2025-03-02", "March 2"),)
    # the thing dated is what the clause tells (its subject, whatever word opens it), the
    # thing its verb acts on, what did it, or the time of day named
    assert [r.date for r in dated] == ["2025-03-02", "2025-03-02", "2025-03-12"] + [
        "2025-03-02"
    ] * 2


def test_the_end_of_a_range_belongs_where_its_start_does() -> None:
    doc = analysed(
        "Ana Corvo, who ran the port authority from 2010 to 2014, said on Friday that the "
        "strike had cost the harbour its busiest month.\n"
        "The museum was closed from March 3 to March 9 and reopened on Thursday.\n"
        "Crews worked on the quay on Monday and Tuesday.",
        date(2025, 3, 14),
        "range.txt",
    )
    corvo, museum, crews = events.reports_of(doc, None)
    assert corvo.date == "2025-03-14"  # the saying's day, not the end of her years in office
    assert ("2014", "2014") in corvo.passing
    assert museum.date == "2025-03-13"
    assert {value for value, _ in museum.passing} == {"2025-03-03", "2025-03-09"}
    assert crews.date == "2025-03-10"  # two days of the clause's own stay its own


def test_a_date_in_a_clause_opened_by_a_conjunction_and_an_ing_verb_dates_that_clause() -> None:
    doc = analysed(
        "The Ostra bridge was closed for several hours, but engineers cleared it to reopen "
        "after carrying out checks on Wednesday.\n"
        "The council reopened the Ostra road before the meeting on Thursday.",
        date(2025, 3, 14),
        "bridge.txt",
    )
    closed, road = events.reports_of(doc, None)
    assert closed.date is None  # Wednesday dates the checks, not the closure
    assert closed.passing == (("2025-03-12", "Wednesday"),)
    assert road.date == "2025-03-13"  # "before the meeting" places: no verb opens a clause


def test_a_narrative_of_the_past_keeps_its_date_until_a_sentence_names_another() -> None:
    doc = analysed(
        "The ferry Aster ran aground off Kell Point on Feb. 2.\n"
        "Its hull split within an hour and the crew took to the lifeboats.\n"
        "The harbour master said the channel would reopen next month.\n"
        "The wreck still blocks the channel.\n"
        "Salvage crews refloated a barge beside it.\n"
        "Divers began pumping fuel from the wreck on Thursday.\n"
        "The divers emptied four of the tanks and sealed the rest with steel plates.\n"
        "The Aster struck a reef near Ormund in January 2024.\n"
        "Before that, the ship had sailed the Kell route without incident for a decade.\n"
        "The Aster lost power off Ormund in December 2023.\n"
        "Following the grounding, the owner sold two older ferries.",
        date(2025, 3, 14),
        "aster.txt",
    )
    aground, split, master, blocks, barge, divers, finished, reef, before, power, sold = (
        events.reports_of(doc, None)
    )
    assert aground.date == "2025-02-02"
    assert split.date == "2025-02-02" and split.expression is None  # the narrative's day
    assert master.date is None  # a report of what is said now
    assert blocks.date is None  # a state now, not the narrative
    assert barge.date is None  # the narrative broke off: today's news
    assert divers.date == "2025-03-13"
    assert finished.date is None  # the day's news: its news day, not a carried date
    assert reef.date == "2024-01"
    assert before.date is None  # placed before the narrative's time, not on it
    assert power.date == "2023-12"
    assert sold.date is None  # placed after another happening, not at December's time


def test_a_narrative_does_not_carry_into_a_statement_or_a_denial() -> None:
    doc = analysed(
        "The ferry Aster ran aground off Kell Point on Feb. 2.\n"
        "Its hull split within an hour and the crew took to the lifeboats.\n"
        "But the owners rejected the findings, saying the crew had kept every rule.\n"
        "The operator denied any fault by its crew or its officers on the bridge.",
        date(2025, 3, 14),
        "aster.txt",
    )
    aground, split, rejected, denied = events.reports_of(doc, None)
    assert aground.date == "2025-02-02" and split.date == "2025-02-02"
    assert rejected.date is None  # what the owners say now, not the grounding's day
    assert denied.date is None


def test_a_narrative_keeps_its_date_across_one_aside_but_not_two() -> None:
    doc = analysed(
        "The ferry Aster ran aground off Kell Point on Feb. 2.\n"
        "Its captain is 58 years old.\n"
        "The hull split within an hour and the crew took to the lifeboats.\n"
        "\u201cWe were lucky,\u201d one passenger said.\n"
        "A fishing boat picked up the last of them at dawn.\n"
        "The harbour master said the channel would reopen next month.\n"
        "The wreck still blocks the channel.\n"
        "Salvage crews refloated a barge beside it.",
        date(2025, 3, 14),
        "aster.txt",
    )
    aground, captain, split, quote, rescue, master, blocks, barge = events.reports_of(doc, None)
    assert aground.date == "2025-02-02"
    assert captain.date is None  # a line of background, not the narrative's happening
    assert split.date == "2025-02-02"  # the narrative goes on past the aside
    assert quote.date is None
    assert rescue.date == "2025-02-02"  # and past a quote
    assert master.date is None and blocks.date is None
    assert barge.date is None  # two asides in a row end it: today's news

    doc = analysed(
        "The ferry Aster ran aground off Kell Point on Feb. 2.\n"
        "Its owner, which bought it after a refit in 2019, is based in Ormund.\n"
        "The hull split within an hour and the crew took to the lifeboats.",
        date(2025, 3, 14),
        "aster-owner.txt",
    )
    _aground, owner, split = events.reports_of(doc, None)
    assert owner.passing == (("2019", "2019"),)
    assert split.date is None  # an aside that names another time is no aside: it ends it


def test_news_that_mentions_the_past_does_not_become_a_narrative() -> None:
    # The article tells Tuesday's results; last month's deal and last year's fine are
    # mentions, and the sentences after them stay the day's news.
    doc = analysed(
        "Korvel Oil reported a doubling of its quarterly profit on Tuesday.\n"
        "The Sandvik deal was announced last month.\n"
        "Excluding one-off items, the result was $5.6 billion, ahead of forecasts.\n"
        "In 2024, Korvel was fined $80 million over a refinery blast.\n"
        "Inspectors found no faults on the platform when they visited it in February.",
        date(2025, 4, 29),
        "results.txt",
    )
    _profit, deal, result, fine, inspection = events.reports_of(doc, None)
    assert deal.date == "2025-03"
    assert result.date is None  # not carried from last month's deal: the news goes on
    assert fine.date == "2024"
    assert inspection.date is None  # it names its own time: not carried from 2024
    assert inspection.passing == (("2025-02", "February"),)


def test_a_narrative_ends_where_a_sentence_comes_up_to_now() -> None:
    doc = analysed(
        "Colonel Varga seized power in Ostrel 42 years ago in a night of tanks.\n"
        "He jailed the old ministers within a week.\n"
        "But that changed last week, with crowds in the squares.\n"
        "Varga closed the northern border in 1990.\n"
        "Ever since, he styled himself the Father of the Nation.\n"
        "Varga banned the last free newspaper in 1991.\n"
        "Reporters have been unable to confirm the accounts of the jailed protesters.",
        date(2025, 2, 21),
        "varga.txt",
    )
    seized, jailed, changed, closed, since, banned, unable = events.reports_of(doc, None)
    assert seized.date == "1983" and jailed.date == "1983"  # the narrative goes on
    assert changed.date is None  # it names its own time, a week the calendar cannot place
    assert closed.date == "1990" and since.date is None  # "ever since": from then until now
    assert banned.date == "1991" and unable.date is None  # a present perfect tells the present


def test_a_sentence_opening_on_the_thing_the_one_before_dated_takes_its_date() -> None:
    # "The statement" is the one issued on Monday; the sentence after it, naming no such
    # thing, is news of the page's day.
    doc = analysed(
        "Rescue teams reached the flooded village of Orsk on Wednesday.\n"
        "The aid agency Corvel issued a statement on Monday about the valley.\n"
        "The statement warned that the dam upstream of Orsk could fail.\n"
        "Engineers inspected the dam and found cracks in its spillway.",
        date(2025, 4, 9),
        "orsk.txt",
    )
    reports = events.reports_of(doc, None)
    assert [r.date for r in reports] == ["2025-04-09", "2025-04-07", "2025-04-07", None]


def test_a_quotation_going_on_with_someone_dated_saying_something_takes_that_day() -> None:
    # Korran's second line is the statement she made on Friday; Dunmore's is not.
    doc = analysed(
        "Harbour master Ilse Korran said Friday that the Velm channel had been cleared of "
        "wreckage.\n"
        "\u201cThe channel is safe again for every vessel,\u201d Korran said.\n"
        "\u201cWe lost two boats in the storm,\u201d said Dunmore, a fisherman.",
        date(2025, 6, 7),
        "velm.txt",
    )
    reports = events.reports_of(doc, None)
    assert [(r.date, r.said) for r in reports] == [
        ("2025-06-06", True),
        ("2025-06-06", True),
        (None, False),
    ]


def test_a_date_inside_a_quotation_is_the_speakers_account_not_the_sentences_news() -> None:
    # The mayor's words tell of last night; what the first sentence reports is that she
    # says so. Told by the paper itself, the failure is dated last night.
    doc = analysed(
        "\u201cLast night the pumps at Kell failed twice,\u201d the mayor, Tove Ardy, said.\n"
        "The pumps at Kell failed twice last night, the water board said.",
        date(2025, 3, 20),
        "kell.txt",
    )
    quoted, told = events.reports_of(doc, None)
    assert quoted.date is None and quoted.passing == (("2025-03-19", "Last night"),)
    assert told.date == "2025-03-19"


def test_this_morning_dates_a_happening_on_the_page_s_day() -> None:
    # A broadcaster's bulletin of Thursday opens on the morning's news, then quotes a wire
    # report of Tuesday: the ferries' news is Thursday's, not the day the quotation tells.
    doc = analysed(
        "Ferries to the Orvane islands will keep running during the strike, the union "
        "confirmed this morning.\n"
        "A wire agency described the first day: cranes stood idle at every harbour on Tuesday.",
        date(2025, 10, 16),
        "bulletin.txt",
    )
    ferries, cranes = events.reports_of(doc, None)
    assert ferries.date == "2025-10-16"
    assert cranes.date == "2025-10-14"


def test_a_sentence_reprinted_weeks_later_keeps_the_day_it_was_first_told() -> None:
    reprinted = (
        "Fishermen blockaded the harbour at Velm on Thursday, demanding a ban on foreign "
        "trawlers inside the twelve-mile limit."
    )
    first = analysed(
        reprinted + "\nThe harbour master said ferries would sail as normal.",
        date(2025, 3, 14),
        "first.txt",
    )
    recap = analysed(
        "The Velm trawler dispute went before parliament on Tuesday.\n" + reprinted,
        date(2025, 3, 28),
        "recap.txt",
    )
    dated = {e.date for e in timeline(first, recap) if "blockaded" in e.summary}
    assert dated == {"2025-03-13"}


def test_a_happening_of_the_weekend_is_dated_by_its_saturday() -> None:
    # Printed on Tuesday 15 November 2011: the weekend before is the 12th and 13th; the
    # coming one is a plan, no happening.
    doc = analysed(
        "Protesters blocked the Orvane ring road over the weekend.\n"
        "The union will hold another march next weekend.",
        date(2011, 11, 15),
        "orvane.txt",
    )
    blocked, march = events.reports_of(doc, None)
    assert blocked.date == "2011-11-12"
    assert march.date is None


def test_a_happening_of_last_week_is_dated_by_its_month_not_the_page_s_day() -> None:
    # Printed on Wednesday 3 January 2018: last week is 25 to 31 December 2017. A week
    # across two months (printed on 5 December 2017, last week is 27 November to 3
    # December) names no month, so its sentence is the page's news, as before.
    doc = analysed(
        "Last week, the flagship store in Velm made headlines when ice fell from its roof.",
        date(2018, 1, 3),
        "velm.txt",
    )
    (headlines,) = events.reports_of(doc, None)
    assert headlines.date == "2017-12"
    across = analysed(
        "Last week, the flagship store in Velm made headlines when ice fell from its roof.",
        date(2017, 12, 5),
        "velm-across.txt",
    )
    (across_months,) = events.reports_of(across, None)
    assert across_months.date is None


def test_a_figure_set_against_an_earlier_period_is_not_dated_by_it() -> None:
    doc = analysed(
        "Korvel Oil said its net profit was $5.6 billion in the quarter, up from $2.4 billion "
        "in the same period of 2024.\n"
        "Sales rose to 1.9 million barrels a day, compared with 1.7 million in March.",
        date(2025, 4, 29),
        "compared.txt",
    )
    profit, sales = events.reports_of(doc, None)
    assert profit.date is None and profit.passing == (("2024", "2024"),)
    assert sales.date is None and sales.passing == (("2025-03", "March"),)


def test_a_date_of_saying_gives_way_to_the_date_of_what_was_said() -> None:
    doc = analysed(
        "Customs officials said Friday that on Nov. 24 they seized a tanker carrying "
        "undeclared fuel in the port of Larsby.",
        date(2025, 12, 5),
        "seizure.txt",
    )
    [report] = events.reports_of(doc, None)
    assert report.date == "2025-11-24"
    assert not report.said


def test_undated_sentences_tell_their_articles_news_day_and_say_so() -> None:
    # Published on Wednesday 12 March 2025: the attack is "on Wednesday", the same day, and
    # a sentence without a date, telling another thing than the line before, belongs to
    # that day, never to the day before.
    doc = analysed(
        "Hospitals in Wendmoor cancelled operations on Wednesday after a cyber attack shut "
        "down their patient records systems.\n"
        "A government spokeswoman said ministers would be briefed by the national security "
        "agency.",
        date(2025, 3, 12),
        "hospitals.txt",
    )
    found = events.story_events([doc])
    assert {e.date for e in found} == {"2025-03-12"}
    [undated] = [e for e in found if "briefed" in e.summary.sentence.text]
    [dated] = [e for e in found if "cancelled" in e.summary.sentence.text]
    assert undated.approximate and not dated.approximate
    assert events.entry(undated).approximate


def test_last_night_in_a_morning_paper_dates_the_eve_of_its_page() -> None:
    # A morning paper of Thursday 12 June 2025 tells the evening before: the resignation
    # and the reply are of Wednesday, not of the day the paper is printed.
    doc = analysed(
        "Pressure on the government grew as the harbour scandal widened.\n"
        "The finance minister, Ilse Marrow, last night resigned over the sale of the Karsby "
        "harbour contract.\n"
        "Last night the opposition leader demanded a full inquiry into the tender.",
        date(2025, 6, 12),
        "marrow.txt",
    )
    reports = events.reports_of(doc, None)
    assert [r.date for r in reports] == [None, "2025-06-11", "2025-06-11"]
    [resignation] = [e for e in events.story_events([doc]) if "resigned" in e.summary.sentence.text]
    assert resignation.date == "2025-06-11" and not resignation.approximate


def test_a_lead_dated_the_day_after_publication_gives_the_news_day() -> None:
    # Printed on 31 December in an outlet behind the speaker's time zone: the speech was
    # on New Year's Day, and the sentences that tell it without a date are of that day.
    doc = analysed(
        "Marshal Oren Vask offered talks with the rebel provinces in a televised address on "
        "New Year's Day, his first conciliatory words in two years.\n"
        "He warned in the same speech that his artillery stood ready on the northern border.",
        date(2025, 12, 31),
        "vask.txt",
    )
    assert events.news_day(events.reports_of(doc, None)) == date(2026, 1, 1)
    [warning] = [e for e in events.story_events([doc]) if "artillery" in e.summary.sentence.text]
    assert warning.date == "2026-01-01" and warning.approximate


def test_one_happening_told_by_several_outlets_in_other_words_is_one_entry() -> None:
    first = analysed(
        "The Harbour Board handed over the old ferry terminal at Kessock to the city council "
        "on Monday, ending forty years of port use.",
        date(2025, 6, 3),
        "a.txt",
    )
    second = analysed(
        "Kessock's old ferry terminal was handed over by the Harbour Board to the city "
        "council on June 2.",
        date(2025, 6, 9),
        "b.txt",
    )
    other = analysed(
        "Divers found a second wreck off Kessock on Monday, the coastguard said.",
        date(2025, 6, 3),
        "c.txt",
    )
    entries = timeline(first, second, other, max_dates=5)
    handover = [e for e in entries if "terminal" in e.summary]
    assert len(handover) == 1
    assert handover[0].date == "2025-06-02"
    assert handover[0].independent_sources == 2
    assert {ev.article_id for ev in handover[0].evidence} == {first.id, second.id}
    assert any("wreck" in e.summary and e.date == "2025-06-02" for e in entries)


def test_a_line_another_outlet_repeats_most_of_in_a_longer_sentence_is_one_event() -> None:
    # Both papers tell that the bridge was closed as a precaution until engineers check
    # it: the second in a short line, the first in a long sentence whose detour words keep
    # the two apart by cosine. The short line repeats most of what it says, on the same
    # day, so the closure is one event with two sources. What else happened that day (the
    # crew's injuries, the regatta) shares too few words with it to join it.
    first = analysed(
        "A grain barge struck a pier of the Carrow road bridge on Tuesday evening in high "
        "water.\n"
        "Two of its crew were taken to hospital with minor injuries.\n"
        "The bridge was closed as a precaution ahead of checks by structural engineers from "
        "the county, and drivers were sent on a long detour through Elm Cross.",
        date(2025, 3, 4),
        "a.txt",
    )
    second = analysed(
        "A barge hit the Carrow road bridge on Tuesday evening, police said.\n"
        "Police said the bridge was closed as a precaution until engineers check it.\n"
        "The barge was carrying wheat to the mills at Hadley.",
        date(2025, 3, 4),
        "b.txt",
    )
    third = analysed(
        "Engineers will inspect the bridge on Wednesday.\n"
        "A rowing club downstream cancelled its spring regatta on Tuesday.",
        date(2025, 3, 4),
        "c.txt",
    )
    found = events.story_events([first, second, third])
    closed = [e for e in found if any("precaution" in r.sentence.text for r in e.reports)]
    assert len(closed) == 1
    assert closed[0].sources == 2
    assert {r.sentence.article_id for r in closed[0].reports} == {first.id, second.id}
    told = " ".join(r.sentence.text for r in closed[0].reports)
    assert "hospital" not in told and "regatta" not in told and "wheat" not in told
    assert closed[0].date == "2025-03-04"


def test_outlets_giving_one_exact_figure_in_their_own_words_tell_one_happening() -> None:
    # Three outlets tell the flight's departure, each in its own words and each writing
    # its time its own way; the time is what they share. Their other lines tell other
    # things and stay apart.
    first = analysed(
        "The flight departed Orlen at 11:36 am local time on Tuesday and turned around after "
        "four hours, the airline said.\n"
        "A passenger had boarded the wrong plane, the airline said.\n"
        "The man was questioned by police and released without charge.\n"
        "The airline apologised to the other passengers for the delay.",
        date(2025, 3, 4),
        "a.txt",
    )
    second = analysed(
        "Flight 175 left Orlen International Airport at 11:36 a.m.\n"
        "It landed back at Orlen eight hours after it had set out.\n"
        "Passengers were offered hotel rooms for the night.\n"
        "The airline said its security rules left the crew no choice.",
        date(2025, 3, 4),
        "b.txt",
    )
    third = analysed(
        "The jet took off from Orlen at 11:36am on Tuesday but was back by the evening.\n"
        "One traveller called it a flight to nowhere.\n"
        "A police spokeswoman said no crime had been committed.\n"
        "The passenger held a ticket for another carrier's flight to Tokyo.",
        date(2025, 3, 4),
        "c.txt",
    )
    found = events.story_events([first, second, third])
    departure, told = told_with(found, "Flight 175")
    assert departure.sources == 3
    assert sum("11:36" in t for t in told) == 3
    assert not any("hotel" in t or "nowhere" in t or "police" in t for t in told)
    assert departure.date == "2025-03-04"


def test_a_quotation_right_after_a_sentence_is_cited_with_the_event_it_speaks_of() -> None:
    # Maro's words and the mayor's reaction go on telling the evacuation: they are its
    # evidence, not events of their own. The line opening on "She" tells another thing
    # Maro did, and the next report of the day is another happening.
    doc = analysed(
        "Fire chief Ansa Maro ordered the evacuation of the Dunmore valley on Tuesday as "
        "flames crossed the ridge.\n"
        "\u201cWe cannot hold the line above the villages tonight,\u201d Maro told reporters.\n"
        "\u201cEvery family has a bus seat waiting,\u201d the mayor, Pel Harrow, said.\n"
        "She also closed the river road to all traffic.\n"
        "Three water bombers arrived from the coast on Tuesday afternoon.",
        date(2025, 8, 13),
        "dunmore.txt",
    )
    found = events.story_events([doc])
    evacuation = [e for e in found if any("evacuation" in r.sentence.text for r in e.reports)]
    assert len(evacuation) == 1
    told = [r.sentence.text for r in evacuation[0].reports]
    assert any("hold the line" in t for t in told)
    assert any("bus seat" in t for t in told)
    assert not any("river road" in t or "bombers" in t for t in told)
    assert evacuation[0].summary.sentence.text.startswith("Fire chief Ansa Maro ordered")
    assert evacuation[0].date == "2025-08-12"


def test_the_paragraph_after_a_dated_lead_tells_more_of_the_same_happening() -> None:
    # The second and third lines tell more of Friday's rescue: evidence of it, dated with
    # it, not events of the page's own day. The convoys share no word with the line before
    # them and are another happening; so is the sentence after a lead no text dates.
    doc = analysed(
        "Rescuers pulled an 84-year-old woman alive from the rubble of the Kell market on "
        "Friday.\n"
        "The woman had spent nine days under the collapsed roof of the market.\n"
        "Doctors at the main hospital said the woman was dehydrated but awake.\n"
        "Aid convoys have reached the northern villages, the Red Cross reported.\n"
        "Engineers are inspecting the Orvane bridge for cracks.\n"
        "The bridge carries the only road to the northern villages.",
        date(2025, 5, 10),
        "kell.txt",
    )
    found = events.story_events([doc])
    rescue, told = told_with(found, "84-year-old")
    assert any("nine days" in t for t in told)
    assert any("dehydrated" in t for t in told)
    assert not any("convoys" in t or "bridge" in t for t in told)
    assert rescue.date == "2025-05-09" and not rescue.approximate
    bridge = [e for e in found if any("bridge" in r.sentence.text for r in e.reports)]
    assert len(bridge) == 2


def test_a_line_naming_a_time_of_its_own_tells_another_happening() -> None:
    # "Last week" names no day, but it places the cinema's closing apart from Friday's
    # rescue, though the line shares a word with it.
    doc = analysed(
        "Rescuers pulled an 84-year-old woman alive from the rubble of the Kell market on "
        "Friday.\n"
        "Last week the Kell council closed the cinema for repairs.",
        date(2025, 5, 10),
        "kell.txt",
    )
    _market, told = told_with(events.story_events([doc]), "market")
    assert not any("cinema" in t for t in told)


def test_a_paragraph_plainly_about_an_undated_lead_s_thing_tells_more_of_it() -> None:
    # No text dates the seizure: the line after it names the tanker, the seizure and the
    # fuel again and tells more of it; the harbour line shares one word and is other news.
    doc = analysed(
        "Customs officers have seized a tanker suspected of smuggling fuel to Varn.\n"
        "The tanker, the Orla Star, was seized with 2,000 tonnes of fuel at the port of Kell.\n"
        "The port of Kell reopened to container ships after a week of repairs.",
        date(2025, 5, 10),
        "tanker.txt",
    )
    seizure, told = told_with(events.story_events([doc]), "Customs")
    assert any("Orla Star" in t for t in told)
    assert not any("container ships" in t for t in told)
    assert seizure.summary.sentence.text.startswith("Customs officers")


def test_a_day_set_ahead_by_its_month_dates_the_appointment_it_tells() -> None:
    # A preview printed on 1 March 2025: the eclipse and the trial's opening are set for
    # days named by their month, within weeks, and are events of those days. An offer told
    # as made, a day in a clause of its own, a day months ahead and a deadline stay plans:
    # the sentences telling them are of the page's day.
    doc = analysed(
        "March brings two eclipses to the skies over Velmar.\n"
        "The moon passes through the Earth's shadow in a total lunar eclipse on March 14.\n"
        "The trial of the former harbour master opens on March 20 at the Velmar district "
        "court.\n"
        "The harbour board responded with an offer to hold talks on March 12 that could end "
        "the strike.\n"
        "Ilse Marrow, who will take over as harbour master on March 17, told reporters the "
        "port would stay open.\n"
        "The new ferry terminal opens on May 30.\n"
        "Repairs on the quay should be finished by March 10.",
        date(2025, 3, 1),
        "velmar-sky.txt",
    )
    dated = {r.sentence.text.split()[1]: r.date for r in events.reports_of(doc, None)}
    assert dated == {
        "brings": None,
        "moon": "2025-03-14",
        "trial": "2025-03-20",
        "harbour": None,
        "Marrow,": None,
        "new": None,
        "on": None,
    }
    days = {e.summary.sentence.text.split()[1]: e.date for e in events.story_events([doc])}
    assert days["moon"] == "2025-03-14" and days["trial"] == "2025-03-20"
    assert days["harbour"] == days["new"] == "2025-03-01"


def test_a_weekday_ahead_dates_the_appointment_it_tells() -> None:
    """A preview printed on Saturday 3 January 2026: the board's meeting on Wednesday is an
    event of Wednesday, as a day named by its month would be; a time of day before the date
    ("before dawn") opens no clause that could own it. A deadline stays a plan."""
    doc = analysed(
        "On Wednesday the harbour board will meet the dockers' union in Velm.\n"
        "The comet Tessaly passes closest to the sun before dawn on Jan. 13.\n"
        "Repairs on the quay should be finished by Wednesday.\n"
        "The ferry board will vote on the new timetable on Thursday.\n"
        "At a news conference Monday, the mayor of Velm said the fish market will close.\n"
        "On Tuesday, the ferrymen promised their stoppage will go ahead.\n"
        "Firefighters battle a blaze at the Kessock timber yard on Monday.\n"
        "The smuggling trial opens on Jan. 20, prosecutors said, and is expected to last "
        "three weeks.\n"
        "Police will question the skipper after Dawn Marlow is buried on Wednesday.\n"
        "Harbourmaster Ilse Varga, speaking on Monday, says the slipway will reopen.\n"
        "On Jan. 10, the long-awaited harbour report will be published.\n"
        "The skipper's funeral will be held on Jan. 12, and his family said mourners "
        "would be welcome.\n"
        "Smoke rises over the Orla sawmill on Tuesday, the worst fire since May.",
        date(2026, 1, 3),
        "velm-week.txt",
    )
    days = {e.summary.sentence.text.split()[1]: e.date for e in events.story_events([doc])}
    assert days == {
        "Wednesday": "2026-01-07",
        "comet": "2026-01-13",
        "on": "2026-01-03",
        "ferry": "2026-01-08",
        # the weekday dates the saying or the promise told before the plan, a caption's
        # present tells no timetable, and "after Dawn Marlow" opens a clause: no appointment
        "a": "2026-01-03",
        "Tuesday,": "2026-01-03",
        "battle": "2026-01-03",
        "will": "2026-01-03",
        "Ilse": "2026-01-03",
        # a participle in the subject is no act that leads to the plan, nor a plan told
        # before the date and another after it; "May" is no modal
        "Jan.": "2026-01-10",
        "skipper's": "2026-01-12",
        "rises": "2026-01-03",
        # an attribution between the day and a later plan leaves the day the trial's
        "smuggling": "2026-01-20",
    }
    # a weekday six days ahead is as likely the day before a page dated a day late
    late = analysed(
        "On Monday night the ferry will sail for Kessock.", date(2026, 1, 6), "ferry.txt"
    )
    assert [e.date for e in events.story_events([late])] == ["2026-01-06"]


def test_a_lead_glued_to_a_pictures_credit_still_gives_the_news_day() -> None:
    # The lead tells today's news; the line after it looks back to yesterday evening. With
    # the credit cut off, the lead is read and the undated line takes today.
    doc = analysed(
        "Harbour crews at a Velm pier this morning .\n"
        "Photograph : Ilse Varga\\/Meridian The full report on the Velm pier collapse was "
        "today published as the mayor faced calls to resign .\n"
        "The release follows a leak of its summary yesterday evening .\n"
        "The mayor told the council that the report had taken a year to write .",
        date(2025, 4, 28),
        "velm-pier.txt",
    )
    reports = events.reports_of(doc, None)
    assert any(r.sentence.text.startswith("The full report") for r in reports)
    assert events.news_day(reports) == date(2025, 4, 28)


def test_a_lead_printed_twice_counts_once_toward_the_news_day() -> None:
    # A caption above the text prints the lead; the day comes two lines after the lead,
    # inside the page's first three reports once the lead counts once.
    lead = (
        "A Harbour Air flight turned back to Varn after a bird was found in the cockpit."
    )
    doc = analysed(
        f"{lead}\nVarn - A bird on a plane, and no one knew how it got in.\n{lead}\n"
        "The airline said that shortly after takeoff Saturday, the pilots saw a small bird.\n"
        "The plane landed without incident and the bird was set free.",
        date(2025, 3, 16),
        "bird.txt",
    )
    reports = events.reports_of(doc, None)
    assert [r.sentence.text for r in reports].count(lead) == 1
    assert events.news_day(reports) == date(2025, 3, 15)


def test_a_happening_no_report_dates_takes_the_day_another_article_mentions_it_on() -> None:
    # The first page tells the rescue without a day; the next day's page mentions it in
    # passing as Monday's: the rescue is Monday's, not its first page's news day. A day
    # mentioned weeks before that page's news is another happening's.
    rescue = analysed(
        "Rescuers pulled a 16-year-old girl alive from the rubble of the Velm grammar "
        "school, officials said.\nHer family waited outside the field hospital.",
        date(2025, 1, 28),
        "rescue.txt",
    )

    def rescue_date(mention: str) -> tuple[str, bool]:
        later = analysed(
            f"Crews searched the Orra library on Wednesday, two days after they pulled a "
            f"16-year-old girl alive from the rubble of the Velm grammar school {mention}.",
            date(2025, 1, 29),
            "search.txt",
        )
        [event] = [
            e
            for e in events.story_events([rescue, later])
            if e.summary.sentence.text.startswith("Rescuers pulled")
        ]
        return event.date, event.approximate

    assert rescue_date("on Monday") == ("2025-01-27", False)
    assert rescue_date("on Jan. 6") == ("2025-01-28", True)


def test_copies_of_one_text_count_as_one_source() -> None:
    text = (
        "Engineers reopened the Tolvey road bridge on Tuesday after six weeks of repairs to "
        "its cracked supports, the county said."
    )
    docs = [analysed(text, date(2025, 5, 7), f"{name}.txt") for name in "xyz"]
    # Three articles of one text (their ids differ only because the test names them apart).
    docs = [
        Document(
            Article(id=name, origin=name, text=text, published=date(2025, 5, 7)),
            [s.__class__(name, s.index, s.start, s.end, s.text) for s in d.sentences],
            d.time_expressions,
        )
        for name, d in zip("xyz", docs, strict=True)
    ]
    provenance = Provenance(duplicate_of={"y": "x", "z": "x"})
    [entry], _ = events.build(events.story_events(docs, provenance))
    assert entry.independent_sources == 1
    assert len(entry.evidence) == 3
    # another outlet telling it in its own words is a second source
    own = analysed(
        "County engineers reopened the Tolvey road bridge to traffic on Tuesday after "
        "repairs to its cracked supports.",
        date(2025, 5, 7),
        "own.txt",
    )
    [entry], _ = events.build(events.story_events([*docs, own], provenance))
    assert entry.independent_sources == 2
    assert len(entry.evidence) == 4


def test_a_story_counts_each_article_by_the_source_most_of_it_comes_from() -> None:
    quote = "The county said the bridge had been checked twice by independent engineers."
    texts = {
        "wire": f"Engineers reopened the Tolvey road bridge on Tuesday. {quote} Traffic was "
        "light in the first hour.",
        "paper": "The Tolvey bridge carried cars again on Tuesday after six weeks of works. "
        f"{quote} Buses return to the route next week.",
        "blog": "Cyclists cheered as the Tolvey crossing opened on Tuesday. "
        "Local shops expect more trade.",
    }
    docs = [analysed(text, date(2025, 5, 7), f"{name}.txt") for name, text in texts.items()]
    provenance = Provenance(passage_group={passage_key(quote): "shared-quote"})
    found = events.story_events(docs, provenance)
    # four keys (three articles and the passage two of them share), three sources
    assert len({r.source for e in found for r in e.reports}) == 4
    assert events._independent(found) == 3
    # a paper printing the wire's text is no source of its own
    copy = analysed(texts["wire"], date(2025, 5, 7), "copy.txt")
    provenance.duplicate_of[copy.id] = docs[0].id
    assert events._independent(events.story_events([*docs, copy], provenance)) == 3


def test_a_recent_cause_keeps_its_place_when_the_news_fills_the_timeline() -> None:
    doc = analysed(
        "Dockers closed the port of Varn on Monday.\n"
        "Ferries to the islands were cancelled on Monday.\n"
        "Lorries queued for miles outside the town on Tuesday.\n"
        "The harbour board met the union on Tuesday.\n"
        "Talks between the board and the union broke down on Wednesday.\n"
        "Fishermen blocked the bridge into Varn on Wednesday.\n"
        "Police cleared the blockade on Thursday.\n"
        "In March the harbour board cut the dockers' pay by a tenth.",
        date(2025, 6, 13),
        "varn.txt",
    )
    found = events.story_events([doc])
    [cause] = [e for e in found if e.date == "2025-03"]
    news = [e for e in found if e is not cause]
    cap = max(5, round(events.PER_SOURCE))  # the entries one source's story holds
    assert len(news) > cap and all(e.date >= "2025-06" for e in news)
    for event in news:
        event.score = 0.9
    cause.score = events.KEEP * events.CAUSE  # the bar it needs, below every one of the news
    chosen = events.select(sorted(found, key=lambda e: -e.score))
    assert cause in chosen
    assert len([e for e in chosen if e is not cause]) == cap


def test_an_earlier_development_told_once_in_passing_is_background() -> None:
    # Three outlets on a dock strike; one recalls, in its last line, the pay cut behind it.
    # An editor's list of the strike holds the walkout and its days, and keeps the March pay
    # cut as context: told once, after the news, it is background, not a timeline entry.
    docs = [
        analysed(
            "Dockers at the port of Varn walked out on Monday, halting all ferry traffic to "
            "the islands.\n"
            "The union said the strike would last until the harbour board restored their pay.\n"
            "Lorries queued for miles outside the town on Tuesday.\n"
            "The walkout follows a pay cut the harbour board imposed in March, when it said the "
            "port had lost money for two years.",
            date(2025, 6, 11),
            "a.txt",
        ),
        analysed(
            "A strike by dockers shut the port of Varn on Monday.\n"
            "Ferries to the islands were cancelled and lorries queued outside the town on "
            "Tuesday.\n"
            "The harbour board said it would meet the union on Thursday.",
            date(2025, 6, 11),
            "b.txt",
        ),
        analysed(
            "Varn's dockers stopped work on Monday in a dispute over pay.\n"
            "The harbour board and the union will hold talks on Thursday, the board said.\n"
            "Traders said the strike was costing the town's shops dearly.",
            date(2025, 6, 12),
            "c.txt",
        ),
    ]
    found, background = events.build(events.story_events(docs))
    assert [e.date for e in found][:2] == ["2025-06-09", "2025-06-10"]
    assert all(e.date >= "2025-06" for e in found)
    [pay_cut] = background
    assert pay_cut.date == "2025-03" and "pay cut" in pay_cut.summary


@pytest.mark.parametrize("leads", [2, 1])
def test_a_story_retold_weeks_later_has_the_days_its_leads_retell(leads: int) -> None:
    # Two outlets' features in June open on a rescue in May: the rescue is the story, its
    # days the story's days, not context before it. One outlet's lead alone tells an
    # earlier incident its feature recalls: background.
    second = (
        "In May, Orvane fisherman Tomas Reyes was rescued from the sea after drifting for two "
        "days."
        if leads == 2
        else "Orvane held its summer fair on Saturday, with a parade along the quay."
    )
    docs = [
        analysed(
            "A fisherman from Orvane was pulled alive from the sea in May after two days "
            "adrift.\n"
            "His boat had capsized in a storm off the cape.\n"
            "Lifeboat crews searched through two nights.\n"
            "He was released from hospital on May 20.\n"
            "He now teaches sea safety at the harbour school.",
            date(2025, 6, 20),
            "coast.txt",
        ),
        analysed(
            f"{second}\n"
            "A trawler spotted an upturned hull at dawn.\n"
            "Crowds lined the harbour wall to cheer the lifeboat crews.\n"
            "Doctors let him go home on May 20.\n"
            "The town's new lifeboat will be named after the trawler.",
            date(2025, 6, 21),
            "harbour.txt",
        ),
    ]
    found, background = events.build(events.story_events(docs))
    may = [e.date for e in found if e.date.startswith("2025-05")]
    if leads == 2:
        assert "2025-05" in may and "2025-05-20" in may  # the rescue, then the release
    else:
        assert may == []
        assert any(e.date.startswith("2025-05") for e in background)


def test_news_that_recalls_the_disaster_behind_it_keeps_that_disaster_s_days_apart() -> None:
    # Both outlets open on Monday's inquiry and recall the capsizing in their next line: the
    # story is the inquiry's, and what followed the capsizing, told once, is context.
    docs = [
        analysed(
            "A public inquiry into the Orvane ferry disaster opened in the town hall on Monday.\n"
            "The ferry capsized off the cape on March 3, killing 40 people.\n"
            "Divers recovered the last body on March 20.\n"
            "The inquiry will sit for six weeks.",
            date(2025, 6, 17),
            "inquiry.txt",
        ),
        analysed(
            "An inquiry into the loss of the Orvane ferry began hearing evidence on Monday.\n"
            "Forty people died when the ferry capsized off the cape on March 3.\n"
            "Relatives of the dead filled the public gallery.",
            date(2025, 6, 17),
            "hearing.txt",
        ),
    ]
    found, background = events.build(events.story_events(docs))
    assert "2025-03-20" not in {e.date for e in found}
    assert "2025-03-20" in {e.date for e in background}


def test_a_story_followed_for_months_tells_its_run_up() -> None:
    # The order behind a withdrawal, told once in passing: on the timeline of a story that
    # runs from June to September (two months before its first news is inside its run-up),
    # in the background of the same first report followed for two days.
    order = (
        "The withdrawal follows an order the ruling council gave in April for the foreign "
        "troops to leave Sorva."
    )
    june = analysed(
        "Foreign troops began leaving their base at Kessa in Sorva on Monday, the army said.\n"
        f"About 600 soldiers were stationed at the base.\n{order}",
        date(2025, 6, 4),
        "june.txt",
    )
    august = analysed(
        "The last foreign soldiers left the Kessa base in Sorva on Friday, the army said.\n"
        "Officials of both countries signed the handover at a ceremony on Friday.",
        date(2025, 8, 9),
        "august.txt",
    )
    september = analysed(
        "Foreign forces completed their withdrawal from Sorva on Sunday, ahead of a September "
        "deadline.\nA small team of officers remains at the embassy in the capital.",
        date(2025, 9, 15),
        "september.txt",
    )
    found, background = events.build(events.story_events([june, august, september]))
    assert found[0].date == "2025-04" and "ruling council" in found[0].summary
    assert not background
    tuesday = analysed(
        "The first foreign soldiers left the Kessa base in Sorva on Monday.\n"
        "Trucks carried equipment to the airport on Tuesday.",
        date(2025, 6, 4),
        "tuesday.txt",
    )
    found, background = events.build(events.story_events([june, tuesday]))
    assert [e.date for e in found] == ["2025-06-02", "2025-06-03"]
    assert [e.date for e in background] == ["2025-04"]


def test_a_story_dense_with_news_holds_more_than_its_sources_allow() -> None:
    # One outlet's long report of three days of siege: a dozen likely key events, one source.
    text = "\n".join(
        [
            "Rebels shelled the airport of Tarvo on June 12.",
            "The governor fled to the coast by helicopter on June 13.",
            "A tanker exploded in the harbour on June 14.",
            "Bakers handed out free bread in the old market on June 12.",
            "The water plant stopped pumping on June 13.",
            "Nurses evacuated forty babies from the maternity ward on June 14.",
            "A radio mast collapsed onto the railway station on June 12.",
            "Farmers drove cattle across the dry riverbed on June 13.",
            "The cathedral bells rang for an hour on June 14.",
            "Smugglers sold petrol from boats along the quay on June 12.",
            "A court freed twelve striking teachers on June 13.",
            "Engineers repaired the northern power line on June 14.",
        ]
    )
    found = events.story_events([analysed(text, date(2025, 6, 14), "siege.txt")])
    assert len(found) == 12
    for rank, event in enumerate(found):
        event.score = 0.9 - rank / 100
    ranked = sorted(found, key=lambda e: -e.score)
    chosen = events.select(ranked)
    cap = max(5, round(events.PER_SOURCE))  # the entries one source's story holds
    assert cap < len(chosen) < 12  # more than one source's cap, still not every event
    assert [id(e) for e in chosen] == [id(e) for e in ranked[: len(chosen)]]
    # with few likely key events the sources' cap stands
    for event in ranked[cap + 1 :]:
        event.score = events.KEEP / 2
    assert len(events.select(ranked)) == cap


def _vell_bridge_reports() -> tuple[Document, Document]:
    """A wire's and a paper's report of a ship striking a bridge, for the openings' tests."""
    wire = analysed(
        "A cargo ship lost power and drifted onto the Vell Bridge over the Ross estuary on "
        "Tuesday night, closing the crossing to traffic.\n"
        "Engineers inspected the bridge's central pier on Wednesday and found cracks in two "
        "bearings.\n"
        "The ship's owner, Ardent Lines, said its crew of 14 was unhurt.",
        date(2025, 11, 12),
        "wire.txt",
        title="Ship hits Vell Bridge, crossing closed",
    )
    paper = analysed(
        "The Vell Bridge stays closed after a cargo ship struck it on Tuesday night.\n"
        "Engineers found cracks in two bearings of the central pier on Wednesday, the roads "
        "agency said.\n"
        "Commuters face a 40-mile detour through Marden.",
        date(2025, 11, 12),
        "paper.txt",
        title="Vell Bridge shut after collision",
    )
    return wire, paper


def test_what_an_article_opens_with_is_on_the_timeline_though_one_source_tells_it() -> None:
    wire, paper = _vell_bridge_reports()
    radio = analysed(
        "Ferry operators added six extra crossings of the Ross estuary for stranded "
        "commuters.\n"
        "The Vell Bridge was hit by the drifting freighter late on Tuesday.\n"
        "Ticket queues at the Marden pier stretched for an hour.",
        date(2025, 11, 13),
        "radio.txt",
        title="Ferries step in as Vell Bridge stays shut",
    )
    summaries = [e.summary for e in timeline(wire, paper, radio)]
    # the radio's opening, told by no other outlet, is its news; its detail further down,
    # and the wire's about the crew, are not
    assert any(s.startswith("Ferry operators added six extra crossings") for s in summaries)
    assert not any("Ticket queues" in s or "crew of 14" in s for s in summaries)
    assert any(s.startswith("A cargo ship lost power") for s in summaries)
    assert any(s.startswith("Engineers") for s in summaries)


@pytest.mark.parametrize(
    ("opening", "kept"),
    [
        ("Ferry operators added six extra crossings of the Ross estuary for stranded "
         "commuters.", True),
        ("Ferry operators added six extra crossings of the Ross estuary, and my family "
         "took one of them.", False),
    ],
)  # fmt: skip
def test_a_column_opening_on_its_writer_is_not_news_for_opening_a_page(
    opening: str, kept: bool
) -> None:
    wire, paper = _vell_bridge_reports()
    column = analysed(
        f"{opening}\nThe Vell Bridge was hit by the drifting freighter late on Tuesday.\n"
        "Ticket queues at the Marden pier stretched for an hour.",
        date(2025, 11, 13),
        "column.txt",
        title="Ferries step in as Vell Bridge stays shut",
    )
    summaries = [e.summary for e in timeline(wire, paper, column)]
    assert (opening in summaries) is kept


_STANDING = (
    "One of those groups, the Kessel Ridge militia, is active in three border provinces and "
    "is looking to expand south towards the coast."
)
_DONE_BY_NOW = (
    "One of those groups, the Kessel Ridge militia, has for the first time seized a border "
    "province and is looking to expand south towards the coast."
)


@pytest.mark.parametrize(
    ("context", "days_apart", "shown"),
    [(_STANDING, 1, True), (_STANDING, 30, False), (_DONE_BY_NOW, 30, True)],
)
def test_a_line_of_standing_context_copy_repeats_weeks_apart_is_no_entry(
    context: str, days_apart: int, shown: bool
) -> None:
    """Three outlets print one undated line of context telling no happening. Printed on
    days close together, it may be that news day's; printed a month apart, it is what stays
    true, not news of the day the first of them printed it. A happening told in the present
    perfect is news however long it stays true."""
    reports = [
        ("Government troops retook the Dorn border crossing from the Kessel Ridge militia on "
         "Monday, the defence ministry said.",
         "Two soldiers were wounded in the fighting at Dorn, officials said."),
        ("The army said on Tuesday it had cleared the last militia positions around the Dorn "
         "crossing.",
         "Engineers began clearing mines from the road to Dorn."),
        ("The Kessel Ridge militia freed 40 hostages it had held near Varn on Friday, the "
         "interior ministry said.",
         "The hostages were flown to the capital by helicopter."),
    ]  # fmt: skip
    documents = [
        analysed(
            f"{news}\n{detail}\n{context}",
            date(2025, 6, 3) + timedelta(days=days_apart * (i // 2)),
            f"militia-{i}.txt",
            outlet=f"Outlet {i}",
            title="Kessel Ridge militia loses Dorn crossing",
        )
        for i, (news, detail) in enumerate(reports)
    ]
    summaries = [e.summary for e in timeline(*documents)]
    assert any(s.startswith("Government troops retook") for s in summaries)
    assert (context in summaries) is shown


@pytest.mark.parametrize(
    "credit",
    ["According to the Meridian Press news agency:", "The wire service Meridian Press reported:"],
)
def test_an_event_is_told_by_the_plain_copy_not_one_credited_before_a_colon(credit: str) -> None:
    passage = (
        "Cranes stood idle at all six of Arvenia's commercial harbours on Tuesday as dockers "
        "began a national strike over automation and pay."
    )
    paper = analysed(
        f"{credit} {passage}\nFreight forwarders said rerouted containers would be late.",
        date(2025, 10, 14),
        "paper.txt",
        outlet="Financial Observer",
    )
    wire = analysed(
        f"{passage}\nPort authorities said more than 300 cargo ships were waiting offshore.",
        date(2025, 10, 15),
        "wire.txt",
        outlet="Meridian Press",
    )
    entry = next(e for e in timeline(paper, wire) if passage in e.summary)
    assert entry.summary == passage
    assert any(credit in e.sentence for e in entry.evidence)  # the credited copy still cited


def test_a_chronology_line_of_the_storys_own_news_counts_as_an_articles_opening() -> None:
    wire = analysed(
        "Rebel troops entered the port city of Varna on Saturday after government forces "
        "withdrew overnight.\n"
        "Residents said shops stayed shut and the harbour was empty.\n"
        "Here is a chronology of the conflict:\n"
        "March 2 - Protesters occupy the main square of the capital, Osk.\n"
        "June 12 - Rebels seize the coastal road south of Varna.\n"
        "June 13 - Army engineers blow up the Kel bridge over the Dara river.\n"
        "June 14 - Rebel troops enter Varna.",
        date(2025, 6, 15),
        "wire.txt",
    )
    paper = analysed(
        "Rebel fighters marched into Varna on Saturday, a day after the army pulled out.\n"
        "Aid groups warned of food shortages in the city.",
        date(2025, 6, 15),
        "paper.txt",
    )
    found = events.story_events([wire, paper])
    for event in found:  # every event likely, none likely enough to pass on its own
        event.score = events.KEEP * (events.OPENING + 1) / 2
    # what the kept events tell (the encoder, when installed, joins the two leads)
    chosen = [r.sentence.text for e in events.select(found) for r in e.reports]
    # a chronology's line is an editor's list of key events: the one of the story's own
    # days is kept like what an article opens with; the one of March is a cause, and the
    # warning told further down is neither
    assert any(t.startswith("June 13 - Army engineers") for t in chosen)
    assert any(t.startswith("Rebel fighters marched") for t in chosen)
    assert not any(t.startswith(("March 2", "Aid groups", "Residents")) for t in chosen)


def test_a_sentence_opening_with_its_date_is_dated() -> None:
    doc = analysed(
        "Yesterday the Tolvey road bridge reopened after six weeks of repairs, the county said.",
        date(2025, 5, 8),
        "bridge.txt",
    )
    [report] = events.reports_of(doc, None)
    assert (report.date, report.expression) == ("2025-05-07", "Yesterday")


def test_max_dates_and_per_date_bound_the_timeline() -> None:
    """Three happenings over two days: the handover and a wreck on Monday June 2, a
    council vote on Wednesday June 4."""
    handover = analysed(
        "The Harbour Board handed over the old ferry terminal at Kessock to the city council "
        "on Monday, ending forty years of port use.",
        date(2025, 6, 3),
        "a.txt",
    )
    wreck = analysed(
        "Divers found a second wreck off Kessock on Monday, the coastguard said.",
        date(2025, 6, 3),
        "c.txt",
    )
    vote = analysed(
        "Kessock city council voted on Wednesday to turn the old ferry terminal into a "
        "market hall.",
        date(2025, 6, 5),
        "d.txt",
    )
    everything = timeline(handover, wreck, vote, max_dates=5)
    assert sorted(e.date for e in everything) == ["2025-06-02", "2025-06-02", "2025-06-04"]
    one_day = timeline(handover, wreck, vote, max_dates=1)
    assert len({e.date for e in one_day}) == 1
    one_each = timeline(handover, wreck, vote, max_dates=5, per_date=1)
    assert sorted(e.date for e in one_each) == ["2025-06-02", "2025-06-04"]


def test_page_furniture_is_never_an_entry() -> None:
    doc = analysed(
        "Hide Caption 5 of 25 Photos: Firefighters at the scene of the blaze in Aldergate.\n"
        "FILE - In this Monday, May 5, 2025 file photo, smoke rises over Aldergate.\n"
        "This material may not be published, broadcast, rewritten or redistributed.\n"
        "The mill's owners did not immediately respond to a request for comment.\n"
        "Smoke rises over the mill in this undated photo released by the county.\n"
        "The mill's chimney is seen from the Aldergate bridge.\n"
        "Firefighters spray water on the mill in Aldergate, Westmere May 5, 2025.\n"
        "A fire destroyed the old paper mill in Aldergate on Monday, forcing two hundred "
        "people from nearby homes.\n"
        "The mill is seen as the town's landmark.",
        date(2025, 5, 6),
        "mill.txt",
    )
    reports = events.reports_of(doc, None)
    assert [r.sentence.text[:6] for r in reports] == ["A fire", "The mi"]


def test_a_broadcast_transcript_gives_its_news_lines_without_labels_or_host_patter() -> None:
    """A news show's transcript: the anchor's greetings, self-introduction and sign-off, a
    segment's heading and the pointer to the video are never entries; a line of news keeps
    its words with the speaker label and the stage direction in front of it cut off, as a
    verbatim span of the transcript."""
    doc = analysed(
        "MARA QUILL, HARBOUR NEWS ANCHOR: Hi there, and thank you for joining us today!\n"
        "I'm Mara Quill, bringing you ten minutes of headlines from the coast.\n"
        "If you were with us last week, it's good to have you back on the programme.\n"
        "First Up: Flooding in Aldergate QUILL: First up today, two very different accounts "
        "of the flood in Aldergate.\n"
        "QUILL: The river Wendle burst its banks in Aldergate on Monday, flooding two hundred "
        "homes.\n"
        "(BEGIN VIDEOTAPE) TOM ASHER, HARBOUR NEWS CORRESPONDENT: Rescue crews pulled a "
        "family of four from a roof in Aldergate on Monday night.\n"
        "(END VIDEOTAPE)\n"
        "You can see some of the damage the water did to the town in this video.\n"
        "QUILL: That is all for today, and we will see you tomorrow.",
        date(2025, 5, 6),
        "transcript.txt",
    )
    reports = events.reports_of(doc, None)
    assert [r.sentence.text for r in reports] == [
        "The river Wendle burst its banks in Aldergate on Monday, flooding two hundred homes.",
        "Rescue crews pulled a family of four from a roof in Aldergate on Monday night.",
    ]
    for report in reports:
        sentence = report.sentence
        assert doc.article.text[sentence.start : sentence.end] == sentence.text
    assert [r.date for r in reports] == ["2025-05-05", "2025-05-05"]


def test_a_caption_that_only_names_someone_is_never_an_entry() -> None:
    """A name and what the person is, with no verb, is a photo caption; the same person
    telling something, a name opening a sentence of news, a headline with its verb and a
    short quote all stay."""
    doc = analysed(
        "Dana Whitcombe, the county's chief fire officer.\n"
        "Dana Whitcombe, the county's chief fire officer, said the mill fire started in the "
        "drying shed on Monday.\n"
        "Petra Vale, a spokeswoman for the mill's owners.\n"
        "In Aldergate, the fire destroyed the old paper mill on Monday.\n"
        "Mill owners, union agree to rebuild the Aldergate paper mill.\n"
        '"We will rebuild it, whatever it costs," Vale said on Tuesday.',
        date(2025, 5, 6),
        "caption.txt",
    )
    reports = events.reports_of(doc, None)
    assert [r.sentence.text[:20] for r in reports] == [
        "Dana Whitcombe, the ",
        "In Aldergate, the fi",
        "Mill owners, union a",
        '"We will rebuild it,',
    ]
    assert reports[0].sentence.text.endswith("on Monday.")


def test_texts_glued_together_by_scraping_are_never_an_entry() -> None:
    """A gallery's title glued to each caption, a sign-up box to its small print: the
    sentences run on without a full stop; names in capitals ("told The Harbour Gazette")
    and a headline's capitals in running text stay readable."""
    doc = analysed(
        "Aldergate mill fire in pictures A town landmark lost What began as a spark in the "
        "drying shed spread through the whole mill within an hour.\n"
        "Aldergate mill fire in pictures The morning after Firefighters were still damping "
        "down the ruins of the north wing on Tuesday.\n"
        "Newsletter Sign up You agree to receive occasional updates and special offers from "
        "the county paper.\n"
        "A fire destroyed the old paper mill in Aldergate on Monday, the owners told The "
        "Harbour Gazette.\n"
        "The county's fire chief called it a win Over the odds that nobody was hurt on Monday.",
        date(2025, 5, 6),
        "gallery.txt",
    )
    reports = events.reports_of(doc, None)
    assert [r.sentence.text[:10] for r in reports] == ["A fire des", "The county"]


def test_history_every_outlet_opens_with_is_background_not_timeline() -> None:
    # An anniversary: each outlet opens with the sinking of ten years before, which scores
    # as news would (several sources, in the lead, dated to its day), but lies more than a
    # year before the story: history, in the background, never on the date axis.
    docs = [
        analysed(
            f"The ferry Aster sank off Varn on March 3, 2015, killing 40 people. {extra}",
            date(2025, 3, 4),
            f"{name}.txt",
        )
        for name, extra in (
            ("a", "Relatives laid wreaths at the harbour on Monday."),
            ("b", "On Monday, relatives laid wreaths at Varn harbour."),
            ("c", "Wreaths were laid by relatives at the harbour on Monday."),
        )
    ]
    found, background = events.build(events.story_events(docs))
    assert [e.date for e in found] == ["2025-03-03"]
    assert "2015-03-03" in {e.date for e in background}
    asked, _ = events.build(events.story_events(docs), max_dates=5)  # nor when asked for more
    assert [e.date for e in asked] == ["2025-03-03"]


def test_earlier_incidents_are_background_not_timeline() -> None:
    news = [
        analysed(
            f"A gunman opened fire at a shopping centre in Marlow Heath on Sunday, killing "
            f"five people, police said. {extra}",
            day,
            f"{name}.txt",
        )
        for name, day, extra in (
            ("a", date(2025, 4, 7), "Officers shot the attacker dead at the scene."),
            ("b", date(2025, 4, 7), "The gunman was shot dead by officers at the scene."),
            ("c", date(2025, 4, 8), "The attacker was shot by police officers at the scene."),
        )
    ]
    history = analysed(
        "The gunman, named by police as Dale Rusk, 34, opened fire at the Marlow Heath "
        "shopping centre on Sunday, killing five.\n"
        "Rusk was convicted of assault in 2009 and served two years in prison.\n"
        "In 1996, a gunman killed sixteen people at a school in the same county.\n"
        "Rusk's father ran a hardware shop in the town until it closed in 1985.",
        date(2025, 4, 8),
        "d.txt",
    )
    found, background = events.build(events.story_events([*news, history]))
    assert found and all(e.date >= "2025-04" for e in found)
    assert any(e.date == "2025-04-06" for e in found)
    assert {e.date for e in background} <= {"2009", "1996", "1985"}
    assert "1996" in {e.date for e in background}


def test_since_and_until_filter_entries_without_changing_them() -> None:
    docs = [
        analysed(
            "Talks on the Brannock water treaty opened in Lisvane on Monday.\n"
            "Negotiators agreed a draft text on Thursday after four days of meetings.",
            date(2025, 9, 12),
            "talks.txt",
        ),
        analysed(
            "The Brannock water treaty was signed in Lisvane on Tuesday by both ministers.",
            date(2025, 9, 17),
            "signed.txt",
        ),
    ]
    everything = timeline(*docs, max_dates=10)
    later = timeline(*docs, max_dates=10, since=date(2025, 9, 11))
    assert later == [e for e in everything if e.date >= "2025-09-11"]
    assert len(later) < len(everything)


def test_several_events_on_one_busy_day() -> None:
    doc = analysed(
        "The death toll from Sunday's bombing at the Varn station rose to 31 on Monday.\n"
        "President Alda Reyes addressed the nation on Monday evening and declared three "
        "days of mourning.\n"
        "Police named the suspected bomber on Monday and searched his flat in the Ost "
        "district.",
        date(2025, 2, 11),
        "varn.txt",
    )
    on_monday = [e for e in timeline(doc, max_dates=5) if e.date == "2025-02-10"]
    assert len(on_monday) == 3


def article(name: str, text: str, published: date) -> Article:
    return Article.from_text(text, name, published=published)


def shooting_reports() -> list[Article]:
    """Two outlets' reports of a shooting, published the day after it (a Monday)."""
    return [
        article(name, text, date(2025, 3, 10))
        for name, text in (
            ("a.txt", "A gunman killed five people at the Marlow Heath shopping centre on "
                      "Sunday, police said."),
            ("b.txt", "Five people were shot dead at a shopping centre in Marlow Heath on "
                      "Sunday."),
        )
    ]  # fmt: skip


def beside_the_shooting(name: str, text: str, published: date) -> tuple[Article, Result]:
    """``text`` published as ``name`` beside the two shooting reports, through the whole
    pipeline: the article as the pipeline dated it, and the pipeline's result."""
    result = pipeline.run(
        [*shooting_reports(), article(name, text, published)],
        pipeline.TimelineOptions(max_dates=5),
    )
    return next(a for a in result.articles if a.origin == name), result


def test_a_crawl_date_the_text_and_story_contradict_is_replaced_and_kept() -> None:
    crawled, result = beside_the_shooting(
        "crawled.txt",
        "Police in Marlow Heath said on Monday, March 10, that they had named the gunman "
        "who killed five people at a shopping centre on Sunday. Officers searched his "
        "flat on Monday afternoon.",
        date(2025, 4, 21),  # the day a crawler saved the page
    )
    assert crawled.published == date(2025, 3, 10)
    assert crawled.published_given == date(2025, 4, 21) and crawled.published_inferred
    # "on Monday" is resolved against the text's date, not the crawl date
    [found] = result.stories
    assert not any(e.date.startswith("2025-04") for e in found.timeline)
    assert any(e.date == "2025-03-10" and "searched his flat" in e.summary for e in found.timeline)
    # the other articles keep the dates they were given
    assert {a.published for a in result.articles if a.origin != "crawled.txt"} == {
        date(2025, 3, 10)
    }


def test_a_crawled_page_that_names_only_weekdays_takes_its_day_from_the_story() -> None:
    # No date in full: "Sunday" and "Monday" place the page in the week the story's other
    # articles were printed, not in the week a crawler saved it.
    crawled, result = beside_the_shooting(
        "weekdays.txt",
        "Police in Marlow Heath named the gunman on Monday. He killed five people at a "
        "shopping centre on Sunday, officers said.",
        date(2025, 4, 21),
    )
    assert (crawled.published, crawled.published_given) == (date(2025, 3, 10), date(2025, 4, 21))
    [found] = result.stories
    assert not any(e.date.startswith("2025-04") for e in found.timeline)


def test_pages_a_crawler_stamped_with_one_date_do_not_vouch_for_each_other() -> None:
    crawl_day = date(2025, 4, 21)
    story = [
        *shooting_reports(),
        article(
            "crawled-1.txt",
            "Police in Marlow Heath said on Monday, March 10, that they had named the gunman "
            "who killed five people at a shopping centre on Sunday.",
            crawl_day,
        ),
        article(
            "crawled-2.txt",
            "Officers searched the flat of the Marlow Heath gunman on Monday, March 10. He "
            "killed five people at a shopping centre on Sunday, police said on Monday.",
            crawl_day,
        ),
    ]
    result = pipeline.run(story, pipeline.TimelineOptions(max_dates=5))
    crawled = {a.origin: a for a in result.articles if a.origin.startswith("crawled")}
    assert {a.published for a in crawled.values()} == {date(2025, 3, 10)}
    assert {a.published_given for a in crawled.values()} == {crawl_day}


def test_a_page_updated_under_its_first_date_takes_the_day_its_lead_tells() -> None:
    # First posted on the Sunday of the shooting, updated on Monday: "on Monday" in the lead is
    # the next day, not the Monday six days before the page's date. The caption above the
    # lead is not the lead.
    updated, result = beside_the_shooting(
        "updated.txt",
        "This photo released by Marlow Heath police shows the shopping centre, Sunday, "
        "March 9, 2025.\n"
        "Police in Marlow Heath named the gunman on Monday and searched his flat. He killed "
        "five people at a shopping centre on Sunday, officers said.",
        date(2025, 3, 9),
    )
    assert (updated.published, updated.published_given) == (date(2025, 3, 10), date(2025, 3, 9))
    [found] = result.stories
    assert not any(e.date == "2025-03-03" for e in found.timeline)
    assert any(e.date == "2025-03-10" and "named the gunman" in e.summary for e in found.timeline)


@pytest.mark.parametrize(
    "lead",
    [
        "Police in Marlow Heath named the gunman on Friday.",  # two days back: news as printed
        "Police in Marlow Heath named the gunman on Monday, March 3.",  # the week is written
    ],
)
def test_a_lead_told_as_printed_keeps_the_page_date(lead: str) -> None:
    kept, _result = beside_the_shooting(
        "page.txt", lead + " He killed five people on Sunday.", date(2025, 3, 9)
    )
    assert (kept.published, kept.published_given) == (date(2025, 3, 9), None)


def test_a_late_follow_up_keeps_its_date() -> None:
    first = Article.from_text(
        "The Brannock water treaty was signed in Lisvane on Tuesday by both ministers.",
        "signed.txt",
        published=date(2025, 9, 17),
    )
    later = Article.from_text(
        "Parliament ratified the Brannock water treaty on Thursday, two months after it was "
        "signed in Lisvane.",
        "ratified.txt",
        published=date(2025, 11, 21),
    )
    result = pipeline.run([first, later])
    assert {a.origin: a.published for a in result.articles}["ratified.txt"] == date(2025, 11, 21)
    assert all(a.published_given is None for a in result.articles)


def test_an_undated_sentence_tells_the_day_its_lead_dates() -> None:
    # Printed on Tuesday about Monday: the day of the article's news is Monday.
    doc = analysed(
        "A storm flooded the low streets of Carrow on Monday, the council said.\n"
        "Dozens of homes lost power and the coast road was closed.",
        date(2025, 1, 14),
        "storm.txt",
    )
    [undated] = [e for e in events.story_events([doc]) if "lost power" in e.summary.sentence.text]
    assert (undated.date, undated.approximate) == ("2025-01-13", True)


def test_an_undated_sentence_tells_the_latest_day_its_lead_dates() -> None:
    # Printed on Monday: the lead tells Saturday's work and Sunday's all-clear, so the news
    # of the page, and the return it tells without a date, are Sunday's.
    doc = analysed(
        "Engineers began lowering the Brask reservoir on Saturday.\n"
        "The dam's operator said on Sunday the spillway was safe again.\n"
        "Hundreds of evacuated residents returned to their homes in the valley.",
        date(2025, 5, 12),
        "brask.txt",
    )
    assert events.news_day(events.reports_of(doc, None)) == date(2025, 5, 11)
    [returned] = [e for e in events.story_events([doc]) if "returned" in e.summary.sentence.text]
    assert (returned.date, returned.approximate) == ("2025-05-11", True)


def test_news_from_a_time_zone_ahead_may_be_dated_the_day_after_publication() -> None:
    # Printed in the evening of Dec. 31 about a speech given where it was already Jan. 1.
    doc = analysed(
        "Leader Arvo Tamm offered talks to the neighbouring republic in his New Year's Day "
        "speech, state media reported.\n"
        "Ministers meet on New Year's Day to set the budget.",
        date(2025, 12, 31),
        "speech.txt",
    )
    dates = {e.summary.sentence.text[:9]: e.date for e in events.story_events([doc])}
    assert dates["Leader Ar"] == "2026-01-01"
    assert dates["Ministers"] == "2025-12-31"  # a plan keeps the day it was printed


def test_a_state_or_a_plan_is_not_told_as_a_happening() -> None:
    eventive = events._eventive
    assert eventive("The withdrawal was carried out in phases.")
    assert eventive("Police have arrested two men.")
    assert not eventive("The savanna, found south of the desert, is where groups linked to it live")
    assert not eventive("Two of the boosters are recycled.")
    assert not eventive("The rocket will be launched from pad 39A.")
    # a past form after a determiner is an adjective: no verb of the sentence
    assert not eventive("A badly wounded man lies in the street.")
    assert not eventive("The so-called rebels hold the town.")
    # but not after a noun ending in "ly", nor after a pronoun
    assert eventive("The family reported him missing.")
    assert eventive("These included two children.")
    # nor is a name ending in "ed", or a word that only looks like a past form
    assert not eventive("United Nations officials say aid is arriving.")
    assert not eventive("Mohammed Morsi leads the party.")
    assert not eventive("Crews proceed at walking speed, a hundred metres an hour.")
    assert not eventive("Officials fear bloodshed in the city.")
    assert eventive("Police arrested Ahmed on Monday.")
    # a headline in title case capitalises the short word after its verb: "Killed" is one
    assert eventive("Gunman Killed In Shootout With Police")


def test_an_adjective_before_an_appointed_day_leaves_it_the_appointments() -> None:
    """"The ringed planet" tells no past act before the day: Jan. 13 is the day the two
    planets meet, as a sky guide printed on Dec. 30 tells it."""
    doc = analysed(
        "Mercury and the ringed planet Saturn meet low in the south-east on Jan. 13.",
        date(2025, 12, 30),
        "sky.txt",
    )
    assert [e.date for e in events.story_events([doc])] == ["2026-01-13"]
    # a conjunction and a clause in the present own the day: the sentence stays a plan
    bridge = analysed(
        "Drivers must take the ferry before the bridge reopens on Jan. 13.",
        date(2025, 12, 30),
        "ferry.txt",
    )
    assert [e.date for e in events.story_events([bridge])] == ["2025-12-30"]


def test_a_storys_lead_words_are_the_share_of_its_articles_whose_leads_use_them() -> None:
    """What a story is about: words of the first sentences of two of its three articles
    ("Tolvey", "bridge") weigh two thirds; a word of one lead, or of a sentence past the
    leads, is no lead word."""
    first = analysed(
        "Engineers reopened the Tolvey road bridge on Tuesday after six weeks of repairs.\n"
        "Traffic crossed the river again within minutes of the reopening.\n"
        "Drivers sounded their horns as the first lorries rolled over the span.\n"
        "Later the county council debated its budget for bridges and tunnels.",
        date(2025, 5, 7),
        "a.txt",
    )
    second = analysed(
        "The Tolvey bridge carried traffic again on Tuesday, the county said.",
        date(2025, 5, 7),
        "b.txt",
    )
    third = analysed(
        "Commuters in Tolvey welcomed the end of a long detour on Tuesday.",
        date(2025, 5, 8),
        "c.txt",
    )
    reports = [r for d in (first, second, third) for r in events.reports_of(d, None)]
    words = events._lead_words(reports)

    def word(text: str) -> str:
        [found] = content_words(text)
        return found

    assert words[word("bridge")] == pytest.approx(2 / 3)
    assert words[word("Tolvey")] == 1.0
    for alone in ("engineers", "lorries", "budget", "commuters"):
        assert word(alone) not in words, alone


def test_two_outlets_headlines_of_one_vote_are_one_event() -> None:
    # In a pile of two headlines every word they share is in every sentence of the story;
    # weighed by the pile alone, those words would count for nothing.
    titles = (
        "Harwick council approves new tram line to the airport",
        "Harwick councillors approve airport tram line",
    )
    docs = [
        analysed(title, date(2025, 3, 4), f"{i}.txt", title=title) for i, title in enumerate(titles)
    ]
    (vote,) = timeline(*docs)
    assert vote.date == "2025-03-04" and vote.independent_sources == 2


def test_a_pile_of_headlines_has_one_entry_per_happening_on_its_day(tmp_path: Path) -> None:
    """Feed items that are only a headline have no full stop and are written in the
    present ("Council approves ..."), as no sentence of an article is: each is still its
    article's news, on its day. Two outlets' headlines of one vote are one entry backed by
    two sources; two days later, a headline on the same line is an entry of its own."""
    items = [
        ("Harwick council approves new tram line to the airport", "2025-03-04", "Harwick Post"),
        ("Harwick councillors approve airport tram line", "2025-03-04", "Metro Wire"),
        ("Harwick council approves tram line budget", "2025-03-06", "Harwick Post"),
    ]
    pile = tmp_path / "feed.jsonl"
    pile.write_text(
        "".join(
            json.dumps({"title": title, "published": day, "outlet": outlet}) + "\n"
            for title, day, outlet in items
        ),
        encoding="utf-8",
    )
    done = run_storyline("timeline", str(pile), "--format", "json", "--db", str(tmp_path / "s.db"))
    assert done.returncode == 0, done.stderr
    (story,) = json.loads(done.stdout)["stories"]
    entries = [(e["date"], e["independent_sources"]) for e in story["timeline"]]
    assert entries == [("2025-03-04", 2), ("2025-03-06", 1)]


def test_two_reports_of_one_outlet_are_one_source(tmp_path: Path) -> None:
    """Two Harwick Post reports and a Metro Wire report of one landslide, each in its own
    words: a reader sees two newsrooms, not three, behind the entry."""
    items = [
        (
            "A landslide closed the coast road north of Harwick on Tuesday, burying two "
            "parked cars. Council crews expect to clear the road within a week.",
            "Harwick Post",
        ),
        (
            "Residents of Selby Cove were cut off after a landslide buried the Harwick coast "
            "road on Tuesday. The council opened the school hall for those who could not get "
            "home.",
            "Harwick Post",
        ),
        (
            "Tonnes of earth slid onto the Harwick coast road on Tuesday, the council said, "
            "and two cars were buried. Nobody was hurt.",
            "Metro Wire",
        ),
    ]
    pile = tmp_path / "feed.jsonl"
    pile.write_text(
        "".join(
            json.dumps({"text": text, "published": "2025-03-05", "outlet": outlet}) + "\n"
            for text, outlet in items
        ),
        encoding="utf-8",
    )
    done = run_storyline("timeline", str(pile), "--format", "json", "--db", str(tmp_path / "s.db"))
    assert done.returncode == 0, done.stderr
    (story,) = json.loads(done.stdout)["stories"]
    slide = [e for e in story["timeline"] if "slid" in e["summary"]]
    assert [(e["date"], e["independent_sources"]) for e in slide] == [("2025-03-04", 2)]


def test_a_wire_story_is_the_wire_s_whichever_paper_prints_it() -> None:
    def article(name: str, outlet: str | None = None, wire: str | None = None) -> Article:
        return Article(id=name, origin=f"{name}.txt", text="", outlet=outlet, wire=wire)

    articles = [
        article("post-ap", "Harwick Post", "AP"),
        article("metro-ap", "Metro Wire", "AP"),
        article("post-own", "Harwick Post"),
        article("bare"),
        article("bare-copy"),
    ]
    provenance = Provenance(
        duplicate_of={"bare-copy": "bare"}, outlet_of=dedup.outlet_keys(articles)
    )
    line = "The coast road reopened."
    key = {a.id: provenance.outlet_key(provenance.source_key(a.id, line)) for a in articles}
    assert key["post-ap"] == key["metro-ap"] != key["post-own"]
    # neither outlet nor wire: a source of its own, which its copy shares
    assert key["bare"] == key["bare-copy"] == "bare"
    assert provenance.source_key("post-ap", "The coast road reopened.") == "post-ap"


def test_a_single_headline_is_a_timeline_of_one_entry(tmp_path: Path) -> None:
    pile = tmp_path / "item.jsonl"
    item = {"title": "Valmore dockers end strike after pay deal", "published": "2025-10-24"}
    pile.write_text(json.dumps(item) + "\n", encoding="utf-8")
    done = run_storyline("timeline", str(pile), "--format", "json", "--db", str(tmp_path / "s.db"))
    assert done.returncode == 0, done.stderr
    (story,) = json.loads(done.stdout)["stories"]
    assert [(e["date"], e["summary"]) for e in story["timeline"]] == [
        ("2025-10-24", "Valmore dockers end strike after pay deal")
    ]


def test_a_page_stamp_cut_off_the_lead_does_not_date_it() -> None:
    # The stamp before the lead tells when the page changed; the lead tells Monday's verdict.
    page = analysed(
        "Page last updated at 08:14 GMT , Tuesday , 6 March 2012 A jury in Orvane found the "
        "ferry company guilty of negligence on Monday .\n"
        "The company said it would appeal .",
        date(2012, 3, 6),
        "page.txt",
    )
    verdict = next(e for e in timeline(page) if "guilty" in e.summary)
    assert verdict.summary.startswith("A jury in Orvane")
    assert verdict.date == "2012-03-05"


@pytest.mark.parametrize(
    ("head", "day"),
    [
        # written in the small hours of Wednesday, the page tells Tuesday evening's verdict;
        # a page stamped that afternoon tells Wednesday's
        ("Page last updated at 06:42 GMT , Wednesday , 14 March 2012 ", "2012-03-13"),
        ("HALDEN | Wed Mar 14 , 2012 1:05 am BST ", "2012-03-13"),
        ("Page last updated at 15:42 GMT , Wednesday , 14 March 2012 ", "2012-03-14"),
        # the clock of another place, on another day than the page's
        ("-LRB- Updated : 2:10 a.m. Thursday , Halden time -RRB- ", "2012-03-14"),
        # filed on the 13th, printed on the 14th: the undated lead tells the 13th's news
        ("HALDEN, March 13 (Xinhua) --\n\n", "2012-03-13"),
        ("HALDEN, March 13 (Xinhua) -- ", "2012-03-13"),
        ("HALDEN, 13.03.2012 (Xinhua) -- ", "2012-03-13"),
        # a dateline without a date, and one far from the page's date, leave it alone
        ("HALDEN (Meridian Press) — ", "2012-03-14"),
        ("HALDEN, January 2 (Xinhua) --\n\n", "2012-03-14"),
    ],
)
def test_the_head_of_a_page_tells_which_day_its_undated_lead_is_of(head: str, day: str) -> None:
    page = analysed(
        f"{head}A jury in Halden found the dam's builder guilty of negligence .\n"
        "Relatives of the flood's victims cheered outside the courthouse .",
        date(2012, 3, 14),
        "dam.txt",
    )
    found = events.story_events([page])
    assert {e.date for e in found} == {day}
    assert all(e.approximate for e in found)


def test_a_clock_time_the_lead_gives_is_no_page_stamp() -> None:
    # The small hours are when the dam gave way, not when the page was written.
    page = analysed(
        "Emergency crews were called to the Halden dam at 2.15am as water poured over its "
        "wall .\n"
        "Hundreds of people left their homes in the valley below .",
        date(2012, 3, 14),
        "dam.txt",
    )
    assert {e.date for e in events.story_events([page])} == {"2012-03-14"}


@pytest.mark.parametrize("plan", ["is expected to meet", "is also expected to meet"])
def test_a_plan_told_the_day_before_does_not_date_the_happening(plan: str) -> None:
    # Monday's page tells the meeting as a plan, Tuesday's as done; neither gives a date,
    # so the meeting is of Tuesday's news, not of the day it was only expected.
    monday = analysed(
        "Fishing crews blockaded the port of Osterby over new catch quotas.\n"
        f"Envoy Mara Tellis {plan} President Jon Halvard in Osterby for talks on the "
        "quota dispute.",
        date(2025, 7, 14),
        "plan.txt",
    )
    tuesday = analysed(
        "Envoy Mara Tellis has held talks with President Jon Halvard in Osterby on the quota "
        "dispute.\n"
        "Crews lifted part of the blockade to let a ferry leave.",
        date(2025, 7, 15),
        "done.txt",
    )
    [meeting] = [
        e for e in events.story_events([monday, tuesday]) if "Tellis" in e.summary.sentence.text
    ]
    assert len(meeting.reports) == 2  # the plan and the meeting are one event
    assert (meeting.date, meeting.approximate) == ("2025-07-15", True)


def test_a_promotion_for_another_page_above_a_long_article_is_no_report() -> None:
    # Scraping kept the site's plug for another story above the article: none of its words
    # come back on the page, so it is no news of this story, nor its figure a toll.
    promo = (
        "Watch our reporter follow the manhunt for a gunman accused of shooting three "
        "people in Orvane."
    )
    page = analysed("\n".join([promo, *HARBOUR_PAGE]), date(2025, 6, 3), "velm-pier.txt")
    texts = [r.sentence.text for r in events.reports_of(page, None)]
    assert promo not in texts
    assert texts[0].startswith("The harbour authority in Velm closed")
    # the page's own lead, its words told again below it, stays, as does a short item's
    short = analysed("\n".join([promo, *HARBOUR_PAGE[:4]]), date(2025, 6, 3), "short.txt")
    assert promo in [r.sentence.text for r in events.reports_of(short, None)]
    # a long page that says little below its opening (one line repeated) cannot show it
    # is foreign to the page
    bare = analysed("\n".join([promo, *["Crews kept searching the quay."] * 12]), None, "bare.txt")
    assert promo in [r.sentence.text for r in events.reports_of(bare, None)]


def test_a_statement_dated_by_its_saying_is_that_day_s_news_not_the_happening_s() -> None:
    # Monday's finding is the investigators' news of Monday; worded only partly like
    # Sunday's crash, it is not folded into the crash and dated Sunday.
    crash = analysed(
        "A small plane crashed in the hills above Varna on Sunday, killing all 12 people "
        "aboard.\n"
        "The plane had taken off from Lisk Airfield shortly before noon.\n"
        "Rescuers reached the wreck by nightfall.",
        date(2025, 3, 2),
        "a.txt",
    )
    finding = analysed(
        "Investigators said Monday that strong winds most likely caused the small plane to "
        "crash in the hills above Varna.\n"
        "The inquiry will take several months.",
        date(2025, 3, 4),
        "b.txt",
    )
    found = events.story_events([crash, finding])
    said, sentences = told_with(found, "Investigators said Monday")
    assert said.date == "2025-03-03"
    assert not any("crashed in the hills" in s for s in sentences)


_TOLD_AFTER_A_PRONOUN = (
    "Marta Olsen, the Port Aldery harbour master, met reporters on the quay.\n"
    "She said the safety board is investigating the Kestrel Air crash at the harbour."
)


def test_an_entry_shows_a_telling_that_names_its_subject_over_one_opening_on_a_pronoun() -> None:
    # The first paper tells the inquiry in a line that opens on "She", naming the harbour
    # master only in the line before it, which the entry does not show; the second paper
    # tells it naming her. The entry shows the second, and keeps both as its evidence.
    first = analysed(_TOLD_AFTER_A_PRONOUN, date(2025, 3, 10), "a.txt")
    second = analysed(
        "The safety board is investigating the Kestrel Air crash at the harbour, harbour "
        "master Marta Olsen said.",
        date(2025, 3, 11),
        "b.txt",
    )
    found = events.story_events([first, second])
    inquiry, told = told_with(found, "investigating")
    assert len(told) == 2
    assert inquiry.summary.sentence.text.startswith("She said")  # the most typical telling
    shown = events.entry(inquiry)
    assert shown.summary.startswith("The safety board is investigating")
    assert shown.evidence[0].sentence == shown.summary
    assert {ev.sentence for ev in shown.evidence} == set(told)


def test_an_entry_keeps_its_typical_telling_over_one_that_tells_less() -> None:
    # The named line must tell what the pronoun's line tells, on its day: an undated
    # possibility, a detail sharing two words and the day, a quotation, or one printed
    # without its marks is no better summary. A demonstrative opening a noun ("This
    # bridge") needs no line before it.
    first = analysed(
        "Olsen met reporters on the quay at Port Aldery.\n"
        "He was charged on Thursday with leaking the harbour board's tender documents.",
        date(2025, 3, 14),
        "a.txt",
    )
    second = analysed(
        "Prosecutors said Olsen could be charged with leaking the harbour board's tender "
        "documents.",
        date(2025, 3, 15),
        "b.txt",
    )
    charged, told = told_with(events.story_events([first, second]), "He was charged")
    assert len(told) == 2 and charged.summary.sentence.text.startswith("He was charged")
    assert events.entry(charged).summary.startswith("He was charged")
    that_bridge = (
        "This bridge reopened to traffic on Thursday after a week of repairs in Port Aldery."
    )
    third = analysed(that_bridge, date(2025, 3, 14), "c.txt")
    reprinted = analysed(
        that_bridge + "\nWardens waved the first lorries across.", date(2025, 3, 14), "c2.txt"
    )
    fourth = analysed(
        "The Port Aldery bridge reopened to traffic on Thursday after a week of repairs, "
        "the council's roads officer told a meeting of shopkeepers.",
        date(2025, 3, 15),
        "d.txt",
    )
    bridge, told = told_with(events.story_events([third, reprinted, fourth]), "reopened")
    assert len(told) == 3 and bridge.summary.sentence.text.startswith("This bridge")
    assert events.entry(bridge).summary.startswith("This bridge")
    unmarked = analysed(
        "As far as the safety board goes, we are investigating the Kestrel Air crash at the "
        "harbour, harbour master Marta Olsen said.",
        date(2025, 3, 11),
        "e.txt",
    )
    pronoun = analysed(_TOLD_AFTER_A_PRONOUN, date(2025, 3, 10), "f.txt")
    inquiry, told = told_with(events.story_events([pronoun, unmarked]), "investigating")
    assert len(told) == 2
    assert events.entry(inquiry).summary.startswith("She said")
    recovered = analysed(
        "Marta Olsen met reporters on the quay at Port Aldery.\n"
        "She said divers recovered the flight recorder of the Kestrel Air plane on Thursday.",
        date(2025, 3, 14),
        "g.txt",
    )
    flown = analysed(
        "The flight recorder was flown to Paris on Thursday.", date(2025, 3, 15), "h.txt"
    )
    recorder, told = told_with(events.story_events([recovered, flown]), "recorder")
    assert len(told) == 2 and recorder.summary.sentence.text.startswith("She said")
    assert events.entry(recorder).summary.startswith("She said")
    quoted = analysed(
        '"The safety board is investigating the Kestrel Air crash at the harbour," Olsen '
        "told reporters.",
        date(2025, 3, 11),
        "i.txt",
    )
    inquiry, told = told_with(events.story_events([pronoun, quoted]), "investigating")
    assert len(told) == 2
    assert events.entry(inquiry).summary.startswith("She said")


def test_a_day_that_names_the_subject_of_a_present_perfect_dates_nothing() -> None:
    """A Friday follow-up (15 January 2027) on a storm that struck on Tuesday: "Tuesday's
    storm has left 40 people dead" tells the toll as it stands on the day of the report, so
    its day is the storm's, mentioned in passing, and the lead, undated, is news of the
    page's day. The day stays the clause's where it is no subject of a present perfect:
    "Tuesday's storm killed 12 fishermen", a relative clause's perfect, a verb between the
    day and the perfect, a day that owns no noun."""
    doc = analysed(
        "Tuesday's storm has left 40 people dead across the Orla coast.\n"
        "The coastguard launched an appeal for boats to help with the search.\n"
        "Volunteers from three counties answered the call within hours.\n"
        "Tuesday's Orla gale has already killed 3 more people inland.\n"
        "Tuesday's storm killed 12 fishermen off Velm.\n"
        "Tuesday's surge that has left the harbour wall in ruins also sank two trawlers.\n"
        "Tuesday's count showed support has fallen to 30 percent.\n"
        "Tuesday's poll shows support has fallen to 30 percent.\n"
        "On Tuesday the Velm council has approved a new budget for the quay.\n"
        "The Jan. 12 floods have cut the Velm road in two places.",
        date(2027, 1, 15),
        "orla-storm.txt",
    )
    days = {r.sentence.text.split()[2]: r.date for r in events.reports_of(doc, None)}
    assert days == {
        "has": None,
        "launched": None,
        "three": None,
        "gale": None,
        "killed": "2027-01-12",
        "that": "2027-01-12",
        "showed": "2027-01-12",
        "shows": "2027-01-12",
        "the": "2027-01-12",
        "12": None,
    }
    told = {e.summary.sentence.text.split()[2]: e.date for e in events.story_events([doc])}
    assert told["has"] == told["launched"] == told["gale"] == "2027-01-15"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Crews started pumping cement into the Orla well on Friday.", "2027-01-15"),
        ("Crews started pumping cement into the Orla well on Friday morning.", "2027-01-15"),
        ("Crews capped the Orla well on Friday at 9:30 a.m.", "2027-01-15"),
        ("Dockers began on Friday a week-long strike at the Orla terminal.", "2027-01-15"),
        ("The pumps on the Velm rig failed on Tuesday.", "2027-01-12"),
        # the text places the weekday in the week before
        ("Engineers inspected the capping stack last Friday.", "2027-01-08"),
        ("Divers checked the riser on Friday, Jan. 8.", "2027-01-08"),
        ("Divers checked the riser on Friday (January 8).", "2027-01-08"),
        ("Inspectors visited the Velm rig a week ago Friday.", "2027-01-08"),
        ("Welders repaired the derrick on Friday last week.", "2027-01-08"),
        ("Last week, on Friday, welders repaired the derrick.", "2027-01-08"),
        ("Welders repaired the derrick on Friday, a week ago.", "2027-01-08"),
        ("The well blew out on Jan. 7 and crews capped it on Friday.", "2027-01-07"),
        ("The Friday blast killed four miners at the Orla pit.", "2027-01-08"),
    ],
)
def test_a_past_weekday_six_days_back_is_the_day_after_the_page(text: str, day: str) -> None:
    """A page dated Thursday 14 January 2027 that tells what crews did on Friday was printed
    a day early (a live page begun the day before, news from a time zone ahead): the Friday
    is the one after it, not the one six days before. The week before stands where the text
    says so (a day written out, "last Friday", "a week ago Friday", "Friday last week"), where
    the day names a thing, and where the sentence writes out a day of that week; a weekday a
    few days back is untouched."""
    (report,) = events.reports_of(analysed(text, date(2027, 1, 14), "orla-well.txt"), None)
    assert report.date == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Tuesday's Saudi-led airstrikes have killed at least 40 civilians.", None),
        ("Tuesday's poll indicates support for the sea wall has fallen.", "2027-01-12"),
        ("Police say that Tuesday the gunman has killed three people.", "2027-01-12"),
        ("Tuesday's flood where rescuers have found 40 bodies was the worst.", "2027-01-12"),
    ],
)
def test_a_present_perfect_takes_the_day_only_of_its_own_subject(
    text: str, day: str | None
) -> None:
    """A day that names the subject of a present perfect is mentioned in passing, however
    its noun is built ("Saudi-led"); a verb or a relative word between the day's noun and the
    perfect ("indicates", "where"), or a day that owns no noun, leaves the day the clause's."""
    (report,) = events.reports_of(analysed(text, date(2027, 1, 15), "orla.txt"), None)
    assert report.date == day


def test_a_weekday_in_passing_or_after_a_written_out_day_keeps_its_week() -> None:
    """A weekday in a clause mentioned in passing or naming a thing stays six days back, and
    so does one after the article has written out a day of that week."""
    shut = analysed("The Orla terminal has been shut since Friday.", date(2027, 1, 14), "a.txt")
    toll = analysed("The toll from Friday's blast stands at four.", date(2027, 1, 14), "b.txt")
    for doc in (shut, toll):
        (report,) = events.reports_of(doc, None)
        assert report.date is None and report.passing == (("2027-01-08", "Friday"),)
    narrative = analysed(
        "On Monday, Jan. 4, the Orla well blew out.\nOn Friday, crews started pumping cement.",
        date(2027, 1, 14),
        "orla-narrative.txt",
    )
    assert [r.date for r in events.reports_of(narrative, None)] == ["2027-01-04", "2027-01-08"]


def test_a_live_page_is_read_down_to_its_hundredth_sentence() -> None:
    """A live page tells the day's updates far down: a vote told as its hundredth sentence
    is an event of the story, one told as its hundred and first is not read."""
    fillers = [
        f"Update {n}: crews on the Orla quay logged shipment {n} of timber." for n in range(1, 130)
    ]
    fillers[99] = "On Monday the Velm harbour board voted to close the north quay."
    fillers[100] = "On Tuesday the Velm ferry union voted to strike for a week."
    doc = analysed("\n".join(fillers), date(2027, 1, 14), "orla-live.txt")
    told = {e.summary.sentence.text for e in events.story_events([doc])}
    assert fillers[99] in told
    assert fillers[100] not in told
