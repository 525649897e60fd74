"""Classes of TIMEX3 errors found on the TempEval-3 training corpora, each pinned by a sentence
written for the test (no corpus text)."""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.timex import is_valid_value, tag, tag_with_reference

MONDAY = dt.date(2024, 9, 16)
THURSDAY = dt.date(2024, 9, 19)


def values(text: str, reference: dt.date = MONDAY) -> list[tuple[str, str]]:
    return [(e.text, e.value) for e in tag(text, reference)]


@pytest.mark.parametrize("value", ["PT30M", "PT72H", "PT45S", "PT1H30M", "P1DT12H"])
def test_durations_of_many_hours_or_minutes_are_valid(value: str) -> None:
    # The clock-time check (hour <= 24) once applied to a duration's time part too.
    assert is_valid_value(value)


def test_durations_beyond_a_day_of_hours_are_tagged() -> None:
    assert values("The strike lasted 72 hours.") == [("72 hours", "PT72H")]
    assert values("The vote took 45 minutes.") == [("45 minutes", "PT45M")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The crossing took 3 1/2 hours.", ("3 1/2 hours", "PT3H30M")),
        ("She lived abroad for 4 1/2 years.", ("4 1/2 years", "P4Y6M")),
        ("The ovation lasted a minute and a half.", ("a minute and a half", "PT1M30S")),
        ("The siege lasted three and a half years.", ("three and a half years", "P3Y6M")),
        ("The flight takes an hour and a half.", ("an hour and a half", "PT1H30M")),
    ],
)
def test_fractions_of_a_unit_are_written_in_the_next_smaller_unit(
    text: str, expected: tuple[str, str]
) -> None:
    assert values(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The quotation's own tense, not the reporting verb after it.
        ("''We will sail at 6 a.m. Wednesday,'' the captain said.", "2024-09-18T06:00"),
        ("``The ferry will dock Friday,'' officials said.", "2024-09-20"),
        # The earliest or the deferred-to point lies ahead whatever the verb's tense.
        ("The mayor could arrive as soon as Thursday, aides said.", "2024-09-19"),
        ("The hearing was postponed until Friday afternoon.", "2024-09-20"),
        ("The board extended its deadline until 5 p.m. Thursday.", "2024-09-19T17:00"),
    ],
)
def test_direction_of_weekdays_from_quotes_and_limits(text: str, expected: str) -> None:
    assert [v for _, v in values(text) if v.startswith("2024")] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A participle after "to be" that is yet to come: "is to", "expected to", a headline.
        ("The Varne bridge is to be reopened on Sunday.", "2024-09-22"),
        ("Varne harbour wall to be repaired by Saturday", "2024-09-21"),
        ("The old pier is to be permanently closed on Sunday.", "2024-09-22"),
        # After a past form or a verb of saying, "to be" tells what was found or said.
        ("The missing diver was found to be injured on Monday.", "2024-09-16"),
        ("The envoy was believed to be detained on Tuesday.", "2024-09-17"),
        ("Fog caused the ferry crossings to be cancelled on Monday.", "2024-09-16"),
    ],
)
def test_a_participle_after_to_be_lies_ahead_unless_a_past_form_governs_it(
    text: str, expected: str
) -> None:
    assert [v for _, v in values(text, THURSDAY) if v.startswith("2024")] == [expected]


def test_a_day_after_since_is_in_the_past() -> None:
    # Nearest would be next March; "since" puts it behind the reference.
    reference = dt.date(2024, 10, 20)
    assert values("Police have hunted him since the March 30 robbery.", reference) == [
        ("March 30", "2024-03-30")
    ]


def test_abbreviations_do_not_end_the_clause_that_gives_the_tense() -> None:
    # "vs." is no sentence end: "killed" still gives the past, so January is this year's.
    reference = dt.date(2024, 10, 20)
    text = "In January, after the Smith vs. Jones ruling, a storm killed two people."
    assert ("January", "2024-01") in values(text, reference)


def test_that_day_after_a_month_is_a_day_of_that_month() -> None:
    text = "The office opened in March 2021. The director resigned that same day."
    assert values(text) == [("March 2021", "2021-03"), ("that same day", "2021-03-XX")]


