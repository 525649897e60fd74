"""Claims about numbers: figures grouped by what they measure, and those that cannot all hold.

Figures are grouped by what they measure (counted noun, casualty verb, place, whose), and two
figures contradict only when their ranges cannot meet, they come from independent texts, and
the text does not date them apart. Figures reported at different times (troops leaving, a
death toll rising) are a change, said in the claim's note, not a contradiction.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from collections.abc import Sequence

from storyline.claims.matching import _main_place, _name_surfaces, _story_date, _topic
from storyline.claims.ranges import _is_share
from storyline.claims.readings import (
    _CUMULATIVE,
    _CURRENCIES,
    _DIMENSION_KINDS,
    _KIND_SYNONYMS,
    _Reading,
    _readings,
)
from storyline.models import (
    Claim,
    ClaimMention,
    Contradiction,
    ContradictionSide,
    Document,
    Provenance,
    Quantity,
    Sentence,
)


def group_claims(documents: Sequence[Document], provenance: Provenance) -> list[Claim]:
    """Group the quantities of one story's documents into claims about the same measure.

    A figure printed by several copies of one text appears once per claim: copies are not
    independent reports. When figures differ only because they were reported at different
    times, the claim's note says so.
    """
    return claims_and_contradictions(documents, provenance)[0]


def claims_and_contradictions(
    documents: Sequence[Document], provenance: Provenance
) -> tuple[list[Claim], list[Contradiction]]:
    """A story's claims and its number contradictions, from one reading of its figures.

    Contradictions are figures of one claim whose ranges cannot both hold; every article
    printing a side's figure is listed on that side, copies included, so a reader can open
    any of them.
    """
    claims: list[Claim] = []
    found: list[Contradiction] = []
    for group in _groups(documents, provenance):
        claim = _claim(group)
        claims.append(claim)
        conflicting, _changing = _compare(group)
        if not conflicting:
            continue
        involved = sorted(
            conflicting, key=lambda r: (r.low, r.high, r.article_id, r.quantity.start)
        )
        sides = _sides(involved, group)
        found.append(Contradiction(kind="number", about=claim.about, sides=sides, note=claim.note))
    return claims, found


def _groups(documents: Sequence[Document], provenance: Provenance) -> list[list[_Reading]]:
    """Readings of all documents clustered by measure, in reading order.

    A reading joins the first cluster all of whose readings measure the same thing; only
    clusters of its kind and event are tried, which keeps large stories fast.
    """
    fallback = _story_date(documents)
    place = _main_place(documents)
    common = _common_words(documents)
    readings = [r for d in documents for r in _readings(d, provenance, fallback, place, common)]
    clusters: list[_Cluster] = []
    buckets: dict[tuple[str, str | None], list[_Cluster]] = {}
    for reading in readings:
        bucket = buckets.setdefault((reading.kind, reading.event), [])
        for cluster in bucket:
            if cluster.admits(reading):
                cluster.add(reading)
                break
        else:
            bucket.append(_Cluster(reading))
            clusters.append(bucket[-1])
    return [cluster.readings for cluster in clusters]


class _Cluster:
    """Readings that all measure the same thing, with what a newcomer is tested against.

    Whether two readings measure the same thing depends, on the side of the one already in
    the cluster, only on its sentence and on what ``_profile`` keeps; so a newcomer is tested
    once per distinct profile, not once per reading. Copies of one text and articles
    repeating a figure in the same words share a profile, which keeps a story's most
    reported figures from costing in proportion to the square of their reports.
    """

    __slots__ = ("profiles", "readings", "sentences")

    def __init__(self, first: _Reading) -> None:
        self.readings: list[_Reading] = []
        self.sentences: set[tuple[str, Sentence]] = set()
        self.profiles: dict[tuple[object, ...], _Reading] = {}
        self.add(first)

    def add(self, reading: _Reading) -> None:
        self.readings.append(reading)
        self.sentences.add((reading.article_id, reading.quantity.sentence))
        self.profiles.setdefault(_profile(reading), reading)

    def admits(self, reading: _Reading) -> bool:
        """Whether ``reading`` measures the same thing as every reading of the cluster."""
        if (reading.article_id, reading.quantity.sentence) in self.sentences:
            return False
        return all(_same_measure(reading, other) for other in self.profiles.values())


def _profile(r: _Reading) -> tuple[object, ...]:
    """What ``_same_measure`` reads of a reading besides its sentence."""
    return (
        r.kind, r.event, r.names, r.topic, r.scope, r.actors, r.incidents, r.payers, r.purpose
    )  # fmt: skip


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
    _conflicting, changing = _compare(group)
    return Claim(about=_about(group), mentions=mentions, note=_change_note(changing))


def _sides(involved: list[_Reading], group: list[_Reading]) -> list[ContradictionSide]:
    """One side per figure as printed, listing every article that printed it (in a copy of
    a text that printed it on that side)."""
    sides: dict[str, tuple[_Reading, list[str]]] = {}
    sources: dict[str, set[str]] = {}
    for r in involved:
        figure = _figure(r.quantity)
        if figure not in sides:
            sides[figure] = (r, [])
        sources.setdefault(figure, set()).add(r.source)
    listed: dict[str, set[str]] = {figure: set() for figure in sides}
    for r in group:
        figure = _figure(r.quantity)
        if figure in sides and r.article_id not in listed[figure] and r.source in sources[figure]:
            listed[figure].add(r.article_id)
            sides[figure][1].append(r.article_id)
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


def _compare(group: list[_Reading]) -> tuple[list[_Reading], list[_Reading]]:
    """Readings of two independent texts whose ranges cannot meet: (those in a
    contradiction, those in a change dated apart by the text), each in group order.

    Readings with the same range, dates and event pair up with any other reading alike, so
    pairs of such classes are tried, not pairs of readings: a figure a thousand articles
    repeat is one class, and the cost follows the number of distinct figures.
    """
    classes: dict[tuple[object, ...], list[int]] = {}
    for i, r in enumerate(group):
        classes.setdefault((r.low, r.high, r.since, r.until, r.changeable, r.event), []).append(i)
    members = list(classes.values())
    sources = [{group[i].source for i in m} for m in members]
    conflicting: set[int] = set()
    changing: set[int] = set()
    for x, y in itertools.combinations_with_replacement(range(len(members)), 2):
        a, b = group[members[x][0]], group[members[y][0]]
        if a.low <= b.high and b.low <= a.high:
            continue
        forward, backward = _pair_kind(a, b), _pair_kind(b, a)
        if forward == backward:
            found = conflicting if forward == "conflict" else changing
            found.update(i for i in members[x] if _other_than(sources[y], group[i].source))
            found.update(j for j in members[y] if _other_than(sources[x], group[j].source))
            continue
        for i in members[x]:  # the kind depends on which comes first: rare, read pair by pair
            for j in members[y]:
                if group[i].source != group[j].source:
                    kind = forward if i < j else backward
                    (conflicting if kind == "conflict" else changing).update((i, j))
    return (
        [group[i] for i in sorted(conflicting)],
        [group[i] for i in sorted(changing)],
    )


def _other_than(sources: set[str], source: str) -> bool:
    """Whether ``sources`` holds a source other than ``source``."""
    return len(sources) > 1 or source not in sources


def _pair_kind(a: _Reading, b: _Reading) -> str:
    """How two figures whose ranges cannot meet relate, ``a`` printed first: a "change"
    when the text dates them apart and both may change, else a "conflict"."""
    earlier, later = (a, b) if a.since <= b.since else (b, a)
    apart = earlier.until < later.since
    if apart and a.changeable and b.changeable and not _fell(earlier, later):
        return "change"
    return "conflict"


def _fell(earlier: _Reading, later: _Reading) -> bool:
    """A death or injury toll that fell between reports weeks apart at most: the dead do not
    come back. (Tolls years apart are of different disasters.)"""
    close = later.since - earlier.until <= dt.timedelta(days=90)
    return earlier.event in _CUMULATIVE and later.high < earlier.low and close


def _change_note(changing: list[_Reading]) -> str | None:
    if not changing:
        return None
    involved = sorted(changing, key=lambda r: (r.since, r.until, r.article_id, r.quantity.start))
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
