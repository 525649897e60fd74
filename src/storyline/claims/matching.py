"""Names, places and topic words: what tells one figure's or date's subject from another's.

Both halves of the claims stage match on these: a figure and a dated event are about the
same thing when they share a specific name, a place or content words, never on wording alone.
``value_sides`` lays out the sides of a disagreement found by any of them.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import Protocol, TypeVar

from storyline.models import ContradictionSide, Document
from storyline.text import NAME_PARTICLES, topic_stem

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
    "libyan": "Libya",
}  # fmt: skip
_ACTOR = re.compile(
    r"\b(?:" + "|".join(re.escape(k) for k in sorted(_DEMONYMS, key=len, reverse=True))
    + r")(?![\w])",
    re.IGNORECASE,
)  # fmt: skip
_ACTOR_KEYS = frozenset(k.rstrip(".") for k in _DEMONYMS)
_LOCATIVE = re.compile(
    r"\b(?:at|in|near|to|from|inside|outside|across|around|throughout|through|into|off|along"
    r"|within|fled|left|entered)\s+"
)
_COMPASS = re.compile(
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
    r"(?:ern)?"
)
_CALENDAR = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
    r"|April|June|July|August|September|October|November|December)\b"
)
_NAME = re.compile(
    rf"(?:[A-Z][\w'’.-]*\w|[A-Z])(?:\s+(?!{_CALENDAR})(?:[A-Z][\w'’-]*\w|\d+(?:-[A-Z][\w'’-]*\w)?))*"
)
"""A proper name: capitalised words and the numbers in it ("Air Base 101"), not a day or a
month told right after it ("killed in Latakia Monday")."""
_PLACE_NOUNS = frozenset(
    {
        "region",
        "area",
        "province",
        "state",
        "capital",
        "city",
        "town",
        "village",
        "district",
        "border",
        "coast",
        "frontline",
    }
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
_ADVERB = re.compile(r"(?:ally|ntly|edly|ately|ously|ively|arly)$")
"""Endings of a sentence adverb that a capital opens ("Initially", "Eventually",
"Reportedly"), which no place name has (Italy ends otherwise)."""
_TOKEN = re.compile(r"\S+")
# What the walk below needs to find a name: a capital within the first five words, with no
# word before it ending a phrase (ASCII windows only; the walk also reads other capitals).
_NAME_AHEAD = re.compile(r"\s*(?:\S*[^\s,.;]\s+){0,5}[A-Z]")
_LOCATIVE_NAME = re.compile(_LOCATIVE.pattern + r"(?=" + _NAME_AHEAD.pattern + ")")
_POSSESSIVE = re.compile(r"['’]s\s+")
_POSSESSIVE_END = re.compile(r"['’]s$")
_NOT_KEY = re.compile(r"[^a-z0-9]")
_WORD = re.compile(r"[A-Za-z]+")
_CAPITALISED = re.compile(r"\b[A-Z]\w*")
_NUMBERED = re.compile(r"\b[A-Z][\w-]*\s(\d+)\b")


def _story_date(documents: Sequence[Document]) -> dt.date | None:
    """The latest publication date of a story: what an undated article's months are read at."""
    return max((d.article.published for d in documents if d.article.published), default=None)


def _first_name(window: str) -> str | None:
    """The first proper name in a short window, skipping a few lowercase words.

    A compass word stays with the name: "northeastern Syria" is a part of Syria, and a
    figure for it is not a figure for the whole country.
    """
    if window.isascii() and _NAME_AHEAD.match(window) is None:
        return None  # most windows after "in" or "to" hold no name: no need to walk them
    previous = ""
    for count, token in enumerate(_TOKEN.finditer(window)):
        word = token.group()
        if word[0].isupper():
            name = _NAME.match(window, token.start())
            if name is None:
                return None
            text = _possessed(name.group()).rstrip(".")
            first = text.split()[0]
            if first in _NOT_PLACES or _ADVERB.search(first) or _counted_noun(previous):
                return None  # "to cap oil leak Initially , BP tried": an adverb, no place
            return f"{previous} {text}" if _COMPASS.fullmatch(previous) else text
        if word.endswith(_WALK_ENDS) or word.lower() in _WALK_STOPS:
            return None
        if count >= 4 and not (word.lower() == "of" and previous in _PLACE_NOUNS):
            return None  # "in the ancient desert city of Palmyra" names Palmyra
        previous = word.lower()
    return None


