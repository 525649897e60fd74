"""Accounts that disagree: one party asserts that something happened, another denies it.

Numbers and dates are not the only facts sources dispute: whether a minister defected,
whether a leader's family crossed a border, whether a government granted visas. Reporters
mark such a dispute with a denial: a named party "denied that ...", "dismissed reports
...", found "no sign" or "no evidence" that ..., "denied Kaim's assertion", "disagrees
with the Russian assessment". A denial alone is no disagreement; it becomes one when the
story also carries the account it denies, told by another party. So a denial is paired with
a sentence of the story that asserts its claim:

* a denial of a clause ("denied that the minister had fled") is paired with an attributed
  sentence ("..., a security source said") that holds the clause's key verb ("fled") or,
  for a claim of where someone is ("were in the country"), the place, together with every
  name of the clause, at least half of its subject's other words and one of the words
  after the verb that tell what was done, without a negation, a hedge ("unconfirmed",
  "may have") or a denial of its own;
* a denial of someone's account ("rejected the mayor's claim", "disagree with the
  Russian assessment") is paired with the nearest sentence before it in its article where
  that someone is the one speaking ("the mayor said ...").

The two parties must differ (one party saying both is a change of account, not a dispute;
``speakers`` reads who speaks and whether two speakers are one party),
the two sentences must differ (a claim and its denial in one sentence are one report), and
a clause dated a season or more before its article tells an earlier incident, which never
enters. A claim of what will or may happen is a forecast, and a plea of not guilty or a
denial of "the charges" names no claim, so neither is paired. Candidates come from an
index of the story's words (the rarest of the clause's key verb and names, the claimant's
name), so the cost follows the story's denials and the sentences sharing their words, not
all pairs of sentences.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from storyline.claims.dates import _names_a_day, _span
from storyline.claims.speakers import (
    _NATIONALITY,
    _OPENING_WORDS,
    _TOKENS,
    OPENERS,
    REPORTS,
    one_party,
    party_of,
    speaker_of,
    told_by,
)
from storyline.claims.verbs import _AUXILIARIES, _IRREGULAR, _TOKEN
from storyline.furniture import without_dateline
from storyline.models import (
    Contradiction,
    ContradictionSide,
    Document,
    TimeExpression,
)
from storyline.sentences import per_sentence
from storyline.text import WEEKDAY, clipped, topic_stem

BACKGROUND_DAYS = 90
"""A sentence dated this many days or more before its article tells an earlier incident."""

_DENY_ONLY = r"(?:den(?:y|ies|ied|ying))"
_DENY = (
    r"(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?"
    r"|disput(?:e|es|ed|ing)|refut(?:e|es|ed|ing))"
)
"""Verbs of denial. Only "deny" takes a bare clause ("denied Ghanem had defected");
one rejects or dismisses a claim ("rejected claims that ...") but also an offer or a
person ("would not reject any Haitians")."""
_WHEN = rf"(?:\s+(?:on\s+)?(?:{WEEKDAY}|today|yesterday))?"
"""The day a denial was made, between the verb and the claim ("denied Tuesday that")."""
_CLAIM_NOUNS = (
    r"(?:reports?|claims?|allegations?|suggestions?|accusations?|rumou?rs?|assertions?"
    r"|speculation)"
)
_CLAUSE_CUE = re.compile(
    r"(?<!not\s)(?<!n't\s)(?<!never\s)(?<!can\s)\b(?:"
    + _DENY + _WHEN + r"(?:\s+(?:the|any|all|an?)(?!\s+of\b))?(?:\s+(?:media|news|press))?"
    r"\s+(?:(?:(?!that\b)[\w'’-]+\s+){0,2}?" + _CLAIM_NOUNS
    + r"(?:\s+(?:by|in|from)\s+(?P<by>[^,]{1,60}?)\s+that|(?:\s+that)?)|that)"
    r"|" + _DENY_ONLY + r"(?!\s+(?:the|any|all|it|this|that|a|an)\b)"
    r"|no\s+(?:signs?|evidence|indications?|proof)(?:\s+(?:''|\"|”))?(?:\s+that)?"
    r"|(?:is|was|were|are)\s+not\s+true\s+that)\s+(?!(?:of|to|for|from|about|in)\b)(?=\S)",
    re.IGNORECASE,
)  # fmt: skip
"""A denial of a clause: what follows it is the claim denied."""
_ACCOUNT_CUE = re.compile(
    r"\b(?:" + _DENY + r"|contradict(?:s|ed|ing)?|(?:disagree[sd]?|disagreeing)\s+with)"
    r"\s+(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*?)(?:\s?['’]s)?\s+"
    r"(?:assertions?|claims?|accounts?|assessments?|statements?|allegations?|accusations?"
    r"|versions?|remarks?|comments?)\b"
    r"(?=\s*(?:[,.;:'\"`]|$|(?:as|and|but|saying|on|in|at|during|after|before|made)\b))"
)  # fmt: skip
"""A denial of a party's account, named and not told ("denied Kaim's assertion."; not
"rejected Afghan allegations it had fired ...", a denied clause): group 1 is the party
("Kaim", "Russian")."""
_CLAIM_NOUN_THAT = re.compile(r"^(?:an?\s+|the\s+)?" + _CLAIM_NOUNS + r"\b.*?\bthat\s+")
"""The words of a denied claim that say whose it is ("an assertion by his spokesman that
..."): a label tells the claim."""
_CLAUSE_END = re.compile(
    r"\s(?:,|;|:|\.|--|''|``|as|but|because|saying|and\s+said)(?:\s|$)|[,;:\"“”]|\.(?:\s|$)"
)
_NAME = re.compile(r"(?<![\w'’])(?:[a-z]+-)?([A-Z][A-Za-z]+)")
_GERUND = re.compile(r"[a-z]{3,}ing$")
_PAST = re.compile(r"[a-z]{3,}ed$")
_NEGATION = frozenset({"not", "n't", "never", "no", "without", "nor"})
_HEDGE = re.compile(
    r"\b(?:unconfirmed|may\s+have|might\s+have|could\s+have|whether|if\s+true|rumou?rs?"
    r"|reportedly|allegedly|suspect\w*|speculat\w*"
    # "was unable to confirm that the navy had shelled Latakia": no account either way
    r"|(?:unable|not|\w+n't|cannot)\s+(?:to\s+)?(?:independently\s+)?(?:confirm|verify))\b",
    re.IGNORECASE,
)
_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})
_ASKED = re.compile(r"\b(?:asked|asks|wondered|questioned)\b[^.;]{0,60}?\b(?:whether|if)\b")
"""A speaker asking whether something is so ("asked our French colleagues today whether
reports ... correspond with reality") gives no account another party could deny."""
_PLACE_PREPOSITIONS = frozenset({"in", "inside", "into", "at"})
_HERE = re.compile(r"^(?:the\s+)?(?:country|nation)\b")
_WHERE = re.compile(r"(\b(?:in|inside|into|at)\s+(?:the\s+)?(?:country|nation|[A-Z][\w-]*)).*")
"""A claim of presence, to the place it names: what follows is not the claim."""
_OWNER = re.compile(r"\s?['’]s\b")
"""A name that owns the speaker ("Russia's news agency reported") is not the speaker."""
_JOINED = re.compile(r"\b(?:and|but|or)\s*$", re.IGNORECASE)
"""A subject ending in a conjunction: the verb belongs to another clause ("the motion
denied Syria its sovereignty and was being used ...")."""
_MODALS = frozenset({"will", "would", "could", "might", "may", "can", "should", "must", "shall"})
"""A claim of what will or may happen is a forecast, not an account of what happened."""
_CALENDAR = re.compile(
    rf"{WEEKDAY}|january|february|march|april|may|june|july"
    r"|august|september|october|november|december"
)
"""Day and month names: capitalised, but they name no one a claim is about."""
_PRONOUN = re.compile(r"\s*(?:(he|she|they|it)|his|her|their|its)\b", re.IGNORECASE)
"""A subject that names no one: "he" in a denial is the denier ("Brisk denied that he had
taken the money"), "his" the one whose claim is denied ("denied an assertion by Gaddafi's
spokesman that his forces had ...")."""
_ARTICLES = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "this", "that"})
_QUANTIFIERS = frozenset(
    "any all some both each every several many anything anyone something someone".split()
)
"""Words of a claim that say how many, not who or what: "any members of the family"."""
_DENIES = re.compile(
    r"\b(?:" + _DENY + r"|no\s+(?:signs?|evidence|indications?|proof)|not\s+true"
    r"|contradict|disagree)",
    re.IGNORECASE,
)
"""Any word a denial opens with: a story without one has no account disagreement."""
_PREPOSITIONS = frozenset(
    "in on at over from to into during for with by near after before against across".split()
)
GLUED_WORDS = 60
"""A sentence longer than this is several a page's layout glued together (headlines,
bullets and a lead): which of them asserts a claim, and who says it, is not told."""
CANDIDATES = 200
"""Sentences of other articles weighed for one denial, the story's first: a word as common
as "killed" in a story of thousands of articles would otherwise make the cost grow with
the square of the story."""
OBJECT_WORDS = 3
"""Words after a claim's key verb of which an assertion must hold one."""
LABEL_WORDS = 14
"""Words of a claim kept in a disagreement's label."""


