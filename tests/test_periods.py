"""The days a date value covers, as timelines, disagreements and the story page read them."""

from __future__ import annotations

from datetime import date

import pytest

from storyline.periods import period, span


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2025-10-14", date(2025, 10, 14), date(2025, 10, 14)),
        ("2025-10", date(2025, 10, 1), date(2025, 10, 31)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        ("2025-12", date(2025, 12, 1), date(2025, 12, 31)),
        ("2025", date(2025, 1, 1), date(2025, 12, 31)),
        ("2014-XX-XX", date(2014, 1, 1), date(2014, 12, 31)),  # a message's year
        ("2024-W38", date(2024, 9, 16), date(2024, 9, 22)),
        ("2025-Q4", date(2025, 10, 1), date(2025, 12, 31)),
        ("2025-SU", date(2025, 6, 1), date(2025, 8, 31)),
        ("2023-WI", date(2023, 12, 1), date(2024, 2, 29)),
        ("202", date(2020, 1, 1), date(2029, 12, 31)),
    ],
)
def test_period_of_a_date_value(value: str, first: date, last: date) -> None:
    assert period(value) == (first, last)


@pytest.mark.parametrize(
    "value", ["PRESENT_REF", "P1D", "XXXX-08", "2025-13", "2025-13-01", "2025-02-30", ""]
)
def test_values_off_the_calendar_have_no_period(value: str) -> None:
    assert period(value) is None
    with pytest.raises(ValueError, match="not a calendar"):
        span(value)
