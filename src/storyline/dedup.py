"""Copies: near-duplicate articles and passages printed by several articles.

A claim reprinted from one wire story by five outlets is one source, not five. Two scales of
copying are found here, both without comparing all pairs of articles:

* **near-duplicate articles** — MinHash signatures (datasketch) over word 3-shingles, looked
  up in a banded LSH index of our own whose buckets keep their latest representatives only,
  so a boilerplate bucket cannot grow with the corpus. Reprints are
  trimmed, re-headlined, have paragraphs dropped and a lead of their own, so a web-dedup
  setting (5-grams, Jaccard 0.8) misses most of them (BENCHMARKS.md section 3). Short
  shingles and a low LSH threshold find candidates; a candidate is accepted when the
  estimated Jaccard is high *or* one text is mostly contained in the other (the estimate and
  the shingle counts give the overlap without keeping any shingle set). Each duplicate points
  to the earliest copy.
* **shared passages** — sentences printed by several otherwise independent articles (a wire
  paragraph woven into each outlet's own report). Sentences are keyed by their folded words;
  sentences that differ by a word or a spelling ("jihadi"/"jihadist", "defences"/"defenses")
  are joined when they share their first or last content words and most of their content.
  Only keys seen in two articles are looked at twice, so the cost is linear in the corpus.

:func:`build_provenance` puts both into a :class:`~storyline.models.Provenance`, which every
evidence count asks for a sentence's independence key.

Everything that needs only one article (shingles, its MinHash signature, the keys of its
sentences) is computed by :func:`copy_features`, which ``pipeline.analyse`` calls: on a
cluster that runs on the workers. The cross-article step indexes signatures and groups keys
on small arrays; only the sentences whose keys several articles share are read again from
the article texts, to compare their wordings.
"""

from __future__ import annotations

import hashlib
import zlib
from collections import Counter, defaultdict, deque
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import combinations

import numpy as np
from datasketch import MinHash

from storyline.grouping import UnionFind
from storyline.models import Article, Document, Provenance, Sentence, SharedPassage, passage_key
from storyline.sentences import split_sentences
from storyline.text import QUOTE_OPENING, STOPWORDS, folded_words

# Chosen on the synthetic reprint benchmark (benchmarks/reprints.py), where they give recall
# and precision above 0.95 on pairs; see that script for the sweep.
SHINGLE_WORDS = 3
NUM_PERM = 64
# Candidates: signatures equal on a band of 2 values (32 bands), the LSH setting for a Jaccard
# threshold of about 0.15. Loose on purpose: the checks below decide.
BAND_ROWS = 2
# An LSH bucket keeps its most recent rows only. Text every article of a kind shares (a
# template, a sign-off) fills a few buckets with thousands of unrelated articles; a copy
# agrees with its original on several bands, and its original is recent, so capping those
# buckets loses no copy while keeping the cost of a query flat as the corpus grows.
BUCKET_ROWS = 32
MIN_JACCARD = 0.45  # accepted outright: most of both texts is the same
MIN_CONTAINMENT = 0.7  # or: most of the shorter text is inside the longer one
WINDOW_DAYS = 60  # a reprint appears within this many days of the original it copies
CONTAINMENT_FLOOR = 0.2  # ... but not a long article quoting a short one's two sentences

# Shared passages: a sentence this short is a dateline or boilerplate, not copy.
MIN_PASSAGE_WORDS = 7
ANCHOR_WORDS = 5
MIN_PASSAGE_JACCARD = 0.6
MIN_PASSAGE_CONTAINMENT = 0.9  # a wire sentence an outlet shortened by a clause
# A new wording is compared with the first few wordings that share its first or last words,
# not all of them: the cost stays linear when a template opens thousands of sentences.
_COMPARED = 8
_CHUNK = 65_536  # sentence rows turned into Python values at a time

_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=1).permutations
_UNDATED = date.max


def chronological(articles: Sequence[Article]) -> list[int]:
    """Indices of ``articles`` from the earliest published; undated last, ties in input order.

    "The earliest copy" is the original a reprint points to, so every stage that has to pick
    one orders by this.
    """
    return sorted(range(len(articles)), key=lambda i: (articles[i].published or _UNDATED, i))