def test_a_unit_after_a_verb_or_as_is_no_rate() -> None:
    # "four flights a week" is a rate; "as long as a month" and "takes a week" are spans.
    assert values("The appeal could take as long as a month.") == [("a month", "P1M")]
    assert values("Repairs usually takes a week.") == [("a week", "P1W")]
    assert values("There are four flights a week.") == []


def test_the_week_of_a_day_is_that_iso_week() -> None:
    assert values("A ruling is due the week of Sept. 30.") == [("the week of Sept. 30", "2024-W40")]


def test_election_day_is_the_tuesday_after_the_first_monday_of_november() -> None:
    assert values("Polls say the race is close before Election Day.") == [
        ("Election Day", "2024-11-05")
    ]


def test_high_noon_is_no_clock_time() -> None:
    assert values("For the rebels, high noon has arrived.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("After a day-long session the talks ended.", ("day-long", "P1D")),
        ("The neighbours ended their decades-long quarrel.", ("decades-long", "PXY")),
        ("The region saw several decades of decline.", ("several decades", "PXY")),
    ],
)
def test_long_adjectives_and_vague_decades(text: str, expected: tuple[str, str]) -> None:
    assert values(text) == [expected]


def test_friday_evening_is_a_time_of_day() -> None:
    assert values("The ferry sank Friday evening.", THURSDAY) == [
        ("Friday evening", "2024-09-13TEV")
    ]


def test_a_quoted_programme_title_is_no_duration() -> None:
    assert values("She said so on ``48 Hours'' last night.") == [("last night", "2024-09-15TNI")]


def test_irregular_past_and_present_passive() -> None:
    # "sank" is past: the Friday just gone. "is heard in May": present, so the next May.
    assert values("The barge sank Friday.", THURSDAY) == [("Friday", "2024-09-13")]
    reference = dt.date(2024, 11, 20)
    assert values("The appeal is heard in May in the state court.", reference) == [
        ("May", "2025-05")
    ]


def test_the_day_before_a_weekday_and_a_holiday_week() -> None:
    assert values("The day before last Friday's vote, he resigned.", THURSDAY) == [
        ("The day before last Friday", "2024-09-12")
    ]
    assert values("Shops close during Christmas week.", MONDAY) == [("Christmas week", "2024-W52")]


def test_the_second_day_of_a_pair_shares_month_and_year() -> None:
    assert values("Talks are set for Oct. 14 and 15 in Geneva.") == [
        ("Oct. 14", "2024-10-14"),
        ("15", "2024-10-15"),
    ]
    assert values("Prices rose on Oct. 14 and 15 percent later.") == [("Oct. 14", "2024-10-14")]


def test_effective_looks_forward() -> None:
    reference = dt.date(2024, 10, 20)
    assert values("The new rules take hold effective Feb. 1.", reference) == [
        ("Feb. 1", "2025-02-01")
    ]


def test_generic_today_is_not_the_day() -> None:
    assert values("Music matters to today's youth.") == []
    assert values("The ruling came today.") == [("today", "2024-09-16")]


def test_planned_as_an_adjective_after_the_date_gives_no_tense() -> None:
    monday = dt.date(2024, 9, 23)
    text = "On Friday, as the envoy set aside a holiday for the hastily planned trip."
    assert values(text, monday) == [("Friday", "2024-09-20")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The convoy will move at 5 in the morning.", ("5 in the morning", "2024-09-16T05:00")),
        ("The bells rang at nine in the evening.", ("nine in the evening", "2024-09-16T21:00")),
        (
            "Crews will start at 6 in the morning (6 a.m. local time Wednesday).",
            ("6 in the morning", "2024-09-18T06:00"),
        ),
    ],
)
def test_hours_told_with_a_part_of_the_day(text: str, expected: tuple[str, str]) -> None:
    assert values(text)[0] == expected


def test_a_fronted_date_finds_a_verb_beyond_a_long_subject() -> None:
    reference = dt.date(2024, 10, 20)
    text = (
        "In January, a week after the tenth anniversary of the Smith vs. Jones decision by "
        "the appeals court, a clinic fire in Columbus, Ohio, destroyed two buildings."
    )
    assert values(text, reference)[0] == ("January", "2024-01")


