"""ROUGE for timelines: concat, alignment-based many-to-one (align+ m:1), and Date-F1.

The news-tls protocol scores a system timeline against a reference with ROUGE-1/2 computed
the way ROUGE-1.5.5 does with ``-m -s``: text lower-cased, everything but letters, digits
and hyphens turned into spaces, SMART stop words dropped, tokens that do not start with a
letter or digit dropped, and tokens longer than three characters Porter-stemmed. Bigrams run
across sentence boundaries because ROUGE-1.5.5 reads a summary as one text.

Align+ m:1 (Martschat & Markert 2017) first maps every system date to the reference date
that is cheapest under ``cost = (1 - 1/(|days|+1)) * (1 - approximate ROUGE-1 F1)`` (and
every reference date to a system date, for recall), then counts the n-gram matches of the
aligned daily summaries discounted by ``1/(|days|+1)``. The approximate ROUGE-1 used for the
alignment cost is the one the metric defines: whitespace tokens, case kept, single
punctuation characters dropped.

``text.reimpl_tokens`` reproduces instead the tokenisation of tilse's approximate
reimplementation (whitespace tokens, Porter-stemmed whole): published figures computed with it
can then be compared like with like. On T17 timelines the two differ by up to 0.01-0.02 F1;
the default (``text.rouge_tokens``) matches the ROUGE-1.5.5 Perl script to the fourth decimal
on align+ m:1.
"""

from __future__ import annotations

import string
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from storyline.text import rouge_tokens

Timeline = Mapping[date, Sequence[str]]
"""A timeline as the metrics see it: each date's summary sentences."""

Tokeniser = Callable[[str], list[str]]

_PUNCTUATION = frozenset(string.punctuation)


def ngrams(tokens: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    """Counts of the n-grams of a token sequence."""
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


@dataclass(frozen=True, slots=True)
class PRF:
    """Precision, recall and their harmonic mean."""

    precision: float
    recall: float

    @property
    def f1(self) -> float:
        return f_score(self.precision, self.recall)


def f_score(precision: float, recall: float) -> float:
    """F1, zero when both parts are zero."""
    total = precision + recall
    return 2 * precision * recall / total if total else 0.0


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else 0.0


@dataclass(frozen=True, slots=True)
class _DailySummary:
    """One date's summary, tokenised once for every comparison it takes part in."""

    grams: tuple[Counter[tuple[str, ...]], Counter[tuple[str, ...]]]
    approx: Counter[str]

    @classmethod
    def of(cls, sentences: Iterable[str], tokeniser: Tokeniser) -> _DailySummary:
        text = " ".join(sentences)
        tokens = tokeniser(text)
        approx = Counter(t for t in text.split() if t not in _PUNCTUATION)
        return cls(grams=(ngrams(tokens, 1), ngrams(tokens, 2)), approx=approx)

    def size(self, n: int) -> int:
        return sum(self.grams[n - 1].values())

    def hits(self, other: _DailySummary, n: int) -> int:
        mine, theirs = self.grams[n - 1], other.grams[n - 1]
        if len(theirs) < len(mine):
            mine, theirs = theirs, mine
        return sum(min(count, theirs[gram]) for gram, count in mine.items() if gram in theirs)

    def approx_f1(self, other: _DailySummary) -> float:
        """The cheap ROUGE-1 F1 that alignment costs are built from."""
        overlap = sum((self.approx & other.approx).values())
        precision = _ratio(overlap, sum(self.approx.values()))
        recall = _ratio(overlap, sum(other.approx.values()))
        return f_score(precision, recall)


def _days_apart(a: date, b: date) -> int:
    return abs(a.toordinal() - b.toordinal())


def concat_rouge(
    system: Timeline, reference: Timeline, tokeniser: Tokeniser = rouge_tokens
) -> dict[int, PRF]:
    """ROUGE-1 and ROUGE-2 of all daily summaries concatenated, dates ignored."""
    sys_all = _DailySummary.of((s for d in sorted(system) for s in system[d]), tokeniser)
    ref_all = _DailySummary.of((s for d in sorted(reference) for s in reference[d]), tokeniser)
    return {
        n: PRF(
            _ratio(sys_all.hits(ref_all, n), sys_all.size(n)),
            _ratio(sys_all.hits(ref_all, n), ref_all.size(n)),
        )
        for n in (1, 2)
    }


def align_m1_rouge(
    system: Timeline, reference: Timeline, tokeniser: Tokeniser = rouge_tokens
) -> dict[int, PRF]:
    """Align+ m:1 ROUGE-1 and ROUGE-2 (Martschat & Markert 2017).

    Each system date is scored against its cheapest reference date (precision) and each
    reference date against its cheapest system date (recall); ties go to the earliest date.
    """
    sys_dates, ref_dates = sorted(system), sorted(reference)
    sys_days = [_DailySummary.of(system[d], tokeniser) for d in sys_dates]
    ref_days = [_DailySummary.of(reference[d], tokeniser) for d in ref_dates]
    costs = [
        [
            (1 - 1 / (_days_apart(sd, rd) + 1)) * (1 - s.approx_f1(r))
            for rd, r in zip(ref_dates, ref_days, strict=True)
        ]
        for sd, s in zip(sys_dates, sys_days, strict=True)
    ]
    scores = {}
    for n in (1, 2):
        precision_hits = 0.0
        for i, row in enumerate(costs):
            if not ref_days:
                break
            j = min(range(len(row)), key=row.__getitem__)
            weight = 1 / (_days_apart(sys_dates[i], ref_dates[j]) + 1)
            precision_hits += weight * sys_days[i].hits(ref_days[j], n)
        recall_hits = 0.0
        for j in range(len(ref_dates)):
            if not sys_days:
                break
            column = [row[j] for row in costs]
            i = min(range(len(sys_days)), key=column.__getitem__)
            weight = 1 / (_days_apart(sys_dates[i], ref_dates[j]) + 1)
            recall_hits += weight * sys_days[i].hits(ref_days[j], n)
        scores[n] = PRF(
            _ratio(precision_hits, sum(d.size(n) for d in sys_days)),
            _ratio(recall_hits, sum(d.size(n) for d in ref_days)),
        )
    return scores


def date_prf(system: Iterable[date], reference: Iterable[date]) -> PRF:
    """Date precision and recall: exact day matches."""
    sys_set, ref_set = set(system), set(reference)
    both = len(sys_set & ref_set)
    return PRF(_ratio(both, len(sys_set)), _ratio(both, len(ref_set)))


@dataclass(frozen=True, slots=True)
class TimelineScores:
    """Every measure of one system timeline against one reference timeline."""

    align_rouge1: PRF
    align_rouge2: PRF
    concat_rouge1: PRF
    concat_rouge2: PRF
    dates: PRF


def score_timeline(
    system: Timeline, reference: Timeline, tokeniser: Tokeniser = rouge_tokens
) -> TimelineScores:
    """Score a system timeline with the news-tls measures."""
    align = align_m1_rouge(system, reference, tokeniser)
    concat = concat_rouge(system, reference, tokeniser)
    return TimelineScores(
        align_rouge1=align[1],
        align_rouge2=align[2],
        concat_rouge1=concat[1],
        concat_rouge2=concat[2],
        dates=date_prf(system, reference),
    )


def macro_average(scores: Sequence[PRF]) -> PRF:
    """The news-tls macro average: mean precision and mean recall over tasks (F1 from them)."""
    if not scores:
        return PRF(0.0, 0.0)
    return PRF(
        sum(s.precision for s in scores) / len(scores),
        sum(s.recall for s in scores) / len(scores),
    )
