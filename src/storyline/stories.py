"""Stories: streaming clustering of articles, in the spirit of Miranda et al. (2018).

Each article, taken in publication order, joins the story it is most similar to or opens a
new one. Similarity is the cosine of TF-IDF vectors (headline words weighted up, words folded
with :mod:`storyline.text`, stemmed, doubled letters once) between the article and the
story's centroid, plus the IDF-weighted share of the article's names that the story's
articles use, damped by the time between the article and the story's dates (slowly: a story
can run for years). An article is compared with the story's profile (every term and name of
its articles), not with single articles, so a headline that shares two words and a surname
with a story of full texts finds it.

Short texts are the hard case: a headline or a feed item (a headline and a sentence or two)
meets a story in few words and calls people and things by short forms. So:

* the score an article needs to join (``join_bar``) and two stories need to merge
  (``merge_bar``) fall with the length of the text, from a full text's to 0.6 of it for a
  headline;
* names are matched by keys (``names``): a full text's name meets the same name only, a short
  text's meets its long forms too ("Thurman" meets "Uma Thurman", "ISS" the "International
  Space Station", "Goldman Sachs" the "Goldman Sachs Group"), but two long forms meet only
  as one ("Stefan Alto" is not "Ada Alto"), and a first word is no short form ("Chicago" is
  not the "Chicago Bears");
* an article joins a story only when the two share ``SHARED_TERMS`` terms: in a headline of
  a few words, one rare word shared makes a cosine over the bar by chance;
* an article left alone after its batch is placed once more, against the stories the batch
  made.

Two safeguards keep stories of one kind apart: an article with distinct names (places,
people) may only join a story whose articles use them (``_may_join``), and stories merge only
when their top names meet. One keeps stories of one place apart: names lift a score only when
the words alone reach ``TEXT_SHARE`` of the bar, so a museum reopening in a port on strike,
which names the port and the country and nothing the strike's articles say, is not carried
into the strike by its names. Nothing is O(n²):

* candidate stories come from an inverted index over each story's top terms, and a term's
  posting list is read newest first and cut short, so a common word costs a bounded amount;
* a story's top terms and its merge check are redone at every fourth article once it is
  past 16 (see ``_review``), not at every article;
* document frequencies are running counts (the IDF is the one of everything seen so far,
  with ``IDF_PRIOR`` documents that use no term beside them, so that in a small pile the words
  all its articles share are not weighed as if they were "said"), so the state is small,
  JSON-able (:meth:`StoryClusterer.to_state`) and a later ingest goes on from it rather than
  starting over.

Order: articles are placed by publication day, then id, so the order of input does not
matter in a batch. A later batch of later articles is placed after the others, which gives
the stories of one batch. A batch that reaches back in time reads back the articles placed
after its earliest one and places them again with it (``add_many``'s ``earlier``): the same
pile in any order of ingest gives the same stories, exactly, while it is within
``REWIND_LIMIT`` articles. Beyond, only the latest ``REWIND_LIMIT`` are placed again; in the
worst case measured (a whole mixed pile of synthetic articles, feed items and headlines
shuffled and given in halves, the limit at a fifth of it) the stories agree with one batch to
a BCubed F1 of 0.85 to 0.94 (tests/test_stories_incremental.py holds it to 0.8). Story ids
are made from a story's earliest article, so they do not depend on the order either.

Each story says in a line why its articles are one (``_why``): the names most of them share
and in how many, their shared words, their dates.
"""

from __future__ import annotations

import hashlib
import heapq
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import islice
from typing import Any

from storyline.furniture import is_furniture, without_dateline
from storyline.models import Article, Document, Sentence, Story
from storyline.text import STOPWORDS, YEAR, content_words, fold, fold_word, stem

# Settings, general rather than fitted to one data set: measured on giveme5w1h's development
# events (full texts, headlines, feed items, mixed), GoogleNews titles and snippets, T17
# topics and the synthetic corpora (benchmarks/feeds.py, benchmarks/stories.py).
TITLE_WEIGHT = 5.0  # a headline word counts as this many body words
LEAD_WORDS = 150  # body words used: the lead carries the story, the tail drifts
CENTROID_TERMS = 300  # terms kept per story centroid
INDEX_TERMS = 40  # of those, the ones that find the story as a candidate
QUERY_TERMS, QUERY_TERMS_FULL = 40, 20  # an article's terms that look up candidates; of
# them, those whose posting lists are read to POSTING_SCAN (the rest to a quarter of it)
POSTING_SCAN = 100  # stories read per posting list, most recently updated first
CANDIDATES = 10  # stories scored per article
ENTITY_WEIGHT = 0.4  # share of an article's names the story has, added to the cosine
NAME_CHARS = 1500  # names are read from the headline and this much of the text
THRESHOLD = 0.28  # score needed to join a story
SHORT_THRESHOLD, SHORT_TERMS = 0.6, 8  # its share for an article of this few terms (a headline)
LONG_TERMS = 60  # an article of this many terms or more needs the whole THRESHOLD
MERGE_THRESHOLD = 0.45  # score (centroid cosine plus shared names) at which two stories become one
TEXT_SHARE = 0.67  # share of the join or merge bar that the texts alone must reach
SHARED_TERMS = 2  # terms an article must share with a story to join it (one is chance)
GRACE_DAYS = 30.0  # no time penalty within this many days of the story's dates
DECAY_DAYS = 720.0  # beyond that, the score halves every this many days (events run for years)
IDF_PRIOR = 20  # documents counted as seen beside the pile, none with the term (see ``idf``)
STATE_VERSION = 2
REWIND_LIMIT = 5000  # articles a batch that reaches back in time may take out and place again
DISTINCT_SHARE, DISTINCT_MIN = 0.005, 50  # a name in at most max(0.5% of articles, 50)
NAMES_KEPT = 400  # names kept per story (the most used), like the centroid's terms
SUPPORT = 0.5  # summed share of a story's articles using an article's distinct names
REVIEW_EVERY = 4  # a story is reviewed at each article up to this size, then less often
TOP_NAMES = 30  # a story's most used name keys, of which its top names are drawn
WHY_NAMES, WHY_WORDS = 3, 4  # names and words a story's line of reasons shows
NAME_MARK = "@"  # names share the document-frequency table with terms, under this prefix
INITIALS = "^"  # marks the key of a name's initials
SHORT = "="  # marks the key of a one-word name, and of the last word of a name of two