def test_now_opening_a_sentence_with_a_comma_is_a_discourse_marker() -> None:
    assert values("Prices fell. Now, the minister says, they will rise.") == []
    assert values("Prices fell. Now the minister says they will rise.") == [("Now", "PRESENT_REF")]


def test_the_day_after_an_event_is_next_to_the_last_date() -> None:
    text = "The mill burned on June 2. Inspectors arrived the day after the fire."
    assert values(text) == [("June 2", "2024-06-02"), ("the day after", "2024-06-03")]
    # An apposition restates the date; "in the day before" is no date at all.
    assert values("He was seen June 2, the day before the fire.") == [("June 2", "2024-06-02")]
    assert values("She left later in the day before the storm.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An intention: "agreed to buy ... in March" is ahead of a November article.
        ("The firm agreed to buy the plant for $5 million in March.", "2025-03"),
        # A deadline granted or extended lies ahead.
        ("Regulators gave the bidder until mid-January to reply.", "2025-01"),
        ("Lenders have extended the company credit lines through February.", "2025-02"),
        # "a still unspecified date" is an adjective, not the past tense of the clause.
        ("Shares would be issued on a still unspecified date in January.", "2025-01"),
    ],
)
def test_months_ahead_from_intentions_and_deadlines(text: str, expected: str) -> None:
    reference = dt.date(2024, 11, 20)
    assert [v for _, v in values(text, reference) if v.startswith("20")][-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Tokenised text splits "won't" into "wo n't".
        ("The mayor announced that he wo n't seek a new term in September .", "2025-09"),
        # A clause set in the main one keeps its own verb's tense, not the main verb's after
        # the comma.
        ("The mayor, who has said he would step down in September, opened a bridge.", "2025-09"),
    ],
)
def test_a_month_ahead_in_a_clause_of_its_own(text: str, expected: str) -> None:
    reference = dt.date(2025, 2, 3)
    assert [v for _, v in values(text, reference)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date opening the sentence, or a clause of its own after a comma, has no verb
        # before it in its clause: the verb after its comma is its clause's
        ("In January, a week after the fair, a fire at a depot, in Akron, gutted it.", "2025-01"),
        ("The firm will cut 200 jobs and, in January, closed two plants.", "2025-01"),
        ("The general said troops will go, and on Monday, ordered units home.", "2025-10-20"),
        # a name is no modal: only "wo" before "n't" is "won't"
        ("On Monday, Wo Lam opened a branch in Kowloon.", "2025-10-20"),
    ],
)
def test_a_date_with_no_verb_before_it_in_its_clause_takes_the_verb_after_the_comma(
    text: str, expected: str
) -> None:
    reference = dt.date(2025, 10, 25)
    assert values(text, reference)[0][1] == expected


def test_a_clause_in_the_present_leaves_the_month_to_the_past_verb_after_it() -> None:
    reference = dt.date(2025, 2, 3)
    text = "Jones, who is accused of killing a guard in July, appeared in court."
    assert values(text, reference) == [("July", "2024-07")]


def test_a_month_far_behind_in_the_past_tense_is_the_nearest_one() -> None:
    # Past tense, yet last December is eleven months back and this one a month ahead.
    reference = dt.date(2024, 11, 12)
    assert values("Traders placed orders for December delivery.", reference) == [
        ("December", "2024-12")
    ]


def test_the_day_after_an_event_needs_a_date_told_just_before() -> None:
    filler = "The owners spoke at length about insurance, staff and the town. " * 8
    text = f"The mill burned on June 2. {filler}Inspectors came the day after the fire."
    assert values(text) == [("June 2", "2024-06-02")]


def test_likely_to_looks_ahead() -> None:
    friday = dt.date(2024, 9, 20)
    assert values("The slick was likely to stay offshore through the weekend.", friday) == [
        ("the weekend", "2024-W38-WE")
    ]


def test_a_limit_in_a_clause_without_past_tense_lies_ahead() -> None:
    thursday = dt.date(2024, 9, 19)
    assert values("Schools stay closed until Monday.", thursday) == [("Monday", "2024-09-23")]
    assert values("The shop was closed until Monday.", thursday) == [("Monday", "2024-09-16")]
    reference = dt.date(2024, 2, 3)
    assert values("An interim council runs the country until the fall elections.", reference) == [
        ("the fall", "2024-FA")
    ]


