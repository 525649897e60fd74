"""The dated articles most like an undated one: its near copies and the articles that share
its rare word pairs; and the days the happenings it tells were first reported.

Articles of one collection report the same events on nearby days, and the word pairs that
name an event ("top hat", "Zawiya doctor", a death toll) are rare in the collection as a
whole but shared by the articles of those days. So the dates of the articles an undated one
shares the most rare pairs with say roughly when it came out: a clue ``infer`` weighs with
the article's own. Pairs of content words are compared, weighted by how rare they are in the
collection (the square of their inverse document frequency) and scaled by each article's own
rare pairs (a cosine); a pair in more than ``_COMMON_SHARE`` of the articles is no clue.

The same pairs say what an article tells that others report too: a pair that several dated
articles tell within a few days names a happening, first reported on the first of those
days (``first_reports``), and an article that tells it is seldom older than that.

Only pairs are compared, never articles: each article's rare pairs index it, and an article
meets only those it shares a pair with, a few per pair, so the work is linear in the size of
the collection.
"""

from __future__ import annotations

import datetime as dt
import itertools
import zlib
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

import numpy as np
from scipy import sparse

from storyline.text import content_words
from storyline.timex.values import add_days

# A pair found in more than this share of the collection's articles (and in more than
# _COMMON_FLOOR of them) says nothing about which days an article belongs with; nor does one
# found in more than _COMMON_CAP, which also bounds the articles a pair joins, and so the
# work for each article, however large the collection.
_COMMON_SHARE = 0.01
_COMMON_FLOOR = 3
_COMMON_CAP = 100
# How many of the most similar dated articles are kept: beyond the third, a neighbour is
# more often of another day than of this one (measured on the T17 development half).
NEIGHBOURS = 3


def _pairs(text: str) -> np.ndarray:
    """The distinct pairs of consecutive content words of ``text``, each as a 32-bit
    checksum: a compact key whose rare collisions cost nothing that matters here."""
    words = content_words(text)
    keys = {zlib.crc32(f"{a} {b}".encode()) for a, b in itertools.pairwise(words)}
    return np.fromiter(keys, dtype=np.int64, count=len(keys))


class Pairs(NamedTuple):
    """The word pairs of a collection's articles, read once for every question asked of them
    (``nearest``, ``first_reports``): each article's distinct pairs as (row, column) entries,
    with the number of articles holding each entry's pair and whether that pair is rare
    enough to be a clue."""

    size: int
    rows: np.ndarray
    columns: np.ndarray
    df: np.ndarray
    rare: np.ndarray


def pairs_of(texts: Sequence[str]) -> Pairs:
    """The word pairs of ``texts`` (see ``Pairs``)."""
    keys = [_pairs(text) for text in texts]
    rows = np.repeat(np.arange(len(texts)), [len(k) for k in keys])
    every = np.concatenate(keys) if rows.size else np.zeros(0, dtype=np.int64)
    _, columns, counts = np.unique(every, return_inverse=True, return_counts=True)
    df = counts[columns]
    rare = df <= min(_COMMON_CAP, max(_COMMON_FLOOR, int(_COMMON_SHARE * len(texts))))
    return Pairs(len(texts), rows, columns, df, rare)


def nearest(
    pairs: Pairs,
    dated: Sequence[bool],
    queries: Iterable[int],
    k: int = NEIGHBOURS,
) -> dict[int, list[tuple[int, float]]]:
    """For each article ``queries`` names (positions in the collection), the positions of the
    ``k`` dated articles most similar to it (itself left out; ``dated[i]`` says whether the
    date of article i is known; ``pairs``: the collection's, ``pairs_of``) with their
    similarity in (0, 1], most similar first."""
    asked = sorted(set(queries))
    found: dict[int, list[tuple[int, float]]] = {i: [] for i in asked}
    size, rows, columns, df, rare = pairs
    if not asked or size < 2:
        return found
    weight = np.log(size / df) ** 2 * rare
    # The cosine's norms count every rare pair of an article; pairs no other article has
    # cannot join two articles and are left out of the index itself.
    norms = np.sqrt(np.bincount(rows, weights=weight**2, minlength=size))
    norms[norms == 0] = 1.0
    shared = rare & (df > 1)
    index = sparse.csr_matrix(
        (weight[shared] / norms[rows[shared]], (rows[shared], columns[shared])),
        shape=(size, int(columns.max(initial=-1)) + 1),
    )
    similarity = (index[asked] @ index.T).tocsr()
    for row, i in enumerate(asked):
        start, end = similarity.indptr[row], similarity.indptr[row + 1]
        ranked = sorted(
            (
                (float(score), int(j))
                for j, score in zip(
                    similarity.indices[start:end], similarity.data[start:end], strict=True
                )
                if j != i and dated[j]
            ),
            reverse=True,
        )
        found[i] = [(j, score) for score, j in ranked[:k]]
    return found


# A happening is a word pair that at least this many other dated articles tell, all within
# this many days of each other: a burst of reports of one piece of news ("rusted cables",
# "Zawiya doctor"), not a phrase the story keeps using for weeks. A pair held by more than
# _COMMON_CAP articles is not read at all.
REPORTS_LEAST = 3
REPORTS_SPAN = 3


def first_reports(
    pairs: Pairs, published: Sequence[dt.date | None], queries: Iterable[int]
) -> dict[int, list[dt.date]]:
    """For each article ``queries`` names, the day each happening it tells was first
    reported by the collection's other dated articles (``published[j]`` is None for an
    undated one): an article that tells a development is most likely not older than the
    development's first report (``infer`` weighs it). A pair is read only in the articles
    that hold it, at most ``_COMMON_CAP`` of them, so the work is linear in the
    collection."""
    asked = sorted(set(queries))
    found: dict[int, list[dt.date]] = {i: [] for i in asked}
    size, rows, columns, df, _ = pairs
    if not asked or size < 2:
        return found
    # The entries of an article are contiguous (rows ascend); those of a pair, once sorted.
    row_start = np.searchsorted(rows, np.arange(size + 1))
    by_pair = np.argsort(columns, kind="stable")
    pair_start = np.searchsorted(columns[by_pair], np.arange(int(columns.max(initial=-1)) + 2))
    for i in asked:
        told = [
            int(columns[e])
            for e in range(row_start[i], row_start[i + 1])
            if REPORTS_LEAST < df[e] <= _COMMON_CAP
        ]
        for column in told:
            members = rows[by_pair[pair_start[column] : pair_start[column + 1]]]
            days = [day for j in members if j != i and (day := published[j]) is not None]
            if len(days) >= REPORTS_LEAST and (max(days) - min(days)).days <= REPORTS_SPAN:
                found[i].append(min(days))
    return found


def news_days(
    near: Iterable[tuple[int, float]],
    published: Sequence[dt.date | None],
    outlets: Sequence[str | None],
    lags: Mapping[str, int],
) -> list[tuple[dt.date, float]]:
    """The days the dated neighbours' news happened, with their similarity: each one's
    publication date taken back by its own outlet's lag (``infer.outlet_lag``), since a
    morning paper tells the day before's news."""
    return [
        (add_days(day, -lags.get(outlets[j] or "", 0)), score)
        for j, score in near
        if (day := published[j]) is not None
    ]
