"""Ordeals: how long one named person was held, trapped or missing, told differently.

A story of a detention, a kidnapping or a rescue from rubble tells how long the ordeal
lasted: "Ghonim, who was freed on Monday after 10 days", "his release from 12 days of
detention", "Exantus was pulled from the ruins after 11 days". The quantity reader leaves
these out (a count of days is a duration), so they are read here. Outlets count the days
differently (from the arrest or the day after, nights or days), and which count an outlet
gives is a fact a reader wants side by side.

A duration is an ordeal's when its clause tells one ("held for", "trapped for", "after ...
days in prison", "12 nights in a Cairo prison", "N days after the quake" of a person pulled
out) and it is over: one still missing ("has been missing for ten days") is a count that
grows each day, not a value outlets can disagree on. The ordeal is the person's whose name
comes last before it in its sentence, so a list ("Rico Dibrivell - rescued after 12 days
Wismond Exantus, 24, found after 11 days") gives each name its own; a duration told of
nobody by name ("a man was pulled out after 10 days") is left out, as late rescues come many
to a story. A person is keyed by the surname, the word after the first name ("Wismond
Exantus Jean-Pierre" is Exantus); a bare surname is the person the story nearly always
gives it to, and nobody when it gives it to a family alike. A name that is a place's or a
body's ("the Napoli Inn Hotel", "in Haiti") is passed over. Two independent articles
published within ``SAME_DAYS`` of each other whose counts cannot meet disagree, unless one
source gives both.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from storyline.claims.matching import _NOT_PLACES, _describes, value_sides
from storyline.models import Contradiction, Document, Provenance
from storyline.text import CARDINALS, STOPWORDS
from storyline.timex.lexicon import number_value

SAME_DAYS = 7
"""Days apart within which two articles tell one ordeal, over by then, as of one time."""

BEARER = 0.8
"""Share of a surname's full names that must be one person's for the bare surname to be his."""

_COUNT = rf"(?P<count>\d{{1,3}}|(?:{'|'.join(CARDINALS)}))"
_HEDGE = r"(?:(?P<hedge>nearly|almost|more\s+than|over|about|around|some|at\s+least)\s+)?"
_UNIT = r"\s+(?P<unit>days?|nights?|hours?|weeks?)\b(?!['’]?\s+(?:ago|old|later|earlier|before))"
_ORDEAL = (
    r"held|detained|detention|jailed|imprisoned|captivity|custody|kidnapped|abducted|trapped"
    r"|buried|stranded|missing|hostage|captive|prison|jail|rubble|debris|wreckage|ruins"
)
_OVER = r"freed|released|release|rescued|pulled|pulling|found|saved|emerged|spent"
_DURATIONS = (
    # "held for 10 days", "freed ... after 10 days", "spent 12 nights in a Cairo prison"
    re.compile(
        rf"\b(?:(?P<ordeal>{_ORDEAL}|{_OVER})\b[^,;:.()]{{0,60}}?\b(?:for|after)\s+(?:a\s+)?"
        rf"|spent\s+){_HEDGE}{_COUNT}{_UNIT}",
        re.IGNORECASE,
    ),
    # "12 days of detention", "10 days in the rubble"
    re.compile(
        rf"\b{_HEDGE}{_COUNT}{_UNIT}\s+(?:of|in|under|trapped|buried)\s+(?:the\s+|a\s+)?"
        rf"(?:[A-Z]\w+\s+)?(?:{_ORDEAL})\b",
        re.IGNORECASE,
    ),
    # "pulled from the ruins of a hotel 11 days after the quake"
    re.compile(
        rf"\b(?P<ordeal>{_OVER})\b[^,;:.()]{{0,80}}?\b{_HEDGE}{_COUNT}{_UNIT}\s+after\s+"
        r"(?:the\s+|his\s+|her\s+)?(?:earthquake|quake|disaster|collapse|disappearance|arrest"
        r"|abduction|kidnapping|capture)\b",
        re.IGNORECASE,
    ),
)
"""A duration its clause tells as an ordeal's: the ordeal word or the word ending it, then
the count ("for" or "after" it); or the count, then what it was spent in; or the count after
the happening that began it, told of someone brought out ("pulled ... 11 days after the
quake"). A count "ago" or "old" is a date or an age."""

_TELLING = re.compile(rf"{_ORDEAL}|{_OVER}", re.IGNORECASE)
_MAY_TELL = re.compile(r"\b(?:days?|nights?|hours?|weeks?)\b", re.IGNORECASE)
"""A unit an ordeal's length is told in: a sentence without one tells none."""

_GOING_ON = re.compile(
    r"\b(?:has|have|is|are|remains?)\s+(?:been\s+)?(?:\w+\s+)?$|\b(?:still|now)\s+\w*\s*$",
    re.IGNORECASE,
)
"""Words before the ordeal's verb telling it still goes on ("has been missing for")."""

_UNIT_DAYS = {"day": 1.0, "night": 1.0, "hour": 1 / 24, "week": 7.0}
_NAME = re.compile(r"\b[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?:\s+[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)*")
_NOT_NAMES = _NOT_PLACES | frozenset("Mr Mrs Ms Dr".split())
_NOT_SURNAMES = frozenset(
    """Hotel Inn Street Road Square Hospital Centre Center University Ministry Army
    Airport Station School College Church Mosque Agency Council""".split()
)
"""Last words of a place's or a body's name: "the Napoli Inn Hotel" is nobody."""
_IN_PLACE = re.compile(
    r"\b(?:in|at|near|across|throughout|inside|outside)\s+([A-Z][a-z'’-]+)\b(?!['’])"
)
"""A word the story puts after a preposition of place is a place's name, not a surname."""


@dataclass(frozen=True, slots=True)
class _Ordeal:
    """One ordeal's length told in one sentence, of the person named last before it."""

    person: tuple[str, str]
    gap: int
    text: str
    low: float
    high: float
    article_id: str
    source: str
    sentence: str
    published: dt.date


def find_duration_contradictions(
    documents: Sequence[Document], provenance: Provenance
) -> list[Contradiction]:
    """Each named person's ordeal whose length independent articles of the same days tell
    in counts that cannot both hold. The story's names are read only when one of its
    dated articles has a sentence that may tell an ordeal's length: most stories have none."""
    told = [
        (document, sentence)
        for document in documents
        if document.article.published is not None
        for sentence in document.sentences
        if _MAY_TELL.search(sentence.text) and _TELLING.search(sentence.text)
    ]
    if not told:
        return []
    firsts: dict[str, Counter[str]] = {}
    places: set[str] = set()
    for document in documents:
        for sentence in document.sentences:
            for match in _NAME.finditer(sentence.text):
                words = _name_words(match.group())
                if len(words) > 1:
                    firsts.setdefault(words[1], Counter())[words[0]] += 1
            places.update(_IN_PLACE.findall(sentence.text))
    for place in places:
        firsts.pop(place, None)  # "the Connexion Haiti broadcast" and "in Haiti": a place
    by_person: dict[tuple[str, str], list[_Ordeal]] = {}
    for document, sentence in told:
        for o in _ordeals(document, sentence.text, provenance, firsts):
            by_person.setdefault(o.person, []).append(o)
    found = []
    for (first, surname), ordeals in by_person.items():
        if _disagree(ordeals):
            # shortest count first, each shown in the sentence that ties it closest to
            # the name
            ordered = sorted(ordeals, key=lambda o: (o.low, o.gap))
            found.append(
                Contradiction(
                    kind="number",
                    about=f"how long {first} {surname} was held or trapped",
                    sides=value_sides(ordered, lambda o: (o.low, o.high), lambda o: o.text),
                )
            )
    return found


def _bearer(surname: str, firsts: Mapping[str, Counter[str]]) -> tuple[str, str] | None:
    """Who a bare surname stands for: the full name the story gives it, or the one it gives
    most when nearly all its full names are that one (26 "Wael Ghonim" and one "Hazzem
    Ghonim": "Ghonim" is Wael); a surname of a family told alike is nobody in particular."""
    given = firsts.get(surname)
    if not given:
        return None
    first, times = given.most_common(1)[0]
    return (first, surname) if times >= BEARER * given.total() else None


def _disagree(ordeals: list[_Ordeal]) -> bool:
    """Two counts of one ordeal from independent sources published within ``SAME_DAYS`` of
    each other that cannot meet, no source giving both. Read in time order, each count meets
    the highest low and the lowest high of the counts of the days before it, which two
    queues keep, so a story is read once."""
    by_source: dict[str, list[_Ordeal]] = {}
    for o in ordeals:
        by_source.setdefault(o.source, []).append(o)
    if any(_spread(told) for told in by_source.values()):
        return False
    dated = sorted(ordeals, key=lambda o: o.published)
    lows: deque[_Ordeal] = deque()  # the days' counts, highest low first
    highs: deque[_Ordeal] = deque()  # the days' counts, lowest high first
    for o in dated:
        for queue in (lows, highs):
            while queue and (o.published - queue[0].published).days > SAME_DAYS:
                queue.popleft()
        if (lows and lows[0].low > o.high) or (highs and highs[0].high < o.low):
            return True
        while lows and lows[-1].low <= o.low:
            lows.pop()
        lows.append(o)
        while highs and highs[-1].high >= o.high:
            highs.pop()
        highs.append(o)
    return False


def _spread(told: list[_Ordeal]) -> bool:
    """Whether some two of ``told`` cannot meet."""
    return min(o.high for o in told) < max(o.low for o in told)


def _ordeals(
    document: Document, text: str, provenance: Provenance, firsts: Mapping[str, Counter[str]]
) -> list[_Ordeal]:
    """The ordeal lengths a sentence of a dated document tells of named people, each read
    as the days it allows; ``firsts`` counts the first names the story gives each surname."""
    published = document.article.published
    assert published is not None  # the caller reads dated articles only
    found = []
    for pattern in _DURATIONS:
        for match in pattern.finditer(text):
            days = _days(match)
            verb = match.start("ordeal") if "ordeal" in pattern.groupindex else match.start()
            if days is None or _GOING_ON.search(text, 0, max(verb, 0)):
                continue
            held = _holder(text[: match.start("count")], firsts)
            if held is None:
                continue
            found.append(
                _Ordeal(
                    person=held[0], gap=held[1], text=_shown(match), low=days[0], high=days[1],
                    article_id=document.id, source=provenance.source_key(document.id, text),
                    sentence=text, published=published,
                )
            )  # fmt: skip
    return found


def _name_words(name: str) -> tuple[str, ...]:
    """A name's own words: without titles, days, nationalities ("Haitian Wismond Exantus")
    and a common word or an ordeal's word capitalised to open a sentence ("Yet Ghonim
    said", "Trapped for 11 days, he ...")."""
    return tuple(
        w
        for w in name.split()
        if w not in _NOT_NAMES
        and not _describes(w)
        and w.lower() not in STOPWORDS
        and not _TELLING.fullmatch(w)
    )


def _holder(before: str, firsts: Mapping[str, Counter[str]]) -> tuple[tuple[str, str], int] | None:
    """The person named last before a duration, as (first name, surname), and how many
    characters stand between them. A place's or a body's name ("the Napoli Inn Hotel", "the
    Kessan police") is passed over: a full name ending in a word of one, a single word that
    is no one's surname, a word the story uses as a place's ("in Haiti")."""
    for match in reversed(list(_NAME.finditer(before))):
        words = _name_words(match.group())
        if not words or match.group().split()[-1] in _NOT_SURNAMES:
            continue
        person = (words[0], words[1]) if len(words) > 1 else _bearer(words[0], firsts)
        if person is not None and person[1] in firsts:
            return person, len(before) - match.end()
    return None


def _shown(match: re.Match[str]) -> str:
    """The count as printed: "10 days", "more than 12 nights"."""
    hedge = " ".join((match.group("hedge") or "").split())
    return f"{hedge} {match.group('count')} {match.group('unit')}".strip()


def _days(match: re.Match[str]) -> tuple[float, float] | None:
    """The days a count allows: a whole number of days, give or take part of one, widened
    as a reporter uses a hedge."""
    count = number_value(match.group("count"))
    if not count:
        return None
    size = _UNIT_DAYS[match.group("unit").lower().rstrip("s")]
    hedge = " ".join((match.group("hedge") or "").lower().split())
    if hedge in ("nearly", "almost"):
        return 0.85 * count * size, count * size
    if hedge in ("more than", "over", "at least"):
        return count * size, float("inf")
    if hedge in ("about", "around", "some"):
        return 0.8 * count * size, 1.2 * count * size
    return (count - 0.45) * size, (count + 0.45) * size
