"""Words that name times, and the numbers they stand for.

Kept apart from the patterns so that a word added here (a new month abbreviation, a number
word) reaches every rule that uses it, and so the patterns stay readable.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from storyline.text import CARDINALS

MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

WEEKDAYS: dict[str, int] = {
    "monday": 1,
    "tuesday": 2,
    "wednesday": 3,
    "thursday": 4,
    "friday": 5,
    "saturday": 6,
    "sunday": 7,
}

# Weekday abbreviations, only trusted inside a full date ("Mon., Sept. 16"): on their own
# "Sun", "Sat" or "Wed" are more often something else.
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "mon": 1,
    "tue": 2,
    "tues": 2,
    "wed": 3,
    "thu": 4,
    "thur": 4,
    "thurs": 4,
    "fri": 5,
    "sat": 6,
    "sun": 7,
}

# Informal spellings of the day words, as written in messages and tweets.
INFORMAL_DAY_WORDS: dict[str, str] = {
    "tdy": "today",
    "2day": "today",
    "tmr": "tomorrow",
    "tmrw": "tomorrow",
    "tmrow": "tomorrow",
    "tmw": "tomorrow",
    "trmw": "tomorrow",
    "tmoro": "tomorrow",
    "tomoro": "tomorrow",
    "tomolo": "tomorrow",
    "tomorow": "tomorrow",
    "tomoz": "tomorrow",
    "2mora": "tomorrow",
    "2moro": "tomorrow",
    "2morrow": "tomorrow",
    "2mrw": "tomorrow",
    "2nite": "tonight",
    "2night": "tonight",
    "tonite": "tonight",
    "tnite": "tonight",
    "yday": "yesterday",
    "ystd": "yesterday",
}

SEASONS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "fall": "FA",
    "autumn": "FA",
    "winter": "WI",
}

# Parts of the day as TIMEX3 writes them (2024-09-16TMO).
DAY_PARTS: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "nite": "NI",
    "overnight": "NI",
    "tonight": "NI",
}

UNITS: dict[str, str] = {
    "second": "S",
    "minute": "MIN",
    "hour": "H",
    "day": "D",
    "night": "D",
    "week": "W",
    "fortnight": "FN",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
    "millennium": "ML",
    "weekend": "WE",
}

# Abbreviated units, as messages write them ("12 hrs", "30 mins"); only read after digits.
UNIT_ABBREVIATIONS: dict[str, str] = {
    "hr": "hour",
    "hrs": "hour",
    "min": "minute",
    "mins": "minute",
    "yr": "year",
    "yrs": "year",
    "wk": "week",
    "wks": "week",
}

NUMBER_WORDS: dict[str, int] = dict(CARDINALS)
NUMBER_WORDS.update({"a": 1, "an": 1, "single": 1, "couple": 2, "dozen": 12, "hundred": 100})

ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
    "thirtieth": 30,
    "last": -1,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of words, longest first so that the longest spelling wins."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def number_value(word: str) -> int | None:
    """The integer a numeral or number word ("twenty-five", "25", "a") stands for."""
    w = word.lower().replace(",", "")
    if w.isdigit():
        return int(w) if len(w) <= 6 else None
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w]
    tens, _, ones = w.partition("-")
    if tens in NUMBER_WORDS and ones in NUMBER_WORDS:
        return NUMBER_WORDS[tens] + NUMBER_WORDS[ones]
    return None


ZONES = r"(?:GMT|UTC|BST|CES?T|[ECMP][SD]T)"
"""Time zones a clock time is written with ("1700 BST", "10:35 a.m. EDT"): four digits
before one are a time of day, not a year."""