WEDNESDAY = dt.date(2025, 6, 11)


@pytest.mark.parametrize(
    ("reference", "text", "expected"),
    [
        # Easter 2025 is April 20: Good Friday two days before
        (WEDNESDAY, "The shops close on Good Friday.", ("Good Friday", "DATE", "2025-04-18", None)),
        # a decade is the last one begun by the reference year
        (WEDNESDAY, "Grunge ruled the nineties.", ("the nineties", "DATE", "199", None)),
        (dt.date(2021, 6, 1), "Jazz came back in the twenties.",
         ("the twenties", "DATE", "202", None)),
        (WEDNESDAY, "They meet again next Tuesday.", ("next Tuesday", "DATE", "2025-06-17", None)),
        (WEDNESDAY, "Sales fell last quarter.", ("last quarter", "DATE", "2025-Q1", None)),
        (WEDNESDAY, "The talks start at about 3 p.m. on Friday.",
         ("about 3 p.m. on Friday", "TIME", "2025-06-13T15:00", "APPROX")),
        (WEDNESDAY, "The storm hit in mid-morning.",
         ("mid-morning", "TIME", "2025-06-11TMO", "MID")),
        (WEDNESDAY, "The festival is held every summer.", ("every summer", "SET", "XXXX-SU", None)),
    ],
)  # fmt: skip
def test_holidays_decades_weekdays_quarters_and_parts_of_days(
    reference: dt.date, text: str, expected: tuple[str, str, str, str | None]
) -> None:
    found = [(e.text, e.type, e.value, e.mod) for e in tag_with_reference(text, reference)]
    assert found == [expected]


def test_iso_weeks_run_from_one_to_the_years_last() -> None:
    assert is_valid_value("2025-W01") and is_valid_value("2020-W53")
    assert not is_valid_value("2025-W00") and not is_valid_value("2021-W53")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # told from Wednesday 4 June 2025: the quarter before the second, the month before June
        ("Sales fell last quarter.", ("last quarter", "DATE", "2025-Q1", None)),
        ("Prices rose early last quarter.", ("early last quarter", "DATE", "2025-Q1", "START")),
        ("Output rose late last month.", ("late last month", "DATE", "2025-05", "END")),
        ("The pier closed about three days ago.", ("about three days ago", "DATE", "2025-06-01",
                                                   "APPROX")),
        ("The ferry stopped in June last year.", ("June last year", "DATE", "2024-06", None)),
    ],
)  # fmt: skip
def test_relative_dates_keep_their_type_modifier_and_anchor(
    text: str, expected: tuple[str, str, str, str | None]
) -> None:
    reference = dt.date(2025, 6, 4)
    [found] = tag(text, reference)
    assert (found.text, found.type, found.value, found.mod) == expected
    assert found.anchor == reference.isoformat()  # resolved against the reference day


def test_an_offset_told_with_no_reference_day_keeps_its_modifier() -> None:
    [found] = tag_with_reference("The pier closed about three days ago.", None)
    assert (found.type, found.value, found.mod) == ("DATE", "PRESENT_REF-P3D", "APPROX")


@pytest.mark.parametrize("weekday", ["Monday", "Wednesday", "Friday", "Sunday"])
def test_next_weekday_is_the_first_one_after_the_reference_day(weekday: str) -> None:
    wednesday = dt.date(2025, 6, 4)
    [found] = tag(f"The port reopens next {weekday}.", wednesday)
    day = dt.date.fromisoformat(found.value)
    assert day.strftime("%A") == weekday
    assert 1 <= (day - wednesday).days <= 7


@pytest.mark.parametrize("weekday", ["Monday", "Tuesday", "Thursday", "Sunday"])
def test_last_weekday_is_never_the_reference_day(weekday: str) -> None:
    # Published on that very weekday, "last Tuesday's quake" is the one a week back.
    [day] = [
        MONDAY + dt.timedelta(days=n)
        for n in range(7)
        if (MONDAY + dt.timedelta(days=n)).strftime("%A") == weekday
    ]
    [found] = tag(f"Rescuers dug through the rubble after last {weekday}'s quake.", day)
    assert dt.date.fromisoformat(found.value) == day - dt.timedelta(days=7)


