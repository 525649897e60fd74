"""Copies: near-duplicate articles and passages printed by several articles.

A claim reprinted from one wire story by five outlets is one source, not five. Two scales of
copying are found here, both without comparing all pairs of articles:

* **near-duplicate articles** — MinHash LSH (datasketch) over word 3-shingles. Reprints are
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
"""

from __future__ import annotations

import hashlib
import zlib
from collections import defaultdict, deque
from collections.abc import Sequence
from datetime import date, timedelta
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH

from storyline.models import Article, Document, Provenance, SharedPassage, passage_key
from storyline.sentences import split_sentences
from storyline.variants import STOPWORDS, folded_words

# Chosen on the synthetic reprint benchmark (benchmarks/reprints.py), where they give recall
# and precision above 0.95 on pairs; see that script for the sweep.
SHINGLE_WORDS = 3
NUM_PERM = 64
LSH_THRESHOLD = 0.15  # candidates: loose, the checks below decide
MIN_JACCARD = 0.45  # accepted outright: most of both texts is the same
MIN_CONTAINMENT = 0.7  # or: most of the shorter text is inside the longer one
WINDOW_DAYS = 60  # a reprint appears within this many days of the original it copies
CONTAINMENT_FLOOR = 0.2  # ... but not a long article quoting a short one's two sentences

# Shared passages: a sentence this short is a dateline or boilerplate, not copy.
MIN_PASSAGE_WORDS = 7
ANCHOR_WORDS = 5
MIN_PASSAGE_JACCARD = 0.6
MIN_PASSAGE_CONTAINMENT = 0.9  # a wire sentence an outlet shortened by a clause

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


class DuplicateIndex:
    """Incremental near-duplicate finder: add articles in publication order.

    Only one representative per group of copies (the earliest) is indexed, so a flood of
    copies of one text costs one comparison each, not one per earlier copy. Candidates from
    the LSH are checked all at once against a matrix of the representatives' signatures.
    """

    def __init__(self) -> None:
        self._lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        self._dated: deque[tuple[date, str]] = deque()
        self._row: dict[str, int] = {}
        self._ids: list[str] = []
        self._signatures = np.zeros((1024, NUM_PERM), dtype=np.uint64)
        self._sizes = np.zeros(1024, dtype=np.int64)
        self._exact: dict[str, str] = {}

    def __contains__(self, article_id: str) -> bool:
        return article_id in self._row

    def add(self, article_id: str, text: str, published: date | None = None) -> str | None:
        """Index one article; returns the id of the earlier copy it duplicates, if any.

        Articles must come in publication order: originals more than ``WINDOW_DAYS`` older
        than ``published`` leave the LSH, so its size, and the cost of a query, stays that of
        a few weeks of news however long the stream (the exact-text table keeps them all).
        """
        if published is not None:
            horizon = published - timedelta(days=WINDOW_DAYS)
            while self._dated and self._dated[0][0] < horizon:
                self._lsh.remove(self._dated.popleft()[1])
        pieces = shingles(text)
        if not len(pieces):
            return None
        exact = hashlib.blake2b(pieces.tobytes(), digest_size=12).hexdigest()
        if exact in self._exact:
            return self._exact[exact]
        minhash = signature(pieces)
        candidates = self._lsh.query(minhash)
        if candidates:
            rows = np.fromiter((self._row[c] for c in candidates), dtype=np.int64)
            jaccard = (self._signatures[rows] == minhash.hashvalues).mean(axis=1)
            for n in np.argsort(-jaccard, kind="stable"):
                if is_copy(float(jaccard[n]), len(pieces), int(self._sizes[rows[n]])):
                    original = self._ids[rows[n]]
                    self._exact[exact] = original
                    return original
        self._exact[exact] = article_id
        row = len(self._ids)
        if row == len(self._sizes):
            self._signatures = np.concatenate([self._signatures, np.zeros_like(self._signatures)])
            self._sizes = np.concatenate([self._sizes, np.zeros_like(self._sizes)])
        self._signatures[row] = minhash.hashvalues
        self._sizes[row] = len(pieces)
        self._row[article_id] = row
        self._ids.append(article_id)
        self._lsh.insert(article_id, minhash)
        if published is not None:
            self._dated.append((published, article_id))
        return None


def find_duplicates(articles: Sequence[Article]) -> dict[str, str]:
    """Map each near-duplicate article's id to the id of the earliest copy of its text.

    Articles that copy nothing are absent. The title is left out of the comparison: reprints
    are re-headlined, and different stories often share a headline ("Live updates").
    """
    index = DuplicateIndex()
    duplicate_of: dict[str, str] = {}
    for i in chronological(articles):
        article = articles[i]
        if article.id in duplicate_of or article.id in index:
            continue  # the same article given twice
        original = index.add(article.id, article.text, article.published)
        if original is not None and original != article.id:
            duplicate_of[article.id] = original
    return duplicate_of


# ---------------------------------------------------------------------------------------------
# Shared passages
# ---------------------------------------------------------------------------------------------