def _counted_noun(word: str) -> bool:
    """ "in foreign earnings Goldman": a plural noun right before a name says what is
    counted, so the name is not the place the preposition introduced."""
    return word not in _DETERMINERS and _PLURAL.fullmatch(word) is not None


_DETERMINERS = frozenset({"its", "this"})

_WALK_ENDS = (",", ".", ";", ":", "!", "?", '"', "”", "’", ")")
"""A word ending a phrase: what follows is no longer the place the preposition introduces."""

_WALK_STOPS = frozenset(
    """with by for on about against via like than as between under that which who whose
    where when how why said says told""".split()
)
"""Words that open another phrase ("in an interview with", "to analysts polled by"): a
name beyond them is not the place the first preposition introduces. A place word ("at",
"in") is not one: "the border crossing at Vell" is at Vell."""


def _possessed(name: str) -> str:
    """ "Dorvia's Kessan" names Kessan (in Dorvia); a trailing "'s" is dropped too."""
    return _POSSESSIVE.split(_POSSESSIVE_END.sub("", name))[-1]


@functools.lru_cache(maxsize=65536)
def _key(name: str) -> str:
    """A name folded for matching ("Air Base 101" = "airbase101"); names recur through a
    story, so the folding is cached."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return _NOT_KEY.sub("", folded.lower())


def _main_place(documents: Sequence[Document]) -> str | None:
    """The place a story names most often after "in/at/from": what a figure with no place
    of its own, "there" and "the country" refer to."""
    counts: Counter[str] = Counter()
    names: dict[str, str] = {}
    for document in documents:
        for key, name in _places_named(document.article.text):
            counts[key] += 1
            names.setdefault(key, name)
    return names[counts.most_common(1)[0][0]] if counts else None


def _named_places(documents: Sequence[Document]) -> frozenset[str]:
    """Keys of every place a story names after "in/at/from": a name the story uses as a
    place stays one where a sentence makes it the subject ("Kansas officials confirmed")."""
    return frozenset(key for d in documents for key, _name in _places_named(d.article.text))


@functools.lru_cache(maxsize=16384)
def _places_named(text: str) -> tuple[tuple[str, str], ...]:
    """Each place a text names after a locative, as (key, spelling), in text order: one
    article's share of its story's count, read once however often the story is finished."""
    found = []
    # In ASCII text only the locatives a name may follow are visited (see _NAME_AHEAD).
    for loc in (_LOCATIVE_NAME if text.isascii() else _LOCATIVE).finditer(text):
        name = _first_name(text[loc.end() : loc.end() + 40])
        if name and name.split()[0].lower() not in _DEMONYMS:
            found.append((_key(name), name))
    return tuple(found)


@functools.lru_cache(maxsize=16384)
def _topic(text: str, names: bool = True) -> frozenset[str]:
    """Content-word stems of a text; ``names=False`` keeps only lowercase words, so the
    purpose of a sum ("on roads in Esk") is told apart from where it was spent.

    Cached: a story's article texts and clauses are read again by each of its stages."""
    text = _BRACKET_TOKEN.sub(" ", text)
    words = _WORD.findall(text if names else _CAPITALISED.sub("", text))
    return frozenset(filter(None, map(topic_stem, words)))


_BRACKET_TOKEN = re.compile(r"-[LR][RSC]B-")
"""A bracket as a tokenised archive writes it ("5,000 ft -LRB- 1,500 m -RRB-"): punctuation,
not a word two figures' clauses share."""


_FIRST_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|said|says"
    r"|told|[a-z]{3,}ed)\b"
)


_OPENING = re.compile(r"\W*(?:(?:The|A|An)\s+)?[A-Z]")