TUESDAY = dt.date(2024, 9, 17)


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # On a Tuesday, the Tuesday of last week is a week back, not the day itself.
        ("The ferry capsized on Tuesday last week.", TUESDAY, ("Tuesday", "2024-09-10")),
        ("The ferry capsized Tuesday of last week.", TUESDAY, ("Tuesday", "2024-09-10")),
        # On a Friday, Monday of last week is not this week's.
        ("The ferry capsized on Monday last week.", dt.date(2024, 9, 20), ("Monday", "2024-09-09")),
        # A Sunday paper's last week is the one ending that day.
        (
            "The ferry capsized on Tuesday last week.",
            dt.date(2024, 9, 22),
            ("Tuesday", "2024-09-17"),
        ),
        # On a Monday, next week's Tuesday is not tomorrow.
        ("The inquiry opens on Tuesday next week.", MONDAY, ("Tuesday", "2024-09-24")),
    ],
)
def test_a_weekday_of_last_or_next_week_lies_in_that_calendar_week(
    text: str, reference: dt.date, expected: tuple[str, str]
) -> None:
    assert values(text, reference)[0] == expected


def test_a_clock_time_before_a_related_weekday_is_of_that_day() -> None:
    assert values("The quake struck at 4:53 p.m. last Tuesday.", TUESDAY) == [
        ("4:53 p.m.", "2024-09-10T16:53"),
        ("last Tuesday", "2024-09-10"),
    ]
    assert values("The ferry leaves at 9 a.m. next Tuesday.", TUESDAY) == [
        ("9 a.m.", "2024-09-24T09:00"),
        ("next Tuesday", "2024-09-24"),
    ]


# --- results stories, narratives, weekdays of a month --------------------------------------

RESULTS_DAY = dt.date(2024, 5, 2)  # a Thursday of the second quarter: the first is over


def test_a_results_story_reads_the_quarter_it_reports_with_type_modifier_and_anchor() -> None:
    """ "the quarter", "the latest period" and "one year earlier" in a results story are the
    quarter it reports and the same quarter a year before, relative to the creation date."""
    text = (
        "Profit rose in the first quarter. Sales fell at the end of the quarter, costs for "
        "the latest period were flat, and margins were wider than one year earlier."
    )
    found = [(e.text, e.type, e.value, e.mod, e.anchor) for e in tag(text, RESULTS_DAY)]
    anchor = RESULTS_DAY.isoformat()
    assert found == [
        ("the first quarter", "DATE", "2024-Q1", None, anchor),
        ("the end of the quarter", "DATE", "2024-Q1", "END", anchor),
        ("the latest period", "DATE", "2024-Q1", None, anchor),
        ("one year earlier", "DATE", "2023-Q1", None, anchor),
    ]


def test_quarters_of_something_are_no_span_of_time() -> None:
    # "three quarters of the voters" is a share; "three quarters" alone is nine months
    assert values("Three quarters of the voters backed the plan.") == []
    assert values("The plan took three quarters.") == [("three quarters", "P9M")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Fridays falling on a 13th within a year of Thursday 2 May 2024: 13 October 2023,
        # 13 September and 13 December 2024
        ("The fire broke out on Friday the 13th.", "2023-10-13"),  # the last one gone
        ("The fair will open on Friday the 13th.", "2024-09-13"),  # the next one
        ("Friday the 13th: a fair in the park.", "2024-09-13"),  # no tense: the nearest
    ],
)
def test_a_weekday_with_a_month_day_is_the_nearest_such_day(text: str, expected: str) -> None:
    assert [v for _, v in values(text, RESULTS_DAY)] == [expected]


def test_in_a_narrative_next_weekday_is_the_first_after_the_date_told() -> None:
    # 12 March 1998 is a Thursday: the next Wednesday is six days on, the next Thursday seven
    text = (
        "On 2 March 1998 the army left the coast. On 4 March 1998 it crossed the hills; on "
        "6 March 1998 it rested; on 9 March 1998 it marched east. On 12 March 1998 it crossed "
        "the river. Next Wednesday it reached the city, and next Thursday it took the bridge."
    )
    found = dict(values(text, dt.date(2009, 12, 19)))
    assert found["Next Wednesday"] == "1998-03-18"
    assert found["next Thursday"] == "1998-03-19"


