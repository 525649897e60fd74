"""TempEval-3 scoring of the temporal tagger on TimeML (.tml) files.

The measures follow the TempEval-3 task definition so the figures are comparable with the
published HeidelTime/SUTime numbers: a system expression matches a gold one *strictly* when the
extents are identical and *relaxed* when they overlap; type and value are only judged on
relaxed matches, and the document creation time is the reference date, not a scored item.
Offsets are character offsets into the tag-stripped ``<TEXT>`` element.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from storyline import evaluation
from storyline.errors import InputError
from storyline.models import TimeExpression

Split = Literal["dev", "test", "all"]
SPLITS: tuple[Split, ...] = ("dev", "test", "all")


def in_split(position: int, split: Split) -> bool:
    """Whether the item at ``position`` (0-based, in sorted order) belongs to ``split``.

    Every corpus is split the same way: the items sorted by name, the even positions for
    development (rules are tuned on them) and the odd ones for testing (only scored). The
    split depends on nothing but the names, so every run and every person sees the same
    halves, and both halves sample the whole corpus (its sources, years and sizes) alike.
    """
    if split == "all":
        return True
    if split not in ("dev", "test"):
        raise ValueError(f"unknown split {split!r} (expected dev, test or all)")
    return position % 2 == (0 if split == "dev" else 1)


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """A TIMEX3 annotation of a TimeML document (offsets into the stripped text)."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(slots=True)
class TimeMLDocument:
    """The raw text a tagger sees, its creation date and the gold expressions."""

    name: str
    text: str
    dct: dt.date | None
    gold: list[GoldTimex] = field(default_factory=list)
    title: str | None = None