@lru_cache(maxsize=200_000)
def _word_hash(word: str) -> int:
    return zlib.crc32(word.encode())


# Odd 64-bit multipliers that mix the word hashes of a shingle into one value.
_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9], dtype=np.uint64)


def shingles(text: str, size: int | None = None) -> np.ndarray:
    """Hashes (32-bit, stable across runs) of the word ``size``-grams of the folded text.

    Word hashes are mixed with numpy rather than joining strings: this is the inner loop of
    near-duplicate detection. A text shorter than ``size`` words is one shingle. Sorted and
    unique, so the array is the shingle *set*.
    """
    size = min(size or SHINGLE_WORDS, len(_MIX))
    words = folded_words(text)
    if not words:
        return np.zeros(0, dtype=np.uint64)
    hashes = np.fromiter(map(_word_hash, words), dtype=np.uint64, count=len(words))
    width = min(size, len(words))
    count = len(words) - width + 1
    mixed = np.zeros(count, dtype=np.uint64)
    for offset in range(width):
        mixed = mixed ^ (hashes[offset : offset + count] * _MIX[offset])
    return np.unique((mixed ^ (mixed >> np.uint64(32))) & np.uint64(0xFFFFFFFF))


def _identity(value: int) -> int:
    return value


def signature(hashes: np.ndarray) -> MinHash:
    """MinHash of a shingle set given as hashes (see ``shingles``)."""
    minhash = MinHash(
        num_perm=NUM_PERM, hashfunc=_identity, permutations=_PERMUTATIONS, scheme="affine32"
    )
    minhash.update_batch(hashes.tolist())
    return minhash


@dataclass(frozen=True, slots=True)
class CopyFeatures:
    """What copy detection needs of one article, small enough to gather for millions.

    ``exact`` is a digest of the shingle set (equal texts, up to case and punctuation),
    ``size`` its number of shingles, ``signature`` its MinHash (``NUM_PERM`` 32-bit values;
    all three empty for a text without words). ``passages`` has one row per sentence long
    enough to be copy: the keys of all its words, of its first and of its last content
    words, its number in the article, and its start and end in the text.
    """

    exact: bytes
    size: int
    signature: np.ndarray
    passages: np.ndarray


_NO_SIGNATURE = np.zeros(0, dtype=np.uint32)


def copy_features(text: str, sentences: Sequence[Sentence]) -> CopyFeatures:
    """The per-article part of copy detection, for an article's text and its sentences.

    This is most of the cost of ``build_provenance`` and needs nothing but the article, so
    it is computed where the article is analysed (on a cluster's workers).
    """
    pieces = shingles(text)
    if len(pieces):
        exact = hashlib.blake2b(pieces.tobytes(), digest_size=12).digest()
        values = signature(pieces).hashvalues.astype(np.uint32)
    else:
        exact, values = b"", _NO_SIGNATURE
    rows = []
    for number, sentence in enumerate(sentences):
        words = folded_words(sentence.text)
        if len(words) < MIN_PASSAGE_WORDS:
            continue
        content = [w for w in words if w not in STOPWORDS]
        first, last = content[:ANCHOR_WORDS], content[-ANCHOR_WORDS:]
        rows.append((_key(words), _key(first), _key(last), number, sentence.start, sentence.end))
    passages = np.array(rows, dtype=np.int64).reshape(-1, 6)
    return CopyFeatures(exact=exact, size=len(pieces), signature=values, passages=passages)


def features(document: Document) -> CopyFeatures:
    """The document's copy features: those ``analyse`` computed, or computed now."""
    if document.copies is not None:
        return document.copies
    sentences = document.sentences or split_sentences(document.article)
    return copy_features(document.article.text, sentences)


def is_copy(jaccard: float, size_a: int, size_b: int) -> bool:
    """Whether two texts with this estimated Jaccard and these shingle counts are copies.

    The overlap |A∩B| = J(|A|+|B|)/(1+J) follows from the Jaccard estimate, so containment of
    the shorter text needs no shingle set: a reprint trimmed to a third of the wire story
    has a low Jaccard but is almost wholly inside the original.
    """
    if jaccard >= MIN_JACCARD:
        return True
    if jaccard < CONTAINMENT_FLOOR or not size_a or not size_b:
        return False
    overlap = jaccard * (size_a + size_b) / (1 + jaccard)
    return overlap / min(size_a, size_b) >= MIN_CONTAINMENT