@dataclass(frozen=True, slots=True)
class _Told:
    """A sentence of the story, with the stems and names it holds, who it reports speaking
    (``speakers.speaker_of``, read once) and the dates in it that tell an earlier incident
    (``history``)."""

    order: int
    article_id: str
    position: int
    text: str
    words: tuple[str, ...]
    stems: frozenset[str]
    names: tuple[str, ...]
    speaker: str | None = None
    history: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Denial:
    """A denial: who denies, and either the claim denied (its key word, names and content
    words) or the party whose account is denied."""

    told: _Told
    party: str
    claim: str
    key: str
    names: tuple[str, ...]
    stems: frozenset[str]
    claimant: str
    gerund: bool = False
    unnamed: bool = False
    objects: tuple[str, ...] = ()


def find_account_contradictions(documents: Sequence[Document]) -> list[Contradiction]:
    """Every denial of the story paired with the story's sentence asserting what it denies,
    told by another party. Parties, not copies, tell the sides apart, so one article may
    carry both sides ("..., a security source said" and "the ministry denied that ...").
    Most stories hold no denial, so their words are read only once one is seen."""
    if not any(_DENIES.search(s.text) for d in documents for s in d.sentences):
        return []
    told: list[_Told] = []
    denials: list[_Denial] = []
    for document in documents:
        last = ""  # the article's last speaker named, whom "he added" goes on quoting
        for said in _sentences(document, len(told)):
            told.append(said)
            denial = _denial(said) if _DENIES.search(said.text) else None
            if denial is not None:
                if denial.party.lower() in _PRONOUNS and last:
                    denial = replace(denial, party=last)
                denials.append(denial)
            if said.speaker and said.speaker.lower() not in _PRONOUNS:
                last = said.speaker
    if not denials:
        return []
    by_stem: dict[str, list[int]] = {}
    by_name: dict[str, list[int]] = {}
    for said in told:
        for stem in said.stems:
            by_stem.setdefault(stem, []).append(said.order)
        for name in said.names:
            by_name.setdefault(name[:4], []).append(said.order)
    copies: dict[str, list[str]] = {}
    for said in told:
        articles = copies.setdefault(said.text, [])
        if said.article_id not in articles:
            articles.append(said.article_id)
    found: dict[tuple[str, str], Contradiction] = {}
    for denial in denials:
        if denial.claimant:
            pool = by_name.get(denial.claimant[:4].lower(), [])
            match = _account_given(denial, [told[i] for i in pool])
        else:
            pools = [by_name.get(n[:4], []) for n in denial.names]
            if not denial.key[0].isupper():
                pools.append(by_stem.get(denial.key, []))
            pool = min(pools, key=len)
            if len(pool) > CANDIDATES:
                own = [i for i in pool if told[i].article_id == denial.told.article_id]
                pool = own + pool[:CANDIDATES]
            match = _claim_asserted(denial, [told[i] for i in pool])
        if match is None or (match.text, denial.told.text) in found:
            continue
        found[match.text, denial.told.text] = _contradiction(denial, match, copies)
    return list(found.values())


