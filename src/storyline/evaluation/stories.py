"""`storyline eval stories GOLD_DIR`: story timelines scored against an editor's key events.

T17's references are long timelines of big topics; most piles people bring are small
stories, where what matters is whether the timeline holds the story's key events, each on
the day it happened, and how much of it is padding. A gold story (one JSON file, see
``docs/evaluation.md``) lists the key events an editor would put on the timeline, each with
the dates accepted for it and ``match``: alternatives of short phrases that must all appear in
one sentence of an entry (its summary or one of its evidence sentences) for the entry to be
that event. Two figures come out:

* **events found**: gold key events that some timeline entry on an accepted date matches;
* **entries on target**: timeline entries (background excluded) that match some key event;
* **entries distinct**: entries matched to key events one to one (the most entries that
  can each stand for a key event no other entry stands for): an entry retelling a key event
  another entry already tells is on target, but not distinct.

Beside them the same figures for the floor every system must beat: each article's first
three sentences as one entry under its publication day (lead-3).

A gold story names its articles through its corpus: a giveme5w1h event (all articles with
that ``EventId``), a few days of one T17 topic (its records' ids), a folder of TimeML files
(the time-expression corpora's news, several stories to a folder), or a folder of files.
Gold stories that share a corpus form one pile, run through storyline at once (the examples
hold three stories); each story storyline finds goes to the gold story holding most of its
articles.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from storyline.errors import InputError
from storyline.evaluation import Counts
from storyline.models import Article

Entry = Mapping[str, Any]
"""A timeline entry as the JSON contract shapes it: ``date``, ``summary``, ``evidence``."""

System = Callable[[list[Article]], list[dict[str, Any]]]
"""A system under evaluation: a pile of articles to stories in the JSON contract's shape."""

LEAD_SENTENCES = 3
"""Sentences of each article the lead baseline prints under its publication day."""


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One event an editor lists: the dates accepted for it and how an entry is known as it."""

    id: str
    what: str
    dates: tuple[str, ...]
    match: tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class GoldStory:
    """One story's gold: its pile, the ids of its articles, its key events."""

    name: str
    split: str
    pile: tuple[str, ...]
    articles: frozenset[str]
    events: tuple[GoldEvent, ...]
    background: tuple[GoldEvent, ...]
    raw: Mapping[str, Any] = field(hash=False, compare=False)


def load_gold(directory: Path, split: str = "all") -> list[GoldStory]:
    """The gold stories in a folder (``*.json``), those of one split or all of them."""
    if not directory.is_dir():
        raise InputError(str(directory), "not a folder of gold stories")
    stories = []
    for path in sorted(directory.glob("*.json")):
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            story = _gold_story(raw, path)
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(str(path), f"not a gold story ({exc})") from exc
        if split in ("all", story.split):
            stories.append(story)
    if not stories:
        raise InputError(str(directory), f"no gold stories (split {split!r})")
    return stories


def _gold_story(raw: Mapping[str, Any], path: Path) -> GoldStory:
    corpus = raw["corpus"]
    if corpus["kind"] == "giveme5w1h":
        pile: tuple[str, ...] = ("giveme5w1h", str(int(corpus["event_id"])))
    elif corpus["kind"] == "folder":
        pile = ("folder", corpus["path"])
    elif corpus["kind"] == "t17":
        pile = ("t17", corpus["topic"], *sorted(corpus["ids"]))
    elif corpus["kind"] == "timeml":
        pile = ("timeml", corpus["path"])
    else:
        raise ValueError(f"unknown corpus kind {corpus['kind']!r}")
    return GoldStory(
        name=raw["name"],
        split=raw.get("split", "dev"),
        pile=pile,
        articles=frozenset(raw["articles"]),
        events=tuple(_gold_event(e) for e in raw["events"]),
        background=tuple(_gold_event(e) for e in raw.get("background", ())),
        raw=raw,
    )


def _gold_event(raw: Mapping[str, Any]) -> GoldEvent:
    match = tuple(tuple(fold(p) for p in group) for group in raw["match"])
    if not match or not all(match):
        raise ValueError(f"event {raw.get('id')!r} has an empty match")
    return GoldEvent(raw["id"], raw.get("what", ""), tuple(raw["dates"]), match)