def _key(words: Sequence[str]) -> int:
    """A 63-bit key of a word sequence, stable across runs (numpy sorts it as int64)."""
    digest = hashlib.blake2b(" ".join(words).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "little") >> 1


def _sentences(document: Document) -> list[str]:
    if document.sentences:
        return [s.text for s in document.sentences]
    return [s.text for s in split_sentences(document.article)]


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, item: int) -> int:
        parent = self.parent.setdefault(item, item)
        while parent != item:
            grand = self.parent[parent]
            self.parent[item] = grand
            item, parent = parent, grand
        return item

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _in_several(keys: np.ndarray, docs: np.ndarray) -> set[int]:
    """The keys that occur in at least two different documents."""
    if not len(keys):
        return set()
    pairs = np.unique(np.stack([keys, docs], axis=1), axis=0)
    values, counts = np.unique(pairs[:, 0], return_counts=True)
    return set(values[counts >= 2].tolist())


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
    return [passage for passage, _ in _shared(documents, min_articles, duplicate_of or {})]


def _shared(
    documents: Sequence[Document], min_articles: int, duplicate_of: dict[str, str]
) -> list[tuple[SharedPassage, set[str]]]:
    """Shared passages, each with every wording of it that was printed."""
    articles = [d.article for d in documents]
    order = chronological(articles)
    # pass 1: three keys per sentence (all words, first and last content words), no sets kept
    rows: list[tuple[int, int, int, int, int]] = []
    texts: list[list[str]] = []
    for position, i in enumerate(order):
        sentences = _sentences(documents[i])
        texts.append(sentences)
        for number, sentence in enumerate(sentences):
            words = folded_words(sentence)
            if len(words) < MIN_PASSAGE_WORDS:
                continue
            content = [w for w in words if w not in STOPWORDS]
            rows.append(
                (
                    _key(words),
                    _key(content[:ANCHOR_WORDS]),
                    _key(content[-ANCHOR_WORDS:]),
                    position,
                    number,
                )
            )
    if not rows:
        return []
    table = np.array(rows, dtype=np.int64)
    repeated = [_in_several(table[:, column], table[:, 3]) for column in range(3)]
    del table
    # pass 2: only sentences with a key seen in two articles
    union = _UnionFind()
    members: dict[int, list[tuple[int, int]]] = defaultdict(list)
    content_of: dict[int, set[str]] = {}
    anchored: dict[int, list[int]] = defaultdict(list)
    for exact, first, last, position, number in rows:
        hits = [key in seen for key, seen in zip((exact, first, last), repeated, strict=True)]
        if not any(hits):
            continue
        members[exact].append((position, number))
        if exact in content_of:
            continue
        content = {w for w in folded_words(texts[position][number]) if w not in STOPWORDS}
        content_of[exact] = content
        union.find(exact)
        for anchor, hit in zip((first, last), hits[1:], strict=True):
            if not hit:
                continue
            for other in anchored[anchor][:8]:
                if _same_passage(content, content_of[other]):
                    union.union(exact, other)
            anchored[anchor].append(exact)
    groups: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for exact, places in members.items():
        groups[union.find(exact)].extend(places)
    found: list[tuple[int, SharedPassage, set[str]]] = []
    for places in groups.values():
        places.sort()
        ids = list(dict.fromkeys(articles[order[p]].id for p, _ in places))
        if len(ids) < min_articles or len({duplicate_of.get(i, i) for i in ids}) < 2:
            continue
        outlets = {articles[order[p]].outlet for p, _ in places}
        if len(outlets) == 1 and None not in outlets:
            continue
        first_position, first_number = places[0]
        passage = SharedPassage(text=texts[first_position][first_number], article_ids=ids)
        wordings = {texts[p][n] for p, n in places}
        found.append((first_position, passage, wordings))
    found.sort(key=lambda item: (item[0], item[1].text))
    return [(passage, wordings) for _, passage, wordings in found]


def _same_passage(a: set[str], b: set[str]) -> bool:
    """Two wordings of one sentence: most words shared, or the shorter one inside the other."""
    if not a or not b:
        return False
    common = len(a & b)
    if common / len(a | b) >= MIN_PASSAGE_JACCARD:
        return True
    shorter = min(len(a), len(b))
    return shorter >= MIN_PASSAGE_WORDS and common / shorter >= MIN_PASSAGE_CONTAINMENT


def build_provenance(documents: Sequence[Document]) -> Provenance:
    """Copies of every kind, ready for evidence counting (see ``Provenance.source_key``).

    Every wording of a shared passage maps to one group id (the key of its first wording),
    so a sentence copied by five outlets, even with a word changed, counts once.
    """
    duplicate_of = find_duplicates([d.article for d in documents])
    shared = _shared(documents, 2, duplicate_of)
    passage_group: dict[str, str] = {}
    for passage, wordings in shared:
        group = "passage:" + passage_key(passage.text)
        for wording in wordings:
            passage_group[passage_key(wording)] = group
    return Provenance(
        duplicate_of=duplicate_of,
        passage_group=passage_group,
        shared=[passage for passage, _ in shared],
    )