def _sentences(document: Document, first: int) -> Iterator[_Told]:
    """The article's sentences, each with its dates a season or more before the article:
    a clause holding one tells the story's history (an earlier incident), which never
    enters."""
    published = document.article.published
    dates = [t for t in document.time_expressions if _names_a_day(t)]
    order = first
    for sentence, near in zip(
        document.sentences, per_sentence(document.sentences, dates), strict=True
    ):
        history = tuple(t.text for t in near if published and _long_before(t, published))
        shown = without_dateline(sentence, document.article.text).text  # "TRIPOLI (Reuters) -"
        text = shown.translate(_TOKENS)
        words = tuple(_TOKEN.findall(text))
        yield _Told(
            order=order, article_id=document.id, position=sentence.index, text=shown,
            words=words, stems=frozenset(s for s in map(_stem, words) if s),
            names=tuple(m.group(1).lower() for m in _NAME.finditer(text)),
            speaker=speaker_of(shown), history=history,
        )  # fmt: skip
        order += 1


def _long_before(expression: TimeExpression, published: dt.date) -> bool:
    span = _span(expression, published)
    return span is not None and (published - span[1]).days >= BACKGROUND_DAYS


@functools.lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    """A word's stem as claims and denials are matched: "seized" and "seize" alike."""
    lower = word.lower().replace("'", "")
    lower = _IRREGULAR.get(lower, lower)
    return topic_stem(lower).rstrip("e")


