"""Entity and spelling variants: one key for matching, one chosen form for display.

The same thing is written many ways across outlets: "Nigér" and "Niger" (a stray accent),
"Airbase 201" and "Air Base 201", "al Qaeda", "al-Qaida" and "Al-Qaeda", "defences" and
"defenses". Matching stages (story clustering, shared passages) compare folded keys so the
variants count as one; display code asks a :class:`VariantIndex` for the form most sources
used. Nothing here rewrites stored text: the article keeps what the outlet printed.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache

# Transliterations and house spellings that differ in more than accents, case or
# punctuation; each maps to one arbitrary but fixed spelling. Kept short and explicit:
# a general "sounds alike" rule would merge names that are different people or places.
_SPELLINGS: dict[str, str] = {
    "qaida": "qaeda",
    "qaeda": "qaeda",
    "quaeda": "qaeda",
    "qa'ida": "qaeda",
    "gadhafi": "gaddafi",
    "qaddafi": "gaddafi",
    "qadhafi": "gaddafi",
    "kadhafi": "gaddafi",
    "kiev": "kyiv",
    "mohammed": "muhammad",
    "mohammad": "muhammad",
    "muhammed": "muhammad",
    "mohamed": "muhammad",
    "osama": "usama",
    "burma": "myanmar",
    "jihadi": "jihadist",
    "daesh": "isis",
    "isil": "isis",
    "pyongyang's": "pyongyang",
}

# British and American endings that name the same word (defence/defense, organise/organize,
# labour/labor, centre/center, travelled/traveled). Applied to whole words only.
_ENDINGS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"^(def|off|lic|pret)enc(e|es)$", r"\1ens\2"),
        (r"^(\w{3,})is(e|es|ed|ing|ation|ations)$", r"\1iz\2"),
        (r"^(\w{3,})yse(s|d)?$", r"\1yze\2"),
        (r"^(lab|col|hon|fav|harb|behavi|neighb|rum|hum|vap)our(s|ed|ing|ite|ites|hood)?$",
         r"\1or\2"),
        (r"^(cent|met|theat|fib|lit)re(s)?$", r"\1er\2"),
        (r"^(\w+[aeiou])ll(ed|ing|er|ers)$", r"\1l\2"),
    )
)

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})
_DASHES = re.compile(r"[\u2010-\u2015\-]")
_NON_WORD = re.compile(r"[^\w' ]+")
_SPACES = re.compile(r"\s+")


def strip_accents(text: str) -> str:
    """``text`` without combining marks: "Nigér" → "Niger", "Zürich" → "Zurich"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=200_000)
def fold_word(word: str) -> str:
    """The matching key of one word: no accents or case, one spelling of known variants.

    Cached because matching folds the same few thousand words millions of times.
    """
    key = strip_accents(word).casefold().translate(_APOSTROPHES).strip("'")
    if key.endswith("'s"):
        key = key[:-2]
    key = _SPELLINGS.get(key, key)
    for pattern, replacement in _ENDINGS:
        if pattern.match(key):
            return pattern.sub(replacement, key)
    return key


def fold(text: str) -> str:
    """The matching key of a text: folded words, hyphens as spaces, punctuation dropped.

    Two writings of one name or sentence that differ only in accents, case, quote style,
    hyphenation or a known spelling variant get the same key.
    """
    cleaned = _DASHES.sub(" ", text.translate(_APOSTROPHES))
    cleaned = _NON_WORD.sub(" ", cleaned)
    return " ".join(w for w in map(fold_word, _SPACES.split(cleaned)) if w)


def entity_key(name: str) -> str:
    """The key of a name, blind to spacing too: "Air Base 201" and "Airbase 201" match."""
    return fold(name).replace(" ", "")


class VariantIndex:
    """Surface forms seen for each key, to show a name the way most sources wrote it."""

    def __init__(self) -> None:
        self._forms: defaultdict[str, Counter[str]] = defaultdict(Counter)

    def add(self, surface: str) -> str:
        """Record one occurrence of ``surface``; returns its key."""
        key = entity_key(surface)
        if key:
            self._forms[key][surface.strip()] += 1
        return key

    def update(self, surfaces: Iterable[str]) -> None:
        for surface in surfaces:
            self.add(surface)

    def display(self, surface_or_key: str) -> str:
        """The most used form of a name (ties: the one with the most capitals, then first)."""
        forms = self._forms.get(surface_or_key) or self._forms.get(entity_key(surface_or_key))
        if not forms:
            return surface_or_key
        return max(forms.items(), key=lambda item: (item[1], _capitals(item[0])))[0]

    def variants(self, surface_or_key: str) -> list[str]:
        """Every form seen for the name, most used first."""
        forms = self._forms.get(surface_or_key) or self._forms.get(entity_key(surface_or_key))
        return [form for form, _ in forms.most_common()] if forms else []


def _capitals(text: str) -> int:
    return sum(c.isupper() for c in text)


# Function words that carry no topic: dropped before matching passages and stories.
STOPWORDS = frozenset(
    """a about above after again against ago all also am an and any are aren't as at be
    because been before being below between both but by can could did didn't do does doesn't
    doing don't down during each either else even ever every few for from further had has
    hasn't have haven't having he her here hers herself him himself his how however i if in
    into is isn't it its itself just least less like made make many may me might more most
    much must my myself near need neither never new no nor not now of off often on once one
    only or other others our ours ourselves out over own per perhaps put quite rather said
    same say says see seen several shall she should since so some still such than that the
    their theirs them themselves then there these they this those though through thus to too
    toward towards under until up upon us very via was wasn't we were weren't what when where
    whether which while who whom whose why will with within without would yet you your yours
    yourself mr mrs ms told according including also""".split()
)

_TOKEN = re.compile(r"\w+(?:['’]\w+)*")


def folded_words(text: str) -> list[str]:
    """The words of a text as matching keys, in order (accents, case, variants folded)."""
    return [w for w in map(fold_word, _TOKEN.findall(text)) if w]


def content_words(text: str) -> list[str]:
    """Folded words without function words or lone characters: what a passage is about.

    An acronym that folds to a function word ("US", "IT", "WHO") is kept: it is a name.
    """
    words = []
    for raw in _TOKEN.findall(text):
        word = fold_word(raw)
        if len(word) > 1 and (word not in STOPWORDS or raw.isupper()):
            words.append(word)
    return words
