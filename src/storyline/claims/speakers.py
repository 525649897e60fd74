"""Who tells a clause, and whether two speakers are one party.

A figure is given on someone's word ("Activists said 14 people were killed") and a claim is
denied by someone ("The port authority denied that ..."); a disagreement needs two parties,
not one body's voice told twice. Figures (``readings``, ``numbers``) and accounts
(``accounts``) ask the same two questions of a sentence, so they are answered here once:

* who speaks: the subject before a reporting verb, read back to the start of its clause
  past adverbs and auxiliaries ("the government now says", "Gadhafi has claimed") and
  past an apposition to the name it describes ("Massari, a spokesman for the foreign
  ministry, denied"); for words inside a quotation, the speaker named after it
  ("... '', Ghoga said"); for a clause with no subject of its own, the speaker that ends
  the sentence ("..., residents said."). A figure's party is the name (a body's name sets
  it beside another body's figure); a claim's party is what an apposition says the
  speaker is (``party_of``: the ministry a spokesman speaks for is the party whose account
  it is);
* whether two speakers are one party: the words of one hold in the other's ("state TV" and
  "Syrian state television"), they end in the same word ("the ministry", "the health
  ministry"), or they share a name or a word beyond the roles every party holds ("the
  army" and "army officers"). Nationalities tell no party apart from another of its
  country: a Tunisian security source and the Tunisian ministry are two parties. When in
  doubt, one party: two voices of one body set against each other are a false
  disagreement.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from storyline.claims.verbs import _AUXILIARIES, _REPORTING, _TOKEN
from storyline.text import TOPIC_STOPWORDS, suffix_stem

CLAIMING = frozenset({"argued", "argues", "accused", "alleged"})
"""Verbs that tell a claim as someone's besides the reporting verbs (``verbs._REPORTING``):
they do not date a statement, so dates do not read them, but they name who asserts."""
REPORTS = re.compile(r"\b(?:" + "|".join(sorted(_REPORTING | CLAIMING)) + r")\b")
"""A verb that tells whose words a clause holds."""
_TOKENS = str.maketrans({"’": "'", "“": '"', "”": '"'})
"""Curly quotes and apostrophes as the straight ones the patterns read."""


class Speaker(NamedTuple):
    """Who speaks: the name before the verb ("Massari") and what an apposition says it is
    ("a spokesman for the foreign ministry"), "" where none is told."""

    name: str
    described: str = ""


NOBODY = Speaker("")


def told_by(before: str, text: str, verb: str) -> Speaker:
    """Who tells the words after ``verb``, a verb of telling or denying that follows
    ``before``, the words of sentence ``text`` before it (its clause's or all of them): the
    subject ending ``before`` (``subject_before``); the speaker named after a quotation
    that ``before`` opens ("`` We counted 14 bodies , '' Dr Holt said"); or, when
    ``before`` holds no subject, the speaker that ends the sentence ("..., Ghoga said.")."""
    plain, text = before.translate(_TOKENS), text.translate(_TOKENS)
    if plain.count("``") > plain.count("''") or plain.count('"') % 2:
        return Speaker(_quoted_by(text))
    found = subject_before(plain, verb)
    if found.name or found.described:
        return found
    last = _SPEAKER_LAST.search(text)
    return Speaker(last.group(1).strip()) if last else NOBODY


def _quoted_by(text: str) -> str:
    """The speaker named right after a quotation closes, before or after its verb ("'',
    Ghoga said", "'' said Ghoga")."""
    found = _QUOTED_BY.search(text) or _QUOTED_BY_AFTER.search(text)
    return found.group(1).strip() if found else ""


_QUOTED_BY = re.compile(r"(?:''|\")\s*,?\s*([^,\"']{2,60}?)\s+(?:" + REPORTS.pattern + r")")
_QUOTED_BY_AFTER = re.compile(r"(?:''|\")\s*,?\s*(?:" + REPORTS.pattern + r")\s+([^,.\"']{2,60})")
_SPEAKER_LAST = re.compile(r",\s*([^,\"']{2,60}?)\s+(?:" + REPORTS.pattern + r")\s*\.?\s*$")


def subject_before(before: str, verb: str) -> Speaker:
    """The subject that ends ``before``, where ``verb``, a verb of telling, follows it: back
    to the start of its clause (a conjunction, a relative word, a comma, a dash, a bracket,
    a quotation's end), past adverbs and auxiliaries ("the government now says", "Gadhafi
    has claimed") and past an apposition to the name it describes ("The Local
    Co-ordination Committees, an opposition activist network,"), which is kept as what the
    speaker is. No name when the verb is passive ("the toll was put at", "20 cases were
    confirmed": the subject is what is told, not who tells it) or no verb at all
    (``_NOT_A_VERB``), or when the words before the verb run longer than a name does:
    they are a clause."""
    text = before.rstrip()
    if _NOT_A_VERB.search(text):
        return NOBODY
    while (trailing := _TRAILING.search(text)) is not None:
        if trailing.group().lower() in _BE and not verb.endswith("ing"):
            return NOBODY
        text = text[: trailing.start()].rstrip()
    described = ""
    if text.endswith(","):
        text = text[:-1].rstrip()
        apposition = list(_COMMA.finditer(text))
        if apposition:
            described = OPENERS.sub("", text[apposition[-1].end() :].strip())
            text = text[: apposition[-1].start()]
    name = OPENERS.sub("", " ".join(_subject_words(text.split())))
    if len(name.split()) > SPEAKER_WORDS:
        return Speaker("", described)
    return Speaker(name, described)


def _subject_words(tokens: list[str]) -> list[str]:
    """The words that end ``tokens`` back to the start of their clause. A relative clause
    that ends them ("Officials who visited Tamra") tells what its antecedent did, and a
    relative word right before the verb ("those who") stands for it: either way the
    subject is the name before "who", not the relative clause's own verb and object."""
    words: list[str] = []
    for i in range(len(tokens) - 1, -1, -1):
        word = tokens[i]
        if word.lower() in _CLAUSE_WORDS and not word.isupper():
            # "who" opens a clause, "WHO" names a body
            if word.lower() in _RELATIVE:
                antecedent = _subject_words(tokens[:i])
                if antecedent:
                    return antecedent
            break
        if word.endswith((",", '"', "''", ")", "-RRB-")):
            break
        if not word.strip(",;:'\"`") or word.startswith(("(", "-LRB-")):
            break
        words.insert(0, word)
    return words


OPENERS = re.compile(r"^(?:(?:but|and|however|meanwhile|yet|also)\b\W*)+", re.IGNORECASE)
"""Conjunctions and adverbs that open a clause before its subject ("But the ministry",
"However, officials")."""


_TRAILING = re.compile(
    r"(?<!\S)(?:" + "|".join(sorted(_AUXILIARIES | {"now", "also", "still", "already",
    "separately", "itself"})) + r")$",
    re.IGNORECASE,
)  # fmt: skip
"""An adverb or an auxiliary between a speaker and its verb ("the government now says",
"Gadhafi has claimed", "the ministry had already said")."""
_NOT_A_VERB = re.compile(r"(?<!\S)(?:to|a|an|the|its|their|his|her)$", re.IGNORECASE)
"""Words after which a verb of telling is no report: "to" ("is expected to announce": no
one has spoken yet), a determiner ("for a reported $100,000", "on receipt of a report":
a word of telling as a noun or an adjective)."""
_BE = frozenset({"is", "are", "was", "were", "been", "being", "be"})
"""Auxiliaries that make a participle after them passive ("was estimated")."""
_COMMA = re.compile(r",\s")
"""A comma between words, not inside a figure ("1,000")."""
_CLAUSE_WORDS = frozenset(
    "and or that which who whom when as if because since after before - -- — ( -lrb-".split()
)
"""Words that open the clause a speaker's name stands in: the name starts after them."""
_RELATIVE = frozenset({"who", "whom"})
"""Relative words that open a clause about the name before them, not a subject of its
own: "Officials who visited Tamra said" is the officials' word."""
SPEAKER_WORDS = 12
"""Words of a speaker's name at most; beyond them, the words before a verb are a clause."""


def speaker_of(text: str) -> str | None:
    """Who a sentence reports as speaking: the party of its first reporting verb, or the
    words right after the verb when it comes first ("said the mayor, ..."); None for a
    sentence that reports no one."""
    plain = text.translate(_TOKENS)
    spoken = REPORTS.search(plain)
    if spoken is None:
        return None
    party = party_of(told_by(plain[: spoken.start()], plain, spoken.group()))
    if not party:
        tail = plain[spoken.end() :].split(",")[0].strip(" .").split()
        party = " ".join(tail[:SPEAKER_WORDS])
    return party or None


def party_of(who: Speaker) -> str:
    """The words that tell a speaker's party: what an apposition says it is, which names the
    body it speaks for ("a spokesman for the foreign ministry"), else its name."""
    return who.described or who.name


@functools.lru_cache(maxsize=1 << 14)
def one_party(first: str, second: str) -> bool:
    """Whether two speakers are one party: the words of one all hold in the other's, both end
    in the same word, or they share a name or a word beyond the roles every party holds.
    When in doubt, one: a disagreement set between one body's two voices is a false one.
    False when either names no one: who spoke is not told. Cached: a story's figures name
    the same few parties over and over."""
    a, b = _words(first), _words(second)
    if not a or not b:
        return False
    if set(a) <= set(b) or set(b) <= set(a) or a[-1] == b[-1]:
        return True
    names_a, names_b = _names(first), _names(second)
    if names_a and names_b:
        return bool(names_a & names_b)
    return bool(_content(a) & _content(b))


def _kept(party: str) -> list[str]:
    """A speaker's words without its articles, openers and nationality."""
    words = _TOKEN.findall(OPENERS.sub("", party))
    return [w for w in words if w.lower() not in _OPENING_WORDS and not _NATIONALITY.fullmatch(w)]


def _words(party: str) -> list[str]:
    """A speaker's words in order, folded as one body's names are spelt ("TV" is
    "television", "ministers" "ministry")."""
    folded = (w.lower().replace("'", "") for w in _kept(party))
    return [suffix_stem(_BODY_WORDS.get(w, w)) for w in folded]


def _content(words: list[str]) -> set[str]:
    """The words that can tell one party from another: not a role, not a stop word."""
    return {w for w in words if w not in _ROLES and w not in TOPIC_STOPWORDS and len(w) > 2}


def _names(party: str) -> frozenset[str]:
    """A speaker's capitalised names, by their first four letters ("Russia", "Russian")."""
    return frozenset(w.lower()[:4] for w in _kept(party) if w[0].isupper() and len(w) > 1)


_BODY_WORDS = {"tv": "television", "minister": "ministry", "ministers": "ministry"}
"""Words two reports use for one body: "state TV" and "state television"."""
_OPENING_WORDS = frozenset({"the", "a", "an"})
"""Articles a name may open with, no part of it."""
_NATIONALITY = re.compile(r"[A-Z][a-z]{2,}(?:ian|ese|ish|ean|can|qi|ni)")
"""A nationality ("Tunisian", "Iraqi")."""
_ROLES = frozenset(
    suffix_stem(w)
    for w in """official officials spokesman spokeswoman spokesperson source sources people
    government ministry minister officer officers statement""".split()
)
"""Words every party may hold: two parties sharing only these are not one party."""