def _denial(said: _Told) -> _Denial | None:
    """The sentence's denial, if it holds one: of a party's account, or of a clause whose
    key word it can tell and whose subject names someone or something."""
    text = said.text.translate(_TOKENS)
    account = _ACCOUNT_CUE.search(text)
    if account is not None:
        party = _denier(text, account.start())
        return _Denial(said, party, "", "", (), frozenset(), account.group(1))
    cue = _CLAUSE_CUE.search(text)
    if cue is None:
        return None
    end = _CLAUSE_END.search(text, cue.end())
    claim = text[cue.end() : end.start() if end else len(text)].strip()
    if any(date in claim for date in said.history):
        return None
    party = _denier(text, cue.start())
    found = _key_word(claim, party)
    if found is None:
        return None
    key, subject = found
    if _JOINED.search(subject):
        return None
    if key[0].isupper():
        claim = _WHERE.sub(r"\1", claim)
    names = _names_of(subject)
    pronoun = _PRONOUN.match(subject)
    if not names and pronoun is not None:
        owner = party if pronoun.group(1) else (cue.group("by") or "")
        names = [n for n in _names_of(owner) if not _NATIONALITY.fullmatch(n.title())]
    unnamed = not names
    names += _names_of(claim) + ([key.lower()] if key[0].isupper() else [])
    if not names:
        return None
    stems = frozenset(s for s in map(_stem, _TOKEN.findall(subject)) if s) - _QUANTIFIERS
    if unnamed and not stems - {_stem(n) for n in names}:
        return None  # "no evidence that this is ...": whom the claim is about is elsewhere
    gerund = claim.split()[0].lower().endswith("ing")
    return _Denial(
        said, party, claim, key, tuple(dict.fromkeys(names)), stems, "", gerund, unnamed,
        _objects(claim, key, subject),
    )  # fmt: skip


def _objects(claim: str, key: str, subject: str) -> tuple[str, ...]:
    """The first words after a claim's key verb that tell what was done ("lost any attack
    helicopters": attack, helicopters): an assertion must hold one of them, or it tells
    another act ("lost a drone")."""
    if key[0].isupper():
        return ()
    rest = claim[len(subject) :] if claim.startswith(subject) else claim
    words = _TOKEN.findall(rest)
    at = next((i for i, w in enumerate(words) if _stem(w) == key), None)
    return () if at is None else _after(words, at)


def _after(words: Sequence[str], at: int) -> tuple[str, ...]:
    """The content words after the verb at ``at``, up to a preposition."""
    after = []
    for word in words[at + 1 :]:
        if word.lower() in _PREPOSITIONS:
            break  # "lost any attack helicopters over Velport": what, not where
        if _stem(word) and word.lower() not in _AUXILIARIES | _QUANTIFIERS:
            after.append(word)
    return tuple(after[:OBJECT_WORDS])