# A run of capitalised words; a word ending in a full stop ends the run (a sentence ends).
_NAME = re.compile(
    r"(?<![\w'’])[A-Z][\w'’.-]*(?:(?<!\.)[ -](?:(?:of|de|al|bin|la|van|von)[ -])?"
    r"[A-Z0-9][\w'’.-]*)*"
)


_SENTENCE_END = frozenset(".!?:;\"“”'‘’—–-|(")
_TRIM = ".,;:!?\"“”'‘’()[]"
_CONNECTORS = frozenset(("of", "de", "al", "bin", "la", "van", "von"))


_DOUBLED = re.compile(r"(\w)\1+")
_ACRONYM = re.compile(r"[A-Z]{2,6}")

# Day and month names are capitalised but say when, not who or where.
_DATE_NAMES = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs
    fri sat sun january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)


_WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri"
    " sat sun".split()
)

# Titles and roles that stand before a name and are not part of it.
_TITLES = frozenset(
    """president vice minister prime premier chancellor secretary governor gov senator sen
    representative rep mayor chairman chairwoman chair ceo chief executive director judge
    justice king queen prince princess pope sheikh emir general gen colonel col captain capt
    sergeant sgt commissioner spokesman spokeswoman spokesperson coach dr doctor professor
    prof sir lord lady dame mr mrs ms miss mp""".split()
)


_SHORT_FORMS = frozenset((INITIALS, SHORT))

# Lower-case endings of a compound that are not part of the name before them.
_COMPOUND_ENDINGS = frozenset(
    """bound based backed born led run owned made style linked funded controlled held era
    area wide related sponsored allied affiliated friendly focused inspired""".split()
)


@lru_cache(maxsize=200_000)
def skeleton(word: str) -> str:
    """A folded word of five letters or more with doubled letters written once:
    "Castellan" and "Castelan", the commonest slip in a name, get one key (a short word,
    "BBC", "Anna", is left alone)."""
    return _DOUBLED.sub(r"\1", word) if len(word) >= 5 else word


def terms(article: Article) -> Counter[str]:
    """Stemmed content words of the headline (weighted up) and the lead of the text; years
    are left out, as they say when, not what ("in 2018" is in half the year's headlines)."""
    counts: Counter[str] = Counter()
    if article.title:
        for word in content_words(article.title):
            if not YEAR.fullmatch(word):
                counts[_term(word)] += TITLE_WEIGHT  # type: ignore[assignment]  # float weights
    body = content_words(article.text[: LEAD_WORDS * 12])[:LEAD_WORDS]
    counts.update(_term(word) for word in body if not YEAR.fullmatch(word))
    return counts


@lru_cache(maxsize=200_000)
def _term(word: str) -> str:
    """A folded word as a term: its stem, doubled letters once."""
    return skeleton(stem(word))


Names = dict[str, tuple[str, ...]]
"""An article's names: each name's key (its folded words) and the keys it answers to."""


def names(text: str) -> Names:
    """The capitalised names in a text, each with the keys it matches another name by.

    A name answers to its own key (its folded words, doubled letters once), to its first
    runs of two words or more ("Goldman Sachs Group Inc." meets "Goldman Sachs"), to its
    last word when it is a name of two words (a surname: "Thurman" meets "Uma Thurman"),
    and to its initials, which meet a name written in capitals only ("International Space
    Station" meets "ISS"; see ``_Story.support``). Names that share only a first name or a
    common ending ("Tessalian Institute of Public Health", "Salderan Institute of Public
    Health") do not meet. A title splits a run of capitalised words ("Recording Academy
    President Neil Portnow" is "Recording Academy" and "Neil Portnow"), and a compound's
    common ending is cut ("Tokyo-bound" is "Tokyo").

    Leading function words are cut ("On Friday" is "Friday"), a single capitalised word
    that opens a sentence is not taken for a name ("Protesters said"; ``openers`` has
    them), and day and month names say when, not who: a name of them alone is dropped, a
    weekday at either end cut.
    """
    return _names(text)[0]


def openers(text: str) -> Names:
    """The single capitalised words that open a sentence ("Bitcoin rose...", "China
    said..."): names or not, which one text cannot tell (see ``article_names``)."""
    return _names(text)[1]


def _names(text: str, labels: dict[str, str] | None = None) -> tuple[Names, Names]:
    """The names of a text and its sentences' opening words (see ``names``); each name as
    first written goes into ``labels``."""
    found: Names = {}
    opening: Names = {}
    for match in _NAME.finditer(text):
        words = match.group().split()
        start = match.start()
        while words and fold_word(words[0]) in STOPWORDS:
            start = text.index(words[1], start) if len(words) > 1 else match.end()
            words = words[1:]
        if not words:
            continue
        if _opens_sentence(text, start):
            # an opening word is no name by its capital; "Customers of Castellan Mutual"
            # is the word and the name after it
            # (a word in capitals is a name wherever it stands: "HM recall grows")
            head = words[:1]
            if len(words) > 2 and fold_word(words[1]) in _CONNECTORS:
                head, words = words[:1], words[2:]
            elif len(words) == 1 and not _ACRONYM.fullmatch(words[0]):
                head, words = words, []
            _add(opening, head)
        _add(found, words, labels)
        # a possessive may end a name ("Egypt's Mohammed Morsi") or be part of one
        # ("People's Alliance"): a run with one is taken whole and in its parts
        name: list[str] = []
        for word in words[:-1]:
            name.append(word)
            if word.endswith(("'s", "’s")):
                _add(found, name, labels)
                name = []
        if name:
            _add(found, [*name, words[-1]], labels)
    return found, opening


def _add(into: Names, words: list[str], labels: dict[str, str] | None = None) -> None:
    """Put the name of these capitalised words (or the names, cut at titles) into ``into``,
    and each name as written into ``labels``."""
    if not words:
        return
    for key, keys, written in _parse(tuple(words)):
        into[key] = keys
        if labels is not None:
            labels.setdefault(key, written)