@functools.lru_cache(maxsize=4096)
def _subject(sentence: str) -> frozenset[str]:
    """Keys of the names a sentence opens with, up to its first comma or verb: what it is
    about ("The Delta IV Heavy rocket, ...", "The Soviet-era N1 rocket had"). None when it
    opens otherwise ("It took place in ...", "When its boosters are not recovered, ...").
    Cached: a sentence is read again for each figure it holds."""
    first = sentence.split(None, 1)[0] if sentence.strip() else ""
    if _OPENING.match(sentence) is None or (
        first not in ("The", "A", "An") and topic_stem(first) == ""
    ):
        return frozenset()
    verb = _FIRST_VERB.search(sentence)
    end = min(verb.start() if verb else len(sentence), (sentence + ",").index(","))
    return frozenset(k for k in _names(sentence[:end]) if not k.lstrip("#").isdigit())


def _actors(text: str) -> frozenset[str]:
    """Countries and peoples a text names as acting ("British aid workers" -> UK)."""
    return frozenset(_DEMONYMS[m.group().lower()] for m in _ACTOR.finditer(text))


@functools.lru_cache(maxsize=16384)
def _names(text: str) -> frozenset[str]:
    """Keys of the proper names and numbered things in a text ("Air Base 101" = "airbase101")."""
    return frozenset(_name_surfaces(text))


@functools.lru_cache(maxsize=4096)
def _name_surfaces(text: str) -> Mapping[str, str]:
    """Each name's key and how the text spells it; countries and peoples left out, as they
    name who acts, not which event. Cached, read-only: a sentence is named again for each
    figure, date and disagreement it holds."""
    found: dict[str, str] = {}
    for match in _NAME.finditer(text):
        if match.group()[-1] == "s" and _sentence_initial_plural(text, match):
            continue
        for key, spelling in _name_keys(match.group()):
            found.setdefault(key, spelling)
    for number in _NUMBERED.findall(text):
        found.setdefault(f"#{number}", number)
    found.pop("", None)
    return MappingProxyType(found)


@functools.lru_cache(maxsize=65536)
def _name_keys(name: str) -> tuple[tuple[str, str], ...]:
    """The keys and spellings one capitalised run of words stands for: the whole name, and
    in a longer name each distinctive word. Names recur through a story, so this is cached."""
    found = []
    words = _name_words(name)
    if len(words) == 1 and _describes(words[0]):
        return ()  # "Islamic", "Brazilian": they describe, they do not name a place or thing
    if words and words[0].lower().rstrip(".") not in _ACTOR_KEYS:
        found.append((_key(" ".join(words)), " ".join(words)))
    for word in words if len(words) > 1 else ():
        # "Mount Arden" is also "the Arden volcano": each distinctive word counts too.
        if word not in _NAME_WORDS and word not in _NOT_PLACES and len(word) > 3:
            found.append((_key(word), word))
    return tuple(found)


def _shared_spelling(spelling: str, texts: Sequence[str]) -> str:
    """A name as a label gives it: the longest run of its words, around ``spelling`` in the
    first text, that every text's names hold. A key is one distinctive word of a longer
    name ("Security" of "U.N. Security Council Resolution" and "UN Security Council
    resolution"); the label names what both sides call it ("Security Council"), no more."""
    runs = [[_name_words(m.group()) for m in _NAME.finditer(text)] for text in texts]
    words = spelling.split()
    found = next(((run, at) for run in runs[0] if (at := _at(run, words)) is not None), None)
    if found is None:
        return spelling
    run, at = found
    best = words
    for start in range(at + 1):
        for end in range(at + len(words), len(run) + 1):
            candidate = run[start:end]
            if len(candidate) > len(best) and all(
                any(_at(other, candidate) is not None for other in text_runs)
                for text_runs in runs[1:]
            ):
                best = candidate
    return " ".join(best)


_PARTICLES = rf"(?:{'|'.join(('al', 'el', *NAME_PARTICLES))})"
"""Lowercase words that link a name's parts ("Saif al-Islam Gadhafi", "Rio de Janeiro")."""


def linked_names(names: Sequence[str], text: str) -> list[str]:
    """Names as a label lists them: two of ``names`` that ``text`` gives as one name, a
    lowercase particle linking them ("Saif" and "Islam Gadhafi" of "Saif al-Islam Gadhafi"),
    joined into it, which the capitalised runs names are read from split in two."""
    found = list(names)
    for first in names:
        for second in names:
            if first == second or first not in found or second not in found:
                continue
            linked = re.search(
                rf"(?<![\w-]){re.escape(first)}\s+{_PARTICLES}(?:-|\s+){re.escape(second)}(?![\w-])",
                text,
            )
            if linked is not None:
                found[found.index(first)] = linked.group()
                found.remove(second)
    return found