def _does_the_same(said: _Told, denial: _Denial) -> bool:
    """Whether a sentence tells the denied act: one of the claim's objects (``_objects``)
    right after its key verb, or anywhere when the verb has none after it ("two helicopters
    were lost"). "NATO lost contact with an unmanned helicopter" did not lose one."""
    words = said.words
    wanted = {_stem(w) for w in denial.objects}
    told = [_after(words, i) for i, w in enumerate(words) if _stem(w) == denial.key]
    if any(objects for objects in told):
        return any(wanted & {_stem(w) for w in objects} for objects in told)
    return any(_holds(w, said) for w in denial.objects)


def _names_of(text: str) -> list[str]:
    """The names a text holds, folded, leaving out day and month names and the capitals
    that only open a sentence."""
    names = (m.group(1).lower() for m in _NAME.finditer(text))
    return [n for n in names if not _CALENDAR.fullmatch(n) and n not in _OPENING_WORDS]


def _key_word(claim: str, party: str) -> tuple[str, str] | None:
    """The word a sentence must hold to assert the claim, with the claim's words that tell
    whom or what it is about: a gerund that opens it and its object ("denied targeting the
    convoy"), or the verb after the subject's auxiliaries ("relatives had been killed"), or
    the place where the subject is said to be ("were in the country": the denier's
    country). None for a negative claim or one whose key word cannot be told."""
    tokens = list(_TOKEN.finditer(claim))
    words = [t.group(0).lower() for t in tokens]
    if not words or _NEGATION & set(words):
        return None
    if _GERUND.match(words[0]):
        first = 1 if words[0] in ("having", "being") and len(words) > 1 else 0
        return _stem(words[first]), claim[tokens[first].end() :]
    auxiliary = next((i for i, w in enumerate(words) if w in _AUXILIARIES), None)
    for i, word in enumerate(words):
        past = (
            auxiliary is None and i > 0 and _PAST.match(word) and words[i - 1] not in _ARTICLES
        )  # "the embattled president" is no verb
        if word not in _AUXILIARIES and not past:
            continue
        subject = claim[: tokens[i].start()]
        if word in _MODALS:
            return None
        if word not in _AUXILIARIES:
            return _stem(word), subject
        rest = [w for w in words[i + 1 :] if w not in _AUXILIARIES]
        if not rest:
            return None
        if rest[0] in _PLACE_PREPOSITIONS:
            place = _place(claim[tokens[i].end() :], party)
            return (place, subject) if place else None
        key = _stem(rest[0])
        return (key, subject) if key else None
    return None


def _place(claim: str, party: str) -> str | None:
    """The place a claim of presence names: a name after "in" ("in Tunisia"), or, for "in
    the country", the country whose people deny it ("the Tunisian Interior Ministry")."""
    place = re.search(r"\b(?:in|inside|into|at)\s+(.*)", claim)
    if place is None:
        return None
    named = _NAME.match(place.group(1).removeprefix("the "))
    if named is not None:
        return named.group(1)
    if _HERE.match(place.group(1)):
        nation = next((w for w in _TOKEN.findall(party) if _NATIONALITY.fullmatch(w)), None)
        return nation
    return None


def _denier(text: str, at: int) -> str:
    """Who denies what follows ``at``: the speaker of the first reporting verb before it
    (the speaker of "X said there was no sign that"), else the subject of the denial's own
    verb ("Massari, a spokesman for the foreign ministry, denied ...": what the apposition
    says he is, ``speakers.party_of``)."""
    spoken = REPORTS.search(text, 0, at)
    if spoken is not None:
        return party_of(told_by(text[: spoken.start()], text, spoken.group()))
    return party_of(told_by(text[:at], text, text[at:].split(" ", 1)[0]))


