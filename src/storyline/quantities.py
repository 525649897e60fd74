"""Quantities: the numbers an article states, with what they count and how sure it is.

A claim is only checkable when the number keeps its hedge ("nearly", "more than") and its
counted noun ("troops", "kilometers"), so extraction returns all three with the sentence.
Numbers that are really dates or durations ("July 7", "four days", "2013") are not
quantities: the temporal tagger's spans exclude them, and a counted noun that is a unit of
time ("four days of negotiations") marks a duration even when the tagger missed it. A
count told as none ("no one was injured") is a figure too, 0, as a reader sets it against
another outlet's "two people were injured".

Extraction is rule-based on purpose: it runs offline on every article, its decisions can be
explained from the sentence alone, and the forms news uses for figures are few.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from storyline.models import Document, Quantity, Sentence, TimeExpression
from storyline.text import CARDINALS, PHRASE_ENDS
from storyline.timex.lexicon import WEEKDAYS

_UNITS_WORDS = {word: n for word, n in CARDINALS.items() if 0 < n < 20}
_TENS_WORDS = {word: n for word, n in CARDINALS.items() if n >= 20}
_SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "bn": 1e9, "m": 1e6, "k": 1e3, "mn": 1e6,
}  # fmt: skip
# Vague amounts ("hundreds of millions"): the value is the smallest round figure the words
# allow; the qualifier keeps the words so the range can be rebuilt when comparing.
_VAGUE = {"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1e3, "millions": 1e6,
          "billions": 1e9, "trillions": 1e12}  # fmt: skip

QUALIFIERS = (
    "no fewer than", "no more than", "not more than", "more than", "fewer than", "less than",
    "at least", "at most", "up to", "as many as", "as few as", "upwards of", "well over",
    "well above", "just over", "just under", "close to", "an estimated", "estimated",
    "approximately", "roughly", "around", "about", "nearly", "almost", "some", "over",
    "under", "below", "above", "exactly", "precisely", "only", "just", "all", "the remaining",
    "a further", "another",
)  # fmt: skip
_SHARES = ("most", "the majority", "nearly all", "almost all", "half", "the bulk")

_WORD_NUMBER = (
    r"(?:(?:" + "|".join(_TENS_WORDS) + r")(?:[-\s](?:" + "|".join(list(_UNITS_WORDS)[:9])
    + r"))?|" + "|".join(sorted(_UNITS_WORDS, key=len, reverse=True)) + r")"
)
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = (
    r"(?:\s?(?:hundred|thousand|million|billion|trillion|bn\b|mn\b)|(?(cur)\s?)(?:m|k)\b"
    r"|\sm(?=\s+[a-z]+s\b))"
)
"""A scale word, or its abbreviation ("$1.6bn"), which a tokenised text sets apart ("$ 1.6 bn",
"4.9 m barrels"); "m" apart from its figure is a million only after a currency or before a
counted noun ("5 m deep" is metres)."""
_CURRENCY = r"(?:US\$|\$|€|£|¥)"
_QUALIFIER = "|".join(q.replace(" ", r"\s+") for q in QUALIFIERS)
_NUMBER = re.compile(
    rf"""
    (?<![\w.,:/$€£¥-])
    (?P<qual>(?:{_QUALIFIER})\s+)?
    (?P<cur>{_CURRENCY}\s?)?
    (?:
        (?P<vague>(?:tens\s+of\s+|hundreds\s+of\s+)?(?:dozens|scores|hundreds|thousands|millions
            |billions|trillions)(?:\s+of\s+(?:thousands|millions|billions))?)
      | (?P<some>(?:several|a\s+few|a\s+couple\s+of)\s+(?:dozen|hundred|thousand|million|billion))
      | (?P<num>(?:(?:half\s+|(?:a|one|three|two)[-\s](?:quarters?|thirds?)\s+of\s+)?an?
                (?=\s+(?:dozen|hundred|thousand|million|billion))
            |{_DIGITS}|{_WORD_NUMBER})
            (?P<scale>(?:{_SCALE}){{0,2}})(?P<plus>\s+and\s+{_WORD_NUMBER})?(?P<dozen>\s+dozen)?)
    )
    (?P<hyunit>-(?:kilomet(?:er|re)|km|mile|met(?:er|re)|centimet(?:er|re)|foot|inch|tonne|ton
            |acre|hectare|magnitude)s?
        |(?:kg|km|lbs?|ft|cm)(?![A-Za-z]))?
    (?P<pct>\s?(?:%|percent\b|per\s+cent\b|percentage\s+points?\b))?
    (?![A-Za-z]|,\d|\d|-\w|:\d|\.\d)
    """,
    re.IGNORECASE | re.VERBOSE,
)
_CURRENCY_UNITS = {"$": "dollars", "us$": "dollars", "€": "euros", "£": "pounds", "¥": "yen"}
_UNIT_SYNONYMS = {
    "km": "kilometers", "kms": "kilometers", "kilometre": "kilometers",
    "kilometres": "kilometers", "kilometer": "kilometers", "mi": "miles", "mile": "miles",
    "metre": "meters", "metres": "meters", "meter": "meters", "m2": "square meters",
    "km2": "square kilometers", "foot": "feet", "feet": "feet", "ft": "feet",
    "inch": "inches", "cm": "centimeters", "centimetre": "centimeters",
    "centimetres": "centimeters", "centimeter": "centimeters",
    "kg": "kilograms", "kilos": "kilograms", "tonne": "tonnes", "tons": "tonnes",
    "ton": "tonnes", "dollar": "dollars", "usd": "dollars", "euro": "euros", "eur": "euros",
    "pound": "pounds", "per": "percent", "pct": "percent", "lb": "lbs", "lbs": "lbs",
}  # fmt: skip
_TIME_UNITS = re.compile(
    r"(?:second|sec|minute|min|hour|hr|day|night|week|weekend|fortnight|month|year|yr|decade"
    r"|century|centuries|millenni(?:um|a))s?$",
    re.IGNORECASE,
)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_BEFORE_DATE = re.compile(rf"\b{_MONTH}\s*$", re.IGNORECASE)
# "the two countries" refers back to things already counted; it states no figure.
_REFERENCE = re.compile(r"\b(?:the|both|these|those)\s+$", re.IGNORECASE)
_RATIO_AFTER = re.compile(rf"\s+(?:in|out\s+of)\s+(?:\d{{1,3}}|{_WORD_NUMBER})\b", re.I)
_RATIO_BEFORE = re.compile(rf"\b(?:\d{{1,3}}|{_WORD_NUMBER})\s+(?:in|out\s+of)\s+$", re.I)
_AFTER_DATE = re.compile(
    rf"^\s*(?:{_MONTH}\b|a\.m\.|p\.m\.|(?:am|pm|GMT|UTC|BST|CET|EST|EDT|PST|PDT|ET|local\s+time)\b)",
    re.IGNORECASE,
)
# A capitalised word right before a number names a thing ("Air Base 101", "Flight 370").
_IDENTIFIER_BEFORE = re.compile(r"\b(?P<name>[A-Z][\w-]*|No\.)\s$")
_WORD = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Za-z][\w'’-]*\w|[A-Za-z]")
_PLURAL_HEADS = frozenset(
    """people personnel police staff children men women aircraft cattle livestock
    troops forces data media crew""".split()
)
HARMED = frozenset("dead injured wounded hurt missing".split())
"""Adjectives a count of people is told by ("25 dead", "40 wounded"): the head of the count,
whatever words follow it."""
_PARTITIVE = re.compile(r"^\s+of\s+(?:the|those|these|its|their|his|her|our|them)\b", re.I)
_OF = re.compile(r"^\s+of\s+", re.IGNORECASE)
_DETERMINER = re.compile(r"(?:the|those|these|its|their|his|her|our)\s+", re.IGNORECASE)
# "most of the roughly 700 troops in Ostrel are at the Vane airfield": a share named first.
_LEADING_SHARE = re.compile(
    r"\b(?P<share>" + "|".join(s.replace(" ", r"\s+") for s in _SHARES)
    + r")\s+of\s+(?:the|its|their|these|those)\s+$",
    re.IGNORECASE,
)  # fmt: skip
_SHARE = re.compile(
    r"(?:[,;]\s*|\b(?:and|with)\s+)(?P<share>"
    + "|".join(s.replace(" ", r"\s+") for s in _SHARES)
    + r")(?:\s+of\s+(?:them|those|whom))?\s+(?:\w+\s+)?(?:at|in|near|on|based)\b",
    re.IGNORECASE,
)


def extract_quantities(document: Document) -> list[Quantity]:
    """Every quantity in the document's sentences, dates and durations left out.

    ``document.time_expressions`` must already be filled (the tagger runs first in the
    per-article stage); their spans are what keeps "July 7" and "four days" out.
    """
    from storyline.sentences import per_sentence

    timed = [t for t in document.time_expressions if t.type in _TIME_TYPES]
    found: list[Quantity] = []
    for sentence, inside in zip(
        document.sentences, per_sentence(document.sentences, timed), strict=True
    ):
        found.extend(sentence_quantities(sentence, inside))
    return found


_TIME_TYPES = frozenset({"DATE", "TIME", "DURATION", "SET"})


def sentence_quantities(
    sentence: Sentence, time_expressions: Iterable[TimeExpression] = ()
) -> list[Quantity]:
    """The quantities of one sentence; spans are offsets into the article text.

    A figure followed by a share ("fewer than 1,000 troops remain, most at an air base")
    yields a second quantity for the share, because that is a claim about another place.
    """
    shown = sentence.text
    if not _may_hold_number(shown):
        return _zero_counts(sentence)
    text = _dashed_ranges(shown)
    spans = [
        (t.start - sentence.start, t.end - sentence.start)
        for t in time_expressions
        if t.start < sentence.end and t.end > sentence.start
    ]
    quantities: list[Quantity] = []
    matches = list(_NUMBER.finditer(text))
    quake = _QUAKE.search(text) is not None
    range_start: int | None = None
    low: float | None = None
    low_scale = 1.0
    for match, following in zip(matches, [*matches[1:], None], strict=False):
        number = _parse(match)
        if number is None:
            continue
        value, qualifier = number
        if (
            following is not None
            and _CHANGE_FROM.search(_before(text, match.start()))
            and _RANGE_JOIN.fullmatch(text, match.end(), following.start())
        ):
            continue  # the old value of a change; the new one follows
        opens = _range_start(text, match, following) if following is not None else None
        if opens is not None:
            range_start, low = opens, value
            low_scale = _scale_of(match)
            continue
        if low is not None and range_start is not None:
            low *= _shared_scale(low, low_scale, value, _scale_of(match), match.group())
            qualifier = f"between {low:.15g} and"
        start = range_start if range_start is not None else match.start()
        range_start = low = None
        num_start = match.start("cur") if match.group("cur") else _number_start(match)
        if any(s < match.end() and e > num_start for s, e in spans):
            continue
        unit, end = _unit(match, text, quake)
        if _is_time_or_identifier(match, text, num_start, unit, value):
            continue
        named = (
            _MAGNITUDE_BEFORE.search(text, _reach_back(text, start), start)
            if unit == MAGNITUDE
            else None
        )
        start = named.start() if named else start  # "magnitude 6.8", as a reader names it
        quantities.append(_quantity(sentence, value, shown[start:end], unit, qualifier, start, end))
        limit = following.start() if following else len(text)
        share = _LEADING_SHARE.search(text, _reach_back(text, start), start) or _SHARE.search(
            text, end, limit
        )
        if share:
            phrase = re.sub(r"\s+", " ", share.group("share").lower())
            share_qualifier = f"{phrase} of {qualifier}" if qualifier else f"{phrase} of"
            stop = re.compile(r"[,;.](?:\s|$)").search(text, max(end, share.end()))
            share_end = stop.start() if stop else len(text.rstrip())
            share_start = share.start("share")
            quantities.append(
                _quantity(
                    sentence, value, shown[share_start:share_end], unit, share_qualifier,
                    share_start, share_end,
                )
            )  # fmt: skip
    quantities.extend(_zero_counts(sentence))
    return quantities


_HARM = r"(?:killed|injured|hurt|wounded)"
_ZERO = re.compile(
    rf"""
    (?<![\w-])
    (?:
        (?P<who>no\s+one|no-one|nobody|none)
            (?=\s+(?:(?:was|were)\s+(?:reported\s+)?(?:\w+ly\s+)?{_HARM}|died)\b)
      | (?P<what>no\s+(?:injuries|deaths|fatalities))(?=\s+were\s+reported\b)
      | there\s+were\s+(?P<none>no\s+(?:injuries|deaths|fatalities))
    )
    (?P<rest>[^.,;:!?"”’()]*)
    """,
    re.IGNORECASE | re.VERBOSE,
)
"""A count told as none: "no one was injured", "nobody died", "no deaths were reported",
"there were no injuries". The harm follows the zero with nothing between ("no one else",
"no one on the ground", "none of the crew" count only some, and are not read). Only in the
simple past, which tells how one incident ended: "no one has been hurt so far", "there have
been no deaths" keep a running tally of a place or a group the sentences before name."""

_ZERO_REST = re.compile(
    rf"\s*(?:(?:was|were)\s+)?(?:reported\s+)?(?:\w+ly\s+)?"
    rf"(?:{_HARM}|died|reported)?(?:\s+(?:(?:in|during)\s+the|when|after|as|on)\b.*)?\s*$",
    re.IGNORECASE,
)
"""What may follow a zero in its clause: the harm, then nothing or the incident and its
time ("in the fire", "when the barge caught fire", "on Sunday"). A zero told of a place or
a group ("at the school", "among the passengers") counts only some of the people."""


def _zero_counts(sentence: Sentence) -> list[Quantity]:
    """The counts of a sentence told as none ("no one was hurt"): a figure of 0, which is
    what a reader sets against "two people were hurt". What is counted (the hurt, the dead)
    is read from the words around it, as for any figure without a counted noun."""
    text = sentence.text
    found = []
    for match in _ZERO.finditer(text):
        if _ZERO_REST.match(match.group("rest")) is None:
            continue
        group = next(g for g in ("who", "what", "none") if match.group(g))
        start, end = match.span(group)
        found.append(_quantity(sentence, 0.0, text[start:end], None, None, start, end))
    return found


# Every figure the number pattern reads has a digit or one of these words in it; most
# sentences have neither, and looking for them is far cheaper than trying the pattern.
_NUMBER_WORDS = (*_UNITS_WORDS, *_TENS_WORDS, "dozen", "score", "hundred", "thousand",
                 "million", "billion", "trillion")  # fmt: skip
_DIGIT = re.compile(r"\d")


def _may_hold_number(text: str) -> bool:
    """False only for a sentence in which the number pattern cannot match (ASCII text: case
    folding beyond ASCII is left to the pattern itself)."""
    if not text.isascii() or _DIGIT.search(text):
        return True
    lowered = text.lower()
    return any(word in lowered for word in _NUMBER_WORDS)


_RANGE_JOIN = re.compile(r"\s*(?:and|to|or|-|–)\s*", re.IGNORECASE)
_RANGE_LEAD = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
# "has risen from 11 to 14": the first figure is the old value, not the low end of a range.
_CHANGE_FROM = re.compile(
    r"\b(?:ris\w*|rose|increas\w*|jump\w*|climb\w*|f[ae]ll\w*|dropp?\w*|declin\w*|gr[eo]w\w*"
    r"|up|down|revised|raised|lowered)\s+from\s+$",
    re.IGNORECASE,
)


_HYPHEN_RANGE = re.compile(
    r"(?<![\w.,/$€£¥-])(\d+(?:,\d{3})*(?:\.\d+)?)-(\d+(?:,\d{3})*(?:\.\d+)?)"
    r"(?=\s?(?:%|per\s*cent\b|hundred\b|thousand\b|million\b|billion\b)|\s+([A-Za-z]+)\b)"
)
_TALLIES = frozenset(
    "vote votes win wins victory defeat loss lead margin decision majority record draw split "
    "score scoreline count tally ruling verdict finish to in on at and or with for from by "
    "over against after before as than".split()
)
"""Words after two figures joined by a hyphen that make them a tally of two sides ("a 19-51
vote", "lost 2-3 to", "a 1-2 finish"), not the ends of a range."""


def _dashed_ranges(text: str) -> str:
    """The text with a hyphen that joins the ends of a range ("200-250 army vehicles",
    "1-4 million deaths", "60-70 % of the shrimp") written as a dash, which the number
    pattern reads as a join (a hyphen binds a figure into a word: "F-16", "2-year-old").
    The low end comes first; a tally of two sides ("a 19-51 vote"), a name's number
    ("Boeing 737-800", "Flights 12-14") and a name after a one-digit figure ("the 9-11
    Commission") are no range. The dash has the hyphen's length, so offsets into the text
    stay those of the original."""

    def dashed(match: re.Match[str]) -> str:
        low, high = (float(match.group(i).replace(",", "")) for i in (1, 2))
        after = match.group(3) or ""
        if (
            low >= high
            or after.lower() in _TALLIES
            or (after[:1].isupper() and low < 10)
            or _named_before(_before(text, match.start()))
        ):
            return match.group()
        return f"{match.group(1)}\u2013{match.group(2)}"

    return _HYPHEN_RANGE.sub(dashed, text)


_REACH = 80
"""Characters on either side of a figure that the words telling how to read it can span
("increased from", "a magnitude of", "most of the", "Flight", "of them"): a few words as
news prints them, one space apart; in text padded with runs of spaces, fewer fall within
reach. Reading no further keeps a sentence's cost in proportion to its length, not to its
length times its figures. (A share after a figure, "most at an air base", is read up to the
next figure, within the sentence's bounded length, ``sentences.LONGEST``.)"""

_SPACE = re.compile(r"\s")
_GAP = re.compile(r"\s{0,2}")


def _word_after(text: str, at: int) -> re.Match[str] | None:
    """The word right after ``at``, past a space or two: the next word of a figure's phrase
    ("1,000 U.S. combat troops"); none past punctuation or a wider gap, where it ends."""
    gap = _GAP.match(text, at)
    return _WORD.match(text, gap.end() if gap else at)


def _reach_back(text: str, at: int) -> int:
    """Where the ``_REACH`` characters before ``at`` start, past a word the limit would cut
    (its tail would read as a word of its own: "setup from" as "up from")."""
    start = max(0, at - _REACH)
    if start and not text[start - 1].isspace():
        space = _SPACE.search(text, start, at)
        start = space.start() if space else at
    return start


def _before(text: str, at: int) -> str:
    """The words of ``text`` within reach before ``at`` (``_reach_back``)."""
    return text[_reach_back(text, at) : at]


def _after(text: str, at: int) -> str:
    """The words of ``text`` within ``_REACH`` characters after ``at``, the last of them whole
    (cut, "in 2000" would read as "in 20")."""
    end = at + _REACH
    if end < len(text) and not text[end - 1].isspace():
        space = _SPACE.search(text, end)
        end = space.start() if space else len(text)
    return text[at:end]


def _range_start(text: str, first: re.Match[str], second: re.Match[str]) -> int | None:
    """Where the range two numbers are the ends of starts ("between 30 and 40" at "between",
    "30 to 40" at "30"), or None when they are no range's ends. The old value of a change
    ("risen from 11 to 14") is read before it is asked."""
    join = _RANGE_JOIN.fullmatch(text, first.end(), second.start())
    if join is None or second.group("qual"):
        return None
    lead = _RANGE_LEAD.search(text, _reach_back(text, first.start()), first.start())
    if lead is None and "and" in join.group():
        return None
    return lead.start() if lead else first.start()


def _quantity(
    sentence: Sentence, value: float, surface: str, unit: str | None,
    qualifier: str | None, start: int, end: int,
) -> Quantity:  # fmt: skip
    return Quantity(
        value=value,
        text=surface,
        unit=unit,
        qualifier=qualifier,
        sentence=sentence,
        start=sentence.start + start,
        end=sentence.start + end,
    )


def _number_start(match: re.Match[str]) -> int:
    for group in ("vague", "some", "num"):
        if match.group(group):
            return match.start(group)
    return match.start()


def _parse(match: re.Match[str]) -> tuple[float, str | None] | None:
    """The value and the qualifier (hedge words, vague amounts) of a matched number."""
    qualifier = _squash(match.group("qual")) if match.group("qual") else None
    if match.group("vague"):
        words = _squash(match.group("vague")).split()
        value = 1.0
        for word in words:
            value *= _VAGUE.get(word, 1.0)
        if words[0] == "tens":
            value = 10 * _VAGUE[words[-1]]
        vague = " ".join(words)
        return value, f"{qualifier} {vague}" if qualifier else vague
    if match.group("some"):
        words = _squash(match.group("some")).split()
        vague = " ".join(words[:-1])
        value = _SCALES[words[-1]] if words[-1] != "dozen" else 12.0
        return value, f"{qualifier} {vague}" if qualifier else vague
    base = _squash(match.string[match.start("num") : match.start("scale")])
    found = _base_value(base)
    if found is None:
        return None
    if set(_scale_words(match)) & {"m", "bn", "mn", "k"} and not (
        match.group("cur") or base[0].isdigit()
    ):
        return None
    value = found * _scale_of(match)
    plus = match.group("plus")
    if plus:  # "a hundred and fifty-two"
        if not match.group("scale"):
            return None
        value += _base_value(_squash(plus)[4:]) or 0.0
    if match.group("dozen"):
        value *= 12
    return float(f"{value:.12g}"), qualifier


def _shared_scale(low: float, low_scale: float, high: float, scale: float, told: str) -> float:
    """The factor a range's low end takes from its high end's scale, told once for both
    ("1-4 million": a million; "3-4,000 people": a thousand), where the low end read so
    lies within a tenth of the high one: "between 2 and 300 million years" starts at 2."""
    if low_scale != 1:
        return 1.0
    if scale == 1 and told.rstrip().endswith(",000") and low < 1000:
        scale = 1000.0
    return scale if scale > 1 and high / 10 <= low * scale <= high else 1.0


def _scale_words(match: re.Match[str]) -> list[str]:
    """A matched number's scale words, lower case ("4.9 m": ["m"])."""
    return _SCALE_WORD.findall((match.group("scale") or "").lower())


_SCALE_WORD = re.compile(r"hundred|thousand|million|billion|trillion|bn|mn|m|k")
"""One scale word, even where two are written as one ("3 millionmillion")."""


def _scale_of(match: re.Match[str]) -> float:
    """The factor a matched number's scale words give ("4.9 m": a million; none: 1)."""
    return math.prod(_SCALES[scale] for scale in _scale_words(match))


_FRACTION = re.compile(r"(a|one|two|three)[-\s](quarters?|thirds?)\s+of\s+an?$")
"""A fraction of a scale before it: "a quarter of a million" is 250,000."""


def _base_value(word: str) -> float | None:
    word = word.lower()
    if word in ("a", "an"):
        return 1.0
    if word.startswith("half"):
        return 0.5
    fraction = _FRACTION.match(word)
    if fraction:  # "a quarter of a million", "two-thirds of a billion"
        count = 1 if fraction.group(1) in ("a", "one") else _UNITS_WORDS[fraction.group(1)]
        return count / (4 if fraction.group(2).startswith("quarter") else 3)
    if word[0].isdigit():
        return float(word.replace(",", ""))
    parts = re.split(r"[-\s]", word)
    total = 0
    for part in parts:
        if part in _TENS_WORDS:
            total += _TENS_WORDS[part]
        elif part in _UNITS_WORDS:
            total += _UNITS_WORDS[part]
        else:
            return None
    return float(total)


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower())


def _unit(match: re.Match[str], text: str, quake: bool) -> tuple[str | None, int]:
    """The unit or counted noun after the number, and where the quantity's text ends.

    Up to four words are read past the number ("1,000 U.S. combat troops"); the head is the
    first plural-looking word, else the last word before a function word.
    """
    if match.group("pct"):
        return "percent", match.end()
    if quake:
        after = _MAGNITUDE_AFTER.match(text, match.end())
        hyphened = (match.group("hyunit") or "").lower().startswith("-magnitude")
        if hyphened or after or _MAGNITUDE_BEFORE.search(_before(text, match.start())):
            return MAGNITUDE, after.end("word") if after and after.group("word") else match.end()
    if match.group("hyunit"):  # "77-tonne", and a unit written on the figure: "63,500kg"
        word = match.group("hyunit").lstrip("-").lower()
        return _UNIT_SYNONYMS.get(word, _UNIT_SYNONYMS.get(word + "s", word)), match.end()
    currency = match.group("cur")
    end = match.end()
    rest = _after(text, end)
    of = _OF.match(rest)
    if of and (match.group("vague") or match.group("some") or _PARTITIVE.match(rest)):
        end += of.end()
        determiner = _DETERMINER.match(text, end)
        end = determiner.end() if determiner else end
    head: str | None = None
    head_end = match.end()
    while word := _word_after(text, end):
        if (
            word.group().lower() in PHRASE_ENDS
            and not _reported_before(word, text)
            and not _other_before(word, text, head)
        ):
            break
        token = word.group().rstrip(".")
        lowered = token.lower()
        if head is None and _told_of_count(lowered, text, word.end()):
            return None, match.end()  # "two million made homeless", "two million thought to"
        head, head_end, end = lowered, word.end(), word.end()
        if lowered in _PLURAL_HEADS and _looks_plural(_next_word(text, word.end())):
            continue  # "police officers", "crew members": the last noun is the head
        if _looks_plural(token) or lowered in _UNIT_SYNONYMS or _TIME_UNITS.match(lowered):
            break
        if lowered in HARMED:
            break  # "left 25 dead earlier in the day": the dead are counted, not "earlier"
        if len(text[match.end() : end].split()) >= 4:
            break
    if currency:
        return _CURRENCY_UNITS[currency.strip().lower()], match.end()
    if head is None or _PARTICIPLE.fullmatch(head):
        return None, match.end()  # "the 312 given by the coast guard": no counted noun
    unit = _UNIT_SYNONYMS.get(head, head)
    cubic = re.search(
        r"\b(cubic|square|sq|nautical)\.?\s+\S+$", text[match.end() : head_end], re.I
    )
    power = {"sq": "square"}.get(cubic.group(1).lower(), cubic.group(1).lower()) if cubic else ""
    return (f"{power} {unit}" if power else unit), head_end


def _reported_before(word: re.Match[str], text: str) -> bool:
    """Whether a word is "reported" standing before the plural noun a figure counts ("1,324
    reported cases"): it says the count was told, like "confirmed cases", and the noun after
    it is still the one counted; after the noun ("1,004 people reported infected") it
    ends the phrase."""
    return word.group() == "reported" and _looks_plural(_next_word(text, word.end()))


def _other_before(word: re.Match[str], text: str, head: str | None) -> bool:
    """Whether a word is "other" right after a number, before the noun it counts ("14 other
    people died", "14 other UN staff"): the count still has its noun, and the word says it
    counts others than those told before it, some of a toll, not all of it."""
    named_next = _NAMED_NEXT.match(text, word.end()) is not None
    return head is None and word.group() == "other" and named_next


_NAMED_NEXT = re.compile(r" [A-Za-z]")


_PARTICIPLE = re.compile(r"[a-z]+ed|given|taken|seen|shown|known|born|done|made|thought")


def _told_of_count(word: str, text: str, end: int) -> bool:
    """Whether the word right after a number is a verb telling what befell the count ("two
    million made homeless", "around two million thought to be homeless"), not a word
    describing the noun counted ("18 confirmed cases", "500 armed men"): the count names
    no noun of its own. Words for the harmed ("25 wounded") are the count's head."""
    return (
        word not in HARMED
        and _PARTICIPLE.fullmatch(word) is not None
        and not _looks_plural(_next_word(text, end))
    )
_NEXT_WORD = re.compile(r" ([a-z][a-z-]*)")


def _next_word(text: str, at: int) -> str:
    """The lowercase word right after ``at`` past one space, or "" (a comma, a capital)."""
    found = _NEXT_WORD.match(text, at)
    return found.group(1) if found else ""


def _looks_plural(token: str) -> bool:
    lowered = token.lower()
    if lowered in _PLURAL_HEADS:
        return True
    return (
        token[:1].islower()
        and lowered.endswith("s")
        and not lowered.endswith(("ss", "us", "is"))
        and len(lowered) > 3
    )


MAGNITUDE = "quake magnitude"
_QUAKE = re.compile(r"\b(?:earthquakes?|quakes?|tremors?|temblors?|aftershocks?|richter)\b", re.I)
_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude(?:\s+of)?\s*$", re.IGNORECASE)
_MAGNITUDE_AFTER = re.compile(
    r"(?:-|\s+)(?P<word>magnitude)\b|\s+on\s+the\s+richter\b", re.IGNORECASE
)
"""An earthquake's magnitude, written before the figure ("magnitude 6.8", "a magnitude of
7.1") or after it ("a 7.0-magnitude quake", "6.9 on the Richter scale"): a measure, which
outlets citing different agencies tell differently. Only in a sentence naming a quake: a
star's magnitude is a brightness, left to the counted-noun reading as any other figure."""


def _capitalised_before(before: str) -> str | None:
    """The capitalised word right before a figure, in lower case, if there is one."""
    name = _IDENTIFIER_BEFORE.search(before)
    return name.group("name").lower() if name is not None else None


def _is_name(capitalised: str | None) -> bool:
    """Whether the capitalised word before a figure (``_capitalised_before``) ends no phrase:
    the name the figure is part of ("Flight 1943", "Boeing 737-800"), not how many."""
    return capitalised is not None and capitalised not in PHRASE_ENDS


def _named_before(before: str) -> bool:
    """Whether the text before a figure ends on a name the figure is part of (``_is_name``)."""
    return _is_name(_capitalised_before(before))


_LAST_DAY = 31
"""The highest day of a month a bare number after a weekday can be."""


def _is_time_or_identifier(
    match: re.Match[str], text: str, start: int, unit: str | None, value: float
) -> bool:
    """Whether a matched number is a date, a time, a duration, a year or a name part."""
    if unit == MAGNITUDE:
        return False  # "Magnitude 6.8 quake strikes": a measure after a capital, no name
    if unit is not None and _TIME_UNITS.match(unit):
        return True
    before, after = _before(text, start), _after(text, match.end())
    if _BEFORE_DATE.search(before):
        return True
    if _AFTER_DATE.match(after) or _RATIO_AFTER.match(after) or _RATIO_BEFORE.search(before):
        return True  # a date, a time, or a ratio ("one in five")
    num = match.group("num")
    if num and re.fullmatch(r"\d{4}", num.strip()) and 1000 <= value <= 2100 and unit is None:
        return True
    capitalised = _capitalised_before(before) if match.group("qual") is None else None
    if capitalised in WEEKDAYS:
        # Never part of a name: "on Friday 13" is the day of the month, "said on Monday 19
        # civilians were killed" and "On Saturday 20,000 marched" count. With the month
        # after it ("Monday 19 June") the date is read as one already.
        return unit is None and value <= _LAST_DAY
    if _is_name(capitalised):
        return not before.rstrip().endswith(("US", "U.S.", "UK", "EU"))
    small = bool(num) and value < 10 and not num.strip()[0].isdigit()
    if small and match.group("qual") is None and _REFERENCE.search(before):
        return True
    return bool(num and num.strip().lower() in ("one", "a", "an")) and (
        unit is None or bool(_OF.match(after))
    )