def _name_words(name: str) -> list[str]:
    """A name's words as its keys read them: no possessive, no opening "The" or "In"."""
    words = _possessed(name).split()
    while words and words[0] in _NOT_PLACES:
        words = words[1:]
    return words


def _at(run: list[str], words: list[str]) -> int | None:
    """Where ``words`` stand in a run of a name's words, None if they do not."""
    for at in range(len(run) - len(words) + 1):
        if run[at : at + len(words)] == words:
            return at
    return None


def _sentence_initial_plural(text: str, match: re.Match[str]) -> bool:
    """ "Thieves escaped ...": a capitalised plural opening a sentence is a common noun."""
    word = match.group()
    if " " in word or _PLURAL.fullmatch(word.lower()) is None:
        return False
    at = match.start()
    while at and text[at - 1].isspace():
        at -= 1  # looking back from the name, not copying the text before it: long texts
    return match.start() == 0 or (at > 0 and text[at - 1] in ".!?")


# Words that only make up names ("Mount", "Air Base"): alone they name nothing in particular.
_NAME_WORDS = frozenset(
    """Mount Lake River Port Fort Cape Saint Base Airbase Air North South East West New United
    National International Republic Democratic City State Province Ministry Department
    President Prime Minister General Secretary Council Court Party Union Bank Group Army
    Force Forces Airport Station University Hospital Street Square Bridge Valley Island""".split()
)
_ADJECTIVE_NAME = re.compile(r"[A-Z][a-z]+(?:ian|ese|ish|ic|ean)")
_PEOPLES = frozenset(
    """afghan african american bahraini bangladeshi cuban emirati french german iraqi israeli
    kenyan kuwaiti libyan mexican moroccan nepali nigerien omani pakistani qatari rwandan
    saudi somali thai ugandan yemeni""".split()
)
"""Peoples whose adjective the shape above misses ("Libyan", "Iraqi"): they describe who
acts, and two clauses sharing one tell one event no more than two sharing "Egyptian" do."""


def _people_adjective(word: str) -> bool:
    """Whether a capitalised word is a people's adjective ("Brazilian", "Libyan", "French"),
    not a place's name."""
    return word.lower() in _PEOPLES or bool(_ADJECTIVE_NAME.fullmatch(word))


def _describes(word: str) -> bool:
    """Whether a capitalised word describes rather than names: a people, a country, an
    adjective of one ("Brazilian", "Libyan", "Islamic")."""
    return word.lower() in _DEMONYMS or _people_adjective(word)


_PLURAL = re.compile(r"[a-z]{2,}(?<!s|u|i)s")


class Told(Protocol):
    """A value as one article told it: which article, in which sentence."""

    @property
    def article_id(self) -> str: ...

    @property
    def sentence(self) -> str: ...


T = TypeVar("T", bound=Told)


def value_sides(
    told: Iterable[T], value: Callable[[T], Hashable], shown: Callable[[T], str]
) -> list[ContradictionSide]:
    """The sides of a disagreement: one per ``value``, in the order ``told`` comes, as its
    first teller wrote it (``shown``) and in its sentence, with every article giving it."""
    sides: dict[Hashable, tuple[T, list[str]]] = {}
    for item in told:
        _first, articles = sides.setdefault(value(item), (item, []))
        if item.article_id not in articles:
            articles.append(item.article_id)
    return [
        ContradictionSide(value=shown(first), articles=articles, sentence=first.sentence)
        for first, articles in sides.values()
    ]


_TRADED = re.compile(
    r"\b(?:shares?|stocks?|index|indices|futures|bonds?|yields?|currency|dollar|euro|yen"
    r"|sterling|pound|crude|Dow|FTSE|Nasdaq|Nikkei|DAX|CAC|Hang\s+Seng)\b",
    re.IGNORECASE,
)
"""What is traded, and moves every day: told with no date, its move ("shares fell nearly 3
percent in London") is of its report's day or the day before, so two moves told on days
apart are two days' moves, not one told twice."""