def _denier_opens(said: _Told, denial: _Denial) -> bool:
    """Whether the denier opens the asserting sentence as its subject ("The Libyan
    government has blamed rebels ... for breaking a ceasefire"): two words or more of it,
    or its name, the sentence's first words, before the claim's key word."""
    words = [w for w in _TOKEN.findall(denial.party) if w.lower() not in _OPENING_WORDS]
    if len(words) < 2 and not any(w[0].isupper() for w in words):
        return False
    phrase = " ".join(words).lower()
    text = OPENERS.sub("", said.text.translate(_TOKENS)).lower()
    text = re.sub(r"^(?:the|a|an)\s+", "", text)
    return text.startswith(phrase) and any(
        _stem(m.group(0)) == denial.key for m in _TOKEN.finditer(text, len(phrase))
    )


def _holds(word: str, said: _Told) -> bool:
    """Whether a sentence holds a word: a name in any of its forms, else its stem."""
    return _has_name(word.lower(), said) if word[0].isupper() else _stem(word) in said.stems


def _has_name(name: str, said: _Told) -> bool:
    """Whether a sentence holds a name, in any of its forms ("Russia", "Russian"): one
    spelling, or one stem two letters or fewer apart."""
    return any(_same_name(name, other) for other in said.names)


def _same_name(a: str, b: str) -> bool:
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= 4 and common >= min(len(a), len(b)) - 2


_OWNED = re.compile(r"^(?:s|the|an?|his|her|its|their|[\w-]+['’]s)$")
"""A word before a key word that makes a noun of it ("Gaddafi's capture", "the capture")."""


def _asserts(said: _Told, key: str) -> bool:
    """Whether a sentence asserts its claim: it denies nothing, it is one sentence and not
    several glued (``GLUED_WORDS``), and its key word stands with no negation just before it
    in a clause that nothing hedges ("unconfirmed reports", "may have")."""
    text = said.text.translate(_TOKENS)
    if _CLAUSE_CUE.search(text) or _ACCOUNT_CUE.search(text):
        return False
    if len(_TOKEN.findall(text)) > GLUED_WORDS:
        return False
    for part in re.split(r",|;|\s--\s", text):
        if _HEDGE.search(part) or any(date in part for date in said.history):
            continue
        words = [w.lower() for w in _TOKEN.findall(part)]
        for i, word in enumerate(words):
            found = _same_name(word, key.lower()) if key[0].isupper() else _stem(word) == key
            if found and not key[0].isupper() and i and _OWNED.search(words[i - 1]):
                continue  # "Gaddafi's capture": a thing named, not a claim that it happened
            if found and not _NEGATION & set(words[max(i - 4, 0) : i]):
                return True
    return False


def _claim_asserted(denial: _Denial, pool: Sequence[_Told]) -> _Told | None:
    """The sentence that best asserts a denied clause: its key word and every name of the
    clause, with at least half the subject's other words (half its words at least when the
    subject names no one: "army troops" of "army troops shelled Quarry Hill"), said by
    another party; among
    equals the one telling it in the same form ("had been killed", "were killed"), then
    the one of the denial's article nearest before it, then the first."""
    best: tuple[tuple[int, ...], _Told] | None = None
    own = denial.stems - {_stem(n) for n in denial.names}
    keyed = 0 if denial.key[0].isupper() else 1
    for said in pool:
        if said.text == denial.told.text or not _asserts(said, denial.key):
            continue
        if not all(_has_name(n, said) for n in denial.names):
            continue
        shared = len(own & said.stems) + len(denial.names) + keyed
        total = len(own) + len(denial.names) + keyed
        if shared < 2 or 2 * shared < total or (denial.gerund and 2 * shared == total):
            continue
        if denial.unnamed and 2 * len(own & said.stems) < len(own):
            continue
        if denial.objects and not _does_the_same(said, denial):
            continue
        speaker = said.speaker
        if speaker is None or one_party(speaker, denial.party) or _denier_opens(said, denial):
            continue
        form = 0 if _same_form(said, denial) else 1
        rank = (-shared, form, *_nearness(said, denial.told))
        if best is None or rank < best[0]:
            best = (rank, said)
    return best[1] if best else None


