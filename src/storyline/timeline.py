"""Timelines: which dates matter in a story, and what happened on each.

The method follows news-tls DATEWISE (Gholipour Ghalandari & Ifrim 2020) and uses what
storyline knows that it did not:

* dates are ranked by the number of *independent sources* that mention them (copies of one
  wire text count once) plus the articles published on the day, not by raw sentence counts;
* the candidates for a date are the sentences that mention it and the lead sentences of
  articles published that day or the next (only that day, when the publication date was
  inferred from leads naming it: it is then the day they report); the summary is the
  readable candidate nearest the candidates' TF-IDF centroid, restricted to terms both
  kinds of candidate share, and it is a sentence naming the date whenever many of those
  are readable (leads only fill in), so that the entry's first evidence is the summary
  itself; a lead that names a month or a year is never a day's candidate, also when only
  days are asked for;
* a sentence already used for one date is not used again, a day whose best summary tells
  another day on the timeline ("treated on Friday", printed Saturday) gets no entry of
  its own, bylines, captions and fragments
  never become summaries, a wire dateline ("CAIRO (Reuters) -", "NEW ORLEANS --") that a
  sentence splitter left in front of a lead is cut off it (with whatever page furniture came
  before), and each entry carries the whole event behind it: every sentence
  that reports it, with the expression that gave the date and the independent-source count;
* month- and year-level dates ("in March", "last year") stay on the product timeline when
  the text is no more precise; the benchmark asks for days only (``days_only``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from threadpoolctl import threadpool_limits

from storyline.furniture import summarisable, without_dateline
from storyline.mentions import (
    MERGE_OVERLAP,
    Mention,
    collect_mentions,
    content_words,
    evidence_of,
    granularity,
    independent_sources,
    overlap,
    source_key,
)
from storyline.models import Document, Event, Evidence, Provenance, Sentence, passage_key
from storyline.periods import span

LEAD_SENTENCES = 5
"""Sentences at the top of an article that report its news: candidates for its day."""

RETROSPECTIVE_WEIGHT = 3.0
"""What a source naming a date *after* it adds to the date's rank, against a source naming
it on the day: news names the day for everything it reports, but a date still named days
later ("the March 19 air strikes") is one the story is built around."""

PUBLISHED_WEIGHT = 0.5
"""What an article published on a day adds to the day's rank, against one source that
mentions the day: coverage on a day is evidence something happened, but weaker than a
sentence saying so, because follow-up stories are published every day."""

DATED_PER_SENTENCE = 10
"""Readable sentences naming a date, per summary sentence asked for, above which the summary
is chosen among them alone: a date many sentences name is told best by one of them, while
for a date few name, the day's leads often say what happened better."""

REPEAT_OVERLAP = 0.8
"""Share of content words above which a candidate repeats a sentence already chosen."""

TOPIC_SHARE = 0.3
"""Share of a story's articles a word must appear in to count as one of its topic words."""

SMALL_STORY_DATES = 15
"""Dates a story gets at least when no length is asked for: a handful of articles still
tells a dozen dated steps."""

TOPIC_MIN_ARTICLES = 10
"""Below this many articles word frequencies say nothing about the topic."""

@dataclass(slots=True)
class _DateCandidates:
    """What is known about one date: who mentions it, who published on it, which sentences
    could summarise it."""

    mentions: list[Mention] = field(default_factory=list)
    published: set[str] = field(default_factory=set)
    leads: list[Sentence] = field(default_factory=list)

    def score(self) -> float:
        """The date's rank: sources looking back at it, sources reporting it on the day,
        and the day's coverage, weighted as the constants above explain."""
        later = {
            m.source
            for m in self.mentions
            if m.published is not None and m.date < m.published.isoformat()
        }
        same = {m.source for m in self.mentions} - later
        return (
            RETROSPECTIVE_WEIGHT * len(later) + len(same) + PUBLISHED_WEIGHT * len(self.published)
        )


def _dates_named(mentions: Iterable[Mention]) -> dict[tuple[str, int], set[str]]:
    """The dates each sentence names, by (article id, sentence index): also month- and
    year-level ones when only days are asked for, since they still tell which period a
    lead reports."""
    named: dict[tuple[str, int], set[str]] = defaultdict(set)
    for mention in mentions:
        named[(mention.sentence.article_id, mention.sentence.index)].add(mention.date)
    return named


