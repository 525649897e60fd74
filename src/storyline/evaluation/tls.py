"""`storyline eval tls DIR`: the news-tls timeline-summarisation protocol.

A dataset in the news-tls layout has one directory per topic with ``articles.jsonl`` and
``timelines.jsonl`` (one reference timeline a line). Each reference timeline is one task:
the system sees the topic's articles published between the reference's first and last date,
must produce l dates (l = the reference's number of dates) with k sentences each (k = the
reference's mean sentences per date, rounded), and is scored with align+ m:1 ROUGE-1/2,
concat ROUGE-1/2 and Date-F1. Overall figures are news-tls macro averages: mean precision
and mean recall over tasks, F1 from those.

Every article of a topic is analysed (sentences, time expressions) once, then clipped per
task, so a topic with five reference timelines costs one tagging pass.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from storyline import dedup, pipeline
from storyline.errors import InputError
from storyline.evaluation.rouge import (
    PRF,
    Timeline,
    TimelineScores,
    Tokeniser,
    macro_average,
    score_timeline,
)
from storyline.models import Article, Document, Provenance
from storyline.readers import read_file
from storyline.text import rouge_tokens
from storyline.timeline import build_timeline

System = Callable[[list[Document], Provenance, "Task"], Timeline]
"""A timeline system under evaluation: documents of a task (already clipped) to a timeline."""


@dataclass(frozen=True, slots=True)
class Task:
    """One reference timeline of a topic and what the protocol lets the system know."""

    topic: str
    index: int
    reference: dict[date, list[str]]

    @property
    def start(self) -> date:
        return min(self.reference)

    @property
    def end(self) -> date:
        return max(self.reference)

    @property
    def max_dates(self) -> int:
        """l: as many dates as the reference has."""
        return len(self.reference)

    @property
    def sentences_per_date(self) -> int:
        """k: the reference's mean sentences per date, rounded (half to even, as numpy)."""
        return round(sum(len(s) for s in self.reference.values()) / len(self.reference))


def read_reference_timelines(path: Path, topic: str) -> list[Task]:
    """The tasks of a topic from its ``timelines.jsonl``."""
    tasks: list[Task] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            reference: dict[date, list[str]] = {}
            for stamp, sentences in json.loads(line):
                reference.setdefault(datetime.fromisoformat(stamp).date(), []).extend(sentences)
            tasks.append(Task(topic, len(tasks), reference))
    return tasks


def read_articles(path: Path) -> list[Article]:
    """The topic's dated articles; empty ones (the reader reports them) are left out."""
    articles: dict[str, Article] = {}
    for result in read_file(path):
        if not isinstance(result, InputError) and result.published is not None:
            articles.setdefault(result.id, result)
    return list(articles.values())


def analyse(article: Article) -> Document:
    """The per-article stages a timeline needs: sentences and resolved time expressions."""
    return pipeline.analyse(article, ("sentences", "time_expressions"))


def storyline_system(documents: list[Document], provenance: Provenance, task: Task) -> Timeline:
    """storyline's timeline under the protocol: l day-level dates of k sentences each."""
    events = build_timeline(
        documents,
        provenance,
        max_dates=task.max_dates,
        sentences_per_date=task.sentences_per_date,
        since=task.start,
        until=task.end,
        days_only=True,
    )
    return {date.fromisoformat(e.date): [e.summary] for e in events}


def _scores_row(scores: TimelineScores) -> dict[str, float]:
    row: dict[str, float] = {}
    for name, prf in (
        ("align_m1_rouge1", scores.align_rouge1),
        ("align_m1_rouge2", scores.align_rouge2),
        ("concat_rouge1", scores.concat_rouge1),
        ("concat_rouge2", scores.concat_rouge2),
        ("date", scores.dates),
    ):
        row[f"{name}_p"] = prf.precision
        row[f"{name}_r"] = prf.recall
        row[f"{name}_f1"] = prf.f1
    return row


def topic_directories(directory: Path, topics: Sequence[str] | None = None) -> list[Path]:
    """The topic directories of a dataset, optionally only the named ones."""
    found = sorted(p for p in directory.iterdir() if (p / "timelines.jsonl").is_file())
    if not found:
        raise InputError(
            str(directory), "no topics in it (news-tls layout: TOPIC/timelines.jsonl and"
            " TOPIC/articles.jsonl)"
        )
    if topics is None:
        return found
    names = {p.name: p for p in found}
    missing = [t for t in topics if t not in names]
    if missing:
        raise InputError(str(directory), f"no topic {', '.join(missing)}")
    return [names[t] for t in topics]


def evaluate(
    directory: Path,
    topics: Sequence[str] | None = None,
    *,
    system: System = storyline_system,
    tokeniser: Tokeniser = rouge_tokens,
) -> dict[str, object]:
    """Run the protocol on every task of a dataset; overall figures and one item per task.

    ``overall`` holds the keys of spec/evaluation.md (F1s, ``tasks``, ``seconds``) plus the
    macro precision and recall behind each F1; ``seconds`` is the wall time of everything
    the system did (reading, tagging, timelines), not of the scoring. ``tokeniser`` picks
    ROUGE-1.5.5's token rules (the default) or tilse's reimplementation's
    (``text.reimpl_tokens``), for figures comparable with either.
    """
    items: list[dict[str, object]] = []
    all_scores: list[TimelineScores] = []
    system_seconds = 0.0
    for topic_dir in topic_directories(directory, topics):
        started = time.perf_counter()
        documents = [analyse(a) for a in read_articles(topic_dir / "articles.jsonl")]
        provenance = dedup.build_provenance(documents)
        shared_seconds = time.perf_counter() - started
        system_seconds += shared_seconds
        for task in read_reference_timelines(topic_dir / "timelines.jsonl", topic_dir.name):
            started = time.perf_counter()
            clipped = [
                d
                for d in documents
                if task.start <= d.article.published <= task.end  # type: ignore[operator]
            ]
            predicted = system(clipped, provenance, task)
            seconds = time.perf_counter() - started
            system_seconds += seconds
            scores = score_timeline(predicted, task.reference, tokeniser)
            all_scores.append(scores)
            items.append(
                {
                    "topic": task.topic,
                    "timeline": task.index,
                    "articles": len(clipped),
                    "dates": task.max_dates,
                    "sentences_per_date": task.sentences_per_date,
                    **_scores_row(scores),
                    "seconds": seconds,
                    "topic_analysis_seconds": shared_seconds,
                }
            )
    return {"overall": _overall(all_scores, system_seconds), "items": items}


def _overall(all_scores: list[TimelineScores], seconds: float) -> dict[str, object]:
    def mean(pick: Callable[[TimelineScores], PRF]) -> PRF:
        return macro_average([pick(s) for s in all_scores])

    overall: dict[str, object] = {}
    for name, pick in (
        ("align_m1_rouge1", lambda s: s.align_rouge1),
        ("align_m1_rouge2", lambda s: s.align_rouge2),
        ("concat_rouge1", lambda s: s.concat_rouge1),
        ("concat_rouge2", lambda s: s.concat_rouge2),
        ("date", lambda s: s.dates),
    ):
        prf = mean(pick)
        overall[f"{name}_f1"] = prf.f1
        overall[f"{name}_p"] = prf.precision
        overall[f"{name}_r"] = prf.recall
    overall["tasks"] = len(all_scores)
    overall["seconds"] = seconds
    return overall
