"""Where sources disagree, scored story by story against an editor's list of real disagreements.

A gold story (see ``stories``) may list ``disagreements``: the facts its outlets really tell
differently, each with ``sides`` (a value, the articles giving it, and ``match``: short phrases
of which one appears in a sentence giving that side); and ``revisions``: figures or plans that
changed as time passed, each with its ``values`` in the same shape. A reported item is that
gold item when the sentences of two of its sides hold the match phrases of two different gold
sides. Two figures come out, per split:

* **found**: gold disagreements that some reported disagreement of the story is;
* **real**: reported disagreements that are one of the story's gold disagreements.

Revisions are scored the same way (gold revisions reported as revisions, and reported
revisions that are gold ones), and a gold revision
reported as a disagreement is counted apart: a toll that rose is not sources disagreeing.
Gold stories without a ``disagreements`` list are not scored.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyline.evaluation import Counts
from storyline.evaluation.stories import GoldStory, System, fold, load_gold, owned

Item = Mapping[str, Any]
"""A disagreement or revision as the JSON contract shapes it, or as a gold story lists it."""


def _sides(item: Item) -> list[Item]:
    return list(item.get("sides") or item.get("values") or ())


def is_gold(reported: Item, gold: Item) -> bool:
    """Whether a reported disagreement (or revision) is a gold one: two of its sides'
    sentences hold the match phrases of two different sides of the gold item."""
    phrases = [[fold(p) for p in side["match"]] for side in _sides(gold)]
    hits = [
        {i for i, side in enumerate(phrases) if any(p in text for p in side)}
        for text in (fold(s.get("sentence", "")) for s in _sides(reported))
    ]
    return any(
        i != j
        for a, first in enumerate(hits)
        for second in hits[a + 1 :]
        for i in first
        for j in second
    )


@dataclass(slots=True)
class Tally(Counts):
    """Counts behind the figures, addable across stories."""

    gold: int = 0
    found: int = 0
    reported: int = 0
    real: int = 0
    gold_revisions: int = 0
    revisions_found: int = 0
    revisions_reported: int = 0
    revisions_real: int = 0
    revisions_as_disagreements: int = 0

    def figures(self) -> dict[str, float | int]:
        return {
            "found": self.found / self.gold if self.gold else 0.0,
            "real": self.real / self.reported if self.reported else 0.0,
            "gold_disagreements": self.gold,
            "found_count": self.found,
            "reported": self.reported,
            "real_count": self.real,
            "revisions_found": (
                self.revisions_found / self.gold_revisions if self.gold_revisions else 0.0
            ),
            "gold_revisions": self.gold_revisions,
            "revisions_reported": self.revisions_reported,
            "revisions_real": (
                self.revisions_real / self.revisions_reported if self.revisions_reported else 0.0
            ),
            "revisions_real_count": self.revisions_real,
            "revisions_as_disagreements": self.revisions_as_disagreements,
        }


def score(found: Sequence[Item], gold: GoldStory) -> tuple[Tally, dict[str, Any]]:
    """The tally of one gold story from the stories it owns, and what was found, missed and
    reported wrongly."""
    disagreements = list(gold.raw.get("disagreements") or ())
    revisions = list(gold.raw.get("revisions") or ())
    reported = [
        c for story in found for key in ("contradictions", "accounts") for c in story.get(key, ())
    ]
    revised = [r for story in found for r in story.get("revisions", ())]
    hit = [d for d in disagreements if any(is_gold(c, d) for c in reported)]
    real = [c for c in reported if any(is_gold(c, d) for d in disagreements)]
    tally = Tally(
        gold=len(disagreements),
        found=len(hit),
        reported=len(reported),
        real=len(real),
        gold_revisions=len(revisions),
        revisions_found=sum(1 for g in revisions if any(is_gold(r, g) for r in revised)),
        revisions_reported=len(revised),
        revisions_real=sum(1 for r in revised if any(is_gold(r, g) for g in revisions)),
        revisions_as_disagreements=sum(
            1 for c in reported if any(is_gold(c, g) for g in revisions)
        ),
    )
    detail = {
        "split": gold.split,
        **tally.figures(),
        "missed": [d["about"] for d in disagreements if d not in hit],
        "false": [c["about"] for c in reported if c not in real],
    }
    return tally, detail


def scored(golds: Iterable[GoldStory]) -> list[GoldStory]:
    """The gold stories that list their disagreements (an empty list counts: none)."""
    return [g for g in golds if "disagreements" in g.raw]


def evaluate(
    directory: Path, system: System, *, shared: Path, split: str = "all"
) -> dict[str, Any]:
    """Found and real disagreements of ``system`` on the gold stories of a split that list
    theirs, per split and per story."""
    golds = scored(load_gold(directory, split))
    per_split: dict[str, Tally] = defaultdict(Tally)
    items: dict[str, Any] = {}
    for gold, found, _members in owned(golds, system, shared=shared, base=directory):
        tally, detail = score(found, gold)
        per_split[gold.split].add(tally)
        items[gold.name] = detail
    return {
        "splits": {name: tally.figures() for name, tally in sorted(per_split.items())},
        "items": items,
    }


def flat(result: Mapping[str, Any]) -> dict[str, float | int]:
    """The figures of each split as flat keys ("test_found", "test_real", ...), to stand
    beside the labelled pairs' figures under ``overall``."""
    return {
        f"{split}_{key}": value
        for split, figures in result["splits"].items()
        for key, value in figures.items()
    }