def _published_key(provenance: Provenance | None, article_id: str) -> str:
    return provenance.duplicate_of.get(article_id, article_id) if provenance else article_id


def _gather(
    documents: Sequence[Document],
    mentions: Iterable[Mention],
    provenance: Provenance | None,
    since: date | None,
    until: date | None,
    named: dict[tuple[str, int], set[str]],
) -> dict[str, _DateCandidates]:
    """Candidates per date: mentions, and publication-day leads for days in range.

    A lead that names a month or a year reports that period, not the day it was printed
    (one naming another day still says what the news of the day was about); ``named``
    (see ``_dates_named``) tells which dates each sentence names.
    """
    dates: dict[str, _DateCandidates] = defaultdict(_DateCandidates)
    for mention in mentions:
        dates[mention.date].mentions.append(mention)
    for document in documents:
        published = document.article.published
        if published is None:
            continue
        # News printed on a day often tells the day before; a date inferred from leads that
        # name it ("said on Monday") is the day the text reports. (A date inferred from a
        # date line atop the text, or from the collection, is treated as a printed one.)
        own_day = document.article.published_inferred and any(
            value == published.isoformat()
            for s in document.sentences[:LEAD_SENTENCES]
            for value in named.get((s.article_id, s.index), ())
        )
        for day in (published,) if own_day else (published, published - timedelta(days=1)):
            if (since is None or day >= since) and (until is None or day <= until):
                value = day.isoformat()
                entry = dates[value]
                entry.leads.extend(
                    s
                    for s in document.sentences[:LEAD_SENTENCES]
                    if all(len(v) == len(value) for v in named.get((s.article_id, s.index), ()))
                )
                if day == published:
                    entry.published.add(_published_key(provenance, document.id))
    return dates


class _Summariser:
    """Picks the sentences nearest a date's centroid, never the same text twice."""

    def __init__(self, documents: Sequence[Document]) -> None:
        texts = list({s.text: None for d in documents for s in d.sentences})
        self.vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True)
        self.vectorizer.fit(texts or ["empty"])
        self.keywords = _topic_words(documents)
        self.chosen_words: list[frozenset[str]] = []
        self.used: set[str] = set()
        self.texts = {d.id: d.article.text for d in documents}

    def summarise(
        self,
        candidates: _DateCandidates,
        k: int,
        accept: Callable[[list[Sentence]], bool] | None = None,
    ) -> list[Sentence]:
        """Up to k readable sentences for a date, by greedy centroid similarity.

        Each step adds the sentence that brings the summary's vector closest (cosine) to
        the centroid, as DATEWISE's centroid optimisation does. A summary ``accept`` turns
        down is not given and uses up nothing: its sentences stay free for other dates.
        """
        index: dict[str, int] = {}
        sentences: list[Sentence] = []
        kinds: list[list[int]] = [[], []]
        pools = (
            [m.sentence for m in candidates.mentions],
            candidates.leads,
        )
        for kind, pool in enumerate(pools):
            for sentence in pool:
                key = passage_key(sentence.text)
                if key not in index:
                    index[key] = len(sentences)
                    sentences.append(
                        without_dateline(sentence, self.texts.get(sentence.article_id))
                    )
                kinds[kind].append(index[key])
        keys = list(index)
        words = [content_words(s.text) for s in sentences]
        allowed = [
            i
            for i, s in enumerate(sentences)
            if keys[i] not in self.used
            and summarisable(s)
            and (not self.keywords or words[i] & self.keywords)
        ]
        # A sentence that names the date is its own evidence; when plenty of them are
        # readable, leads only fill in.
        mentioned = set(kinds[0])
        dated = [i for i in allowed if i in mentioned]
        if len(dated) >= k * DATED_PER_SENTENCE:
            allowed = dated
        if not allowed:
            return []
        vectors = self.vectorizer.transform([s.text for s in sentences])
        centroid = self._centroid(vectors, kinds)
        pool = vectors[allowed]
        toward = pool @ centroid
        sizes = np.asarray(pool.multiply(pool).sum(axis=1)).ravel()
        total = np.zeros(vectors.shape[1])
        chosen: list[int] = []
        chosen_words: list[frozenset[str]] = []
        open_rows = np.ones(len(allowed), dtype=bool)
        while len(chosen) < k and open_rows.any():
            norms = np.sqrt(total @ total + 2 * (pool @ total) + sizes)
            scores = np.divide(
                total @ centroid + toward, norms, out=np.zeros_like(norms), where=norms > 0
            )
            scores[~open_rows] = -1.0
            best = int(np.argmax(scores))
            if scores[best] <= 0:
                break
            open_rows[best] = False
            if self._repeats(words[allowed[best]], chosen_words):
                continue
            chosen_words.append(words[allowed[best]])
            chosen.append(allowed[best])
            total = total + pool[best].toarray().ravel()
        summary = sorted((sentences[i] for i in chosen), key=lambda s: (s.article_id, s.index))
        if accept is not None and summary and not accept(summary):
            return []
        self.chosen_words.extend(chosen_words)
        self.used.update(keys[i] for i in chosen)
        return summary

    def _repeats(self, words: frozenset[str], also: list[frozenset[str]]) -> bool:
        """Whether a sentence says again what a chosen one said (a copy or near-copy)."""
        return any(overlap(words, seen) >= REPEAT_OVERLAP for seen in (*self.chosen_words, *also))

    @staticmethod
    def _centroid(vectors: sparse.csr_matrix, kinds: list[list[int]]) -> np.ndarray:
        """Mean of the mention centroid and the lead centroid over the terms both use.

        Terms only the leads use are about the day's other news; terms only the mentions use
        are about other events that day; what both say is what happened.
        """
        parts = [np.asarray(vectors[rows].mean(axis=0)).ravel() for rows in kinds if rows]
        if len(parts) == 2:
            shared = (parts[0] > 0) & (parts[1] > 0)
            centroid = np.where(shared, parts[0] + parts[1], 0.0)
            if not shared.any():
                centroid = parts[0] + parts[1]
        else:  # one kind of candidate only (there is always one: ``allowed`` is not empty)
            (centroid,) = parts
        norm = np.linalg.norm(centroid)
        return centroid / norm if norm else centroid