@lru_cache(maxsize=100_000)
def _parse(words: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...], str], ...]:
    """The names (key, keys and the words as written) that a run of capitalised words
    gives; cached, as news repeats its names."""
    capitals = len(words) == 1 and words[0].isupper()
    words = (*words[:-1], _cut_compound(words[-1]))
    tokens = [
        (skeleton(t), n)
        for n, word in enumerate(words)
        for t in fold(word).split()
        if len(t) > 1 and t not in STOPWORDS and not t.isdigit()
    ]
    found = []
    for part in _split_titles(tokens):
        while part and part[-1][0] in _WEEKDAYS:
            part = part[:-1]
        while part and part[0][0] in _WEEKDAYS:
            part = part[1:]
        if part and not all(t in _DATE_NAMES for t, _ in part):
            written = " ".join(words[part[0][1] : part[-1][1] + 1]).strip(_TRIM)
            for suffix in ("'s", "’s"):
                written = written.removesuffix(suffix)
            found.append((" ".join(t for t, _ in part), _keys([t for t, _ in part], capitals),
                          written))
    return tuple(found)


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence, a line or the text."""
    at = start - 1
    while at >= 0 and text[at] in " \t":
        at -= 1
    return at < 0 or text[at] in _SENTENCE_END or text[at] == "\n"


def _cut_compound(word: str) -> str:
    """A word without a compound's common ending: "Tokyo-bound" is "Tokyo"."""
    head, dash, tail = word.rpartition("-")
    return head if dash and head and tail in _COMPOUND_ENDINGS else word


def _split_titles(tokens: list[tuple[str, int]]) -> list[list[tuple[str, int]]]:
    """A run of capitalised words cut at the titles in it ("President", "Minister")."""
    parts: list[list[tuple[str, int]]] = [[]]
    for token in tokens:
        if token[0] in _TITLES:
            parts.append([])
        else:
            parts[-1].append(token)
    return parts


def _keys(tokens: list[str], capitals: bool) -> tuple[str, ...]:
    """The keys a name of these words answers to (see ``names``), its own key first."""
    keys = [" ".join(tokens[:length]) for length in range(len(tokens), 1, -1)]
    if len(tokens) == 1:
        keys += [tokens[0], SHORT + tokens[0]]
        if capitals and len(tokens[0]) <= 6:
            keys.append(INITIALS + tokens[0])
    else:
        if len(tokens) == 2:
            keys.append(SHORT + tokens[1])
        keys.append(INITIALS + "".join(t[0] for t in tokens))
    return tuple(keys)


def article_names(
    article: Article, labels: dict[str, str] | None = None
) -> tuple[Names, Names, Names]:
    """Names of the headline and lead (which lift a story's score), of the lead alone, and
    the words that open the sentences of the lead.

    Only the lead's names may hold an article back from a story (see ``score``): a headline
    in Title Case makes every word look like a name. An opening word is a name or not, which
    one text cannot tell, so it only lets an article in (see ``_may_join``). Each name as
    first written goes into ``labels``.
    """
    title = _names(article.title or "", labels)[0]
    lead, lead_openers = _names(article.text[:NAME_CHARS], labels)
    return title | lead, lead, lead_openers


@dataclass(slots=True)
class _Item:
    """An article as the clusterer compares it: its terms, names and every key of them."""

    article: Article
    counts: Counter[str]
    names: Names
    lead: Names
    keys: frozenset[str]  # of its names, which the story it joins counts
    mentions: frozenset[str]  # its keys and those of the lead's opening words
    loose: bool  # a short text, whose names are matched loosely (see ``_Story.support``)
    labels: dict[str, str]  # each name as written

    @classmethod
    def of(cls, article: Article) -> _Item:
        labels: dict[str, str] = {}
        found, lead, lead_openers = article_names(article, labels)
        keys = frozenset(k for ks in found.values() for k in ks)
        mentions = keys | {k for ks in lead_openers.values() for k in ks}
        counts = terms(article)
        loose = len(counts) < LONG_TERMS
        return cls(article, counts, found, lead, keys, mentions, loose, labels)


@dataclass(slots=True)
class _Story:
    """A story as the clusterer keeps it: enough to score articles and to be saved."""

    id: str
    article_ids: list[str]
    centroid: dict[str, float]
    names: Counter[str]  # each name's own key, once an article
    first: date | None
    last: date | None
    forms: Counter[str] = field(default_factory=Counter)  # every key of each name
    labels: dict[str, str] = field(default_factory=dict)  # a name's key -> as written
    words: int = 0  # distinct terms of its articles, summed (how much text they have)
    headlines: list[str] = field(default_factory=list)
    outlets: Counter[str] = field(default_factory=Counter)
    indexed: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # first lines of articles without a title

    def to_state(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "articles": self.article_ids,
            "centroid": self.centroid,
            "names": dict(self.names),
            "forms": dict(self.forms),
            "labels": self.labels,
            "words": self.words,
            "first": self.first.isoformat() if self.first else None,
            "last": self.last.isoformat() if self.last else None,
            "headlines": self.headlines,
            "outlets": dict(self.outlets),
            "indexed": self.indexed,
            "lines": self.lines,
        }

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> _Story:
        return cls(
            id=state["id"],
            article_ids=list(state["articles"]),
            centroid=dict(state["centroid"]),
            names=Counter(state["names"]),
            forms=Counter(state["forms"]),
            labels=dict(state["labels"]),
            words=int(state["words"]),
            first=date.fromisoformat(state["first"]) if state["first"] else None,
            last=date.fromisoformat(state["last"]) if state["last"] else None,
            headlines=list(state["headlines"]),
            outlets=Counter(state["outlets"]),
            indexed=list(state["indexed"]),
            lines=list(state.get("lines", [])),
        )

    def support(self, keys: Sequence[str], loose: bool) -> float:
        """The share of the story's articles that use a name answering to ``keys`` (a
        name's keys, its own first: see ``names``), by the best of them.

        Strictly, a name meets only the same name. Loosely (for a short text, which names
        people and things by short forms), a short form meets the long ones and a long form
        the short ones, but two long forms meet only by their own keys: "Thurman" meets
        "Uma Thurman" and "ISS" meets "International Space Station", while "Stefan Alto"
        does not meet "Ada Alto" nor "Liberal Union" meet "Labour United". So a surname or
        initials key counts against the same key in the story when the name is the short
        form itself, and against the story's short form otherwise.
        """
        if not loose:
            return min(1.0, self.names.get(keys[0], 0) / len(self.article_ids))
        best = 0
        forms = self.forms
        for key in keys:
            if key[0] in _SHORT_FORMS:
                short = key[1:]
                count = forms.get(key if short == keys[0] else short, 0)
            else:
                count = forms.get(key, 0)
            best = max(best, count)
        return min(1.0, best / len(self.article_ids))


