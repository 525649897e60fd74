"""Fit the events stage's salience model on the dev split of the story gold.

    python scripts/salience.py [--gold gold/stories] [--shared ../shared] [--test]

Every event storyline finds in the dev stories is labelled by whether it matches one of the
story's gold key events (``storyline eval stories`` decides a match); a logistic regression
of ``StoryEvent.features`` on those labels gives ``events.WEIGHTS`` and ``events.BIAS`` (with
the optional sentence encoder installed, ``events.MEANING_WEIGHTS`` and ``MEANING_BIAS`` for
stories grouped by meaning too; ``--words`` fits the words-only model even then), and
``events.KEEP`` is the salience threshold with the best F1 of events found and entries on
target on the dev split. The script prints the three, with the dev figures each threshold
gives, for pasting into ``src/storyline/events.py``; ``--test`` adds the test figures at the
chosen threshold only, so that the test split is reported, never used to choose.

Beside each threshold's dev figures it prints them with every dev story held out in turn
(the model fitted on the others): how the model does on a story it has not seen. A
change that raises the dev figures but not these fits the dev stories, not stories.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from storyline import events, pipeline
from storyline.evaluation import stories as story_eval
from storyline.output import event_dict

Row = tuple[str, events.StoryEvent, list[str]]


def rows(gold: Path, shared: Path, split: str) -> tuple[list[Row], dict[str, int]]:
    """Each event of each gold story of a split: its story, features and matched gold ids."""
    golds = story_eval.load_gold(gold, split)
    piles: dict[tuple[str, ...], list[story_eval.GoldStory]] = defaultdict(list)
    for story in golds:
        piles[story.pile].append(story)
    found: list[Row] = []
    for pile, members in piles.items():
        pairs = story_eval.load_pile(pile, shared, gold)
        gold_of = {article.id: name for name, article in pairs}
        documents = [pipeline.analyse(article) for _, article in pairs]
        provenance, stories = pipeline.link(documents)
        by_id = {d.id: d for d in documents}
        for story in stories:
            owner = story_eval.owner({"articles": story.article_ids}, gold_of, members)
            if owner is None:
                continue
            for event in events.story_events([by_id[i] for i in story.article_ids], provenance):
                entry = event_dict(events.entry(event))
                hits = [g.id for g in owner.events if story_eval.matches(entry, g)]
                found.append((f"{owner.name} {story.id}", event, hits))
    return found, {g.name: len(g.events) for g in golds}


def _matrix(data: list[Row], names: list[str]) -> np.ndarray:
    return np.array([[event.features()[n] for n in names] for _, event, _ in data])


def _fit(names: list[str], data: list[Row]) -> LogisticRegression:
    model = LogisticRegression(C=0.3, max_iter=3000)
    model.fit(_matrix(data, names), [bool(h) for *_, h in data])
    return model


def _gold_story(row: Row) -> str:
    return row[0].split()[0]


def held_out_scores(names: list[str], data: list[Row]) -> list[float]:
    """Each event's salience from a model fitted on the other gold stories only (leave one
    story out): what the model says of a story it has never seen, as of a test story."""
    scores = [0.0] * len(data)
    for story in sorted({_gold_story(r) for r in data}):
        inside = [i for i, r in enumerate(data) if _gold_story(r) == story]
        model = _fit(names, [r for r in data if _gold_story(r) != story])
        predicted = model.predict_proba(_matrix([data[i] for i in inside], names))[:, 1]
        for i, score in zip(inside, predicted, strict=True):
            scores[i] = float(score)
    return scores


def figures(
    scores: list[float], data: list[Row], golds: dict[str, int], keep: float
) -> tuple[float, float]:
    """Events found and entries on target when the timelines are chosen at ``keep``, as
    ``events.select`` chooses them, from each event's salience (``scores``)."""
    hits_of: dict[int, list[str]] = {}
    by_story: dict[str, list[events.StoryEvent]] = defaultdict(list)
    for (story, event, hits), score in zip(data, scores, strict=True):
        event.score = score
        hits_of[id(event)] = hits
        by_story[story].append(event)
    found: dict[str, set[str]] = defaultdict(set)
    shown = on_target = 0
    for story, found_events in by_story.items():
        ranked = sorted(found_events, key=lambda e: -e.score)
        for event in events.select(ranked, keep=keep):
            shown += 1
            on_target += bool(hits_of[id(event)])
            found[story.split()[0]].update(hits_of[id(event)])
    total = sum(golds.values())
    return sum(len(f) for f in found.values()) / total, on_target / max(1, shown)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=Path("gold/stories"))
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument(
        "--test", action="store_true", help="also print the test figures at the chosen KEEP"
    )
    parser.add_argument(
        "--words", action="store_true", help="group by words only, even with the encoder"
    )
    args = parser.parse_args()
    if args.words:
        events.MEANING_LIMIT = 0
    dev, dev_golds = rows(args.gold, args.shared, "dev")
    names = list(dev[0][1].features())
    model = _fit(names, dev)
    fitted = [float(p) for p in model.predict_proba(_matrix(dev, names))[:, 1]]
    held_out = held_out_scores(names, dev)
    best = None
    for keep in np.arange(0.1, 0.5, 0.025):
        dev_found, dev_target = figures(fitted, dev, dev_golds, keep)
        out_found, out_target = figures(held_out, dev, dev_golds, keep)
        print(
            f"KEEP {keep:.3f}: dev found {dev_found:.3f} on target {dev_target:.3f}; "
            f"each story held out: found {out_found:.3f} on target {out_target:.3f}"
        )
        f1 = 2 * dev_found * dev_target / (dev_found + dev_target or 1)
        if best is None or f1 > best[1]:
            best = (keep, f1)
    weights = {n: round(float(w), 3) for n, w in zip(names, model.coef_[0], strict=True)}
    prefix = "MEANING_" if dev[0][1].by_meaning else ""
    print(f"{prefix}WEIGHTS = {weights}")
    print(f"{prefix}BIAS = {float(model.intercept_[0]):.3f}")
    if best is not None:
        print(f"KEEP = {best[0]:.3f}")
        if args.test:
            test, test_golds = rows(args.gold, args.shared, "test")
            scores = [float(p) for p in model.predict_proba(_matrix(test, names))[:, 1]]
            test_found, test_target = figures(scores, test, test_golds, best[0])
            print(f"test at KEEP {best[0]:.3f}: found {test_found:.3f} on target {test_target:.3f}")


if __name__ == "__main__":
    main()