_DASHES = re.compile(r"[\u2010-\u2015\-]+")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def fold(text: str) -> str:
    """Text as phrases are matched: case, accents, dashes, quotes and spacing folded."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_QUOTES).casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_DASHES.sub(" ", plain).split())


def on_date(entry_date: str, accepted: Iterable[str]) -> bool:
    """Whether an entry's date is one the gold accepts: the same value, or a more precise
    one inside it (an entry on 2024-03-15 for a gold "2024-03"), never a vaguer one."""
    return any(entry_date == a or entry_date.startswith(a + "-") for a in accepted)


def entry_sentences(entry: Entry) -> list[str]:
    """The sentences an entry shows: its summary and every evidence sentence, folded."""
    texts = [entry.get("summary", "")]
    texts.extend(e.get("sentence", "") for e in entry.get("evidence", ()))
    return [fold(t) for t in texts if t]


def matches(entry: Entry, event: GoldEvent) -> bool:
    """Whether an entry is this event: on an accepted date, and one of its sentences holds
    every phrase of one of the event's match alternatives."""
    return on_date(str(entry.get("date", "")), event.dates) and _tells(entry, event)


@dataclass(slots=True)
class Tally(Counts):
    """Counts behind the two figures, addable across stories."""

    gold: int = 0
    found: int = 0
    entries: int = 0
    on_target: int = 0
    distinct: int = 0

    def figures(self) -> dict[str, float | int]:
        recall = self.found / self.gold if self.gold else 0.0
        precision = self.on_target / self.entries if self.entries else 0.0
        f1 = 2 * recall * precision / (recall + precision) if recall + precision else 0.0
        return {
            "events_found": recall,
            "entries_on_target": precision,
            "entries_distinct": self.distinct / self.entries if self.entries else 0.0,
            "f1": f1,
            "gold_events": self.gold,
            "found": self.found,
            "entries": self.entries,
            "on_target": self.on_target,
            "distinct": self.distinct,
        }


def score(entries: Sequence[Entry], story: GoldStory) -> tuple[Tally, list[str]]:
    """A timeline's tally against one gold story, and the ids of the events it found."""
    hits = [{e.id for e in story.events if matches(x, e)} for x in entries]
    found = [e.id for e in story.events if any(e.id in h for h in hits)]
    on_target = sum(1 for h in hits if h)
    tally = Tally(len(story.events), len(found), len(entries), on_target, _one_to_one(hits))
    return tally, found


def why_missed(event: GoldEvent, entries: Sequence[Entry], background: Sequence[Entry]) -> str:
    """Where a key event the timeline missed went, as the entries that tell it show: on
    other dates than the gold accepts, in the background, or nowhere. What to fix differs:
    dating, telling news from context, or choosing events."""
    other = sorted({str(x.get("date")) for x in entries if _tells(x, event)})
    if other:
        return "another date: " + ", ".join(other)
    if any(_tells(x, event) for x in background):
        return "background"
    return "not on the timeline"


def _tells(entry: Entry, event: GoldEvent) -> bool:
    """Whether an entry tells the event on any date."""
    sentences = entry_sentences(entry)
    return any(all(p in s for p in group) for group in event.match for s in sentences)


def _one_to_one(hits: Sequence[set[str]]) -> int:
    """The most entries that can each stand for a different key event (a maximum matching
    of entries to the key events they match, by augmenting paths): what a reader learns
    from the entries, where on target counts a key event as often as it is retold."""
    holder: dict[str, int] = {}

    def place(entry: int, tried: set[str]) -> bool:
        for event in sorted(hits[entry] - tried):
            tried.add(event)
            if event not in holder or place(holder[event], tried):
                holder[event] = entry
                return True
        return False

    return sum(place(i, set()) for i in range(len(hits)))


