"""Claims and contradictions: what each outlet says about the numbers and dates of a story.

A reader wants disagreements side by side with their sources, not averaged away. So figures
are grouped by what they measure (counted noun, casualty verb, place, whose), each figure is
read as the range its hedge allows ("nearly 1,000" is 850 to 1,000, "fewer than 1,000" is a
figure somewhat under 1,000, as a reporter would use it), and two figures contradict only
when their ranges cannot meet, they come from independent texts, and the text does not
date them apart. Figures reported at different times (troops leaving, a death toll rising)
are a change, said in the claim's note, not a contradiction.

Dates work the same way: a dated clause is keyed by its event verb and the specific names
near it ("withdrew ... from Airbase 101"), each date is read as the span its precision
allows ("earlier this month" in an August article is 1 August to the publication day), and
two independent articles whose spans for the same event cannot meet disagree.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from storyline.models import (
    Claim,
    ClaimMention,
    Contradiction,
    ContradictionSide,
    Document,
    Provenance,
    Quantity,
    Sentence,
    TimeExpression,
)

_KIND_SYNONYMS = {
    "troops": """troops soldiers personnel forces servicemembers marines sailors airmen
        peacekeepers servicemen servicewomen fighters""",
    "people": """people persons civilians residents individuals villagers inhabitants lives
        victims""",
}
_RATE = re.compile(
    r"[^,;.]{0,40}?\b(?P<period>daily|a\s+day|per\s+day|each\s+day|every\s+day|a\s+week"
    r"|per\s+week|weekly|a\s+month|per\s+month|monthly|a\s+year|per\s+year|annually|yearly)\b"
    r"(?!\s+(?:earlier|ago|before|later|after))",
    re.IGNORECASE,
)
_INCIDENTS = frozenset(
    """attack attacks bombing bombings blast blasts explosion crash crashes clash clashes
    shooting strike strikes raid raids fire flood floods storm earthquake quake landslide
    collapse stampede shelling airstrike airstrikes ambush""".split()
)
_MILITARY = re.compile(r"\b(?:military|defen[cs]e|armed|army|navy|combat|security)\b", re.I)
_KIND = {word: kind for kind, words in _KIND_SYNONYMS.items() for word in words.split()}
_DIMENSION_KINDS = frozenset({"length", "area", "mass"})
# Physical measures: converted to one unit so "570 miles" meets "920 kilometers"; they do not
# change with time, so a difference between them is never explained away as a change.
_DIMENSIONS = {
    "kilometers": ("length", 1.0), "miles": ("length", 1.609344), "meters": ("length", 0.001),
    "feet": ("length", 0.0003048), "hectares": ("area", 0.01), "acres": ("area", 0.00404686),
    "tonnes": ("mass", 1.0), "kilograms": ("mass", 0.001),
}  # fmt: skip
_EVENTS = {
    "killed": r"kill\w*|dead|deaths?|died|die|death\s+toll|fatalit\w+|bodies|lives|slain",
    "injured": r"injur\w*|wounded|hurt|hospitali[sz]ed",
    "missing": r"missing|unaccounted",
    "displaced": r"displaced|homeless|fled|evacuat\w+|uprooted|forced\s+(?:from|out\s+of)"
    r"\s+their\s+homes|lost\s+their\s+homes",
    "arrested": r"arrest\w*|detain\w*|jailed",
    "rescued": r"rescued|saved",
    "destroyed": r"destroy\w*|razed|flattened|burned\s+down|burnt\s+down",
    "damaged": r"damag\w*",
    "cut": r"cut|cuts|cutting|eliminat\w+|lay(?:ing)?\s+off|laid\s+off|layoffs?|axe[ds]?|axing"
    r"|slash\w*",
}
# Whatever noun counts them, jobs cut are one measure: "4,000 jobs", "4,000 positions".
_JOB_WORDS = frozenset(
    "jobs positions posts roles workers employees staff people staffers".split()
)
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
_DEMONYMS = {
    "us": "US", "u.s.": "US", "usa": "US", "american": "US", "americans": "US",
    "united states": "US", "washington": "US", "pentagon": "US",
    "france": "France", "french": "France", "paris": "France",
    "russia": "Russia", "russian": "Russia", "moscow": "Russia", "kremlin": "Russia",
    "uk": "UK", "britain": "UK", "british": "UK", "china": "China", "chinese": "China",
    "germany": "Germany", "german": "Germany", "israel": "Israel", "israeli": "Israel",
    "ukraine": "Ukraine", "ukrainian": "Ukraine", "iran": "Iran", "iranian": "Iran",
    "turkey": "Turkey", "turkish": "Turkey", "nato": "NATO", "un": "UN", "eu": "EU",
    "italian": "Italy", "italy": "Italy", "spanish": "Spain",
    "japanese": "Japan", "japan": "Japan", "indian": "India", "india": "India",
    "canadian": "Canada", "canada": "Canada", "nigerien": "Niger", "malian": "Mali",
    "chadian": "Chad", "nigerian": "Nigeria", "egyptian": "Egypt", "syrian": "Syria",
}  # fmt: skip
_ACTOR = re.compile(
    r"\b(?:" + "|".join(re.escape(k) for k in sorted(_DEMONYMS, key=len, reverse=True))
    + r")(?![\w])",
    re.IGNORECASE,
)  # fmt: skip
_CURRENCIES = frozenset({"dollars", "euros", "pounds", "yen", "yuan", "rupees", "naira"})
_ACTOR_KEYS = frozenset(k.rstrip(".") for k in _DEMONYMS)
_LOCATIVE = re.compile(
    r"\b(?:at|in|near|to|from|inside|outside|across|around|throughout|through|into|off|along"
    r"|within|fled|left|entered)\s+"
)
_COMPASS = re.compile(r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
                      r"(?:ern)?")
_NAME = re.compile(r"(?:[A-Z][\w'’.-]*\w|[A-Z])(?:\s+(?:[A-Z][\w'’-]*\w|\d+))*")
_PLACE_NOUNS = frozenset(
    {"region", "area", "province", "state", "capital", "city", "town", "village", "district",
     "border", "coast", "frontline"}
)
_HERE = re.compile(r"\b(?:there|country|nation)\b", re.IGNORECASE)
_NOT_PLACES = frozenset(
    """The A An In On At By This That These Those It Its They He She We Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday January February March April May June July
    August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct
    Nov Dec LRB RRB LSB RSB I What Who Where When Why How Live Update Updated Breaking Video
    Photo Watch Read
    Some Nearly Almost Roughly Around About Only More Fewer Less Up Over Under All
    Officials Police Rescuers Authorities Residents Local Government Organisers Organizers
    Villagers Troops Soldiers People Health Emergency Most Many""".split()
)
_EARLIER = re.compile(
    r"\b(?:had\s+(?:been\s+(?:at|in|on|stationed|deployed|based)|had|numbered|stationed"
    r"|deployed)|until\s+recently|previously|"
    r"formerly|once|at\s+(?:its|the)\s+peak|originally|initially|used\s+to|before\s+the)\b",
    re.IGNORECASE,
)
_STOPWORDS = frozenset(
    """a an the of to in on at by for from with into over under near after before since
    until during about around than as and or but so if while when where who which that this
    these those there it its they them their he she his her we our is are was were be been
    has have had will would could should may might can not no also still more most less
    fewer some all said says told according officials official statement""".split()
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
    low: float
    high: float
    since: dt.date
    until: dt.date
    changeable: bool


def group_claims(documents: Sequence[Document], provenance: Provenance) -> list[Claim]:
    """Group the quantities of one story's documents into claims about the same measure.

    A figure printed by several copies of one text appears once per claim: copies are not
    independent reports. When figures differ only because they were reported at different
    times, the claim's note says so.
    """
    return [_claim(group) for group in _groups(documents, provenance)]


def find_contradictions(
    claims: Sequence[Claim], documents: Sequence[Document], provenance: Provenance
) -> list[Contradiction]:
    """Number contradictions: figures of one claim whose ranges cannot both hold.

    The readings are rebuilt from the documents (``claims`` carry only what is printed) and
    matched to each claim through its mentions; every article printing a side's figure is
    listed on that side, copies included, so a reader can open any of them.
    """
    groups = {tuple(_claim(group).mentions): group for group in _groups(documents, provenance)}
    found: list[Contradiction] = []
    for claim in claims:
        group = groups.get(tuple(claim.mentions))
        if group is None:
            continue
        conflicts, _changes = _compare(group)
        if not conflicts:
            continue
        involved = sorted(
            {r for pair in conflicts for r in pair},
            key=lambda r: (r.low, r.high, r.article_id, r.quantity.start),
        )
        sides = _sides(involved, group)
        found.append(
            Contradiction(kind="number", about=claim.about, sides=sides, note=claim.note)
        )
    return found


def _groups(documents: Sequence[Document], provenance: Provenance) -> list[list[_Reading]]:
    """Readings of all documents clustered by measure, in reading order.

    A reading joins the first cluster all of whose readings measure the same thing; only
    clusters of its kind and event are tried, which keeps large stories fast.
    """
    fallback = _story_date(documents)
    place = _main_place(documents)
    common = _common_words(documents)
    readings = [
        replace(r, topic=r.topic - common)
        for d in documents
        for r in _readings(d, provenance, fallback, place)
    ]
    clusters: list[list[_Reading]] = []
    buckets: dict[tuple[str, str | None], list[list[_Reading]]] = {}
    for reading in readings:
        bucket = buckets.setdefault((reading.kind, reading.event), [])
        for cluster in bucket:
            if all(_same_measure(reading, other) for other in cluster):
                cluster.append(reading)
                break
        else:
            bucket.append([reading])
            clusters.append(bucket[-1])
    return clusters


def _common_words(documents: Sequence[Document]) -> frozenset[str]:
    """Words most articles of a large story use ("quake", "strike"): in a long-running story
    they no longer tell one figure's subject from another's."""
    if len(documents) < 8:
        return frozenset()
    counts = Counter(w for d in documents for w in _topic(d.article.text, names=False))
    return frozenset(w for w, c in counts.items() if c >= 0.5 * len(documents))


def _claim(group: list[_Reading]) -> Claim:
    seen: set[tuple[str, str]] = set()
    mentions = []
    for r in group:
        key = (r.source, _figure(r.quantity))
        if key in seen:
            continue
        seen.add(key)
        q = r.quantity
        mentions.append(
            ClaimMention(
                value=q.value, text=q.text, qualifier=q.qualifier, article_id=r.article_id,
                sentence=q.sentence.text, unit=q.unit,
            )
        )  # fmt: skip
    _conflicts, changes = _compare(group)
    return Claim(about=_about(group), mentions=mentions, note=_change_note(changes))


def _sides(involved: list[_Reading], group: list[_Reading]) -> list[ContradictionSide]:
    """One side per figure as printed, listing every article that printed it."""
    sides: dict[str, tuple[_Reading, list[str]]] = {}
    for r in involved:
        figure = _figure(r.quantity)
        if figure not in sides:
            sides[figure] = (r, [])
    for r in group:
        entry = sides.get(_figure(r.quantity))
        if entry and r.article_id not in entry[1] and any(
            r.source == s.source for s in involved if _figure(s.quantity) == _figure(r.quantity)
        ):
            entry[1].append(r.article_id)
    return [
        ContradictionSide(value=figure, articles=articles, sentence=r.quantity.sentence.text)
        for figure, (r, articles) in sides.items()
    ]


def _figure(q: Quantity) -> str:
    """The figure as printed ("about two dozen American soldiers"); a share is spelt out
    with the figure it is a share of ("most of fewer than 1,000 troops")."""
    if not _is_share(q):
        return q.text
    qualifier = q.qualifier or ""
    number = f"{q.value:,.0f}" if q.value == int(q.value) else f"{q.value:,}"
    return " ".join(w for w in (qualifier, number, q.unit or "") if w)


def _compare(
    group: list[_Reading],
) -> tuple[list[tuple[_Reading, _Reading]], list[tuple[_Reading, _Reading]]]:
    """Pairs whose ranges cannot meet: (contradictions, changes dated apart by the text)."""
    conflicts, changes = [], []
    for a, b in itertools.combinations(group, 2):
        if a.source == b.source or (a.low <= b.high and b.low <= a.high):
            continue
        earlier, later = (a, b) if a.since <= b.since else (b, a)
        apart = earlier.until < later.since
        if apart and a.changeable and b.changeable and not _fell(earlier, later):
            changes.append((earlier, later))
        else:
            conflicts.append((a, b))
    return conflicts, changes


_CUMULATIVE = frozenset({"killed", "injured"})


def _fell(earlier: _Reading, later: _Reading) -> bool:
    """A death or injury toll that fell between reports weeks apart at most: the dead do not
    come back. (Tolls years apart are of different disasters.)"""
    close = later.since - earlier.until <= dt.timedelta(days=90)
    return earlier.event in _CUMULATIVE and later.high < earlier.low and close


def _change_note(changes: list[tuple[_Reading, _Reading]]) -> str | None:
    if not changes:
        return None
    involved = sorted(
        {r for pair in changes for r in pair},
        key=lambda r: (r.since, r.until, r.article_id, r.quantity.start),
    )
    first: dict[str, str] = {}
    for r in involved:
        first.setdefault(_figure(r.quantity).lower(), f"{_figure(r.quantity)} ({_when(r)})")
    return "Figures reported at different times, so both may hold: " + ", then ".join(
        first.values()
    )


def _when(r: _Reading) -> str:
    if r.since == r.until:
        return r.since.isoformat()
    if r.since == dt.date.min:
        return f"before {r.until.isoformat()}"
    return f"{r.since.isoformat()} to {r.until.isoformat()}"


def _about(group: list[_Reading]) -> str:
    """A readable name for what a claim measures: "US troops at Agadez"."""
    first = group[0]
    actors = sorted({a for r in group for a in r.actors})
    noun = first.kind if first.kind in _KIND_SYNONYMS else first.quantity.unit or first.kind
    if first.kind in _DIMENSION_KINDS:
        actors = []  # a distance belongs to places, not to a country
    words = [" and ".join(actors), noun, first.event or ""]
    labels = Counter(r.scope_label for r in group if r.scope_label)
    if first.kind in _DIMENSION_KINDS:
        shared = frozenset.intersection(*(r.names for r in group))
        surfaces = _name_surfaces(first.quantity.sentence.text)
        places = [surfaces[k] for k in sorted(shared) if k in surfaces]
        words.append(f"({', '.join(places)})" if places else "")
    elif labels:
        words.append(labels.most_common(1)[0][0])
    return " ".join(w for w in words if w)


def _same_measure(a: _Reading, b: _Reading) -> bool:
    """Whether two readings measure the same thing (a conservative test: when in doubt, no)."""
    if a.kind != b.kind or a.event != b.event:
        return False
    if a.article_id == b.article_id and a.quantity.sentence == b.quantity.sentence:
        return False
    if a.kind in _DIMENSION_KINDS:
        # A distance runs between places: sharing one, and a word for what is that far
        # ("the epicentre"), is what makes two distances comparable.
        if a.names or b.names:
            return not a.names.isdisjoint(b.names) and not a.topic.isdisjoint(b.topic)
        return _similar_topics(a, b)
    if not _same_place(a, b):
        return False
    if a.actors and b.actors and a.actors != b.actors:
        return False
    if a.event and a.incidents and b.incidents and a.incidents.isdisjoint(b.incidents):
        return False  # killed in a crash, killed in clashes: two incidents
    if a.kind == "troops" or a.event:
        return True
    if a.kind in _CURRENCIES and a.payers and b.payers and a.payers.isdisjoint(b.payers):
        return False  # "Spain pledged $4.3m", "the IMF says $100m": different donors
    if a.purpose and b.purpose:
        # Same measure word ("turnout", "inflation") is enough for percentages.
        shared = bool(a.purpose & b.purpose)
        return shared and (a.kind == "percent" or _similar_topics(a, b))
    if a.kind not in _CURRENCIES and a.kind != "percent" and a.kind not in _KIND_SYNONYMS:
        # A specific counted noun ("passengers", "ships") is itself most of the evidence.
        return not a.topic.isdisjoint(b.topic)
    return _similar_topics(a, b)


def _similar_topics(a: _Reading, b: _Reading) -> bool:
    shared = len(a.topic & b.topic)
    return shared >= 2 and shared / max(1, min(len(a.topic), len(b.topic))) >= 0.3


def _same_place(a: _Reading, b: _Reading) -> bool:
    """Same place, or one figure's place is named in the other's sentence without a
    preposition ("the cyclone that hit Brava killed 140" is about Brava too)."""
    if a.scope == b.scope:
        return True
    if a.scope is None:
        return b.scope in a.names
    if b.scope is None:
        return a.scope in b.names
    return False


def _story_date(documents: Sequence[Document]) -> dt.date | None:
    """The latest publication date of a story: what an undated article's months are read at."""
    return max((d.article.published for d in documents if d.article.published), default=None)