def _bands(values: np.ndarray) -> list[int]:
    """The LSH band keys of a signature: each band's ``BAND_ROWS`` values packed in one int."""
    wide = values.astype(np.uint64).reshape(-1, BAND_ROWS)
    keys = wide[:, 0]
    for column in range(1, BAND_ROWS):
        keys = (keys << np.uint64(32)) | wide[:, column]
    return keys.tolist()


class DuplicateIndex:
    """Incremental near-duplicate finder: add articles in publication order.

    Only one representative per group of copies (the earliest) is indexed, so a flood of
    copies of one text costs one comparison each, not one per earlier copy. The index is a
    banded MinHash LSH whose buckets keep their ``BUCKET_ROWS`` latest representatives, and
    candidates are checked all at once against a matrix of the representatives' signatures,
    so a query costs the same at a million articles as at a thousand.
    """

    def __init__(self) -> None:
        self._buckets: list[dict[int, deque[int]]] = [{} for _ in range(NUM_PERM // BAND_ROWS)]
        self._dated: deque[tuple[date, int]] = deque()
        self._row: dict[str, int] = {}
        self._ids: list[str] = []
        self._signatures = np.zeros((1024, NUM_PERM), dtype=np.uint32)
        self._sizes = np.zeros(1024, dtype=np.int64)
        self._exact: dict[bytes, str] = {}

    def __contains__(self, article_id: str) -> bool:
        return article_id in self._row

    def add_features(
        self, article_id: str, copies: CopyFeatures, published: date | None = None
    ) -> str | None:
        """Index one article; returns the id of the earlier copy it duplicates, if any.

        Articles must come in publication order: originals more than ``WINDOW_DAYS`` older
        than ``published`` leave the LSH, so its size stays that of a few weeks of news
        however long the stream (the exact-text table keeps them all).
        """
        if published is not None:
            horizon = published - timedelta(days=WINDOW_DAYS)
            while self._dated and self._dated[0][0] < horizon:
                self._forget(self._dated.popleft()[1])
        if not copies.size:
            return None
        if copies.exact in self._exact:
            return self._exact[copies.exact]
        bands = _bands(copies.signature)
        found: set[int] = set()
        for band, buckets in zip(bands, self._buckets, strict=True):
            bucket = buckets.get(band)
            if bucket:
                found.update(bucket)
        if found:
            rows = np.array(sorted(found), dtype=np.int64)
            jaccard = (self._signatures[rows] == copies.signature).mean(axis=1)
            for n in np.argsort(-jaccard, kind="stable"):
                if is_copy(float(jaccard[n]), copies.size, int(self._sizes[rows[n]])):
                    original = self._ids[rows[n]]
                    self._exact[copies.exact] = original
                    return original
        self._exact[copies.exact] = article_id
        row = len(self._ids)
        if row == len(self._sizes):
            self._signatures = np.concatenate([self._signatures, np.zeros_like(self._signatures)])
            self._sizes = np.concatenate([self._sizes, np.zeros_like(self._sizes)])
        self._signatures[row] = copies.signature
        self._sizes[row] = copies.size
        self._row[article_id] = row
        self._ids.append(article_id)
        for band, buckets in zip(bands, self._buckets, strict=True):
            bucket = buckets.get(band)
            if bucket is None:
                bucket = buckets[band] = deque(maxlen=BUCKET_ROWS)
            bucket.append(row)
        if published is not None:
            self._dated.append((published, row))
        return None

    def _forget(self, row: int) -> None:
        """Take a representative out of the LSH (it stays in the exact-text table)."""
        for band, buckets in zip(_bands(self._signatures[row]), self._buckets, strict=True):
            bucket = buckets.get(band)
            if bucket is None:
                continue
            if bucket[0] == row:
                bucket.popleft()
            elif row in bucket:
                bucket.remove(row)
            if not bucket:
                del buckets[band]


def find_duplicates(
    articles: Sequence[Article], copies: Sequence[CopyFeatures] | None = None
) -> dict[str, str]:
    """Map each near-duplicate article's id to the id of the earliest copy of its text.

    Articles that copy nothing are absent. The title is left out of the comparison: reprints
    are re-headlined, and different stories often share a headline ("Live updates").
    ``copies`` are the articles' features when they were computed already (in order).
    A copy the store marked (``Article.duplicate_of``, another outlet's copy of a stored
    text) keeps its original when that is among ``articles``, so the output says what the
    store says.
    """
    index = DuplicateIndex()
    duplicate_of: dict[str, str] = {}
    present = {article.id for article in articles}
    for i in chronological(articles):
        article = articles[i]
        if article.id in duplicate_of or article.id in index:
            continue  # the same article given twice
        if article.duplicate_of in present and article.duplicate_of != article.id:
            duplicate_of[article.id] = article.duplicate_of
            continue
        found = copies[i] if copies is not None else copy_features(article.text, ())
        original = index.add_features(article.id, found, article.published)
        if original is not None and original != article.id:
            duplicate_of[article.id] = original
    for article_id, original in duplicate_of.items():  # a marked original may copy another
        hops = 0
        while original in duplicate_of and hops < len(duplicate_of):
            original, hops = duplicate_of[original], hops + 1
        duplicate_of[article_id] = original
    return duplicate_of


# ---------------------------------------------------------------------------------------------
# Shared passages
# ---------------------------------------------------------------------------------------------


def _key(words: Sequence[str]) -> int:
    """A 63-bit key of a word sequence, stable across runs (numpy sorts it as int64)."""
    digest = hashlib.blake2b(" ".join(words).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "little") >> 1


def _in_several(keys: np.ndarray, docs: np.ndarray) -> np.ndarray:
    """The keys that occur in at least two different documents (one sort, no pair table)."""
    order = np.argsort(keys, kind="stable")
    keys, docs = keys[order], docs[order]
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]]) if len(keys) else order
    if not len(starts):
        return keys
    several = np.minimum.reduceat(docs, starts) != np.maximum.reduceat(docs, starts)
    return keys[starts[several]]


