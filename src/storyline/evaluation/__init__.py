"""Evaluation against the benchmarks of BENCHMARKS.md, one module per task.

Each module returns the metrics dict that `storyline eval ... --format json` prints.
"""

from dataclasses import fields
from typing import Self


class Counts:
    """Counts behind a score, summed field by field across documents or stories, so that
    the figures of a split are computed from its totals, not averaged over its parts."""

    __slots__ = ()

    def add(self, other: Self) -> None:
        for field in fields(self):  # type: ignore[arg-type]  # subclasses are dataclasses
            setattr(self, field.name, getattr(self, field.name) + getattr(other, field.name))