_DAY_WORDS = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep"
    r"|oct|nov|dec)[a-z]*\.?\s|yesterday|tomorrow|\d{1,2}/\d{1,2}",
    re.IGNORECASE,
)


def _names_a_day(t: TimeExpression) -> bool:
    """Dates, and times that say which day ("midnight on Sunday"); a bare clock time
    ("6:40 p.m.") takes its day from the report, so it dates nothing by itself."""
    return t.type == "DATE" or (t.type == "TIME" and _DAY_WORDS.search(t.text) is not None)


def _readings(
    document: Document, provenance: Provenance, fallback: dt.date | None,
    main_place: str | None,
) -> list[_Reading]:  # fmt: skip
    published = document.article.published
    timexes = [t for t in document.time_expressions if _names_a_day(t)]
    readings = []
    for q in document.quantities:
        if _incremental(q, document.article.text):
            continue
        # A figure's clause runs from the figure before it to the figure after it.
        others = [o for o in document.quantities if o.sentence == q.sentence and o is not q]
        clause_start = max((o.end for o in others if o.end <= q.start), default=q.sentence.start)
        clause_end = min((o.start for o in others if o.start >= q.end), default=q.sentence.end)
        reading = _read(q, document, provenance, clause_start, clause_end, main_place)
        if reading is None:
            continue
        as_of_report = reading.event in _CUMULATIVE
        since, until = _time(q, timexes, published, fallback, as_of_report)
        readings.append(replace(reading, since=since, until=until))
    # A share in the same place as its total ("most of the 100 forces in Chad") says
    # nothing the total does not.
    totals = {_place_of(r) for r in readings if not _is_share(r.quantity)}
    return [r for r in readings if not (_is_share(r.quantity) and _place_of(r) in totals)]


