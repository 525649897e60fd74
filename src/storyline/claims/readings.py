"""Quantities read as measurements: what a figure counts, where, whose, and when it held."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from storyline.claims.dates import _BOUND_BEFORE, _names_a_day, _span
from storyline.claims.happenings import Happening, Happenings
from storyline.claims.matching import (
    _DEMONYMS,
    _HERE,
    _LOCATIVE,
    _NOT_PLACES,
    _PLACE_NOUNS,
    _TRADED,
    _actors,
    _describes,
    _first_name,
    _key,
    _names,
    _people_adjective,
    _possessed,
    _subject,
    _topic,
)
from storyline.claims.ranges import _is_share, value_range
from storyline.claims.speakers import REPORTS, told_by
from storyline.claims.verbs import (
    _ADJECTIVAL,
    _CLAUSE,
    _EVENT_CLASSES,
    _REPORTING,
    _event_word,
    _verbs,
)
from storyline.furniture import is_furniture, stray_opening, without_dateline
from storyline.models import Document, Provenance, Quantity, Sentence, TimeExpression
from storyline.quantities import _PLURAL_HEADS, HARMED, MAGNITUDE
from storyline.sentences import per_sentence
from storyline.text import (
    CARDINALS,
    IRREGULAR_PAST,
    MONTH_STEM,
    NUMBERED_BEFORE,
    WEEKDAY,
    clipped,
    topic_stem,
)

_KIND_SYNONYMS = {
    "troops": """troops soldiers personnel forces servicemembers marines sailors airmen
        peacekeepers servicemen servicewomen fighters""",
    "people": """people persons civilians residents individuals villagers inhabitants lives
        victims""",
}
_RATE = re.compile(
    r"[^,;.]{0,40}?\b(?P<period>(?:a|an|per|each|every)\s+(?:second|minute|hour)|hourly"
    r"|daily|a\s+day|per\s+day|each\s+day|every\s+day|a\s+week"
    r"|per\s+week|weekly|a\s+month|per\s+month|monthly|a\s+year|per\s+year|annually|yearly"
    r"|each\s+year|every\s+year|year\s+after\s+year|each\s+winter|every\s+winter)\b"
    r"(?!\s+(?:earlier|ago|before|later|after))",
    re.IGNORECASE,
)
_PERIODS = {
    "second": "second", "minute": "minute", "hour": "hour", "hourly": "hour", "day": "day",
    "daily": "day", "week": "week", "weekly": "week", "month": "month", "monthly": "month",
    "year": "year", "yearly": "year", "annually": "year", "winter": "winter",
}  # fmt: skip


def _per(period: str) -> str:
    """One name for a rate's period, however it is told: "5,000 barrels a day", "per day",
    "daily" and "each day" are one rate, set side by side."""
    return "a " + _PERIODS[period.lower().split()[-1]]


_PER_DAY_UNITS = {"bpd": "barrels", "b/d": "barrels"}
"""Units that carry their period ("5,000 bpd"): barrels a day."""
_INCIDENTS = frozenset(
    """attack attacks bombing bombings blast blasts explosion explosions crash crashes clash
    clashes shooting strike strikes raid raids fire flood floods storm earthquake quake
    landslide collapse stampede shelling airstrike airstrikes ambush""".split()
)
_INCIDENT_KINDS = {"attack": "blast", "bombing": "blast", "explosion": "blast"}
"""Words outlets use for one incident: the dead of "the blast" and of "the explosion", "the
bombing" or "the attack" are one toll, while a crash and clashes are two incidents."""
_MILITARY = re.compile(r"\b(?:military|defen[cs]e|armed|army|navy|combat|security)\b", re.I)
_KIND = {word: kind for kind, words in _KIND_SYNONYMS.items() for word in words.split()}
_DIMENSION_KINDS = frozenset({"length", "area", "mass", "thrust", "pressure"})
# Physical measures: converted to one unit so "570 miles" meets "920 kilometers"; they do not
# change with time, so a difference between them is never explained away as a change.
_DIMENSIONS = {
    "kilometers": ("length", 1.0), "miles": ("length", 1.609344), "meters": ("length", 0.001),
    "feet": ("length", 0.0003048), "inches": ("length", 2.54e-5),
    "centimeters": ("length", 1e-5), "hectares": ("area", 0.01), "acres": ("area", 0.00404686),
    "square kilometers": ("area", 1.0), "square miles": ("area", 2.589988),
    "square meters": ("area", 1e-6), "square feet": ("area", 9.290304e-8),
    "nautical miles": ("length", 1.852),
    "tonnes": ("mass", 1.0), "kilograms": ("mass", 0.001), "lbs": ("mass", 0.000453592),
}  # fmt: skip
_THRUST = re.compile(r"\b(?:thrust|force)\b", re.IGNORECASE)
_PRESSURE = re.compile(r"\s*(?:per\s+square\s+inch|psi)\b", re.IGNORECASE)
_EVENTS = {
    "killed": r"kill\w*|dead|deaths?|died|die|death\s+toll|fatalit\w+|bodies|lives|slain",
    "injured": r"injur\w*|wounded|hurt|hospitali[sz]ed|treated\s+(?:for|in\s+hospital)",
    "missing": r"missing|unaccounted",
    "affected": r"affected",  # "feared dead and up to three million affected": no toll
    "displaced": r"displaced|homeless|fled|evacuat\w+|uprooted|(?:forced\s+|moved\s+)?(?:from|out"
    r"\s+of)\s+their\s+homes|(?:lost|leave|left|flee)\s+their\s+homes|moved\s+out",
    "arrested": r"arrest\w*|detain\w*|jailed",
    "rescued": r"rescued|saved|(?:pulled|dug|brought)\s+(?:out\s+)?alive"
    r"|alive\s+from\s+(?:the\s+)?(?:rubble|ruins|debris|wreckage)",
    "destroyed": r"destroy\w*|razed|flattened|burned\s+down|burnt\s+down",
    "damaged": r"damag\w*",
    "cut": r"cut|cuts|cutting|eliminat\w+|lay(?:ing)?\s+off|laid\s+off|layoffs?|axe[ds]?|axing"
    r"|slash\w*",
}
# Whatever noun counts them, jobs cut are one measure: "4,000 jobs", "4,000 positions".
_JOB_WORDS = frozenset("jobs positions posts roles workers employees staff people staffers".split())
# What a percentage is of, when no "of the vote" says so; earlier groups are more specific.
_PERCENT_MEASURES = re.compile(
    r"\b(?:(?P<turnout>turnout|took\s+part|voted|participat\w+)"
    r"|(?P<inflation>inflation|consumer\s+prices|prices)"
    r"|(?P<unemployment>unemployment|jobless\w*)"
    r"|(?P<growth>growth|gdp|grew|expanded|shrank|contracted|economy)"
    r"|(?P<rate>(?:interest|key|policy|lending|base)\s+rate)"
    r"|(?P<support>support|approval|polls?|polled|polling|popularity)"
    r"|(?P<pay>pay|wages?|salar\w+|raise)"
    r"|(?P<vote>votes?|won|took|secured|garnered|backed|ballots?))\b",
    re.IGNORECASE,
)
_PERCENT_ORDER = list(_PERCENT_MEASURES.groupindex)
_EVENT = re.compile(
    "|".join(rf"(?P<{name}>\b(?:{pattern})\b)" for name, pattern in _EVENTS.items()),
    re.IGNORECASE,
)
_CURRENCIES = frozenset({"dollars", "cents", "euros", "pounds", "yen", "yuan", "rupees", "naira"})
"""Units of money: "68 cents a share" is a price per share, as "$1.61 a share" is."""
_EARLIER = re.compile(
    r"\b(?:had\s+(?:been\s+(?:at|in|on|stationed|deployed|based|\w+ing)|had|numbered|stationed"
    r"|deployed)|until\s+recently|previously|"
    r"formerly|once|at\s+(?:its|the)\s+peak|originally|initially|used\s+to|before\s+the)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Reading:
    """A quantity as a measurement: what it measures, the range it allows, when it held."""

    quantity: Quantity
    article_id: str
    source: str
    kind: str
    event: str | None
    scope: str | None
    scope_label: str | None
    actors: frozenset[str]
    topic: frozenset[str]
    purpose: frozenset[str]
    names: frozenset[str]
    payers: frozenset[str]
    incidents: frozenset[str]
    incident_count: str | None
    """Whether the figure's part of its sentence tells several incidents or one
    (``incidents_told``)."""
    low: float
    high: float
    since: dt.date
    until: dt.date
    changeable: bool
    predicate: str | None = None
    phrase: str = ""
    subject: frozenset[str] = frozenset()
    timed: bool = False
    happening: Happening | None = None
    grade: str = ""
    averaged: bool = False
    modifiers: frozenset[str] = frozenset()
    running: str = ""
    governor: str = ""
    was: tuple[Quantity, ...] = ()
    """The figures its text tells it replaced, the first told first (``_history``)."""
    offshore: str = ""
    located: str = ""
    planned: bool = False
    facility: bool = False
    authority: frozenset[str] = frozenset()
    capable: bool = False
    reference: str = ""
    bearing: str = ""
    datum: str = ""
    share_of: str = ""
    share_owned: bool = False
    side: str = ""
    moved: bool = False
    party: str = ""
    own: bool = False
    day: tuple[dt.date, dt.date] | None = None
    narrowed: bool = False
    moving: bool = False
    scenario: str = ""
    """The case an estimate is told as (``_scenario``): "worst", "low-ball", or ""."""
    status: str = ""
    """How sure its clause says the count is (``_status``): "confirmed", "suspected", ""."""
    so_far: bool = False
    """Whether its clause tells it in the present perfect ("more than 200 people have been
    killed"): a count so far, over every day the story has run."""
    personal: bool = False
    """Whether the speaker tells it of what they did or saw themselves ("I got nine people
    detained", ``_personal``)."""
    counted: bool = False
    """Whether it counts things or people, told at no rate ("30 dead civilians", "10 million
    workers"), not a sum, a share, a measure, a magnitude or "barrels a day"."""


_IN_BRACKETS = r"(?:\([^()]*\)|-LRB-.*?-RRB-)"
"""Words in brackets, as printed or as a tokenised archive spells them ("1,500 m -LRB- 5,000
ft -RRB-"): a conversion or an aside that the words after a figure are read past."""


_CUMULATIVE = frozenset({"killed", "injured", "destroyed", "damaged"})
"""Tallies that only grow as the count goes on: the dead, the hurt, the homes destroyed."""

_TALLIES = _CUMULATIVE | {"displaced", "missing", "arrested", "rescued"}
"""Tallies dated by when they were counted, not by when the disaster struck."""

_STATE = re.compile(
    r"\s*(?:\w+\s+)?(?:(?:are|is|remain|remains|stand|stands)\b|(?:were|was)\s+(?:still\s+|now\s+)?"
    r"[a-z]+ing\b)"
)
"""A figure told as a state ("were waiting at anchor", "remain out of their homes"): it held
on the day of its article's news, so another figure on another day is a change."""

_CORRECTED = re.compile(
    r"\W*(?:the\s+original|an?\s+(?:earlier|previous|prior)\s+version)"
    r"(?:\s+(?:version\s+)?(?:of\s+)?(?:this|the)\s+(?:article|story|report))?"
    r"\s+(?:said|stated|reported|gave|put|quoted|misstated|wrongly|incorrectly|mistakenly)\b",
    re.IGNORECASE,
)
"""A correction's line telling what an earlier version of the article said ("The original
said that a leaking well was spewing 5,000 gallons a day", "An earlier version of this
story misstated ..."): the figure is the error put right, no report of the story's."""

_LISTED = 6
"""Figures a sentence holds beyond which it is a table or a list ("Height: 70 meters
Stages: 2 Boosters: 2 ..."), whose figures say too little of what each counts to compare."""


def _readings(
    document: Document, provenance: Provenance, fallback: dt.date | None,
    main_place: str | None, places: frozenset[str], common: frozenset[str],
    happenings: Happenings,
) -> list[_Reading]:  # fmt: skip
    """The document's figures as readings, each with the event its sentence tells;
    ``common`` holds the story's common words, left out of each reading's topic, and
    ``places`` the keys of the places it names (``matching._named_places``)."""
    published = document.article.published
    timexes = [t for t in document.time_expressions if _names_a_day(t)]
    readings = []
    by_sentence: dict[Sentence, list[Quantity]] = {}
    for q in document.quantities:
        by_sentence.setdefault(q.sentence, []).append(q)
    dated = dict(
        zip(document.sentences, per_sentence(document.sentences, timexes), strict=True)
    )
    text = document.article.text
    was = _old_values(text, by_sentence.values())
    olds = {id(old) for old in was.values()}
    replaced: dict[int, _Reading | None] = {}
    news_starts: dict[Sentence, int] = {}
    stray = stray_opening(document.sentences)
    for q in document.quantities:
        if _incremental(q, text) or len(by_sentence[q.sentence]) > _LISTED:
            continue
        if q.sentence == stray or is_furniture(q.sentence.text):
            continue  # a promotion for another page ("... accused of killing three"), a caption
        if _CORRECTED.match(q.sentence.text):
            continue  # "The original said that a leaking well was spewing 5,000 gallons"
        if q.sentence not in news_starts:
            news_starts[q.sentence] = without_dateline(q.sentence, text).start
        if q.start < news_starts[q.sentence]:
            continue  # a live page's stamp ("1420 British aid workers landed"), a dateline
        if _in_table(q.sentence.text):
            continue  # "Hospitalized: 542", "US : 40 cases Spain : 1 case": a table's cells
        aged = _AGED.search(text, q.sentence.start, q.start)
        if aged and (
            aged.group().lower().startswith("age") or q.text.lower().startswith("between")
        ):
            continue  # "the dead were aged 25 to 45": how old they were, not how many
        if _KIN.search(text, q.sentence.start, q.start):
            continue  # "relatives of two missing workers sued": those whose kin acted
        if (_SOME_OF.search(q.text) or _OF_GROUP.match(text, q.end)) and not _is_share(q):
            continue  # "ten of the dead were police officers": some of a count told elsewhere
        if _score(q):
            continue  # "leading McCain 52 percent to 43 percent": two sides' shares, no range
        if _A_THING_OR.search(text, max(q.sentence.start, q.start - 20), q.start):
            continue  # "could teach him a thing or two about killing": an idiom, no count
        if _NARRATED.match(text, q.end) and _KILLED_NOW.search(q.sentence.text):
            continue  # "protesters take to the streets and 20 people are killed": a chronology
        # A figure's clause runs from the figure before it to the figure after it; a figure
        # and its conversion in brackets ("229 feet (70 meters) tall") share one.
        others = [o for o in by_sentence[q.sentence] if o is not q]
        kin = [o for o in others if _converts(text, q, o) or _converts(text, o, q)]
        outside = [o for o in others if o not in kin]
        first, last = min([q, *kin], key=lambda o: o.start), max([q, *kin], key=lambda o: o.end)
        clause_start = max(
            (o.end for o in outside if o.end <= first.start), default=q.sentence.start
        )
        clause_end = min((o.start for o in outside if o.start >= last.end), default=q.sentence.end)
        text_before, text_after = text[clause_start : q.start], text[q.end : clause_end]
        if _UNREAL_BEFORE.search(text_before[-50:]) or _UNREAL_AFTER.match(text_after):
            continue  # "could kill millions", "there will not be 20 million deaths"
        if _THRESHOLD.match(q.sentence.text, q.end - q.sentence.start):
            continue  # "over 8,000 psi would mean the well is intact": a mark, not a reading
        reading = _read(
            q, document, provenance, clause_start, clause_end, (main_place, places), common
        )
        if id(q) in olds:
            replaced[id(q)] = reading  # "risen from 5,000 barrels a day to 60,000": no longer so
            continue
        if id(q) not in was and (
            _SUPERSEDED.search(text_before) or _EARLY_ON.match(text, q.sentence.start, q.start)
        ):
            continue  # "BP originally estimated that 1,000 barrels a day": since replaced
        if reading is None and id(q) in was:
            reading = _as_before(q, replaced.get(id(was[id(q)])))
        if reading is None:
            continue
        if q.unit is None and not reading.modifiers:
            # "12 government soldiers died, six were wounded": the six are soldiers too
            told = [o for o in outside if o.end <= first.start and o.unit is not None]
            if told:
                reading = replace(reading, modifiers=_group_words(max(told, key=lambda o: o.end)))
        as_of_report = reading.event in _TALLIES
        happening = happenings.of_sentence(q.sentence)
        held = happenings.held(q.sentence, _STATE.match(text, q.end) is not None)
        near = dated.get(q.sentence, timexes)  # a sentence of the document's own: its dates
        later = _told_since(q, text, near)
        if later is not None:  # "originated in April and has spread, infecting 27,700": now
            near, happening, held = later, None, None
        history = _history(q, was)
        since, until, timed = _time(
            q, near, published, fallback, as_of_report, held, history[-1] if history else None
        )
        traded = _TRADED.search(text, q.sentence.start, q.start)
        if reading.moved and traded and not timed and published:
            since = published - dt.timedelta(days=1)  # "shares fell nearly 3 percent": a day's
        if reading.kind == MAGNITUDE and published and until < published - _EARLIER_QUAKE:
            continue  # an earlier quake ("the strongest since a magnitude 8.1 in 2014")
        readings.append(
            replace(
                reading, since=since, until=until, timed=timed, happening=happening,
                was=history, day=_day_told(q, near, published or fallback),
            )
        )  # fmt: skip
    readings = _as_ranges(text, readings)
    # A share in the same place as its total ("most of the 100 forces in Chad") says
    # nothing the total does not.
    totals = {_place_of(r) for r in readings if not _is_share(r.quantity)}
    return [r for r in readings if not (_is_share(r.quantity) and _place_of(r) in totals)]


def _told_since(
    q: Quantity, text: str, near: list[TimeExpression]
) -> list[TimeExpression] | None:
    """The dates left to a figure told of what has happened since an earlier clause's date
    ("Swine flu originated in Mexico in April and has spread to 74 countries, infecting more
    than 27,700 people"): a present or perfect verb after the date, and no past tense in
    the figure's own clause. The date and the event it dates are of the earlier clause;
    the figure holds when it was reported. None when the figure is not told so."""
    sentence = q.sentence.text
    offset = q.sentence.start
    left = offset + max(
        (m.end() for m in _BREAK.finditer(sentence, 0, q.start - offset)), default=0
    )
    right = _BREAK.search(sentence, q.end - offset)
    clause_end = offset + right.start() if right else q.sentence.end
    earlier = [t.end for t in near if offset <= t.start and t.end <= left]
    if not earlier or _PAST.search(text, left, clause_end):
        return None
    if not _PRESENT.search(text, max(earlier), left):
        return None
    return [t for t in near if t.end > left]


def _as_ranges(text: str, readings: list[_Reading]) -> list[_Reading]:
    """Readings with the two ends of a range told in full ("between 35,000 barrels (1.47
    million gallons) and 60,000 barrels a day") each read as the whole range: neither end is
    a figure of its own, so "60,000 barrels" elsewhere is within it, not against "35,000"."""
    ranged = list(readings)
    for i, low in enumerate(readings):
        a = low.quantity
        if not _RANGE_OPENS.search(text, max(a.sentence.start, a.start - 30), a.start):
            continue
        j = next(
            (j for j in range(i + 1, len(readings)) if readings[j].quantity.unit == a.unit), None
        )
        if j is None:
            continue
        high = readings[j]
        b = high.quantity
        if b.sentence == a.sentence and _RANGE_JOINS.fullmatch(text, a.end, b.start):
            ranged[i] = replace(low, high=high.high)
            ranged[j] = replace(high, low=low.low)
    return ranged


_RANGE_OPENS = re.compile(r"\b(?:between|rang(?:e|es|ed|ing)\s+from)\s+$", re.IGNORECASE)
_RANGE_JOINS = re.compile(
    r"\s*(?:" + _IN_BRACKETS + r"\s*)?(?:and|to)\s+(?:(?:about|some|as\s+many\s+as)\s+)?",
    re.IGNORECASE,
)
"""A range's ends, each told with its unit: "between" or "ranging from" before the first,
and "and" or "to" (past a conversion in brackets) before the second."""


def _old_values(text: str, sentences: Iterable[list[Quantity]]) -> dict[int, Quantity]:
    """The figures a sentence tells as replaced by the next one ("has risen from early
    estimates of 5,000 barrels per day to as much as 60,000", "previously paid out $3.5m a
    day, but this has risen to $12.5m"), by the id of the new figure:
    the old figure held before the report, so it is a revision the text itself tells, never
    a figure to set beside other reports of the day."""
    found: dict[int, Quantity] = {}
    for quantities in sentences:
        for old, new in itertools.pairwise(quantities):
            if any(
                # the words between the figures first: the words before the old one are
                # searched from the sentence's start, which a table of figures makes costly
                between.fullmatch(text, old.end, new.start)
                and before.search(text, old.sentence.start, old.start)
                for before, between in _TOLD_CHANGES
            ):
                found[id(new)] = old
        for new, old in itertools.pairwise(quantities):
            if _FROM_OLD_AFTER.match(text[new.end : old.start]) and _TO_NEW_FIRST.search(
                text, new.sentence.start, new.start
            ):
                found[id(new)] = old  # "revised down the amount to 4.1m, from an earlier 4.9m"
    return found


def _history(q: Quantity, was: dict[int, Quantity]) -> tuple[Quantity, ...]:
    """The figures a text tells ``q`` replaced, the first told first ("first 1,000, then
    5,000, now 60,000": 1,000 and 5,000 for the 60,000)."""
    told: list[Quantity] = []
    while id(q) in was:
        q = was[id(q)]
        told.insert(0, q)
    return tuple(told)


def _as_before(q: Quantity, old: _Reading | None) -> _Reading | None:
    """A bare new figure of a told change ("from 5,000 barrels per day to 60,000") read as
    the measure of the figure it replaced; physical measures, read in converted units, are
    left to their own words."""
    if old is None or old.kind in _DIMENSION_KINDS or old.kind == MAGNITUDE:
        return None
    counted = replace(q, unit=old.quantity.unit)
    low, high = value_range(counted, fixed=not old.changeable)
    return replace(old, quantity=counted, low=low, high=high)


_FROM_OLD = re.compile(
    r"\b(?:ris\w*|rose|increas\w*|jump\w*|climb\w*|f[ae]ll\w*|dropp?\w*|declin\w*|gr[eo]w\w*"
    r"|soar\w*|swell\w*|doubl\w*|up|down|revised|raised|lowered|cut)\s+from\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
_TO_NEW = re.compile(r"(?:\s+[\w-]+){0,3}\s+to\s+(?:[\w-]+\s+){0,3}", re.IGNORECASE)
"""A change told in one clause: the verb and "from" before the old figure, at most a few
words (its unit, "a day") and "to" between it and the new one, which may be hedged ("to as
much as")."""

_TO_NEW_FIRST = re.compile(
    r"\b(?:revised|raised|lowered|cut|increased|reduced|upped|ris\w*|rose|f[ae]ll\w*)\s+"
    r"(?:up|down)?\s*(?:[\w'-]+\s+){0,10}?to\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_FROM_OLD_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,3}\s*,?\s+from\s+(?:an?\s+|the\s+|its\s+)?(?:(?:earlier|previous|"
    r"initial|original|prior|first)\s+)?(?:(?:estimate|figure|count|forecast)s?\s+(?:of\s+)?)?"
    r"(?:[\w-]+\s+){0,1}$",
    re.IGNORECASE,
)
"""A change told new figure first ("revised down the amount of oil ... to 4.1 m barrels,
from an earlier estimate of 4.9 m"): the figure after "from" is the one replaced."""

_ONCE_OLD = re.compile(
    r"\b(?:previously|initially|originally|at\s+first)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE
)
_NOW_NEW = re.compile(
    r"[^.;]{0,80}?\bbut\s+(?:this|that|it|the\s+[\w-]+)\s+(?:has|have|had)\s+(?:now\s+|since\s+)?"
    r"(?:ris\w*|rose|increas\w*|jump\w*|climb\w*|f[ae]ll\w*|dropp\w*|declin\w*|gr[eo]w\w*"
    r"|soar\w*|doubl\w*)\s+to\s+(?:[\w-]+\s+){0,3}",
    re.IGNORECASE,
)
"""A change told across two clauses: the old figure as what once held ("previously paid out
about $3.5m a day in compensation"), the new one as what it became ("but this has risen to
$12.5m a day")."""
_GIVING = frozenset("put puts gave gives counted counts cited tells reports claims".split())
"""Verbs that give a figure on someone's word besides the reporting verbs
(``verbs._REPORTING``): "put the toll at eight", "gave a toll of 40", "counted 14 bodies",
and the present forms of reporting verbs ("tells", "reports")."""
_TELLING = "|".join(sorted(_REPORTING | _GIVING))
"""The verbs that give a figure on someone's word, as a pattern's alternatives."""
_SERIES_OLD = re.compile(
    rf"\b(?:first|then)\s+(?:[\w'-]+\s+){{0,2}}?(?:{_TELLING})\s+(?:[\w'-]+\s+){{0,3}}$",
    re.IGNORECASE,
)
_SERIES_NEW = re.compile(
    r"(?:\s+[\w-]+){0,3}\s*[,;]?\s+(?:and\s+|but\s+)?(?:then|now|later)\b(?:\s+[\w'-]+){0,5}\s+",
    re.IGNORECASE,
)
"""A figure's history recited in one breath ("First they said it was 1,000 barrels, then
they said it was 5,000 barrels, now we are up to 100,000", "who first estimated they were
facing only 150 loyalists, now say ... about 1,000"): each figure the one after it replaced,
what once was said, not a report of the day to set against the last. Steps of a plan ("one
barrel a minute, then two, then three") are no history: no one said them first."""
_TOLD_CHANGES = ((_FROM_OLD, _TO_NEW), (_ONCE_OLD, _NOW_NEW), (_SERIES_OLD, _SERIES_NEW))
"""The words before an old figure and between it and the new one that tell a change."""

_MOVED = re.compile(
    r"\b(?:(?:fell|rose|dropped|climbed|gained|lost|jumped|slid|tumbled|plunged|surged|sank"
    r"|soared|slipped|dipped|grew|shrank|shrunk|edged\s+(?:up|down|higher|lower))\s+(?:by\s+)?"
    r"|(?:grown|risen|fallen|increased|decreased|declined|contracted|expanded)\s+by\s+)"
    r"(?:(?:about|nearly|almost|more\s+than|less\s+than|some|over|around|as\s+much\s+as)\s+)?$",
    re.IGNORECASE,
)
"""A share a thing moved by ("shares fell nearly 3 percent in London", "GDP shrank by 0.5
percent"): a change, not the level it moved to ("fell to 4.1%"), and never the same measure
as a share another verb tells ("80 percent devoted to the economy")."""


_SUPERSEDED = re.compile(
    r"(?<!\bwould\s)(?<!\bwill\s)(?<!\bto\s)(?:" + _ONCE_OLD.pattern + r")"
    r"|\b(?:up|down)\s+from\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
"""A figure its own text tells as replaced, whether or not it gives the new one in the
same words ("BP originally estimated that 1,000 barrels a day were leaking, but days later
the agency upped the estimate", "siphoned 2,200 barrels, down from an estimate of 5,000"):
what once held or was once thought, which no report of the day is set against."""


_EARLY_ON = re.compile(
    r"\W*early\s+(?:on|in\s+the\s+(?!(?:morning|afternoon|evening|day|week|month|year)\b)"
    r"[a-z]+)\s*,[^;]*$",
    re.IGNORECASE,
)
"""A sentence opening on the story's early days ("Early in the crisis, the agency issued an
estimate of 210,000 gallons a day"): its figures are what was thought then, since replaced,
as "originally" tells."""

_BRACKETED = re.compile(r"^\s*" + _IN_BRACKETS)
_POSSESSIVE_END = re.compile(r"['’]s$")

_NOT_AS_FACT = (
    r"(?:(?:could|might|may)\s+(?!have\b|be\b|also\s+have\b)|(?:not|never|\w*\s?n[’']t)\s+"
    r"|(?:refus\w*|declin\w*|unable)\s+to\s+)"
)
"""A figure told as a possibility or denied ("could kill millions", "there will not be 20
million deaths", "there aren't just two") is no report of how many there are, nor is one
a modal's change reaches ("the amount could nearly double by next week to 1.17 million");
"may have died" and "could be" are estimates, and stay. Those who refused to do a thing
("4,000 civilians had refused to leave their homes") did not do it: no count of those
who did ("100,000 residents have fled")."""
_UNREAL_BEFORE = re.compile(
    r"\b(?:" + _NOT_AS_FACT + r"(?:[\w-]+\s+){0,3}"
    r"|(?:could|might|may)\s+(?!have\b|be\b)(?:[\w-]+\s+){1,5}?to\s+)$"
)
_UNREAL_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,3}?(?:" + _NOT_AS_FACT + r"|(?:was|were|is|are|being)\s+"
    r"(?:(?:an?|grossly|greatly|wildly|much)\s+)*(?:exaggerat\w*|overstat\w*|untrue|false"
    r"|inaccurate|baseless)\b)"
)
"""Lowercase only: "in May" is a month. A figure its sentence calls untrue ("reports of
hundreds killed were an exaggeration") is dismissed, not reported."""
_THRESHOLD = re.compile(
    r"(?:[^,;.]|(?<=\d)[,.](?=\d)){0,60}?(?:\s*,\s+)?\b(?:that\s+|which\s+)?(?:would|could|might)\s+"
    r"(?:\w+ly\s+)?"
    r"(?:(?:show|mean|indicate|signal|suggest|confirm|prove|trigger)s?\b"
    r"|be\s+(?:ideal|enough|sufficient|acceptable|needed|required)\b)"
)
"""A figure told as a mark that would tell something if reached ("below the 7,500 psi that
would clearly show the well was not leaking", "between 6,000 lb and 8,000 lb per square
inch would indicate that the well is holding", "8,000 or 9,000 pounds per square inch would
be ideal", "below 6,000 psi or so, could mean more leaks"): what a reading is judged by,
not a reading."""

_INCLUDING = re.compile(
    r"\s*,\s*(?:(?:including|among\s+them|most\s+of\s+them|many\s+of\s+them)\s"
    r"|an?\s+\d{1,3}-year-old\b)[^,;()]{1,60},",
    re.IGNORECASE,
)
"""An aside after a figure naming some of what it counts ("at least 214 people, including
124 civilians, had died") or who they are by their ages ("Two people, an 84-year-old woman
and a 21-year-old man, were pulled alive"): the figure's own verb comes after it. Not any
aside: ", a hospital official said," and ", a day after the riot," are no part of the
count, and the verb after them is another clause's."""

_NEXT_CLAUSE = re.compile(
    r"[,;]|\band\s+(?=[a-z]+ing\b)|\band\s+(?=[a-z]+ed\s+(?:(?:about|around|some|nearly|at\s+"
    rf"least|more\s+than|up\s+to|an\s+estimated)\s+)?(?:\d|(?:{'|'.join(CARDINALS)})\b))",
    re.IGNORECASE,
)
"""Where the words a figure's event is read from end: at a comma, at a participle after
"and" ("infecting 27,700 people and killing 140"), and at a verb after "and" with a figure of
its own ("has infected 1,000 people and killed around 150"): its event is that figure's."""

_AGED = re.compile(
    r"\b(?:(?:aged|ages?(?:\s+(?:of|range))?)\s+(?:between\s+|from\s+)?"
    r"|(?:dead|victims|injured|wounded|sick|patients)\s+(?:are|were)\s+(?:\w+ly\s+)?)$",
    re.I,
)
"""Words that make the figure after them an age ("aged between 25 and 45", "the ages of
18 and 30"; a range after "the dead are": "most of the dead are between 25 and 45"), which
no count of people is set against."""


_KIN = re.compile(
    r"\b(?:famil(?:y|ies)|relatives|parents|widows?|next\s+of\s+kin)(?:\s+members)?\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""Words that make the people counted after them those whose kin did something ("family
members of two missing workers filed lawsuits"): some of them, told for what their kin did,
no count of all of them."""


_A_THING_OR = re.compile(r"\b(?:a|one)\s+thing\s+or\s+$", re.IGNORECASE)
_NARRATED = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}(?:are|is)\s+(?:killed|wounded|injured|hurt)\b", re.IGNORECASE
)
_KILLED_NOW = re.compile(r"\b(?:are|is)\s+killed\b", re.IGNORECASE)
"""A toll in the present of a narrative ("at least 20 people are killed and 200 are
wounded"): a chronology's line or a yearly toll ("are killed every year"); news counts its
dead in the past ("were killed") or the perfect ("have been killed"). The wounded of such a
sentence are narrated too, while "five are wounded" alone is how many are hurt now."""
_SOME_OF = re.compile(r"\S\s+of\s+(?:the|those|these|them|its|their)\b", re.IGNORECASE)
_OF_GROUP = re.compile(r"\s+of\s+(?:the|those|these|its|their)\s+\d", re.IGNORECASE)
"""A figure told as a part of a group ("ten of the dead", "two of them", "775 of the 8,000
people it infected"): some of the people another figure counts, never another count of all
of them."""


_RANGE_QUALIFIER = re.compile(r"between\s+(?P<low>\S+)\s+and")


def _score(q: Quantity) -> bool:
    """Whether a figure read as a range runs downwards ("52 percent to 43 percent", "voted
    9 to 4"): no reporter gives a range high end first, so it is a score, each figure of
    its own side, and the range it would be read as is of nothing."""
    found = _RANGE_QUALIFIER.fullmatch(q.qualifier or "")
    return found is not None and float(found.group("low")) > q.value


_CONVERSION = re.compile(r"\s*\(\s*(?:about|around|roughly|some|nearly|almost)?\s*")


def _converts(text: str, q: Quantity, other: Quantity) -> bool:
    """Whether ``other`` is ``q`` in another unit, in brackets right after it ("230 km
    (140 miles)")."""
    return other.start > q.end and _CONVERSION.fullmatch(text, q.end, other.start) is not None


def _place_of(r: _Reading) -> tuple[Sentence, float, str | None]:
    return r.quantity.sentence, r.quantity.value, r.scope


_MORE = re.compile(r"\s*(?:more|additional|extra|others?)\b", re.IGNORECASE)
_GAP = re.compile(
    r"\s*(?:\)|-RRB-)?\s*(?:" + _IN_BRACKETS + r"\s*)?(?!other\b|rather\b)"
    r"(?:[a-z]{2,}er|less|fewer)"
    r"(?:\s+[\w'’-]+){0,3}?\s+than\b",
    re.IGNORECASE,
)
"""A figure told as a difference ("30 miles (48 km) closer to the coast than the old
pier", "2 metres taller than"): the gap between two things, not a measure of either."""


def _incremental(q: Quantity, text: str) -> bool:
    """ "Another 500 troops", "500 more", "500 fewer than last year", "3 km farther than":
    an increment or a gap, not a figure for the whole."""
    if q.qualifier in ("another", "a further"):
        return True
    gap = _MORE.match(text, q.end) or _GAP.match(text, q.end)
    return bool(gap or re.search(r"\b(?:additional|extra)\b", q.text))


def _read(
    q: Quantity, document: Document, provenance: Provenance, clause_start: int,
    clause_end: int, story_places: tuple[str | None, frozenset[str]], common: frozenset[str],
) -> _Reading | None:  # fmt: skip
    text = document.article.text
    before = text[_past_asides(text, q.sentence.start, clause_start, q.start) : q.start]
    after = text[q.end : clause_end]
    # Pounds written as a word weigh ("140,000 pounds of cargo"); the currency is "£".
    money = "£" in q.text or _CURRENCY_POUNDS.search(q.text) is not None
    unit = "lbs" if q.unit == "pounds" and not money else q.unit
    if unit == MAGNITUDE and _aftershock(q, text, after):
        return None  # aftershocks come many to a quake: no two of them are one figure
    if q.unit is None and q.start == q.sentence.start and _LIST_MARK.match(text, q.end):
        return None  # "2 -- The killing of untold numbers of soldiers": a list's second item
    counts = unit is None or (
        unit not in _DIMENSIONS and unit not in _CURRENCIES and unit not in ("percent", MAGNITUDE)
    )
    # A figure told as none may name what it counts itself ("no injuries were reported"), as
    # does a count of the harmed told by its adjective ("left 25 dead"): people, so counted.
    own = f"{q.text} " if q.value == 0 or unit in HARMED else ""
    if unit in HARMED:
        unit = "people"
    # An event after a comma belongs to the next figure ("14 skiers, killing five"), as does
    # a verb after "and" (``_NEXT_CLAUSE``).
    # An aside that names some of them ("214 people, including 124 civilians, had died")
    # leaves the figure's verb after it.
    rest = text[q.end : q.sentence.end]
    aside = _INCLUDING.match(rest)
    told = _NEXT_CLAUSE.split(rest[aside.end() :] if aside else rest)[0]
    told = told if aside else told[: len(after)]  # read whole, to see the next verb's figure
    event = _nearest_event(before, own + told) if counts else None
    if _POPULATION.search(before[-30:]) or _WHOLE.search(before[-30:]):
        event = None  # "where most deaths happened and home to 20 million", "out of 1,324 cases"
    if unit is None:
        # A bare figure counts people only next to a toll: "killed 30", "the toll rose to 45".
        read = after[: _OWN_PREDICATE if _SUBJECT.match(after) else _NEXT_WORDS]
        near = _nearest_event(before[-25:], own + read) or (
            "killed" if _TOLL.search(before) else None
        )
        if q.value != int(q.value) or near is None or NUMBERED_BEFORE.search(before[-30:]):
            return None
        if q.value < _OLDEST and _NAMED_BEFORE.search(before) and _APPOSITION_ENDS.match(after):
            return None  # "Wismond Exantus , 24 , found after 11 days": his age, no count
        unit = "people"
    if q.value < _SCHOOL_YEARS and q.qualifier is None and _SCHOOL_YEAR.search(before[-15:]):
        return None  # "five of those are year seven pupils": which year, not how many
    if unit in _CURRENCIES and (_PER_UNIT.match(after) or _TRADING.search(q.sentence.text)):
        return None  # "$103.5 a barrel", "fell $2.87 to settle at $109.92": a market's price
    if unit == "percent" and _TRADING.search(q.sentence.text) and _TRADED.search(before):
        return None  # "shares opened 8% lower": a market's move at some minute of the day
    dimension = _DIMENSIONS.get(unit)
    fixed = dimension is not None or unit == MAGNITUDE  # measured once, not counted on
    kind, factor = dimension if dimension else (_KIND.get(unit, unit), 1.0)
    if kind == "mass" and _THRUST.search(before[-12:] + " " + re.sub(r"\(.*?\)", "", after)[:16]):
        kind = "thrust"  # "5.1 million pounds of thrust" is a force, not a payload
    if kind == "mass" and _PRESSURE.match(after):
        kind = "pressure"  # "6,811 pounds per square inch" is read off a gauge, not weighed
    rate = _RATE.match(_BRACKETED.sub("", after, count=1))  # "40 barrels (1,680 gallons) a minute"
    if rate:  # "10,000 people were crossing daily" is a rate, not a total
        kind = f"{kind} {_per(rate.group('period'))}"
    elif unit in _PER_DAY_UNITS:
        kind = f"{_PER_DAY_UNITS[unit]} {_per('daily')}"
    if unit == "personnel" and not _MILITARY.search(q.text + " " + before[-30:]):
        kind = "personnel"  # embassy or UN staff, not troops
    if event == "cut" and unit in _JOB_WORDS:
        kind = "jobs"
    purpose = _purpose(unit, before, after)
    if kind == "length" and not purpose:
        purpose = _extent(q.text, before, after)
    low, high = (
        _magnitude_range(q)
        if unit == MAGNITUDE
        else value_range(q, fixed=fixed, nearest=unit == "percent" and bool(purpose))
    )
    scope, label = _scope(q, after, before, *story_places)
    actors = _actors(text[q.sentence.start : q.start][-80:] + " " + q.text) | frozenset(
        word for word in re.findall(r"\b[A-Z][a-z]+\b", q.text.split(None, 1)[-1])
        if word.lower() not in _DEMONYMS and not _is_share(q)
    )  # fmt: skip
    predicate, phrase = _predicate(before, after)
    moving = _MOVING.match(after) is not None or _OF_THE_HOUR.search(before[-40:]) is not None
    return _Reading(
        quantity=q, article_id=document.id,
        source=provenance.source_key(document.id, q.sentence.text), kind=kind, event=event,
        scope=scope, scope_label=label, actors=actors,
        topic=_topic(before + " " + after, names=unit != "percent" and dimension is None)
        - common,
        payers=_names(before),
        incidents=_incidents(q.sentence.text),
        incident_count=incidents_told(q.sentence.text, q.start - q.sentence.start),
        grade=_grade(event, before, after),
        purpose=purpose, names=_names(q.sentence.text),
        low=(0.0 if _PEAK.search(before[-40:] + " " + after[:60]) else low) * factor,
        high=high * factor,
        since=dt.date.min, until=dt.date.max,
        changeable=(not fixed or moving) and not _compares_property(unit, phrase),
        moving=moving,
        predicate=predicate, phrase=phrase, subject=_subject(q.sentence.text),
        averaged=_AVERAGE.search(before[-30:] + " " + re.split(r"[;.]", after)[0][:25]) is not None,
        modifiers=_modifiers(q) if counts and not _is_share(q) else frozenset(),
        running=_own_stretch(q, text, clause_end, event),
        governor=(_governor(before, after) or _holder(unit, before))
        if counts and unit not in _KIND
        else "",
        offshore=_place_after(_OFFSHORE, after) if kind == "length" else "",
        # the sentence, not the clause: a figure saying what the place is ("Korla, a town
        # of 80,000 people 120 km east") ends the clause, not the place's apposition
        located=_located(text[q.sentence.start : q.start]) if kind == "length" else "",
        reference=_place_after(_REFERENCE, after) if kind == "length" else "",
        bearing=_bearing(after) if kind == "length" else "",
        datum=_datum(after) if kind == "length" else "",
        share_of=_share_of(after) if unit == "percent" else "",
        share_owned=unit == "percent"
        and (_OF_ITS.match(after) is not None or _OWNS.search(before[-30:]) is not None),
        moved=unit == "percent" and _MOVED.search(before) is not None,
        side=_side(event, after),
        planned=_planned(q),
        facility=_at_facility(q),
        authority=_authority_of(q.sentence, document.sentences),
        party=_party(
            q.sentence.text, q.start - q.sentence.start, q.end - q.sentence.start
        ),
        own=_told_of_itself(q.sentence.text, q.start - q.sentence.start),
        narrowed=_narrowed(q),
        capable=_CAPABLE.search(before[-50:]) is not None,
        scenario=_scenario(before),
        status=_status(before, after),
        so_far=_told_so_far(q),
        personal=_personal(q),
        counted=counts and rate is None and unit not in _PER_DAY_UNITS,
    )  # fmt: skip


def _status(before: str, after: str) -> str:
    """The last word of its clause before a figure saying how sure a count is ("the
    confirmed death toll stands at 16", "it suspected 60 people had been killed"), or the
    word its clause says of the counted ("100 people are now suspected to have died"), or
    "": a count of the confirmed dead and one of the suspected are two counts, as are the
    official toll and an estimated one (``_OFFICIAL_COUNT``, ``_ESTIMATED``)."""
    lowered = before.lower()
    found = [
        (m.start(), m.group()) for m in _LOWER_WORD.finditer(lowered)
        if m.group() in _STATUS or m.group() == _ESTIMATED
    ]  # fmt: skip
    found += [(m.start(), "confirmed") for m in _OFFICIAL_COUNT.finditer(lowered)]
    if found:
        return max(found)[1]
    said = _STATUS_AFTER.match(after)
    return said.group("status").lower() if said else ""


_STATUS_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,3}?(?:are|were|is|was|(?:have|has|had)\s+been)\s+"
    r"(?:(?:now|only|still|all|officially)\s+)?(?P<status>confirmed|suspected|presumed)\b",
    re.IGNORECASE,
)
"""A count's own verb saying how sure it is, after the counted ("100 people are now
suspected to have died", "two cases have been confirmed")."""


def _scenario(before: str) -> str:
    """The case an estimate is told as before its figure ("a worst-case scenario rate ...
    up to 100,000 barrels", "the worst possible leak at 100,000", "a low-ball estimate of
    55,000"), folded ("worst", "low-ball"), or "": the two ends of one estimate, or a
    case and the estimate itself, are two figures, not two sources disagreeing."""
    found = _SCENARIO.findall(before)
    if not found:
        return ""
    bound, end = found[-1]
    return (bound or end).lower().replace("lowball", "low-ball")


_SCENARIO = re.compile(
    r"(?i)\b(worst|best)(?:-case|\s+case|\s+possible)\b|\b(low-?ball|high-end|low-end)\b"
)


_MOVING = re.compile(
    r"[^.;]{0,40}?(?:,\s*|\band\s+)(?:still\s+|steadily\s+|slowly\s+)?"
    r"(?:rising|climbing|increasing|growing|mounting|falling|dropping|declining)\b",
    re.IGNORECASE,
)
"""A figure told as moving while it is read ("at 6,811 pounds per square inch and rising",
"6,745 psi, rising only a couple of pounds per hour"): a pressure, a level or a toll read
at some minute, which another reading of another minute revises, whatever it measures."""


_LIST_MARK = re.compile(r"\s*(?:--|[-–—.)])\s+[A-Z\"“'`]")
"""A bare number opening its sentence and set off by a dash, a stop or a bracket before a
capital ("2 -- The killing of ...", "3. Sanctions"): the number of a list's item."""

_OF_THE_HOUR = re.compile(
    r"\b(?:winds?|gusts?)\s+(?:of\s+)?(?:(?:up\s+to|about|around|near|nearly)\s+)?$"
    r"|\bmoving\s+(?:[a-z-]+\s+)?at\s+(?:(?:about|around|near|nearly)\s+)?$",
    re.IGNORECASE,
)
"""A storm's winds or the speed it moves at ("sustained winds of 35 mph", "moving
north-northwest at 7 mph"): read off each advisory, hour by hour, so another outlet's
figure of another hour is the storm changing, not a disagreement."""


_CAPABLE = re.compile(
    r"\b(?:capacity|capable|able)\b(?:\s+[\w-]+){0,2}?\s+(?:of|to)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:(?:more|less|fewer)\s+than\s+|up\s+to\s+|about\s+|some\s+|nearly\s+)?$",
    re.IGNORECASE,
)
"""A figure told as what something can do ("skimming capacity of more than 171,000 barrels
per day"): of a count or a flow, it is set beside another capacity, never beside what was
done."""

_OFFSHORE = re.compile(
    r"\s*(?:" + _IN_BRACKETS + r"\s*)?off\s+(?:the\s+(?:coast\s+of\s+)?)?"
    r"(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)(?:\s+coast(?:line)?)?\b"
)
"""A distance told as where something lies off a coast ("about 50 miles off the Louisiana
coast", "30 km off the coast of Sumatra")."""


def _place_after(pattern: re.Pattern[str], after: str) -> str:
    """The place ``pattern`` reads right after a distance, folded, or "": the coast it is
    told off ("louisiana", ``_OFFSHORE``), the place it is measured from ("benghazi",
    ``_REFERENCE``)."""
    match = pattern.match(after)
    return _key(match.group("place")) if match else ""


_LOCATED = re.compile(
    r"(?P<place>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)\s*(?:,\s*(?:a|an|another|site\s+of)\s+"
    r"(?:[a-z\d][\w,.'-]*\s+){0,8}?(?:and\s+)?|,?\s*(?:in\s+)?)"
    r"(?:(?:a|an|some|about|around|roughly|nearly|almost|just|only|lies|is|located|situated)\s+)*$"
)
"""A place named right before a distance, in apposition or as its subject ("Misrata, 200
km east of the capital", "an orphanage in Jacmel about 32km south of Port-au-Prince"), also
past a phrase saying what the place is ("Misrata, a city of half a million people 200 km
east of the capital", "Ras Lanuf, site of an oil terminal and 600 km east")."""


_NAMED_BEFORE = re.compile(r"\b[A-Z][a-z'’-]+\s*,\s*$")
_APPOSITION_ENDS = re.compile(r"\s*(?:,|-|–|—)")
_OLDEST = 120
"""A bare number between a name's comma and another comma or a dash ("Marie Carida , 84 -
saved after 10 days") is the person's age, however a list of rescues runs on."""

_SCHOOL_YEAR = re.compile(r"\b(?:year|grade|form|class)\s+$", re.IGNORECASE)
_SCHOOL_YEARS = 14
"""A small figure right after "year", "grade" or "form" ("year seven pupils", "grade 5
students") names a school year, not a count of pupils."""


def _located(before: str) -> str:
    """The place a distance says is that far, folded ("misrata"), or "": two distances from
    one city are of two places when each names its own ("Misrata, 200 km east of the
    capital", "Ras Lanuf, 660 km east of the capital"). A thing named by a common noun
    right before its distance ("the Turkish border about 20 km away", "tanks were about 7 km
    from the town") is what is that far, by its noun."""
    match = _LOCATED.search(before[-100:])
    if match is not None and match.group("place").split()[0] not in _NOT_PLACES:
        return _key(match.group("place"))
    thing = _THING_AWAY.search(before[-60:])
    return topic_stem((thing.group("thing") or thing.group("subject")).lower()) if thing else ""


_HEDGE_WORDS = (
    r"(?:(?:about|around|some|roughly|nearly|almost|just|only|more\s+than|less\s+than|over"
    r"|at\s+least)\s+)?$"
)
_NOUN = r"(?![a-z]+(?:ed|ing)\s)[a-z]{3,}"
_THING_AWAY = re.compile(
    rf"\b(?:(?:the|a|an|its|their)\s+(?:[\w'-]+\s+){{0,2}}?(?P<thing>{_NOUN})\s+"
    rf"|(?P<subject>{_NOUN})\s+(?:were|was|are|is|lay|lies|sat|stood|stopped)\s+)" + _HEDGE_WORDS
)
"""A thing named by a common noun right before its distance ("the Turkish border about 20
km away") or as the subject of its being there ("armored vehicles were about 7 km from");
not a participle ("a relief well drilled nearly 2.5 miles": how far it was drilled)."""


def _share_of(after: str) -> str:
    """The thing a percentage is a share of, by its head noun ("animals" in "of the animals
    it infects", "oil" in "of the gushing oil"), "which" for a share of a thing the sentence
    named before it ("10% of which was oil"), or "" when not told."""
    owner = _POSSESSOR.match(after)  # "of the world's oil reserves": the reserves
    found = _OWNED.match(after, owner.end()) if owner else _SHARE_OF.match(after)
    if found is None:
        return ""
    words = found.group("words").lower().split()
    if words[0] in _RELATIVES:
        return "which"
    nouns = [w for w in words if not w.endswith(("ing", "ed"))] or words
    return topic_stem(nouns[0])


_HEAD_WORDS = (
    r"(?P<words>[a-z][\w-]*(?:\s+(?!(?:it|they|that|which|who|being|was|were|is|are|has|have|"
    r"had|in|from|to|on|at|by|for|and|or)\b)[a-z][\w-]*){0,2})"
)
_SHARE_OF = re.compile(r"\s*of\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|all\s+)?" + _HEAD_WORDS)
_OWNED = re.compile(r"\s*" + _HEAD_WORDS)
_RELATIVES = frozenset({"which", "whom", "whose", "them", "those"})
_OF_ITS = re.compile(r"\s*of\s+(?:its|their)\b", re.IGNORECASE)
_OWNS = re.compile(r"\b(?:owns?|owned|holds?|held)\s+(?:a\s+|an\s+)?(?:stake\s+of\s+)?$")
"""A share of what its sentence's subject has ("Shell used the design on 8 percent of its
wells", "Moex owns 10 % of the project"): another subject's share is of other things."""
_POSSESSOR = re.compile(r"\s*of\s+(?:the\s+)?[\w-]+\s?['’]s(?=\s)")


_PAST_CONVERSION = r"\s*(?:(?:" + _IN_BRACKETS + r"|\)|-RRB-)\s*)?"
"""A figure's converted twin in brackets ("30 km (19 miles)"), or its closing bracket when the
figure is the twin: what follows a measure before its words."""


_COMPASS_POINT = (
    r"(?P<{}>(?:(?:north|south|east|west)-)?(?:(?:north|south)(?:-?(?:east|west))?|east|west))"
)
_BEARING = re.compile(
    _PAST_CONVERSION + r"(?:[a-z-]+\s+){0,2}?" + _COMPASS_POINT.format("bearing")
    + r"(?:ward|erly)?\s+(?:of|from)\b|\s+to\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
    r"\s?['’]s\s+" + _COMPASS_POINT.format("side") + r"\b",
    re.IGNORECASE,
)  # fmt: skip
"""The direction a distance is told in ("80 miles south of Vermilion Bay", "200 miles west
of the spill site", "55 miles south-southwest of Campeche", "to the northeast of Zintan",
"Sixty miles to Tripoli's south"): two distances in two directions are measured from two
places, named or not."""


def _bearing(after: str) -> str:
    """The compass direction right after a distance, folded, or ""."""
    match = _BEARING.match(after)
    if match is None:
        return ""
    return (match.group("bearing") or match.group("side")).lower().replace("-", "")


_DATUM = re.compile(
    _PAST_CONVERSION + r"(?:[a-z-]+\s+){0,2}?(?:below|beneath|under|above)\s+(?:the\s+)?"
    r"(?:(?P<floor>(?:sea|ocean|gulf|lake|river)?\s*(?:floor|bed|bottom)|seabed|seafloor|ground)"
    r"|(?P<surface>(?:(?:sea|ocean|water)(?:'s)?\s+)?surface|sea\s+level|waves|water))",
    re.IGNORECASE,
)
"""What a depth or a height is measured from ("2.5 miles below the sea floor", "18,000 feet
below the ocean surface"): a well's depth below the seabed is not its depth below the
waves, however alike the two figures."""


def _datum(after: str) -> str:
    """The level a depth or height right before it is told from ("floor", "surface"), or
    ""."""
    match = _DATUM.match(after)
    if match is None:
        return ""
    return "floor" if match.group("floor") else "surface"


_REFERENCE = re.compile(
    _PAST_CONVERSION + r"(?:[a-z-]+\s+){0,2}?(?:of|from)\s+(?:the\s+)?"
    r"(?:[a-z][\w-]*\s+){0,3}?"
    r"(?:of\s+)?(?P<place>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)"
)
"""The place right after a distance's direction ("160 kilometres east of Tripoli", "7 km
(4 miles) from Jisr al-Shughour", "30 km east of the rebel-held city of Benghazi"): two
distances from two places are two measures."""


def _governor(before: str, after: str) -> str:
    """The stem of the verb a count is the object of ("able to collect about 15,000 barrels",
    "had pumped 40,000 barrels", "8,000 barrels a day have been siphoned", "a collection rate
    of 8,000 barrels"), "" when none: a count of what was collected is not a count of what
    there is. Verbs of counting or telling ("recorded 1,000 cases") say who counted, not
    what."""
    found = (
        _GOVERNED.search(before[-40:])
        or _RATE_OF_DOING.search(before[-40:])
        or _GOVERNED_AFTER.match(after)
    )
    if found is None:
        return ""
    word = next(verb for verb in found.groups() if verb).lower()
    if word in _REPORTING or word in _COUNTING or word in _ADJECTIVAL or word in _AUXILIARY:
        return ""
    return topic_stem(word)


_PLACES_COUNTED = frozenset({"countries", "nations", "states", "cities", "towns"})
_HELD_BY = re.compile(
    r"\b([a-z]{4,})\s+(?:in|across)\s+(?:(?:some|about|around|nearly|almost|more\s+than"
    r"|over)\s+)?$"
)


def _holder(unit: str | None, before: str) -> str:
    """The stem of what a count of places is a count of the places of ("laboratories in 97
    countries", "cases in 64 countries"): the countries a network has laboratories in are
    not those a virus has reached."""
    if unit not in _PLACES_COUNTED:
        return ""
    found = _HELD_BY.search(before[-40:])
    return topic_stem(found.group(1)) if found else ""


_GOVERNED = re.compile(
    r"\b(?:(?:to|will|would|can|could|must|should|may|might)\s+([a-z]{3,})"
    r"|([a-z]{3,}(?:ed|ing))(?:\s+at)?)"
    r"\s+(?:(?:off|up|out|away|back)\s+)?(?:(?:``|[\"“])\s*)?$"
)
"""A verb right before a count: a base form after "to" or a modal, a past form or a form in
"-ing" ("was collecting about 15,000 barrels"), also with "at" between when the figure puts
a number on what the verb did ("the amount being captured at 466,200 gallons"), with its
particle and an opening quote ("siphoning off `` 3000 barrels/day ''")."""
_RATE_OF_DOING = re.compile(r"\b([a-z]{3,}ion)\s+rate\s+of\s+(?:about\s+|some\s+)?$")
"""A rate named by a doing before a count ("logged a collection rate of 8,000 barrels"):
what was done, as a verb before the count would tell it."""
_GOVERNED_AFTER = re.compile(
    r"\s*(?:\([^)]*\)\s*|-LRB-.*?-RRB-\s*)?(?:[\w-]+\s+){0,4}?"
    r"(?:have|has|had)\s+been\s+([a-z]{3,}ed)\b"
)
"""A passive after a count, what was done to it: "About 8,000 barrels (336,000 gallons) of oil
a day have been siphoned"."""
_COUNTING = frozenset(
    """recorded registered counted logged detected identified tallied found listed totalled
    totaled numbered reached topped exceeded surpassed passed hit recording registering
    counting logging detecting identifying tallying finding listing totalling totaling
    numbering reaching topping exceeding surpassing passing hitting estimating reporting""".split()
)
_AUXILIARY = frozenset("be have get had has was were been".split())


_EARLIER_QUAKE = dt.timedelta(days=7)
"""Days before its report beyond which a dated quake is another one than the news."""

_AFTERSHOCK = re.compile(r"[^,;.]{0,20}?\b(?:after|fore)shocks?\b", re.IGNORECASE)
_AFTERSHOCKS_OF = re.compile(r"\b(?:after|fore)shocks?\b[^,;.]{0,30}$", re.IGNORECASE)


def _aftershock(q: Quantity, text: str, after: str) -> bool:
    """Whether a magnitude is an aftershock's or a foreshock's, named right after it ("a
    5.6 aftershock") or just before it, past any figure between ("two aftershocks of
    magnitude 5.9 and 5.5")."""
    lead = max(q.sentence.start, q.start - 60)
    return bool(_AFTERSHOCK.match(after) or _AFTERSHOCKS_OF.search(text, lead, q.start))


def _magnitude_range(q: Quantity) -> tuple[float, float]:
    """The magnitudes a quake's figure allows: agencies give it to a tenth, so "6.8" is not
    "7.0" (a digit's rounding, as for a sum, would let them meet), and "7" is what rounds
    to 7; a hedge ("about 7") widens it as for any measure."""
    if q.qualifier:
        return value_range(q, fixed=True)
    digits = re.search(r"\d+(?:\.(\d+))?", q.text)
    step = 10.0 ** -len(digits.group(1)) if digits and digits.group(1) else 1.0
    return q.value - 0.45 * step, q.value + 0.45 * step


_PROPERTIES = frozenset(
    """bigger larger smaller brighter dimmer fainter heavier lighter taller wider narrower
    thicker thinner louder quieter""".split()
)
"""Comparatives of what a thing is (its size, brightness, weight), not of what it is worth
or how many there are ("higher", "more", "cheaper", "stronger" move with time)."""


def _compares_property(unit: str, phrase: str) -> bool:
    """Whether a percentage compares a property of two things, told of the thing itself
    ("appears 14 percent bigger and 30 percent brighter"): like a distance, it does not
    change between reports, so two such figures told apart disagree rather than revise one
    another. Before a noun ("a 10 percent larger loss") it sizes a sum or a count, which
    may move."""
    words = phrase.split()[:2]
    return (
        unit == "percent"
        and bool(words)
        and words[0] in _PROPERTIES
        and (len(words) == 1 or words[1] in ("and", "or", "than"))
    )


def _modifiers(q: Quantity) -> frozenset[str]:
    """The lowercase words between a count and its noun ("18 laboratory confirmed cases",
    "two holiday homes"): they say which of the things are counted, so counts with other
    words count other things (confirmed cases, suspected ones; holiday homes, all homes).
    Who the things are ("U.S. troops") is left to ``actors``; a noun that counts people on
    its own ("police officers" are officers) names no other things, nor does a word that
    says they are troops ("military personnel"), which their kind tells."""
    words = _LOWER_WORD.findall(q.text[len(q.qualifier or "") :])[:-1]
    return frozenset(
        w for w in words
        if w not in _NOT_MODIFIERS and w not in _PLURAL_HEADS and not _MILITARY.fullmatch(w)
    )  # fmt: skip


def _narrowed(q: Quantity) -> bool:
    """Whether a capitalised word between a count's number and its noun names which of the
    things counted are meant ("seven European countries", "four Irish people"), other than a
    country the story's actors are read by ("1,000 American troops"): a count without one
    counts more of them."""
    return any(
        w[:1].isupper() and w.isalpha() and w.lower() not in _DEMONYMS
        for w in q.text.split()[1:-1]
    )


def _group_words(q: Quantity) -> frozenset[str]:
    """Which people a count names ("12 government soldiers", "two rebel fighters"), for a
    bare count after it that leaves its noun out ("six were wounded", "wounded 11"): two
    such counts of other groups are no one figure told twice. How sure or how partial a
    count is ("confirmed", "new") is the count's own, not carried to the next."""
    return _modifiers(q) - _STATUS - (_PART_WORDS - {_CARRIED_PART})


_STATUS = frozenset(
    """confirmed suspected probable possible known unconfirmed presumed
    laboratory-confirmed""".split()
)
"""Words telling how sure a count is: a count of confirmed cases is not one of suspected.
"Reported" is not one: it says the count was told, as every count in the news is, so
"1,324 reported cases" are the cases counted, as "1,004 cases" days before were."""
_OFFICIAL_COUNT = re.compile(
    r"\bofficial\s+(?:[a-z-]+\s+){0,2}?(?:toll|count|tally|figures?|number|total)\b"
)
"""An official count ("the official government death toll rose to 110,000"): the confirmed
one, the bodies counted so far. "Official" alone is no such word: "a police official said
40 had died", "the official news agency said" tell who gave a count, not how sure it is."""
_ESTIMATED = "estimated"
"""A count told as an estimate ("the toll is estimated at 200,000"): how many in all, which
an editor does not set against the official count, while two estimates still disagree."""
_PART_WORDS = frozenset("new newest latest fresh remaining additional further extra other".split())
"""Words saying a count is of some of the things, added, left or besides those counted
before ("6,000 new cases", "NATO's three newest members", "14 other staff died"), not of
them all, which a count without one may be."""
_CARRIED_PART = "other"
"""The part word a bare count after a count carries: in "14 other staff died and 56 were
injured" the 56 are other staff too, where in "6,000 new cases and 30 deaths" the deaths are
no new cases."""


_LOWER_WORD = re.compile(r"(?<![\w.-])[a-z][a-z-]*(?![\w.])")
_NOT_MODIFIERS = frozenset(CARDINALS) | frozenset(
    """dozen dozens hundred hundreds thousand thousands million millions billion billions
    scores tens several few couple of a an the those these its their his her our them and
    or half some more""".split()
)


_STRETCH = re.compile(
    r"\b(?P<since>since)\b(?!\s+then\b)"
    r"|\b(?:this|last|past)\s+(?:week|month|year|season)\s+(?P<alone>alone)\b"
    r"|\bin\s+(?:a|an)\s+(?P<typical>normal|typical|average|usual|ordinary)\b"
    r"|\b(?:in|over|during|within)\s+the\s+(?P<past>(?:past|last|previous)\s+(?:[\w-]+\s+)?"
    r"(?:hours?|days?|weeks?|months?))\b",
    re.IGNORECASE,
)


_SINCE_ONE_OFF = re.compile(
    r"\s+the\s+(?:earthquake|quake|blast|explosion|crash|collapse|landslide|stampede|tsunami)"
    r"\b(?!\s+(?:of|in)\b)",
    re.IGNORECASE,
)
"""An incident that happens once, named right after "since": a count kept since it is the
whole count of it, which a count with no stretch also is. Not "since the protests", which
go on, nor "since the earthquake of 2005", another incident."""

_SINCE_WEEKDAY = re.compile(rf"\s+(?:last\s+)?{WEEKDAY}\b", re.IGNORECASE)
"""A day of the week named right after "since": a count kept since then is kept over the
few days of the story's news ("84 killed since Tuesday"), as a count with no stretch is."""

_START = re.compile(
    rf"[^,;.]{{0,60}}?\b(?P<month>{MONTH_STEM})[a-z]*\.?"
    r"(?:\s+(?P<day>\d{1,2})\b)?|[^,;.]{0,60}?\b(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
"""The month (and day) or year a running count starts from, named soon after "since"."""


def _stretch(sentence: str) -> str:
    """The stretch of time a sentence's counts are kept over: "since" (killed since the
    protests began, since late 2003) with the start it names ("since march": since protests
    began in March; "since nov 2": since it agreed on November 2), "alone" (this week alone),
    "typical" (in a normal flu season), the period a count is of ("past 24 hours": fired
    six missiles in the past 24 hours, of the 175 fired), or "" for a count of one incident
    or one day. Counts kept over different stretches are different measures, whatever their
    words."""
    found = _STRETCH.search(sentence)
    if found is None:
        return ""
    if found.lastgroup == "past":
        return " ".join(found.group("past").lower().split())
    if found.lastgroup != "since":
        return found.lastgroup or ""
    rest = found.end()
    if _SINCE_ONE_OFF.match(sentence, rest) or _SINCE_WEEKDAY.match(sentence, rest):
        return ""  # "rescued since the earthquake", "killed since Tuesday": the whole count
    start = _START.match(sentence, found.end())
    if start is None:
        return "since"
    named = start.group("year") or " ".join(
        part.lower() for part in start.group("month", "day") if part
    )
    return f"since {named}"


def _own_stretch(q: Quantity, text: str, clause_end: int, event: str | None) -> str:
    """The stretch (``_stretch``) a figure's count is kept over: its sentence's, unless the
    words telling it come after the next figure and that figure's own verb of the same
    event ("More than 5,000 civilians have been killed, says the UN More than 400 killed
    since start of Arab League mission", a page's headlines run into one sentence): they
    tell that count's stretch, and the first figure's is unsaid. After another event's
    figure ("killed 14 and wounded 30 since March") they tell both."""
    sentence = q.sentence
    found = _STRETCH.search(sentence.text)
    if found is None or event is None or sentence.start + found.start() < clause_end:
        return _stretch(sentence.text)
    told = _EVENT.search(text, clause_end, sentence.start + found.start())
    return "" if told is not None and told.lastgroup == event else _stretch(sentence.text)


_TRADING = re.compile(
    r"\b(?:(?:early|late|post-settlement|after-hours|electronic)\s+trading|to\s+settle"
    r"|settled\s+at|closed\s+at|opened\s+at|post-settlement|intraday"
    r"|(?:opened|closed)\s+(?:up|down|higher|lower|[\d.]+\s*(?:%|percent|per\s+cent)\s+(?:higher|lower))"
    r"|at\s+midday|by\s+mid-?(?:morning|afternoon)|at\s+one\s+(?:stage|point)"
    r"|traded\s+(?:up|down|higher|lower)|at\s+the\s+(?:start|end|close|open)\s+of\s+trading"
    r"|ended\s+(?:\w+\s+)?trading)\b",
    re.IGNORECASE,
)
"""Words of a market's trading: a price or a move told with them ("fell $2.87 to settle at
$109.92", "reached $126.91 in post-settlement trading", "shares opened 8% lower", "were down 7
percent at midday", "dropped 6.8% at one stage and later traded down 6.3%", "fell 3% at the
start of trading", "ended Thursday trading down 1.4%") is of some minute of the day, which
another outlet's figure of another minute does not contradict."""
_PER_UNIT = re.compile(
    r"\s*(?:a|an|per)\s+(?:barrel|share|ounce|tonne|ton|bushel|gallon|litre|liter|kilo\w*"
    r"|pound|megawatt-hour|mmbtu)\b",
    re.IGNORECASE,
)
"""A price per unit quoted by a market ("$108 a barrel", "$5 a share"): it moves through
the day, so quotes of different reports are not sources disagreeing."""

_POPULATION = re.compile(
    r"\b(?:home\s+to|population\s+of|populat\w+\s+by|inhabited\s+by)\s+$", re.IGNORECASE
)
"""Words that make the figure after them the people living somewhere, not a toll."""

_WHOLE = re.compile(r"\bout\s+of\s+(?:a\s+total\s+of\s+|the\s+)?$", re.IGNORECASE)
"""Words that make the figure after them the whole a count before them is a part of
("20 have died out of a total of 1,324 reported cases"): not counted by that count's verb."""

_AVERAGE = re.compile(r"\b(?:on\s+average|averag(?:e|ed|ing)\b)", re.IGNORECASE)
"""An average over many things ("rose 13 percent on average", "an average of 40 hours") is
another measure than the figure of any one of them, and is set only against averages."""


_ASIDE = re.compile(r",\s*(?:which|who|whose|where)\b[^,;]*,")


def _past_asides(text: str, sentence: int, start: int, end: int) -> int:
    """Where the words that tell a figure begin: after the last aside closed before it
    ("Goldman, which gets 40 percent of its revenue outside the U.S., had $31.2 billion"),
    whose place and words describe who it is about, not the figure."""
    return max([start, *(m.end() for m in _ASIDE.finditer(text, sentence, end))])


_CURRENCY_POUNDS = re.compile(
    r"\b(?:Egyptian|Lebanese|Syrian|Sudanese|British|Irish|Cypriot|sterling)\s+pounds\b", re.I
)
"""Pounds a country's currency names ("1 million Egyptian pounds"): money, not weight."""

_GRADE = re.compile(
    r"\b(?:(?P<serious>serious(?:ly)?|critical(?:ly)?|severe(?:ly)?|grave(?:ly)?|life-threatening)"
    r"|(?P<minor>minor|slight(?:ly)?|light(?:ly)?|non-life-threatening))\b",
    re.IGNORECASE,
)
"""How badly the hurt are hurt: "four people with serious injuries" are some of "27 people
injured", not another count of them."""


def _grade(event: str | None, before: str, after: str) -> str:
    """The grade of the injuries a figure counts ("serious", "minor"), "" when not told."""
    if event != "injured":
        return ""
    found = _GRADE.search(re.split(r"[,;]", after)[0][:60]) or _GRADE.search(before[-30:])
    return (found.lastgroup or "") if found else ""


def _side(event: str | None, after: str) -> str:
    """The side of a fight whose dead or hurt a toll counts ("700 people were killed on the
    side of the army"), folded, or "" when it counts all of them: one side's toll is some of
    the dead, not another count of all of them."""
    if event not in ("killed", "injured"):
        return ""
    found = _SIDE.search(re.split(r"[,;]", after)[0][:80])
    if found is None:
        return ""
    return _key(found.group("side") or found.group("own").lower() + "side")


_SIDE = re.compile(
    r"\b(?:on\s+(?:the\s+)?side\s+of|in\s+the\s+ranks\s+of|among)\s+(?:the\s+)?"
    r"(?!(?:them|those|these|whom|which|dead|victims)\b)(?P<side>[\w-]+)"
    r"|\b(?:on|from)\s+(?P<own>our|their|his|its)\s+side\b",
    re.IGNORECASE,
)
"""Words naming the side of a fight a toll is of ("on the side of the army", "among the
rebels", a speaker's "from our side"); "among them" opens an aside naming some of the dead
instead."""


_PEAK = re.compile(r"\b(?:at\s+(?:its|their|the)\s+(?:peak|height)|peaked\s+at)\b", re.I)
"""A peak figure ("at its peak forced some 3,000 from their homes") is the most there ever
were: fewer at another time is no contradiction."""

_LINKING = re.compile(
    r"\s*(?:(?:was|were|is|are|have|has|had|been|being|be|will|would|still|now|also|already"
    r"|reportedly|all|each|then|later|so\s+far|who|that"
    r"|(?:known|believed|thought|feared|said|reported|estimated)\s+to)\s+)+"
)
"""Words between a figure and the verb it is counted by: "11 people are now known to have
been infected" are counted as infected, as "eight people were infected" are, and "50,000
Americans who live and work in Egypt" as living there."""
_HELD_IN = re.compile(
    r"(?:in|into)\s+(?:a\s+|the\s+)?(?P<place>hospitals?|intensive\s+care|custody|quarantine"
    r"|isolation|detention|jail|prison)\b",
    re.IGNORECASE,
)
"""Where people counted are held ("10 people in hospital", "three in custody"): the state
they are counted in, as a verb would tell it ("were hospitalised", "were arrested")."""
_PRESENT_PREDICATES = frozenset("remain remains stand stands wait waits live lives".split())
_PHRASE_END = re.compile(
    r"[,;:()—\"“”]|(?:^|\s)(?:on|in|by|last|this|since|until)\s+(?:\d|[A-Z]|the\s+end|"
    rf"{WEEKDAY}|week|month|year)|\b(?:yesterday|today|tonight|said|says|according"
    r"|officials|police|who|which|what|while|after|before|when|as)\b"
    # an aside ("-- a figure similar to ..."), or a glued headline's next line ("... by
    # shellfire A government spokesman ...")
    r"|\s--?\s|\s(?:A|An|The)\s"
    # another clause joined by "and" ("killed and that the area was put under lockdown")
    r"|\sand\s+(?:that|many|others|some)\b"
)
_PHRASE_WORDS = 9
_ADVERBS = frozenset("already still now also again yet".split())


def _predicate(before: str, after: str) -> tuple[str | None, str]:
    """The verb a figure is counted by, as a kind of event, and the phrase after the figure
    that says what it counts: "were treated for burns" gives ("treat", "treated for
    burns"), the figure as the verb's subject; "killing at least 26" gives ("kill", ""), the
    figure as its object. What a figure counts is told apart by them when the counted noun
    is as general as "people", and a reader is told what it counts in those words."""
    after = _BRACKETED.sub("", after, count=1)  # "230 km (140 miles) west of ..."
    linking = _LINKING.match(after)
    rest = after[linking.end() if linking else 0 :].lstrip()
    first = re.match(r"[a-z][\w-]*", rest)
    end = _PHRASE_END.search(rest)
    words = clipped(rest[: end.start() if end else len(rest)].split(), _PHRASE_WORDS)
    if words[:1] in (["and"], ["or"], ["but"]):
        words = []  # "killed 20 people and could be to blame for ...": another predicate
    while words and (
        topic_stem(words[-1].strip(".")) == "" or words[-1] in _ADVERBS
        or _POSSESSIVE_END.search(words[-1])
    ):  # fmt: skip
        words.pop()  # "to leave their", "for the Gulf's" read as cut: end on a content word
    phrase = " ".join(words).rstrip(".") if first else ""
    if held := _HELD_IN.match(rest):  # "10 people in hospital with swine flu"
        return topic_stem(held.group("place").split()[-1]), phrase
    word = first.group() if first else ""
    found = _event_word(word) if word else None
    if found or word in _PRESENT_PREDICATES or (linking and word and topic_stem(word)):
        return (found[0] if found else word), phrase
    last = re.findall(r"[A-Za-z][\w-]*", before[-30:])
    verb = _event_word(last[-1]) if last else None
    return (verb[0] if verb else None), phrase


_COUNTABLE_INCIDENTS = re.compile(
    r"(?<!heart\s)(?<!heart-)\b(?P<word>attack|bombing|blast|explosion|crash|shooting|raid"
    r"|airstrike|quake|earthquake)(?P<plural>e?s)?\b",
    re.IGNORECASE,
)
"""Incidents that come one by one, so a plural is several of them ("the bomb blasts"); a
heart attack is none."""

_ONE_OF_THEM = re.compile(
    r"(?i)\b(?:one|first|second|third|last|either|each|neither)\s+of\s+(?:the\s+|two\s+|"
    r"three\s+|twin\s+|several\s+)*(?:(?!\w+est\b)\w+\s+){0,2}$"
)
"""Words before a plural incident that pick one of them ("in one of the blasts", "one of the
twin car bomb blasts"); not a superlative, which ranks this incident among others ("one of
the deadliest attacks since 1998")."""

_OTHER_HAPPENING = re.compile(
    r"(?i);|\b(?:before|since|until)\b|\b(?:a|one|two|three|days?|weeks?|months?|years?)\s+"
    r"(?:(?:day|week|month|year)s?\s+)?(?:after|before)\b"
)
"""Where a sentence turns to another happening, which its figure is not of ("killed by a car
bomb a week after twin blasts hit the capital"). A bare "after" is not one: it most often
names the incident the figure is of ("six people were killed after a car bomb attack")."""


def incidents_told(sentence: str, at: int) -> str | None:
    """Whether the part of a sentence a figure lies in (``at``: its offset in the sentence,
    up to where the sentence turns to another happening, ``_OTHER_HAPPENING``) tells its
    incident as several ("the bomb blasts which killed scores of people") or as one ("a car
    bomb attack", "one of the blasts"), None when it names none or both: a toll of twin
    blasts is their sum, not another count of one blast's dead."""
    turns = [(m.start(), m.end()) for m in _OTHER_HAPPENING.finditer(sentence)]
    start = max((end for begin, end in turns if end <= at), default=0)
    stop = min((begin for begin, end in turns if begin >= at), default=len(sentence))
    part = sentence[start:stop]
    told = {
        "several"
        if m.group("plural") and not _ONE_OF_THEM.search(part, 0, m.start())
        else "one"
        for m in _COUNTABLE_INCIDENTS.finditer(part)
    }
    return told.pop() if len(told) == 1 else None


@functools.lru_cache(maxsize=4096)
def _incidents(sentence: str) -> frozenset[str]:
    """The kinds of incident a sentence names ("crash", "clashes"); cached, as a sentence
    with several figures is read once for each."""
    words = (w.rstrip("s") for w in re.findall(r"[a-z]+", sentence.lower()) if w in _INCIDENTS)
    return frozenset(_INCIDENT_KINDS.get(w, _EVENT_CLASSES.get(w, w)) for w in words)


def _purpose(unit: str, before: str, after: str) -> frozenset[str]:
    """What a sum is for ("on roads"), what a percentage is of ("of the vote", "turnout
    was") or which distance or mass a figure is ("its nearest distance of", "an average
    of"): two figures with different purposes measure different things."""
    words = re.split(r"[,;.]", after)[0].split()[:5]
    if unit == "percent":
        # The most specific measure word of the clause: "turnout in Sunday's vote" is turnout.
        # "in the poll" is where a share was measured, not what it measures
        before, after = _IN_POLL.sub(" ", before), _IN_POLL.sub(" ", after)
        found = _PERCENT_MEASURES.finditer(before[-80:] + " " + after[:40])
        near = {m.lastgroup for m in found if m.lastgroup is not None}
        told_before = {m.lastgroup for m in _PERCENT_MEASURES.finditer(before[-80:]) if m.lastgroup}
        near = told_before or near  # "kept its rate at 3.25 per cent, saying inflation ..."
        if near:
            return frozenset({min(near, key=_PERCENT_ORDER.index)})
        if rate := _rate_noun(before, after):
            return frozenset({rate})
        return _topic(" ".join(words), names=False) if words[:1] == ["of"] else frozenset()
    if unit in _DIMENSIONS:
        # "10 miles long": the size of a thing, not a distance between two places, unless
        # it is a route's ("the road from Darra to the port will be 90 km long").
        size = _SIZE.match(_BRACKETED.sub("", after, count=1))
        if size and not _ROUTE.search(before + " " + after):
            return frozenset({topic_stem(size.group(1).lower())})
        # "the perigee distance of 221,000 miles", "its average of": which distance it is.
        named = _MEASURE_OF.search(before)
        return _topic(named.group(1), names=False) - _MEASURE_NOUNS if named else frozenset()
    if unit not in _CURRENCIES:
        return frozenset()
    told = _topic(" ".join(words), names=False)
    if not told and (of := _OF_BEFORE.search(before)):
        # "net income of $2.07 billion, according to", "a deposit of $3bn (£1.8bn) into"
        return _topic(of.group(1), names=False)
    return told


_IN_POLL = re.compile(
    r"\b(?:in|from|by)\s+(?:the|this|that|a|an|its|their|our)\s+(?:[\w'’-]+\s+){0,3}?polls?\b",
    re.IGNORECASE,
)
"""A poll named as where a share was measured ("stood at 45 % in the poll", "In this poll,
support slipped to 53 percent"): every share a poll gives is "in the poll", so the words
say nothing of which share it is; an approval rating and support for a policy are two
shares of one poll."""


@functools.lru_cache(maxsize=16384)
def _authority(sentence: str) -> frozenset[str]:
    """Who a sentence gives its figures on the word of ("according to the WHO", "Egypt's
    health ministry said"; of two, the one named first: "the ministry reported ...,
    according to state television" gives the ministry's figures), as keys two spellings of
    one body share: its name with its country ("egypt:health ministry", see ``one_body``),
    and the initials of a capitalised name ("World Health Organization" is "who"). Empty
    when it names none. Cached: read for each figure."""
    told = [m for m in (_ACCORDING.search(sentence), _SAID_BY.search(sentence)) if m]
    if not told:
        return frozenset()
    found = min(told, key=lambda m: m.start())  # "X reported ..., according to state TV"
    who = found.group("who").replace("minister", "ministry")
    owners = [_DEMONYMS.get(w.lower(), w) for w in _POSSESSIVE.split(who)[:-1]]
    words = [w for w in _possessed(who).split() if w.lower() not in ("the", "a", "an")]
    owners += [_DEMONYMS[w.lower()] for w in words if w.lower() in _DEMONYMS]
    words = [w for w in words if not _describes(w)]
    if not words or words[-1].lower() in _MANY_VOICES:
        return frozenset()
    # "Egypt's health ministry" and "the Egyptian Health Ministry" are one body; Spain's
    # is another
    owner = " ".join(o.strip().lower() for o in owners[-1:])
    names = {" ".join(words).lower()}
    if len(words) > 1 and all(w[0].isupper() for w in words):
        names.add("".join(w[0] for w in words).lower())
    return frozenset(f"{owner}{_BODY_OF}{name}" if owner else name for name in names)


def _authority_of(sentence: Sentence, sentences: Sequence[Sentence]) -> frozenset[str]:
    """Who a sentence gives its figures on the word of (``_authority``); for one that names
    its speaker by a pronoun ("Eight people have been killed, he said"), the body the
    sentence before it names ("... the country's health minister told state media")."""
    found = _authority(sentence.text)
    if found or not _PRONOUN_SAID.search(sentence.text) or sentence.index == 0:
        return found
    previous = sentences[sentence.index - 1]
    return _authority(previous.text) if previous.index == sentence.index - 1 else found


_PRONOUN_SAID = re.compile(r"\b(?:he|she|it)\s+(?:said|says|added|told)\b")
"""A speaker named by a pronoun, whom the sentence before names."""


_BODY_OF = ":"
"""What joins a body's country to its name in its key ("egypt:health ministry")."""


def one_body(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two figures' authorities (``_authority``) are one body: a key in common, or
    one names without its country ("the health ministry") the body the other names with
    it ("Egypt's health ministry"), or by its kind alone ("the ministry"). Two countries'
    ministries stay two bodies."""
    if a & b:
        return True
    named = [{k.partition(_BODY_OF)[2] for k in keys if _BODY_OF in k} for keys in (a, b)]
    bare = [{k for k in keys if _BODY_OF not in k} for keys in (a, b)]
    if bare[0] & named[1] or bare[1] & named[0]:
        return True
    # "the ministry", after the page or another has named it ("the health ministry")
    heads = [{k for k in keys if " " not in k} for keys in bare]
    names = [{k.rpartition(" ")[2] for k in n | b} for n, b in zip(named, bare, strict=True)]
    return bool(heads[0] & names[1] or heads[1] & names[0])


def _according_to(words: int) -> re.Pattern[str]:
    """Who is named after "according to", in at most ``words`` words: the body itself, or
    the body whose figures it names ("according to the latest figures from the WHO")."""
    return re.compile(
        r"\baccording\s+to\s+(?:(?:the\s+)?(?:[a-z]+\s+)?(?:figures|data|numbers|statistics"
        r"|estimates|count|tally)\s+(?:from|by|of|released\s+by)\s+)?"
        rf"(?P<who>(?:[\w'’.-]+\s+){{0,{words - 1}}}?[\w'’.-]+)\s*(?:[,.;(]|-LRB-|$)",
        re.IGNORECASE,
    )


_ACCORDING = _according_to(5)
"""Who a sentence's figures are told on the word of after "according to"."""
_SAID_BY = re.compile(
    r"(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*"
    r"|(?:\b[A-Z][\w.-]*\s?['’]s\s+)?(?:\b[a-z]+\s+)?\b(?i:minist(?:ry|er)))"
    r"\s+(?:(?:earlier|later|also|again|previously)\s+)?(?:has\s+|had\s+)?"
    r"(?:said|says|reported|reports|told)\b"
)
"""Who a figure is told on the word of: after "according to", or before "said"."""
_POSSESSIVE = re.compile(r"\s?['’]s\s+")
_MANY_VOICES = frozenset(
    """residents witnesses activists officials sources doctors medics rescuers villagers
    people survivors analysts experts authorities reports estimates""".split()
)
"""Words for many speakers, not one body: two outlets' "residents said" are other people."""


@functools.lru_cache(maxsize=16384)
def _party(sentence: str, start: int, end: int) -> str:
    """Who the figure at ``start:end`` is given on the word of, within its own clause
    ("Activists said 14 people were killed", "while state television put the toll at eight",
    "eight died, according to state TV", "X told Reuters"), lowercase; "" when its clause
    names nobody, or names someone no reader could tell from another ("he", "some reports").
    Unlike ``_authority``, which reads a sentence once, each figure of a sentence that sets
    two parties' figures side by side gets its own. A clause that tells a figure revised
    ("later", "revised") names no party: its figure is a correction, not a side."""
    opens, closes = _own_clause(sentence, start, end)
    before, after = sentence[opens:start], sentence[end:closes]
    if _REVISED.search(before) or _REVISED.search(after):
        return ""
    found = _BY_PARTY.match(after) or _ACCORDING_TO.search(before + " " + after)
    who = found.group("who").rstrip(".") if found else ""
    if not who:
        told = list(_TELLS_FIGURE.finditer(before))
        if told and _GIVES.fullmatch(before[told[-1].end() :]):
            who = told_by(before[: told[-1].start()], sentence, told[-1].group()).name
        elif said := _SAID_AFTER.search(after):
            who = said.group("who")
    words = who.lower().split() if any(c.isalpha() for c in who) else []  # not a "''"
    while words and words[0] in _ARTICLES:
        words = words[1:]
    if not words or words[-1] in _NOBODY or words[0] in _NOBODY or len(words) > PARTY_WORDS:
        return ""
    return " ".join(words)


_BY_ME = re.compile(
    r"(?:^|[\"'`“‘]\s*)I(?:\s+|(?=['’]))(?:(?:['’]ve|['’]d|have|had|\w+ly|just|also)\s+)*"
    r"(?!(?:think|believe|estimate|guess|suppose|expect|reckon|fear|understand|know|feel|hear"
    r"|heard|was|am)\b)\w+(?:\s+\w+){0,2}\s*$",
    re.IGNORECASE,
)
"""A first-person clause that leads straight to its figure through a verb of doing or seeing
("I've talked to at least four or five people", "I got nine people detained", "I saw 20
bodies"); not one of opinion or hearsay ("I think 20 people were killed", "I was told"),
which gives a count of the story's people as others do."""


def _personal(q: Quantity) -> bool:
    """Whether a figure is what its speaker did or saw themselves (``_BY_ME``): one person's
    experience, no count of the story's people that another source could give otherwise.
    Two people's "I talked to five", "I got nine detained" are two experiences, not a
    disagreement."""
    sentence = q.sentence.text
    opens, _closes = _own_clause(sentence, q.start - q.sentence.start, q.end - q.sentence.start)
    return _BY_ME.search(sentence[opens : q.start - q.sentence.start].lstrip()) is not None


@functools.lru_cache(maxsize=16384)
def _told_of_itself(sentence: str, start: int) -> bool:
    """Whether the party of the figure at ``start`` tells it of itself: the clause its
    reporting verb opens stands on a pronoun for the speaker ("Mattel says it will cut
    1,000 jobs", "officials say they have 10,000 doses of Tamiflu"). Such a figure is the
    speaker's own, its jobs or its stock, so two bodies' own figures are two things, not
    two accounts of one."""
    opens, _closes = _own_clause(sentence, start, start)
    told = list(_TELLS_FIGURE.finditer(sentence, opens, start))
    return bool(told) and _OF_ITSELF.match(sentence, told[-1].end(), start) is not None


_OF_ITSELF = re.compile(r"\s+(?:that\s+)?(?:it|they|we)\b", re.IGNORECASE)
"""The pronoun opening what a speaker says of itself ("says that it will eliminate")."""


def _own_clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause of the figure at ``start:end`` opens and closes in ``sentence``: a
    sentence setting two parties' figures side by side tells each in a clause of its own."""
    opens = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, start)), default=0)
    following = _CLAUSE_BREAK.search(sentence, end)
    return opens, following.start() if following else len(sentence)


def running_in_clause(r: _Reading) -> str:
    """The stretch of time (``_stretch``) the clause of ``r``'s figure keeps its count over,
    or "so far" for a count its verb tells as standing now ("have been killed"): two parties'
    figures in one sentence ("activists said 14 were killed in the shelling, while the UN
    says 900 have been killed since March") are each of their own clause's stretch, where
    ``running`` reads the whole sentence's; and in one article, a count told as standing now
    beside one told as done ("Syria says hundreds of security personnel have been killed",
    "nine soldiers were killed") is a running total beside a day's toll. The perfect verb
    must be the figure's own, within ``_OWN_VERB`` characters of it ("unrest which has
    claimed the lives of around 1,300"): one further on tells another subject ("the 24 dead
    included ... Idlib, where troops have been storming villages")."""
    sentence = r.quantity.sentence
    start, end = r.quantity.start - sentence.start, r.quantity.end - sentence.start
    opens, closes = _own_clause(sentence.text, start, end)
    clause = sentence.text[opens:closes]
    near = sentence.text[max(opens, start - _OWN_VERB) : min(closes, end + _OWN_VERB)]
    return _stretch(clause) or ("so far" if _SO_FAR.search(near) else "")


_OWN_VERB = 40
"""Characters either side of a figure within which a perfect verb is the figure's own: a
few words ("which has claimed the lives of around", "have been killed since")."""


_SO_FAR = re.compile(
    r"\b(?:has|have|'ve)\s+(?:\w+ly\s+|now\s+|so\s+far\s+)?"
    r"(?:been\s+\w+|\w+(?:ed|en)|died)\b",
    re.IGNORECASE,
)
"""A perfect verb ("have been killed", "has killed", "have died"): a count standing now."""


_CLAUSE_BREAK = re.compile(
    r"\s*(?:;|:|--|—|,?\s+(?:while|whereas|but|although|though|compared\s+with)\b)\s*",
    re.IGNORECASE,
)
"""Where a sentence sets one clause's figure against another's ("..., while state TV put it
at eight", "... but the government says only 37")."""
_REVISED = re.compile(
    r"\b(?:later|revised|corrected|updated|raised|lowered|amended|initially|originally"
    r"|first|earlier|previously)\b",
    re.IGNORECASE,
)
_TELLS_FIGURE = re.compile(
    rf"\b(?:{_TELLING})\b"
    r"(?![^,;]*\b(?:said|says|told|reported)\b)",
    re.IGNORECASE,
)
"""A verb whose subject gives the figures after it in its clause: a reporting verb
(``verbs._REPORTING``) or one of ``_GIVING``, with no "said", "told" or "reported" after it
in its clause, whose subject would be the one giving the figure. Its subject is read by
``speakers.told_by``."""
_GIVES = re.compile(r"\s*(?:[^\s`'\"“”‘’:]+\s+){0,8}")
"""What lies between a reporting verb and the figure it gives: a few words ("that only",
"the toll at", "it had the names of"), no quotation, which tells another remark ("says the
woman is `` critically ill '' Two people have been rescued")."""
_BY_PARTY = re.compile(
    r"[^,;]{0,40}?\b(?:reported|given|cited|claimed|estimated|put\s+forward|counted)\s+by\s+"
    r"(?P<who>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s*(?:[,.;(]|-LRB-|$)",
    re.IGNORECASE,
)
"""A figure told on another's word by a passive ("the 200 reported by activists")."""
_ACCORDING_TO = _according_to(7)
"""Who one figure's clause gives it on the word of after "according to": a longer name than
``_ACCORDING`` allows, since it is read within the clause only."""
_SAID_AFTER = re.compile(
    r"^[^;]*?,\s*(?P<who>(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)\s+(?:has\s+|had\s+)?"
    r"(?:said|says|reported|reports|told|claimed|claims|estimated)\b",
    re.IGNORECASE,
)
"""Who a clause's figure is told by after it ("14 were killed, activists said")."""
PARTY_WORDS = 8
"""Words of a figure's party at most: a body's name is short, and longer words before a
figure's verb are a clause read as a name ("the council will convene immediately on
receipt of a")."""
_ARTICLES = frozenset("the a an its their his her but and".split())
_NOBODY = frozenset(
    """he she it they we i you this that these those who which there some reports report
    estimates estimate others other figures sources source one someone people many""".split()
)
"""Words that tell no party a reader could name: a pronoun, "some reports", "sources"."""


def _extent(figure: str, before: str, after: str) -> frozenset[str]:
    """The thing a length is the extent of ("a 22-mile plume of oil", "70 miles (110 km) of
    Louisiana's coastline"): two lengths of different things, or a thing's length and how far
    off a coast a site lies, are two measures. "Within 5 miles of the coast" is a distance."""
    if _HYPHENATED.search(figure):
        noun = _NEXT_WORD.match(after)
    elif _WITHIN.search(before):
        return frozenset()
    else:
        noun = _EXTENT_OF.match(after)
    return frozenset({topic_stem(noun.group(1).lower())}) if noun else frozenset()


_HYPHENATED = re.compile(r"(?:\d|^[A-Za-z]+)-[a-z]+$")
_NEXT_WORD = re.compile(_PAST_CONVERSION + r"([a-z][a-z-]+)\b")
_WITHIN = re.compile(r"\bwithin\s+(?:\w+\s+)?$", re.IGNORECASE)
_EXTENT_OF = re.compile(
    _PAST_CONVERSION + r"of\s+(?:(?:the|a|an|[A-Z][\w-]*|['’]s)\s*)*"
    r"([a-z][a-z-]+)\b"
)
"""A length and its thing: "of" and the thing's first lowercase word past its names; a
converted twin in brackets ("70 miles (110 km) of") reads past its closing bracket."""


def _rate_noun(before: str, after: str) -> str | None:
    """The rate a percentage is, named by the noun that governs it: "an 11 percent tax rate",
    "the fatality rate of the outbreak is 2.1 percent" ("tax rate", "fatality rate"). Every
    word of the noun, back to its determiner, counts: an effective corporate tax rate is not
    the corporate tax rate, and a bare "rate" names none."""
    found = _RATE_AFTER.match(after) or _RATE_BEFORE.search(before[-80:])
    if found is None:
        return None
    words: list[str] = []
    for word in reversed(found.group(1).split()):
        if not topic_stem(word):
            break  # "put the fatality rate": the noun opens after its determiner
        words.insert(0, word)
    return " ".join([*words, found.group(2)]) if words else None


_RATE_AFTER = re.compile(r"\s*((?:[a-z][\w-]*\s+){0,3}?)(rate|ratio)\b")
"""A rate noun right after its percentage ("a 15.5 percent corporate tax rate")."""
_RATE_BEFORE = re.compile(
    r"((?:[a-z][\w-]*\s+){0,3})(rate|ratio)\b(?:\s+(?:of|in|for|among)\s+[^,;]*?)?"
    r"\s+(?:(?:is|was|stands|stood|remains|reached|hit|rose|fell|climbed|dropped)\s+)?"
    r"(?:at|to|of)?\s*(?:about|around|nearly|almost|some|roughly)?\s*$"
)
"""A rate noun before its percentage, what it is of between them: "the fatality rate of the
outbreak in Marran is", "its unemployment rate rose to"."""

_MEASURE_NOUNS = frozenset(
    map(
        topic_stem,
        """distance length height width depth altitude range diameter radius size span
        weight mass area load payload thrust capacity""".split(),
    )
)
"""Nouns that name a physical measure itself: "a distance of" says no more than the unit
does, while "the perigee distance of" and "its average of" say which one is meant."""
_SIZE = re.compile(r"\s*(long|wide|high|tall|deep|thick|across)\b", re.IGNORECASE)
"""A measure told as a thing's size ("10 miles long, three miles wide")."""
_ROUTE = re.compile(r"\bfrom\s+(?:the\s+)?[A-Z][^,;]*?\bto\b|\bbetween\b")
_NAMED_OF = r"\b([a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+of\s+"
"""One or two words and "of", closing the text before a figure: what the figure is named as."""
_MEASURE_OF = re.compile(_NAMED_OF + "$")
"""The words naming a measure right before its figure ("an average of 384,400 km"); not
across a verb ("capable of delivering 64 tonnes" names no measure)."""

_OF_BEFORE = re.compile(_NAMED_OF + r"(?:\w+\s+)?$")
"""What a sum is of, when the words after it do not say: "net income of", "a charge of
about"."""


_TOLL = re.compile(r"\btoll\b[^.]{0,50}$", re.IGNORECASE)
_SUBJECT = re.compile(
    r"^[^,;.]{0,30}?\b(?:were|was|are|is|have|has|had|remain\w*|died|die|fled)\b"
    r"|^\s+(?:reported|confirmed|suspected|believed|feared)\s+[a-z]+ed\b"
    r"|^\s+(?:made|left|rendered)\s+[a-z]+"
    r"|^\s+[a-z]{3,}ed(?=\s*(?:[,;.]|and\b|$))"
    r"|^\s+(?:thought|believed|feared|said|reported|estimated)\s+to\s+(?:be|have)\b",
    re.IGNORECASE,
)
"""A figure that is the subject of its own verb: "3,000 residents were forced from their
homes", "1,004 people reported infected", "two million made homeless", "two million thought
to be homeless", "11 captured" after "eight were killed" (not dead, whatever toll the words
before it tell)."""

_NEXT_WORDS = 15
"""Characters after a bare figure read for its casualty word ("killed 30", "30 dead")."""

_OWN_PREDICATE = 40
"""Characters read for the verb of a bare figure that is the subject of its own predicate
("two million thought to be homeless"): the predicate runs past the next few words."""


_TELLS_CLAUSE = re.compile(r"(?!\s*,)(?!\s+(?:at|to|as|by|in|on|of|for|from)\b)")
"""After a verb of telling, the start of what it tells: not an aside ("the toll, officials
said, rose") nor what a figure is put at ("estimated at 200,000")."""
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.I)
"""A passive before a verb of telling ("the toll is estimated"): the figure completes it."""


def _nearest_event(before: str, after: str) -> str | None:
    """The casualty verb closest to a figure: "killed 30" and "30 were killed" alike.

    When the figure is the subject of its own verb ("3,000 residents were forced from
    their homes"), only that predicate counts, not a verb of the clause before it.
    """
    best: tuple[int, str] | None = None
    told = [m for m in REPORTS.finditer(before) if _TELLS_CLAUSE.match(before, m.end())]
    if told and not _PASSIVE_BEFORE.search(before, 0, told[-1].start()):
        # "... were dead Officials at the UN say between 100 and 150 ... are missing": what
        # a verb of telling reports is a clause of its own, whatever came before the verb
        before = before[told[-1].end() :]
    for match in [] if _SUBJECT.match(after) else _EVENT.finditer(before):
        distance = len(before) - match.end()
        if distance < 60 and (best is None or distance < best[0]):
            best = (distance, match.lastgroup or "")
    reach = 60 if _SUBJECT.match(after) else 40
    for match in _EVENT.finditer(after):
        distance = match.start()
        if distance < reach and (best is None or distance < best[0]):
            best = (distance, match.lastgroup or "")
    return best[1] if best else None


def _scope(
    q: Quantity, after: str, before: str, main_place: str | None, places: frozenset[str]
) -> tuple[str | None, str | None]:
    """The place a figure is about: the first place named after it ("at/in/near X"), else
    the last one before it in its clause ("in Carvel, unemployment fell to 4.1%"), else the
    last one before it in the clause its own is joined to.

    A share has its place inside its own text, the last one named ("most of the 700 troops
    in Ostrel are at the Vane airfield"). "There" and "the country" stand for the article's
    main place, which is also the default.

    With no place word in its clause, a place the figure is told by ("Kansas health
    officials confirmed two cases", "Canada has reported 165 cases", "Mexico's death toll
    rose to 44") is its place, and countries told by together ("21 countries have reported
    1,085 cases") count the world's: a state's count is not the country's, nor one
    country's the world's.
    """
    told = q.sentence.text[: q.start - q.sentence.start]
    if _WORLD.search(before[-60:] + " " + _phrase_after(q)[:60]) or _COUNTRIES_TELL.search(told):
        return "world", "worldwide"
    regions = [(q.text, True)] if _is_share(q) else []
    own = _AND_PARTICIPLE.split(after, maxsplit=1)[0]  # not "and raising fears across X"
    regions += [(own[:80], False), (before[-60:], True)]
    if _BREAK.search(before) is None:
        # A clause joined to the one before it without a break shares its place: "the U.S.
        # embassy in Tanzania killed 10 people and wounded about 70 others" wounded them in
        # Tanzania too (not so "... spread to 74 countries, infecting 27,700 people").
        regions.append((told[_past_asides(told, 0, 0, len(told)) :][-60:], True))
    if opening := _OPENING_PLACE.match(told):
        regions.append((opening.group(), True))  # "In Brega, on the eastern front, rebels ..."
    if _JOINED_FIGURE.fullmatch(own):
        # "13 have died and 75 were injured in Suez": both in Suez
        rest = q.sentence.text[q.end - q.sentence.start :]
        end = _BREAK.search(rest)
        regions.append((rest[: end.start() if end else len(rest)][:80], False))
    for region, last in regions:
        found = [
            place for loc in _LOCATIVE_OPENING.finditer(region)
            if _SOURCE_BEFORE.search(region, 0, loc.start()) is None
            and (place := _place_at(region, loc, main_place)) is not None
        ]  # fmt: skip
        if found:
            return found[-1] if last else found[0]
    if _THERE.search(before[-40:]):
        # "were killed in Latakia , bringing the death toll there to 31": Latakia's toll
        named = [
            place for loc in _LOCATIVE_OPENING.finditer(told)
            if (place := _place_at(told, loc, None)) is not None
        ]  # fmt: skip
        if named:
            return named[-1]
    teller = _PLACE_TELLS.search(before[-80:])
    name = _possessed(teller.group("name")) if teller else ""
    if name and (_key(name) in places or name.lower() in _DEMONYMS):
        return _key(_DEMONYMS.get(name.lower(), name)), name
    part = _PART.search(after[:60]) or _PART.search(before[-60:])
    if part:
        return _key(part.group()), part.group().lower()
    if main_place:
        return _key(main_place), None  # unsaid: no label names it
    return None, None


_JOINED_FIGURE = re.compile(
    r"\s*(?:(?:have|has|had|were|was|are|is)\s+)?(?:been\s+)?[a-z]+\s+and\s*", re.IGNORECASE
)
"""A figure's clause that ends on its verb and "and", another figure next ("13 have died
and 75 were injured in Suez"): the place the next figure's clause names is this one's too."""
_THERE = re.compile(r"\bthere\b", re.IGNORECASE)
"""A figure told of "there" is of the place its sentence named before it."""

_TELLS = (
    r"(?:has\s+|have\s+|had\s+)?(?:now\s+|officially\s+|also\s+)?(?:reported|confirmed|recorded)"
)
_PLACE_TELLS = re.compile(
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)(?:\s?['’]s\s+(?:[a-z][\w-]*\s+){0,3}?"
    r"(?:toll|tally|count)\b[^,;]{0,30}|(?:\s+[a-z][\w-]*){0,3}?\s+" + _TELLS + r"\s+"
    r"(?:[a-z][\w-]*\s+){0,2})$"
)
"""A name telling the figure after it, as who reports it ("Kansas state health officials
confirmed", "Canada has reported") or whose tally it is ("Mexico's confirmed death toll
ticked up to"): a place when the story names it as one."""
_COUNTRIES_TELL = re.compile(
    r"\b(?:\d[\d,]*|[a-z]+)\s+(?:countries|nations)\s+" + _TELLS + r"\s+(?:[a-z][\w-]*\s+){0,2}$",
    re.IGNORECASE,
)
"""Countries reporting a figure together ("21 countries have officially reported")."""

_AND_PARTICIPLE = re.compile(r"\band\s+(?=[a-z]{2,}ing\b)")
"""Where another predicate of the sentence's subject opens ("killing at least 16 people and
raising fears it is spreading across North America"): a place named beyond it is that
predicate's, not the figure's."""


def _phrase_after(q: Quantity) -> str:
    """The sentence after a figure up to its next comma: "across five continents, the WHO
    said" places the figure, though "five continents" is a figure of its own that ends the
    clause of the one it places."""
    return re.split(r"[,;]", q.sentence.text[q.end - q.sentence.start :], maxsplit=1)[0]


_SOURCE_BEFORE = re.compile(r"\baccording\s*$", re.IGNORECASE)
"""What makes "to" name a source, not a place: "according to the US government"."""

_OPENING_PLACE = re.compile(r"^\W*In\s+[^,;]{2,40},")
"""A sentence opening on its place ("In Brega, on the eastern front, rebel forces said they
had suffered 18 killed"): the place of its figures however far they come after it."""
_LOCATIVE_OPENING = re.compile(_LOCATIVE.pattern + r"|(?<![\w,] )\bIn\s+")
"""A place word, and "In" opening a sentence or a clause ("In the US, 226 cases ...")."""

_WORLD = re.compile(
    r"\b(?:globally|worldwide|world-wide|around\s+the\s+(?:world|globe)|across\s+the\s+world"
    r"|global\s+(?:tally|toll|total)|(?:in|across)\s+(?:\d+|\w+)\s+(?:countries|continents))\b",
    re.IGNORECASE,
)
# "guard the northern border": a part of the story's place, named without a preposition.
_PART = re.compile(
    r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+(?:"
    + "|".join(sorted(_PLACE_NOUNS)) + r")\b", re.IGNORECASE,
)  # fmt: skip


_AND_PLACE = re.compile(
    r"(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?,?\s+and\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
)
"""A second place joined to the first by "and" ("in California and Texas"), the first
perhaps with its country ("in Nairobi, Kenya, and Dar es Salaam")."""


_ADJECTIVE_USE = re.compile(r"\s+[a-z]")
"""A lowercase word after a name, which the name qualifies ("Libyan cities"): a people's
adjective used so is labelled by its country, as a reader would name the place."""


def _place_at(
    region: str, locative: re.Match[str], main_place: str | None
) -> tuple[str, str] | None:
    """The place a locative preposition introduces, as (key, label), if it names one."""
    preposition = locative.group().strip().lower()  # "In Brega, ..." opening a sentence
    window = region[locative.end() : locative.end() + 60]
    name = _first_name(window)
    if name:
        # "in the United States", "in the US", "in Libyan cities": one country however told.
        key = _key(_DEMONYMS.get(name.lower(), name))
        at = window.find(name)
        also = _AND_PLACE.match(window, at + len(name)) if at >= 0 else None
        if also:  # "in California and Texas": a count of both, not of California
            both = "+".join(sorted({key, _key(also.group(1))}))
            return both, f"{preposition} {name}{also.group()}"
        if (
            at >= 0
            and name.lower() in _DEMONYMS
            and _people_adjective(name)
            and _ADJECTIVE_USE.match(window, at + len(name))
        ):
            name = _DEMONYMS[name.lower()]  # "in Libyan demonstrations": in Libya
        return key, f"{preposition} {name}"
    words = re.findall(r"[\w'’]+", re.split(r"[,;.]", window)[0].lower())[:3]
    place = next((w for w in words if w in _PLACE_NOUNS), None)
    if place:
        return place, f"{preposition} the {place}"
    if main_place and _HERE.search(" ".join(words)):
        return _key(main_place), f"in {main_place}"
    return None


def _time(
    q: Quantity, timexes: list[TimeExpression], published: dt.date | None,
    fallback: dt.date | None, as_of_report: bool, held: tuple[dt.date, dt.date] | None,
    was: Quantity | None = None,
) -> tuple[dt.date, dt.date, bool]:  # fmt: skip
    """When a figure held: a date in its own clause or fronting its sentence ("In May,"),
    else the days of the event its sentence tells (``held``), else the day it was reported.

    A date in the figure's own clause comes first, then one fronting the sentence, then any
    other. A deadline ("withdraw 12,000 troops by the end of the year") and the date of a
    statement ("officials said on Friday") do not date the figure. Past-perfect
    and "until recently" figures held at some time before the report; figures for a future
    date are plans, which hold from the report on. A figure in the past tense ("turnout
    was 61 percent") held at some time up to the report; in the present, on its day.

    Tolls (``as_of_report``) grow between reports, so they are dated by when they were
    counted, not by when the disaster struck ("five died in the avalanche on Monday"): by
    the day of the statement giving them, a "by Friday", or a date fronting the sentence.

    The new figure of a told change (``was``: the old one) is not dated by the words that
    make the old one past ("previously paid out $3.5m a day, but this has risen to $12.5m").

    The flag says whether the text dates it (a past tense with no date leaves it open: it
    may be of any day before the report, so it is never a revision)"""
    sentence = q.sentence
    text = sentence.text
    offset = sentence.start
    reference = published or fallback
    left, right_end = _figure_clause(q)
    candidates = []
    for t in timexes:
        start, end = t.start - offset, t.end - offset
        if start < 0 or end > len(text):
            continue
        span = _span(t, reference)
        if span is None or _about_now(span, reference):
            continue
        reported = _reported(text[:start])
        bound = _BOUND_BEFORE.search(text[:start])
        by = bound is not None and bound.group().split()[0].lower() == "by"
        history = reference is not None and span[1] < reference - _YEAR
        # "after the March 2005 explosion that killed 15": the date of the incident itself
        incident = as_of_report and history and _dates_incident(text[end:])
        if bound and not incident and not (by and (reference is None or span[1] <= reference)):
            continue  # a deadline; "by Friday, 800 remained" is as of Friday
        if as_of_report:
            if reported or by or start <= 12 or history:
                # a toll is dated when it was counted, but one of a year long past
                # ("the 1968 pandemic killed a million") is that year's
                candidates.append((0, abs(t.start - q.start), span))
        elif not reported:
            rank = 0 if left <= start and end <= right_end else 1 if start <= 12 else 2
            candidates.append((rank, abs(t.start - q.start), span))
    span = min(candidates)[2] if candidates else None
    if reference is not None and (_planned(q) or (span is not None and span[0] > reference)):
        # A plan ("will cut 4,000 jobs", "250 troops next month") holds from the report on.
        return reference, dt.date.max, True
    if span is not None:
        return (*span, True)
    if published is None:
        return dt.date.min, dt.date.max, False
    if _EARLIER.search(text, was.end - offset if was else 0, right_end):
        return dt.date.min, published - dt.timedelta(days=1), True
    if held is not None and not as_of_report:
        return (*held, True)  # "about 140 ships were waiting": on that article's news day
    clause = text[left:right_end]
    if not as_of_report and _PAST.search(clause) and not _PRESENT.search(clause):
        return dt.date.min, published, False
    return published, published, True


def _dates_incident(after: str) -> bool:
    """Whether a date is told of the incident named right after it ("the March 2005
    explosion at the refinery"), not of a doing that comes after some date."""
    words = re.findall(r"[a-z]+", after[:40].lower())[:3]
    return any(word in _INCIDENTS for word in words)


def _told_so_far(q: Quantity) -> bool:
    """Whether a figure's clause tells it in the present perfect ("more than 200 people have
    been killed"): a count so far, over every day the story has run (``_Reading.so_far``)."""
    return _PERFECT.search(q.sentence.text, *_figure_clause(q)) is not None


_PERFECT = re.compile(
    r"(?i)\b(?:has|have)\s+(?:(?:now|already|also|so\s+far)\s+)?(?:been\s+)?"
    rf"(?:[a-z]+(?:ed|en)|{'|'.join(sorted(IRREGULAR_PAST))})\b"
)
"""A present perfect of a count: "have been killed", "have died", "has risen", "have left
1,000 people dead". The events stage reads its own (``events._PERFECT``): there a running
total in the perfect ("9,000 people have died in the uprising") stays standing context."""


def _figure_clause(q: Quantity) -> tuple[int, int]:
    """Where the clause of a figure opens and closes in its sentence (offsets into it): from
    the last break before the figure to the first after it (``_BREAK``)."""
    text, offset = q.sentence.text, q.sentence.start
    left = max((m.end() for m in _BREAK.finditer(text, 0, q.start - offset)), default=0)
    right = _BREAK.search(text, q.end - offset)
    return left, right.start() if right else len(text)


def _day_told(
    q: Quantity, timexes: list[TimeExpression], reference: dt.date | None
) -> tuple[dt.date, dt.date] | None:
    """The day a figure's own clause tells it of ("24 people were killed on Wednesday"),
    None when the clause names no day. A toll is dated by when it was counted (``_time``),
    yet one told of its own day is that day's toll: another day's toll is not the same
    count, whichever is larger. The day of a statement ("said on Friday") is not one. Of
    two days in the clause the one nearer the figure is its own ("15 were killed on Tuesday
    and three on Wednesday": the three are Wednesday's)."""
    text = q.sentence.text
    offset = q.sentence.start
    left, right_end = _figure_clause(q)
    days = []
    for t in timexes:
        start, end = t.start - offset, t.end - offset
        if left <= start and end <= right_end and not _reported(text[:start]):
            span = _span(t, reference)
            if span is not None and span[0] == span[1]:
                days.append((max(start - q.end, q.start - end), span))
    return min(days)[1] if days else None


_YEAR = dt.timedelta(days=365)


_MONTH = dt.timedelta(days=31)


def _about_now(span: tuple[dt.date, dt.date], reference: dt.date | None) -> bool:
    """Whether a date longer than a month holds the report's day ("2009" in a 2009 page's
    dateline): it says no more of when a figure held than the report does, and read as
    its span it would meet every later report of the year."""
    if reference is None:
        return False
    return span[0] <= reference <= span[1] and span[1] - span[0] > _MONTH


_CELL = re.compile(r"[A-Z][\w '/-]{0,40}:\s*[\d,.]+\s*\.?")
"""A line that is a label and a figure ("Total dead: 192"): a cell of a table whose row (a
hospital, a country) is on another line."""

_LISTED_CELL = re.compile(r"\b[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*\s*:\s*(?:[a-z]+\s+){0,2}\d")
"""A place or label and a figure after a colon ("United States : 40 confirmed cases"): two or
more in a sentence are a fact box's rows, each of the place before its colon."""


@functools.lru_cache(maxsize=16384)
def _in_table(sentence: str) -> bool:
    """Whether a sentence is a table's line, whose figures are of the rows its labels name.
    Cached: read for each figure of the sentence."""
    return _CELL.fullmatch(sentence.strip()) is not None or len(_LISTED_CELL.findall(sentence)) > 1


_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[;:—]")
"""Where a clause ends: a comma, but not one between digits ("52,160 cases"), and the stops
that part clauses."""
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|would|shall|(?:is|are)\s+(?:set|expected|due|going)\s+to"
    r"|(?:plans?|aims?|intends?|hopes?|seeks?)\s+to)"
    r"\s+(?:[a-z]+ly\s+)?(?:(?!its\b|their\b|his\b|her\b|our\b)\w+\s+){1,2}"
    r"(?:as\s+(?:much|many)\s+as\s+|up\s+to\s+|more\s+than\s+|at\s+least\s+)?$",
    re.IGNORECASE,
)
"""What is to come, told before a figure ("will cut 4,000", "would initially ask for up to
five", "aims to siphon up to 80,000 barrels", "would defer as much as 80,000 barrels"): an
adverb after the "will" ("initially", "eventually") tells when or how, not what is done, so
the verb after it is still the plan's, and a bound before the figure is the figure's."""
_PRESENT = re.compile(
    r"\b(?:is|are|remains?|has|have|now|currently|still|stands?|totals?)\b", re.IGNORECASE
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|died|fled|left|took|won|fell|rose|lost|gave|held|[a-z]{3,}ed)\b",
    re.IGNORECASE,
)
_SOUGHT_BEFORE = re.compile(
    r"(?:\b(?:looking|hoping|aiming)\s+for\s+"
    r"(?:(?!(?:the|a|an|and|but|as|after|before|when|while|since|who|that|which)\b)"
    r"[a-z-]+\s+){1,3}?of"
    r"|(?<!\bthe\s)\b(?:target|goal)\s+of(?:\s+[a-z]+ing)?)\s+$",
    re.IGNORECASE,
)
"""A figure told as the measure of what is sought ("will be looking for high pressure
readings of 8,000 to 9,000 pounds", "a goal of capturing 40,000 barrels"): a mark a
measurement is judged by, not one. Only a measure "of" the figure is sought: "looking for
12 suspects", "looking for survivors after 12 miners died" and "the target of 40 air
strikes" count what was found, died or struck."""
_SOUGHT_REACH = 80
"""Characters before a figure searched for its seeking words (``_SOUGHT_BEFORE`` reaches no
further), so a long sentence costs no more than a short one."""
_FUTURE_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?(?:will|would)\s+be\b", re.IGNORECASE)
"""What a figure is to be, or would be ("8,000 pounds per square inch would be ideal"): two
words of its measure may stand between."""


_FACILITY = re.compile(
    r"\b(?:at|in|into|to|from|visited)\s+(?:[\w'-]+\s+){1,4}?(?:hospital|clinic|morgue|mortuary|"
    r"infirmary|medical\s+(?:center|centre|complex))s?\b"
    r"(?!\s+(?:sources?|officials?|records|figures|staff|workers)\b)"
    r"|\b(?:brought|carried|rushed)\s+(?:in\s+|into\s+|to\s+)?"
    r"(?:(?:the|a)\s+[\w'-]+\s+(?:of|at|in)\s+)?(?:this|here)\b",
    re.IGNORECASE,
)
"""A count told at one hospital or morgue ("four dead and 23 wounded at his hospital",
"a doctor at Central Misrata Hospital said 42 were killed", "visited a hospital where they
saw the bodies of three men"), or brought to the place a witness speaks from ("five dead
have been brought into the entrance of this mosque", "brought here"): what one place
received, not the toll; "according to Benghazi hospital sources" is where a toll came from,
not where it lay, and "taken to hospital" says how badly the counted were hurt."""
_FACILITY_REACH = 100
"""Characters either side of a figure its hospital is told within: a caption run into the
sentence ("... masks at Mexico City's general hospital") is about something else."""


def _at_facility(q: Quantity) -> bool:
    """Whether a figure is told as what one hospital or morgue received (``_FACILITY``)."""
    text, offset = q.sentence.text, q.sentence.start
    start = max(0, q.start - offset - _FACILITY_REACH)
    return _FACILITY.search(text[start : q.end - offset + _FACILITY_REACH]) is not None


def _planned(q: Quantity) -> bool:
    """Whether a figure is told as a plan or what is to come ("will have up to 10,000 troops
    there", "plans to evacuate about 60 people", "10,000 troops would be arriving"), as
    being sent ("is sending 1,000 troops"): where they are headed, not what is there, or as
    what is sought ("looking for readings of 8,000 pounds"): a mark, not a reading."""
    text, offset = q.sentence.text, q.sentence.start
    if _JOINED.search(text, 0, q.start - offset):
        return False  # "2,000 marines are set to join 1,000 troops": those already there
    return bool(
        _FUTURE_BEFORE.search(text, 0, q.start - offset)
        or _SOUGHT_BEFORE.search(text, max(0, q.start - offset - _SOUGHT_REACH), q.start - offset)
        or _SENDING.search(text, 0, q.start - offset)
        or _FUTURE_AFTER.match(text, q.end - offset)
        or _TO_COME.match(text, q.end - offset)
    )


_SENDING = re.compile(
    r"(?:\b(?:is|are)|\s['’](?:s|re))\s+(?:sending|deploying|dispatching|shipping|flying)"
    r"\s+(?:in\s+|an?\s+extra\s+)?(?:(?:up\s+to\s+|some\s+|about\s+)?[\d,.]+\s+[a-z]+\s+and\s+)?$",
    re.IGNORECASE,
)
_TO_COME = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:(?:are|is)\s+(?:set|expected|due|going)\s+to\s+(?!have\b)|"
    r"will\s+(?:arrive|join|follow|reach|land|head|deploy|be\s+(?:arriving|deployed|sent))|"
    r"(?:will|would)\s+(?:die|perish|be\s+killed)|"
    r"(?:will|would)\s+have\s+(?:been\s+)?[a-z]+(?:ed|en)\b|"
    r"could\s+be\s+(?:in|on|at)\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)
"""Where a figure is about to go ("2,000 marines are set to join", "10,000 troops will
arrive", "could be in Haiti within days"), a toll foretold ("thousands will die" if the
city is attacked) or a total foreseen ("95 million gallons will have entered the Gulf" if
the leak goes on); what it "will be" is told by ``_FUTURE_AFTER``."""
_JOINED = re.compile(r"\bjoin\s+(?:the\s+)?$", re.IGNORECASE)


def _reported(before: str) -> bool:
    """Whether a date directly follows a reporting verb ("said on Monday"): it dates the
    statement, not what the statement is about."""
    clause = before[max((m.end() for m in _CLAUSE.finditer(before)), default=0) :]
    verbs = _verbs(clause)
    if not verbs or verbs[-1][1] not in _REPORTING:
        return False
    between = clause[verbs[-1][0] :].split()[1:]
    return len(between) <= 6 and "that" not in between