def test_a_weekday_abbreviation_is_a_day_only_with_a_clock_time_after_it() -> None:
    # "Sat" alone is mostly something else; with a clock time after it, the coming Saturday.
    # A clock time elsewhere (here at the start of the text) makes no abbreviation a day.
    assert values("The fair is Sat, 7pm.", RESULTS_DAY) == [("Sat, 7pm.", "2024-05-04T19:00")]
    assert values("7 pm: the Sat scores are out.", RESULTS_DAY) == [("7 pm", "2024-05-02T19:00")]


def test_an_adverb_of_four_letters_before_a_participle_makes_it_an_adjective() -> None:
    # "the duly signed order": "signed" is no past tense, so Friday has no tense to go by and
    # news reads a weekday six days back as the coming one
    assert values("The duly signed order takes effect Friday.", RESULTS_DAY) == [
        ("Friday", "2024-05-03")
    ]


def test_the_week_of_a_day_is_its_iso_week_only_when_the_day_is_known() -> None:
    # 6 January 2025 is the Monday of ISO week 2; with no year and no reference the week
    # cannot be known, and the day is read alone
    assert values("A ruling is due the week of Jan. 6, 2025.") == [
        ("the week of Jan. 6, 2025", "2025-W02")
    ]
    assert values("A ruling is due the week of Jan. 6.", None) == [("Jan. 6", "XXXX-01-06")]


@pytest.mark.parametrize(
    "text", ["A HR manager quit.", "The HR office closed.", "Few HR staff stayed."]
)
def test_an_abbreviated_unit_in_capitals_after_a_word_is_no_span(text: str) -> None:
    # "HR" after "a", "the" or "few" is human resources; "12 hrs" and "few mins" are spans
    assert values(text) == []


def test_a_decade_written_short_is_of_the_century_that_has_reached_it() -> None:
    # told in 2015, "the '10s" are the 2010s and "the '20s" the 1920s
    assert values("Prices rose through the '10s.", dt.date(2015, 6, 1)) == [("the '10s", "201")]
    assert values("Prices rose through the '20s.", dt.date(2015, 6, 1)) == [("the '20s", "192")]
    # told in 1915, "the '10s" are the 1910s
    assert values("Prices rose through the '10s.", dt.date(1915, 6, 1)) == [("the '10s", "191")]


def test_a_page_stamp_is_a_full_date_at_the_top_with_its_weekday_or_time_or_alone() -> None:
    # the page's own date, not one its news tells: what the publication date leans on most
    from storyline.timex.infer import _is_stamp

    news = "The council met on March 3, 2024 to vote on the budget for the harbour."
    start = news.index("March")
    end = start + len("March 3, 2024")
    assert not _is_stamp(news, start, end, "2024-03-03", news[max(0, start - 8) : end])
    dated = "Monday, March 4, 2024\n" + news
    assert _is_stamp(dated, 8, 21, "2024-03-04", dated[:21])
    alone = "March 4, 2024\n" + news
    assert _is_stamp(alone, 0, 13, "2024-03-04", alone[:13])
    timed = "Posted 2024-03-04 09:30 by the desk, after the council met to vote on the budget."
    assert _is_stamp(timed, 7, 23, "2024-03-04T09:30", timed[:23])
    # far down the page, even a date alone on its line is news
    low = news * 10 + "\nMarch 4, 2024\n"
    at = low.index("\nMarch") + 1
    assert not _is_stamp(low, at, at + 13, "2024-03-04", "March 4, 2024")


def test_a_date_is_in_the_lead_the_body_or_the_tail_of_a_text() -> None:
    # the lead's first 500 characters, then the first half, then the rest
    from storyline.timex.infer import _position

    assert [_position(offset, 2000) for offset in (0, 499, 500, 1000, 1001)] == [
        "lead",
        "lead",
        "body",
        "body",
        "tail",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("counting the days till summer!", [("days", "PXD")]),
        ("last days of school!!", [("last days", "PXD")]),
        ("this day 2 of camp!", [("day 2", "P1D")]),
    ],
)
def test_in_a_message_days_and_a_numbered_day_are_spans_not_the_day_sent(
    text: str, expected: list[tuple[str, str]]
) -> None:
    # "the day" and "last day" in a message are the day it was sent; "days" are a span of
    # some, and "day 2" a day's span, whatever word comes before them
    assert values(text, dt.date(2014, 4, 10)) == expected