def _place_of(r: _Reading) -> tuple[Sentence, float, str | None]:
    return r.quantity.sentence, r.quantity.value, r.scope


_MORE = re.compile(r"\s*(?:more|additional|extra|others?)\b", re.IGNORECASE)


def _incremental(q: Quantity, text: str) -> bool:
    """"Another 500 troops", "500 more": an increment, not a figure for the whole."""
    if q.qualifier in ("another", "a further"):
        return True
    return bool(_MORE.match(text, q.end) or re.search(r"\b(?:additional|extra)\b", q.text))


def _read(
    q: Quantity, document: Document, provenance: Provenance, clause_start: int,
    clause_end: int, main_place: str | None,
) -> _Reading | None:  # fmt: skip
    text = document.article.text
    before = text[clause_start : q.start]
    after = text[q.end : clause_end]
    counts = q.unit is None or (q.unit not in _DIMENSIONS and q.unit not in _CURRENCIES
                                and q.unit != "percent")
    # An event after a comma belongs to the next figure ("14 skiers, killing five").
    event = _nearest_event(before, re.split(r"[,;]", after)[0]) if counts else None
    unit = q.unit
    if unit is None:
        # A bare figure counts people only next to a toll: "killed 30", "the toll rose to 45".
        near = _nearest_event(before[-25:], after[:15]) or (
            "killed" if _TOLL.search(before) else None
        )
        if q.value != int(q.value) or near is None:
            return None
        unit = "people"
    dimension = _DIMENSIONS.get(unit)
    kind, factor = dimension if dimension else (_KIND.get(unit, unit), 1.0)
    rate = _RATE.match(after)
    if rate:  # "10,000 people were crossing daily" is a rate, not a total
        kind = f"{kind} {rate.group('period').lower()}"
    if unit == "personnel" and not _MILITARY.search(q.text + " " + before[-30:]):
        kind = "personnel"  # embassy or UN staff, not troops
    if event == "cut" and unit in _JOB_WORDS:
        kind = "jobs"
    low, high = value_range(q)
    scope, label = _scope(q, after, before, main_place)
    actors = _actors(text[q.sentence.start : q.start][-80:] + " " + q.text) | frozenset(
        word for word in re.findall(r"\b[A-Z][a-z]+\b", q.text.split(None, 1)[-1])
        if word.lower() not in _DEMONYMS and not _is_share(q)
    )  # fmt: skip
    purpose = _purpose(unit, before, after)
    return _Reading(
        quantity=q, article_id=document.id,
        source=provenance.source_key(document.id, q.sentence.text), kind=kind, event=event,
        scope=scope, scope_label=label, actors=actors,
        topic=_topic(before + " " + after, names=unit != "percent" and dimension is None),
        payers=_names(before),
        incidents=frozenset(
            _EVENT_CLASSES.get(w.rstrip("s"), w.rstrip("s"))
            for w in re.findall(r"[a-z]+", q.sentence.text.lower())
            if w in _INCIDENTS
        ),
        purpose=purpose, names=_names(q.sentence.text),
        low=low * factor, high=high * factor, since=dt.date.min, until=dt.date.max,
        changeable=dimension is None,
    )  # fmt: skip