class StoryClusterer:
    """Streaming story clustering with state that can be saved and resumed.

    ``add_many`` is the one way in (``add`` is a batch of one); ``stories`` reads the result
    at any time. ``to_state``/``from_state`` round-trip through JSON exactly, so the store can
    persist the clusterer between ingests.
    """

    def __init__(self) -> None:
        self.documents = 0
        self.df: Counter[str] = Counter()
        self._stories: dict[str, _Story] = {}
        self._story_of: dict[str, str] = {}
        self._days: dict[str, int] = {}  # each placed article's day (ordinal), for ``_order``
        self._changed: set[str] = set()  # stories changed since they were last named
        self._postings: dict[str, dict[str, None]] = {}
        # IDF is fixed while a batch is placed (its frequencies are counted first), so IDF
        # values and each story's IDF-weighted unit centroid can be cached for the batch.
        self._idf: dict[str, float] = {}
        self._weighted_cache: dict[str, dict[str, float]] = {}
        self._top_names_cache: dict[tuple[str, bool | None], set[str]] = {}

    # -- public ----------------------------------------------------------------------------

    def add(self, document: Document | Article) -> str:
        """Add one article; returns the id of the story it joined or opened."""
        return self.add_many([document])[0]

    def add_many(
        self,
        documents: Sequence[Document | Article],
        earlier: Callable[[list[str]], Iterable[Article]] | None = None,
    ) -> list[str]:
        """Add a batch: count its document frequencies, then place articles oldest first.

        ``earlier`` reads back articles placed before, by id (the store's
        ``iter_articles``): given it, a batch that reaches back in time takes out the
        articles placed after its earliest one (the latest ``REWIND_LIMIT`` of them at most)
        and places them again with it, in order, so that the stories are those of one batch
        (see ``_rewind``). Without it, the batch is placed after them.

        Returns the story id of each given article, in the order given. An article already
        placed keeps its story.
        """
        articles = [d.article if isinstance(d, Document) else d for d in documents]
        fresh = list({a.id: a for a in articles if a.id not in self._story_of}.values())
        items = []
        for article in fresh:
            item = _Item.of(article)
            items.append(item)
            self.df.update(item.counts.keys())
            self.df.update(NAME_MARK + key for key in item.keys)
            self.documents += 1
        self._idf.clear()
        self._weighted_cache.clear()
        self._top_names_cache.clear()
        if items and earlier is not None:
            items += self._rewind(min(_order(item.article) for item in items), earlier)
        items.sort(key=lambda item: _order(item.article))
        for item in items:
            self._place(item)
        # An article that opened a story and was joined by none may have come before the
        # story it belongs to was there: it is placed once more, against all of them.
        for item in items:
            if len(self._stories[self._story_of[item.article.id]].article_ids) == 1:
                self._remove(item)
                self._place(item)
        self._name_stories()
        return [self._story_of[a.id] for a in articles]

    def _rewind(
        self, start: tuple[int, str], earlier: Callable[[list[str]], Iterable[Article]]
    ) -> list[_Item]:
        """Take out the articles placed after ``start`` (in publication order) and return
        them, to be placed again with the batch that reaches back to ``start``.

        Placing is greedy, so an article placed before an earlier one arrived may sit in
        another story than it would have; placing it again after the earlier one restores
        the order a single batch would have had. The articles before ``start`` were placed
        with the document frequencies of their time, which move most while a pile is small:
        so while all the articles placed are within ``REWIND_LIMIT``, all are taken out, and
        the stories are exactly those of the whole pile given at once. Beyond it, at most the
        latest ``REWIND_LIMIT`` articles are taken out (a batch's articles from before them
        join the stories as they are): the cost of a batch stays bounded whatever the store.
        """
        later = [i for i, day in self._days.items() if (day, i) > start]
        if later and len(self._days) <= REWIND_LIMIT:
            later = list(self._days)
        if len(later) > REWIND_LIMIT:
            later = heapq.nlargest(REWIND_LIMIT, later, key=lambda i: (self._days[i], i))
        if not later:
            return []
        items = [_Item.of(article) for article in earlier(later)]
        for item in items:
            self._remove(item)
        self._name_stories()
        return items

    def _remove(self, item: _Item) -> None:
        """Take an article out of its story: the story less its terms, names, headline."""
        article = item.article
        story = self._stories[self._story_of.pop(article.id)]
        del self._days[article.id]
        story.article_ids.remove(article.id)
        if not story.article_ids:
            self._drop(story)
            return
        self._changed.add(story.id)
        centroid = story.centroid
        for term, value in _unit_weights(item.counts).items():
            left = centroid.get(term, 0.0) - value
            if left > 1e-9:
                centroid[term] = left
            else:
                centroid.pop(term, None)
        story.words -= len(item.counts)
        story.names.subtract(list(item.names))
        story.names = +story.names
        story.forms.subtract(item.keys)
        story.forms = +story.forms
        headline = _headline(article)
        kept = story.headlines if article.title and article.title.strip() else story.lines
        if headline in kept:
            kept.remove(headline)
        if article.outlet:
            story.outlets[article.outlet] -= 1
            story.outlets = +story.outlets
        days = [self._days[i] for i in story.article_ids if self._days[i] != _UNDATED]
        story.first = date.fromordinal(min(days)) if days else None
        story.last = date.fromordinal(max(days)) if days else None
        self._reindex(story)

    def _drop(self, story: _Story) -> None:
        """Forget a story that has no articles left (emptied, or absorbed by another)."""
        for term in story.indexed:
            posting = self._postings.get(term)
            if posting is not None:
                posting.pop(story.id, None)
        del self._stories[story.id]
        self._forget(story.id)

    def _forget(self, story_id: str) -> None:
        """Drop what is cached of a story (it changed or is gone)."""
        self._weighted_cache.pop(story_id, None)
        self._top_names_cache.pop((story_id, False), None)
        self._top_names_cache.pop((story_id, True), None)
        self._top_names_cache.pop((story_id, None), None)

    def _name_stories(self) -> None:
        """Give each story that changed the id of its earliest article (in publication
        order), so a story's id does not depend on the order its articles came in."""
        for story_id in sorted(self._changed):
            story = self._stories.get(story_id)
            if story is None:
                continue
            wanted = _story_id(min(story.article_ids, key=lambda i: (self._days[i], i)))
            if wanted == story.id:
                continue
            del self._stories[story.id]
            self._forget(story.id)
            for term in story.indexed:
                self._postings[term].pop(story.id, None)
            story.id = wanted
            self._stories[wanted] = story
            for article_id in story.article_ids:
                self._story_of[article_id] = wanted
            for term in story.indexed:
                self._postings[term][wanted] = None
        self._changed.clear()

    def story_of(self, article_id: str) -> str | None:
        return self._story_of.get(article_id)

    def first_members(self) -> dict[str, str]:
        """Each story's id and its first article (cheaper than ``stories``: no titles)."""
        return {s.id: s.article_ids[0] for s in self._stories.values() if s.article_ids}

    def stories(self) -> list[Story]:
        """Every story with a short title, largest first (ties: the earliest first)."""
        found = [
            Story(id=s.id, title=self._title(s), article_ids=list(s.article_ids), why=self._why(s))
            for s in self._stories.values()
        ]
        found.sort(key=lambda s: (-len(s.article_ids), s.id))
        return found

    def summaries(self) -> list[dict[str, Any]]:
        """What ``storyline stories`` lists: title, first and last date, article and outlet
        counts (outlets as given or detected when the article was added)."""
        rows = []
        for story in self.stories():
            kept = self._stories[story.id]
            rows.append(
                {
                    "id": story.id,
                    "title": story.title,
                    "first": kept.first.isoformat() if kept.first else None,
                    "last": kept.last.isoformat() if kept.last else None,
                    "articles": len(story.article_ids),
                    "outlets": len(kept.outlets),
                    "why": story.why,
                }
            )
        return rows

    def to_state(self) -> dict[str, Any]:
        """Everything needed to continue later, as plain JSON types."""
        return {
            "version": STATE_VERSION,
            "documents": self.documents,
            "df": dict(self.df),
            "days": self._days,
            "stories": [s.to_state() for s in self._stories.values()],
        }

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> StoryClusterer:
        """A clusterer that continues exactly where ``to_state`` left off."""
        if state.get("version") != STATE_VERSION:
            raise ValueError(f"unknown story clustering state version {state.get('version')!r}")
        clusterer = cls()
        clusterer.documents = int(state["documents"])
        clusterer.df = Counter(state["df"])
        clusterer._days = dict(state["days"])
        for saved in state["stories"]:
            story = _Story.from_state(saved)
            clusterer._stories[story.id] = story
            for article_id in story.article_ids:
                clusterer._story_of[article_id] = story.id
            for term in story.indexed:
                clusterer._postings.setdefault(term, {})[story.id] = None
        return clusterer

    # -- scoring ---------------------------------------------------------------------------

    def idf(self, term: str) -> float:
        """A term's inverse document frequency, counting ``IDF_PRIOR`` documents that do not
        use it beside those seen.

        In a small pile the counts say little about which words are common: in a pile of four
        articles on one meteor, "meteor" is in all four and gets the weight of "said", while
        each article's own wording looks rare, so the four look unlike each other and split
        into several stories. The documents of the prior stand for the language outside the
        pile: a word every article of a small pile uses keeps most of its weight, and a
        large pile's counts outweigh the prior. Measured on giveme5w1h's development events,
        each event's articles clustered alone: 20 keeps 22 of 26 whole (17 without the
        prior); more keeps more whole but lets a museum reopening in a port on strike into
        the strike's story in the examples' pile (tests/test_stories.py).
        """
        value = self._idf.get(term)
        if value is None:
            value = math.log((self.documents + IDF_PRIOR + 1) / (self.df.get(term, 0) + 1)) + 1.0
            self._idf[term] = value
        return value

    def _vector(self, counts: Counter[str]) -> dict[str, float]:
        """Sublinear TF-IDF, unit length."""
        vector = {t: (1.0 + math.log(c)) * self.idf(t) for t, c in counts.items() if c > 0}
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        return {t: v / norm for t, v in vector.items()}

    def _cosine(self, vector: dict[str, float], story: _Story) -> float:
        centroid = self._weighted(story)
        return sum(w * c for t, w in vector.items() if (c := centroid.get(t)) is not None)

    def _candidates(self, vector: dict[str, float]) -> list[str]:
        """The stories that share the most weight of the article's top terms: each term's
        posting list read newest first, at most ``POSTING_SCAN`` stories of it for the first
        ``QUERY_TERMS_FULL`` terms and a quarter of that for the rest (which only need to find
        a story the first ones miss)."""
        hits: dict[str, float] = {}
        get = hits.get
        top = heapq.nlargest(QUERY_TERMS, vector, key=vector.__getitem__)
        for rank, term in enumerate(top):
            posting = self._postings.get(term)
            if posting:
                weight = vector[term]
                scan = POSTING_SCAN if rank < QUERY_TERMS_FULL else POSTING_SCAN // 4
                for story_id in islice(reversed(posting), scan):
                    hits[story_id] = get(story_id, 0.0) + weight
        return heapq.nlargest(CANDIDATES, hits, key=hits.__getitem__)

    def score(self, item: _Item, vector: dict[str, float], story: _Story) -> float:
        """How well an article fits a story: text cosine plus shared names, time-damped.

        The name part is the IDF-weighted share of the article's names that the story's
        articles use (each name counted by the fraction of them that do): a story about the
        same people and places gets a lift that a story merely of the same kind does not.
        It lifts only an article whose words alone reach ``TEXT_SHARE`` of its bar: an
        article that shares a place's names with a story and little of its words (another
        event in the same town) scores 0, as two stories do in a merge. So does an article
        that shares fewer than ``SHARED_TERMS`` terms with the story: a headline's one rare
        word ("galaxies", "moon", "news") makes a high cosine by chance. ``vector`` is the
        article's TF-IDF vector.
        """
        if not self._may_join(item, story):
            return 0.0
        centroid = self._weighted(story)
        shared_terms = [w * c for t, w in vector.items() if (c := centroid.get(t)) is not None]
        value = sum(shared_terms)
        if len(shared_terms) < SHARED_TERMS or value < TEXT_SHARE * join_bar(len(item.counts)):
            return 0.0
        total = shared = 0.0
        for key, keys in item.names.items():
            weight = self.idf(NAME_MARK + key)
            total += weight
            shared += weight * story.support(keys, item.loose)
        if total:
            value += ENTITY_WEIGHT * shared / total
        return value * _decay(item.article.published, story.first, story.last)

    def _may_join(self, item: _Item, story: _Story) -> bool:
        """Whether an article may join ``story`` at all, given its distinct lead names.

        It may when the story's articles use those names enough: summed over the names,
        the share of the story's articles using each must reach ``SUPPORT``. One article
        that wandered into a story (a strike in another town) brings its names with it, but
        at a share of one article in many, so it does not pull its own story after it. An
        article without distinct names is not held back, and neither is one that names
        (anywhere, the headline too) a distinct name that most of the story's articles use,
        or opens a sentence of its lead with it: "Bitcoin" opening every sentence is never
        read as a name, but the word is there.
        """
        distinct = self.distinct_names(item.lead)
        if not distinct:
            return True
        lead = item.lead
        if sum(story.support(lead[k], item.loose) for k in distinct) >= SUPPORT:
            return True
        if not self._named(story):
            return True
        if item.loose:
            return _meet(self._top_names(story, loose=True), item.mentions)
        return not self._top_names(story).isdisjoint(item.names)

    def _distinct_limit(self) -> float:
        return max(DISTINCT_MIN, DISTINCT_SHARE * self.documents)

    def distinct_names(self, found: Iterable[str]) -> list[str]:
        """The names few articles use (places, people, organisations of one story).

        An article (or story) with distinct names may only join a story that shares one:
        two stories of one kind (a wildfire here, a wildfire there) use the same words but
        not the same names. One without (a headline of common words) is not held back.
        """
        limit = self._distinct_limit()
        return [key for key in found if self.df.get(NAME_MARK + key, 0) <= limit]

    def _named(self, story: _Story) -> bool:
        """Whether any of the story's articles has a distinct name (cached as top names)."""
        cached = self._top_names_cache.get((story.id, None))
        if cached is None:
            cached = set(self.distinct_names(story.names)[:1])
            self._top_names_cache[(story.id, None)] = cached
        return bool(cached)

    def _top_names(self, story: _Story, *, loose: bool = False) -> set[str]:
        """The distinct names among the story's most used ones that at least ``SUPPORT`` of
        its articles use: what the story is about, not what one article in it mentioned.
        Their own keys, or (``loose``) every key of them.

        Cached: distinctness only changes with the document frequencies, which are fixed
        while a batch is placed, and shares only when the story changes.
        """
        cached = self._top_names_cache.get((story.id, loose))
        if cached is None:
            least = SUPPORT * len(story.article_ids)
            counts = story.forms if loose else story.names
            top = [k for k, n in counts.most_common(TOP_NAMES) if n >= least]
            cached = set(self.distinct_names(top))
            self._top_names_cache[(story.id, loose)] = cached
        return cached

    # -- updating --------------------------------------------------------------------------

    def _place(self, item: _Item) -> None:
        vector = self._vector(item.counts)
        best, best_score = None, join_bar(len(item.counts))
        for story_id in self._candidates(vector):
            story = self._stories[story_id]
            value = self.score(item, vector, story)
            if value > best_score or (value == best_score and best is not None
                                      and story_id < best.id):
                best, best_score = story, value
        if best is None:
            story_id = _story_id(item.article.id)
            best = _Story(story_id, [], {}, Counter(), None, None)
            self._stories[story_id] = best
        self._join(best, item)

    def _join(self, story: _Story, item: _Item) -> None:
        self._accumulate(story, item)
        review = _review(len(story.article_ids))
        self._reindex(story, retop=review)
        if review:
            self._merge_similar(story)

    def _accumulate(self, story: _Story, item: _Item) -> None:
        """Add an article to what the story keeps (members, centroid, names, dates, ...)."""
        article = item.article
        story.article_ids.append(article.id)
        self._story_of[article.id] = story.id
        self._days[article.id] = _order(article)[0]
        self._changed.add(story.id)
        # the centroid sums unit-length TF vectors (IDF is applied when scoring, as it moves)
        centroid = story.centroid
        for term, value in _unit_weights(item.counts).items():
            centroid[term] = centroid.get(term, 0.0) + value
        if len(centroid) > CENTROID_TERMS:
            story.centroid = dict(
                heapq.nlargest(CENTROID_TERMS, centroid.items(), key=lambda item: item[1])
            )
        story.words += len(item.counts)
        story.names.update(sorted(item.names))
        story.forms.update(sorted(item.keys))
        for key in item.names:
            story.labels.setdefault(key, item.labels.get(key, key))
        if len(story.forms) > 2 * NAMES_KEPT:
            story.names = _most_common(story.names, NAMES_KEPT)
            story.forms = _most_common(story.forms, NAMES_KEPT)
            story.labels = {k: v for k, v in story.labels.items() if k in story.names}
        if article.published is not None:
            story.first = min(story.first or article.published, article.published)
            story.last = max(story.last or article.published, article.published)
        headline = _headline(article)
        kept = story.headlines if article.title and article.title.strip() else story.lines
        if headline and len(kept) < 20:
            kept.append(headline)
        if article.outlet:
            story.outlets[article.outlet] += 1

    def remove(
        self, articles: Sequence[Article], load: Callable[[list[str]], Iterable[Article]]
    ) -> None:
        """Take articles out of their stories: removed from the store, or to be placed again
        with fields a person corrected (then ``add_many`` them). Each story that loses one is
        built again from the articles it keeps (``load`` reads them from the store) and
        named after the earliest of them; a story left empty is gone. The articles' terms
        leave the document frequencies (an article's old title, before a correction, stays
        counted: the counts are running ones, and one title moves them little)."""
        touched: dict[str, None] = {}
        for article in articles:
            story_id = self._story_of.pop(article.id, None)
            if story_id is None:
                continue
            del self._days[article.id]
            touched[story_id] = None
            item = _Item.of(article)
            self.df.subtract(item.counts.keys())
            self.df.subtract(NAME_MARK + key for key in item.keys)
            self.documents -= 1
        self.df = +self.df  # drop the terms no article has now
        self._idf.clear()
        self._weighted_cache.clear()
        self._top_names_cache.clear()
        gone = {article.id for article in articles}
        for story_id in touched:
            story = self._stories[story_id]
            kept = [i for i in story.article_ids if i not in gone]
            self._drop(story)
            if not kept:
                continue
            rebuilt = _Story(story_id, [], {}, Counter(), None, None)
            self._stories[story_id] = rebuilt
            members = [_Item.of(member) for member in load(kept)]
            for member in sorted(members, key=lambda m: _order(m.article)):
                self._accumulate(rebuilt, member)
            self._reindex(rebuilt)
        self._name_stories()

    def _weighted(self, story: _Story) -> dict[str, float]:
        """The story's centroid with IDF applied, unit length (cached until it changes)."""
        cached = self._weighted_cache.get(story.id)
        if cached is None:
            idf = self.idf
            cached = {t: v * idf(t) for t, v in story.centroid.items()}
            norm = math.sqrt(sum(v * v for v in cached.values())) or 1.0
            cached = {t: v / norm for t, v in cached.items()}
            self._weighted_cache[story.id] = cached
        return cached

    def _merge_similar(self, story: _Story) -> None:
        """Fold into ``story`` the stories that have grown to be about the same thing.

        A stream places an article before it knows what comes next, so two stories can open
        for one event (the merge step of Miranda et al.); only the changed story's candidates
        are compared, which keeps this incremental.
        """
        vector = self._weighted(story)
        distinct = self._top_names(story)
        for other_id in self._candidates(vector):
            other = self._stories.get(other_id)
            if other is None or other is story:
                continue
            theirs = self._top_names(other)
            if (distinct or theirs) and not _meet(distinct, theirs):
                continue
            cosine = self._cosine(vector, other)
            bar = merge_bar(story, other)
            if cosine < TEXT_SHARE * bar:
                continue  # the same names and little the same text: two events of one cast
            shared = (self._shared_names(story, other) + self._shared_names(other, story)) / 2
            value = cosine + ENTITY_WEIGHT * shared
            if value * _decay_between(story, other) >= bar:
                self._absorb(story, other)

    def _shared_names(self, story: _Story, other: _Story) -> float:
        """The IDF-weighted share of ``story``'s top names that ``other``'s articles use, as
        ``score`` weighs an article's names: the names part of a merge."""
        total = shared = 0.0
        for key in self._top_names(story):
            weight = self.idf(NAME_MARK + key)
            total += weight
            shared += weight * other.support((key,), False)
        return shared / total if total else 0.0

    def _absorb(self, story: _Story, other: _Story) -> None:
        """Move ``other``'s articles into ``story`` and forget ``other``."""
        for term, value in other.centroid.items():
            story.centroid[term] = story.centroid.get(term, 0.0) + value
        if len(story.centroid) > CENTROID_TERMS:
            story.centroid = dict(
                heapq.nlargest(CENTROID_TERMS, story.centroid.items(), key=lambda item: item[1])
            )
        story.article_ids.extend(other.article_ids)
        for article_id in other.article_ids:
            self._story_of[article_id] = story.id
        story.names.update(other.names)
        story.forms.update(other.forms)
        story.words += other.words
        for key, label in other.labels.items():
            story.labels.setdefault(key, label)
        dates = [d for d in (story.first, story.last, other.first, other.last) if d is not None]
        story.first, story.last = (min(dates), max(dates)) if dates else (None, None)
        story.headlines = (story.headlines + other.headlines)[:20]
        story.lines = (story.lines + other.lines)[:20]
        story.outlets.update(other.outlets)
        self._drop(other)
        self._reindex(story)

    def _reindex(self, story: _Story, *, retop: bool = True) -> None:
        """Point the top terms of the story at it, most recently updated last.

        ``retop=False`` keeps the terms it had and only moves the story to the recent end:
        between reviews (see ``_review``) one article barely moves a story's top terms.
        """
        self._forget(story.id)
        top = story.indexed
        if retop:
            top = heapq.nlargest(
                INDEX_TERMS, story.centroid, key=lambda t: story.centroid[t] * self.idf(t)
            )
        for term in story.indexed:
            posting = self._postings.get(term)
            if posting is not None:
                posting.pop(story.id, None)
        for term in top:
            self._postings.setdefault(term, {})[story.id] = None
        story.indexed = top

    def _why(self, story: _Story) -> str:
        """One line on what makes the articles one story: the names most of them share
        (and in how many), the words their headlines and leads share most, their dates.

        Names are the story's most used ones that two articles or more use, rarest first
        among equals, with a name left out when a longer one shown contains it ("Castellan"
        beside "Castellan Mutual Bank"); words are the story's top terms (as weighted for
        matching) that are not part of a name shown, spelt as a headline of the story
        spells them.
        """
        size = len(story.article_ids)
        if size < 2:
            return ""
        ranked = sorted(
            (k for k, n in story.names.most_common(WHY_NAMES * 4) if n >= 2),
            key=lambda k: (-story.names[k], -self.idf(NAME_MARK + k), k),
        )
        shown: list[str] = []
        for key in ranked:
            if not any(key in other for other in shown) and len(shown) < WHY_NAMES:
                shown = [other for other in shown if other not in key] + [key]
        parts = []
        if shown:
            parts.append("names: " + ", ".join(
                f"{story.labels.get(k, k)} {story.names[k]}/{size}" for k in shown
            ))
        used = {_term(t) for k in shown for t in k.split()}
        spelt = {_term(w.casefold()): w.casefold().strip(_TRIM)
                 for h in story.headlines or story.lines for w in h.split() if w.strip(_TRIM)}
        top = heapq.nlargest(
            WHY_WORDS * 3, story.centroid, key=lambda t: story.centroid[t] * self.idf(t)
        )
        words = [spelt[t] for t in top if t in spelt and t not in used and story.centroid[t] > 1]
        if words:
            parts.append("words: " + ", ".join(words[:WHY_WORDS]))
        if story.first and story.last:
            span = story.first.isoformat()
            parts.append(span if story.last == story.first else f"{span} to {story.last}")
        return " · ".join(parts)

    def _title(self, story: _Story) -> str:
        """The headline that best covers the story's top terms, at most 12 words.

        An article's first line stands in for a headline only in a story none of whose
        articles has one: a text posted without a title (a test, a note) never names a
        story of titled articles.
        """
        candidates = story.headlines or story.lines
        if not candidates:
            return story.id
        top = dict(
            heapq.nlargest(30, story.centroid.items(), key=lambda i: i[1] * self.idf(i[0]))
        )

        def coverage(headline: str) -> float:
            words = {_term(w) for w in content_words(headline)}
            return sum(top.get(w, 0.0) for w in words) / math.sqrt(len(words) or 1)

        best = max(candidates, key=lambda h: (coverage(h), -len(h)))
        words = best.split()
        return best if len(words) <= 12 else " ".join(words[:12]) + "…"