def _same_form(said: _Told, denial: _Denial) -> bool:
    """Whether a sentence tells the claim's key verb after an auxiliary as the claim does
    ("were killed" for "had been killed"), not inside a clause of its own ("the strike
    that Libya says killed his son")."""
    words = [w.lower() for w in _TOKEN.findall(said.text)]
    return any(
        _stem(w) == denial.key and i and words[i - 1] in _AUXILIARIES for i, w in enumerate(words)
    )


def _nearness(said: _Told, denial: _Told) -> tuple[int, int]:
    """How near an asserting sentence is to its denial: of its article and before it first."""
    if said.article_id == denial.article_id and said.position < denial.position:
        return 0, denial.position - said.position
    return 1, said.order


def _account_given(denial: _Denial, pool: Sequence[_Told]) -> _Told | None:
    """The sentence giving the account a denial names ("denied Kaim's assertion"): the
    claimant is its speaker, it is no denial itself, and it is the nearest before the
    denial in its article (a name alone, "the Western accusations", does not say which of
    the story's accounts is meant)."""
    claimant = denial.claimant.lower()
    best: tuple[tuple[int, int], _Told] | None = None
    for said in pool:
        if said.article_id != denial.told.article_id or said.position >= denial.told.position:
            continue
        speaker = said.speaker
        text = said.text.translate(_TOKENS)
        if speaker is None or _CLAUSE_CUE.search(text) or _ACCOUNT_CUE.search(text):
            continue
        if _ASKED.search(text):
            continue  # "Moscow asked our French colleagues whether ...": a question, no account
        if not any(
            _same_name(m.group(1).lower(), claimant) and not _OWNER.match(speaker, m.end())
            for m in _NAME.finditer(speaker)
        ):
            continue
        rank = _nearness(said, denial.told)
        if best is None or rank < best[0]:
            best = (rank, said)
    return best[1] if best else None


def _contradiction(denial: _Denial, asserted: _Told, copies: dict[str, list[str]]) -> Contradiction:
    claim = _CLAIM_NOUN_THAT.sub("", denial.claim) or _said_clause(asserted.text)
    about = "whether " + _readable(" ".join(clipped(claim.split(), LABEL_WORDS)))
    yes = asserted.speaker or "a source"
    no = denial.party or "another source"
    sides = [
        ContradictionSide(f"{value} ({_readable(party)})", list(copies[said.text]), said.text)
        for value, party, said in (("yes", yes, asserted), ("no", no, denial.told))
    ]
    return Contradiction(kind="account", about=about, sides=sides)


_ACCUSED_OF = re.compile(
    r"\s*(?P<who>[A-Z][^,;]{0,40}?)\s+(?:(?:on|last|this)\s+\w+\s+)?of\s+(?P<doing>\w+ing\b.*)",
    re.DOTALL,
)
"""The one accused and the doing after "accused" ("France on Thursday of committing a crude
violation"), told as the claim a reader weighs: "France was committing a crude violation"."""


def _said_clause(text: str) -> str:
    """What a sentence reports as said: the first run of three words or more after its
    reporting verb, between commas ("Russia argued that, by sending weapons, France had
    violated ..."), or before it when the speaker comes last ("..., Ibrahim said"); an
    accusation as what the accused was doing."""
    plain = text.translate(_TOKENS)
    spoken = REPORTS.search(plain)
    if spoken is None:
        return ""
    after = re.sub(r"^\s*(?:that\b)?", "", plain[spoken.end() :])
    if accused := _ACCUSED_OF.match(after):  # "accused France on Thursday of committing"
        after = f"{accused.group('who')} was {accused.group('doing')}"
    before = plain[: spoken.start()].rsplit(",", 1)[0] if "," in plain[: spoken.start()] else ""
    for part in [*re.split(r"\s?,\s?|;", after), before]:
        if len(part.split()) >= 3:
            return part.strip(" .")
    return ""


def _readable(text: str) -> str:
    """Tokenised text (``Gadhafi 's``, `` `` quoted '' ``) as a reader writes it."""
    text = re.sub(r"\s+(['’]s|n't|[,.;:!?])(?=\s|$)", r"\1", text)
    text = re.sub(r"``\s*", '"', text)
    return re.sub(r"\s*''", '"', text).strip(' "')