def _purpose(unit: str, before: str, after: str) -> frozenset[str]:
    """What a sum is for ("on roads") or what a percentage is of ("of the vote", "turnout
    was"): two figures with different purposes measure different things."""
    words = re.split(r"[,;.]", after)[0].split()[:5]
    if unit == "percent":
        # The most specific measure word of the clause: "turnout in Sunday's vote" is turnout.
        near = {m.lastgroup for m in _PERCENT_MEASURES.finditer(before[-80:] + " " + after[:40])}
        if near:
            return frozenset({min(near, key=_PERCENT_ORDER.index)})
        return _topic(" ".join(words), names=False) if words[:1] == ["of"] else frozenset()
    if unit not in _CURRENCIES:
        return frozenset()
    return _topic(" ".join(words), names=False)


_TOLL = re.compile(r"\btoll\b[^.]{0,50}$", re.IGNORECASE)
_SUBJECT = re.compile(
    r"^[^,;.]{0,30}?\b(?:were|was|are|is|have|has|had|remain\w*|died|die|fled)\b", re.IGNORECASE
)


def _nearest_event(before: str, after: str) -> str | None:
    """The casualty verb closest to a figure: "killed 30" and "30 were killed" alike.

    When the figure is the subject of its own verb ("3,000 residents were forced from
    their homes"), only that predicate counts, not a verb of the clause before it.
    """
    best: tuple[int, str] | None = None
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
    q: Quantity, after: str, before: str, main_place: str | None
) -> tuple[str | None, str | None]:
    """The place a figure is about: the first place named after it ("at/in/near X"), else
    the last one before it ("in Carvel, unemployment fell to 4.1%").

    A share has its place inside its own text, the last one named ("most of the 700 troops
    in Ostrel are at the Vane airfield"). "There" and "the country" stand for the article's
    main place, which is also the default.
    """
    if _WORLD.search(before[-60:] + " " + after[:60]):
        return "world", "worldwide"
    regions = [(q.text, True)] if _is_share(q) else []
    regions += [(after[:80], False), (before[-60:], True)]
    for region, last in regions:
        places = [
            place for loc in _LOCATIVE.finditer(region)
            if (place := _place_at(region, loc, main_place)) is not None
        ]  # fmt: skip
        if places:
            return places[-1] if last else places[0]
    part = _PART.search(after[:60]) or _PART.search(before[-60:])
    if part:
        return _key(part.group()), part.group().lower()
    if main_place:
        return _key(main_place), f"in {main_place}"
    return None, None