def _meet(keys: set[str] | frozenset[str], others: set[str] | frozenset[str]) -> bool:
    """Whether two sets of name keys share a name: the same name, or a short form on one
    side (a surname, a first word, initials) and the name it stands for on the other. Two
    long forms that share only a short form do not meet (see ``_Story.support``)."""
    if not keys.isdisjoint(others):
        return any(k[0] not in _SHORT_FORMS for k in keys & others) or any(
            k[0] in _SHORT_FORMS and k[1:] in others for k in keys
        ) or any(k[0] in _SHORT_FORMS and k[1:] in keys for k in others)
    return any(k[0] in _SHORT_FORMS and k[1:] in others for k in keys) or any(
        k[0] in _SHORT_FORMS and k[1:] in keys for k in others
    )


_UNDATED = date.max.toordinal()


def _most_common(counts: Counter[str], n: int) -> Counter[str]:
    return Counter(dict(counts.most_common(n)))


def _order(article: Article) -> tuple[int, str]:
    """Where an article stands in the order articles are placed: by publication day, the
    undated last, then by id, so that the order does not depend on the order of input."""
    return (article.published.toordinal() if article.published else _UNDATED), article.id


def _story_id(article_id: str) -> str:
    """A story's id: made from the id of its earliest article."""
    return "s" + hashlib.sha1(article_id.encode()).hexdigest()[:15]


