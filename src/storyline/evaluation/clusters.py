"""Scoring story clustering on labelled articles (`storyline eval clusters PATH`).

The labelled set is the layout of ``datasets/clusters/giveme5w1h``: one JSON file per article
with ``title``, ``text``, ``date_publish``, ``source_domain``, ``url`` and the gold story in
``newsCluster.EventId``. A JSON Lines file of articles with a ``story`` (or ``event``,
``cluster``, ``label``) field works too, so the synthetic corpus can be scored the same way.

Two families of measures, because they fail differently: pairwise precision/recall/F1 over
article pairs (Miranda et al. 2018) punishes a wrong merge of two big stories quadratically;
BCubed averages per article, so every article counts the same whatever its story's size.

The same labelled articles can be given in four forms (``FORMS``), because feeds, alerts
and aggregators carry less than the article: ``full`` as they are; ``headline``, the title
alone; ``feed``, a feed item: the title and the record's ``description`` (giveme5w1h has
one), or the first two sentences of the text when it has none; ``mixed``, a pile of all
three, each article's form fixed by its id (a third each).

Gold stories are scored by split (``SPLITS``, see ``in_split``): giveme5w1h's events with
EventId ``HELD_OUT`` or above are held out, never scored while settings are chosen; the
others are split by label into ``dev`` (even EventIds) and ``test`` (odd), and ``all`` is the
two together, without the held-out events. ``held-out`` scores those alone, once settings
are fixed.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from datetime import date
from math import comb
from pathlib import Path
from typing import Any

from storyline.errors import InputError
from storyline.models import Article
from storyline.sentences import split_sentences
from storyline.stories import cluster

_LABEL_FIELDS = ("story", "event", "cluster", "label")
FORMS = ("full", "headline", "feed", "mixed")
FEED_SENTENCES = 2  # sentences of the text a feed item carries when its record has no description
SPLITS = ("dev", "test", "all", "held-out")
HELD_OUT = 60  # gold stories numbered from this on are held out (giveme5w1h's EventIds)


def in_split(split: str) -> Callable[[str, bool], bool]:
    """Which gold stories ``split`` scores (see ``SPLITS``), as a test of a story's label
    and whether it is held out (``_held_out``).

    Below the held-out ones, a numbered story (giveme5w1h's EventId) is in dev when even, in
    test when odd; a story named otherwise is in the half of its name's digest's parity, so
    that the halves do not follow the order the names were made in.
    """
    if split not in SPLITS:
        raise ValueError(f"no split {split!r} (splits: {', '.join(SPLITS)})")

    def keep(label: str, held_out: bool) -> bool:
        if held_out or split == "held-out":
            return held_out and split == "held-out"
        if split == "all":
            return True
        number = int(label) if label.isdigit() else hashlib.sha256(label.encode()).digest()[0]
        return number % 2 == (0 if split == "dev" else 1)

    return keep


def _held_out(record: Mapping[str, Any]) -> bool:
    """Whether a giveme5w1h record's event is one of the held-out ones."""
    news = record.get("newsCluster")
    event = news.get("EventId") if isinstance(news, Mapping) else None
    return str(event).isdigit() and int(str(event)) >= HELD_OUT


def _label(record: Mapping[str, Any]) -> str | None:
    news = record.get("newsCluster")
    if isinstance(news, Mapping) and news.get("EventId") is not None:
        return str(news["EventId"])
    for key in _LABEL_FIELDS:
        if record.get(key) is not None:
            return str(record[key])
    return None


def _day(value: Any) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _article(record: Mapping[str, Any], fallback_id: str, origin: str) -> Article:
    """An article for scoring; its id is the record's own, as copies must stay two items."""
    return Article(
        id=str(record.get("dId") or record.get("id") or fallback_id),
        origin=origin,
        text=str(record.get("text") or ""),
        title=record.get("title") or None,
        outlet=record.get("source_domain") or record.get("outlet") or None,
        url=record.get("url") or None,
        published=_day(record.get("date_publish") or record.get("published")),
    )


def _records(path: Path) -> Iterator[tuple[Mapping[str, Any], str, str]]:
    """(record, fallback id, origin) for every labelled article under ``path``."""
    files = sorted(path.rglob("*.json")) if path.is_dir() else [path]
    for file in files:
        try:
            if file.suffix in (".jsonl", ".ndjson"):
                with file.open(encoding="utf-8") as handle:
                    for number, line in enumerate(handle, start=1):
                        if line.strip():
                            yield json.loads(line), f"{file.stem}:{number}", f"{file}:{number}"
            else:
                yield json.loads(file.read_text(encoding="utf-8")), file.stem, str(file)
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError(str(file), f"not a labelled article file ({exc})") from None


def load(
    path: Path, form: str = "full", split: str = "all"
) -> tuple[list[Article], dict[str, str]]:
    """The labelled articles of the gold stories of ``split`` (see ``in_split``) under
    ``path`` in ``form`` (see ``FORMS``) and their gold story labels (unlabelled skipped)."""
    if form not in FORMS:
        raise ValueError(f"no form {form!r} (forms: {', '.join(FORMS)})")
    keep = in_split(split)
    articles: list[Article] = []
    gold: dict[str, str] = {}
    for record, fallback, origin in _records(path):
        if not isinstance(record, Mapping):
            continue
        label = _label(record)
        if label is None or not keep(label, _held_out(record)):
            continue
        article = _article(record, fallback, origin)
        if article.id in gold:
            continue
        articles.append(as_form(article, form, record.get("description")))
        gold[article.id] = label
    return articles, gold


def as_form(article: Article, form: str, description: str | None = None) -> Article:
    """``article`` as a feed, an alert or an aggregator would carry it (see ``FORMS``)."""
    if form == "mixed":
        digest = hashlib.sha256(article.id.encode()).digest()
        form = ("full", "feed", "headline")[digest[0] % 3]
    if form == "headline":
        return replace(article, text="")
    if form == "feed":
        text = " ".join(str(description or "").split())
        if not text:
            text = " ".join(s.text for s in split_sentences(article)[:FEED_SENTENCES])
        if text == " ".join((article.title or "").split()):
            text = ""  # a description that only repeats the headline adds nothing
        return replace(article, text=text)
    return article


def scores(gold: Mapping[str, str], predicted: Mapping[str, str]) -> dict[str, Any]:
    """Pairwise and BCubed precision, recall and F1 of ``predicted`` against ``gold``.

    Both map item → cluster label and are scored on the items they share.
    """
    items = [i for i in gold if i in predicted]
    joint = Counter((gold[i], predicted[i]) for i in items)
    gold_sizes = Counter(gold[i] for i in items)
    found_sizes = Counter(predicted[i] for i in items)
    together = sum(comb(n, 2) for n in joint.values())
    found_pairs = sum(comb(n, 2) for n in found_sizes.values())
    gold_pairs = sum(comb(n, 2) for n in gold_sizes.values())
    pairwise_p = together / found_pairs if found_pairs else 1.0
    pairwise_r = together / gold_pairs if gold_pairs else 1.0
    # BCubed: each item's share of its found cluster that is right, and of its gold cluster found
    bcubed_p = bcubed_r = 0.0
    for (g, f), n in joint.items():
        bcubed_p += n * n / found_sizes[f]
        bcubed_r += n * n / gold_sizes[g]
    count = len(items)
    bcubed_p = bcubed_p / count if count else 1.0
    bcubed_r = bcubed_r / count if count else 1.0
    return {
        "pairwise_p": pairwise_p,
        "pairwise_r": pairwise_r,
        "pairwise_f1": _f1(pairwise_p, pairwise_r),
        "bcubed_p": bcubed_p,
        "bcubed_r": bcubed_r,
        "bcubed_f1": _f1(bcubed_p, bcubed_r),
        "clusters": len(found_sizes),
        "gold_clusters": len(gold_sizes),
        "articles": count,
    }


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def evaluate(path: Path, *, form: str = "full", split: str = "all") -> dict[str, Any]:
    """Cluster the labelled articles of one split under ``path`` (see ``in_split``) in
    ``form`` (see ``FORMS``) and score the stories against gold.

    ``items`` has one row per gold story: its size and how its articles were split.
    """
    articles, gold = load(path, form, split)
    predicted = {a: story.id for story in cluster(articles) for a in story.article_ids}
    members: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for article_id, label in gold.items():
        members[label][predicted[article_id]] += 1
    items = {
        label: {"articles": sum(found.values()), "found_in": sorted(found.values(), reverse=True)}
        for label, found in sorted(members.items())
    }
    return {"overall": scores(gold, predicted), "items": items}
