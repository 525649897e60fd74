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

from storyline.timex.lexicon import (
    INFORMAL_DAY_WORDS,
    MONTHS,
    SEASONS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    ZONES,
)

# How many words before its trigger an expression may start ("no more than sixty days").
WORDS_BEFORE = 7

_TOKEN = re.compile(r"[A-Za-z]+|\d+")
_CLOCK_AFTER = re.compile(r"(?:[:.]?\d{2})?\+?\s?[ap]\.?\s?m\b|:\d{2}", re.IGNORECASE)
_HOURS = rf"\s*+(?i:hrs?|{ZONES}|local\s+time)\b"
_HOURS_AFTER = re.compile(_HOURS)
_NUMERIC_AFTER = re.compile(r"\\?[/.]\d{1,2}\\?[/.]\d{2}")

_DATE_RULES = ("month_day", "day_month", "week_of", "month", "clock", "set")
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
    "day": (*_UNIT_RULES, "day_span"),  # "a long day"
    "part": (*_UNIT_RULES, "day_part"),  # "at night", "long weekend"
    "day_word": ("day_word", "clock", "anaphor", "set", "weekday", "day_part"),
    "reference": ("reference",),
    "season": ("season", "set"),
    "holiday": ("holiday",),
    "adverb": ("set",),
    "named": ("clock",),
    "spelled": ("spelled_year", "decade"),
    "era": ("era",),
}

# How many words before its trigger each rule's expressions may start: "this year's third
# quarter" starts four words before "quarter", "last Friday" one before "Friday".
RULE_REACH: dict[str, int] = {
    "weekday": 5,  # "the day before last Tuesday"
    "day_word": 3,
    "day_part": 1,
    "day_span": 1,
    "reference": 2,
    "holiday": 2,
    "set": 3,
    "anaphor": 3,
    "quarter_code": 1,
    "iso": 1,
    "numeric": 1,
    "year_ago": 2,
    "century": 3,
    "spelled_year": 4,
    "year_period": 4,
    "season": 5,
    "day_month": 7,  # "the early morning hours of 30 April"
    "era": 7,  # "the late autumn of 481 BC"
}

_UNIT_WORDS = (
    "second minute hour day night week weekend fortnight month quarter half period year decade "
    "century centuries millennium millennia millenniums hr min yr wk"
).split()
# Digits glued to a unit: "16days", "12hrs", "7months".
_GLUED_UNIT = re.compile(r"(?:\.\d+)?(?:" + "|".join(_UNIT_WORDS) + r")s?\b", re.IGNORECASE)


def _word_classes() -> dict[str, str]:
    classes: dict[str, str] = {}
    groups = {
        "month": list(MONTHS),
        "weekday": [*WEEKDAYS, *WEEKDAY_ABBREVIATIONS, *(day + "s" for day in WEEKDAYS)],
        "unit": _UNIT_WORDS + [w + "s" for w in _UNIT_WORDS if not w.endswith(("s", "ies", "a"))],
        "day_word": "today yesterday tomorrow tonight overnight morning afternoon evening "
        "mornings afternoons evenings nite wkend wknd".split()
        + list(INFORMAL_DAY_WORDS),
        "reference": "now currently current recent recently nowadays lately present past "
        "future term".split(),
        "season": list(SEASONS),
        "holiday": "christmas xmas thanksgiving easter halloween".split(),
        "adverb": "daily nightly weekly monthly annually yearly hourly biweekly bimonthly "
        "biannually semiannually".split(),
        "named": "noon midnight midday".split(),
        "spelled": "nineteen twenty thousand twenties thirties forties fifties sixties "
        "seventies eighties nineties".split(),
        "era": ["bc", "bce"],
    }
    for kind, words in groups.items():
        for word in words:
            classes[word] = kind
    classes["day"] = classes["days"] = "day"
    for word in ("night", "weekend", "sunset", "sunrise", "dawn", "dusk"):
        classes[word] = "part"
    return classes


WORD_CLASSES = _word_classes()


def _trie_pattern(words: list[str]) -> str:
    """An alternation of ``words`` factored on common prefixes, so the regex engine tries
    each letter once instead of each word in turn (three times faster on news text)."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


_WORDS = _trie_pattern(list(WORD_CLASSES))
# Case-sensitive on lower-cased text is twice as fast as IGNORECASE; IGNORECASE is the
# fallback for the rare text whose lower-casing changes its length (offsets would shift).
# Digits that can be part of a date or time: a year, a clock time, a numeric date, a decade,
# a quarter code. Other numbers ("1,500 troops") are passed over inside the regex engine.
_DIGITS = (
    r"(?<!\d)(?:[12]\d{3}(?!\d)|\d{1,4}(?=\+?\s?[ap]\.?\s?m\b)|"
    r"\d{1,3}(?=(?:\.\d+)?[a-z])|\d{4}(?=" + _HOURS + r")|"  # "16days", "2359hrs", "0930 BST"
    r"\d{1,2}(?=(?:[:.]\d{2})?\s?[ap]\.?\s?m\b|:\d{2}|"
    r"\\?[/.]\d{1,2}\\?[/.]\d{2}|s\b)|(?<=[qh])[1-4](?!\d))"
)
# "(?=\d)" first: without it the engine tries every digit alternative at every character.
_TRIGGER_LOWER = re.compile(rf"\b{_WORDS}\b|(?=\d){_DIGITS}")
_TRIGGER_ANY_CASE = re.compile(rf"\b{_WORDS}\b|(?=\d){_DIGITS}", re.IGNORECASE)
_REACH_CHARS = 100  # enough for WORDS_BEFORE words of news text


def _digit_class(text: str, start: int, end: int) -> str | None:
    """The trigger class of a run of digits, judged by its length and what touches it."""
    length = end - start
    if _CLOCK_AFTER.match(text, end) or (length == 4 and _HOURS_AFTER.match(text, end)):
        return "clock"  # "7:30pm", "430pm", "1230 p.m.", "2359hrs"
    if length <= 3 and _GLUED_UNIT.match(text, end):
        return "unit"
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
    lowered = text.lower()
    if len(lowered) == len(text):
        matches = _TRIGGER_LOWER.finditer(lowered)
    else:
        matches = _TRIGGER_ANY_CASE.finditer(text)
    classes = WORD_CLASSES
    recent: list[int] = []  # starts of the words before the current trigger
    scanned = 0  # the text before this offset has been read into ``recent``
    for match in matches:
        start, end = match.span()
        word = match.group()
        kind = _digit_class(text, start, end) if word.isdigit() else classes.get(word.lower())
        if kind is None:
            continue
        lo = max(scanned, start - _REACH_CHARS)
        if lo > scanned:
            recent.clear()  # a long stretch without triggers: nothing before it counts
        recent.extend(t.start() for t in _TOKEN.finditer(text, lo, start))
        del recent[:-WORDS_BEFORE]
        scanned = start
        yield start, (*recent, start), CLASS_RULES[kind]