def _parse_iso_day(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def read_timeml(path: Path) -> TimeMLDocument:
    """Read a TimeML file: the stripped ``<TEXT>`` with gold TIMEX3 spans, and its DCT."""
    root = ET.parse(path).getroot()
    dct: dt.date | None = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct = _parse_iso_day(timex.get("value", ""))
            break
    text_el = root.find("TEXT")
    pieces: list[str] = []
    gold: list[GoldTimex] = []
    offset = 0

    def walk(element: ET.Element) -> None:
        nonlocal offset
        start = offset
        if element.text:
            pieces.append(element.text)
            offset += len(element.text)
        for child in element:
            walk(child)
            if child.tail:
                pieces.append(child.tail)
                offset += len(child.tail)
        if element.tag == "TIMEX3" and element.get("functionInDocument") != "CREATION_TIME":
            gold.append(
                GoldTimex(
                    start=start,
                    end=offset,
                    text="".join(element.itertext()),
                    type=element.get("type", ""),
                    value=element.get("value", ""),
                )
            )

    if text_el is not None:
        walk(text_el)
    gold.sort(key=lambda g: (g.start, g.end))
    title = root.find("TITLE")
    return TimeMLDocument(
        name=path.name,
        text="".join(pieces),
        dct=dct,
        gold=gold,
        title=" ".join("".join(title.itertext()).split()) if title is not None else None,
    )


@dataclass(slots=True)
class Counts(evaluation.Counts):
    """Match counts from which every TempEval-3 measure is derived."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0

    def scores(self) -> dict[str, float | int]:
        def prf(hits: int) -> tuple[float, float, float]:
            p = hits / self.system if self.system else 0.0
            r = hits / self.gold if self.gold else 0.0
            return p, r, (2 * p * r / (p + r) if p + r else 0.0)

        sp, sr, sf = prf(self.strict)
        rp, rr, rf = prf(self.relaxed)
        return {
            "strict_p": sp,
            "strict_r": sr,
            "strict_f1": sf,
            "relaxed_p": rp,
            "relaxed_r": rr,
            "relaxed_f1": rf,
            "value_f1": prf(self.value)[2],
            "type_f1": prf(self.type)[2],
            "gold": self.gold,
            "system": self.system,
        }


@dataclass(frozen=True, slots=True)
class Mismatch:
    """One scoring error, kept so rule work can start from the error list."""

    kind: str  # missed, spurious, extent, value, type
    gold: str | None
    system: str | None
    context: str


def _overlap(a: GoldTimex, b: TimeExpression) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def score_document(
    gold: list[GoldTimex], system: Iterable[TimeExpression], text: str = ""
) -> tuple[Counts, list[Mismatch]]:
    """Match system expressions to gold ones one-to-one by largest overlap and count hits."""
    sys_list = sorted(system, key=lambda s: (s.start, s.end))
    counts = Counts(gold=len(gold), system=len(sys_list))
    errors: list[Mismatch] = []
    used: set[int] = set()

    def context(start: int, end: int) -> str:
        return text[max(0, start - 40) : end + 40].replace("\n", " ")

    for g in gold:
        best, best_overlap = -1, 0
        for i, s in enumerate(sys_list):
            if i in used or s.start >= g.end:
                continue
            ov = _overlap(g, s)
            if ov > best_overlap:
                best, best_overlap = i, ov
        if best < 0:
            errors.append(
                Mismatch("missed", f"{g.text}|{g.type}|{g.value}", None, context(g.start, g.end))
            )
            continue
        used.add(best)
        s = sys_list[best]
        counts.relaxed += 1
        shown_gold = f"{g.text}|{g.type}|{g.value}"
        shown_sys = f"{s.text}|{s.type}|{s.value}"
        if (s.start, s.end) == (g.start, g.end):
            counts.strict += 1
        else:
            errors.append(Mismatch("extent", shown_gold, shown_sys, context(g.start, g.end)))
        if s.value == g.value:
            counts.value += 1
        else:
            errors.append(Mismatch("value", shown_gold, shown_sys, context(g.start, g.end)))
        if s.type == g.type:
            counts.type += 1
        else:
            errors.append(Mismatch("type", shown_gold, shown_sys, context(g.start, g.end)))
    for i, s in enumerate(sys_list):
        if i not in used:
            errors.append(
                Mismatch("spurious", None, f"{s.text}|{s.type}|{s.value}", context(s.start, s.end))
            )
    return counts, errors


def evaluate(directory: Path, with_errors: bool = False, split: Split = "all") -> dict:
    """Tag every .tml file under ``directory`` against its DCT and score it (TempEval-3).

    ``split`` keeps the development or the test half of the files (``in_split``).

    Returns ``{"overall": {...}, "items": {file name: {...}}}`` with the keys fixed in
    spec/evaluation.md; ``with_errors`` adds each document's mismatches under its item so the
    next round of rule work can start from the errors rather than from guesses.
    """
    from storyline.timex import tag

    directory = Path(directory)
    every = sorted(directory.rglob("*.tml"))
    if not every:
        raise InputError(str(directory), "no TimeML (.tml) files in it")
    files = [path for i, path in enumerate(every) if in_split(i, split)]
    total = Counts()
    items: dict[str, dict] = {}
    for path in files:
        doc = read_timeml(path)
        system = tag(doc.text, doc.dct)
        counts, errors = score_document(doc.gold, system, doc.text)
        total.add(counts)
        item: dict = counts.scores()
        if with_errors:
            item["errors"] = [
                {"kind": e.kind, "gold": e.gold, "system": e.system, "context": e.context}
                for e in errors
            ]
        items[str(path.relative_to(directory))] = item
    overall: dict[str, object] = {**total.scores(), "documents": len(files), "split": split}
    return {"overall": overall, "items": items}


_TABLE_KEYS = (
    "strict_p",
    "strict_r",
    "strict_f1",
    "relaxed_p",
    "relaxed_r",
    "relaxed_f1",
    "value_f1",
    "type_f1",
)


def format_table(result: dict) -> str:
    """The TempEval-3 measures as a plain table: one line per document, then the total."""
    header = f"{'document':<32}" + "".join(f"{k:>11}" for k in _TABLE_KEYS)
    header += f"{'gold':>7}{'system':>8}\n"
    lines = [header]
    rows = [*result["items"].items(), ("overall", result["overall"])]
    for name, scores in rows:
        cells = "".join(f"{scores[k]:>11.3f}" for k in _TABLE_KEYS)
        lines.append(f"{name[:31]:<32}{cells}{scores['gold']:>7}{scores['system']:>8}\n")
    return "".join(lines)