def lead_baseline(articles: Iterable[Article]) -> list[dict[str, Any]]:
    """Each dated article's first three sentences as one entry under its publication day."""
    from storyline.sentences import split_sentences

    entries: list[dict[str, Any]] = []
    for article in articles:
        if article.published is None:
            continue
        lead = [s.text for s in split_sentences(article)[:LEAD_SENTENCES]]
        if lead:
            entries.append(
                {
                    "date": article.published.isoformat(),
                    "summary": " ".join(lead),
                    "evidence": [{"article": article.id, "sentence": s} for s in lead],
                }
            )
    entries.sort(key=lambda e: str(e["date"]))
    return entries


def load_pile(pile: tuple[str, ...], shared: Path, base: Path) -> list[tuple[str, Article]]:
    """A pile's articles, each with the id the gold gives it (file name, record id, T17
    record id or giveme5w1h ``dId``)."""
    if pile[0] == "giveme5w1h":
        from storyline.evaluation.clusters import load

        data = shared / "datasets" / "clusters" / "giveme5w1h" / "data"
        articles, labels = load(data)
        wanted = [a for a in articles if labels.get(a.id) == pile[1]]
        ids = {a.id: Path(a.origin).stem for a in wanted}
        return [(ids[a.id], a) for a in wanted]
    if pile[0] == "timeml":
        folder = shared / pile[1]
        if not folder.is_dir():
            raise InputError(str(folder), "no TimeML folder here")
        return [(path.stem, _timeml_article(path)) for path in sorted(folder.glob("*.tml"))]
    from storyline.readers import read_paths

    if pile[0] == "t17":
        topic = shared / "datasets" / "tls" / "t17" / pile[1] / "articles.jsonl"
        if not topic.is_file():
            raise InputError(str(topic), "no T17 topic's articles here")
        records = set(pile[2:])
        return [
            (record, result)
            for result in read_paths([str(topic)])
            if isinstance(result, Article)
            and (record := result.origin.rpartition("#")[2]) in records
        ]
    folder = (base / pile[1]) if pile[1].startswith(".") else shared / pile[1]
    names = _record_names(folder)
    pairs = []
    for result in read_paths([str(folder)]):
        if isinstance(result, Article):
            name = names.get(result.url or result.origin)
            pairs.append((name or Path(result.origin).name, result))
    return pairs


_TIMEML_OUTLETS = {"APW": "Associated Press", "NYT": "New York Times", "XIE": "Xinhua"}
"""The news services a TimeML document id names by its first letters (AQUAINT's ids)."""


def _timeml_article(path: Path) -> Article:
    """A TimeML document as an article: its text without the annotation, its creation time
    as the publication date, its title, and the outlet its id names."""
    from storyline.evaluation.timex import read_timeml

    document = read_timeml(path)
    return Article.from_text(
        document.text.strip(),
        str(path),
        title=document.title,
        outlet=_TIMEML_OUTLETS.get(path.stem[:3]),
        published=document.dct,
    )


def _record_names(folder: Path) -> dict[str, str]:
    """The names a gold story gives the articles of a folder that come many to a file, by
    their link: a JSON Lines record by its ``id``, a feed item as ``FILE#guid``."""
    import feedparser

    names: dict[str, str] = {}
    for path in sorted(folder.iterdir()):
        if path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                record = json.loads(line) if line.strip() else {}
                if record.get("url") and record.get("id"):
                    names[record["url"]] = str(record["id"])
        elif path.suffix in (".xml", ".rss", ".atom"):
            for item in feedparser.parse(path.read_bytes()).entries:
                if item.get("link") and item.get("id"):
                    names[item["link"]] = f"{path.name}#{item['id']}"
    return names


def storyline(articles: list[Article]) -> list[dict[str, Any]]:
    """storyline itself as a system under evaluation: the whole pipeline, in the contract."""
    from storyline import pipeline
    from storyline.output import result_dict

    stories: list[dict[str, Any]] = result_dict(pipeline.run(articles))["stories"]
    return stories


def without_dates(system: System) -> System:
    """``system`` given every article without its publication date, as a folder of pasted
    texts would come: how well it dates a story from the texts alone. The lead baseline
    keeps the dates, having no other way to place an entry."""
    def undated(articles: list[Article]) -> list[dict[str, Any]]:
        return system([replace(article, published=None) for article in articles])

    return undated


