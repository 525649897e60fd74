"""The tagger beyond 1990s newswire (issue 15): narratives, tense and aspect, ranges, informal
text, BC years, values without a reference date, and dating an undated article. Every text
here was written for the test; the examples of the issue run through the real command."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from storyline.timex import infer_publication_date, is_valid_value, tag, tag_with_reference

from helpers import run_storyline

DCT = dt.date(2025, 11, 7)  # a Friday


def values(text: str, reference: dt.date | None = DCT) -> list[tuple[str, str]]:
    return [(e.text, e.value) for e in tag(text, reference)]


def value_of(text: str, surface: str, reference: dt.date | None = DCT) -> str:
    found = dict(values(text, reference))
    assert surface in found, found
    return found[surface]


# --- the examples of the issue, as a person runs them -----------------------------------


def test_a_past_thursday_before_a_committee_with_would_have() -> None:
    text = (
        "Marquand defended the rescue before the committee on Thursday, saying that letting "
        "it fail would have put the wider banking system at risk."
    )
    done = run_storyline(
        "dates", "-", "--dct", "2025-11-07", "--format", "json", stdin=text.encode()
    )
    assert done.returncode == 0, done.stderr
    assert [(e["text"], e["value"]) for e in json.loads(done.stdout)] == [
        ("Thursday", "2025-11-06")
    ]


def test_a_range_shares_the_year_written_at_its_end() -> None:
    text = "The report covers the period from 1 January to 31 March 2025."
    done = run_storyline(
        "dates", "-", "--dct", "2025-11-07", "--format", "json", stdin=text.encode()
    )
    assert done.returncode == 0, done.stderr
    assert [(e["text"], e["value"]) for e in json.loads(done.stdout)] == [
        ("1 January", "2025-01-01"),
        ("31 March 2025", "2025-03-31"),
    ]


def test_without_a_reference_yesterday_keeps_a_relative_value() -> None:
    done = run_storyline(
        "dates", "-", "--format", "json", stdin=b"The minister resigned yesterday."
    )
    assert done.returncode == 0, done.stderr
    assert [(e["text"], e["value"]) for e in json.loads(done.stdout)] == [
        ("yesterday", "PRESENT_REF-P1D")
    ]


def test_the_undated_example_article_is_dated_the_day_after_its_tuesday(
    examples_output: dict,
) -> None:
    """examples/corvala-inquiry.txt says the inquiry opened "on Tuesday" (Nov. 4) and that
    the assembly debates "next Wednesday, Nov. 12": it was published on Wednesday Nov. 5."""
    articles = examples_output["articles"]
    undated = [a for a in articles if a["origin"].endswith("corvala-inquiry.txt")]
    assert [(a["published"], a["published_inferred"]) for a in undated] == [("2025-11-05", True)]


# --- dating an undated article ----------------------------------------------------------

COLLECTION = [dt.date(2025, 10, day) for day in (2, 6, 9, 14, 14, 20, 27)]


def test_next_wednesday_with_its_date_pins_the_week() -> None:
    text = (
        "The council on Tuesday approved the new tram line.\n\n"
        "Work starts next Wednesday, Nov. 12, at the harbour end."
    )
    found = infer_publication_date(text, collection=COLLECTION)
    assert found is not None
    day, confidence = found
    assert day == dt.date(2025, 11, 5)
    assert 0.5 <= confidence <= 1.0


def test_a_dated_stamp_at_the_top_is_the_publication_date() -> None:
    text = "Wed Oct 15, 2025 6:39 pm EDT\n\nDockers voted to return to work, the union said."
    found = infer_publication_date(text)
    assert found is not None and found[0] == dt.date(2025, 10, 15)


@pytest.mark.parametrize(
    "text",
    [
        # an opinion piece: no date to go on
        "Cities deserve better buses. Anyone who has waited in the rain for a late one knows "
        "that timetables are promises, and promises kept are what make people trust a service.",
        # only a span from an event whose date the text never gives
        "Two weeks after the collapse of the Harrow footbridge, engineers are still arguing "
        "about the cables. Residents say the detour adds half an hour to their commute.",
    ],
)
def test_no_date_rather_than_a_guess(text: str) -> None:
    assert infer_publication_date(text) is None
    assert infer_publication_date(text, collection=COLLECTION) is None
    # Nor does tagging it make up a year.
    assert not any(e.value[:1].isdigit() and e.type == "DATE" for e in tag(text))


def test_a_weekday_alone_does_not_say_which_week() -> None:
    text = "The mayor said on Monday that the tram line would open on time."
    assert infer_publication_date(text) is None


# --- narratives ---------------------------------------------------------------------------

CHRONICLE = (
    "Germany invaded Poland on 1 September 1939. On 10 May 1940 its armies attacked France, "
    "which fell on 22 June 1940. On 22 June 1941 Germany invaded the Soviet Union, and on "
    "7 December 1941 Japan attacked Pearl Harbor. In 1941 the German advance stalled. "
    "In June, the Red Army lost Minsk; by the end of the month it had lost Smolensk too. "
    "The following year, on 23 August 1942, the battle of Stalingrad began. In January, the "
    "Sixth Army was cut off. During the summer the front hardly moved. On Friday, the last "
    "defenders surrendered."
)
WIKI_DCT = dt.date(2009, 12, 19)


@pytest.mark.parametrize(
    ("surface", "value"),
    [
        ("June", "1941-06"),  # after a date of 1941, not the creation date's June
        ("the end of the month", "1941-06"),
        ("The following year", "1942"),
        ("January", "1943-01"),  # after August 1942 a January is the next one
        ("the summer", "1942-SU"),
    ],
)
def test_a_narrative_follows_the_dates_it_tells(surface: str, value: str) -> None:
    assert value_of(CHRONICLE, surface, WIKI_DCT) == value


def test_news_with_a_few_old_years_is_no_narrative() -> None:
    text = (
        "The treaty was signed in 1949 and enlarged in 1952, 1955 and 1982. On Thursday the "
        "ministers met again; in April they will decide on new members."
    )
    reference = dt.date(1999, 3, 12)
    assert value_of(text, "Thursday", reference) == "1999-03-11"
    assert value_of(text, "April", reference) == "1999-04"


def test_a_date_told_as_a_plan_does_not_move_the_narrative() -> None:
    text = CHRONICLE + " The generals planned an offensive for 1944. On 2 February the city fell."
    assert value_of(text, "2 February", WIKI_DCT) == "1943-02-02"


def test_years_before_the_common_era() -> None:
    text = (
        "The Persians landed at Marathon in 490 BC. Ca. 466 BC the league won at the "
        "Eurymedon; in April 480 BC Xerxes crossed the Hellespont; in late autumn of 481 BC "
        "a congress met at Corinth. The 470s BC were quiet; the 4th century BC was not."
    )
    assert values(text, WIKI_DCT) == [
        ("490 BC", "BC0490"),
        ("Ca. 466 BC", "BC0466"),
        ("April 480 BC", "BC0480-04"),
        ("late autumn of 481 BC", "BC0481-FA"),
        ("The 470s BC", "BC047"),
        ("the 4th century BC", "BC03"),
    ]


def test_a_part_of_a_day_written_with_its_date_and_that_year() -> None:
    text = CHRONICLE + " The attack began on the morning of 31 January 1943."
    assert value_of(text, "the morning of 31 January 1943", WIKI_DCT) == "1943-01-31TMO"
    news = "Crowds gathered on the night of Friday, Oct. 23."
    assert value_of(news, "Friday, Oct. 23", dt.date(1998, 11, 21)) == "1998-10-23"
    assert (
        value_of(
            "Peace came in 1861. In August of that year war broke out.",
            "August of that year",
            WIKI_DCT,
        )
        == "1861-08"
    )


# --- tense and aspect ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said the deal would have collapsed on Thursday.", "2025-11-06"),
        ("The union will strike on Thursday.", "2025-11-13"),
        ("The mayor spoke on Thursday, adding that the tram would open in spring.", "2025-11-06"),
    ],
)
def test_weekday_direction_from_the_verb(text: str, expected: str) -> None:
    assert value_of(text, "Thursday") == expected


# --- ranges, quarters, seasons, sets, durations -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fair runs 10-12 October.", [("10", "2025-10-10"), ("12 October", "2025-10-12")]),
        ("The fair runs April 8-12.", [("April 8", "2026-04-08"), ("12", "2026-04-12")]),
        (
            "Talks ran from December to March 2025.",
            [("December", "2024-12"), ("March 2025", "2025-03")],
        ),
        ("Sales rose in the third quarter.", [("the third quarter", "2025-Q3")]),
        ("Crews worked through the summer.", [("the summer", "2025-SU")]),
        ("The ferry sails twice a week.", [("twice a week", "P1W")]),
        ("The stoppage lasted 16days.", [("16days", "P16D")]),
    ],
)
def test_ranges_quarters_seasons_sets_and_durations(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text) == expected


# --- informal text ------------------------------------------------------------------------

TWEET_DAY = dt.date(2014, 4, 10)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("see u tmrw!!", [("tmrw", "2014-04-11")]),
        ("party 2nite at mine", [("2nite", "2014-04-10TNI")]),
        ("went there tdy, so tired", [("tdy", "2014-04-10")]),
        ("cant wait for friday", [("friday", "2014-04-11")]),
        ("judging this Sat, 7pm at the theatre", [("this Sat, 7pm", "2014-04-12T19:00")]),
        ("doors open 4pm tmr @ the hall", [("4pm tmr", "2014-04-11T16:00")]),
        ("votes close at 2359hrs", [("2359hrs", "2014-04-10T23:59")]),
        ("will be home for xmas", [("xmas", "2014-12-25")]),
        ("#Friday feeling already", []),
        ("waited 30 mins for the bus", [("30 mins", "PT30M")]),
        ("Great weekend with the family!", [("weekend", "2014-W15-WE")]),
        ("heading to the airport in the morning", [("the morning", "2014-04-10TMO")]),
    ],
)
def test_informal_text(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, TWEET_DAY) == expected


# A message (one short, informal paragraph) follows the conventions messages are annotated
# by: every time word is a time, a year alone is some day of it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Good morning everyone :)", [("morning", "2014-04-10TMO")]),
        ("pancakes for breakfast made my day", [("day", "P1D")]),
        ("Family day at the zoo #weekend", [("day", "P1D")]),
        ("Day 3 of the camp, legs are dead", [("Day 3", "P1D")]),
        ("reminds me of the good old days...", [("days", "PXD")]),
        ("last day to sign up!! http://t.co/x", [("last day", "2014-04-10")]),
        ("Happy lunch hour with the team!", [("hour", "PT1H")]),
        ("so tired after Fashion Week lol", [("Week", "P1W")]),
        ("Regardless the hours waiting, worth it!", [("the hours", "PTXH")]),
        ("Tickets for the 2014 festival are out!", [("2014", "2014-XX-XX")]),
        ("we met 2 years ago today!", [("2 years ago", "2012-04-10"), ("today", "2014-04-10")]),
        ("Happy friday night!", [("friday night", "2014-04-11TNI")]),
        ("Florals for Spring! http://t.co/x", [("Spring", "2014-SP")]),
        ("The beauty of sunset http://t.co/x", [("sunset", "2014-04-10")]),
        ("Midnight movie with my sister :D", [("Midnight", "2014-04-10T00:00")]),
        ("Kids these days...", [("these days", "PXD")]),
        ("gotta study hard for the exam in Jun", [("Jun", "2014-06")]),
        ("my current mood: sleepy", []),
        ("Every min counts!", [("Every min", "PT1M")]),
    ],
)
def test_a_message_follows_the_conventions_of_messages(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text, TWEET_DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # One sentence of news, or a brief in paragraphs, is no message: TimeML's readings.
        ("The base opened in 2013.", [("2013", "2013")]),
        ("Good evening from Atlanta, where the storm has passed.", []),
        ("The talks ran past midnight.", [("midnight", "2014-04-10T24:00")]),
        ("The new plant is a big day for the town.", []),
        ("The fund was set up 2 years ago.", [("2 years ago", "2012")]),
        (
            "The team won the title in 2013!\n\nIts coach said the current squad was "
            "better.\n\nFans gathered at dawn.",
            [("2013", "2013"), ("current", "PRESENT_REF")],
        ),
    ],
)
def test_news_keeps_timeml_readings(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, TWEET_DAY) == expected


def test_a_list_of_day_ranges_shares_the_month() -> None:
    text = "Course dates: May 2 - 3, 9 - 10 and 16 - 17, at the hall."
    assert values(text, TWEET_DAY) == [
        ("May 2", "2014-05-02"),
        ("3", "2014-05-03"),
        ("9", "2014-05-09"),
        ("10", "2014-05-10"),
        ("16", "2014-05-16"),
        ("17", "2014-05-17"),
    ]
    # A count after a single day is no day: "May 5, 10 people".
    assert values("On May 5, 10 people came.", TWEET_DAY) == [("May 5", "2014-05-05")]


def test_an_abbreviated_month_after_a_name_is_part_of_it() -> None:
    assert values("1. My full name is Lester Koh Jia Jun 2. Born here", TWEET_DAY) == []
    assert values("On Jun 2 we met.", TWEET_DAY) == [("Jun 2", "2014-06-02")]


# --- values without a reference date ---------------------------------------------------


def test_relative_values_without_a_reference_are_valid_and_keep_the_offset() -> None:
    text = "Two days ago the plant closed; last week it cut jobs and last night it shut the gates."
    found = [(e.text, e.value) for e in tag_with_reference(text, None)]
    assert found == [
        ("Two days ago", "PRESENT_REF-P2D"),
        ("last week", "PRESENT_REF-P1W"),
        ("last night", "PRESENT_REF-P1DTNI"),
    ]
    assert all(is_valid_value(value) for _, value in found)


def test_without_a_reference_a_narrative_still_follows_its_dates() -> None:
    found = dict(values(CHRONICLE, None))
    assert found["June"] == "1941-06"
    assert found["the end of the month"] == "1941-06"
    assert found["The following year"] == "1942"


def test_a_clock_time_told_after_its_date_is_that_dates() -> None:
    assert values("On Oct. 5 at 3 p.m. he left.") == [
        ("Oct. 5", "2025-10-05"),
        ("3 p.m.", "2025-10-05T15:00"),
    ]
    assert values("Class on May 10, 2014 2pm at the hall.") == [
        ("May 10, 2014 2pm", "2014-05-10T14:00")
    ]