def test_the_previous_month_and_the_following_week_are_of_the_date_last_told() -> None:
    # told after Sunday 12 March 2023 (ISO week 10): February 2023, and ISO week 11
    text = (
        "The council met on March 12, 2023. The previous month it had voted. The following "
        "week it adjourned."
    )
    found = [(e.text, e.type, e.value) for e in tag(text, RESULTS_DAY)]
    assert found[1:] == [
        ("The previous month", "DATE", "2023-02"),
        ("The following week", "DATE", "2023-W11"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Profit will rise in the third quarter, the chief executive said.",
        "Profit will rise in the third quarter, he said.",
        "Profit will rise in the third quarter, said Mara Lindqvist, the chief executive.",
        "The brewer said profit will rise in the third quarter.",
    ],
)
def test_a_quarter_ahead_of_a_forward_looking_verb_is_this_years(text: str) -> None:
    # Told on 2 May 2024: a reporting clause closing the sentence ("he said") is the tense
    # of the report, not of the rise it reports, which is ahead: this year's third quarter.
    assert values(text, RESULTS_DAY) == [("the third quarter", "2024-Q3")]


def test_a_reporting_clause_after_a_past_event_keeps_it_in_the_past() -> None:
    # The cut reporting clause leaves the clause's own verb to decide: Monday is before.
    assert values("Two ferries collided on Monday, the coastguard said.", THURSDAY) == [
        ("Monday", "2024-09-16")
    ]


def test_a_date_read_from_a_told_date_names_that_date_as_its_anchor() -> None:
    text = (
        "The customs office published its export figures on March 3, 2024. The previous "
        "month, shipments of timber had fallen by a fifth. The next day, the minister resigned."
    )
    found = [(e.text, e.value, e.anchor) for e in tag(text, RESULTS_DAY)]
    assert found == [
        ("March 3, 2024", "2024-03-03", None),
        ("The previous month", "2024-02", "2024-03-03"),
        ("The next day", "2024-03-04", "2024-03-03"),
    ]


def test_that_week_after_a_year_or_a_month_is_a_week_of_it_not_its_first() -> None:
    # Only the year is known: the week of January 1 (1994-W52) would be a wrong week.
    found = tag("The port reopened in 1995, and that week the ferries ran again.", MONDAY)
    week = next(e for e in found if e.text == "that week")
    assert (week.value, week.anchor) == ("1995-WXX", "1995")
    found = tag("In June 1995 the port reopened; that week the ferries ran again.", MONDAY)
    week = next(e for e in found if e.text == "that week")
    assert (week.value, week.anchor) == ("1995-WXX", "1995-06")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("As of 1700 BST, the ministry had counted 86 cases.", ("1700 BST", "2024-09-16T17:00")),
        ("The ferry left at 0930 local time.", ("0930 local time", "2024-09-16T09:30")),
    ],
)
def test_four_digits_before_a_zone_are_a_clock_time_not_a_year(
    text: str, expected: tuple[str, str]
) -> None:
    assert values(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A timetable in the present looks ahead: told on a Thursday, Monday is the next one.
        ("The Varne inquiry resumes on Monday.", "2024-09-23"),
        ("The meteor shower peaks on Monday night.", "2024-09-23"),
        ("The Varne talks resume on Monday.", "2024-09-23"),
        # A name given ("an event called ...") is no verb of the clause.
        ("Earth gets closest to the sun, an event called perihelion, on Monday.", "2024-09-23"),
        # The past still looks back, as a verb of calling does.
        ("The inquiry resumed on Monday.", "2024-09-16"),
        ("The minister called the envoy on Monday.", "2024-09-16"),
    ],
)
def test_a_timetable_told_in_the_present_lies_ahead(text: str, expected: str) -> None:
    assert [v for _, v in values(text, THURSDAY) if v.startswith("2024")] == [expected]
