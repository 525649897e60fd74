"""Claims about numbers: figures grouped by what they measure, and those that cannot all hold.

Figures are grouped by what they measure (counted noun, casualty verb, place, whose, and the
event they belong to: an earlier incident's dead are not the story's), and two figures
contradict only when their ranges cannot meet, they come from independent texts, and they
held at the same time. Figures that held at different times (troops leaving, a death toll
rising, a queue of ships growing then shrinking) are a revision, listed with when each was
reported, not a contradiction, and so is a change one sentence tells ("has risen from early
estimates of 5,000 barrels per day to as much as 60,000"), whose old figure is never set
beside the day's reports, and so is a plan told again on a later day with another figure
("will seek up to five warrants", then "three"); a measure that does not change with time
(a distance, a mass) told of events the texts date on different days is of different
happenings, and is neither. Every side of a contradiction disagrees with another side shown.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from storyline.claims.happenings import Happening, Happenings, apart, mixed, other_days
from storyline.claims.matching import (
    _actors,
    _key,
    _main_place,
    _name_surfaces,
    _named_places,
    _shared_spelling,
    _story_date,
    _topic,
)
from storyline.claims.ranges import _is_share, is_vague
from storyline.claims.readings import (
    _CUMULATIVE,
    _CURRENCIES,
    _DIMENSION_KINDS,
    _EVENT,
    _KIND_SYNONYMS,
    _PART_WORDS,
    _STATUS,
    _TALLIES,
    _YEAR,
    _Reading,
    _readings,
    _told_so_far,
    one_body,
    running_in_clause,
)
from storyline.claims.speakers import one_party
from storyline.claims.verbs import _event_word, _verbs
from storyline.models import (
    Claim,
    ClaimMention,
    Contradiction,
    ContradictionSide,
    Document,
    Provenance,
    Quantity,
    Revision,
    RevisionValue,
    Sentence,
)
from storyline.quantities import MAGNITUDE
from storyline.text import CARDINALS, topic_stem


def group_claims(documents: Sequence[Document], provenance: Provenance) -> list[Claim]:
    """Group the quantities of one story's documents into claims about the same measure.

    A figure printed by several copies of one text appears once per claim: copies are not
    independent reports. When figures differ only because they were reported at different
    times, the claim's note says so.
    """
    return claims_and_contradictions(documents, provenance, Happenings(()))[0]


def claims_and_contradictions(
    documents: Sequence[Document], provenance: Provenance, happenings: Happenings
) -> tuple[list[Claim], list[Contradiction], list[Revision]]:
    """A story's claims, its number contradictions and its revised figures, from one
    reading of its figures.

    Contradictions are figures of one claim whose ranges cannot both hold; every article
    printing a side's figure is listed on that side, copies included, so a reader can open
    any of them. A revision lists a claim's figures that changed, earliest first.
    """
    claims: list[Claim] = []
    found: list[Contradiction] = []
    revised: list[Revision] = []
    for group in _groups(documents, provenance, happenings):
        conflicting, changing, opposed, paired = _compare(group)
        told = [r for r in group if r.was and r not in changing]
        counts = _steady(changing + told + [old for r in told for old in _olds(r)])
        claim = _claim(group, counts)
        claims.append(claim)
        for count in counts:
            revised.append(Revision(kind="number", about=_about(count), values=_values(count)))
        involved = sorted(
            _answered(_coherent(conflicting), opposed),
            key=lambda r: (r.low, r.high, r.article_id, r.quantity.start),
        )
        sides = _sides(involved, group, opposed)
        if len(sides) > MOST_SIDES:
            # a pile: only what one page sets side by side is still a disagreement
            # ("Syrian television said eight people were killed ... Residents said 14")
            involved = _coherent(paired)
            sides = _sides(involved, group, opposed)
        if not 2 <= len(sides) <= MOST_SIDES:
            continue
        about = _about(involved) + _when_held(involved)
        found.append(Contradiction(kind="number", about=about, sides=sides, note=claim.note))
    return claims, _merged(found), revised


MOST_SIDES = 4
"""Figures of one measure beyond which a story's figures are no two accounts of one fact but
a pile of counts of different things, places or days its words could not tell apart (a
conflict's tolls: six, more than 10, 11, 13, dozens, 40, 107): outlets that disagree on a
fact give two to four figures for it, and a list of seven is noise to a reader. Of a pile,
only the figures one page sets side by side, two parties' for one thing, still disagree."""


def _merged(found: list[Contradiction]) -> list[Contradiction]:
    """One disagreement per set of sides: the same figures on the word of the same parties
    ("2,200 people (united nations)", "3,000 civilians (a grassroots group)") read into two
    clusters, as pages dated a day apart tell them, are one disagreement, its sides listing
    the articles of both."""
    kept: dict[frozenset[str], Contradiction] = {}
    for contradiction in found:
        key = frozenset(side.value for side in contradiction.sides)
        first = kept.setdefault(key, contradiction)
        if first is contradiction:
            continue
        by_value = {side.value: side for side in first.sides}
        for side in contradiction.sides:
            listed = by_value[side.value].articles
            listed.extend(a for a in side.articles if a not in listed)
    return list(kept.values())


def _groups(
    documents: Sequence[Document], provenance: Provenance, happenings: Happenings
) -> list[list[_Reading]]:
    """Readings of all documents clustered by measure, in reading order.

    A reading joins the first cluster all of whose readings measure the same thing; only
    clusters of its kind and event are tried, which keeps large stories fast.
    """
    fallback = _story_date(documents)
    place = _main_place(documents)
    places = _named_places(documents)
    common = _common_words(documents)
    readings = _main_shock(
        [
            r for d in documents
            for r in _readings(d, provenance, fallback, place, places, common, happenings)
        ]
    )  # fmt: skip
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


def _main_shock(readings: list[_Reading]) -> list[_Reading]:
    """The readings without the magnitudes of a story's lesser quakes: aftershocks and
    later tremors are weaker than the quake the story is about, and agencies measuring one
    quake differ by less than ``SHOCKS_APART``, so a magnitude that far below the largest
    the story gives is of another quake, not a disagreement about the main one."""
    largest = max((r.quantity.value for r in readings if r.kind == MAGNITUDE), default=None)
    if largest is None:
        return readings
    return [r for r in readings if r.kind != MAGNITUDE or r.high >= largest - SHOCKS_APART]


SHOCKS_APART = 0.5
"""Magnitude units between two quakes of one story: one quake's magnitude, as agencies
give it, varies by less ("6.8" against "7.0"); an aftershock is weaker by more."""


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
        self.sentences: dict[tuple[str, Sentence], list[_Reading]] = {}
        self.profiles: dict[tuple[object, ...], _Reading] = {}
        self.add(first)

    def add(self, reading: _Reading) -> None:
        self.readings.append(reading)
        self.sentences.setdefault((reading.article_id, reading.quantity.sentence), []).append(
            reading
        )
        self.profiles.setdefault(_profile(reading), reading)

    def admits(self, reading: _Reading) -> bool:
        """Whether ``reading`` measures the same thing as the cluster's readings: all of
        them while they are few, else its first and latest ``PROFILES`` kinds of wording."""
        told = self.sentences.get((reading.article_id, reading.quantity.sentence), ())
        if not all(_one_count(reading, other) for other in told):
            return False  # the cluster's figures of this sentence, whatever their wording
        profiles = self.profiles.values()
        if len(self.profiles) > 2 * PROFILES:
            sample = itertools.chain(
                itertools.islice(profiles, PROFILES), itertools.islice(reversed(profiles), PROFILES)
            )
            return all(_same_measure(reading, other) for other in sample)
        return all(_same_measure(reading, other) for other in profiles)


PROFILES = 16
"""Kinds of wording a newcomer to a large claim is tested against at each end of it: a
claim reported in a thousand wordings would otherwise cost the square of its reports."""


def _profile(r: _Reading) -> tuple[object, ...]:
    """What ``_same_measure`` reads of a reading besides its sentence."""
    return (
        r.kind, r.event, r.names, r.topic, r.scope, r.actors, r.incidents, r.payers, r.purpose,
        r.predicate, r.subject, r.grade, r.averaged, r.modifiers, r.running, r.governor,
        r.offshore, r.happening and r.happening.index, r.side, r.moved, r.party, r.own,
        r.narrowed, r.bearing, r.datum,
    )  # fmt: skip


def _common_words(documents: Sequence[Document]) -> frozenset[str]:
    """Words most articles of a large story use ("quake", "strike"): in a long-running story
    they no longer tell one figure's subject from another's."""
    if len(documents) < 8:
        return frozenset()
    counts = Counter(w for d in documents for w in _topic(d.article.text, names=False))
    return frozenset(w for w, c in counts.items() if c >= 0.5 * len(documents))


def _claim(group: list[_Reading], counts: list[list[_Reading]]) -> Claim:
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
    return Claim(about=_about(group), mentions=mentions, note=_change_note(counts))


_ONE_THING = 10.0
"""Times apart beyond which figures set side by side are of more than one thing: sources
that count one thing differ by a share of it, at worst tenfold."""


def _coherent(conflicting: list[_Reading]) -> list[_Reading]:
    """The conflicting figures of one thing: those within ``_ONE_THING`` of the middle one.
    Tolls of a day, a week and a pandemic of the past caught in one group ("six", "15",
    "1,000", "50 million") are a mixture no reader would sign; the outliers go and what is
    left of the one toll is shown.

    Two figures are the pair's to judge, unless both are exact counts further apart than
    any two of one thing ("30 dead civilians" a doctor counted, "more than 1,000 people"
    the whole country's; the government's "10 million workers" who took a census, experts'
    "200 million migrant workers" on the same page). An impression ("hundreds were
    arrested") has its own reach (``_IMPRESSION_TIMES``), and estimates of a rate or a sum
    may lie further apart (a leak of 5,000 or of 60,000 barrels a day)."""
    values = sorted({_central(r) for r in conflicting})
    if len(values) < 3:
        counts = all(r.counted and not is_vague(r.quantity) for r in conflicting)
        apart = len(values) == 2 and counts and not _within(*values)
        return [] if apart else conflicting
    middle = values[(len(values) - 1) // 2]
    return [r for r in conflicting if _within(_central(r), middle)]


def _answered(involved: list[_Reading], opposed: _Opposed) -> list[_Reading]:
    """The figures of ``involved`` that disagree with another of them: a figure set aside
    by ``_coherent`` takes its disagreements with it, and a figure whose only disagreement
    was with one set aside ("33 died on Thursday" against a running total) is no side of
    what is left ("nine killed on Wednesday", "39 killed on Wednesday")."""
    kept = involved
    while True:
        present = {id(r) for r in kept}
        answered = [r for r in kept if any(id(o) in present for o in opposed.get(id(r), ()))]
        if len(answered) == len(kept):
            return kept
        kept = answered


_Opposed = dict[int, list[_Reading]]
"""For each reading in a contradiction (by ``id``), one reading of each class of figures it
disagrees with: who it is set against."""


def _central(r: _Reading) -> float:
    """A figure's value as its range reads it: the floor of an open range, else its middle;
    for an impression ("hundreds dead"), which allows any larger count, the middle of the
    order it names (some 200 to 1,000), where most tolls told so lie."""
    if is_vague(r.quantity) and math.isinf(r.high):
        return r.low * _ORDER_MIDDLE
    return r.low if math.isinf(r.high) else (r.low + r.high) / 2


_ORDER_MIDDLE = 3.0
"""The middle of the order an impression names, in its floors: "hundreds" is at least 200,
and most of what is told so lies below 1,000, around 600."""


def _within(value: float, middle: float) -> bool:
    """Whether a figure is of the middle one's thing ("no one" is of any count's)."""
    if value <= 0 or middle <= 0:
        return True
    return max(value, middle) <= _ONE_THING * min(value, middle)


def _sides(
    involved: list[_Reading], group: list[_Reading], opposed: _Opposed
) -> list[ContradictionSide]:
    """One side per figure as printed, listing every article that printed it (in a copy of
    a text that printed it on that side); a figure set against another of its own article
    names the party that gives it ("14 people (activists)")."""
    sides: dict[str, tuple[_Reading, list[str]]] = {}
    sources: dict[str, set[str]] = {}
    shown = {id(r) for r in involved}

    def side(r: _Reading) -> str:
        within = any(
            o.article_id == r.article_id and id(o) in shown for o in opposed.get(id(r), ())
        )
        return f"{_figure(r.quantity)} ({r.party})" if within else _figure(r.quantity)

    for r in involved:
        figure = side(r)
        if figure not in sides:
            sides[figure] = (r, [])
        sources.setdefault(figure, set()).add(r.source)
    listed: dict[str, set[str]] = {figure: set() for figure in sides}
    for r in group:
        figure = side(r)
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


def _compare(
    group: list[_Reading],
) -> tuple[list[_Reading], list[_Reading], _Opposed, list[_Reading]]:
    """Readings of two independent texts whose ranges cannot meet: (those in a
    contradiction, those in a change dated apart by the text), each in group order, who
    each reading in a contradiction is set against, and the readings one page sets side by
    side on two parties' word (``_told_by_two``), in group order.

    Readings with the same range, dates and event pair up with any other reading alike, so
    pairs of such classes are tried, not pairs of readings: a figure a thousand articles
    repeat is one class, and the cost follows the number of distinct figures.
    """
    classes: dict[tuple[object, ...], list[int]] = {}
    for i, r in enumerate(group):
        key = (
            r.low, r.high, r.since, r.until, r.changeable, r.timed, r.event, _day_of(r.happening),
            is_vague(r.quantity), r.authority, r.day,
        )  # fmt: skip
        classes.setdefault(key, []).append(i)
    members = list(classes.values())
    sources = [{group[i].source for i in m} for m in members]
    conflicting: set[int] = set()
    changing: set[int] = set()
    opposed: _Opposed = {}

    def oppose(i: int, j: int) -> None:
        """Sets ``group[i]`` against ``group[j]``: one reading stands for its class, so the
        cost follows the classes, not the readings."""
        opposed.setdefault(id(group[i]), []).append(group[j])

    for x, y in itertools.combinations_with_replacement(range(len(members)), 2):
        a, b = group[members[x][0]], group[members[y][0]]
        meet = a.low <= b.high and b.low <= a.high
        if meet and not (_floors_raised(a, b) or _plan_restated(a, b) or _range_restated(a, b)):
            continue
        if is_vague(a.quantity) and is_vague(b.quantity):
            continue  # "several hundred protesters", "tens of thousands": two impressions
        if _impression_beside_part(a, b) or _impression_beside_part(b, a):
            continue  # "tens of thousands are feared dead", "260 dead bodies at the college"
        forward, backward = _pair_kind(a, b), _pair_kind(b, a)
        if _told_replaced(a, b) or _told_replaced(b, a):
            forward = backward = "change"
        if meet or (a.changeable and b.changeable and one_body(a.authority, b.authority)):
            # floors that meet may tell a toll rising, and one body's two counts told by two
            # outlets are its count at two hours (a distance it measured once is another
            # matter): either is a change, never two sources disagreeing
            forward, backward = (k if k == "change" else None for k in (forward, backward))
        if forward == backward:
            if forward is None:
                continue
            found = conflicting if forward == "conflict" else changing
            left = [i for i in members[x] if _other_than(sources[y], group[i].source)]
            right = [j for j in members[y] if _other_than(sources[x], group[j].source)]
            found.update(left + right)
            if forward == "conflict":
                for i in left:
                    oppose(i, next(j for j in members[y] if group[j].source != group[i].source))
                for j in right:
                    oppose(j, next(i for i in members[x] if group[i].source != group[j].source))
            continue
        for i in members[x]:  # the kind depends on which comes first: rare, read pair by pair
            for j in members[y]:
                kind = forward if i < j else backward
                if group[i].source != group[j].source and kind is not None:
                    (conflicting if kind == "conflict" else changing).update((i, j))
                    if kind == "conflict":
                        oppose(i, j)
                        oppose(j, i)
    paired: set[int] = set()
    for i, j in _told_by_two(group):
        paired.update((i, j))
        oppose(i, j)
        oppose(j, i)
    conflicting |= paired
    return (
        [group[i] for i in sorted(conflicting)],
        [group[i] for i in sorted(changing)],
        opposed,
        [group[i] for i in sorted(paired)],
    )


def _impression_beside_part(vague: _Reading, count: _Reading) -> bool:
    """Whether ``vague`` gives only an order of magnitude ("tens of thousands are feared
    dead") and ``count`` is a count of the harmed ``_IMPRESSION_TIMES`` or more times smaller
    ("260 dead bodies inside the college"): an impression of the whole toll beside a count
    of a part or an early count, not two sources counting one thing. A crowd is another
    matter: police and witnesses count the same marchers that far apart."""
    return (
        bool(count.event)
        and is_vague(vague.quantity)
        and vague.low >= _IMPRESSION_TIMES * count.high
    )


_IMPRESSION_TIMES = 20
"""Times an order of magnitude may exceed a count and still be told of the same thing: a
witness's "hundreds" arrested beside a police count of 14 is one crowd told two ways."""


def _told_by_two(group: list[_Reading]) -> list[tuple[int, int]]:
    """Pairs of readings of one article that two named parties give differently ("Activists
    said 14 people were killed, while state television put the toll at eight"): a text is
    no independent report of its own figures, but a page that sets two parties' figures of
    one measure side by side reports their disagreement. Both figures must be attributed in
    their own clause, to bodies that are not one, held at once and unable to meet; a
    figure the article gives as its own, a party's figure told twice and a figure revised
    are no side. Each article's attributed readings are few, so pairing them within it keeps
    the cost in proportion to the group."""
    by_article: dict[str, list[int]] = {}
    for i, r in enumerate(group):
        if r.party and not r.was:
            by_article.setdefault(r.article_id, []).append(i)
    pairs = []
    for members in by_article.values():
        if len(members) > _ATTRIBUTED:
            continue
        for i, j in itertools.combinations(members, 2):
            a, b = group[i], group[j]
            if not _other_bodies(a.party, b.party) or (a.since, a.until) != (b.since, b.until):
                continue
            if running_in_clause(a) != running_in_clause(b):
                continue  # a day's toll, a total since the uprising began: two counts
            if _named_part(a) or _named_part(b):
                continue  # "18 killed, including eight in a minibus": some of a count
            if a.low <= b.high and b.low <= a.high:
                continue
            if is_vague(a.quantity) and is_vague(b.quantity):
                continue
            if _pair_kind(a, b) == "conflict":
                pairs.append((i, j))
    return pairs


def _named_part(r: _Reading) -> bool:
    """Whether a figure names some of a count its sentence gives before it ("At least 18
    civilians have been killed, including eight who died when a minibus was hit"): a part,
    no party's figure for the whole another party counts ("put the toll at 30")."""
    sentence = r.quantity.sentence
    before = sentence.text[: r.quantity.start - sentence.start]
    return _PART_OPENS.search(before) is not None and _DIGITS.search(before) is not None


_PART_OPENS = re.compile(r"\b(?:including|among\s+them|of\s+whom)\s+$", re.IGNORECASE)
"""Words opening a figure that is some of one told before it in its sentence."""


_ATTRIBUTED = 12
"""Attributed figures of one measure an article is read for beyond which it is a list of
reports (a day's round-up of every town's toll), not parties set side by side."""


def _other_bodies(a: str, b: str) -> bool:
    """Whether two figures' parties are two bodies: both named, and not one party
    (``speakers.one_party``: "activists" and "state television" are two; "state TV" and
    "Syrian state television", "the ministry" and "the health ministry" are one)."""
    return bool(a and b) and not one_party(a, b)


def _floors_raised(a: _Reading, b: _Reading) -> bool:
    """Whether two counts that may change are floors of different values ("at least 16
    killed", then "at least 20 killed"; "infected over 26,500 people", then "more than
    27,700"): either allows the other, so they never disagree, but a later report raising
    the floor tells the count rising, a toll or not."""
    return a.changeable and a.high == b.high == math.inf and a.low != b.low


def _other_than(sources: set[str], source: str) -> bool:
    """Whether ``sources`` holds a source other than ``source``."""
    return len(sources) > 1 or source not in sources


def _day_of(happening: Happening | None) -> tuple[object, ...]:
    """What ``apart``, ``mixed`` and ``other_days`` read of an event."""
    if happening is None:
        return ()
    return (happening.dated, happening.background, happening.first, happening.last)


def _pair_kind(a: _Reading, b: _Reading) -> str | None:
    """How two figures whose ranges cannot meet relate, ``a`` printed first: a "change"
    when they held at different times and both may change, a "conflict" when they held at
    once, None when they are of different happenings: two earlier incidents, an earlier
    incident and the story's news at different times, a distance of two launches the texts
    date apart."""
    earlier, later = (a, b) if a.since <= b.since else (b, a)
    dated_apart = earlier.until < later.since
    if apart(a.happening, b.happening) or (
        mixed(a.happening, b.happening) and (dated_apart or a.event in _CUMULATIVE)
    ):
        return None  # a toll of an earlier incident is of that incident, whenever reported
    # tolls counted years apart are of different disasters, and a figure the text dates a
    # year or more before the other is history ("eight million barrels ... in 1991")
    tolls_apart = earlier.event in _CUMULATIVE and later.since - earlier.until > _YEAR
    old, new = (a, b) if a.until <= b.until else (b, a)
    history = old.timed and new.until - old.until > _YEAR
    if (tolls_apart or history) and not (a.running and b.running):
        return None
    if other_days(a.happening, b.happening) or _days_apart(a, b):
        return None  # a distance of two launches; "six were killed Thursday", "nine Wednesday"
    if _day_beside_total(a, b) or _day_beside_total(b, a):
        return None  # "33 people died on Thursday", "the number of civilians killed at 2,493"
    if _told_long_before(a, b) or _told_long_before(b, a):
        return None  # "some 200 soldiers had been at the base" in August, "1,000 remain" in May
    if _periods_apart(a, b):
        return None  # growth in the fourth quarter, growth in the year
    if not (a.changeable and b.changeable):
        return None if _orders_apart(a, b) else "conflict"
    if _plan_restated(a, b):
        return "change" if _told_alike(a, b) else None
    if dated_apart and _range_restated(a, b):
        return "change"  # "between 87 million and 172 million gallons", two days later 89 to 176
    if dated_apart and _fell(earlier, later) and _of_other_things(earlier, later):
        return None  # "over 800 killed" in past years, "13 have died" in Suez on Friday
    if dated_apart and not _fell(earlier, later):
        return "change" if a.timed and b.timed and _told_alike(a, b) else None
    if _risen_by_later_report(a, b) or _risen_by_later_report(b, a):
        return "change"  # "two deaths" on Friday, "three deaths" in Tuesday's tally
    if a.moving or b.moving:
        return "change"  # "6,745 psi, rising" in the morning, "now at 6,811 psi and rising"
    return None if _orders_apart(a, b) else "conflict"


_TALLY_EVENTS = _CUMULATIVE | {"rescued"}
"""Events whose count only grows: the harmed and the damage, and the people rescued so far
("saved 130 people", then "two people have been rescued" that day, is no count that fell)."""
_TALLY_KINDS = frozenset({"deaths", "cases", "infections", "fatalities", "casualties"})
"""Counts that only grow, named by their noun ("two deaths", "2,600 cases")."""
_TALLY_PREDICATES = frozenset({"diagnos", "infect"})
"""Counts that only grow, named by the verb they are counted by ("five pupils were
diagnosed", "infecting 27,700 people"): an outbreak's tally of the sick, whatever noun."""


def _tally(r: _Reading) -> bool:
    """Whether a count only grows: a toll, a tally of the rescued, of cases or of the
    diagnosed."""
    return (
        r.event in _TALLY_EVENTS or r.kind in _TALLY_KINDS or r.predicate in _TALLY_PREDICATES
    )


def _risen_by_later_report(old: _Reading, new: _Reading) -> bool:
    """Whether a count that only grows (``_tally``) is higher in a report of a later day
    that dates it no earlier than the other's day: the count rose between the two reports,
    which is a revision, not two sources disagreeing."""
    return _tally(old) and old.until < new.until < dt.date.max and new.low > old.high


def _day_beside_total(day: _Reading, total: _Reading) -> bool:
    """Whether ``day`` is a changing count its clause tells of one day ("33 people died on
    Thursday") and ``total`` one told of no day that is ``_TOTAL_TIMES`` or more times as
    large ("puts the number of civilians killed at 2,493"; an impression as its range
    reads it, ``_central``: "many hundreds" dead is some 600): a total over the story's
    days, not that day's count told otherwise."""
    if not (day.day is not None and total.day is None and day.changeable and total.changeable):
        return False
    times = _SO_FAR_TIMES if total.so_far else _TOTAL_TIMES
    return _central(total) >= times * day.high


_TOTAL_TIMES = 10
"""Times a count told of no day exceeds one told of a day beyond which it is a total."""

_SO_FAR_TIMES = 2
"""The same for a count told in the present perfect ("more than 200 people have been
killed", "the crackdown has killed 300"): the count so far, over every day the story has
run, which a day's toll half its size or less is a part of (``_Reading.so_far``)."""


def _told_long_before(undated: _Reading, dated: _Reading) -> bool:
    """Whether ``undated`` is a changing figure told as held at some time before its report,
    with no date of its own ("some 200 soldiers had been at the Agadez base", "turnout was
    61 percent"), and ``dated`` one that held more than ``_OPEN_REACH`` before that report:
    the open figure is of the days its article tells, and nothing says it held when the
    other did (troops leaving over months, a toll rising). A figure that does not change
    with time (a rocket's payload, a distance) is one fact whenever it is told."""
    return (
        undated.since == dt.date.min
        and undated.until < dt.date.max
        and dated.since > dt.date.min
        and dated.until < undated.until - _OPEN_REACH
        and undated.changeable
        and dated.changeable
    )


_OPEN_REACH = dt.timedelta(days=7)
"""Days before its report within which a figure told with no date of its own may have held:
news tells the days just gone."""


def _periods_apart(a: _Reading, b: _Reading) -> bool:
    """Whether two shares or sums are told of different stretches of time ("GDP shrank by
    0.5 percent in the fourth quarter of 2010", "grew by 3.4 % in 2010"): a rate or a total
    is of the stretch it is told of, so those of a quarter and of its year, or of two
    months, are two figures, not one told twice. A day is no stretch: figures of two days
    are left to the dates of their events, and plans, which hold from their report on, to
    ``_plan_restated``."""
    if not (a.kind == "percent" or a.kind in _CURRENCIES) or not (a.timed and b.timed):
        return False
    stretches = all(dt.date.min < r.since < r.until < dt.date.max for r in (a, b))
    return stretches and (a.since, a.until) != (b.since, b.until)


def _plan_restated(a: _Reading, b: _Reading) -> bool:
    """Whether two figures are one plan told with other figures on different days ("will
    seek up to five arrest warrants" on Monday, "will request three" on Wednesday): a plan
    holds from the day it is told on, so read as spans the two always meet, yet the later
    telling is the plan as it now stands, the earlier one replaced, as a launch date moved
    is (``dates``), even when the earlier range allowed the later figure ("up to five").
    Plans told on one day are not this, nor plans told on the word of different bodies ("the
    company said it would cut 4,000 jobs", then "will hit 6,000 workers, union leaders
    said"): they are sources telling the plan differently."""
    return (
        a.planned and b.planned and a.since != b.since and a.authority == b.authority
        and a.quantity.value != b.quantity.value
    )  # fmt: skip


def _range_restated(a: _Reading, b: _Reading) -> bool:
    """Whether two estimates told as ranges on different days ("between 87 million and 172
    million gallons", later "between 89 million and 176 million") are one estimate
    restated: the ranges meet, so neither source contradicts the other, yet the later one
    replaces the earlier, a revision to show."""
    return (
        a.changeable and b.changeable and a.since != b.since
        and (a.low, a.high) != (b.low, b.high)
        and all(len(_DIGITS.findall(r.quantity.text)) >= 2 and r.high < math.inf for r in (a, b))
    )  # fmt: skip


def _orders_apart(a: _Reading, b: _Reading) -> bool:
    """Whether two figures held at once lie two orders of magnitude apart (``_COUNTS_APART``):
    sources that count one thing differ by a share of it, at worst tenfold (a police count
    of 14, "hundreds" by witnesses), so 81 dead beside "an estimated 1 million" are two
    tolls (this year's outbreak, a pandemic of the past), not a disagreement. A figure that
    grows that much over days is a revision, which this does not judge."""
    return min(a.high, b.high) > 0 and max(a.low, b.low) > _COUNTS_APART * min(a.high, b.high)


_COUNTS_APART = 100
"""Times apart beyond which two figures held at once are of two things, whatever they count."""


def _told_alike(a: _Reading, b: _Reading) -> bool:
    """Whether two figures of one measure are told as one count going on: a toll, troops,
    people, or any count told by the same verb ("were waiting at anchor"); three boosters
    here and two strap-on boosters there are parts of a rocket, not a count revised."""
    return bool(a.event) or a.kind in _KIND_SYNONYMS or a.predicate == b.predicate


def _of_other_things(a: _Reading, b: _Reading) -> bool:
    """Whether two figures lie more than ``_ONE_THING`` apart: a toll that seems to fall so
    far between reports is a smaller count of something else (a town's, a day's), not the
    same toll told wrong."""
    return not _within(_central(a), _central(b))


def _days_apart(a: _Reading, b: _Reading) -> bool:
    """Whether each figure's clause tells it of its own day and the days differ ("At least
    28 people died on Sunday", "24 people were killed on Wednesday"): each is that day's
    count, whichever is larger, not one count told two ways."""
    return a.day is not None and b.day is not None and a.day != b.day


def _fell(earlier: _Reading, later: _Reading) -> bool:
    """A death or injury toll that fell between reports weeks apart at most: the dead do not
    come back. (Tolls years apart are of different disasters.)"""
    close = later.since - earlier.until <= dt.timedelta(days=90)
    return earlier.event in _CUMULATIVE and later.high < earlier.low and close


def _values(count: list[_Reading]) -> list[RevisionValue]:
    """A revised count's values (``_steady``: already in time order), earliest first, each
    as first printed with every article that printed it or the same figure next ("about
    1,200" retelling "1,200")."""
    values: list[RevisionValue] = []
    last = None
    for r in count:
        if r.quantity.value != last:  # a new value, not the last one retold
            figure = _figure(r.quantity)
            values.append(RevisionValue(figure, _when(r), [], r.quantity.sentence.text))
            last = r.quantity.value
        if r.article_id not in values[-1].articles:
            values[-1].articles.append(r.article_id)
    return values


def _steady(history: list[_Reading]) -> list[list[_Reading]]:
    """The counts a group's changing figures tell, each as it changed. In time order, each
    figure goes on a count it may follow (``_steps_on``): the one told on the word of the
    same body first, then the nearest in value; else it starts a count of its own. A group
    can hold two counts going on at once (deaths suspected, deaths confirmed) and figures
    of other things ("14" peacekeepers dead beside "50,000" in the quake), which are no
    step of one count, and an impression ("thousands feared dead") is no value of one.
    Counts with fewer than two values were not revised."""
    counts: list[list[_Reading]] = []
    for r in _in_time_order([r for r in history if not is_vague(r.quantity)]):
        followed = [count for count in counts if _steps_on(count[-1], r)]
        if followed:
            best = min(
                followed,
                key=lambda c: (not one_body(c[-1].authority, r.authority), _ratio(c[-1], r)),
            )
            best.append(r)
        else:
            counts.append([r])
    return [count for count in counts if len({r.quantity.value for r in count}) > 1]


def _ratio(a: _Reading, b: _Reading) -> float:
    """How far apart two figures are, as the ratio of their values (1: the same)."""
    low, high = sorted((a.quantity.value, b.quantity.value))
    return high / low if low > 0 else math.inf


def _steps_on(last: _Reading, r: _Reading) -> bool:
    """Whether ``r`` may be the next value of a count as told so far: its last value
    retold, or a new one on the word of no other body; for a tally that only grows (the
    dead, the cases), a higher one of the same thing (``_within``). Other counts may rise
    or fall any way: troops drawn down from 1,000 to two dozen, a queue of ships growing
    and shrinking."""
    value = r.quantity.value
    if value == last.quantity.value:
        return True
    if last.authority and r.authority and not one_body(last.authority, r.authority):
        return False  # two bodies' counts: each changes on its own word
    if not _tally(last):
        return True
    return value > last.quantity.value and _within(_central(r), _central(last))


def _olds(r: _Reading) -> list[_Reading]:
    """The figures a text tells ``r`` replaced, as held before ``r`` was reported, the first
    told first."""
    until = r.since if r.since > dt.date.min else r.until
    until -= dt.timedelta(days=1)
    return [
        replace(
            r, quantity=_as_new(old, r.quantity), since=dt.date.min, until=until, was=(),
            so_far=_told_so_far(old),
        )
        for old in r.was
    ]


def _as_new(old: Quantity, new: Quantity) -> Quantity:
    """An old figure told in the unit of the new one when its own words leave the unit
    to it ("to 4.1 m barrels, from ... 4.9 m": 4.9 million barrels, not 4.9 metres)."""
    if old.unit not in _BARE_MAGNITUDES or new.unit == old.unit:
        return old
    return replace(old, value=_in_scale(old.value, new.value), unit=new.unit)


_BARE_MAGNITUDES = frozenset({"m", "k"})
"""Units a bare old figure may be read with that are a magnitude's letter instead ("4.9 m"
after "4.1 m barrels": millions, not metres)."""


def _told_replaced(a: _Reading, b: _Reading) -> bool:
    """Whether ``a`` is a figure ``b``'s text tells ``b`` replaced ("revised down ... to 4.1
    m barrels, from an earlier estimate of 4.9 m", beside another outlet's "the 5m barrels
    that leaked"): the old estimate told again, which the new one revises."""
    return any(a.low <= _as_new(old, b.quantity).value <= a.high for old in b.was)


def _in_scale(old: float, new: float) -> float:
    """An old figure in the thousands, millions or billions its new one is told in: "to 4.1
    m barrels, from ... 4.9 m" leaves the magnitude of the old one to be read from the new
    (a thousandfold step at a time, the nearest)."""
    if old <= 0 or new <= 0:
        return old
    return old * 10 ** (3 * round(math.log10(new / old) / 3))


def _in_time_order(readings: list[_Reading]) -> list[_Reading]:
    """Readings by the last day each is known to hold: a count a report gives with no day
    of its own held up to that report, so it follows one dated days before it."""
    return sorted(readings, key=lambda r: (r.until, r.since, r.article_id, r.quantity.start))


def _change_note(counts: list[list[_Reading]]) -> str | None:
    """The counts a claim's figures tell as they changed (``_steady``), each value as first
    reported: why figures that cannot both hold at once are no disagreement."""
    if not counts:
        return None
    told = []
    for count in counts:
        first: dict[str, str] = {}
        for r in count:
            first.setdefault(_figure(r.quantity).lower(), f"{_figure(r.quantity)} ({_when(r)})")
        told.append(", then ".join(first.values()))
    return "Figures reported at different times, so both may hold: " + "; ".join(told)


def _when(r: _Reading) -> str:
    if r.since == r.until:
        return r.since.isoformat()
    if r.since == dt.date.min:
        return f"before {r.until.isoformat()}"
    if r.until == dt.date.max:
        return f"from {r.since.isoformat()}"
    return f"{r.since.isoformat()} to {r.until.isoformat()}"


def _about(group: list[_Reading]) -> str:
    """What a claim measures, in the words of a sentence that says it with a verb, else of
    its first figure's: "people treated for burns and smoke inhalation", "cargo ships
    waiting at anchor offshore", "distance west of the capital San José"."""
    # "Worldwide" told by one side only ("4,000 positions worldwide" beside "4,000 jobs")
    # is not what the sides share: a figure placed otherwise words the label first.
    unplaced = next((r for r in group if r.scope != "world"), group[0])
    first = next((r for r in group if _told_by_verb(r)), None) or next(
        (r for r in group if r.kind == "percent" and _names_a_noun(r)), unplaced
    )
    # Actors named within a figure ("1,000 US troops") say whose; one named before it
    # ("Libya says 20 people were killed") is no part of what is counted.
    actors = [] if first.kind in _DIMENSION_KINDS else sorted(
        {a for r in group for a in r.actors & _actors(r.quantity.text)}
    )
    what = _counted(first)
    told = "" if first.kind == "percent" else first.phrase or first.event or ""
    if first.event and _GERUND_OPENS.match(told):
        told = first.event  # "killed hundreds of people blowing up three airliners"
    words = [" and ".join(actors), what, told]
    if first.kind in _DIMENSION_KINDS:
        shared = frozenset.intersection(*(r.names for r in group))
        surfaces = _name_surfaces(first.quantity.sentence.text)
        texts = list(dict.fromkeys(r.quantity.sentence.text for r in group))
        places = [
            _shared_spelling(surfaces[k], texts) for k in sorted(_whole(shared, shared))
            if k in surfaces and surfaces[k] not in first.phrase
        ]  # fmt: skip
        words.append(f"({', '.join(places)})" if places else "")
    elif first.scope_label and first.scope_label.split()[-1] not in first.phrase:
        words.append(first.scope_label)
    return " ".join(w for w in words if w)


_GERUND_OPENS = re.compile(r"[a-z]{3,}ing\b")
"""A phrase opening on a participle ("blowing up three airliners") tells how, not what is
counted: the figure's event says that."""


def _names_a_noun(r: _Reading) -> bool:
    """Whether a share's phrase is the noun it stands before ("35 percent corporate tax"),
    which names the share, not what follows it ("8% and 15.5% on all their cash")."""
    return bool(r.phrase) and _PREPOSITION.match(r.phrase) is None


_PREPOSITION = re.compile(r"(?:on|of|in|for|at|to|from|by|with|over|under|since)\b", re.I)


def _told_by_verb(r: _Reading) -> bool:
    """Whether a figure's phrase opens with the verb it is counted by ("treated for burns")."""
    return bool(r.predicate and r.phrase) and _event_word(r.phrase.split()[0]) is not None


_MEASURES = {
    "length": "distance",
    "area": "area",
    "mass": "mass",
    "thrust": "thrust",
    "pressure": "pressure in pounds",
}
_NUMBER_WORDS = frozenset(CARDINALS) | {
    "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
    "billion", "billions", "trillion", "of", "a", "an", "half",
    "m", "mn", "bn", "k",  # "4.9 m barrels" as tokenised text prints it
}  # fmt: skip


def _counted(r: _Reading) -> str:
    """The counted noun as printed ("cargo ships", "holiday homes"), the measure of a
    physical quantity ("distance"), or what a percentage is of ("turnout, percent")."""
    if r.kind in _DIMENSION_KINDS:
        return _MEASURES[r.kind]
    if r.kind == MAGNITUDE:
        return "magnitude"
    if r.kind in _KIND_SYNONYMS:
        return r.kind  # "troops", whether printed "soldiers" or "military personnel"
    if r.kind == "percent":
        return f"{r.phrase or ', '.join(sorted(r.purpose)) or 'share'} (%)"
    q = r.quantity
    if r.kind in _CURRENCIES:
        sum_of = _SUM_OF.search(q.sentence.text[: q.start - q.sentence.start])
        unit = q.unit or r.kind
        return f"{sum_of.group(1)} ({unit})" if sum_of else unit
    text = q.text
    if q.qualifier and text.lower().startswith(q.qualifier.lower()):
        text = text[len(q.qualifier) :]
    words = [
        w for w in text.split() if not re.search(r"[\d$€£¥%]", w) and w.lower() not in _NOT_COUNTED
    ]  # fmt: skip
    return " ".join(words) if words else (q.unit or r.kind)


_SUM_OF = re.compile(
    r"\b(?:a|an|the|its|their|his|her)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+of\s+"
    r"(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?$"
)
"""What a sum is, as the words before it name it ("a third-quarter loss of $70.7 million"):
the label of a disagreement over money says which sum it is."""


_NOT_COUNTED = _NUMBER_WORDS | {"between", "and", "to", "from"}
"""Words of a figure that are not what it counts: its number and a range's words ("between
87 million and 172 million gallons")."""


def _when_held(readings: list[_Reading]) -> str:
    """ " on 2025-10-10" (" in 2016" for a year or a month) when the figures tell one event
    the text dates, or held on one day; "" otherwise."""
    events = {r.happening.date for r in readings if r.happening and r.happening.dated}
    if len(events) == 1 and all(r.happening for r in readings):
        date = events.pop()
        return f" on {date}" if len(date) == len("2025-10-10") else f" in {date}"
    days = {(r.since, r.until) for r in readings}
    if len(days) == 1 and (day := days.pop())[0] == day[1]:
        return f" on {day[0].isoformat()}"
    return ""


def _same_measure(a: _Reading, b: _Reading) -> bool:
    """Whether two readings measure the same thing (a conservative test: when in doubt, no)."""
    if a.kind != b.kind or a.event != b.event:
        return False
    one_sentence = a.article_id == b.article_id and a.quantity.sentence == b.quantity.sentence
    if one_sentence and not _one_count(a, b):
        return False
    if a.kind == MAGNITUDE:
        return True  # a story's quake, whichever agency measured it and wherever it is put
    if _bare_zero(a) or _bare_zero(b):
        return False  # "No one was killed, he said": the outcome of what was told before it
    if a.personal or b.personal:
        return False  # "I got nine people detained": one person's own experience
    if not one_sentence and (_also_told(a, b) or _also_told(b, a)):
        return False  # "4.9m barrels leaked, with only 800,000 captured": 800,000 is another's
    if _part_of(a, b) or _part_of(b, a):
        return False  # "259 people on board and 11 on the ground", "killing 270 people"
    if a.share_of and b.share_of and a.share_of != b.share_of:
        return False  # "1% to 4% of the animals it infects", "40 per cent of people"
    if _owners_apart(a, b):
        return False  # "Shell used it on 8 percent of its wells", "Anadarko owns 25%"
    if a.moved != b.moved and (b if a.moved else a).predicate:
        return False  # "GDP grew by 3.4 %", "80 percent devoted to the economy": a change, a part
    if a.kind == "percent" and _complements(a, b):
        return False  # "26% of the oil is still in the water", "74% has been removed"
    if a.kind in _FAMILY and not a.event and a.names.isdisjoint(b.names):
        return False  # "Dr Murray had two children", "his three children, Paris and ...": whose
    if _named_apart(a, b):
        return False  # "Telerate shares closed at $19.50", "Dow Jones fell to $36.125"
    if a.kind == _REPEATS and _done(a) != _done(b):
        return False  # "asked his office three times", "voted present several hundred times"
    if _things_apart(a, b) or (a.kind == "mass" and not _same_place(a, b)):
        return False  # another rocket's payload; a payload to Mars, not to orbit
    if a.kind in _DIMENSION_KINDS and max(a.low, b.low) > _APART * min(a.high, b.high):
        return False  # 40 feet abreast, three miles away: an order of magnitude, two things
    if a.kind in _DIMENSION_KINDS and (_unsaid_purpose(a, b) or _unsaid_purpose(b, a)):
        return False  # the nearest distance, the average one: two distances of one orbit
    if a.changeable and b.changeable and a.capable != b.capable:
        # "skimming capacity of 171,000 barrels a day", "4,000 barrels a day": what it can
        # do, what was done (a fixed measure, a payload, is a capacity however told)
        return False
    if a.offshore and a.offshore == b.offshore:
        return True  # "50 miles off the Louisiana coast": where the story's site lies
    if a.offshore or b.offshore:
        return False  # "14 miles northwest of the spill site": another place's distance
    if _bearings_apart(a.bearing, b.bearing):
        return False  # "80 miles south of Vermilion Bay", "200 miles west of the spill site"
    if a.datum and b.datum and a.datum != b.datum:
        return False  # "2.5 miles below the sea floor", "18,000 feet below the ocean surface"
    if a.reference and b.reference and a.reference != b.reference:
        return False  # "30 km east of Benghazi", "160 km east of Tripoli": from two places
    if _measured_apart(a, b) or _measured_apart(b, a):
        return False  # "3 miles south of Pensacola Pass", "a six-mile stretch of beaches"
    if _located_apart(a, b) or _located_apart(b, a):
        return False  # "Misrata, 200 km east of the capital", "Ras Lanuf, 660 km": two places
    if a.kind in _DIMENSION_KINDS:
        # A distance runs between places: sharing both, or one and a word for what is that
        # far ("the epicentre"), is what makes two distances comparable.
        if a.names or b.names:
            both = a.names & b.names
            whole = _whole(both, a.names | b.names)
            return len(whole) >= 2 or (bool(both) and not (a.topic - _UNITS).isdisjoint(b.topic))
        return _similar_topics(a, b)
    if not _same_place(a, b):
        return False
    if a.kind.endswith(" a year") and a.scope_label is None and b.scope_label is None:
        return False  # "36,000 people die each year from flu", "250,000 every year": where?
    if a.actors and b.actors and a.actors != b.actors:
        return False
    if a.narrowed != b.narrowed:
        return False  # "four Irish people", "seven people": the first are some of them
    if a.event and a.incidents and b.incidents and a.incidents.isdisjoint(b.incidents):
        return False  # killed in a crash, killed in clashes: two incidents
    if a.event and {a.incident_count, b.incident_count} == {"several", "one"}:
        return False  # "the bomb blasts killed scores", "a car bomb attack killed six": sum, part
    if a.event and (_sited_apart(a, b) or _sited_apart(b, a)):
        return False  # "the coal mine where 29 workers died", "the rig blast killed 11"
    if a.averaged != b.averaged:
        return False  # "13 percent on average" over many banks, "18 percent" for one of them
    if a.grade != b.grade:
        return False  # "27 injured", "four with serious injuries": the second are some of them
    if a.side != b.side:
        return False  # "700 killed on the side of the army", "2,200 have died": one side's
    if a.running != b.running:
        return False  # killed since March, on Tuesday: a total over months, one day's
    if _other_words(a.modifiers, b.modifiers):
        return False  # "18 confirmed cases", "1,000 suspected cases": other things counted
    if a.planned != b.planned:
        return False  # "will have up to 10,000 troops there", "4,200 troops are there"
    if a.status and b.status and a.status != b.status:
        return False  # "the confirmed death toll stands at 16", "it suspected 60 had died"
    if a.scenario != b.scenario:
        return False  # "a worst-case rate of up to 100,000 barrels", "a low-ball 55,000"
    if _own_apart(a, b):
        return False  # "Mattel says it will cut 1,000 jobs", "Sun says it will cut 5,000"
    if a.facility != b.facility:
        return False  # "four dead at his hospital", "more than 1,000 killed": one place's, all
    if a.kind == "troops" and _befell_apart(a, b):
        return False  # "captured four government soldiers", "had lost 30 soldiers"
    if a.kind == "troops" or a.event:
        return True
    if a.kind in _CURRENCIES and a.payers and b.payers and a.payers.isdisjoint(b.payers):
        return False  # "Spain pledged $4.3m", "the IMF says $100m": different donors
    if a.purpose and b.purpose:
        # Same measure word ("turnout", "inflation") is enough for percentages.
        shared = bool(a.purpose & b.purpose)
        return shared and (a.kind == "percent" or _similar_topics(a, b))
    if a.kind in _CURRENCIES and _unsaid_purpose(a, b):
        return False  # "net income of $2.07 billion", "the charge would be $3.2 billion"
    if a.kind not in _CURRENCIES and a.kind != "percent" and a.kind not in _KIND_SYNONYMS:
        # A specific counted noun ("passengers", "ships") is itself most of the evidence,
        # with a word or the verb they are counted by ("were waiting") in common; the oil
        # collected is not the oil leaking, unless the other's words name the same verb.
        if _governed_apart(a, b) or _governed_apart(b, a):
            return False
        if _told_apart(a, b) and _told_apart(b, a) and not (a.topic & b.topic) - a.names - b.names:
            return False  # Americans "trying to get out of" a country, those who "live" there
        return not a.topic.isdisjoint(b.topic) or (
            a.predicate is not None and a.predicate == b.predicate
        )
    if a.kind == "people" and _told_apart(a, b) and _told_apart(b, a):
        return False  # people fleeing the capital, people relocated out of it: two counts
    if a.kind == "people" and a.predicate is not None and a.predicate == b.predicate:
        if a.predicate not in _LIGHT_PREDICATES:
            return True  # "five people are infected", "13 are known to have been infected"
        # "a crowd of 1,000 people involved in a fight", "43 rescue teams, with 1,700 people
        # involved": what they take part in is the measure, told in words of its own
        return len((a.topic & b.topic) - {a.predicate} - a.names - b.names) >= 2
    return _similar_topics(a, b)


_LIGHT_PREDICATES = frozenset({"involv"})
"""Verbs that count people as taking part without saying in what ("1,700 people
involved"): two such counts share a measure only where their words name one thing."""


_DIGITS = re.compile(r"\d[\d,.]*\d|\d")


def _also_told(a: _Reading, b: _Reading) -> bool:
    """Whether ``b``'s sentence gives ``a``'s very figure besides its own ("An estimated 4.9m
    barrels leaked, with only 800,000 barrels captured" beside "the roughly 800,000 barrels
    that BP managed to capture"): that sentence tells the two apart, so ``a`` is the other
    thing it counts, not ``b``'s. A figure it sets its own against ("about 500 passengers,
    far more than the 312 given by the coast guard") is the same thing told otherwise."""
    digits = _DIGITS.search(a.quantity.text)
    if digits is None:
        return False
    figure, text = digits.group(), b.quantity.sentence.text
    start = b.quantity.start - b.quantity.sentence.start
    end = b.quantity.end - b.quantity.sentence.start
    at = text.find(figure)
    while at >= 0:
        after = at + len(figure)
        whole = (at == 0 or text[at - 1] not in _FIGURE_CHARS) and not (
            text[after : after + 1].isdigit() or text[after : after + 2] in _FIGURE_GOES_ON
        )
        outside = whole and not start <= at < end
        if outside and _SET_AGAINST.search(text, max(0, at - 30), at) is None:
            return True
        at = text.find(figure, at + 1)
    return False


def _part_of(a: _Reading, b: _Reading) -> bool:
    """Whether ``a`` is a part of ``b``'s whole: its sentence adds to it, joined by "and",
    the figure that with it makes ``b``'s ("killed 259 people on board and 11 people on the
    ground" beside "killing 270 people"). Each part is a count of some of them, not another
    count of them all; a figure joined as another event's ("and wounding 20", "and 20
    injured") is no part of the same count."""
    sentence = a.quantity.sentence
    text = sentence.text
    start, end = a.quantity.start - sentence.start, a.quantity.end - sentence.start
    for found in _DIGITS.finditer(text):
        later = found.start() >= end
        if not later and found.end() > start:
            continue  # the figure itself
        between = text[end : found.start()] if later else text[found.end() : start]
        if _JOINED_PART.fullmatch(between) is None:
            continue
        own = text[found.end() : found.end() + 30] if later else between
        told = _EVENT.search(own)
        if told and told.lastgroup != a.event:
            continue  # "and 20 injured": a figure of another event
        try:
            part = float(found.group().replace(",", ""))
        except ValueError:
            continue  # "1.5.2": no figure
        if part > 0 and a.quantity.value + part == b.quantity.value:
            return True
    return False


_JOINED_PART = re.compile(
    r"[^,;.\d]{0,40}?\band\s+(?:(?:about|some|nearly|almost|another|at\s+least)\s+)?",
    re.IGNORECASE,
)
"""What lies between two parts of one count: a few words and "and" right before the second
("259 people on board and 11"), with no other figure, clause or verb after the "and"."""


_FIGURE_CHARS = frozenset("0123456789,.")
_FIGURE_GOES_ON = frozenset(f"{mark}{digit}" for mark in ",." for digit in "0123456789")


_SET_AGAINST = re.compile(
    r"\b(?:than|instead\s+of|not|contrary\s+to|against|versus|vs\.?|from|to)"
    r"(?:\s+(?:the|a|an|only|just|some|about|around))*\s+$",
    re.IGNORECASE,
)
"""Words that set a figure against the one a sentence gives ("far more than the 312")."""


_HUNDRED_PERCENT = 100.0
_COMPLEMENT_SLACK = 2.0
"""How far from a whole two rounded shares may add up and still be its two parts."""


def _complements(a: _Reading, b: _Reading) -> bool:
    """Whether two shares told in other words add up to the whole: the two parts it splits
    into ("26% of the oil released was still in the water", "74 percent of the oil has been
    recovered"), not two sources' shares of one part ("61 percent turnout", "turnout had been
    no higher than 40 percent")."""
    total = a.quantity.value + b.quantity.value
    told_apart = bool(a.phrase and b.phrase) and a.phrase != b.phrase
    return told_apart and abs(total - _HUNDRED_PERCENT) <= _COMPLEMENT_SLACK


_FAMILY = frozenset(
    "children sons daughters brothers sisters siblings grandchildren wives husbands".split()
)
"""Counts of a person's family: one person's children are not another's, so two such counts
are of one family only when their sentences name someone in common ("his three children"
beside "Dr Murray had two children" may be another man's). Children killed or hurt (a count
with an event) are no family's count."""


_REPEATS = "times"
"""The kind of a count of how often something was done ("asked three times")."""


def _done(r: _Reading) -> str | None:
    """The verb a count of times tells how often was done: the last one before it in its
    sentence ("I asked his office three times": asking). Counts of times of two doings,
    asking and voting, are two counts, whatever else their sentences share."""
    sentence = r.quantity.sentence
    verbs = _verbs(sentence.text[: r.quantity.start - sentence.start])
    return verbs[-1][1] if verbs else None


def _sited_apart(a: _Reading, b: _Reading) -> bool:
    """Whether ``a`` is a toll told of the place a relative clause opens on ("the West
    Virginia coal mine where 29 workers died") and ``b``'s sentence never names that place:
    what happened there is another incident, told in passing, not ``b``'s toll."""
    sentence = a.quantity.sentence
    site = _SITE.search(sentence.text, 0, a.quantity.start - sentence.start)
    if site is None:
        return False
    return topic_stem(site.group("site").lower()) not in _topic(
        b.quantity.sentence.text, names=False
    )


_SITE = re.compile(
    r"\b(?P<site>[a-z]{3,})\s+where\s+"
    r"(?:(?:as\s+many\s+as|at\s+least|about|some|nearly|more\s+than)\s+)?$"
)
"""A place noun and the relative clause whose figure is told of what happened there ("the
mine where"), right before the figure."""


def _located_apart(a: _Reading, b: _Reading) -> bool:
    """Whether ``a`` is the distance of a place it names ("Jacmel, about 32km south of the
    capital") that ``b``'s sentence never names: the distance of another place from the
    same city. A thing named by a common noun ("tanks were about 7 km from the town") is
    another only beside the distance of a thing named otherwise ("the border about 20 km
    away"): a noun alone is too often another outlet's word for the same place."""
    if not a.located or a.located in b.names:
        return False
    return a.located in a.names or (bool(b.located) and b.located != a.located)


def _measured_apart(a: _Reading, b: _Reading) -> bool:
    """Whether ``a`` is a distance from a place ("3 miles south of Pensacola Pass") and ``b``
    the size of a thing it names, from no place ("a six-mile stretch of beaches", "a 22-mile
    plume"): how far something lies and how long something is are two measures, whatever
    words their sentences happen to share."""
    return bool(a.reference) and not b.reference and bool(b.purpose)


def _own_apart(a: _Reading, b: _Reading) -> bool:
    """Whether two bodies each tell a figure of their own ("Bolivia's health minister says
    it has only 100 doses", "officials say they have 10,000 doses"): two holders' stocks,
    two companies' cuts, never one fact told two ways. Tolls are left alone: a body telling
    its own deed ("the army said it killed 50 rebels") counts others, whom another body may
    count otherwise."""
    return a.own and b.own and a.event not in _TALLIES and _other_bodies(a.party, b.party)


def _owners_apart(a: _Reading, b: _Reading) -> bool:
    """Whether a share of what its sentence's subject has ("8 percent of its wells") is set
    beside a share another subject tells: two owners' shares, not one told two ways."""
    owned = a.share_owned or b.share_owned
    return owned and bool(a.subject and b.subject) and a.subject.isdisjoint(b.subject)


def _one_count(a: _Reading, b: _Reading) -> bool:
    """Whether two figures of one sentence may be one count told twice: two parties give
    them (``_other_bodies``), of the same thing ("850,000 homes were without power, ...
    1.5 million lack water" are two counts)."""
    return _other_bodies(a.party, b.party) and not _phrased_apart(a, b)


def _phrased_apart(a: _Reading, b: _Reading) -> bool:
    """Whether the words after two figures of one sentence share nothing: two parties'
    figures of one sentence are one count only when told of the same thing ("about
    850,000 households were still without electricity, the utility said, and the government
    said at least 1.5 million households lack running water" are two)."""
    words = _clause_after(a), _clause_after(b)
    return all(words) and words[0].isdisjoint(words[1])


_CLAUSE_ENDS = re.compile(r"[,;:()\"“”]|\s(?:and|but|while|whereas|said|says)\s")


def _clause_after(r: _Reading) -> frozenset[str]:
    """The content words of a figure's clause after it, up to the next clause."""
    sentence = r.quantity.sentence
    after = sentence.text[r.quantity.end - sentence.start :]
    end = _CLAUSE_ENDS.search(after)
    return _topic(after[: end.start() if end else len(after)], names=False)


def _told_apart(a: _Reading, b: _Reading) -> bool:
    """Whether ``a`` is told by a verb other than ``b``'s that ``b``'s words never name: when
    each is, people "fleeing the capital" and people "relocated out of" it, they are two
    counts, while people who "marched" and who "took part in Sunday's march" are one."""
    return bool(a.predicate and b.predicate) and (
        a.predicate != b.predicate and a.predicate not in b.topic
    )


_BEFELL = frozenset(
    """captur lose kill wound injur arrest seiz releas free defect desert surrender imprison
    jail convict sentenc charg acquit""".split()
)
"""Stems of what befalls troops counted by it: soldiers captured and soldiers lost are two
counts, while troops "based", "stationed" or "ordered out" of a country are one garrison."""


def _befell_apart(a: _Reading, b: _Reading) -> bool:
    """Whether two counts of troops tell two things, one at least befalling them ("captured
    four government soldiers", "had lost 30 soldiers"; "two soldiers imprisoned for abuse",
    "seven servicemen should stand trial")."""
    if a.event or a.predicate == b.predicate:
        return False  # a toll of soldiers "killed" or who "died" is one count however told
    return any(
        one.predicate in _BEFELL and one.predicate not in other.topic
        for one, other in ((a, b), (b, a))
    )


def _governed_apart(a: _Reading, b: _Reading) -> bool:
    """Whether ``a`` counts the object of a verb ("collect about 15,000 barrels") that
    ``b`` is not the object of and whose sentence never names: a count of what was done to
    a thing, set beside a count of the thing itself. The whole sentence, not the figure's
    clause: the far end of a range ("between 35,000 and 60,000 barrels a day") has a clause
    of its own, while "the spill rate" before it names what the well "was spilling"."""
    if not a.governor or a.governor == b.governor or a.governor in b.topic:
        return False
    return a.governor not in _topic(b.quantity.sentence.text, names=False)


def _other_words(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether the words before two counts' nouns say they count other things: both say
    which ("laboratory confirmed" cases, "suspected" ones) and differently, or one says how
    sure the count is and the other does not ("12 known cases", "about 1,000 cases"), or
    that it counts a part ("6,000 new cases", "35,928 cases"). Another word one side adds
    alone ("300 cargo ships", "280 ships") names the same things."""
    if a and b:
        return a != b
    return (a & _STATUS) != (b & _STATUS) or bool(a & _PART_WORDS) != bool(b & _PART_WORDS)


def _unsaid_purpose(a: _Reading, b: _Reading) -> bool:
    """Whether one sum or distance says what it is of ("net income of", "the perigee distance
    of") and the other's sentence never names it: two sums or distances of one story are of
    different things unless shown otherwise."""
    known, other = (a, b) if a.purpose else (b, a)
    return bool(known.purpose) and known.purpose.isdisjoint(
        _topic(other.quantity.sentence.text, names=False)
    )


_APART = 10
"""Times apart beyond which two physical measures are of two things: one thing's size is
never told an order of magnitude off."""

_UNITS = frozenset(
    "feet foot meter metre kilometer kilometre mile kilogram pound tonne ton acre hectare".split()
)
"""Stems of units, which a figure's converted twin in brackets leaves in its topic."""


_COMPASS = {
    "north": 0, "northnortheast": 22.5, "northeast": 45, "eastnortheast": 67.5,
    "east": 90, "eastsoutheast": 112.5, "southeast": 135, "southsoutheast": 157.5,
    "south": 180, "southsouthwest": 202.5, "southwest": 225, "westsouthwest": 247.5,
    "west": 270, "westnorthwest": 292.5, "northwest": 315, "northnorthwest": 337.5,
}  # fmt: skip


def _bearings_apart(a: str, b: str) -> bool:
    """Whether two distances are told in directions more than one compass point apart:
    "south" and "west" of a place are two places' distances, while "west" and "northwest"
    are one place told roughly."""
    if a not in _COMPASS or b not in _COMPASS:
        return False  # none told, or no point of the compass ("east-west")
    turn = abs(_COMPASS[a] - _COMPASS[b])
    return min(turn, 360 - turn) > 45


def _things_apart(a: _Reading, b: _Reading) -> bool:
    """Whether two figures measure different things their sentences open with ("The Delta IV
    Heavy can haul ...", "The Heavy is capable of ...", "The Soviet N1 rocket had 30
    engines"), neither naming the other's: a property of one rocket is not a property of
    another. Tolls, counts of people, sums and shares are left alone, as their sentences
    open as often with who says them."""
    if a.kind in _KIND_SYNONYMS or a.kind in _CURRENCIES or a.kind == "percent" or a.event:
        return False
    if a.kind in _DIMENSION_KINDS:
        return bool(a.subject and b.subject) and (
            a.subject.isdisjoint(b.names) and b.subject.isdisjoint(a.names)
        )
    # A count of parts ("The Soviet N1 rocket had 30 engines") is of the thing its sentence
    # opens with: another sentence that does not name that thing counts another's parts.
    # A sentence's first word alone ("Gunmen abducted ...") is capitalised, not a name.
    return any(
        (own := x.subject - {_key(x.quantity.sentence.text.split(None, 1)[0])})
        and own.isdisjoint(y.names)
        for x, y in ((a, b), (b, a))
    )


def _named_apart(a: _Reading, b: _Reading) -> bool:
    """Whether two sums are told of different named things: each sentence names something
    and they name nothing in common, not even a part of a name (two companies' results in
    one business digest), or neither names the other's first name ("Valley Federal Savings
    and Loan Association reported a loss of $70.7 million", "Columbia Savings and Loan
    Association announced a loss of $226.3 million": a common word of two names is no
    name in common). Tolls, counts and shares are left alone: their sentences name who
    tells them ("the commission", "the opposition") as often as what they count."""
    if a.kind not in _CURRENCIES or not (a.names and b.names):
        return False
    if a.names.isdisjoint(b.names):
        return True
    first_a, first_b = _first_name_key(a), _first_name_key(b)
    return bool(first_a and first_b) and not (
        _names_part(first_a, b.names) or _names_part(first_b, a.names)
    )


def _first_name_key(r: _Reading) -> str:
    """The key of the first name a figure's sentence gives."""
    return next(iter(_name_surfaces(r.quantity.sentence.text)), "")


def _names_part(key: str, names: frozenset[str]) -> bool:
    """Whether a name's key is one of ``names``, a part of one, or one of them begins it
    ("goldman" of "goldmansachs"; not "savings" of "valleyfederalsavings")."""
    return any(key in name or key.startswith(name) for name in names)


def _whole(keys: frozenset[str], names: frozenset[str]) -> set[str]:
    """The keys that are not part of another of ``names``: "sanjose", not "jose"; neither
    "falcon" nor "heavy" when "falconheavy" is named."""
    return {k for k in keys if not any(k != other and k in other for other in names)}


def _bare_zero(r: _Reading) -> bool:
    """Whether a figure is a none told with nothing of its own but its verb ("No one was
    killed, he said"): the outcome of the incident the sentences before it tell, not a
    count of the story's dead to set against a toll."""
    return r.quantity.value == 0 and len(r.topic) <= 1


def _similar_topics(a: _Reading, b: _Reading) -> bool:
    shared = len(a.topic & b.topic)
    return shared >= 2 and shared / max(1, min(len(a.topic), len(b.topic))) >= 0.3


def _same_place(a: _Reading, b: _Reading) -> bool:
    """Same place, or one figure's place is named in the other's sentence without a
    preposition ("the cyclone that hit Brava killed 140" is about Brava too)."""
    if a.scope == b.scope:
        return True
    if "world" in (a.scope, b.scope) and None in (a.scope_label, b.scope_label):
        return True  # "65 dead in 34 countries", "72 have died": a count whose place is unsaid
    if a.scope is None:
        return b.scope in a.names
    if b.scope is None:
        return a.scope in b.names
    return False