def find_shared_passages(
    documents: Sequence[Document],
    min_articles: int = 2,
    duplicate_of: dict[str, str] | None = None,
) -> list[SharedPassage]:
    """Sentences printed by at least ``min_articles`` articles that are not copies of one text.

    Passages printed only within one group of near-duplicates are left out (``duplicate_of``
    already says those articles are one source), and so are passages printed only by one
    outlet (its boilerplate: a sign-off, a photo caption). Each passage's text is the earliest
    article's wording; ``article_ids`` are in publication order.
    """
    articles = [d.article for d in documents]
    copies = [features(d) for d in documents]
    return [passage for passage, _ in _shared(articles, copies, min_articles, duplicate_of or {})]


def _shared(
    articles: Sequence[Article],
    copies: Sequence[CopyFeatures],
    min_articles: int,
    duplicate_of: dict[str, str],
) -> list[tuple[SharedPassage, set[str]]]:
    """Shared passages, each with every wording of it that was printed."""
    order = chronological(articles)
    # pass 1: the sentence keys of every article (computed per article), no sets kept
    parts = [
        np.column_stack([copies[i].passages, np.full(len(copies[i].passages), position)])
        for position, i in enumerate(order)
        if len(copies[i].passages)
    ]
    if not parts:
        return []
    table = np.concatenate(parts)
    del parts
    hit = np.zeros(len(table), dtype=bool)
    repeated: list[set[int]] = []
    for column in range(3):
        several = _in_several(table[:, column], table[:, 6])
        hit |= np.isin(table[:, column], several)
        repeated.append(set(several.tolist()))
    # pass 2: only sentences with a key seen in two articles. A place is a row of ``rows``,
    # whose order is publication order, then sentence order; texts are cut from the
    # articles only for the passages kept.
    rows = table[hit]
    del table, hit
    union = UnionFind()
    members: dict[int, list[int]] = defaultdict(list)
    content_of: dict[int, set[str]] = {}  # only wordings later ones are compared with
    anchored: dict[int, list[int]] = defaultdict(list)
    for offset in range(0, len(rows), _CHUNK):
        chunk = rows[offset : offset + _CHUNK].tolist()
        for place, (exact, first, last, _number, start, end, position) in enumerate(chunk):
            places = members[exact]
            places.append(offset + place)
            if len(places) > 1:
                continue
            text = articles[order[position]].text[start:end]
            content = {w for w in folded_words(text) if w not in STOPWORDS}
            union.find(exact)
            for anchor, seen in ((first, repeated[1]), (last, repeated[2])):
                if anchor not in seen:
                    continue
                others = anchored[anchor]
                for other in others:
                    if union.find(other) != union.find(exact) and _same_passage(
                        content, content_of[other]
                    ):
                        union.union(exact, other)
                if len(others) < _COMPARED:
                    others.append(exact)
                    content_of[exact] = content
    groups: dict[int, list[int]] = defaultdict(list)
    for exact, places in members.items():
        groups[union.find(exact)].extend(places)
    del members, content_of, anchored

    def text_of(place: int) -> str:
        start, end, position = rows[place, 4:7].tolist()
        return articles[order[position]].text[start:end]

    found: list[tuple[int, SharedPassage, set[str]]] = []
    for places in groups.values():
        places.sort()
        positions = rows[places, 6].tolist()
        ids = list(dict.fromkeys(articles[order[p]].id for p in positions))
        if len(ids) < min_articles or len({duplicate_of.get(i, i) for i in ids}) < 2:
            continue
        outlets = {articles[order[p]].outlet for p in positions}
        if len(outlets) == 1 and None not in outlets:
            continue
        passage = SharedPassage(text=text_of(places[0]), article_ids=ids)
        found.append((positions[0], passage, {text_of(place) for place in places}))
    found.sort(key=lambda item: (item[0], item[1].text))
    return [(passage, wordings) for _, passage, wordings in found]