def _unit_weights(counts: Counter[str]) -> dict[str, float]:
    """Sublinear term weights of an article, unit length: what it adds to a centroid."""
    weights = {t: 1.0 + math.log(c) for t, c in counts.items() if c > 0}
    norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
    return {t: v / norm for t, v in weights.items()}


def join_bar(size: int) -> float:
    """The score an article of ``size`` distinct terms needs to join a story.

    A short text meets a story's centroid in few terms, so its cosine runs low even when it
    belongs: a headline needs ``SHORT_THRESHOLD`` of the bar, a full text all of it, and a
    feed item (a headline and a sentence or two) a share between, rising with the log of
    its length.
    """
    span = math.log(LONG_TERMS / SHORT_TERMS)
    reach = min(1.0, max(0.0, math.log(max(size, 1) / SHORT_TERMS) / span))
    return THRESHOLD * (SHORT_THRESHOLD + (1.0 - SHORT_THRESHOLD) * reach)


def _headline(article: Article) -> str:
    """The article's headline, or its first line when it has none (seed files, T17): what a
    page prints in front of its news cut off (a staff credit, "By the CNN Wire Staff"; a
    stamp and dateline, "TRIPOLI | Thu Jul 7 , 2011 6:31 pm EDT TRIPOLI (Reuters) -"), page
    furniture ("You've selected the U.S. Edition", "Last updated : 14 January 2010") passed
    over."""
    if article.title and article.title.strip():
        return " ".join(article.title.split())
    for line in article.text.splitlines():
        line = without_dateline(Sentence(article.id, 0, 0, len(line), line)).text
        if len(line.split()) >= 4 and not is_furniture(line):
            return " ".join(line.split())
    return ""