def _entry(
    date_value: str,
    summary: Sequence[Sentence],
    candidates: _DateCandidates,
    provenance: Provenance | None,
) -> Event:
    """The timeline entry for a date: its summary and the whole event behind it."""
    text = " ".join(s.text for s in summary)
    words = content_words(text)
    chosen = {(s.article_id, s.index) for s in summary}
    # The event is what the summary says: every mention of the date that says it too, in
    # words other than the date's ("on Wednesday" is shared by everything said that day).
    backing: list[Mention] = [
        m
        for m in candidates.mentions
        if (m.sentence.article_id, m.sentence.index) in chosen
        or _says_too(content_words(m.sentence.text), words, m.expression)
    ]
    evidence: list[Evidence] = evidence_of(backing)
    cited = {(e.article_id, e.sentence_index) for e in evidence}
    undated = [s for s in summary if (s.article_id, s.index) not in cited]
    evidence = [Evidence(s.article_id, s.text, None, s.index) for s in undated] + evidence
    sources = {m.source for m in backing} | {source_key(provenance, s) for s in undated}
    return Event(
        date=date_value,
        summary=text,
        evidence=evidence,
        independent_sources=max(len(sources), independent_sources(backing)),
    )


def _says_too(sentence: frozenset[str], summary: frozenset[str], expression: str | None) -> bool:
    """Whether a sentence reports what a summary says, not counting the date's own words."""
    dated = content_words(expression) if expression else frozenset()
    return overlap(sentence - dated, summary - dated) >= MERGE_OVERLAP


def build_timeline(
    documents: list[Document],
    provenance: Provenance | None = None,
    *,
    max_dates: int | None = None,
    sentences_per_date: int = 1,
    since: date | None = None,
    until: date | None = None,
    days_only: bool = False,
) -> list[Event]:
    """A story's timeline: the dates that matter, one summary each, chronological.

    ``max_dates`` caps the number of entries (by rank); without it every date backed by
    at least two independent sources is kept, or the best dates of a story so small that
    few are. ``days_only`` drops month- and year-level dates (what day-exact benchmarks
    score).
    """
    mentions = collect_mentions(documents, provenance, since=since, until=until)
    vaguer: list[Mention] = []
    if days_only:
        vaguer = [m for m in mentions if granularity(m.date) != "day"]
        mentions = [m for m in mentions if granularity(m.date) == "day"]
    named = _dates_named((*mentions, *vaguer))
    candidates = _gather(documents, mentions, provenance, since, until, named)
    ranked = sorted(candidates, key=lambda d: (-candidates[d].score(), span(d)[0]))
    if max_dates is None:
        max_dates = _default_length(candidates, ranked)
    # The vectors here are one sentence or one date long: BLAS threads cost more than they
    # give, and on a busy machine their spin-waits dominate (4x slower on T17).
    with threadpool_limits(limits=1):
        timeline = _summarise_dates(
            documents, candidates, ranked, max_dates, sentences_per_date, provenance, named
        )
    timeline.sort(key=lambda e: (span(e.date)[0], len(e.date)))
    return _without_vaguer_repeats(timeline)