def _same_passage(a: set[str], b: set[str]) -> bool:
    """Two wordings of one sentence: most words shared, or the shorter one inside the other."""
    if not a or not b:
        return False
    common = len(a & b)
    if common / (len(a) + len(b) - common) >= MIN_PASSAGE_JACCARD:
        return True
    shorter = min(len(a), len(b))
    return shorter >= MIN_PASSAGE_WORDS and common / shorter >= MIN_PASSAGE_CONTAINMENT


def build_provenance(documents: Sequence[Document]) -> Provenance:
    """Copies of every kind, ready for evidence counting (see ``Provenance.source_key``).

    Every wording of a shared passage maps to one group id (the key of its first wording),
    so a sentence copied by five outlets, even with a word changed, counts once, and as a
    report of whoever answers for its earliest printing: the wire's paragraph in a paper's
    report counts with the wire's other sentences, not as a source of its own.
    """
    articles = [d.article for d in documents]
    copies = [features(d) for d in documents]
    duplicate_of = find_duplicates(articles, copies)
    shared = _shared(articles, copies, 2, duplicate_of)
    passages = [passage for passage, _ in shared]
    outlet_of = outlet_keys(articles, wire_stories(articles, copies, passages, duplicate_of))
    passage_group: dict[str, str] = {}
    for passage, wordings in shared:
        group = "passage:" + passage_key(passage.text)
        for wording in wordings:
            passage_group[passage_key(wording)] = group
        first = duplicate_of.get(passage.article_ids[0], passage.article_ids[0])
        outlet_of[group] = outlet_of.get(first, first)
    return Provenance(
        duplicate_of=duplicate_of,
        passage_group=passage_group,
        shared=passages,
        outlet_of=outlet_of,
        banners=find_banners(documents, duplicate_of),
    )


WIRE_PASSAGES = 3
"""Passages two articles must share to print one wire story: two outlets quoting one
statement share a sentence or two of it, a paper running an agency's story with its own
edits shares paragraph after paragraph."""
WIRE_SHARE = 0.2
"""Share of the shorter article's sentences those passages must make: a long report that
weaves in three wire paragraphs is still its outlet's own."""
WIRE_FANOUT = 8
"""A passage printed by more articles than this links none of them: what many outlets
print is a statement or a wire paragraph everyone uses, not one story's text."""


