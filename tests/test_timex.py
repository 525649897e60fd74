"""The temporal tagger on the expressions news is dated with (issue 3)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from storyline.models import TimeExpression
from storyline.timex import format_expressions, infer_publication_date, tag

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "seeds-niger"

MONDAY = dt.date(2024, 9, 16)
WEDNESDAY = dt.date(2024, 9, 18)


def only(text: str, reference: dt.date | None = MONDAY) -> TimeExpression:
    found = tag(text, reference)
    assert len(found) == 1, found
    return found[0]


def read(text: str, reference: dt.date | None = MONDAY) -> tuple[str, str, str]:
    e = only(text, reference)
    return e.text, e.type, e.value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It ended on September 16, 2024.", ("September 16, 2024", "DATE", "2024-09-16")),
        ("It ended on Sept. 16, 2024.", ("Sept. 16, 2024", "DATE", "2024-09-16")),
        ("It ended on 16 September 2024.", ("16 September 2024", "DATE", "2024-09-16")),
        (
            "It ended on the 16th of September, 2024.",
            ("the 16th of September, 2024", "DATE", "2024-09-16"),
        ),
        ("It ended on Monday, Sept. 16, 2024.", ("Monday, Sept. 16, 2024", "DATE", "2024-09-16")),
        ("Filed 2024-09-16 by staff.", ("2024-09-16", "DATE", "2024-09-16")),
        ("Filed 9/16/2024 by staff.", ("9/16/2024", "DATE", "2024-09-16")),
        ("Filed 16/9/2024 by staff.", ("16/9/2024", "DATE", "2024-09-16")),
        ("Filed 16.09.2024 by staff.", ("16.09.2024", "DATE", "2024-09-16")),
        # PTB tokenisation, as in the T17 corpus.
        ("Protests began Jan. 25 , 2011 in Cairo .", ("Jan. 25 , 2011", "DATE", "2011-01-25")),
        ("Protests began Jan 25 2011 in Cairo .", ("Jan 25 2011", "DATE", "2011-01-25")),
        ("Protests began Jan . 25 , 2011 .", ("Jan . 25 , 2011", "DATE", "2011-01-25")),
        ("The talks were held in September 2024.", ("September 2024", "DATE", "2024-09")),
        ("The base opened in 2013.", ("2013", "DATE", "2013")),
        ("Sales fell in fiscal 1989.", ("fiscal 1989", "DATE", "1989")),
        ("Troops arrived in summer 2023.", ("summer 2023", "DATE", "2023-SU")),
        (
            "Profit rose in the third quarter of 2024.",
            ("the third quarter of 2024", "DATE", "2024-Q3"),
        ),
        ("Profit rose in Q3 2024.", ("Q3 2024", "DATE", "2024-Q3")),
        ("Profit rose in the first half of 2024.", ("the first half of 2024", "DATE", "2024-H1")),
        ("It was built in the 1990s.", ("the 1990s", "DATE", "199")),
        ("It was built in the 20th century.", ("the 20th century", "DATE", "19")),
        ("It was built in nineteen ninety-six.", ("nineteen ninety-six", "DATE", "1996")),
    ],
)
def test_explicit_dates_in_news_formats(text: str, expected: tuple[str, str, str]) -> None:
    assert read(text) == expected


def test_slash_dates_are_month_first_unless_the_first_number_cannot_be_a_month() -> None:
    assert read("Filed 4/5/2024.")[2] == "2024-04-05"
    assert read("Filed 13/5/2024.")[2] == "2024-05-13"
    assert read("Filed 11/02/89.")[2] == "1989-11-02"


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [
        # A month and day without a year: the year from the tense and the reference.
        ("Troops left Agadez on Aug. 5.", MONDAY, "2024-08-05"),
        ("The withdrawal was complete by a Sept. 15 deadline.", MONDAY, "2024-09-15"),
        ("Talks will resume on Jan. 10.", MONDAY, "2025-01-10"),
        ("Troops have until September 15 to leave.", dt.date(2024, 8, 7), "2024-09-15"),
        ("The payment is due Dec. 28.", dt.date(2025, 1, 3), "2024-12-28"),
    ],
)
def test_month_and_day_without_a_year(text: str, reference: dt.date, value: str) -> None:
    e = only(text, reference)
    assert (e.type, e.value, e.anchor) == ("DATE", value, reference.isoformat())


def test_weekdays_follow_the_tense_of_their_clause() -> None:
    assert read("An American official said on Monday.", MONDAY)[2] == "2024-09-16"
    assert read("An American official said on Monday.", WEDNESDAY)[2] == "2024-09-16"
    assert read("The ministers will meet on Monday.", WEDNESDAY)[2] == "2024-09-23"
    assert read("Officials announced on Sunday.", dt.date(2024, 5, 20))[2] == "2024-05-19"
    assert read("He said on state television Friday.", dt.date(2011, 2, 26))[2] == "2011-02-25"
    assert read("Officials said the offer expires Sept. 20.", MONDAY)[2] == "2024-09-20"
    assert read("He left last Friday.", MONDAY)[2] == "2024-09-13"
    assert read("He leaves next Friday.", MONDAY)[2] == "2024-09-20"
    # a plan told in the past: "was to meet" is still ahead of the page
    assert read("The board was to meet on Monday to discuss it.", WEDNESDAY)[2] == "2024-09-23"
    assert read("He was told on Monday to leave.", WEDNESDAY)[2] == "2024-09-16"


def test_a_number_glued_to_a_letter_is_no_day() -> None:
    # "Long March 4C", "a March 4C booster": a rocket's model, not March 4
    assert [t.text for t in tag("A Long March 4C rocket will carry the relay satellite.")] == []
    assert [t.text for t in tag("The relay satellite rides on a March 4C booster.")] == []
    assert read("The rocket lifted off on March 5.") == ("March 5", "DATE", "2024-03-05")
    assert read("The rocket lifted off on March 5th.") == ("March 5th", "DATE", "2024-03-05")


def test_a_programme_or_a_paper_named_today_is_no_day() -> None:
    for text in (
        "He spoke to NBC 's `` Today '' show on Tuesday .",
        "The minister told the BBC's Today programme the plan would go ahead.",
        "He told USA Today that he would run.",
        "In an interview with NBC News ' `` Today '' aired on Tuesday , he said so .",
    ):
        assert [e.text for e in tag(text, MONDAY)] in ([], ["Tuesday"]), text
    assert read("Today the minister said the plan would go ahead.", MONDAY)[2] == "2024-09-16"
    assert read("`` Today is a good day , '' the minister said .", MONDAY)[2] == "2024-09-16"


def test_last_weekday_is_never_yesterday() -> None:
    # the day before is "yesterday": "last Tuesday's quake" on a Wednesday is a week back
    tuesday = MONDAY + dt.timedelta(days=1)
    assert read("Thousands died in last Tuesday's quake.", tuesday + dt.timedelta(days=1))[2] == (
        "2024-09-10"
    )
    assert read("Thousands died in last Tuesday's quake.", tuesday + dt.timedelta(days=2))[2] == (
        "2024-09-17"
    )
    assert read("He said on Tuesday.", tuesday + dt.timedelta(days=1))[2] == "2024-09-17"


def test_weekday_parts_of_day_keep_the_day_and_plural_weekdays_are_sets() -> None:
    assert read("It happened Friday night.", MONDAY) == ("Friday night", "DATE", "2024-09-13")
    assert read("It happened last night.", MONDAY)[1:] == ("TIME", "2024-09-15TNI")
    assert read("Flights leave on Mondays.", MONDAY)[1:] == ("SET", "XXXX-WXX-1")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It rained yesterday.", "2024-09-15"),
        ("It rains today.", "2024-09-16"),
        ("It will rain tomorrow.", "2024-09-17"),
        ("It rained last week.", "2024-W37"),
        ("It rains this week.", "2024-W38"),
        ("It will rain next week.", "2024-W39"),
        ("It rained last month.", "2024-08"),
        ("It will rain next month.", "2024-10"),
        ("It rained this year.", "2024"),
        ("It rained last year.", "2023"),
        ("It will rain next year.", "2025"),
        ("It rained two years ago.", "2022"),
        ("It rained three days ago.", "2024-09-13"),
    ],
)
def test_days_weeks_months_and_years_relative_to_the_reference(text: str, value: str) -> None:
    e = only(text, MONDAY)
    assert (e.type, e.value, e.anchor) == ("DATE", value, "2024-09-16")


@pytest.mark.parametrize(
    ("text", "reference", "value", "mod"),
    [
        ("Troops withdrew earlier this month.", dt.date(2024, 8, 7), "2024-08", "START"),
        ("The coup came last July.", dt.date(2024, 5, 20), "2023-07", None),
        ("In April, trainers arrived.", MONDAY, "2024-04", None),
        ("The minister will visit in April.", MONDAY, "2025-04", None),
        ("They will leave by mid-September.", dt.date(2024, 5, 20), "2024-09", "MID"),
        ("They would leave by the middle of September.", dt.date(2024, 8, 7), "2024-09", "MID"),
        ("Prices rose in early 2024.", MONDAY, "2024", "START"),
        ("Prices rose late last year.", MONDAY, "2023", "END"),
        ("It came in late November.", dt.date(2000, 1, 7), "1999-11", "END"),
        ("The coup came last summer.", MONDAY, "2023-SU", None),
        # a month of a year told relative to the page's: one expression, that year's month
        ("The station falls in late March of next year.", dt.date(2017, 12, 31), "2018-03", "END"),
        ("The plant closed in March of last year.", dt.date(2017, 12, 31), "2016-03", None),
        ("Talks began in early March of this year.", dt.date(2017, 12, 31), "2017-03", "START"),
    ],
)
def test_months_seasons_and_parts_of_periods(
    text: str, reference: dt.date, value: str, mod: str | None
) -> None:
    e = only(text, reference)
    assert (e.type, e.value, e.mod) == ("DATE", value, mod)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The talks lasted four days.", "four days", "P4D"),
        ("Trained troops over the past decade.", "the past decade", "P10Y"),
        ("A 16-hour shift.", "16-hour", "PT16H"),
        ("It took more than a year.", "more than a year", "P1Y"),
        ("It took several months.", "several months", "PXM"),
        ("It took 2 1/2 years.", "2 1/2 years", "P2Y6M"),
    ],
)
def test_durations_are_typed_as_durations(text: str, surface: str, value: str) -> None:
    e = only(text)
    assert (e.text, e.type, e.value) == (surface, "DURATION", value)


def test_ages_and_rates_are_not_durations() -> None:
    assert tag("Mr. Reupke, 52 years old, resigned.", MONDAY) == []
    assert tag("The 6-year-old boy was found.", MONDAY) == []
    assert tag("It pays $1.76 a year.", MONDAY) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("They meet every year.", "P1Y"),
        ("They meet every Monday.", "XXXX-WXX-1"),
        ("They meet twice a week.", "P1W"),
        ("Prices are set daily.", "P1D"),
    ],
)
def test_sets(text: str, value: str) -> None:
    assert read(text)[1:] == ("SET", value)


def test_clock_times_take_the_day_they_are_told_with() -> None:
    assert read("It exploded at 10:35 a.m. Friday.", dt.date(1998, 8, 7))[1:] == (
        "TIME",
        "1998-08-07T10:35",
    )
    assert read("The deadline is noon tomorrow.", MONDAY)[1:] == ("TIME", "2024-09-17T12:00")


def test_vague_references() -> None:
    assert read("It is now clear.")[1:] == ("DATE", "PRESENT_REF")
    assert read("It recently changed.")[1:] == ("DATE", "PAST_REF")
    assert read("Prices rose in recent years.")[1:] == ("DURATION", "PXY")


def test_discourse_quarter_carries_over_to_a_year_ago() -> None:
    found = tag("Profit rose in the third quarter from a year ago.", dt.date(1989, 11, 2))
    assert [(e.text, e.value) for e in found] == [
        ("the third quarter", "1989-Q3"),
        ("a year ago", "1988-Q3"),
    ]


def test_anaphora_use_the_last_date_told() -> None:
    found = tag("He arrived on March 3, 2020. The next day he left.", dt.date(2020, 6, 1))
    assert found[1].text == "The next day" and found[1].value == "2020-03-04"


def test_later_counts_from_the_day_just_told() -> None:
    found = tag("Rebels took the town on Monday. Two days later they left.", dt.date(2024, 9, 20))
    assert [(e.text, e.value) for e in found] == [
        ("Monday", "2024-09-16"),
        ("Two days later", "2024-09-18"),
    ]


def test_a_day_later_after_a_sentence_ending_on_a_plural_is_no_rate() -> None:
    # "four flights a week" is a rate; a full stop ends the plural before "A day later"
    found = tag(
        "Rebels took the town on Monday from government forces. A day later they left.",
        dt.date(2024, 9, 20),
    )
    assert [(e.text, e.value) for e in found] == [
        ("Monday", "2024-09-16"),
        ("A day later", "2024-09-17"),
    ]
    assert tag("The airline runs four flights a week to the town.", dt.date(2024, 9, 20)) == []


def test_absolute_expressions_have_no_anchor_and_relative_ones_name_theirs() -> None:
    absolute, relative = tag("On September 16, 2024 he said on Monday it ended.", WEDNESDAY)
    assert absolute.anchor is None
    assert relative.anchor == "2024-09-18"


def test_without_any_reference_relative_values_keep_placeholders() -> None:
    found = tag("Officials said on Monday they would leave in April.")
    assert [(e.value, e.anchor) for e in found] == [("XXXX-WXX-1", None), ("XXXX-04", None)]


def test_without_a_reference_the_publication_date_is_inferred() -> None:
    text = "September 16, 2024\n\nThe withdrawal is complete, an official said on Monday."
    found = tag(text)
    assert [e.value for e in found] == ["2024-09-16", "2024-09-16"]
    assert found[1].anchor == "2024-09-16"


def test_may_and_march_the_verbs_are_not_months() -> None:
    assert tag("Troops may leave. The march was peaceful.", MONDAY) == []
    assert read("It happened in May.", MONDAY)[2] == "2024-05"


def test_offsets_are_into_the_text_as_given() -> None:
    text = "Über café — 16 September 2024 😀 and Sept. 15"
    for e in tag(text, MONDAY):
        assert text[e.start : e.end] == e.text


def test_absurd_inputs_give_nothing_or_something_sane() -> None:
    assert all("9999" not in e.value for e in tag("In the year 99999 nothing happened.", MONDAY))
    assert all(e.value != "2024-05-32" for e in tag("on the 32nd of May", MONDAY))
    assert all("-02-30" not in e.value for e in tag("Feb. 30, 2023", MONDAY))
    assert tag("7" * 10_000_000, MONDAY) == []  # 10 MB of digits
    many = tag("May 1 " * 2_000, MONDAY)
    assert len(many) == 2_000 and {e.value for e in many} == {"2024-05-01"}


def test_json_report_has_the_fixed_keys() -> None:
    text = "It ended on Monday."
    rows = json.loads(format_expressions(tag(text, MONDAY), "json"))
    assert rows == [
        {"start": 12, "end": 18, "text": "Monday", "type": "DATE", "value": "2024-09-16"}
    ]
    assert "2024-09-16" in format_expressions(tag(text, MONDAY), "text")


def _seed(name: str) -> tuple[str, dt.date | None]:
    if not SEEDS.is_dir():
        pytest.skip("../shared is absent")
    raw = (SEEDS / name).read_text(encoding="utf-8")
    if raw.startswith(" date "):
        return raw[17:], dt.date.fromisoformat(raw[6:16])
    return raw, None


def _values(name: str) -> dict[str, str]:
    text, published = _seed(name)
    return {e.text: e.value for e in tag(text, published)}


def test_seed_relative_expressions_resolve() -> None:
    first = _values("000_de77b9138fec6511.txt")  # published 2024-08-07
    assert first["Monday"] == "2024-08-05"
    assert first["earlier this month"] == "2024-08"
    assert first["September 15"] == "2024-09-15"
    assert first["March"] == "2024-03"
    assert first["April"] == "2024-04"
    assert first["the middle of September"] == "2024-09"
    assert first["last year"] == "2023"
    completed = _values("002_1d74d7e845ab6ebd.txt")  # published 2024-09-16
    assert completed["Monday"] == "2024-09-16"
    assert completed["last month"] == "2024-08"
    assert completed["Earlier this year"] == "2024"
    schedule = _values("004_63a843cedee9e449.txt")  # published 2024-05-20
    assert schedule["mid-September"] == "2024-09"
    assert schedule["last July"] == "2023-07"
    assert schedule["Sunday"] == "2024-05-19"
    assert schedule["next month"] == "2024-06"
    assert schedule["four days"] == "P4D"


def test_undated_seed_gets_a_date_within_three_days() -> None:
    text, published = _seed("003_3816df02ea11f93a.txt")
    assert published is None
    collection = [d for d in (_seed(path.name)[1] for path in sorted(SEEDS.iterdir())) if d]
    found = infer_publication_date(text, collection=collection)
    assert found is not None
    inferred, confidence = found
    assert abs((inferred - dt.date(2024, 9, 16)).days) <= 3
    assert 0.0 < confidence <= 1.0