_WORLD = re.compile(
    r"\b(?:globally|worldwide|world-wide|around\s+the\s+(?:world|globe)|across\s+the\s+world"
    r"|global\s+(?:tally|toll|total)|in\s+\d+\s+countries)\b",
    re.IGNORECASE,
)
# "guard the northern border": a part of the story's place, named without a preposition.
_PART = re.compile(
    r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+(?:"
    + "|".join(sorted(_PLACE_NOUNS)) + r")\b", re.IGNORECASE,
)  # fmt: skip


def _place_at(
    region: str, locative: re.Match[str], main_place: str | None
) -> tuple[str, str] | None:
    """The place a locative preposition introduces, as (key, label), if it names one."""
    preposition = locative.group().strip()
    window = region[locative.end() : locative.end() + 60]
    name = _first_name(window)
    if name:
        return _key(name), f"{preposition} {name}"
    words = re.findall(r"[\w'’]+", re.split(r"[,;.]", window)[0].lower())[:3]
    place = next((w for w in words if w in _PLACE_NOUNS), None)
    if place:
        return place, f"{preposition} the {place}"
    if main_place and _HERE.search(" ".join(words)):
        return _key(main_place), f"in {main_place}"
    return None


def _is_share(q: Quantity) -> bool:
    return any((q.qualifier or "").startswith(f"{share} of") for share in _SHARE_FACTORS)


def _first_name(window: str) -> str | None:
    """The first proper name in a short window, skipping a few lowercase words.

    A compass word stays with the name: "northeastern Syria" is a part of Syria, and a
    figure for it is not a figure for the whole country.
    """
    previous = ""
    for count, token in enumerate(re.finditer(r"\S+", window)):
        word = token.group()
        if word[0].isupper():
            name = _NAME.match(window, token.start())
            if name is None:
                return None
            text = _possessed(name.group()).rstrip(".")
            if text.split()[0] in _NOT_PLACES:
                return None
            return f"{previous} {text}" if _COMPASS.fullmatch(previous) else text
        if word.endswith((",", ".", ";")) or count >= 4:
            return None
        previous = word.lower()
    return None


def _possessed(name: str) -> str:
    """"Dorvia's Kessan" names Kessan (in Dorvia); a trailing "'s" is dropped too."""
    return re.split(r"['’]s\s+", re.sub(r"['’]s$", "", name))[-1]


def _key(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", folded.lower())


def _main_place(documents: Sequence[Document]) -> str | None:
    """The place a story names most often after "in/at/from": what a figure with no place
    of its own, "there" and "the country" refer to."""
    counts: Counter[str] = Counter()
    names: dict[str, str] = {}
    for document in documents:
        text = document.article.text
        for loc in _LOCATIVE.finditer(text):
            name = _first_name(text[loc.end() : loc.end() + 40])
            if name and name.split()[0].lower() not in _DEMONYMS:
                counts[_key(name)] += 1
                names.setdefault(_key(name), name)
    return names[counts.most_common(1)[0][0]] if counts else None


def _topic(text: str, names: bool = True) -> frozenset[str]:
    """Content-word stems of a text; ``names=False`` keeps only lowercase words, so the
    purpose of a sum ("on roads in Esk") is told apart from where it was spent."""
    words = re.findall(r"[A-Za-z]+", text if names else re.sub(r"\b[A-Z]\w*", "", text))
    return frozenset(
        _stem(w.lower()) for w in words if w.lower() not in _STOPWORDS and len(w) > 2
    )


def _stem(word: str) -> str:
    for suffix in ("ments", "ment", "ings", "ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


_APPROX = frozenset(
    {"about", "around", "roughly", "approximately", "some", "an estimated", "estimated",
     "close to"}
)  # fmt: skip
_BELOW = {"nearly": 0.85, "almost": 0.85, "just under": 0.9}
_ABOVE = frozenset({"more than", "over", "above", "upwards of", "well over", "well above"})
_AT_LEAST = frozenset({"at least", "no fewer than"})
_UNDER = frozenset({"fewer than", "less than", "under", "below"})
_AT_MOST = frozenset({"at most", "no more than", "not more than"})
_UP_TO = frozenset({"up to", "as many as"})
_SHARE_FACTORS = {
    "most": 0.5, "the majority": 0.5, "nearly all": 0.8, "almost all": 0.8, "half": 0.4,
    "the bulk": 0.6,
}  # fmt: skip
_VAGUE_FACTORS = {"several": (3, 9), "a few": (2, 5), "a couple of": (2, 3)}


def value_range(q: Quantity) -> tuple[float, float]:
    """The range of values a figure allows, read as a reporter uses its qualifier.

    A round figure carries its rounding ("1,000" is 950 to 1,050); "about" widens by a
    tenth; "fewer than X" and "up to X" mean a figure in the upper half below X, which is
    why "some 200" cannot be "most of fewer than 1,000". Lower bounds ("more than",
    "at least") stay open upwards: a later, larger count does not contradict them.
    """
    value = q.value
    qualifier = q.qualifier or ""
    share = None
    for name in _SHARE_FACTORS:
        if qualifier.startswith(name + " of"):
            share = _SHARE_FACTORS[name]
            qualifier = qualifier[len(name) + 4 :].strip()
            break
    low, high = _qualified(value, qualifier, _rounding(q))
    if share is not None:
        return low * share, high * (1.0 if share > 0.4 else 0.6)
    return low, high


def _rounding(q: Quantity) -> float:
    """How far a figure may be from the truth because it was rounded when written."""
    value = q.value
    if "dozen" in q.text.lower():
        return value * 0.1
    digits = re.search(r"\d[\d,]*(?:\.(\d+))?", q.text)
    if digits and digits.group(1):
        # "$4.3m" for 4.37 million: the last written digit is off by up to one.
        return 10 ** -len(digits.group(1)) * (value / float(digits.group().replace(",", "")))
    integer = int(value)
    if integer != value or integer == 0:
        return 0.0
    zeros = len(str(integer)) - len(str(integer).rstrip("0"))
    return min(0.5 * 10**zeros, 0.05 * value) if zeros else 0.0


def _qualified(value: float, qualifier: str, rounding: float) -> tuple[float, float]:
    words = qualifier.split()
    if words[:1] == ["between"]:
        return float(words[1]) - rounding, value + rounding
    if words and words[-1] in ("dozens", "scores", "hundreds", "thousands", "millions",
                               "billions", "trillions"):  # fmt: skip
        return 2 * value, 10 * value
    for vague, (low, high) in _VAGUE_FACTORS.items():
        if qualifier.endswith(vague):
            return low * value, high * value
    if qualifier in _APPROX:
        return 0.9 * value - rounding, 1.1 * value + rounding
    if qualifier in _BELOW:
        return _BELOW[qualifier] * value, value
    if qualifier in _ABOVE:
        return value, float("inf")
    if qualifier in _AT_LEAST:
        return value, float("inf")
    if qualifier in _UNDER or qualifier in _UP_TO:
        return 0.5 * value, value
    if qualifier in _AT_MOST:
        return 0.0, value
    if qualifier == "just over":
        return value, 1.1 * value
    return value - rounding, value + rounding


def _time(
    q: Quantity, timexes: list[TimeExpression], published: dt.date | None,
    fallback: dt.date | None, as_of_report: bool,
) -> tuple[dt.date, dt.date]:  # fmt: skip
    """When a figure held: a date in its own clause or fronting its sentence ("In May,"),
    else the day it was reported.

    A date in the figure's own clause comes first, then one fronting the sentence, then any
    other. A deadline ("withdraw 12,000 troops by the end of the year") and the date of a
    statement ("officials said on Friday") do not date the figure. Past-perfect
    and "until recently" figures held at some time before the report; figures for a future
    date are plans, which hold from the report on. A figure in the past tense ("turnout
    was 61 percent") held at some time up to the report; in the present, on its day.

    Tolls (``as_of_report``) grow between reports, so they are dated by when they were
    counted, not by when the disaster struck ("five died in the avalanche on Monday"): by
    the day of the statement giving them, a "by Friday", or a date fronting the sentence.
    """
    sentence = q.sentence
    text = sentence.text
    offset = sentence.start
    reference = published or fallback
    left = max((m.end() for m in _BREAK.finditer(text, 0, q.start - offset)), default=0)
    right = _BREAK.search(text, q.end - offset)
    right_end = right.start() if right else len(text)
    candidates = []
    for t in timexes:
        start, end = t.start - offset, t.end - offset
        if start < 0 or end > len(text):
            continue
        span = _span(t, reference)
        if span is None:
            continue
        reported = _reported(text[:start])
        bound = _BOUND_BEFORE.search(text[:start])
        by = bound is not None and bound.group().split()[0].lower() == "by"
        if bound and not (by and (reference is None or span[1] <= reference)):
            continue  # a deadline; "by Friday, 800 remained" is as of Friday
        if as_of_report:
            if reported or by or start <= 12:
                candidates.append((0, abs(t.start - q.start), span))
        elif not reported:
            rank = 0 if left <= start and end <= right_end else 1 if start <= 12 else 2
            candidates.append((rank, abs(t.start - q.start), span))
    span = min(candidates)[2] if candidates else None
    planned = _FUTURE_BEFORE.search(text, 0, q.start - offset) or _FUTURE_AFTER.match(
        text, q.end - offset
    )
    if reference is not None and (planned or (span is not None and span[0] > reference)):
        # A plan ("will cut 4,000 jobs", "250 troops next month") holds from the report on.
        return reference, dt.date.max
    if span is not None:
        return span
    if published is None:
        return dt.date.min, dt.date.max
    if _EARLIER.search(text):
        return dt.date.min, published - dt.timedelta(days=1)
    clause = text[left:right_end]
    if not as_of_report and _PAST.search(clause) and not _PRESENT.search(clause):
        return dt.date.min, published
    return published, published


_BREAK = re.compile(r"[,;:—]")
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|would|shall|(?:is|are)\s+(?:set|expected|due|going)\s+to|plans?\s+to)"
    r"\s+(?:(?!its\b|their\b|his\b|her\b|our\b)\w+\s+){1,2}$",
    re.IGNORECASE,
)
_PRESENT = re.compile(
    r"\b(?:is|are|remains?|has|have|now|currently|still|stands?|totals?)\b", re.IGNORECASE
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|died|fled|left|took|won|fell|rose|lost|gave|held|[a-z]{3,}ed)\b",
    re.IGNORECASE,
)
_FUTURE_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?(?:will|would)\s+be\b", re.IGNORECASE)


def _reported(before: str) -> bool:
    """Whether a date directly follows a reporting verb ("said on Monday"): it dates the
    statement, not what the statement is about."""
    clause = before[max((m.end() for m in _CLAUSE.finditer(before)), default=0) :]
    verbs = _verbs(clause)
    if not verbs or verbs[-1][1] not in _REPORTING:
        return False
    between = clause[verbs[-1][0] :].split()[1:]
    return len(between) <= 6 and "that" not in between


_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def _span(t: TimeExpression, fallback: dt.date | None = None) -> tuple[dt.date, dt.date] | None:
    """The days a TIMEX3 date value covers, narrowed by its mod; None when not a date.

    An "XXXX" year (the article is undated) is read against ``fallback``, the latest date of
    the story, as the tagger reads months: the last such date not after it.
    """
    value = t.value
    if value.startswith("XXXX") and fallback is not None:
        year = fallback.year
        if re.match(r"XXXX-(\d{2})(?:-(\d{2}))?$", value) and value[5:] > fallback.isoformat()[5:]:
            year -= 1
        value = f"{year}{value[4:]}"
    span = _value_span(value.split("T")[0])
    if span is None:
        return None
    start, end = span
    if t.text.lower().startswith("earlier") and t.anchor:
        return start, min(end, dt.date.fromisoformat(t.anchor))
    return _narrow(start, end, t.mod)