def wire_stories(
    articles: Sequence[Article],
    copies: Sequence[CopyFeatures],
    shared: Sequence[SharedPassage],
    duplicate_of: dict[str, str],
) -> list[list[Article]]:
    """Groups of articles that print one wire story, each edited its own way (a headline, a
    paragraph cut, a word changed), so no near-duplicate test joins them; most of them do not
    credit the wire. Two articles are one story's text when they share ``WIRE_PASSAGES``
    passages making ``WIRE_SHARE`` of the shorter one; the count is kept per pair of
    articles sharing a passage, at most ``WIRE_FANOUT`` of them, so it stays linear in the
    passages."""
    index = {a.id: i for i, a in enumerate(articles)}
    together: Counter[tuple[int, int]] = Counter()
    for passage in shared:
        if QUOTE_OPENING.match(passage.text):
            continue  # a statement's words, which outlets quote each on its own
        ids = sorted({index[duplicate_of.get(i, i)] for i in passage.article_ids})
        if len(ids) <= WIRE_FANOUT:
            together.update(combinations(ids, 2))
    union = UnionFind()
    for (a, b), count in together.items():
        shorter = min(len(copies[a].passages), len(copies[b].passages))
        if count >= WIRE_PASSAGES and count >= WIRE_SHARE * shorter:
            union.union(a, b)
    return [[articles[i] for i in group] for group in union.groups().values() if len(group) > 1]


BANNER_DAYS = 3
"""Days of pages a line must open or close, each page going on differently, to be a site's
banner."""
_OPENING = 2000
"""Characters of an article read at each end for its opening and closing two sentences,
when it has no sentences."""


def find_banners(documents: Sequence[Document], duplicate_of: dict[str, str]) -> frozenset[str]:
    """Keys of the lines that open or close pages as a site's banner or promotion does ("2
    men charged in death of Chicago teen ...", scraped above every article of a week; a
    plug for the site's latest analysis printed under every page), not as a lead or an
    article's last word.

    A lead opens copies of one story, published within a day or two, and copies go on
    alike; a banner opens (or closes) pages of ``BANNER_DAYS`` or more days, each going on
    with (or coming after) a different sentence. Copies (``duplicate_of``) count once, as
    their first version.
    """
    days: dict[str, set[date]] = defaultdict(set)
    neighbours: dict[str, set[str]] = defaultdict(set)
    for document in documents:
        article = document.article
        if article.id in duplicate_of or article.published is None:
            continue
        head = document.sentences or split_sentences(replace(article, text=article.text[:_OPENING]))
        tail = (
            head
            if document.sentences or len(article.text) <= _OPENING
            else split_sentences(replace(article, text=article.text[-_OPENING:]))
        )
        if len(head) < 2 or len(tail) < 2:
            continue
        for line, neighbour in ((head[0], head[1]), (tail[-1], tail[-2])):
            key = passage_key(line.text)
            days[key].add(article.published)
            neighbours[key].add(passage_key(neighbour.text))
    return frozenset(
        key
        for key, seen in days.items()
        if len(seen) >= BANNER_DAYS and len(neighbours[key]) >= BANNER_DAYS
    )


def outlet_keys(
    articles: Sequence[Article], stories: Sequence[Sequence[Article]] = ()
) -> dict[str, str]:
    """Each article's independence key, who answers for its text: the wire it credits (an AP
    story five papers print is AP's), else its outlet; an article with neither is left out
    and counts as a source of its own. The articles of one wire story (``wire_stories``)
    share one key: the wire most of them credit, else their most common outlet, else the
    first article's own."""
    keys: dict[str, str] = {}
    for article in articles:
        name = article.wire or article.outlet
        if name and name.strip():
            keys[article.id] = "outlet:" + name.strip().casefold()
    for story in stories:
        named = Counter(keys[a.id] for a in story if a.wire and a.id in keys) or Counter(
            keys[a.id] for a in story if a.id in keys
        )
        key = named.most_common(1)[0][0] if named else story[0].id
        for article in story:
            keys[article.id] = key
    return keys
