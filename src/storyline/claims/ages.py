"""Ages: independent outlets giving one named person two ages in the same days.

News gives a person's age in two forms, "Lina Sarouf, 17, was charged" and "the 16-year-old
activist Lina Sarouf"; the quantity reader leaves both out, as a count of years is a
duration. An age belongs to the person it is written against, so two ages are of one fact
when they are written against one person: the same full name, or a surname the story gives
to one full name only (the Steinbergs of a family share theirs, so a bare "Steinberg" is
nobody in particular). A person's age is one value in the days of a story's news: two
articles published within ``SAME_DAYS`` of each other giving different ages disagree, unless
one source gives both (a birthday in the story, or two people of one name).

A person told only by age ("a 23-year-old man has been pulled alive from the rubble of a
ruined hotel ...") is one person with another told so in nearly the same words: two outlets
retelling one rescue, not two men described alike in a few words ("a 30-year-old man was
killed").
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from storyline.claims.matching import _topic, value_sides
from storyline.models import Contradiction, Document, Provenance

SAME_DAYS = 7
"""Days apart within which two articles tell a person's age as of one time."""

_NAME = r"(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2})"
_AFTER_NAME = re.compile(_NAME + r",\s+(?P<age>\d{1,2}),")
_BEFORE_NAME = re.compile(
    r"\b(?P<age>\d{1,2})-year-old\s+(?:[a-z][\w-]*\s+){0,3}" + _NAME + r"\b(?!\s+[A-Z])"
    r"(?=\s*[,.;:)]|\s+(?:was|is|has|had|who|and|said|says|told|will|would|did|on|in|at|from"
    r"|for|to|after|before|with)\b)"
)
"""An age before a name: the name ends its noun phrase, so what follows it is punctuation, a
verb or a preposition; a name followed by a noun describes it ("the 61-year-old Port Arlen
lawyer": Port Arlen is where the lawyer is from)."""
_NOT_NAMES = frozenset(
    """The A An In On At By This That It Its He She They We Mr Mrs Ms Dr Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday January February March April May June July
    August September October November December""".split()
)


@dataclass(frozen=True, slots=True)
class _Age:
    """One age written against one name in one sentence."""

    name: tuple[str, ...]
    age: int
    text: str
    article_id: str
    source: str
    sentence: str
    published: dt.date | None


def find_age_contradictions(
    documents: Sequence[Document], provenance: Provenance
) -> list[Contradiction]:
    """Each named person given different ages by independent articles of the same days."""
    told = [a for d in documents for a in _ages(d, provenance)]
    surnames: dict[str, set[tuple[str, ...]]] = {}
    for a in told:
        if len(a.name) > 1:
            surnames.setdefault(a.name[-1], set()).add(a.name)
    by_person: dict[tuple[str, ...], list[_Age]] = {}
    for a in told:
        full = surnames.get(a.name[-1], set())
        if len(a.name) == 1 and len(full) != 1:
            continue  # a bare surname the story gives to no one, or to several
        person = a.name if len(a.name) > 1 else next(iter(full))
        by_person.setdefault(person, []).append(a)
    found = []
    for person, ages in [*by_person.items(), *_unnamed(documents, provenance)]:
        if _disagree(ages):
            found.append(
                Contradiction(
                    kind="number",
                    about=f"age of {' '.join(person)}",
                    # youngest first, each age as first printed
                    sides=value_sides(
                        sorted(ages, key=lambda a: a.age), lambda a: a.age, lambda a: a.text
                    ),
                )
            )
    return found


_UNNAMED = re.compile(r"\b[Aa]n?\s+(?P<age>\d{1,2})-year-old\s+(?P<who>man|woman|boy|girl)\b")
"""A person told only by age ("A 23-year-old man has been pulled alive from ...")."""

ALIKE = 0.7
"""Share of the content words of the shorter of two sentences the other must hold for two
unnamed people of one age told there to be one person."""

ALIKE_WORDS = 8
"""Content words two such sentences must share at least: "a 30-year-old man was killed" is
said of many people; a sentence of the hotel, the rubble and the day he was found is not."""


def _unnamed(
    documents: Sequence[Document], provenance: Provenance
) -> list[tuple[tuple[str, ...], list[_Age]]]:
    """People told only by age, one per group of sentences telling the same thing in nearly
    the same words: two outlets' "a 23-year-old man" and "a 24-year-old man" pulled alive
    from the rubble of one hotel on one day are one man. A sentence joins the first group
    whose first sentence it is alike with, as figures join claims."""
    groups: dict[str, list[tuple[frozenset[str], list[_Age]]]] = {}
    for document in documents:
        for sentence in document.sentences:
            for match in _UNNAMED.finditer(sentence.text):
                rest = sentence.text[: match.start()] + " " + sentence.text[match.end() :]
                age = _Age(
                    name=("the", match.group("who")), age=int(match.group("age")),
                    text=match.group().split(None, 1)[1], article_id=document.id,
                    source=provenance.source_key(document.id, sentence.text),
                    sentence=sentence.text, published=document.article.published,
                )  # fmt: skip
                words = _topic(rest)
                kind = groups.setdefault(match.group("who"), [])
                home = next((g for w, g in kind if _alike(words, w)), None)
                if home is None:
                    kind.append((words, [age]))
                else:
                    home.append(age)
    return [(ages[0].name, ages) for kind in groups.values() for _w, ages in kind]


def _alike(a: frozenset[str], b: frozenset[str]) -> bool:
    shared = len(a & b)
    return shared >= ALIKE_WORDS and shared >= ALIKE * min(len(a), len(b))


def _disagree(ages: list[_Age]) -> bool:
    """Two ages of one person from independent sources of the same days, no source giving
    both."""
    values: dict[str, set[int]] = {}
    for a in ages:
        values.setdefault(a.source, set()).add(a.age)
    if len({a.age for a in ages}) < 2 or any(len(v) > 1 for v in values.values()):
        return False
    # Two ages within the days exist exactly when two neighbours in time order differ.
    dated = sorted((a.published, a.age) for a in ages if a.published is not None)
    return any(
        age != other and (later - day).days <= SAME_DAYS
        for (day, age), (later, other) in itertools.pairwise(dated)
    )


def _ages(document: Document, provenance: Provenance) -> list[_Age]:
    """The ages a document writes against names, in both forms."""
    found = []
    for sentence in document.sentences:
        for pattern in (_AFTER_NAME, _BEFORE_NAME):
            for match in pattern.finditer(sentence.text):
                # "Activist Lina Sarouf": the last two words are her first name and surname
                words = tuple(w for w in match.group("name").split() if w not in _NOT_NAMES)[-2:]
                if not words:
                    continue
                text = match.group("age")
                if pattern is _BEFORE_NAME:
                    text += "-year-old"
                found.append(
                    _Age(
                        name=words, age=int(match.group("age")), text=text,
                        article_id=document.id,
                        source=provenance.source_key(document.id, sentence.text),
                        sentence=sentence.text, published=document.article.published,
                    )
                )  # fmt: skip
    return found