def _summarise_dates(
    documents: list[Document],
    candidates: dict[str, _DateCandidates],
    ranked: list[str],
    max_dates: int,
    sentences_per_date: int,
    provenance: Provenance | None,
    named: dict[tuple[str, int], set[str]],
) -> list[Event]:
    """Entries for the best-ranked dates that have a readable summary, up to max_dates."""
    summariser = _Summariser(documents)
    # The days the timeline is planned to have: a day's summary naming only others of
    # them retells their news.
    planned = {value for value in ranked[:max_dates] if granularity(value) == "day"}
    timeline: list[Event] = []
    position = 0
    while len(timeline) < max_dates and position < len(ranked):
        batch = ranked[position : position + max_dates - len(timeline)]
        position += len(batch)
        # Days pick their sentences before months and years: "announced on Sunday that
        # troops will leave by mid-September" belongs to the Sunday.
        for value in sorted(batch, key=len, reverse=True):

            def keeps(chosen: list[Sentence], day: str = value) -> bool:
                return not _retells_another_day(day, chosen, named, planned)

            summary = summariser.summarise(candidates[value], sentences_per_date, keeps)
            if summary:
                timeline.append(_entry(value, summary, candidates[value], provenance))
    return timeline


def _retells_another_day(
    value: str,
    summary: Sequence[Sentence],
    named: dict[tuple[str, int], set[str]],
    planned: set[str],
) -> bool:
    """Whether a day's best summary is a lead telling the news of another day on the
    timeline ("at least 40 were treated on Friday", printed on Saturday): the entry would
    say again what that day's entry says."""
    if granularity(value) != "day":
        return False
    said = [named.get((s.article_id, s.index), set()) for s in summary]
    return all(days & planned and value not in days for days in said)


def _without_vaguer_repeats(timeline: list[Event]) -> list[Event]:
    """Drop a month- or year-level entry that retells a more precise entry inside it.

    "A coup last year" (2023) and "last July's ouster" (2023-07) are one event; the
    timeline keeps the date the text is most precise about.
    """
    words = [
        [content_words(e.summary)] + [content_words(x.sentence) for x in e.evidence]
        for e in timeline
    ]
    kept = []
    for i, entry in enumerate(timeline):
        first, last = span(entry.date)
        retold = any(
            len(other.date) > len(entry.date)
            and first <= span(other.date)[0] <= last
            and any(overlap(words[i][0], w) >= MERGE_OVERLAP for w in words[j])
            for j, other in enumerate(timeline)
        )
        if not retold:
            kept.append(entry)
    return kept


def _topic_words(documents: Sequence[Document]) -> frozenset[str]:
    """Content words most of the story's articles use: what the story is about.

    A sentence without any of them is about something else (a radio listing in a music
    story, a sports result on a war day), however close it is to its date's centroid.
    """
    frequency: Counter[str] = Counter()
    for document in documents:
        frequency.update(content_words(document.article.text))
    if len(documents) < TOPIC_MIN_ARTICLES:
        return frozenset()
    threshold = TOPIC_SHARE * len(documents)
    return frozenset(w for w, n in frequency.items() if n >= threshold)


def _default_length(candidates: dict[str, _DateCandidates], ranked: list[str]) -> int:
    """How many dates a timeline has when nobody said: every date two sources vouch for,
    and in a small story (where few dates can be vouched for twice) its best
    ``SMALL_STORY_DATES``."""
    vouched = sum(1 for d in ranked if len({m.source for m in candidates[d].mentions}) >= 2)
    return max(vouched, min(len(ranked), SMALL_STORY_DATES))
