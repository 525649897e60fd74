"""The surface patterns of time expressions, one compiled regex per rule.

Each rule finds one family of expressions and names its parts with groups that the resolver
reads; nothing here knows about reference dates. Patterns are case-insensitive (headlines are
upper case); rules that need a capital ("May" the month, not the verb) check it when resolving.
All quantifiers are possessive or bounded and every pattern starts at a word boundary, so the
scan stays linear in the length of the text (10 MB of digits included).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.timex.lexicon import (
    INFORMAL_DAY_WORDS,
    NUMBER_WORDS,
    SEASONS,
    WEEKDAYS,
    ZONES,
    alternation,
)

_FULL_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
# Abbreviations may not run on into a longer word ("Mar" in "Mart").
_ABBR_MONTHS = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?!\w)(?: ?\.)?"
MONTH = rf"(?P<month>(?:{_FULL_MONTHS})(?!\w)|{_ABBR_MONTHS})"
_WEEKDAY_FULL = alternation(WEEKDAYS)
_WEEKDAY_ABBR = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?"
# A weekday rule may also read an abbreviation ("this Sat", "next fri"); its handler asks for
# a word around it that makes it a day.
WEEKDAY = rf"(?:(?P<weekday>{_WEEKDAY_FULL})|(?P<weekday_abbr>{_WEEKDAY_ABBR}(?<!\.)(?!\w)))"
DAY = r"(?P<day>\d{1,2}+)(?:st|nd|rd|th)?(?!\d|:\d|[^\W\d_])"
# Not a clock time written as four digits ("19 JANUARY, 2200 GMT").
YEAR = rf"(?P<year>\d{{4}}+)(?!\d|,\d|\s*+(?:{ZONES}|hrs?|local\s+time)\b)"
SEP = r"(?:\s*+,\s*+|\s++)"  # "Jan. 25, 2011", "Jan. 25 , 2011" (PTB tokens), "Jan 25 2011"
# "the morning of 31 January 1965", "early in the morning of 29 April 1975". The news corpora
# (TimeBank, AQUAINT) keep the part of the day out of a short date ("the night of Friday,
# Oct. 23" is annotated "Friday, Oct. 23"), so the handlers join the two only when the date
# is written in full, with its year.
DAY_PART_OF = (
    r"(?:(?:early|late)\s+in\s+)?(?:the\s+)?(?:(?:early|late)\s+)?"
    r"(?P<day_part>morning|afternoon|evening|night)(?:\s+hours)?\s+of\s+"
)
# "August of that year", "July 25 of the same year": the year last told
THAT_YEAR = r"(?P<that_year>\s+of\s+(?:that|the\s+same)\s+year\b)"

_NUMBER_WORD = r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|" + (
    alternation([w for w in NUMBER_WORDS if w not in ("a", "an", "couple")]) + ")"
)
_AMOUNT = (
    r"(?:(?:\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:\s\d/\d)?|"
    + _NUMBER_WORD
    + r"|a\s+couple(?:\s+of)?|couple\s+of|"
    # "a day-long session": the article goes with the session.
    r"a\s+few|a\s+dozen|several|few|many|some|dozens\s+of|hundreds\s+of|"
    r"an?(?!\s++[a-z]++-long\b)|half\s+an?|"
    r"a\s+half)(?!\w)|"
    r"\d{1,3}(?:\.\d+)?(?=[a-z]))"  # glued to its unit: "16days", "12hrs"
)
NUMBER = rf"(?P<number>{_AMOUNT}(?:\s++and\s++a\s++half(?!\w))?)"
UNIT = (
    r"(?P<unit>seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|"
    r"years?|decades?|centur(?:y|ies)|millenni(?:um|a|ums)|hrs?|mins?|yrs?|wks?)"
)
# Where in a period: "early 2024", "mid-September", "the end of last year".
POSITION = (
    r"(?P<position>(?:the\s+)?(?:very\s+)?(?:early|earlier|late|later|mid|"
    r"(?:middle|beginning|start|end|close|turn|(?:first|latter|early|later)\s+part)"
    r"\s+of)(?!\w))(?:\s*+-\s*+|\s++)"
)
QUANTITY_MOD = (
    r"(?P<qmod>more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|up\s+to|"
    r"no\s+more\s+than|no\s+less\s+than|nearly|almost|about|around|approximately|roughly|"
    r"some|over|under|just\s+over|just\s+under|well\s+over)\s++"
)
SPAN = (
    r"(?P<span>(?:the\s+)?(?:past|last|next|previous|coming|first|final|following|latest|"
    r"recent|remaining|preceding|ensuing|same)|the(?!\s+[\w.]+-[a-z]+\b)|another|"
    r"an\s+additional)\s++"
)
# "the two-week crisis": a hyphenated duration is an adjective and "the" belongs to its noun.


@dataclass(frozen=True, slots=True)
class Rule:
    """A named pattern; the resolver has a handler of the same name."""

    name: str
    regex: re.Pattern[str]


def _rule(name: str, pattern: str) -> Rule:
    return Rule(name, re.compile(pattern, re.IGNORECASE))


RULES: tuple[Rule, ...] = (
    # September 16, 2024 · Sept. 15 · Monday, Sept. 16 · Jan. 25 , 2011
    _rule(
        "month_day",
        rf"\b(?:{DAY_PART_OF}|(?:{_WEEKDAY_FULL}|{_WEEKDAY_ABBR}){SEP})?(?:{POSITION})?"
        rf"(?:(?:last|this|next)\s++)?{MONTH}\s*+{DAY}"
        rf"(?:{SEP}{YEAR}|{THAT_YEAR})?",
    ),
    # the week of March 6 · the week of Sept. 16, 2024
    _rule(
        "week_of",
        rf"\b(?:the\s+)?week\s+of\s+{MONTH}\s*+{DAY}(?:{SEP}{YEAR})?",
    ),
    # 16 September 2024 · the 16th of September · Monday 16 September
    _rule(
        "day_month",
        rf"\b(?:{DAY_PART_OF}|(?:{_WEEKDAY_FULL}|{_WEEKDAY_ABBR}){SEP})?(?:the\s+)?{DAY}"
        rf"\s+(?:of\s+)?{MONTH}(?:{SEP}{YEAR}|{THAT_YEAR})?",
    ),
    # September 2024 · mid-September · last July · March of next year · early next month is
    # unit_ref
    _rule(
        "month",
        rf"\b(?:{POSITION})?(?:(?P<relation>last|next|this|past|coming)\s++)?{MONTH}"
        rf"(?:(?:\s*+,\s*+|\s+of\s+|\s++){YEAR}|\s++(?:of\s++)?(?P<year_relation>this|last|next)\s+year\b|"
        rf"{THAT_YEAR})?",
    ),
    # 2024-09-16 · 2024-09-16T10:30 · 2024/09/16
    _rule(
        "iso",
        r"\b(?P<year>\d{4})(?P<sep>[-/])(?P<month>\d{2})(?P=sep)(?P<day>\d{2})"
        r"(?:T(?P<hour>\d{2}):(?P<minute>\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
        r"(?![\d/-])",
    ),
    # 9/16/2024 · 16/9/2024 · 16.09.2024 · 11/02/89 · 4\/25\/11 (a scraped page's escaped
    # slashes)
    _rule(
        "numeric",
        r"(?<![\d/.])(?P<first>\d{1,2})(?P<sep>\\?/|\.)(?P<second>\d{1,2})(?P=sep)"
        r"(?P<year>\d{4}|\d{2})(?![\d/]|\.\d)",
    ),
    # 2024 · fiscal 1989 · early 2024 · the end of 1990 · the year 2000 · 1998-99
    _rule(
        "year",
        rf"\b(?:{POSITION})?(?P<fiscal>(?:fiscal(?:\s+year)?|FY|the\s+(?:fiscal\s+)?year)\s*+)?"
        r"(?P<year>[12]\d{3})(?:-\d{2})?(?!\d|[,.]\d|\s*%)",
    ),
    # nineteen ninety-six · the year two thousand
    _rule(
        "spelled_year",
        r"\b(?:the\s+year\s+)?(?P<century>nineteen|twenty)(?:\s+|-)(?P<rest>"
        + _NUMBER_WORD
        + r"(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?)\b|"
        r"\b(?:the\s+year\s+)?(?P<thousand>two\s+thousand(?:\s+and\s+" + _NUMBER_WORD + r")?)\b",
    ),
    # the 1988 quarter · the 1989 period · the 1988 second quarter
    _rule(
        "year_period",
        r"\bthe\s+(?P<year>\d{4})\s+(?:(?:fiscal|calendar)\s+)?(?:(?P<ordinal>first|second|"
        r"third|fourth)\s+)?(?P<unit>quarter|period|half)\b",
    ),
    # the 1990s · the late 1980s · the '90s · the nineties
    _rule(
        "decade",
        rf"\b(?:{POSITION})?(?:the\s+)?(?:(?P<decade_mod>early|mid|late)(?:\s*+-\s*+|\s++))?"
        r"(?:(?:(?P<decade>[12]\d{2}0)|['’](?P<short>\d0))['’]?s|(?P<word>twenties|thirties|"
        r"forties|fifties|sixties|seventies|eighties|nineties))\b",
    ),
    # 490 BC · ca. 466 BC · April 480 BC · late autumn of 481 BC · the 470s BC · the 4th
    # century BC
    _rule(
        "era",
        rf"\b(?:{POSITION})?(?:(?:the\s+)?(?P<season>{alternation(SEASONS)})\s+(?:of\s+)?|"
        rf"{MONTH}\s+)?(?P<circa>(?:ca|c)\.\s*+|circa\s+)?"
        r"(?:the\s+)?(?:(?P<year>\d{1,4})(?P<decade>0s)?|"
        r"(?P<century>\d{1,2})(?:st|nd|rd|th)\s+century)"
        r"\s*+(?:BCE?|B\.C\.(?:E\.)?)(?!\w)",
    ),
    # the 20th century · the twenty-first century
    _rule(
        "century",
        r"\b(?:the\s+)?(?P<ordinal>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|"
        r"sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|"
        r"sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|twenty-second)"
        r"(?:\s*+-\s*+|\s++)century\b",
    ),
    # summer 2024 · last summer · the winter of 1998
    _rule(
        "season",
        rf"\b(?:{POSITION})?(?:(?P<relation>last|next|this(?:\s+past)?|past|coming|the)\s++)?"
        rf"(?P<season>{alternation(SEASONS)})(?!\w)(?:\s+(?:of\s+)?{YEAR})?",
    ),
    # the third quarter · third-quarter · Q3 2024 · the first half of 2024 · this year's
    # second quarter
    _rule(
        "quarter",
        r"\b(?:(?P<owner>this|last|next)\s+year['’]s\s+)?"
        r"(?:the\s+(?!(?:fiscal\s+)?[a-z0-9]+-(?:quarter|half)\b))?(?:fiscal\s+)?"
        r"(?P<ordinal>first|second|third|fourth|1st|2nd|3rd|4th|final|last)(?:\s*+-\s*+|\s++)"
        r"(?:(?:fiscal|calendar)\s+)?(?P<unit>quarter|half)(?!\w)"
        r"(?:(?:\s+of(?:\s+the)?(?:\s+fiscal)?\s+|\s*+,\s*+|\s++)"
        rf"(?:{YEAR}|(?P<year_relation>this|last|next)\s+year\b))?",
    ),
    _rule("quarter_code", rf"\b(?P<code>[QH][1-4])(?:\s*+(?:,\s*+)?{YEAR})?\b"),
    # this week · last year · next month · the year · earlier this month · late last year
    _rule(
        "unit_ref",
        rf"\b(?:{POSITION})?(?P<relation>this|last|next|the|current|the\s+current|"
        r"the\s+latest|the\s+most\s+recent|the\s+previous|the\s+prior|"
        r"the\s+following|the\s+coming|coming|the\s+same|the\s+comparable)\s++"
        r"(?:(?P<kind>fiscal|full|calendar)\s++)?"
        r"(?P<unit>year|month|week|weekend|quarter|decade|century|half|period|wk|wkend|wknd)"
        r"(?![\w-])",
    ),
    # year-earlier · the year-ago quarter · year-end
    _rule(
        "year_ago",
        r"\b(?:the\s+|a\s+)?(?P<kind>year[-\s](?:earlier|ago)|prior[-\s]year|year[-\s]end|"
        r"year['’]s\s+end|year-before)(?:\s+(?:(?P<ordinal>first|second|third|fourth)\s+)?"
        r"(?P<unit>quarter|period|nine\s+months|six\s+months|half))?\b",
    ),
    # Monday · last Friday · Monday morning · Mondays
    _rule(
        "weekday",
        r"\b(?:(?:the\s+)?day\s+(?P<day_shift>before|after)\s+)?"
        r"(?:(?P<position>early|late|earlier|later)\s++)?"
        rf"(?:(?P<relation>last|next|this|past|coming|previous)\s++)?{WEEKDAY}"
        r"(?P<plural>s)?(?!\w)(?:\s++(?P<part>morning|afternoon|evening|night))?"
        # "Friday the 13th"
        r"(?:\s++the\s++(?P<nth>\d{1,2})(?:st|nd|rd|th)\b)?",
    ),
    # today · yesterday afternoon · late yesterday · tonight · this morning · last night
    _rule(
        "day_word",
        r"\b(?:(?P<position>early|late|earlier|later)\s++)?(?:(?P<word>today|yesterday|tomorrow|"
        r"tonight|overnight|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
        + alternation(INFORMAL_DAY_WORDS)
        + r")"
        r"(?:\s++(?P<part>morning|afternoon|evening|night))?|"
        # "last nights pba game": the apostrophe left out
        r"(?P<this>this|last|tomorrow|yesterday)\s++(?P<part2>morning|afternoon|evening|night|nite)"
        r"(?:s(?=\s))?|"
        r"(?:mid-?\s*)?(?P<part3>morning|afternoon|evening|night)\s++"
        r"(?P<word3>yesterday|today|tomorrow)"
        r")\b",
    ),
    # the morning · at night · Date night · night duty · long weekend: of the reference day
    _rule(
        "day_part",
        r"\b(?P<the>the\s+)?(?P<mid>mid-?\s*)?"
        r"(?P<part>morning|afternoon|evening|night|nite|weekend|wkend|wknd|"
        r"(?P<moment>sunset|sunrise|dawn|dusk))(?P<plural>s)?(?![\w-])",
    ),
    # (a long) day · (have a nice) day: a day's span, told by the word before it; in a
    # message also "made my day", "Day 1", "the good old days", "this day"
    _rule(
        "day_span",
        r"\b(?:(?P<this>the|this|last)\s++)?day(?P<plural>s)?(?![\w-])"
        r"(?:\s++(?P<nth>\d{1,2})(?![\w.,/]|:\d))?",
    ),
    # 10:30 a.m. · 3 p.m. EST Nov. 9 · noon Thursday · around 7:15 p.m.
    _rule(
        "clock",
        # "this Sat, 7pm", "tmr 4pm": the day first, the time after it
        rf"\b(?:(?:(?P<lead_relation>this|next|coming)\s++)?(?P<lead_day>{_WEEKDAY_FULL}|"
        rf"{_WEEKDAY_ABBR}(?<!\.)|today|tomorrow|tonight|{alternation(INFORMAL_DAY_WORDS)})"
        r"(?!\w)\s*+,?\s*+(?=\d))?"
        r"(?:(?P<approx>about|around|approximately|shortly\s+after|shortly\s+before|"
        r"just\s+after|just\s+before)\s++)?"
        # "10:30 a.m.", "3pm", "430pm", "5+am"
        r"(?:(?P<hour>\d{1,2})(?:[:.]?(?P<minute>\d{2}))?\+?\s*+(?P<ampm>[ap]\.?\s?m\b\.?)|"
        r"(?P<hour24>\d{1,2}):(?P<minute24>\d{2})(?=\s*+(?:GMT|UTC|[ECMP][SD]T|local|h\b))|"
        # "2359hrs", "1800 hrs", "1700 BST", "0930 local time": a 24-hour time as messages,
        # notices and wire copy write it
        rf"(?P<hour_hrs>[01]\d|2[0-4])(?P<minute_hrs>[0-5]\d)\s*+(?:hrs?|{ZONES}|local\s+time)\b|"
        # "at 8:45": a 24-hour time after a word that introduces one
        r"(?<=at\s)(?P<hour_at>\d{1,2}):(?P<minute_at>\d{2})(?![\d:.])|"
        r"(?P<named>noon|midnight|midday)\b|"
        # "4 in the morning", "nine o'clock in the evening"
        r"(?P<hour_spoken>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
        r"twelve)(?:\s++o['’]clock)?\s++in\s++the\s++(?P<period>morning|afternoon|evening)\b)"
        rf"(?:\s++{ZONES}\b)?"
        rf"(?:{SEP}(?:on\s+)?(?:(?P<day_ref>today|yesterday|tomorrow|{_WEEKDAY_FULL}|"
        rf"{alternation(INFORMAL_DAY_WORDS)})\b|"
        rf"{MONTH}\s*+{DAY})"
        # "10:35 a.m. (0735 GMT) Friday": the day after an aside dates the time, outside it.
        rf"|(?=\s*+\([^()\n]{{1,24}}\)\s*+(?P<day_after>{_WEEKDAY_FULL})\b)"
        # "4 in the morning (4 a.m. EDT Thursday)": the aside's own day.
        rf"|(?=\s*+\([^()\n]{{0,24}}?\b(?P<day_inside>{_WEEKDAY_FULL})\s*+\)))?",
    ),
    # that day · earlier that year · the next morning · the day before
    _rule(
        "anaphor",
        r"\b(?:(?P<position>earlier|later|early|late)\s+)?"
        r"(?:that(?:\s+same)?|the\s+same|"
        r"(?P<step>the\s+(?:next|following|previous|preceding))|the)\s+(?P<unit>day|morning|"
        r"afternoon|evening|night|week|month|year)"
        r"(?P<direction>\s+(?:before|after)(?=\s*+(?:[.,;:!?)]|$))|"
        # "the day after his death": a day next to an event of the story
        r"\s+(?P<event_direction>before|after)(?=\s+(?:his|her|their|its|the)\s))?",
    ),
    # four days · the past decade · two years ago · 16-hour · a few months later
    _rule(
        "duration",
        rf"\b(?:{QUANTITY_MOD}(?={_AMOUNT}))?(?:{SPAN})?(?:{NUMBER}(?:\s*+-\s*+|\s++|(?<=\d))(?:to\s+\S{{1,12}}\s+)?"
        r"(?:(?:more|additional|straight|consecutive|full|long|short|trading|business|"
        rf"working|calendar)\s++)?)?{UNIT}(?P<suffix>-long|-old|(?![\w-]))(?P<half>\s++and\s++a\s++half\b)?"
        r"(?:\s++(?P<direction>ago|earlier|later|from\s+now|hence|back|in\s+a\s+row|or\s+so|"
        r"(?:before|after)(?=\s*+(?:[.,;:!?)]|$))))?",
    ),
    # every year · each Thursday · twice a week · daily
    _rule(
        "set",
        r"\b(?:(?:every|each)\s+(?:other\s+)?(?:(?P<number>\d+|two|three|four|five|"
        r"six|seven|eight|nine|ten|twelve|few)\s+)?(?P<unit>seconds?|minutes?|mins?|hours?|hrs?|days?|"
        r"nights?|weeks?|weekends?|months?|quarters?|years?|decades?|centur(?:y|ies)|mornings?|"
        r"afternoons?|evenings?|(?P<weekday>"
        + _WEEKDAY_FULL
        + r")|(?P<month>"
        + _FULL_MONTHS
        + r")|(?P<season>"
        + alternation(SEASONS)
        + r"))(?!\w)|"
        r"(?:once|twice|\d+\s+times|(?:three|four|five|six|several)\s+times)\s+"
        r"(?:a|an|per|each|every)\s+(?P<unit2>day|week|month|quarter|year|decade)|"
        r"(?P<adverb>daily|nightly|weekly|monthly|annually|yearly|hourly|biweekly|"
        r"bimonthly|biannually|semiannually))\b",
    ),
    # now · recently · the past · the future · currently · current
    _rule(
        "reference",
        r"\b(?P<word>now|right\s+now|currently|current|recent|nowadays|these\s+days|"
        r"at\s+present|recently|lately|the\s+(?:near|short)\s+term|"
        r"the\s+(?:near\s+|distant\s+|immediate\s+)?(?:past|future)|the\s+present|"
        # "in future", "for future": the future without its article
        r"(?<=\bin\s)future(?!\s+[a-z])|(?<=\bfor\s)future(?!\s+[a-z]))\b",
    ),
    # Christmas · New Year's Day · Thanksgiving 1998
    _rule(
        "holiday",
        r"\b(?:(?P<relation>last|next|this)\s+)?(?P<holiday>(?:Christmas|X-?mas)(?:\s+(?:Day|Eve))?|New\s+Year['’]s(?:\s+(?:Day|Eve))?|"
        r"Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday)?|Good\s+Friday|Halloween|"
        r"Independence\s+Day|Valentine['’]s\s+Day|Labor\s+Day|Memorial\s+Day|Veterans\s+Day|"
        r"Election\s+Day|"
        r"Boxing\s+Day)(?!\w)(?:\s+(?P<year>\d{4})\b)?(?P<week>\s+week\b)?",
    ),
)

RULE_ORDER: dict[str, int] = {rule.name: i for i, rule in enumerate(RULES)}