def _value_span(value: str) -> tuple[dt.date, dt.date] | None:
    try:
        if match := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
            day = dt.date(int(match[1]), int(match[2]), int(match[3]))
            return day, day
        if match := re.fullmatch(r"(\d{4})-(\d{2})", value):
            return _months(int(match[1]), int(match[2]), int(match[2]))
        if match := re.fullmatch(r"(\d{4})-W(\d{2})", value):
            monday = dt.date.fromisocalendar(int(match[1]), int(match[2]), 1)
            return monday, monday + dt.timedelta(days=6)
        if match := re.fullmatch(r"(\d{4})-Q([1-4])", value):
            return _months(int(match[1]), 3 * int(match[2]) - 2, 3 * int(match[2]))
        if match := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
            return _months(int(match[1]), *_SEASONS[match[2]])
        if match := re.fullmatch(r"(\d{4})", value):
            return dt.date(int(match[1]), 1, 1), dt.date(int(match[1]), 12, 31)
        if match := re.fullmatch(r"(\d{3})", value):
            return dt.date(int(match[1]) * 10, 1, 1), dt.date(int(match[1]) * 10 + 9, 12, 31)
    except ValueError:
        return None
    return None


def _months(year: int, first: int, last: int) -> tuple[dt.date, dt.date]:
    """From the first day of month ``first`` to the last of ``last`` (13, 14: next year)."""
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    after = dt.date(end_year + end_month // 12, end_month % 12 + 1, 1)
    return dt.date(year, first, 1), after - dt.timedelta(days=1)


def _narrow(start: dt.date, end: dt.date, mod: str | None) -> tuple[dt.date, dt.date]:
    """Early, mid and late thirds of a span ("mid-September" is the 10th to the 21st)."""
    third = dt.timedelta(days=((end - start).days + 1) // 3)
    if mod == "START":
        return start, start + third
    if mod == "MID":
        return start + third - dt.timedelta(days=1), end - third + dt.timedelta(days=1)
    if mod == "END":
        return end - third, end
    return start, end


# --- Dates of events ------------------------------------------------------------------------

_REPORTING = frozenset(
    """said say says announced announce told tell reported report stated added confirmed
    confirm briefed noted wrote posted tweeted spoke declared disclosed revealed according
    acknowledged explained insisted claimed published issued""".split()
)
_AUXILIARIES = frozenset(
    """had has have was were been being did does is are be will would could should may
    might must can shall got get""".split()
)
_IRREGULAR = {
    "withdrew": "withdraw", "withdrawn": "withdraw", "withdrawal": "withdraw",
    "began": "begin", "begun": "begin", "took": "take", "taken": "take", "left": "leave",
    "met": "meet", "held": "hold", "struck": "strike", "fell": "fall", "fallen": "fall",
    "rose": "rise", "risen": "rise", "went": "go", "gone": "go", "came": "come",
    "made": "make", "gave": "give", "given": "give", "won": "win", "lost": "lose",
    "broke": "break", "broken": "break", "flew": "fly", "flown": "fly", "fled": "flee",
    "sent": "send", "shot": "shoot", "hit": "hit", "led": "lead", "sought": "seek",
    "set": "set", "sank": "sink", "sunk": "sink", "froze": "freeze", "seized": "seize",
    "swore": "swear", "sworn": "swear", "killed": "kill", "died": "die", "death": "die",
    "arrival": "arrive", "departure": "depart", "handover": "hand", "pullout": "pull",
    "ouster": "oust", "invasion": "invade", "election": "elect", "resignation": "resign",
    "explosion": "explode", "collapse": "collapse", "signing": "sign", "ran": "run",
    "found": "find", "became": "become", "built": "build", "caught": "catch",
    "drove": "drive", "fought": "fight", "grew": "grow", "kept": "keep", "paid": "pay",
    "sold": "sell", "spent": "spend", "stood": "stand", "stole": "steal", "threw": "throw",
    "wrote": "write", "shut": "shut", "bought": "buy", "chose": "choose", "sat": "sit",
}  # fmt: skip
_NOMINAL_EVENTS = frozenset(
    """attack attacks coup crash earthquake strike strikes raid raids summit meeting talks
    ceasefire truce armistice visit vote referendum fire flood storm blast bombing shooting
    quake abduction kidnapping oath""".split()
)
# Words that look like event verbs but describe things ("the ruling junta").
_ADJECTIVAL = frozenset(
    """ruling leading growing remaining following including according existing ongoing
    neighbouring neighboring armed united based alleged expected limited related
    concerned outgoing incoming upcoming coming missing continuing pressing so-called
    long-running war-torn devastating during regarding concerning pending notwithstanding
    going forthcoming scheduled morning evening something nothing anything everything king
    thing things spring building buildings ceiling meaning string hundred indeed""".split()
)
# Stems of one kind of event, so two outlets' words for it meet.
_EVENT_CLASSES = {
    "leave": "withdraw", "pull": "withdraw", "depart": "withdraw", "exit": "withdraw",
    "quit": "withdraw", "fr": "free", "releas": "free", "burst": "collaps",
    "detain": "arrest", "seiz": "captur", "die": "kill", "meeting": "meet", "talk": "meet",
    "inaugurat": "open", "break": "start", "begin": "start", "erupt": "start",
    "truce": "ceasefire", "armistice": "ceasefire", "quake": "earthquake",
    "kidnap": "abduct", "abduction": "abduct", "kidnapping": "abduct",
    "oath": "swear",
}  # fmt: skip
_BOUND_BEFORE = re.compile(
    r"\b(?:(?P<upper>by|until|till|before|no\s+later\s+than|ahead\s+of)|(?P<lower>after|since))"
    r"(?:\s+(?:the|a|an|its|their|this|that))?\s*$",
    re.IGNORECASE,
)
_CLAUSE = re.compile(
    r"[;:—]|,\s*(?:and|but|while|whereas|with|as|after|before|when)\b|\b(?:after|before|when"
    r"|while|whereas|because|although|though|but|which|who)\b",
    re.IGNORECASE,
)
# "the trapped miners": a participle after a determiner describes, it does not report.
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "these", "those"})
_CLAUSE_OR_COMMA = re.compile(_CLAUSE.pattern + r"|,", re.IGNORECASE)
_LIGHT = frozenset({"happen", "occur", "take", "hold", "come", "go", "get"})
_TOKEN = re.compile(r"[A-Za-z][\w'’-]*")
_AGENT = re.compile(r"\b\w+(?:ed|en)\s*$", re.IGNORECASE)
_PAST_FORMS = frozenset(
    """withdrew withdrawn began begun took taken left met held struck fell fallen rose risen
    went gone came made gave given won lost broke broken flew flown fled sent shot hit led
    sought set sank sunk froze swore sworn ran found became built caught drove fought grew
    kept paid sold spent stood stole threw wrote shut bought chose sat""".split()
)