def owned(
    golds: Sequence[GoldStory], system: System, *, shared: Path, base: Path
) -> Iterator[tuple[GoldStory, list[dict[str, Any]], list[Article]]]:
    """Each gold story with the stories ``system`` found that it owns (see ``owner``) and
    its own articles; each pile is read and run through ``system`` once. A found story goes
    to the gold story of its pile holding most of its articles, whatever that one's split:
    a pile of several stories (a TimeML folder) has stories in more than one split, and one
    split's figures must not count another's stories."""
    by_pile: dict[tuple[str, ...], list[GoldStory]] = defaultdict(list)
    for gold in golds:
        by_pile[gold.pile].append(gold)
    rivals = {pile: list(stories) for pile, stories in by_pile.items()}
    for gold in _other_splits(golds, base):
        if gold.pile in rivals:
            rivals[gold.pile].append(gold)
    for mates in rivals.values():
        mates.sort(key=lambda gold: gold.name)  # a tie goes the same way in every split
    for pile, stories in by_pile.items():
        pairs = load_pile(pile, shared, base)
        gold_of = {article.id: gid for gid, article in pairs}
        found = system([a for _, a in pairs])
        for gold in stories:
            mine = [
                story
                for story in found
                if (best := owner(story, gold_of, rivals[pile])) is not None
                and best.name == gold.name
            ]
            yield gold, mine, [a for gid, a in pairs if gid in gold.articles]


def evaluate(
    directory: Path,
    system: System,
    *,
    shared: Path,
    split: str = "all",
) -> dict[str, Any]:
    """Scores of ``system`` and of the lead baseline on every gold story of a split."""
    golds = load_gold(directory, split)
    items: dict[str, Any] = {}
    totals = {"system": Tally(), "lead3": Tally()}
    per_split: dict[str, dict[str, Tally]] = defaultdict(
        lambda: {"system": Tally(), "lead3": Tally()}
    )
    for gold, found, members in owned(golds, system, shared=shared, base=directory):
        entries = [entry for story in found for entry in story.get("timeline", ())]
        background = [entry for story in found for entry in story.get("background", ())]
        baseline = lead_baseline(members)
        system_tally, hit = score(entries, gold)
        lead_tally, lead_hit = score(baseline, gold)
        totals["system"].add(system_tally)
        totals["lead3"].add(lead_tally)
        per_split[gold.split]["system"].add(system_tally)
        per_split[gold.split]["lead3"].add(lead_tally)
        items[gold.name] = {
            "split": gold.split,
            "system": system_tally.figures(),
            "lead3": lead_tally.figures(),
            "found": hit,
            "missed": [e.id for e in gold.events if e.id not in hit],
            "missed_as": {
                e.id: why_missed(e, entries, background)
                for e in gold.events
                if e.id not in hit
            },
            "lead3_found": lead_hit,
        }
    overall: dict[str, Any] = dict(totals["system"].figures())
    overall.update({f"lead3_{k}": v for k, v in totals["lead3"].figures().items()})
    overall["stories"] = len(golds)
    return {
        "overall": overall,
        "splits": {
            name: {kind: tally.figures() for kind, tally in tallies.items()}
            for name, tallies in sorted(per_split.items())
        },
        "items": items,
    }


def _other_splits(golds: Sequence[GoldStory], base: Path) -> list[GoldStory]:
    """The gold stories of ``base`` that are not among ``golds`` (those of other splits)."""
    try:
        everyone = load_gold(base)
    except InputError:
        return []
    names = {gold.name for gold in golds}
    return [gold for gold in everyone if gold.name not in names]


def owner(
    story: Mapping[str, Any], gold_of: Mapping[str, str], golds: Sequence[GoldStory]
) -> GoldStory | None:
    """The gold story holding most of a found story's articles (None if it holds none)."""
    counts = [
        sum(1 for a in story.get("articles", ()) if gold_of.get(a) in gold.articles)
        for gold in golds
    ]
    best = max(range(len(golds)), key=lambda i: counts[i])
    return golds[best] if counts[best] else None
