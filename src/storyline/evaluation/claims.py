"""Scoring of the contradiction detector on labelled sentence pairs (`storyline eval claims`).

Each pair is two sentences from two invented articles with their publication dates and a
label: do they contradict each other on a number or on the date of an event? The detector
sees each pair as a two-article story, exactly as the pipeline would, so the score measures
the whole chain (quantities, time expressions, grouping, comparison), not one rule.
Precision and recall are over the pairs labelled as contradictions.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from storyline import pipeline
from storyline.claims import story_claims
from storyline.errors import InputError
from storyline.models import Article, Contradiction, Document, Provenance


@dataclass(frozen=True, slots=True)
class Side:
    text: str
    published: dt.date


@dataclass(frozen=True, slots=True)
class LabelledPair:
    """Two sentences from two articles, and whether they contradict each other."""

    id: str
    kind: str  # "number" or "date": what the pair is about
    category: str
    a: Side
    b: Side
    contradiction: bool


def default_path() -> Path:
    """The labelled set shipped with the package."""
    return Path(str(resources.files("storyline.evaluation") / "data" / "claims.jsonl"))


def load_pairs(path: Path) -> list[LabelledPair]:
    """Read a labelled set (JSON Lines); a malformed line is an error naming file and line."""
    pairs = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                pairs.append(
                    LabelledPair(
                        id=str(row["id"]),
                        kind=str(row.get("kind", "number")),
                        category=str(row.get("category", "")),
                        a=_side(row["a"]),
                        b=_side(row["b"]),
                        contradiction=bool(row["contradiction"]),
                    )
                )
            except (ValueError, KeyError, TypeError) as exc:
                raise InputError(str(path), f"not a labelled pair: {exc}", line=number) from exc
    return pairs


def _side(record: dict[str, Any]) -> Side:
    return Side(text=str(record["text"]), published=dt.date.fromisoformat(record["published"]))


def analyse_text(text: str, published: dt.date | None, origin: str) -> Document:
    """The per-article stages claims need: sentences, time expressions, quantities."""
    article = Article.from_text(text, origin, published=published)
    return pipeline.analyse(article, ("sentences", "time_expressions", "quantities"))


def detect(pair: LabelledPair) -> list[Contradiction]:
    """The contradictions the detector reports for a pair seen as a two-article story."""
    documents = [
        analyse_text(pair.a.text, pair.a.published, f"{pair.id}/a"),
        analyse_text(pair.b.text, pair.b.published, f"{pair.id}/b"),
    ]
    provenance = Provenance()
    return story_claims(documents, provenance)[1]


def evaluate(path: Path | None = None) -> dict[str, Any]:
    """Precision, recall and F1 of contradiction detection on a labelled set.

    ``overall`` holds the keys of spec/evaluation.md (``precision``, ``recall``, ``f1``,
    ``pairs``) and the counts behind them; ``by_kind`` the same for number and date pairs;
    ``items`` has one entry per pair with what was found, so every error can be read.
    """
    pairs = load_pairs(path or default_path())
    items: list[dict[str, Any]] = []
    for pair in pairs:
        found = detect(pair)
        items.append(
            {
                "id": pair.id,
                "kind": pair.kind,
                "category": pair.category,
                "gold": pair.contradiction,
                "predicted": bool(found),
                "found": [{"kind": c.kind, "about": c.about} for c in found],
            }
        )
    by_kind = {
        kind: _scores([item for item in items if item["kind"] == kind])
        for kind in sorted({item["kind"] for item in items})
    }
    return {"overall": _scores(items), "by_kind": by_kind, "items": items}


def _scores(items: list[dict[str, Any]]) -> dict[str, Any]:
    tp = sum(1 for i in items if i["gold"] and i["predicted"])
    fp = sum(1 for i in items if not i["gold"] and i["predicted"])
    fn = sum(1 for i in items if i["gold"] and not i["predicted"])
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision, "recall": recall, "f1": f1, "pairs": len(items),
        "tp": tp, "fp": fp, "fn": fn, "tn": len(items) - tp - fp - fn,
    }  # fmt: skip


def format_table(result: dict[str, Any]) -> str:
    """The table `storyline eval claims` prints: scores overall and per kind, then errors."""
    rows = [("all", result["overall"]), *result["by_kind"].items()]
    lines = [f"{'pairs':<8}{'n':>5}{'P':>8}{'R':>8}{'F1':>8}{'tp':>5}{'fp':>5}{'fn':>5}"]
    for name, s in rows:
        lines.append(
            f"{name:<8}{s['pairs']:>5}{s['precision']:>8.3f}{s['recall']:>8.3f}{s['f1']:>8.3f}"
            f"{s['tp']:>5}{s['fp']:>5}{s['fn']:>5}"
        )
    errors = [i for i in result["items"] if i["gold"] != i["predicted"]]
    if errors:
        lines.append("")
        lines.append("errors:")
        for item in errors:
            what = "missed" if item["gold"] else "false alarm"
            lines.append(f"  {item['id']} ({item['category']}): {what}")
    return "\n".join(lines) + "\n"