def _review(size: int) -> bool:
    """Whether a story that has just reached ``size`` articles gets its top terms recomputed
    and is compared with its neighbours for a merge: at every article up to ``REVIEW_EVERY``
    articles, then when the size is a multiple of a quarter of itself (rounded down), which
    is at sizes 5-8, 10, 12, 15, 16, 20, 24, 28, ...: every fourth article once past 16.
    A big story saves three centroid-wide passes in four; quality was measured this way.
    """
    return size <= REVIEW_EVERY or size % (size // REVIEW_EVERY) == 0


def merge_bar(story: _Story, other: _Story) -> float:
    """The score two stories need to become one: ``MERGE_THRESHOLD`` for stories of full
    texts, less for stories of shorter ones in the measure of ``join_bar`` (the story whose
    articles are the shorter on average decides), as their centroids are sparser."""
    length = min(story.words / len(story.article_ids), other.words / len(other.article_ids))
    return MERGE_THRESHOLD * join_bar(round(length)) / THRESHOLD


def _decay(day: date | None, first: date | None, last: date | None) -> float:
    """1 within the story's dates (plus grace), then halving every ``DECAY_DAYS``."""
    if day is None or first is None or last is None:
        return 1.0
    if day < first:
        gap = (first - day).days
    elif day > last:
        gap = (day - last).days
    else:
        return 1.0
    return 0.5 ** (max(0.0, gap - GRACE_DAYS) / DECAY_DAYS)


def _decay_between(a: _Story, b: _Story) -> float:
    """Time damping between two stories: by the gap between their date ranges."""
    if a.first is None or a.last is None or b.first is None or b.last is None:
        return 1.0
    if b.first > a.last:
        return _decay(b.first, a.first, a.last)
    if a.first > b.last:
        return _decay(a.first, b.first, b.last)
    return 1.0


def cluster(documents: Iterable[Document | Article]) -> list[Story]:
    """Batch clustering: the streaming clusterer fed everything at once."""
    clusterer = StoryClusterer()
    clusterer.add_many(list(documents))
    return clusterer.stories()