@dataclass(frozen=True, slots=True)
class _DatedClause:
    """A clause that dates an event: its verbs, the names near it, and the days it allows."""

    article_id: str
    source: str
    sentence: Sentence
    expression: TimeExpression
    verb: str | None
    noun: str | None
    word: str
    names: frozenset[str]
    since: dt.date
    until: dt.date
    published: dt.date | None
    actors: frozenset[str]
    words: frozenset[str]

    @property
    def events(self) -> frozenset[str]:
        """The kinds of event the clause may be about: its noun when its verb is light."""
        if self.noun and (self.verb is None or self.verb in _LIGHT):
            return frozenset({self.noun})
        return frozenset(e for e in (self.verb, self.noun) if e)

    @property
    def weak(self) -> bool:
        """Nouns ("the earthquake") and light verbs ("took") name a kind of event; only a
        verb with what it acts on singles one out."""
        return self.verb is None or self.verb in _LIGHT


def find_date_contradictions(
    documents: Sequence[Document], provenance: Provenance
) -> list[Contradiction]:
    """The same event dated differently by independent articles, beyond each date's precision.

    Two dated clauses report the same event when they share an event verb ("withdrew",
    "withdrawal") and a name that is not the story's subject everywhere ("Airbase 101").
    A date given as a deadline ("by September 15") only bounds the event. Dates attached to
    a reporting verb ("said on Monday") date the statement, not the event, and are skipped.
    """
    fallback = _story_date(documents)
    common = _common_names(documents)
    clauses = [c for d in documents for c in _dated_clauses(d, provenance, fallback)]
    by_verb: dict[str, list[_DatedClause]] = {}
    for clause in clauses:
        for event in sorted(clause.events):
            by_verb.setdefault(event, []).append(clause)
    pairs = dict.fromkeys(
        pair for group in by_verb.values() for pair in itertools.combinations(group, 2)
    )
    found: list[Contradiction] = []
    reported: set[frozenset[tuple[str, int]]] = set()
    for a, b in pairs:
        if a.source == b.source or not _same_event(a, b, common):
            continue
        if a.since <= b.until and b.since <= a.until:
            continue
        key = frozenset({(a.source, a.expression.start), (b.source, b.expression.start)})
        if key in reported:
            continue
        reported.add(key)
        first, second = sorted((a, b), key=lambda c: c.since)
        found.append(
            Contradiction(
                kind="date",
                about=_event_about(first, second),
                sides=[_date_side(c, clauses) for c in (first, second)],
            )
        )
    return found


# Dates told relative to the report's own day: two reports of different days using them
# usually tell of two occurrences of a recurring event, not one event dated twice.
_RECENT = re.compile(
    r"(?:(?:early|late|earlier|later)\s+)?(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|yesterday|today|tonight|last\s+night|(?:\w+\s+)?days?\s+(?:earlier|ago|later))"
    r"(?:\s+(?:morning|afternoon|evening|night))?",
    re.IGNORECASE,
)


def _common_names(documents: Sequence[Document]) -> frozenset[str]:
    """Names most articles of a larger story use ("Haiti"): they name its subject, so on
    their own they tell one of its events from another only through a verb."""
    if len(documents) < 4:
        return frozenset()
    counts = Counter(name for d in documents for name in _names(d.article.text))
    return frozenset(n for n, c in counts.items() if c >= 0.6 * len(documents))


def _actors(text: str) -> frozenset[str]:
    """Countries and peoples a text names as acting ("British aid workers" -> UK)."""
    return frozenset(_DEMONYMS[m.group().lower()] for m in _ACTOR.finditer(text))


def _same_event(a: _DatedClause, b: _DatedClause, common: frozenset[str]) -> bool:
    """Same kind of event and a shared name. A name the whole story uses counts only with a
    verb and a word for what it acts on ("the dam collapsed"), not with a noun ("the last
    earthquake") or a light verb ("took to the streets"), which recur through a story.
    Different countries acting: different events."""
    if not a.events & b.events or (a.actors and b.actors and a.actors.isdisjoint(b.actors)):
        return False
    if not (a.weak or b.weak) and a.verb != b.verb:
        return False  # "resumed talks", "broke off talks": two events around one noun
    if a.noun and b.noun and a.noun != b.noun:
        return False
    if a.published != b.published and _RECENT.fullmatch(a.expression.text) and _RECENT.fullmatch(
        b.expression.text
    ):
        return False  # "met on Tuesday" in Monday's paper, "met on Monday" a week later
    shared = a.names & b.names
    if shared - common:
        return True
    return bool(shared) and not (a.weak or b.weak) and not a.words.isdisjoint(b.words)


def _dated_clauses(
    document: Document, provenance: Provenance, fallback: dt.date | None
) -> list[_DatedClause]:
    """Each date of the document with the event it dates: the event words nearest to it in
    its clause ("withdrew earlier this month", "on July 7, troops left"). A date with no
    event word of its own ("and Air Base 201 on Aug. 5") shares the previous one's."""
    text = document.article.text
    dates = [t for t in document.time_expressions if _names_a_day(t)]
    reference = document.article.published or fallback
    clauses: list[_DatedClause] = []
    for sentence in document.sentences:
        inside = [t for t in dates if sentence.start <= t.start and t.end <= sentence.end]
        for i, t in enumerate(inside):
            span = _span(t, reference)
            if span is None or (reference and span[0] > reference + dt.timedelta(days=366)):
                continue  # a news report does not date its events decades ahead ("2050 GMT")
            left = inside[i - 1].end if i else sentence.start
            right = inside[i + 1].start if i + 1 < len(inside) else sentence.end
            before, after = text[left : t.start], text[t.end : right]
            before = before[max((m.end() for m in _CLAUSE.finditer(before)), default=0) :]
            fronted = not _verbs(before) and len(before.split()) <= 3
            stop = (_CLAUSE if fronted else _CLAUSE_OR_COMMA).search(after)
            after = after[: stop.start()] if stop else after
            event = _event_words(before, after)
            if event is None:
                if not clauses or clauses[-1].sentence != sentence or _verbs(before + after):
                    continue
                event = clauses[-1].verb, clauses[-1].noun, clauses[-1].word
            verb, noun, word = event
            if word in _REPORTING:
                continue
            since, until = span
            bound = _BOUND_BEFORE.search(before)
            if bound and bound.group().lower().startswith("by") and _AGENT.search(
                before, 0, bound.start()
            ):
                bound = None  # "flattened by Tuesday's earthquake": an agent, not a deadline
            if bound and bound.group("upper"):
                since = dt.date.min
            elif bound:
                until = dt.date.max
            clauses.append(
                _DatedClause(
                    article_id=document.id,
                    source=provenance.source_key(document.id, sentence.text),
                    sentence=sentence, expression=t, verb=verb, noun=noun, word=word,
                    names=_names(before + " " + after), since=since, until=until,
                    published=document.article.published, actors=_actors(before + " " + after),
                    words=_topic(before + " " + after, names=False) - {_stem(word)},
                )
            )  # fmt: skip
    return clauses


