"""Where time expressions can start: one pass over the words they are built around.

Running every rule over the whole text costs a regex attempt per rule at every word, yet most
of a news text holds no time expression. Every expression contains a trigger word (a month or
weekday name, a year, a clock time, a unit such as "week", a word such as "today"), and starts
at most a few words before it ("the end of last week", "no more than sixty days"). So the text
is read once as words; at each trigger, only the rules that can contain that trigger are tried,
anchored at the few word starts before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from storyline.timex.lexicon import MONTHS, SEASONS, WEEKDAY_ABBREVIATIONS, WEEKDAYS

# How many words before its trigger an expression may start ("no more than sixty days").
WORDS_BEFORE = 7

_TOKEN = re.compile(r"[A-Za-z]+|\d+")
_CLOCK_AFTER = re.compile(r"(?:[:.]\d{2})?\s?[ap]\.?\s?m\b|:\d{2}", re.IGNORECASE)
_NUMERIC_AFTER = re.compile(r"[/.]\d{1,2}[/.]\d{2}")

_DATE_RULES = ("month_day", "day_month", "month", "clock", "set")
_YEAR_RULES = (
    "month_day",
    "day_month",
    "month",
    "year",
    "year_period",
    "decade",
    "quarter",
    "quarter_code",
    "holiday",
    "season",
    "iso",
    "century",
)
_UNIT_RULES = (
    "unit_ref",
    "duration",
    "set",
    "anaphor",
    "year_ago",
    "century",
    "quarter",
    "year_period",
    "spelled_year",
    "weekday",
    "day_word",
    "reference",
    "holiday",
)

# Trigger class -> the rules whose expressions can contain it.
CLASS_RULES: dict[str, tuple[str, ...]] = {
    "year": _YEAR_RULES,
    "numeric": ("numeric", "iso"),
    "clock": ("clock",),
    "decade": ("decade",),
    "code": ("quarter_code",),
    "month": _DATE_RULES,
    "weekday": ("weekday", "month_day", "day_month", "clock", "set", "holiday"),
    "unit": _UNIT_RULES,
    "day_word": ("day_word", "clock", "anaphor", "set", "weekday"),
    "reference": ("reference",),
    "season": ("season", "set"),
    "holiday": ("holiday",),
    "adverb": ("set",),
    "named": ("clock",),
    "spelled": ("spelled_year", "decade"),
}

_UNIT_WORDS = (
    "second minute hour day night week weekend fortnight month quarter half year decade "
    "century centuries millennium millennia millenniums"
).split()


def _word_classes() -> dict[str, str]:
    classes: dict[str, str] = {}
    groups = {
        "month": list(MONTHS),
        "weekday": [*WEEKDAYS, *WEEKDAY_ABBREVIATIONS, *(day + "s" for day in WEEKDAYS)],
        "unit": _UNIT_WORDS + [w + "s" for w in _UNIT_WORDS if not w.endswith(("s", "ies", "a"))],
        "day_word": "today yesterday tomorrow tonight overnight morning afternoon evening "
        "mornings afternoons evenings".split(),
        "reference": "now currently current recent recently nowadays lately present past "
        "future".split(),
        "season": list(SEASONS),
        "holiday": "christmas thanksgiving easter halloween".split(),
        "adverb": "daily nightly weekly monthly annually yearly hourly biweekly bimonthly "
        "biannually semiannually".split(),
        "named": "noon midnight midday".split(),
        "spelled": "nineteen twenty thousand twenties thirties forties fifties sixties "
        "seventies eighties nineties".split(),
    }
    for kind, words in groups.items():
        for word in words:
            classes[word] = kind
    return classes


WORD_CLASSES = _word_classes()


def _digit_class(text: str, start: int, end: int) -> str | None:
    """The trigger class of a run of digits, judged by its length and what touches it."""
    length = end - start
    if length == 4:
        return "year" if text[start] in "12" else None
    if length > 2:
        return None
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if before in "QqHh" and (start < 2 or not text[start - 2].isalpha()):
        return "code"
    if after in "sS" and before in "'’":
        return "decade"
    if _CLOCK_AFTER.match(text, end):
        return "clock"
    if _NUMERIC_AFTER.match(text, end):
        return "numeric"
    return None


def trigger_sites(text: str) -> Iterator[tuple[int, tuple[int, ...], tuple[str, ...]]]:
    """Each trigger as (its start, the word starts an expression holding it may begin at,
    the rules to try)."""
    recent: list[int] = []
    classes = WORD_CLASSES
    for token in _TOKEN.finditer(text):
        start = token.start()
        recent.append(start)
        if len(recent) > WORDS_BEFORE + 1:
            del recent[0]
        word = token.group()
        if word[0].isdigit():
            kind = _digit_class(text, start, token.end())
        else:
            kind = classes.get(word.lower())
        if kind is None:
            continue
        yield start, tuple(recent), CLASS_RULES[kind]