def _event_words(before: str, after: str) -> tuple[str | None, str | None, str] | None:
    """The verb and the event noun nearest a date, as kinds of event, and the nearer word.

    "Rebels attacked Umbo on Friday" has the verb "attack"; "the attack on Umbo happened on
    April 20" the noun "attack" (a light verb such as "happened" or "took" stands for the
    noun near it). None when the date has no event word, or the nearest is a report's.
    """
    nearby = [(len(before) - at, kind, word) for at, kind, word in _verbs(before)]
    nearby += [(at, kind, word) for at, kind, word in _verbs(after)]
    if not nearby:
        return None
    heavy = [n for n in nearby if n[1] not in _LIGHT]
    _distance, kind, word = min(heavy or nearby)
    if kind in _REPORTING:
        return None, None, word
    verbal = [n for n in heavy if _is_verbal(n[2])]
    nouns = [n for n in heavy if not _is_verbal(n[2])]
    verb = min(verbal)[1] if verbal else None
    noun = min(nouns)[1] if nouns else None
    if verb is None and noun is None:
        verb = kind  # only light verbs: a weak clue
    return verb, noun, word


def _is_verbal(word: str) -> bool:
    return word.endswith(("ed", "ing")) or word in _PAST_FORMS


def _verbs(text: str) -> list[tuple[int, str, str]]:
    """Event words as (offset, kind of event, word): "withdrew", "withdrawal" and "pulled"
    are all the kind "withdraw"."""
    found = []
    previous = ""
    for match in _TOKEN.finditer(text):
        token = match.group()
        word = token.lower()
        participle = word.endswith(("ed", "ing")) and previous in _DETERMINERS
        previous = word
        if word in _AUXILIARIES or word in _ADJECTIVAL or participle:
            continue
        if token[0].isupper() and word not in _IRREGULAR:
            continue
        if word in _IRREGULAR:
            stem = _IRREGULAR[word]
        elif word in _REPORTING:
            stem = word
        elif word in _NOMINAL_EVENTS:
            stem = word.rstrip("s")
        elif word.endswith(("ed", "ing")) and len(word) > 4:
            stem = _verb_stem(word)
        else:
            continue
        found.append((match.start(), _EVENT_CLASSES.get(stem, stem), word))
    return found


def _verb_stem(word: str) -> str:
    for suffix in ("ing", "ied", "ed"):
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            if suffix == "ied":
                return stem + "y"
            if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "ls":
                stem = stem[:-1]
            return stem.rstrip("e")
    return word


@functools.lru_cache(maxsize=4096)
def _names(text: str) -> frozenset[str]:
    """Keys of the proper names and numbered things in a text ("Air Base 101" = "airbase101")."""
    return frozenset(_name_surfaces(text))


def _name_surfaces(text: str) -> dict[str, str]:
    """Each name's key and how the text spells it; countries and peoples left out, as they
    name who acts, not which event."""
    found: dict[str, str] = {}
    for match in _NAME.finditer(text):
        if _sentence_initial_plural(text, match):
            continue
        words = _possessed(match.group()).split()
        while words and words[0] in _NOT_PLACES:
            words = words[1:]
        if len(words) == 1 and _ADJECTIVE_NAME.fullmatch(words[0]):
            continue  # "Islamic", "Brazilian": they describe, they do not name a place or thing
        if words and words[0].lower().rstrip(".") not in _ACTOR_KEYS:
            found.setdefault(_key(" ".join(words)), " ".join(words))
        for word in words if len(words) > 1 else ():
            # "Mount Arden" is also "the Arden volcano": each distinctive word counts too.
            if word not in _NAME_WORDS and word not in _NOT_PLACES and len(word) > 3:
                found.setdefault(_key(word), word)
    for number in re.findall(r"\b[A-Z][\w-]*\s(\d+)\b", text):
        found.setdefault(f"#{number}", number)
    found.pop("", None)
    return found


def _sentence_initial_plural(text: str, match: re.Match[str]) -> bool:
    """"Thieves escaped ...": a capitalised plural opening a sentence is a common noun."""
    word = match.group()
    starts = match.start() == 0 or text[: match.start()].rstrip().endswith((".", "!", "?"))
    return starts and " " not in word and _PLURAL.fullmatch(word.lower()) is not None


# Words that only make up names ("Mount", "Air Base"): alone they name nothing in particular.
_NAME_WORDS = frozenset(
    """Mount Lake River Port Fort Cape Saint Base Airbase Air North South East West New United
    National International Republic Democratic City State Province Ministry Department
    President Prime Minister General Secretary Council Court Party Union Bank Group Army
    Force Forces Airport Station University Hospital Street Square Bridge Valley Island""".split()
)
_ADJECTIVE_NAME = re.compile(r"[A-Z][a-z]+(?:ian|ese|ish|ic|ean)")
_PLURAL = re.compile(r"[a-z]{2,}(?<!s|u|i)s")


def _event_about(a: _DatedClause, b: _DatedClause) -> str:
    """"date of 'withdrawing' (Air Base 101)": the event as one side words it, and the
    names both sides give it."""
    verb = a.word
    surfaces = _name_surfaces(a.sentence.text)
    names = [surfaces.get(k, k) for k in sorted(a.names & b.names) if not k.startswith("#")]
    return f"date of '{verb}' ({', '.join(names)})" if names else f"date of '{verb}'"


def _date_side(clause: _DatedClause, clauses: list[_DatedClause]) -> ContradictionSide:
    """The date as the article gives it, resolved, with every copy printing that sentence."""
    articles = list(
        dict.fromkeys(
            c.article_id for c in clauses
            if c.source == clause.source and c.sentence.text == clause.sentence.text
        )
    )  # fmt: skip
    value = f"{clause.expression.text} ({_when_dates(clause.since, clause.until)})"
    return ContradictionSide(value=value, articles=articles, sentence=clause.sentence.text)


def _when_dates(since: dt.date, until: dt.date) -> str:
    if since == until:
        return since.isoformat()
    if since == dt.date.min:
        return f"by {until.isoformat()}"
    if until == dt.date.max:
        return f"after {since.isoformat()}"
    return f"{since.isoformat()} to {until.isoformat()}"


# --- Rendering ------------------------------------------------------------------------------

DISAGREEMENTS_TITLE = "Where sources disagree"


def render_disagreements(
    contradictions: Sequence[Contradiction], fmt: str, labels: Mapping[str, str] | None = None
) -> str:
    """The "Where sources disagree" section of a text or Markdown timeline ("" when none).

    Sentences are shown whole and verbatim, never shortened, because the section exists so a
    person can check each side against its source. ``labels`` names articles for people
    (outlet and date); without it the article id is shown.
    """
    if not contradictions:
        return ""
    if fmt not in ("text", "markdown"):
        raise ValueError(f"unknown format {fmt!r}: expected 'text' or 'markdown'")
    names = labels or {}
    lines = (
        [f"### {DISAGREEMENTS_TITLE}", ""]
        if fmt == "markdown"
        else [DISAGREEMENTS_TITLE, "-" * len(DISAGREEMENTS_TITLE)]
    )
    for c in contradictions:
        heading = f"{c.about}: {'dates' if c.kind == 'date' else 'figures'} differ"
        lines.append(f"- **{heading}**" if fmt == "markdown" else heading)
        for side in c.sides:
            sources = ", ".join(names.get(a, a) for a in side.articles)
            if fmt == "markdown":
                lines.append(f"  - **{side.value}** — {sources}")
                lines.append(f"    > {side.sentence}")
            else:
                lines.append(f"  * {side.value} [{sources}]")
                lines.append(f"    \"{side.sentence}\"")
        if c.note:
            lines.append(f"  - _{c.note}_" if fmt == "markdown" else f"  Note: {c.note}")
    return "\n".join(lines)
